import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SpineElement } from '../../shared/base-element.js';
import { ContentController } from '../../shared/content-controller.js';
import { contentByLanguage } from '../../shared/on-demand.js';
import { isSafeUrl } from '../../shared/safe-url.js';
import { ShapeError } from '../../shared/validate.js';
import { styles } from './consult-button.styles.js';
import { REASONS, type ConsultTexts } from './content/types.js';

/** How the button works: the attribute that chose it, or `phone` when only the phone link is left. */
export type ConsultMode = 'href' | 'booking-url' | 'action' | 'phone';

/** The only detail consult events carry: never anything the visitor typed. */
export interface ConsultEventDetail {
  mode: ConsultMode;
  requestId?: string;
  status?: number;
}

type Optional = 'phone' | 'email' | 'contactPreference' | 'reason' | 'message';
type Field = 'name' | Optional | 'consent';
type Errors = Partial<Record<Field, string>>;
type SendState = 'idle' | 'sending' | 'failed' | 'rejected' | 'success';

const OPTIONAL: Optional[] = ['phone', 'email', 'contactPreference', 'reason', 'message'];
const DEFAULT_TIMEOUT = 15_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;

const builtInTexts = contentByLanguage({
  en: () => import('./content/en.js').then((m) => m.english),
  es: () => import('./content/es.js').then((m) => m.spanish),
});

/** Merges a clinic's partial texts onto the built-in ones, refusing anything that is not visible text. */
function mergeTexts<T>(override: unknown, base: T, path = 'texts'): T {
  if (typeof override !== 'object' || override === null || Array.isArray(override)) throw new ShapeError(path, 'an object');
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    const builtIn = result[key];
    if (builtIn === undefined) continue;
    if (typeof builtIn === 'object') result[key] = mergeTexts(value, builtIn, `${path}.${key}`);
    else if (typeof value === 'string' && value.trim()) result[key] = value;
    else throw new ShapeError(`${path}.${key}`, 'a non-empty string');
  }
  return result as T;
}

const uuid = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

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
 * @fires consult-open - The dialog opened, or a link was followed. Detail `{ mode }`.
 * @fires consult-close - The dialog closed. Detail `{ mode }`.
 * @fires consult-submit - A request is being sent. Detail `{ mode, requestId }`.
 * @fires consult-success - The endpoint accepted the request. Detail `{ mode, requestId, status }`.
 * @fires consult-error - Sending failed (network, timeout, or an error status). Detail `{ mode, requestId, status? }`.
 * @fires content-error - Override texts were refused; the built-in texts are shown.
 */
