import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { formStyles } from '../../shared/form-styles.js';
import { mergeTexts } from '../../shared/merge-texts.js';
import { onDemand } from '../../shared/on-demand.js';
import { translatable } from '../../shared/translations.js';
import { isSafeUrl } from '../../shared/safe-url.js';
import type { BuildRequest } from '../../shared/lead-request-controller.js';
import type { GuideTexts } from './content/types.js';
import type { GuideView } from './guide-view.js';

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

// Registered as the `guideDownload` key of clinic translation packs.
const builtInTexts = translatable('guide-download', {
  en: () => import('./content/en.js').then((m) => m.english),
  es: () => import('./content/es.js').then((m) => m.spanish),
});
// What the element shows is code only pages with a guide need: it loads on demand, when the element nears the screen.
const loadView = onDemand(() => import('./guide-view.js').then((m) => m.GuideView));

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
  // The button and form styles it shares with <consult-button>; the rest comes with its on-demand view (guide-view.ts).
  static override styles = [...SpineElement.styles, formStyles];

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
  @property({ type: Number }) timeout = 15_000;

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

  /** What the element shows, once its code has loaded; `false` when loading it failed. */
  @state() private view?: GuideView | false;

  private readonly content = new ContentController<GuideTexts>(this, {
    builtIn: builtInTexts,
    apply: (override, base) => mergeTexts(override, base),
    property: () => this.texts,
  });

  // The clinic's fallback link and cover may be parsed, or change, after the element upgrades.
  private readonly childObserver = new MutationObserver(() => this.requestUpdate());

  // Watches for the element coming near the screen, until its code starts loading.
  private nearObserver?: IntersectionObserver;
  private observed?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'slot'] });
    if (this.hasUpdated) this.watch();
  }

  protected override updated(): void {
    this.watch();
  }

  /**
   * The code loads once the element comes within a screen's height of view: a guide further down a page costs its
   * visitors nothing until they scroll towards it. Watching starts once the texts are here, when the widgets above
   * have their texts too and so their height: an empty page would put every guide near the top. `updateComplete`
   * waits for the first look (one frame) and, when the element is near, for the code.
   */
  private watch(): void {
    if (this.view !== undefined || this.nearObserver || !this.content.value || !this.isConnected) return;
    this.renderAfter(new Promise<void>((resolve) => (this.observed = resolve)));
    this.nearObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.loadView();
        this.observed?.();
      },
      { rootMargin: '100% 0px' },
    );
    this.nearObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.stopWatching();
  }

  private stopWatching(): void {
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
    this.observed?.();
  }

  private loadView(): void {
    this.stopWatching();
    const loading = Promise.resolve(loadView()).then(
      (View) => {
        this.view = new View(this, { html, nothing, ifDefined, isSafeUrl });
        this.view.check();
      },
      (error: Error) => {
        this.view = false;
        this.log('error', `could not load its code (${error.message}): keep the spine-widgets files together on your server.`);
      },
    );
    this.renderAfter(loading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view) this.view.check(changed);
  }

  override render() {
    const t = this.content.value;
    // Without its texts or its code (their files could not load), the clinic's own children are the widget.
    if (t && this.view) return this.view.render(t);
    return this.content.failed || this.view === false ? html`<slot></slot>` : nothing;
  }
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
