import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ContentErrorDetail } from '../../shared/events.js';
import { withConsoleSpy } from '../../test-support/console-spy.js';
import { benefitsEn } from './content/en.js';
import { benefitsEs } from './content/es.js';
import { BENEFIT_IDS } from './content/types.js';
import type { SurgeryBenefits } from './surgery-benefits.component.js';
import './surgery-benefits.js';

const $ = (el: SurgeryBenefits, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: SurgeryBenefits, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: SurgeryBenefits) => $$(el, '.title').map((title) => title.textContent!.trim());
const headingText = (el: SurgeryBenefits) => $(el, '[part="heading"]').textContent!.trim();
/** The built-in English title of a benefit, by id. */
const title = (id: string) => benefitsEn.benefits.find((benefit) => benefit.id === id)!.title;
const jsonUrl = (value: unknown) => `/__test__/json?body=${encodeURIComponent(JSON.stringify(value))}`;
const LAYOUTS = ['list', 'grid', 'compare'] as const;
const columns = (el: SurgeryBenefits) => getComputedStyle($(el, '.items')).gridTemplateColumns.split(' ').length;

/** Renders inside a box of the given width, collecting content-error events and console messages. */
async function mount(
  template: TemplateResult,
  { width = 720, lang, settle }: { width?: number; lang?: string; settle?: (el: SurgeryBenefits) => Promise<unknown> } = {},
) {
  const events: ContentErrorDetail[] = [];
  let el!: SurgeryBenefits;
  const spy = await withConsoleSpy(async () => {
    const box = document.createElement('div');
    box.style.width = `${width}px`;
    if (lang) box.lang = lang;
    box.addEventListener('content-error', (event) => events.push(event.detail));
    document.body.append(box);
    el = await fixture<SurgeryBenefits>(template, { parentNode: box });
    await (settle ? settle(el) : el.updateComplete);
  });
  return { el, events, warnings: spy.warnings, errors: spy.errors };
}

/** Spanish loads on demand: wait until its heading is there. */
const spanish = (el: SurgeryBenefits) => waitUntil(() => el.shadowRoot!.textContent!.includes(benefitsEs.heading), 'Spanish content');

