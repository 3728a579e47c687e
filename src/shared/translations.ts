/**
 * Clinic-supplied translations: the registry of translatable widgets, `registerTranslation`, and the declarative
 * `<script type="application/json" data-spine-translation="vi">` form. The checking and merging code loads on demand
 * (translation-pack.ts), only on pages that use a registered language.
 */
import { LANGUAGES, PSEUDO_LOCALES, registered, shippedLanguage, toLanguage, type BuiltInLanguage, type Language } from './language.js';
import { contentByLanguage } from './on-demand.js';

/** A language pack: per widget, any part of its built-in content (see the "Add a language" docs page). */
export interface TranslationPack {
  /** Direction of the language, when its tag does not say it (ar, fa, he, ur... are right to left already). */
  dir?: 'ltr' | 'rtl';
  /** The language whose texts fill what the pack leaves out: by default the parent tag (`zh` for `zh-TW`), else English. */
  fallback?: string;
  [widget: string]: unknown;
}

interface Widget {
  key: string;
  tag: string;
  fixed: string[];
  load(language: Language): unknown;
}

interface Entry {
  tag: string;
  dir?: 'ltr' | 'rtl';
  fallback?: string;
  pack: Record<string, unknown>;
  pseudo?: boolean;
  /** Each widget's content in this language, or the promise of it. */
  done: Map<string, unknown>;
  /** Missing and unknown keys already warned about: one warning per language, not one per re-merge. */
  warned?: Set<string>;
}

/** Every translatable widget loaded, by its pack key (`procedureCard` for `<procedure-card>`). */
export const widgets = new Map<string, Widget>();
// Registered languages are looked up by language.ts for resolution and direction; here they carry their packs.
const entries = registered as Map<string, Entry>;
const listeners = new Set<() => void>();

