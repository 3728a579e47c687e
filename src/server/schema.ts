// The JSON Schema of the request body, written to dist/consult-request.schema.json by `npm run build`
// (scripts/write-request-schema.mjs). Built from the same rules as the widget and the handler, so it cannot drift.
import { REASONS } from '../components/consult-button/content/types.js';
import { EMAIL, MAX_LENGTH, PHONE } from '../shared/lead-rules.js';
import { ENVELOPE_LENGTH } from './validate-request.js';

const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });

const envelope = {
  page: text(ENVELOPE_LENGTH.page, 'The page the form was sent from: origin and path, without the query.'),
  lang: text(ENVELOPE_LENGTH.lang, 'The language of the form, such as "en" or "es".'),
  submittedAt: { ...text(ENVELOPE_LENGTH.submittedAt, 'When the visitor first pressed Send (ISO 8601); the same on every retry.'), format: 'date-time' },
  requestId: text(
    ENVELOPE_LENGTH.requestId,
    'One id for every attempt of one request: drop duplicates by it. JSON requests also carry it as the Idempotency-Key header.',
  ),
};
const utm = { '^utm_': text(ENVELOPE_LENGTH.utm, "The page's utm_* parameters, as they were.") };
const consent = {
  description: 'The visitor agreed to be contacted: true in JSON, "true" in url-encoded bodies.',
  oneOf: [{ const: true }, { const: 'true' }],
};
const name = { ...text(MAX_LENGTH.name, 'The visitor’s name.'), pattern: '\\S' };
const email = { ...text(MAX_LENGTH.email, 'An email address.'), pattern: EMAIL.source };

export const consultRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/spine-widgets/dist/consult-request.schema.json',
  title: 'spine-widgets request',
  description:
    'The body <consult-button> (kind "consultation") and <guide-download> (kind "guide") send, as JSON or url-encoded. ' +
    'Phone or email is required for a consultation (the one chosen in contactPreference, when given); empty optional fields are sent as "".',
  oneOf: [
    {
      title: 'Consultation request',
      type: 'object',
      required: ['name', 'consent'],
      properties: {
        kind: { const: 'consultation', description: 'May be missing: a request without kind is a consultation.' },
        name,
        phone: { ...text(MAX_LENGTH.phone, 'A phone number with at least 7 digits, or "".'), pattern: `^$|${PHONE.source}` },
        email: { ...email, pattern: `^$|${EMAIL.source}` },
        contactPreference: { enum: ['', 'phone', 'email'] },
        reason: { enum: ['', ...REASONS] },
        message: text(MAX_LENGTH.message, 'Anything else the visitor wrote.'),
        consent,
        ...envelope,
      },
      patternProperties: utm,
      additionalProperties: false,
      anyOf: [
        { required: ['phone'], properties: { phone: { minLength: 1 } } },
        { required: ['email'], properties: { email: { minLength: 1 } } },
      ],
    },
    {
      title: 'Guide request',
      type: 'object',
      required: ['kind', 'name', 'email', 'consent', 'guide'],
      properties: {
        kind: { const: 'guide' },
        name,
        email,
        consent,
        guide: { ...text(MAX_LENGTH.guide, 'The heading of the guide asked for.'), pattern: '\\S' },
        ...envelope,
      },
      patternProperties: utm,
      additionalProperties: false,
    },
  ],
} as const;
