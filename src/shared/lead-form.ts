/**
 * LeadForm: what `<consult-button>`'s request form and `<guide-download>`'s gated form share: their state (errors
 * shown, the summary), their sending (a LeadRequestController held by the element), the parts they render alike
 * (a text field with its label and error, the consent box, the honeypot, the error summary, the failure alert with
 * Retry, the submit button) and their behaviour: validation on submit and on leaving a field, an error summary that
 * takes focus and links to each field, failures announced with everything typed kept, a bot that fills the honeypot
 * shown a success with nothing sent. Each form adds its own fields, its success and its events.
 *
 * It loads with either form (the script-tag build puts src/shared/lead-* in one file), from the element's own Lit:
 * the element hands over the template functions.
 */
import type { html as litHtml, nothing as litNothing, ReactiveControllerHost } from 'lit';
import type { ifDefined as litIfDefined } from 'lit/directives/if-defined.js';
import type { LeadFormTexts } from './lead-form-texts.js';
import { LeadRequestController, type BuildRequest, type LeadEncoding, type LeadEvent, type LeadEventDetail, type LeadKind, type LeadPayload } from './lead-request-controller.js';
import { leadProblem, MAX_LENGTH, type LeadProblem } from './lead-rules.js';

/** The Lit template functions a form renders with, from its element's own copy of Lit. */
export interface Templating {
  html: typeof litHtml;
  nothing: typeof litNothing;
  ifDefined: typeof litIfDefined;
}

/** What a form needs from its element. */
export interface LeadFormHost<T extends LeadFormTexts> {
  /** The element, which holds the form's sending controller (the request outlives what is on screen). */
  element: ReactiveControllerHost;
  /** Renders the element again; resolves when it has rendered. */
  rerender(): Promise<unknown>;
  /** An element in the element's shadow root. */
  find<E extends HTMLElement>(selector: string): E | null;
  /** The texts in the element's language, with the clinic's overrides. */
  texts(): T;
  /** Where and how to send (timeout in ms, always positive): read at each submit, so attribute changes apply. */
  request(): { action: string; encoding: LeadEncoding; timeout: number; lang: string; buildRequest?: BuildRequest };
  /** Whether a URL may be sent to (the element's safe-URL rule). */
  safeUrl(url: string): boolean;
  /** A console error for the clinic. */
  log(message: string): void;
  /** The privacy policy URL, already checked as safe, or undefined. */
  privacyUrl(): string | undefined;
}

type TextField = 'name' | 'phone' | 'email';
/** Error messages shown, by field name. */
type Errors = Partial<Record<string, string>>;

export abstract class LeadForm<F extends string, T extends LeadFormTexts, H extends LeadFormHost<T> = LeadFormHost<T>> {
  protected errors: Errors = {};
  protected showSummary = false;
  protected readonly sender: LeadRequestController;

  constructor(
    protected readonly host: H,
    protected readonly lit: Templating,
    kind: LeadKind,
    /** The fields checked when focus leaves them. */
    private readonly checkedOnLeave: readonly string[],
  ) {
    this.sender = new LeadRequestController(host.element, {
      kind,
      target: () => {
        const { action, encoding, timeout, buildRequest } = host.request();
        return { url: action, encoding, timeout, buildRequest };
      },
      safeUrl: (url) => host.safeUrl(url),
      log: (message) => host.log(message),
      on: (event, detail) => void this.onSent(event, detail),
    });
  }

  /** The fields shown, in form order. */
  protected abstract fields(): readonly F[];
  /** The values sent for valid form data (`lang` is added). */
  protected abstract payload(data: FormData): LeadPayload;
  /** Fires the form's event for a sending event. */
  protected abstract announce(event: LeadEvent, detail: LeadEventDetail): void;
  /** The clinic has the request (or a bot was told so): show it. */
  protected abstract succeeded(): Promise<void>;

  /** The fields with an error, in form order. */
  protected listed(): F[] {
    return this.fields().filter((f) => this.errors[f]);
  }

  /** The error summary, titled by `title` (with id `summary-title`), when a submit found errors. */
  protected summary(title: unknown) {
    const { html, nothing } = this.lit;
    const listed = this.listed();
    return this.showSummary && listed.length
      ? html`<div class="summary" role="group" tabindex="-1" aria-labelledby="summary-title" aria-describedby="summary-list">
          ${title}
          <ul id="summary-list">
            ${listed.map((f) => html`<li><a href="#f-${f}" @click=${this.jump}>${this.errors[f]}</a></li>`)}
          </ul>
        </div>`
      : nothing;
  }

  /** A text field with its label and error. */
  protected textField(t: T, name: TextField, type: 'text' | 'tel' | 'email', autocomplete: 'name' | 'tel' | 'email', required: boolean) {
    const { html, ifDefined } = this.lit;
    return html`<div class="field">
      <label for="f-${name}">${(t.labels as Record<string, string>)[name]}</label> ${this.errorOf(t, name)}
      <input
        id="f-${name}"
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${MAX_LENGTH[name]}
        ?required=${required}
        aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(name))}
      />
    </div>`;
  }

