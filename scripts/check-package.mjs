// Checks the package exactly as npm would publish it: `npm pack` makes the tarball (its prepack runs the build), then
//   - publint lints its package.json against the files it really holds;
//   - Are the Types Wrong (ESM-only profile: the package has no CommonJS build) resolves every export's types;
//   - no source map points at a file the tarball lacks (unless the map embeds that file's content);
//   - the README, which is the npm page, links and shows images only by absolute URL.
// Fails on any error. `SPINE_TARBALL=path.tgz` checks an existing tarball instead of packing.
//
//   npm run test:package               build, pack, check
//   node scripts/check-package.mjs --built   pack the dist/ already built (npm test, right after its build)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const work = mkdtempSync(join(tmpdir(), 'spine-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const problems = [];

let tarball = process.env.SPINE_TARBALL && resolve(process.env.SPINE_TARBALL);
if (!tarball) {
  // The build first, on its own (prepack's output would otherwise mix with pack's JSON); `--built` when dist/ is fresh.
  if (!process.argv.includes('--built')) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(out.toString());
  tarball = join(work, info.filename);
  console.log(`${info.filename}: ${info.entryCount} files, ${(info.size / 1000).toFixed(1)} kB packed, ${(info.unpackedSize / 1000).toFixed(1)} kB unpacked`);
}

// ---- publint, on the tarball's own file list ----
const bytes = readFileSync(tarball);
const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'warning', strict: true });
for (const message of messages) problems.push(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
console.log(`publint: ${messages.length ? `${messages.length} problem(s)` : 'all good'}`);

// ---- Are the Types Wrong ----
const attw = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
try {
  execFileSync(process.execPath, [attw, tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: ['ignore', 'pipe', 'pipe'] });
  console.log('attw (esm-only): no problems');
} catch (error) {
  problems.push(`attw (esm-only) failed:\n${error.stdout}${error.stderr}`);
}

// ---- source maps and README, from the unpacked tarball ----
execFileSync('tar', ['xzf', tarball, '-C', work]);
const root = join(work, 'package');
const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const files = walk(root);
let maps = 0;
for (const file of files.filter((f) => f.endsWith('.map'))) {
  maps++;
  const map = JSON.parse(readFileSync(file, 'utf8'));
  map.sources.forEach((source, i) => {
    const target = join(dirname(file), map.sourceRoot ?? '', source);
    if (!map.sourcesContent?.[i] && !existsSync(target)) problems.push(`${relative(root, file)} points at ${source}, which is not in the package and not embedded`);
  });
}
console.log(`source maps: ${maps} checked`);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [, target] of readme.matchAll(/\]\(([^)\s]+)[^)]*\)/g)) {
  if (!/^(https?:|mailto:|#)/.test(target)) problems.push(`README.md links to "${target}", which the npm page cannot resolve: use an absolute URL`);
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}\n\nThe package has ${problems.length} problem(s).`);
  process.exit(1);
}
console.log('The package is ready to publish.');
