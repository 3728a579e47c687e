import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SpineElement } from './base-element.js';
import { defineElement } from './define.js';

// What Lit's server renderer writes for `<p>${text}</p>` (the digest names the template, as in a pre-rendered page).
const view = (text: string) => html`<p>${text}</p>`;
const serverRendered = (text: string) =>
  `<template shadowrootmode="open"><!--lit-part ${digestForTemplateResult(view(text))}--><p><!--lit-part-->${text}<!--/lit-part--></p><!--/lit-part--></template>`;

let counter = 0;

describe('hydrating a pre-rendered widget', () => {
  it('loads the hydration support, then defines the element, which takes the server DOM over without replacing it', async function () {
    if (!('setHTMLUnsafe' in Element.prototype)) this.skip(); // Declarative Shadow DOM from script needs it
    const tag = `hydrate-test-${++counter}`;
    let renders = 0;
    const Class = class extends SpineElement {
      override render() {
        renders++;
        return view('Hello');
      }
    };
    const host = document.createElement('div');
    document.body.append(host);
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`<${tag}>${serverRendered('Hello')}</${tag}>`);
    const element = host.firstElementChild as SpineElement;
    const paragraph = element.shadowRoot!.querySelector('p')!;

    expect(defineElement(tag, Class)).to.equal(tag);
    await customElements.whenDefined(tag);
    await element.updateComplete;
    await waitUntil(() => renders >= 2, 'hydration, then one more update');
    expect(element.shadowRoot!.querySelector('p')).to.equal(paragraph);
    expect(element.shadowRoot!.querySelectorAll('p')).to.have.length(1);
    expect(paragraph.textContent).to.equal('Hello');
    host.remove();
  });

  it('defines at once when nothing on the page was pre-rendered', () => {
    const tag = `hydrate-test-${++counter}`;
    const Class = class extends SpineElement {};
    expect(defineElement(tag, Class)).to.equal(tag);
    expect(customElements.get(tag)).to.equal(Class);
  });
});
