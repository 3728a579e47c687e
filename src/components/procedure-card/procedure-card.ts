import { defineElement } from '../../shared/define.js';
import { ProcedureCard } from './procedure-card.component.js';

export { ProcedureCard };

defineElement('procedure-card', ProcedureCard);
