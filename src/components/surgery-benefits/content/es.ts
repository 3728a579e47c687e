import type { BenefitsContent } from './types.js';

// The same facts and the same caution as en.ts, in clinical Spanish that addresses the reader as "usted".
export const benefitsEs: BenefitsContent = {
  checkedOn: '2026-11-30',
  heading: 'Cirugía mínimamente invasiva',
  benefits: [
    {
      id: 'pain',
      title: 'Menos dolor',
      text: 'Con una incisión más pequeña y menos daño a los músculos, muchas personas sienten menos dolor después de la cirugía.',
    },
    {
      id: 'recovery',
      title: 'Recuperación más rápida',
      text: 'Muchas personas vuelven a casa el mismo día. A menudo retoman su vida diaria antes que tras una cirugía abierta.',
    },
    {
      id: 'infection',
      title: 'Puede reducir el riesgo de infección',
      text: 'Una herida más pequeña puede reducir el riesgo de infección. Pregunte a su cirujano por su propio riesgo.',
    },
    {
      id: 'complications',
      title: 'Menos complicaciones',
      text: 'Al dañar menos los músculos y tejidos, puede haber menos problemas después de la cirugía.',
    },
    { id: 'blood-loss', title: 'Menos pérdida de sangre', text: 'Las incisiones más pequeñas causan menos sangrado durante la cirugía.' },
    {
      id: 'medication',
      title: 'Puede necesitar menos analgésicos',
      text: 'Con menos dolor, muchas personas pueden necesitar menos medicamentos para el dolor después de la cirugía.',
    },
  ],
  comparison: {
    caption: 'Cómo se comparan los dos tipos de cirugía',
    topic: 'Aspecto',
    open: 'Cirugía abierta',
    minimal: 'Mínimamente invasiva',
    rows: [
      { label: 'Incisión (corte)', open: 'Un corte más largo en la piel', minimal: 'Uno o más cortes pequeños' },
      {
        label: 'Músculos y tejidos',
        open: 'Más daño a músculos y tejidos',
        minimal: 'Menos daño a músculos y ligamentos, las bandas que unen los huesos',
      },
      { label: 'Pérdida de sangre', open: 'Mayor', minimal: 'Menor' },
      { label: 'Estancia en el hospital', open: 'A menudo de 2 a 6 días', minimal: 'Muchas personas vuelven a casa el mismo día' },
      { label: 'Regreso a la vida diaria', open: 'Suele tardar más', minimal: 'Suele ser antes' },
      { label: 'Analgésicos después de la cirugía', open: 'Puede necesitar más', minimal: 'Puede necesitar menos' },
    ],
  },
  caveatsHeading: 'Tenga en cuenta',
  caveats: [
    'No todas las personas pueden tener este tipo de cirugía.',
    'Ninguna cirugía garantiza que le ayude.',
    'La cirugía con cortes pequeños también tiene los riesgos habituales de una cirugía.',
  ],
  sourcesHeading: 'Fuentes',
  sources: [
    {
      title: 'Norton Healthcare: Cirugía de columna mínimamente invasiva (en inglés)',
      url: 'https://nortonhealthcare.com/services-and-conditions/spine-surgery/treatments/minimally-invasive-spine-surgery/',
    },
  ],
  disclaimer: 'Esta es información general, no un consejo médico. Los resultados varían. Pregunte a su cirujano si esta cirugía es adecuada para usted.',
  reviewed: 'Revisado médicamente por {name} el {date}',
};
