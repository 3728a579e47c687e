// Measures what visitors download (gzip -9 of the minified files) and writes docs/size.md. Run after `rollup -c`
// (npm run build does). Over a budget it warns; with --enforce (`npm run size`) it fails.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = {
  // Every visitor of a page with the script tag pays for this file.
  'dist/spine-widgets.js': 20 * 1024,
};
// An English page downloads the main file only; other languages arrive on demand.
const ENGLISH_PAGE_BUDGET = 24 * 1024;

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const scriptFiles = readdirSync('dist').filter((f) => /^spine-widgets.*\.js$/.test(f)).map((f) => `dist/${f}`);
const npmEntries = readdirSync('dist/components').flatMap((tag) =>
  [`${tag}.js`, `${tag}.component.js`, `${tag}.styles.js`, 'content/en.js', 'content/es.js'].map((f) => `dist/components/${tag}/${f}`),
);
const rows = [...scriptFiles, ...npmEntries.filter((f) => existsSync(f))].map((file) => ({
  file,
  raw: readFileSync(file).length,
  gzip: gzip(file),
}));

const englishPage = gzip('dist/spine-widgets.js');
const failures = Object.entries(BUDGETS)
  .filter(([file, budget]) => gzip(file) > budget)
  .map(([file, budget]) => `${file} is ${kb(gzip(file))} gzip, over its ${kb(budget)} budget`);
if (englishPage > ENGLISH_PAGE_BUDGET) failures.push(`an English page downloads ${kb(englishPage)}, over ${kb(ENGLISH_PAGE_BUDGET)}`);

writeFileSync(
  'docs/size.md',
  [
    '# Sizes',
    '',
    'Written by `npm run build` (scripts/size-report.mjs): minified files, gzip level 9. Budgets: `dist/spine-widgets.js`',
    `at most ${kb(BUDGETS['dist/spine-widgets.js'])}; all spine-widgets JavaScript an English page downloads at most ${kb(ENGLISH_PAGE_BUDGET)}.`,
    'The npm files are not minified (your bundler minifies them) and exclude Lit, which they share with your app.',
    '',
    '| file | bytes | gzip |',
    '|---|---:|---:|',
    ...rows.map((r) => `| \`${r.file}\` | ${r.raw} | ${kb(r.gzip)} |`),
    '',
    `English page, script tag: ${kb(englishPage)} gzip.`,
    '',
  ].join('\n'),
);

console.log(`size: dist/spine-widgets.js ${kb(englishPage)} gzip (budget ${kb(BUDGETS['dist/spine-widgets.js'])}); table in docs/size.md`);
if (failures.length) {
  console.error(`Size budget exceeded:\n- ${failures.join('\n- ')}`);
  if (process.argv.includes('--enforce')) process.exit(1);
}
