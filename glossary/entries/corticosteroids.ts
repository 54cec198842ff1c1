import type { GlossaryEntry } from '../types';

const REVIEWED = '2026-12-01';

const TMA_STEROIDS = {
  publisher: 'The Myositis Association',
  title: 'Corticosteroids',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/corticosteroids',
} as const;
const MDUK_DM = {
  publisher: 'Muscular Dystrophy UK',
  title: 'Dermatomyositis (DM)',
  url: 'https://www.musculardystrophyuk.org/conditions/a-z/dermatomyositis-dm/',
} as const;
/** The NHS Steroid Emergency Card: who gets one, what it is for, and the signs of too little steroid. */
export const NHS_STEROID_CARD = {
  publisher: 'Gateshead Health NHS Foundation Trust',
  title: 'Steroid emergency card',
  url: 'https://www.gatesheadhealth.nhs.uk/resources/steroid-emergency-card',
} as const;
const SOLU_MEDROL_LABEL = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Solu-Medrol (methylprednisolone sodium succinate) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7271310c-7764-4812-aa30-a5e90987c7a9',
} as const;
const AVN_PATIENT_PAGE = {
  publisher: 'Journal of Translational Autoimmunity (review, 2022), via PubMed Central',
  title: 'Steroid-induced osteonecrosis',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9535426',
} as const;

