// Facts for the Docs pages, read from the generated manifest and the theme source, so the pages cannot drift from
// the code: custom properties with their light and dark defaults, parts and events per element.
import manifest from '../custom-elements.json';
import glossarySource from '../docs/spanish-glossary.md?raw';
import { content as proceduresEn } from '../src/components/procedure-card/content/en.js';
import { content as proceduresEs } from '../src/components/procedure-card/content/es.js';
import { en as checklistEn } from '../src/components/specialist-checklist/content/en.js';
import { es as checklistEs } from '../src/components/specialist-checklist/content/es.js';
import { benefitsEn } from '../src/components/surgery-benefits/content/en.js';
import { benefitsEs } from '../src/components/surgery-benefits/content/es.js';
import themeSource from '../src/shared/theme.ts?raw';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  cssProperties?: Item[];
  cssParts?: Item[];
  events?: Item[];
}

const declarations: Declaration[] = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/** The four elements, in the order the README lists them. */
export const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'] as const;

const byTag = (tag: string) => declarations.find((d) => d.tagName === tag);

/** Default of a `var(--name, default)` in src/shared/theme.ts. */
const defaultInTheme = (name: string) => new RegExp(`var\\(${name}, ([^)]+)\\)`).exec(themeSource)?.[1];

export interface Token {
  name: string;
  light: string;
  /** The `-dark` twin and its default, for the colour tokens. */
  dark?: { name: string; value: string };
  description: string;
}

/** Every public `--spine-*` custom property, from the base element's JSDoc (the manifest) and theme.ts. */
export const tokens: Token[] = (declarations.find((d) => d.name === 'SpineElement')?.cssProperties ?? []).map((p) => {
  const darkName = `${p.name}-dark`;
  const darkValue = defaultInTheme(darkName);
  return {
    name: p.name,
    light: defaultInTheme(p.name) ?? p.default ?? '',
    dark: darkValue ? { name: darkName, value: darkValue } : undefined,
    description: (p.description ?? '').replace(/\s*\(dark: `[^`]+`\)\.?$/, '.'),
  };
});

/** `::part()` names per element, with their descriptions. */
export const parts = TAGS.map((tag) => ({ tag, parts: byTag(tag)?.cssParts ?? [] }));

/** Events per element, with their descriptions (which give the detail shape). */
export const events = TAGS.map((tag) => ({ tag, events: byTag(tag)?.events ?? [] }));

/** Strips the Markdown backticks of a manifest description for plain display. */
export const plain = (text: string | undefined) => (text ?? '').replace(/`/g, '');

/** When each widget's built-in medical text was last checked against its sources (its content's `checkedOn`). */
export const checkedOn = [
  { tag: 'procedure-card', en: proceduresEn.checkedOn, es: proceduresEs.checkedOn },
  { tag: 'surgery-benefits', en: benefitsEn.checkedOn, es: benefitsEs.checkedOn },
  { tag: 'specialist-checklist', en: checklistEn.checkedOn, es: checklistEs.checkedOn },
];

/** "November 30, 2026": an ISO day as a reader writes it, read as a calendar day (no time zone shift). */
export const longDate = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** docs/spanish-glossary.md without its title (the Content page gives its own heading). */
export const glossary = glossarySource.replace(/^# .*\n+/, '');
