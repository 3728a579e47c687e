import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
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
  .btn.link {
    padding: 8px 0;
    border-color: transparent;
    background: transparent;
    color: var(--_brand);
    text-decoration: underline;
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  dialog {
    width: min(560px, calc(100% - 32px));
    max-height: calc(100% - 32px);
    padding: 0 var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overscroll-behavior: contain;
    /* The sticky head must never cover the control that has focus (WCAG 2.4.11): when focus scrolls the dialog, the
       browser keeps this much room above it. In em, so it grows with the text; it covers a heading wrapped onto
       three lines beside the Close button. */
    scroll-padding-block-start: 6.5em;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding-block-start: 8px;
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .close {
    min-height: var(--_target);
    padding: 0 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  iframe {
    display: block;
    width: 100%;
    height: min(640px, 70vh);
    margin-block-start: var(--_space);
    border: 1px solid var(--_border);
  }
  .field {
    margin: 0 0 var(--_space);
  }
  fieldset {
    padding: 0;
    border: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-weight: 400;
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
    margin: var(--_space) 0;
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
  /* The emergency notice: a bordered box, set apart from the fields but not in the error colour. */
  .emergency {
    margin: var(--_space) 0;
    padding: 12px var(--_space);
    border: 2px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .done {
    font-size: 1.125em;
    line-height: 1.4;
    margin: var(--_space) 0;
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
  @media (max-width: 600px) {
    dialog {
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
  }
`;