export class ConsultButton extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

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
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'link' = 'primary';

  /** How the form is sent: `json` (default) or `form` (url-encoded, for form services). */
  @property() encoding: 'json' | 'form' = 'json';

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

  @state() private errors: Errors = {};
  @state() private showSummary = false;
  @state() private sendState: SendState = 'idle';
  @state() private open = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form?: HTMLFormElement;
  @query('[part=button]') private trigger?: HTMLElement;

  private readonly content = new ContentController<ConsultTexts>(this, {
    builtIn: builtInTexts,
    apply: (override, base) => mergeTexts(override, base),
    property: () => this.texts,
  });

  // The same id travels with every retry of one request, so the clinic can drop duplicates.
  private requestId?: string;
  private submittedAt?: string;
  private restoreScroll?: () => void;
  private readonly childObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // The clinic's fallback link may be parsed after the element upgrades.
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
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
  private get shown(): Optional[] {
    const asked = this.fields?.split(/\s+/);
    const shown = OPTIONAL.filter((f) => !asked || asked.includes(f));
    return shown.filter((f) => f !== 'contactPreference' || (shown.includes('phone') && shown.includes('email')));
  }

  private fire(name: 'consult-open' | 'consult-close' | 'consult-submit' | 'consult-success' | 'consult-error', detail: ConsultEventDetail): void {
    this.emit(name, detail);
    if (this.analytics === 'datalayer') {
      const w = window as unknown as { dataLayer?: object[] };
      (w.dataLayer ??= []).push({ event: name, ...detail });
    }
  }

  override render() {
    const t = this.content.value;
    const target = this.target;
    if (!t || !target) return nothing;
    const { mode, url } = target;
    const label = this.label || t.label;
    const inDialog = mode === 'action' || (mode === 'booking-url' && this.bookingMode === 'dialog');
    if (!inDialog) {
      const newTab = mode === 'booking-url';
      return html`<a
        part="button"
        class="btn"
        href=${url}
        target=${ifDefined(newTab ? '_blank' : undefined)}
        rel=${ifDefined(newTab ? 'noopener' : undefined)}
        @click=${() => this.fire('consult-open', { mode })}
        >${label}${newTab ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a
      >`;
    }
    return html`<button part="button" class="btn" type="button" aria-haspopup="dialog" @click=${this.show}>${label}</button>
      <dialog part="dialog" aria-labelledby="heading" @close=${this.onClose} @keydown=${this.trapTab}>
        <div class="head">
          <h2 id="heading">${t.heading}</h2>
          <button class="close" type="button" @click=${() => this.dialog.close()}>${t.close}</button>
        </div>
        ${mode === 'action'
          ? this.renderForm(t)
          : this.open
            ? html`<iframe title=${t.bookingTitle} src=${url} referrerpolicy="strict-origin-when-cross-origin"></iframe>`
            : nothing}
        ${this.renderPhone(t)}
      </dialog>`;
  }

  private renderPhone(t: ConsultTexts) {
    const tel = this.tel;
    return tel ? html`<p class="call">${t.call} <a href=${tel}>${this.phone}</a></p>` : nothing;
  }

  private renderForm(t: ConsultTexts) {
    const { errors, sendState } = this;
    const shown = this.shown;
    const listed = (['name', ...shown, 'consent'] as Field[]).filter((f) => errors[f]);
    const sending = sendState === 'sending';
    const done = sendState === 'success';
    return html`<div class="status" role="status" tabindex="-1">${done ? html`<p class="done">${t.success}</p>` : nothing}</div>
      <form part="form" novalidate ?hidden=${done} @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
        ${this.showSummary && listed.length
          ? html`<div class="summary" tabindex="-1" aria-labelledby="summary-title">
              <h3 id="summary-title">${t.summary}</h3>
              <ul>
                ${listed.map((f) => html`<li><a href="#f-${f}" @click=${this.jump}>${errors[f]}</a></li>`)}
              </ul>
            </div>`
          : nothing}
        <p>${t.intro}</p>
        ${this.text(t, 'name', 'text', 'name')}
        ${shown.includes('phone') ? this.text(t, 'phone', 'tel', 'tel') : nothing}
        ${shown.includes('email') ? this.text(t, 'email', 'email', 'email') : nothing}
        ${shown.includes('contactPreference')
          ? html`<fieldset class="field" aria-describedby=${ifDefined(this.describedBy('contactPreference'))}>
              <legend>${t.labels.contactPreference} <span class="muted">${t.optional}</span></legend>
              ${this.errorOf(t, 'contactPreference')}
              ${(['phone', 'email'] as const).map(
                (value, i) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="contactPreference"
                      value=${value}
                      id=${ifDefined(i ? undefined : 'f-contactPreference')}
                      aria-invalid=${errors.contactPreference ? 'true' : 'false'}
                    />${t.contactOptions[value]}</label
                  >`,
              )}
            </fieldset>`
          : nothing}
        ${shown.includes('reason')
          ? html`<div class="field">
              ${this.labelOf(t, 'reason', true)} ${this.errorOf(t, 'reason')}
              <select id="f-reason" name="reason" aria-invalid=${errors.reason ? 'true' : 'false'} aria-describedby=${ifDefined(this.describedBy('reason'))}>
                <option value="">${t.choose}</option>
                ${REASONS.map((r) => html`<option value=${r}>${t.reasons[r]}</option>`)}
              </select>
            </div>`
          : nothing}
        ${shown.includes('message')
          ? html`<div class="field">
              ${this.labelOf(t, 'message', true)} ${this.errorOf(t, 'message')}
              <textarea
                id="f-message"
                name="message"
                rows="4"
                maxlength="2000"
                aria-invalid=${errors.message ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy('message'))}
              ></textarea>
            </div>`
          : nothing}
        <div class="field">
          ${this.errorOf(t, 'consent')}
          <label class="choice"
            ><input
              id="f-consent"
              type="checkbox"
              name="consent"
              required
              aria-invalid=${errors.consent ? 'true' : 'false'}
              aria-describedby=${ifDefined(this.describedBy('consent'))}
            />${t.labels.consent}</label
          >
          ${isSafeUrl(this.privacyUrl) ? html`<a class="privacy" href=${this.privacyUrl} target="_blank" rel="noopener">${t.labels.privacy}<span class="visually-hidden"> ${t.newTab}</span></a>` : nothing}
        </div>
        <div class="hp" aria-hidden="true">
          <label for="f-website">${t.labels.website}</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <div role="alert">
          ${sendState === 'failed' || sendState === 'rejected'
            ? html`<div class="alert">
                <p>${sendState === 'failed' ? t.failed : t.rejected}</p>
                ${sendState === 'failed' ? html`<button class="btn secondary" type="button" @click=${this.submit}>${t.retry}</button>` : nothing}
                ${this.renderPhone(t)}
              </div>`
            : nothing}
        </div>
        <button class="btn" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.submit}</button>
      </form>
      ${done ? html`<button class="btn secondary" type="button" @click=${() => this.dialog.close()}>${t.close}</button>` : nothing}`;
  }

  private text(t: ConsultTexts, name: 'name' | 'phone' | 'email', type: 'text' | 'tel' | 'email', autocomplete: 'name' | 'tel' | 'email') {
    return html`<div class="field">
      ${this.labelOf(t, name, false)} ${this.errorOf(t, name)}
      <input
        id="f-${name}"
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        ?required=${name === 'name'}
        aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(name))}
      />
    </div>`;
  }

  private labelOf(t: ConsultTexts, name: Field, optional: boolean) {
    return html`<label for="f-${name}">${t.labels[name as keyof ConsultTexts['labels']]}${optional ? html` <span class="muted">${t.optional}</span>` : nothing}</label>`;
  }

  private errorOf(t: ConsultTexts, name: Field) {
    const error = this.errors[name];
    return error ? html`<p class="error" id="e-${name}"><span class="visually-hidden">${t.errorPrefix} </span>${error}</p>` : nothing;
  }

  private describedBy(name: Field): string | undefined {
    return this.errors[name] ? `e-${name}` : undefined;
  }

  private readonly show = async (): Promise<void> => {
    if (this.sendState === 'success') this.sendState = 'idle';
    this.open = true;
    this.dialog.showModal();
    this.lockScroll();
    this.fire('consult-open', { mode: this.target!.mode });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-name, iframe')?.focus();
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

  private readonly jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  private values(): FormData {
    return new FormData(this.form);
  }

  /** Why a field's value cannot be sent, as a message that says how to fix it; undefined when it is fine. */
  private check(field: Field, data: FormData): string | undefined {
    const e = this.content.value!.errors;
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const shown = this.shown;
    if (field === 'name') return value('name') ? undefined : e.name;
    if (field === 'consent') return data.has('consent') ? undefined : e.consent;
    if (field !== 'phone' && field !== 'email') return undefined;
    const v = value(field);
    if (v) {
      if (field === 'email') return EMAIL.test(v) ? undefined : e.email;
      return PHONE.test(v) && v.replace(/\D/g, '').length >= 7 ? undefined : e.phone;
    }
    const other = field === 'phone' ? 'email' : 'phone';
    const preference = value('contactPreference');
    if (preference) return preference === field ? (field === 'phone' ? e.phoneNeeded : e.emailNeeded) : undefined;
    if (!shown.includes(other)) return field === 'phone' ? e.phoneNeeded : e.emailNeeded;
    // Neither given: one message, at the first of the two.
    return field === 'phone' && !value('email') ? e.contact : undefined;
  }

  /** Validation on leaving a field: only once something was typed, or to clear or update an error shown. */
  private readonly onLeave = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).name as Field;
    if (!['name', 'phone', 'email', 'consent'].includes(field)) return;
    const data = this.values();
    if (!data.get(field) && !this.errors[field]) return;
    this.errors = { ...this.errors, [field]: this.check(field, data) };
  };

  /** A new contact choice or a ticked box can fix an error shown elsewhere. */
  private readonly onChange = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name;
    if (field !== 'contactPreference' && field !== 'consent') return;
    const data = this.values();
    const errors = { ...this.errors };
    for (const f of ['phone', 'email', 'consent'] as const) if (errors[f]) errors[f] = this.check(f, data);
    this.errors = errors;
  };

  private async failWith(errors: Errors): Promise<void> {
    this.errors = errors;
    this.showSummary = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  private async succeed(): Promise<void> {
    this.form!.reset();
    this.errors = {};
    this.requestId = this.submittedAt = undefined;
    this.sendState = 'success';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Busy: a second click while a request is in flight sends nothing.
    if (this.sendState === 'sending') return;
    const data = this.values();
    const fields: Field[] = ['name', ...this.shown, 'consent'];
    const errors: Errors = {};
    for (const f of fields) {
      const message = this.check(f, data);
      if (message) errors[f] = message;
    }
    if (Object.keys(errors).length) return this.failWith(errors);
    this.errors = {};
    this.showSummary = false;
    // Bots fill the hidden field; they see a success and nothing is sent.
    if (data.get('website')) return this.succeed();

    const requestId = (this.requestId ??= uuid());
    this.submittedAt ??= new Date().toISOString();
    const payload: Record<string, string | boolean> = {};
    for (const f of fields) payload[f] = f === 'consent' || String(data.get(f) ?? '').trim();
    for (const [key, value] of new URLSearchParams(location.search)) if (key.startsWith('utm_')) payload[key] = value;
    Object.assign(payload, { page: location.origin + location.pathname, lang: this.language, submittedAt: this.submittedAt, requestId });

    const mode = 'action';
    this.sendState = 'sending';
    this.fire('consult-submit', { mode, requestId });
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT);
    let status: number | undefined;
    try {
      const response = await fetch(this.action!, {
        method: 'POST',
        // No cookies: the request carries only what the form shows.
        credentials: 'omit',
        cache: 'no-store',
        signal: abort.signal,
        headers: {
          Accept: 'application/json',
          'Idempotency-Key': requestId,
          ...(this.encoding === 'form' ? {} : { 'Content-Type': 'application/json' }),
        },
        body: this.encoding === 'form' ? new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, String(v)])) : JSON.stringify(payload),
      });
      status = response.status;
      if (response.ok) {
        await this.succeed();
        this.fire('consult-success', { mode, requestId, status });
        return;
      }
      if (status < 500) {
        // The clinic refused this request: a fixed one is a new request with a new id.
        this.requestId = this.submittedAt = undefined;
        const body = (await response.json().catch(() => null)) as { errors?: Record<string, unknown> } | null;
        const fieldErrors: Errors = {};
        for (const f of fields) {
          const message = body?.errors?.[f];
          if (typeof message === 'string' && message.trim()) fieldErrors[f] = message;
        }
        if (Object.keys(fieldErrors).length) {
          this.sendState = 'idle';
          await this.failWith(fieldErrors);
        } else this.sendState = 'rejected';
      } else this.sendState = 'failed';
    } catch {
      // Network error or timeout: everything typed stays, Retry sends the same request again.
      this.sendState = 'failed';
    } finally {
      clearTimeout(timer);
    }
    this.fire('consult-error', status ? { mode, requestId, status } : { mode, requestId });
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
