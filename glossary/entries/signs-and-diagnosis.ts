import type { GlossaryEntry } from '../types';

// Everything in this file was written or re-checked against the sources on this date.
const REVIEWED = '2026-12-01';

const VERSUS_PM_DM = {
  publisher: 'Versus Arthritis',
  title: 'Polymyositis and dermatomyositis',
  url: 'https://www.versusarthritis.org/about-arthritis/conditions/polymyositis-and-dermatomyositis/',
} as const;
const MDUK_FACTSHEET = {
  publisher: 'Muscular Dystrophy UK',
  title: 'Polymyositis, dermatomyositis and sarcoid myopathy factsheet',
  url: 'https://www.musculardystrophyuk.org/about-muscle-wasting-conditions/myositis/polymyositis-dermatomyositis-and-sarcoid-myopathy-factsheet/',
} as const;
const MSU_MYOSITIS = {
  publisher: 'Myositis Support and Understanding',
  title: 'Myositis: the basics',
  url: 'https://understandingmyositis.org/myositis/',
} as const;
const TMA_TYPES = {
  publisher: 'The Myositis Association',
  title: 'Types of myositis',
  url: 'https://www.myositis.org/about-myositis/types-of-myositis/',
} as const;
const TMA_CORTICOSTEROIDS = {
  publisher: 'The Myositis Association',
  title: 'Corticosteroids',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/corticosteroids',
} as const;
const MDUK_DM = {
  publisher: 'Muscular Dystrophy UK',
  title: 'Dermatomyositis (DM)',
  url: 'https://www.musculardystrophyuk.org/conditions/a-z/dermatomyositis-dm/',
} as const;
const RELAPSE_STUDY = {
  publisher: 'Clinical Rheumatology (Springer), abstract',
  title: 'Characterization of relapses in adult idiopathic inflammatory myopathies',
  url: 'https://link.springer.com/doi/10.1007/s10067-005-0075-3',
} as const;
const TMA_SUN = {
  publisher: 'The Myositis Association',
  title: 'Sun protection',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/complementary-and-self-care-therapies/sun-protection/',
} as const;
const NYU_SUN = {
  publisher: 'NYU Langone Health',
  title: 'Sun protection for dermatomyositis',
  url: 'https://nyulangone.org/conditions/dermatomyositis/treatments/sun-protection-for-dermatomyositis',
} as const;
const MAYO_DM = {
  publisher: 'Mayo Clinic',
  title: 'Dermatomyositis: diagnosis and treatment',
  url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
} as const;
const CFP_SKIN_TABLE = {
  publisher: 'Canadian Family Physician',
  title: 'Table: skin findings in dermatomyositis',
  url: 'https://www.cfp.ca/highwire/markup/34502/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
} as const;
const UH_BRISTOL_MYOSITIS = {
  publisher: 'University Hospitals Bristol and Weston NHS Foundation Trust',
  title: 'Myositis',
  url: 'https://uhbristol.nhs.uk/patients-and-visitors/your-hospitals/bristol-royal-infirmary/what-we-do/rheumatology/conditions-we-treat/myositis',
} as const;
const ADAM_MUSCLE_BIOPSY = {
  publisher: 'UF Health Jacksonville (A.D.A.M. Medical Encyclopedia)',
  title: 'Muscle biopsy',
  url: 'https://ufhealthjax.org/encyclopedia/content.aspx?contentID=003924&projectTypeID=1',
} as const;
const MRI_REVIEW = {
  publisher: 'Topics in Magnetic Resonance Imaging (review), via PubMed',
  title: 'Magnetic resonance imaging of inflammatory myopathies',
  url: 'https://pubmed.ncbi.nlm.nih.gov/22648079/',
} as const;
const MSU_MECHANICS_HANDS = {
  publisher: 'Myositis Support and Understanding',
  title: "Mechanic's hands",
  url: 'https://understandingmyositis.org/diagnose-myositis/mechanics-hands/',
} as const;
const ASS_LUNG_REVIEW = {
  publisher: 'Jornal Brasileiro de Pneumologia (review), via PubMed Central',
  title: 'Lung involvement in myositis and the antisynthetase syndrome',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3676869',
} as const;
const ASS_ANTIBODY_REVIEW = {
  publisher: 'Autoimmunity Reviews (Mahler et al., 2014), via PubMed Central',
  title: 'Idiopathic inflammatory myopathies and the anti-synthetase syndrome: a comprehensive review',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3970575',
} as const;

