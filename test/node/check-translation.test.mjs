// `npx spine-widgets check-translation`: exit codes and reports, run from the packed package as a clinic would.
// Needs a build first (npm run build writes dist/translation-template.json).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const fixtures = resolve('test/fixtures/translations');
const work = mkdtempSync(join(tmpdir(), 'spine-check-'));
let bin;

before(async () => {
  // The packed package, without its prepack build (dist is already built): what `npx spine-widgets` runs.
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work]);
  await exec('tar', ['-xzf', join(work, stdout.trim().split('\n').pop()), '-C', work]);
  bin = join(work, 'package', 'bin', 'spine-widgets.mjs');
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the packed CLI; resolves with its exit code and output whatever the code. */
const cli = (...args) =>
  exec(process.execPath, [bin, ...args], { cwd: work }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
const write = (name, pack) => {
  const file = join(work, name);
  writeFileSync(file, typeof pack === 'string' ? pack : JSON.stringify(pack));
  return file;
};

test('the package declares the bin and ships it with the template', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.bin['spine-widgets'], './bin/spine-widgets.mjs');
  const template = JSON.parse(readFileSync(join(work, 'package', 'dist', 'translation-template.json'), 'utf8'));
  assert.equal(template.texts['specialistChecklist.progress'].english, '{checked} of {total} checked');
  assert.deepEqual(template.texts['specialistChecklist.progress'].placeholders, ['{checked}', '{total}']);
  assert.match(template.texts['procedureCard.labels.whoItMayHelp'].note, /^Shown by <procedure-card>/);
  assert.deepEqual(Object.keys(template.pack).sort(), ['consultButton', 'guideDownload', 'procedureCard', 'specialistChecklist', 'surgeryBenefits']);
  // Data is not for translating: no kinds or URLs, but ids to match list items.
  assert.equal(template.pack.procedureCard.procedures.discectomy.kind, undefined);
  assert.equal(template.pack.procedureCard.procedures.discectomy.id, 'discectomy');
  assert.equal(template.pack.procedureCard.procedures.discectomy.sources[0].url, undefined);
});

test('a partial pack passes (exit 0) and lists what is missing; --strict fails it', async () => {
  const partial = join(fixtures, 'vi-partial.json');
  const result = await cli('check-translation', partial);
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, /0 error\(s\)/);
  assert.match(result.out, /- procedureCard\.labels\.risks\n/);
  assert.doesNotMatch(result.out, /- procedureCard\.labels\.how\n/);
  assert.equal((await cli('check-translation', partial, '--strict')).code, 1);
});

test('the English texts themselves pass strictly', async () => {
  const template = JSON.parse(readFileSync(join(work, 'package', 'dist', 'translation-template.json'), 'utf8'));
  const result = await cli('check-translation', write('en.json', template.pack), '--strict');
  assert.equal(result.code, 0, result.out);
});

test('lost placeholders and unknown keys are errors (exit 1)', async () => {
  const result = await cli('check-translation', join(fixtures, 'bad-placeholder.json'));
  assert.equal(result.code, 1);
  assert.match(result.out, /specialistChecklist\.progress should be a text that keeps \{total\}/);
  assert.match(result.out, /specialistChecklist\.headng is not a text of <specialist-checklist>/);
  const wrong = await cli('check-translation', write('wrong.json', { procedurecard: {}, dir: 'up', consultButton: { label: 3, reasons: [] } }));
  assert.equal(wrong.code, 1);
  assert.match(wrong.out, /procedurecard is not a widget/);
  assert.match(wrong.out, /"dir" should be "ltr" or "rtl"/);
  assert.match(wrong.out, /consultButton\.label should be a non-empty string/);
  assert.match(wrong.out, /consultButton\.reasons should be an object/);
  assert.equal((await cli('check-translation', write('broken.json', '{ "procedureCard": '))).code, 1);
  assert.equal((await cli('check-translation', write('list.json', '[]'))).code, 1);
});

test('texts much longer than English are warnings', async () => {
  const result = await cli('check-translation', write('long.json', { consultButton: { close: 'Close this window now, please, and go back to the page you were reading before' } }));
  assert.equal(result.code, 0);
  assert.match(result.out, /consultButton\.close has 78 characters, English 5/);
});

test('wrong usage exits 2', async () => {
  assert.equal((await cli('check-translation')).code, 2);
  assert.equal((await cli('check-translation', join(work, 'missing.json'))).code, 2);
  assert.equal((await cli('no-such-command')).code, 2);
  assert.equal((await cli()).code, 0);
});
