import type { GlossaryEntry } from '../types';

const REVIEWED = '2026-12-01';

const TMA_CALCINOSIS = {
  publisher: 'The Myositis Association',
  title: 'Calcinosis',
  url: 'https://www.myositis.org/about-myositis/complications/calcinosis/',
} as const;
const CALCINOSIS_REVIEW = {
  publisher: 'PubMed Central (review)',
  title: 'Calcinosis in dermatomyositis: mechanisms and treatment',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10269219',
} as const;
const TRAINEAU_2020 = {
  publisher: 'Journal of the American Academy of Dermatology (Traineau et al., 2020), via PubMed',
  title: 'Treatment of calcinosis cutis in systemic sclerosis and dermatomyositis: a review of the literature',
  url: 'https://pubmed.ncbi.nlm.nih.gov/31302187/',
} as const;
const MOUNT_SINAI_DM = {
  publisher: 'Mount Sinai Health Library',
  title: 'Dermatomyositis',
  url: 'https://www.mountsinai.org/patient-care/health-library/diseases-and-conditions/dermatomyositis',
} as const;
const CFP_SKIN_TABLE = {
  publisher: 'Canadian Family Physician',
  title: 'Table: skin findings in dermatomyositis',
  url: 'https://www.cfp.ca/highwire/markup/34502/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
} as const;
const MAYO_DM = {
  publisher: 'Mayo Clinic',
  title: 'Dermatomyositis: diagnosis and treatment',
  url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
} as const;
const NCI_DM = {
  publisher: 'National Cancer Institute',
  title: 'NCI Dictionary of Cancer Terms: dermatomyositis',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/dermatomyositis',
} as const;
const IIM_TREATMENT_TABLE = {
  publisher: 'PubMed Central (review)',
  title: 'Treatment of idiopathic inflammatory myopathies: table of treatments',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11646336/table/T2',
} as const;

