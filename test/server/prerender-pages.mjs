// Serves test/browser/prerendered-*.test.html pre-rendered (issue 18): the pages are written as a clinic writes them,
// and each request runs them through spine-widgets/prerender (dist/prerender, from `npm run build`) on the way out,
// the way a static site's build step would.
import { Readable } from 'node:stream';

const PAGES = /^\/test\/browser\/prerendered-[\w-]+\.test\.html$/;

async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body instanceof Readable) {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return null;
}

export async function prerenderPages(ctx, next) {
  await next();
  if (!PAGES.test(ctx.path) || ctx.status !== 200) return;
  const html = await bodyText(ctx.body);
  if (html === null) return;
  const { prerender } = await import('../../dist/prerender/index.js');
  ctx.body = await prerender(html, { warn: () => {} });
  ctx.remove('Content-Length');
  ctx.remove('ETag');
}
