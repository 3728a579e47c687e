import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideDownload } from '../src/components/guide-download/guide-download.component.js';
import { answerStoryRequests, fillForm, submitForm, themeOf } from './support.js';

answerStoryRequests();

const meta: Meta = {
  title: 'Widgets/<guide-download>',
  component: 'guide-download',
};
export default meta;

const HEADING = 'Neck Surgery: A Guide to Understanding Your Options';
// A drawn cover, so the story needs no image file: a real page uses a photo of the guide's cover.
const COVER = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="320" viewBox="0 0 240 320"><rect width="240" height="320" fill="#0a58a8"/><rect x="24" y="40" width="192" height="8" fill="#fff"/><rect x="24" y="60" width="140" height="8" fill="#fff"/><circle cx="120" cy="200" r="56" fill="none" stroke="#fff" stroke-width="8"/></svg>',
)}`;

const guide = (context: StoryContext, { action, lang, timeout }: { action?: string; lang?: string; timeout?: string } = {}) =>
  html`<guide-download
    theme=${themeOf(context)}
    href="/guides/neck-surgery.pdf"
    heading=${lang === 'es' ? 'Cirugía de cuello: una guía para entender sus opciones' : HEADING}
    file-size="2.4 MB"
    pages="18"
    action=${ifDefined(action)}
    privacy-url=${ifDefined(action ? '#privacy' : undefined)}
    timeout=${ifDefined(timeout)}
    lang=${ifDefined(lang)}
  >
    <img slot="cover" src=${COVER} alt="" width="120" height="160" />
    <p>
      ${lang === 'es'
        ? 'Qué hace cada tipo de cirugía de cuello, cómo es la recuperación y qué preguntar a su médico.'
        : 'What each kind of neck surgery does, what recovery is like, and questions to ask your doctor.'}
    </p>
    <a href="/guides/neck-surgery.pdf">${lang === 'es' ? 'Descargar la guía' : 'Download the guide'}</a>
  </guide-download>`;

const widget = (canvas: HTMLElement) => canvas.querySelector('guide-download') as GuideDownload;

/** Shows the form, optionally fills it the way a visitor would, and submits it. */
async function drive(canvas: HTMLElement, { fill = false, submit = false, until }: { fill?: boolean; submit?: boolean; until?: string } = {}) {
  const el = widget(canvas);
  // The element's code and texts load on demand: wait for the button.
  while (!el.shadowRoot?.querySelector('button[part=button]')) await new Promise((resolve) => requestAnimationFrame(resolve));
  const opened = new Promise((resolve) => el.addEventListener('guide-open', resolve, { once: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
  await opened;
  await el.updateComplete;
  if (fill) fillForm(el, { name: 'Ana Example', email: 'ana@example.com' });
  if (submit) await submitForm(el, until);
}

/** Open (no `action`): a real download link, with `download` for a same-origin file, and the file's details beside it. */
export const Open: StoryObj = { render: (_args, context) => guide(context) };

/** Gated (`action` set): "Get the guide" shows a short form first; the download link appears once the clinic has it. */
export const Gated: StoryObj = { render: (_args, context) => guide(context, { action: '/story-lead/ok' }) };

/** The form shown: focus is on the name field. */
export const FormOpen: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/ok' }),
  play: ({ canvasElement }) => drive(canvasElement),
};

/** Submitted empty: the error summary takes focus and links to each field; each field says how to fix it. */
export const WithErrors: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/ok' }),
  play: ({ canvasElement }) => drive(canvasElement, { submit: true }),
};

/** While the request is in flight the submit button is busy, so a double click sends once. */
export const Sending: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/hang', timeout: '600000' }),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true }),
};

/** A network error, timeout or 5xx: everything typed stays, with Try again (the same request id). */
export const Failed: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/error' }),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'guide-error' }),
};

/** A 422 answer with `{ "errors": { "email": "..." } }`: the endpoint's messages show at their fields. */
export const FieldErrorsFromServer: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/invalid' }),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'guide-error' }),
};

/** Sent: the thank-you is announced, and the download link takes the form's place and focus. */
export const Succeeded: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/ok' }),
  play: ({ canvasElement }) => drive(canvasElement, { fill: true, submit: true, until: 'guide-success' }),
};

/** `lang="es"` (or any Spanish page): Spanish texts, "PDF, 2,4 MB, 18 páginas", and `lang: "es"` in the payload. */
export const Spanish: StoryObj = {
  render: (_args, context) => guide(context, { action: '/story-lead/ok', lang: 'es' }),
  play: ({ canvasElement }) => drive(canvasElement),
};

/** The open guide in dark mode. */
export const Dark: StoryObj = {
  ...Open,
  globals: { theme: 'dark' },
};

/** The gated form in dark mode. */
export const DarkForm: StoryObj = {
  ...FormOpen,
  globals: { theme: 'dark' },
};

/** No `href`: the clinic's own child link works before the script loads, and serves as `href` after. */
export const ChildLinkFallback: StoryObj = {
  render: (_args, context) =>
    html`<guide-download theme=${themeOf(context)} heading=${HEADING}>
      <p>What each kind of neck surgery does, and questions to ask your doctor.</p>
      <a href="/guides/neck-surgery.pdf">Download the guide</a>
    </guide-download>`,
};
