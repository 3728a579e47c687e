import { svg, type SVGTemplateResult } from 'lit';
import type { BenefitId } from './content/types.js';

// Tiny stroke icons on a 24px grid, drawn in currentColor: no icon font, no request, a few bytes each.
export const icons: Record<BenefitId | 'check', SVGTemplateResult> = {
  // a calm face
  pain: svg`<circle cx="12" cy="12" r="9"/><path d="M8 14.5s1.5 2 4 2 4-2 4-2M9 9.5h.01M15 9.5h.01"/>`,
  // a clock
  recovery: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  // a shield
  infection: svg`<path d="M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6z"/><path d="m9 12 2 2 4-4"/>`,
  // a heart
  complications: svg`<path d="M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"/>`,
  // a drop
  'blood-loss': svg`<path d="M12 3s6 7 6 11a6 6 0 0 1-12 0c0-4 6-11 6-11z"/>`,
  // a capsule
  medication: svg`<path d="M10.5 20.5a5 5 0 0 1-7-7l10-10a5 5 0 0 1 7 7zM8.5 8.5l7 7"/>`,
  // the clinic's own benefits
  check: svg`<circle cx="12" cy="12" r="9"/><path d="m8 12 3 3 5-6"/>`,
};
