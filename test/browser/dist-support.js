// Shared checks for the pages that load the built dist/spine-widgets.js the way clinics do.
import { expect } from '@open-wc/testing';

export const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button', 'guide-download'];

/** Every widget under `prefix` is defined and has rendered something into its shadow root. */
export async function expectWidgetsRendered(prefix = '') {
  for (const base of TAGS) {
    const tag = prefix ? `${prefix}-${base}` : base;
    expect(customElements.get(tag), `<${tag}> defined`).to.exist;
    const element = document.querySelector(tag);
    expect(element, `<${tag}> on the page`).to.exist;
    await element.updateComplete;
    expect(element.shadowRoot?.childElementCount, `<${tag}> rendered`).to.be.greaterThan(0);
  }
}

/** Errors and warnings recorded by the page's first inline script (see the test pages). */
export const recorded = () => window.__recorded;

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element) => element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Paths of the spine-widgets files (and copies or combinations of them) the page downloaded. */
export const downloadedWidgetFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/(dist|__test__\/(bundle-copy|partial-dist))\/.*\.js$/.test(path));

/**
 * The page holds the four widgets in English (plus a Spanish <procedure-card lang="es">, id "spanish") and
 * `<consult-button action>`: every one shows its words, the Spanish one in Spanish, and the consultation form
 * opens; `files` are all the spine-widgets files the page downloaded, and the console stayed clean.
 */
export async function expectAllInOne(files) {
  await expectWidgetsRendered();
  for (const tag of TAGS) {
    const element = document.querySelector(tag);
    expect(shadowText(element).length, `<${tag}> shows its words`).to.be.greaterThan(10);
  }
  const spanish = document.getElementById('spanish');
  await spanish.updateComplete;
  expect(shadowText(spanish)).to.match(/cirug|columna|disco/i);
  const button = document.querySelector('consult-button');
  button.shadowRoot.querySelector('[part=button]').click();
  await button.updateComplete;
  const dialog = button.shadowRoot.querySelector('dialog');
  expect(dialog.open, 'the dialog opened').to.be.true;
  expect(dialog.querySelector('form'), 'the form is inside the file').to.exist;
  dialog.close();
  expect(downloadedWidgetFiles()).to.deep.equal(files);
  expect(recorded().errors).to.deep.equal([]);
  expect(recorded().warnings).to.deep.equal([]);
}
