// `npm run test:prerender`: the pre-rendered example pages (English, Spanish) in Chromium with JavaScript OFF.
// Every widget must show its words from its declarative shadow root: all sections of each procedure card (they
// open natively), the benefits, the checklist questions, and the consult button's own child link where its
// button would need JavaScript; the procedure cards' JSON-LD must be in the light DOM. Needs `npm run build`.
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from './browsers.mjs';
import { startDemoServer } from './local-server.mjs';
import { prerenderExamples } from './prerender-pages.mjs';

const pages = await prerenderExamples();
const base = await startDemoServer(pages[0]);
const browser = await puppeteer.launch({
  executablePath: ensureBrowsers().chromium,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
for (const path of pages) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  try {
    // Read with CDP's DOM (no page JavaScript runs): visible text per widget, via the accessibility-free innerText.
    const widgets = await page.$$('procedure-card, surgery-benefits, specialist-checklist, consult-button');
    assert.equal(widgets.length, 8, `${path}: 8 widgets`);
    for (const widget of widgets) {
      const info = await widget.evaluate((element) => ({
        tag: element.localName,
        hasRoot: element.shadowRoot !== null,
        height: element.getBoundingClientRect().height,
        text: element.shadowRoot?.textContent ?? '',
        ld: element.querySelectorAll(':scope > script[type="application/ld+json"]').length,
      }));
      assert.ok(info.hasRoot, `${path}: <${info.tag}> has its shadow root without JavaScript`);
      assert.ok(info.height > 20, `${path}: <${info.tag}> takes space (${info.height}px)`);
      if (info.tag === 'procedure-card') {
        assert.equal(info.ld, 1, `${path}: the card's JSON-LD is in the light DOM`);
        const sections = await widget.$$('pierce/details');
        assert.ok(sections.length >= 3, `${path}: the card has its sections`);
        for (const section of sections) {
          // A click on the summary (dispatched from DevTools: the page itself runs no script) opens it natively.
          const open = await section.evaluate((details) => {
            details.querySelector('summary').click();
            return details.open && details.querySelector(':scope > :not(summary)').getClientRects().length > 0;
          });
          assert.ok(open, `${path}: a section opens and shows its text without JavaScript`);
        }
      }
      if (info.tag === 'surgery-benefits') {
        const items = (await widget.$$('pierce/[part=item]')).length + (await widget.$$('pierce/tbody tr')).length;
        assert.ok(items >= 3, `${path}: the benefits (${items})`);
      }
      if (info.tag === 'specialist-checklist') {
        const questions = await widget.$$eval('pierce/[part=question]', (all) => all.filter((q) => q.getBoundingClientRect().height > 0).length);
        assert.equal(questions, 7, `${path}: the seven questions are visible`);
      }
      if (info.tag === 'consult-button') {
        const visible = await widget.evaluate((element) => {
          const shown = (node) => node.getBoundingClientRect().height > 0;
          const button = element.shadowRoot.querySelector('[part=button]');
          const link = element.querySelector(':scope > a[href]');
          return { button: button.localName, buttonShown: shown(button), linkShown: link ? shown(link) : false };
        });
        if (visible.button === 'button') {
          assert.ok(visible.linkShown && !visible.buttonShown, `${path}: the consult button shows its child link, not a button that needs JavaScript`);
        } else {
          assert.ok(visible.buttonShown, `${path}: the consult link works without JavaScript`);
        }
      }
    }
    console.log(`ok - ${path} without JavaScript: every widget readable`);
  } catch (error) {
    failed = true;
    console.error(`not ok - ${error.message}`);
  }
  await page.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
