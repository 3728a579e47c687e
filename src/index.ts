/** The package root: registers all four elements under their own tags and exports every class and type. */
import { defineSpineWidgets } from './classes.js';

export * from './classes.js';

defineSpineWidgets();
