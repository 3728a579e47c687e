// Finds the three browser engines the tests drive, installing Debian's packages when they are missing and we may
// (root on Debian). Nothing here downloads a browser from anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_PACKAGES = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb'];

const candidates = {
  chromium: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkitDriver: [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'],
  miniBrowser: [
    process.env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ],
  xvfb: [process.env.XVFB_PATH, '/usr/bin/Xvfb'],
};

function find() {
  return Object.fromEntries(Object.entries(candidates).map(([name, paths]) => [name, paths.find((p) => p && existsSync(p))]));
}

const canInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');

/** Paths of every browser piece, installing Debian's packages first when something is missing. Exits when impossible. */
export function ensureBrowsers() {
  let found = find();
  let missing = Object.keys(found).filter((name) => !found[name]);
  if (missing.length && canInstall()) {
    console.log(`Browsers missing (${missing.join(', ')}): installing Debian packages ${DEBIAN_PACKAGES.join(' ')} ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES], { stdio: 'inherit', env });
    found = find();
    missing = Object.keys(found).filter((name) => !found[name]);
  }
  if (missing.length) {
    console.error(
      [
        `Cannot run the browser tests: not found: ${missing.join(', ')}.`,
        'Install the Debian packages (as root):  apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb',
        'or point to installed browsers with CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_PATH.',
        'Nothing is downloaded automatically.',
      ].join('\n'),
    );
    process.exit(1);
  }
  return found;
}

// Run directly to install or check: `node scripts/browsers.mjs`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureBrowsers();
  for (const [name, path] of Object.entries(found)) console.log(`${name}: ${path}`);
}
