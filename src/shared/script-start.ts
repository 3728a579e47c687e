/**
 * The first code of the script-tag files (src/spine-widgets.ts imports it first, so it runs before Lit and the
 * widgets are even evaluated): finds its <script> tag, sets up where the other files come from, and starts
 * downloading the page's words at once. The words are what visitors wait for; asking for them before the rest of
 * the file has run saves that time.
 */
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

// Every widget's words in the page's language: one file per language in the split build (the same request the
// widgets make later, which the browser then answers from this one); a failure is reported by the importer, once.
const words =
  languageOf(document.documentElement) === 'es'
    ? [
        import('../components/procedure-card/content/es.js'),
        import('../components/surgery-benefits/content/es.js'),
        import('../components/specialist-checklist/content/es.js'),
        import('../components/consult-button/content/es.js'),
      ]
    : [
        import('../components/procedure-card/content/en.js'),
        import('../components/surgery-benefits/content/en.js'),
        import('../components/specialist-checklist/content/en.js'),
        import('../components/consult-button/content/en.js'),
      ];
for (const loading of words) loading.catch(() => undefined);
