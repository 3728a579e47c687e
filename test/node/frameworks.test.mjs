// The editor data and framework types that scripts/generate-framework-types.mjs writes into dist/ (README, "Editors
// and frameworks"). Run after `npm run build`: the React, Vue, Preact and Solid fixtures in test/fixtures/ are
// type-checked against the built package, and the wrong ones must fail.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { promisify } from 'node:util';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const TAGS = ['consult-button', 'guide-download', 'procedure-card', 'specialist-checklist', 'surgery-benefits'];
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const vscode = readJson('dist/vscode.html-custom-data.json');
const webTypes = readJson('dist/web-types.json');
const webElements = webTypes.contributions.html.elements;

/** The string literals of a manifest type such as `'light' | 'dark' | undefined`, or null when it is not such a union. */
const literals = (text = '') => {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined');
  return parts.length && parts.every((p) => /^'.*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
};

test('VS Code custom data lists every tag and every attribute of the manifest', () => {
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), TAGS);
  for (const element of elements) {
    const tag = vscode.tags.find((t) => t.name === element.tagName);
    assert.ok(tag.description.value.trim(), `<${element.tagName}> description`);
    assert.deepEqual(tag.attributes.map((a) => a.name), element.attributes.map((a) => a.name), `<${element.tagName}> attributes`);
    for (const attribute of element.attributes) {
      const entry = tag.attributes.find((a) => a.name === attribute.name);
      assert.ok(entry.description.value.includes(attribute.description.trim()), `<${element.tagName}> ${attribute.name} description`);
      const values = literals(attribute.type?.text);
      if (values) assert.deepEqual(entry.values?.map((v) => v.name), values, `<${element.tagName}> ${attribute.name} values`);
      if (attribute.type?.text === 'boolean') assert.equal(entry.valueSet, 'v', `<${element.tagName}> ${attribute.name} is valueless`);
    }
  }
});

test('web-types lists every tag, every attribute, event and named slot of the manifest', () => {
  assert.match(webTypes.$schema, /web-types/);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.equal(webTypes['description-markup'], 'markdown');
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.deepEqual(webElements.map((e) => e.name).sort(), TAGS);
  for (const element of elements) {
    const entry = webElements.find((e) => e.name === element.tagName);
    assert.ok(entry.description.trim(), `<${element.tagName}> description`);
    assert.deepEqual(entry.attributes.map((a) => a.name), element.attributes.map((a) => a.name), `<${element.tagName}> attributes`);
    for (const attribute of element.attributes) {
      const values = literals(attribute.type?.text);
      const web = entry.attributes.find((a) => a.name === attribute.name);
      assert.equal(web.description, attribute.description.trim());
      if (values) assert.deepEqual(web.values?.map((v) => v.name), values, `<${element.tagName}> ${attribute.name} values`);
    }
    assert.deepEqual(entry.events.map((e) => e.name), element.events.map((e) => e.name), `<${element.tagName}> events`);
    assert.deepEqual(
      entry.slots.map((s) => s.name),
      (element.slots ?? []).filter((s) => s.name).map((s) => s.name),
      `<${element.tagName}> slots`,
    );
  }
});

test('procedure values are the built-in ids, as the manifest describes them', async () => {
  const { PROCEDURE_IDS } = await import('../../dist/components/procedure-card/content/types.js');
  const description = elements.find((e) => e.tagName === 'procedure-card').attributes.find((a) => a.name === 'procedure').description;
  for (const id of PROCEDURE_IDS) assert.ok(description.includes(`\`${id}\``), `the procedure attribute's description names ${id}`);
  const vscodeValues = vscode.tags.find((t) => t.name === 'procedure-card').attributes.find((a) => a.name === 'procedure').values;
  const webValues = webElements.find((e) => e.name === 'procedure-card').attributes.find((a) => a.name === 'procedure').values;
  assert.deepEqual(vscodeValues.map((v) => v.name), [...PROCEDURE_IDS]);
  assert.deepEqual(webValues.map((v) => v.name), [...PROCEDURE_IDS]);
});

