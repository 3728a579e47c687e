// The published types, checked as an agency would use them: TypeScript code importing the built package through
// its exports map (test/fixtures/npm-consumer). Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { promisify } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every file the exports map names exists after the build', () => {
  const targets = Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
  assert.deepEqual(targets.filter((file) => !existsSync(file)), []);
});

test('TypeScript code using the package through its exports type-checks', async () => {
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/fixtures/npm-consumer/tsconfig.json']).catch((error) => error);
  assert.equal(result.stdout ?? '', '', 'tsc reported errors');
  assert.ok(!(result instanceof Error), String(result.stdout ?? result));
});
