// The fixture apps in test/fixtures/apps/ (Vite + React, Next.js, Vue, Svelte, Angular), built the way their users
// build them, against the package as npm would publish it: `npm pack` makes the tarball, each app installs its locked
// framework dependencies (`npm ci`) plus that tarball, type-checks, builds, is served, and opened in Chromium, which
// must show all four widgets rendered, events reaching the framework's own listeners, and a clean console.
//
//   npm run test:apps                 all apps
//   npm run test:apps -- next vue     some of them
//   npm run test:apps -- --built      pack the dist/ already built instead of building first
//   SPINE_TARBALL=path.tgz            reuse a packed tarball instead of packing again
//   SPINE_APPS_DIR=dir                where the apps are built (default: a folder in the system's temp dir, reused:
//                                     an app whose package-lock.json is unchanged keeps its node_modules)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from './browsers.mjs';
import { freePort } from './local-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APPS_SRC = join(ROOT, 'test/fixtures/apps');
const ALL = readdirSync(APPS_SRC).filter((name) => existsSync(join(APPS_SRC, name, 'package.json')));
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`No fixture app named ${unknown.join(', ')} in test/fixtures/apps (there are: ${ALL.join(', ')}).`);
  process.exit(1);
}
const APPS = chosen.length ? chosen : ALL;
const WORK = resolve(process.env.SPINE_APPS_DIR ?? join(tmpdir(), 'spine-widgets-apps'));
mkdirSync(WORK, { recursive: true });

/** Where each app's build lands, served as static files; Next.js is served by `next start` instead. */
const STATIC_OUT = { 'vite-react': 'dist', vue: 'dist', svelte: 'dist', angular: 'dist/browser' };
const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const QUIET = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false', CI: process.env.CI ?? '1' };

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const run = (cwd, command, args) => {
  const started = Date.now();
  try {
    execFileSync(command, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  return seconds(started);
};

// ---- 1. the tarball ----

let tarball = process.env.SPINE_TARBALL && resolve(process.env.SPINE_TARBALL);
if (!tarball) {
  const started = Date.now();
  // The build first, on its own (prepack's output would otherwise mix with pack's JSON); `--built` when dist/ is fresh.
  if (!process.argv.includes('--built')) execFileSync(NPM, ['run', 'build'], { cwd: ROOT, env: ENV, stdio: ['ignore', 'inherit', 'inherit'] });
  const out = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'inherit'] });
  tarball = join(WORK, JSON.parse(out.toString())[0].filename);
  console.log(`packed ${tarball} (${seconds(started)})`);
}
if (!existsSync(tarball)) throw new Error(`${tarball} does not exist`);

// ---- 2. a static server that also plays the clinic's endpoint ----

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain' };
async function serveStatic(dir) {
  const port = await freePort();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/api/consult') {
      request.resume();
      request.on('end', () => response.writeHead(request.method === 'POST' ? 200 : 405, { 'content-type': 'application/json' }).end('{"ok":true}'));
      return;
    }
    let file = join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((done) => server.close(done)) };
}

async function serveNext(cwd, mode) {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, '-p', String(port), '-H', '127.0.0.1'], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  for (const started = Date.now(); ; ) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() - started > 120_000) throw new Error(`next ${mode} did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    output: () => output,
    stop: () => {
      process.kill(-child.pid);
      return new Promise((done) => child.once('exit', done));
    },
  };
}

// ---- 3. what the browser must see ----

const { chromium } = ensureBrowsers();
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
process.on('exit', () => browser.process()?.kill());

/** Opens the app, checks it, and resolves to the gzip size of the JS it loaded before any interaction. */
async function check(url, { allowed = [] } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = new Map();
  page.on('console', (message) => {
    if (['error', 'warn', 'warning', 'assert'].includes(message.type()) && !allowed.some((re) => re.test(message.text()))) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', async (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.request().resourceType() === 'script' && response.ok()) {
      scripts.set(response.url(), response.buffer().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    }
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
    const sizes = await Promise.all(scripts.values());
    const jsAtLoad = sizes.reduce((sum, size) => sum + size, 0);

    // All four defined and rendered from their shadow roots.
    await page.waitForFunction(
      (tags) => tags.every((tag) => customElements.get(tag) && (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 20),
      { timeout: 20_000 },
      TAGS,
    );
    // The procedure and the heading level reached the element (as attributes or properties, depending on the framework).
    const heading = await page.evaluate(() => {
      const part = document.querySelector('procedure-card').shadowRoot.querySelector('[part=heading]');
      return `${part?.getAttribute('aria-level')} ${part?.textContent.trim()}`;
    });
    if (!/^2 .*discectomy/i.test(heading)) problems.push(`procedure-card's heading is ${JSON.stringify(heading)}, not the discectomy card at level 2`);
    // A widget adds no attribute to its own tag.
    const attributes = await page.evaluate((tags) => tags.map((tag) => `${tag}: ${document.querySelector(tag).getAttributeNames().sort().join(' ')}`), TAGS);
    for (const line of attributes) if (/^(procedure-card|consult-button):.*\bvariant\b/.test(line)) problems.push(`attribute added on upgrade: ${line}`);

    // An event through the framework's own listener: tick the first box.
    const box = await page.waitForSelector('specialist-checklist >>> input[type=checkbox]');
    await box.click();
    await page.waitForFunction(() => /checklist-change 1\/\d+/.test(document.querySelector('#log')?.textContent ?? ''), { timeout: 10_000 });

    // And the consultation: open the form, fill what it needs, send it, and see consult-success in the app's log.
    const button = await page.waitForSelector('consult-button >>> [part=button]');
    await button.click();
    const name = await page.waitForSelector('consult-button >>> #f-name', { visible: true, timeout: 10_000 });
    await name.type('Test Patient');
    await (await page.waitForSelector('consult-button >>> #f-phone')).type('555 010 0199');
    await (await page.waitForSelector('consult-button >>> #f-consent')).click();
    await (await page.waitForSelector('consult-button >>> form [type=submit]')).click();
    await page.waitForFunction(() => /consult-success action/.test(document.querySelector('#log')?.textContent ?? ''), { timeout: 15_000 });
    return { jsAtLoad, problems };
  } catch (error) {
    problems.push(error.message);
    return { jsAtLoad: 0, problems };
  } finally {
    await page.close();
  }
}

