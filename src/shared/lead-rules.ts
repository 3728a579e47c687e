/**
 * The rules a lead (consultation or guide request) must meet, shared by the widgets' forms and the reference
 * receiver (`spine-widgets/server`), so both refuse exactly the same things. Each rule names a message key; the
 * widget shows its own texts for it, the receiver its English ones.
 */

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[\d\s().-]+$/;
/** The fewest digits a phone number may have. */
export const PHONE_DIGITS = 7;

/** The longest value of each text field, in characters (the form's `maxlength`). */
export const MAX_LENGTH = {
  name: 200,
  phone: 40,
  email: 254,
  message: 2000,
  guide: 300,
} as const;

/** Why a field cannot be sent: a key into the `errors` texts. */
export type LeadProblem = 'name' | 'email' | 'phone' | 'emailNeeded' | 'phoneNeeded' | 'contact' | 'consent';

/**
 * Why `field` cannot be sent, or undefined when it is fine. `value(name)` gives a field's trimmed text ('' when
 * absent; a ticked consent reads 'on' or 'true'); `shown` lists which of `phone`, `email` the form asks for.
 */
export function leadProblem(field: string, value: (name: string) => string, shown: readonly string[]): LeadProblem | undefined {
  if (field === 'name') return value('name') ? undefined : 'name';
  if (field === 'consent') return ['on', 'true'].includes(value('consent')) ? undefined : 'consent';
  if (field !== 'phone' && field !== 'email') return undefined;
  const v = value(field);
  if (v) {
    if (field === 'email') return EMAIL.test(v) ? undefined : 'email';
    return PHONE.test(v) && v.replace(/\D/g, '').length >= PHONE_DIGITS ? undefined : 'phone';
  }
  const other = field === 'phone' ? 'email' : 'phone';
  const preference = value('contactPreference');
  if (preference) return preference === field ? `${field}Needed` : undefined;
  if (!shown.includes(other)) return `${field}Needed`;
  // Neither given: one message, at the first of the two.
  return field === 'phone' && !value('email') ? 'contact' : undefined;
}
