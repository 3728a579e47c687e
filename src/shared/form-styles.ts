import { css } from 'lit';

/**
 * The buttons and the lead forms' parts (src/shared/lead-form.ts) as `<consult-button>` and `<guide-download>` show
 * them: fields, labels, choices, errors, the error summary, the failure alert, the success box and the honeypot.
 * Each element puts it in its static styles, after the shared host styles; what differs (spacing, the success box's
 * size) follows in its own styles. It is in the main file, not with the forms: both elements' own buttons use it.
 */
export const formStyles = css`
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
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: var(--_target);
    margin-block-start: 4px;
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
  /* Forced colors repaint every border alike: an invalid field keeps a thicker border in a system colour, and the
     error text beside it says what is wrong. */
  @media (forced-colors: active) {
    [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
      border-color: Mark !important;
      border-width: 4px;
    }
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
  /* .call: the phone line a consultation form's failure alert ends with. */
  .privacy,
  .call a,
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
    padding: 12px var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  #summary-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
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
    padding: 12px var(--_space);
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .hp {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
