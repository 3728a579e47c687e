import type { ChecklistContent } from './types.js';

// Facts come only from the seed article's seven questions (the same as en.ts), in US clinical Spanish that addresses
// the reader as "usted", with the terms of docs/spanish-glossary.md ("consejo de su especialidad (board-certified)",
// "subespecialidad (fellowship)").
export const es: ChecklistContent = {
  checkedOn: '2026-11-30',
  heading: 'Preguntas que debe hacer antes de elegir un especialista en columna',
  intro: 'Marque una casilla cada vez que la respuesta sea sí.',
  items: [
    {
      id: 'certified',
      question:
        '¿Está certificado por el consejo de su especialidad (board-certified)? ¿Hizo una subespecialidad (fellowship) en columna?',
      tip: 'Estar certificado quiere decir que el médico aprobó los exámenes de su especialidad. La subespecialidad es formación adicional en el cuidado de la columna. Pregunte en el consultorio o busque al médico en línea.',
    },
    {
      id: 'team',
      question: '¿El médico trabaja con un equipo en cada etapa de su atención?',
      tip: 'Pregunte quién le ayudará antes, durante y después del tratamiento.',
    },
    {
      id: 'minimally-invasive',
      question: '¿El médico prueba primero opciones sin cirugía, o mínimamente invasivas (con cortes pequeños)?',
      tip: 'Pregunte qué opciones prueban antes de una cirugía abierta.',
    },
    {
      id: 'equipment',
      question: '¿El centro tiene equipos modernos y avanzados?',
      tip: 'Pregunte en el consultorio qué equipos y estudios de imagen usan.',
    },
    {
      id: 'infection-rate',
      question: '¿El centro de cirugía tiene una tasa baja de infecciones?',
      tip: 'Pregunte al centro de cirugía cuál es su tasa de infecciones.',
    },
    {
      id: 'experience',
      question: '¿El médico tiene experiencia en tratar un problema como el suyo?',
      tip: 'Pregunte con qué frecuencia el médico trata casos como el suyo.',
    },
    {
      id: 'patient-satisfaction',
      question: '¿Los pacientes anteriores están contentos con su atención en general?',
      tip: 'Lea opiniones de pacientes o pregunte en el consultorio qué dicen.',
    },
  ],
  progress: '{checked} de {total} marcadas',
  complete: 'Buenas noticias: este médico cumple con su lista.',
  clear: 'Borrar',
  print: 'Imprimir',
  reviewed: 'Revisado médicamente por {name} el {date}',
};
