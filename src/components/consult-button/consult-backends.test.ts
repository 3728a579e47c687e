// <consult-button>'s form against the backends clinics really post to, served on another origin by the test runner
// (test/server/cross-origin.mjs), and the ways a request must survive: Retry-After, offline, a closed dialog.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { withConsoleSpy } from '../../test-support/console-spy.js';
import { $, dialogOf, formOf, mount, open, submitAndWait, valueOf } from '../../test-support/consult-button.js';
import './consult-button.js';
import type { ConsultButton } from './consult-button.component.js';
import type { BuildRequest } from '../../shared/lead-request-controller.js';

interface Seen {
  requests: { method: string; path: string; headers: Record<string, string>; body: string; accepted?: boolean }[];
  deliveries: { how: string; key: string; lead: Record<string, unknown> }[];
}

const NAME = 'Zelda Quixote';
const EMAIL = 'zelda.q@example.org';
const PHONE = '555 867 5309';

let other = '';
const seen = async (): Promise<Seen> => (await fetch('/__test__/cross-requests')).json() as Promise<Seen>;
const posts = async (path?: string) => (await seen()).requests.filter((r) => r.method === 'POST' && (!path || r.path.startsWith(path)));
const sameOrigin = async () => ((await (await fetch('/__test__/requests')).json()) as { method: string; body: string }[]).filter((r) => r.method === 'POST');

const alertText = (el: ConsultButton) => $(el, '[role=alert]').textContent!.replace(/\s+/g, ' ').trim();
const retryButton = (el: ConsultButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] .alert button');

async function close(el: ConsultButton): Promise<void> {
  const closed = oneEvent(el, 'consult-close');
  dialogOf(el).close();
  await closed;
}

