// The WordPress plugin's build: the one list of widgets, the blocks written from it, and the zip writer.
// (The plugin itself runs in a real WordPress in `npm run test:wordpress`.)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { writeZip } from '../../scripts/zip.mjs';

const PLUGIN = new URL('../../wordpress/spine-widgets/', import.meta.url);
const widgets = Object.fromEntries(Object.entries(JSON.parse(readFileSync(new URL('widgets.json', PLUGIN), 'utf8'))).filter(([tag]) => tag.includes('-')));

/** Reads a zip's entries back through its central directory. */
function readZip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = {};
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries[name] = inflateRawSync(buffer.subarray(dataStart, dataStart + size));
    at += 46 + nameLength;
  }
  return entries;
}

test('the widget list has the five widgets, <guide-download> with the attributes of issue 17', () => {
  assert.deepEqual(Object.keys(widgets), ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button', 'guide-download']);
  assert.deepEqual(Object.keys(widgets['guide-download'].attributes).sort(), ['action', 'analytics', 'encoding', 'file-size', 'heading', 'href', 'lang', 'pages', 'theme']);
});

test('every widget has a dynamic block whose attributes are the widget\'s, camelCased', () => {
  for (const [tag, widget] of Object.entries(widgets)) {
    const block = JSON.parse(readFileSync(new URL(`blocks/${tag}/block.json`, PLUGIN), 'utf8'));
    assert.equal(block.name, `spine-widgets/${tag}`);
    assert.equal(block.editorScript, 'spine-widgets-editor');
    const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
    assert.deepEqual(Object.keys(block.attributes).sort(), Object.keys(widget.attributes).map(camel).sort(), tag);
  }
});

test('the plugin supports WordPress 6.1 and later', () => {
  assert.match(readFileSync(new URL('spine-widgets.php', PLUGIN), 'utf8'), /^ \* Requires at least: 6\.1$/m);
  assert.match(readFileSync(new URL('readme.txt', PLUGIN), 'utf8'), /^Requires at least: 6\.1$/m);
});

test('writeZip writes entries that read back byte for byte', () => {
  const folder = mkdtempSync(join(tmpdir(), 'spine-zip-'));
  try {
    const files = { 'plugin/a.php': Buffer.from('<?php echo "é";\n'), 'plugin/assets/b.js': Buffer.alloc(70_000, 'x'), 'plugin/empty.txt': Buffer.alloc(0) };
    writeZip(join(folder, 'x.zip'), Object.entries(files).map(([name, data]) => ({ name, data })));
    const entries = readZip(readFileSync(join(folder, 'x.zip')));
    assert.deepEqual(Object.keys(entries), Object.keys(files));
    for (const [name, data] of Object.entries(files)) assert.ok(entries[name].equals(data), name);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
