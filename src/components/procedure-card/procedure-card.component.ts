import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { IdReference, MedicalCondition, MedicalProcedure, MedicalProcedureType, MedicalWebPage, WithContext } from 'schema-dts';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { ReviewController, reviewStyles } from '../../shared/review.js';
import { translatable } from '../../shared/translations.js';
import { isSafeUrl } from '../../shared/safe-url.js';
import { writeJsonScript } from '../../shared/trusted-json.js';
import { ContentProblem, listOf, oneOf, optional, partial, shape, ShapeError, text, webUrl } from '../../shared/validate.js';
import { PROCEDURE_IDS, type Labels, type Procedure, type ProcedureContent, type ProcedureId, type ProcedureType } from './content/types.js';
import { styles } from './procedure-card.styles.js';

export { PROCEDURE_IDS };
export type { Labels, Procedure, ProcedureId, ProcedureKind, ProcedureType, Source } from './content/types.js';

const builtInContent = translatable(
  'procedure-card',
  {
    en: () => import('./content/en.js').then((m) => m.content),
    es: () => import('./content/es.js').then((m) => m.content),
  },
  ['kind', 'procedureType'],
);

const fields = {
  id: text,
  name: text,
  alternateName: optional(text),
  summary: text,
  kind: oneOf('diagnostic', 'treatment', 'both'),
  procedureType: optional(oneOf('Surgical', 'Percutaneous', 'Noninvasive')),
  bodyLocation: optional(text),
  conditions: listOf(text),
  // Who it may help and its risks are what a patient page must never leave out: required, never empty.
  whoItMayHelp: listOf(text, { min: 1 }),
  how: listOf(text, { min: 1 }),
  expect: listOf(text, { min: 1 }),
  risks: listOf(text, { min: 1 }),
  tellYourDoctor: optional(listOf(text)),
  sources: listOf(shape({ title: text, url: webUrl })),
};

const REQUIRED = 'every procedure says who it may help ("whoItMayHelp") and its risks ("risks"), each a list of at least one text';

// schema.org's SurgicalProcedure is both a type and a MedicalProcedureType value; schema-dts types it only as the
// former, so it is referenced by its IRI.
const PROCEDURE_TYPES: Record<ProcedureType, MedicalProcedureType | IdReference> = {
  Surgical: { '@id': 'https://schema.org/SurgicalProcedure' },
  Percutaneous: 'https://schema.org/PercutaneousProcedure',
  Noninvasive: 'https://schema.org/NoninvasiveProcedure',
};
const fullProcedure = shape(fields);
const partialProcedure = partial(fields);

interface CardContent extends ProcedureContent {
  /** The procedure to show; undefined for an unknown id. */
  procedure?: Procedure;
}

const isBuiltIn = (content: ProcedureContent, id: string | undefined): id is ProcedureId =>
  id !== undefined && Object.hasOwn(content.procedures, id);

