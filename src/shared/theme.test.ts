import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { customElement } from 'lit/decorators.js';
import { SpineElement } from './base-element.js';

@customElement('theme-test-element')
class ThemeTestElement extends SpineElement {
  override render() {
    return html`<p>Text</p>`;
  }
}

const style = (element: Element) => getComputedStyle(element);

describe('theme', () => {
  it('switches between forced light and dark tokens', async () => {
    const element = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
    const light = style(element).color;
    element.theme = 'dark';
    await element.updateComplete;
    expect(style(element).color).not.to.equal(light);
    expect(style(element).colorScheme).to.equal('dark');
  });

  it("follows the visitor's colour preference unless theme forces one", async () => {
    const auto = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
    const light = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
    const dark = await fixture<ThemeTestElement>(html`<theme-test-element theme="dark"></theme-test-element>`);
    // Only Chromium lets the runner emulate the preference (Firefox and WebKit refuse): there the rule is checked.
    const canEmulate = await emulateMedia({ colorScheme: 'dark' }).then(
      () => true,
      () => false,
    );
    try {
      if (canEmulate) {
        expect([auto, light, dark].map((el) => style(el).colorScheme)).to.deep.equal(['dark', 'light', 'dark']);
        expect(style(auto).color).to.equal(style(dark).color);
        await emulateMedia({ colorScheme: 'light' });
        expect([auto, light, dark].map((el) => style(el).colorScheme)).to.deep.equal(['light', 'light', 'dark']);
        expect(style(auto).color).to.equal(style(light).color);
      } else {
        const rules = auto.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
        const preference = rules.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText));
        const inner = preference!.cssRules[0] as CSSStyleRule;
        expect(inner.selectorText.replace(/"/g, "'")).to.equal(":host(:not([theme='light']))");
        expect(inner.style.getPropertyValue('color-scheme')).to.equal('dark');
      }
    } finally {
      if (canEmulate) await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('honours the public custom properties', async () => {
    const element = await fixture<ThemeTestElement>(
      html`<theme-test-element theme="light" style="--spine-color-text: rgb(1, 2, 3)"></theme-test-element>`,
    );
    expect(style(element).color).to.equal('rgb(1, 2, 3)');
  });

  it('is not bent by the host page: root font-size, inherited text settings, rules matching every element', async () => {
    const inner = (element: Element) => element.shadowRoot!.querySelector('p')!;
    const plain = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
    const plainStyle = pick(style(inner(plain)));
    const hostileSheet = new CSSStyleSheet();
    hostileSheet.replaceSync(
      'html { font-size: 62.5% } * { line-height: 3; letter-spacing: 3px; box-sizing: content-box } body, div { text-align: center; color: red; font-size: 10px }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostileSheet];
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><theme-test-element theme="light"></theme-test-element></div>`);
      expect(pick(style(inner(wrapper.querySelector('theme-test-element')!)))).to.deep.equal(plainStyle);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostileSheet);
    }
  });
});

function pick(s: CSSStyleDeclaration) {
  return { fontSize: s.fontSize, textAlign: s.textAlign, lineHeight: s.lineHeight, letterSpacing: s.letterSpacing, color: s.color };
}

void ThemeTestElement;