function fill(el: ConsultButton, values: Record<string, string> = {}) {
  for (const [name, value] of Object.entries({ name: NAME, phone: PHONE, email: EMAIL, ...values })) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`);
    if (field) field.value = value;
  }
  $<HTMLInputElement>(el, '#f-consent').checked = true;
}

/** Makes `navigator.onLine` read `value` until restored. */
function setOnline(value: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
}
const restoreOnline = () => delete (navigator as { onLine?: boolean }).onLine;

before(async () => {
  ({ other } = (await (await fetch('/__test__/origins')).json()) as { other: string });
  expect(new URL(other).origin).to.not.equal(location.origin);
});

describe('<consult-button> and real backends (another origin)', () => {
  it('encoding="form" reaches a no-preflight endpoint like Google Apps Script: a simple request, requestId in the body', async () => {
    const el = await mount(html`<consult-button action=${`${other}/apps-script`} encoding="form"></consult-button>`);
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-success');
    const { requests } = await seen();
    // No OPTIONS: the browser did not need to ask.
    expect(requests.map((r) => r.method)).to.deep.equal(['POST']);
    const [request] = requests;
    expect(request.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
    expect(request.headers['idempotency-key']).to.equal(undefined);
    expect(new URLSearchParams(request.body).get('requestId')).to.equal(detail.requestId);
    expect(new URLSearchParams(request.body).get('kind')).to.equal('consultation');
    expect($(el, '.done').textContent).to.contain('We got your request');
  });

  it('control: the JSON request (with its preflight) is refused by the same endpoint, and nothing is posted', async () => {
    const el = await mount(html`<consult-button action=${`${other}/apps-script`}></consult-button>`);
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-error');
    expect(detail).to.not.have.property('status');
    expect(await posts()).to.have.length(0);
    expect((await seen()).requests.map((r) => r.method)).to.deep.equal(['OPTIONS']);
    expect(retryButton(el)).to.exist;
  });

  it('Formspree-shaped field errors ({ errors: [{ field, message }] }) are shown at their fields', async () => {
    const el = await mount(html`<consult-button action=${`${other}/formspree`} encoding="form"></consult-button>`);
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-error');
    expect(detail.status).to.equal(422);
    await waitUntil(() => el.shadowRoot!.querySelector('#e-email'), 'email error shown');
    expect($(el, '#e-email').textContent).to.contain('should be an email');
    expect($(el, '#f-email').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
    // With field errors, the service's generic "Validation errors" is not shown as well.
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a top-level error text of a 4xx is shown, as text, with the phone and no Retry', async () => {
    const el = await mount(html`<consult-button action=${`${other}/formspree-missing`} phone="555-0100"></consult-button>`);
    await open(el);
    fill(el);
    expect((await submitAndWait(el, 'consult-error')).status).to.equal(404);
    expect(alertText(el)).to.contain('The clinic says: Form not found');
    expect(retryButton(el)?.textContent).to.not.equal('Try again');
    expect($(el, '[role=alert] a[href^="tel:"]')).to.exist;
  });

  it('a message with markup is shown as text, and cut to 300 characters', async () => {
    const message = `<img src=x onerror="alert(1)">${'x'.repeat(400)}`;
    const action = `${other}/status/400?body=${encodeURIComponent(JSON.stringify({ message }))}`;
    const el = await mount(html`<consult-button action=${action}></consult-button>`);
    await open(el);
    fill(el);
    await submitAndWait(el, 'consult-error');
    expect($(el, '[role=alert] q').textContent).to.equal(message.slice(0, 300));
    expect(el.shadowRoot!.querySelector('[role=alert] img')).to.equal(null);
  });

  it('429 with Retry-After: 1: a visible notice, Retry still there, one automatic retry with the same id', async () => {
    const el = await mount(html`<consult-button action=${`${other}/retry-after/1`} phone="555-0100"></consult-button>`);
    await open(el);
    fill(el);
    const failed = await submitAndWait(el, 'consult-error');
    expect(failed.status).to.equal(429);
    expect(alertText(el)).to.contain('We will try again in 1 s');
    expect(retryButton(el)!.textContent).to.equal('Try again');
    expect($(el, '[role=alert] a[href^="tel:"]')).to.exist;
    const succeeded = await oneEvent(el, 'consult-success');
    expect(succeeded.detail.requestId).to.equal(failed.requestId);
    const sent = await posts();
    expect(sent).to.have.length(2);
    for (const request of sent) {
      expect(request.headers['idempotency-key']).to.equal(failed.requestId);
      expect(JSON.parse(request.body).requestId).to.equal(failed.requestId);
    }
  });

  it('Retry-After as an HTTP date is read; Retry during the wait sends at once, and the timer then sends nothing', async () => {
    const date = new Date(Date.now() + 20_000).toUTCString();
    const el = await mount(html`<consult-button action=${`${other}/retry-after/${encodeURIComponent(date)}`}></consult-button>`);
    await open(el);
    fill(el);
    await submitAndWait(el, 'consult-error');
    expect(alertText(el)).to.match(/We will try again in (19|20|21) s/);
    const succeeded = oneEvent(el, 'consult-success');
    retryButton(el)!.click();
    await succeeded;
    expect(await posts()).to.have.length(2);
    // The timer is dropped: with a wait of 1 s, nothing more is sent once it would have run.
    const short = await mount(html`<consult-button action=${`${other}/retry-after/1`}></consult-button>`);
    await open(short);
    fill(short);
    await submitAndWait(short, 'consult-error');
    expect(alertText(short)).to.contain('We will try again in 1 s');
    const resent = oneEvent(short, 'consult-success');
    retryButton(short)!.click();
    await resent;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(await posts(), 'Retry, then no automatic attempt').to.have.length(2);
  });

  it('a Retry-After longer than 30 s is shown, not waited for', async () => {
    const el = await mount(html`<consult-button action=${`${other}/retry-after/120`}></consult-button>`);
    await open(el);
    fill(el);
    await submitAndWait(el, 'consult-error');
    expect(alertText(el)).to.contain('Please try again in about 2 min');
    expect(alertText(el)).to.not.contain('We will try again in');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await posts()).to.have.length(1);
    expect(retryButton(el)).to.exist;
  });

  it('408 is retryable, with the same id', async () => {
    const el = await mount(html`<consult-button action=${`${other}/status/408`}></consult-button>`);
    await open(el);
    fill(el);
    const first = await submitAndWait(el, 'consult-error');
    expect(first.status).to.equal(408);
    const again = oneEvent(el, 'consult-error');
    retryButton(el)!.click();
    expect((await again).detail.requestId).to.equal(first.requestId);
  });

  it('buildRequest: the HubSpot Forms v3 recipe is accepted by a server that checks its shape; values go only there', async () => {
    const el = await mount(html`<consult-button action=${`${other}/hubspot`}></consult-button>`);
    const seenBy: unknown[] = [];
    // The recipe in docs/receiving-requests.md, as written there.
    const button = el;
    button.encoding = 'form';
    button.buildRequest = (payload, context) => {
      seenBy.push(context);
      return {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          fields: [
            { objectTypeId: '0-1', name: 'firstname', value: String(payload.name) },
            { objectTypeId: '0-1', name: 'email', value: String(payload.email ?? '') },
            { objectTypeId: '0-1', name: 'phone', value: String(payload.phone ?? '') },
            { objectTypeId: '0-1', name: 'message', value: String(payload.message ?? '') },
          ],
          submittedAt: String(Date.parse(String(payload.submittedAt))),
          context: { pageUri: String(payload.page), pageName: document.title },
        }),
      };
    };
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-success');
    expect(seenBy).to.deep.equal([{ requestId: detail.requestId, encoding: 'form' }]);
    const [request, ...more] = await posts();
    expect(more).to.have.length(0);
    expect(request.accepted).to.be.true;
    expect(request.headers['idempotency-key']).to.equal(undefined);
    const body = JSON.parse(request.body) as { fields: { name: string; value: string }[] };
    expect(body.fields.find((f) => f.name === 'email')!.value).to.equal(EMAIL);
    expect(await sameOrigin()).to.have.length(0);
  });

  it('buildRequest with its own url: sent there, not to action', async () => {
    const hubspot: BuildRequest = (payload) => ({
      url: `${other}/hubspot`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: [{ name: 'firstname', value: String(payload.name) }], context: { pageUri: String(payload.page) } }),
    });
    const el = await mount(html`<consult-button action="/__test__/consult/ok" .buildRequest=${hubspot}></consult-button>`);
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-success');
    const [request] = await posts('/hubspot');
    expect(request.accepted).to.be.true;
    // JSON encoding keeps its Idempotency-Key under the recipe's headers.
    expect(request.headers['idempotency-key']).to.equal(detail.requestId);
    expect(await sameOrigin()).to.have.length(0);
  });

  it('the Netlify Forms recipe: url-encoded with form-name, every field registered by the docs\' hidden form', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=a&utm_medium=b&utm_campaign=c&utm_term=d&utm_content=e`);
    try {
      const el = await mount(html`<consult-button action=${`${other}/netlify`}></consult-button>`);
      // The recipe in docs/receiving-requests.md (action there is '/': the site itself).
      const button = el;
      button.encoding = 'form';
      button.buildRequest = (payload) => ({
        body: new URLSearchParams({ 'form-name': 'consult', ...Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)])) }),
      });
      await open(el);
      fill(el);
      await submitAndWait(el, 'consult-success');
      const [request] = await posts('/netlify');
      expect(request.accepted, request.body).to.be.true;
      expect(request.headers['idempotency-key']).to.equal(undefined);
      expect((await seen()).requests.map((r) => r.method)).to.deep.equal(['POST']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('buildRequest that throws or returns an unsafe url: a console error naming the fix, nothing sent', async () => {
    for (const build of [
      () => {
        throw new Error('no portal id');
      },
      () => ({ url: 'javascript:alert(1)', body: '{}' }),
      () => null as unknown as ReturnType<BuildRequest>,
    ]) {
      const spy = await withConsoleSpy(async () => {
        const el = await mount(html`<consult-button action="/__test__/consult/ok" phone="555-0100" .buildRequest=${build}></consult-button>`);
        await open(el);
        fill(el);
        await submitAndWait(el, 'consult-error');
        expect(alertText(el)).to.contain('We could not take your request online');
      });
      expect(spy.errors[0]).to.contain('<consult-button>').and.contain('buildRequest');
      expect(await sameOrigin()).to.have.length(0);
    }
  });
});

