// `npm run bench:prerender` (after `npm run build`): the English example page pre-rendered with spine-widgets/prerender
// against the same page with the rendered HTML written in (the pre-rendered page without the script: nothing left
// for JavaScript to do), loaded alternately in one Chromium run under a 4x CPU slowdown and a 150 ms, 1.6 Mbps network.
// Reports when all widgets show their words against that page's first contentful paint, and the layout shift while
// the scripts take over. Updates its section of docs/performance.md. Not a test: timings vary.
import { readFileSync, writeFileSync } from 'node:fs';
import { startDemoServer } from './local-server.mjs';
import { launchBenchBrowser, medianAndSpread, openSlowPage } from './page-load.mjs';
import { prerenderExamples, writeWithoutScript } from './prerender-pages.mjs';

const ROUNDS = 7;
const [prerendered] = await prerenderExamples();
const written = writeWithoutScript(prerendered);
const original = 'examples/clinic-page.html';

const base = await startDemoServer(prerendered);
const browser = await launchBenchBrowser();

// Injected before the page: all layout shifts (scripts/page-load.mjs watches for the words).
const SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
};

async function load(path) {
  const page = await openSlowPage(browser);
  await page.evaluateOnNewDocument(SHIFTS);
  await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__wordsVisible !== undefined, { timeout: 60_000 });
  // Let the scripts take over (hydration, or the first render) before reading the layout shift.
  await page.waitForFunction(() => [...document.querySelectorAll('procedure-card, surgery-benefits, specialist-checklist, consult-button')].every((el) => !customElements.get(el.localName) || el.hasUpdated) && document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = await page.evaluate(() => ({ text: window.__wordsVisible, shift: window.__shift, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
  await page.browserContext().close();
  return result;
}

const runs = { prerendered: [], written: [], original: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.written.push(await load(written));
  runs.prerendered.push(await load(prerendered));
  runs.original.push(await load(original));
}
const version = await browser.version();
await browser.close();

const median = (list) => medianAndSpread(list).median;
const fcp = median(runs.written.map((r) => r.fcp));
const textOf = (name) => median(runs[name].map((r) => Math.max(r.text, r.fcp)));
const shiftOf = (name) => Math.max(...runs[name].map((r) => r.shift));
const line = (name, label) =>
  `- ${label}: all widgets show their text at ${textOf(name).toFixed(0)} ms, ${(textOf(name) / fcp).toFixed(2)}x that FCP; largest layout shift in any round ${shiftOf(name).toFixed(3)}.`;
const lines = [
  '<!-- bench:prerender start -->',
  '## Pre-rendered pages',
  '',
  'Measured with `npm run bench:prerender` (scripts/bench-prerender.mjs) in ' + `${version}` + ' headless on the project machine',
  `(2 cores): the English example page, ${ROUNDS} rounds alternating three versions, 4x CPU slowdown, 150 ms latency,`,
  '1.6 Mbps down, cache off, each load in a fresh browser context (scripts/page-load.mjs, as npm run bench). "Text shown" is the first animation frame at which every widget has text and a size (never',
  'earlier than its own first contentful paint); the reference is the FCP of the page with the rendered HTML written in',
  `(the pre-rendered page without its script), median ${fcp.toFixed(0)} ms.`,
  '',
  line('prerendered', 'Pre-rendered with `spine-widgets prerender`, script-tag file hydrating'),
  line('original', 'Not pre-rendered (the page as it is today)'),
  line('written', 'Rendered HTML written in, no script'),
  '<!-- bench:prerender end -->',
];
console.log(lines.join('\n'));
let doc = '';
try {
  doc = readFileSync('docs/performance.md', 'utf8');
} catch {
  doc = '# Performance\n';
}
const section = lines.join('\n');
doc = /<!-- bench:prerender start -->[\s\S]*<!-- bench:prerender end -->/.test(doc)
  ? doc.replace(/<!-- bench:prerender start -->[\s\S]*<!-- bench:prerender end -->/, section)
  : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync('docs/performance.md', doc);
process.exit(0);
