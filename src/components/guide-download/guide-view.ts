// What <guide-download> shows and checks: the card, the download link and the file details, and in gated mode the
// "Get the guide" button that brings the form. Only pages that show a guide run this, so it loads on demand beside
// the element's texts, and the code every visitor downloads stays small. In the script-tag file it is a file of its
// own, which cannot share Lit by import (the main file must also run as a classic script), so the element hands
// over the template functions it uses.
import type { PropertyValues } from 'lit';
import type { isSafeUrl as isSafe } from '../../shared/safe-url.js';
import type { GuideTexts } from './content/types.js';
import { styles } from './guide-download.styles.js';
import type { GuideDownload, GuideEventDetail, GuideEventName, GuideMode } from './guide-download.component.js';
import type { Templating } from '../../shared/lead-form.js';
import type { GuideForm, GuideFormHost } from './guide-form.js';

const DEFAULT_TIMEOUT = 15_000;
// "2516582" (bytes), "2.4 MB", "850 kB": SI units, as file managers on phones show them.
const SIZE = /^(\d+(?:[.,]\d+)?)\s*(b|bytes?|kb|mb|gb)?$/i;
const UNIT_BYTES: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/** The size in bytes written in `file-size`, or undefined when it cannot be read. */
function bytesOf(value: string | undefined): number | undefined {
  const match = SIZE.exec(value?.trim() ?? '');
  if (!match) return undefined;
  return Number(match[1].replace(',', '.')) * UNIT_BYTES[(match[2] ?? 'b').toLowerCase()];
}

/** What the view renders and checks with, from the element's own bundle: a lazy file cannot import it. */
export interface ViewKit extends Templating {
  isSafeUrl: typeof isSafe;
}

// One stylesheet for every guide on the page, made when the first one shows.
let sheet: CSSStyleSheet | undefined;

// The form is code most visitors never run: it loads when a visitor points at, focuses or presses "Get the guide".
let loadForm: Promise<typeof GuideForm> | undefined;

export class GuideView {
  /** Gated mode: the form was asked for. */
  private opened = false;
  /** The form, once its code has loaded; `false` when loading it failed. */
  private form?: GuideForm | false;
  /** The texts last rendered with, for the form. */
  private texts?: GuideTexts;

