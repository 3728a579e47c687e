import { css, html, nothing, type ReactiveController } from 'lit';
import type { SpineElement } from './base-element.js';

/** A medical review that is shown: who reviewed the content, and the calendar day (ISO `YYYY-MM-DD`). */
export interface Review {
  name: string;
  date: string;
}

/** The attributes a reviewed widget declares (`reviewed-by`, `reviewed-on`). */
export type ReviewHost = SpineElement & { reviewedBy?: string | null; reviewedOn?: string | null };

/**
 * An ISO calendar date (`YYYY-MM-DD`) as UTC midnight, or undefined when it is not a real day (2026-02-30).
 * Read as a calendar date, not an instant, so no time zone can move it to the day before.
 */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** "November 1, 2026" / "1 de noviembre de 2026": the date in the given language, in UTC so the day stays the day. */
export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The `reviewed-by` / `reviewed-on` behaviour shared by the content widgets: checks the two attributes, reports a
 * problem once (console error naming the attribute and the fix), and renders the "Medically reviewed by … on …"
 * line. Both attributes are needed: a name without a date (or a date without a name) says too little to show.
 */
export class ReviewController implements ReactiveController {
  /** The review to show and to put in structured data; undefined when unset or refused. */
  review?: Review;
  private reported = new Set<string>();

  constructor(private readonly host: ReviewHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const name = this.host.reviewedBy?.trim() || '';
    const on = this.host.reviewedOn?.trim() || '';
    this.review = undefined;
    if (!name && !on) return;
    if (!on) return this.report(`reviewed-by="${name}" needs reviewed-on, the day of the review as an ISO date like reviewed-on="2026-11-01"; no review line is shown.`);
    const date = parseIsoDate(on);
    if (!date) {
      return this.report(`reviewed-on="${on}" is not a date: use an ISO date like reviewed-on="2026-11-01" (year-month-day); no review line is shown.`);
    }
    if (!name) return this.report(`reviewed-on="${on}" needs reviewed-by, the reviewer's name like reviewed-by="Richard Kim, M.D."; no review line is shown.`);
    this.review = { name, date: date.toISOString().slice(0, 10) };
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.host.log('error', message);
  }

  /**
   * The visible review line, or nothing. `template` holds `{name}` and `{date}` ("Medically reviewed by {name} on
   * {date}"); the date is written in the widget's language.
   */
  render(template: string) {
    const review = this.review;
    if (!review) return nothing;
    const date = formatDate(parseIsoDate(review.date)!, this.host.language);
    // One pass, so a name that happens to contain "{date}" stays as written.
    const line = template.replace(/\{(name|date)\}/g, (_, key: string) => (key === 'name' ? review.name : date));
    return html`<p part="reviewed" class="reviewed">${line}</p>`;
  }
}

/** The review line's look, the same in every widget: quiet, like the disclaimer. */
export const reviewStyles = css`
  .reviewed {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
