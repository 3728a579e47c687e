import { html } from 'lit';
import { SpineElement } from '../../shared/base-element.js';
import { styles } from './procedure-card.styles.js';

/**
 * @summary Procedure card. (Built out by its own issue.)
 *
 * @tag procedure-card
 * @csspart base - The widget's outer box.
 */
export class ProcedureCard extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

  override render() {
    return html`<div part="base">procedure-card</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-card': ProcedureCard;
  }
}
