// What a screen reader gets, checked into the repo: Chromium's accessibility tree (through the DevTools protocol) of
// the consult journey, the checklist, and the card and benefits (their reading order), compared with test/browser/a11y/__snapshots__/ax-tree.test.snap.js.
// A change in roles, names, descriptions, states, focus or live regions fails here and shows up in review.
// After an intended change: `npm run test:a11y-snapshots` rewrites the snapshots; review the diff, then commit it.
// Firefox and WebKit have no such protocol here: they skip (axe-states and keyboard-walk cover them).
import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import { axTree } from './support.js';
import { HELD, WIDGETS, checklistStates, consultJourney, releaseHeld, settle, type State } from './states.js';

async function journey(template: ReturnType<typeof html>, states: State[], prefix: string): Promise<void> {
  const page = await fixture<HTMLElement>(html`<main>${template}</main>`);
  const widget = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  widget.setAttribute('data-ax-root', '');
  await settle(widget);
  for (const state of states) {
    await state.enter(widget);
    // Focus moves and live-region changes settle in the tree after a frame.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const tree = await axTree('[data-ax-root]');
    expect(tree, `${prefix} ${state.name}`).to.be.a('string');
    await compareSnapshot({ name: `${prefix} ${state.name}`, content: tree! });
  }
}

describe("accessibility tree snapshots (Chromium's, through the DevTools protocol)", () => {
  before(async function () {
    const probe = await fixture<HTMLElement>(html`<p data-ax-root>probe</p>`);
    if ((await axTree('[data-ax-root]')) === null) this.skip();
    probe.remove();
  });
  afterEach(() => releaseHeld());

  it('the consult journey: closed, open, errors, sending, success, failure, rejected, success while closed', async function () {
    this.timeout(30_000);
    await journey(
      html`<consult-button action=${HELD} phone="+15555550100" privacy-url="/privacy"></consult-button>`,
      consultJourney,
      'consult-button',
    );
  });

  it('the procedure card (collapsed, expanded) and the benefits (list, grid, compare)', async () => {
    const [card, benefits] = WIDGETS;
    await journey(card.template, card.states, 'procedure-card');
    await journey(benefits.template, benefits.states, 'surgery-benefits');
  });

  it('the checklist: empty, partial, complete', async () => {
    await journey(
      html`<specialist-checklist><a slot="complete" href="#consult">Request a consultation</a></specialist-checklist>`,
      checklistStates,
      'specialist-checklist',
    );
  });
});
