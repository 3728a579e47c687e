import { html } from 'lit';
import { SpineElement } from '../../shared/base-element.js';
import { styles } from './surgery-benefits.styles.js';

/**
 * @summary Benefits of minimally invasive spine surgery. (Built out by its own issue.)
 *
 * @tag surgery-benefits
 * @csspart base - The widget's outer box.
 */
export class SurgeryBenefits extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

  override render() {
    return html`<div part="base">surgery-benefits</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'surgery-benefits': SurgeryBenefits;
  }
}
