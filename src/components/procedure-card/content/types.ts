import type { Source } from '../../../shared/content-types.js';

/** The ids of the built-in procedures. */
export const PROCEDURE_IDS = [
  'epidural-steroid-injection',
  'facet-joint-injection',
  'medial-branch-block',
  'radiofrequency-neurotomy',
  'discectomy',
  'kyphoplasty',
  'spinal-cord-stimulation',
] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

/** Whether a procedure finds the source of pain, treats it, or both. */
export type ProcedureKind = 'diagnostic' | 'treatment' | 'both';

/** schema.org MedicalProcedureType, without its `Procedure` suffix. */
export type ProcedureType = 'Surgical' | 'Percutaneous' | 'Noninvasive';

/** Re-exported so existing imports of `Source` from here keep working; the type lives in src/shared/content-types.ts. */
export type { Source };

/**
 * One procedure, built in or the clinic's own. Each list item renders as one bullet; every text renders as text,
 * never HTML.
 */
export interface Procedure {
  /** A built-in id, or a new id for a custom procedure. */
  id: string;
  name: string;
  /** A common other name, such as "Radiofrequency ablation". */
  alternateName?: string;
  /** One sentence, always visible. */
  summary: string;
  kind: ProcedureKind;
  /** For search engines (schema.org procedureType). */
  procedureType?: ProcedureType;
  /** Where in the body, for search engines (schema.org bodyLocation). */
  bodyLocation?: string;
  /** Conditions it is used for (may be empty). */
  conditions: string[];
  /**
   * Required, at least one item: who it may help, when it is usually considered (for example after some weeks of
   * other care), and who it is not for.
   */
  whoItMayHelp: string[];
  /** How it is done. */
  how: string[];
  /** What to expect: time, anesthesia, going home, recovery, how long relief may last. */
  expect: string[];
  /** Required, at least one item: the common side effects and the serious risks a reputable page names. */
  risks: string[];
  /** What to tell the doctor beforehand (blood thinners, diabetes, infection, pregnancy, allergies), where sources list it. */
  tellYourDoctor?: string[];
  sources: Source[];
}

/** The card's own words, per language. */
export interface Labels {
  how: string;
  expect: string;
  risks: string;
  sources: string;
  /** Heading of the "who it may help" section. */
  whoItMayHelp: string;
  /** Heading of the "tell your doctor first" section. */
  tellYourDoctor: string;
  usedFor: string;
  alsoCalled: string;
  kinds: Record<ProcedureKind, string>;
  learnMore: string;
  /** Joins "Learn more" to the procedure name for screen readers: "Learn more about Discectomy". */
  about: string;
  disclaimer: string;
  /** The medical review line shown with `reviewed-by` and `reviewed-on`: `{name}` and `{date}` are filled in. */
  reviewed: string;
}

/** Everything one language ships. */
export interface ProcedureContent {
  /** ISO date (YYYY-MM-DD) the built-in text was last checked against its sources. */
  checkedOn: string;
  labels: Labels;
  procedures: Record<ProcedureId, Procedure>;
}
