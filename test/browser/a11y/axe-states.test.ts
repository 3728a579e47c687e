// axe in every state of every widget (WCAG 2.0-2.2 A and AA, best practices, and target-size, which axe leaves off
// by default), in light, dark by attribute on a light page and dark by preference, at 320, 640 and 1280 px.
// WebKit's window cannot be resized and Firefox and WebKit cannot emulate the colour preference: there the test
// runs what the browser can, and says what it skipped.
import { expect } from '@open-wc/testing';
import { axeRulesRun, axeViolations, resize } from './support.js';
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
});
