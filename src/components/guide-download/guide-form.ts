// The gated mode's form of <guide-download>: name, email and consent before the download. Most visitors never use
// it, so it loads on demand, when a visitor points at, focuses or presses "Get the guide". In the script-tag file it
// is a file of its own beside the main one, which cannot share Lit by import (the main file must also run as a
// classic script), so the element hands over the template functions it uses. Sending is the shared
// LeadRequestController's, the same as the consultation form's: nothing lost, nothing sent twice.
import type { html as litHtml, nothing as litNothing, ReactiveControllerHost } from 'lit';
import type { ifDefined as litIfDefined } from 'lit/directives/if-defined.js';
import { LeadRequestController, type BuildRequest, type LeadEncoding, type LeadEvent, type LeadEventDetail } from '../../shared/lead-request-controller.js';
import { leadProblem, MAX_LENGTH } from '../../shared/lead-rules.js';
import type { GuideTexts } from './content/types.js';
import type { GuideEventDetail, GuideEventName } from './guide-download.component.js';

type Field = 'name' | 'email' | 'consent';
type Errors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['name', 'email', 'consent'];

/** The Lit template functions the form renders with, from the element's own copy of Lit. */
export interface Templating {
  html: typeof litHtml;
  nothing: typeof litNothing;
  ifDefined: typeof litIfDefined;
}

/** What the form needs from its element. */
export interface GuideFormHost {
  /** The element, which holds the form's sending controller. */
  element: ReactiveControllerHost;
  /** Renders the element again; resolves when it has rendered. */
  rerender(): Promise<unknown>;
  /** An element in the element's shadow root. */
  find<T extends HTMLElement>(selector: string): T | null;
  /** The texts in the element's language, with the clinic's overrides. */
  texts(): GuideTexts;
  /** Where and how to send (timeout in ms, always positive), and the guide's title: read at each submit. */
  request(): { action: string; encoding: LeadEncoding; timeout: number; lang: string; guide: string; buildRequest?: BuildRequest };
  /** Whether a URL may be sent to (the element's safe-URL rule). */
  safeUrl(url: string): boolean;
  /** A console error for the clinic. */
  log(message: string): void;
  /** The privacy policy URL, already checked as safe, or undefined. */
  privacyUrl(): string | undefined;
  /** The heading level of the error summary's title (one below the guide's title). */
  level(): number;
  /** The download link with the file's details, shown once the clinic has the request. */
  link(texts: GuideTexts): unknown;
  /** Fires a value-free guide event (and its dataLayer entry, when the clinic opted in). */
  fire(name: GuideEventName, detail: GuideEventDetail): void;
}

const mode = 'gated';

/**
 * The form's state and behaviour, in the consultation form's accessible pattern: labelled fields, validation on
 * submit and on leaving a field, an error summary that takes focus and links to each field, failures announced with
 * everything typed kept. On success the download link takes the form's place and focus.
 */
export class GuideForm {
  private errors: Errors = {};
  private showSummary = false;
  /** A bot filled the hidden field: it sees a success, and nothing is sent. */
  private pretended = false;
  private readonly sender: LeadRequestController;

  constructor(
    private readonly host: GuideFormHost,
    private readonly lit: Templating,
  ) {
    this.sender = new LeadRequestController(host.element, {
      kind: 'guide',
      target: () => {
        const { action, encoding, timeout, buildRequest } = host.request();
        return { url: action, encoding, timeout, buildRequest };
      },
      safeUrl: (url) => host.safeUrl(url),
      log: (message) => host.log(message),
      on: (event, detail) => void this.onSent(event, detail),
    });
  }

  private get done(): boolean {
    return this.pretended || this.sender.state.phase === 'success';
  }