test('the type files declare every tag, attribute and event', () => {
  const attributes = readFileSync('dist/attributes.d.ts', 'utf8');
  const react = readFileSync('dist/jsx.d.ts', 'utf8');
  const vue = readFileSync('dist/vue.d.ts', 'utf8');
  const preact = readFileSync('dist/preact.d.ts', 'utf8');
  const solid = readFileSync('dist/solid.d.ts', 'utf8');
  for (const element of elements) {
    assert.ok(react.includes(`'${element.tagName}': ReactProps<'${element.tagName}'>`), `React <${element.tagName}>`);
    assert.ok(vue.includes(`'${element.tagName}': VueProps<'${element.tagName}'>`), `Vue <${element.tagName}>`);
    assert.ok(preact.includes(`'${element.tagName}': PreactProps<'${element.tagName}'>`), `Preact <${element.tagName}>`);
    assert.ok(solid.includes(`'${element.tagName}': SolidProps<'${element.tagName}'>`), `Solid <${element.tagName}>`);
    for (const { name } of [...element.attributes, ...element.events]) {
      assert.match(attributes, new RegExp(`^  (${name}|'${name}')\\??: `, 'm'), `<${element.tagName}> ${name}`);
    }
  }
  for (const [entry, file] of [
    ['./jsx', 'dist/jsx.d.ts'],
    ['./vue', 'dist/vue.d.ts'],
    ['./preact', 'dist/preact.d.ts'],
    ['./solid', 'dist/solid.d.ts'],
  ]) {
    assert.equal(pkg.exports[entry]?.types, `./${file}`, `package.json exports ${entry}`);
  }
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
});

// ---- the fixtures type-check against the built package ----

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** Runs tsc on a fixture project; resolves to its exit code and output instead of throwing. */
const typecheck = (project) =>
  promisify(execFile)(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { maxBuffer: 4 * 1024 * 1024 }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  );

