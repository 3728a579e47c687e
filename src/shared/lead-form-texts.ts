/**
 * The texts every lead form shows (`<consult-button>`'s request form, `<guide-download>`'s gated form): the fields
 * both ask for, their errors, the error summary and what sending says. Each widget's `content/types.ts` extends it;
 * a widget redeclares a text whose note for translators differs (scripts/translation-template.mjs reads the notes
 * here and there, the widget's first).
 */
export interface LeadFormTexts {
  intro: string;
  /** Read after a link that opens a new tab. */
  newTab: string;
  labels: {
    name: string;
    email: string;
    consent: string;
    privacy: string;
    /** The honeypot field's label; people never see it. */
    website: string;
  };
  errors: {
    name: string;
    email: string;
    /** The email field is empty. */
    emailNeeded: string;
    consent: string;
  };
  summary: string;
  errorPrefix: string;
  submit: string;
  sending: string;
  success: string;
  /** Sending failed (network error, timeout or a 5xx answer); a Retry button follows. */
  failed: string;
  /** The clinic's endpoint refused the request (a 4xx answer naming no field the visitor can fix); no Retry. */
  rejected: string;
  retry: string;
  /** After `failed`, when the clinic's endpoint asked to wait a short while: `{seconds}` is replaced. Retry stays. */
  retrying: string;
  /** After `failed`, when the endpoint asked to wait longer than the form waits by itself: `{minutes}` is replaced. */
  retryLater: string;
  /** The device is offline: nothing is lost, and the request goes by itself once it is back online. */
  offline: string;
  /** Before the clinic endpoint's own explanation of a refusal (shown as plain text). */
  serverSays: string;
  /** Shown when the form itself could not load. */
  unavailable: string;
}
