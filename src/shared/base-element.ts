import { isServer, LitElement, type PropertyValues, type ReactiveController } from 'lit';
import { property } from 'lit/decorators.js';
import { LOCALE_ATTRIBUTES, LocaleController } from './locale-controller.js';
import { LANGUAGES, toLanguage, type Language } from './language.js';
import { hostStyles } from './theme.js';
import { VERSION } from './version.js';

/** One number formatter per language: building one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

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

  // Pre-rendering and hydration (issue 18): the controllers, so their content can be loaded before the first render.
  // Declared before `locale`, whose constructor adds the first one.
  private readonly ownControllers: (ReactiveController & { prepare?(): unknown })[] = [];
  // True until the first update of a widget whose shadow root was pre-rendered (Declarative Shadow DOM): that update
  // hydrates, so it must render exactly what the server rendered.
  private hydrating = !isServer && this.shadowRoot !== null;

  private readonly locale = new LocaleController(this);
  // Work that ends in a render, such as built-in content loading on demand: `updateComplete` waits for it.
  private readonly pendingRenders = new Set<Promise<unknown>>();

  /**
   * The language the widget renders in, resolved from `lang` (see the README): `en`, `es`, a language registered with
   * `registerTranslation` (such as `vi` or `zh-TW`), or a pseudo-locale (`en-XA`, `ar-XB`).
   */
  get language(): Language {
    // Pre-rendering: no document to watch; src/prerender gives the server instance the `lang` of its context.
    return isServer ? toLanguage(this.getAttribute('lang')) : this.locale.language;
  }

  // The widget's own `lang` and `dir` (the document's observer cannot see a widget inside another shadow root): heard
  // through the element's attribute callback, so no widget needs an observer of its own.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...LOCALE_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (this.isConnected && LOCALE_ATTRIBUTES.includes(name)) this.locale.refresh();
  }

  /** @internal Also remembers the controller, so its content can be prepared before the first render. */
  override addController(controller: ReactiveController & { prepare?(): unknown }): void {
    super.addController(controller);
    this.ownControllers.push(controller);
  }

  /** Loads what the first render needs (each controller's `prepare()`, such as built-in content on demand). */
  private async prepare(): Promise<void> {
    await Promise.all(this.ownControllers.map((controller) => Promise.resolve(controller.prepare?.()).catch(() => undefined)));
  }

  /**
   * Pre-rendering only (src/prerender): the server renderer calls no controller hooks, so it awaits this before
   * `render()`: built-in content loaded, then every controller's `hostUpdate`, as in a browser update.
   * @internal
   */
  async prerenderReady(): Promise<void> {
    await this.prepare();
    for (const controller of this.ownControllers) controller.hostUpdate?.();
  }

  /**
   * Whether this update hydrates a pre-rendered shadow root: the widget must then render what the server did, so
   * what only the browser knows (stored ticks, say) waits for the next update, which follows at once.
   */
  protected get isHydrating(): boolean {
    return this.hydrating;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The first update waits for the built-in content: it renders the words at once, not an empty shadow root first
    // and the words one update later. A pre-rendered widget keeps its server DOM meanwhile, so its first render
    // matches it.
    return this.hasUpdated ? super.scheduleUpdate() : this.prepare().then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.hydrating) {
      this.hydrating = false;
      queueMicrotask(() => this.requestUpdate());
    }
  }

  /**
   * A number written the way the widget's language writes it (digits, separators), with `Intl`.
   * @internal
   */
  formatNumber(value: number): string {
    // English and Spanish write whole numbers under 1,000 as plain digits. Skipping Intl for them keeps its first use
    // (loading number data, about 30 ms on a fast machine) off the visitor's wait for the checklist's words.
    if (Number.isInteger(value) && Math.abs(value) < 1000 && (LANGUAGES as readonly string[]).includes(this.language)) return String(value);
    let format = numberFormats.get(this.language);
    if (!format) numberFormats.set(this.language, (format = new Intl.NumberFormat(this.language)));
    return format.format(value);
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
