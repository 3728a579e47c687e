import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { freePort } from '../../scripts/local-server.mjs';

// A second HTTP server, on another port (so another origin), started with the test runner, playing the backends a
// clinic really posts to. Tests find its URL at /__test__/origins and read what it saw at /__test__/cross-requests.
//
//   /apps-script       a Google Apps Script web app: refuses OPTIONS (no preflight), answers POST with
//                      Access-Control-Allow-Origin: *
//   /formspree         Formspree-shaped answers: 422 { error, errors: [{ code, field, message }] } for the email
//   /formspree-missing 404 { error: "Form not found" } (a top-level error, no fields)
//   /hubspot           checks HubSpot Forms v3's JSON shape { fields: [{ name, value }], context: { pageUri } }
//   /netlify           Netlify Forms: url-encoded, form-name "consult", every field registered by the hidden static
//                      form in docs/receiving-requests.md (read from the docs, so the docs' list is what is checked)
//   /retry-after/<v>   429 with Retry-After: <v> (Retry-After exposed) the first time a requestId is seen, then 200
//   /status/<code>     that status, JSON body from ?body=
//   /slow/<ms>         200 after <ms> milliseconds
//   /receiver/<how>    spine-widgets/server's createConsultHandler, built from src/server: <how> is "ok",
//                      "flaky" (deliver throws the first time a requestId is seen) or "slow" (deliver takes 800 ms)

/** Every request seen: method, path, headers, body; and every delivery the receiver made. */
const seen = { requests: [], deliveries: [] };
let servers = [];
let base;

/** The field names the docs' hidden Netlify form registers. */
function netlifyFields() {
  const docs = readFileSync(new URL('../../docs/receiving-requests.md', import.meta.url), 'utf8');
  const form = /<form name="consult"[^>]*>([\s\S]*?)<\/form>/.exec(docs);
  if (!form) throw new Error('docs/receiving-requests.md has no <form name="consult"> for Netlify');
  return new Set([...form[1].matchAll(/name="([^"]+)"/g)].map((m) => m[1]));
}

/** src/server/index.ts, bundled by esbuild so the tests need no prior build. */
async function loadReceiver() {
  const { outputFiles } = await build({ entryPoints: ['src/server/index.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** CORS as most form services answer it: any origin, any header asked for. */
function openCors(req) {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
    'Access-Control-Expose-Headers': 'Retry-After',
  };
}

export function crossOriginServers() {
  return {
    name: 'cross-origin-servers',
    async serverStart({ config }) {
      const { createConsultHandler, toNodeListener } = await loadReceiver();
      const pageOrigins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`, `http://${config.hostname}:${config.port}`];
      const failedOnce = new Set();
      const record = (how) => async (lead, { key }) => {
        if (how === 'flaky' && !failedOnce.has(key)) {
          failedOnce.add(key);
          throw new Error('the CRM is down');
        }
        if (how === 'slow') await new Promise((resolve) => setTimeout(resolve, 800));
        seen.deliveries.push({ how, key, lead });
      };
      const receivers = Object.fromEntries(
        ['ok', 'flaky', 'slow'].map((how) => [how, toNodeListener(createConsultHandler({ allowedOrigins: pageOrigins, deliver: record(how) }))]),
      );
      const retried = new Set();

      const listener = async (req, res) => {
        const url = new URL(req.url, 'http://localhost');
        const [, route, arg] = url.pathname.split('/');
        if (route === 'receiver' && receivers[arg]) {
          seen.requests.push({ method: req.method, path: url.pathname, headers: req.headers, body: '(read by the receiver)' });
          return receivers[arg](req, res);
        }
        const body = await readBody(req);
        seen.requests.push({ method: req.method, path: url.pathname, headers: req.headers, body });
        if (route === 'apps-script') {
          // Apps Script never answers a preflight: the browser refuses any non-simple request.
          if (req.method !== 'POST') return send(res, 405, '<!doctype html><p>Sorry, unable to open the file at this time.</p>', { 'Content-Type': 'text/html' });
          const params = new URLSearchParams(body);
          return send(res, 200, { result: 'success', row: params.get('requestId') }, { 'Access-Control-Allow-Origin': '*' });
        }
        const cors = openCors(req);
        if (req.method === 'OPTIONS') return send(res, 204, '', cors);
        const requestId = () => {
          try {
            return JSON.parse(body).requestId;
          } catch {
            return new URLSearchParams(body).get('requestId');
          }
        };
        if (route === 'formspree') {
          return send(res, 422, { error: 'Validation errors', errors: [{ code: 'TYPE_EMAIL', field: 'email', message: 'should be an email' }] }, cors);
        }
        if (route === 'formspree-missing') return send(res, 404, { error: 'Form not found' }, cors);
        if (route === 'hubspot') {
          let parsed;
          try {
            parsed = JSON.parse(body);
          } catch {
            parsed = null;
          }
          const fields = parsed?.fields;
          const ok =
            req.headers['content-type'] === 'application/json' &&
            Array.isArray(fields) &&
            fields.length > 0 &&
            fields.every((f) => typeof f.name === 'string' && typeof f.value === 'string') &&
            typeof parsed.context?.pageUri === 'string';
          seen.requests.at(-1).accepted = ok;
          return ok
            ? send(res, 200, { inlineMessage: 'Thanks for submitting the form.' }, cors)
            : send(res, 400, { status: 'error', message: 'The request is not valid', errors: [{ message: 'Required fields missing', errorType: 'INVALID' }] }, cors);
        }
        if (route === 'netlify') {
          const registered = netlifyFields();
          const params = new URLSearchParams(body);
          const unknown = [...params.keys()].filter((k) => k !== 'form-name' && !registered.has(k));
          const ok = /^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '') && params.get('form-name') === 'consult' && !unknown.length;
          seen.requests.at(-1).accepted = ok;
          return ok ? send(res, 200, '<!doctype html><p>Thank you!</p>', { ...cors, 'Content-Type': 'text/html' }) : send(res, 404, { unknown }, cors);
        }
        if (route === 'retry-after') {
          const id = requestId();
          if (!retried.has(id)) {
            retried.add(id);
            return send(res, 429, { message: 'Too many requests' }, { ...cors, 'Retry-After': decodeURIComponent(arg) });
          }
          return send(res, 200, { ok: true }, cors);
        }
        if (route === 'status') return send(res, Number(arg), url.searchParams.get('body') ?? '{}', cors);
        if (route === 'slow') {
          await new Promise((resolve) => setTimeout(resolve, Number(arg)));
          return send(res, 200, { ok: true }, cors);
        }
        send(res, 404, {}, cors);
      };
      const port = await freePort();
      // localhost may resolve to either address: listen on both (the IPv6 one only where the machine has it).
      for (const host of ['127.0.0.1', '::1']) {
        const server = createServer(listener);
        const listening = await new Promise((resolve) => {
          server.once('error', () => resolve(false));
          server.listen(port, host, () => resolve(true));
        });
        if (listening) servers.push(server);
      }
      // localhost, not 127.0.0.1: the widget accepts plain http only on localhost, and both resolve here.
      base = `http://localhost:${port}`;
    },
    async serverStop() {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      servers = [];
    },
  };
}

/** Koa middleware for the test runner's own server: where the other origin is, and what it saw. */
export async function crossOriginInfo(ctx, next) {
  if (ctx.path === '/__test__/origins') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ other: base });
    return;
  }
  if (ctx.path === '/__test__/cross-requests') {
    if (ctx.method === 'DELETE') {
      seen.requests.length = 0;
      seen.deliveries.length = 0;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen);
    return;
  }
  return next();
}
