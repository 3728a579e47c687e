/** Languages with built-in content. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Maps any BCP 47 tag to a shipped language: `es-MX` -> `es`; unknown or empty -> `en`. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`, else English. An empty `lang=""` means "unknown", which also falls back to English.
 */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    if (node.hasAttribute('lang')) return toLanguage(node.getAttribute('lang'));
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'en';
}
