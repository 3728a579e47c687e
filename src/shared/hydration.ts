// Pre-rendered pages (issue 18): `spine-widgets/prerender` writes each widget's shadow root into the HTML as
// Declarative Shadow DOM. Lit's hydration support must patch LitElement before such a widget is defined, so the
// widget takes over the server's DOM instead of rendering it again. It loads only on pages that need it.
import { _$LH, isServer, LitElement, noChange, render } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const global = globalThis as typeof globalThis & { litElementHydrateSupport?: HydrateSupport } & Record<symbol, unknown>;

/**
 * The script-tag file cannot share Lit with a file it loads by `import` (it must also run as a classic script, so
 * it exports nothing): rollup.config.mjs builds Lit's hydration code against this hand-over of the main file's Lit.
 */
const LIT_HANDOVER = Symbol.for('spine-widgets:lit-html');

// A page (or app) that loaded Lit's hydration support before Lit had LitElement patched when it was defined.
const patchedByPage = typeof global.litElementHydrateSupport === 'function';
let loading: Promise<void> | undefined;
let ready = false;

/** True when an element of this tag already has a shadow root: the parser attached a pre-rendered one. */
function hasPrerendered(tag: string): boolean {
  return [...document.querySelectorAll(tag)].some((element) => element.shadowRoot !== null);
}

/**
 * Resolves once Lit can hydrate, or returns undefined when no `tag` element on the page was pre-rendered (or
 * hydration was set up already): then elements are defined at once, as without pre-rendering.
 */
export function hydrationFor(tag: string): Promise<void> | undefined {
  if (isServer || patchedByPage || ready) return undefined;
  // While the support loads, later definitions wait too, so elements still define in order.
  if (loading || !hasPrerendered(tag)) return loading;
  global[LIT_HANDOVER] = { _$LH, noChange, render };
  return (loading = import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(
    () => {
      delete global[LIT_HANDOVER];
      global.litElementHydrateSupport?.({ LitElement });
      ready = true;
    },
    (error: Error) => {
      delete global[LIT_HANDOVER];
      ready = true;
      // The widgets still work: they render again over the pre-rendered DOM.
      console.error(`spine-widgets: could not load hydration support (${error.message}): keep the spine-widgets files together on your server.`);
    },
  ));
}
