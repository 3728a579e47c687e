// spine-widgets/prerender and the `spine-widgets prerender` CLI (issue 18), run after `npm run build`: the example
// pages and the recipe fixtures in test/fixtures/prerender/ are pre-rendered in Node and the output is checked.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'parse5';
import { prerender, prerenderDirectory } from 'spine-widgets/prerender';

const run = promisify(execFile);
const FIXTURES = 'test/fixtures/prerender';
const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

/** Every element of a parsed document, template contents included (where shadow roots live). */
function* elements(node) {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const text = (node) => (node.nodeName === '#text' ? node.value : [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(text).join(''));
const widgets = (html) => [...elements(parse(html))].filter((e) => TAGS.includes(e.tagName));
/** The widget's declarative shadow root (its first child element), or undefined. */
const shadowOf = (widget) => widget.childNodes.find((c) => c.tagName === 'template' && attr(c, 'shadowrootmode') === 'open');
/** Captures warnings instead of printing them. */
const quiet = () => {
  const warnings = [];
  return { warnings, warn: (message) => warnings.push(message) };
};

async function withConsole(fn) {
  const logged = [];
  const saved = [console.warn, console.error];
  console.warn = console.error = (...args) => logged.push(args.join(' '));
  try {
    return { result: await fn(), logged };
  } finally {
    [console.warn, console.error] = saved;
  }
}

test('the English example page: every widget gets a declarative shadow root with its styles and built-in words', async () => {
  const source = readFileSync('examples/clinic-page.html', 'utf8');
  const { result: html } = await withConsole(() => prerender(source));
  const found = widgets(html);
  assert.equal(found.length, 8);
  for (const widget of found) {
    const root = shadowOf(widget);
    assert.ok(root, `<${widget.tagName}> has a template shadowrootmode="open"`);
    assert.equal(widget.childNodes.find((c) => c.tagName), root, 'the shadow root template comes first');
    const inside = text(root);
    assert.match(inside, /:host/, 'styles inside');
    assert.match(root.content.childNodes.map((c) => c.data ?? '').join(' '), /lit-part/, 'hydration markers');
  }
  const all = text(parse(html));
  // Every section of the built-in procedure content is in the HTML, not only the summary.
  assert.match(all, /Epidural steroid injection/);
  assert.match(all, /How it is done/i);
  assert.match(all, /What to expect/i);
  assert.match(all, /Risks/);
  assert.match(all, /Sources/);
  assert.match(all, /Request a Consultation/);
  // Outside the widgets, the page is byte for byte what it was.
  const stripped = html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(<script type="application\/ld\+json">[^<]*<\/script>)?/g, '');
  assert.equal(stripped, source);
});

test('the procedure card JSON-LD is in the light DOM, once per card, outside the shadow root', async () => {
  const { result: html } = await withConsole(() => prerender(readFileSync('examples/clinic-page.html', 'utf8')));
  for (const card of widgets(html).filter((w) => w.tagName === 'procedure-card')) {
    const ld = card.childNodes.filter((c) => c.tagName === 'script' && attr(c, 'type') === 'application/ld+json');
    assert.equal(ld.length, 1);
    const data = JSON.parse(text(ld[0]));
    assert.equal(data['@type'], 'MedicalWebPage');
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data.inLanguage, 'en');
    assert.equal(data.about['@type'], 'MedicalProcedure');
    assert.ok(data.about.howPerformed.length > 20);
    assert.ok(!text(shadowOf(card)).includes('MedicalProcedure'));
  }
});

test('the Spanish example page renders in Spanish, and a lang on an ancestor wins over <html lang>', async () => {
  const { result: html } = await withConsole(() => prerender(readFileSync('examples/clinic-page.es.html', 'utf8')));
  const all = text(parse(html));
  assert.match(all, /Inyección epidural de esteroides/);
  assert.match(all, /Solicitar una consulta/);
  const mixed = await prerender(readFileSync(join(FIXTURES, 'plain/site/es/index.html'), 'utf8'), quiet());
  const [benefits, card] = widgets(mixed);
  assert.match(text(shadowOf(benefits)), /Cirugía abierta|cirugía abierta/);
  assert.match(text(shadowOf(card)), /Discectomy/);
  assert.doesNotMatch(text(shadowOf(card)), /Discectomía/);
});

