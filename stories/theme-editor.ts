// A small Storybook-only element for the Theming docs page: three inputs restyle the four widgets shown below them,
// and the CSS that does it is shown ready to copy. Not part of the package.
import { css, html, LitElement } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

const DEFAULTS = { brand: '#0a58a8', radius: 8, font: 'inherit' };

/** Font stacks that need no web font (an `@font-face` inside a shadow root would not load anyway). */
const FONTS: [label: string, value: string][] = [
  ["The page's own font (default)", 'inherit'],
  ['System UI', 'system-ui, sans-serif'],
  ['Georgia (serif)', 'Georgia, "Times New Roman", serif'],
  ['Verdana (wide sans-serif)', 'Verdana, Geneva, sans-serif'],
  ['Trebuchet MS', '"Trebuchet MS", Helvetica, sans-serif'],
];

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export class SpineThemeEditor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: inherit;
      color: #18212b;
    }
    form {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      align-items: start;
      margin-bottom: 16px;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 4px;
    }
    input[type='color'] {
      width: 64px;
      height: 44px;
      padding: 2px;
      vertical-align: middle;
    }
    input[type='range'] {
      width: 100%;
      min-height: 44px;
    }
    select {
      width: 100%;
      min-height: 44px;
      font: inherit;
    }
    .hint {
      margin: 4px 0 0;
      font-size: 14px;
      color: #47525e;
    }
    .warn {
      color: #b3261e;
    }
    .code {
      display: grid;
      gap: 8px;
      margin: 16px 0 24px;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      padding: 8px;
      border: 1px solid #8794a3;
      border-radius: 4px;
      color: #18212b;
      background: #f6f8fa;
      resize: vertical;
    }
    button {
      justify-self: start;
      min-height: 44px;
      padding: 0 16px;
      font: inherit;
      font-weight: 600;
      color: #ffffff;
      background: #0a58a8;
      border: 0;
      border-radius: 4px;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #0a58a8;
      outline-offset: 2px;
    }
    .preview {
      display: grid;
      gap: 24px;
    }
  `;

  // No decorators and no class field initialisers: this file is built outside the package's tsconfig, where
  // decorators would not be compiled and fields would shadow Lit's reactive accessors.
  static override properties = {
    brand: { state: true },
    radius: { state: true },
    font: { state: true },
    copied: { state: true },
  };

  declare private brand: string;
  declare private radius: number;
  declare private font: string;
  declare private copied: string;

  constructor() {
    super();
    this.brand = DEFAULTS.brand;
    this.radius = DEFAULTS.radius;
    this.font = DEFAULTS.font;
    this.copied = '';
  }

  private get textarea(): HTMLTextAreaElement {
    return this.renderRoot.querySelector('textarea')!;
  }

  /** The CSS a clinic adds to its own stylesheet to get what the preview shows. */
  get cssText(): string {
    return [
      'procedure-card,',
      'surgery-benefits,',
      'specialist-checklist,',
      'consult-button {',
      `  --spine-color-brand: ${this.brand};`,
      `  --spine-radius: ${this.radius}px;`,
      `  --spine-font-family: ${this.font};`,
      '}',
    ].join('\n');
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.cssText);
      this.copied = 'Copied to the clipboard.';
    } catch {
      // No clipboard access (an insecure page, a denied permission): select the text for Ctrl+C or Cmd+C.
      this.textarea.focus();
      this.textarea.select();
      this.copied = 'The CSS is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    }
  }

  override render() {
    const onBrand = contrast(this.brand, '#ffffff');
    const tokens = {
      '--spine-color-brand': this.brand,
      '--spine-radius': `${this.radius}px`,
      '--spine-font-family': this.font,
    };
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
        <div>
          <label for="brand">Brand colour</label>
          <input
            id="brand"
            type="color"
            .value=${this.brand}
            aria-describedby="brand-hint"
            @input=${(e: Event) => (this.brand = (e.target as HTMLInputElement).value)}
          />
          <p id="brand-hint" class="hint ${onBrand < 4.5 ? 'warn' : ''}">
            ${this.brand}: contrast with the white button text ${onBrand.toFixed(1)}:1
            ${onBrand < 4.5 ? '(below the 4.5:1 that WCAG AA needs; also set --spine-color-on-brand)' : '(AA needs 4.5:1)'}
          </p>
        </div>
        <div>
          <label for="radius">Corner radius: ${this.radius} px</label>
          <input
            id="radius"
            type="range"
            min="0"
            max="24"
            step="1"
            .value=${String(this.radius)}
            @input=${(e: Event) => (this.radius = Number((e.target as HTMLInputElement).value))}
          />
        </div>
        <div>
          <label for="font">Font family</label>
          <select id="font" @change=${(e: Event) => (this.font = (e.target as HTMLSelectElement).value)}>
            ${FONTS.map(([label, value]) => html`<option value=${value} ?selected=${value === this.font}>${label}</option>`)}
          </select>
        </div>
      </form>
      <div class="code">
        <label for="css">Your CSS (add it to your site's stylesheet)</label>
        <textarea id="css" readonly rows="8" spellcheck="false" .value=${this.cssText}></textarea>
        <button type="button" @click=${this.copy}>Copy CSS</button>
        <p class="hint" role="status">${this.copied}</p>
      </div>
      <div class="preview" style=${styleMap(tokens)}>
        <procedure-card theme="light" procedure="medial-branch-block" no-structured-data></procedure-card>
        <surgery-benefits theme="light" layout="grid" items="pain recovery blood-loss" heading-level="3"></surgery-benefits>
        <specialist-checklist theme="light"></specialist-checklist>
        <consult-button theme="light" href="#theming"></consult-button>
      </div>`;
  }
}

/**
 * Registers <spine-theme-editor> once. A function, not a side-effect import: package.json "sideEffects" would let the
 * bundler drop an import used only for its side effects.
 */
export function defineThemeEditor(): string {
  if (!customElements.get('spine-theme-editor')) customElements.define('spine-theme-editor', SpineThemeEditor);
  return 'spine-theme-editor';
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-theme-editor': SpineThemeEditor;
  }
}
