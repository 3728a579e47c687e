/**
 * Checking and merging language packs, and generating the pseudo-locales. It walks a widget's built-in content as the
 * schema, so it needs no list of keys: whatever texts a widget has, a pack may translate. Loaded on demand by
 * translations.ts; also used by the build (translation template) and `npx spine-widgets check-translation`.
 */
import { ShapeError } from './validate.js';

interface Walk {
  /** Keys that are data (ids, URLs, kinds), copied from the base; `drop` leaves them out (except ids). */
  fixed: string[];
  missing: string[];
  unknown: string[];
  /** Generates every text from the base one instead of reading a pack. */
  text?: (english: string) => string;
  drop?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The `{name}` placeholders of a text, which a translation must keep. */
export const placeholders = (text: string): string[] => text.match(/\{\w+\}/g) ?? [];

/** Lists of objects that all have an id match by id (a pack may give some, in any order); others match by position. */
const hasIds = (list: unknown[]) => list.length > 0 && list.every((item) => isObject(item) && typeof item.id === 'string');

function walk(base: unknown, pack: unknown, path: string, ctx: Walk): unknown {
  if (pack === undefined && !ctx.text) {
    ctx.missing.push(path);
    return base;
  }
  if (typeof base === 'string') {
    if (ctx.text) return ctx.text(base);
    if (typeof pack !== 'string' || !pack.trim()) throw new ShapeError(path, 'a non-empty string');
    const lost = placeholders(base).filter((placeholder) => !pack.includes(placeholder));
    if (lost.length) throw new ShapeError(path, `a text that keeps ${lost.join(' and ')}`);
    return pack;
  }
  if (Array.isArray(base)) {
    if (ctx.text) return base.map((item) => walk(item, undefined, path, ctx));
    if (!Array.isArray(pack)) throw new ShapeError(path, 'a list');
    if (!base.some(isObject)) return pack.map((item, i) => walk('', item, `${path}[${i}]`, ctx));
    const byId = hasIds(base);
    const find = (item: Record<string, unknown>, i: number) => (byId ? pack.find((p) => isObject(p) && p.id === item.id) : pack[i]);
    pack.forEach((item, i) => {
      if (!isObject(item)) throw new ShapeError(`${path}[${i}]`, 'an object');
      if (!(byId ? base.some((b: Record<string, unknown>) => b.id === item.id) : i < base.length)) ctx.unknown.push(`${path}[${byId ? String(item.id) : i}]`);
    });
    return base.map((item: Record<string, unknown>, i) => walk(item, find(item, i), `${path}[${byId ? (item.id as string) : i}]`, ctx));
  }
  if (isObject(base)) {
    if (!ctx.text && !isObject(pack)) throw new ShapeError(path, 'an object');
    const given = (pack ?? {}) as Record<string, unknown>;
    Object.keys(given).forEach((key) => Object.hasOwn(base, key) || ctx.unknown.push(join(path, key)));
    return Object.fromEntries(
      Object.entries(base).flatMap(([key, value]) =>
        ctx.fixed.includes(key)
          ? ctx.drop && key !== 'id'
            ? []
            : [[key, value]]
          : [[key, walk(value, Object.hasOwn(given, key) ? given[key] : undefined, join(path, key), ctx)]],
      ),
    );
  }
  return base;
}

/**
 * Merges one widget's part of a pack onto its content in the fallback language, key by key. Adds the paths the pack
 * leaves out to `missing` and the ones the widget does not have to `unknown`; throws a ShapeError for a value of the
 * wrong kind or a text that lost a placeholder.
 */
export function translate<T>(base: T, pack: unknown, fixed: string[], path: string, missing: string[], unknown: string[]): T {
  return walk(base, pack, path, { fixed, missing, unknown }) as T;
}

/** Every text of a widget's content, with its data keys left out (ids kept, so lists can be matched): what a translator sees. */
export const textsOf = <T>(base: T, fixed: string[]): T => walk(base, undefined, '', { fixed, missing: [], unknown: [], text: (t) => t, drop: true }) as T;

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnoprstuwyzABCDEGHIKLNOPRSTUWYZ'].map((c, i) => [c, [...'åƀçđéĝĥîķļñöþŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖÞŔŠŢÛŴÝŽ'][i]]),
);

/**
 * A text in a pseudo-locale, placeholders untouched. `en-XA`: accented and about 40% longer (in words that can wrap),
 * in brackets, to find cut-off and hard-coded text. `ar-XB`: each word reversed with bidi overrides, in a right-to-left
 * widget, to find what does not mirror.
 */
export function pseudoText(text: string, locale: string): string {
  const parts = text.split(/(\{\w+\})/);
  if (/^ar/i.test(locale)) {
    return `\u200f${parts.map((part, i) => (i % 2 ? part : part.replace(/[^\s]+/g, (word) => `\u202e${word}\u202c\u200f`))).join('')}`;
  }
  const accented = parts.map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c))).join('');
  const extra = Math.ceil(text.length * 0.4);
  const filler = 'ŀöŕéɱ îþšûɱ ðöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ '.repeat(Math.ceil(extra / 70) + 1);
  return `[${accented} ${filler.slice(0, Math.max(extra - 3, 1)).trim()}]`;
}

/** A widget's content in a pseudo-locale, generated from its English content. */
export const pseudo = <T>(base: T, fixed: string[], locale: string): T =>
  walk(base, undefined, '', { fixed, missing: [], unknown: [], text: (t) => pseudoText(t, locale) }) as T;
