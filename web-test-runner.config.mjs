// Tests run in real Chromium, Firefox and WebKit from Debian packages. Start them through `npm run test:browsers`
// (scripts/run-browser-tests.mjs), which finds the browsers and starts WebKit's driver on a virtual display.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { crossOriginInfo, crossOriginServers } from './test/server/cross-origin.mjs';
import { cspPages } from './test/server/csp-pages.mjs';
import { testEndpoints } from './test/server/endpoints.mjs';

const env = process.env;
const only = env.BROWSERS ? env.BROWSERS.split(',') : ['chromium', 'firefox', 'webkit'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: env.CHROME_PATH || '/usr/bin/chromium',
        // Without the background-networking flags Chromium keeps trying to reach Google and logs errors.
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(env.WEBKIT_DRIVER_PORT || 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.{ts,html}'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers: only.map((name) => launchers[name]()),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), crossOriginServers()],
  middleware: [cspPages, crossOriginInfo, testEndpoints],
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  coverage: env.COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/spine-widgets.ts', 'node_modules/**'],
    threshold: { statements: 95, branches: 95, functions: 95, lines: 95 },
    report: true,
    reportDir: 'coverage',
  },
};
