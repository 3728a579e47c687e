import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

interface ProbedWindow extends Window {
  __probe: { violations: string[]; errors: string[] };
}

/** Loads a test page in an iframe of the same origin, so the test can look inside. */
async function loadFrame(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads a page that carries the widget script and waits until every widget has rendered. */
async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; doc: Document }> {
  const frame = await loadFrame(path);
  const win = frame.contentWindow as ProbedWindow;
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'widgets defined', { timeout: 5000 });
  for (const tag of TAGS) await (win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { frame, win, doc: win.document };
}

describe('a page enforcing a strict CSP with Trusted Types', () => {
  it('is really enforced by the test server (an inline script does not run)', async () => {
    const frame = await loadFrame('/test/pages/csp-control.html');
    expect((frame.contentWindow as Window & { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    frame.remove();
  });

  let page: Awaited<ReturnType<typeof openPage>>;
  before(async () => {
    page = await openPage('/test/pages/csp.html');
  });
  after(() => page?.frame.remove());

  it('sends a consultation request to a same-origin endpoint, with no violation', async () => {
    const button = page.doc.querySelector('consult-button')!;
    const root = button.shadowRoot!;
    const outcome = new Promise<string>((resolve) => {
      button.addEventListener('consult-success', () => resolve('success'), { once: true });
      button.addEventListener('consult-error', () => resolve('error'), { once: true });
    });
    root.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await waitUntil(() => root.querySelector('dialog')?.open, 'dialog open');
    const set = (name: string, value: string) => (root.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = value);
    set('name', 'Test Patient');
    set('email', 'patient@example.com');
    root.querySelector<HTMLInputElement>('#f-consent')!.checked = true;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(await outcome).to.equal('success');
    expect(page.win.__probe.violations).to.deep.equal([]);
  });

  it('gives the guide after its gated form is sent (code loaded on demand), with no violation', async () => {
    const guide = page.doc.querySelector('guide-download')! as HTMLElement & { updateComplete: Promise<unknown> };
    await guide.updateComplete;
    const root = guide.shadowRoot!;
    const outcome = new Promise<string>((resolve) => {
      guide.addEventListener('guide-success', () => resolve('success'), { once: true });
      guide.addEventListener('guide-error', () => resolve('error'), { once: true });
    });
    root.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await waitUntil(() => root.querySelector('form'), 'form shown');
    root.querySelector<HTMLInputElement>('[name=name]')!.value = 'Test Patient';
    root.querySelector<HTMLInputElement>('[name=email]')!.value = 'patient@example.com';
    root.querySelector<HTMLInputElement>('#f-consent')!.checked = true;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(await outcome).to.equal('success');
    await waitUntil(() => root.querySelector('a#download'), 'download link shown');
    expect(page.win.__probe.violations).to.deep.equal([]);
    expect(page.win.__probe.errors).to.deep.equal([]);
  });

  it('renders all four widgets with no violation and no error', async () => {
    for (const tag of TAGS) {
      const element = page.doc.querySelector(tag)!;
      expect(element.shadowRoot!.textContent!.trim().length, `<${tag}> shows text`).to.be.greaterThan(10);
    }
    expect(page.win.__probe.violations).to.deep.equal([]);
    expect(page.win.__probe.errors).to.deep.equal([]);
  });
});

/** Size of every element in a widget's shadow tree, in document order: the widget's look, as numbers. */
function layoutOf(element: Element): string[] {
  const rect = (el: Element) => {
    const box = el.getBoundingClientRect();
    return `${Math.round(box.width)}x${Math.round(box.height)}`;
  };
  return [`host ${rect(element)}`, ...[...element.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName !== 'style').map((el) => `${el.localName} ${rect(el)}`)];
}

describe('a page with aggressive global CSS', () => {
  let plain: Awaited<ReturnType<typeof openPage>>;
  let hostile: Awaited<ReturnType<typeof openPage>>;
  before(async () => {
    plain = await openPage('/test/pages/plain.html');
    hostile = await openPage('/test/pages/hostile-css.html');
  });
  after(() => {
    plain?.frame.remove();
    hostile?.frame.remove();
  });

  it('is really hostile (the page itself is bent)', () => {
    expect(hostile.win.getComputedStyle(hostile.doc.body).textAlign).to.equal('center');
    expect(hostile.win.getComputedStyle(hostile.doc.documentElement).fontSize).to.equal('10px');
  });

  for (const tag of TAGS) {
    it(`leaves <${tag}> looking as on a plain page, to the pixel`, () => {
      expect(layoutOf(hostile.doc.querySelector(tag)!)).to.deep.equal(layoutOf(plain.doc.querySelector(tag)!));
    });
  }

  it('keeps every control working: a checklist box still ticks on click', async () => {
    const checklist = hostile.doc.querySelector('specialist-checklist')!;
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    expect(box.checked).to.equal(true);
    expect(hostile.win.__probe.errors).to.deep.equal([]);
  });
});

describe('a page where the widget script never loads', () => {
  it('shows the consult button\'s fallback link, working, and hides nothing for long', async () => {
    const frame = await loadFrame('/test/pages/no-script.html');
    const win = frame.contentWindow!;
    const link = win.document.querySelector<HTMLAnchorElement>('consult-button a')!;
    const clinicText = win.document.querySelector('procedure-card p')!;
    expect(win.customElements.get('consult-button')).to.equal(undefined);
    // The cloak reserves space, then reveals undefined elements after at most 2 s.
    await waitUntil(() => win.getComputedStyle(link).visibility === 'visible', 'fallback link revealed', { timeout: 4000 });
    expect(win.getComputedStyle(clinicText).visibility).to.equal('visible');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(link.href).to.equal(new URL('/contact', location.href).href);
    frame.remove();
  });
});
