// Storybook support: apply the Controls panel's args to the rendered widgets, and turn a story into the plain HTML
// a clinic would paste (the Docs "Show code" block and the Code panel show it).
import manifest from '../custom-elements.json';

interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text?: string };
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
}

const declarations = new Map<string, Declaration>();
for (const module of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
  for (const declaration of module.declarations ?? []) if (declaration.tagName) declarations.set(declaration.tagName, declaration);
}

/** The attribute an arg stands for: the attribute itself (`booking-url`) or the property behind it (`bookingUrl`). */
export function attributeOf(tag: string, key: string): Attribute | undefined {
  return declarations.get(tag)?.attributes?.find((a) => a.name === key || a.fieldName === key);
}

/** Public, writable JS properties without an attribute (`texts`, `items`, `checked`...). */
export function isPropertyOnly(tag: string, key: string): boolean {
  const member = declarations.get(tag)?.members?.find((m) => m.name === key);
  return !!member && member.kind === 'field' && !member.privacy && !member.static && !member.readonly && !attributeOf(tag, key);
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '' && value !== false && typeof value !== 'function';

/**
 * Applies args to every element of the story's component inside `root`: attributes, `--spine-*` custom properties
 * as inline style, and property-only members (returned so a snippet can show them as JavaScript).
 */
export function applyArgs(root: ParentNode, tag: string, args: Record<string, unknown>, { live }: { live: boolean }): string[] {
  const script: string[] = [];
  const elements = [...root.querySelectorAll<HTMLElement>(tag)];
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'function') continue;
    const attribute = attributeOf(tag, key);
    if (attribute) {
      for (const el of elements) {
        if (!isSet(value)) el.removeAttribute(attribute.name);
        else el.setAttribute(attribute.name, value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
    } else if (key.startsWith('--spine-') && typeof value === 'string') {
      for (const el of elements) {
        if (value.trim()) el.style.setProperty(key, value.trim());
        else el.style.removeProperty(key);
      }
    } else if (isPropertyOnly(tag, key) && value !== undefined) {
      if (live) for (const el of elements) (el as unknown as Record<string, unknown>)[key] = value;
      script.push(`document.querySelector('${tag}').${key} = ${JSON.stringify(value)};`);
    }
  }
  return script;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'pre', 'textarea']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function openTag(el: Element): string {
  const attributes = [...el.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`)).join('');
  return `<${el.localName}${attributes}>`;
}

/** Removes the indentation shared by every non-blank line, and blank lines at both ends. */
function dedent(text: string): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  const margin = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^\s*/)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(margin) ? margin : 0));
}

/** Pretty-prints nodes as HTML, two spaces per level, with no comments and boolean attributes written bare. */
function print(nodes: NodeListOf<ChildNode> | ChildNode[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) lines.push(pad + escapeText(text));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue; // comments, including Lit's <!--?lit$…--> markers
    const el = node as Element;
    const open = openTag(el);
    const close = `</${el.localName}>`;
    if (VOID.has(el.localName)) {
      lines.push(pad + open);
    } else if (RAW.has(el.localName)) {
      const body = dedent(el.textContent ?? '').filter((l, i, all) => l.trim() || (i > 0 && i < all.length - 1));
      lines.push(pad + open, ...body.map((l) => (l.trim() ? `${pad}  ${l}` : '')), pad + close);
    } else {
      const inner = print(el.childNodes, depth + 1);
      const flat = inner.map((l) => l.trim()).join(' ');
      if (!inner.length) lines.push(pad + open + close);
      else if (inner.length === 1 && (pad + open + flat + close).length <= 110) lines.push(pad + open + flat + close);
      else lines.push(pad + open, ...inner, pad + close);
    }
  }
  return lines;
}

/** Serialises HTML (for example Storybook's rendered story source) as clean, indented HTML. */
export function cleanHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return print(template.content.childNodes, 0).join('\n');
}

/**
 * The snippet for one story: the story's own markup (inert: nothing upgrades or runs), with the Controls panel's args
 * applied the same way the canvas applies them, plus any JavaScript-only settings as a module script.
 */
export function storySnippet(code: string, tag: string | undefined, args: Record<string, unknown>, extraScript: string[] = []): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  // Storybook may transform a snippet twice (when it is emitted, and again in the Docs Source block): lines already
  // in the code are not added again, so the result is the same.
  const script = [...extraScript, ...(tag ? applyArgs(template.content, tag, args, { live: false }) : [])].filter((line) => !code.includes(line));
  const lines = print(template.content.childNodes, 0);
  if (script.length) lines.push('<script type="module">', ...script.map((l) => `  ${l}`), '</script>');
  return lines.join('\n');
}
