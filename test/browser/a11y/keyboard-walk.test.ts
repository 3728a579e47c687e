// A keyboard walk through all four widgets on one page, as the review did it: every Tab stop must be visible (not
// covered by anything, inside the viewport) with a focus ring of at least 3:1 against what it is drawn on, at 320
// and 1280 px, in light and in theme="dark" on a light page; Shift+Tab walks back (no trap); in the consult
// dialog, Tab and Shift+Tab (from the bottom, the sticky-header case) keep every control in view, and Escape
// returns focus to the button. WebKit's window cannot be resized and its WebDriver cannot hold Shift: there the
// walk runs forward at the window's size.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { coveredBy, deepActive, describe as name, focusRing, resize } from './support.js';
import { settle } from './states.js';

type Theme = 'light' | 'dark-attr';
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const frame = () => new Promise(requestAnimationFrame);

async function mountPage(theme: Theme): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<main style="padding: 16px; background: #eef3f8; color: #18212b">
    <button id="before">Before</button>
    <procedure-card procedure="discectomy" expanded href="/procedures/discectomy"></procedure-card>
    <surgery-benefits layout="grid"></surgery-benefits>
    <specialist-checklist><a slot="complete" href="#consult">Request a consultation</a></specialist-checklist>
    <consult-button action="/__test__/consult/ok" phone="+15555550100" privacy-url="/privacy"></consult-button>
    <button id="after">After</button>
  </main>`);
  const widgets = [...page.querySelectorAll<Widget>('procedure-card, surgery-benefits, specialist-checklist, consult-button')];
  if (theme === 'dark-attr') for (const w of widgets) w.setAttribute('theme', 'dark');
  for (const w of widgets) await settle(w);
  return page;
}

/** Checks the element that has focus; returns what is wrong with it, or nothing. */
function check(label: string): string[] {
  const el = deepActive();
  if (!el) return [`${label}: nothing has focus`];
  const problems: string[] = [];
  const cover = coveredBy(el);
  if (cover) problems.push(`${label} ${name(el)} is covered: ${cover}`);
  // Our own test buttons have the browser's ring; the widgets' rings are what is measured.
  if (el.getRootNode() instanceof ShadowRoot) {
    const ring = focusRing(el);
    if (ring.width < 2) problems.push(`${label} ${name(el)} has no focus ring`);
    else if (ring.contrast < 3) problems.push(`${label} ${name(el)} ring contrast ${ring.contrast.toFixed(2)}:1`);
  }
  return problems;
}

async function shiftTab(): Promise<boolean> {
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    return true;
  } catch {
    return false;
  }
}

for (const width of [320, 1280]) {
  for (const theme of ['light', 'dark-attr'] as Theme[]) {
    describe(`keyboard walk at ${width} px, ${theme}`, () => {
      let resizable = true;
      before(async () => {
        resizable = await resize(width, width === 320 ? 640 : 900);
      });
      after(() => resize(800, 600));

      it('every Tab stop through the four widgets is visible, uncovered and ringed at 3:1; Shift+Tab walks back', async function () {
        this.timeout(30_000);
        if (!resizable && width !== 1280) this.skip();
        const page = await mountPage(theme);
        page.querySelector<HTMLElement>('#before')!.focus();
        const problems: string[] = [];
        const stops: string[] = [];
        for (let i = 0; i < 80 && document.activeElement?.id !== 'after'; i++) {
          await sendKeys({ press: 'Tab' });
          await frame();
          if (document.activeElement?.id === 'after') break;
          stops.push(name(deepActive()));
          problems.push(...check(`Tab ${i + 1}`));
        }
        expect(document.activeElement?.id, 'Tab leaves the widgets for the page (no trap)').to.equal('after');
        // The card's four summaries and its links, the seven boxes, Clear, Print, the consult button at least.
        expect(stops.length, stops.join('\n')).to.be.at.least(14);
        expect(stops.some((s) => s.includes('[part=button]')), 'the consult button is a stop').to.be.true;
        expect(problems, problems.join('\n')).to.deep.equal([]);
        if (!(await shiftTab())) return; // WebKit's WebDriver cannot hold Shift
        for (let i = 0; i < 80 && document.activeElement?.id !== 'before'; i++) {
          await shiftTab();
          await frame();
        }
        expect(document.activeElement?.id, 'Shift+Tab walks back out (no trap)').to.equal('before');
      });

      it('in the consult dialog: every stop stays in view going down and coming back up; Escape returns focus', async function () {
        this.timeout(30_000);
        if (!resizable && width !== 1280) this.skip();
        const page = await mountPage(theme);
        const button = page.querySelector<Widget>('consult-button')!;
        const root = button.shadowRoot!;
        const trigger = root.querySelector<HTMLElement>('[part=button]')!;
        // In view first, as for a visitor who presses it: WebKit reveals a focused element late (on a timer), and the
        // Enter below opens the dialog before it has, so the button would still be off screen when focus returns.
        trigger.scrollIntoView({ block: 'center' });
        trigger.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.activeElement?.id === 'f-name', 'Enter opens the dialog with focus on the first field');
        const dialog = root.querySelector('dialog')!;
        const problems = check('open');
        // Down: Tab through every control once (the dialog wraps round at the end).
        const seen = new Set<Element>();
        for (let i = 0; i < 30; i++) {
          await sendKeys({ press: 'Tab' });
          await frame();
          const el = deepActive()!;
          expect(dialog.contains(el), `Tab ${i + 1} stays in the dialog`).to.be.true;
          if (seen.has(el)) break;
          seen.add(el);
          problems.push(...check(`down ${i + 1}`));
        }
        expect(seen.size).to.be.at.least(10);
        // Up from the bottom, as the review did: Send focused, dialog scrolled to the end, then Shift+Tab.
        root.querySelector<HTMLElement>('button[type=submit]')!.focus();
        dialog.scrollTop = 1e6;
        await frame();
        if (await shiftTab()) {
          await frame();
          problems.push(...check('up 1'));
          for (let i = 2; i < seen.size; i++) {
            await shiftTab();
            await frame();
            problems.push(...check(`up ${i}`));
          }
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'Escape closes the dialog');
        expect(root.activeElement === trigger, 'focus is back on the button').to.be.true;
        expect(check('after Escape')).to.deep.equal([]);
      });
    });
  }
}
