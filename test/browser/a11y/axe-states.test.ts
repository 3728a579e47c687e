// axe in every state of every widget (WCAG 2.0-2.2 A and AA, best practices, and target-size, which axe leaves off
// by default), in light, dark by attribute on a light page and dark by preference, at 320, 640 and 1280 px.
// WebKit's window cannot be resized and Firefox and WebKit cannot emulate the colour preference: there the test
// runs what the browser can, and says what it skipped.
import { expect } from '@open-wc/testing';
import { axeRulesRun, axeViolations, backgroundBehind, composedParent, contrast, parseColor, resize } from './support.js';
import { WIDGETS, mountThemed, releaseHeld, resetTheme, type Theme } from './states.js';

const THEMES: Theme[] = ['light', 'dark-attr', 'dark-pref'];

describe('axe with target-size and best practices, every widget, every state', () => {
  afterEach(async () => {
    releaseHeld();
    await resetTheme();
  });
  after(() => resize(800, 600));

  it('really runs target-size and the best-practice rules', async () => {
    const mounted = await mountThemed(WIDGETS[0].template, 'light');
    const rules = await axeRulesRun(mounted!.page);
    expect(rules).to.include('target-size');
    expect(rules).to.include('heading-order');
  });

  for (const width of [320, 640, 1280]) {
    for (const theme of THEMES) {
      for (const { tag, template, states } of WIDGETS) {
        it(`<${tag}> at ${width} px, ${theme}: ${states.map((s) => s.name).join(', ')}`, async function () {
          this.timeout(30_000);
          if (!(await resize(width, 800)) && width !== 1280) this.skip();
          const mounted = await mountThemed(template, theme);
          if (!mounted) this.skip();
          const { page, widget } = mounted!;
          const found: string[] = [];
          for (const state of states) {
            await state.enter(widget);
            found.push(...(await axeViolations(page)).map((v) => `[${state.name}] ${v}`));
          }
          expect(found, found.join('\n')).to.deep.equal([]);
        });
      }
    }
  }

  // axe does not check non-text contrast: the borders that show where a field or the progress track is are measured.
  for (const theme of ['light', 'dark-attr'] as Theme[]) {
    it(`field and progress-track borders keep 3:1 against what surrounds them (1.4.11), ${theme}`, async () => {
      const found: string[] = [];
      const measure = (label: string, el: Element) => {
        const ratio = contrast(parseColor(getComputedStyle(el).borderTopColor), backgroundBehind(composedParent(el)));
        if (ratio < 3) found.push(`${label} ${ratio.toFixed(2)}:1`);
      };
      const consult = await mountThemed(WIDGETS[3].template, theme);
      await WIDGETS[3].states[1].enter(consult!.widget);
      for (const field of consult!.widget.shadowRoot!.querySelectorAll('#f-name, #f-reason, #f-message')) measure(`consult ${field.id}`, field);
      const checklist = await mountThemed(WIDGETS[2].template, theme);
      measure('progress track', checklist!.widget.shadowRoot!.querySelector('progress')!);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});
