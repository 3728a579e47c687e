// Writes examples/<page>.prerendered.html (git-ignored) from the example pages with spine-widgets/prerender, for
// scripts/check-prerender-noscript.mjs and scripts/bench-prerender.mjs. Needs `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { prerender } from '../dist/prerender/index.js';

export const EXAMPLES = ['examples/clinic-page.html', 'examples/clinic-page.es.html'];

/** Pre-renders the example pages; returns the paths written. */
export async function prerenderExamples() {
  const written = [];
  for (const page of EXAMPLES) {
    const out = page.replace(/\.html$/, '.prerendered.html');
    writeFileSync(out, await prerender(readFileSync(page, 'utf8')));
    written.push(out);
  }
  return written;
}