export const signsAndDiagnosisEntries: readonly GlossaryEntry[] = [
  {
    id: 'myositis',
    name: 'Myositis',
    pronunciation: 'my-oh-SY-tis',
    category: 'condition',
    aliases: [
      'idiopathic inflammatory myopathy',
      'idiopathic inflammatory myopathies',
      'inflammatory myopathy',
      'inflammatory myopathies',
      { text: 'IIM', caseSensitive: true },
      'autoimmune myositis',
      'myositis spectrum disorders',
    ],
    summary: 'Myositis is a group of rare illnesses in which the immune system attacks the muscles and makes them weak.',
    sections: {
      whyInDm:
        'DM is one type of myositis. Others include polymyositis, inclusion body myositis, necrotizing myopathy and antisynthetase syndrome. Most types happen when the immune system attacks the body by mistake. The big muscles of the shoulders, hips and thighs get weak and tired. Some types also affect the skin, the lungs or breathing.',
      howGiven:
        'It often starts slowly. The first sign may be a rash, or tripping and falling more often, and people may put it down to getting old. Blood tests, an MRI scan of the muscles, an EMG and a muscle sample help show which type you have. Steroids often work well at first, and other medicines keep the immune system calm over the long term. Regular exercise, planned with a physical therapist, helps you get strength back.',
      questions: [
        'Which type of myositis do I have, and how was it found?',
        'Which parts of my body does it affect?',
        'Which doctors will be on my care team?',
      ],
    },
    related: ['dermatomyositis', 'polymyositis', 'proximal-muscle-weakness', 'myositis-specific-antibodies'],
    sources: [UH_BRISTOL_MYOSITIS, MSU_MYOSITIS, TMA_TYPES],
    reviewed: REVIEWED,
  },
  {
    id: 'proximal-muscle-weakness',
    name: 'Proximal muscle weakness',
    pronunciation: 'PROK-sih-mul',
    category: 'symptom',
    aliases: [
      'proximal weakness',
      'proximal myopathy',
      'symmetric proximal weakness',
      'symmetrical proximal weakness',
      // Too general to highlight: on most pages "muscle weakness" has nothing to do with myositis.
      { text: 'muscle weakness', searchOnly: true },
    ],
    summary: 'Proximal muscle weakness is weakness of the big muscles near the trunk, such as the hips, thighs and shoulders.',
    sections: {
      whyInDm:
        'It is the main muscle problem in DM, and it affects both sides of the body. Climbing stairs, getting up from a chair, lifting your arms to wash your hair, or reaching a high shelf get hard. The neck muscles can be weak too. It usually comes on over months, but sometimes over days.',
      howGiven:
        'Your team tests your strength at visits and checks muscle blood tests such as CK. Steroids taken for a long time can also weaken these same muscles, so tell your team if your strength gets worse. Physical therapy helps you keep and rebuild strength.',
      sideEffects:
        'The muscles for swallowing and breathing can be affected too. Tell your team soon if you choke on food or drink, feel short of breath, or have chest pain.',
      questions: [
        'How will we measure my strength over time?',
        'Could some of my weakness come from my steroids?',
        'Should I see a physical therapist, and what exercise is safe for me?',
      ],
    },
    related: ['myositis', 'creatine-kinase', 'physical-therapy', 'dysphagia', 'corticosteroids'],
    sources: [MDUK_FACTSHEET, MAYO_DM, TMA_CORTICOSTEROIDS],
    reviewed: REVIEWED,
  },
  {
    id: 'polymyositis',
    name: 'Polymyositis',
    pronunciation: 'pol-ee-my-oh-SY-tis',
    category: 'condition',
    aliases: [
      // "PM" is mostly the time of day on ordinary pages.
      { text: 'PM', searchOnly: true },
      { text: 'PM/DM', searchOnly: true },
      'dermatopolymyositis',
    ],
    summary: 'Polymyositis is a rare type of myositis that weakens many muscles at once, like DM but without the skin rash.',
    sections: {
      whyInDm:
        'Pages and drug labels often name it next to DM, because the muscle disease of the two looks alike. Both are autoimmune diseases that mostly weaken the muscles of the shoulders, hips and thighs. Muscles may also feel sore, and some people lose weight, sweat at night or feel unwell. It mostly affects adults.',
      howGiven:
        'Doctors now think polymyositis is diagnosed too often. Many people given this name turn out to fit another type of myositis better. Myositis antibody tests help sort this out. Other problems can look like it too. Examples are side effects of steroids or statins, thyroid problems and low vitamin D.',
      questions: [
        'Am I sure to have polymyositis, or could it be another type of myositis?',
        'Have I had a myositis antibody test?',
        'Does my diagnosis change my treatment?',
      ],
    },
    related: ['myositis', 'dermatomyositis', 'myositis-specific-antibodies'],
    sources: [VERSUS_PM_DM, MSU_MYOSITIS, MDUK_FACTSHEET],
    reviewed: REVIEWED,
  },
  {
    id: 'steroid-taper',
    name: 'Steroid taper',
    category: 'care',
    // "taper" and "tapering" alone are everyday words, so only the steroid phrases are listed.
    aliases: ['steroid tapering', 'prednisone taper', 'prednisolone taper', 'steroid wean', 'steroid weaning', 'glucocorticoid taper'],
    summary: 'A steroid taper is the slow, step-by-step lowering of a steroid dose over weeks or months.',
    sections: {
      whyInDm:
        'Steroids are often started at a high dose to calm DM fast. Once your strength and tests get better, your team lowers the dose slowly over months. This cuts down side effects while keeping DM under control. A second medicine, called a steroid-sparing medicine, is often added so the dose can come down further.',
      howGiven:
        'Your team sets the speed of the taper, based on how your strength and tests improve. Never stop or change your steroids on your own. After weeks of use your body makes less of its own steroid, so stopping all at once can make you very ill. In the UK, people on long-term steroids carry a steroid card.',
      sideEffects:
        'DM can come back during a taper, most often in the first years of treatment. Tell your team if weakness, the rash or other signs return.',
      questions: [
        'What is my taper plan, and how will we decide each step?',
        'What should I do if my symptoms come back during the taper?',
        'What should I do if I am sick and cannot take my tablets?',
        'Do I need a steroid card or medical ID?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'corticosteroid-sparing-agent', 'flare', 'methylprednisolone'],
    sources: [TMA_CORTICOSTEROIDS, MDUK_DM, RELAPSE_STUDY],
    reviewed: REVIEWED,
  },
  {
    id: 'flare',
    name: 'Disease flare',
    category: 'care',
    aliases: [
      'myositis flare',
      'dermatomyositis flare',
      'DM flare',
      'disease relapse',
      // Said of many illnesses (eczema, arthritis), so found by search but not highlighted.
      // "flare" and "relapse" alone are everyday words and are left out.
      { text: 'flare-up', searchOnly: true },
    ],
    summary: 'A flare is a time when DM gets worse again after a calm spell, and the rash or weakness comes back.',
    sections: {
      whyInDm:
        'Flares are common. In one study, about two in three adults with myositis had at least one. They happen most often in the first two years of treatment and while steroids are being lowered. Sun on the skin, even for a short time, can set off a skin flare, sometimes a few days later.',
      howGiven:
        'Your team looks at your strength, your skin and blood tests such as CK to tell a flare from other problems. Tell them early, because a flare may mean a change in treatment. Keep taking your medicines as planned unless your team tells you to change them.',
      sideEffects:
        'Call your team soon if your weakness or rash comes back. Also tell them soon if you have trouble breathing or swallowing, chest pain, or a racing or pounding heartbeat.',
      questions: [
        'Which signs of a flare should I report, and to whom?',
        'How can we tell a flare from weakness caused by steroids?',
        'What can I do to lower my risk of a flare?',
      ],
    },
    related: ['steroid-taper', 'creatine-kinase', 'photoprotection', 'dermatomyositis'],
    sources: [RELAPSE_STUDY, MDUK_FACTSHEET, TMA_SUN],
    reviewed: REVIEWED,
  },
  {
    id: 'off-label-use',
    name: 'Off-label use',
    category: 'care',
    aliases: ['off-label', 'off-label prescribing', 'off-label medicine', 'unlicensed use', 'unlicensed medicine', 'unapproved use'],
    summary: 'Off-label use means a doctor uses a medicine in a way that its license does not cover.',
    sections: {
      whyInDm:
        'In the US, most DM medicines are used off-label. Only a few, such as steroids and one brand of IVIG, are approved for DM. The others are approved for other illnesses, and doctors use them for DM based on smaller studies and experience. Off-label means the maker has not asked for approval for that use, so the medicine may not have had large trials for it.',
      howGiven:
        'A license says which illness, which patients and which way of taking a medicine were checked. Off-label can mean a different illness, a different age group, a different dose or a different way of taking it. The doctor who prescribes it should explain the likely benefits and harms, so you can decide together. In the UK you may also see the word unlicensed, which means a medicine has no UK license at all.',
      questions: [
        'Is this medicine off-label for me, and why do you suggest it?',
        'What studies support using it for DM?',
        'Will my insurance or health service pay for it?',
      ],
    },
    related: ['immunosuppressant', 'ivig', 'corticosteroids', 'methotrexate'],
    sources: [
      {
        publisher: 'NICE (National Institute for Health and Care Excellence)',
        title: 'Information for the public on medicines',
        url: 'https://nice.org.uk/about/nice-communities/nice-and-the-public/making-decisions-about-your-care/information-for-the-public-on-medicines',
      },
      {
        publisher: 'Hull University Teaching Hospitals NHS Trust',
        title: '"Unlicensed" and "off-label" medicines (patient leaflet)',
        url: 'https://www.hey.nhs.uk/patient-leaflet/unlicensed-off-label-medicines',
      },
      {
        publisher: 'The Myositis Association',
        title: 'Medications',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/',
      },
    ],
    reviewed: REVIEWED,
  },
];
