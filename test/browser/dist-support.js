// Shared checks for the pages that load the built dist/spine-widgets.js the way clinics do.
import { expect, waitUntil } from '@open-wc/testing';

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

/** The page's console recorded no error and no warning. */
export function expectQuietConsole() {
  expect(recorded().errors).to.deep.equal([]);
  expect(recorded().warnings).to.deep.equal([]);
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element) => element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Paths of the spine-widgets files (and copies or combinations of them) the page downloaded. */
export const downloadedWidgetFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/(dist|__test__\/(bundle-copy|partial-dist))\/.*\.js$/.test(path));

/** `paths` with each file's content hash written as [hash], so a list of them stays the same from build to build. */
export const withoutHashes = (paths) => paths.map((path) => path.replace(/-[\w-]{8}\.js$/, '-[hash].js'));

/** Presses the <consult-button>'s button and returns its dialog once the button has rendered what the press loads. */
async function openConsultDialog() {
  const button = document.querySelector('consult-button');
  button.shadowRoot.querySelector('[part=button]').click();
  await button.updateComplete;
  return button.shadowRoot.querySelector('dialog');
}

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
  const dialog = await openConsultDialog();
  expect(dialog.open, 'the dialog opened').to.be.true;
  expect(dialog.querySelector('form'), 'the form is inside the file').to.exist;
  dialog.close();
  expect(downloadedWidgetFiles()).to.deep.equal(files);
  expectQuietConsole();
}

/**
 * The page holds the four widgets in English and `<consult-button action>`, and loads the main file from
 * /__test__/partial-dist/main-only/ (a folder holding nothing else), telling it the files are in /dist/: every widget
 * shows its words and the form opens, which only works if the guide's view, the form and the request code came from
 * the base URL; the console stayed clean and window.spineWidgets exists. `queue`: what the page put in window.spineWidgets.queue
 * before the script ran, which must still be there.
 */
export async function expectLoadedFromBaseUrl({ queue } = {}) {
  await (window.__inlined ?? Promise.resolve());
  await waitUntil(() => customElements.get('consult-button'), 'defined');
  await expectWidgetsRendered();
  for (const tag of TAGS) expect(shadowText(document.querySelector(tag)).length, `<${tag}> shows its words`).to.be.greaterThan(10);
  const dialog = await openConsultDialog();
  expect(dialog.open, 'the dialog opened').to.be.true;
  expect(dialog.querySelector('form'), 'the form loaded').to.exist;
  dialog.close();
  const files = withoutHashes(downloadedWidgetFiles());
  expect(files.filter((path) => !path.startsWith('/__test__/partial-dist/')).sort()).to.deep.equal([
    '/dist/spine-widgets-consult-form-[hash].js',
    '/dist/spine-widgets-guide-view-[hash].js',
    '/dist/spine-widgets-lead-request-[hash].js',
  ]);
  expectQuietConsole();
  expect(window.spineWidgets, 'window.spineWidgets exists').to.be.an('object');
  if (queue) expect(window.spineWidgets.queue, 'what the page put in window.spineWidgets is kept').to.deep.equal(queue);
}
