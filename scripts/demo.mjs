// A tiny static server for the example clinic pages: `node scripts/demo.mjs` (after `npx rollup -c`).
// Serves the repository root on localhost and answers POST /api/consult like a clinic's endpoint would.
// No dependencies (node:http only). Request bodies are read and thrown away, never logged: what a patient
// types into the consultation form is health information.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = 'localhost';
const MAX_BODY = 64 * 1024;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/** The consultation endpoint: drain the body (discarding it), then answer 200 { ok: true }. */
function consult(req, res) {
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY && !tooLarge) {
      tooLarge = true;
      send(res, 413, JSON.stringify({ ok: false }), 'application/json; charset=utf-8');
    }
  });
  req.on('end', () => {
    if (!tooLarge) send(res, 200, JSON.stringify({ ok: true }), 'application/json; charset=utf-8');
  });
  req.on('error', () => {
    if (!res.headersSent) send(res, 400, 'Bad request');
  });
}

async function serveFile(req, res, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
  let target = file;
  let info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) {
    target = join(target, 'index.html');
    info = await stat(target).catch(() => undefined);
  }
  if (!info?.isFile()) return send(res, 404, 'Not found');
  const type = types[extname(target).toLowerCase()] ?? 'application/octet-stream';
  // Compress text like any real web server or CDN would, so the page's measured transfer sizes are realistic.
  const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': info.size }),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(target);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', `http://${host}`);
  if (pathname === '/api/consult') {
    if (req.method === 'POST') return consult(req, res);
    res.setHeader('Allow', 'POST');
    return send(res, 405, 'Method not allowed');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed');
  }
  if (pathname === '/') {
    res.writeHead(302, { Location: '/examples/clinic-page.html' });
    return res.end();
  }
  serveFile(req, res, pathname).catch(() => {
    if (!res.headersSent) send(res, 500, 'Server error');
    else res.destroy();
  });
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm run demo` : error.message);
  process.exit(1);
});

server.listen(port, host, () => {
  const base = `http://${host}:${port}`;
  console.log(`spine-widgets demo, serving ${root}`);
  console.log(`  English: ${base}/examples/clinic-page.html`);
  console.log(`  Spanish: ${base}/examples/clinic-page.es.html`);
  console.log(`  POST ${base}/api/consult answers 200 {"ok":true} (bodies are discarded, never logged)`);
  console.log('Press Ctrl+C to stop.');
});
