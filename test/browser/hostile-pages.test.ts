import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

interface ProbedWindow extends Window {
  __probe: { violations: string[]; errors: string[] };
}

/** Opens a test page in an iframe (same origin, so the test can look inside) and waits for the widgets. */
async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProbedWindow;
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'widgets defined', { timeout: 5000 });
  for (const tag of TAGS) await (win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { frame, win, doc: win.document };
}

describe('a page enforcing a strict CSP with Trusted Types', () => {
  it('is really enforced by the test server (an inline script does not run)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-control.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    expect((frame.contentWindow as Window & { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    frame.remove();
  });

  let page: Awaited<ReturnType<typeof openPage>>;
  before(async () => {
    page = await openPage('/test/pages/csp.html');
  });
  after(() => page.frame.remove());

  it('renders all four widgets with no violation and no error', async () => {
    for (const tag of TAGS) {
      const element = page.doc.querySelector(tag)!;
      expect(element.shadowRoot!.textContent!.trim().length, `<${tag}> shows text`).to.be.greaterThan(10);
    }
    expect(page.win.__probe.violations).to.deep.equal([]);
    expect(page.win.__probe.errors).to.deep.equal([]);
  });
});
