// spine-widgets/server: every answer of createConsultHandler, through the Fetch API and through a real node:http
// server (toNodeListener). Reads the built dist/server/index.js, so run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { createConsultHandler, KEY_TTL_SECONDS, memoryStore, toNodeListener } from '../../dist/server/index.js';

const ORIGIN = 'https://www.example-clinic.com';
const URL_ = 'https://forms.example-clinic.com/consult';
const LEAD = {
  kind: 'consultation',
  name: 'Zelda Quixote',
  phone: '555 867 5309',
  email: 'zelda.q@example.org',
  contactPreference: 'email',
  reason: 'sciatica',
  message: 'My lower back hurts',
  consent: true,
  page: `${ORIGIN}/spine`,
  lang: 'en',
  submittedAt: '2026-11-30T10:00:00.000Z',
  requestId: '3b241101-e2bb-4255-8caf-4136c566a962',
  utm_source: 'newsletter',
};
const GUIDE = {
  kind: 'guide',
  name: 'Zelda Quixote',
  email: 'zelda.q@example.org',
  consent: true,
  guide: 'Neck Surgery: A Guide to Understanding Your Options',
  page: `${ORIGIN}/neck`,
  lang: 'en',
  submittedAt: '2026-11-30T10:00:00.000Z',
  requestId: 'e1a2b3c4-0000-4000-8000-000000000001',
};

function setup(options = {}) {
  const delivered = [];
  const handler = createConsultHandler({
    allowedOrigins: [ORIGIN],
    deliver: (lead, context) => {
      delivered.push({ lead, context });
    },
    ...options,
  });
  return { handler, delivered };
}

const post = (body, { headers = {}, origin = ORIGIN, type = 'application/json', method = 'POST' } = {}) =>
  new Request(URL_, {
    method,
    headers: { ...(origin ? { Origin: origin } : {}), ...(type ? { 'Content-Type': type } : {}), ...headers },
    body: method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Runs `fn` with console.error captured, and gives back what it printed. */
async function quietly(fn) {
  const printed = [];
  const original = console.error;
  console.error = (...args) => printed.push(args.join(' '));
  try {
    return { result: await fn(), printed };
  } finally {
    console.error = original;
  }
}

test('200: a valid consultation is delivered once, checked, with only the known fields', async () => {
  const { handler, delivered } = setup();
  const response = await handler(post({ ...LEAD, website: 'not ours', isAdmin: true }));
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { ok: true, requestId: LEAD.requestId });
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), ORIGIN);
  assert.equal(response.headers.get('Access-Control-Expose-Headers'), 'Retry-After');
  assert.equal(delivered.length, 1);
  assert.deepEqual(delivered[0].lead, LEAD);
  assert.deepEqual(delivered[0].context, { key: LEAD.requestId });
});

test('200: a request without kind is a consultation; a url-encoded one reads consent "true"', async () => {
  const { handler, delivered } = setup();
  const { kind, ...withoutKind } = LEAD;
  assert.equal(kind, 'consultation');
  const form = new URLSearchParams(Object.entries(withoutKind).map(([k, v]) => [k, String(v)])).toString();
  const response = await handler(post(form, { type: 'application/x-www-form-urlencoded;charset=UTF-8' }));
  assert.equal(response.status, 200);
  assert.equal(delivered[0].lead.kind, 'consultation');
  assert.equal(delivered[0].lead.consent, true);
});

test('200: a guide request is accepted with its own fields', async () => {
  const { handler, delivered } = setup();
  const response = await handler(post(GUIDE));
  assert.equal(response.status, 200);
  assert.deepEqual(delivered[0].lead, GUIDE);
});

