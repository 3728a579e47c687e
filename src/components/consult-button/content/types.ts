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
  /** Before the phone number: "Call us at 555-0100". */
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
  failed: string;
  rejected: string;
  retry: string;
  /** Shown in the dialog when the form itself could not load. */
  unavailable: string;
}
