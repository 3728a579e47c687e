/**
 * LeadRequestController: sends one lead (a consultation request, a guide request) to the clinic's endpoint so that
 * it is never lost and never sent twice. A Lit reactive controller shared by `<consult-button>`'s form and
 * `<guide-download>`: it knows nothing of their fields; the host hands it the field values and renders from `state`.
 *
 * ```ts
 * const sender = new LeadRequestController(host, {
 *   kind: 'guide',                                  // goes in the payload as `kind`
 *   target: () => ({ url, encoding, timeout, buildRequest }), // read at every send: attribute changes apply
 *   safeUrl: isSafeUrl,                            // checks a URL returned by buildRequest
 *   on: (event, detail) => fire(`guide-${event}`, detail), // value-free events: { requestId, status? }
 *   log: (message) => host.log('error', message),  // a clinic's mistake, explained in the console
 * });
 * sender.send({ name, email, consent: true, guide, lang }); // from the form's submit (and its Retry button)
 * sender.pretendSuccess();                      // a bot filled the honeypot: nothing is sent
 * sender.reset();                                // the success was seen: a fresh request next time
 * sender.state.phase;                              // render from it; the host is asked to update on every change
 * ```
 *
 * Payload: the host's values, then `kind`, the page's `utm_*` parameters, `page` (origin and path), `submittedAt`
 * and `requestId`, added here. Everything else the host sends is its own business; the values go to the endpoint
 * only, never into events or the console.
 *
 * Sending:
 * - One `requestId` (a UUID) for every attempt of one request, until the endpoint accepts it or refuses it with a
 *   4xx (a corrected request is a new request). In `json` encoding it also travels as the `Idempotency-Key` header.
 * - `encoding: 'form'` is a CORS simple request: an url-encoded body and only CORS-safelisted headers (`Accept`),
 *   so endpoints that never answer a preflight (Google Apps Script, many form services) receive it; the endpoint
 *   drops duplicates by the body's `requestId`.
 * - `buildRequest(payload, { requestId, encoding })` may reshape the request for a service:
 *   `{ url?, headers?, body }`; its headers are added over the encoding's own ones.
 * - `keepalive`, no cookies, no cache; aborted after `timeout` ms.
 * - 408, 429, 5xx, a timeout or a network error: phase `failed`, same `requestId` on Retry. A `Retry-After`
 *   (seconds or an HTTP date) of up to 30 s schedules one automatic attempt (`retryIn`, in seconds, while it waits;
 *   `send` or `retry` still go at once); a longer one is only reported (`retryAfter`, in seconds).
 * - Offline (`navigator.onLine` false, or a network error while offline): phase `offline`; the same request goes
 *   by itself at the next `online` event, once per event.
 * - Any other 4xx: phase `invalid` when the answer names fields of the payload, in `{ errors: { field: message } }`
 *   or `{ errors: [{ field, message }] }` (`fieldErrors`), else `rejected`, with a top-level `error` or `message`
 *   string of the answer in `message` (plain text, to show as text).
 * - The request outlives the host's dialog, and its element: whatever the host shows, the outcome stays in `state`
 *   until `reset()`.
 *
 * Events, through `on`: `submit` when an attempt starts, then `success` or `error` (with `status` when the endpoint
 * answered). Details never hold a typed value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LeadKind = 'consultation' | 'guide';
export type LeadEncoding = 'json' | 'form';
export type LeadValue = string | boolean;
export type LeadPayload = Record<string, LeadValue>;

/** Reshapes a request for a service (HubSpot Forms, ...): a JS property on the widget. */
export type BuildRequest = (
  payload: LeadPayload,
  context: { requestId: string; encoding: LeadEncoding },
) => { url?: string; headers?: Record<string, string>; body: BodyInit };

/** Where the controller is in sending one request. */
export type LeadPhase = 'idle' | 'sending' | 'failed' | 'offline' | 'invalid' | 'rejected' | 'success';