/** Calls `listener` whenever a language is registered or refused, so widgets can re-render. */
export const onTranslationChange = (listener: () => void): (() => boolean) => (listeners.add(listener), () => listeners.delete(listener));
let revision = 0;
/** Goes up whenever a language is registered or refused: content resolved before may be out of date. */
export const translationRevision = (): number => revision;
const changed = () => {
  revision++;
  listeners.forEach((listener) => listener());
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Pack keys that are not a widget's texts: `dir`, `fallback`, and notes such as `$comment` or `$schema`. */
export const isSetting = (key: string): boolean => key === 'dir' || key === 'fallback' || key.startsWith('$');

/** What is wrong with a pack's own settings, `dir` and `fallback`: the rule `npx spine-widgets check-translation` applies too. */
export const settingProblems = ({ dir, fallback }: Record<string, unknown>): string[] =>
  [
    dir !== undefined && dir !== 'ltr' && dir !== 'rtl' && '"dir" should be "ltr" or "rtl"',
    fallback !== undefined && (typeof fallback !== 'string' || !fallback.trim()) && '"fallback" should be a language tag such as "es"',
  ].filter((problem): problem is string => typeof problem === 'string');

const report = (message: string): false => {
  console.error(`spine-widgets: ${message}`);
  return false;
};

/**
 * Makes a widget translatable: registers its pack key (the camelCase of its tag) and returns the function that gives
 * its content in any language the widgets speak. `fixed` names keys that are data, not text (ids, URLs, kinds):
 * packs cannot change them.
 */
export function translatable<T>(tag: string, loaders: Record<BuiltInLanguage, () => Promise<T>>, fixed: string[] = []): (language: Language) => T | Promise<T> {
  const builtIn = contentByLanguage(loaders);
  const key = tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const load = (language: Language): T | Promise<T> => {
    if ((LANGUAGES as readonly string[]).includes(language)) return builtIn(language as BuiltInLanguage);
    const lower = language.toLowerCase();
    const entry =
      entries.get(lower) ??
      (PSEUDO_LOCALES.some((p) => p.toLowerCase() === lower) ? entries.set(lower, { tag: language, pack: {}, pseudo: true, done: new Map() }).get(lower) : undefined);
    if (!entry) return builtIn('en');
    if (!entry.done.has(key)) prepare(entry);
    return entry.done.get(key) as T | Promise<T>;
  };
  widgets.set(key, { key, tag, fixed: ['id', 'url', 'href', 'icon', ...fixed], load });
  return load;
}

/** The language whose content a pack is merged onto: its `fallback`, else its parent tag; English when that loops. */
function baseOf(entry: Entry): Language {
  if (entry.pseudo) return 'en';
  const next = (e: Entry) => toLanguage(e.fallback ?? e.tag.replace(/-?[^-]*$/, ''));
  const base = next(entry);
  let language = base;
  for (let step = 0; step < 8; step++) {
    if (language.toLowerCase() === entry.tag.toLowerCase()) return 'en';
    const current = entries.get(language.toLowerCase());
    if (!current) return base;
    language = next(current);
  }
  return 'en';
}

/**
 * Checks and merges the pack for every widget not done yet, at once, so one console warning lists everything the
 * language leaves out. A pack of the wrong shape is refused whole: the language is unregistered and widgets fall back.
 */
function prepare(entry: Entry): void {
  const batch = [...widgets.values()].filter((widget) => !entry.done.has(widget.key));
  const base = baseOf(entry);
  const first = !entry.done.size;
  const merged = import('./translation-pack.js').then(async ({ translate, pseudo }) => {
    const bases = await Promise.all(batch.map((widget) => widget.load(base)));
    let missing: string[] = [];
    // Unknown widget keys are reported with the first batch only.
    let unknown = first ? Object.keys(entry.pack).filter((key) => !isSetting(key) && !widgets.has(key)) : [];
    try {
      const result = batch.map((widget, i) =>
        entry.pseudo
          ? pseudo(bases[i], widget.fixed, entry.tag)
          : translate(bases[i], entry.pack[widget.key], widget.fixed, widget.key, missing, unknown),
      );
      const fresh = (list: string[]) => list.filter((path) => !entry.warned?.has(path));
      [missing, unknown] = [fresh(missing), fresh(unknown)];
      entry.warned = new Set([...(entry.warned ?? []), ...missing, ...unknown]);
      if (missing.length || unknown.length) {
        console.warn(
          `spine-widgets: the "${entry.tag}" translation ${missing.length ? `has no text for ${missing.join(', ')} (showing ${base === 'en' ? 'English' : `"${base}"`} there)` : ''}${missing.length && unknown.length ? '; it ' : ''}${unknown.length ? `has keys that are not texts of the widgets loaded here, ignored: ${unknown.join(', ')}` : ''}. Check it with: npx spine-widgets check-translation`,
        );
      }
      return result;
    } catch (error) {
      if (entries.get(entry.tag.toLowerCase()) === entry) {
        entries.delete(entry.tag.toLowerCase());
        report(`the "${entry.tag}" translation was refused: ${(error as Error).message}. Widgets show ${base === 'en' ? 'English' : `"${base}"`} instead. Fix the pack (npx spine-widgets check-translation lists every problem).`);
        queueMicrotask(changed);
      }
      return bases;
    }
  });
  batch.forEach((widget, i) => {
    // Once merged, the content is kept as a value (sync renders), unless a newer registration cleared it meanwhile.
    const content: Promise<unknown> = merged.then((result) => {
      if (entry.done.get(widget.key) === content) entry.done.set(widget.key, result[i]);
      return result[i];
    });
    entry.done.set(widget.key, content);
  });
}


/**
 * Registers a language for every widget on the page: `registerTranslation('vi', { procedureCard: {...}, ... })`.
 * Widgets whose `lang` resolves to it (the element's, an ancestor's or `<html>`'s) render in it at once. Any text the
 * pack leaves out falls back key by key (to its `fallback` language or English), with one console warning listing
 * them. Returns false, with a console error saying why, when the language tag or the pack is unusable.
 */
export function registerTranslation(lang: string, pack: TranslationPack): boolean {
  let tag: string;
  try {
    // Only the case is normalised: canonical aliases (tl -> fil, iw -> he) would no longer match the page's lang.
    [tag] = Intl.getCanonicalLocales(lang);
    if (tag && tag.toLowerCase() !== lang.trim().toLowerCase()) tag = lang.trim();
  } catch {
    return report(`registerTranslation: "${String(lang)}" is not a language tag; use one like "vi", "zh-TW" or "ht".`);
  }
  if (!tag) return report('registerTranslation: give a language tag first, like registerTranslation("vi", pack).');
  if (!isObject(pack)) return report(`registerTranslation("${tag}"): the pack should be an object such as { "procedureCard": { ... } }.`);
  const [problem] = settingProblems(pack);
  if (problem) return report(`registerTranslation("${tag}"): ${problem}.`);
  const { dir, fallback } = pack;
  const sections = Object.entries(pack).filter(([key]) => !isSetting(key));
  const bad = sections.find(([, section]) => !isObject(section));
  if (bad) return report(`registerTranslation("${tag}"): "${bad[0]}" should be an object of that widget's texts.`);
  const lower = tag.toLowerCase();
  if (shippedLanguage(lower)) {
    return report(`registerTranslation("${tag}"): ${tag} is built in; change its texts on each widget instead (see the Languages docs), or register a regional tag such as "${tag.slice(0, 2)}-US".`);
  }
  const entry: Entry = { tag, dir, fallback, pack, done: new Map() };
  entries.set(lower, entry);
  // Packs merged onto this language, or falling back to it, are redone with the new texts.
  entries.forEach((other) => other !== entry && other.done.clear());
  changed();
  return true;
}

const DECLARATIVE = 'script[data-spine-translation]';
const read = new WeakMap<Element, string>();
let watching = false;

/** Registers every `<script type="application/json" data-spine-translation="vi">` on the page not read yet (or edited since). */
function readDeclarative(): void {
  for (const script of document.querySelectorAll<HTMLScriptElement>(DECLARATIVE)) {
    const json = script.textContent ?? '';
    if (read.get(script) === json) continue;
    read.set(script, json);
    const lang = script.dataset.spineTranslation ?? '';
    if (script.type !== 'application/json') {
      report(`<script data-spine-translation="${lang}"> needs type="application/json", or the browser runs it as code.`);
      continue;
    }
    let pack: unknown;
    try {
      pack = JSON.parse(json);
    } catch (error) {
      report(`<script data-spine-translation="${lang}"> is not valid JSON (${(error as Error).message}); fix the JSON.`);
      continue;
    }
    registerTranslation(lang, pack as TranslationPack);
  }
}

/** Reads declarative packs now and whenever the page adds or edits one. Called when the first widget connects. */
export function watchDeclarativeTranslations(): void {
  if (watching) return;
  watching = true;
  readDeclarative();
  // Only mutations that add elements or edit a declarative script's text cost a look-up.
  new MutationObserver((records) => {
    const relevant = records.some((record) =>
      record.type === 'characterData'
        ? record.target.parentElement?.matches(DECLARATIVE)
        : (record.target as Element).matches?.(DECLARATIVE) || [...record.addedNodes].some((node) => node.nodeType === 1),
    );
    if (relevant) readDeclarative();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}
