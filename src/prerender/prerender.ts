/**
 * `spine-widgets/prerender`: writes each widget's shadow root into a page as Declarative Shadow DOM, at build time,
 * in Node and without a browser, with Lit's own server renderer. Crawlers that read only HTML, visitors without
 * JavaScript and slow phones then see the widgets' words at once; in the browser the widgets hydrate (take the
 * pre-rendered DOM over) instead of rendering again.
 *
 * The page is parsed with parse5 only to find the widgets: everything else stays byte for byte as it was, and the
 * rendered roots are spliced in after each widget's start tag.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { defineSpineWidgets, elements } from '../classes.js';
import { tagName } from '../shared/define.js';
import type { SpineElement } from '../shared/base-element.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Options of `prerender()`. */
export interface PrerenderOptions {
  /** The prefix the page's widgets are registered under (`acme` for `<acme-procedure-card>`); none by default. */
  prefix?: string;
  /** Where warnings go (a widget that cannot be pre-rendered, say); `console.warn` by default. */
  warn?: (message: string) => void;
}

type BaseTag = keyof typeof elements;
const BASE_TAGS = Object.keys(elements) as BaseTag[];

/** What a server render needs from the element's light DOM: `querySelector(':scope > a[href]')` and the like. */
interface LightElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly textContent: string;
}

const attribute = (element: Element, name: string): string | null =>
  element.attrs.find((attr) => attr.name === name)?.value ?? null;

const childElements = (element: Element): Element[] => element.childNodes.filter((node): node is Element => 'tagName' in node);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const asLight = (element: Element): LightElement => ({
  getAttribute: (name) => attribute(element, name),
  hasAttribute: (name) => attribute(element, name) !== null,
  get textContent() {
    return textOf(element);
  },
});

