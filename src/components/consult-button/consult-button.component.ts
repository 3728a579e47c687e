import { html } from 'lit';
import { SpineElement } from '../../shared/base-element.js';
import { styles } from './consult-button.styles.js';

/**
 * @summary Request a Consultation. (Built out by its own issue.)
 *
 * @tag consult-button
 * @csspart base - The widget's outer box.
 */
export class ConsultButton extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

  override render() {
    return html`<div part="base">consult-button</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consult-button': ConsultButton;
  }
}
