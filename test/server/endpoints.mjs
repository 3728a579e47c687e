import { rmSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// Real HTTP endpoints the test runner's dev server answers, for tests that need a server (content `src` URLs,
// the consult form). Everything a test asks for is recorded and can be read back from /__test__/requests.

/** Requests seen, newest last: method, path, headers and body text. */
const requests = [];

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

// Requests /__test__/held/<name> keeps waiting, by name: each answers with the status its release gives.
const held = new Map();

// Idempotency-Keys the "flaky" consult endpoint has already failed once.
const failedOnce = new Set();

/**
 * A consultation endpoint, /__test__/consult/<scenario>:
 * ok -> 200; invalid -> 422 with field errors; rejected -> 400 without them; error -> 500;
 * flaky -> 500 the first time an Idempotency-Key is seen, 200 after (so Retry can succeed).
 */
function consult(ctx, scenario) {
  const key = ctx.get('idempotency-key');
  const answers = {
    ok: [200, { ok: true }],
    invalid: [422, { errors: { email: 'This email address cannot receive mail. Check it for typos.' } }],
    rejected: [400, { message: 'Bad request' }],
    error: [500, { message: 'Server error' }],
    flaky: failedOnce.has(key) ? [200, { ok: true }] : [500, { message: 'Server error' }],
  };
  if (scenario === 'flaky') failedOnce.add(key);
  const [status, body] = answers[scenario] ?? [404, {}];
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Koa middleware for @web/dev-server. */
export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);

  if (route === 'requests') {
    if (ctx.method === 'DELETE') requests.length = 0;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests);
    return;
  }

  const body = ['POST', 'PUT', 'PATCH'].includes(ctx.method) ? await readBody(ctx.req) : '';
  requests.push({ method: ctx.method, path: url.pathname, query: url.search, headers: ctx.headers, body });

  // /__test__/json?body=<json text>  -> 200 application/json with that text
  // /__test__/status/<code>          -> that status, JSON body from ?body= when given
  // /__test__/text                   -> 200 text/html (not JSON)
  // /__test__/drop                  -> the connection is closed with no answer (a network error)
  // /__test__/hang                   -> never answers until the client gives up (closed after 5 s: every test that uses
  //                                     it times out within 2 s, and a keepalive request whose page has closed may
  //                                     never be cut by the browser, holding one of its six connections to this host)
  // /__test__/held/<name>            -> a POST waits until /__test__/release/<name>?status=<code> lets it answer: 2xx
  //                                     { ok: true }, others { message: "Server error" } (504 after 25 s, or when the
  //                                     client gives up); a GET says how many are waiting: { waiting }
  // /__test__/release/<name>         -> lets every request held under <name> answer ?status= (200 by default)
  if (route === 'json') {
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
  } else if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? JSON.stringify({ status: ctx.status });
  } else if (route === 'text') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Not JSON</p>';
  } else if (route === 'drop') {
    // A network failure as the browser sees it: the connection closes without an answer.
    ctx.req.socket.destroy();
    ctx.respond = false;
  } else if (route === 'hang') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.status = 504;
  } else if (route.startsWith('held/')) {
    await hold(ctx, route.slice('held/'.length));
  } else if (route.startsWith('release/')) {
    const name = route.slice('release/'.length);
    const waiting = held.get(name) ?? [];
    held.delete(name);
    for (const answer of waiting) answer(Number(url.searchParams.get('status') ?? 200));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ released: waiting.length });
  } else if (route.startsWith('consult/')) {
    consult(ctx, route.slice('consult/'.length));
  } else if (route.startsWith('partial-dist/')) {
    await partialDist(ctx, route.slice('partial-dist/'.length));
  } else if (route.startsWith('bundle-copy/')) {
    await bundleCopy(ctx, route.slice('bundle-copy/'.length));
  } else {
    ctx.status = 404;
  }
}

/** /__test__/held/<name>: see testEndpoints. */
async function hold(ctx, name) {
  if (ctx.method !== 'POST') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ waiting: held.get(name)?.length ?? 0 });
    return;
  }
  const status = await new Promise((resolve) => {
    const answer = (code) => {
      clearTimeout(timer);
      const rest = (held.get(name) ?? []).filter((a) => a !== answer);
      if (rest.length) held.set(name, rest);
      else held.delete(name);
      resolve(code);
    };
    const timer = setTimeout(() => answer(504), 25_000);
    // The response's close is the client giving up (the request's own close comes once its body is read).
    ctx.res.on('close', () => answer(504));
    held.set(name, [...(held.get(name) ?? []), answer]);
  });
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(status < 300 ? { ok: true } : { message: 'Server error' });
}

/**
 * The built script-tag files, as a clinic might host them incompletely, /__test__/partial-dist/<copy>/<file>:
 * copy "main-only" serves spine-widgets.js alone (the files beside it were not uploaded);
 * copy "no-form" serves everything except the consultation form's file.
 */
async function partialDist(ctx, path) {
  const [copy, file] = path.split('/');
  const missing = copy === 'main-only' ? file !== 'spine-widgets.js' : file.startsWith('spine-widgets-consult-form-');
  if (missing || !/^spine-widgets[\w-]*\.js$/.test(file)) {
    ctx.status = 404;
    return;
  }
  ctx.type = 'text/javascript';
  ctx.body = await readFile(new URL(`../../dist/${basename(file)}`, import.meta.url));
}

// A folder holding a copy of dist/spine-widgets.bundle.js and nothing else, made on first use, removed on exit.
let bundleFolder;
// Two other site scripts with top-level names a minifier might also give ours (e, t): ours must not collide with them.
const BEFORE = 'const e = 1; var t = "a site script"; window.__otherScriptRan = (window.__otherScriptRan || 0) + e;\n';
const AFTER = 'let i = 1; function t() {} window.__otherScriptRan = (window.__otherScriptRan || 0) + i;\n';

async function bundleFolderPath() {
  if (!bundleFolder) {
    bundleFolder = await mkdtemp(join(tmpdir(), 'spine-bundle-copy-'));
    process.once('exit', () => rmSync(bundleFolder, { recursive: true, force: true }));
    await copyFile(new URL('../../dist/spine-widgets.bundle.js', import.meta.url), join(bundleFolder, 'spine-widgets.bundle.js'));
    // What an optimizer's "combine" writes: other scripts and ours in one cache file, without our file name.
    const bundle = await readFile(join(bundleFolder, 'spine-widgets.bundle.js'), 'utf8');
    await writeFile(join(bundleFolder, 'combined-3f9a1c.js'), `${BEFORE};\n${bundle};\n${AFTER}`);
  }
  return bundleFolder;
}

/**
 * The all-in-one file copied alone into an empty temporary folder, /__test__/bundle-copy/<file>: only what is in that
 * folder is served ("spine-widgets.bundle.js", and "combined-3f9a1c.js", the bundle between two other scripts);
 * /__test__/bundle-copy/ lists the folder, so a test can check nothing else is there.
 */
async function bundleCopy(ctx, file) {
  const folder = await bundleFolderPath();
  const files = await readdir(folder);
  if (file === '') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(files.filter((name) => name.startsWith('spine-widgets')));
  } else if (files.includes(file)) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(join(folder, file));
  } else {
    ctx.status = 404;
  }
}
