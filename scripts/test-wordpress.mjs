// `npm run test:wordpress`: the WordPress plugin in a real WordPress (Debian's `wordpress`, `mariadb-server`, `php`
// packages; .ci/run installs them). Starts MariaDB in a temporary data directory on its own socket and PHP's web
// server on a free port, installs WordPress and the plugin from dist/spine-widgets-wordpress.zip (as Plugins -> Upload
// does), saves a post as an Author through the REST API (so WordPress's HTML filter applies), opens it in Chromium and
// checks that every widget renders, then sends a consultation request twice with the same requestId: stored once.
// Also: `php -l` on every PHP file, the editor's live preview, CORS, 422s, the admin notice without patient details,
// and who may read the requests. Every process it starts is stopped, and the temporary folder removed, at the end.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from './browsers.mjs';
import { freePort } from './local-server.mjs';

const started = Date.now();
const PLUGIN_SOURCE = 'wordpress/spine-widgets';
const ZIP = 'dist/spine-widgets-wordpress.zip';
const WORDPRESS = '/usr/share/wordpress';
const TAGS = ['procedure-card', 'surgery-benefits', 'specialist-checklist', 'consult-button'];

let failures = 0;
function check(condition, message) {
  if (condition) console.log(`  ok  ${message}`);
  else {
    failures++;
    console.error(`  FAIL ${message}`);
  }
}
const step = (message) => console.log(`\n${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

for (const [path, pkg] of [
  ['/usr/bin/php', 'php-cli'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  [WORDPRESS, 'wordpress'],
]) {
  if (!existsSync(path)) {
    console.error(`test:wordpress needs ${path} (Debian package ${pkg}): apt-get install -y wordpress mariadb-server php-cli php-mysql (.ci/run does this).`);
    process.exit(1);
  }
}
if (!existsSync(ZIP)) {
  console.error(`test:wordpress needs ${ZIP}: run npm run build first.`);
  process.exit(1);
}

// Everything started here is stopped here, whatever happens. Each server runs in a process group of its own
// (php -S forks workers), and the whole group is signalled.
const children = [];
const start = (command, args, options = {}) => {
  const child = spawn(command, args, { ...options, detached: true });
  children.push(child);
  return child;
};
const stop = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
};
const temp = mkdtempSync(join(tmpdir(), 'spine-wordpress-'));
let browser;
async function cleanUp() {
  await browser?.close().catch(() => undefined);
  for (const child of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    stop(child, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) stop(child, 'SIGKILL');
  }
  rmSync(temp, { recursive: true, force: true });
}
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) stop(child, 'SIGKILL');
  rmSync(temp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanUp().then(() => process.exit(130)));

const until = async (what, test, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
};

try {
  step('php -l on every PHP file of the plugin');
  const phpFiles = [];
  const walk = (dir) => readdirSync(dir).forEach((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : name.endsWith('.php') && phpFiles.push(join(dir, name))));
  walk(PLUGIN_SOURCE);
  for (const file of phpFiles) {
    let output = '';
    try {
      output = execFileSync('php', ['-l', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    check(/No syntax errors/.test(output), `php -l ${file}`);
  }

  step('MariaDB in a temporary data directory, on its own socket');
  const socket = join(temp, 'mariadb.sock');
  const user = process.getuid?.() === 0 ? 'root' : process.env.USER;
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${join(temp, 'db')}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  start(
    '/usr/sbin/mariadbd',
    ['--no-defaults', `--datadir=${join(temp, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(temp, 'mariadb.pid')}`, `--user=${user}`, `--log-error=${join(temp, 'mariadb.err')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'],
    { stdio: 'ignore' },
  );
  const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-e', statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  await until('MariaDB answering', () => sql('SELECT 1') === '1');
  sql('CREATE DATABASE wordpress');

  step("WordPress (Debian's package) in a temporary folder, served by php -S on a free port");
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const root = join(temp, 'wp');
  // A copy, not the package's folder: WordPress finds wp-config.php beside its own files, and Debian's reads /etc.
  cpSync(WORDPRESS, root, { recursive: true, dereference: true, filter: (source) => !/\/(\.htaccess|wp-config\.php)$/.test(source) });
  const salt = () => randomBytes(24).toString('hex');
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((name) => `define( '${name}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over http
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(temp, 'debug.log')}' );
define( 'SPINE_TEST_MAIL_LOG', '${join(temp, 'mail.log')}' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // A minimal classic theme (Debian's package installs none): the header, the post's content, the footer.
  mkdirSync(join(root, 'wp-content/themes/spine-test'), { recursive: true });
  writeFileSync(join(root, 'wp-content/themes/spine-test/style.css'), '/*\nTheme Name: Spine test\n*/\n');
  writeFileSync(
    join(root, 'wp-content/themes/spine-test/index.php'),
    `<!doctype html><html <?php language_attributes(); ?>><head><meta charset="utf-8"><?php wp_head(); ?></head><body><main>
<?php while ( have_posts() ) : the_post(); ?><article><h1><?php the_title(); ?></h1><?php the_content(); ?></article><?php endwhile; ?>
</main><?php wp_footer(); ?></body></html>
`,
  );
  // Mail goes to a file instead of sendmail, so the test can read the admin notice.
  mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(root, 'wp-content/mu-plugins/test-mail.php'),
    `<?php
add_filter( 'pre_wp_mail', function ( $null, $atts ) {
	file_put_contents( SPINE_TEST_MAIL_LOG, wp_json_encode( $atts ) . "\\n", FILE_APPEND );
	return true;
}, 10, 2 );
`,
  );
  // php -S has no rewrite rules: files that exist are served, everything else goes to WordPress (pretty permalinks).
  writeFileSync(
    join(temp, 'router.php'),
    `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( $path !== '/' && file_exists( $file ) && ( ! is_dir( $file ) || file_exists( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
  );
  const php = (code) => {
    const file = join(temp, `script-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\n$_SERVER['REQUEST_URI'] = '/';\n${code}`);
    const output = execFileSync('php', [file], { cwd: root, encoding: 'utf8' });
    const json = output.slice(output.lastIndexOf('\n{') + 1);
    return JSON.parse(json.trim().startsWith('{') ? json : output);
  };

  const zipCopy = join(temp, 'spine-widgets-wordpress.zip'); // the upgrader deletes the package it installed
  cpSync(ZIP, zipCopy);
  const setup = php(`
define( 'WP_INSTALLING', true );
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Spine Clinic', 'admin', 'admin@clinic.example', true, '', 'admin-password-123' );
update_option( 'permalink_structure', '/%postname%/' );
switch_theme( 'spine-test' );
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );
// What Plugins -> Add New -> Upload does with the zip.
$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( '${zipCopy}' );
$activated = activate_plugin( 'spine-widgets/spine-widgets.php' );
$settings  = spine_widgets_sanitize_settings( array( 'phone' => '(555) 555-0142', 'brand_color' => '#aa3300', 'language' => 'auto', 'destination' => 'plugin', 'privacy_page' => 0 ) );
update_option( 'spine_widgets_settings', $settings );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password-123', 'user_email' => 'author@clinic.example', 'role' => 'author' ) );
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'test' ) );
flush_rewrite_rules();
echo "\\n" . wp_json_encode( array(
	'installed'      => true === $installed,
	'activated'      => null === $activated,
	'author'         => $author,
	'password'       => $password,
	'authorUnfiltered' => user_can( $author, 'unfiltered_html' ),
	'version'        => get_bloginfo( 'version' ),
) );
`);
  check(setup.installed, 'the plugin installs from dist/spine-widgets-wordpress.zip with WordPress\'s own upgrader');
  check(setup.activated, 'the plugin activates');
  check(setup.authorUnfiltered === false, 'the Author has no unfiltered_html (so kses filters what they save)');
  console.log(`  WordPress ${setup.version}`);

  start('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(temp, 'router.php')], {
    stdio: 'ignore',
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await until('WordPress answering', async () => (await fetch(`${site}/wp-login.php`)).ok);

  step('A post written by the Author through the REST API: shortcodes, blocks and raw tags');
  const auth = `Basic ${Buffer.from(`author:${setup.password}`).toString('base64')}`;
  const content = [
    '<!-- wp:shortcode -->[procedure_card procedure="discectomy" expanded heading_level="2"]<!-- /wp:shortcode -->',
    '<!-- wp:spine-widgets/surgery-benefits {"layout":"grid"} /-->',
    '<!-- wp:html --><specialist-checklist heading="Is it time to see a specialist?" onclick="window.__xss=1"></specialist-checklist><script>window.__xss = 1</script><!-- /wp:html -->',
    '<!-- wp:shortcode -->[consult_button label="Request a Consultation"]<!-- /wp:shortcode -->',
    '<!-- wp:html --><procedure-card procedure="kyphoplasty" lang="es" href="javascript:alert(1)"></procedure-card><!-- /wp:html -->',
    '<!-- wp:spine-widgets/procedure-card {"procedure":"facet-joint-injection","variant":"compact"} /-->',
    '<!-- wp:shortcode -->[guide_download href="https://clinic.example/back-pain-guide.pdf" heading="Back pain guide" pages="12" file-size="2.4 MB"]<!-- /wp:shortcode -->',
  ].join('\n\n');
  const created = await fetch(`${site}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Back pain treatments', status: 'publish', content }),
  });
  const post = await created.json();
  check(created.status === 201, `the Author publishes the post (HTTP ${created.status})`);
  const saved = await (await fetch(`${site}/wp-json/wp/v2/posts/${post.id}?context=edit`, { headers: { Authorization: auth } })).json();
  const raw = saved.content?.raw ?? '';
  check(raw.includes('<specialist-checklist heading="Is it time to see a specialist?">'), 'a raw <specialist-checklist> typed by the Author survives saving');
  check(raw.includes('<procedure-card procedure="kyphoplasty" lang="es"'), 'a raw <procedure-card lang="es"> survives saving');
  check(!raw.includes('onclick') && !raw.includes('<script') && !raw.includes('javascript:'), 'kses still strips event handlers, scripts and javascript: URLs');

  step('The post in Chromium');
  browser = await puppeteer.launch({
    executablePath: ensureBrowsers().chromium,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const problems = [];
  const requested = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(post.link, { waitUntil: 'load' });
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 15_000 }, TAGS);
  const rendered = await page.evaluate(async (tags) => {
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    await Promise.all(elements.map((element) => element.updateComplete));
    const text = (element) => element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const script = document.querySelector('script[src*="spine-widgets.bundle.js"]');
    const button = document.querySelector('consult-button');
    return {
      counts: Object.fromEntries(tags.map((tag) => [tag, document.querySelectorAll(tag).length])),
      empty: elements.filter((element) => text(element).length < 10).map((element) => element.outerHTML),
      spanish: text(document.querySelector('procedure-card[lang="es"]')),
      script: script && { src: script.getAttribute('src'), noOptimize: script.getAttribute('data-no-optimize'), cfasync: script.getAttribute('data-cfasync'), nowprocket: script.hasAttribute('nowprocket') },
      scripts: document.querySelectorAll('script[src*="spine-widgets"]').length,
      guide: document.querySelector('guide-download')?.outerHTML,
      button: { action: button.getAttribute('action'), phone: button.getAttribute('phone'), fallback: button.querySelector('a')?.getAttribute('href') },
      brand: getComputedStyle(document.documentElement).getPropertyValue('--spine-color-brand').trim(),
      xss: window.__xss,
    };
  }, TAGS);
  check(rendered.counts['procedure-card'] === 3 && rendered.counts['surgery-benefits'] === 1 && rendered.counts['specialist-checklist'] === 1 && rendered.counts['consult-button'] === 1, `every widget is on the page: ${JSON.stringify(rendered.counts)}`);
  check(rendered.empty.length === 0, `every widget shows its words${rendered.empty.length ? `; empty: ${rendered.empty.join(' ')}` : ''}`);
  check(/cirug|columna|vértebra/i.test(rendered.spanish), 'the raw <procedure-card lang="es"> is in Spanish');
  check(rendered.scripts === 1 && rendered.script?.src.startsWith(`${site}/wp-content/plugins/spine-widgets/assets/spine-widgets.bundle.js`), `one script, the bundle served by the plugin: ${rendered.script?.src}`);
  check(rendered.script?.noOptimize === '1' && rendered.script?.cfasync === 'false' && rendered.script?.nowprocket, 'the script carries data-no-optimize="1", data-cfasync="false" and nowprocket');
  check(requested.every((url) => url.startsWith(site) || url.startsWith('data:')), 'no request leaves the site (no CDN)');
  check(/^<guide-download href="https:\/\/clinic\.example\/back-pain-guide\.pdf" heading="Back pain guide" file-size="2.4 MB" pages="12">/.test(rendered.guide ?? ''), `[guide_download] renders the tag: ${rendered.guide}`);
  check(rendered.button.action === `${site}/wp-json/spine-widgets/v1/consult` && rendered.button.phone === '(555) 555-0142', 'the consult button sends to the plugin\'s receiver and shows the phone from the settings');
  check(rendered.button.fallback === 'tel:5555550142', 'the consult button has a plain phone link for visitors without the script');
  check(rendered.brand === '#aa3300', `the brand colour from the settings applies (${rendered.brand})`);
  check(rendered.xss === undefined, 'nothing the Author typed runs as script');

  check(problems.length === 0, `no console errors on the post${problems.length ? `: ${problems.join(' | ')}` : ''}`);

  const plain = await browser.newPage();
  await plain.goto(`${site}/?p=1`, { waitUntil: 'load' });
  check((await plain.evaluate(() => document.querySelectorAll('script[src*="spine-widgets"]').length)) === 0, 'a post without widgets does not load the script');
  await plain.close();

  step('A consultation request from the page, sent twice with the same requestId');
  const sent = await page.evaluate(async () => {
    const button = document.querySelector('consult-button');
    const success = new Promise((resolve) => button.addEventListener('consult-success', (event) => resolve(event.detail), { once: true }));
    button.shadowRoot.querySelector('[part=button]').click();
    await button.updateComplete;
    const root = button.shadowRoot;
    const fill = (selector, value) => {
      const input = root.querySelector(selector);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('#f-name', 'Pat Example');
    fill('#f-email', 'pat@example.com');
    root.querySelector('#f-consent').click();
    root.querySelector('form button[type=submit]').click();
    const detail = await success;
    // The same request again, as a retry after a lost answer would send it.
    const again = await fetch(button.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': detail.requestId },
      body: JSON.stringify({ name: 'Pat Example', email: 'pat@example.com', consent: true, requestId: detail.requestId, page: location.href, lang: 'en' }),
    });
    const invalid = await fetch(button.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '', email: 'not-an-email', consent: false, requestId: 'invalid-1' }),
    });
    const guide = await fetch(button.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ kind: 'guide', name: 'Sam Example', email: 'sam@example.com', consent: 'true', guide: 'Back pain guide', requestId: 'guide-1' }),
    });
    return { detail, again: again.status, invalid: { status: invalid.status, body: await invalid.json() }, guide: guide.status };
  });
  check(sent.detail.status === 200 && typeof sent.detail.requestId === 'string', `the form's request is accepted (HTTP ${sent.detail.status})`);
  check(sent.again === 200, 'the same request sent again is answered 200');
  check(sent.invalid.status === 422 && typeof sent.invalid.body.errors?.name === 'string' && typeof sent.invalid.body.errors?.email === 'string' && typeof sent.invalid.body.errors?.consent === 'string', `invalid fields: 422 ${JSON.stringify(sent.invalid.body)}`);
  // The plugin answers with the widget's own words (lead-rules.json, written by the build from its modules).
  const { english } = await import('../dist/components/consult-button/content/en.js');
  check(
    sent.invalid.body.errors?.name === english.errors.name && sent.invalid.body.errors?.consent === english.errors.consent,
    'the 422 messages are the widget\'s own',
  );
  check(sent.guide === 200, 'a guide request (kind: "guide", url-encoded) is accepted');

  const stored = php(`
require '${root}/wp-load.php';
$ids = get_posts( array( 'post_type' => 'spine_request', 'post_status' => 'any', 'fields' => 'ids', 'posts_per_page' => -1, 'meta_key' => '_spine_widgets_key', 'meta_value' => '${sent.detail.requestId}' ) );
$all = get_posts( array( 'post_type' => 'spine_request', 'post_status' => 'any', 'posts_per_page' => -1 ) );
$author = get_user_by( 'login', 'author' );
$fields = $ids ? json_decode( get_post_meta( $ids[0], '_spine_widgets_fields', true ), true ) : array();
echo "\\n" . wp_json_encode( array(
	'sameId'      => count( $ids ),
	'all'         => count( $all ),
	'kinds'       => array_map( function ( $p ) { return get_post_meta( $p->ID, '_spine_widgets_kind', true ); }, $all ),
	'statuses'    => array_values( array_unique( wp_list_pluck( $all, 'post_status' ) ) ),
	'name'        => isset( $fields['name'] ) ? $fields['name'] : null,
	'adminReads'  => $ids && user_can( 1, 'edit_post', $ids[0] ),
	'authorReads' => $ids && ( user_can( $author, 'edit_post', $ids[0] ) || user_can( $author, 'read_post', $ids[0] ) || user_can( $author, 'read_spine_requests' ) ),
) );
`);
  check(stored.sameId === 1, `the request sent twice is stored once (${stored.sameId})`);
  check(stored.all === 2 && stored.kinds.sort().join() === 'consultation,guide', `two requests kept in all: ${stored.kinds}`);
  check(stored.statuses.join() === 'private' && stored.name === 'Pat Example', 'kept as private posts with the fields');
  check(stored.adminReads && !stored.authorReads, 'the Administrator (read_spine_requests) can read it, the Author cannot');
  const restList = await fetch(`${site}/wp-json/wp/v2/spine_request`, { headers: { Authorization: auth } });
  check(restList.status === 404, 'requests are not in the REST API');

  // (WordPress's own install mails are not the plugin's.)
  const mails = (existsSync(join(temp, 'mail.log')) ? readFileSync(join(temp, 'mail.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : []).filter((mail) => / request$/.test(mail.subject));
  check(mails.length === 2 && mails.every((mail) => mail.to === 'admin@clinic.example'), `the site admin gets one notice per stored request (${mails.length})`);
  check(mails.every((mail) => !/Pat|Sam|example\.com|555/.test(JSON.stringify(mail))), 'the notices hold none of the patient\'s details');

  step('CORS: only the site\'s origin');
  const preflight = (origin) =>
    fetch(`${site}/wp-json/spine-widgets/v1/consult`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
  const own = await preflight(site);
  const foreign = await preflight('https://elsewhere.example');
  check(own.headers.get('access-control-allow-origin') === site && /idempotency-key/i.test(own.headers.get('access-control-allow-headers') ?? ''), 'the site\'s origin may send, with Idempotency-Key');
  check(foreign.headers.get('access-control-allow-origin') === null, 'another origin gets no CORS permission');
  const wrongType = await fetch(`${site}/wp-json/spine-widgets/v1/consult`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
  check(wrongType.status === 415, `other content types: ${wrongType.status}`);
  const tooLarge = await fetch(`${site}/wp-json/spine-widgets/v1/consult`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'x'.repeat(20_000) }) });
  check(tooLarge.status === 413, `bodies over 16 KB: ${tooLarge.status}`);

  step('The block editor: sidebar controls and a live preview');
  const editor = await browser.newPage();
  const editorProblems = [];
  editor.on('pageerror', (error) => editorProblems.push(error.message));
  await editor.goto(`${site}/wp-login.php`, { waitUntil: 'load' });
  await editor.type('#user_login', 'admin');
  await editor.type('#user_pass', 'admin-password-123');
  await Promise.all([editor.waitForNavigation({ waitUntil: 'load' }), editor.click('#wp-submit')]);
  // The block editor's first load reads several MB of WordPress's scripts from a cold disk through php -S: allow
  // two minutes (it takes about 5 s when warm).
  await editor.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 120_000 });
  await editor
    .waitForFunction(() => window.wp?.blocks?.getBlockType('spine-widgets/procedure-card')?.edit && window.wp.data.select('core/block-editor'), { timeout: 120_000 })
    .catch((error) => {
      throw new Error(`the editor did not register the blocks (${error.message}) at ${editor.url()}; script errors: ${editorProblems.join(' | ') || 'none'}`);
    });
  const blockNames = await editor.evaluate(() =>
    window.wp.blocks
      .getBlockTypes()
      .map((type) => type.name)
      .filter((name) => name.startsWith('spine-widgets/'))
      .sort(),
  );
  check(blockNames.join() === 'spine-widgets/consult-button,spine-widgets/guide-download,spine-widgets/procedure-card,spine-widgets/specialist-checklist,spine-widgets/surgery-benefits', `five blocks: ${blockNames}`);
  await editor.evaluate(() => {
    const block = window.wp.blocks.createBlock('spine-widgets/procedure-card', { procedure: 'discectomy' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  // The preview is the server's rendering, upgraded by the script in the editor.
  await editor.waitForFunction(() => (document.querySelector('.editor-styles-wrapper procedure-card, iframe')?.tagName === 'IFRAME' ? document.querySelector('iframe').contentDocument : document).querySelector('procedure-card[procedure="discectomy"]')?.shadowRoot?.textContent.trim().length > 10, { timeout: 30_000 });
  check(true, 'the block shows a live preview of <procedure-card procedure="discectomy">');
  const sidebar = await editor.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector label')].map((label) => label.textContent.trim()));
  check(['procedure', 'heading', 'expanded', 'variant'].every((name) => sidebar.includes(name)), `its main attributes are in the sidebar: ${sidebar.join(', ')}`);
  // (Console messages are not checked here: WordPress's editor itself asks for fonts and emoji from other hosts.)
  check(editorProblems.length === 0, `no script errors in the editor${editorProblems.length ? `: ${editorProblems.join(' | ')}` : ''}`);

  const debugLog = existsSync(join(temp, 'debug.log')) ? readFileSync(join(temp, 'debug.log'), 'utf8') : '';
  const pluginNotices = debugLog.split('\n').filter((line) => line.includes('spine-widgets'));
  check(pluginNotices.length === 0, `no PHP notice or warning from the plugin${pluginNotices.length ? `:\n${pluginNotices.join('\n')}` : ''}`);
} catch (error) {
  failures++;
  console.error(`\ntest:wordpress stopped: ${error.stack ?? error}`);
} finally {
  await cleanUp();
}
console.log(`\ntest:wordpress: ${failures ? `${failures} FAILED` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures ? 1 : 0);
