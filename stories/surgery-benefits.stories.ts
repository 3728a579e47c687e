import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<surgery-benefits>',
  component: 'surgery-benefits',
};
export default meta;

export const Default: StoryObj = {
  render: (_args, context) => html`<surgery-benefits theme=${themeOf(context)}></surgery-benefits>`,
};

export const Dark: StoryObj = {
  ...Default,
  globals: { theme: 'dark' },
};
