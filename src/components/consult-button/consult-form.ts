// The consultation request form of <consult-button>: its fields, validation and sending. Most visitors never open
// it, so it loads on demand, when a visitor points at or focuses the button. In the script-tag file it is a file of
// its own beside the main one, which cannot share Lit by import (the main file must also run as a classic script),
// so the button hands over the template functions it uses.
import type { html as litHtml, nothing as litNothing } from 'lit';
import type { ifDefined as litIfDefined } from 'lit/directives/if-defined.js';
import { REASONS, type ConsultTexts } from './content/types.js';

/** The optional fields, in form order; `fields` on the button picks among them. */
export type OptionalField = 'phone' | 'email' | 'contactPreference' | 'reason' | 'message';
type Field = 'name' | OptionalField | 'consent';
type Errors = Partial<Record<Field, string>>;
type SendState = 'idle' | 'sending' | 'failed' | 'rejected' | 'success';
type ConsultEvent = 'consult-submit' | 'consult-success' | 'consult-error';

/** The Lit template functions the form renders with, from the button's own copy of Lit. */
export interface Templating {
  html: typeof litHtml;
  nothing: typeof litNothing;
  ifDefined: typeof litIfDefined;
}

/** What the form needs from its button. */
export interface FormHost {
  /** Renders the button again; resolves when it has rendered. */
  rerender(): Promise<unknown>;
  /** An element in the button's shadow root. */
  find<T extends HTMLElement>(selector: string): T | null;
  /** The texts in the button's language, with the clinic's overrides. */
  texts(): ConsultTexts;
  /** The optional fields shown, in form order. */
  fields(): OptionalField[];
  /** Where and how to send (timeout in ms, always positive): read at each submit, so attribute changes apply. */
  request(): { action: string; encoding: 'json' | 'form'; timeout: number; lang: string };
  /** The privacy policy URL, already checked as safe, or undefined. */
  privacyUrl(): string | undefined;
  /** The phone line shown with every failure ("Or call us at …"), or nothing without a phone: the failure texts
   * themselves never ask the visitor to call. */
  phoneLine(texts: ConsultTexts): unknown;
  /** Fires a value-free consult event (and its dataLayer entry, when the clinic opted in). */
  fire(name: ConsultEvent, detail: { mode: 'action'; requestId: string; status?: number }): void;
  /** Closes the dialog. */
  close(): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const mode = 'action';

const uuid = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The form's state and behaviour: validation on submit and on leaving a field, an error summary that takes focus,
 * and sending that loses nothing (everything typed stays until the clinic has it) and sends nothing twice (one
 * request id, and Idempotency-Key, for every retry of one request).
 */
export class ConsultForm {
  private errors: Errors = {};
  private showSummary = false;
  private sendState: SendState = 'idle';
  // The same id travels with every retry of one request, so the clinic can drop duplicates.
  private requestId?: string;
  private submittedAt?: string;

  constructor(
    private readonly host: FormHost,
    private readonly lit: Templating,
  ) {}

  /** A new visit to the dialog after a success starts with a fresh form. */
  reopen(): void {
    if (this.sendState === 'success') void this.set({ sendState: 'idle' });
  }

  render(t: ConsultTexts) {
    const { html, nothing, ifDefined } = this.lit;
    const { errors, sendState } = this;
    const shown = this.host.fields();
    const listed = (['name', ...shown, 'consent'] as Field[]).filter((f) => errors[f]);
    const sending = sendState === 'sending';
    const done = sendState === 'success';
    const privacyUrl = this.host.privacyUrl();
    return html`<div class="status" role="status" tabindex="-1">${done ? html`<p class="done">${t.success}</p>` : nothing}</div>
      <form part="form" novalidate ?hidden=${done} @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
        ${this.showSummary && listed.length
          ? html`<div class="summary" role="group" tabindex="-1" aria-labelledby="summary-title">
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
          ${privacyUrl
            ? html`<a class="privacy" href=${privacyUrl} target="_blank" rel="noopener">${t.labels.privacy}<span class="visually-hidden"> ${t.newTab}</span></a>`
            : nothing}
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
                ${this.host.phoneLine(t)}
              </div>`
            : nothing}
        </div>
        <button class="btn" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.submit}</button>
      </form>
      ${done ? html`<button class="btn secondary" type="button" @click=${() => this.host.close()}>${t.close}</button>` : nothing}`;
  }

