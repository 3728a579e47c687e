/**
 * Small shape checks for content that comes from outside (JSON, `src`, properties). Each check returns a clean copy
 * holding only the known keys, or throws a ShapeError naming the path and what was expected, so a widget never renders
 * unvalidated data.
 */
import type { ContentErrorReason } from './events.js';

/** A reason to refuse a clinic's content, with a message that says what to fix. */
export class ContentProblem extends Error {
  constructor(
    readonly reason: ContentErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Content of the wrong shape: `path` names the offending value. */
export class ShapeError extends ContentProblem {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super('invalid-shape', `${path || 'the content'} should be ${expected}`);
  }
}

export type Check<T> = (value: unknown, path: string) => T;
type Checked<S> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A string with visible text. */
export const text: Check<string> = (value, path) => {
  if (typeof value !== 'string' || !value.trim()) throw new ShapeError(path, 'a non-empty string');
  return value;
};

/** An absolute http(s) URL, for links to public sources. */
export const webUrl: Check<string> = (value, path) => {
  const candidate = text(value, path);
  if (!/^https?:\/\/[^\s/]+/i.test(candidate)) throw new ShapeError(path, 'an http or https URL');
  return candidate;
};

export const bool: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'true or false');
  return value;
};

export function oneOf<T extends string>(...allowed: T[]): Check<T> {
  return (value, path) => {
    if (!allowed.includes(value as T)) throw new ShapeError(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    return value as T;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined || value === null ? undefined : check(value, path));
}

export function listOf<T>(check: Check<T>, { min = 0 } = {}): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length < min) {
      throw new ShapeError(path, min ? `a list of at least ${min}` : 'a list');
    }
    return value.map((item, index) => check(item, join(path, index)));
  };
}

export function shape<S extends Record<string, Check<unknown>>>(schema: S): Check<Checked<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object');
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(schema)) {
      const checked = schema[key](source[key], join(path, key));
      if (checked !== undefined) result[key] = checked;
    }
    return result as Checked<S>;
  };
}

/** The same shape with every key optional: for partial overrides merged onto built-in content. */
export function partial<S extends Record<string, Check<unknown>>>(schema: S): Check<Partial<Checked<S>>> {
  const loose = Object.fromEntries(Object.entries(schema).map(([key, check]) => [key, optional(check)]));
  return shape(loose) as Check<Partial<Checked<S>>>;
}