test('idempotent: the same Idempotency-Key delivers once and answers the same', async () => {
  const { handler, delivered } = setup();
  const headers = { 'Idempotency-Key': 'key-1' };
  const first = await handler(post(LEAD, { headers }));
  const second = await handler(post({ ...LEAD, requestId: 'another' }, { headers }));
  assert.equal(delivered.length, 1);
  assert.equal(second.status, first.status);
  assert.equal(await second.text(), JSON.stringify({ ok: true, requestId: 'key-1' }));
  assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
});

test('idempotent: the body requestId works as the key (url-encoded requests carry no header)', async () => {
  const { handler, delivered } = setup();
  await handler(post(LEAD));
  const again = await handler(post(LEAD));
  assert.equal(again.status, 200);
  assert.equal(delivered.length, 1);
});

test('idempotent: two copies arriving together deliver once', async () => {
  let release;
  const delivered = [];
  const handler = createConsultHandler({
    allowedOrigins: [ORIGIN],
    deliver: (lead) => new Promise((resolve) => (release = () => resolve(delivered.push(lead)))),
  });
  const both = Promise.all([handler(post(LEAD)), handler(post(LEAD))]);
  await new Promise((resolve) => setTimeout(resolve, 10));
  release();
  const statuses = (await both).map((r) => r.status);
  assert.deepEqual(statuses, [200, 200]);
  assert.equal(delivered.length, 1);
});

test('503: deliver throws, nothing is kept and nothing logged but the fact; the retry delivers once', async () => {
  let fail = true;
  const delivered = [];
  const handler = createConsultHandler({
    allowedOrigins: [ORIGIN],
    deliver: (lead) => {
      if (fail) throw new Error(`CRM down while saving ${lead.email}`);
      delivered.push(lead);
    },
  });
  const { result: failed, printed } = await quietly(() => handler(post(LEAD)));
  assert.equal(failed.status, 503);
  assert.equal(printed.length, 1);
  for (const value of [LEAD.name, LEAD.email, LEAD.phone, 'CRM down']) assert.ok(!printed[0].includes(value), 'no value or error text logged');
  fail = false;
  const retried = await handler(post(LEAD));
  assert.equal(retried.status, 200);
  assert.equal(delivered.length, 1);
  assert.equal((await handler(post(LEAD))).status, 200);
  assert.equal(delivered.length, 1);
});

test('422: the widget\'s own rules, answered at the fields', async () => {
  const { handler, delivered } = setup();
  const cases = [
    [{ ...LEAD, name: '  ' }, { name: 'Enter your name.' }],
    [{ ...LEAD, email: 'zelda@', contactPreference: '' }, { email: 'Enter an email address like name@example.com.' }],
    [{ ...LEAD, phone: '12-34' }, { phone: 'Enter a phone number with at least 7 digits, like 555 123 4567.' }],
    [{ ...LEAD, phone: '', email: '', contactPreference: '' }, { phone: 'Enter a phone number or an email address, so we can reach you.' }],
    [{ ...LEAD, email: '', contactPreference: 'email' }, { email: 'Enter your email address, so we can write to you.' }],
    [{ ...LEAD, consent: false }, { consent: 'Check the box to let us contact you.' }],
    [{ ...LEAD, message: 'x'.repeat(2001) }, { message: 'Use at most 2000 characters.' }],
    [{ ...LEAD, name: 'x'.repeat(201) }, { name: 'Use at most 200 characters.' }],
    [{ ...LEAD, reason: 'fun' }, { reason: 'Use one of: neck-pain, low-back-pain, sciatica, herniated-disc, spinal-stenosis, second-opinion, other.' }],
    [{ ...LEAD, contactPreference: 'fax' }, { contactPreference: 'Use "phone" or "email".' }],
    [{ ...LEAD, name: 42 }, { name: 'Enter your name.' }],
    [{ ...LEAD, kind: 'newsletter' }, { kind: 'Use "consultation" or "guide".' }],
    [{ ...LEAD, utm_source: 'x'.repeat(201) }, { utm_source: 'Use at most 200 characters.' }],
    [{ ...GUIDE, email: '' }, { email: 'Enter your email address, so we can write to you.' }],
    [{ ...GUIDE, guide: '' }, { guide: 'Send the guide’s heading.' }],
  ];
  for (const [body, errors] of cases) {
    const response = await handler(post(body));
    assert.equal(response.status, 422, JSON.stringify(errors));
    assert.deepEqual(await response.json(), { errors });
  }
  // A form showing only email (no phone key) needs the email.
  const { phone, contactPreference, ...emailOnly } = LEAD;
  assert.ok(phone && contactPreference);
  const response = await handler(post({ ...emailOnly, email: '' }));
  assert.deepEqual(await response.json(), { errors: { email: 'Enter your email address, so we can write to you.' } });
  assert.equal(delivered.length, 0);
});

