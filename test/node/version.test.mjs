// The source's version literal stays in step with package.json (the build stamps it, but tests run the source).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('src/shared/version.ts matches package.json', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(readFileSync('src/shared/version.ts', 'utf8'), new RegExp(`= '${version.replace(/\./g, '\\.')}'`));
});
