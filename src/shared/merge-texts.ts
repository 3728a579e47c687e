import { ShapeError } from './validate.js';

/**
 * Merges a clinic's partial texts onto a widget's built-in ones (the `texts` property, a JSON child or `src`),
 * refusing anything that is not visible text. Unknown keys are ignored; nested groups merge key by key.
 */
export function mergeTexts<T>(override: unknown, base: T, path = 'texts'): T {
  if (typeof override !== 'object' || override === null || Array.isArray(override)) throw new ShapeError(path, 'an object');
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    const builtIn = result[key];
    if (builtIn === undefined) continue;
    if (typeof builtIn === 'object') result[key] = mergeTexts(value, builtIn, `${path}.${key}`);
    else if (typeof value === 'string' && value.trim()) result[key] = value;
    else throw new ShapeError(`${path}.${key}`, 'a non-empty string');
  }
  return result as T;
}
