// custom-elements.json drives the docs: every element and every public attribute, property, event, slot, part and
// CSS custom property must carry a description. Run after `npm run analyze`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

test('the manifest names the five elements', () => {
  assert.deepEqual(
    elements.map((e) => e.tagName).sort(),
    ['consult-button', 'guide-download', 'procedure-card', 'specialist-checklist', 'surgery-benefits'],
  );
});

test('every element and public API has a description', () => {
  const missing = [];
  for (const element of elements) {
    if (!element.summary && !element.description) missing.push(`<${element.tagName}> summary`);
    const publicFields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'));
    for (const [kind, list] of Object.entries({
      attribute: element.attributes,
      property: publicFields,
      event: element.events,
      slot: element.slots,
      part: element.cssParts,
      'CSS property': element.cssProperties,
    })) {
      for (const item of list ?? []) if (!item.description?.trim()) missing.push(`<${element.tagName}> ${kind} ${item.name || '(default)'}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every element documents content-error and the theme tokens', () => {
  for (const element of elements) {
    assert.ok(element.events?.some((e) => e.name === 'content-error'), `<${element.tagName}> content-error`);
    assert.ok(element.cssProperties?.some((p) => p.name === '--spine-color-brand'), `<${element.tagName}> --spine-color-brand`);
  }
});

test('every event names its detail type, so docs and editors can show it', () => {
  const untyped = elements.flatMap((element) => (element.events ?? []).filter((e) => !e.type?.text).map((e) => `<${element.tagName}> ${e.name}`));
  assert.deepEqual(untyped, []);
});
