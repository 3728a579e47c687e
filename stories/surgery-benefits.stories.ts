import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SurgeryBenefits } from '../src/components/surgery-benefits/surgery-benefits.component.js';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<surgery-benefits>',
  component: 'surgery-benefits',
};
export default meta;

const benefits = (layout: SurgeryBenefits['layout'], context: StoryContext) =>
  html`<surgery-benefits theme=${themeOf(context)} layout=${layout}></surgery-benefits>`;

/** The default: the six benefits as a list, with the "results vary" line. */
export const List: StoryObj = {
  render: (_args, context) => benefits('list', context),
};

/** `layout="grid"`: cards in 1 to 3 columns, chosen by the widget's own width (resize the frame). */
export const Grid: StoryObj = {
  render: (_args, context) => benefits('grid', context),
};

/** `layout="compare"`: open surgery against minimally invasive surgery, as a table. */
export const Compare: StoryObj = {
  render: (_args, context) => benefits('compare', context),
};

/** Spanish (from `lang="es"` on an ancestor), as a grid. */
export const Spanish: StoryObj = {
  render: (_args, context) => html`<div lang="es">${benefits('grid', context)}</div>`,
};

/** The comparison table in Spanish. */
export const SpanishCompare: StoryObj = {
  render: (_args, context) => html`<div lang="es">${benefits('compare', context)}</div>`,
};

/** `reviewed-by` and `reviewed-on` (an ISO date): "Medically reviewed by … on …", with the date in the widget's language. */
export const ReviewedBy: StoryObj = {
  render: (_args, context) =>
    html`<surgery-benefits theme=${themeOf(context)} reviewed-by="Richard Kim, M.D." reviewed-on="2026-11-01"></surgery-benefits>`,
};

/** Dark colours, as a grid. */
export const Dark: StoryObj = {
  ...Grid,
  globals: { theme: 'dark' },
};

/** In a 320 px column: the grid has one column and the table's rows stack, with nothing scrolling sideways. */
export const Narrow: StoryObj = {
  render: (_args, context) =>
    html`<div style="width: 320px; display: grid; gap: 16px">${benefits('grid', context)} ${benefits('compare', context)}</div>`,
};

/** `items="pain recovery blood-loss"` chooses and orders three benefits; the heading comes from the `heading` slot. */
export const Items: StoryObj = {
  render: (_args, context) =>
    html`<surgery-benefits theme=${themeOf(context)} items="pain recovery blood-loss" heading-level="3">
      <span slot="heading">Three reasons our patients choose it</span>
    </surgery-benefits>`,
};

/** A clinic's own content from a JSON child: one built-in benefit edited, one of its own, its own heading and line. */
export const Custom: StoryObj = {
  render: (_args, context) =>
    html`<surgery-benefits theme=${themeOf(context)} layout="grid">
      <script type="application/json">
        {
          "heading": "Surgery with small incisions",
          "benefits": [
            { "id": "recovery", "text": "Many of our patients walk the same day and go home that evening." },
            { "id": "pain" },
            { "id": "short-stay", "title": "Rest at home", "text": "Most of our surgeries are done without a night in the hospital." }
          ],
          "disclaimer": "Every back is different. Dr. Lee will tell you whether this surgery suits you."
        }
      </script>
    </surgery-benefits>`,
};
