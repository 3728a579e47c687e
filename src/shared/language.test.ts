import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { SpineElement } from './base-element.js';
import { languageOf, toLanguage } from './language.js';

@customElement('language-test-element')
class LanguageTestElement extends SpineElement {
  override render() {
    return html`<p>${this.language === 'es' ? 'Hola' : 'Hello'}</p>`;
  }
}

const textOf = (element: LanguageTestElement) => element.shadowRoot!.querySelector('p')!.textContent;

describe('language', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('maps regions to their language and anything unknown to English', () => {
    expect(toLanguage('es-MX')).to.equal('es');
    expect(toLanguage('ES_es')).to.equal('es');
    expect(toLanguage('en-GB')).to.equal('en');
    expect(toLanguage('fr')).to.equal('en');
    expect(toLanguage('')).to.equal('en');
    expect(toLanguage(null)).to.equal('en');
  });

  it('reads the element, then the nearest ancestor, then <html>, then English', async () => {
    document.documentElement.removeAttribute('lang');
    const outer = await fixture<HTMLElement>(html`<div lang="es"><section><span lang="en"><b></b></span><i></i></section></div>`);
    expect(languageOf(outer.querySelector('b')!)).to.equal('en');
    expect(languageOf(outer.querySelector('i')!)).to.equal('es');
    const loose = await fixture<HTMLElement>(html`<p></p>`);
    expect(languageOf(loose)).to.equal('en');
    document.documentElement.setAttribute('lang', 'es-419');
    expect(languageOf(loose)).to.equal('es');
  });

  it('looks through shadow roots for the host language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(languageOf(inner)).to.equal('es');
  });

  it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrapper = await fixture<HTMLElement>(html`<div><language-test-element></language-test-element></div>`);
    const element = wrapper.querySelector<LanguageTestElement>('language-test-element')!;
    await element.updateComplete;
    expect(textOf(element)).to.equal('Hello');

    document.documentElement.setAttribute('lang', 'es-MX');
    await waitForRender(element);
    expect(textOf(element)).to.equal('Hola');

    wrapper.setAttribute('lang', 'en-US');
    await waitForRender(element);
    expect(textOf(element)).to.equal('Hello');

    element.setAttribute('lang', 'es');
    await waitForRender(element);
    expect(textOf(element)).to.equal('Hola');
    expect(element.language).to.equal('es');
  });

  it('re-renders when lang changes on an element inside another shadow root (out of the document observer\'s sight)', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const element = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('language-test-element')) as LanguageTestElement;
    await element.updateComplete;
    expect(textOf(element)).to.equal('Hello');

    element.setAttribute('lang', 'es');
    await waitForRender(element);
    expect(textOf(element)).to.equal('Hola');

    // A right-to-left language (here a pseudo-locale) turns the widget's text right to left: no `dir` says so.
    element.setAttribute('lang', 'ar-XB');
    await waitForRender(element);
    expect(textOf(element)).to.equal('Hello');
    expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).direction).to.equal('rtl');

    // Its own `dir` wins over the direction its language sets.
    element.setAttribute('dir', 'ltr');
    await waitForRender(element);
    expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).direction).to.equal('ltr');
  });
});

/** Mutation observers run as microtasks; let them fire, then wait for the render they ask for. */
async function waitForRender(element: LanguageTestElement) {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

void LanguageTestElement;
