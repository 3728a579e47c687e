import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { registerTranslation, type ConsultButton, type ProcedureCard, type SpecialistChecklist, type SurgeryBenefits } from '../classes.js';
import '../index.js';
import { directionOf } from './language.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; language: string };
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const rect = (el: Element) => el.getBoundingClientRect();
const direction = (el: Element) => getComputedStyle(el).direction;

// Test fixtures, not medical translations: a few Arabic labels, to see a right-to-left pack lay out.
const arabic = {
  specialistChecklist: { heading: 'أسئلة قبل اختيار طبيب العمود الفقري', clear: 'مسح', print: 'طباعة' },
  procedureCard: { labels: { how: 'كيف يتم', learnMore: 'اعرف المزيد' } },
  consultButton: { label: 'اطلب استشارة', close: 'إغلاق', heading: 'اطلب استشارة' },
};

async function rendered<T extends Widget>(el: T): Promise<T> {
  await waitUntil(() => el.shadowRoot?.childElementCount, `<${el.localName}> rendered`);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  return el;
}

describe('right to left', () => {
  before(async () => {
    await withConsoleSpy(() => registerTranslation('ar', arabic));
  });

  it('mirrors the checklist in an Arabic pack: boxes on the right, progress bar right to left, buttons from the right', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 600px" lang="ar">
      <specialist-checklist></specialist-checklist><specialist-checklist lang="en"></specialist-checklist>
    </div>`);
    const [rtl, ltr] = await Promise.all([...page.querySelectorAll<SpecialistChecklist>('specialist-checklist')].map(rendered));
    await waitUntil(() => rtl.shadowRoot!.querySelector('[part~="heading"]')?.textContent === arabic.specialistChecklist.heading, 'the Arabic heading');
    expect(direction(rtl)).to.equal('rtl');
    expect(direction(ltr)).to.equal('ltr');
    const box = (el: SpecialistChecklist) => rect(part(el, 'checkbox'));
    const question = (el: SpecialistChecklist) => rect(part(el, 'question'));
    expect(box(rtl).left).to.be.greaterThan(question(rtl).right - 1);
    expect(box(ltr).right).to.be.lessThan(question(ltr).left + 1);
    expect(direction(part(rtl, 'progress-bar'))).to.equal('rtl');
    // The first button (Clear) starts at the right edge.
    const base = rect(part(rtl, 'base'));
    expect(rect(part(rtl, 'clear-button')).left).to.be.greaterThan(rect(part(rtl, 'print-button')).right - 1);
    expect(base.right - rect(part(rtl, 'clear-button')).right).to.be.lessThan(40);
  });

  it('mirrors the card, the benefits and the dialog', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 600px" lang="ar">
      <procedure-card procedure="kyphoplasty" href="/kyphoplasty"></procedure-card>
      <surgery-benefits></surgery-benefits>
      <consult-button action="/api/consult"></consult-button>
    </div>`);
    const card = await rendered(page.querySelector<ProcedureCard>('procedure-card')!);
    const benefits = await rendered(page.querySelector<SurgeryBenefits>('surgery-benefits')!);
    const button = await rendered(page.querySelector<ConsultButton>('consult-button')!);
    const cardBox = rect(part(card, 'card'));
    // The kind tag and the link hug the right edge; a disclosure's marker sits right of its title.
    expect(cardBox.right - rect(part(card, 'tag')).right).to.be.lessThan(24);
    expect(cardBox.right - rect(part(card, 'link')).right).to.be.lessThan(24);
    // The "how it is done" section: the pack translates its title (the sections before it stay English).
    const summary = part(card, 'section-how').querySelector('summary')!;
    expect(direction(summary)).to.equal('rtl');
    expect(summary.textContent!.trim()).to.equal('كيف يتم');
    const range = document.createRange();
    range.selectNodeContents(summary);
    // The marker takes the space at the right: the title's text ends left of the summary's right edge by its width.
    expect(rect(summary).right - range.getBoundingClientRect().right).to.be.greaterThan(8);
    // Icons on the right of their benefit.
    expect(rect(part(benefits, 'icon')).left).to.be.greaterThan(rect(part(benefits, 'item-title')).right - 1);
    // The dialog's close button on the left, its heading on the right.
    part(button, 'button').click();
    const dialog = part(button, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the dialog');
    const close = button.shadowRoot!.querySelector('.close')!;
    const heading = button.shadowRoot!.querySelector('h2')!;
    expect(close.textContent).to.equal('إغلاق');
    expect(rect(close).right).to.be.lessThan(rect(heading).left + 1);
    dialog.close();
  });

  it('follows dir on the element or an ancestor, and a lang nearer than any dir', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl">
      <specialist-checklist id="inherit"></specialist-checklist>
      <section lang="en"><specialist-checklist id="nearer-lang"></specialist-checklist></section>
      <specialist-checklist id="own" dir="ltr" lang="ar"></specialist-checklist>
    </div>`);
    const get = (id: string) => page.querySelector<SpecialistChecklist>(`#${id}`)!;
    await Promise.all(['inherit', 'nearer-lang', 'own'].map((id) => rendered(get(id))));
    expect(direction(get('inherit'))).to.equal('rtl');
    expect(direction(get('nearer-lang'))).to.equal('ltr');
    expect(direction(get('own'))).to.equal('ltr');
    expect(directionOf(document.createElement('p'))).to.equal(undefined);
    // Changing dir on an ancestor re-applies it.
    page.setAttribute('dir', 'ltr');
    page.querySelector('section')!.setAttribute('lang', 'ar');
    await waitUntil(() => direction(get('nearer-lang')) === 'rtl', 'rtl from the nearer lang');
    expect(direction(get('inherit'))).to.equal('ltr');
  });

  it('turns right to left when an unregistered rtl language, or a pack saying dir rtl, is registered', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <specialist-checklist lang="fa"></specialist-checklist><specialist-checklist lang="qrt"></specialist-checklist>
    </div>`);
    const [fa, qrt] = await Promise.all([...page.querySelectorAll<SpecialistChecklist>('specialist-checklist')].map(rendered));
    // Without a Farsi pack the widget speaks English, left to right.
    expect(fa.language).to.equal('en');
    expect(direction(fa)).to.equal('ltr');
    await withConsoleSpy(() => {
      registerTranslation('fa', { specialistChecklist: { clear: 'پاک کردن' } });
      registerTranslation('qrt', { dir: 'rtl', specialistChecklist: { clear: 'qrt' } });
    });
    await waitUntil(() => direction(fa) === 'rtl' && direction(qrt) === 'rtl', 'both right to left');
  });
});
