// `npx spine-widgets check-translation vi.json [--strict]`: checks a language pack against the English texts of the
// installed spine-widgets (dist/translation-template.json) with the same rules the widgets apply when they load it.
// Errors (exit 1): not JSON, a value of the wrong kind, a key the widgets do not have, a lost {placeholder}.
// Warnings (exit 0, or 1 with --strict): texts left out (shown in English) and texts much longer than English.
// Exit 2: wrong usage or an unreadable file.
import { readFile } from 'node:fs/promises';

const USAGE = 'Usage: npx spine-widgets check-translation <pack.json> [--strict]';

/** @param {string[]} argv @returns {Promise<number>} */
export async function run(argv) {
  const strict = argv.includes('--strict');
  const files = argv.filter((arg) => arg !== '--strict');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const [file] = files;
  const template = JSON.parse(await readFile(new URL('../../dist/translation-template.json', import.meta.url), 'utf8'));
  const { checkPack } = await import('../../dist/shared/translation-pack.js');
  const { isSetting, settingProblems } = await import('../../dist/shared/translations.js');

  let pack;
  try {
    pack = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error.code === 'ENOENT' ? 'no such file' : `not valid JSON (${error.message})`}`);
    return error.code === 'ENOENT' ? 2 : 1;
  }
  const errors = [];
  const missing = [];
  const long = [];
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) {
    errors.push('the pack should be an object such as { "procedureCard": { ... } }');
  } else {
    errors.push(...settingProblems(pack));
    for (const key of Object.keys(pack)) {
      if (isSetting(key) || Object.hasOwn(template.pack, key)) continue;
      errors.push(`${key} is not a widget (the widgets are ${Object.keys(template.pack).join(', ')})`);
    }
    for (const [key, english] of Object.entries(template.pack)) {
      if (pack[key] === undefined) {
        missing.push(key);
        continue;
      }
      const result = checkPack(english, pack[key], key);
      errors.push(...result.errors, ...result.unknown.map((path) => `${path} is not a text of ${template.widgets[key]}: check the spelling (ids must match the English ones)`));
      missing.push(...result.missing);
      for (const [path, base, text] of result.seen) {
        const limit = template.texts[path]?.maxLength;
        if (base && limit && text.length > limit) long.push(`${path} has ${text.length} characters, English ${base.length}: it may not fit (keep it under about ${limit})`);
      }
    }
  }

  const section = (title, lines) => lines.length && console.log(`\n${title} (${lines.length}):\n${lines.map((line) => `  - ${line}`).join('\n')}`);
  console.log(`Checking ${file} against spine-widgets' English texts`);
  section('Errors', errors);
  section('Missing texts, shown in English (or the pack\'s fallback language)', missing);
  section('Much longer than English', long);
  const warnings = missing.length + long.length;
  console.log(`\n${errors.length} error(s), ${warnings} warning(s).${errors.length ? ' Fix the errors: widgets refuse a pack with a value of the wrong kind or a lost placeholder, and ignore keys they do not have.' : ''}`);
  return errors.length || (strict && warnings) ? 1 : 0;
}
