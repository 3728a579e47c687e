import { defineElement } from '../../shared/define.js';
import { SpecialistChecklist } from './specialist-checklist.component.js';

export { SpecialistChecklist };

defineElement('specialist-checklist', SpecialistChecklist);
