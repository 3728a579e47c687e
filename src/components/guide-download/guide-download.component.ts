import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { mergeTexts } from '../../shared/merge-texts.js';
import { contentByLanguage, onDemand } from '../../shared/on-demand.js';
import { isSafeUrl } from '../../shared/safe-url.js';
import { styles } from './guide-download.styles.js';
import type { BuildRequest } from '../../shared/lead-request-controller.js';
import type { GuideTexts } from './content/types.js';
import type { GuideForm, GuideFormHost } from './guide-form.js';

/** How the guide is given: `open` (a download link) or `gated` (a short form first, when `action` is set). */
export type GuideMode = 'open' | 'gated';

/** The only detail guide events carry: never anything the visitor typed. */
export interface GuideEventDetail {
  mode: GuideMode;
  requestId?: string;
  status?: number;
  /** `guide-download` only: the guide's URL. */
  href?: string;
}

/** The events `<guide-download>` fires. */
export type GuideEventName = 'guide-open' | 'guide-request' | 'guide-success' | 'guide-error' | 'guide-download';

const DEFAULT_TIMEOUT = 15_000;
const UNSAFE = 'use an https URL, a relative or same-origin URL, or http on localhost.';
// "2516582" (bytes), "2.4 MB", "850 kB": SI units, as file managers on phones show them.
const SIZE = /^(\d+(?:[.,]\d+)?)\s*(b|bytes?|kb|mb|gb)?$/i;
const UNIT_BYTES: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

const builtInTexts = contentByLanguage({
  en: () => import('./content/en.js').then((m) => m.english),
  es: () => import('./content/es.js').then((m) => m.spanish),
});
// The form is code most visitors never run: it loads when a visitor points at, focuses or presses "Get the guide".
const loadForm = onDemand(() => import('./guide-form.js').then((m) => m.GuideForm));

/** The size in bytes written in `file-size`, or undefined when it cannot be read. */
function bytesOf(value: string | undefined): number | undefined {
  const match = SIZE.exec(value?.trim() ?? '');
  if (!match) return undefined;
  return Number(match[1].replace(',', '.')) * UNIT_BYTES[(match[2] ?? 'b').toLowerCase()];
}

/**
 * @summary A downloadable guide (for example "Neck Surgery: A Guide to Understanding Your Options"): its cover,
 * heading, description and size, with a real download link, or a short name-and-email form first when the clinic
 * sets `action`.
 *
 * @tag guide-download
 *
 * @slot - A short description of the guide. A direct child `<a href>` written by the clinic is the fallback: what
 * visitors see and use before (or without) the script; once upgraded it is hidden, and its href serves as `href`
 * when `href` is not set.
 * @slot cover - An image of the guide's cover (give it an `alt`, or `alt=""` when it only decorates).
 *
 * @csspart card - The guide's outer box (an `<article>`).
 * @csspart cover - The box around the cover image.
 * @csspart heading - The guide's title.
 * @csspart description - The box around the description.
 * @csspart button - The download link, or in gated mode the "Get the guide" button.
 * @csspart meta - The file type, size and page count beside the link ("PDF, 2.4 MB, 18 pages").
 * @csspart form - The gated mode's form.
 *
 * @cssprop --spine-color-brand - Button and link colour (`--spine-color-brand-dark` in dark mode).
 * @cssprop --spine-color-on-brand - Text on the brand colour.
 * @cssprop --spine-color-surface - Card background.
 * @cssprop --spine-color-border - Card border and field borders.
 * @cssprop --spine-color-danger - Error messages and invalid fields.
 * @cssprop --spine-color-success - The success message.
 * @cssprop --spine-radius - Corner radius of the card, button and fields.
 * @cssprop --spine-space - Padding unit.
 *
 * @fires {CustomEvent<GuideEventDetail>} guide-open - Gated mode: the form was shown. Detail `{ mode }`.
 * @fires {CustomEvent<GuideEventDetail>} guide-request - Gated mode: the visitor's details are being sent. Detail `{ mode, requestId }`.
 * @fires {CustomEvent<GuideEventDetail>} guide-success - Gated mode: the endpoint accepted them; the download link is shown. Detail `{ mode, requestId, status }`.
 * @fires {CustomEvent<GuideEventDetail>} guide-error - Gated mode: sending failed (network, timeout, or an error status). Detail `{ mode, requestId, status? }`.
 * @fires {CustomEvent<GuideEventDetail>} guide-download - The download link was followed. Detail `{ mode, href }` (the guide's URL).
 * @fires {CustomEvent<ContentErrorDetail>} content-error - Override texts were refused; the built-in texts are shown.
 */
