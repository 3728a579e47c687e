import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { defineSpineWidgets } from '../src/classes.js';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from the generated manifest.
setCustomElementsManifest(manifest);
// Registered here, not by importing '../src/index.js': package.json "sideEffects" names only dist files, so Vite
// would drop that side-effect-only import and no widget would be defined in Storybook.
defineSpineWidgets();

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (stories pass it to each widget as theme="...")',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const { lang, theme } = context.globals as { lang: string; theme: string };
      // The widgets read <html lang>, as they do on a clinic's page.
      document.documentElement.lang = lang;
      // Contrast is judged on the background the theme is meant for.
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e8edf2' : '#18212b';
      return html`${story()}`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
