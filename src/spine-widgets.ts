/**
 * Entry of the script-tag file `dist/spine-widgets.js`: bundled with Lit as one classic script that also runs as a
 * module. `data-prefix="acme"` on its <script> tag registers `<acme-procedure-card>` and so on instead.
 */
import { defineSpineWidgets } from './classes.js';
import { registerTranslation } from './shared/translations.js';

/** The <script> element that loaded this file. Module scripts have no `currentScript`, so look the tag up. */
function ownScript(): HTMLScriptElement | null {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="spine-widgets"]:not([data-spine-loaded])');
  return candidates[0] ?? null;
}

const script = ownScript();
script?.setAttribute('data-spine-loaded', '');
defineSpineWidgets(script?.dataset.prefix);

// window.spineWidgets: `registerTranslation(lang, pack)`, and the queue `q` of calls a page made before this file ran
// (`spineWidgets.q.push(['registerTranslation', 'vi', pack])`). Only added to, never replaced: the page may have set
// other keys. Every copy on the page replays the whole queue and hooks `push`, so each copy hears every call.
type Call = [string, ...unknown[]];
const api = ((window as unknown as { spineWidgets?: { q?: Call[]; registerTranslation?: unknown } }).spineWidgets ??= {});
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
