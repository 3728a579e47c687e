import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeOf } from './support.js';

const meta: Meta = {
  title: 'Widgets/<consult-button>',
  component: 'consult-button',
};
export default meta;

export const Default: StoryObj = {
  render: (_args, context) => html`<consult-button theme=${themeOf(context)}></consult-button>`,
};

export const Dark: StoryObj = {
  ...Default,
  globals: { theme: 'dark' },
};