// The selectors the widgets ask their light DOM on a first render: `:scope > tag[attr]` or `:scope > tag[attr="value"]`.
const CHILD_SELECTOR = /^:scope\s*>\s*([a-z][a-z0-9-]*)((?:\[[a-z-]+(?:="[^"]*")?\])*)$/;

/** Answers a widget's `querySelector` from the parsed page, for the one shape of selector the widgets use. */
function querySelectorFor(host: Element) {
  return (selector: string): LightElement | null => {
    const match = CHILD_SELECTOR.exec(selector.trim());
    if (!match) throw new Error(`prerender: unsupported selector "${selector}"`);
    const [, tag, attrs] = match;
    const conditions = [...attrs.matchAll(/\[([a-z-]+)(?:="([^"]*)")?\]/g)].map(([, name, value]) => ({ name, value }));
    const found = childElements(host).find(
      (child) =>
        child.tagName === tag &&
        conditions.every(({ name, value }) => (value === undefined ? attribute(child, name) !== null : attribute(child, name) === value)),
    );
    return found ? asLight(found) : null;
  };
}

/** The language tag an element speaks: its own `lang`, else the nearest ancestor's (to `<html>`), else none. */
function contextLang(element: Element): string | null {
  for (let node: Node | null = element; node && 'attrs' in node; node = (node as Element).parentNode as Node | null) {
    const lang = attribute(node as Element, 'lang');
    if (lang !== null) return lang;
  }
  return null;
}

/** Every element of the page, outside `<template>` contents (which the browser does not render). */
function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
}

/** Why a widget is left as it is, or undefined when it can be pre-rendered. */
function cannotPrerender(element: Element, base: BaseTag): string | undefined {
  // Its form code loads in the browser as it nears the screen; until then the clinic's own link inside it shows.
  if (base === 'guide-download') return "it renders in the browser (its form loads as it nears the screen); the clinic's own link inside it shows until then";
  if (attribute(element, 'src') !== null) return 'its content comes from a src URL, which only the browser fetches';
  if (attribute(element, 'defer-hydration') !== null) return 'it has defer-hydration';
  return undefined;
}

let defined = false;

// A consult button in a dialog mode renders a <button> that needs JavaScript: without it (`scripting: none`), the
// clinic's own child link shows instead. Placed before Lit's root part, so hydration never touches it.
const NO_SCRIPT_LINK =
  '<style>.spine-noscript{display:none}@media (scripting:none){.spine-noscript{display:contents}[part~=button]{display:none}}</style>' +
  '<slot class="spine-noscript"></slot>';

/** Renders one widget's shadow root (styles and template, with Lit's hydration markers). */
async function renderWidget(tag: string, element: Element): Promise<{ shadow: string; lightDom: string }> {
  const renderer = new LitElementRenderer(tag);
  const widget = renderer.element as SpineElement & { structuredData?(): string | undefined };
  for (const { name, value } of element.attrs) renderer.setAttribute(name, value);
  // The language comes from the page around the element; the server instance reads it from its own `lang`.
  const lang = contextLang(element);
  if (lang !== null) widget.setAttribute('lang', lang);
  Object.defineProperty(widget, 'querySelector', { value: querySelectorFor(element) });
  await widget.prerenderReady();
  renderer.connectedCallback();
  const renderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  let shadow = await collectResult(renderer.renderShadow(renderInfo as never) ?? []);
  if (shadow.includes('aria-haspopup="dialog"')) {
    const root = shadow.indexOf('<!--lit-part');
    shadow = shadow.slice(0, root) + NO_SCRIPT_LINK + shadow.slice(root);
  }
  const json = widget.structuredData?.();
  return { shadow, lightDom: json === undefined ? '' : `<script type="application/ld+json">${json}</script>` };
}

/**
 * Returns `html` with every spine-widgets element given its rendered shadow root as
 * `<template shadowrootmode="open">`: its styles and its built-in, JSON-child or attribute content, in the
 * element's language. The procedure card's JSON-LD goes beside it in the light DOM. Widgets that cannot be
 * pre-rendered (a `src` URL) stay as they are, with a warning naming them.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  if (!defined) {
    defineSpineWidgets();
    defined = true;
  }
  if (options.prefix) defineSpineWidgets(options.prefix);
  const tags = new Map(BASE_TAGS.map((base) => [tagName(base, options.prefix), base]));

  const document = parse(html, { sourceCodeLocationInfo: true });
  const edits: { start: number; end: number; text: string }[] = [];
  for (const element of walk(document)) {
    if (!tags.has(element.tagName)) continue;
    const location = element.sourceCodeLocation;
    // An element the parser made up (no start tag in the source) cannot be written into.
    if (!location?.startTag) continue;
    const name = `<${element.tagName}${attribute(element, 'id') ? ` id="${attribute(element, 'id')}"` : ''}> (line ${location.startLine})`;
    const reason = cannotPrerender(element, tags.get(element.tagName)!);
    if (reason) {
      warn(`spine-widgets prerender: ${name} left as it is: ${reason}.`);
      continue;
    }
    // Pre-rendering a pre-rendered page again replaces what the last run wrote.
    const previous = childElements(element).filter(
      (child) =>
        (child.tagName === 'template' && attribute(child, 'shadowrootmode') !== null) ||
        (child.tagName === 'script' && attribute(child, 'type') === 'application/ld+json'),
    );
    for (const child of previous) {
      const at = child.sourceCodeLocation;
      if (at) edits.push({ start: at.startOffset, end: at.endOffset, text: '' });
    }
    let rendered: { shadow: string; lightDom: string };
    try {
      rendered = await renderWidget(element.tagName, element);
    } catch (error) {
      warn(`spine-widgets prerender: ${name} left as it is: it could not be rendered (${(error as Error).message}).`);
      continue;
    }
    const at = location.startTag.endOffset;
    edits.push({ start: at, end: at, text: `<template shadowrootmode="open">${rendered.shadow}</template>${rendered.lightDom}` });
  }
  // Applied from the end, so earlier offsets stay valid.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
