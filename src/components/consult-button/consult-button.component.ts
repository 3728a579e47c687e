import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SpineElement } from '../../shared/base-element.js';
import { alreadyReported } from '../../shared/chunk-loader.js';
import { ContentController } from '../../shared/content-controller.js';
import { onDemand } from '../../shared/on-demand.js';
import { translatable } from '../../shared/translations.js';
import { isSafeUrl } from '../../shared/safe-url.js';
import { mergeTexts } from '../../shared/merge-texts.js';
import { formStyles } from '../../shared/form-styles.js';
import { styles } from './consult-button.styles.js';
import type { ConsultTexts } from './content/types.js';
import type { BuildRequest } from '../../shared/lead-request-controller.js';
import type { ConsultForm, FormHost, OptionalField } from './consult-form.js';

/** How the button works: the attribute that chose it, or `phone` when only the phone link is left. */
export type ConsultMode = 'href' | 'booking-url' | 'action' | 'phone';

/** The only detail consult events carry: never anything the visitor typed. */
export interface ConsultEventDetail {
  mode: ConsultMode;
  requestId?: string;
  status?: number;
}

const OPTIONAL: OptionalField[] = ['phone', 'email', 'contactPreference', 'reason', 'message'];
const DEFAULT_TIMEOUT = 15_000;

const builtInTexts = translatable(
  'consult-button',
  {
    en: () => import('./content/en.js').then((m) => m.english),
    es: () => import('./content/es.js').then((m) => m.spanish),
  },
);
// The form is code most visitors never run: it loads when a visitor points at, focuses or presses the button.
const loadForm = onDemand(() => import('./consult-form.js').then((m) => m.ConsultForm));

/**
 * @summary "Request a Consultation": a styled link, an online-booking link or dialog, or a consultation request
 * form in a modal dialog that keeps what the visitor typed until the clinic has it.
 *
 * @tag consult-button
 *
 * @slot - A plain `<a href>` written by the clinic: what visitors see and use before (or without) the script. Once
 * upgraded it is hidden, and its href serves as `href` when no mode attribute is set.
 *
 * @csspart button - The button or link that starts everything.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart form - The consultation request form.
 *
 * @cssprop --spine-color-brand - Button and accent colour (`--spine-color-brand-dark` in dark mode).
 * @cssprop --spine-color-on-brand - Text on the brand colour.
 * @cssprop --spine-color-danger - Error messages and invalid fields.
 * @cssprop --spine-color-success - The success message.
 * @cssprop --spine-radius - Corner radius of the button, fields and dialog.
 *
 * @fires {CustomEvent<ConsultEventDetail>} consult-open - The dialog opened, or a link was followed. Detail `{ mode }`.
 * @fires {CustomEvent<ConsultEventDetail>} consult-close - The dialog closed. Detail `{ mode }`.
 * @fires {CustomEvent<ConsultEventDetail>} consult-submit - A request is being sent. Detail `{ mode, requestId }`.
 * @fires {CustomEvent<ConsultEventDetail>} consult-success - The endpoint accepted the request. Detail `{ mode, requestId, status }`.
 * @fires {CustomEvent<ConsultEventDetail>} consult-error - Sending failed (network, timeout, or an error status). Detail `{ mode, requestId, status? }`.
 * @fires {CustomEvent<ContentErrorDetail>} content-error - Override texts were refused; the built-in texts are shown.
 */
export class ConsultButton extends SpineElement {
  static override styles = [...SpineElement.styles, formStyles, styles];

  /** A page to link to, for example the clinic's contact page (https, relative, or same-origin). */
  @property() href?: string;

  /** The clinic's online scheduler (Calendly, Zocdoc, Cal.com or any https URL). Opens in a new tab by default. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** `tab` (default) opens `booking-url` in a new tab; `dialog` shows it in a titled iframe inside the dialog. */
  @property({ attribute: 'booking-mode' }) bookingMode: 'tab' | 'dialog' = 'tab';

  /** The endpoint the consultation request form is POSTed to. Setting it makes the button open the form. */
  @property() action?: string;

  /** The clinic's phone number, shown as a `tel:` link in the dialog, on every failure, and as the last fallback. */
  @property() phone?: string;

  /** The button text. Default "Request a Consultation" ("Solicitar una consulta" in Spanish). */
  @property() label?: string;

