import { html } from 'lit';
import { SpineElement } from '../../shared/base-element.js';
import { styles } from './specialist-checklist.styles.js';

/**
 * @summary Choosing a spine specialist. (Built out by its own issue.)
 *
 * @tag specialist-checklist
 * @csspart base - The widget's outer box.
 */
export class SpecialistChecklist extends SpineElement {
  static override styles = [...SpineElement.styles, styles];

  override render() {
    return html`<div part="base">specialist-checklist</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'specialist-checklist': SpecialistChecklist;
  }
}
