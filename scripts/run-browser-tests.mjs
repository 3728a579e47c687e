// Runs web-test-runner in Chromium, Firefox and WebKit. WebKitGTK's MiniBrowser has no headless mode, so this starts
// a virtual display (Xvfb) and WebKitWebDriver first, and stops both afterwards, whatever happens.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { freePort } from './local-server.mjs';

const browsers = ensureBrowsers();

const freeDisplay = () => {
  for (let n = 90; n < 200; n++) if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display number between 90 and 199');
};

const children = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const display = `:${freeDisplay()}`;
children.push(spawn(browsers.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
const driverPort = await freePort();
children.push(spawn(browsers.webkitDriver, [`--port=${driverPort}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));

// Wait until the driver answers before the runner asks it for a session.
const deadline = Date.now() + 15_000;
for (;;) {
  try {
    const response = await fetch(`http://127.0.0.1:${driverPort}/status`);
    if (response.ok) break;
  } catch {
    /* not up yet */
  }
  if (Date.now() > deadline) {
    console.error(`WebKitWebDriver did not start on port ${driverPort} within 15 s.`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const runner = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DISPLAY: display,
    CHROME_PATH: browsers.chromium,
    FIREFOX_PATH: browsers.firefox,
    WEBKIT_BROWSER_PATH: browsers.miniBrowser,
    WEBKIT_DRIVER_PORT: String(driverPort),
  },
});
runner.on('exit', (code, signal) => {
  stopAll();
  process.exit(code ?? (signal ? 1 : 0));
});
