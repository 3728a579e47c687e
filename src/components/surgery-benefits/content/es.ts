import type { BenefitsContent } from './types.js';

// Facts come only from the cited pages (`sources`): the same facts, hedges and caveats as en.ts, in US clinical Spanish
// that addresses the reader as "usted", with the terms of docs/spanish-glossary.md. Checked on `checkedOn`.
export const benefitsEs: BenefitsContent = {
  checkedOn: '2026-11-30',
  heading: 'Cirugía mínimamente invasiva: se hace por unos pocos cortes pequeños en la piel',
  benefits: [
    {
      id: 'pain',
      title: 'A menudo, menos dolor',
      text: 'Con una incisión más pequeña y menos daño a los músculos, a menudo hay menos dolor después de la cirugía.',
    },
    {
      id: 'recovery',
      title: 'A menudo, vuelve antes a su vida diaria',
      text: 'En muchas de estas cirugías usted puede irse a casa el mismo día. A menudo las personas vuelven a su vida diaria más pronto que después de una cirugía abierta.',
    },
    {
      id: 'infection',
      title: 'Puede reducir el riesgo de infección',
      text: 'Algunos estudios encontraron menos infecciones después de ciertas cirugías de columna con cortes pequeños. Pregunte a su cirujano por su propio riesgo.',
    },
    {
      id: 'complications',
      title: 'Puede haber menos problemas',
      text: 'Al dañar menos los músculos y tejidos, puede haber menos problemas después de la cirugía. Los resultados a menudo son parecidos a los de la cirugía abierta.',
    },
    {
      id: 'blood-loss',
      title: 'Por lo general, menos sangrado',
      text: 'Con cortes pequeños, por lo general se sangra menos durante la cirugía.',
    },
    {
      id: 'medication',
      title: 'Puede necesitar menos analgésicos',
      text: 'Algunas personas pueden necesitar menos analgésicos fuertes después de la cirugía.',
    },
  ],
  comparison: {
    caption: 'Cómo se comparan los dos tipos de cirugía',
    topic: 'Aspecto',
    open: 'Cirugía abierta',
    minimal: 'Mínimamente invasiva',
    rows: [
      { label: 'Corte en la piel', open: 'Un corte más largo', minimal: 'Uno o más cortes pequeños' },
      {
        label: 'Músculos y tejidos',
        open: 'Se apartan los músculos. A veces se quita algo de tejido.',
        minimal: 'Menos daño a los músculos y otros tejidos blandos',
      },
      { label: 'Pérdida de sangre', open: 'Mayor', minimal: 'Por lo general, menor' },
      {
        label: 'Tiempo en el hospital',
        open: 'Algunas requieren quedarse de 2 a 6 días',
        minimal: 'Muchas personas se van a casa el mismo día',
      },
      { label: 'Regreso a la vida diaria', open: 'A menudo tarda más', minimal: 'A menudo es más pronto' },
      { label: 'Analgésicos después de la cirugía', open: 'Puede necesitar más', minimal: 'Puede necesitar menos' },
      { label: 'Resultados', open: 'Ninguna cirugía garantiza que le ayude', minimal: 'A menudo parecidos a los de la cirugía abierta' },
      { label: 'Riesgos', open: 'Los riesgos habituales de una cirugía', minimal: 'También los riesgos habituales de una cirugía' },
    ],
  },
  caveatsHeading: 'Tenga en cuenta',
  caveats: [
    'No todas las personas pueden tener una cirugía con cortes pequeños. Su cirujano revisará si es adecuada para su problema.',
    'No hay garantía de que la cirugía le ayude.',
    'La cirugía con cortes pequeños también tiene riesgos, como cualquier cirugía. Compárelos con los beneficios junto con su cirujano.',
    'La mayoría del dolor de espalda se trata primero sin cirugía: con reposo, hielo o calor, fisioterapia o inyecciones.',
  ],
  sourcesHeading: 'Fuentes',
  sources: [
    {
      title: 'Norton Healthcare: Cirugía de columna mínimamente invasiva (en inglés)',
      url: 'https://nortonhealthcare.com/services-and-conditions/neurosciences/services/spine/services/minimally-invasive-spine-surgery/',
    },
    {
      title: 'Norton Healthcare: Cirugía de columna mínimamente invasiva, afecciones y tratamientos de la columna (en inglés)',
      url: 'https://www.nortonhealthcare.com/minimally-invasive-spine-surgery',
    },
    {
      title: 'Mayo Clinic: Cirugía de columna mínimamente invasiva, novedades clínicas (en inglés)',
      url: 'https://www.mayoclinic.org/medical-professionals/clinical-updates/neurosciences/minimally-invasive-spinal-surgery',
    },
    {
      title: 'Mayo Clinic News Network: Mayo Clinic Minute: Cirugía de columna mínimamente invasiva (en inglés)',
      url: 'https://newsnetwork.mayoclinic.org/discussion/mayo-clinic-minute-minimally-invasive-spine-surgery/',
    },
    {
      title:
        'Current Reviews in Musculoskeletal Medicine (PubMed Central): Revisión sistemática de las complicaciones de la cirugía de columna mínimamente invasiva (en inglés)',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6684700/',
    },
  ],
  disclaimer:
    'Esta es información general, no un consejo médico. Los resultados varían. Pregunte a su cirujano si esta cirugía es adecuada para usted.',
  reviewed: 'Revisado médicamente por {name} el {date}',
};
