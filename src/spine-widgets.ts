/**
 * Entry of the script-tag file `dist/spine-widgets.js`: bundled with Lit as one classic script that also runs as a
 * module. `data-prefix="acme"` on its <script> tag registers `<acme-procedure-card>` and so on instead.
 */
import { defineSpineWidgets } from './classes.js';

/** The <script> element that loaded this file. Module scripts have no `currentScript`, so look the tag up. */
function ownScript(): HTMLScriptElement | null {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="spine-widgets"]:not([data-spine-loaded])');
  return candidates[0] ?? null;
}

const script = ownScript();
script?.setAttribute('data-spine-loaded', '');
defineSpineWidgets(script?.dataset.prefix);
