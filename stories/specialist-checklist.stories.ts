import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<specialist-checklist>',
  component: 'specialist-checklist',
};
export default meta;

const ALL = ['certified', 'team', 'minimally-invasive', 'equipment', 'infection-rate', 'experience', 'patient-satisfaction'];

/** The snippet line that presets `checked`, a JavaScript property without an attribute. */
const setTicks = (checked: string[]) => [`document.querySelector('specialist-checklist').checked = ${JSON.stringify(checked)};`];

/** A checklist with `checked` preset through the property (setting it fires no event and stores nothing). */
const withTicks = (checked: string[], context: StoryContext) =>
  html`<specialist-checklist theme=${themeOf(context)} .checked=${checked}>
    <a slot="complete" href="#book">Book a consultation</a>
  </specialist-checklist>`;

/** Nothing checked yet: "0 of 7 checked". */
export const Empty: StoryObj = {
  render: (_args, context) => withTicks([], context),
};

/** Some questions checked. */
export const Partial: StoryObj = {
  render: (_args, context) => withTicks(['certified', 'team', 'experience'], context),
  parameters: { snippetScript: setTicks(['certified', 'team', 'experience']) },
};

/** Every question checked: the completion message and the `complete` slot appear. */
export const Complete: StoryObj = {
  render: (_args, context) => withTicks(ALL, context),
  parameters: { snippetScript: setTicks(ALL) },
};

/** `threshold="5"`: five checked questions are enough. */
export const Threshold: StoryObj = {
  render: (_args, context) =>
    html`<specialist-checklist theme=${themeOf(context)} threshold="5" .checked=${ALL.slice(0, 5)}>
      <a slot="complete" href="#book">Book a consultation</a>
    </specialist-checklist>`,
  parameters: { snippetScript: setTicks(ALL.slice(0, 5)) },
};

/** `persist="storybook"`: tick some boxes and reload the page; the ticks come back from localStorage. */
export const Persisted: StoryObj = {
  render: (_args, context) => html`<specialist-checklist theme=${themeOf(context)} persist="storybook"></specialist-checklist>`,
};

/** Spanish, from `lang="es"` on an ancestor. */
export const Spanish: StoryObj = {
  render: (_args, context) => html`<div lang="es">${withTicks(['team'], context)}</div>`,
  parameters: { snippetScript: setTicks(['team']) },
};

/** `reviewed-by` and `reviewed-on` (an ISO date): "Medically reviewed by … on …", here in Spanish. */
export const ReviewedBy: StoryObj = {
  render: (_args, context) =>
    html`<specialist-checklist lang="es" theme=${themeOf(context)} reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></specialist-checklist>`,
};

/** Dark colours with some questions checked. */
export const Dark: StoryObj = {
  ...Partial,
  globals: { theme: 'dark' },
};

/** A clinic's own questions from a JSON child (one reuses a built-in question by its id), and its own heading. */
export const Custom: StoryObj = {
  render: (_args, context) =>
    html`<specialist-checklist theme=${themeOf(context)} heading="Before your first visit" threshold="2">
      <script type="application/json">
        {
          "intro": "Check each item when it is done.",
          "items": [
            { "id": "records", "question": "Do you have your past scans and reports?", "tip": "Ask your last doctor to send them." },
            { "id": "insurance", "question": "Does your plan cover the visit?", "tip": "Call the number on your card." },
            { "id": "certified" }
          ]
        }
      </script>
    </specialist-checklist>`,
};
