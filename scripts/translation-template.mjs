// Writes dist/translation-template.json for translators: every English text of every widget, with a note on where it
// appears, its placeholders and how long it may grow, and the same texts as a pack ready to translate. Run by
// `npm run build` after rollup and tsc. The widgets come from the registry they register into (no list here), their
// English from the built package, and each note from the doc comment on that field in the widget's content/types.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const dist = new URL('../dist/', import.meta.url);
for (const tag of readdirSync(new URL('components/', dist))) await import(new URL(`components/${tag}/${tag}.component.js`, dist).href);
const { widgets } = await import(new URL('shared/translations.js', dist).href);
const { textsOf, placeholders, lengthLimit } = await import(new URL('shared/translation-pack.js', dist).href);

/** Doc comments of the fields in a types file, by field name, and the names it declares. */
function docsIn(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs = new Map();
  const seen = new Map();
  const visit = (node) => {
    if (ts.isPropertySignature(node) && node.name) seen.set(node.name.getText(source), (seen.get(node.name.getText(source)) ?? 0) + 1);
    if (ts.isPropertySignature(node) && node.name && ts.getJSDocCommentsAndTags(node).length) {
      const name = node.name.getText(source).replace(/['"]/g, '');
      const text = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && !docs.has(name)) docs.set(name, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A name used by two fields (a column header and a row's cell) says nothing certain about either.
  for (const [name, count] of seen) if (count > 1) docs.delete(name.replace(/['"]/g, ''));
  return { docs, names: new Set([...seen.keys()].map((name) => name.replace(/['"]/g, ''))) };
}

/**
 * Doc comments of the fields in a widget's content types, by field name. The lead forms' shared texts
 * (src/shared/lead-form-texts.ts) add theirs for the names the widget's own file does not declare.
 */
function fieldDocs(tag) {
  const file = `src/components/${tag}/content/types.ts`;
  const { docs, names } = docsIn(file);
  if (readFileSync(file, 'utf8').includes('LeadFormTexts')) {
    for (const [name, text] of docsIn('src/shared/lead-form-texts.ts').docs) if (!names.has(name)) docs.set(name, text);
  }
  return docs;
}

const texts = {};
const pack = {};
const tags = {};
for (const [key, widget] of widgets) {
  const { tag } = widget;
  tags[key] = `<${tag}>`;
  const docs = fieldDocs(tag);
  const english = await widget.load('en');
  pack[key] = textsOf(english, widget.fixed, key, (text, path) => {
    const field = path.replace(/\[[^\]]*\]/g, '').split('.').reverse().find((name) => docs.has(name));
    const kept = placeholders(text);
    const note = [
      `Shown by <${tag}>${field ? `: ${docs.get(field)}` : '.'}`,
      kept.length ? `Keep ${kept.join(' and ')} exactly as written: ${kept.length > 1 ? 'they are' : 'it is'} replaced by a value.` : '',
      `English has ${text.length} characters; keep it under about ${lengthLimit(text)}.`,
    ];
    texts[path] = { english: text, note: note.filter(Boolean).join(' '), placeholders: kept, maxLength: lengthLimit(text) };
  });
}

const template = {
  $comment:
    'spine-widgets translation template. Copy "pack" to a file such as vi.json, translate each text (leave ids as they are; any text you leave out is shown in English), check it with `npx spine-widgets check-translation vi.json`, then register it with registerTranslation("vi", pack) or a <script type="application/json" data-spine-translation="vi"> on the page. Medical texts must be translated by a qualified medical translator. "texts" says where each text appears and its limits.',
  widgets: tags,
  texts,
  pack,
};
writeFileSync(new URL('translation-template.json', dist), `${JSON.stringify(template, null, 2)}\n`);
console.log(`translation template: ${Object.keys(texts).length} texts in ${Object.keys(pack).length} widgets (dist/translation-template.json)`);
