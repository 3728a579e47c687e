import { isServer, type ReactiveController } from 'lit';
import { alreadyReported } from './chunk-loader.js';
import type { SpineElement } from './base-element.js';
import type { ContentErrorReason, ContentSource } from './events.js';
import type { Language } from './language.js';
import { isSafeUrl } from './safe-url.js';
import { translationRevision } from './translations.js';
import { ContentProblem } from './validate.js';

/** How one widget's content is found and checked. */
export interface ContentOptions<T> {
  /** The content in a language (built in or registered); may return a promise when a language loads on demand. */
  builtIn(language: Language): T | Promise<T>;
  /**
   * Turns a clinic's override (parsed JSON or a property value, not yet trusted) into content, starting from the
   * built-in content. Throws a ContentProblem (such as a ShapeError) to refuse it.
   */
  apply(override: unknown, builtIn: T): T;
  /** The override set through the widget's JS property, if any. */
  property(): unknown;
  /** Other inputs the result depends on (for example the `procedure` attribute). */
  dependencies?(): unknown[];
}

/** How long a `src` URL may take before the built-in content is kept. */
const SRC_TIMEOUT_MS = 10_000;

/**
 * Gives a widget its content, the same way for every widget. In order of precedence: the JS property, the JSON at
 * `src`, a child `<script type="application/json">`, then the built-in content (attributes for simple texts are
 * applied by the widget on top). Bad JSON, a failed or unsafe `src`, or the wrong shape keeps the built-in content,
 * logs one console error naming the element and fires `content-error`.
 */
export class ContentController<T> implements ReactiveController {
  /** The content to render; undefined only while a language that loads on demand is on its way, or failed to. */
  value: T | undefined;
  /** True when the built-in content could not load (its file is missing or the network failed). */
  failed = false;

  private childJson: unknown;
  private srcJson: unknown;
  private requestedSrc: string | null = null;
  private fetchAbort?: AbortController;
  private inputs: unknown[] = [];
  private readonly reported = new Set<string>();
  // Frameworks and parsers may add the JSON child after the element connects (a <script> in <head> upgrades
  // elements before their children are parsed), so the children are watched.
  // (None while pre-rendering on a server, which reads the JSON child through src/prerender instead.)
  private readonly childObserver = isServer ? undefined : new MutationObserver(() => this.readChildJson());

  constructor(
    private readonly host: SpineElement & { src?: string | null },
    private readonly options: ContentOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver?.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readChildJson();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.fetchAbort?.abort();
    this.requestedSrc = null;
  }

  hostUpdate(): void {
    const src = this.host.src ?? null;
    if (src !== this.requestedSrc) void this.fetchSrc(src);
    this.resolve();
  }

  /**
   * Loads the built-in content for the current language ahead of an update (a pre-rendered widget's first update
   * must render at once, and a server render cannot wait), and reads the JSON child there is.
   */
  prepare(): unknown {
    if (isServer) this.readChildJson();
    return this.options.builtIn(this.host.language);
  }

  /** Reports a problem once per source and message: console error plus `content-error` event. */
  report(reason: ContentErrorReason, source: ContentSource, message: string): void {
    const key = `${source}|${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.host.log('error', message);
    this.host.dispatchEvent(
      new CustomEvent('content-error', { bubbles: true, composed: true, detail: { reason, source, message } }),
    );
  }

  private resolve(): void {
    const property = this.options.property();
    const [override, source]: [unknown, ContentSource] =
      property !== undefined && property !== null
        ? [property, 'property']
        : this.srcJson !== undefined
          ? [this.srcJson, 'src']
          : [this.childJson, 'json'];
    const language = this.host.language;
    const inputs = [language, translationRevision(), override, ...(this.options.dependencies?.() ?? [])];
    if (inputs.length === this.inputs.length && inputs.every((input, i) => Object.is(input, this.inputs[i]))) return;
    this.inputs = inputs;

    const builtIn = this.options.builtIn(language);
    this.failed = false;
    if (builtIn instanceof Promise) {
      this.host.renderAfter(
        builtIn.then(
          (loaded) => {
            if (this.inputs !== inputs) return; // superseded while loading
            this.value = this.applyOverride(override, source, loaded);
            this.host.requestUpdate();
          },
          (error: Error) => {
            if (this.inputs !== inputs) return;
            this.failed = true;
            this.host.requestUpdate();
            // The script-tag file has already said which URL failed and how to fix it, once for every widget.
            if (!alreadyReported(error)) this.host.log('error', `could not load its "${language}" text (${error.message}): keep the spine-widgets files together on your server.`);
          },
        ),
      );
    } else {
      this.value = this.applyOverride(override, source, builtIn);
    }
  }

  private applyOverride(override: unknown, source: ContentSource, builtIn: T): T {
    if (override === undefined) return builtIn;
    try {
      return this.options.apply(override, builtIn);
    } catch (error) {
      if (!(error instanceof ContentProblem)) throw error;
      const where = { property: 'the JS property', src: `src="${this.host.src}"`, json: 'the JSON child', attribute: 'an attribute' }[source];
      this.report(error.reason, source, `${error.message} (in ${where}); showing the built-in content instead.`);
      return builtIn;
    }
  }

  private readChildJson(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const json = script?.textContent ?? '';
    let parsed: unknown;
    if (json.trim()) {
      try {
        parsed = JSON.parse(json);
      } catch (error) {
        this.report(
          'invalid-json',
          'json',
          `the child <script type="application/json"> is not valid JSON (${(error as Error).message}); fix the JSON. Showing the built-in content instead.`,
        );
      }
    }
    if (parsed === this.childJson) return;
    this.childJson = parsed;
    this.host.requestUpdate();
  }

  private async fetchSrc(src: string | null): Promise<void> {
    this.requestedSrc = src;
    this.fetchAbort?.abort();
    this.srcJson = undefined;
    if (src === null) return;
    if (!isSafeUrl(src)) {
      this.report('unsafe-url', 'src', `src="${src}" was refused: use an https URL, a relative or same-origin URL, or http on localhost.`);
      return;
    }
    const abort = (this.fetchAbort = new AbortController());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, SRC_TIMEOUT_MS);
    const fail = (reason: ContentErrorReason, problem: string): void => {
      // A request replaced by another src, or cut short by disconnecting, is not a problem to report.
      if (this.requestedSrc === src) this.report(reason, 'src', `src="${src}" ${problem}; showing the built-in content instead.`);
    };
    try {
      // No cookies travel with content requests (privacy by design).
      const response = await fetch(src, { credentials: 'omit', signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return fail('fetch-failed', `answered HTTP ${response.status}: check that the URL is right and public`);
      const body = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return fail('invalid-json', 'did not return JSON: check the URL and that the file is valid JSON');
      }
      if (this.requestedSrc !== src) return;
      this.srcJson = parsed;
      this.host.requestUpdate();
    } catch {
      fail('fetch-failed', timedOut ? `gave no answer within ${SRC_TIMEOUT_MS / 1000} s` : 'could not be loaded (network error or CORS): check the URL');
    } finally {
      clearTimeout(timer);
    }
  }
}
