/** Languages with built-in content. */
export const LANGUAGES = ['en', 'es'] as const;
export type BuiltInLanguage = (typeof LANGUAGES)[number];
/** A language a widget can speak: a built-in one, a pseudo-locale, or a BCP 47 tag registered with `registerTranslation`. */
export type Language = BuiltInLanguage | (string & {});

/** Pseudo-locales generated from English for layout testing: accented and longer, and mirrored right to left. */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

/** A registered language, by lower-case tag: its tag as registered and the direction its pack declares. */
export interface RegisteredLanguage {
  tag: string;
  dir?: 'ltr' | 'rtl';
}
export const registered = new Map<string, RegisteredLanguage>();

const SHIPPED: readonly string[] = [...LANGUAGES, ...PSEUDO_LOCALES];
/** The built-in language or pseudo-locale a lower-case tag names, spelled as shipped (`en-xa` gives `en-XA`). */
export const shippedLanguage = (lower: string): Language | undefined => SHIPPED.find((l) => l.toLowerCase() === lower);

// Scripts written right to left (by language, or by an explicit script subtag such as pa-Arab).
const RTL = /^(ar|fa|he|iw|ur|ps|sd|ug|yi|dv|ckb)(-|$)|-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)(-|$)/i;

/**
 * Maps any BCP 47 tag to a language the widgets can speak, most specific first: `zh-TW` gives a registered `zh-TW`,
 * else a registered `zh`; `es-MX` gives `es`; anything unknown or empty gives `en`.
 */
export function toLanguage(tag: string | null | undefined): Language {
  for (let t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-'); t; t = t.replace(/-?[^-]*$/, '')) {
    const known = registered.get(t)?.tag ?? shippedLanguage(t);
    if (known) return known;
  }
  return 'en';
}

/** The direction a language is written in: its pack's `dir`, else right to left for Arabic, Farsi, Hebrew, Urdu and the like. */
const directionOfLanguage = (language: string): 'ltr' | 'rtl' =>
  registered.get(language.toLowerCase())?.dir ?? (RTL.test(language) ? 'rtl' : 'ltr');

const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`, else English. An empty `lang=""` means "unknown", which also falls back to English.
 */
export function languageOf(element: Element): Language {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return toLanguage(node.getAttribute('lang'));
  }
  return 'en';
}

/**
 * The direction an element's text runs, when something sets it: the nearest `dir="ltr|rtl"` or `lang`, whichever is
 * closer (a `lang` nearer than any `dir` starts text in that language, written its own way; on one element `dir` wins).
 * Undefined when neither is set: the widget inherits the page's direction.
 */
export function directionOf(element: Element): 'ltr' | 'rtl' | undefined {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    if (node.hasAttribute('lang')) return directionOfLanguage(toLanguage(node.getAttribute('lang')));
  }
  return undefined;
}
