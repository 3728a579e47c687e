import type { Source } from '../../../shared/content-types.js';

/** The ids of the built-in benefits, in their default order. */
export const BENEFIT_IDS = ['pain', 'recovery', 'infection', 'complications', 'blood-loss', 'medication'] as const;
export type BenefitId = (typeof BENEFIT_IDS)[number];

/** One benefit of minimally invasive surgery. */
export interface Benefit {
  /** A built-in id, or the clinic's own (letters, digits and dashes) so `items` can name it. */
  id: string;
  /** A short title, for example "Less pain". */
  title: string;
  /** One or two plain sentences saying why. */
  text: string;
  /** Which built-in icon to draw; defaults to the icon of `id`, or a check mark for the clinic's own ids. */
  icon?: BenefitId;
}

/** One row of the comparison table: a topic, then open surgery against minimally invasive surgery. */
export interface ComparisonRow {
  label: string;
  open: string;
  minimal: string;
}

/** The comparison table shown by `layout="compare"`. */
export interface Comparison {
  caption: string;
  /** Header of the first column (the row topics); read by screen readers, not shown. */
  topic: string;
  /** Header of the open surgery column. */
  open: string;
  /** Header of the minimally invasive column. */
  minimal: string;
  rows: ComparisonRow[];
}

/** Everything the widget says. */
export interface BenefitsContent {
  /** ISO date (YYYY-MM-DD) the built-in text was last checked against its sources. */
  checkedOn: string;
  /** Names "minimally invasive" and says what it means, for example "Minimally invasive surgery: surgery through small cuts". */
  heading: string;
  benefits: Benefit[];
  comparison: Comparison;
  /** Heading of the balance list, for example "Keep in mind". */
  caveatsHeading: string;
  /**
   * The other side, always shown with every layout: not everyone is a candidate, no surgery is sure to help,
   * minimally invasive surgery still has the usual risks of surgery.
   */
  caveats: string[];
  /** Heading of the source links. */
  sourcesHeading: string;
  /** The pages the text rests on (specific pages, "Publisher: Page title"). */
  sources: Source[];
  /** The "results vary; ask your surgeon" line. */
  disclaimer: string;
  /** The medical review line shown with `reviewed-by` and `reviewed-on`: `{name}` and `{date}` are filled in. */
  reviewed: string;
}

/**
 * What a clinic may pass (property, JSON child or `src`): a list of benefits, or an object with any of the keys.
 * A benefits list replaces the built-in one; an entry with a built-in id may give only the fields it changes.
 */
export type BenefitsOverride =
  | Array<Partial<Benefit> & { id: string }>
  | {
      heading?: string;
      disclaimer?: string;
      benefits?: Array<Partial<Benefit> & { id: string }>;
      comparison?: Partial<Comparison>;
    };
