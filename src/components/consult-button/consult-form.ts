// The consultation request form of <consult-button>: its fields, validation and sending. Most visitors never open
// it, so it loads on demand, when a visitor points at or focuses the button. In the script-tag file it is a file of
// its own beside the main one, which cannot share Lit by import (the main file must also run as a classic script),
// so the button hands over the template functions it uses.
import type { LeadEvent, LeadEventDetail, LeadPayload } from '../../shared/lead-request-controller.js';
import { LeadForm, type LeadFormHost, type Templating } from '../../shared/lead-form.js';
import { MAX_LENGTH } from '../../shared/lead-rules.js';
import { REASONS, type ConsultTexts } from './content/types.js';

/** The optional fields, in form order; `fields` on the button picks among them. */
export type OptionalField = 'phone' | 'email' | 'contactPreference' | 'reason' | 'message';
type Field = 'name' | OptionalField | 'consent';
type ConsultEvent = 'consult-submit' | 'consult-success' | 'consult-error';

/** What the form needs from its button. */
export interface FormHost extends LeadFormHost<ConsultTexts> {
  /** The optional fields shown, in form order. */
  fields(): OptionalField[];
  /** Whether the dialog is open, so a visitor sees the outcome now. */
  isOpen(): boolean;
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
 * The form: the shared LeadForm's validation on submit and on leaving a field, error summary and sending (nothing
 * lost, nothing sent twice), with the button's optional fields. The button holds the sending controller, so a
 * request goes on while the dialog is closed.
 */
export class ConsultForm extends LeadForm<Field, ConsultTexts, FormHost> {
  /** A success that came while the dialog was closed, to announce when it opens again. */
  private unseenSuccess = false;
  /** The outcome was on screen: the next visit to the dialog starts with a fresh form. */
  private seen = false;

  constructor(host: FormHost, lit: Templating) {
    super(host, lit, 'consultation', ['name', 'phone', 'email', 'consent']);
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
    const sending = this.sender.state.phase === 'sending';
    const done = this.sender.state.phase === 'success';
    const shown = this.host.fields();
    // Announcements: "Sending…" from a polite status region that is on the page from the start (a region added with
    // its text is often not read). The success message is not in a live region: it takes focus, and a heading is
    // read by its text, once. The error summary takes focus and is read with its errors (its description).
    return html`<div class="status visually-hidden" role="status">${sending ? t.sending : nothing}</div>
      ${done ? html`<h3 class="done" tabindex="-1">${t.success}</h3>` : nothing}
      <form part="form" novalidate ?hidden=${done} @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
        ${this.summary(html`<h3 id="summary-title">${t.summary}</h3>`)}
        <p id="intro">${t.intro}</p>
        ${this.textField(t, 'name', 'text', 'name', true)}
        ${shown.includes('phone') ? this.textField(t, 'phone', 'tel', 'tel', false) : nothing}
        ${shown.includes('email') ? this.textField(t, 'email', 'email', 'email', false) : nothing}
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
              ${this.optionalLabel(t, 'reason')} ${this.errorOf(t, 'reason')}
              <select id="f-reason" name="reason" aria-invalid=${errors.reason ? 'true' : 'false'} aria-describedby=${ifDefined(this.describedBy('reason'))}>
                <option value="">${t.choose}</option>
                ${REASONS.map((r) => html`<option value=${r}>${t.reasons[r]}</option>`)}
              </select>
            </div>`
          : nothing}
        ${shown.includes('message')
          ? html`<div class="field">
              ${this.optionalLabel(t, 'message')} ${this.errorOf(t, 'message')}
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
        ${this.closing(t, this.host.phoneLine(t))}
      </form>
      ${done ? html`<button class="btn secondary" type="button" @click=${() => this.host.close()}>${t.close}</button>` : nothing}`;
  }

  private optionalLabel(t: ConsultTexts, name: 'reason' | 'message') {
    // The space before "(optional)" sits inside one template, as in the legend: a template's leading space is lost
    // to the build's minifier and to Chromium's accessible name.
    return this.lit.html`<label for="f-${name}">${t.labels[name]} <span class="muted">${t.optional}</span></label>`;
  }

  protected fields(): Field[] {
    return ['name', ...this.host.fields(), 'consent'];
  }

  /** A new contact choice or a ticked box can fix an error shown elsewhere. */
  private readonly onChange = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name;
    if (field !== 'contactPreference' && field !== 'consent') return;
    const data = this.values();
    const errors = { ...this.errors };
    for (const f of ['phone', 'email', 'consent'] as const) if (errors[f]) errors[f] = this.check(f, data);
    void this.set({ errors });
  };

  protected announce(event: LeadEvent, detail: LeadEventDetail): void {
    this.host.fire(`consult-${event}`, { mode, ...detail });
  }

  /** Sent (or a bot was told so): the form is cleared; the success takes focus, now or when the dialog next opens. */
  protected async succeeded(): Promise<void> {
    this.host.find<HTMLFormElement>('form')?.reset();
    if (!this.host.isOpen()) {
      this.unseenSuccess = true;
      return;
    }
    this.seen = true;
    await this.set({ errors: {}, showSummary: false });
    this.host.find('.done')?.focus();
  }

  protected payload(data: FormData): LeadPayload {
    const values: LeadPayload = {};
    for (const f of this.fields()) values[f] = f === 'consent' || String(data.get(f) ?? '').trim();
    return values;
  }
}