/**
 * @summary An accurate, plain-language card about one spine procedure, in English or Spanish, with schema.org
 * JSON-LD for search engines.
 *
 * Every procedure says who it may help and what its risks are: a clinic's procedure (JSON child, `src` or the
 * `procedure` property) without a non-empty `whoItMayHelp` and `risks` is refused with `content-error`. The full card
 * follows the order of a good patient page: who it may help, risks, what to tell your doctor first, how it is done,
 * what to expect, sources. With `reviewed-by` and `reviewed-on` it shows "Medically reviewed by … on …" and adds the
 * review to its JSON-LD (a schema.org `MedicalWebPage` about the `MedicalProcedure`).
 *
 * @tag procedure-card
 *
 * @slot - The clinic's own words, shown under the summary.
 * @slot media - An image or video, shown at the top of the card.
 * @slot actions - Calls to action such as a `<consult-button>`, shown under the content.
 *
 * @csspart card - The card's outer box (an `<article>`).
 * @csspart heading - The procedure's name.
 * @csspart tag - The "Finds the cause" / "Treats pain" tag.
 * @csspart alternate-name - The "Also called" line.
 * @csspart summary - The one-sentence summary.
 * @csspart conditions - The "Used for" line.
 * @csspart section - Every disclosure section (a `<details>`); each also has `section-who`, `section-risks`,
 * `section-tell`, `section-how`, `section-expect` or `section-sources`.
 * @csspart link - The "Learn more" link.
 * @csspart disclaimer - The medical disclaimer line.
 * @csspart reviewed - The "Medically reviewed by … on …" line (with `reviewed-by` and `reviewed-on`).
 *
 * @cssprop --spine-color-brand - Link colour (and `--spine-color-brand-dark` in dark mode).
 * @cssprop --spine-color-surface - Card background.
 * @cssprop --spine-color-surface-alt - Tag background.
 * @cssprop --spine-color-border - Card and section borders.
 * @cssprop --spine-radius - Corner radius.
 * @cssprop --spine-space - Padding unit.
 *
 * @fires {CustomEvent<ContentErrorDetail>} content-error - A clinic's content was refused (bad JSON, wrong shape, failed `src`) or the `procedure`
 * id is unknown (`reason: 'unknown-id'`, with a console warning listing the valid ids).
 */
export class ProcedureCard extends SpineElement {
  static override styles = [...SpineElement.styles, styles, reviewStyles];

  /**
   * Attribute: the id of a built-in procedure (`epidural-steroid-injection`, `facet-joint-injection`,
   * `medial-branch-block`, `radiofrequency-neurotomy`, `discectomy`, `kyphoplasty`, `spinal-cord-stimulation`), or
   * the id of a custom procedure given as JSON. Property: also accepts a whole `Procedure` object, which is validated
   * and shown instead (a partial object with a built-in id is merged onto that procedure).
   */
  @property() procedure?: string | Procedure;

  /** A URL of JSON content (a partial or custom `Procedure`), fetched without cookies. */
  @property() src?: string;

  /** Replaces the procedure's name in the heading. */
  @property() heading?: string;

  /** Replaces the one-sentence summary. */
  @property() summary?: string;

  /** The heading level of the name, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Opens every section. */
  @property({ type: Boolean }) expanded = false;

  /** `compact` shows only the name, the summary and a "Learn more" link to `href`. */
  // Not reflected: a widget adds no attribute to its own tag (server-rendered pages would see a hydration mismatch).
  @property() variant: 'full' | 'compact' = 'full';

  /** Where "Learn more" leads: an https, relative or same-origin URL. Without it there is no link. */
  @property() href?: string;

  /** Replaces the medical disclaimer line. */
  @property() disclaimer?: string;

  /** Hides the medical disclaimer line. */
  @property({ attribute: 'no-disclaimer', type: Boolean }) noDisclaimer = false;

  /** Turns off the schema.org JSON-LD the card writes into its light DOM. */
  @property({ attribute: 'no-structured-data', type: Boolean }) noStructuredData = false;

  /**
   * The physician who reviewed this content for the clinic, for example `Richard Kim, M.D.`. With `reviewed-on`, the
   * card shows "Medically reviewed by Richard Kim, M.D. on November 1, 2026" and its JSON-LD gains `reviewedBy`.
   */
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;

  /**
   * The day of that review as an ISO date, `2026-11-01`, shown in the card's language and written to the JSON-LD as
   * `lastReviewed`. Anything else is refused with a console error and no review line.
   */
  @property({ attribute: 'reviewed-on' }) reviewedOn?: string;

  private readonly reviewLine = new ReviewController(this);

