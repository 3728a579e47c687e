import type { StoryContext } from '@storybook/web-components-vite';

/** The toolbar's theme, for a story to set as `theme=${themeOf(context)}` on its widgets. */
export const themeOf = (context: StoryContext): 'light' | 'dark' => (context.globals.theme === 'dark' ? 'dark' : 'light');

let answering = false;

/**
 * Storybook is static: there is no endpoint to send to. A story's form posts to `/story-lead/<scenario>`, which this
 * story-only wrapper answers in the browser: `ok` (200), `invalid` (422 with a field error), `error` (500) and
 * `hang` (no answer until the request is given up). Every other request goes through untouched.
 */
export function answerStoryRequests(): void {
  // Every widget's stories call this; the first call wraps fetch, later ones find it wrapped.
  if (answering) return;
  answering = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const scenario = /\/story-lead\/(\w+)$/.exec(String(input instanceof Request ? input.url : input))?.[1];
    if (!scenario) return realFetch(input, init);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (scenario === 'hang') return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const answers: Record<string, () => Response> = {
      ok: () => json(200, { ok: true }),
      invalid: () => json(422, { errors: { email: 'This email address cannot receive mail. Check it for typos.' } }),
      error: () => json(500, {}),
    };
    return new Promise((resolve) => setTimeout(() => resolve((answers[scenario] ?? answers.error)()), 50));
  };
}

/** A widget whose form a story drives: its shadow root and its next render. */
interface FormWidget extends HTMLElement {
  updateComplete: Promise<unknown>;
}

/** Fills the form the way a visitor would (each `name` field gets its value) and ticks the consent box. */
export function fillForm(el: FormWidget, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) el.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = value;
  el.shadowRoot!.querySelector<HTMLInputElement>('#f-consent')!.checked = true;
}

/** Presses the form's submit button, then waits for the `until` event (when given) and the next render. */
export async function submitForm(el: FormWidget, until?: string): Promise<void> {
  const done = until ? new Promise((resolve) => el.addEventListener(until, resolve, { once: true })) : undefined;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await done;
  await el.updateComplete;
}
