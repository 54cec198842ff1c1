import type { GlossaryEntry } from '../types';

/**
 * Tests, scores and research words a DM patient meets in clinic letters and on trial pages
 * (issue #20, item 5; content review 12b, section 8). Every fact was checked on 2026-12-06
 * against the sources each entry lists.
 */

const REVIEWED = '2026-12-06';

// The journal's own DOI, not the University of Bath repository copy the card first cited.
const IMACS_CANCER_GUIDELINE = {
  publisher: 'Nature Reviews Rheumatology (IMACS, 2023)',
  title: 'International Guideline for Idiopathic Inflammatory Myopathy-Associated Cancer Screening: an IMACS initiative',
  url: 'https://doi.org/10.1038/s41584-023-01045-w',
} as const;
const TROPONIN_REVIEW = {
  publisher: 'PubMed Central (review)',
  title: 'Cardiac troponins as biomarkers of heart involvement in myositis and systemic sclerosis',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4589894',
} as const;
const PM_DM_MARKERS = {
  publisher: 'PubMed (Clin Chim Acta, 2001)',
  title: 'Cardiac troponin and myosin heavy chain concentrations in polymyositis or dermatomyositis',
  url: 'https://pubmed.ncbi.nlm.nih.gov/11282091/',
} as const;
const IMACS_RESPONSE_CRITERIA = {
  publisher: 'National Institute of Environmental Health Sciences (NIH)',
  title: 'IMACS myositis response criteria',
  url: 'https://www.niehs.nih.gov/research/resources/imacs/response_criteria/',
} as const;

