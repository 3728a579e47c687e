/**
 * Every class and type of spine-widgets, registering nothing. Use it to register the elements under your own
 * prefix (`defineSpineWidgets('acme')` gives `<acme-procedure-card>` and so on) or to extend them.
 */
import { ConsultButton } from './components/consult-button/consult-button.component.js';
import { GuideDownload } from './components/guide-download/guide-download.component.js';
import { ProcedureCard } from './components/procedure-card/procedure-card.component.js';
import { SpecialistChecklist } from './components/specialist-checklist/specialist-checklist.component.js';
import { SurgeryBenefits } from './components/surgery-benefits/surgery-benefits.component.js';
import { defineElement } from './shared/define.js';

export { ConsultButton, GuideDownload, ProcedureCard, SpecialistChecklist, SurgeryBenefits };
export { SpineElement } from './shared/base-element.js';
export { registerTranslation, type TranslationPack } from './shared/translations.js';
export { VERSION } from './shared/version.js';
export type { ContentErrorDetail, ContentErrorReason, ContentSource, SpineEventMap } from './shared/events.js';
export type { Language } from './shared/language.js';
export type { ConsultEventDetail, ConsultMode } from './components/consult-button/consult-button.component.js';
export type { GuideEventDetail, GuideEventName, GuideMode } from './components/guide-download/guide-download.component.js';
export type { Procedure, ProcedureId } from './components/procedure-card/procedure-card.component.js';
export type { ChecklistChangeDetail, ChecklistItem, ChecklistItemOverride } from './components/specialist-checklist/specialist-checklist.component.js';
export type { Benefit, BenefitId, BenefitsOverride } from './components/surgery-benefits/surgery-benefits.component.js';

/** The elements and the tags they register under (before any prefix). */
export const elements = {
  'procedure-card': ProcedureCard,
  'surgery-benefits': SurgeryBenefits,
  'specialist-checklist': SpecialistChecklist,
  'consult-button': ConsultButton,
  'guide-download': GuideDownload,
} as const;

/**
 * Registers all the elements, as `<procedure-card>` and so on, or as `<prefix-procedure-card>` with a prefix.
 * Never throws; returns the tags registered.
 */
export function defineSpineWidgets(prefix?: string | null): string[] {
  return Object.entries(elements).flatMap(([tag, ctor]) => defineElement(tag, ctor, prefix) ?? []);
}
