// The framework snippets in the docs (stories/getting-started.mdx) are files of the fixture apps, which
// `npm run test:apps` type-checks with each framework's own checker: svelte-check, vue-tsc, Angular's strict templates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const docs = readFileSync('stories/getting-started.mdx', 'utf8');
/** The first fenced block in `language` after the heading `heading`. */
const snippet = (heading, language) => {
  const start = docs.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `getting-started.mdx has no "${heading}"`);
  return docs.slice(start).match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``))[1];
};

for (const [heading, language, file] of [
  ['## Svelte 5', 'svelte', 'test/fixtures/apps/svelte/src/Docs.svelte'],
  ['## Vue 3', 'vue', 'test/fixtures/apps/vue/src/Docs.vue'],
  ['## Angular', 'ts', 'test/fixtures/apps/angular/src/app/docs.ts'],
]) {
  test(`the docs' ${heading.slice(3)} snippet is ${file}, which the app checks`, () => {
    assert.equal(snippet(heading, language), readFileSync(file, 'utf8'));
  });
}
