import { css } from 'lit';

export const styles = css`
  [part='base'] {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='heading'] {
    margin: 0 0 0.25em;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul {
    display: grid;
    gap: 4px;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  [part='item'] {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    min-height: var(--_target);
    padding: 10px 8px;
    border-radius: var(--_radius);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [part='item']:hover,
  [part='item']:has(:checked) {
    background: var(--_surface-alt);
  }
  input {
    flex: none;
    width: 22px;
    height: 22px;
    margin: 1px 0 0;
    accent-color: var(--_brand);
    cursor: inherit;
  }
  .question,
  .tip {
    display: block;
  }
  .question {
    font-weight: 600;
  }
  .tip {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  #progress {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  progress {
    display: block;
    width: 100%;
    height: 12px;
    margin-block-end: var(--_space);
    appearance: none;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface-alt);
    color: var(--_brand);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--_brand);
  }
  progress::-moz-progress-bar {
    background: var(--_brand);
  }
  /* Forced colors repaint the styled fill with the track's colour; a system colour keeps it visible. */
  @media (forced-colors: active) {
    progress::-webkit-progress-value {
      forced-color-adjust: none;
      background: Highlight;
    }
    progress::-moz-progress-bar {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  .complete {
    margin-block-end: var(--_space);
    padding: 12px;
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  .complete p {
    font-weight: 600;
  }
  /* A plain slotted link would keep the browser's blue, unreadable on the dark surface. ::slotted() reaches only the
     slotted element itself, not a link inside a slotted <p>: the docs tell clinics to slot the link itself. */
  ::slotted(a) {
    color: var(--_brand);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .reviewed {
    margin-top: var(--_space);
  }
  button {
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 8px 20px;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  /* Paper: dark on white whatever the theme or the visitor's colour preference; boxes kept (ticked or not); no
     buttons (ours or a slotted <consult-button>), bar, hover or live region.
     The base sheet sets the host's colour from --_text with !important and switches the tokens to dark under
     :host([theme='dark']) and, for a dark preference, :host(:not([theme='light'])), both (0,2,0). So the paper tokens
     are set here, on a list that matches every host with a selector of the same specificity, and win by order: this
     sheet comes after SpineElement.styles. */
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_brand: #000;
      --_on-brand: #fff;
      --_text: #000;
      --_muted: #222;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #000;
      --_focus: #000;
      --_danger: #000;
      --_success: #000;
      color-scheme: light;
    }
    [part='base'] {
      border: 0;
      padding: 0;
      background: none;
    }
    [part='item'] {
      background: none !important;
      break-inside: avoid;
    }
    input {
      print-color-adjust: exact;
      accent-color: #000;
    }
    .actions,
    progress,
    [role='status'],
    slot[name='complete'] {
      display: none;
    }
  }
`;
