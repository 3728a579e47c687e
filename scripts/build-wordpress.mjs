// Builds the WordPress plugin (wordpress/spine-widgets/): writes each block's block.json from the one list of
// widgets (widgets.json), copies in dist/spine-widgets.bundle.js, and writes dist/spine-widgets-wordpress.zip,
// installable from Plugins -> Add New -> Upload. Run after `rollup -c`; `npm run build` does.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeZip } from './zip.mjs';

const PLUGIN = 'wordpress/spine-widgets';
const BUNDLE = 'dist/spine-widgets.bundle.js';
const ZIP = 'dist/spine-widgets-wordpress.zip';

if (!existsSync(BUNDLE)) {
  console.error(`wordpress: ${BUNDLE} is missing: run rollup -c (npm run build) first.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const widgets = Object.fromEntries(Object.entries(JSON.parse(readFileSync(`${PLUGIN}/widgets.json`, 'utf8'))).filter(([tag]) => tag.includes('-')));
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

// One dynamic block per widget, rendered by the server from these attributes (includes/widgets.php).
rmSync(`${PLUGIN}/blocks`, { recursive: true, force: true });
for (const [tag, widget] of Object.entries(widgets)) {
  const attributes = Object.fromEntries(
    Object.entries(widget.attributes).map(([name, { type = 'string', options, default: fallback }]) => [
      camel(name),
      { type, ...(options ? { enum: options } : {}), ...(fallback !== undefined ? { default: fallback } : {}) },
    ]),
  );
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `spine-widgets/${tag}`,
    title: widget.title,
    category: 'widgets',
    icon: widget.icon,
    description: widget.description,
    keywords: ['spine', 'clinic', tag],
    textdomain: 'spine-widgets',
    attributes,
    supports: { html: false },
    editorScript: 'spine-widgets-editor',
  };
  mkdirSync(`${PLUGIN}/blocks/${tag}`, { recursive: true });
  writeFileSync(`${PLUGIN}/blocks/${tag}/block.json`, `${JSON.stringify(block, null, 2)}\n`);
}
copyFileSync(BUNDLE, `${PLUGIN}/assets/spine-widgets.bundle.js`);

// The receiver's rules and English messages, from the same modules the widget and spine-widgets/server use
// (includes/requests.php reads them), so a change to a rule reaches the plugin with the next build.
const { MAX_LENGTH, PHONE_DIGITS } = await import('../dist/shared/lead-rules.js');
const { ENVELOPE_LENGTH } = await import('../dist/server/validate-request.js');
const { english } = await import('../dist/components/consult-button/content/en.js');
const rules = {
  maxLength: { ...MAX_LENGTH, page: ENVELOPE_LENGTH.page },
  phoneDigits: PHONE_DIGITS,
  messages: english.errors,
  tooLong: 'Use at most %d characters.',
};
writeFileSync(`${PLUGIN}/lead-rules.json`, `${JSON.stringify(rules, null, 2)}\n`);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(PLUGIN);

// The package version goes into the plugin header, its constant (the script's cache-busting version) and the readme.
const stamp = (path, data) =>
  path.endsWith('spine-widgets.php') || path.endsWith('readme.txt')
    ? Buffer.from(
        data
          .toString('utf8')
          .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
          .replace(/'SPINE_WIDGETS_VERSION', '[^']*'/, `'SPINE_WIDGETS_VERSION', '${version}'`)
          .replace(/^(Stable tag:\s+).*$/m, `$1${version}`),
      )
    : data;

writeZip(
  ZIP,
  files.map((path) => ({ name: `spine-widgets/${relative(PLUGIN, path)}`, data: stamp(path, readFileSync(path)) })),
);
console.log(`wordpress: ${ZIP} (${files.length} files, ${Object.keys(widgets).length} blocks)`);
