import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<procedure-card>',
  component: 'procedure-card',
};
export default meta;

export const Default: StoryObj = {
  render: (_args, context) => html`<procedure-card theme=${themeOf(context)}></procedure-card>`,
};

export const Dark: StoryObj = {
  ...Default,
  globals: { theme: 'dark' },
};
