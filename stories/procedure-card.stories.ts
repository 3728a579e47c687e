import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PROCEDURE_IDS, type Procedure, type ProcedureId } from '../src/components/procedure-card/procedure-card.component.js';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<procedure-card>',
  component: 'procedure-card',
};
export default meta;

const card = (id: ProcedureId, context: StoryContext, { expanded = false } = {}) =>
  html`<procedure-card theme=${themeOf(context)} procedure=${id} ?expanded=${expanded}></procedure-card>`;

const one = (id: ProcedureId): StoryObj => ({ render: (_args, context) => card(id, context) });

/** `procedure="epidural-steroid-injection"`: the summary shows; the sections open with a click, Enter or Space. */
export const EpiduralSteroidInjection = one('epidural-steroid-injection');
/** `procedure="facet-joint-injection"`: tagged as both diagnostic and treatment. */
export const FacetJointInjection = one('facet-joint-injection');
/** `procedure="medial-branch-block"`: a diagnostic test. */
export const MedialBranchBlock = one('medial-branch-block');
/** `procedure="radiofrequency-neurotomy"`. */
export const RadiofrequencyNeurotomy = one('radiofrequency-neurotomy');
/** `procedure="discectomy"`. */
export const Discectomy = one('discectomy');
/** `procedure="kyphoplasty"`. */
export const Kyphoplasty = one('kyphoplasty');
/** `procedure="spinal-cord-stimulation"`. */
export const SpinalCordStimulation = one('spinal-cord-stimulation');

/** `expanded` opens every section. */
export const Expanded: StoryObj = {
  render: (_args, context) => card('radiofrequency-neurotomy', context, { expanded: true }),
};

/** `variant="compact"`: name, summary and a "Learn more" link to `href`, for lists of procedures. */
export const Compact: StoryObj = {
  render: (_args, context) =>
    html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr))">
      ${(['medial-branch-block', 'radiofrequency-neurotomy', 'kyphoplasty'] as const).map(
        (id) => html`<procedure-card theme=${themeOf(context)} procedure=${id} variant="compact" href=${`#${id}`}></procedure-card>`,
      )}
    </div>`,
};

// A simple drawing of stacked vertebrae, inline so the story needs no network.
const spineImage = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"><rect width="320" height="120" fill="#e3edf7"/>' +
    [0, 1, 2, 3, 4].map((i) => `<rect x="${62 + i * 40}" y="38" width="32" height="44" rx="8" fill="#0a58a8"/>`).join('') +
    '</svg>',
)}`;

/** The `media` slot (an image), the default slot (the clinic's own words) and the `actions` slot (a `<consult-button>`). */
export const WithMediaAndActions: StoryObj = {
  render: (_args, context) =>
    html`<procedure-card theme=${themeOf(context)} procedure="kyphoplasty" style="max-width: 420px">
      <img slot="media" src=${spineImage} alt="Drawing of the bones of the spine" width="320" height="120" />
      <p>Our spine team has offered kyphoplasty since 2015.</p>
      <consult-button slot="actions" theme=${themeOf(context)} href="#contact"></consult-button>
    </procedure-card>`,
};

/** Spanish, from `lang="es"` on an ancestor (or the toolbar). The Spanish text loads only when needed. */
export const Spanish: StoryObj = {
  render: (_args, context) => html`<div lang="es">${card('epidural-steroid-injection', context, { expanded: true })}</div>`,
};

/**
 * `reviewed-by` and `reviewed-on` (an ISO date): the clinic's reviewing physician and the day of the review, shown as
 * a line in the card's language and added to the JSON-LD as `reviewedBy` and `lastReviewed`.
 */
export const ReviewedBy: StoryObj = {
  render: (_args, context) =>
    html`<div style="display: grid; gap: 16px">
      <procedure-card theme=${themeOf(context)} procedure="discectomy" reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>
      <procedure-card theme=${themeOf(context)} procedure="discectomy" lang="es" reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></procedure-card>
    </div>`,
};

/** Dark colours. */
export const Dark: StoryObj = {
  render: (_args, context) => card('discectomy', context, { expanded: true }),
  globals: { theme: 'dark' },
};

const trigger: Procedure = {
  id: 'trigger-point-injection',
  name: 'Trigger point injection',
  summary: 'A shot into a tight knot of muscle that may ease the pain it causes.',
  kind: 'treatment',
  conditions: ['Tight, painful knots of muscle'],
  whoItMayHelp: ['People with a tight, painful knot of muscle that has not eased with stretching or massage.'],
  how: ['Your doctor finds the knot by touch.', 'A thin needle puts numbing medicine into it.'],
  expect: ['It takes a few minutes.', 'You go home right after.'],
  risks: ['Soreness where the needle went in'],
  sources: [{ title: 'Our clinic: Trigger point injections', url: 'https://clinic.example/trigger-points' }],
};

/**
 * The clinic's own content: attributes (`heading`, `disclaimer`) and a partial JSON child merged onto a built-in
 * procedure; then a custom procedure with a new id, set as a `Procedure` object on the `procedure` property (a JSON
 * child or `src` with every field works the same).
 */
export const CustomContent: StoryObj = {
  render: (_args, context) =>
    html`<div style="display: grid; gap: 16px">
      <procedure-card
        theme=${themeOf(context)}
        procedure="medial-branch-block"
        heading="Medial branch block at Valley Spine"
        disclaimer="Ask Dr. Rivera if this test is right for you."
      >
        <script type="application/json">
          { "expect": ["It takes about 30 minutes.", "Please bring a list of your medicines."] }
        </script>
      </procedure-card>
      <procedure-card theme=${themeOf(context)} expanded .procedure=${trigger}></procedure-card>
    </div>`,
  // The second card's procedure is an object, set as a JavaScript property: the snippet shows that line.
  parameters: { snippetScript: [`document.querySelectorAll('procedure-card')[1].procedure = ${JSON.stringify(trigger, null, 2).replace(/\n/g, '\n  ')};`] },
};

/** A page of all seven, as a clinic might list them under its own heading. */
export const AllSeven: StoryObj = {
  render: (_args, context) =>
    html`<h2>Our procedures</h2>
      <div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); align-items: start">
        ${PROCEDURE_IDS.map((id) => card(id, context))}
      </div>`,
};