describe('<consult-button> and spine-widgets/server on another origin', () => {
  it('success: delivered once, checked, with kind and the widget payload', async () => {
    const el = await mount(html`<consult-button action=${`${other}/receiver/ok`}></consult-button>`);
    await open(el);
    fill(el);
    const detail = await submitAndWait(el, 'consult-success');
    const { deliveries } = await seen();
    expect(deliveries).to.have.length(1);
    expect(deliveries[0].key).to.equal(detail.requestId);
    expect(deliveries[0].lead).to.include({ kind: 'consultation', name: NAME, email: EMAIL, consent: true, requestId: detail.requestId });
  });

  it('url-encoded too (no preflight), deduplicated by the body requestId', async () => {
    const el = await mount(html`<consult-button action=${`${other}/receiver/ok`} encoding="form"></consult-button>`);
    await open(el);
    fill(el);
    await submitAndWait(el, 'consult-success');
    expect((await seen()).requests.map((r) => r.method)).to.deep.equal(['POST']);
    expect((await seen()).deliveries).to.have.length(1);
  });

  it('a duplicate (the answer was lost to a timeout, Retry sends again) is delivered once', async () => {
    const el = await mount(html`<consult-button action=${`${other}/receiver/slow`} timeout="300"></consult-button>`);
    await open(el);
    fill(el);
    const failed = await submitAndWait(el, 'consult-error');
    await waitUntil(async () => (await seen()).deliveries.length === 1, 'the first delivery completes', { timeout: 3000 });
    const succeeded = oneEvent(el, 'consult-success');
    retryButton(el)!.click();
    expect((await succeeded).detail.requestId).to.equal(failed.requestId);
    const { deliveries } = await seen();
    expect(deliveries).to.have.length(1);
    expect((await posts('/receiver'))).to.have.length(2);
  });

  it('422 from the receiver is shown at the field', async () => {
    const el = await mount(html`<consult-button action=${`${other}/receiver/ok`}></consult-button>`);
    await open(el);
    fill(el);
    // Past the textarea's maxlength, as only a script could: the receiver's own check answers.
    $<HTMLTextAreaElement>(el, '#f-message').value = 'x'.repeat(2001);
    expect((await submitAndWait(el, 'consult-error')).status).to.equal(422);
    await waitUntil(() => el.shadowRoot!.querySelector('#e-message'));
    expect($(el, '#e-message').textContent).to.contain('Use at most 2000 characters.');
    expect((await seen()).deliveries).to.have.length(0);
  });

  it('deliver fails (503), then Retry delivers once with the same id', async () => {
    const el = await mount(html`<consult-button action=${`${other}/receiver/flaky`} phone="555-0100"></consult-button>`);
    await open(el);
    fill(el);
    const failed = await submitAndWait(el, 'consult-error');
    expect(failed.status).to.equal(503);
    expect((await seen()).deliveries).to.have.length(0);
    const succeeded = oneEvent(el, 'consult-success');
    retryButton(el)!.click();
    expect((await succeeded).detail.requestId).to.equal(failed.requestId);
    const { deliveries } = await seen();
    expect(deliveries.map((d) => d.key)).to.deep.equal([failed.requestId]);
  });
});

