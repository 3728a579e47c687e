/** Every text `<guide-download>` shows. A clinic may override any of them (see the `texts` property). */
export interface GuideTexts {
  /** The download link's text (the `label` attribute overrides it). Screen readers also hear the guide's heading. */
  download: string;
  /** Gated mode: the button that shows the short form. */
  get: string;
  /** Gated mode: the line above the form. */
  intro: string;
  /** Read after a link that opens a new tab. */
  newTab: string;
  /** "18 pages": `{n}` is the number, written the way the page's language writes numbers. */
  pages: { one: string; other: string };
  labels: {
    name: string;
    email: string;
    consent: string;
    privacy: string;
    /** The honeypot field's label; people never see it. */
    website: string;
  };
  errors: {
    name: string;
    email: string;
    /** The email field is empty. */
    emailNeeded: string;
    consent: string;
  };
  summary: string;
  errorPrefix: string;
  submit: string;
  sending: string;
  /** Shown above the download link once the clinic has the request; focus then moves to the link. */
  success: string;
  /** Sending failed (network error, timeout or a 5xx answer); a Retry button follows. */
  failed: string;
  /** The clinic's endpoint refused the request (a 4xx answer without field errors); no Retry. */
  rejected: string;
  retry: string;
  /** After `failed`, when the clinic's endpoint asked to wait a short while: `{seconds}` is replaced. Retry stays. */
  retrying: string;
  /** After `failed`, when the endpoint asked to wait longer than the form waits by itself: `{minutes}` is replaced. */
  retryLater: string;
  /** The device is offline: nothing is lost, and the request goes by itself once it is back online. */
  offline: string;
  /** Before the clinic endpoint's own explanation of a refusal (shown as plain text). */
  serverSays: string;
  /** Shown when the form itself could not load; the clinic's own child link follows when there is one. */
  unavailable: string;
}