test('JSON-child and attribute content are pre-rendered', async () => {
  const html = await prerender(readFileSync(join(FIXTURES, 'plain/site/index.html'), 'utf8'), quiet());
  const [card, checklist] = widgets(html);
  assert.match(text(shadowOf(card)), /Our own summary, from the JSON child\./);
  assert.match(text(shadowOf(checklist)), /Before you choose/);
  // The JSON child stays where it was, for the browser to read again.
  assert.ok(card.childNodes.some((c) => c.tagName === 'script' && attr(c, 'type') === 'application/json'));
});

test('a widget with a src URL is left as it is, with a warning naming it', async () => {
  const { warnings, warn } = quiet();
  const source = readFileSync(join(FIXTURES, 'astro/dist/about/index.html'), 'utf8');
  const html = await prerender(source, { warn });
  const [built, remote] = widgets(html);
  assert.ok(shadowOf(built));
  assert.equal(shadowOf(remote), undefined);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /<procedure-card> \(line 1\) left as it is: its content comes from a src URL/);
});

test('a <guide-download> is left as it is on purpose (it renders in the browser), its fallback link untouched', async () => {
  const { warnings, warn } = quiet();
  const source = '<guide-download href="/guide.pdf"><a href="/guide.pdf">Get our guide</a></guide-download>';
  const html = await prerender(source, { warn });
  assert.equal(html, source);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /<guide-download> \(line 1\) left as it is: it renders in the browser/);
});

test('hostile attribute values and JSON stay escaped: no element, handler or script comes out of them', async () => {
  const { result: html } = await withConsole(() => prerender(readFileSync(join(FIXTURES, 'hostile.html'), 'utf8'), quiet()));
  const all = [...elements(parse(html))];
  assert.equal(all.filter((e) => e.tagName === 'img').length, 0);
  assert.equal(all.filter((e) => e.tagName === 'b').length, 0);
  assert.ok(!all.some((e) => e.attrs.some((a) => a.name.startsWith('on'))), 'no event handler attribute');
  assert.ok(!all.some((e) => e.attrs.some((a) => /^\s*javascript:/i.test(a.value) && a.name === 'href' && e.tagName === 'a')), 'no javascript: link');
  // Only the page's own JSON child is a script; nothing alert()s.
  const scripts = all.filter((e) => e.tagName === 'script');
  assert.deepEqual(scripts.map((s) => attr(s, 'type')), ['application/ld+json', 'application/json']);
  const [card, benefits, button, checklist] = widgets(html);
  assert.match(text(shadowOf(checklist)), /<\/script><script>alert\(7\)<\/script>/);
  assert.match(text(shadowOf(card)), /<\/template><img src=x onerror=alert\(1\)>/, 'shown as text');
  assert.match(text(shadowOf(benefits)), /<\/style><script>alert\(4\)<\/script>/);
  assert.match(text(shadowOf(button)), /<b onmouseover=alert\(6\)>Go<\/b>/);
});

test('pre-rendering a pre-rendered page again gives the same page', async () => {
  const once = await withConsole(() => prerender(readFileSync('examples/clinic-page.html', 'utf8')));
  const twice = await withConsole(() => prerender(once.result));
  assert.equal(twice.result, once.result);
});

test('a consult button that needs JavaScript shows its child link when scripting is off', async () => {
  const html = await prerender(readFileSync(join(FIXTURES, 'next/out/index.html'), 'utf8'), quiet());
  const button = widgets(html).find((w) => w.tagName === 'consult-button');
  const root = shadowOf(button);
  const slot = [...elements(root)].find((e) => e.tagName === 'slot');
  assert.equal(attr(slot, 'class'), 'spine-noscript');
  assert.match(text(root), /@media \(scripting:none\)/);
});

test('prefixed tags are pre-rendered with the prefix option', async () => {
  const html = await prerender('<acme-procedure-card procedure="kyphoplasty"></acme-procedure-card>', { prefix: 'acme' });
  assert.match(html, /^<acme-procedure-card procedure="kyphoplasty"><template shadowrootmode="open">/);
  assert.match(html, /Kyphoplasty/);
});

