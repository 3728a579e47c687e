// `npm run bench`, two measurements in one Chromium run; writes docs/performance.md. Not a test: timings vary.
// 1. Page load: what a visitor waits for is the widgets' words. The English example page with the CDN snippet
//    (examples/clinic-page.html) against the same page with the widgets' rendered HTML written in (pre-rendered by
//    spine-widgets/prerender, without its script), loaded alternately under a 4x CPU slowdown and a 150 ms, 1.6 Mbps
//    network: the time until every widget shows its text, against the static page's first contentful paint.
//    Budget: 1.3x.
// 2. Rendering: 50 expanded <procedure-card>s from the built script-tag file against the same content as static HTML.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startDemoServer } from './local-server.mjs';
import { CPU_SLOWDOWN, NETWORK, launchBenchBrowser, medianAndSpread, openSlowPage } from './page-load.mjs';
import { prerenderExamples, writeWithoutScript } from './prerender-pages.mjs';

const CARDS = 50;
const ROUNDS = 15;
// 21: on the 2-core project machine one page's loads spread over ±100 ms; fewer rounds moved the median by as much.
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS || 21);
const RATIO_BUDGET = 1.3;
const EXAMPLE = 'examples/clinic-page.html';

const base = await startDemoServer('bench/index.html');

const browser = await launchBenchBrowser();

/** Loads `path` in a fresh context under the slow CPU and network; returns the milliseconds to `what`. */
async function loadOnce(path, what) {
  const page = await openSlowPage(browser);
  await page.goto(`${base}/${path}`, { waitUntil: 'load', timeout: 60_000 });
  let ms;
  if (what === 'fcp') {
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length, { timeout: 30_000 });
    ms = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  } else {
    await page.waitForFunction(() => window.__wordsVisible !== undefined, { timeout: 30_000 });
    ms = await page.evaluate(() => window.__wordsVisible);
  }
  await page.browserContext().close();
  return ms;
}

// The reference: the example page pre-rendered by spine-widgets/prerender, without its script (the widgets' rendered
// HTML written in as declarative shadow DOM), as scripts/bench-prerender.mjs measures it too.
const RENDERED = writeWithoutScript((await prerenderExamples())[0]);
const loads = { widgets: [], rendered: [] };
for (let round = 0; round < LOAD_ROUNDS; round++) {
  // Alternate which goes first, so neither always meets a warmer machine.
  const order = round % 2 ? ['widgets', 'rendered'] : ['rendered', 'widgets'];
  for (const kind of order) loads[kind].push(await loadOnce(kind === 'widgets' ? EXAMPLE : RENDERED, kind === 'widgets' ? 'content' : 'fcp'));
}
const widgets = medianAndSpread(loads.widgets);
const rendered = medianAndSpread(loads.rendered);
const load = { widgets: widgets.median, rendered: rendered.median };
const loadRatio = load.widgets / load.rendered;
const span = ({ low, high }) => `${low.toFixed(0)}-${high.toFixed(0)}`;
const loadSummary = `English example page, ${CPU_SLOWDOWN}x CPU slowdown, ${NETWORK.latency} ms and 1.6 Mbps: widgets' words visible at ${load.widgets.toFixed(0)} ms with the CDN snippet, first contentful paint of the same page with the rendered HTML written in at ${load.rendered.toFixed(0)} ms (medians of ${LOAD_ROUNDS} alternating loads; middle half ${span(widgets)} and ${span(rendered)} ms), ratio ${loadRatio.toFixed(2)} (budget ${RATIO_BUDGET})`;
console.log(loadSummary);

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
    const middle = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return { widgets: middle(widgets), plain: middle(plain) };
  },
  CARDS,
  ROUNDS,
);
const version = await browser.version();
await browser.close();

const ratio = result.widgets / result.plain;
const summary = `${CARDS} expanded procedure cards: ${result.widgets.toFixed(1)} ms as widgets, ${result.plain.toFixed(1)} ms as static HTML (median of ${ROUNDS} rounds), ratio ${ratio.toFixed(2)}`;
console.log(summary);
// Keeps the section `npm run bench:prerender` writes (scripts/bench-prerender.mjs).
const previous = existsSync('docs/performance.md') ? readFileSync('docs/performance.md', 'utf8') : '';
const prerenderSection = previous.match(/<!-- bench:prerender start -->[\s\S]*<!-- bench:prerender end -->\n?/)?.[0] ?? '';
writeFileSync(
  'docs/performance.md',
  [
    '# Performance',
    '',
    'Measured with `npm run bench` (scripts/bench.mjs): the built `dist/spine-widgets.js` in ' + `${version}` + ' headless,',
    'on the project machine (2 cores). Timings vary between runs and machines; the ratios are the figures to compare.',
    '',
    '## Page load: when visitors see the words',
    '',
    '`examples/clinic-page.html` loads the widgets with the CDN snippet (docs/embedding.md). The same page with every',
    "widget's rendered HTML written in (declarative shadow DOM, no script) is the reference. Each load uses a fresh",
    'browser context with the cache off, Chrome\'s network emulation and CPU throttling; the two pages alternate.',
    "The widgets' time is performance.now() in the first requestAnimationFrame callback that finds words and a size in",
    "every widget (scripts/page-load.mjs; not the callback's frame timestamp, which can precede a long task the frame waited for: it made this",
    'page look about twice as fast as it is).',
    '',
    `- ${loadSummary}.`,
    '',
    '## Rendering',
    '',
    'Each round appends the cards, waits for every render and forces layout; the static version is the cards\' rendered',
    'markup with the same CSS, set with innerHTML.',
    '',
    `- ${summary}.`,
    '',
  ].join('\n') + (prerenderSection ? `\n${prerenderSection}` : ''),
);
if (loadRatio > RATIO_BUDGET) {
  console.error(`bench: the widgets' words appear ${loadRatio.toFixed(2)}x the rendered page's first contentful paint, over the ${RATIO_BUDGET}x budget.`);
  process.exit(1);
}
process.exit(0); // also stops the demo server
