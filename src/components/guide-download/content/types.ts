import type { LeadFormTexts } from '../../../shared/lead-form-texts.js';

/** Every text `<guide-download>` shows. A clinic may override any of them (see the `texts` property). */
export interface GuideTexts extends LeadFormTexts {
  /** The download link's text (the `label` attribute overrides it). Screen readers also hear the guide's heading. */
  download: string;
  /** Gated mode: the button that shows the short form. */
  get: string;
  /** Gated mode: the line above the form. */
  intro: string;
  /** "18 pages": `{n}` is the number, written the way the page's language writes numbers. */
  pages: { one: string; other: string };
  /** Shown above the download link once the clinic has the request; focus then moves to the link. */
  success: string;
  /** Shown when the form itself could not load; the clinic's own child link follows when there is one. */
  unavailable: string;
}
