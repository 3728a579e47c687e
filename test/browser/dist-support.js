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
