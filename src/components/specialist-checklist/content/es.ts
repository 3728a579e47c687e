import type { ChecklistContent } from './types.js';

export const es: ChecklistContent = {
  checkedOn: '2026-11-30',
  heading: 'Preguntas antes de elegir un especialista de la columna',
  intro: 'Marque una casilla cada vez que la respuesta sea sí.',
  items: [
    {
      id: 'certified',
      question: '¿El médico tiene formación de subespecialidad (fellowship) o certificación de la junta médica?',
      tip: 'Pregunte en el consultorio o busque en línea la certificación del médico.',
    },
    {
      id: 'team',
      question: '¿El médico trabaja con un equipo en cada etapa de su atención?',
      tip: 'Pregunte quién le ayudará antes, durante y después del tratamiento.',
    },
    {
      id: 'minimally-invasive',
      question: '¿El médico prueba primero opciones sin cirugía o mínimamente invasivas?',
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
      tip: 'Pida al centro de cirugía su tasa de infecciones.',
    },
    {
      id: 'experience',
      question: '¿El médico tiene experiencia en tratar un problema como el suyo?',
      tip: 'Pregunte con qué frecuencia el médico trata casos como el suyo.',
    },
    {
      id: 'patient-satisfaction',
      question: '¿Los pacientes anteriores están contentos con su atención?',
      tip: 'Lea opiniones de pacientes o pregunte en el consultorio qué dicen.',
    },
  ],
  progress: '{checked} de {total} marcadas',
  complete: 'Buenas noticias: este médico cumple con su lista.',
  clear: 'Borrar',
  print: 'Imprimir',
  reviewed: 'Revisado médicamente por {name} el {date}',
};