test('422: an over-long Idempotency-Key', async () => {
  const { handler } = setup();
  const response = await handler(post(LEAD, { headers: { 'Idempotency-Key': 'k'.repeat(201) } }));
  assert.equal(response.status, 422);
});

test('400: a body that is not JSON, or not an object', async () => {
  const { handler } = setup();
  assert.equal((await handler(post('{"name":'))).status, 400);
  assert.equal((await handler(post('[1,2]'))).status, 400);
});

test('405: other methods, with Allow', async () => {
  const { handler } = setup();
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const response = await handler(post(LEAD, { method }));
    assert.equal(response.status, 405, method);
    assert.equal(response.headers.get('Allow'), 'POST, OPTIONS');
  }
});

test('415: other content types', async () => {
  const { handler, delivered } = setup();
  for (const type of ['text/plain', 'multipart/form-data; boundary=x', null]) {
    assert.equal((await handler(post(LEAD, { type }))).status, 415, String(type));
  }
  assert.equal(delivered.length, 0);
});

test('413: over maxBodyBytes (16 KB by default), by Content-Length or by what arrives', async () => {
  const { handler } = setup();
  const big = { ...LEAD, message: 'x'.repeat(17 * 1024) };
  assert.equal((await handler(post(big))).status, 413);
  const small = setup({ maxBodyBytes: 100 }).handler;
  assert.equal((await small(post(LEAD))).status, 413);
  // A streamed body has no Content-Length: the handler stops reading at the limit.
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(JSON.stringify(big)));
      controller.close();
    },
  });
  const streamed = new Request(URL_, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json' }, body: stream, duplex: 'half' });
  assert.equal((await handler(streamed)).status, 413);
});

test('CORS preflight: answered only for allowed origins, allowing Content-Type and Idempotency-Key', async () => {
  const { handler } = setup();
  const preflight = (origin) =>
    handler(new Request(URL_, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } }));
  const allowed = await preflight(ORIGIN);
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), ORIGIN);
  assert.match(allowed.headers.get('Access-Control-Allow-Headers'), /Content-Type/);
  assert.match(allowed.headers.get('Access-Control-Allow-Headers'), /Idempotency-Key/);
  assert.match(allowed.headers.get('Access-Control-Allow-Methods'), /POST/);
  const other = await preflight('https://evil.example');
  assert.equal(other.status, 403);
  assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
});

test('403: a POST from another origin is neither delivered nor readable', async () => {
  const { handler, delivered } = setup();
  const response = await handler(post(LEAD, { origin: 'https://evil.example' }));
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  assert.equal(delivered.length, 0);
});

