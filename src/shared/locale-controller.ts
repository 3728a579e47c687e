import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, languageOf, type Language } from './language.js';
import { onTranslationChange, watchDeclarativeTranslations } from './translations.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };

// One observer for the whole document: a `lang` or `dir` change anywhere may change what any widget speaks.
const listeners = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;
/** The attributes that set a widget's language and direction, on it or on any ancestor. */
export const LOCALE_ATTRIBUTES = ['lang', 'dir'];

function observeDocument(): void {
  if (!documentObserver) {
    documentObserver = new MutationObserver(() => listeners.forEach((controller) => controller.refresh()));
    // A language registered (or refused) re-renders every widget: the one it speaks may be the new one.
    onTranslationChange(() => listeners.forEach((controller) => controller.refresh(true)));
    watchDeclarativeTranslations();
  }
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: LOCALE_ATTRIBUTES, subtree: true });
}

// A direction set by language (no `dir` nearer) is applied with one of two shared sheets on the widget's shadow root,
// so the host's own attributes and inline style stay the clinic's.
const directionSheets: Partial<Record<'ltr' | 'rtl', CSSStyleSheet>> = {};
function sheetFor(dir: 'ltr' | 'rtl'): CSSStyleSheet {
  if (!directionSheets[dir]) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host{direction:${dir}}`);
    directionSheets[dir] = sheet;
  }
  return directionSheets[dir];
}

/**
 * Keeps `host` speaking the language of its context (see `languageOf`) and written in its direction (see
 * `directionOf`), and re-renders it when `lang` or `dir` changes on the element, an ancestor or `<html>`, or when a
 * language is registered.
 */
export class LocaleController implements ReactiveController {
  language: Language = 'en';
  /** The direction the language sets, when no nearer `dir` does; undefined when the widget inherits the page's. */
  direction?: 'ltr' | 'rtl';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this);
    observeDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    listeners.delete(this);
  }

  /** Re-reads the language and direction and asks for a render when they changed (or always, with `force`). */
  refresh(force = false): void {
    const language = languageOf(this.host);
    if (language !== this.language || force) {
      this.language = language;
      this.host.requestUpdate();
    }
    this.applyDirection();
  }

  private applyDirection(): void {
    const direction = directionOf(this.host);
    const root = this.host.renderRoot;
    if (direction === this.direction || !(root instanceof ShadowRoot)) return;
    this.direction = direction;
    const others = root.adoptedStyleSheets.filter((sheet) => sheet !== directionSheets.ltr && sheet !== directionSheets.rtl);
    root.adoptedStyleSheets = direction ? [...others, sheetFor(direction)] : others;
  }
}