export interface LeadRequestState {
  phase: LeadPhase;
  /** The id of the request in hand (kept for retries); after a success, the id that succeeded. */
  requestId?: string;
  /** The last answer's HTTP status, when there was one. */
  status?: number;
  /** Phase `invalid`: the endpoint's messages for fields of the payload. */
  fieldErrors: Record<string, string>;
  /** Phase `rejected` or `invalid`: the endpoint's own top-level `error` or `message` text. */
  message?: string;
  /** Phase `failed`: seconds until the one automatic attempt, while it is scheduled. */
  retryIn?: number;
  /** Phase `failed`: the endpoint asked to wait this many seconds (too long to wait for here). */
  retryAfter?: number;
}

export type LeadEvent = 'submit' | 'success' | 'error';
export interface LeadEventDetail {
  requestId: string;
  status?: number;
}

export interface LeadTarget {
  /** The endpoint, already checked as safe by the host. */
  url: string;
  encoding: LeadEncoding;
  /** Milliseconds; a value that is not positive means the default of 15000. */
  timeout: number;
  buildRequest?: BuildRequest;
}

export interface LeadRequestOptions {
  kind: LeadKind;
  /** Read at every attempt, so changed attributes apply. */
  target(): LeadTarget;
  /** Whether a URL returned by `buildRequest` may be used (the host's safe-URL rule). */
  safeUrl(url: string): boolean;
  /** Value-free events, for the host to fire under its own names. */
  on(event: LeadEvent, detail: LeadEventDetail): void;
  /** A console error for the clinic, naming what to fix. */
  log(message: string): void;
}

/** The longest `Retry-After` waited for by itself, in seconds. */
export const AUTO_RETRY_LIMIT = 30;
const DEFAULT_TIMEOUT = 15_000;
const MESSAGE_LIMIT = 300;

