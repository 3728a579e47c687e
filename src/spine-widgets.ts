/**
 * Entry of the script-tag files: bundled with Lit as one classic script that also runs as a module.
 * `data-prefix="acme"` on its <script> tag registers `<acme-procedure-card>` and so on instead.
 * - `dist/spine-widgets.js` (the CDN file) holds the code and the English text, and loads Spanish and the forms from beside itself, or from
 *   `window.spineWidgets.baseUrl` / `data-base-url` (src/shared/chunk-loader.ts);
 * - `dist/spine-widgets.bundle.js` holds everything and loads nothing else.
 */
// First, so it runs before everything else: English is here and a Spanish page's words start downloading at once.
import { script } from './shared/script-start.js';
import { defineSpineWidgets } from './classes.js';
import { spineWidgetsGlobal } from './shared/chunk-loader.js';
import { registerTranslation } from './shared/translations.js';

defineSpineWidgets(script?.dataset.prefix);

// window.spineWidgets: `registerTranslation(lang, pack)`, and the queue `q` of calls a page made before this file ran
// (`spineWidgets.q.push(['registerTranslation', 'vi', pack])`). Only added to, never replaced: the page may have set
// other keys. Every copy on the page replays the whole queue and hooks `push`, so each copy hears every call.
type Call = [string, ...unknown[]];
const api = spineWidgetsGlobal() as { q?: Call[]; registerTranslation?: unknown };
const commands: Record<string, (...args: never[]) => unknown> = { registerTranslation };
const run = (call: Call) =>
  Array.isArray(call) && Object.hasOwn(commands, call[0])
    ? commands[call[0]](...(call.slice(1) as never[]))
    : console.error(`spine-widgets: the queued call ${JSON.stringify(call?.[0])} is unknown; use ['registerTranslation', lang, pack].`);
const queue = Array.isArray(api.q) ? api.q : (api.q = []);
queue.forEach(run);
const push = queue.push;
queue.push = (...calls) => (calls.forEach(run), push.apply(queue, calls));
api.registerTranslation ??= (lang: string, pack: object) => queue.push(['registerTranslation', lang, pack]);
