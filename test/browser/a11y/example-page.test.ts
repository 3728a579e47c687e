// The example clinic page (examples/clinic-page.html, on the built script: run `npm run build:test-copy` first)
// follows what the conformance report asks of clinics: content slotted into a dark widget on the light page stays
// readable, and the page's own focus ring keeps 3:1 on its dark header.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backgroundBehind, contrast, focusRing, parseColor } from './support.js';

const STORAGE_KEY = 'spine-widgets:checklist:harbor-point-checklist';

describe('the example clinic page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  before(async () => {
    localStorage.removeItem(STORAGE_KEY);
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 700px';
    frame.src = '/examples/clinic-page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('specialist-checklist')?.shadowRoot?.querySelector('input'), 'the checklist renders', { timeout: 5000 });
  });
  after(() => {
    frame.remove();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('keeps the link nested in the checklist\'s slotted text readable when the checklist is dark (4.5:1)', async () => {
    const checklist = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('specialist-checklist')!;
    checklist.setAttribute('theme', 'dark');
    for (const box of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) if (!box.checked) box.click();
    await checklist.updateComplete;
    const link = checklist.querySelector('[slot=complete] a')!;
    expect(link.checkVisibility()).to.be.true;
    const ratio = contrast(parseColor(frame.contentWindow!.getComputedStyle(link).color), backgroundBehind(link));
    expect(ratio, `${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
  });

  it("keeps the page's own focus ring at 3:1 on its dark header", async function () {
    const skip = doc.querySelector<HTMLElement>('.skip-link')!;
    skip.focus();
    await sendKeys({ press: 'Tab' });
    const active = doc.activeElement!;
    // WebKit does not Tab to links by default: there the ring cannot be reached this way.
    if (!active.closest('.site-header')) this.skip();
    const ring = focusRing(active);
    expect(ring.width).to.be.at.least(2);
    expect(ring.contrast, `${ring.contrast.toFixed(2)}:1`).to.be.at.least(3);
  });
});
