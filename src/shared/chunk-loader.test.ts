import { expect } from '@open-wc/testing';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { alreadyReported, chunkImporter, resolveBaseUrl, spineWidgetsGlobal } from './chunk-loader.js';

const script = (attributes: Record<string, string>) => {
  const element = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

describe('chunk-loader: where the split script-tag file finds its other files', () => {
  afterEach(() => delete window.spineWidgets);

  it('keeps an existing window.spineWidgets object and what is in it, and creates one when missing', () => {
    const queue = [1];
    window.spineWidgets = { baseUrl: '/x/', q: queue };
    const settings = spineWidgetsGlobal();
    expect(settings).to.equal(window.spineWidgets);
    expect(settings.q).to.equal(queue);
    delete window.spineWidgets;
    expect(spineWidgetsGlobal()).to.deep.equal({});
    expect(window.spineWidgets).to.deep.equal({});
  });

  it('prefers window.spineWidgets.baseUrl, then data-base-url, then the script URL, then the page', () => {
    const tag = script({ src: 'https://cdn.example/npm/spine-widgets/dist/spine-widgets.js', 'data-base-url': 'https://assets.example/js/' });
    expect(resolveBaseUrl(tag, { baseUrl: 'https://clinic.example/static/' })).to.equal('https://clinic.example/static/');
    expect(resolveBaseUrl(tag, { baseUrl: '  ' })).to.equal('https://assets.example/js/');
    expect(resolveBaseUrl(script({ src: 'https://cdn.example/dist/spine-widgets.js' }), {})).to.equal('https://cdn.example/dist/spine-widgets.js');
    expect(resolveBaseUrl(null, {})).to.equal(document.baseURI);
  });

  it('reads window.spineWidgets by default and treats a base URL as a folder, relative to the page', () => {
    window.spineWidgets = { baseUrl: '/wp-content/plugins/spine-widgets/assets' };
    expect(resolveBaseUrl(null)).to.equal(new URL('/wp-content/plugins/spine-widgets/assets/', location.href).href);
    expect(resolveBaseUrl(script({ 'data-base-url': 'js/spine-widgets.js' }), {})).to.equal(new URL('js/spine-widgets.js', location.href).href);
  });

  it('imports files relative to the base URL', async () => {
    const asked: string[] = [];
    const load = chunkImporter('https://clinic.example/js/', (url) => (asked.push(url), Promise.resolve({ url })));
    expect(await load('./spine-widgets-en-abc.js')).to.deep.equal({ url: 'https://clinic.example/js/spine-widgets-en-abc.js' });
    expect(asked).to.deep.equal(['https://clinic.example/js/spine-widgets-en-abc.js']);
  });

  it('asks for a file with one <link rel="modulepreload"> (its download starts at once), then imports it', async () => {
    const base = new URL('../test-support/', import.meta.url).href;
    const url = new URL('./console-spy.ts', base).href;
    const load = chunkImporter(base);
    const [first, second] = await Promise.all([load('./console-spy.ts'), load('./console-spy.ts')]);
    expect(first).to.equal(second);
    expect(first).to.have.property('withConsoleSpy');
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].filter((link) => link.href === url);
    expect(links, 'one link where the browser supports modulepreload').to.have.length(document.createElement('link').relList.supports('modulepreload') ? 1 : 0);
    links.forEach((link) => link.remove());
  });

  it('gives every caller of one file the same promise, and asks again after a failure', async () => {
    let calls = 0;
    const load = chunkImporter('https://clinic.example/js/', () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ calls })));
    await withConsoleSpy(() => load('./spine-widgets-en-abc.js').catch(() => undefined));
    const first = load('./spine-widgets-en-abc.js');
    expect(load('./spine-widgets-en-abc.js'), 'one promise per file, so its widgets render in one task').to.equal(first);
    expect(await first).to.deep.equal({ calls: 2 });
    expect(calls).to.equal(2);
  });

  it('logs one console error per missing file, naming the URL tried and both fixes, and marks the error reported', async () => {
    const load = chunkImporter(new URL('/__test__/missing-folder/', location.href).href);
    const failures: unknown[] = [];
    const spy = await withConsoleSpy(async () => {
      for (let i = 0; i < 3; i++) await load('./spine-widgets-en-missing.js').catch((error: unknown) => failures.push(error));
    });
    expect(failures).to.have.length(3);
    expect(failures.every(alreadyReported)).to.be.true;
    expect(alreadyReported(new Error('other'))).to.be.false;
    expect(alreadyReported(undefined)).to.be.false;
    expect(spy.errors).to.have.length(1);
    expect(spy.errors[0]).to.contain(new URL('/__test__/missing-folder/spine-widgets-en-missing.js', location.href).href);
    expect(spy.errors[0]).to.contain('window.spineWidgets = { baseUrl:');
    expect(spy.errors[0]).to.contain('data-base-url=');
    expect(spy.errors[0]).to.contain('spine-widgets.bundle.js');
  });
});
