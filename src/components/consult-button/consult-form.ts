// The consultation request form of <consult-button>: its fields, validation and sending. Most visitors never open
// it, so it loads on demand, when a visitor points at or focuses the button. In the script-tag file it is a file of
// its own beside the main one, which cannot share Lit by import (the main file must also run as a classic script),
// so the button hands over the template functions it uses.
import type { html as litHtml, nothing as litNothing, ReactiveControllerHost } from 'lit';
import type { ifDefined as litIfDefined } from 'lit/directives/if-defined.js';
import { LeadRequestController, type BuildRequest, type LeadEncoding, type LeadPayload } from '../../shared/lead-request-controller.js';
import { leadProblem, MAX_LENGTH } from '../../shared/lead-rules.js';
import { REASONS, type ConsultTexts } from './content/types.js';

/** The optional fields, in form order; `fields` on the button picks among them. */
export type OptionalField = 'phone' | 'email' | 'contactPreference' | 'reason' | 'message';
type Field = 'name' | OptionalField | 'consent';
type Errors = Partial<Record<Field, string>>;
type ConsultEvent = 'consult-submit' | 'consult-success' | 'consult-error';

/** The Lit template functions the form renders with, from the button's own copy of Lit. */
export interface Templating {
  html: typeof litHtml;
  nothing: typeof litNothing;
  ifDefined: typeof litIfDefined;
}

/** What the form needs from its button. */
export interface FormHost {
  /** The button, which holds the form's sending controller (the request outlives the dialog). */
  element: ReactiveControllerHost;
  /** Renders the button again; resolves when it has rendered. */
  rerender(): Promise<unknown>;
  /** An element in the button's shadow root. */
  find<T extends HTMLElement>(selector: string): T | null;
  /** The texts in the button's language, with the clinic's overrides. */
  texts(): ConsultTexts;
  /** The optional fields shown, in form order. */
  fields(): OptionalField[];
  /** Where and how to send (timeout in ms, always positive): read at each submit, so attribute changes apply. */
  request(): { action: string; encoding: LeadEncoding; timeout: number; lang: string; buildRequest?: BuildRequest };
  /** Whether a URL may be sent to (the button's safe-URL rule). */
  safeUrl(url: string): boolean;
  /** Whether the dialog is open, so a visitor sees the outcome now. */
  isOpen(): boolean;
  /** A console error for the clinic. */
  log(message: string): void;
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

const mode = 'action';

/**
 * The form's state and behaviour: validation on submit and on leaving a field, an error summary that takes focus;
 * sending is the shared LeadRequestController's (nothing lost, nothing sent twice), held by the button so a request
 * goes on while the dialog is closed.
 */
export class ConsultForm {
  private errors: Errors = {};
  private showSummary = false;
  /** A success that came while the dialog was closed, to announce when it opens again. */
  private unseenSuccess = false;
  /** The outcome was on screen: the next visit to the dialog starts with a fresh form. */
  private seen = false;
  private readonly sender: LeadRequestController;

  constructor(
    private readonly host: FormHost,
    private readonly lit: Templating,
  ) {
    this.sender = new LeadRequestController(host.element, {
      kind: 'consultation',
      target: () => {
        const { action, encoding, timeout, buildRequest } = host.request();
        return { url: action, encoding, timeout, buildRequest };
      },
      safeUrl: (url) => host.safeUrl(url),
      log: (message) => host.log(message),
      on: (event, detail) => void this.onSent(event, detail),
    });
  }

  /** The dialog is about to open: after a success the visitor saw, a fresh form. */
  reopen(): void {
    if (this.sender.state.phase === 'success' && this.seen) {
      this.seen = false;
      this.sender.reset();
    }
  }

  /**
   * The dialog has opened: a success that came while it was closed is announced (the status takes focus, so it is
   * read out). Returns whether the form took focus.
   */
  opened(): boolean {
    if (!this.unseenSuccess) return false;
    this.unseenSuccess = false;
    this.seen = true;
    this.host.find('.done')?.focus();
    return true;
  }

