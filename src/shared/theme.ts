import { unsafeCSS } from 'lit';

// The dark token list serves two rules (forced and preferred dark), so the sheet is assembled from constant strings
// (never from data) with unsafeCSS; lit-analyzer cannot parse the spliced declarations in a css`` literal.

const lightTokens = unsafeCSS(`
  --_brand: var(--spine-color-brand, #0a58a8);
  --_on-brand: var(--spine-color-on-brand, #ffffff);
  --_text: var(--spine-color-text, #18212b);
  --_muted: var(--spine-color-text-muted, #47525e);
  --_surface: var(--spine-color-surface, #ffffff);
  --_surface-alt: var(--spine-color-surface-alt, #f2f5f8);
  --_border: var(--spine-color-border, #8794a3);
  --_focus: var(--spine-color-focus, #0a58a8);
  --_danger: var(--spine-color-danger, #b3261e);
  --_success: var(--spine-color-success, #1d6b35);
  color-scheme: light;
`);

const darkTokens = unsafeCSS(`
  --_brand: var(--spine-color-brand-dark, #8cc2ff);
  --_on-brand: var(--spine-color-on-brand-dark, #0b1a2b);
  --_text: var(--spine-color-text-dark, #e8edf2);
  --_muted: var(--spine-color-text-muted-dark, #b9c3ce);
  --_surface: var(--spine-color-surface-dark, #151b22);
  --_surface-alt: var(--spine-color-surface-alt-dark, #1f2731);
  --_border: var(--spine-color-border-dark, #7d8a99);
  --_focus: var(--spine-color-focus-dark, #8cc2ff);
  --_danger: var(--spine-color-danger-dark, #ffb4ab);
  --_success: var(--spine-color-success-dark, #8fd8a0);
  color-scheme: dark;
`);

/**
 * Styles every widget starts from: the `--spine-*` design tokens (light and dark), and a host that does not
 * inherit the page's text-align, line-height, letter-spacing or colour. Text is `max(16px, 1rem)`: a page with
 * `html { font-size: 62.5% }` cannot shrink it, and a visitor's larger default font size still enlarges it.
 */
export const hostStyles = unsafeCSS(`
  :host {
    ${lightTokens}
    --_radius: var(--spine-radius, 8px);
    --_font: var(--spine-font-family, inherit);
    --_space: var(--spine-space, 16px);
    --_target: 44px;
    display: block;
  }
  /* A page's rules beat :host ("* { color: red }" matches the host), except that !important in the shadow tree
     beats the page, even its own !important. So the settings children inherit are fixed here, once, for all of them;
     clinics theme through the --spine-* custom properties instead.
     Text spacing is the exception (WCAG 1.4.12): line-height, letter-spacing and word-spacing are set without
     !important, so what the page's body inherits does not reach in, but a visitor's text-spacing tool (a rule on
     every element, usually !important) does. */
  :host {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host {
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    font-size: var(--spine-font-size, max(16px, 1rem)) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Browsers reset spacing on form controls; they follow the widget's text, so a text-spacing tool reaches them. */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  /* Two tones: the ring sits on a halo of the widget's own surface, so it keeps its contrast whatever the page
     around the widget is (a dark widget on a light page, or the reverse). Forced colors drop the halo and keep the
     ring in a system colour. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--_surface);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`);
