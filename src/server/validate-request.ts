// The receiver's check of a lead, with the widget's own rules (src/shared/lead-rules.ts) and English messages.
import { english } from '../components/consult-button/content/en.js';
import { REASONS } from '../components/consult-button/content/types.js';
import { leadProblem, MAX_LENGTH } from '../shared/lead-rules.js';

/** A consultation request, as `<consult-button>` sends it (`kind` missing in requests from older widgets). */
export interface ConsultationRequest {
  kind: 'consultation';
  name: string;
  phone?: string;
  email?: string;
  contactPreference?: 'phone' | 'email' | '';
  reason?: string;
  message?: string;
  consent: true;
  page?: string;
  lang?: string;
  submittedAt?: string;
  requestId?: string;
  /** The page's `utm_*` parameters, when it had any. */
  [utm: `utm_${string}`]: string;
}

/** A guide request, as `<guide-download>` sends it. */
export interface GuideRequest {
  kind: 'guide';
  name: string;
  email: string;
  consent: true;
  /** The guide's heading. */
  guide: string;
  page?: string;
  lang?: string;
  submittedAt?: string;
  requestId?: string;
  [utm: `utm_${string}`]: string;
}

/** What `deliver` receives: a checked request, holding only the known fields. */
export type LeadRequest = ConsultationRequest | GuideRequest;

/** Lengths of the fields the widget fills in by itself. */
export const ENVELOPE_LENGTH = { page: 2000, lang: 20, submittedAt: 40, requestId: 200, utm: 200 } as const;

const CONSULTATION_FIELDS = ['name', 'phone', 'email', 'contactPreference', 'reason', 'message'] as const;
const GUIDE_FIELDS = ['name', 'email', 'guide'] as const;
const ENVELOPE = ['page', 'lang', 'submittedAt', 'requestId'] as const;

const tooLong = (max: number) => `Use at most ${max} characters.`;

/**
 * Checks a parsed body. Returns the request to deliver, or the field errors to answer with 422, in the shape the
 * widget shows at its fields: `{ field: message }`.
 */
export function checkLeadRequest(body: Record<string, unknown>): { request: LeadRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const kind = body.kind ?? 'consultation';
  if (kind !== 'consultation' && kind !== 'guide') return { errors: { kind: 'Use "consultation" or "guide".' } };
  const fields: readonly string[] = kind === 'guide' ? GUIDE_FIELDS : CONSULTATION_FIELDS;
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  const value = (name: string) => (name === 'consent' ? (body.consent === true || body.consent === 'true' || body.consent === 'on' ? 'true' : '') : text(name));
  const request: Record<string, unknown> = { kind };

  for (const name of [...fields, ...ENVELOPE]) {
    if (body[name] === undefined) continue;
    if (typeof body[name] !== 'string') {
      errors[name] = name in english.errors ? english.errors[name as keyof typeof english.errors] : 'Send this as text.';
      continue;
    }
    const max = name in MAX_LENGTH ? MAX_LENGTH[name as keyof typeof MAX_LENGTH] : ENVELOPE_LENGTH[name as keyof typeof ENVELOPE_LENGTH] ?? MAX_LENGTH.message;
    if (text(name).length > max) errors[name] = tooLong(max);
    else request[name] = text(name);
  }
  for (const [key, utm] of Object.entries(body)) {
    if (!key.startsWith('utm_')) continue;
    if (typeof utm !== 'string' || utm.length > ENVELOPE_LENGTH.utm) errors[key] = tooLong(ENVELOPE_LENGTH.utm);
    else request[key] = utm;
  }

  // The widget's rules: phone and email are judged by the fields the form showed, which are the keys it sent.
  const contact = kind === 'guide' ? ['email'] : ['phone', 'email'].filter((f) => f in body);
  const shown = contact.length ? contact : ['phone', 'email'];
  for (const name of ['name', ...shown, 'consent']) {
    if (errors[name]) continue;
    const problem = leadProblem(name, value, shown);
    if (problem) errors[name] = english.errors[problem];
  }
  if (kind === 'consultation') {
    const preference = request.contactPreference;
    if (preference !== undefined && !['', 'phone', 'email'].includes(preference as string)) errors.contactPreference = 'Use "phone" or "email".';
    const reason = request.reason;
    if (reason !== undefined && reason !== '' && !(REASONS as readonly string[]).includes(reason as string)) errors.reason = `Use one of: ${REASONS.join(', ')}.`;
  } else if (!errors.guide && !request.guide) errors.guide = 'Send the guide’s heading.';

  if (Object.keys(errors).length) return { errors };
  request.consent = true;
  return { request: request as unknown as LeadRequest };
}
