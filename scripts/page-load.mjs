// How both page-load benches (scripts/bench.mjs, scripts/bench-prerender.mjs) load a page and see its words, so
// their figures for the same page mean the same thing.

import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from './browsers.mjs';

export const CPU_SLOWDOWN = 4;
export const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (0.75 * 1e6) / 8 };
const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

/**
 * The Chromium both benches load pages in, with one set of flags. `--disable-gpu`: this machine has no GPU, and
 * without the flag Chromium emulates one in software (SwiftShader), whose raster work competes with the slowed-down
 * page for the two cores; a visitor's device draws on its GPU.
 */
export function launchBenchBrowser() {
  return puppeteer.launch({
    executablePath: ensureBrowsers().chromium,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The median of `list`, and its middle half (25th to 75th percentile): how much the loads of one page varied. */
export function medianAndSpread(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q) => sorted[Math.round(q * (sorted.length - 1))];
  return { median: at(0.5), low: at(0.25), high: at(0.75) };
}

/**
 * A fresh page in a context of its own (no connection or cache left by an earlier load: a first visit), 1280 x 900,
 * watching for the words, with the cache off and the slow network and CPU. Close it with its context.
 */
export async function openSlowPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await slowDown(page);
  await watchWordsVisible(page);
  return page;
}

/** A page with the cache off, the slow network and the slow CPU. */
async function slowDown(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * Sets `window.__wordsVisible` on the page about to load: the first frame in which, the page parsed, every widget
 * has words and a size. Checked in each requestAnimationFrame callback and timed with performance.now() there, not
 * with the callback's argument: that is when the frame was due, which can be long before a busy main thread got to
 * it (it made the CDN snippet look twice as fast as it is). Style, layout and paint of that frame still follow.
 */
async function watchWordsVisible(page) {
  await page.evaluateOnNewDocument((tags) => {
    const shown = () => {
      const elements = [...document.querySelectorAll(tags.join(','))];
      return (
        document.readyState !== 'loading' &&
        elements.length > 0 &&
        elements.every((element) => (element.shadowRoot?.textContent.trim().length ?? 0) > 10 && element.getBoundingClientRect().height > 0)
      );
    };
    const check = () => {
      if (shown()) window.__wordsVisible = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, TAGS);
}
