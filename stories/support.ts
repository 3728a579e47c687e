import type { StoryContext } from '@storybook/web-components-vite';

/** The toolbar's theme, for a story to set as `theme=${themeOf(context)}` on its widgets. */
export const themeOf = (context: StoryContext): 'light' | 'dark' => (context.globals.theme === 'dark' ? 'dark' : 'light');
