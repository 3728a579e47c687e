import { isServer } from 'lit';

// Pre-rendering (src/prerender) has no page URL: a relative URL stays on the page's own origin wherever it is served.
const SERVER_ORIGIN = 'https://prerender.invalid';

/**
 * Whether `value` may be fetched or linked by a widget: https, a relative or same-origin URL, or http on
 * localhost. Everything else (`javascript:`, `data:`, plain http elsewhere) is refused.
 */
export function isSafeUrl(value: string | null | undefined): value is string {
  if (!value || !value.trim()) return false;
  let url: URL;
  try {
    url = new URL(value, isServer ? `${SERVER_ORIGIN}/` : document.baseURI);
  } catch {
    return false;
  }
  if (url.origin === (isServer ? SERVER_ORIGIN : location.origin) && /^https?:$/.test(url.protocol)) return true;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
