import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { ReviewController, reviewStyles } from '../../shared/review.js';
import { translatable } from '../../shared/translations.js';
import { listOf, oneOf, optional, partial, shape, ShapeError, text } from '../../shared/validate.js';
import { BENEFIT_IDS, type Benefit, type BenefitId, type BenefitsContent, type BenefitsOverride, type Comparison } from './content/types.js';
import { icons } from './icons.js';
import { styles } from './surgery-benefits.styles.js';

export type { Benefit, BenefitId, BenefitsContent, BenefitsOverride, Comparison, ComparisonRow } from './content/types.js';

const builtInContent = translatable(
  'surgery-benefits',
  {
    en: () => import('./content/en.js').then((module) => module.benefitsEn),
    es: () => import('./content/es.js').then((module) => module.benefitsEs),
  },
);

const LAYOUTS = ['list', 'grid', 'compare'] as const;
const DEFAULT_LEVEL = 2;
// Ids end up in the space-separated `items` attribute, so they must be single words.
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const checkOverride = partial({
  heading: text,
  disclaimer: text,
  benefits: listOf(shape({ id: text, title: optional(text), text: optional(text), icon: optional(oneOf(...BENEFIT_IDS)) }), { min: 1 }),
  comparison: partial({
    caption: text,
    topic: text,
    open: text,
    minimal: text,
    rows: listOf(shape({ label: text, open: text, minimal: text }), { min: 1 }),
  }),
});

/** Validates a clinic's override and merges it onto the built-in content (see BenefitsOverride). */
function applyOverride(override: unknown, base: BenefitsContent): BenefitsContent {
  const { benefits, comparison, ...texts } = checkOverride(Array.isArray(override) ? { benefits: override } : override, '');
  const seen = new Set<string>();
  return {
    ...base,
    ...texts,
    comparison: { ...base.comparison, ...comparison },
    benefits:
      benefits?.map(({ id, ...fields }, index): Benefit => {
        const path = `benefits[${index}]`;
        if (!ID.test(id)) throw new ShapeError(`${path}.id`, 'lowercase letters, digits and dashes, like "short-stay"');
        if (seen.has(id)) throw new ShapeError(`${path}.id`, `unique ("${id}" is used twice)`);
        seen.add(id);
        const builtIn = base.benefits.find((benefit) => benefit.id === id);
        // A built-in id may change only some fields; a new id needs its own title and text.
        return builtIn ? { ...builtIn, ...(fields as Partial<Benefit>) } : { ...fields, id, title: text(fields.title, `${path}.title`), text: text(fields.text, `${path}.text`) };
      }) ?? base.benefits,
  };
}

/**
 * Colours, radius and spacing follow the shared `--spine-*` custom properties (see the base element). An unknown id
 * in `items` is warned about and fires `content-error` with `reason: 'unknown-id'`, `source: 'attribute'`.
 *
 * @summary What minimally invasive spine surgery offers compared with open surgery: six benefits as a list or a grid
 * of cards, or a side-by-side comparison table, in English or Spanish, with a "results vary" line.
 *
 * Every layout also shows the other side ("Keep in mind": not everyone is a candidate, no surgery is sure to help,
 * the usual risks of surgery remain) and the pages the text rests on. With `reviewed-by` and `reviewed-on` it shows
 * "Medically reviewed by … on …".
 *
 * @tag surgery-benefits
 *
 * @slot heading - Replaces the heading text; put plain text or a `<span>` here (the widget provides the heading role and level).
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The heading.
 * @csspart list - The list of benefits (list and grid layouts).
 * @csspart item - One benefit.
 * @csspart icon - A benefit's icon.
 * @csspart item-title - A benefit's title.
 * @csspart item-text - A benefit's explanation.
 * @csspart table - The comparison table (compare layout).
 * @csspart caveats - The "Keep in mind" box: its heading and list.
 * @csspart sources - The "Sources" box: its heading and links.
 * @csspart disclaimer - The "results vary; ask your surgeon" line.
 * @csspart reviewed - The "Medically reviewed by … on …" line (with `reviewed-by` and `reviewed-on`).
 */
export class SurgeryBenefits extends SpineElement {
  static override styles = [...SpineElement.styles, reviewStyles, styles];

  /** How to show the benefits: `list` (default), `grid` (cards, 1 to 3 columns by the widget's own width) or `compare` (a table of open against minimally invasive surgery). */
  // Not reflected: a widget adds no attribute to its own tag (server-rendered pages would see a hydration mismatch).
  @property() layout: 'list' | 'grid' | 'compare' = 'list';

  /** Space-separated benefit ids to show, in this order, for example `"pain recovery blood-loss"`. Unknown ids are warned about and skipped. Built-in ids: pain, recovery, infection, complications, blood-loss, medication. Not used by the compare layout. */
  @property() items?: string;

  /** Replaces the heading text. */
  @property() heading?: string;

  /** The heading's level, 1 to 6 (default 2, as the block usually sits under the page's title); benefit titles sit one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = DEFAULT_LEVEL;

  /** Replaces the "results vary; ask your surgeon" line. */
  @property() disclaimer?: string;

  /**
   * The physician who reviewed this content for the clinic, for example `Richard Kim, M.D.`; shown with `reviewed-on`
   * as "Medically reviewed by Richard Kim, M.D. on November 1, 2026".
   */
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;

  /** The day of that review as an ISO date, `2026-11-01`; anything else is refused with a console error and no line. */
  @property({ attribute: 'reviewed-on' }) reviewedOn?: string;

