import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { en as checklistEn } from '../components/specialist-checklist/content/en.js';
import { es as checklistEs } from '../components/specialist-checklist/content/es.js';
import { content as cardEn } from '../components/procedure-card/content/en.js';
import { english as consultEn } from '../components/consult-button/content/en.js';
import { registerTranslation, type ProcedureCard, type SpecialistChecklist, type ConsultButton } from '../classes.js';
import '../index.js';
import { pseudoText, textsOf } from './translation-pack.js';
import { widgets } from './translations.js';

// The partial Vietnamese pack is a TEST FIXTURE, NOT A MEDICAL TRANSLATION (see its $comment).
const viPack = async () => (await fetch('/test/fixtures/translations/vi-partial.json')).json();

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim();
/** Mutation observers and the pack's merge run asynchronously: let them, then wait for the render. */
async function settle(el: { updateComplete: Promise<unknown> }) {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
}

describe('registerTranslation', () => {
  it('shows a partial pack\'s texts, English elsewhere, with one warning listing what is missing', async () => {
    const pack = await viPack();
    const spy = await withConsoleSpy(async () => {
      expect(registerTranslation('vi', pack)).to.equal(true);
      const page = await fixture<HTMLElement>(html`<div lang="vi">
        <procedure-card procedure="discectomy" expanded></procedure-card>
        <specialist-checklist></specialist-checklist>
        <consult-button action="/api/consult"></consult-button>
      </div>`);
      const card = page.querySelector<ProcedureCard>('procedure-card')!;
      const checklist = page.querySelector<SpecialistChecklist>('specialist-checklist')!;
      const button = page.querySelector<ConsultButton>('consult-button')!;
      await waitUntil(() => text(card, '[part~="section-how"] summary') === 'Cách thực hiện', 'the Vietnamese label');
      await settle(checklist);
      await settle(button);
      expect(card.language).to.equal('vi');
      const summaries = [...shadow(card).querySelectorAll('summary')].map((s) => s.textContent!.trim());
      // The card's sections in their order (who it may help, risks, tell your doctor, how, expect, sources): the
      // pack's labels where it has them, English for the others.
      const tell = cardEn.procedures.discectomy.tellYourDoctor?.length ? [cardEn.labels.tellYourDoctor] : [];
      expect(summaries).to.deep.equal([cardEn.labels.whoItMayHelp, cardEn.labels.risks, ...tell, 'Cách thực hiện', 'Điều cần biết', 'Nguồn']);
      // The procedure's own texts are not in the pack: English.
      expect(text(card, '[part="summary"]')).to.equal(cardEn.procedures.discectomy.summary);
      expect(text(checklist, '[part="heading"]')).to.equal(pack.specialistChecklist.heading);
      expect(text(checklist, 'p.intro')).to.equal(checklistEn.intro);
      // Lists of items with ids merge by id: one question translated, the others English, in the built-in order.
      const questions = [...shadow(checklist).querySelectorAll('.question')].map((q) => q.textContent);
      expect(questions[1]).to.equal(pack.specialistChecklist.items[0].question);
      expect(questions[0]).to.equal(checklistEn.items[0].question);
      expect(text(checklist, '[part="progress"]')).to.equal('Đã đánh dấu 0 trên 7');
      expect(text(button, '[part="button"]')).to.equal('Yêu cầu tư vấn');
    });
    expect(spy.errors).to.deep.equal([]);
    expect(spy.warnings).to.have.length(1);
    const [warning] = spy.warnings;
    expect(warning).to.contain('"vi"').and.contain('procedureCard.labels.risks').and.contain('procedureCard.labels.whoItMayHelp').and.contain('specialistChecklist.intro');
    expect(warning).to.contain('consultButton.labels.email').and.contain('check-translation');
    expect(warning).not.to.contain('procedureCard.labels.how');
  });

  it('re-renders widgets already on the page when their language is registered', async () => {
    const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="ko"></specialist-checklist>`);
    await waitUntil(() => text(checklist, '[part="heading"]'));
    expect(text(checklist, '[part="heading"]')).to.equal(checklistEn.heading);
    await withConsoleSpy(() => registerTranslation('ko', { specialistChecklist: { heading: '척추 의사를 고르기 전 질문' } }));
    await waitUntil(() => text(checklist, '[part="heading"]') === '척추 의사를 고르기 전 질문', 'the Korean heading');
    expect(checklist.language).to.equal('ko');
  });

  it('picks the region first, then the language, and fills a regional pack from its parent key by key', async () => {
    await withConsoleSpy(async () => {
      registerTranslation('zh', { specialistChecklist: { heading: '选择脊柱医生前要问的问题', clear: '清除' } });
      const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="zh-TW"></specialist-checklist>`);
      await waitUntil(() => text(checklist, '[part="heading"]') === '选择脊柱医生前要问的问题', 'zh for zh-TW');
      expect(checklist.language).to.equal('zh');
      registerTranslation('zh-TW', { specialistChecklist: { heading: '選擇脊椎醫師前要問的問題' } });
      await waitUntil(() => text(checklist, '[part="heading"]') === '選擇脊椎醫師前要問的問題', 'zh-TW once registered');
      expect(checklist.language).to.equal('zh-TW');
      // What zh-TW leaves out comes from zh, then English.
      expect(text(checklist, '[part="clear-button"]')).to.equal('清除');
      expect(text(checklist, '[part="print-button"]')).to.equal(checklistEn.print);
    });
  });

  it('falls back to the language a pack names, such as Spanish for Catalan', async () => {
    const spy = await withConsoleSpy(async () => {
      registerTranslation('ca', { fallback: 'es', specialistChecklist: { heading: 'Preguntes abans de triar un metge de l\'esquena' } });
      const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="ca"></specialist-checklist>`);
      await waitUntil(() => text(checklist, '[part="heading"]')?.startsWith('Preguntes'), 'the Catalan heading');
      expect(text(checklist, 'p.intro')).to.equal(checklistEs.intro);
    });
    expect(spy.warnings.join()).to.contain('showing "es" there');
  });

  it('refuses a pack of the wrong shape with a clear error and keeps English', async () => {
    const spy = await withConsoleSpy(async () => {
      expect(registerTranslation('', {})).to.equal(false);
      expect(registerTranslation('not a tag!', {})).to.equal(false);
      expect(registerTranslation(undefined as unknown as string, {})).to.equal(false);
      expect(registerTranslation('hy', 'text' as never)).to.equal(false);
      expect(registerTranslation('hy', { dir: 'up' } as never)).to.equal(false);
      expect(registerTranslation('hy', { fallback: 3 } as never)).to.equal(false);
      expect(registerTranslation('hy', { procedureCard: 'Հայերեն' })).to.equal(false);
      expect(registerTranslation('es', { procedureCard: {} })).to.equal(false);
      expect(registerTranslation('en-XA', {})).to.equal(false);
      // Found when the widget's English arrives: a number where a text belongs, and a text that lost its placeholder.
      expect(registerTranslation('tl', { specialistChecklist: { heading: 'Mga tanong', clear: 5 } })).to.equal(true);
      expect(registerTranslation('sm', { specialistChecklist: { progress: '{checked} mai le' } })).to.equal(true);
      const page = await fixture<HTMLElement>(html`<div>
        <specialist-checklist lang="tl"></specialist-checklist><specialist-checklist lang="sm"></specialist-checklist>
      </div>`);
      const [tl, sm] = page.querySelectorAll<SpecialistChecklist>('specialist-checklist');
      await waitUntil(() => tl.language === 'en' && sm.language === 'en', 'the refused languages fall back');
      await settle(tl);
      expect(text(tl, '[part="heading"]')).to.equal(checklistEn.heading);
      expect(text(sm, '[part="progress"]')).to.equal('0 of 7 checked');
    });
    expect(spy.errors).to.have.length(11);
    expect(spy.errors[1]).to.contain('"not a tag!" is not a language tag');
    expect(spy.errors[4]).to.contain('"dir" should be "ltr" or "rtl"');
    expect(spy.errors[6]).to.contain('"procedureCard" should be an object');
    expect(spy.errors[7]).to.contain('es is built in');
    expect(spy.errors.join('\n')).to.contain('"tl" translation was refused: specialistChecklist.clear should be a non-empty string');
    expect(spy.errors.join('\n')).to.contain('specialistChecklist.progress should be a text that keeps {total}');
  });

  it('keeps hostile strings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">{checked}/{total}';
    await withConsoleSpy(() => registerTranslation('qtz', { specialistChecklist: { heading: hostile, progress: hostile } }));
    const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="qtz"></specialist-checklist>`);
    await waitUntil(() => text(checklist, '[part="heading"]') === hostile, 'the hostile heading, as text');
    expect(shadow(checklist).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('lists keys a widget does not have, and ignores packs that loop through their fallbacks', async () => {
    const spy = await withConsoleSpy(async () => {
      registerTranslation('qaa', { fallback: 'qab', $comment: 'notes are ignored', specialistChecklist: { headng: 'x', items: [{ id: 'nope', question: 'q' }] }, guideDownlod: {} });
      registerTranslation('qab', { fallback: 'qaa', specialistChecklist: { heading: 'QAB' } });
      const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="qaa"></specialist-checklist>`);
      await waitUntil(() => text(checklist, '[part="heading"]'));
      await settle(checklist);
      expect(text(checklist, '[part="heading"]')).to.equal(checklistEn.heading);
    });
    const warning = spy.warnings.find((w) => w.includes('"qaa"'))!;
    expect(warning).to.contain('specialistChecklist.headng').and.contain('specialistChecklist.items[nope]').and.contain('guideDownlod');
    expect(warning).not.to.contain('$comment');
  });

  it('reads declarative packs anywhere in the page, also ones added later, and reports bad ones', async () => {
    const spy = await withConsoleSpy(async (spy) => {
      const button = await fixture<ConsultButton>(html`<consult-button lang="ht" href="/contact"></consult-button>`);
      await waitUntil(() => text(button, '[part="button"]') === consultEn.label);
      const script = Object.assign(document.createElement('script'), { type: 'application/json' });
      script.dataset.spineTranslation = 'ht';
      script.textContent = JSON.stringify({ consultButton: { label: 'Mande yon konsiltasyon' } });
      document.body.append(script);
      await waitUntil(() => text(button, '[part="button"]') === 'Mande yon konsiltasyon', 'the declarative pack');
      // Editing the JSON registers it again.
      script.textContent = JSON.stringify({ consultButton: { label: 'Mande yon randevou' } });
      await waitUntil(() => text(button, '[part="button"]') === 'Mande yon randevou', 'the edited pack');
      const broken = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{ nope' });
      broken.dataset.spineTranslation = 'ht';
      const code = Object.assign(document.createElement('script'), { type: 'text/plain', textContent: '{}' });
      code.dataset.spineTranslation = 'ht';
      document.body.append(broken, code);
      await waitUntil(() => spy.errors.length >= 2, 'the errors');
      [script, broken, code].forEach((s) => s.remove());
    });
    expect(spy.errors[0]).to.contain('data-spine-translation="ht"> is not valid JSON');
    expect(spy.errors[1]).to.contain('needs type="application/json"');
  });

  it('formats the checklist\'s numbers with Intl in the widget\'s language', async () => {
    await withConsoleSpy(() => registerTranslation('ar', { specialistChecklist: { progress: 'تم تحديد {checked} من {total}' } }));
    const checklist = await fixture<SpecialistChecklist>(html`<specialist-checklist lang="ar"></specialist-checklist>`);
    const digits = new Intl.NumberFormat('ar');
    await waitUntil(() => text(checklist, '[part="progress"]')?.startsWith('تم'), 'the Arabic progress');
    expect(text(checklist, '[part="progress"]')).to.equal(`تم تحديد ${digits.format(0)} من ${digits.format(7)}`);
    expect(checklist.formatNumber(1234.5)).to.equal(digits.format(1234.5));
  });

  it('generates the pseudo-locales from English, placeholders untouched', () => {
    const long = pseudoText('{checked} of {total} checked', 'en-XA');
    expect(long).to.match(/^\[\{checked\} öf \{total\} çĥéçķéđ .+\]$/);
    expect(long.length).to.be.at.least('{checked} of {total} checked'.length * 1.35);
    const mirrored = pseudoText('{checked} of {total}', 'ar-XB');
    expect(mirrored).to.equal('\u200f{checked} \u202eof\u202c\u200f {total}');
    // The translator's view of a widget: texts and ids, without data such as kinds and URLs.
    const card = textsOf(cardEn, widgets.get('procedureCard')!.fixed) as typeof cardEn;
    expect(card.procedures.discectomy).to.include({ id: 'discectomy', name: cardEn.procedures.discectomy.name }).and.not.have.property('kind');
    expect(card.procedures.discectomy.sources[0]).to.deep.equal({ title: cardEn.procedures.discectomy.sources[0].title });
  });
});
