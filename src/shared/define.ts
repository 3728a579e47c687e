import { hydrationFor } from './hydration.js';
import { VERSION } from './version.js';

/** A custom element class that knows which spine-widgets version it came from. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

const PREFIX = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
let versionClashReported = false;
// A constructor can be registered only once, so each extra name gets its own subclass.
const usedConstructors = new WeakSet<CustomElementConstructor>();

/** The tag an element is registered under: `procedure-card`, or `acme-procedure-card` with prefix `acme`. */
export function tagName(baseTag: string, prefix?: string | null): string {
  return prefix ? `${prefix}-${baseTag}` : baseTag;
}

/**
 * Registers `ctor` as `<prefix-baseTag>` (or `<baseTag>`) and never throws: a page may load spine-widgets twice
 * (an agency bundle and a marketer's script tag). The same version already registered is skipped silently;
 * another version keeps the first definition and warns once, naming both versions and the way out.
 * Returns the tag now served by a spine-widgets class, or null when nothing could be registered.
 */
export function defineElement(baseTag: string, ctor: VersionedElement, prefix?: string | null): string | null {
  if (prefix && !PREFIX.test(prefix)) {
    console.error(
      `spine-widgets: the prefix "${prefix}" cannot start a tag name. Use lowercase letters and digits, starting with a letter, for example data-prefix="acme".`,
    );
    return null;
  }
  const tag = tagName(baseTag, prefix);
  // Pre-rendered widgets on the page: define once Lit can hydrate them (see hydration.ts).
  const hydration = hydrationFor(tag);
  if (hydration) {
    void hydration.then(() => register(tag, ctor));
    return tag;
  }
  return register(tag, ctor);
}

function register(tag: string, ctor: VersionedElement): string | null {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const version = ctor.version ?? VERSION;
    if (existing.version !== version && !versionClashReported) {
      versionClashReported = true;
      console.warn(
        `spine-widgets ${version}: <${tag}> is already defined by ${existing.version ? `spine-widgets ${existing.version}` : 'another script'}, which stays in use. To run both versions on one page, register this copy under a prefix: data-prefix="acme" on its <script> tag, or defineSpineWidgets('acme') from the npm package.`,
      );
    }
    return existing.version ? tag : null;
  }
  try {
    customElements.define(tag, usedConstructors.has(ctor) ? class extends (ctor as typeof HTMLElement) {} : ctor);
    usedConstructors.add(ctor);
    return tag;
  } catch (error) {
    console.error(`spine-widgets: could not register <${tag}>: ${(error as Error).message}`);
    return null;
  }
}
