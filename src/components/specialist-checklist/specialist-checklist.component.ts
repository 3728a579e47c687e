import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { ReviewController, reviewStyles } from '../../shared/review.js';
import { translatable } from '../../shared/translations.js';
import { ContentProblem, ShapeError, listOf, optional, partial, shape, text, type Check } from '../../shared/validate.js';
import type { ChecklistContent, ChecklistItem } from './content/types.js';
import { styles } from './specialist-checklist.styles.js';

export type { ChecklistContent, ChecklistItem };

/** Detail of `checklist-change`: the checked ids in list order, how many questions there are, and whether enough are checked. */
export interface ChecklistChangeDetail {
  checked: string[];
  total: number;
  complete: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'specialist-checklist': SpecialistChecklist;
  }
}

/** A clinic's question: `question` may be left out to reuse a built-in question (in the page's language) by its id. */
export type ChecklistItemOverride = { id: string; question?: string; tip?: string };

const builtInContent = translatable(
  'specialist-checklist',
  {
    en: () => import('./content/en.js').then((m) => m.en),
    es: () => import('./content/es.js').then((m) => m.es),
  },
);

// Ids end up in element ids (aria-labelledby) and in storage, so they are kept to a safe alphabet.
const id: Check<string> = (value, path) => {
  if (!/^[a-z0-9][\w-]*$/i.test(text(value, path))) throw new ShapeError(path, 'an id of letters, digits, "-" or "_"');
  return value as string;
};
const checkOverride = partial({
  heading: text,
  intro: text,
  items: listOf(shape({ id, question: optional(text), tip: optional(text) }), { min: 1 }),
  progress: text,
  complete: text,
  clear: text,
  print: text,
});

/** Validates a clinic's override (an object, or just the list of questions) and merges it onto the built-in content. */
function applyOverride(override: unknown, base: ChecklistContent): ChecklistContent {
  const checked = checkOverride(Array.isArray(override) ? { items: override } : override, '');
  const items = checked.items?.map((item, i): ChecklistItem => {
    if (checked.items!.findIndex((other) => other.id === item.id) !== i) {
      throw new ShapeError(`items[${i}].id`, `unique, but "${item.id}" is used twice`);
    }
    if (item.question) return item as ChecklistItem;
    const builtIn = base.items.find((b) => b.id === item.id);
    if (!builtIn) {
      throw new ContentProblem(
        'unknown-id',
        `items[${i}] has no question and "${item.id}" is not a built-in question (${base.items.map((b) => b.id).join(', ')})`,
      );
    }
    return { ...builtIn, ...item } as ChecklistItem;
  });
  return { ...base, ...checked, items: items ?? base.items };
}

let printSheet: CSSStyleSheet | undefined;

/**
 * @summary The seven questions worth asking before choosing a spine specialist, as a checklist a patient can tick,
 * keep and print.
 *
 * @tag specialist-checklist
 *
 * A clinic overrides the content with the `heading` attribute, the `items` property, a `src` JSON URL or a child
 * `<script type="application/json">`: an object with any of `heading`, `intro`, `items`, `progress` (with `{checked}`
 * and `{total}`), `complete`, `clear` and `print`, or just the `items` list. With `reviewed-by` and `reviewed-on` it
 * shows "Medically reviewed by … on …".
 *
 * @slot complete - Shown with the completion message once enough questions are checked, for example a `<consult-button>`.
 * Style a slotted element's own descendants for the dark theme yourself (`::slotted()` reaches only the slotted
 * element): put the link itself in the slot (`<a slot="complete">`), or give nested links a colour that reads on the
 * widget's dark surface.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The heading.
 * @csspart list - The list of questions.
 * @csspart item - One question's row (its label is the click target).
 * @csspart checkbox - A question's checkbox.
 * @csspart question - A question's text.
 * @csspart tip - A question's tip on how to find the answer.
 * @csspart progress - The progress text, such as "3 of 7 checked".
 * @csspart progress-bar - The native `<progress>` bar.
 * @csspart complete - The completion message and the `complete` slot.
 * @csspart actions - The box around the Clear and Print buttons.
 * @csspart clear-button - The Clear button.
 * @csspart print-button - The Print button.
 * @csspart reviewed - The "Medically reviewed by … on …" line (with `reviewed-by` and `reviewed-on`).
 *
 * @cssprop --spine-color-brand - Checkbox, progress bar and button colour (`--spine-color-brand-dark` in dark mode).
 * @cssprop --spine-color-surface-alt - Background of a checked row and of the progress track.
 * @cssprop --spine-color-success - Border of the completion message.
 * @cssprop --spine-radius - Corner radius of rows, buttons and the completion message.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} checklist-change - A question was checked or unchecked, or the list was cleared. Detail:
 *   `{ checked: string[], total: number, complete: boolean }` (ids in list order).
 * @fires {CustomEvent<ContentErrorDetail>} content-error - The clinic's content, `threshold` or `checked` ids were refused. Detail: `{ reason, source, message }`.
 */
