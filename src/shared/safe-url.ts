/**
 * Whether `value` may be fetched or linked by a widget: https, a relative or same-origin URL, or http on
 * localhost. Everything else (`javascript:`, `data:`, plain http elsewhere) is refused.
 */
export function isSafeUrl(value: string | null | undefined): value is string {
  if (!value || !value.trim()) return false;
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return false;
  }
  if (url.origin === location.origin && /^https?:$/.test(url.protocol)) return true;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
