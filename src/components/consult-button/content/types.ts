/** The reasons a patient can pick; the ids are the `reason` values sent in the payload. */
export const REASONS = ['neck-pain', 'low-back-pain', 'sciatica', 'herniated-disc', 'spinal-stenosis', 'second-opinion', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** Every text `<consult-button>` shows. A clinic may override any of them (see the `texts` property). */
export interface ConsultTexts {
  /** The button text (the `label` attribute overrides it). */
  label: string;
  heading: string;
  intro: string;
  close: string;
  /** Read after a link that opens a new tab. */
  newTab: string;
  /** The title of the booking iframe. */
  bookingTitle: string;
  /**
   * Before the phone number: "Or call us at 555-0100". The only text that asks the visitor to call: it is shown,
   * in the dialog and under every failure message, only when the button has a `phone`.
   */
  call: string;
  optional: string;
  labels: {
    name: string;
    phone: string;
    email: string;
    contactPreference: string;
    reason: string;
    message: string;
    consent: string;
    privacy: string;
    /** The honeypot field's label; people never see it. */
    website: string;
  };
  contactOptions: { phone: string; email: string };
  /** The empty first choice of the reason list. */
  choose: string;
  reasons: Record<Reason, string>;
  errors: {
    name: string;
    email: string;
    phone: string;
    emailNeeded: string;
    phoneNeeded: string;
    contact: string;
    consent: string;
  };
  summary: string;
  errorPrefix: string;
  submit: string;
  sending: string;
  success: string;
  /**
   * Sending failed (network error, timeout or a 5xx answer); a Retry button follows. Like `rejected` and
   * `unavailable`, it must not ask the visitor to call: without a `phone` there is no number to call, and with one
   * the `call` line follows it.
   */
  failed: string;
  /** The clinic's endpoint refused the request (a 4xx answer without field errors); no Retry. Never asks to call. */
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
  /** Shown in the dialog when the form itself could not load; the `call` line follows when there is a `phone`. Never asks to call. */
  unavailable: string;
}