  /** The field's error message, when it has one: the field's `aria-describedby`. */
  protected errorOf(t: T, name: string) {
    const { html, nothing } = this.lit;
    const error = this.errors[name];
    return error ? html`<p class="error" id="e-${name}"><span class="visually-hidden">${t.errorPrefix} </span>${error}</p>` : nothing;
  }

  protected describedBy(name: string): string | undefined {
    return this.errors[name] ? `e-${name}` : undefined;
  }

  /**
   * The end of the form: the consent box and the privacy link, the honeypot, the failure alert (with Retry, and
   * `notice` under it) and the submit button, busy while sending.
   */
  protected closing(t: T, notice: unknown) {
    const { html, nothing, ifDefined } = this.lit;
    const { phase, retryIn, retryAfter, message } = this.sender.state;
    const privacyUrl = this.host.privacyUrl();
    const sending = phase === 'sending';
    // An endpoint's 422 that names no field the visitor can fix is a refusal like any other.
    const refused = phase === 'rejected' || (phase === 'invalid' && !this.listed().length);
    return html`<div class="field">
        ${this.errorOf(t, 'consent')}
        <label class="choice"
          ><input
            id="f-consent"
            type="checkbox"
            name="consent"
            required
            aria-invalid=${this.errors.consent ? 'true' : 'false'}
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
        ${phase === 'failed' || phase === 'offline' || refused
          ? html`<div class="alert">
              <p>${phase === 'failed' ? t.failed : phase === 'offline' ? t.offline : t.rejected}</p>
              ${retryIn !== undefined ? html`<p>${t.retrying.replace('{seconds}', String(retryIn))}</p>` : nothing}
              ${retryAfter !== undefined ? html`<p>${t.retryLater.replace('{minutes}', String(Math.ceil(retryAfter / 60)))}</p>` : nothing}
              ${refused && message ? html`<p>${t.serverSays} <q>${message}</q></p>` : nothing}
              ${phase === 'failed' ? html`<button class="btn secondary" type="button" @click=${this.submit}>${t.retry}</button>` : nothing}
              ${notice}
            </div>`
          : nothing}
      </div>
      <button class="btn" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.submit}</button>`;
  }

  /** Changes the form's state and renders it; resolves when it is on screen. */
  protected set(state: Partial<{ errors: Errors; showSummary: boolean }>): Promise<unknown> {
    Object.assign(this, state);
    return this.host.rerender();
  }

  private readonly jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    this.host.find(`#${id}`)?.focus();
  };

  protected values(): FormData {
    return new FormData(this.host.find<HTMLFormElement>('form')!);
  }

  /** Why a field's value cannot be sent, as a message that says how to fix it; undefined when it is fine. */
  protected check(field: string, data: FormData): string | undefined {
    const problem = leadProblem(field, (name) => String(data.get(name) ?? '').trim(), this.fields());
    return problem && (this.host.texts().errors as Partial<Record<LeadProblem, string>>)[problem];
  }

  /** Validation on leaving a field: only once something was typed, or to clear or update an error shown. */
  protected readonly onLeave = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).name;
    if (!this.checkedOnLeave.includes(field)) return;
    const data = this.values();
    if (!data.get(field) && !this.errors[field]) return;
    void this.set({ errors: { ...this.errors, [field]: this.check(field, data) } });
  };

  private async failWith(errors: Errors): Promise<void> {
    await this.set({ errors, showSummary: true });
    this.host.find('.summary')?.focus();
  }

  /** What the form does when its request is sent, succeeds or fails, whether or not it is on screen. */
  private async onSent(event: LeadEvent, detail: LeadEventDetail): Promise<void> {
    this.announce(event, detail);
    const { phase, fieldErrors } = this.sender.state;
    if (event === 'success') await this.succeeded();
    else if (phase === 'invalid') {
      // The endpoint's messages for fields the visitor can fix; any other refusal is an alert.
      const errors: Errors = {};
      for (const f of this.fields()) if (fieldErrors[f]) errors[f] = fieldErrors[f];
      if (Object.keys(errors).length) await this.failWith(errors);
    }
  }

  protected readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Busy: a second click while a request is in flight sends nothing.
    if (this.sender.state.phase === 'sending') return;
    const data = this.values();
    const errors: Errors = {};
    for (const f of this.fields()) {
      const message = this.check(f, data);
      if (message) errors[f] = message;
    }
    if (Object.keys(errors).length) return this.failWith(errors);
    void this.set({ errors: {}, showSummary: false });
    // Bots fill the hidden field; they see a success and nothing is sent.
    if (data.get('website')) {
      this.sender.pretendSuccess();
      return this.succeeded();
    }
    await this.sender.send({ ...this.payload(data), lang: this.host.request().lang });
  };
}