for (const framework of ['react', 'vue', 'preact', 'solid']) {
  test(`${framework}: every widget type-checks`, async () => {
    const { code, output } = await typecheck(`test/fixtures/${framework}/tsconfig.json`);
    assert.equal(code, 0, output);
  });

  test(`${framework}: an unknown procedure id does not type-check`, async () => {
    const { code, output } = await typecheck(`test/fixtures/${framework}/tsconfig.bad.json`);
    assert.notEqual(code, 0, 'tsc accepted procedure="disc-replacement"');
    // Preact's attributes also take a signal: `Signalish<"epidural-steroid-injection" | ...>`.
    assert.match(output, /wrong-procedure\.tsx\(\d+,\d+\): error TS2322: Type '"disc-replacement"' is not assignable to type '(Signalish<)?"epidural-steroid-injection" \|/);
    // That error and no other: the fixture is otherwise correct.
    assert.equal(output.match(/error TS/g).length, 1, output);
  });
}

// ---- spine-widgets/react, spine-widgets/svelte and Vue's GlobalComponents ----

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const eventProp = (name) => `on${pascal(name)}`;

test('spine-widgets/react: a client module with one @lit/react component per element, events and attributes from the manifest', () => {
  assert.match(readFileSync('dist/react.js', 'utf8'), /createComponent\(\{ react: React, tagName, elementClass, events, displayName \}\)/);
  assert.deepEqual(pkg.exports['./react'], { types: './dist/react.d.ts', default: './dist/react.js' });
  const js = readFileSync('dist/react.js', 'utf8');
  const dts = readFileSync('dist/react.d.ts', 'utf8');
  // 'use client' must be the module's first statement for Next.js to treat it as a client boundary.
  assert.match(js, /^'use client';\n/);
  for (const element of elements) {
    const name = pascal(element.tagName);
    const block = js.slice(js.indexOf(`export const ${name} = component(`)).split(');')[0];
    assert.ok(block.includes(`\n  '${element.tagName}',\n`), `${name} renders <${element.tagName}>`);
    for (const event of element.events ?? []) assert.ok(block.includes(`${eventProp(event.name)}: '${event.name}'`), `${name} ${eventProp(event.name)}`);
    for (const attribute of element.attributes ?? []) assert.ok(block.includes(`: '${attribute.name}'`), `${name} server-renders ${attribute.name}`);
    assert.ok(dts.includes(`export declare const ${name}: ForwardRefExoticComponent<SpineReactProps<'${element.tagName}'>>;`), `${name} declared`);
  }
});

test('spine-widgets/react: imports in Node without a DOM, as Next.js does to server-render client components', async () => {
  const react = await import('../../dist/react.js');
  for (const element of elements) assert.equal(typeof react[pascal(element.tagName)], 'object', pascal(element.tagName));
});

test('spine-widgets/svelte and Vue GlobalComponents declare every tag', () => {
  assert.deepEqual(pkg.exports['./svelte'], { types: './dist/svelte.d.ts' });
  const svelte = readFileSync('dist/svelte.d.ts', 'utf8');
  const vue = readFileSync('dist/vue.d.ts', 'utf8');
  assert.match(svelte, /declare module 'svelte\/elements' \{\n {2}interface SvelteHTMLElements \{/);
  assert.match(vue, /interface GlobalComponents \{/);
  for (const element of elements) {
    assert.ok(svelte.includes(`'${element.tagName}': SvelteProps<'${element.tagName}'>`), `Svelte <${element.tagName}>`);
    assert.ok(vue.includes(`'${element.tagName}': SpineVueComponent<'${element.tagName}'>`), `Vue <${element.tagName}>`);
  }
});

test('react components: the four components type-check with React 19, object properties and typed events', async () => {
  const { code, output } = await typecheck('test/fixtures/react-components/tsconfig.json');
  assert.equal(code, 0, output);
});

test('react components: a wrong layout, a wrong property type and a wrong event detail do not type-check', async () => {
  const { code, output } = await typecheck('test/fixtures/react-components/tsconfig.bad.json');
  assert.notEqual(code, 0);
  assert.match(output, /wrong\.tsx\(6,\d+\): error TS2322: Type '"table"' is not assignable/);
  assert.match(output, /wrong\.tsx\(7,\d+\): error TS2322: Type 'string' is not assignable to type 'string\[\]'/);
  assert.match(output, /wrong\.tsx\(8,\d+\): error TS2339: Property 'total' does not exist on type 'ConsultEventDetail'/);
  assert.equal(output.match(/error TS/g).length, 3, output);
});

test('spine-widgets/react on the server: the tag, its children, and every prop that has an attribute as that attribute', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { ProcedureCard, SpecialistChecklist, ConsultButton } = await import('../../dist/react.js');
  const html = renderToString(
    createElement('main', null, [
      createElement(ProcedureCard, { key: 1, procedure: 'discectomy', headingLevel: 2, expanded: true, noDisclaimer: false, className: 'card', onContentError: () => {} }),
      createElement(SpecialistChecklist, { key: 2, persist: 'main', checked: ['board-certified'], onChecklistChange: () => {} }),
      createElement(ConsultButton, { key: 3, action: '/api/consult', texts: { label: 'Book' } }, createElement('a', { href: '/contact' }, 'Request a Consultation')),
    ]),
  );
  // Objects (checked, texts) and handlers are set in the browser; false booleans are left out.
  assert.equal(
    html,
    '<main><procedure-card procedure="discectomy" heading-level="2" expanded="" class="card"></procedure-card>' +
      '<specialist-checklist persist="main"></specialist-checklist>' +
      '<consult-button action="/api/consult"><a href="/contact">Request a Consultation</a></consult-button></main>',
  );
});