export const diseaseMeasureEntries: readonly GlossaryEntry[] = [
  {
    id: 'troponin',
    name: 'Troponin',
    pronunciation: 'TROH-puh-nin',
    category: 'test',
    aliases: [
      'troponin test',
      'cardiac troponin',
      'troponin T',
      'troponin I',
      'high-sensitivity troponin',
      { text: 'cTnT', caseSensitive: true },
      { text: 'cTnI', caseSensitive: true },
    ],
    summary: 'Troponin is a muscle protein, and a blood test for the heart kind is the main check for heart damage, such as a heart attack.',
    sections: {
      whyInDm:
        'Myositis can inflame the heart, so some teams check troponin to look for it. There are two heart tests. Troponin T can also come from skeletal muscle that is inflamed or healing, so it is often high in active myositis even when the heart is fine. Troponin I comes from heart muscle only, so it helps tell the two apart.',
      howGiven:
        'It is a blood test. If you go to an emergency room, say that you have myositis, because a high troponin T on its own has led to heart tests that were not needed. Chest pain still needs urgent care: never assume it is only your muscles.',
      questions: [
        'Which troponin test do you use, T or I?',
        'Has my troponin been checked, and was it normal?',
        'Should I carry a note that says I have myositis?',
      ],
    },
    related: ['heart-involvement', 'cardiac-mri', 'creatine-kinase', 'myoglobin'],
    sources: [
      TROPONIN_REVIEW,
      {
        publisher: 'Journal of Clinical Pathology, via PubMed Central',
        title: 'Two cases of inflammatory muscle disease presenting with raised serum troponin T',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1770785',
      },
      PM_DM_MARKERS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cardiac-mri',
    name: 'Cardiac MRI',
    category: 'test',
    aliases: [
      'heart MRI',
      'cardiac MRI scan',
      'cardiac magnetic resonance',
      'cardiovascular magnetic resonance',
      { text: 'CMR', searchOnly: true },
    ],
    summary: 'A cardiac MRI uses a strong magnet, not X-rays, to take clear pictures of the heart and show swelling or scars.',
    sections: {
      whyInDm:
        'Myositis can inflame the heart muscle without causing symptoms. Small studies that used cardiac MRI found signs of this hidden inflammation in many people with myositis. The scan can show swelling and scarring in the heart muscle, and it can be repeated to follow changes with treatment. Other heart tests you may have are an ECG, which records the heartbeat, and an echocardiogram, an ultrasound of the heart.',
      howGiven:
        'You lie still inside the scanner while it takes pictures. Nothing goes into the heart, and there is no radiation. A contrast dye is often given into a vein to show scars more clearly.',
      questions: [
        'Do I need a heart scan, and why?',
        'What did my heart MRI show?',
        'Is the contrast dye safe for my kidneys?',
      ],
    },
    related: ['heart-involvement', 'troponin', 'muscle-mri'],
    sources: [
      {
        publisher: 'The Rheumatologist (American College of Rheumatology)',
        title: 'Myositis and the heart: cardiac involvement in myositis',
        url: 'https://the-rheumatologist.org/article/myositis-the-heart-new-perspectives-on-the-pathogenesis-management-of-cardiac-involvement-in-myositis/2',
      },
      {
        publisher: 'Journal of Inflammation Research, via PubMed Central',
        title: 'Cardiovascular magnetic resonance imaging in connective tissue diseases',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5436790',
      },
      {
        publisher: 'Journal of Cardiovascular Magnetic Resonance, via PubMed Central',
        title: 'Cardiovascular magnetic resonance in idiopathic inflammatory myopathy',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7147024',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pet-ct',
    name: 'PET-CT scan',
    category: 'test',
    aliases: ['PET-CT', 'PET/CT', 'PET scan', 'FDG PET-CT', 'positron emission tomography'],
    summary: 'A PET-CT scan joins two kinds of scan in one to look for cancer anywhere in the body.',
    sections: {
      whyInDm:
        'Adults with myositis have a higher risk of cancer in the three years before and after it starts. A 2023 guideline from an international group of experts (IMACS) puts each person in a risk group: standard, moderate or high. The group depends on the type of myositis, the antibodies found and other signs. The guideline says a PET-CT can be thought about for people at high risk when other tests have found no cancer. It says the same for some people over 40 with anti-TIF1-gamma antibodies and one more high-risk sign.',
      howGiven:
        'The tracer is a sugar-like substance given into a vein, and the scanner then shows where it collects. The scan uses some radiation, so it is chosen when the benefit is worth it.',
      questions: [
        'What is my cancer risk group?',
        'Which cancer checks do I need, and how often?',
        'Is a PET-CT right for me?',
      ],
    },
    related: ['cancer-screening', 'tumor-markers', 'anti-tif1-gamma', 'anti-nxp2'],
    sources: [
      IMACS_CANCER_GUIDELINE,
      {
        publisher: 'PubMed (Best Pract Res Clin Rheumatol, 2022)',
        title: 'Cancer and myositis: who, when, and how to screen',
        url: 'https://pubmed.ncbi.nlm.nih.gov/35970749/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'tumor-markers',
    name: 'Tumor markers',
    category: 'test',
    aliases: ['tumour markers', 'tumor marker test', 'tumour marker test', 'CA-125', 'cancer antigen 125'],
    summary: 'Tumor markers are blood tests for substances that some tumors release, and they can be one part of screening.',
    sections: {
      whyInDm:
        'The IMACS guideline has a basic and an enhanced screening panel. The enhanced one, for people at higher risk, adds CT scans and tumor markers. Two common tumor markers are CA-125, linked with ovarian cancer, and PSA, linked with prostate cancer.',
      howGiven:
        'It is a blood test. A marker alone cannot find or rule out cancer: other illnesses can raise it, and some tumors do not. Your doctor reads it together with your scans and exam.',
      questions: [
        'Which tumor markers are you checking, and why?',
        'What happens if one is high?',
        'How often will they be repeated?',
      ],
    },
    related: ['cancer-screening', 'pet-ct', 'anti-tif1-gamma'],
    sources: [
      IMACS_CANCER_GUIDELINE,
      {
        publisher: 'National Cancer Institute (NCI Dictionary of Cancer Terms)',
        title: 'Tumor marker',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/tumor-marker',
      },
      {
        publisher: 'Memorial Sloan Kettering Cancer Center',
        title: 'Tumor markers in cancer screening: possibilities and pitfalls',
        url: 'https://synapse.mskcc.org/synapse/works/177102',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cdasi',
    name: 'CDASI',
    category: 'test',
    aliases: ['Cutaneous Dermatomyositis Disease Area and Severity Index', 'CDASI score'],
    summary: 'The CDASI is a score that shows how active the DM rash is and how much lasting harm it has left on the skin.',
    sections: {
      whyInDm:
        'It was made for clinical trials and for following one person over time. It gives two scores. Activity is the skin disease that is active now and can get better. Damage is the lasting change that treatment cannot undo. In one study, a drop of about 4 or 5 points in the activity score matched what doctors saw as a real change.',
      howGiven:
        'A doctor looks at your skin, area by area, and adds up the scores. There is no needle or scan. A higher score means more skin disease.',
      questions: [
        'What is my CDASI score now, and how has it changed?',
        'Is my skin disease active, or is it lasting damage?',
        'Does the trial I might join use a skin score?',
      ],
    },
    related: ['dermatomyositis', 'dermatologist', 'clinical-trial', 'total-improvement-score'],
    sources: [
      {
        publisher: 'British Journal of Dermatology, via PubMed Central',
        title: 'Validation of the Cutaneous Dermatomyositis Disease Area and Severity Index (CDASI)',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4878996',
      },
      {
        publisher: 'British Journal of Dermatology, via PubMed Central',
        title: 'Modification of the Cutaneous Dermatomyositis Disease Area and Severity Index',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2852630',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'manual-muscle-testing',
    name: 'Manual muscle testing',
    category: 'test',
    aliases: [
      'manual muscle test',
      { text: 'MMT-8', caseSensitive: true },
      { text: 'MMT8', caseSensitive: true },
      { text: 'MMT', searchOnly: true },
    ],
    summary: 'Manual muscle testing is a strength check: you hold still while a doctor or therapist pushes on your arm, leg or neck.',
    sections: {
      whyInDm:
        'Weakness is the main sign of myositis, so strength is checked at visits and in trials. The MMT-8 tests eight muscle groups on one side of the body: the neck, shoulder, upper arm, wrist, two hip muscles, thigh and ankle. Each is scored from 0 to 10, and the total shows change over time. The total is reliable, but the score of one muscle alone is less so.',
      howGiven:
        'It takes a few minutes and needs no equipment. You hold a position while the examiner pushes against it. Try to give your usual best effort each time, so the scores can be compared.',
      questions: [
        'What was my muscle score, and is it getting better?',
        'Which of my muscles are weakest?',
        'Should a physical therapist check my strength too?',
      ],
    },
    related: ['proximal-muscle-weakness', 'physical-therapy', 'total-improvement-score', 'creatine-kinase'],
    sources: [
      {
        publisher: 'Arthritis Care & Research (Rider et al., 2010)',
        title: 'Validation of manual muscle testing and a subset of eight muscles for adult and juvenile idiopathic inflammatory myopathies',
        url: 'https://doi.org/10.1002/acr.20035',
      },
      {
        publisher: 'PLoS One, via PubMed Central',
        title: 'Manual muscle testing and hand-held dynamometry in people with inflammatory myopathy',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5875759',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'total-improvement-score',
    name: 'Total Improvement Score',
    category: 'test',
    aliases: [
      'myositis response criteria',
      'ACR-EULAR myositis response criteria',
      { text: 'TIS', searchOnly: true },
    ],
    summary: 'The Total Improvement Score is a number from 0 to 100 that shows how much better your myositis has got in a trial.',
    sections: {
      whyInDm:
        'It adds up the change in six core measures. Among them are how active the doctor thinks the disease is, your muscle strength, the muscle enzymes in your blood, and how you rate your own health. Some count more than others. The total is then called minimal, moderate or major improvement. Two large groups of rheumatology experts, in the US and in Europe, agreed on it in 2016. Experts advise that myositis drug trials use it as their main result.',
      howGiven:
        'It is worked out from the results of your visits, so there is no extra test. A higher score means more improvement. It is used mostly in research, so your own clinic may not use it.',
      questions: [
        'How will my improvement be measured in this trial?',
        'Which of my results count toward the score?',
        'What change would matter most to me?',
      ],
    },
    related: ['clinical-trial', 'manual-muscle-testing', 'cdasi', 'proderm-trial'],
    sources: [
      IMACS_RESPONSE_CRITERIA,
      {
        publisher: 'The Rheumatologist (American College of Rheumatology)',
        title: 'ACR/EULAR response criteria approved for adult, juvenile myositis',
        url: 'https://www.the-rheumatologist.org/article/acreular-response-criteria-approved-adult-juvenile-myositis/2',
      },
      {
        publisher: 'Annals of the Rheumatic Diseases (Aggarwal et al., 2017)',
        title: '2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis',
        url: 'https://ard.bmj.com/content/76/5/792',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'myoglobin',
    name: 'Myoglobin',
    pronunciation: 'MY-oh-gloh-bin',
    category: 'test',
    aliases: ['myoglobin test', 'serum myoglobin', 'urine myoglobin', 'myoglobinuria'],
    summary: 'Myoglobin is a small protein in muscle that leaks into the blood when muscle is hurt.',
    sections: {
      whyInDm:
        'Like CK, myoglobin goes up when muscle is damaged. In one study of people with polymyositis or DM, it was often high and went along with how severe the disease was. The kidneys clear it into the urine, and very high levels, as in rhabdomyolysis, can harm the kidneys.',
      howGiven:
        'It is a blood test, or sometimes a urine test, and usually needs no preparation. Tell your team quickly if you have dark urine with muscle pain or weakness.',
      questions: [
        'Was my myoglobin checked along with my CK?',
        'Do my kidneys need checking?',
        'What should I do if my urine turns dark?',
      ],
    },
    related: ['creatine-kinase', 'rhabdomyolysis', 'aldolase', 'troponin'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Myoglobin blood test', url: 'https://medlineplus.gov/ency/article/003663.htm' },
      { publisher: 'The Myositis Association', title: 'Rhabdomyolysis', url: 'https://www.myositis.org/about-myositis/complications/rhabdomyolysis/' },
      PM_DM_MARKERS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'ferritin',
    name: 'Ferritin',
    pronunciation: 'FAIR-ih-tin',
    category: 'test',
    aliases: ['ferritin test', 'serum ferritin', 'ferritin level', 'high ferritin', 'hyperferritinemia'],
    summary: 'Ferritin stores iron in the body, and a blood test for it shows how much iron you have in store.',
    sections: {
      whyInDm:
        'Ferritin also goes up with inflammation, so its level is read with care. Low ferritin usually means low iron. High ferritin can mean too much iron, but it also goes up with liver disease and with inflammatory diseases such as rheumatoid arthritis. In DM with anti-MDA5 antibodies, high ferritin is a warning sign. It goes with lung disease that gets worse fast, so doctors may treat more strongly.',
      howGiven: 'It is a blood test from a vein in your arm.',
      questions: [
        'Is my ferritin high, and why?',
        'Does my ferritin change how my lungs are treated?',
        'Is my iron low?',
      ],
    },
    related: ['anti-mda5', 'interstitial-lung-disease', 'plasma-exchange', 'complete-blood-count'],
    sources: [
      { publisher: 'Mayo Clinic', title: 'Ferritin test', url: 'https://www.mayoclinic.org/tests-procedures/ferritin-test/home/ovc-20271871' },
      {
        publisher: 'Frontiers in Immunology (2022)',
        title: 'Risk factors for rapidly progressive ILD in anti-MDA5 dermatomyositis and antisynthetase syndrome',
        url: 'https://frontiersin.org/journals/immunology/articles/10.3389/fimmu.2022.845988/full',
      },
      {
        publisher: 'Current Treatment Options in Rheumatology (review, 2021)',
        title: 'Pharmacologic treatment of anti-MDA5 rapidly progressive interstitial lung disease',
        url: 'https://doi.org/10.1007/s40674-021-00186-x',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'interferon',
    name: 'Type I interferon',
    category: 'test',
    aliases: [
      'type 1 interferon',
      'interferon signature',
      'type I interferon signature',
      'interferon score',
      // Alone, "interferon" and "IFN" also name interferon gamma (type II), a different signal
      // with its own TB blood test, so pages paint only the type I names.
      { text: 'interferon', searchOnly: true },
      { text: 'IFN', searchOnly: true },
    ],
    summary: 'Interferons are signal proteins of the immune system, and in DM one kind is made far too much and helps drive the disease.',
    sections: {
      whyInDm:
        'Studies of blood, muscle and skin in DM find many genes switched on by interferon. This pattern is called an interferon signature. Its level goes up and down with disease activity, mostly in the skin, and may help predict flares. JAK inhibitors, such as tofacitinib, baricitinib and ruxolitinib, block the signal interferon sends inside cells. This is one reason they are tried in hard-to-treat DM.',
      howGiven:
        'Testing for it is still mostly done in research studies, not as a routine clinic blood test.',
      questions: [
        'Is interferon testing part of any study I could join?',
        'Could a JAK inhibitor help my skin disease?',
      ],
    },
    related: ['jak-inhibitors', 'dermatomyositis', 'juvenile-dermatomyositis', 'anti-mda5'],
    sources: [
      {
        publisher: 'Current Opinion in Rheumatology, via PubMed Central',
        title: 'Updates on interferon in juvenile dermatomyositis: pathogenesis and therapy',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9184970',
      },
      {
        publisher: 'Pediatric Rheumatology (2021)',
        title: 'JAK inhibitors: a potential treatment for JDM in the context of interferon-driven pathology',
        url: 'https://ped-rheum.biomedcentral.com/articles/10.1186/s12969-021-00637-8',
      },
      {
        publisher: 'Arthritis Research & Therapy (2020)',
        title: 'Interferon-regulated gene expression in juvenile dermatomyositis by autoantibody group',
        url: 'https://link.springer.com/article/10.1186/s13075-020-02160-9',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'refractory-myositis',
    name: 'Refractory myositis',
    category: 'care',
    aliases: [
      // "Refractory disease" alone is said of many illnesses (celiac disease, epilepsy), so search only.
      { text: 'refractory disease', searchOnly: true },
      'refractory dermatomyositis',
      'refractory DM',
      'treatment-refractory myositis',
      'treatment-resistant myositis',
      { text: 'refractory', searchOnly: true },
      { text: 'hard to treat', searchOnly: true },
    ],
    summary: 'Refractory myositis is myositis that has not improved enough with the usual first treatments.',
    sections: {
      whyInDm:
        'Most people start with steroids plus a second medicine, such as methotrexate. If the disease is still active after a fair trial, it may be called refractory. For weak muscles, UK guidance then suggests options such as IVIG, rituximab or cyclophosphamide. For skin disease, it suggests IVIG or rituximab. Many drug trials are for people whose disease is refractory.',
      howGiven:
        'It does not mean that nothing will work. Your team may first check the diagnosis and whether something else explains your symptoms, and then talk about next steps.',
      questions: [
        'Is my disease called refractory, and why?',
        'What are my next treatment options?',
        'Could I join a clinical trial?',
      ],
    },
    related: ['ivig', 'rituximab', 'cyclophosphamide', 'clinical-trial', 'corticosteroid-sparing-agent'],
    sources: [
      {
        publisher: 'British Society for Rheumatology guideline (Rheumatology, 2022)',
        title: 'Management of adults and children with idiopathic inflammatory myopathies',
        url: 'https://doi.org/10.1093/rheumatology/keac115',
      },
      {
        publisher: 'PubMed (Autoimmun Rev, 2011)',
        title: 'Idiopathic inflammatory myopathies: definition and management of refractory disease',
        url: 'https://pubmed.ncbi.nlm.nih.gov/21664497/',
      },
      {
        publisher: 'Advances in Rheumatology (2019)',
        title: 'Guidelines of the Brazilian Society of Rheumatology for the treatment of systemic autoimmune myopathies',
        url: 'https://advancesinrheumatology.biomedcentral.com/articles/10.1186/s42358-019-0048-x',
      },
    ],
    reviewed: REVIEWED,
  },
];