export class SpecialistChecklist extends SpineElement {
  static override styles = [...SpineElement.styles, reviewStyles, styles];

  /** URL of a JSON file with the clinic's content (same shape as the JSON child). */
  @property() src?: string;

  /** Replaces the heading text. */
  @property() heading?: string;

  /**
   * The physician who reviewed this content for the clinic, for example `Richard Kim, M.D.`; shown with `reviewed-on`
   * as "Medically reviewed by Richard Kim, M.D. on November 1, 2026".
   */
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;

  /** The day of that review as an ISO date, `2026-11-01`; anything else is refused with a console error and no line. */
  @property({ attribute: 'reviewed-on' }) reviewedOn?: string;

  /** The heading's level, 1 to 6 (default 2), so the checklist fits the page's outline like the other widgets. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How many checked questions count as complete (1 to the number of questions). Default: all of them. */
  @property({ type: Number }) threshold?: number;

  /**
   * Opt-in: keeps the ticks in this browser's localStorage under `spine-widgets:checklist:<value>` and restores them
   * on the next visit. Only question ids are stored. Give each checklist on a site its own value.
   */
  @property() persist?: string;

  /** The clinic's own questions (`{ id, question?, tip? }`); an item with only an `id` reuses a built-in question. */
  @property({ attribute: false }) items?: ChecklistItemOverride[];

  /** Ids of the checked questions. Setting it does not fire `checklist-change`. */
  @property({ attribute: false }) checked: string[] = [];

  /** What the polite live region says; empty until the visitor changes something, so nothing is read on load. */
  @state() private announcement = '';

  private readonly content = new ContentController<ChecklistContent>(this, {
    builtIn: builtInContent,
    apply: applyOverride,
    property: () => this.items,
  });

  private readonly reviewLine = new ReviewController(this);
  private restoredFrom?: string;
  private storageWarned = false;

