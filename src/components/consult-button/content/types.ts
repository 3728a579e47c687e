import type { LeadFormTexts } from '../../../shared/lead-form-texts.js';

/** The reasons a patient can pick; the ids are the `reason` values sent in the payload. */
export const REASONS = ['neck-pain', 'low-back-pain', 'sciatica', 'herniated-disc', 'spinal-stenosis', 'second-opinion', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** Every text `<consult-button>` shows. A clinic may override any of them (see the `texts` property). */
export interface ConsultTexts extends LeadFormTexts {
  /** The button text (the `label` attribute overrides it). */
  label: string;
  heading: string;
  /**
   * Shown at the top of the request form, before the fields: the form is not for emergencies, and when to call 911.
   * A clinic may reword it, never empty it.
   */
  emergency: {
    /** The first, bold sentence: "This form is not for emergencies." */
    title: string;
    /** When to call 911 or go to the emergency room. */
    text: string;
  };
  close: string;
  /** The title of the booking iframe. */
  bookingTitle: string;
  /**
   * Before the phone number: "Or call us at 555-0100". The only text that asks the visitor to call: it is shown,
   * in the dialog and under every failure message, only when the button has a `phone`.
   */
  call: string;
  optional: string;
  labels: LeadFormTexts['labels'] & {
    phone: string;
    contactPreference: string;
    reason: string;
    message: string;
  };
  contactOptions: { phone: string; email: string };
  /** The empty first choice of the reason list. */
  choose: string;
  reasons: Record<Reason, string>;
  errors: LeadFormTexts['errors'] & {
    phone: string;
    phoneNeeded: string;
    contact: string;
  };
  /**
   * Sending failed (network error, timeout or a 5xx answer); a Retry button follows. Like `rejected` and
   * `unavailable`, it must not ask the visitor to call: without a `phone` there is no number to call, and with one
   * the `call` line follows it.
   */
  failed: string;
  /** The clinic's endpoint refused the request (a 4xx answer naming no field the visitor can fix); no Retry. Never asks to call. */
  rejected: string;
  /** Shown in the dialog when the form itself could not load; the `call` line follows when there is a `phone`. Never asks to call. */
  unavailable: string;
}