  private readonly content = new ContentController<CardContent>(this, {
    builtIn: (language) => {
      const pick = (content: ProcedureContent): CardContent => ({
        ...content,
        procedure: isBuiltIn(content, this.procedureId) ? content.procedures[this.procedureId] : undefined,
      });
      const loaded = builtInContent(language);
      return loaded instanceof Promise ? loaded.then(pick) : pick(loaded);
    },
    apply: (override, base) => {
      let patch: Partial<Procedure>;
      try {
        patch = partialProcedure(override, '');
      } catch (error) {
        // A change to a built-in procedure may not empty the two parts a patient page must always have.
        if (error instanceof ShapeError && /^(whoItMayHelp|risks)\b/.test(error.path)) throw new ContentProblem('invalid-shape', `${error.message}: ${REQUIRED}`);
        throw error;
      }
      const id = patch.id ?? this.procedureId;
      if (isBuiltIn(base, id)) return { ...base, procedure: { ...base.procedures[id], ...patch } };
      try {
        return { ...base, procedure: fullProcedure({ ...(override as object), id }, '') };
      } catch (error) {
        throw new ContentProblem(
          'invalid-shape',
          `a custom procedure needs every field (${REQUIRED}): ${(error as Error).message}. To change a built-in one, give its "id": ${PROCEDURE_IDS.join(', ')}`,
        );
      }
    },
    property: () => (typeof this.procedure === 'object' ? this.procedure : undefined),
    dependencies: () => [this.procedureId],
  });

  /** What the card shows after attribute overrides; the JSON-LD describes exactly this. */
  private shown?: Procedure;
  private ld?: HTMLScriptElement;
  private reported?: string;

  private get procedureId(): string | undefined {
    return typeof this.procedure === 'string' ? this.procedure.trim() : undefined;
  }