export class GuideDownload extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

  /** The guide's file (https, relative, or same-origin). Same-origin files get the `download` attribute; others open in a new tab. */
  @property() href?: string;

  /** The guide's title, for example "Neck Surgery: A Guide to Understanding Your Options". Also sent as `guide` in gated mode. */
  @property() heading?: string;

  /** The heading level of the title, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The file's size, shown beside the link: bytes (`2516582`) or with a unit (`2.4 MB`, `850 kB`). */
  @property({ attribute: 'file-size' }) fileSize?: string;

  /** The number of pages, shown beside the link ("18 pages"). */
  @property({ type: Number }) pages?: number;

  /** The endpoint the visitor's name and email are POSTed to. Setting it asks for them before the download (gated mode). */
  @property() action?: string;

  /** Gated mode: how the form is sent: `json` (default) or `form` (url-encoded, for form services). */
  @property() encoding: 'json' | 'form' = 'json';

  /** Gated mode: how long to wait for the endpoint, in milliseconds (default 15000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Gated mode: the clinic's privacy policy, linked from the consent checkbox. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /**
   * Gated mode: reshapes the request for a service (HubSpot Forms, ...), as on `<consult-button>`:
   * `(payload, { requestId, encoding }) => ({ url?, headers?, body })`. The values still go nowhere else.
   */
  @property({ attribute: false }) buildRequest?: BuildRequest;

  /** The download link's text. Default "Download the guide" ("Descargar la guía" in Spanish). */
  @property() label?: string;

  /** `datalayer` (opt-in) also pushes the value-free guide events to `window.dataLayer` for Google Tag Manager. */
  @property() analytics?: string;

  /** A URL of JSON texts overriding the built-in ones (same shape as the `texts` property). */
  @property() src?: string;

  /** Override texts (any subset of the built-in texts, for example `{ download: '...', labels: { name: '...' } }`). */
  @property({ attribute: false }) texts?: unknown;

  /** Gated mode: the form was asked for. */
  @state() private opened = false;
  /** The form, once its code has loaded; `false` when loading it failed. */
  @state() private form?: GuideForm | false;

  private readonly content = new ContentController<GuideTexts>(this, {
    builtIn: builtInTexts,
    apply: (override, base) => mergeTexts(override, base),
    property: () => this.texts,
  });

  private readonly childObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // The clinic's fallback link may be parsed after the element upgrades.
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['href', 'action', 'privacyUrl'] as const) {
      const value = this[name];
      if (changed.has(name) && value != null && !isSafeUrl(value)) {
        const attribute = name === 'privacyUrl' ? 'privacy-url' : name;
        const then = { href: ' Using the child link instead, if there is one.', action: ' The guide is offered without the form.', privacyUrl: '' }[name];
        this.log('error', `${attribute}="${value}" was refused: ${UNSAFE}${then}`);
      }
    }
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.log('warn', `heading-level="${this.getAttribute('heading-level')}" is not 1 to 6; using 3.`);
    }
    if (changed.has('heading') && !this.heading?.trim()) this.log('error', 'add heading="…", the guide\'s title: it names the guide and the download link.');
    if (changed.has('fileSize') && this.fileSize != null && bytesOf(this.fileSize) === undefined) {
      this.log('error', `file-size="${this.fileSize}" was not understood: write the size in bytes (2516582) or with a unit (2.4 MB, 850 kB).`);
    }
    if (changed.has('pages') && this.pages != null && !this.pageCount) {
      this.log('error', `pages="${this.getAttribute('pages')}" is not a whole number above 0.`);
    }
  }

  private get level(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
  }

  private get pageCount(): number | undefined {
    const pages = this.pages;
    return pages != null && Number.isInteger(pages) && pages > 0 ? pages : undefined;
  }

  /** The clinic's fallback link, a direct child. */
  private get childLink(): HTMLAnchorElement | null {
    return this.querySelector(':scope > a[href]');
  }

  /** The guide's URL: `href`, else the child link's, when safe. */
  private get url(): string | undefined {
    if (isSafeUrl(this.href)) return this.href;
    const child = this.childLink?.getAttribute('href');
    return isSafeUrl(child) ? child : undefined;
  }

  private get mode(): GuideMode {
    return isSafeUrl(this.action) ? 'gated' : 'open';
  }

  /** "PDF, 2.4 MB, 18 pages" in the widget's language, from the file's extension, `file-size` and `pages`. */
  private meta(t: GuideTexts, url: string): string {
    const lang = this.language;
    const parts: string[] = [];
    const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(url, document.baseURI).pathname)?.[1];
    if (extension) parts.push(extension.toUpperCase());
    const bytes = bytesOf(this.fileSize);
    if (bytes !== undefined) {
      const [unit, size] = bytes >= 1e9 ? ['gigabyte', bytes / 1e9] : bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes / 1e3, 1)];
      parts.push(new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'kilobyte' ? 0 : 1 }).format(size));
    }
    const pages = this.pageCount;
    if (pages) {
      const form = new Intl.PluralRules(lang).select(pages) === 'one' ? t.pages.one : t.pages.other;
      parts.push(form.replace('{n}', new Intl.NumberFormat(lang).format(pages)));
    }
    return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(parts);
  }

  private readonly fire = (name: GuideEventName, detail: GuideEventDetail): void => {
    this.emit(name, detail);
    if (this.analytics === 'datalayer') {
      const w = window as unknown as { dataLayer?: object[] };
      (w.dataLayer ??= []).push({ event: name, ...detail });
    }
  };

  override render() {
    const t = this.content.value;
    const url = this.url;
    // Without its texts (their file could not load) or a usable URL, the clinic's own children are the widget.
    if (!t || !url) return t || this.content.failed ? html`<slot></slot>` : nothing;
    const gated = this.mode === 'gated';
    return html`<article part="card" class="card" aria-labelledby="heading">
      <div part="cover" class="cover" ?hidden=${!this.querySelector(':scope > [slot=cover]')}><slot name="cover"></slot></div>
      <div class="body">
        <div part="heading" id="heading" role="heading" aria-level=${this.level}>${this.heading}</div>
        <div part="description" class="description"><slot></slot></div>
        ${gated ? this.renderGate(t, url) : this.renderLink(t, url, 'open')}
      </div>
    </article>`;
  }

  /** The download link with the file's details beside it. */
  private renderLink(t: GuideTexts, url: string, mode: GuideMode) {
    const resolved = new URL(url, document.baseURI);
    const sameOrigin = resolved.origin === location.origin;
    const meta = this.meta(t, url);
    return html`<div class="actions">
      <a
        part="button"
        class="btn"
        id="download"
        href=${url}
        download=${ifDefined(sameOrigin ? '' : undefined)}
        target=${ifDefined(sameOrigin ? undefined : '_blank')}
        rel=${ifDefined(sameOrigin ? undefined : 'noopener')}
        aria-describedby=${ifDefined(meta ? 'meta' : undefined)}
        @click=${() => this.fire('guide-download', { mode, href: resolved.href })}
        >${this.label || t.download}<span class="visually-hidden">: ${this.heading}${sameOrigin ? nothing : html` ${t.newTab}`}</span></a
      >
      ${meta ? html`<span part="meta" class="meta" id="meta">${meta}</span>` : nothing}
    </div>`;
  }

  private renderGate(t: GuideTexts, url: string) {
    if (this.opened && this.form) return this.form.render(t);
    if (this.opened && this.form === false) {
      const child = this.childLink;
      const href = child?.getAttribute('href');
      return html`<p class="alert" tabindex="-1">${t.unavailable}</p>
        ${child && isSafeUrl(href) ? html`<a class="btn secondary" href=${href}>${child.textContent?.trim() || t.download}</a>` : nothing}`;
    }
    const meta = this.meta(t, url);
    return html`<div class="actions">
      <button
        part="button"
        class="btn"
        type="button"
        aria-describedby=${ifDefined(meta ? 'meta' : undefined)}
        @click=${this.show}
        @pointerenter=${this.prepareForm}
        @focus=${this.prepareForm}
      >
        ${t.get}
      </button>
      ${meta ? html`<span part="meta" class="meta" id="meta">${meta}</span>` : nothing}
    </div>`;
  }

  /** Loads the form's code (once); on failure the widget says so and offers the clinic's own link. */
  private readonly prepareForm = (): Promise<unknown> => {
    if (this.form) return Promise.resolve();
    const loading = Promise.resolve(loadForm()).then(
      (Form) => (this.form ||= new Form(this.formHost, { html, nothing, ifDefined })),
      (error: Error) => {
        this.form = false;
        this.log('error', `the form could not load (${error.message}): keep the spine-widgets files together on your server.`);
      },
    );
    this.renderAfter(loading);
    return loading;
  };

  private readonly show = async (): Promise<void> => {
    await this.prepareForm();
    this.opened = true;
    this.fire('guide-open', { mode: 'gated' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-name, .alert')?.focus();
  };

  /** What the form reads from, and does through, this element. */
  private readonly formHost: GuideFormHost = {
    element: this,
    rerender: () => {
      this.requestUpdate();
      return this.updateComplete;
    },
    find: (selector) => this.renderRoot.querySelector(selector),
    texts: () => this.content.value!,
    // A zero, negative or unparsable timeout falls back to the default rather than aborting at once.
    request: () => ({
      action: this.action!,
      encoding: this.encoding,
      timeout: this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT,
      lang: this.language,
      guide: this.heading?.trim() ?? '',
      buildRequest: this.buildRequest,
    }),
    safeUrl: isSafeUrl,
    log: (message) => this.log('error', message),
    level: () => Math.min(this.level + 1, 6),
    privacyUrl: () => (isSafeUrl(this.privacyUrl) ? this.privacyUrl : undefined),
    link: (t: GuideTexts) => this.renderLink(t, this.url!, 'gated'),
    fire: this.fire,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'guide-download': GuideDownload;
  }
  interface HTMLElementEventMap {
    'guide-open': CustomEvent<GuideEventDetail>;
    'guide-request': CustomEvent<GuideEventDetail>;
    'guide-success': CustomEvent<GuideEventDetail>;
    'guide-error': CustomEvent<GuideEventDetail>;
    'guide-download': CustomEvent<GuideEventDetail>;
  }
}