describe('<consult-button>: a request that survives', () => {
  afterEach(restoreOnline);

  it('offline: says so, keeps everything, sends by itself once when back online', async () => {
    const el = await mount(html`<consult-button action="/__test__/consult/ok" phone="555-0100"></consult-button>`);
    await open(el);
    fill(el);
    setOnline(false);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => alertText(el).includes('You are offline'), 'offline notice');
    expect(valueOf(el, 'name')).to.equal(NAME);
    expect(await sameOrigin()).to.have.length(0);
    setOnline(true);
    const succeeded = oneEvent(el, 'consult-success');
    // Two events in a row (flaky Wi-Fi): one request.
    dispatchEvent(new Event('online'));
    dispatchEvent(new Event('online'));
    await succeeded;
    dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sameOrigin()).to.have.length(1);
  });

  it('a network error while offline waits for the online event, with the same id', async () => {
    const el = await mount(html`<consult-button action="/__test__/drop"></consult-button>`);
    await open(el);
    fill(el);
    const failed = oneEvent(el, 'consult-error');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    // The connection drops after the request left: the device went offline meanwhile.
    setOnline(false);
    const { requestId } = (await failed).detail;
    await el.updateComplete;
    expect(alertText(el)).to.contain('You are offline');
    el.action = '/__test__/consult/ok';
    setOnline(true);
    const succeeded = oneEvent(el, 'consult-success');
    dispatchEvent(new Event('online'));
    expect((await succeeded).detail.requestId).to.equal(requestId);
  });

  it('a 422 that names no field the visitor can fix is shown as a refusal, not as silence', async () => {
    // The test server's /__test__/status/<code> answers with that status and the JSON given in ?body=.
    const answer = JSON.stringify({ errors: { lang: 'Unsupported language.' }, message: 'Bad request.' });
    const el = await mount(html`<consult-button action=${`/__test__/status/422?body=${encodeURIComponent(answer)}`}></consult-button>`);
    await open(el);
    fill(el);
    expect((await submitAndWait(el, 'consult-error')).status).to.equal(422);
    await el.updateComplete;
    expect(alertText(el)).to.contain('We could not take your request online').and.contain('Bad request.');
    expect(!el.shadowRoot!.querySelector('.summary'), 'no summary without a field to fix').to.be.true;
  });

  it('keepalive: a tab closed right after Send does not cancel the request', async () => {
    const original = window.fetch;
    const inits: RequestInit[] = [];
    window.fetch = (input, init) => {
      if (init) inits.push(init);
      return original(input, init);
    };
    try {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el);
      await submitAndWait(el, 'consult-success');
    } finally {
      window.fetch = original;
    }
    const posted = inits.filter((init) => init.method === 'POST');
    expect(posted).to.have.length(1);
    expect(posted[0].keepalive).to.equal(true);
  });

  it('closed while sending: the request goes on, and reopening announces the success; the next visit is fresh', async () => {
    const el = await mount(html`<consult-button action=${`${other}/slow/400`}></consult-button>`);
    await open(el);
    fill(el);
    const succeeded = oneEvent(el, 'consult-success');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    await close(el);
    await succeeded;
    await open(el);
    const done = $(el, '.done');
    expect(done.textContent).to.contain('We got your request');
    expect(formOf(el).hidden).to.be.true;
    expect(el.shadowRoot!.activeElement, 'the success is announced by taking focus').to.equal(done);
    expect(await posts('/slow')).to.have.length(1);
    await close(el);
    await open(el);
    expect(formOf(el).hidden).to.be.false;
    expect(valueOf(el, 'name')).to.equal('');
  });

  it('closed while sending, then a failure: reopening shows it with Retry and the phone, values kept', async () => {
    const el = await mount(html`<consult-button action="/__test__/consult/error" phone="555-0100"></consult-button>`);
    await open(el);
    fill(el);
    const failed = oneEvent(el, 'consult-error');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await close(el);
    await failed;
    await open(el);
    expect(alertText(el)).to.contain('We could not send your request');
    expect(retryButton(el)!.textContent).to.equal('Try again');
    expect($(el, '[role=alert] a[href^="tel:"]')).to.exist;
    expect(valueOf(el, 'email')).to.equal(EMAIL);
    expect(await sameOrigin()).to.have.length(1);
  });

  it('removed from the page while a Retry-After wait runs: the wait is dropped, nothing more is sent', async () => {
    const el = await mount(html`<consult-button action=${`${other}/retry-after/1`}></consult-button>`);
    await open(el);
    fill(el);
    await submitAndWait(el, 'consult-error');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(await posts()).to.have.length(1);
  });
});
