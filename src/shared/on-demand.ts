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
