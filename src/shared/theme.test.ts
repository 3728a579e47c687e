import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
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
    // Spacing the page's body passes down stays out; a rule on every element may set font, colour and alignment,
    // but not the spacing, which a visitor's text-spacing tool sets the same way (see the next test).
    hostileSheet.replaceSync(
      'html { font-size: 62.5% } * { box-sizing: content-box; font-size: 10px; color: red; text-align: center; font-weight: 700 } body, div { line-height: 3; letter-spacing: 3px; word-spacing: 9px; text-align: center; color: red; font-size: 10px }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostileSheet];
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><theme-test-element theme="light"></theme-test-element></div>`);
      expect(pick(style(inner(wrapper.querySelector('theme-test-element')!)))).to.deep.equal(plainStyle);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostileSheet);
    }
  });

  it("lets a visitor's text-spacing tool reach the text (WCAG 1.4.12), from the page's document", async () => {
    const element = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
    const p = element.shadowRoot!.querySelector('p')!;
    expect([style(p).letterSpacing, style(p).wordSpacing]).to.deep.equal(['normal', '0px']);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 2 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
    try {
      // 0.12em and 0.16em of the 16 px text, and a line-height of twice the text.
      expect([style(p).letterSpacing, style(p).wordSpacing, style(p).lineHeight]).to.deep.equal(['1.92px', '2.56px', '32px']);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
    }
  });

  it("sizes text max(16px, 1rem): a 62.5% root cannot shrink it, a larger root or browser default enlarges it", async () => {
    const element = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
    const p = element.shadowRoot!.querySelector('p')!;
    const root = document.documentElement.style;
    try {
      expect(style(p).fontSize).to.equal('16px');
      root.fontSize = '62.5%';
      expect(style(p).fontSize).to.equal('16px');
      root.fontSize = '200%';
      expect(style(p).fontSize).to.equal('32px');
    } finally {
      root.fontSize = '';
    }
    // The visitor's own setting (Chromium's default font size, through the DevTools protocol; others cannot set it).
    const set = (standard: number) => executeServerCommand<{ supported: boolean }, { standard: number }>('font-sizes', { standard });
    if ((await set(32)).supported) {
      try {
        await new Promise(requestAnimationFrame);
        expect(style(p).fontSize).to.equal('32px');
      } finally {
        await set(16);
      }
    }
    // A clinic's --spine-font-size still wins.
    element.style.setProperty('--spine-font-size', '18px');
    expect(style(p).fontSize).to.equal('18px');
  });
});

function pick(s: CSSStyleDeclaration) {
  return { fontSize: s.fontSize, textAlign: s.textAlign, lineHeight: s.lineHeight, letterSpacing: s.letterSpacing, wordSpacing: s.wordSpacing, fontWeight: s.fontWeight, color: s.color };
}

void ThemeTestElement;
