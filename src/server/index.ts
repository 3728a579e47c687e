/**
 * `spine-widgets/server`: the reference receiver for `<consult-button>` (and `<guide-download>`) requests. A
 * dependency-free, Fetch-standard handler: `(request: Request) => Promise<Response>`, for Node (through
 * `toNodeListener`), Deno, Bun, Cloudflare Workers, and Netlify or Vercel functions. Guide: docs/receiving-requests.md.
 *
 * ```js
 * import { createServer } from 'node:http';
 * import { createConsultHandler, toNodeListener } from 'spine-widgets/server';
 *
 * const handler = createConsultHandler({
 *   allowedOrigins: ['https://www.example-clinic.com'],
 *   deliver: async (lead) => { await saveToYourCrm(lead); }, // throw to answer 503: the widget retries
 * });
 * createServer(toNodeListener(handler)).listen(8080);
 * ```
 *
 * Answers: 204 to a CORS preflight from an allowed origin (403 from any other); 200 `{ ok: true, requestId }` once
 * delivered, and the same answer again for the same `Idempotency-Key` header (or body `requestId`) without a second
 * delivery; 400 for a body that cannot be parsed; 403 for a POST from an origin not allowed; 405 for other methods;
 * 413 over `maxBodyBytes`; 415 for a body that is neither JSON nor url-encoded; 422 `{ errors: { field: message } }`
 * for values the widget's own rules refuse; 503 when `deliver` throws (the key is not kept, so a retry delivers).
 * It never logs a body or a value.
 */
import { checkLeadRequest, type LeadRequest } from './validate-request.js';

export type { ConsultationRequest, GuideRequest, LeadRequest } from './validate-request.js';

/** An answer kept for a key, to give again to a duplicate. */
export interface StoredAnswer {
  status: number;
  body: string;
}

/** Where idempotency keys are kept: in memory by default; Redis, Workers KV or a database on many instances. */
export interface IdempotencyStore {
  get(key: string): StoredAnswer | undefined | null | Promise<StoredAnswer | undefined | null>;
  /** Keeps `value` under `key` for `ttlSeconds`. */
  set(key: string, value: StoredAnswer, ttlSeconds: number): void | Promise<void>;
}

export interface ConsultHandlerOptions {
  /** Hands a checked request to the clinic (CRM, database, email). Throwing answers 503, and the request may come again. */
  deliver(request: LeadRequest, context: { key?: string }): unknown;
  /** The origins of the clinic's pages, such as `https://www.example-clinic.com`; `'*'` allows any (testing only). */
  allowedOrigins: readonly string[];
  /** Default: in memory, in this process. */
  store?: IdempotencyStore;
  /** The largest body accepted, in bytes; default 16 KB. */
  maxBodyBytes?: number;
}

/** How long an answer is kept for its key: a day, beyond any visitor's retries. */
export const KEY_TTL_SECONDS = 24 * 60 * 60;
const DEFAULT_MAX_BODY = 16 * 1024;
const MAX_KEY_LENGTH = 200;

/** An in-memory store whose entries expire after their time to live (the default store). */
export function memoryStore(now: () => number = Date.now): IdempotencyStore {
  const entries = new Map<string, { value: StoredAnswer; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry && entry.expires <= now()) entries.delete(key);
      return entry && entry.expires > now() ? entry.value : undefined;
    },
    set(key, value, ttlSeconds) {
      // Expired entries go as new ones come, so the map does not grow without end.
      for (const [k, e] of entries) if (e.expires <= now()) entries.delete(k);
      entries.set(key, { value, expires: now() + ttlSeconds * 1000 });
    },
  };
}

class BodyTooLarge extends Error {}

