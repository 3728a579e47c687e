/**
 * The first code of the script-tag files (src/spine-widgets.ts imports it first, so it runs before Lit and the
 * widgets are even evaluated): finds its <script> tag, sets up where the other files come from, and starts
 * downloading a Spanish page's words at once.
 */
// English, the default and every other language's fallback, is inside the main file: an English page shows its
// words without a second file, which could only be asked for once this one had arrived and run, a round trip later
// (docs/performance.md). Spanish pages carry it too (9 KB gzip) and load their own text beside it. Imported here
// because every module with an import() imports this one (rollup.config.mjs, importFromBase): so rollup knows the
// widgets' import() of English finds it loaded, and keeps it in the main file instead of a file of its own.
// The all-in-one build puts each Spanish text right after its English one here (rollup.config.mjs).
import '../components/procedure-card/content/en.js';
import '../components/surgery-benefits/content/en.js';
import '../components/specialist-checklist/content/en.js';
import '../components/consult-button/content/en.js';
import '../components/guide-download/content/en.js';
import { chunkImporter, resolveBaseUrl } from './chunk-loader.js';
import { languageOf } from './language.js';

/** The <script> element that loaded this file. Module scripts have no `currentScript`, so look the tag up. */
function ownScript(): HTMLScriptElement | null {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="spine-widgets"]:not([data-spine-loaded])');
  return candidates[0] ?? null;
}

export const script = ownScript();
script?.setAttribute('data-spine-loaded', '');

// The split build rewrites every `import('./x.js')` of the main file into `__spineImport('./x.js')`
// (rollup.config.mjs, importFromBase), so this must be defined before the imports below run.
export const __spineImport = chunkImporter(resolveBaseUrl(script));

// A Spanish page's words: one file in the split build (the same request the widgets make later, which the browser
// then answers from this one); a failure is reported by the importer, once.
if (languageOf(document.documentElement) === 'es') {
  for (const loading of [
    import('../components/procedure-card/content/es.js'),
    import('../components/surgery-benefits/content/es.js'),
    import('../components/specialist-checklist/content/es.js'),
    import('../components/consult-button/content/es.js'),
  ]) {
    loading.catch(() => undefined);
  }
}
