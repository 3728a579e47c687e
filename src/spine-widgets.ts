/**
 * Entry of the script-tag files: bundled with Lit as one classic script that also runs as a module.
 * `data-prefix="acme"` on its <script> tag registers `<acme-procedure-card>` and so on instead.
 * - `dist/spine-widgets.js` (the CDN file) loads each language's text and the form from beside itself, or from
 *   `window.spineWidgets.baseUrl` / `data-base-url` (src/shared/chunk-loader.ts);
 * - `dist/spine-widgets.bundle.js` holds everything and loads nothing else.
 */
// First, so it runs before everything else: the page's words start downloading at once.
import { script } from './shared/script-start.js';
import { defineSpineWidgets } from './classes.js';

defineSpineWidgets(script?.dataset.prefix);