test('allowedOrigins "*" allows any origin; bad options are explained', () => {
  assert.throws(() => createConsultHandler({ allowedOrigins: [ORIGIN] }), /deliver/);
  assert.throws(() => createConsultHandler({ deliver() {}, allowedOrigins: ORIGIN }), /allowedOrigins/);
  return setup({ allowedOrigins: ['*'] })
    .handler(post(LEAD, { origin: 'https://any.example' }))
    .then((response) => assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://any.example'));
});

test('store: a custom store is used with a 24 h time to live; the memory store forgets after it', async () => {
  const calls = [];
  const map = new Map();
  const store = {
    get: async (key) => (calls.push(['get', key]), map.get(key)),
    set: async (key, value, ttl) => (calls.push(['set', key, ttl]), map.set(key, value)),
  };
  const { handler, delivered } = setup({ store });
  await handler(post(LEAD));
  await handler(post(LEAD));
  assert.equal(delivered.length, 1);
  assert.deepEqual(calls, [['get', LEAD.requestId], ['set', LEAD.requestId, KEY_TTL_SECONDS], ['get', LEAD.requestId]]);
  assert.equal(KEY_TTL_SECONDS, 86400);

  let now = 0;
  const memory = memoryStore(() => now);
  memory.set('a', { status: 200, body: '{}' }, 10);
  assert.deepEqual(memory.get('a'), { status: 200, body: '{}' });
  now = 10_001;
  assert.equal(memory.get('a'), undefined);
});

test('no key at all: delivered (nothing to drop duplicates by)', async () => {
  const { handler, delivered } = setup();
  const { requestId, ...withoutId } = LEAD;
  assert.ok(requestId);
  assert.deepEqual(await (await handler(post(withoutId))).json(), { ok: true });
  assert.equal(delivered.length, 1);
});

test('toNodeListener: a real node:http server answers like the handler, never logging a body', async () => {
  const { handler, delivered } = setup();
  const server = createServer(toNodeListener(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const { result, printed } = await quietly(async () => {
      const ok = await fetch(`${base}/consult`, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json' }, body: JSON.stringify(LEAD) });
      const form = await fetch(`${base}/consult`, {
        method: 'POST',
        headers: { Origin: ORIGIN },
        body: new URLSearchParams({ ...GUIDE, consent: 'true' }),
      });
      const preflight = await fetch(`${base}/consult`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
      const get = await fetch(`${base}/consult`);
      return { ok: [ok.status, await ok.json()], form: form.status, preflight: preflight.status, get: get.status };
    });
    assert.deepEqual(result, { ok: [200, { ok: true, requestId: LEAD.requestId }], form: 200, preflight: 204, get: 405 });
    assert.deepEqual(printed, []);
    assert.equal(delivered.length, 2);
    assert.equal(delivered[1].lead.kind, 'guide');
  } finally {
    server.close();
  }
});

test('toNodeListener: a handler that throws answers 500', async () => {
  const server = createServer(
    toNodeListener(async () => {
      throw new Error('boom');
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: '{}' });
    assert.equal(response.status, 500);
  } finally {
    server.close();
  }
});

test('the handler source never logs a body or a value', () => {
  const source = readFileSync(new URL('../../dist/server/index.js', import.meta.url), 'utf8');
  // Every console call there is, and every one takes a single string literal: nothing from the request.
  const calls = source.match(/console\.\w+\(/g) ?? [];
  const literalOnly = source.match(/console\.\w+\(\s*(["'`])(?:(?!\1)[^$])*\1\s*\)/g) ?? [];
  assert.equal(calls.length, 1);
  assert.equal(literalOnly.length, calls.length);
});

test('dist/consult-request.schema.json describes both kinds with the widget\'s limits', () => {
  const schema = JSON.parse(readFileSync(new URL('../../dist/consult-request.schema.json', import.meta.url), 'utf8'));
  const [consultation, guide] = schema.oneOf;
  assert.equal(consultation.properties.message.maxLength, 2000);
  assert.ok(consultation.properties.reason.enum.includes('sciatica'));
  assert.deepEqual(guide.required, ['kind', 'name', 'email', 'consent', 'guide']);
  for (const key of Object.keys(LEAD)) assert.ok(key in consultation.properties || key.startsWith('utm_'), key);
  for (const key of Object.keys(GUIDE)) assert.ok(key in guide.properties, key);
});
