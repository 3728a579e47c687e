// What the <consult-button> tests (consult-button.test.ts, consult-backends.test.ts) do to a button: mount it with
// empty request logs, find things in its shadow root, open its dialog, submit its form.
import { fixture, oneEvent, type html } from '@open-wc/testing';
import type { ConsultButton, ConsultEventDetail } from '../components/consult-button/consult-button.component.js';

/** Empties what the test servers saw: /__test__/requests (this origin) and /__test__/cross-requests (the other one). */
export async function clearRequests(): Promise<void> {
  await fetch('/__test__/requests', { method: 'DELETE' });
  await fetch('/__test__/cross-requests', { method: 'DELETE' });
}

export const $ = <T extends HTMLElement = HTMLElement>(el: ConsultButton, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const dialogOf = (el: ConsultButton) => $<HTMLDialogElement>(el, 'dialog');
export const formOf = (el: ConsultButton) => $<HTMLFormElement>(el, 'form');
export const valueOf = (el: ConsultButton, name: string) => (formOf(el).elements.namedItem(name) as HTMLInputElement).value;
export const submitButton = (el: ConsultButton) => $<HTMLButtonElement>(el, 'button[type=submit]');

/** Renders `template` (one <consult-button>) once the request logs are empty, and waits until it has rendered. */
export async function mount(template: ReturnType<typeof html>): Promise<ConsultButton> {
  await clearRequests();
  const el = await fixture<ConsultButton>(template);
  await el.updateComplete;
  return el;
}

/** Presses the button and waits for `consult-open` and the render after it. */
export async function open(el: ConsultButton): Promise<void> {
  const opened = oneEvent(el, 'consult-open');
  $(el, '[part=button]').click();
  await opened;
  await el.updateComplete;
}

/** Presses Send and returns the detail of the `outcome` event, once the button has rendered after it. */
export async function submitAndWait(el: ConsultButton, outcome: 'consult-success' | 'consult-error'): Promise<ConsultEventDetail> {
  const done = oneEvent(el, outcome);
  submitButton(el).click();
  const event = await done;
  await el.updateComplete;
  return event.detail as ConsultEventDetail;
}
