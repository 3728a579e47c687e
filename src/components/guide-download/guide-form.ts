// The gated mode's form of <guide-download>: name, email and consent before the download. Most visitors never use
// it, so it loads on demand, when a visitor points at, focuses or presses "Get the guide". In the script-tag file it
// is a file of its own beside the main one, which cannot share Lit by import (the main file must also run as a
// classic script), so the element hands over the template functions it uses. Fields, validation and sending are the
// shared LeadForm's, the same as the consultation form's: nothing lost, nothing sent twice.
import type { LeadEvent, LeadEventDetail } from '../../shared/lead-request-controller.js';
import { LeadForm, type LeadFormHost, type Templating } from '../../shared/lead-form.js';
import type { GuideTexts } from './content/types.js';
import type { GuideEventDetail, GuideEventName } from './guide-download.component.js';

type Field = 'name' | 'email' | 'consent';
const FIELDS: readonly Field[] = ['name', 'email', 'consent'];

/** What the form needs from its element. */
export interface GuideFormHost extends LeadFormHost<GuideTexts> {
  /** Where and how to send, and the guide's title: read at each submit. */
  request(): ReturnType<LeadFormHost<GuideTexts>['request']> & { guide: string };
  /** The heading level of the error summary's title (one below the guide's title). */
  level(): number;
  /** The download link with the file's details, shown once the clinic has the request. */
  link(texts: GuideTexts): unknown;
  /** Fires a value-free guide event (and its dataLayer entry, when the clinic opted in). */
  fire(name: GuideEventName, detail: GuideEventDetail): void;
}

const mode = 'gated';

/**
 * The form, in the consultation form's accessible pattern (LeadForm): labelled fields, validation on submit and on
 * leaving a field, an error summary that takes focus and links to each field, failures announced with everything
 * typed kept. On success the download link takes the form's place and focus.
 */
export class GuideForm extends LeadForm<Field, GuideTexts, GuideFormHost> {
  constructor(host: GuideFormHost, lit: Templating) {
    super(host, lit, 'guide', FIELDS);
  }

  render(t: GuideTexts) {
    const { html, nothing } = this.lit;
    const done = this.sender.state.phase === 'success';
    return html`<div class="status" role="status">${done ? html`<p class="done">${t.success}</p>` : nothing}</div>
      ${done
        ? this.host.link(t)
        : html`<form part="form" novalidate @submit=${this.submit} @focusout=${this.onLeave} @change=${this.onChange}>
            ${this.summary(html`<div id="summary-title" class="summary-title" role="heading" aria-level=${this.host.level()}>${t.summary}</div>`)}
            <p>${t.intro}</p>
            ${this.textField(t, 'name', 'text', 'name', true)} ${this.textField(t, 'email', 'email', 'email', true)} ${this.closing(t, nothing)}
          </form>`}`;
  }

  protected fields(): readonly Field[] {
    return FIELDS;
  }

  /** Ticking the box clears its error. */
  private readonly onChange = (event: Event): void => {
    if ((event.target as HTMLInputElement).name !== 'consent' || !this.errors.consent) return;
    void this.set({ errors: { ...this.errors, consent: this.check('consent', this.values()) } });
  };

  protected announce(event: LeadEvent, detail: LeadEventDetail): void {
    this.host.fire(event === 'submit' ? 'guide-request' : `guide-${event}`, { mode, ...detail });
  }

  /** The guide is theirs: the download link takes the form's place and focus. */
  protected async succeeded(): Promise<void> {
    await this.set({ errors: {}, showSummary: false });
    this.host.find('#download')?.focus();
  }

  protected payload(data: FormData) {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    return { name: text('name'), email: text('email'), consent: true, guide: this.host.request().guide };
  }
}