  constructor(
    private readonly host: GuideDownload,
    private readonly lit: ViewKit,
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    // After the shared styles the element was created with, so these come last, as a static `styles` would.
    const root = host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Fires a bubbling, composed, value-free guide event, and its dataLayer entry when the clinic opted in. */
  private fire(name: GuideEventName, detail: GuideEventDetail): void {
    this.host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    if (this.host.analytics === 'datalayer') {
      const w = window as unknown as { dataLayer?: object[] };
      (w.dataLayer ??= []).push({ event: name, ...detail });
    }
  }

  /** Console messages for attributes the element cannot use; `changed` undefined means all of them (first render). */
  check(changed?: PropertyValues<GuideDownload>): void {
    const host = this.host;
    const has = (name: keyof GuideDownload) => !changed || changed.has(name);
    for (const name of ['href', 'action', 'privacyUrl'] as const) {
      const value = host[name];
      if (has(name) && value != null && !this.lit.isSafeUrl(value)) {
        const attribute = name === 'privacyUrl' ? 'privacy-url' : name;
        const then = { href: ' Using the child link instead, if there is one.', action: ' The guide is offered without the form.', privacyUrl: '' }[name];
        host.log('error', `${attribute}="${value}" was refused: use an https URL, a relative or same-origin URL, or http on localhost.${then}`);
      }
    }
    if (has('headingLevel') && this.level !== host.headingLevel) host.log('warn', `heading-level="${host.headingLevel}" is not 1 to 6; using 3.`);
    if (has('heading') && !host.heading?.trim()) host.log('error', 'add heading="…", the guide\'s title: it names the guide and the download link.');
    if (has('fileSize') && host.fileSize != null && bytesOf(host.fileSize) === undefined) {
      host.log('error', `file-size="${host.fileSize}" was not understood: write the size in bytes (2516582) or with a unit (2.4 MB, 850 kB).`);
    }
    if (has('pages') && host.pages != null && !this.pageCount) host.log('error', `pages="${host.pages}" is not a whole number above 0.`);
  }

  private get level(): number {
    const level = this.host.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
  }

  private get pageCount(): number | undefined {
    const pages = this.host.pages;
    return pages != null && Number.isInteger(pages) && pages > 0 ? pages : undefined;
  }

  /** The clinic's fallback link, a direct child. */
  private get childLink(): HTMLAnchorElement | null {
    return this.host.querySelector(':scope > a[href]');
  }

  /** The guide's URL: `href`, else the child link's, when safe. */
  private get url(): string | undefined {
    if (this.lit.isSafeUrl(this.host.href)) return this.host.href;
    const child = this.childLink?.getAttribute('href');
    return this.lit.isSafeUrl(child) ? child : undefined;
  }

  /** "PDF, 2.4 MB, 18 pages" ("PDF, 2,4 MB, 18 páginas") in the widget's language, from the file's extension, `file-size` and `pages`. */
  private meta(t: GuideTexts, url: string): string {
    const lang = this.host.language;
    const parts: string[] = [];
    const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(url, document.baseURI).pathname)?.[1];
    if (extension) parts.push(extension.toUpperCase());
    const bytes = bytesOf(this.host.fileSize);
    if (bytes !== undefined) {
      const [unit, size] = bytes >= 1e9 ? ['gigabyte', bytes / 1e9] : bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes / 1e3, 1)];
      parts.push(new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'kilobyte' ? 0 : 1 }).format(size));
    }
    const pages = this.pageCount;
    if (pages) {
      const form = new Intl.PluralRules(lang).select(pages) === 'one' ? t.pages.one : t.pages.other;
      parts.push(form.replace('{n}', new Intl.NumberFormat(lang).format(pages)));
    }
    // Commas in both languages: Intl.ListFormat would write "PDF y 1 página" in Spanish.
    return parts.join(', ');
  }

  render(t: GuideTexts) {
    const { html } = this.lit;
    this.texts = t;
    const host = this.host;
    const url = this.url;
    // Without a usable URL, the clinic's own children are the widget.
    if (!url) return html`<slot></slot>`;
    return html`<article part="card" class="card" aria-labelledby="heading">
      <div part="cover" class="cover" ?hidden=${!host.querySelector(':scope > [slot=cover]')}><slot name="cover"></slot></div>
      <div class="body">
        <div part="heading" id="heading" role="heading" aria-level=${this.level}>${host.heading}</div>
        <div part="description" class="description"><slot></slot></div>
        ${this.lit.isSafeUrl(host.action) ? this.renderGate(t, url) : this.renderLink(t, url, 'open')}
      </div>
    </article>`;
  }

  /** The download link with the file's details beside it. */
  private renderLink(t: GuideTexts, url: string, mode: GuideMode) {
    const { html, nothing, ifDefined } = this.lit;
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
        >${this.host.label || t.download}<span class="visually-hidden">: ${this.host.heading}${sameOrigin ? nothing : html` ${t.newTab}`}</span></a
      >
      ${this.renderMeta(meta)}
    </div>`;
  }

  private renderMeta(meta: string) {
    const { html, nothing } = this.lit;
    return meta ? html`<span part="meta" class="meta" id="meta">${meta}</span>` : nothing;
  }

  private renderGate(t: GuideTexts, url: string) {
    const { html, nothing, ifDefined } = this.lit;
    if (this.opened && this.form) return this.form.render(t);
    if (this.opened && this.form === false) {
      const child = this.childLink;
      const href = child?.getAttribute('href');
      return html`<p class="alert" tabindex="-1">${t.unavailable}</p>
        ${child && this.lit.isSafeUrl(href) ? html`<a class="btn secondary" href=${href}>${child.textContent?.trim() || t.download}</a>` : nothing}`;
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
      ${this.renderMeta(meta)}
    </div>`;
  }

  /** Loads the form's code (once); on failure the widget says so and offers the clinic's own link. */
  private readonly prepareForm = (): Promise<unknown> => {
    if (this.form) return Promise.resolve();
    loadForm ??= import('./guide-form.js').then((m) => m.GuideForm);
    const loading = loadForm.then(
      (Form) => (this.form ||= new Form(this.formHost, this.lit)),
      (error: Error) => {
        // The next press tries again.
        loadForm = undefined;
        this.form = false;
        this.host.log('error', `the form could not load (${error.message}): keep the spine-widgets files together on your server.`);
      },
    );
    this.host.renderAfter(loading.then(() => this.host.requestUpdate()));
    return loading;
  };

  private readonly show = async (): Promise<void> => {
    await this.prepareForm();
    this.opened = true;
    this.fire('guide-open', { mode: 'gated' });
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#f-name, .alert')?.focus();
  };

  /** What the form reads from, and does through, the element. */
  private readonly formHost: GuideFormHost = {
    element: this.host,
    rerender: () => {
      this.host.requestUpdate();
      return this.host.updateComplete;
    },
    find: (selector) => this.host.renderRoot.querySelector(selector),
    texts: () => this.texts!,
    // A zero, negative or unparsable timeout falls back to the default rather than aborting at once.
    request: () => {
      const { action, encoding, timeout, language, heading, buildRequest } = this.host;
      return { action: action!, encoding, timeout: timeout > 0 ? timeout : DEFAULT_TIMEOUT, lang: language, guide: heading?.trim() ?? '', buildRequest };
    },
    safeUrl: (url) => this.lit.isSafeUrl(url),
    log: (message) => this.host.log('error', message),
    level: () => Math.min(this.level + 1, 6),
    privacyUrl: () => (this.lit.isSafeUrl(this.host.privacyUrl) ? this.host.privacyUrl : undefined),
    link: (t: GuideTexts) => this.renderLink(t, this.url!, 'gated'),
    fire: (name, detail) => this.fire(name, detail),
  };
}