  private text(t: ConsultTexts, name: 'name' | 'phone' | 'email', type: 'text' | 'tel' | 'email', autocomplete: 'name' | 'tel' | 'email') {
    const { html, ifDefined } = this.lit;
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
    const { html, nothing } = this.lit;
    return html`<label for="f-${name}">${t.labels[name as keyof ConsultTexts['labels']]}${optional ? html` <span class="muted">${t.optional}</span>` : nothing}</label>`;
  }

  private errorOf(t: ConsultTexts, name: Field) {
    const { html, nothing } = this.lit;
    const error = this.errors[name];
    return error ? html`<p class="error" id="e-${name}"><span class="visually-hidden">${t.errorPrefix} </span>${error}</p>` : nothing;
  }

  private describedBy(name: Field): string | undefined {
    return this.errors[name] ? `e-${name}` : undefined;
  }

  /** Changes the form's state and renders it; resolves when it is on screen. */
  private set(state: Partial<{ errors: Errors; showSummary: boolean; sendState: SendState }>): Promise<unknown> {
    Object.assign(this, state);
    return this.host.rerender();
  }

  private readonly jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    this.host.find(`#${id}`)?.focus();
  };

  private values(): FormData {
    return new FormData(this.host.find<HTMLFormElement>('form')!);
  }

  /** Why a field's value cannot be sent, as a message that says how to fix it; undefined when it is fine. */
  private check(field: Field, data: FormData): string | undefined {
    const e = this.host.texts().errors;
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const shown = this.host.fields();
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
    void this.set({ errors: { ...this.errors, [field]: this.check(field, data) } });
  };

  /** A new contact choice or a ticked box can fix an error shown elsewhere. */
  private readonly onChange = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name;
    if (field !== 'contactPreference' && field !== 'consent') return;
    const data = this.values();
    const errors = { ...this.errors };
    for (const f of ['phone', 'email', 'consent'] as const) if (errors[f]) errors[f] = this.check(f, data);
    void this.set({ errors });
  };

  private async failWith(errors: Errors, sendState: SendState = this.sendState): Promise<void> {
    await this.set({ errors, showSummary: true, sendState });
    this.host.find('.summary')?.focus();
  }

  private async succeed(): Promise<void> {
    this.host.find<HTMLFormElement>('form')!.reset();
    this.requestId = this.submittedAt = undefined;
    await this.set({ errors: {}, sendState: 'success' });
    this.host.find('.status')?.focus();
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Busy: a second click while a request is in flight sends nothing.
    if (this.sendState === 'sending') return;
    const data = this.values();
    const fields: Field[] = ['name', ...this.host.fields(), 'consent'];
    const errors: Errors = {};
    for (const f of fields) {
      const message = this.check(f, data);
      if (message) errors[f] = message;
    }
    if (Object.keys(errors).length) return this.failWith(errors);
    void this.set({ errors: {}, showSummary: false });
    // Bots fill the hidden field; they see a success and nothing is sent.
    if (data.get('website')) return this.succeed();

    const { action, encoding, timeout, lang } = this.host.request();
    const requestId = (this.requestId ??= uuid());
    this.submittedAt ??= new Date().toISOString();
    const payload: Record<string, string | boolean> = {};
    for (const f of fields) payload[f] = f === 'consent' || String(data.get(f) ?? '').trim();
    for (const [key, value] of new URLSearchParams(location.search)) if (key.startsWith('utm_')) payload[key] = value;
    Object.assign(payload, { page: location.origin + location.pathname, lang, submittedAt: this.submittedAt, requestId });

    void this.set({ sendState: 'sending' });
    this.host.fire('consult-submit', { mode, requestId });
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    let status: number | undefined;
    try {
      const response = await fetch(action, {
        method: 'POST',
        // No cookies: the request carries only what the form shows.
        credentials: 'omit',
        cache: 'no-store',
        signal: abort.signal,
        headers: {
          Accept: 'application/json',
          'Idempotency-Key': requestId,
          ...(encoding === 'form' ? {} : { 'Content-Type': 'application/json' }),
        },
        body: encoding === 'form' ? new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, String(v)])) : JSON.stringify(payload),
      });
      status = response.status;
      if (response.ok) {
        await this.succeed();
        this.host.fire('consult-success', { mode, requestId, status });
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
          await this.failWith(fieldErrors, 'idle');
        } else void this.set({ sendState: 'rejected' });
      } else void this.set({ sendState: 'failed' });
    } catch {
      // Network error or timeout: everything typed stays, Retry sends the same request again.
      void this.set({ sendState: 'failed' });
    } finally {
      clearTimeout(timer);
    }
    this.host.fire('consult-error', status ? { mode, requestId, status } : { mode, requestId });
  };
}
