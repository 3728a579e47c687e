import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ContentErrorDetail } from '../../shared/events.js';
import { withConsoleSpy } from '../../test-support/console-spy.js';
import { content as en } from './content/en.js';
import { content as es } from './content/es.js';
import type { Procedure, ProcedureContent, ProcedureId } from './content/types.js';
import { PROCEDURE_IDS, ProcedureCard } from './procedure-card.component.js';
import './procedure-card.js';

const part = (el: ProcedureCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (el: ProcedureCard, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const sections = (el: ProcedureCard) => [...el.shadowRoot!.querySelectorAll('details')];
const ldScript = (el: ProcedureCard) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
const ld = (el: ProcedureCard) => JSON.parse(ldScript(el)!.textContent!);
const jsonUrl = (value: unknown) => `/__test__/json?body=${encodeURIComponent(JSON.stringify(value))}`;

/** Mounts a template, recording content-error events and console warnings and errors until `settle` resolves. */
async function mount(template: TemplateResult, settle: (el: ProcedureCard) => Promise<unknown> = (el) => el.updateComplete) {
  const events: ContentErrorDetail[] = [];
  let el!: ProcedureCard;
  const spy = await withConsoleSpy(async () => {
    const wrapper = document.createElement('div');
    wrapper.addEventListener('content-error', (event) => events.push(event.detail));
    document.body.append(wrapper);
    const root = await fixture<HTMLElement>(template, { parentNode: wrapper });
    el = root instanceof ProcedureCard ? root : root.querySelector('procedure-card')!;
    await settle(el);
  });
  return { el, events, warnings: spy.warnings, errors: spy.errors };
}

const custom: Procedure = {
  id: 'trigger-point-injection',
  name: 'Trigger point injection',
  summary: 'A clinic text about a shot into a tight muscle knot.',
  kind: 'treatment',
  conditions: ['Muscle knots'],
  whoItMayHelp: ['The clinic explains who it may help.'],
  how: ['The clinic explains how it is done.'],
  expect: ['The clinic explains what to expect.'],
  risks: ['The clinic names the risks.'],
  sources: [{ title: 'Clinic page', url: 'https://clinic.example/trigger-points' }],
};

describe('<procedure-card>', () => {
  describe('built-in content', () => {
    for (const [language, content] of [
      ['en', en],
      ['es', es],
    ] as [string, ProcedureContent][]) {
      for (const id of PROCEDURE_IDS) {
        it(`${id} renders in ${language} with every section`, async () => {
          const procedure = content.procedures[id];
          const { el, warnings, errors } = await mount(html`<procedure-card procedure=${id} lang=${language}></procedure-card>`, (card) =>
            waitUntil(() => textOf(card, 'heading') === procedure.name, 'the name is shown'),
          );
          expect(textOf(el, 'summary')).to.equal(procedure.summary);
          expect(textOf(el, 'tag')).to.equal(content.labels.kinds[procedure.kind]);
          expect(textOf(el, 'alternate-name')).to.equal(`${content.labels.alsoCalled} ${procedure.alternateName}`);
          if (procedure.conditions.length) expect(textOf(el, 'conditions')).to.contain(procedure.conditions[0]);
          const titles = sections(el).map((details) => details.querySelector('summary')!.textContent!.trim());
          const { whoItMayHelp, risks, tellYourDoctor, how, expect: expectTitle, sources } = content.labels;
          // A patient page's order: for whom, risks, what to tell the doctor, how it is done, what to expect, sources.
          const tell = procedure.tellYourDoctor?.length ? [tellYourDoctor] : [];
          expect(titles).to.deep.equal([whoItMayHelp, risks, ...tell, how, expectTitle, sources]);
          const items = (name: string) => [...part(el, `section-${name}`)!.querySelectorAll('li')].map((li) => li.textContent!.trim());
          expect(procedure.whoItMayHelp.length, 'who it may help is required').to.be.above(0);
          expect(procedure.risks.length, 'risks are required').to.be.above(0);
          expect(items('who')).to.deep.equal(procedure.whoItMayHelp);
          expect(items('risks')).to.deep.equal(procedure.risks);
          if (tell.length) expect(items('tell')).to.deep.equal(procedure.tellYourDoctor);
          else expect(part(el, 'section-tell')).to.be.null;
          expect(items('how')).to.deep.equal(procedure.how);
          expect(items('expect')).to.deep.equal(procedure.expect);
          const links = [...part(el, 'section-sources')!.querySelectorAll('a')];
          expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(procedure.sources.map((s) => s.url));
          expect(links.map((a) => a.textContent)).to.deep.equal(procedure.sources.map((s) => s.title));
          expect(textOf(el, 'disclaimer')).to.equal(content.labels.disclaimer);
          expect(warnings.concat(errors)).to.deep.equal([]);
        });
      }
    }

    it('Spanish states the same facts: same ids, kinds, list lengths and source pages as English', () => {
      expect(Object.keys(es.procedures)).to.deep.equal([...PROCEDURE_IDS]);
      expect(Object.keys(en.procedures)).to.deep.equal([...PROCEDURE_IDS]);
      for (const id of PROCEDURE_IDS) {
        const [a, b] = [en.procedures[id], es.procedures[id]];
        expect(b.id).to.equal(id);
        expect([b.kind, b.procedureType]).to.deep.equal([a.kind, a.procedureType]);
        for (const key of ['conditions', 'whoItMayHelp', 'how', 'expect', 'risks', 'tellYourDoctor', 'sources'] as const) {
          expect(b[key]?.length, `${id}.${key}`).to.equal(a[key]?.length);
        }
        expect(b.sources.map((s) => s.url)).to.deep.equal(a.sources.map((s) => s.url));
        for (const source of a.sources) expect(source.url).to.match(/^https:\/\/[a-z.-]+\//);
      }
    });

    it('every summary, in both languages, is short: one or two plain sentences, always visible', () => {
      for (const [language, content] of [
        ['en', en],
        ['es', es],
      ] as [string, ProcedureContent][]) {
        for (const id of PROCEDURE_IDS) {
          const { summary } = content.procedures[id];
          // Sentence ends followed by more text: at most one, so at most two sentences (a grade 8 text splits long ones).
          expect(summary.match(/[.!?…]["'”’)]*\s+\S/gu)?.length ?? 0, `${language} ${id}`).to.be.at.most(1);
          expect(summary, `${language} ${id}`).to.match(/^\S.*[^.!?…][.]$/su);
          expect(summary.split(/\s+/).length, `${language} ${id}`).to.be.at.most(35);
        }
      }
    });

    it('follows a language change', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty"></procedure-card>`);
      expect(textOf(el, 'heading')).to.equal('Kyphoplasty');
      el.lang = 'es-MX';
      await waitUntil(() => textOf(el, 'heading') === 'Cifoplastia');
      expect(textOf(el, 'disclaimer')).to.equal(es.labels.disclaimer);
    });

    it('tags diagnostic, treatment and both', async () => {
      const tag = async (id: ProcedureId) => textOf((await mount(html`<procedure-card procedure=${id}></procedure-card>`)).el, 'tag');
      expect(await tag('medial-branch-block')).to.equal(en.labels.kinds.diagnostic);
      expect(await tag('kyphoplasty')).to.equal(en.labels.kinds.treatment);
      expect(await tag('facet-joint-injection')).to.equal(en.labels.kinds.both);
      expect(en.labels.kinds).to.deep.equal({ diagnostic: 'Finds the cause', treatment: 'Treats pain', both: 'Finds the cause and treats pain' });
    });
  });

  describe('heading', () => {
    it('is a level 3 heading named after the procedure, labelling the card', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy"></procedure-card>`);
      const heading = part(el, 'heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(part(el, 'card')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('takes its level from heading-level', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" heading-level="2"></procedure-card>`);
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
    });

    it('warns about a level outside 1 to 6 and uses 3', async () => {
      const { el, warnings } = await mount(html`<procedure-card procedure="discectomy" heading-level="9"></procedure-card>`);
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<procedure-card>: heading-level="9" is not 1 to 6/);
    });
  });

  describe('disclosure sections', () => {
    it('start closed, with the summary always visible', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy"></procedure-card>`);
      expect(sections(el).length).to.be.at.least(5);
      expect(sections(el).some((d) => d.open)).to.be.false;
      expect(part(el, 'summary')!.checkVisibility()).to.be.true;
      expect(part(el, 'section-how')!.querySelector('li')!.checkVisibility()).to.be.false;
    });

    it('open and close by keyboard: Tab reaches each one, Enter and Space toggle it', async () => {
      const { el } = await mount(html`<div><button>before</button><procedure-card procedure="discectomy"></procedure-card></div>`);
      (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
      const [how, expectSection] = sections(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(how.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => how.open, 'Enter opens the section');
      expect(how.querySelector('li')!.checkVisibility()).to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !how.open, 'Enter closes it again');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(expectSection.querySelector('summary'));
      await sendKeys({ press: ' ' });
      await waitUntil(() => expectSection.open, 'Space opens the section');
    });

    it('all open with expanded, and close again when it is removed', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" expanded></procedure-card>`);
      expect(sections(el).every((d) => d.open)).to.be.true;
      el.expanded = false;
      await el.updateComplete;
      expect(sections(el).some((d) => d.open)).to.be.false;
    });
  });

  describe('compact', () => {
    it('shows the name, the summary and a Learn more link to href', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" variant="compact" href="/procedures/discectomy"></procedure-card>`);
      expect(textOf(el, 'heading')).to.equal('Discectomy');
      expect(textOf(el, 'summary')).to.equal(en.procedures.discectomy.summary);
      expect(sections(el)).to.have.length(0);
      expect(part(el, 'tag')).to.be.null;
      expect(part(el, 'conditions')).to.be.null;
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/procedures/discectomy');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Learn more about Discectomy');
      expect(link.checkVisibility()).to.be.true;
    });

    it('has no link without href, and refuses an unsafe href with a warning', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" variant="compact"></procedure-card>`);
      expect(part(el, 'link')).to.be.null;
      const { el: unsafe, warnings } = await mount(
        html`<procedure-card procedure="discectomy" variant="compact" href="javascript:alert(1)"></procedure-card>`,
      );
      expect(part(unsafe, 'link')).to.be.null;
      expect(warnings[0]).to.match(/^<procedure-card>: href="javascript:alert\(1\)" was refused/);
    });

    it('translates the link', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" variant="compact" href="https://clinic.example/k" lang="es"></procedure-card>`, (card) =>
        waitUntil(() => textOf(card, 'heading') === 'Cifoplastia'),
      );
      expect(textOf(el, 'link')).to.equal('Más información sobre Cifoplastia');
    });
  });

  it('slots media, actions and the clinic\u2019s own words', async () => {
    const { el } = await mount(html`<procedure-card procedure="kyphoplasty">
      <img slot="media" alt="A spine model" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <p>Our team does this every week.</p>
      <button slot="actions">Book a visit</button>
    </procedure-card>`);
    const assigned = (name: string) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')!.assignedElements().map((e) => e.localName);
    expect(assigned('media')).to.deep.equal(['img']);
    expect(assigned('actions')).to.deep.equal(['button']);
    expect(assigned('')).to.include('p');
  });

  describe('disclaimer', () => {
    it('can be replaced and hidden', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" disclaimer="Talk to Dr. Lee first."></procedure-card>`);
      expect(textOf(el, 'disclaimer')).to.equal('Talk to Dr. Lee first.');
      el.noDisclaimer = true;
      await el.updateComplete;
      expect(part(el, 'disclaimer')).to.be.null;
    });
  });

  describe('the clinic\u2019s own content', () => {
    it('heading and summary attributes replace the built-in texts, on the card and in the JSON-LD', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" heading="Kyphoplasty at our clinic" summary="We fix broken spine bones."></procedure-card>`);
      expect(textOf(el, 'heading')).to.equal('Kyphoplasty at our clinic');
      expect(textOf(el, 'summary')).to.equal('We fix broken spine bones.');
      expect(ld(el)).to.include({ name: 'Kyphoplasty at our clinic', description: 'We fix broken spine bones.' });
    });

    it('merges a partial JSON child onto the built-in procedure, in either language', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" lang="es">
        <script type="application/json">{ "summary": "Texto de la clínica.", "risks": ["Riesgo de la clínica"] }</script>
      </procedure-card>`, (card) => waitUntil(() => textOf(card, 'heading') === 'Discectomía'));
      expect(textOf(el, 'summary')).to.equal('Texto de la clínica.');
      expect(textOf(el, 'section-risks')).to.contain('Riesgo de la clínica');
      expect(textOf(el, 'section-how')).to.contain(es.procedures.discectomy.how[0]);
    });

    it('a JSON child with a built-in id chooses that procedure', async () => {
      const { el } = await mount(html`<procedure-card>
        <script type="application/json">{ "id": "kyphoplasty", "name": "Balloon kyphoplasty" }</script>
      </procedure-card>`);
      expect(textOf(el, 'heading')).to.equal('Balloon kyphoplasty');
      expect(textOf(el, 'summary')).to.equal(en.procedures.kyphoplasty.summary);
    });

    it('a full JSON child with a new id defines a custom procedure', async () => {
      const { el, warnings, events } = await mount(html`<procedure-card>
        <script type="application/json">${JSON.stringify(custom)}</script>
      </procedure-card>`);
      expect(textOf(el, 'heading')).to.equal(custom.name);
      expect(textOf(el, 'section-sources')).to.contain('Clinic page');
      expect(textOf(el, 'section-risks')).to.contain(custom.risks[0]);
      expect(textOf(el, 'section-who')).to.contain(custom.whoItMayHelp[0]);
      expect(part(el, 'alternate-name')).to.be.null;
      expect(ld(el)).to.include({ name: custom.name, description: custom.summary });
      expect(ld(el).about).to.include({ '@type': 'MedicalProcedure', name: custom.name });
      expect(ld(el).about).not.to.have.property('procedureType');
      expect([warnings, events]).to.deep.equal([[], []]);
    });

    it('a custom JSON child may take its id from the procedure attribute', async () => {
      const withoutId = { ...custom, id: undefined, sources: [] };
      const { el } = await mount(html`<procedure-card procedure="trigger-point-injection">
        <script type="application/json">${JSON.stringify(withoutId)}</script>
      </procedure-card>`);
      expect(textOf(el, 'heading')).to.equal(custom.name);
      expect(sections(el)).to.have.length(4, 'no Sources section without sources, no tell-your-doctor section without its list');
    });

    it('an incomplete custom procedure is refused, naming the missing field', async () => {
      const { el, events, errors } = await mount(html`<procedure-card>
        <script type="application/json">{ "id": "new-thing", "name": "New thing" }</script>
      </procedure-card>`);
      expect(part(el, 'card')).to.be.null;
      expect(events[0]).to.include({ reason: 'invalid-shape', source: 'json' });
      expect(errors[0]).to.match(/^<procedure-card>: a custom procedure needs every field \(every procedure says who it may help \("whoItMayHelp"\) and its risks \("risks"\).*\): summary should be a non-empty string/);
    });

    describe('refuses a procedure that does not say who it may help or what its risks are', () => {
      const incomplete = {
        'no whoItMayHelp': { ...custom, whoItMayHelp: undefined },
        'an empty whoItMayHelp': { ...custom, whoItMayHelp: [] },
        'no risks': { ...custom, risks: undefined },
        'empty risks': { ...custom, risks: [] },
        'a blank risk': { ...custom, risks: ['  '] },
      };
      const expected = (name: string) => (name.includes('who') ? /whoItMayHelp(\[0\])? should be a (list of at least 1|non-empty string)/ : /risks(\[0\])? should be a (list of at least 1|non-empty string)/);
      for (const [name, procedure] of Object.entries(incomplete)) {
        it(`with ${name}, from a JSON child`, async () => {
          const { el, events, errors } = await mount(html`<procedure-card>
            <script type="application/json">${JSON.stringify(procedure)}</script>
          </procedure-card>`);
          expect(part(el, 'card')).to.be.null;
          // Refused (with no procedure attribute, the card also says no procedure is shown: an unknown-id warning).
          expect(events.filter((event) => event.reason === 'invalid-shape')).to.have.length(1);
          expect(events[0]).to.include({ reason: 'invalid-shape', source: 'json' });
          expect(errors).to.have.length(1);
          expect(errors[0]).to.match(/^<procedure-card>: .*every procedure says who it may help \("whoItMayHelp"\) and its risks \("risks"\)/);
          expect(errors[0]).to.match(expected(name));
          expect(ldScript(el)).to.be.null;
        });
      }

      it('from src', async () => {
        const { el, events, errors } = await mount(html`<procedure-card src=${jsonUrl(incomplete['no risks'])}></procedure-card>`, (card) =>
          new Promise((settled) => card.addEventListener('content-error', settled, { once: true })),
        );
        expect(part(el, 'card')).to.be.null;
        expect(events[0]).to.include({ reason: 'invalid-shape', source: 'src' });
        expect(errors[0]).to.match(/^<procedure-card>: .*risks should be a list of at least 1.*\(in src=/);
      });

      it('from the procedure property', async () => {
        const element = document.createElement('procedure-card');
        element.procedure = incomplete['no whoItMayHelp'] as unknown as Procedure;
        const { el, events, errors } = await mount(html`${element}`);
        expect(part(el, 'card')).to.be.null;
        expect(events).to.have.length(1);
        expect(events[0]).to.include({ reason: 'invalid-shape', source: 'property' });
        expect(errors[0]).to.match(/whoItMayHelp should be a list of at least 1.*\(in the JS property\)/);
      });

      it('and a change to a built-in procedure may not empty its risks or who it may help', async () => {
        for (const key of ['risks', 'whoItMayHelp']) {
          const { el, events } = await mount(html`<procedure-card procedure="discectomy">
            <script type="application/json">${JSON.stringify({ [key]: [] })}</script>
          </procedure-card>`);
          expect(events[0]).to.include({ reason: 'invalid-shape', source: 'json' });
          expect(events[0].message).to.contain(`${key} should be a list of at least 1: every procedure says who it may help`);
          // The built-in procedure stays, complete.
          expect(textOf(el, `section-${key === 'risks' ? 'risks' : 'who'}`)).to.contain(en.procedures.discectomy[key as 'risks'][0]);
        }
      });
    });

    it('bad JSON keeps the built-in procedure and says so', async () => {
      const { el, events, errors } = await mount(html`<procedure-card procedure="discectomy">
        <script type="application/json">{ "summary": oops }</script>
      </procedure-card>`);
      expect(textOf(el, 'summary')).to.equal(en.procedures.discectomy.summary);
      expect(events[0]).to.include({ reason: 'invalid-json', source: 'json' });
      expect(errors[0]).to.match(/^<procedure-card>: .*not valid JSON/);
    });

    it('JSON of the wrong shape keeps the built-in procedure', async () => {
      const { el, events } = await mount(html`<procedure-card procedure="discectomy">
        <script type="application/json">{ "kind": "cure", "how": [] }</script>
      </procedure-card>`);
      expect(textOf(el, 'tag')).to.equal(en.labels.kinds.treatment);
      expect(events[0].message).to.contain('kind should be one of');
    });

    it('loads a partial procedure from src', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" src=${jsonUrl({ summary: 'From src.' })}></procedure-card>`, (card) =>
        // A fetch and an on-demand text file: more than waitUntil's default second on a loaded machine.
        waitUntil(() => textOf(card, 'summary') === 'From src.', 'the summary from src', { timeout: 5000 }),
      );
      expect(textOf(el, 'heading')).to.equal('Kyphoplasty');
    });

    it('loads a custom procedure from src without an unknown-id warning while it loads', async () => {
      const { el, warnings, events } = await mount(html`<procedure-card src=${jsonUrl(custom)}></procedure-card>`, (card) =>
        waitUntil(() => textOf(card, 'heading') === custom.name, 'the custom heading from src', { timeout: 5000 }),
      );
      expect(ld(el).name).to.equal(custom.name);
      expect([warnings, events]).to.deep.equal([[], []]);
    });

    it('accepts a Procedure object as the procedure property, and an id again afterwards', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty"></procedure-card>`);
      el.procedure = custom;
      await el.updateComplete;
      expect(textOf(el, 'heading')).to.equal(custom.name);
      el.procedure = { id: 'discectomy', summary: 'Merged from a property.' } as Procedure;
      await el.updateComplete;
      expect(textOf(el, 'heading')).to.equal('Discectomy');
      expect(textOf(el, 'summary')).to.equal('Merged from a property.');
      el.setAttribute('procedure', 'kyphoplasty');
      await el.updateComplete;
      expect(textOf(el, 'heading')).to.equal('Kyphoplasty');
    });

    it('refuses a property object of the wrong shape without claiming an unknown id', async () => {
      const element = document.createElement('procedure-card');
      element.procedure = { ...custom, sources: [{ title: 'x', url: 'javascript:alert(1)' }] };
      const { el, events } = await mount(html`${element}`);
      expect(part(el, 'card')).to.be.null;
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ reason: 'invalid-shape', source: 'property' });
      expect(events[0].message).to.contain('sources[0].url should be an http or https URL');
    });
  });

  describe('unknown or missing id', () => {
    it('renders nothing, keeps the page, warns with the valid ids and fires content-error', async () => {
      const { el, events, warnings } = await mount(html`<div>
        <p>Clinic text</p>
        <procedure-card procedure="laser-spine-cure"></procedure-card>
      </div>`);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(ldScript(el)).to.be.null;
      expect(el.parentElement!.querySelector('p')!.textContent).to.equal('Clinic text');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<procedure-card>: procedure="laser-spine-cure" is not a built-in procedure/);
      for (const id of PROCEDURE_IDS) expect(warnings[0]).to.contain(id);
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ reason: 'unknown-id', source: 'attribute', message: warnings[0].replace('<procedure-card>: ', '') });
    });

    it('says so when no procedure is set, once', async () => {
      const { el, events } = await mount(html`<procedure-card></procedure-card>`);
      expect(events[0].message).to.match(/^no procedure is set\. Use one of: epidural-steroid-injection/);
      const spy = await withConsoleSpy(async () => {
        el.expanded = true;
        await el.updateComplete;
      });
      expect(spy.warnings).to.deep.equal([]);
      expect(events).to.have.length(1);
    });

    it('waits for the page to finish parsing, since a JSON child may still come', async () => {
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      let result: Awaited<ReturnType<typeof mount>>;
      try {
        result = await mount(html`<procedure-card procedure="nope"></procedure-card>`);
        expect(result.events).to.deep.equal([]);
      } finally {
        delete (document as { readyState?: unknown }).readyState;
      }
      expect(document.readyState).to.equal('complete');
      const event = oneEvent(result.el, 'content-error');
      await withConsoleSpy(async () => {
        document.dispatchEvent(new Event('DOMContentLoaded'));
        expect((await event).detail.reason).to.equal('unknown-id');
      });
    });

    it('shows the card once the id is fixed', async () => {
      const { el } = await mount(html`<procedure-card procedure="nope"></procedure-card>`);
      el.procedure = 'discectomy';
      await el.updateComplete;
      expect(textOf(el, 'heading')).to.equal('Discectomy');
      expect(ldScript(el)).not.to.be.null;
    });
  });

  describe('hostile text', () => {
    const attack = (field: string) => `<img src=x onerror="window.__pwned='${field}'"></script><script>window.__pwned='${field}'</script>`;
    const hostile: Procedure = {
      id: 'hostile',
      name: attack('name'),
      alternateName: attack('alternateName'),
      summary: attack('summary'),
      kind: 'both',
      procedureType: 'Percutaneous',
      bodyLocation: attack('bodyLocation'),
      conditions: [attack('conditions')],
      whoItMayHelp: [attack('whoItMayHelp')],
      how: [attack('how')],
      expect: [attack('expect')],
      risks: [attack('risks')],
      tellYourDoctor: [attack('tellYourDoctor')],
      sources: [{ title: attack('sources.title'), url: 'https://example.com/"><img src=x onerror=alert(1)>' }],
    };

    const renderings = [
      ['the property', (el: ProcedureCard) => (el.procedure = hostile)],
      ['a JSON child', (el: ProcedureCard) => el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(hostile) }))],
    ] as const;

    /** Renders the hostile procedure (plus hostile attributes when given) and checks what every field became. */
    async function renderHostile(path: string, render: (el: ProcedureCard) => unknown, attributes: readonly string[]) {
      const element = document.createElement('procedure-card');
      element.expanded = true;
      render(element);
      for (const attr of attributes) element.setAttribute(attr, attack(attr));
      const { el } = await mount(html`${element}`, (card) => waitUntil(() => part(card, 'card')));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, [onerror]')).to.have.length(0);
      for (const field of ['alternateName', 'conditions', 'whoItMayHelp', 'how', 'expect', 'risks', 'tellYourDoctor', 'sources.title']) {
        expect(root.textContent).to.contain(attack(field));
      }
      expect(textOf(el, 'alternate-name')).to.equal(`${en.labels.alsoCalled} ${attack('alternateName')}`);
      const links = [...part(el, 'section-sources')!.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([attack('sources.title')]);
      expect((window as { __pwned?: string }).__pwned).to.be.undefined;
      const raw = ldScript(el)!.textContent!;
      expect(raw).not.to.contain('<');
      const data = JSON.parse(raw);
      expect(data.about).to.include({ alternateName: attack('alternateName'), bodyLocation: attack('bodyLocation') });
      expect(data.about).to.include({ howPerformed: attack('how'), followup: attack('expect'), preparation: attack('tellYourDoctor') });
      expect(data.mentions[0].name).to.equal(attack('conditions'));
      expect(data.citation[0].name).to.equal(attack('sources.title'));
      expect(el.querySelectorAll('script')).to.have.length(path === 'a JSON child' ? 2 : 1);
      return { el, data };
    }

    for (const [path, render] of renderings) {
      it(`in every field from ${path} renders as text and keeps the JSON-LD valid`, async () => {
        // No heading, summary or disclaimer attribute: the hostile name and summary are the ones shown.
        const { el, data } = await renderHostile(path, render, []);
        expect(textOf(el, 'heading')).to.equal(attack('name'));
        expect(textOf(el, 'summary')).to.equal(attack('summary'));
        expect(textOf(el, 'disclaimer')).to.equal(en.labels.disclaimer);
        expect(data).to.include({ name: attack('name'), description: attack('summary') });
        expect(data.about).to.include({ name: attack('name'), description: attack('summary') });
      });

      it(`from ${path} and the heading, summary and disclaimer attributes renders as text and keeps the JSON-LD valid`, async () => {
        const { el, data } = await renderHostile(path, render, ['heading', 'summary', 'disclaimer']);
        for (const name of ['heading', 'summary', 'disclaimer']) expect(textOf(el, name)).to.equal(attack(name));
        expect(data).to.include({ name: attack('heading'), description: attack('summary') });
        expect(data.about).to.include({ name: attack('heading'), description: attack('summary') });
      });
    }
  });

  describe('JSON-LD', () => {
    it('describes what the card shows: a MedicalWebPage about the MedicalProcedure, in the card\u2019s language', async () => {
      const { el } = await mount(html`<procedure-card procedure="epidural-steroid-injection"></procedure-card>`);
      const check = (content: ProcedureContent, language: string) => {
        const p = content.procedures['epidural-steroid-injection'];
        const procedure: Record<string, unknown> = {
          '@type': 'MedicalProcedure',
          name: textOf(el, 'heading'),
          alternateName: p.alternateName,
          description: textOf(el, 'summary'),
          procedureType: 'https://schema.org/PercutaneousProcedure',
          bodyLocation: p.bodyLocation,
          howPerformed: p.how.join(' '),
          followup: p.expect.join(' '),
        };
        if (p.tellYourDoctor?.length) procedure.preparation = p.tellYourDoctor.join(' ');
        expect(ld(el)).to.deep.equal({
          '@context': 'https://schema.org',
          '@type': 'MedicalWebPage',
          name: textOf(el, 'heading'),
          description: textOf(el, 'summary'),
          inLanguage: language,
          about: procedure,
          mentions: p.conditions.map((name) => ({ '@type': 'MedicalCondition', name })),
          citation: p.sources.map((source) => ({ '@type': 'WebPage', name: source.title, url: source.url })),
        });
        expect(ld(el).name).to.equal(p.name);
      };
      check(en, 'en');
      el.lang = 'es';
      await waitUntil(() => ld(el).name === es.procedures['epidural-steroid-injection'].name);
      check(es, 'es');
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('uses only properties schema.org defines for these types: no indication, no status', async () => {
      // The schema.org properties of MedicalWebPage (and its WebPage, CreativeWork, Thing ancestors) and of
      // MedicalProcedure (and MedicalEntity, Thing) that the card may write; anything else fails this test.
      const page = ['@context', '@type', 'name', 'description', 'inLanguage', 'about', 'mentions', 'citation', 'reviewedBy', 'lastReviewed'];
      const procedure = ['@type', 'name', 'alternateName', 'description', 'procedureType', 'bodyLocation', 'howPerformed', 'preparation', 'followup'];
      for (const id of PROCEDURE_IDS) {
        const { el } = await mount(html`<procedure-card procedure=${id} reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>`);
        const data = ld(el);
        expect(Object.keys(data).filter((key) => !page.includes(key)), id).to.deep.equal([]);
        expect(Object.keys(data.about).filter((key) => !procedure.includes(key)), id).to.deep.equal([]);
        expect(JSON.stringify(data)).not.to.match(/"(indication|status)"/);
        for (const condition of data.mentions ?? []) expect(Object.keys(condition)).to.deep.equal(['@type', 'name']);
      }
    });

    it('names the procedure type of each built-in procedure', async () => {
      const types = { Surgical: { '@id': 'https://schema.org/SurgicalProcedure' }, Percutaneous: 'https://schema.org/PercutaneousProcedure', Noninvasive: 'https://schema.org/NoninvasiveProcedure' };
      for (const id of PROCEDURE_IDS) {
        const { el } = await mount(html`<procedure-card procedure=${id}></procedure-card>`);
        const type = en.procedures[id].procedureType;
        if (type) expect(ld(el).about.procedureType, id).to.deep.equal(types[type]);
        else expect(ld(el).about, id).not.to.have.property('procedureType');
      }
      const { el } = await mount(html`<procedure-card></procedure-card>`);
      el.procedure = { ...custom, procedureType: 'Noninvasive' };
      await el.updateComplete;
      expect(ld(el).about.procedureType).to.equal('https://schema.org/NoninvasiveProcedure');
    });

    it('gains reviewedBy (a Person) and lastReviewed with reviewed-by and reviewed-on', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>`);
      expect(ld(el).reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Richard Kim, M.D.' });
      expect(ld(el).lastReviewed).to.equal('2026-11-01');
      el.reviewedOn = 'not a date';
      await withConsoleSpy(() => el.updateComplete);
      expect(ld(el)).not.to.have.property('reviewedBy');
      expect(ld(el)).not.to.have.property('lastReviewed');
    });

    it('follows the procedure, and is removed by no-structured-data', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy"></procedure-card>`);
      expect(ld(el).about.procedureType).to.deep.equal({ '@id': 'https://schema.org/SurgicalProcedure' });
      el.procedure = 'spinal-cord-stimulation';
      await el.updateComplete;
      expect(ld(el).name).to.equal('Spinal cord stimulation');
      el.procedure = { ...custom, conditions: [] };
      await el.updateComplete;
      expect(ld(el)).not.to.have.property('mentions');
      el.noStructuredData = true;
      await el.updateComplete;
      expect(ldScript(el)).to.be.null;
      el.noStructuredData = false;
      await el.updateComplete;
      expect(ld(el).name).to.equal(custom.name);
    });

    it('settles: writing the JSON-LD does not re-render the card in a loop', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy">
        <script type="application/json">{ "summary": "Ours." }</script>
      </procedure-card>`);
      // The JSON-LD write wakes the child-JSON observer once; after that re-render nothing may be pending.
      const macrotask = () => new Promise((resolve) => setTimeout(resolve));
      await macrotask();
      await el.updateComplete;
      await macrotask();
      expect(el.isUpdatePending).to.be.false;
      expect(textOf(el, 'summary')).to.equal('Ours.');
    });
  });

  describe('medical review', () => {
    it('shows "Medically reviewed by … on …" with the date in English', async () => {
      const { el, errors } = await mount(html`<procedure-card procedure="discectomy" reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>`);
      expect(textOf(el, 'reviewed')).to.equal('Medically reviewed by Richard Kim, M.D. on November 1, 2026');
      expect(part(el, 'reviewed')!.checkVisibility()).to.be.true;
      expect(errors).to.deep.equal([]);
    });

    it('in Spanish, with the date in Spanish', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy" lang="es" reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>`, (card) =>
        waitUntil(() => textOf(card, 'heading') === es.procedures.discectomy.name),
      );
      expect(textOf(el, 'reviewed')).to.equal('Revisado médicamente por Richard Kim, M.D. el 1 de noviembre de 2026');
    });

    it('shows no line without the attributes, and in compact form too when set', async () => {
      const { el } = await mount(html`<procedure-card procedure="discectomy"></procedure-card>`);
      expect(part(el, 'reviewed')).to.be.null;
      el.variant = 'compact';
      el.reviewedBy = 'Ana Ruiz, M.D.';
      el.reviewedOn = '2026-01-31';
      await el.updateComplete;
      expect(textOf(el, 'reviewed')).to.equal('Medically reviewed by Ana Ruiz, M.D. on January 31, 2026');
    });
  });

  describe('layout and accessibility', () => {
    it('fits a 320px screen without horizontal overflow', async () => {
      const { el } = await mount(html`<div style="width: 320px">
        <procedure-card procedure="epidural-steroid-injection" expanded href="/x" heading="Averyveryveryveryveryveryverylongclinicwordwithoutanyspaces"></procedure-card>
      </div>`);
      const card = part(el, 'card')!;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const expanded of [false, true]) {
        it(`is accessible ${expanded ? 'expanded' : 'collapsed'} in ${theme}`, async () => {
          // Slotted light-DOM text inherits the card's colours; native buttons are styled by the page, not the card.
          const { el } = await mount(html`<procedure-card procedure="radiofrequency-neurotomy" theme=${theme} ?expanded=${expanded} href="/rf">
            <p>Our doctors have done this for many years.</p>
          </procedure-card>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible with the review line', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" expanded reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in compact form and in Spanish', async () => {
      const { el } = await mount(html`<procedure-card procedure="kyphoplasty" lang="es" variant="compact" href="/k" theme="dark"></procedure-card>`, (card) =>
        waitUntil(() => textOf(card, 'heading') === 'Cifoplastia'),
      );
      await expect(el).to.be.accessible();
    });
  });
});
