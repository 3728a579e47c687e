/**
 * Checking and merging language packs, and generating the pseudo-locales. It walks a widget's built-in content as the
 * schema, so it needs no list of keys: whatever texts a widget has, a pack may translate. Loaded on demand by
 * translations.ts; also used by the build (translation template) and `npx spine-widgets check-translation`.
 */

// Its own error rather than validate.ts's ShapeError: in the script-tag build this file is a chunk of its own, and
// importing from the main file would make the main file export, which a classic <script> cannot.
class ShapeError extends Error {}

interface Walk {
  /** Keys that are data (ids, URLs, kinds), copied from the base; `drop` leaves them out (except ids). */
  fixed: string[];
  missing: string[];
  unknown: string[];
  /** Generates every text from the base one (and its path) instead of reading a pack. */
  text?: (english: string, path: string) => string;
  drop?: boolean;
  /** Collects every problem here instead of throwing at the first (for the checker). */
  errors?: string[];
  /** Collects each translated text with its path and the base text (for the checker). */
  seen?: Array<[path: string, base: string, text: string]>;
}

/** A value of the wrong kind: thrown, or collected when the checker asks for every problem. */
function fail(ctx: Walk, base: unknown, path: string, expected: string): unknown {
  const error = new ShapeError(`${path} should be ${expected}`);
  if (!ctx.errors) throw error;
  ctx.errors.push(error.message);
  return base;
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
    if (ctx.text) return ctx.text(base, path);
    if (typeof pack !== 'string' || !pack.trim()) return fail(ctx, base, path, 'a non-empty string');
    const lost = placeholders(base).filter((placeholder) => !pack.includes(placeholder));
    if (lost.length) return fail(ctx, base, path, `a text that keeps ${lost.join(' and ')}`);
    ctx.seen?.push([path, base, pack]);
    return pack;
  }
  if (Array.isArray(base)) {
    if (ctx.text) return base.map((item, i) => walk(item, undefined, `${path}[${hasIds(base) ? (item as { id: string }).id : i}]`, ctx));
    if (!Array.isArray(pack)) return fail(ctx, base, path, 'a list');
    // A list of texts is translated as a whole (a language may need more or fewer sentences).
    if (!base.some(isObject)) return pack.map((item, i) => walk(typeof base[i] === 'string' ? base[i] : '', item, `${path}[${i}]`, ctx));
    const byId = hasIds(base);
    const find = (item: Record<string, unknown>, i: number) => (byId ? pack.find((p) => isObject(p) && p.id === item.id) : pack[i]);
    if (pack.some((item, i) => !isObject(item) && fail(ctx, true, `${path}[${i}]`, 'an object'))) return base;
    pack.forEach((item, i) => {
      if (!(byId ? base.some((b: Record<string, unknown>) => b.id === item.id) : i < base.length)) ctx.unknown.push(`${path}[${byId ? String(item.id) : i}]`);
    });
    return base.map((item: Record<string, unknown>, i) => walk(item, find(item, i), `${path}[${byId ? (item.id as string) : i}]`, ctx));
  }
  if (isObject(base)) {
    if (!ctx.text && !isObject(pack)) return fail(ctx, base, path, 'an object');
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

/**
 * Every text of a widget's content, with its data keys left out (ids kept, so lists can be matched): what a translator
 * sees. `each` is called with every text and its path.
 */
export const textsOf = <T>(base: T, fixed: string[], path = '', each?: (text: string, path: string) => void): T =>
  walk(base, undefined, path, { fixed, missing: [], unknown: [], text: (t, at) => (each?.(t, at), t), drop: true }) as T;

/** Every problem of a pack's part for one widget, for the checker: nothing is thrown. */
export function checkPack(base: unknown, pack: unknown, path: string) {
  const ctx: Walk & Required<Pick<Walk, 'errors' | 'seen'>> = { fixed: ['id'], missing: [], unknown: [], errors: [], seen: [] };
  walk(base, pack, path, ctx);
  return ctx;
}

/** How long a translation of `english` may grow before the checker calls it much longer: most languages need 30-60% more. */
export const lengthLimit = (english: string): number => Math.round(english.length * 1.6) + 12;

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
