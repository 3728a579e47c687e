// A plain string, not Lit's css``: these styles travel with the element's on-demand code (guide-view.ts), which
// cannot import Lit in the script-tag file, and are adopted into its shadow root as a constructable stylesheet
// (allowed by a strict Content-Security-Policy, as Lit's own styles are). Tagged `css` so the build minifies it
// like every widget's styles.
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
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 8px 20px;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .btn:hover {
    text-decoration: underline;
  }
  .btn.secondary {
    background: transparent;
    color: var(--_brand);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  form > * {
    margin: 0 0 var(--_space);
  }
  form > :last-child {
    margin-bottom: 0;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input:not([type='checkbox']) {
    display: block;
    width: 100%;
    min-height: var(--_target);
    margin-top: 4px;
    padding: 8px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
  }
  .privacy,
  .summary a {
    display: inline-block;
    min-height: var(--_target);
    padding: 10px 0;
    color: var(--_brand);
  }
  .error {
    margin: 4px 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .summary,
  .alert {
    margin: 0;
    padding: 12px var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary h3 {
    margin: 0;
    font-size: 1.125em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .alert p {
    margin: 0 0 8px;
  }
  .done {
    margin: 0 0 var(--_space);
    padding: 12px var(--_space);
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