export const conditionEntries: readonly GlossaryEntry[] = [
  {
    id: 'dermatomyositis',
    name: 'Dermatomyositis',
    pronunciation: 'DER-muh-toh-my-oh-SY-tis',
    category: 'condition',
    // Not "DM": in medical text it as often means diabetes mellitus ("type 2 DM"), and on forums
    // a direct message; a reader of a DM page knows the short form anyway.
    aliases: ['classic dermatomyositis'],
    summary: 'Dermatomyositis is a rare disease in which the immune system attacks the skin and muscles.',
    sections: {
      whyInDm:
        'In DM the immune system harms small blood vessels in the skin and muscles. This causes a red-purple rash, often on the eyelids, knuckles, elbows, knees, chest or back. It also weakens the muscles of the hips, thighs, shoulders and neck, so climbing stairs or lifting the arms gets hard. It can affect the lungs, swallowing, joints and heart, and in adults it is linked to a higher risk of some cancers.',
      howGiven:
        'There is no cure, but treatment often helps the skin and strength. Some people go into remission, which means the disease goes quiet. Treatment usually means long-term medicines that calm the immune system, exercise therapy and sun protection. In adults it most often starts in middle age, and in children at school age. It is more common in women and girls.',
      questions: [
        'Which parts of my body does my DM affect?',
        'Which tests will we use to track it?',
        'What is our treatment plan, and how will we know it is working?',
        'Do I need checks for my lungs, swallowing or cancer?',
      ],
    },
    related: ['juvenile-dermatomyositis', 'amyopathic-dermatomyositis', 'gottron-papules', 'heliotrope-rash', 'myositis-specific-antibodies', 'myositis', 'proximal-muscle-weakness', 'remission'],
    sources: [
      NCI_DM,
      MAYO_DM,
      { publisher: 'St. Elizabeth Healthcare Health Library', title: 'Dermatomyositis', url: 'https://stelizabeth.com/healthlibrary/Definition/dermatomyositis' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'juvenile-dermatomyositis',
    name: 'Juvenile dermatomyositis',
    pronunciation: 'JOO-vuh-nile DER-muh-toh-my-oh-SY-tis',
    category: 'condition',
    // Not "juvenile DM": older medical text uses it for juvenile-onset diabetes mellitus.
    aliases: [{ text: 'JDM', caseSensitive: true }, 'juvenile myositis', 'juvenile-onset dermatomyositis'],
    summary: 'Juvenile dermatomyositis is DM that starts in childhood or the teen years.',
    sections: {
      whyInDm:
        'It is rare: in the US only a few children in every million are diagnosed each year, on average at about age six or seven, and girls about twice as often as boys. Like adult DM, it causes a rash and muscle weakness, and it can affect the gut, heart and lungs. Hard calcium lumps under the skin, called calcinosis, are much more common than in adults. A person diagnosed as a child keeps the name JDM as an adult. Juvenile myositis is the wider name; it also covers the much rarer juvenile polymyositis.',
      howGiven:
        'In UK advice, steroids plus methotrexate are the usual first treatment for most children. A key goal is to get the disease fully under control early. One reason is that disease that stays active for a long time raises the risk of calcinosis. Unlike in adults, routine cancer screening is usually not needed.',
      questions: [
        'How will we know the disease is fully under control?',
        'What can we do to lower the risk of calcinosis?',
        'How will treatment affect school, sports and growth?',
        'Who will care for my child when they move to adult care?',
      ],
    },
    related: ['dermatomyositis', 'calcinosis', 'methotrexate', 'prednisone', 'anti-nxp2'],
    sources: [
      { publisher: 'Cure JM Foundation', title: 'About juvenile myositis', url: 'https://curejm.org/info/jm.php' },
      {
        publisher: 'Rheumatology (British Society for Rheumatology guideline, Oldroyd et al., 2022)',
        title: 'British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy',
        url: 'https://doi.org/10.1093/rheumatology/keac115',
      },
      TMA_CALCINOSIS,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'amyopathic-dermatomyositis',
    name: 'Amyopathic dermatomyositis',
    pronunciation: 'AY-my-oh-PATH-ik DER-muh-toh-my-oh-SY-tis',
    category: 'condition',
    aliases: [
      'amyopathic DM',
      'clinically amyopathic dermatomyositis',
      'clinically amyopathic DM',
      { text: 'CADM', caseSensitive: true },
      'dermatomyositis sine myositis',
      'DM sine myositis',
      'hypomyopathic dermatomyositis',
      'hypomyopathic DM',
      'premyopathic dermatomyositis',
    ],
    summary: 'Amyopathic dermatomyositis is a form of DM with the usual skin rash but no clear muscle weakness.',
    sections: {
      whyInDm:
        'People have the typical DM rashes, such as the heliotrope rash and Gottron papules, for a long time. Their strength stays normal. Muscle tests are normal too, or in the form called hypomyopathic only slightly off. It is not a mild form of DM. It can have the same antibodies and the same risks, such as lung disease (mostly with anti-MDA5) and cancer. Muscle disease can appear later, so regular follow-up matters.',
      howGiven:
        'The rash is often stubborn and itchy. Sun protection and skin creams help, but many people also need medicines that work on the whole body.',
      questions: [
        'Do I need lung tests, even though my muscles are fine?',
        'Which cancer checks do I need?',
        'Which signs of muscle weakness should I report?',
        'What can we do about the itch?',
      ],
    },
    related: ['dermatomyositis', 'anti-mda5', 'interstitial-lung-disease', 'cancer-screening', 'photoprotection'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Diagnostic criteria for amyopathic dermatomyositis',
        url: 'https://www.myositis.org/about-myositis/diagnosis/diagnostic-criteria/diagnostic-criteria-for-amyopathic-dermatomyositis/',
      },
      {
        publisher: 'Current Rheumatology Reports (Bailey & Fiorentino, 2014)',
        title: 'Amyopathic dermatomyositis: definitions, diagnosis, and management',
        url: 'https://link.springer.com/article/10.1007%2Fs11926-014-0465-0',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'fulminant-dermatomyositis',
    name: 'Fulminant dermatomyositis',
    pronunciation: 'FUL-mih-nunt DER-muh-toh-my-oh-SY-tis',
    category: 'condition',
    aliases: ['fulminant DM', 'rapidly progressive dermatomyositis'],
    summary: 'Fulminant dermatomyositis is a term some doctors use for DM that gets much worse over days or weeks.',
    sections: {
      whyInDm:
        'It is not a formal type of DM, but it describes an emergency. Signs may be weakness that grows fast, being unable to walk or swallow, or trouble breathing. Muscle can also break down fast and harm the kidneys. In DM with anti-MDA5 antibodies, lung disease can get worse fast even when the muscles are only a little weak.',
      howGiven:
        'Severe DM is treated right away, often in hospital. Treatment often means high-dose steroids through a vein. IVIG and other medicines that calm the immune system are often added.',
      questions: [
        'Which warning signs mean I should go to the emergency room?',
        'Who should I call if my swallowing or breathing gets worse?',
        'What treatment would I get in hospital?',
      ],
    },
    related: ['methylprednisolone', 'ivig', 'anti-mda5', 'dysphagia', 'interstitial-lung-disease'],
    sources: [
      { publisher: 'Journal of Drugs in Dermatology (case report, 2011)', title: 'Fulminant dermatomyositis: case report', url: 'https://jddonline.com/articles/dermatology/S1545961611P0902X' },
      IIM_TREATMENT_TABLE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'gottron-papules',
    name: 'Gottron papules',
    pronunciation: 'GOT-ron PAP-yools',
    category: 'symptom',
    aliases: ['Gottron papule', "Gottron's papule", 'Gottron sign', "Gottron's sign"],
    summary: 'Gottron papules are pink to purple, slightly raised bumps over the knuckles and finger joints.',
    sections: {
      whyInDm:
        'They are one of the clearest signs of DM and help doctors make the diagnosis. The bumps may be scaly or itchy and can be mistaken for eczema. Flat patches of the same color over the knuckles, elbows, knees or ankles are called Gottron sign. They are often part of a rash that gets worse in the sun.',
      questions: ['Is this rash part of my DM?', 'What can I use to calm the itch?', 'Will sun protection help this rash?'],
    },
    related: ['heliotrope-rash', 'dermatomyositis', 'photoprotection', 'topical-corticosteroids', 'hydroxychloroquine'],
    sources: [MOUNT_SINAI_DM, CFP_SKIN_TABLE],
    reviewed: REVIEWED,
  },
  {
    id: 'heliotrope-rash',
    name: 'Heliotrope rash',
    pronunciation: 'HEE-lee-oh-trope',
    category: 'symptom',
    aliases: ['heliotrope eruption', 'heliotrope eyelids', 'heliotrope sign'],
    summary: 'A heliotrope rash is a purple or red color on the upper eyelids, which are often puffy.',
    sections: {
      whyInDm:
        'Along with Gottron papules, it is one of the classic signs of DM. It is named after the heliotrope, a plant with purple flowers. On darker skin it may look brown or dusky and can be easier to miss.',
      questions: [
        'Is the color around my eyes part of my DM?',
        'Which creams are safe to use on my eyelids?',
        'Will sun protection help?',
      ],
    },
    related: ['gottron-papules', 'dermatomyositis', 'photoprotection', 'topical-corticosteroids', 'tacrolimus'],
    sources: [MOUNT_SINAI_DM, CFP_SKIN_TABLE],
    reviewed: REVIEWED,
  },
  {
    id: 'calcinosis',
    name: 'Calcinosis',
    pronunciation: 'kal-sih-NOH-sis',
    category: 'condition',
    // Not "calcium deposit" or "dystrophic calcification": both name calcium seen on mammograms,
    // in arteries, tendons and heart valves, which is not DM calcinosis.
    aliases: ['calcinosis cutis', 'dystrophic calcinosis'],
    summary: 'Calcinosis is hard lumps of calcium that form in or under the skin or in muscle.',
    sections: {
      whyInDm:
        'Calcinosis is much more common in children with DM than in adults. It is more likely when DM has been active for a long time, and with some antibodies such as anti-NXP2 and anti-MDA5. The lumps can hurt, break through the skin and leak a chalky paste, get infected, or stiffen joints. Blood calcium is usually normal.',
      howGiven:
        'No medicine reliably melts the lumps, so the main aim is to control DM early and fully. Lumps that hurt or cause trouble may be removed by surgery. Some medicines, such as sodium thiosulfate and diltiazem, have been tried, but the proof that they work is weak. Not smoking, keeping warm and sun protection are also advised.',
      questions: [
        'Is my DM controlled well enough to help stop new lumps?',
        'Would surgery help a lump that hurts or leaks?',
        'Is any medicine worth trying for my calcinosis?',
        'How should I care for a lump that breaks through the skin?',
      ],
    },
    related: ['juvenile-dermatomyositis', 'anti-nxp2', 'calcinosis-surgery', 'sodium-thiosulfate', 'diltiazem'],
    sources: [TMA_CALCINOSIS, CALCINOSIS_REVIEW],
    reviewed: REVIEWED,
  },
  {
    id: 'calcinosis-surgery',
    name: 'Calcinosis surgery',
    pronunciation: 'kal-sih-NOH-sis SUR-jur-ee',
    category: 'procedure',
    aliases: ['surgical removal of calcinosis', 'surgical excision of calcinosis', 'excision of calcinosis'],
    summary: 'Calcinosis surgery means cutting out calcium lumps that hurt, break open or get infected.',
    sections: {
      whyInDm:
        'When a lump can be reached safely, reviews call surgery the main treatment for large lumps that cause pain, open sores or infection. It can ease pain and help sores heal. Lumps can come back, so keeping DM under control still matters.',
      howGiven:
        'A surgeon cuts out the lump, or cleans the chalky material out of an open sore. How big the operation is depends on where the lump is and how large it is.',
      questions: [
        'Is this lump a good one to remove?',
        'How long will healing take, and how do I care for the wound?',
        'What is the chance that the lump comes back?',
      ],
    },
    related: ['calcinosis', 'sodium-thiosulfate', 'diltiazem', 'juvenile-dermatomyositis'],
    sources: [
      {
        publisher: 'Muscular Dystrophy Association',
        title: 'Dermatomyositis: medical management',
        url: 'https://www.mda.org/disease/dermatomyositis/medical-management',
      },
      CALCINOSIS_REVIEW,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'sodium-thiosulfate',
    name: 'Sodium thiosulfate',
    pronunciation: 'SOH-dee-um thy-oh-SUL-fate',
    category: 'medicine',
    classes: ['antidote'],
    aliases: ['sodium thiosulphate'],
    summary: 'Sodium thiosulfate is a medicine that some doctors try in order to soften or shrink calcium lumps.',
    sections: {
      whyInDm:
        'It is used off-label for calcinosis. Reviews call the results hopeful, but the proof comes only from small groups of case reports, and it is not a proven cure.',
      howGiven:
        'It may be given as a drip into a vein, as shots into the lump itself, or as a cream made up by a pharmacy. Your doctor decides which form suits you and for how long.',
      sideEffects:
        'Given into a vein, it can cause nausea and vomiting, and it can upset the acid balance of the blood, so blood tests may be done. Shots into a lump can burn for a short time. Tell your team about any side effect.',
      questions: [
        'Is sodium thiosulfate worth trying for my lumps?',
        'Which form would I use, and when will we know if it helps?',
        'Which side effects should I watch for?',
      ],
    },
    related: ['calcinosis', 'calcinosis-surgery', 'diltiazem', 'off-label-use'],
    sources: [
      CALCINOSIS_REVIEW,
      TRAINEAU_2020,
      { publisher: 'eMedicine (Medscape Reference)', title: 'Calciphylaxis: treatment (sodium thiosulfate)', url: 'https://emedicine.medscape.com/article/1095481-treatment' },
      { publisher: 'PubMed', title: 'Intralesional sodium thiosulfate for calcinosis cutis in systemic sclerosis: a case-based review', url: 'https://pubmed.ncbi.nlm.nih.gov/33244722/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'diltiazem',
    name: 'Diltiazem',
    pronunciation: 'dil-TY-uh-zem',
    category: 'medicine',
    classes: ['calcium-channel-blocker'],
    // Tildiem: UK brand (emc leaflet for Tildiem LA, product 4972). Adizem: UK brand (emc, product 7586).
    aliases: ['Cardizem', 'Tiazac', 'Tildiem', 'Adizem'],
    summary: 'Diltiazem is a heart and blood pressure pill that doctors sometimes try to slow calcinosis.',
    sections: {
      whyInDm:
        'It relaxes blood vessels by blocking calcium from entering some cells. For calcinosis it is used off-label. Small studies in children with DM, and reports of single patients, suggest it may help some people. But the proof is weak. Other medicines have been tried with weak proof too, and low-dose warfarin did not help in a small trial.',
      howGiven:
        'It is taken by mouth, usually for a long time, because any benefit comes slowly. Your doctor picks the dose.',
      sideEffects:
        'It lowers blood pressure and can slow the heart, so your team may check your blood pressure and pulse. It can change the levels of some other medicines. It can raise the level of cyclosporine and of tacrolimus, two DM medicines, a lot. It can also raise the level of some cholesterol pills called statins, such as simvastatin, which can harm the muscles. Make sure the doctor who manages your other medicines knows you take diltiazem, and tell your pharmacist about everything you take.',
      questions: [
        'How will we know if diltiazem is helping my calcinosis?',
        'How long should we try it before deciding?',
        'Does it mix safely with my other medicines?',
      ],
    },
    related: ['calcinosis', 'sodium-thiosulfate', 'calcinosis-surgery', 'juvenile-dermatomyositis', 'off-label-use', 'tacrolimus', 'cyclosporine'],
    sources: [
      TRAINEAU_2020,
      { publisher: 'PubMed', title: 'Diltiazem for calcinosis in juvenile dermatomyositis', url: 'https://pubmed.ncbi.nlm.nih.gov/19078635/' },
      {
        publisher: 'British Journal of Clinical Pharmacology (Jones et al., 1997)',
        title: 'Diltiazem-cyclosporin pharmacokinetic interaction: dose-response relationship',
        url: 'https://doi.org/10.1046/j.1365-2125.1997.t01-1-00616.x',
      },
      { publisher: 'Electronic Medicines Compendium (emc)', title: 'Adizem-XL (diltiazem) capsules: patient leaflet (other medicines: ciclosporin, tacrolimus, statins)', url: 'https://www.medicines.org.uk/emc/product/7586/xpil/print' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'interstitial-lung-disease',
    name: 'Interstitial lung disease',
    pronunciation: 'in-ter-STISH-ul',
    category: 'condition',
    aliases: [
      { text: 'ILD', caseSensitive: true },
      { text: 'RP-ILD', caseSensitive: true },
      'rapidly progressive interstitial lung disease',
      'myositis-associated interstitial lung disease',
      'interstitial pneumonia',
      'lung fibrosis',
    ],
    summary: 'Interstitial lung disease is swelling and scarring in the lungs that makes it harder to get oxygen into the blood.',
    sections: {
      whyInDm:
        'It is the most common serious organ problem in myositis, and many people with myositis have some lung involvement. It can cause shortness of breath and a dry cough, or no symptoms at first, and it can start before muscle symptoms. How bad the lungs are does not match how bad the skin or muscles are. It is linked to some antibodies, such as anti-MDA5 and anti-Jo-1.',
      howGiven:
        'Doctors check it with a chest X-ray, breathing tests and a chest CT scan. Treatment is usually steroids plus another medicine that calms the immune system. Common choices are mycophenolate, tacrolimus and rituximab. Cyclosporine, cyclophosphamide or IVIG may be used too. If the lungs get worse fast, as can happen with anti-MDA5, strong treatment starts early. It often uses more than one medicine at a time.',
      questions: [
        'Do I need breathing tests or a chest CT scan?',
        'How often should my lungs be checked?',
        'Which breathing changes should I report right away?',
        'Should a lung specialist be part of my care?',
      ],
    },
    related: ['pulmonary-function-tests', 'high-resolution-ct', 'antisynthetase-syndrome', 'anti-synthetase-antibodies', 'anti-mda5', 'mycophenolate', 'tacrolimus', 'rituximab', 'antifibrotics'],
    sources: [
      { publisher: 'The Myositis Association', title: 'Interstitial lung disease', url: 'https://www.myositis.org/about-myositis/complications/interstitial-lung-disease/' },
      MAYO_DM,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'dysphagia',
    name: 'Dysphagia',
    pronunciation: 'dis-FAY-juh',
    category: 'symptom',
    aliases: ['oropharyngeal dysphagia', 'difficulty swallowing', 'swallowing difficulty', 'swallowing problem'],
    summary: 'Dysphagia means trouble swallowing, which can happen when the throat muscles are weak.',
    sections: {
      whyInDm:
        'About a third of people with myositis have it. Signs include coughing or choking when eating or drinking, a wet or hoarse voice after swallowing, food that sticks, slow meals and weight loss. Food or drink that goes into the lungs can cause pneumonia, and eating and drinking too little can follow. Serious swallowing trouble is a sign of more severe DM and may lead to stronger treatment.',
      howGiven:
        'A swallow study is an X-ray video of you swallowing. It is often done with a speech and language therapist. UK advice is to check everyone with myositis for swallowing problems. Treating the DM helps. So do safe-swallow tips from a therapist and advice from a dietitian.',
      questions: [
        'Should I have a swallow study?',
        'Can I see a speech therapist about safe swallowing?',
        'Which signs mean I need help right away?',
        'Should my food or drinks be softer or thicker?',
      ],
    },
    related: ['speech-therapy', 'dietitian', 'ivig', 'methylprednisolone', 'fulminant-dermatomyositis', 'swallow-study', 'feeding-tube'],
    sources: [
      { publisher: 'The Myositis Association', title: 'Dysphagia', url: 'https://www.myositis.org/about-myositis/complications/dysphagia/' },
      IIM_TREATMENT_TABLE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cancer-screening',
    name: 'Cancer screening in DM',
    category: 'test',
    aliases: [
      'cancer screening in dermatomyositis',
      'cancer-associated dermatomyositis',
      'cancer-associated myositis',
      'paraneoplastic dermatomyositis',
      'paraneoplastic DM',
    ],
    summary: 'Cancer screening in DM means tests to look for a hidden cancer, because adults with DM have a higher cancer risk.',
    sections: {
      whyInDm:
        'Adults with DM are more likely to have some cancers, such as ovary, lung, pancreas, breast, cervix and gut cancers. The risk is highest in the few years before and after DM starts. Children with DM usually do not need routine cancer screening.',
      howGiven:
        'A 2023 international guideline sorts adults into standard, moderate or high risk. It looks at the type of DM, antibodies such as anti-TIF1-gamma, and other features. Lower risk may mean a basic check: an exam, blood tests and a chest X-ray. Higher risk may mean more tests, such as CT scans. Some people also need a PET-CT scan or a camera test of the gut. The tests are repeated on a set plan.',
      questions: [
        'What is my cancer risk level, and why?',
        'Which tests do I need, and how often?',
        'How long will I need screening?',
        'Are my usual screening tests up to date?',
      ],
    },
    related: ['anti-tif1-gamma', 'myositis-specific-antibodies', 'dermatomyositis', 'amyopathic-dermatomyositis', 'juvenile-dermatomyositis', 'pet-ct', 'tumor-markers'],
    sources: [
      {
        publisher: 'Nature Reviews Rheumatology (IMACS guideline, 2023), via PubMed',
        title: 'International guideline for idiopathic inflammatory myopathy-associated cancer screening',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37945774/',
      },
      NCI_DM,
    ],
    reviewed: REVIEWED,
  },
];
