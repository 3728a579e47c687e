// A widget never adds attributes to its own tag on upgrade: server-rendered pages (Next.js, any React SSR) compare
// the tag's attributes with what they rendered, and a reflected default (variant="full", layout="list") is a mismatch.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../index.js';
import type { ConsultButton } from '../components/consult-button/consult-button.component.js';
import type { ProcedureCard } from '../components/procedure-card/procedure-card.component.js';
import type { SurgeryBenefits } from '../components/surgery-benefits/surgery-benefits.component.js';

const rendered = (el: Element) => waitUntil(() => el.shadowRoot?.querySelector('[part]'), `<${el.localName}> rendered`);

const CASES: [string, TemplateResult][] = [
  ['procedure-card', html`<procedure-card procedure="discectomy"></procedure-card>`],
  ['surgery-benefits', html`<surgery-benefits></surgery-benefits>`],
  ['specialist-checklist', html`<specialist-checklist></specialist-checklist>`],
  ['consult-button', html`<consult-button href="/contact"></consult-button>`],
  ['consult-button (form)', html`<consult-button action="/api/consult" phone="+15555550100"><a href="/contact">Contact us</a></consult-button>`],
];

describe('host attributes', () => {
  for (const [name, template] of CASES) {
    it(`${name}: keeps exactly the attributes the page gave it`, async () => {
      const el = await fixture(template);
      const before = el.getAttributeNames().sort();
      await rendered(el);
      expect(el.getAttributeNames().sort()).to.deep.equal(before);
    });
  }

  it('properties set from script change the look without adding attributes', async () => {
    const button = await fixture<ConsultButton>(html`<consult-button href="/contact"></consult-button>`);
    await rendered(button);
    const part = () => button.shadowRoot!.querySelector<HTMLElement>('[part=button]')!;
    expect(getComputedStyle(part()).textDecorationLine).to.equal('none');
    button.variant = 'link';
    await button.updateComplete;
    expect(getComputedStyle(part()).textDecorationLine).to.equal('underline');
    expect(button.hasAttribute('variant')).to.be.false;

    const card = await fixture<ProcedureCard>(html`<procedure-card procedure="discectomy"></procedure-card>`);
    await rendered(card);
    card.variant = 'compact';
    await card.updateComplete;
    expect(card.hasAttribute('variant')).to.be.false;

    const benefits = await fixture<SurgeryBenefits>(html`<surgery-benefits></surgery-benefits>`);
    await rendered(benefits);
    benefits.layout = 'compare';
    await benefits.updateComplete;
    expect(benefits.shadowRoot!.querySelector('table')).to.exist;
    expect(benefits.hasAttribute('layout')).to.be.false;
  });

  it('an unknown variant looks like the primary button', async () => {
    const el = await fixture<ConsultButton>(html`<consult-button href="/contact"></consult-button>`);
    el.setAttribute('variant', 'fancy'); // what a typo in a page's HTML gives
    await rendered(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=button]')!.className).to.equal('btn primary');
  });
});
