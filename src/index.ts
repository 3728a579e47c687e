/** The package root: registers all the elements under their own tags and exports every class and type. */
import { defineSpineWidgets } from './classes.js';

export * from './classes.js';

defineSpineWidgets();