// The recipes, run on fixture output HTML of each tool.

const copy = (from) => {
  const dir = mkdtempSync(join(tmpdir(), 'spine-prerender-'));
  cpSync(from, dir, { recursive: true });
  return dir;
};

test('recipe: Eleventy transform', async () => {
  const { default: configure } = await import(pathToFileURL(join(FIXTURES, 'eleventy/eleventy.config.mjs')));
  const transforms = [];
  configure({ addTransform: (name, fn) => transforms.push(fn) });
  assert.equal(transforms.length, 1);
  const source = readFileSync(join(FIXTURES, 'eleventy/_site/index.html'), 'utf8');
  const html = await transforms[0].call({ page: { outputPath: '_site/index.html' } }, source);
  assert.equal(widgets(html).filter(shadowOf).length, 2);
  assert.equal(await transforms[0].call({ page: { outputPath: '_site/feed.xml' } }, source), source);
});

test('recipe: Astro integration (astro:build:done)', async () => {
  const dir = copy(join(FIXTURES, 'astro/dist'));
  try {
    const { default: integration } = await import(pathToFileURL(join(FIXTURES, 'astro/integration.mjs')));
    const logs = { info: [], warn: [] };
    await integration().hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger: { info: (m) => logs.info.push(m), warn: (m) => logs.warn.push(m) } });
    assert.deepEqual(logs.info, ['spine-widgets: 2 pages pre-rendered']);
    assert.equal(logs.warn.length, 1);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.equal(widgets(home).filter(shadowOf).length, 2);
    assert.match(readFileSync(join(dir, 'about/index.html'), 'utf8'), /Cifoplastia/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('recipe: Next.js static export post-processing', async () => {
  const dir = copy(join(FIXTURES, 'next/out'));
  try {
    const { stdout } = await run(process.execPath, [join(FIXTURES, 'next/prerender.mjs'), dir]);
    assert.match(stdout, /1 of 1 pages pre-rendered/);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.equal(widgets(html).filter(shadowOf).length, 2);
    // Next's own scripts (its flight data mentions "procedure-card" as text) are untouched.
    assert.ok(html.includes('self.__next_f.push([1,"0:[\\"$\\",\\"procedure-card\\",null,{}]\\n"])'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('recipe: a plain folder of HTML through the CLI, and a single page with -o', async () => {
  const dir = copy(join(FIXTURES, 'plain/site'));
  try {
    const untouched = readFileSync(join(dir, 'no-widgets.html'), 'utf8');
    const { stderr } = await run(process.execPath, ['bin/spine-widgets.mjs', 'prerender', dir]);
    assert.match(stderr, /2 of 3 HTML files under .* pre-rendered/);
    assert.equal(widgets(readFileSync(join(dir, 'es/index.html'), 'utf8')).filter(shadowOf).length, 2);
    assert.equal(readFileSync(join(dir, 'no-widgets.html'), 'utf8'), untouched);
    await run(process.execPath, ['bin/spine-widgets.mjs', 'prerender', join(FIXTURES, 'eleventy/_site/index.html'), '-o', join(dir, 'one.html')]);
    assert.equal(widgets(readFileSync(join(dir, 'one.html'), 'utf8')).filter(shadowOf).length, 2);
    const { stdout } = await run(process.execPath, ['bin/spine-widgets.mjs', 'prerender', join(FIXTURES, 'eleventy/_site/index.html')]);
    assert.match(stdout, /shadowrootmode/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI explains bad use: exit code 1, or 2 for an unknown command', async () => {
  for (const args of [['prerender'], ['prerender', 'no-such-file.html'], ['prerender', FIXTURES, '-o', 'x.html'], ['unknown']]) {
    await assert.rejects(run(process.execPath, ['bin/spine-widgets.mjs', ...args]), (error) => error.code === (args[0] === 'unknown' ? 2 : 1) && /spine-widgets|Usage/.test(error.stderr), args.join(' '));
  }
});

test('prerenderDirectory reports the files it read and changed', async () => {
  const dir = copy(join(FIXTURES, 'plain/site'));
  try {
    const { files, changed } = await prerenderDirectory(dir, quiet());
    assert.equal(files.length, 3);
    assert.equal(changed.length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
