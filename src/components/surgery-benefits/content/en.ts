import type { BenefitsContent } from './types.js';

// Facts come only from the cited pages (`sources`): Norton Healthcare's two minimally invasive spine surgery pages,
// Mayo Clinic's clinical update and Mayo Clinic Minute, and a 2019 systematic review on PubMed Central. Titles are no
// firmer than their text: "often", "usually", "may", as those pages say. The caveats give the other side (not everyone
// is a candidate, no guarantee, the usual risks of surgery). Checked against the pages on `checkedOn`; US grade 8 or lower.
export const benefitsEn: BenefitsContent = {
  checkedOn: '2026-11-30',
  heading: 'Minimally invasive surgery: it is done through a few small cuts in the skin',
  benefits: [
    { id: 'pain', title: 'Often less pain', text: 'A smaller cut and less harm to muscles often mean less pain after surgery.' },
    {
      id: 'recovery',
      title: 'Often back to daily life sooner',
      text: 'Many of these surgeries let you go home the same day. People often get back to daily life sooner than after open surgery.',
    },
    {
      id: 'infection',
      title: 'May lower the risk of infection',
      text: 'Studies have found fewer infections after some small-cut spine surgeries. Ask your surgeon about your own risk.',
    },
    {
      id: 'complications',
      title: 'May mean fewer problems',
      text: 'Less harm to muscles and tissue may mean fewer problems after surgery. Results are often about the same as with open surgery.',
    },
    { id: 'blood-loss', title: 'Usually less blood loss', text: 'Small cuts usually mean you bleed less during surgery.' },
    {
      id: 'medication',
      title: 'May need less pain medicine',
      text: 'Some people may need less strong pain medicine after surgery.',
    },
  ],
  comparison: {
    caption: 'How the two kinds of surgery compare',
    topic: 'Topic',
    open: 'Open surgery',
    minimal: 'Minimally invasive',
    rows: [
      { label: 'Cut in the skin', open: 'One longer cut', minimal: 'One or more small cuts' },
      {
        label: 'Muscle and tissue',
        open: 'Muscles are moved out of the way. Some tissue may be removed.',
        minimal: 'Less harm to muscles and other soft tissue',
      },
      { label: 'Blood loss', open: 'More', minimal: 'Usually less' },
      { label: 'Time in the hospital', open: 'Some need a stay of 2 to 6 days', minimal: 'Many people go home the same day' },
      { label: 'Back to daily life', open: 'Often takes longer', minimal: 'Often sooner' },
      { label: 'Need for pain medicine', open: 'More may be needed', minimal: 'Less may be needed' },
      { label: 'Results', open: 'No surgery is sure to help', minimal: 'Often about the same as open surgery' },
      { label: 'Risks', open: 'The usual risks of surgery', minimal: 'Still the usual risks of surgery' },
    ],
  },
  caveatsHeading: 'Keep in mind',
  caveats: [
    'Not everyone can have surgery through small cuts. Your surgeon will check if it fits your problem.',
    'There is no promise that surgery will help you.',
    'Surgery through small cuts still has risks, as any surgery does. Weigh them against the benefits with your surgeon.',
    'Most back pain is first treated without surgery. This can mean rest, ice or heat, physical therapy or shots.',
  ],
  sourcesHeading: 'Sources',
  sources: [
    {
      title: 'Norton Healthcare: Minimally Invasive Spine Surgery',
      url: 'https://nortonhealthcare.com/services-and-conditions/neurosciences/services/spine/services/minimally-invasive-spine-surgery/',
    },
    {
      title: 'Norton Healthcare: Minimally Invasive Spine Surgery (spine conditions and treatments)',
      url: 'https://www.nortonhealthcare.com/minimally-invasive-spine-surgery',
    },
    {
      title: 'Mayo Clinic: Minimally invasive spinal surgery (clinical update)',
      url: 'https://www.mayoclinic.org/medical-professionals/clinical-updates/neurosciences/minimally-invasive-spinal-surgery',
    },
    {
      title: 'Mayo Clinic News Network: Mayo Clinic Minute: Minimally invasive spine surgery',
      url: 'https://newsnetwork.mayoclinic.org/discussion/mayo-clinic-minute-minimally-invasive-spine-surgery/',
    },
    {
      title:
        'Current Reviews in Musculoskeletal Medicine (PubMed Central): A Systematic Review of Complications Following Minimally Invasive Spine Surgery',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6684700/',
    },
  ],
  disclaimer: 'This is general information, not medical advice. Results vary. Ask your surgeon if this surgery is right for you.',
  reviewed: 'Medically reviewed by {name} on {date}',
};
