import type { ChecklistContent } from './types.js';

// Facts come only from the seed article's seven questions for choosing a specialist (../shared/docs/content-sources.md);
// the words "board-certified" and "fellowship" are explained in plain English. US grade 8 or lower.
export const en: ChecklistContent = {
  checkedOn: '2026-11-30',
  heading: 'Questions to ask before you choose a spine doctor',
  intro: 'Check a box each time the answer is yes.',
  items: [
    {
      id: 'certified',
      question: 'Is the doctor board-certified, or did the doctor train in a spine fellowship?',
      tip: 'Board-certified means the doctor passed the exams for their field. A fellowship is extra training in spine care. Ask the office, or look up the doctor online.',
    },
    {
      id: 'team',
      question: 'Does the doctor work with a team through each stage of your care?',
      tip: 'Ask who will help you before, during and after treatment.',
    },
    {
      id: 'minimally-invasive',
      question: 'Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?',
      tip: 'Ask which options they try before open surgery.',
    },
    {
      id: 'equipment',
      question: 'Does the clinic have new, advanced equipment?',
      tip: 'Ask the office what tools and scanners they use.',
    },
    {
      id: 'infection-rate',
      question: 'Does the surgery center have a low rate of infection?',
      tip: 'Ask the surgery center for its infection rate.',
    },
    {
      id: 'experience',
      question: 'Has the doctor treated many people with your problem?',
      tip: 'Ask how often the doctor treats a problem like yours.',
    },
    {
      id: 'patient-satisfaction',
      question: 'Are past patients happy with their care?',
      tip: 'Read patient reviews, or ask the office what patients say.',
    },
  ],
  progress: '{checked} of {total} checked',
  complete: 'Good news: this doctor meets your checklist.',
  clear: 'Clear',
  print: 'Print',
  reviewed: 'Medically reviewed by {name} on {date}',
};
