import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ArgTypesEnhancer, SBType, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { defineSpineWidgets } from '../src/classes.js';
import { applyArgs, attributeOf, isPropertyOnly, storySnippet } from '../stories/snippet.js';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from the generated manifest.
setCustomElementsManifest(manifest);
// Registered here, not by importing '../src/index.js': package.json "sideEffects" names only dist files, so Vite
// would drop that side-effect-only import and no widget would be defined in Storybook.
defineSpineWidgets();

/** A control for a manifest type such as `'tab' | 'dialog'`, `string | undefined` or `boolean`. */
function typeOf(text: string | undefined, fallback: string | undefined): SBType {
  const parts = (text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined');
  if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) return { name: 'enum', value: parts.map((p) => p.slice(1, -1)) };
  if (parts.includes('boolean')) return { name: 'boolean' };
  if (parts.includes('number') || (!parts.length && /^(\d|[A-Z_]+$)/.test(fallback ?? ''))) return { name: 'number' };
  return { name: 'string' };
}

/**
 * Controls that set what a clinic can set in HTML: each attribute gets a text, number, boolean or choice control,
 * each `--spine-*` custom property a colour or text control; properties that mirror an attribute, slots, parts and
 * events get none (they are documented in the table, not set from it).
 */
const attributeControls: ArgTypesEnhancer = ({ argTypes, component }) => {
  const tag = typeof component === 'string' ? component : undefined;
  if (!tag) return argTypes;
  const result: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const summary = argType.table?.defaultValue?.summary;
    if (category === 'attributes') {
      result[key] = { ...argType, type: typeOf(attributeOf(tag, key)?.type?.text, summary) };
    } else if (category === 'css custom properties') {
      result[key] = { ...argType, type: { name: 'string' }, control: { type: key.startsWith('--spine-color') ? 'color' : 'text' } };
    } else if (category === 'properties' && isPropertyOnly(tag, key)) {
      result[key] = argType;
    } else {
      result[key] = { ...argType, control: false };
    }
  }
  return result;
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [attributeControls],
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
    pseudo: {
      description: 'Pseudo-locale for layout testing: accented and 40% longer (en-XA) or mirrored right to left (ar-XB); overrides the language',
      toolbar: {
        title: 'Pseudo-locale',
        icon: 'transfer',
        items: [
          { value: 'off', title: 'No pseudo-locale' },
          { value: 'en-XA', title: 'en-XA: accented, longer' },
          { value: 'ar-XB', title: 'ar-XB: mirrored, right to left' },
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
  initialGlobals: { lang: 'en', pseudo: 'off', theme: 'light' },
  decorators: [
    (story, context) => {
      const { lang, pseudo, theme } = context.globals as { lang: string; pseudo?: string; theme: string };
      // The widgets read <html lang>, as they do on a clinic's page; a pseudo-locale replaces the language (the
      // widgets generate it from English, and ar-XB turns them right to left).
      document.documentElement.lang = pseudo && pseudo !== 'off' ? pseudo : lang;
      // Contrast is judged on the background the theme is meant for.
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e8edf2' : '#18212b';
      // Controls set attributes (and custom properties) on the story's widgets. A new key whenever they change makes
      // Lit build the story afresh, so a control that is cleared leaves the story as written. The microtask runs once
      // Storybook has rendered the template, before the widgets' first update.
      const { args, component, canvasElement } = context;
      const set = Object.entries(args).filter(([, value]) => typeof value !== 'function' && value !== undefined);
      if (typeof component === 'string' && set.length && canvasElement) {
        queueMicrotask(() => applyArgs(canvasElement, component, args, { live: true }));
      }
      return html`${keyed(JSON.stringify(set), story())}`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: {
      // "Show code" (Docs) and the Code panel (each story) show the plain HTML a clinic pastes: the story's markup
      // with the Controls' values applied, without Lit's comment markers, boolean attributes written bare.
      codePanel: true,
      source: {
        type: 'dynamic',
        language: 'html',
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown>; parameters: { snippetScript?: string[] } }) =>
          storySnippet(code, typeof context.component === 'string' ? context.component : undefined, context.args, context.parameters.snippetScript),
      },
    },
    options: {
      storySort: {
        order: ['Docs', ['Introduction', 'Getting started', 'Theming', 'Languages', 'Add a language', 'Events', 'Privacy', 'Accessibility', 'Content'], 'Widgets'],
      },
    },
  },
};

export default preview;