  private get level(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.log('warn', `heading-level="${this.getAttribute('heading-level')}" is not 1 to 6; using 3.`);
    }
    if (changed.has('href') && this.href && !isSafeUrl(this.href)) {
      this.log('warn', `href="${this.href}" was refused: use an https, relative or same-origin URL.`);
    }
  }

  override render() {
    const value = this.content.value;
    const found = value?.procedure;
    this.shown = found && { ...found, name: this.heading?.trim() || found.name, summary: this.summary?.trim() || found.summary };
    if (!this.shown) return nothing;
    const p = this.shown;
    const labels = value!.labels;
    const full = this.variant !== 'compact';
    const href = isSafeUrl(this.href) ? this.href : undefined;

    return html`<article part="card" aria-labelledby="heading">
      <slot name="media"></slot>
      <div class="body">
        <div part="heading" id="heading" role="heading" aria-level=${this.level}>${p.name}</div>
        ${full
          ? html`<span part="tag">${labels.kinds[p.kind]}</span>
              ${p.alternateName ? html`<p part="alternate-name">${labels.alsoCalled} ${p.alternateName}</p>` : nothing}`
          : nothing}
        <p part="summary">${p.summary}</p>
        ${full && p.conditions.length ? html`<p part="conditions"><strong>${labels.usedFor}</strong> ${p.conditions.join('; ')}</p>` : nothing}
        <slot></slot>
        ${full ? this.sections(p, labels) : nothing}
        ${href
          ? html`<a part="link" href=${href}>${labels.learnMore}<span class="visually-hidden">${` ${labels.about} ${p.name}`}</span></a>`
          : nothing}
        <slot name="actions"></slot>
        ${this.noDisclaimer ? nothing : html`<p part="disclaimer">${this.disclaimer?.trim() || labels.disclaimer}</p>`}
        ${this.reviewLine.render(labels.reviewed)}
      </div>
    </article>`;
  }

  private sections(p: Procedure, labels: Labels) {
    const list = (items: string[]) => html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
    // Native <details>: opens and closes with mouse, Enter and Space, and is announced as expandable.
    const section = (name: string, title: string, body: TemplateResult) =>
      html`<details part="section section-${name}" ?open=${this.expanded}>
        <summary>${title}</summary>
        ${body}
      </details>`;
    // The order of a good patient page (Mayo Clinic's, for one): why it is done and for whom, its risks, how to
    // prepare, then how it is done and what to expect; the sources close the card.
    return html`${section('who', labels.whoItMayHelp, list(p.whoItMayHelp))} ${section('risks', labels.risks, list(p.risks))}
    ${p.tellYourDoctor?.length ? section('tell', labels.tellYourDoctor, list(p.tellYourDoctor)) : nothing}
    ${section('how', labels.how, list(p.how))} ${section('expect', labels.expect, list(p.expect))}
    ${p.sources.length
      ? section('sources', labels.sources, html`<ul>
          ${p.sources.map((source) => html`<li><a href=${source.url}>${source.title}</a></li>`)}
        </ul>`)
      : nothing}`;
  }

  override updated(): void {
    this.writeStructuredData();
    this.reportUnknown();
  }

  /**
   * The schema.org MedicalWebPage (about a MedicalProcedure) describing what the card shows, as JSON safe inside a <script>, or undefined
   * when it writes none. src/prerender writes the same text into pre-rendered pages, which the card then adopts.
   * @internal
   */
  structuredData(): string | undefined {
    const p = this.shown;
    if (!p || this.noStructuredData) return undefined;
    const procedure: MedicalProcedure = {
      '@type': 'MedicalProcedure',
      name: p.name,
      alternateName: p.alternateName,
      description: p.summary,
      procedureType: p.procedureType && PROCEDURE_TYPES[p.procedureType],
      bodyLocation: p.bodyLocation,
      howPerformed: p.how.join(' '),
      preparation: p.tellYourDoctor?.length ? p.tellYourDoctor.join(' ') : undefined,
      followup: p.expect.join(' '),
    };
    const conditions = p.conditions.map((name): MedicalCondition => ({ '@type': 'MedicalCondition', name }));
    const review = this.reviewLine.review;
    // A page about the procedure: `about` is the procedure, the conditions it is used for are `mentions` (schema.org's
    // MedicalCondition.possibleTreatment expects a MedicalTherapy, which a diagnostic procedure is not).
    const data: WithContext<MedicalWebPage> = {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: p.name,
      description: p.summary,
      inLanguage: this.language,
      about: procedure,
      mentions: conditions.length ? conditions : undefined,
      citation: p.sources.length ? p.sources.map((source) => ({ '@type': 'WebPage' as const, name: source.title, url: source.url })) : undefined,
      reviewedBy: review && { '@type': 'Person', name: review.name },
      lastReviewed: review?.date,
    };
    // "<" escaped, so no text (say "</script>") can end the script when the page is serialised.
    return JSON.stringify(data).replace(/</g, '\\u003c');
  }

  /** Keeps a schema.org MedicalProcedure in the light DOM, where search engines read it, in step with the card. */
  private writeStructuredData(): void {
    const json = this.structuredData();
    if (json === undefined) {
      this.ld?.remove();
      return;
    }
    // A pre-rendered page already holds the script (src/prerender): adopt it rather than add a second one.
    this.ld ??= this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ?? undefined;
    const script = (this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' }));
    // Writing only on change keeps the content controller's child observer from re-rendering in a loop.
    // A page whose Trusted Types list refuses our policy gets no structured data rather than an error.
    if (script.textContent !== json && !writeJsonScript(script, json)) return;
    if (script.parentNode !== this) this.append(script);
  }

  /** An unknown or missing id: nothing is shown, so say why, once per id. */
  private reportUnknown(): void {
    if (this.shown) this.reported = undefined;
    // A src or a property object reports its own problems; while the page is parsing, a JSON child may still come.
    if (this.shown || !this.content.value || this.src || typeof this.procedure === 'object') return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
      return;
    }
    const id = this.procedureId ?? '';
    if (this.reported === id) return;
    this.reported = id;
    const message = `${id ? `procedure="${id}" is not a built-in procedure` : 'no procedure is set'}. Use one of: ${PROCEDURE_IDS.join(', ')}; or give a custom procedure as JSON with every field.`;
    this.log('warn', message);
    this.emit('content-error', { reason: 'unknown-id', source: 'attribute', message });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-card': ProcedureCard;
  }
}