  /** The look: `primary` (default), `secondary` or `link`. */
  // Not reflected: a widget adds no attribute to its own tag (server-rendered pages would see a hydration mismatch).
  @property() variant: 'primary' | 'secondary' | 'link' = 'primary';

  /**
   * How the form is sent: `json` (default, with an `Idempotency-Key` header) or `form` (url-encoded, a CORS simple
   * request with no extra header, for form services and Google Apps Script; drop duplicates by the body's
   * `requestId`). See docs/receiving-requests.md.
   */
  @property() encoding: 'json' | 'form' = 'json';

  /**
   * Shapes the request for a service that expects its own format (JS property only):
   * `(payload, { requestId, encoding }) => ({ url?, headers?, body })`. For example HubSpot Forms v3:
   * `({ name, email, page }) => ({ body: JSON.stringify({ fields: [{ name: 'firstname', value: name }, ...],
   * context: { pageUri: page } }) })`. The values still go nowhere but that request.
   */
  @property({ attribute: false }) buildRequest?: BuildRequest;

  /** How long to wait for the endpoint, in milliseconds (default 15000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** The clinic's privacy policy, linked from the consent checkbox. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Space-separated optional fields to show, in any order: `phone email contactPreference reason message`
   * (default: all). Name and consent are always asked. */
  @property() fields?: string;

  /** `datalayer` (opt-in) also pushes the value-free consult events to `window.dataLayer` for Google Tag Manager. */
  @property() analytics?: string;

  /** A URL of JSON texts overriding the built-in ones (same shape as the `texts` property). */
  @property() src?: string;

  /** Override texts (any subset of the built-in texts, for example `{ heading: '...', labels: { name: '...' } }`). */
  @property({ attribute: false }) texts?: unknown;

