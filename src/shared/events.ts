/** Where a piece of override content came from. */
export type ContentSource = 'attribute' | 'json' | 'src' | 'property';

/** Why override content was refused. */
export type ContentErrorReason =
  | 'invalid-json'
  | 'fetch-failed'
  | 'unsafe-url'
  | 'invalid-shape'
  | 'unknown-id';

/** Detail of the `content-error` event every widget fires when a clinic's content is refused. */
export interface ContentErrorDetail {
  reason: ContentErrorReason;
  source: ContentSource;
  /** The same explanation the console shows, naming what to fix. */
  message: string;
}

/** Events shared by every spine-widgets element. */
export interface SpineEventMap {
  'content-error': CustomEvent<ContentErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the events
  interface HTMLElementEventMap extends SpineEventMap {}
}
