import type { BenefitsContent } from './types.js';

// Facts from ../shared/docs/content-sources.md (Norton Healthcare; the seed article). "Infection" and "pain medicine"
// rest on weaker evidence, so their titles and texts say "may"; nothing here promises a result.
export const benefitsEn: BenefitsContent = {
  checkedOn: '2026-11-30',
  heading: 'Minimally invasive surgery',
  benefits: [
    { id: 'pain', title: 'Less pain', text: 'A smaller cut and less harm to muscles mean many people have less pain after surgery.' },
    {
      id: 'recovery',
      title: 'Faster recovery',
      text: 'Many people go home the same day. They often get back to daily life sooner than after open surgery.',
    },
    {
      id: 'infection',
      title: 'May lower the risk of infection',
      text: 'A smaller wound may lower the chance of infection. Ask your surgeon about your own risk.',
    },
    { id: 'complications', title: 'Fewer complications', text: 'Less harm to muscles and tissue may mean fewer problems after surgery.' },
    { id: 'blood-loss', title: 'Less blood loss', text: 'Smaller cuts mean less bleeding during surgery.' },
    {
      id: 'medication',
      title: 'May need less pain medicine',
      text: 'With less pain, many people may need less pain medicine after surgery.',
    },
  ],
  comparison: {
    caption: 'How the two kinds of surgery compare',
    topic: 'Topic',
    open: 'Open surgery',
    minimal: 'Minimally invasive',
    rows: [
      { label: 'Incision (cut)', open: 'One longer cut in the skin', minimal: 'One or more small cuts' },
      { label: 'Muscle and tissue', open: 'More harm to muscles and tissue', minimal: 'Less harm to muscles and ligaments, the bands that hold bones together' },
      { label: 'Blood loss', open: 'More', minimal: 'Less' },
      { label: 'Hospital stay', open: 'Often 2 to 6 days', minimal: 'Many people go home the same day' },
      { label: 'Back to daily life', open: 'Often takes longer', minimal: 'Often sooner' },
      { label: 'Need for pain medicine', open: 'More may be needed', minimal: 'Less may be needed' },
    ],
  },
  caveatsHeading: 'Keep in mind',
  caveats: [
    'Not everyone can have this kind of surgery.',
    'No surgery is sure to help.',
    'Surgery through small cuts still has the usual risks of surgery.',
  ],
  sourcesHeading: 'Sources',
  sources: [
    {
      title: 'Norton Healthcare: Minimally invasive spine surgery',
      url: 'https://nortonhealthcare.com/services-and-conditions/spine-surgery/treatments/minimally-invasive-spine-surgery/',
    },
  ],
  disclaimer: 'This is general information, not medical advice. Results vary. Ask your surgeon if this surgery is right for you.',
  reviewed: 'Medically reviewed by {name} on {date}',
};