/** Reads at most `max` bytes of the body, as text. */
async function readBody(request: Request, max: number): Promise<string> {
  if (Number(request.headers.get('Content-Length') ?? 0) > max) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Creates the Fetch-standard handler. */
export function createConsultHandler(options: ConsultHandlerOptions): (request: Request) => Promise<Response> {
  const { deliver, allowedOrigins, store = memoryStore(), maxBodyBytes = DEFAULT_MAX_BODY } = options;
  if (typeof deliver !== 'function') throw new TypeError('createConsultHandler: `deliver` must be a function that hands the request to the clinic.');
  if (!Array.isArray(allowedOrigins)) throw new TypeError("createConsultHandler: `allowedOrigins` must be a list of origins, such as ['https://www.example-clinic.com'].");
  const allowed = (origin: string) => allowedOrigins.includes('*') || allowedOrigins.includes(origin);
  // Deliveries under way, by key: a duplicate arriving meanwhile waits for the first one's answer.
  const pending = new Map<string, Promise<StoredAnswer>>();

  return async (request) => {
    const origin = request.headers.get('Origin');
    const cors: Record<string, string> =
      origin && allowed(origin)
        ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
        : { Vary: 'Origin' };
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      new Response(body === null ? null : typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { ...cors, ...(body === null ? {} : { 'Content-Type': 'application/json' }), 'Cache-Control': 'no-store', ...headers },
      });

    if (origin && !allowed(origin)) return answer(403, { error: 'This origin may not send requests here.' });
    if (request.method === 'OPTIONS') {
      return answer(204, null, {
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept',
        'Access-Control-Max-Age': '86400',
      });
    }
    if (request.method !== 'POST') return answer(405, { error: 'Use POST.' }, { Allow: 'POST, OPTIONS' });
    const type = (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
      return answer(415, { error: 'Send application/json or application/x-www-form-urlencoded.' });
    }

    let text: string;
    try {
      text = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return answer(413, { error: `The request is larger than ${maxBodyBytes} bytes.` });
      return answer(400, { error: 'The request body could not be read.' });
    }
    let body: unknown;
    try {
      body = type === 'application/json' ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    } catch {
      return answer(400, { error: 'The body is not valid JSON.' });
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return answer(400, { error: 'The body must be an object.' });

    const checked = checkLeadRequest(body as Record<string, unknown>);
    if ('errors' in checked) return answer(422, { errors: checked.errors });
    const { request: lead } = checked;
    const key = request.headers.get('Idempotency-Key')?.trim() || lead.requestId;
    if (key && key.length > MAX_KEY_LENGTH) return answer(422, { errors: { requestId: `Use at most ${MAX_KEY_LENGTH} characters.` } });
    const replay = (stored: StoredAnswer) => answer(stored.status, stored.body, { 'Idempotent-Replayed': 'true' });

    if (!key) {
      try {
        await deliver(lead, {});
      } catch {
        return failed();
      }
      return answer(200, { ok: true });
    }
    const stored = await store.get(key);
    if (stored) return replay(stored);
    const under = pending.get(key);
    if (under) {
      try {
        return replay(await under);
      } catch {
        return failed();
      }
    }
    const delivery = (async (): Promise<StoredAnswer> => {
      await deliver(lead, { key });
      const kept = { status: 200, body: JSON.stringify({ ok: true, requestId: key }) };
      await store.set(key, kept, KEY_TTL_SECONDS);
      return kept;
    })();
    pending.set(key, delivery);
    try {
      const kept = await delivery;
      return answer(kept.status, kept.body);
    } catch {
      return failed();
    } finally {
      pending.delete(key);
    }

    function failed(): Response {
      // The error itself may hold the patient's values: only the fact is logged.
      console.error('spine-widgets/server: deliver() threw; answered 503 so the widget can send the request again.');
      return answer(503, { error: 'The request could not be passed on. Please try again.' });
    }
  };
}

/** The parts of a `node:http` request the listener uses (so the types need no @types/node). */
interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: { encrypted?: boolean };
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array): unknown;
}

/** Wraps a Fetch-standard handler as a `node:http` (or Express) listener: `createServer(toNodeListener(handler))`. */
export function toNodeListener(handler: (request: Request) => Promise<Response>): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  return async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const url = new URL(req.url ?? '/', `${req.socket.encrypted ? 'https' : 'http'}://${headers.get('host') ?? 'localhost'}`);
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const request = new Request(url, {
      method,
      headers,
      body: hasBody ? (req as unknown as BodyInit) : undefined,
      // Node needs `duplex` for a streamed body; the DOM typings do not know it yet.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
    let response: Response;
    try {
      response = await handler(request);
    } catch {
      response = new Response(JSON.stringify({ error: 'Server error.' }), { status: 500, headers: { 'Content-Type': 'application/json' } });
    }
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, out);
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}