  private get level(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.log('warn', `heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not a whole number from 1 to 6; using 2.`);
    }
  }

  private get storageKey(): string {
    return `spine-widgets:checklist:${this.persist || 'default'}`;
  }

  private get enough(): number {
    const total = this.content.value!.items.length;
    const t = this.threshold;
    return t !== undefined && Number.isInteger(t) && t >= 1 && t <= total ? t : total;
  }

  // Runs after the content controller resolved this update's content and before rendering, so the ticks are
  // restored and checked against the questions without a second render.
  protected override update(changed: PropertyValues<this>): void {
    const items = this.content.value?.items;
    if (items) {
      const ids = items.map((item) => item.id);
      // A pre-rendered list hydrates first as the server rendered it (nothing ticked); the stored ticks come next update.
      if (this.persist != null && !this.isHydrating && this.restoredFrom !== `${this.storageKey}|${ids}`) {
        this.restoredFrom = `${this.storageKey}|${ids}`;
        this.checked = this.restore(ids);
      }
      const known = this.checked.filter((c, i) => ids.includes(c) && this.checked.indexOf(c) === i);
      if (known.length !== this.checked.length) {
        if (changed.has('checked')) {
          this.content.report('unknown-id', 'property', `checked lists ids that are not questions here; use ${ids.join(', ')}.`);
        }
        this.checked = known;
      }
      const t = this.threshold;
      if (t !== undefined && this.enough !== t) {
        this.content.report(
          'invalid-shape',
          'attribute',
          `threshold="${this.getAttribute('threshold') ?? t}" should be a whole number from 1 to ${ids.length}; all questions must be checked instead.`,
        );
      }
    }
    super.update(changed);
  }

  private restore(ids: string[]): string[] {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.storageKey);
    } catch (error) {
      this.warnStorage(`could not read saved ticks (${(error as Error).message}); starting empty.`);
      return [];
    }
    if (raw === null) return this.checked;
    try {
      const saved = JSON.parse(raw) as { items?: unknown; checked?: unknown };
      const list = saved.items;
      const ticks = saved.checked;
      if (
        Array.isArray(list) &&
        Array.isArray(ticks) &&
        [...list].sort().join() === [...ids].sort().join() &&
        ticks.every((t) => ids.includes(t as string))
      ) {
        return ticks as string[];
      }
    } catch {
      // Not JSON: handled below like any other unusable data.
    }
    this.warnStorage(`the ticks saved under "${this.storageKey}" are damaged or from another list of questions; starting empty.`);
    return [];
  }

  /** One storage message per element is enough: private browsing or a full quota is the browser's state, not a bug. */
  private warnStorage(message: string): void {
    if (!this.storageWarned) this.log('warn', message);
    this.storageWarned = true;
  }

  private store(write: (storage: Storage) => void): void {
    if (this.persist == null) return;
    try {
      write(localStorage);
    } catch (error) {
      this.warnStorage(`could not save the ticks (${(error as Error).message}); they last until the page is closed.`);
    }
  }

  private state(checked: string[]): ChecklistChangeDetail {
    const items = this.content.value!.items;
    const ids = items.filter((item) => checked.includes(item.id)).map((item) => item.id);
    return { checked: ids, total: items.length, complete: ids.length >= this.enough };
  }

  private changed(checked: string[]): void {
    const detail = this.state(checked);
    const content = this.content.value!;
    this.checked = detail.checked;
    this.store((storage) =>
      detail.checked.length
        ? storage.setItem(this.storageKey, JSON.stringify({ items: content.items.map((item) => item.id), checked: detail.checked }))
        : storage.removeItem(this.storageKey),
    );
    this.announcement = `${this.progressText(detail)}${detail.complete ? ` ${content.complete}` : ''}`;
    this.emit('checklist-change', detail);
  }

  private progressText({ checked, total }: ChecklistChangeDetail): string {
    // Numbers as the widget's language writes them (Arabic-Indic digits in Arabic, for example).
    return this.content.value!.progress.replace('{checked}', this.formatNumber(checked.length)).replace('{total}', this.formatNumber(total));
  }

  private onChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    this.changed(box.checked ? [...this.checked, box.value] : this.checked.filter((c) => c !== box.value));
  }

  private clear(): void {
    this.changed([]);
  }

  /** Prints just this checklist: while printing, a document-level sheet hides the rest of the page. */
  private print(): void {
    // A document-level rule cannot see into another component's shadow root: there, the whole page prints.
    if (this.getRootNode() === document && 'adoptedStyleSheets' in document) {
      if (!printSheet) {
        printSheet = new CSSStyleSheet();
        printSheet.replaceSync(
          '@media print { body *:not([data-spine-printing], [data-spine-printing] *, :has([data-spine-printing])) { display: none !important; } }',
        );
      }
      const sheet = printSheet;
      this.setAttribute('data-spine-printing', '');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      window.addEventListener(
        'afterprint',
        () => {
          this.removeAttribute('data-spine-printing');
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        },
        { once: true },
      );
    }
    window.print();
  }

  override render() {
    const content = this.content.value;
    if (!content) return nothing; // a language on its way
    const detail = this.state(this.checked);
    return html`<section part="base" aria-labelledby="heading">
      <div id="heading" part="heading" role="heading" aria-level=${this.level}>${this.heading || content.heading}</div>
      <p class="intro">${content.intro}</p>
      <ul part="list">
        ${content.items.map(
          (item) =>
            html`<li>
              <label part="item">
                <input
                  type="checkbox"
                  part="checkbox"
                  value=${item.id}
                  .checked=${detail.checked.includes(item.id)}
                  aria-labelledby="q-${item.id}"
                  aria-describedby=${item.tip ? `t-${item.id}` : nothing}
                  @change=${this.onChange}
                />
                <span>
                  <span id="q-${item.id}" class="question" part="question">${item.question}</span>
                  ${item.tip ? html`<span id="t-${item.id}" class="tip" part="tip">${item.tip}</span>` : nothing}
                </span>
              </label>
            </li>`,
        )}
      </ul>
      <p id="progress" part="progress">${this.progressText(detail)}</p>
      <progress part="progress-bar" max=${detail.total} .value=${detail.checked.length} aria-labelledby="progress"></progress>
      <div class="complete" part="complete" ?hidden=${!detail.complete}>
        <p>${content.complete}</p>
        <slot name="complete"></slot>
      </div>
      <div class="actions" part="actions">
        <button type="button" part="clear-button" @click=${this.clear}>${content.clear}</button>
        <button type="button" part="print-button" @click=${this.print}>${content.print}</button>
      </div>
      ${this.reviewLine.render(content.reviewed)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
