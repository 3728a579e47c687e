import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from './locale-controller.js';
import type { Language } from './language.js';
import { hostStyles } from './theme.js';
import { VERSION } from './version.js';

type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The thin base of every spine-widgets element: shared styles and tokens, the language of its context, forced
 * theme, typed events and console messages that name the element.
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

  /** The language the widget renders in: `en` or `es`, resolved from `lang` (see the README). */
  get language(): Language {
    return this.locale.language;
  }

  /** Fires a bubbling, composed event whose name and detail type come from HTMLElementEventMap. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
  }

  /** Logs a console message that starts with the element's tag, so a clinic knows which widget to fix. */
  log(level: 'error' | 'warn', message: string): void {
    // eslint-disable-next-line no-console -- `level` is only ever warn or error
    console[level](`<${this.localName}>: ${message}`);
  }
}
