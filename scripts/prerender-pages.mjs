// Writes examples/<page>.prerendered.html (git-ignored) from the example pages with spine-widgets/prerender, for
// scripts/check-prerender-noscript.mjs and the benchmarks (scripts/bench.mjs, scripts/bench-prerender.mjs).
// Needs the built dist/ (`rollup -c`) first.
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

/**
 * Writes examples/<page>.written.html: a pre-rendered page without its spine-widgets script, so the widgets' rendered
 * HTML is written in and nothing is left for JavaScript to do (the benchmarks' reference). Returns its path.
 */
export function writeWithoutScript(prerendered) {
  const out = prerendered.replace(/\.prerendered\.html$/, '.written.html');
  writeFileSync(out, readFileSync(prerendered, 'utf8').replace(/<script src="[^"]*spine-widgets\.js"[^>]*><\/script>/, ''));
  return out;
}