/** A widget with a JSON child (Lit cannot bind inside a <script>). */
function withJson(json: string, layout: SurgeryBenefits['layout'] = 'list'): SurgeryBenefits {
  const el = document.createElement('surgery-benefits');
  el.layout = layout;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

const noHorizontalOverflow = (el: SurgeryBenefits) => {
  for (const box of [el, $(el, '[part="base"]'), ...$$(el, 'table, ul')]) {
    expect(box.scrollWidth, `${box.localName}.${box.className} overflows`).to.be.at.most(box.clientWidth);
  }
  expect(el.getBoundingClientRect().width).to.be.at.most(320);
};

describe('<surgery-benefits>', () => {
  describe('list layout (default)', () => {
    it('shows the six benefits in a list, with a heading, icons and the disclaimer', async () => {
      const { el, warnings, errors } = await mount(html`<surgery-benefits></surgery-benefits>`);
      expect(el.layout).to.equal('list');
      const list = $(el, 'ul');
      expect(list.getAttribute('role')).to.equal('list');
      expect($$(el, '[part="list"] > li')).to.have.length(6);
      expect(titles(el)).to.deep.equal(benefitsEn.benefits.map((benefit) => benefit.title));
      expect($$(el, '[part="item-text"]').map((p) => p.textContent)).to.deep.equal(benefitsEn.benefits.map((benefit) => benefit.text));
      const heading = $(el, '[part="heading"]');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(headingText(el)).to.equal(benefitsEn.heading);
      expect($$(el, '.title').every((title) => title.getAttribute('aria-level') === '3')).to.be.true;
      expect($(el, '[part="disclaimer"]').textContent).to.equal(benefitsEn.disclaimer);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(warnings).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('names "minimally invasive" in its heading and explains it', () => {
      expect(benefitsEn.heading).to.match(/minimally invasive/i);
      expect(benefitsEn.heading).to.match(/small (cuts|incisions)/i);
      expect(benefitsEs.heading).to.match(/mínimamente invasiva/i);
    });

    it('is balanced: every layout shows the caveats and the sources, in English and Spanish', async () => {
      for (const [lang, content] of [
        ['en', benefitsEn],
        ['es', benefitsEs],
      ] as const) {
        for (const layout of LAYOUTS) {
          const { el } = await mount(html`<surgery-benefits layout=${layout} heading-level="3"></surgery-benefits>`, {
            lang,
            settle: (card) => waitUntil(() => card.shadowRoot!.textContent!.includes(content.heading), 'content'),
          });
          const caveats = $(el, '[part="caveats"]');
          expect(caveats.querySelector('[role="heading"]')!.textContent).to.equal(content.caveatsHeading);
          expect(caveats.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
          expect([...caveats.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(content.caveats);
          const sources = $(el, '[part="sources"]');
          expect(sources.querySelector('[role="heading"]')!.textContent).to.equal(content.sourcesHeading);
          const links = [...sources.querySelectorAll('a')];
          expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(content.sources.map((source) => source.url));
          expect(links.map((a) => a.textContent)).to.deep.equal(content.sources.map((source) => source.title));
          expect(caveats.checkVisibility() && sources.checkVisibility()).to.be.true;
        }
      }
      expect(benefitsEn.caveats.length).to.be.at.least(3);
      expect(benefitsEn.sources.length).to.be.at.least(1);
      expect(benefitsEs.sources.map((source) => source.url)).to.deep.equal(benefitsEn.sources.map((source) => source.url));
    });

    it('shows no sources box when there are none', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      const original = benefitsEn.sources;
      try {
        benefitsEn.sources = [];
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="sources"]')).to.be.null;
        expect(el.shadowRoot!.querySelector('[part="caveats"]')).not.to.be.null;
      } finally {
        benefitsEn.sources = original;
      }
    });

    it('shows "Medically reviewed by … on …" with reviewed-by and reviewed-on, in the widget language', async () => {
      const { el, errors } = await mount(html`<surgery-benefits reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></surgery-benefits>`);
      expect($(el, '[part="reviewed"]').textContent).to.equal('Medically reviewed by Richard Kim, M.D. on November 1, 2026');
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.lang = 'es';
      await spanish(el);
      expect($(el, '[part="reviewed"]').textContent).to.equal('Revisado médicamente por Richard Kim, M.D. el 1 de noviembre de 2026');
      const { el: bad, errors: refused } = await mount(html`<surgery-benefits reviewed-by="Richard Kim, M.D." reviewed-on="2026-13-01"></surgery-benefits>`);
      expect(bad.shadowRoot!.querySelector('[part="reviewed"]')).to.be.null;
      expect(refused).to.deep.equal([
        '<surgery-benefits>: reviewed-on="2026-13-01" is not a date: use an ISO date like reviewed-on="2026-11-01" (year-month-day); no review line is shown.',
      ]);
    });

    it('draws one decorative inline icon per benefit, each its own', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      const svgs = $$(el, '[part="list"] > li svg');
      expect(svgs).to.have.length(6);
      expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true' && svg.querySelector('path, circle'))).to.be.true;
      expect(new Set(svgs.map((svg) => svg.innerHTML)).size).to.equal(6);
      // Drawn with the brand colour, so it follows the theme.
      expect(getComputedStyle(svgs[0]).stroke).to.not.equal('none');
    });

    it('speaks Spanish in a Spanish context', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`, { lang: 'es', settle: spanish });
      expect(titles(el)).to.deep.equal(benefitsEs.benefits.map((benefit) => benefit.title));
      expect($(el, '[part="disclaimer"]').textContent).to.equal(benefitsEs.disclaimer);
      await expect(el).to.be.accessible();
    });

    it('follows a language change', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      el.lang = 'es-MX';
      await spanish(el);
      expect(titles(el)[0]).to.equal(benefitsEs.benefits[0].title);
    });
  });

  describe('grid layout', () => {
    it('chooses 1, 2 or 3 columns from its own width, not the viewport', async () => {
      for (const [width, expected] of [
        [320, 1],
        [600, 2],
        [900, 3],
      ]) {
        const { el } = await mount(html`<surgery-benefits layout="grid"></surgery-benefits>`, { width });
        expect(columns(el), `${width}px`).to.equal(expected);
      }
    });

    it('is a list of cards, accessible in English and Spanish', async () => {
      const { el } = await mount(html`<surgery-benefits layout="grid"></surgery-benefits>`, { width: 900 });
      expect($$(el, '[part="list"] > li')).to.have.length(6);
      expect(getComputedStyle($(el, '[part="list"] > li')).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
      el.lang = 'es';
      await spanish(el);
      expect(titles(el)).to.deep.equal(benefitsEs.benefits.map((benefit) => benefit.title));
      await expect(el).to.be.accessible();
    });

    it('keeps the list layout a single column at any width', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`, { width: 900 });
      expect(columns(el)).to.equal(1);
    });
  });

  describe('compare layout', () => {
    it('is a table with a caption, column headers and row headers', async () => {
      const { el } = await mount(html`<surgery-benefits layout="compare"></surgery-benefits>`);
      expect($$(el, '[part="list"]')).to.have.length(0);
      const table = $(el, 'table');
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal(benefitsEn.comparison.caption);
      const columnHeaders = [...table.querySelectorAll('thead th')];
      expect(columnHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(columnHeaders.map((th) => th.textContent!.trim())).to.deep.equal(['Topic', 'Open surgery', 'Minimally invasive']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(benefitsEn.comparison.rows.length);
      expect(rows.map((row) => row.querySelector('th[scope="row"]')!.textContent)).to.deep.equal(benefitsEn.comparison.rows.map((row) => row.label));
      expect(rows[3].querySelectorAll('td')[0].textContent).to.contain(benefitsEn.comparison.rows[3].open);
      // Wide: a real table, with the stacked labels hidden.
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(table.querySelector('.label')!).display).to.equal('none');
      expect($(el, '[part="disclaimer"]').textContent).to.equal(benefitsEn.disclaimer);
      await expect(el).to.be.accessible();
    });

    it('stacks its rows at narrow widths, keeping table roles and labelling each answer', async () => {
      const { el } = await mount(html`<surgery-benefits layout="compare"></surgery-benefits>`, { width: 320 });
      const table = $(el, 'table');
      expect(getComputedStyle(table.querySelector('tbody tr')!).display).to.equal('block');
      expect(table.getAttribute('role')).to.equal('table');
      expect(table.querySelector('tbody tr')!.getAttribute('role')).to.equal('row');
      expect(table.querySelector('tbody th')!.getAttribute('role')).to.equal('rowheader');
      const label = table.querySelector('td .label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      // The caption keeps the table's width (a table-caption in a block table shrinks to one letter a line).
      expect($(el, 'caption').getBoundingClientRect().width).to.equal(table.getBoundingClientRect().width);
      // The column headers stay for screen readers, out of sight.
      expect(table.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
      noHorizontalOverflow(el);
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish', async () => {
      const { el } = await mount(html`<surgery-benefits layout="compare" lang="es"></surgery-benefits>`, { settle: spanish });
      expect($(el, 'caption').textContent!.trim()).to.equal(benefitsEs.comparison.caption);
      expect($$(el, 'tbody th').map((th) => th.textContent)).to.deep.equal(benefitsEs.comparison.rows.map((row) => row.label));
      await expect(el).to.be.accessible();
    });
  });

  describe('320 px wide container', () => {
    for (const layout of LAYOUTS) {
      for (const lang of ['en', 'es']) {
        it(`${layout} in ${lang} does not scroll sideways`, async () => {
          const { el } = await mount(html`<surgery-benefits layout=${layout} lang=${lang}></surgery-benefits>`, {
            width: 320,
            settle: lang === 'es' ? spanish : undefined,
          });
          noHorizontalOverflow(el);
        });
      }
    }
  });

  describe('items', () => {
    it('chooses and orders the benefits', async () => {
      const { el, warnings, events } = await mount(html`<surgery-benefits items="pain recovery blood-loss"></surgery-benefits>`);
      expect(titles(el)).to.deep.equal([title('pain'), title('recovery'), title('blood-loss')]);
      el.items = ' blood-loss  pain medication pain ';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([title('blood-loss'), title('pain'), title('medication')]);
      expect(warnings).to.deep.equal([]);
      expect(events).to.deep.equal([]);
    });

    it('warns about unknown ids, naming the valid ones, and skips them', async () => {
      const { el, warnings, events, errors } = await mount(html`<surgery-benefits items="pain scars recovery"></surgery-benefits>`);
      expect(titles(el)).to.deep.equal([title('pain'), title('recovery')]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<surgery-benefits>: items: unknown id "scars" skipped\. Valid ids: pain, recovery, infection, complications, blood-loss, medication\.$/);
      expect(events).to.deep.equal([{ reason: 'unknown-id', source: 'attribute', message: warnings[0].replace('<surgery-benefits>: ', '') }]);
      expect(errors).to.deep.equal([]);
    });

    it('fires content-error for unknown ids, once per value', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      const spy = await withConsoleSpy(async () => {
        setTimeout(() => (el.items = 'pain nope'));
        const event = await oneEvent(el, 'content-error');
        expect(event.detail).to.include({ reason: 'unknown-id', source: 'attribute' });
        // The same unknown ids again, in another order: no repeat.
        el.items = 'nope pain';
        await el.updateComplete;
        el.items = 'pain other';
        await el.updateComplete;
      });
      expect(spy.warnings).to.have.length(2);
      expect(spy.warnings[1]).to.contain('"other"');
    });

    it('shows every benefit when no id is known', async () => {
      const { el, warnings } = await mount(html`<surgery-benefits items="foo bar"></surgery-benefits>`);
      expect(titles(el)).to.have.length(6);
      expect(warnings[0]).to.contain('unknown ids "foo", "bar" skipped');
    });

    it('can choose the clinic’s own benefits', async () => {
      const { el } = await mount(html`<surgery-benefits items="short-stay pain"></surgery-benefits>`);
      el.benefits = { benefits: [{ id: 'pain' }, { id: 'short-stay', title: 'Home the same day', text: 'Most of our patients go home the same day.' }] };
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Home the same day', title('pain')]);
    });
  });

  describe('heading, heading level and disclaimer', () => {
    it('takes the heading and disclaimer from attributes', async () => {
      const { el } = await mount(html`<surgery-benefits heading="Why choose us" disclaimer="Ask Dr. Lee."></surgery-benefits>`);
      expect(headingText(el)).to.equal('Why choose us');
      expect($(el, '[part="disclaimer"]').textContent).to.equal('Ask Dr. Lee.');
    });

    it('keeps the built-in heading when the attribute is blank', async () => {
      const { el } = await mount(html`<surgery-benefits heading="  "></surgery-benefits>`);
      expect(headingText(el)).to.equal(benefitsEn.heading);
    });

    it('takes the heading from a slot', async () => {
      const { el } = await mount(html`<surgery-benefits><span slot="heading">Our approach</span></surgery-benefits>`);
      const slot = $(el, 'slot[name="heading"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Our approach');
      expect(slot.closest('[role="heading"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('sets the heading level, benefit titles one below', async () => {
      const { el } = await mount(html`<surgery-benefits heading-level="4"></surgery-benefits>`);
      expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
      expect($(el, '.title').getAttribute('aria-level')).to.equal('5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect($(el, '.title').getAttribute('aria-level')).to.equal('6');
    });

    it('warns about a heading level out of range and uses 2', async () => {
      const { el, warnings } = await mount(html`<surgery-benefits heading-level="9"></surgery-benefits>`);
      expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.deep.equal(['<surgery-benefits>: heading-level="9" should be a whole number from 1 to 6. Using 2.']);
    });

    it('warns about an unknown layout and shows the list', async () => {
      const widget = document.createElement('surgery-benefits');
      widget.setAttribute('layout', 'carousel');
      const { el, warnings } = await mount(html`${widget}`);
      expect($$(el, '[part="list"] > li')).to.have.length(6);
      expect(warnings[0]).to.contain('layout="carousel" is not a layout; use list, grid or compare');
    });
  });

  describe('the clinic’s own content', () => {
    it('from a JSON child: edits a built-in benefit and adds its own', async () => {
      const { el, errors } = await mount(html`<surgery-benefits>
        <script type="application/json">
          {
            "heading": "Small incisions, big difference",
            "benefits": [
              { "id": "recovery", "text": "Most of our patients walk the same day." },
              { "id": "short-stay", "title": "Home the same day", "text": "You rest at home, not in a ward." },
              { "id": "scar", "title": "A small scar", "text": "The cut is small.", "icon": "pain" }
            ],
            "disclaimer": "Ask Dr. Lee whether it suits you."
          }
        </script>
      </surgery-benefits>`);
      expect(errors).to.deep.equal([]);
      expect(headingText(el)).to.equal('Small incisions, big difference');
      expect(titles(el)).to.deep.equal([title('recovery'), 'Home the same day', 'A small scar']);
      expect($$(el, '[part="item-text"]')[0].textContent).to.equal('Most of our patients walk the same day.');
      expect($(el, '[part="disclaimer"]').textContent).to.equal('Ask Dr. Lee whether it suits you.');
      const [recovery, own, scar] = $$(el, '[part="list"] > li svg').map((svg) => svg.innerHTML);
      const builtIn = await mount(html`<surgery-benefits items="recovery pain"></surgery-benefits>`);
      const [builtInRecovery, builtInPain] = $$(builtIn.el, 'li svg').map((svg) => svg.innerHTML);
      expect(recovery).to.equal(builtInRecovery);
      expect(scar).to.equal(builtInPain);
      // The clinic's own id gets the neutral check mark, not a built-in benefit's icon.
      const allBuiltIn = $$((await mount(html`<surgery-benefits></surgery-benefits>`)).el, 'li svg').map((svg) => svg.innerHTML);
      expect(allBuiltIn).to.not.include(own);
    });

    it('renders clinic text as text, never HTML', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      el.heading = '<img src=x onerror=alert(1)>';
      el.benefits = [{ id: 'pain', title: '<b>Less</b> pain' }];
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['<b>Less</b> pain']);
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    });

    it('from the property: a Benefit[] list keeps the language of the rest', async () => {
      const { el } = await mount(html`<surgery-benefits lang="es"></surgery-benefits>`, { settle: spanish });
      el.benefits = [{ id: 'medication' }, { id: 'pain', text: 'Texto propio.' }];
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([benefitsEs.benefits[5].title, benefitsEs.benefits[0].title]);
      expect($$(el, '[part="item-text"]')[1].textContent).to.equal('Texto propio.');
    });

    it('from the property: the comparison table', async () => {
      const { el } = await mount(html`<surgery-benefits layout="compare"></surgery-benefits>`);
      el.benefits = { comparison: { caption: 'Our two options', rows: [{ label: 'Scar', open: 'Long', minimal: 'Short' }] } };
      await el.updateComplete;
      expect($(el, 'caption').textContent!.trim()).to.equal('Our two options');
      expect($$(el, 'tbody tr')).to.have.length(1);
      expect($$(el, 'thead th')[1].textContent).to.equal('Open surgery');
      await expect(el).to.be.accessible();
    });

    it('from src', async () => {
      const { el } = await mount(html`<surgery-benefits src=${jsonUrl([{ id: 'blood-loss' }, { id: 'infection' }])}></surgery-benefits>`, {
        settle: (el) => waitUntil(() => titles(el).length === 2),
      });
      expect(titles(el)).to.deep.equal([title('blood-loss'), title('infection')]);
    });

    it('lets attributes win over JSON content', async () => {
      const { el } = await mount(html`<surgery-benefits heading="From the attribute">
        <script type="application/json">{ "heading": "From JSON" }</script>
      </surgery-benefits>`);
      expect(headingText(el)).to.equal('From the attribute');
    });
  });

  describe('bad input keeps the built-in content, with a console error naming the fix and content-error', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['a new id without a title', [{ id: 'scar', text: 'Small.' }], /benefits\[0\]\.title should be a non-empty string/],
      ['the same id twice', [{ id: 'pain' }, { id: 'pain' }], /benefits\[1\]\.id should be unique \("pain" is used twice\)/],
      ['an id that is not a single word', [{ id: 'Short stay', title: 'T', text: 'T' }], /benefits\[0\]\.id should be lowercase letters, digits and dashes/],
      ['an unknown icon', [{ id: 'pain', icon: 'star' }], /benefits\[0\]\.icon should be one of "pain"/],
      ['an empty list', [], /benefits should be a list of at least 1/],
      ['a comparison row missing a column', { comparison: { rows: [{ label: 'Scar', open: 'Long' }] } }, /comparison\.rows\[0\]\.minimal should be a non-empty string/],
      ['a number for the heading', { heading: 3 }, /heading should be a non-empty string/],
    ];
    for (const [what, value, message] of cases) {
      it(`${what} (JSON child)`, async () => {
        const { el, events, errors } = await mount(html`${withJson(JSON.stringify(value), 'compare')}`);
        expect($$(el, 'tbody tr')).to.have.length(benefitsEn.comparison.rows.length);
        expect(headingText(el)).to.equal(benefitsEn.heading);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^<surgery-benefits>: /).and.match(message);
        expect(events).to.have.length(1);
        expect(events[0]).to.include({ reason: 'invalid-shape', source: 'json' });
      });
    }

    it('malformed JSON', async () => {
      const { el, events, errors } = await mount(html`<surgery-benefits>
        <script type="application/json">{ "heading": "Oops", }</script>
      </surgery-benefits>`);
      expect(titles(el)).to.have.length(6);
      expect(headingText(el)).to.equal(benefitsEn.heading);
      expect(errors[0]).to.match(/^<surgery-benefits>: .*not valid JSON/);
      expect(events[0]).to.include({ reason: 'invalid-json', source: 'json' });
    });

    it('a property of the wrong shape', async () => {
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      const spy = await withConsoleSpy(async () => {
        setTimeout(() => (el.benefits = 'pain' as never));
        const event = await oneEvent(el, 'content-error');
        expect(event.detail).to.include({ reason: 'invalid-shape', source: 'property' });
      });
      expect(spy.errors[0]).to.contain('the content should be an object (in the JS property)');
      expect(titles(el)).to.have.length(6);
    });

    it('a src that fails', async () => {
      const { el, events } = await mount(html`<surgery-benefits src="/__test__/status/404"></surgery-benefits>`, {
        settle: () => oneEvent(document.body, 'content-error'),
      });
      expect(events[0]).to.include({ reason: 'fetch-failed', source: 'src' });
      expect(titles(el)).to.have.length(6);
    });
  });

  describe('motion', () => {
    const animationOf = (el: SurgeryBenefits) => getComputedStyle($(el, 'li')).animationName;
    // Only Chromium's driver can emulate the setting; the other browsers are checked against their own setting.
    const canEmulate = navigator.userAgent.includes('Chrome/');

    afterEach(async () => {
      if (canEmulate) await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('animates only when reduced motion is not asked for', async () => {
      if (canEmulate) await emulateMedia({ reducedMotion: 'reduce' });
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      const { el } = await mount(html`<surgery-benefits></surgery-benefits>`);
      expect(animationOf(el)).to.equal(reduce ? 'none' : 'rise');
      if (!canEmulate) return;
      expect(reduce).to.be.true;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(animationOf(el)).to.equal('rise');
    });

    it('never hides content waiting for the animation', async () => {
      const { el } = await mount(html`<surgery-benefits layout="compare"></surgery-benefits>`);
      for (const part of [$(el, 'tbody tr'), $(el, 'table'), $(el, '[part="base"]')]) {
        const style = getComputedStyle(part);
        expect(style.opacity).to.equal('1');
        expect(style.visibility).to.equal('visible');
      }
      // The keyframes move content a little; they never touch opacity or visibility.
      const frames = $(el, 'tbody tr').getAnimations().flatMap((animation) => (animation.effect as KeyframeEffect).getKeyframes());
      expect(frames.every((frame) => !('opacity' in frame) && !('visibility' in frame))).to.be.true;
    });
  });

  describe('dark theme', () => {
    for (const layout of LAYOUTS) {
      it(`${layout} is accessible and dark`, async () => {
        const { el } = await mount(html`<surgery-benefits theme="dark" layout=${layout}></surgery-benefits>`);
        const light = await mount(html`<surgery-benefits theme="light" layout=${layout}></surgery-benefits>`);
        const background = (widget: SurgeryBenefits) => getComputedStyle($(widget, '[part="base"]')).backgroundColor;
        expect(background(el)).to.not.equal(background(light.el));
        await expect(el).to.be.accessible();
      });
    }
  });

  it('has a built-in icon for every built-in id', async () => {
    const { el } = await mount(html`<surgery-benefits items=${BENEFIT_IDS.join(' ')}></surgery-benefits>`);
    expect($$(el, 'li svg')).to.have.length(BENEFIT_IDS.length);
  });
});
