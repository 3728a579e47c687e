/**
 * Where the split script-tag file `dist/spine-widgets.js` finds the files beside it (the Spanish text, the
 * consultation form, the guide's view). The build (rollup.config.mjs, `importFromBase`) turns each of its dynamic imports into a
 * call of the importer made here, so the files are looked for in the folder the clinic says, not next to whatever
 * page or cache file the code ended up in (inlined by a CMS, combined by an optimizer).
 */

/** `window.spineWidgets`: settings a page may set before the script runs. Other scripts may add to it. */
export interface SpineWidgetsGlobal {
  /** The folder holding the spine-widgets files, for example `https://clinic.example/js/`. */
  baseUrl?: string;
  [key: string]: unknown;
}

declare global {
  interface Window {
    spineWidgets?: SpineWidgetsGlobal;
  }
}

/** The page's `window.spineWidgets` object, created when missing; what is already there is kept. */
export function spineWidgetsGlobal(): SpineWidgetsGlobal {
  const existing = window.spineWidgets;
  if (typeof existing === 'object' && existing !== null) return existing;
  return (window.spineWidgets = {});
}

/** A base URL that names a folder: a missing trailing slash would make `x/js` mean `x/`. */
function asFolder(url: string, relativeTo: string): string {
  const absolute = new URL(url, relativeTo).href;
  return /[/]$|\.m?js([?#].*)?$/.test(absolute) ? absolute : `${absolute}/`;
}

/**
 * The URL the files beside the main one are resolved against, in order: `window.spineWidgets.baseUrl` set before
 * the script ran, `data-base-url` on its script tag, then the script's own URL (the page's when it was inlined).
 */
export function resolveBaseUrl(script: HTMLScriptElement | null, settings: SpineWidgetsGlobal = spineWidgetsGlobal()): string {
  const page = document.baseURI;
  const configured = typeof settings.baseUrl === 'string' && settings.baseUrl.trim() ? settings.baseUrl.trim() : script?.dataset.baseUrl?.trim();
  if (configured) return asFolder(configured, page);
  return script?.src || page;
}

/** An error whose console message has already been written: callers should not log it again. */
export interface ReportedError extends Error {
  spineReported?: boolean;
}

/** True when `error` was already explained in the console by the importer. */
export const alreadyReported = (error: unknown): boolean => (error as ReportedError | null)?.spineReported === true;

/**
 * Imports a module, first asking for it with `<link rel="modulepreload">` where the browser has that: Chrome starts
 * an `import()`'s download only some time after the call (about 120 ms on the example page at 4x CPU slowdown, while
 * the main file runs), a preload link at once, and the `import()` then takes the module the link fetched.
 */
function importModule(url: string): Promise<unknown> {
  const link = document.createElement('link');
  if (link.relList.supports?.('modulepreload')) {
    link.rel = 'modulepreload';
    link.href = url;
    (document.head ?? document.documentElement).append(link);
  }
  return import(/* @vite-ignore */ url);
}

/**
 * Imports the built files (`./spine-widgets-es-[hash].js`) from `base`. When one cannot load, the console gets one
 * error per URL naming the URL tried and both ways to fix it; the promise rejects with an error marked as reported.
 */
export function chunkImporter(base: string, load: (url: string) => Promise<unknown> = importModule) {
  const reported = new Set<string>();
  // One promise per file while it loads or once it has: every widget waiting for the page's words then renders in
  // the same task, so the browser lays the page out once instead of once per widget (each import() of a file
  // already loading settles in a task of its own). A failure is forgotten, so a later call tries again.
  const loading = new Map<string, Promise<unknown>>();
  return (file: string): Promise<unknown> => {
    const url = new URL(file, base).href;
    const known = loading.get(url);
    if (known) return known;
    const attempt = load(url).catch((cause: unknown) => {
      loading.delete(url);
      if (!reported.has(url)) {
        reported.add(url);
        console.error(
          `spine-widgets: could not load ${url}. To fix it, either put every spine-widgets-*.js file in the folder holding spine-widgets.js and tell it where that folder is (window.spineWidgets = { baseUrl: 'https://your-site/path/' } before the script, or data-base-url="https://your-site/path/" on its <script> tag), or use spine-widgets.bundle.js instead, which needs no other file.`,
        );
      }
      const error: ReportedError = new Error(`${url} did not load`, { cause });
      error.spineReported = true;
      throw error;
    });
    loading.set(url, attempt);
    return attempt;
  };
}
