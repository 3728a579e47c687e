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

/** A public page a procedure's text rests on. */
export interface Source {
  title: string;
  /** An absolute http(s) URL. */
  url: string;
}

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
  /** How it is done. */
  how: string[];
  /** What to expect: time, anesthesia, going home, recovery, how long relief may last. */
  expect: string[];
  /** Common risks; when empty the card asks the reader to talk to their doctor about risks. */
  risks: string[];
  sources: Source[];
}

/** The card's own words, per language. */
export interface Labels {
  how: string;
  expect: string;
  risks: string;
  sources: string;
  /** Shown when a procedure lists no risks. */
  noRisks: string;
  usedFor: string;
  alsoCalled: string;
  kinds: Record<ProcedureKind, string>;
  learnMore: string;
  /** Joins "Learn more" to the procedure name for screen readers: "Learn more about Discectomy". */
  about: string;
  disclaimer: string;
}

/** Everything one language ships. */
export interface ProcedureContent {
  labels: Labels;
  procedures: Record<ProcedureId, Procedure>;
}