  /** URL of JSON content (same shape as the `benefits` property): https, relative or same-origin. */
  @property() src?: string;

  /**
   * The clinic's own content, typed `BenefitsOverride`: a `Benefit[]` list, or `{ heading, disclaimer, benefits, comparison }`
   * with any of the keys. A list replaces the built-in benefits; an entry with a built-in id may give only what it changes.
   * Checked like JSON: content of the wrong shape is refused with a console error and `content-error`.
   */
  @property({ attribute: false }) benefits?: BenefitsOverride;

  private readonly content = new ContentController<BenefitsContent>(this, {
    builtIn: builtInContent,
    apply: applyOverride,
    property: () => this.benefits,
  });

  private readonly reviewLine = new ReviewController(this);
  private readonly warned = new Set<string>();
  private unknownIds: string[] = [];

  /** Warns once per message; `unknown-id` problems also fire `content-error` after the render. */
  private warnOnce(message: string, unknownId = false): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.log('warn', message);
    if (unknownId) this.unknownIds.push(message);
  }

  /** The benefits `items` asks for, in its order; every benefit when it names none that exist. */
  private chosen(all: Benefit[]): Benefit[] {
    const ids = this.items?.split(/\s+/).filter(Boolean) ?? [];
    const chosen = [...new Set(ids)].flatMap((id) => all.find((benefit) => benefit.id === id) ?? []);
    const unknown = ids.filter((id) => !all.some((benefit) => benefit.id === id));
    if (unknown.length) {
      this.warnOnce(
        `items: unknown id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} skipped. Valid ids: ${all.map((benefit) => benefit.id).join(', ')}.`,
        true,
      );
    }
    return chosen.length ? chosen : all;
  }

  override render() {
    const content = this.content.value;
    if (!content) return nothing; // Spanish is on its way
    let layout = this.layout;
    if (!LAYOUTS.includes(layout)) {
      this.warnOnce(`layout="${layout}" is not a layout; use list, grid or compare. Showing the list.`);
      layout = 'list';
    }
    let level = this.headingLevel;
    if (!(Number.isInteger(level) && level >= 1 && level <= 6)) {
      this.warnOnce(`heading-level="${this.getAttribute('heading-level')}" should be a whole number from 1 to 6. Using ${DEFAULT_LEVEL}.`);
      level = DEFAULT_LEVEL;
    }
    return html`<div part="base" class="base ${layout}">
      <div part="heading" class="heading" role="heading" aria-level=${level}>
        <slot name="heading">${this.heading?.trim() || content.heading}</slot>
      </div>
      ${layout === 'compare' ? this.renderTable(content.comparison) : this.renderList(content.benefits, Math.min(level + 1, 6))}
      ${this.renderBalance(content, Math.min(level + 1, 6))}
      <p part="disclaimer" class="disclaimer">${this.disclaimer?.trim() || content.disclaimer}</p>
      ${this.reviewLine.render(content.reviewed)}
    </div>`;
  }

  private renderList(benefits: Benefit[], level: number) {
    // role="list" keeps the list announced in Safari, which drops list semantics when list-style is none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="list" class="items" role="list">
      ${this.chosen(benefits).map(
        (benefit) => html`<li part="item" class="item">
          <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">
            ${icons[benefit.icon ?? (Object.hasOwn(icons, benefit.id) ? (benefit.id as BenefitId) : 'check')]}
          </svg>
          <div>
            <div part="item-title" class="title" role="heading" aria-level=${level}>${benefit.title}</div>
            <p part="item-text">${benefit.text}</p>
          </div>
        </li>`,
      )}
    </ul>`;
  }

  /** The other side of the benefits, and where the text comes from: shown with every layout. */
  private renderBalance(content: BenefitsContent, level: number) {
    return html`<div part="caveats" class="caveats">
        <div class="subheading" role="heading" aria-level=${level}>${content.caveatsHeading}</div>
        <ul>
          ${content.caveats.map((caveat) => html`<li>${caveat}</li>`)}
        </ul>
      </div>
      ${content.sources.length
        ? html`<div part="sources" class="sources">
            <div class="subheading" role="heading" aria-level=${level}>${content.sourcesHeading}</div>
            <ul>
              ${content.sources.map((source) => html`<li><a href=${source.url}>${source.title}</a></li>`)}
            </ul>
          </div>`
        : nothing}`;
  }

  // The explicit roles keep the table's semantics when narrow widths restyle its rows as blocks (browsers drop
  // them on display changes). The aria-hidden labels repeat the column headers visibly in that stacked form.
  private renderTable(comparison: Comparison) {
    return html`<table part="table" role="table">
      <caption>
        ${comparison.caption}
      </caption>
      <thead>
        <tr role="row">
          <th scope="col" role="columnheader"><span class="visually-hidden">${comparison.topic}</span></th>
          <th scope="col" role="columnheader">${comparison.open}</th>
          <th scope="col" role="columnheader">${comparison.minimal}</th>
        </tr>
      </thead>
      <tbody>
        ${comparison.rows.map(
          (row) => html`<tr role="row">
            <th scope="row" role="rowheader">${row.label}</th>
            <td role="cell"><span class="label" aria-hidden="true">${comparison.open}</span>${row.open}</td>
            <td role="cell"><span class="label" aria-hidden="true">${comparison.minimal}</span>${row.minimal}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override updated(): void {
    for (const message of this.unknownIds.splice(0)) {
      this.emit('content-error', { reason: 'unknown-id', source: 'attribute', message });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'surgery-benefits': SurgeryBenefits;
  }
}