export const corticosteroidEntries: readonly GlossaryEntry[] = [
  {
    id: 'corticosteroids',
    name: 'Corticosteroids',
    pronunciation: 'KOR-tih-koh-STEER-oydz',
    category: 'medicine-class',
    classes: ['systemic-steroid'],
    // Prednisolone has its own card now (prednisolone.ts): it is one medicine, not the group.
    aliases: ['corticosteroid', 'steroid', 'glucocorticoid', 'glucocorticosteroid'],
    summary: 'Corticosteroids, often called steroids, are strong medicines that quickly calm the immune attack in DM.',
    sections: {
      whyInDm:
        'They are usually the first treatment for DM muscle disease because they work fast. Doctors start with a high dose and lower it slowly over months as you get better. Steroid pills and drips that act on the whole body are FDA-approved for DM. They are not the same as the muscle-building steroids that some athletes misuse.',
      howGiven:
        'They can be taken by mouth, like prednisone or prednisolone, or given through a vein, like methylprednisolone. Creams are used for the skin. Your doctor picks the dose and lowers it slowly. Do not stop steroids suddenly on your own — ask your care team, because your body needs time to start making its own steroid again.',
      sideEffects:
        'In the short term they can raise appetite, weight and blood sugar, and change mood and sleep. Tell your team about strong mood changes, such as feeling very low or very wired. Long use can thin the bones and cause cataracts, glaucoma, diabetes, high blood pressure and infections. It can also round the face, weaken muscles and slow growth in children. Rarely, long or high-dose use harms the blood supply of a bone, most often the hip. Report new pain in a hip or other joint that does not go away. Your team may check your blood sugar, blood pressure, bones and eyes, and often suggests calcium and vitamin D. At higher doses, live vaccines such as MMR, chickenpox or yellow fever are not advised, so ask before any vaccine.',
      questions: [
        'What is my plan for lowering the dose?',
        'Which side effects should I report?',
        'Do I need a bone scan or an eye exam?',
        'Should I carry a steroid emergency card?',
      ],
    },
    related: ['prednisone', 'prednisolone', 'topical-corticosteroids', 'steroid-taper', 'adrenal-insufficiency', 'steroid-induced-diabetes', 'osteoporosis', 'infection-risk', 'avascular-necrosis', 'live-vaccines', 'steroid-sleep-problems'],
    sources: [TMA_STEROIDS, MDUK_DM, SOLU_MEDROL_LABEL, AVN_PATIENT_PAGE],
    reviewed: '2026-12-06',
  },
  {
    id: 'prednisone',
    name: 'Prednisone',
    pronunciation: 'PRED-nih-sone',
    category: 'medicine',
    classes: ['systemic-steroid'],
    aliases: ['Rayos', 'Deltasone'],
    summary: 'Prednisone is a steroid pill that calms the immune attack fast, and it is often the first drug used for DM.',
    sections: {
      whyInDm:
        'Prednisone works quickly, so doctors often start with it to calm muscle and skin inflammation. It is usually started at a high dose and then lowered slowly over months as strength returns. Another medicine is often added so the prednisone can come down sooner. In the UK, a very similar steroid called prednisolone is used instead.',
      howGiven:
        'It is taken by mouth as a tablet or a liquid, often once a day in the morning, and food may help with stomach upset. Your doctor picks the dose and lowers it slowly, step by step. After weeks of use your body makes less of its own steroid, so stopping all at once can make you very ill. Do not stop steroids suddenly on your own — ask your care team. If you become very ill, keep vomiting, are badly hurt or need an operation, your body may not have enough steroid. Tell the staff you take steroids and show your steroid card.',
      sideEffects:
        'Common effects are a bigger appetite, weight gain, mood changes, poor sleep and high blood sugar. Long use can thin the bones, cause cataracts or glaucoma, raise blood pressure, make infections more likely and slow growth in children. High doses can also weaken muscles. Your team may check your blood sugar, blood pressure, bones and eyes. Tell your team about strong mood changes, such as feeling very low. Rarely, long or high-dose use harms the blood supply of a bone, most often the hip, so report new hip or joint pain. Taken with pain pills called NSAIDs, such as ibuprofen, steroids raise the risk of stomach ulcers and bleeding. At higher doses, live vaccines such as MMR, chickenpox or yellow fever are not advised, so ask before any vaccine.',
      questions: [
        'How will we lower my dose, and how fast?',
        'What should I do if I miss a dose or get sick?',
        'Do I need calcium, vitamin D or a bone scan?',
        'Should I carry a steroid card?',
      ],
    },
    related: ['corticosteroids', 'prednisolone', 'methylprednisolone', 'steroid-taper', 'adrenal-insufficiency', 'steroid-induced-diabetes', 'osteoporosis', 'infection-risk', 'live-vaccines', 'avascular-necrosis', 'stomach-protection', 'steroid-sleep-problems'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Prednisone', url: 'https://medlineplus.gov/druginfo/meds/a601102.html' },
      TMA_STEROIDS,
      MDUK_DM,
      NHS_STEROID_CARD,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'methylprednisolone',
    name: 'Methylprednisolone',
    pronunciation: 'METH-il-pred-NISS-oh-lone',
    category: 'medicine',
    classes: ['systemic-steroid'],
    aliases: [
      'Medrol',
      'Solu-Medrol',
      'Depo-Medrol',
      // UK and Irish spellings of the same products.
      'Solu-Medrone',
      'Depo-Medrone',
      'A-MethaPred',
      'methylpred',
      { text: 'IVMP', caseSensitive: true },
      'pulse steroid',
      'steroid pulse',
    ],
    summary: 'Methylprednisolone is a steroid that comes as a pill or, for severe DM, as a strong drip into a vein.',
    sections: {
      whyInDm:
        'DM can be severe or get worse fast, with serious weakness, trouble swallowing or breathing, or serious lung disease. Then doctors may give very high doses through a vein for a few days. This is called pulse therapy. It aims to calm bad inflammation fast, and steroid pills usually follow. It may also lower the total amount of steroid needed later.',
      howGiven:
        'Pulse doses are given as a drip in a hospital or infusion center, usually once a day for a few days. Medrol tablets are taken by mouth. Depo-Medrol (Depo-Medrone in the UK) is a shot into a muscle or joint and is never given into a vein. Your doctor picks the dose.',
      sideEffects:
        'It has the same side effects as other steroids, such as high blood sugar, mood and sleep changes and a higher risk of infection. During a drip, staff check your blood sugar and blood pressure. Do not stop steroid pills suddenly on your own — ask your care team. At higher doses, live vaccines such as MMR, chickenpox or yellow fever are not advised, so ask before any vaccine.',
      questions: [
        'Why do I need pulse steroids, and for how many days?',
        'Will I need to stay in the hospital?',
        'Which steroid pills will I take after the drips?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'fulminant-dermatomyositis', 'dysphagia', 'interstitial-lung-disease', 'steroid-taper', 'live-vaccines'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Methylprednisolone', url: 'https://medlineplus.gov/druginfo/meds/a682795.html' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Solu-Medrol (methylprednisolone sodium succinate) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7271310c-7764-4812-aa30-a5e90987c7a9' },
      { publisher: 'PubMed Central (review)', title: 'Treatment of idiopathic inflammatory myopathies: table of treatments', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11646336/table/T2' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'topical-corticosteroids',
    name: 'Topical corticosteroids',
    pronunciation: 'TOP-ih-kul KOR-tih-koh-STEER-oydz',
    category: 'medicine-class',
    classes: ['topical-steroid'],
    // Drug names only in their skin forms: plain "hydrocortisone" or "triamcinolone" is also a
    // pill or a shot, which is not this card.
    aliases: [
      'topical corticosteroid',
      'topical steroid',
      'steroid cream',
      'steroid ointment',
      'steroid lotion',
      'clobetasol',
      'hydrocortisone cream',
      'hydrocortisone ointment',
      'triamcinolone cream',
      'triamcinolone ointment',
    ],
    summary: 'Topical corticosteroids are steroid creams and ointments that you put on the skin to calm an itchy, red rash.',
    sections: {
      whyInDm:
        'They are put on DM rashes, along with sun protection, to ease redness and itch. Stronger ones are often used on the body and scalp, and milder ones on the face and eyelids. DM rash often does not clear with creams alone, so pills such as hydroxychloroquine or methotrexate are often added.',
      howGiven:
        'You spread a thin layer on the rash, as your doctor or pharmacist tells you. They come as creams, ointments, lotions and foams. Ask how long to use each one and on which parts of your body.',
      sideEffects:
        'Using strong creams too much or for too long can thin the skin and cause stretch marks, acne-like spots and color changes. Long use on the eyelids may raise the risk of glaucoma or cataracts, so tell your team if you use them near your eyes.',
      questions: [
        'Which cream is right for my face, and which for my body?',
        'How long can I use it safely?',
        'Is there an option without steroids for my eyelids?',
      ],
    },
    related: ['corticosteroids', 'tacrolimus', 'hydroxychloroquine', 'photoprotection', 'heliotrope-rash'],
    sources: [
      {
        publisher: 'American Journal of Clinical Dermatology (Quain and Werth, 2006), via PubMed',
        title: 'Management of cutaneous dermatomyositis: current therapeutic options',
        url: 'https://pubmed.ncbi.nlm.nih.gov/17173468/',
      },
      { publisher: 'National Eczema Association', title: 'Risks of topical corticosteroids', url: 'https://nationaleczema.org/risks-of-topical-corticosteriods/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'corticosteroid-sparing-agent',
    name: 'Corticosteroid-sparing agent',
    pronunciation: 'KOR-tih-koh-STEER-oyd SPAIR-ing',
    category: 'medicine-class',
    aliases: [
      'steroid-sparing agent',
      'steroid-sparing drug',
      'steroid-sparing medicine',
      'steroid-sparing immunosuppressant',
      'corticosteroid-sparing drug',
      'glucocorticoid-sparing agent',
      'steroid-sparing',
      'corticosteroid-sparing',
      'glucocorticoid-sparing',
    ],
    summary: 'A steroid-sparing agent is a second medicine given with steroids so the steroid dose can be lowered.',
    sections: {
      whyInDm:
        'Steroids work fast, but the longer you take them, the more side effects they cause. Adding a steroid-sparing medicine helps keep DM under control while the steroid dose comes down. The most common ones in DM are methotrexate, azathioprine and mycophenolate. Tacrolimus, cyclosporine and IVIG can also play this role.',
      howGiven:
        'They work slowly, often over weeks to months, so they are often started at or soon after diagnosis while steroids give quick relief. They come as pills, shots or drips, and most need regular blood tests.',
      questions: [
        'Which steroid-sparing medicine is best for me, and why?',
        'How long before it starts to work?',
        'How often will I need blood tests?',
      ],
    },
    related: ['corticosteroids', 'methotrexate', 'azathioprine', 'mycophenolate', 'immunosuppressant'],
    sources: [
      { publisher: 'Mayo Clinic', title: 'Dermatomyositis: diagnosis and treatment', url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192' },
      MDUK_DM,
    ],
    reviewed: REVIEWED,
  },
];
