import { expect } from '@open-wc/testing';
import { defineSpineWidgets, elements } from '../classes.js';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { SpineElement } from './base-element.js';
import { defineElement, tagName } from './define.js';
import { VERSION } from './version.js';

let counter = 0;
const uniqueTag = () => `define-test-${++counter}`;
const newClass = (version = VERSION) =>
  class extends SpineElement {
    static override readonly version = version;
  };

describe('defineElement', () => {
  it('registers a class under its tag and returns the tag', () => {
    const tag = uniqueTag();
    const Class = newClass();
    expect(defineElement(tag, Class)).to.equal(tag);
    expect(customElements.get(tag)).to.equal(Class);
  });

  it('skips a tag already defined by the same version, silently', async () => {
    const tag = uniqueTag();
    defineElement(tag, newClass());
    const spy = await withConsoleSpy(() => expect(() => defineElement(tag, newClass())).not.to.throw());
    expect(spy.warnings).to.deep.equal([]);
    expect(spy.errors).to.deep.equal([]);
  });

  it('keeps the first of two versions and warns once, naming both and the prefix way out', async () => {
    const [first, second] = [uniqueTag(), uniqueTag()];
    const Old = newClass('0.0.1');
    defineElement(first, Old);
    defineElement(second, newClass('0.0.1'));
    const spy = await withConsoleSpy(() => {
      defineElement(first, newClass('9.9.9'));
      defineElement(second, newClass('9.9.9'));
    });
    expect(customElements.get(first)).to.equal(Old);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.contain('0.0.1').and.contain('9.9.9').and.contain('data-prefix');
  });

  it('registers under a prefix, and the same class under several names', () => {
    const tag = uniqueTag();
    const Class = newClass();
    expect(defineElement(tag, Class, 'acme')).to.equal(`acme-${tag}`);
    expect(defineElement(tag, Class, 'other')).to.equal(`other-${tag}`);
    expect(document.createElement(`other-${tag}`)).to.be.instanceOf(Class);
    expect(tagName('procedure-card', 'acme')).to.equal('acme-procedure-card');
  });

  it('refuses a prefix that cannot start a tag, with an error and no throw', async () => {
    const spy = await withConsoleSpy(() => expect(defineElement(uniqueTag(), newClass(), 'Bad Prefix!')).to.equal(null));
    expect(spy.errors[0]).to.contain('Bad Prefix!').and.contain('lowercase');
  });

  it('reports, without throwing, when the registry refuses a name', async () => {
    const spy = await withConsoleSpy(() => expect(defineElement('nohyphen', newClass())).to.equal(null));
    expect(spy.errors[0]).to.contain('<nohyphen>');
  });
});

describe('defineSpineWidgets', () => {
  it('registers all four elements under a prefix', () => {
    const tags = defineSpineWidgets('npm');
    expect(tags).to.deep.equal(Object.keys(elements).map((tag) => `npm-${tag}`));
    for (const tag of tags) expect(customElements.get(tag)).to.exist;
  });
});
