import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<specialist-checklist>',
  component: 'specialist-checklist',
};
export default meta;

export const Default: StoryObj = {
  render: (_args, context) => html`<specialist-checklist theme=${themeOf(context)}></specialist-checklist>`,
};

export const Dark: StoryObj = {
  ...Default,
  globals: { theme: 'dark' },
};