const uuid = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Seconds to wait from a `Retry-After` value (delay-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** `navigator.onLine` is only trustworthy when false: true may mean a network that reaches nothing. */
const offline = (): boolean => !navigator.onLine;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Field messages from either shape, `{ field: message }` or `[{ field, message }]`, for the given fields only. */
export function readFieldErrors(errors: unknown, fields: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  const entries = Array.isArray(errors)
    ? errors.map((e: { field?: unknown; message?: unknown } | null) => [e?.field, e?.message])
    : errors && typeof errors === 'object'
      ? Object.entries(errors)
      : [];
  for (const [field, message] of entries) {
    if (typeof field === 'string' && fields.includes(field) && isText(message) && !found[field]) found[field] = message.slice(0, MESSAGE_LIMIT);
  }
  return found;
}

export class LeadRequestController implements ReactiveController {
  state: LeadRequestState = { phase: 'idle', fieldErrors: {} };

  private payload?: LeadPayload;
  private submittedAt?: string;
  private retryTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LeadRequestOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    // A scheduled attempt waits for a visitor's Retry instead: nobody would see it go.
    this.cancelRetry();
  }

  /** Sends these values: a new request, or the request in hand again (same id) when the last one did not succeed. */
  send(values: LeadPayload): Promise<void> {
    if (this.state.phase === 'sending') return Promise.resolve();
    this.payload = values;
    return this.attempt();
  }

  /** Sends the request in hand again, with the values of its last attempt. */
  retry(): Promise<void> {
    return this.payload && this.state.phase !== 'sending' ? this.attempt() : Promise.resolve();
  }

  /** A success without sending anything, for a bot that filled the honeypot: it must not learn it was caught. */
  pretendSuccess(): void {
    this.cancelRetry();
    this.payload = undefined;
    this.set({ phase: 'success', requestId: undefined });
  }

  /** Forgets the outcome shown (after a success was seen): the next `send` is a new request. */
  reset(): void {
    this.cancelRetry();
    this.payload = undefined;
    this.set({ phase: 'idle', requestId: undefined });
  }

  /** The next state: what is not given (errors, status, notices) is cleared; the request id stays unless given. */
  private set(next: Partial<LeadRequestState> & Pick<LeadRequestState, 'phase'>): void {
    this.state = { fieldErrors: {}, requestId: this.state.requestId, ...next };
    this.host.requestUpdate();
  }

  private cancelRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.state.retryIn !== undefined) this.set({ ...this.state, retryIn: undefined });
  }

  private readonly onOnline = (): void => {
    // Once per event: the attempt moves the phase to `sending`, so a second listener call finds nothing to send.
    if (this.state.phase === 'offline' && this.payload) void this.attempt();
  };

  /** The body and headers for this attempt, or undefined after a `buildRequest` mistake (logged). */
  private compose(payload: LeadPayload, requestId: string, target: LeadTarget): { url: string; headers: Record<string, string>; body: BodyInit } | undefined {
    const { encoding, buildRequest } = target;
    // `form` stays a CORS simple request: no header beyond the safelisted ones, the id in the body only.
    const headers: Record<string, string> =
      encoding === 'form' ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': requestId };
    if (!buildRequest) {
      const body = encoding === 'form' ? new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, String(v)])) : JSON.stringify(payload);
      return { url: target.url, headers, body };
    }
    try {
      const built = buildRequest({ ...payload }, { requestId, encoding });
      if (!built || typeof built !== 'object' || built.body == null) throw new Error('it should return { url?, headers?, body }');
      if (built.url !== undefined && !this.options.safeUrl(built.url)) throw new Error(`its url "${built.url}" is not https, relative or same-origin`);
      return { url: built.url ?? target.url, headers: { ...headers, ...built.headers }, body: built.body };
    } catch (error) {
      this.options.log(`buildRequest failed (${(error as Error).message}): fix the function set as buildRequest. Nothing was sent.`);
      return undefined;
    }
  }

  private async attempt(automatic = false): Promise<void> {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const requestId = this.state.phase === 'success' || !this.state.requestId ? uuid() : this.state.requestId;
    if (requestId !== this.state.requestId) this.submittedAt = undefined;
    this.submittedAt ??= new Date().toISOString();
    const payload: LeadPayload = { ...this.payload!, kind: this.options.kind };
    for (const [key, value] of new URLSearchParams(location.search)) if (key.startsWith('utm_')) payload[key] = value;
    Object.assign(payload, { page: location.origin + location.pathname, submittedAt: this.submittedAt, requestId });

    if (offline()) {
      this.set({ phase: 'offline', requestId });
      return;
    }
    const target = this.options.target();
    const request = this.compose(payload, requestId, target);
    if (!request) {
      this.set({ phase: 'rejected', requestId: undefined });
      this.options.on('error', { requestId });
      return;
    }
    this.set({ phase: 'sending', requestId });
    this.options.on('submit', { requestId });

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), target.timeout > 0 ? target.timeout : DEFAULT_TIMEOUT);
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        // No cookies: the request carries only what the form shows. keepalive: a tab closed right after Send
        // does not cancel it.
        credentials: 'omit',
        cache: 'no-store',
        keepalive: true,
        signal: abort.signal,
        headers: request.headers,
        body: request.body,
      });
    } catch {
      // Network error or timeout: everything stays; offline, the `online` event sends it again.
      this.set({ phase: offline() ? 'offline' : 'failed' });
      this.options.on('error', { requestId });
      return;
    } finally {
      clearTimeout(timer);
    }
    const { status } = response;
    if (response.ok) {
      this.payload = undefined;
      this.set({ phase: 'success', status });
      this.options.on('success', { requestId, status });
      return;
    }
    if (status === 408 || status === 429 || status >= 500) {
      const wait = retryAfterSeconds(response.headers.get('Retry-After'));
      if (wait !== undefined && wait <= AUTO_RETRY_LIMIT && !automatic) {
        this.set({ phase: 'failed', status, retryIn: wait });
        this.retryTimer = setTimeout(() => void this.attempt(true), wait * 1000);
      } else this.set({ phase: 'failed', status, retryAfter: wait && wait > AUTO_RETRY_LIMIT ? wait : undefined });
      this.options.on('error', { requestId, status });
      return;
    }
    // Refused: a corrected request is a new request, with a new id.
    const body = (await response.json().catch(() => null)) as { errors?: unknown; error?: unknown; message?: unknown } | null;
    const fieldErrors = readFieldErrors(body?.errors, Object.keys(this.payload!));
    const message = [body?.error, body?.message].find(isText)?.slice(0, MESSAGE_LIMIT);
    this.payload = undefined;
    this.set({ phase: Object.keys(fieldErrors).length ? 'invalid' : 'rejected', status, fieldErrors, message, requestId: undefined });
    this.options.on('error', { requestId, status });
  }
}
