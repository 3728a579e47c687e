// Forced colors (Windows High Contrast), emulated in Chromium through the DevTools protocol: the progress fill is
// painted in a system colour (read from the pixels), invalid fields keep a distinct border, icons follow the text.
// Text spacing (WCAG 1.4.12), in every browser: the usual bookmarklet's sheet, put in the page's document only,
// reaches the widgets' text; put in the document and every shadow root, nothing is clipped or scrolls sideways.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TEXT_SPACING_CSS, contrast, forcedColors, over, parseColor, pixelAt, pixels, resize } from './support.js';
import { WIDGETS, settle } from './states.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const systemColor = (keyword: string) => {
  const probe = document.createElement('div');
  probe.style.cssText = `forced-color-adjust: none; color: ${keyword}`;
  document.body.append(probe);
  const value = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return value;
};
const same = (a: number[], b: number[]) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= 2);

describe('forced colors (Chromium emulation)', () => {
  before(async function () {
    if (!(await forcedColors(true))) this.skip();
  });
  after(() => forcedColors(false));

  it('paints the checklist progress fill in Highlight, distinct from the track', async () => {
    const el = await fixture<Widget>(html`<specialist-checklist></specialist-checklist>`);
    await settle(el);
    for (const box of [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].slice(0, 3)) box.click();
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector('progress')!;
    bar.scrollIntoView({ block: 'center' });
    await new Promise(requestAnimationFrame);
    const box = bar.getBoundingClientRect();
    const shot = await pixels({ x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height });
    const filled = pixelAt(shot!, box.width * 0.2, box.height / 2);
    const empty = pixelAt(shot!, box.width * 0.8, box.height / 2);
    // Chromium's Highlight is slightly translucent: painted, it is Highlight over the Canvas behind it.
    const highlight = over(systemColor('Highlight'), over(systemColor('Canvas'), [255, 255, 255, 1]));
    expect(same(filled, highlight), `fill ${filled.join()} is Highlight ${highlight.join()}`).to.be.true;
    expect(contrast(filled, empty)).to.be.at.least(3);
  });

  it('gives invalid fields a thicker border in the Mark system colour', async () => {
    const el = await fixture<Widget>(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
    await settle(el);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('[part=button]')!.click();
    await waitUntil(() => root.querySelector('#f-name'), 'the form shows');
    root.querySelector<HTMLElement>('button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('[aria-invalid=true]'), 'errors show');
    const invalid = getComputedStyle(root.querySelector('#f-name')!);
    const valid = getComputedStyle(root.querySelector('#f-email')!);
    expect(same(parseColor(invalid.borderTopColor), systemColor('Mark')), `border ${invalid.borderTopColor}`).to.be.true;
    expect(parseFloat(invalid.borderTopWidth)).to.be.greaterThan(parseFloat(valid.borderTopWidth));
  });

  it('draws the benefit icons in the text colour (CanvasText)', async () => {
    const el = await fixture<Widget>(html`<surgery-benefits></surgery-benefits>`);
    await settle(el);
    const stroke = getComputedStyle(el.shadowRoot!.querySelector('.icon')!).stroke;
    expect(same(parseColor(stroke), systemColor('CanvasText')), `stroke ${stroke}`).to.be.true;
  });
});

describe('text spacing (WCAG 1.4.12)', () => {
  let sheet: CSSStyleSheet;
  beforeEach(() => {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TEXT_SPACING_CSS);
  });
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
  after(() => resize(800, 600));

  it("a sheet in the page's document reaches every widget's text", async () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const { tag, template } of WIDGETS) {
      const el = await fixture<Widget>(template);
      await settle(el);
      // The tool's rule sets the host's spacing from the host's size; the text inherits those lengths.
      const size = parseFloat(getComputedStyle(el).fontSize);
      const checked: string[] = [];
      for (const selector of ['p', 'span', 'summary', 'button', 'a']) {
        const text = [...el.shadowRoot!.querySelectorAll(selector)].find((n) => n.textContent!.trim());
        if (!text) continue;
        const s = getComputedStyle(text);
        expect(parseFloat(s.letterSpacing), `<${tag}> ${selector} letter-spacing`).to.be.closeTo(0.12 * size, 0.05);
        expect(parseFloat(s.wordSpacing), `<${tag}> ${selector} word-spacing`).to.be.closeTo(0.16 * size, 0.05);
        checked.push(selector);
      }
      expect(checked, `<${tag}> has text to check`).to.not.be.empty;
    }
  });

  for (const width of [320, 1280]) {
    it(`in the document and every shadow root, at ${width} px, clips nothing and scrolls nothing sideways`, async function () {
      this.timeout(20_000);
      if (!(await resize(width, 800)) && width !== 1280) this.skip();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const problems: string[] = [];
      for (const { tag, template, states } of WIDGETS) {
        const el = await fixture<Widget>(template);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
        await settle(el);
        for (const state of states) {
          await state.enter(el);
          if (document.documentElement.scrollWidth > innerWidth) problems.push(`<${tag}> ${state.name}: the page scrolls sideways`);
          for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
            const s = getComputedStyle(node);
            // Visually hidden on purpose (screen-reader text, the honeypot, the stacked table's header row).
            if (node.matches('.visually-hidden, .hp, .hp *, [hidden], [hidden] *') || s.display === 'none' || s.clipPath !== 'none') continue;
            const clips = (o: string) => o === 'hidden' || o === 'clip';
            if (clips(s.overflowY) && node.scrollHeight > node.clientHeight + 1) problems.push(`<${tag}> ${state.name}: ${node.localName}.${node.className} clips its text vertically`);
            if (s.overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1) problems.push(`<${tag}> ${state.name}: ${node.localName}.${node.className} overflows sideways`);
          }
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