  @state() private open = false;
  /** The form, once its code has loaded; `false` when loading it failed. */
  @state() private form?: ConsultForm | false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part=button]') private trigger?: HTMLElement;

  private readonly content = new ContentController<ConsultTexts>(this, {
    builtIn: builtInTexts,
    apply: (override, base) => mergeTexts(override, base),
    property: () => this.texts,
  });

  private restoreScroll?: () => void;
  // (None while pre-rendering on a server: src/prerender answers querySelector from the page's markup.)
  private readonly childObserver = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // The clinic's fallback link may be parsed after the element upgrades.
    this.childObserver?.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.restoreScroll?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['action', 'bookingUrl', 'href', 'privacyUrl'] as const) {
      const value = this[name];
      if (changed.has(name) && value != null && !isSafeUrl(value)) {
        const attribute = name.replace(/[A-Z]/, (c) => `-${c.toLowerCase()}`);
        this.log(
          'error',
          `${attribute}="${value}" was refused: use an https URL, a relative or same-origin URL, or http on localhost.${name === 'privacyUrl' ? '' : ' Falling back to the child link or the phone number.'}`,
        );
      }
    }
    if (changed.has('fields') && this.fields != null) {
      const unknown = this.fields.split(/\s+/).filter((f) => f && !(OPTIONAL as string[]).includes(f));
      if (unknown.length) this.log('error', `fields: unknown field(s) ${unknown.join(', ')}; use any of ${OPTIONAL.join(' ')}.`);
      // Without a phone or an email, the clinic could not answer the request.
      if (!this.shown.some((f) => f === 'phone' || f === 'email')) this.log('error', 'fields: include phone or email (or both), so the clinic can reach the patient.');
    }
  }

  /** The mode and URL in use: the first mode attribute set, else the child link, else the phone. */
  private get target(): { mode: ConsultMode; url: string } | null {
    const chosen = ([['action', this.action], ['booking-url', this.bookingUrl], ['href', this.href]] as const).find(([, url]) => url != null);
    if (chosen && isSafeUrl(chosen[1])) return { mode: chosen[0], url: chosen[1] };
    const child = this.querySelector(':scope > a[href]')?.getAttribute('href');
    if (isSafeUrl(child)) return { mode: 'href', url: child };
    const tel = this.tel;
    return tel ? { mode: 'phone', url: tel } : null;
  }

  private get tel(): string | undefined {
    const digits = this.phone?.replace(/[^\d+]/g, '');
    return digits ? `tel:${digits}` : undefined;
  }

  /** The optional fields shown, in form order. The contact choice only makes sense with both phone and email. */
  private get shown(): OptionalField[] {
    const asked = this.fields?.split(/\s+/);
    const shown = OPTIONAL.filter((f) => !asked || asked.includes(f));
    return shown.filter((f) => f !== 'contactPreference' || (shown.includes('phone') && shown.includes('email')));
  }

  private readonly fire = (name: 'consult-open' | 'consult-close' | 'consult-submit' | 'consult-success' | 'consult-error', detail: ConsultEventDetail): void => {
    this.emit(name, detail);
    if (this.analytics === 'datalayer') {
      const w = window as unknown as { dataLayer?: object[] };
      (w.dataLayer ??= []).push({ event: name, ...detail });
    }
  };

  override render() {
    const t = this.content.value;
    const target = this.target;
    // Without its texts (their file could not load) the clinic's own fallback link is the button.
    if (!t) return this.content.failed ? html`<slot></slot>` : nothing;
    if (!target) return nothing;
    const { mode, url } = target;
    const label = this.label || t.label;
    const look = this.variant === 'secondary' || this.variant === 'link' ? this.variant : 'primary';
    const inDialog = mode === 'action' || (mode === 'booking-url' && this.bookingMode === 'dialog');
    if (!inDialog) {
      const newTab = mode === 'booking-url';
      return html`<a
        part="button"
        class="btn ${look}"
        href=${url}
        target=${ifDefined(newTab ? '_blank' : undefined)}
        rel=${ifDefined(newTab ? 'noopener' : undefined)}
        @click=${() => this.fire('consult-open', { mode })}
        >${label}${newTab ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a
      >`;
    }
    // Pointing at or focusing the button starts loading the form, so it is usually here before the press.
    return html`<button part="button" class="btn ${look}" type="button" aria-haspopup="dialog" @click=${this.show} @pointerenter=${this.prepareForm} @focus=${this.prepareForm}>${label}</button>
      <dialog
        part="dialog"
        aria-labelledby="heading"
        aria-describedby=${mode === 'action' && this.form ? 'emergency-title emergency-text intro' : 'emergency-title emergency-text'}
        @close=${this.onClose}
        @keydown=${this.trapTab}
        @focusin=${this.keepInView}
      >
        <div class="head">
          <h2 id="heading">${t.heading}</h2>
          <button class="close" type="button" @click=${() => this.dialog.close()}>${t.close}</button>
        </div>
        ${this.renderEmergency(t)}
        ${mode === 'action'
          ? this.form
            ? this.form.render(t)
            : this.form === false
              ? html`<p class="alert">${t.unavailable}</p>`
              : nothing
          : this.open
            ? html`<iframe title=${t.bookingTitle} src=${url} referrerpolicy="strict-origin-when-cross-origin"></iframe>`
            : nothing}
        ${this.renderPhone(t)}
      </dialog>`;
  }

  /**
   * The emergency notice, first in the dialog and in every state of it (before the form's fields or the scheduler,
   * and when the form could not load): a request is the wrong place for signs of an emergency. It has no part, so
   * page CSS cannot hide it, and the dialog's aria-describedby reads it when the dialog opens.
   */
  private renderEmergency(t: ConsultTexts) {
    return html`<p class="emergency" id="emergency"><strong id="emergency-title">${t.emergency.title}</strong> <span id="emergency-text">${t.emergency.text}</span></p>`;
  }

  private renderPhone(t: ConsultTexts) {
    const tel = this.tel;
    return tel ? html`<p class="call">${t.call} <a href=${tel}>${this.phone}</a></p>` : nothing;
  }

  /** Loads the form's code (once); on failure the dialog offers the phone number instead. */
  private readonly prepareForm = (): Promise<unknown> => {
    if (this.form || this.target?.mode !== 'action') return Promise.resolve();
    const loading = Promise.resolve(loadForm()).then(
      (Form) => (this.form ||= new Form(this.formHost, { html, nothing, ifDefined })),
      // `false` shows the phone number in the dialog; the next press tries loading again.
      (error: Error) => {
        this.form = false;
        if (!alreadyReported(error)) {
          this.log('error', `the request form could not load (${error.message}): keep the spine-widgets files together on your server. Visitors see the phone number instead.`);
        }
      },
    );
    this.renderAfter(loading);
    return loading;
  };

  /** What the form reads from, and does through, this button. */
  private readonly formHost: FormHost = {
    element: this,
    rerender: () => {
      this.requestUpdate();
      return this.updateComplete;
    },
    find: (selector) => this.renderRoot.querySelector(selector),
    texts: () => this.content.value!,
    fields: () => this.shown,
    // A zero, negative or unparsable timeout falls back to the default rather than aborting at once.
    request: () => ({
      action: this.action!,
      encoding: this.encoding === 'form' ? 'form' : 'json',
      timeout: this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT,
      lang: this.language,
      buildRequest: typeof this.buildRequest === 'function' ? this.buildRequest : undefined,
    }),
    safeUrl: isSafeUrl,
    isOpen: () => this.open,
    log: (message) => this.log('error', message),
    privacyUrl: () => (isSafeUrl(this.privacyUrl) ? this.privacyUrl : undefined),
    phoneLine: (t: ConsultTexts) => this.renderPhone(t),
    fire: this.fire,
    close: () => this.dialog.close(),
  };

  private readonly show = async (): Promise<void> => {
    await this.prepareForm();
    // A second press while the form was loading finds the dialog open already.
    if (this.dialog.open) return;
    if (this.form) this.form.reopen();
    this.open = true;
    this.dialog.showModal();
    this.lockScroll();
    this.fire('consult-open', { mode: this.target!.mode });
    await this.updateComplete;
    // A success that came while the dialog was closed takes focus, so it is announced.
    if (!(this.form && this.form.opened())) this.renderRoot.querySelector<HTMLElement>('#f-name, iframe')?.focus();
  };

  private readonly onClose = (): void => {
    this.open = false;
    this.restoreScroll?.();
    this.fire('consult-close', { mode: this.target!.mode });
    // preventScroll: returning focus must not move the page either.
    this.trigger?.focus({ preventScroll: true });
  };

  /** Keeps the page behind still: no scrolling under the dialog, and no jump when its scrollbar goes away. */
  private lockScroll(): void {
    const root = document.documentElement.style;
    const before = [root.overflow, root.scrollbarGutter];
    if (innerWidth > document.documentElement.clientWidth) root.scrollbarGutter = 'stable';
    root.overflow = 'hidden';
    this.restoreScroll = () => {
      [root.overflow, root.scrollbarGutter] = before;
      this.restoreScroll = undefined;
    };
  }

  /** Tab and Shift+Tab wrap around inside the dialog instead of leaving for the browser's toolbar. */
  private readonly trapTab = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const items = [...this.dialog.querySelectorAll<HTMLElement>('a[href], button, input:not([tabindex="-1"]), select, textarea, iframe')].filter(
      (el) => el.getClientRects().length,
    );
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };

  /**
   * Scrolls the dialog at once so the control that just got focus sits below the sticky head and above the bottom
   * edge (WCAG 2.4.11). The browsers do this themselves with the dialog's scroll-padding, but WebKit does it late,
   * on a timer after the focus moves (sometimes after the next frame): until then a control reached by Tab (the
   * first field after the trap wraps round, a field below the fold) is out of view. Done here, at focus time,
   * the browser finds the control already in view and leaves it there.
   */
  private readonly keepInView = (event: FocusEvent): void => {
    const target = event.target as Element;
    const head = this.dialog.querySelector('.head');
    if (!head || head.contains(target)) return;
    const dialog = this.dialog.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const margin = 8; // room for the focus ring (3px outline, 2px offset)
    const scrollportTop = dialog.top + this.dialog.clientTop;
    const padding = parseFloat(getComputedStyle(this.dialog).scrollPaddingBlockStart) || 0;
    const top = Math.max(head.getBoundingClientRect().bottom, scrollportTop + padding) + margin;
    const bottom = scrollportTop + this.dialog.clientHeight - margin;
    // Up to the top line, or down until its bottom shows (its top first, if it is too tall for both).
    const by = box.top < top ? box.top - top : box.bottom > bottom ? Math.min(box.bottom - bottom, box.top - top) : 0;
    // Instant: the control must be in view when focus lands (and nothing animates, whatever the motion preference).
    if (by) this.dialog.scrollBy({ top: by, behavior: 'instant' });
  };

}

declare global {
  interface HTMLElementTagNameMap {
    'consult-button': ConsultButton;
  }
  interface HTMLElementEventMap {
    'consult-open': CustomEvent<ConsultEventDetail>;
    'consult-close': CustomEvent<ConsultEventDetail>;
    'consult-submit': CustomEvent<ConsultEventDetail>;
    'consult-success': CustomEvent<ConsultEventDetail>;
    'consult-error': CustomEvent<ConsultEventDetail>;
  }
}
