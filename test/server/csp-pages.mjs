// Serves the pages under /test/pages/ with the strict Content-Security-Policy clinics may enforce, so tests see
// the widgets exactly as such a page would (issue: embed anywhere).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export async function cspPages(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
