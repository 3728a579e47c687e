import { expect, fixture, html } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { SpineElement } from './base-element.js';
import { formatDate, parseIsoDate, ReviewController } from './review.js';

@customElement('review-test-element')
class ReviewTestElement extends SpineElement {
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;
  @property({ attribute: 'reviewed-on' }) reviewedOn?: string;
  readonly reviewLine = new ReviewController(this);

  override render() {
    return this.reviewLine.render(this.language === 'es' ? 'Revisado por {name} el {date}' : 'Reviewed by {name} on {date}');
  }
}

const line = (el: ReviewTestElement) => el.shadowRoot!.querySelector('[part="reviewed"]')?.textContent ?? null;

async function mount(by: string | undefined, on: string | undefined, lang = 'en') {
  let el!: ReviewTestElement;
  const spy = await withConsoleSpy(async () => {
    el = await fixture<ReviewTestElement>(html`<review-test-element lang=${lang} reviewed-by=${by ?? ''} reviewed-on=${on ?? ''}></review-test-element>`);
    if (by === undefined) el.removeAttribute('reviewed-by');
    if (on === undefined) el.removeAttribute('reviewed-on');
    await el.updateComplete;
  });
  return { el, errors: spy.errors, warnings: spy.warnings };
}

describe('review line (reviewed-by, reviewed-on)', () => {
  it('reads an ISO date as a calendar day, whatever the time zone', () => {
    const date = parseIsoDate('2026-11-01')!;
    expect(date.toISOString()).to.equal('2026-11-01T00:00:00.000Z');
    // Formatted in UTC: a visitor west of Greenwich still reads November 1, not October 31.
    expect(formatDate(date, 'en')).to.equal('November 1, 2026');
    expect(formatDate(date, 'es')).to.equal('1 de noviembre de 2026');
    expect(parseIsoDate(' 2024-02-29 ')!.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
  });

  it('refuses what is not a real day in the ISO form', () => {
    for (const value of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-11-1', '11/01/2026', 'November 1, 2026', '2026-11-01T10:00', '']) {
      expect(parseIsoDate(value), value).to.be.undefined;
    }
  });

  it('shows the line with the date in the widget language, and nothing else on the console', async () => {
    const { el, errors, warnings } = await mount('Richard Kim, M.D.', '2026-11-01');
    expect(line(el)).to.equal('Reviewed by Richard Kim, M.D. on November 1, 2026');
    expect(el.reviewLine.review).to.deep.equal({ name: 'Richard Kim, M.D.', date: '2026-11-01' });
    expect([...errors, ...warnings]).to.deep.equal([]);
    el.lang = 'es-MX';
    await el.updateComplete;
    await el.updateComplete;
    expect(line(el)).to.equal('Revisado por Richard Kim, M.D. el 1 de noviembre de 2026');
  });

  it('keeps a name that contains the template words as written', async () => {
    const { el } = await mount('Dr. {date}', '2026-11-01');
    expect(line(el)).to.equal('Reviewed by Dr. {date} on November 1, 2026');
  });

  it('shows nothing, and says nothing, without either attribute', async () => {
    const { el, errors } = await mount(undefined, undefined);
    expect(line(el)).to.be.null;
    expect(el.reviewLine.review).to.be.undefined;
    expect(errors).to.deep.equal([]);
  });

  it('refuses an invalid date with one console error naming the attribute and the fix', async () => {
    const { el, errors } = await mount('Richard Kim, M.D.', '11/01/2026');
    expect(line(el)).to.be.null;
    expect(el.reviewLine.review).to.be.undefined;
    expect(errors).to.deep.equal([
      '<review-test-element>: reviewed-on="11/01/2026" is not a date: use an ISO date like reviewed-on="2026-11-01" (year-month-day); no review line is shown.',
    ]);
    // The same problem again is not repeated; fixing it shows the line.
    const spy = await withConsoleSpy(async () => {
      el.requestUpdate();
      await el.updateComplete;
      el.reviewedOn = '2026-11-01';
      await el.updateComplete;
    });
    expect(spy.errors).to.deep.equal([]);
    expect(line(el)).to.equal('Reviewed by Richard Kim, M.D. on November 1, 2026');
  });

  it('refuses a day that does not exist', async () => {
    const { el, errors } = await mount('Richard Kim, M.D.', '2026-02-30');
    expect(line(el)).to.be.null;
    expect(errors[0]).to.contain('reviewed-on="2026-02-30" is not a date');
  });

  it('needs both: a name without a date, or a date without a name, is refused with a console error', async () => {
    const byOnly = await mount('Richard Kim, M.D.', undefined);
    expect(line(byOnly.el)).to.be.null;
    expect(byOnly.errors).to.have.length(1);
    expect(byOnly.errors[0]).to.match(/^<review-test-element>: reviewed-by="Richard Kim, M\.D\." needs reviewed-on, .*reviewed-on="2026-11-01"/);
    const onOnly = await mount('  ', '2026-11-01');
    expect(line(onOnly.el)).to.be.null;
    expect(onOnly.errors).to.have.length(1);
    expect(onOnly.errors[0]).to.match(/^<review-test-element>: reviewed-on="2026-11-01" needs reviewed-by, the reviewer's name/);
  });
});