// ---- 4. each app ----

const results = [];
for (const app of APPS) {
  const started = Date.now();
  const dir = join(WORK, app);
  const steps = [];
  let outcome;
  try {
    // Fresh sources over the work folder, keeping node_modules when the lock file has not changed.
    const lock = readFileSync(join(APPS_SRC, app, 'package-lock.json'));
    const hash = createHash('sha256').update(lock).digest('hex');
    const marker = join(dir, 'node_modules/.spine-lock-hash');
    const keep = existsSync(marker) && readFileSync(marker, 'utf8') === hash;
    for (const entry of existsSync(dir) ? readdirSync(dir) : []) if (entry !== 'node_modules' || !keep) rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(join(APPS_SRC, app), dir, { recursive: true, filter: (source) => !/\/(node_modules|dist|\.next|\.angular)(\/|$)/.test(source.slice(APPS_SRC.length)) });
    if (!keep) {
      steps.push(`npm ci ${run(dir, NPM, ['ci', ...QUIET])}`);
      writeFileSync(marker, hash);
    }
    // The tarball, as a user would add it, without touching the committed manifest and lock file.
    steps.push(`install tarball ${run(dir, NPM, ['install', '--no-save', ...QUIET, tarball])}`);
    const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const script of ['typecheck', 'typecheck:bad', 'build']) {
      if (!scripts[script]) continue;
      if (script === 'typecheck:bad') {
        // A wrong value must be caught: proves the framework's checker reads the package's types.
        let failed = false;
        try {
          run(dir, NPM, ['run', script]);
        } catch (error) {
          failed = /"table"/.test(error.message);
        }
        if (!failed) throw new Error(`${app}: \`npm run typecheck:bad\` passed: the wrong values were not caught`);
        steps.push('wrong values caught');
      } else {
        steps.push(`${script} ${run(dir, NPM, ['run', script])}`);
      }
    }
    if (app === 'next') {
      const server = await serveNext(dir, 'start');
      try {
        // Server-rendered: the tags and the consult button's fallback link are in the HTML before any script runs.
        const html = await (await fetch(server.url)).text();
        for (const tag of TAGS) if (!html.includes(`<${tag}`)) throw new Error(`next: the server HTML has no <${tag}>`);
        if (!html.includes('<a href="/contact">Request a consultation</a>')) throw new Error('next: the server HTML lacks the fallback link');
        // The server component's props, as attributes: the card upgrades with its procedure even before hydration.
        if (!/<procedure-card procedure="discectomy" heading-level="2"/.test(html)) throw new Error('next: the server HTML lacks the procedure card\'s attributes');
        outcome = await check(server.url);
      } finally {
        await server.stop();
      }
      // `next dev` reports hydration mismatches on the console; Lit says once that it runs its dev build.
      const dev = await serveNext(dir, 'dev');
      try {
        const devOutcome = await check(dev.url, { allowed: [/^Lit is in dev mode/, /Download the React DevTools/] });
        outcome.problems.push(...devOutcome.problems.map((p) => `next dev: ${p}`));
        steps.push('next dev checked');
      } finally {
        await dev.stop();
      }
    } else {
      const server = await serveStatic(join(dir, STATIC_OUT[app]));
      try {
        outcome = await check(server.url);
      } finally {
        await server.stop();
      }
    }
  } catch (error) {
    outcome = { jsAtLoad: 0, problems: [error.message] };
  }
  results.push({ app, ...outcome, steps, time: seconds(started) });
  console.log(`${outcome.problems.length ? 'FAIL' : 'ok  '} ${app} (${seconds(started)}: ${steps.join(', ')})${outcome.jsAtLoad ? `, JS at load ${outcome.jsAtLoad} B gzip` : ''}`);
  for (const problem of outcome.problems) console.log(`     ${problem.split('\n').join('\n     ')}`);
}
await browser.close();

const failed = results.filter((r) => r.problems.length).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
