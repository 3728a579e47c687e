import { css } from 'lit';

// The button's and the form's parts it shares with <guide-download> are in src/shared/form-styles.ts, before these.

export const styles = css`
  :host {
    display: inline-block;
  }
  .btn.link {
    padding: 8px 0;
    border-color: transparent;
    background: transparent;
    color: var(--_brand);
    text-decoration: underline;
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
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  .summary,
  .alert {
    margin: var(--_space) 0;
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
