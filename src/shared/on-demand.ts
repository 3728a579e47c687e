import type { BuiltInLanguage } from './language.js';

/**
 * Wraps a loader (usually a dynamic `import()` of a language's content) so it runs once: the first call returns a
 * promise, later calls return the value itself, so a widget renders synchronously once the language is here.
 * A failed load is retried on the next call.
 */
export function onDemand<T>(load: () => Promise<T>): () => T | Promise<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return () =>
    value ??
    (pending ??= load().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
}

/**
 * A widget's built-in content, one loader per language. Every language loads on demand, English too: in the
 * script-tag file the words travel in one small file per language beside the code, so the code every visitor pays
 * for stays small and a page downloads only the languages it shows.
 */
export function contentByLanguage<T>(loaders: Record<BuiltInLanguage, () => Promise<T>>): (language: BuiltInLanguage) => T | Promise<T> {
  const languages = Object.fromEntries(Object.entries(loaders).map(([language, load]) => [language, onDemand(load)])) as Record<BuiltInLanguage, () => T | Promise<T>>;
  return (language) => languages[language]();
}
