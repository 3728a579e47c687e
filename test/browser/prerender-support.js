// Shared checks for the pre-rendered test pages (test/browser/prerendered-*.test.html, pre-rendered on the way out by
// test/server/prerender-pages.mjs). The page's classic script snapshot() runs before the widgets load.
import { expect, waitUntil } from '@open-wc/testing';

export const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

/** Before any widget code: every pre-rendered element node and each widget's box. */
export function snapshot() {
  return [...document.querySelectorAll(TAGS.join(','))].map((element) => ({
    element,
    nodes: element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : [],
    rect: element.getBoundingClientRect().toJSON(),
  }));
}

/** Waits until every widget is defined and has hydrated (rendered at least twice: hydration, then the browser's state). */
export async function hydrated() {
  for (const tag of TAGS) await customElements.whenDefined(tag);
  const all = [...document.querySelectorAll(TAGS.join(','))];
  await waitUntil(() => all.every((element) => element.hasUpdated), 'every widget updated');
  await Promise.all(all.map((element) => element.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return all;
}

/** No element node of the pre-rendered shadow roots was replaced or added, and no widget moved or changed size. */
export function expectTakenOver(before) {
  expect(before.map(({ element }) => element.localName), 'the widgets seen before their code loaded').to.include.members(TAGS);
  for (const { element, nodes, rect } of before) {
    expect(nodes.length, `<${element.localName}> was pre-rendered`).to.be.greaterThan(0);
    const now = [...element.shadowRoot.querySelectorAll('*')];
    expect(now.length, `<${element.localName}> element count`).to.equal(nodes.length);
    nodes.forEach((node, i) => expect(now[i] === node, `<${element.localName}> node ${i} <${node.localName}> kept`).to.be.true);
    const after = element.getBoundingClientRect().toJSON();
    for (const side of ['x', 'y', 'width', 'height']) expect(after[side], `<${element.localName}> ${side}`).to.equal(rect[side]);
  }
}