  render(t: ConsultTexts) {
    const { html, nothing, ifDefined } = this.lit;
    const { errors } = this;
    const { phase: sendState, retryIn, retryAfter, message } = this.sender.state;
    const shown = this.host.fields();
    const listed = (['name', ...shown, 'consent'] as Field[]).filter((f) => errors[f]);
    const sending = sendState === 'sending';
    const done = sendState === 'success';
    const privacyUrl = this.host.privacyUrl();
    // Announcements: "Sending…" from a polite status region that is on the page from the start (a region added with
    // its text is often not read). The success message is not in a live region: it takes focus, and a heading is
    // read by its text, once. The error summary takes focus and is read with its errors (its description).
    return html`<div class="status visually-hidden" role="status">${sending ? t.sending : nothing}</div>
      ${done ? html`<h3 class="done" tabindex="-1">${t.success}</h3>` : nothing}
      <form part="form" novalidate ?hidden=${done} @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
        ${this.showSummary && listed.length
          ? html`<div class="summary" role="group" tabindex="-1" aria-labelledby="summary-title" aria-describedby="summary-list">
              <h3 id="summary-title">${t.summary}</h3>
              <ul id="summary-list">
                ${listed.map((f) => html`<li><a href="#f-${f}" @click=${this.jump}>${errors[f]}</a></li>`)}
              </ul>
            </div>`
          : nothing}
        <p id="intro">${t.intro}</p>
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
                maxlength=${MAX_LENGTH.message}
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
          ${sendState === 'failed' || sendState === 'rejected' || sendState === 'offline'
            ? html`<div class="alert">
                <p>${sendState === 'failed' ? t.failed : sendState === 'offline' ? t.offline : t.rejected}</p>
                ${retryIn !== undefined ? html`<p>${t.retrying.replace('{seconds}', String(retryIn))}</p>` : nothing}
                ${retryAfter !== undefined ? html`<p>${t.retryLater.replace('{minutes}', String(Math.ceil(retryAfter / 60)))}</p>` : nothing}
                ${sendState === 'rejected' && message ? html`<p>${t.serverSays} <q>${message}</q></p>` : nothing}
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
        maxlength=${MAX_LENGTH[name]}
        ?required=${name === 'name'}
        aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(name))}
      />
    </div>`;
  }

  private labelOf(t: ConsultTexts, name: Field, optional: boolean) {
    const { html } = this.lit;
    const text = t.labels[name as keyof ConsultTexts['labels']];
    // The space before "(optional)" sits inside one template, as in the legend: a template's leading space is lost
    // to the build's minifier and to Chromium's accessible name.
    return optional ? html`<label for="f-${name}">${text} <span class="muted">${t.optional}</span></label>` : html`<label for="f-${name}">${text}</label>`;
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
  private set(state: Partial<{ errors: Errors; showSummary: boolean }>): Promise<unknown> {
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
    const problem = leadProblem(field, (name) => String(data.get(name) ?? '').trim(), this.host.fields());
    return problem && this.host.texts().errors[problem];
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

  private async failWith(errors: Errors): Promise<void> {
    await this.set({ errors, showSummary: true });
    this.host.find('.summary')?.focus();
  }

  /** What the form does when its request succeeds or fails, whether or not the dialog is open. */
  private async onSent(event: 'submit' | 'success' | 'error', detail: { requestId: string; status?: number }): Promise<void> {
    this.host.fire(`consult-${event}`, { mode, ...detail });
    const { phase, fieldErrors } = this.sender.state;
    if (event === 'success') {
      this.host.find<HTMLFormElement>('form')?.reset();
      if (!this.host.isOpen()) {
        this.unseenSuccess = true;
        return;
      }
      this.seen = true;
      await this.set({ errors: {}, showSummary: false });
      this.host.find('.done')?.focus();
    } else if (phase === 'invalid') {
      await this.failWith(fieldErrors);
    }
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Busy: a second click while a request is in flight sends nothing.
    if (this.sender.state.phase === 'sending') return;
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
    if (data.get('website')) {
      this.host.find<HTMLFormElement>('form')!.reset();
      this.seen = true;
      this.sender.pretendSuccess();
      await this.host.rerender();
      this.host.find('.done')?.focus();
      return;
    }
    const values: LeadPayload = {};
    for (const f of fields) values[f] = f === 'consent' || String(data.get(f) ?? '').trim();
    values.lang = this.host.request().lang;
    await this.sender.send(values);
  };
}
