// The built script-tag files (npm run build writes them): what their first bytes must be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';

test('dist/spine-widgets.js opens with Chrome\'s compile hint, then its wrapper', () => {
  // Nearly all of the main file runs as the page loads: the hint lets Chrome compile it while it downloads, off the
  // main thread (rollup.config.mjs, classicScriptSafe). It must be the file's first line to count.
  const [first, second] = readFileSync('dist/spine-widgets.js', 'utf8').split('\n', 2);
  assert.equal(first, '//# allFunctionsCalledOnLoad');
  assert.ok(second.startsWith('(()=>{'), 'the classic-script wrapper follows');
});

test('dist/spine-widgets.bundle.js has no compile hint: its forms and languages do not all run on load', () => {
  const code = readFileSync('dist/spine-widgets.bundle.js', 'utf8');
  assert.ok(code.startsWith('(()=>{'));
  assert.ok(!code.includes('allFunctionsCalledOnLoad'));
});
