/**
 * Entry of the script-tag files: bundled with Lit as one classic script that also runs as a module.
 * `data-prefix="acme"` on its <script> tag registers `<acme-procedure-card>` and so on instead.
 * - `dist/spine-widgets.js` (the CDN file) loads each language's text and the form from beside itself, or from
 *   `window.spineWidgets.baseUrl` / `data-base-url` (src/shared/chunk-loader.ts);
 * - `dist/spine-widgets.bundle.js` holds everything and loads nothing else.
 */
import { defineSpineWidgets } from './classes.js';
import { chunkImporter, resolveBaseUrl } from './shared/chunk-loader.js';
import { languageOf } from './shared/language.js';
import { preloadLanguage } from './shared/on-demand.js';

/** The <script> element that loaded this file. Module scripts have no `currentScript`, so look the tag up. */
function ownScript(): HTMLScriptElement | null {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="spine-widgets"]:not([data-spine-loaded])');
  return candidates[0] ?? null;
}

const script = ownScript();
script?.setAttribute('data-spine-loaded', '');

// The split build rewrites every `import('./x.js')` of this file into `__spineImport('./x.js')` (rollup.config.mjs);
// `void` tells TypeScript it is used.
const __spineImport = chunkImporter(resolveBaseUrl(script));
void __spineImport;

// The words are what visitors wait for: ask for the page's language now, while the elements are being defined and
// upgraded, instead of when the first one renders.
preloadLanguage(languageOf(document.documentElement));
defineSpineWidgets(script?.dataset.prefix);
