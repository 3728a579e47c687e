import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prerender, type PrerenderOptions } from './prerender.js';

/** What `prerenderDirectory()` did. */
export interface DirectoryResult {
  /** The .html files read. */
  files: string[];
  /** The files rewritten, because they held spine-widgets elements. */
  changed: string[];
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Pre-renders, in place, every `.html` file under `dir` (a static site's output folder: Eleventy's `_site`, Astro's
 * `dist`, a Next.js static export's `out`). Files without a spine-widgets element are left untouched.
 */
export async function prerenderDirectory(dir: string, options: PrerenderOptions = {}): Promise<DirectoryResult> {
  const result: DirectoryResult = { files: [], changed: [] };
  for await (const file of htmlFiles(dir)) {
    result.files.push(file);
    const html = await readFile(file, 'utf8');
    const out = await prerender(html, {
      ...options,
      warn: (message) => (options.warn ?? console.warn)(`${file}: ${message}`),
    });
    if (out === html) continue;
    await writeFile(file, out);
    result.changed.push(file);
  }
  return result;
}
