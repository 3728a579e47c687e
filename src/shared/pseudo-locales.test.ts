import { expect, waitUntil } from '@open-wc/testing';

// Every widget in the pseudo-locales (en-XA: accented, about 40% longer; ar-XB: mirrored, right to left) on a real
// 320 px screen: an iframe, so the viewport and its media queries are 320 px wide in every browser (web-test-runner
// cannot resize WebKit's window).
const WIDTH = 320;

const PAGE = (lang: string) => `<!doctype html>
<html lang="${lang}">
  <head><meta name="viewport" content="width=device-width"><style>body { margin: 8px; font-family: sans-serif; }</style></head>
  <body>
    <procedure-card procedure="radiofrequency-neurotomy" expanded href="/learn"></procedure-card>
    <surgery-benefits layout="grid"></surgery-benefits>
    <surgery-benefits layout="compare"></surgery-benefits>
    <specialist-checklist></specialist-checklist>
    <consult-button action="/api/consult" phone="555-0100"></consult-button>
    <consult-button variant="secondary" booking-url="https://example.com/book"></consult-button>
    <script type="module" src="/src/index.ts"></script>
  </body>
</html>`;

const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

async function load(lang: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = Object.assign(document.createElement('iframe'), { srcdoc: PAGE(lang), width: String(WIDTH), height: '640' });
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const doc = frame.contentDocument!;
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join())) {
    await waitUntil(() => el.shadowRoot?.childElementCount, `<${el.localName}> rendered`, { timeout: 5000 });
    await el.updateComplete;
  }
  return { frame, doc };
}

/** Hidden on purpose (the screen-reader-only texts, the honeypot field, the narrow table's head): not laid out for eyes. */
function hiddenOnPurpose(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    if (style.clipPath !== 'none' || node.classList.contains('hp')) return true;
  }
  return false;
}

/** Everything that sticks out of the 320 px screen or out of its own box (clipped or overflowing), named. */
function overflows(doc: Document): string[] {
  const problems: string[] = [];
  if (doc.documentElement.scrollWidth > WIDTH) problems.push(`the page scrolls sideways (${doc.documentElement.scrollWidth}px)`);
  for (const host of doc.querySelectorAll(TAGS.join())) {
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      if (hiddenOnPurpose(el) || !el.getClientRects().length) continue;
      const box = el.getBoundingClientRect();
      const name = `<${host.localName}> ${el.localName}${el.className ? `.${String(el.className)}` : ''} "${el.textContent!.trim().slice(0, 30)}"`;
      if (box.width && (box.left < -0.5 || box.right > WIDTH + 0.5)) problems.push(`${name} is outside the screen (${box.left}..${box.right})`);
      // A few px of slack: Firefox counts the space at the end of some right-to-left lines into scrollWidth (an
      // invisible overflow); a word that does not fit overflows by far more.
      if (el.clientWidth && el.scrollWidth > el.clientWidth + 6) problems.push(`${name} overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
    }
  }
  return problems;
}

for (const lang of ['en-XA', 'ar-XB']) {
  describe(`pseudo-locale ${lang} at ${WIDTH} px`, () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('shows every widget in the pseudo-locale without clipping or overflow', async () => {
      const page = await load(lang);
      frame = page.frame;
      const { doc } = page;
      const checklist = doc.querySelector('specialist-checklist')!;
      const heading = checklist.shadowRoot!.querySelector('[part="heading"]')!.textContent!;
      expect(heading).not.to.equal('Questions to ask before you choose a spine doctor');
      if (lang === 'en-XA') expect(heading).to.match(/^\[Qûéšţîöñš ţö åšķ/);
      else expect(heading).to.contain('\u202eQuestions\u202c');
      const direction = doc.defaultView!.getComputedStyle(checklist).direction;
      expect(direction).to.equal(lang === 'ar-XB' ? 'rtl' : 'ltr');
      expect(overflows(doc)).to.deep.equal([]);
    });

    it('keeps the open consultation form inside the screen', async () => {
      const page = await load(lang);
      frame = page.frame;
      const { doc } = page;
      const button = doc.querySelector('consult-button')!;
      button.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await waitUntil(() => button.shadowRoot!.querySelector('form'), 'the form', { timeout: 5000 });
      await (button as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const dialog = button.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(doc.defaultView!.getComputedStyle(dialog).direction).to.equal(lang === 'ar-XB' ? 'rtl' : 'ltr');
      expect(overflows(doc)).to.deep.equal([]);
      dialog.close();
    });
  });
}
