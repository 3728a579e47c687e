import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageOf, type Language } from './language.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole document: a `lang` change anywhere may change what any widget speaks.
const listeners = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

function observeDocument(): void {
  documentObserver ??= new MutationObserver(() => listeners.forEach((controller) => controller.refresh()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps `host` speaking the language of its context (see `languageOf`) and re-renders it when `lang` changes
 * on the element, an ancestor or `<html>`.
 */
export class LocaleController implements ReactiveController {
  language: Language = 'en';
  // The document observer cannot see into shadow roots, so each host also watches its own attribute.
  // (None while pre-rendering on a server, where the element's context cannot change.)
  private readonly ownObserver = isServer ? undefined : new MutationObserver(() => this.refresh());

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this);
    observeDocument();
    this.ownObserver?.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    listeners.delete(this);
    this.ownObserver?.disconnect();
  }

  /** Re-reads the language and asks for a render when it changed. */
  refresh(): void {
    const language = languageOf(this.host);
    if (language !== this.language) {
      this.language = language;
      this.host.requestUpdate();
    }
  }
}
