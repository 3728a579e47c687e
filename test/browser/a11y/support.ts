// Shared helpers of the accessibility tests (test/browser/a11y/*.test.ts): axe with every WCAG 2.2 A/AA and
// best-practice rule plus target-size, contrast from computed colours through the composed (shadow) tree, the
// DevTools-protocol commands of test/server/a11y-commands.mjs, and the widget states the tests walk through.
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
  inapplicable: { id: string }[];
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResult>;
}

/** The axe rules of the review: WCAG 2.0-2.2 A and AA, best practices, and target-size (off by default). */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
};

let axeLoaded: Promise<Axe> | undefined;
const loadAxe = (): Promise<Axe> =>
  (axeLoaded ??= import('axe-core/axe.min.js' as string).then(() => (window as unknown as { axe: Axe }).axe));

/** Runs axe over `context` (and everything in its shadow roots); returns one line per violating node. */
export async function axeViolations(context: Element): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(context, AXE_OPTIONS);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? v.help}`));
}

/** Which rules axe actually ran on `context`: proves target-size is on. */
export async function axeRulesRun(context: Element): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(context, { ...AXE_OPTIONS, resultTypes: ['violations', 'passes', 'incomplete', 'inapplicable'] });
  return [...result.violations, ...result.passes, ...result.incomplete].map((r) => r.id);
}

// ---- DevTools-protocol commands (Chromium only; null elsewhere) ----

interface CommandAnswer {
  supported: boolean;
  tree?: string;
  png?: string;
}

/** The pixels painted in a rectangle of the viewport (CSS px), as RGBA bytes; null where the browser cannot. */
export async function pixels(box: { x: number; y: number; width: number; height: number }): Promise<ImageData | null> {
  const answer = await executeServerCommand<CommandAnswer, typeof box>('screenshot', box);
  if (!answer.supported) return null;
  const image = new Image();
  image.src = `data:image/png;base64,${answer.png!}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** The colour of one pixel of `data`. */
export function pixelAt(data: ImageData, x: number, y: number): RGBA {
  const i = (Math.round(y) * data.width + Math.round(x)) * 4;
  return [data.data[i], data.data[i + 1], data.data[i + 2], 1];
}

/** Chromium's accessibility tree under the element matching `selector` (light DOM), serialised; null elsewhere. */
export async function axTree(selector: string): Promise<string | null> {
  const answer = await executeServerCommand<CommandAnswer, { selector: string }>('ax-tree', { selector });
  return answer.supported ? answer.tree! : null;
}

/** Emulates `forced-colors: active` (true) or `none`; false where the browser cannot. */
export async function forcedColors(active: boolean): Promise<boolean> {
  return (await executeServerCommand<CommandAnswer, { active: boolean }>('forced-colors', { active })).supported;
}

/** Sets the browser's default font size, as a visitor does in its settings; false where the browser cannot. */
export async function browserFontSize(standard: number): Promise<boolean> {
  return (await executeServerCommand<CommandAnswer, { standard: number }>('font-sizes', { standard })).supported;
}

/** Resizes the viewport; false where the browser cannot (WebKit's WebDriver). */
export async function resize(width: number, height: number): Promise<boolean> {
  return setViewport({ width, height }).then(
    () => true,
    () => false,
  );
}

// ---- colour ----

export type RGBA = [number, number, number, number];

/** Parses a computed colour (`rgb()`/`rgba()`, or `color(srgb …)` as WebKit sometimes gives). */
export function parseColor(value: string): RGBA {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(value);
  if (!m) throw new Error(`cannot parse the colour "${value}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `top` drawn over the opaque `bottom`. */
export const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The parent in the flattened tree: a slotted node's slot, a shadow root's host. */
export function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour actually painted behind `el`: its own and its ancestors' backgrounds, composited, over white. */
export function backgroundBehind(el: Element | null): RGBA {
  const layers: RGBA[] = [];
  for (let node = el; node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The element that has focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface RingReport {
  width: number;
  /** Contrast of the ring with what is drawn right next to it (the halo, or the background behind). */
  contrast: number;
}

/**
 * The focus indicator of a focused element, from computed styles: a solid outline at least 2 px wide, drawn on the
 * surface halo (box-shadow spread covering the outline) or, without one, on the background behind the element.
 */
export function focusRing(el: Element): RingReport {
  const s = getComputedStyle(el);
  const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
  const ring = parseColor(s.outlineColor);
  const behind = backgroundBehind(composedParent(el));
  const shadow = /(rgba?\([^)]*\)|color\([^)]*\))\s+0px 0px 0px ([\d.]+)px/.exec(s.boxShadow);
  const reach = parseFloat(s.outlineOffset) + width;
  const halo = shadow && parseFloat(shadow[2]) >= reach + 1 ? over(parseColor(shadow[1]), behind) : null;
  return { width, contrast: contrast(over(ring, halo ?? behind), halo ?? behind) };
}

/**
 * Whether `el` is covered: no point inside its box (centre, top, bottom, start) may hit anything drawn over it, and
 * at least one must hit `el` itself, something inside it, or its label. Returns the first covering element's description, or null.
 */
export function coveredBy(el: Element): string | null {
  const box = el.getBoundingClientRect();
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = el.closest('label');
  const inset = Math.min(3, box.width / 4, box.height / 4);
  // The centre, the middle of the top and bottom edges, and the start of the box (where a label's text begins).
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + box.width / 2, box.top + inset],
    [box.left + box.width / 2, box.bottom - inset],
    [box.left + inset, box.top + box.height / 2],
  ];
  let shown = false;
  for (const [x, y] of points) {
    // A part outside the viewport is out of view, not covered (WebKit scrolls a tall or wrapped-to control only
    // partly into view); some point must still show the control (below).
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
    const hit = root.elementFromPoint(x, y);
    // A point that lands on the control's own scroll container (or, for a dialog, its backdrop) is the control
    // scrolled partly out of view, which WebKit does with tall controls; covered means something else is drawn over
    // it, as the sticky head was. Some point must show the control itself (below).
    if (hit && hit !== el && hit.contains(el)) continue;
    if (!hit || !(hit === el || el.contains(hit) || hit === label || label?.contains(hit))) {
      return `${hit?.localName ?? 'nothing'}${hit?.className ? `.${String(hit.className)}` : ''} at ${Math.round(x)},${Math.round(y)}`;
    }
    shown = true;
  }
  return shown ? null : 'scrolled out of view';
}

/** Describes an element for messages: tag, id or class, and its text. */
export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${text}"`;
}

/** The WCAG 1.4.12 text-spacing values, as the usual bookmarklet injects them. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';