  render(t: GuideTexts) {
    const { html, nothing, ifDefined } = this.lit;
    const { errors } = this;
    const { phase, retryIn, retryAfter, message } = this.sender.state;
    const listed = FIELDS.filter((f) => errors[f]);
    const sending = phase === 'sending';
    const done = this.done;
    // An endpoint's 422 that names no field the visitor can fix is a refusal like any other.
    const refused = phase === 'rejected' || (phase === 'invalid' && !listed.length);
    const privacyUrl = this.host.privacyUrl();
    return html`<div class="status" role="status">${done ? html`<p class="done">${t.success}</p>` : nothing}</div>
      ${done
        ? this.host.link(t)
        : html`<form part="form" novalidate @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
            ${this.showSummary && listed.length
              ? html`<div class="summary" role="group" tabindex="-1" aria-labelledby="summary-title">
                  <div id="summary-title" class="summary-title" role="heading" aria-level=${this.host.level()}>${t.summary}</div>
                  <ul>
                    ${listed.map((f) => html`<li><a href="#f-${f}" @click=${this.jump}>${errors[f]}</a></li>`)}
                  </ul>
                </div>`
              : nothing}
            <p>${t.intro}</p>
            ${this.text(t, 'name', 'text', 'name')} ${this.text(t, 'email', 'email', 'email')}
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
              ${phase === 'failed' || phase === 'offline' || refused
                ? html`<div class="alert">
                    <p>${phase === 'failed' ? t.failed : phase === 'offline' ? t.offline : t.rejected}</p>
                    ${retryIn !== undefined ? html`<p>${t.retrying.replace('{seconds}', String(retryIn))}</p>` : nothing}
                    ${retryAfter !== undefined ? html`<p>${t.retryLater.replace('{minutes}', String(Math.ceil(retryAfter / 60)))}</p>` : nothing}
                    ${refused && message ? html`<p>${t.serverSays} <q>${message}</q></p>` : nothing}
                    ${phase === 'failed' ? html`<button class="btn secondary" type="button" @click=${this.submit}>${t.retry}</button>` : nothing}
                  </div>`
                : nothing}
            </div>
            <button class="btn" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.submit}</button>
          </form>`}`;
  }

  private text(t: GuideTexts, name: 'name' | 'email', type: 'text' | 'email', autocomplete: 'name' | 'email') {
    const { html, ifDefined } = this.lit;
    return html`<div class="field">
      <label for="f-${name}">${t.labels[name]}</label> ${this.errorOf(t, name)}
      <input
        id="f-${name}"
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${MAX_LENGTH[name]}
        required
        aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(name))}
      />
    </div>`;
  }

  private errorOf(t: GuideTexts, name: Field) {
    const { html, nothing } = this.lit;
    const error = this.errors[name];
    return error ? html`<p class="error" id="e-${name}"><span class="visually-hidden">${t.errorPrefix} </span>${error}</p>` : nothing;
  }

  private describedBy(name: Field): string | undefined {
    return this.errors[name] ? `e-${name}` : undefined;
  }

  /** Changes the form's state and renders it; resolves when it is on screen. */
  private set(state: Partial<{ errors: Errors; showSummary: boolean; pretended: boolean }>): Promise<unknown> {
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
    const problem = leadProblem(field, (name) => String(data.get(name) ?? '').trim(), ['email']);
    return problem && this.host.texts().errors[problem as keyof GuideTexts['errors']];
  }

  /** Validation on leaving a field: only once something was typed, or to clear or update an error shown. */
  private readonly onLeave = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).name as Field;
    if (!FIELDS.includes(field)) return;
    const data = this.values();
    if (!data.get(field) && !this.errors[field]) return;
    void this.set({ errors: { ...this.errors, [field]: this.check(field, data) } });
  };

  /** Ticking the box clears its error. */
  private readonly onChange = (event: Event): void => {
    if ((event.target as HTMLInputElement).name !== 'consent' || !this.errors.consent) return;
    void this.set({ errors: { ...this.errors, consent: this.check('consent', this.values()) } });
  };

  private async failWith(errors: Errors): Promise<void> {
    await this.set({ errors, showSummary: true });
    this.host.find('.summary')?.focus();
  }

  /** The guide is theirs: the download link takes the form's place and focus. */
  private async reveal(): Promise<void> {
    await this.set({ errors: {}, showSummary: false });
    this.host.find('#download')?.focus();
  }

  private async onSent(event: LeadEvent, detail: LeadEventDetail): Promise<void> {
    this.host.fire(event === 'submit' ? 'guide-request' : `guide-${event}`, { mode, ...detail });
    const { phase, fieldErrors } = this.sender.state;
    if (event === 'success') await this.reveal();
    else if (phase === 'invalid') {
      const errors: Errors = {};
      for (const f of FIELDS) if (fieldErrors[f]) errors[f] = fieldErrors[f];
      if (Object.keys(errors).length) await this.failWith(errors);
    }
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Busy: a second click while a request is in flight sends nothing.
    if (this.sender.state.phase === 'sending') return;
    const data = this.values();
    const errors: Errors = {};
    for (const f of FIELDS) {
      const problem = this.check(f, data);
      if (problem) errors[f] = problem;
    }
    if (Object.keys(errors).length) return this.failWith(errors);
    void this.set({ errors: {}, showSummary: false });
    // Bots fill the hidden field; they see a success and nothing is sent.
    if (data.get('website')) {
      this.pretended = true;
      return this.reveal();
    }
    const { lang, guide } = this.host.request();
    const text = (name: string) => String(data.get(name) ?? '').trim();
    await this.sender.send({ name: text('name'), email: text('email'), consent: true, guide, lang });
  };
}
