import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConsultButton } from '../src/components/consult-button/consult-button.component.js';
import { answerStoryRequests, fillForm, submitForm, themeOf } from './support.js';

answerStoryRequests();

const meta: Meta = {
  title: 'Widgets/<consult-button>',
  component: 'consult-button',
};
export default meta;

const form = (context: StoryContext, scenario = 'ok', extra = {}) => {
  const { fields, lang, timeout } = { fields: undefined, lang: undefined, timeout: undefined, ...extra } as Record<string, string | undefined>;
  return html`<consult-button
    theme=${themeOf(context)}
    action="/story-lead/${scenario}"
    phone="555-0100"
    privacy-url="#privacy"
    fields=${fields ?? 'phone email contactPreference reason message'}
    lang=${ifDefined(lang)}
    timeout=${timeout ?? '15000'}
  ></consult-button>`;
};

const widget = (canvas: HTMLElement) => canvas.querySelector('consult-button') as ConsultButton;

/** Opens the dialog, optionally fills the form the way a visitor would, and submits it. */
async function drive(canvas: HTMLElement, { fill = false, submit = false, until }: { fill?: boolean; submit?: boolean; until?: string } = {}) {
  const el = widget(canvas);
  // Spanish texts load on demand: wait for the button.
  while (!el.shadowRoot?.querySelector('[part=button]')) await new Promise((resolve) => requestAnimationFrame(resolve));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
  await el.updateComplete;
  if (fill) fillForm(el, { name: 'Ana Example', phone: '555 010 0199', email: 'ana@example.com', reason: 'sciatica' });
  if (submit) await submitForm(el, until);
}

/** `action`: the button opens a consultation request form in a modal dialog. Click it. */
export const RequestForm: StoryObj = { render: (_args, context) => form(context) };

/** The dialog open: focus is on the first field; Tab stays inside; Escape or Close returns focus to the button. */
export const FormOpen: StoryObj = {
  render: (_args, context) => form(context),
  play: ({ canvasElement }) => drive(canvasElement),
};

/** Submitted empty: the error summary takes focus and links to each field; each field says how to fix it. */
export const WithErrors: StoryObj = {
  render: (_args, context) => form(context),
  play: ({ canvasElement }) => drive(canvasElement, { submit: true }),
};

/** While the request is in flight the submit button is busy, so a double click sends once. */
export const Sending: StoryObj = {
  render: (_args, context) => form(context, 'hang', { timeout: '600000' }),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true }),
};

/** A network error, timeout or 5xx: everything typed stays, with Try again (same request id) and the phone link. */
export const Failed: StoryObj = {
  render: (_args, context) => form(context, 'error'),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'consult-error' }),
};

/** A 422 answer with `{ "errors": { "email": "..." } }`: the endpoint's messages show at their fields. */
export const FieldErrorsFromServer: StoryObj = {
  render: (_args, context) => form(context, 'invalid'),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'consult-error' }),
};

/** Sent: the success message is announced and the form is cleared. */
export const Succeeded: StoryObj = {
  render: (_args, context) => form(context, 'ok'),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'consult-success' }),
};

/** `fields="email message"`: only the optional fields the clinic wants (name and consent are always asked). */
export const FewerFields: StoryObj = {
  render: (_args, context) => form(context, 'ok', { fields: 'email message' }),
  play: ({ canvasElement }) => drive(canvasElement),
};

/** `lang="es"` (or any Spanish page): Spanish texts, and `lang: "es"` in the payload. */
export const Spanish: StoryObj = {
  render: (_args, context) => form(context, 'ok', { lang: 'es' }),
  play: ({ canvasElement }) => drive(canvasElement, { submit: true }),
};

/** The form in dark mode. */
export const Dark: StoryObj = {
  ...FormOpen,
  globals: { theme: 'dark' },
};

/** `href`: a styled real link, for example to the clinic's contact page. */
export const Link: StoryObj = {
  render: (_args, context) => html`<consult-button theme=${themeOf(context)} href="#contact"></consult-button>`,
};

/** The three `variant`s: `primary` (default), `secondary` and `link`; `label` changes the text. */
export const Variants: StoryObj = {
  render: (_args, context) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px">
      <consult-button theme=${themeOf(context)} href="#contact"></consult-button>
      <consult-button theme=${themeOf(context)} href="#contact" variant="secondary" label="Book a visit"></consult-button>
      <consult-button theme=${themeOf(context)} href="#contact" variant="link" label="Ask us a question"></consult-button>
    </div>`,
};

/** `booking-url`: the clinic's online scheduler in a new tab (`rel="noopener"`; screen readers hear "opens in a new tab"). */
export const BookingNewTab: StoryObj = {
  render: (_args, context) => html`<consult-button theme=${themeOf(context)} booking-url="https://calendly.com/example-clinic"></consult-button>`,
};

/** `booking-mode="dialog"`: the scheduler in a titled iframe inside the dialog, loaded only when it opens. */
export const BookingDialog: StoryObj = {
  render: (_args, context) =>
    html`<consult-button theme=${themeOf(context)} booking-url="https://calendly.com/example-clinic" booking-mode="dialog" phone="555-0100"></consult-button>`,
};

/** No mode attribute: the clinic's own child link works before the script loads, and serves as `href` after. */
export const ChildLinkFallback: StoryObj = {
  render: (_args, context) => html`<consult-button theme=${themeOf(context)}><a href="#contact">Request a Consultation</a></consult-button>`,
};

/** Only `phone`: the button becomes a `tel:` link (also the fallback when a URL is refused). */
export const PhoneOnly: StoryObj = {
  render: (_args, context) => html`<consult-button theme=${themeOf(context)} phone="555-0100" label="Call 555-0100"></consult-button>`,
};
