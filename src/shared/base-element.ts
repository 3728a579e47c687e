import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from './locale-controller.js';
import type { Language } from './language.js';
import { hostStyles } from './theme.js';
import { VERSION } from './version.js';

type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

// Built outside the class so the manifest analyzer documents each widget's named events, not a generic "name".
const composedEvent = <D>(name: string, detail: D) => new CustomEvent(name, { bubbles: true, composed: true, detail });

/**
 * The thin base of every spine-widgets element: shared styles and tokens, the language of its context, forced
 * theme, typed events and console messages that name the element.
 *
 * @fires {CustomEvent<ContentErrorDetail>} content-error - A clinic's content was refused (bad JSON, a failing or unsafe `src`, the wrong shape, an unknown id); the built-in content stays. Detail: `{ reason, source, message }`.
 *
 * @cssprop [--spine-color-brand=#0a58a8] - Brand colour: buttons, links, accents (dark: `--spine-color-brand-dark`).
 * @cssprop [--spine-color-on-brand=#ffffff] - Text on the brand colour (dark: `--spine-color-on-brand-dark`).
 * @cssprop [--spine-color-text=#18212b] - Body text (dark: `--spine-color-text-dark`).
 * @cssprop [--spine-color-text-muted=#47525e] - Secondary text (dark: `--spine-color-text-muted-dark`).
 * @cssprop [--spine-color-surface=#ffffff] - Background of cards and dialogs (dark: `--spine-color-surface-dark`).
 * @cssprop [--spine-color-surface-alt=#f2f5f8] - Background of secondary areas (dark: `--spine-color-surface-alt-dark`).
 * @cssprop [--spine-color-border=#8794a3] - Borders and dividers (dark: `--spine-color-border-dark`).
 * @cssprop [--spine-color-focus=#0a58a8] - Keyboard focus ring (dark: `--spine-color-focus-dark`).
 * @cssprop [--spine-color-danger=#b3261e] - Errors (dark: `--spine-color-danger-dark`).
 * @cssprop [--spine-color-success=#1d6b35] - Success messages and progress (dark: `--spine-color-success-dark`).
 * @cssprop [--spine-radius=8px] - Corner radius.
 * @cssprop [--spine-font-family=inherit] - Font; inherits the page's font by default.
 * @cssprop [--spine-font-size=max(16px, 1rem)] - Base text size: never below 16 px (a page's `html { font-size: 62.5% }` does not shrink it), larger when the visitor's default font size is.
 * @cssprop [--spine-space=16px] - Base spacing unit.
 */
export class SpineElement extends LitElement {
  /** The spine-widgets version this class belongs to; the define guard compares it. */
  static readonly version: string = VERSION;

  static override styles = [hostStyles];

  /**
   * Forces a colour scheme. Without it the widget follows the visitor's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly locale = new LocaleController(this);
  // Work that ends in a render, such as built-in content loading on demand: `updateComplete` waits for it.
  private readonly pendingRenders = new Set<Promise<unknown>>();

  /**
   * The language the widget renders in, resolved from `lang` (see the README): `en`, `es`, a language registered with
   * `registerTranslation` (such as `vi` or `zh-TW`), or a pseudo-locale (`en-XA`, `ar-XB`).
   */
  get language(): Language {
    return this.locale.language;
  }

  /**
   * A number written the way the widget's language writes it (digits, separators), with `Intl`.
   * @internal
   */
  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.language).format(value);
  }

  /**
   * Makes `updateComplete` also wait for `work` (a promise that ends in a render), so `await el.updateComplete`
   * means "rendered with its content" even while a language loads on demand.
   * @internal
   */
  renderAfter(work: Promise<unknown>): void {
    const settled: Promise<unknown> = work.then(
      () => this.pendingRenders.delete(settled),
      () => this.pendingRenders.delete(settled),
    );
    this.pendingRenders.add(settled);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingRenders.size) {
      await Promise.all(this.pendingRenders);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Fires a bubbling, composed event whose name and detail type come from HTMLElementEventMap. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(composedEvent(name, detail));
  }

  /** Logs a console message that starts with the element's tag, so a clinic knows which widget to fix. */
  log(level: 'error' | 'warn', message: string): void {
    // eslint-disable-next-line no-console -- `level` is only ever warn or error
    console[level](`<${this.localName}>: ${message}`);
  }
}
