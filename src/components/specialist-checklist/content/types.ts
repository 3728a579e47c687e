/** One question of the checklist. `id` is stable across languages: it is what `persist` stores and events report. */
export interface ChecklistItem {
  id: string;
  question: string;
  /** One line on how to find the answer. */
  tip?: string;
}

/** Everything the checklist says, in one language. */
export interface ChecklistContent {
  /** ISO date (YYYY-MM-DD) the built-in text was last checked. */
  checkedOn: string;
  heading: string;
  intro: string;
  items: ChecklistItem[];
  /** Progress text; `{checked}` and `{total}` are replaced by numbers. */
  progress: string;
  /** Shown (and announced) once enough questions are checked. */
  complete: string;
  clear: string;
  print: string;
  /** The medical review line shown with `reviewed-by` and `reviewed-on`: `{name}` and `{date}` are filled in. */
  reviewed: string;
}
