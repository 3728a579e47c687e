import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LeadRequestController, readFieldErrors, retryAfterSeconds, type LeadEvent, type LeadRequestOptions } from './lead-request-controller.js';

/** The smallest host: counts update requests, connects its controllers like a Lit element does. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
    controller.hostConnected?.();
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

const recorded = async () => ((await (await fetch('/__test__/requests')).json()) as { method: string; path: string; body: string; headers: Record<string, string> }[]).filter((r) => r.method === 'POST');

function make(options: Partial<LeadRequestOptions> = {}, url = '/__test__/consult/ok') {
  const host = new Host();
  const events: [LeadEvent, object][] = [];
  const logs: string[] = [];
  const controller = new LeadRequestController(host, {
    kind: 'guide',
    target: () => ({ url, encoding: 'json', timeout: 0 }),
    safeUrl: (u) => u.startsWith('/'),
    on: (event, detail) => events.push([event, detail]),
    log: (message) => logs.push(message),
    ...options,
  });
  return { host, controller, events, logs };
}

describe('LeadRequestController', () => {
  beforeEach(() => fetch('/__test__/requests', { method: 'DELETE' }));

  it('retryAfterSeconds reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    expect(retryAfterSeconds(null)).to.equal(undefined);
    expect(retryAfterSeconds(' ')).to.equal(undefined);
    expect(retryAfterSeconds('7')).to.equal(7);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 10:00:12 GMT', now)).to.equal(12);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
  });

  it('readFieldErrors reads both shapes, for the payload fields only, first message wins, cut to 300', () => {
    const fields = ['name', 'email'];
    expect(readFieldErrors({ email: 'Bad email', other: 'x', name: 3 }, fields)).to.deep.equal({ email: 'Bad email' });
    expect(
      readFieldErrors(
        [null, { field: 'email', message: 'first' }, { field: 'email', message: 'second' }, { field: 'name', message: ' ' }, { code: 'X' }, { field: 'name', message: 'y'.repeat(400) }],
        fields,
      ),
    ).to.deep.equal({ email: 'first', name: 'y'.repeat(300) });
    expect(readFieldErrors('nope', fields)).to.deep.equal({});
    expect(readFieldErrors(undefined, fields)).to.deep.equal({});
  });

  it('sends the host values with kind, page, submittedAt and requestId; one send at a time; state drives updates', async () => {
    const { host, controller, events } = make();
    const sending = controller.send({ name: 'A', email: 'a@b.co', consent: true, guide: 'Neck', lang: 'en' });
    expect(controller.state.phase).to.equal('sending');
    await controller.send({ name: 'twice' });
    await sending;
    expect(controller.state).to.include({ phase: 'success', status: 200 });
    expect(host.updates).to.be.greaterThan(1);
    const [request, ...more] = await recorded();
    expect(more).to.have.length(0);
    const body = JSON.parse(request.body);
    expect(body).to.include({ name: 'A', kind: 'guide', guide: 'Neck', page: location.origin + location.pathname, requestId: controller.state.requestId });
    expect(events.map(([e]) => e)).to.deep.equal(['submit', 'success']);
    // After a success, a new send is a new request.
    await controller.send({ name: 'B' });
    const [, second] = await recorded();
    expect(JSON.parse(second.body).requestId).to.not.equal(body.requestId);
  });

  it('retry without a request in hand sends nothing; reset forgets the outcome; pretendSuccess sends nothing', async () => {
    const { controller } = make();
    await controller.retry();
    controller.pretendSuccess();
    expect(controller.state.phase).to.equal('success');
    controller.reset();
    expect(controller.state).to.deep.equal({ phase: 'idle', fieldErrors: {}, requestId: undefined });
    expect(await recorded()).to.have.length(0);
  });

  it('retry resends the last values with the same id', async () => {
    const { controller } = make({}, '/__test__/status/503');
    await controller.send({ name: 'A' });
    const id = controller.state.requestId;
    expect(controller.state).to.include({ phase: 'failed', status: 503 });
    await controller.retry();
    const [first, second] = await recorded();
    expect(JSON.parse(second.body)).to.deep.equal(JSON.parse(first.body));
    expect(JSON.parse(second.body).requestId).to.equal(id);
  });

  it('buildRequest without a url posts its body to the target, with the encoding headers under its own', async () => {
    const { controller } = make({
      target: () => ({ url: '/__test__/consult/ok', encoding: 'form', timeout: 5000, buildRequest: (payload, { encoding }) => ({ headers: { 'X-Shape': encoding }, body: `n=${String(payload.name)}` }) }),
    });
    await controller.send({ name: 'A' });
    const [request] = await recorded();
    expect(request.path).to.equal('/__test__/consult/ok');
    expect(request.body).to.equal('n=A');
    expect(request.headers['x-shape']).to.equal('form');
    expect(request.headers['idempotency-key']).to.equal(undefined);
  });

  it('works without crypto.randomUUID (older browsers)', async () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      const { controller } = make();
      await controller.send({ name: 'A' });
      expect(controller.state.requestId).to.match(/^[\da-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: original });
    }
  });

  it('a short Retry-After is cancelled when the host leaves the page', async () => {
    // The other-origin test server answers 429 with Retry-After: 1 the first time it sees a requestId, 200 after.
    const { other } = (await (await fetch('/__test__/origins')).json()) as { other: string };
    await fetch('/__test__/cross-requests', { method: 'DELETE' });
    const posts = async () => ((await (await fetch('/__test__/cross-requests')).json()) as { requests: { method: string; path: string }[] }).requests.filter((r) => r.method === 'POST');
    const { host, controller } = make({ safeUrl: () => true }, `${other}/retry-after/1`);
    await controller.send({ name: 'A' });
    expect(controller.state).to.include({ phase: 'failed', status: 429 });
    expect(controller.state.retryIn).to.equal(1);
    for (const c of host.controllers) c.hostDisconnected?.();
    expect(controller.state.retryIn).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await posts()).map((r) => r.path)).to.deep.equal(['/retry-after/1']);
  });

  it('the online event sends only an offline request', async () => {
    const { controller } = make();
    dispatchEvent(new Event('online'));
    // A send would have moved the phase to sending at once.
    expect(controller.state.phase, 'nothing in hand: nothing sent').to.equal('idle');
    await waitUntil(() => controller.state.phase === 'idle');
    expect(await recorded()).to.have.length(0);
    // A request in hand that failed while online waits for Retry, not for the online event.
    const { controller: failed } = make({}, '/__test__/status/503');
    await failed.send({ name: 'A' });
    expect(failed.state.phase).to.equal('failed');
    dispatchEvent(new Event('online'));
    expect(failed.state.phase, 'a failed request is not sent again by the online event').to.equal('failed');
    expect(await recorded()).to.have.length(1);
  });
});
