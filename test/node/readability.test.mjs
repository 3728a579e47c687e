// Every built-in English text a patient reads is at or below US grade 8 (Flesch-Kincaid), as NIH advises: every
// widget, every field (who it may help, risks, what to tell the doctor, the benefits' caveats, the emergency notice).
// Reads the built content modules (dist/components/*/content/en.js), so run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8;
// Texts shorter than this are names and labels ("Radiofrequency neurotomy", "Print"): the formula measures prose.
const MIN_WORDS = 4;
// Keys whose values are not the widget's own prose: ids, links, and the titles of the public sources it cites.
const SKIP_KEYS = new Set(['id', 'url', 'href', 'sources', 'icon', 'alternateName', 'name']);

/** Flesch-Kincaid grade of a text: sentences end in . ! ? or a line end. */
export function grade(text) {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n/).filter((s) => s.trim()).length || 1;
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

/** Every prose string inside a content value, with its path. */
export function proseOf(value, path = '') {
  if (typeof value === 'string') return value.split(/\s+/).length >= MIN_WORDS ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => proseOf(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (SKIP_KEYS.has(key) ? [] : proseOf(item, path ? `${path}.${key}` : key)));
  }
  return [];
}

// The widgets whose English content this test must read. Any other widget with a content/en.ts in src/ is read too,
// so a new widget cannot slip past; a file missing from dist/ fails its test instead of being skipped.
const WIDGETS = ['consult-button', 'guide-download', 'procedure-card', 'specialist-checklist', 'surgery-benefits'];
const widgetsInSource = existsSync('src/components')
  ? readdirSync('src/components').filter((tag) => existsSync(`src/components/${tag}/content/en.ts`))
  : [];
const modules = [...new Set([...WIDGETS, ...widgetsInSource])].map((tag) => `dist/components/${tag}/content/en.js`);

// The parts issue 11 added to the patient text. Each must be measured, so a new skip rule cannot quietly exempt them.
const MUST_MEASURE = {
  'procedure-card': [/\.whoItMayHelp\[\d+\]$/, /\.risks\[\d+\]$/, /\.tellYourDoctor\[\d+\]$/, /\.how\[\d+\]$/, /\.expect\[\d+\]$/, /^content\.labels\.disclaimer$/],
  'surgery-benefits': [/\.caveats\[\d+\]$/, /\.benefits\[\d+\]\.text$/, /\.disclaimer$/],
  'specialist-checklist': [/\.items\[\d+\]\.question$/, /\.items\[\d+\]\.tip$/],
  'consult-button': [/\.emergency\.text$/, /\.intro$/],
};

test('the grade formula behaves', () => {
  assert.ok(grade('The cat sat on the mat. It was happy.') < 2);
  assert.ok(grade('Radiofrequency neurotomy interrupts nociceptive transmission from degenerative zygapophyseal articulations.') > 12);
  assert.ok(Number.isFinite(grade('Short words read well.')));
});

for (const file of modules) {
  test(`${file}: every English text is at or below grade ${MAX_GRADE}`, async (t) => {
    assert.ok(existsSync(file), `${file} is missing: build dist/ first (npx rollup -c); this test reads the built content`);
    const content = await import(`../../${file}`);
    const texts = proseOf({ ...content });
    assert.ok(texts.length > 0, `${file} exports no prose`);
    const graded = texts.map(([path, text]) => [path, grade(text), text]);
    const unmeasured = graded.filter(([, g]) => !Number.isFinite(g));
    assert.deepEqual(
      unmeasured.map(([path, g, text]) => `${path} (grade ${g}): ${text}`),
      [],
      'the grade could not be computed for these texts',
    );
    const tag = file.split('/')[2];
    for (const pattern of MUST_MEASURE[tag] ?? []) {
      assert.ok(texts.some(([path]) => pattern.test(path)), `${file}: no text matching ${pattern} was measured`);
    }
    const hard = graded.filter(([, g]) => g > MAX_GRADE);
    assert.deepEqual(hard.map(([path, g, text]) => `${path} (grade ${g.toFixed(1)}): ${text}`), []);
    const [hardestPath, hardest] = graded.reduce((a, b) => (b[1] > a[1] ? b : a));
    t.diagnostic(`${file}: hardest text ${hardestPath} at grade ${hardest.toFixed(2)}`);
  });
}
