// `npm run bench`: renders 50 expanded <procedure-card>s from the built script-tag file and compares the time with
// the same content as static HTML, in the same Chromium run. Writes docs/performance.md. Not a test: timings vary.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from './browsers.mjs';
import { startDemoServer } from './local-server.mjs';

const CARDS = 50;
const ROUNDS = 15;

const base = await startDemoServer('bench/index.html');

const browser = await puppeteer.launch({
  executablePath: ensureBrowsers().chromium,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.goto(`${base}/bench/index.html`);
await page.waitForFunction(() => customElements.get('procedure-card'));

const result = await page.evaluate(
  async (cards, rounds) => {
    const ids = ['epidural-steroid-injection', 'facet-joint-injection', 'medial-branch-block', 'radiofrequency-neurotomy', 'discectomy', 'kyphoplasty', 'spinal-cord-stimulation'];
    const stage = document.getElementById('stage');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    async function renderWidgets() {
      const start = performance.now();
      for (let i = 0; i < cards; i++) {
        const card = document.createElement('procedure-card');
        card.setAttribute('procedure', ids[i % ids.length]);
        card.setAttribute('expanded', '');
        stage.append(card);
      }
      await Promise.all([...stage.children].map((card) => card.updateComplete));
      void stage.offsetHeight; // include style and layout
      return performance.now() - start;
    }

    // The same content as plain HTML: each card's rendered shadow tree, with the widget's CSS once.
    await renderWidgets();
    const css = [...stage.firstElementChild.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    const staticHtml =
      `<style>${css.replaceAll(':host', '.card-host')}</style>` +
      [...stage.children].map((card) => `<div class="card-host">${card.shadowRoot.innerHTML}</div>`).join('');
    stage.replaceChildren();

    function renderStatic() {
      const start = performance.now();
      stage.innerHTML = staticHtml;
      void stage.offsetHeight;
      return performance.now() - start;
    }

    const widgets = [];
    const plain = [];
    for (let round = 0; round < rounds; round++) {
      await frame();
      widgets.push(await renderWidgets());
      stage.replaceChildren();
      await frame();
      plain.push(renderStatic());
      stage.replaceChildren();
    }
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return { widgets: median(widgets), plain: median(plain) };
  },
  CARDS,
  ROUNDS,
);
const version = await browser.version();
await browser.close();

const ratio = result.widgets / result.plain;
const summary = `${CARDS} expanded procedure cards: ${result.widgets.toFixed(1)} ms as widgets, ${result.plain.toFixed(1)} ms as static HTML (median of ${ROUNDS} rounds), ratio ${ratio.toFixed(2)}`;
console.log(summary);
writeFileSync(
  'docs/performance.md',
  [
    '# Performance',
    '',
    'Measured with `npm run bench` (scripts/bench.mjs): the built `dist/spine-widgets.js` in ' + `${version}` + ' headless,',
    'on the project machine (2 cores). Each round appends the cards, waits for every render and forces layout; the static',
    "version is the cards' rendered markup with the same CSS, set with innerHTML. Timings vary between runs and machines;",
    'the ratio is the figure to compare.',
    '',
    `- ${summary}.`,
    '',
  ].join('\n'),
);
process.exit(0); // also stops the demo server
