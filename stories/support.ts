import type { StoryContext } from '@storybook/web-components-vite';

/** The toolbar's theme, for a story to set as `theme=${themeOf(context)}` on its widgets. */
export const themeOf = (context: StoryContext): 'light' | 'dark' => (context.globals.theme === 'dark' ? 'dark' : 'light');

/**
 * Storybook is static: there is no endpoint to send to. A story's form posts to `/story-lead/<scenario>`, which this
 * story-only wrapper answers in the browser: `ok` (200), `invalid` (422 with a field error), `error` (500) and
 * `hang` (no answer until the request is given up). Every other request goes through untouched.
 */
export function answerStoryRequests(): void {
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
