import { defineElement } from '../../shared/define.js';
import { ConsultButton } from './consult-button.component.js';

export { ConsultButton };

defineElement('consult-button', ConsultButton);
