import { defineElement } from '../../shared/define.js';
import { SurgeryBenefits } from './surgery-benefits.component.js';

export { SurgeryBenefits };

defineElement('surgery-benefits', SurgeryBenefits);
