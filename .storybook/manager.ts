// The docs site's own look: the project's name, logo and brand colour (the widgets' default --spine-color-brand).
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'spine-widgets',
    brandUrl: 'https://github.com/spine-widgets/spine-widgets',
    // Relative, so the built site works from any folder it is hosted in.
    brandImage: './logo.svg',
    brandTarget: '_self',
    colorPrimary: '#0a58a8',
    colorSecondary: '#0a58a8',
    appBg: '#f6f8fb',
    appBorderColor: '#d5dde8',
    barSelectedColor: '#0a58a8',
    textColor: '#0b1a2b',
  }),
});
