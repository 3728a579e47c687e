// A plain string, not Lit's css``: these styles travel with the element's on-demand code (guide-view.ts), which
// cannot import Lit in the script-tag file, and are adopted into its shadow root as a constructable stylesheet
// (allowed by a strict Content-Security-Policy, as Lit's own styles are). Tagged `css` so the build minifies it
// like every widget's styles. The button's and the form's parts it shares with <consult-button> are in the element's
// static styles (src/shared/form-styles.ts), before these.
const css = String.raw;

export const styles = css`
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Long words and URLs wrap instead of widening the card past a 320px screen. */
    overflow-wrap: anywhere;
  }
  .cover {
    flex: 0 1 160px;
  }
  ::slotted([slot='cover']) {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  /* The clinic's fallback link is for visitors without the script; the widget's own link replaces it. */
  .description ::slotted(a[href]) {
    display: none !important;
  }
  .body {
    display: flex;
    flex: 1 1 260px;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .body > *,
  .description ::slotted(*) {
    margin: 0;
  }
  [part='heading'] {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px var(--_space);
  }
  .meta {
    color: var(--_muted);
  }
  form > * {
    margin: 0 0 var(--_space);
  }
  form > :last-child {
    margin-bottom: 0;
  }
  .summary,
  .alert {
    margin: 0;
  }
  .done {
    margin: 0 0 var(--_space);
  }
`;
