import type { GlossaryEntry } from '../types';

/**
 * Tests used to check on DM and its treatment, and the safety topics that come
 * with the medicines (issue #10, writer C). Every fact was checked on the date
 * below against the sources listed in each entry.
 */
const REVIEWED = '2026-12-01';

const TMA_ILD = {
  publisher: 'The Myositis Association',
  title: 'Interstitial lung disease',
  url: 'https://www.myositis.org/about-myositis/complications/interstitial-lung-disease/',
} as const;

const TMA_DYSPHAGIA = {
  publisher: 'The Myositis Association',
  title: 'Dysphagia',
  url: 'https://www.myositis.org/about-myositis/complications/dysphagia/',
} as const;

const MEDLINEPLUS_BLOOD_COUNT = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Blood count tests',
  url: 'https://medlineplus.gov/bloodcounttests.html',
} as const;

const ACR_RITUXIMAB = {
  publisher: 'American College of Rheumatology',
  title: 'Rituximab (Rituxan, MabThera)',
  url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Treatments/Rituximab-Rituxan-MabThera',
} as const;

export const monitoringAndSafetyEntries: readonly GlossaryEntry[] = [
  {
    id: 'antinuclear-antibody',
    name: 'Antinuclear antibody',
    pronunciation: 'AN-tee-NOO-klee-er AN-tih-bod-ee',
    category: 'test',
    aliases: [
      { text: 'ANA', caseSensitive: true },
      'antinuclear antibodies',
      'anti-nuclear antibody',
      'anti-nuclear antibodies',
      'ANA test',
      'ANA panel',
      'antinuclear antibody test',
      'antinuclear antibody panel',
    ],
    summary: 'An ANA test looks for antibodies in the blood that attack the core of your own cells.',
    sections: {
      whyInDm:
        'Doctors often order it when they think of an autoimmune disease. It is often positive in DM and related muscle diseases. But a positive result alone does not mean you have a disease. Many healthy people test positive, more so women over 65. Some infections, cancers and medicines can also cause it. A negative result can help rule some diseases out. If it is positive, tests for more specific antibodies may follow.',
      howGiven:
        'It is a blood test. If it is the only test, you can usually eat and drink as normal first. Some medicines change the result, so bring a list of everything you take.',
      questions: [
        'Was my ANA positive, and what does that mean for me?',
        'Which other antibody tests will you check?',
        'Could any of my medicines change the result?',
      ],
    },
    related: ['myositis-specific-antibodies', 'anti-synthetase-antibodies', 'dermatomyositis', 'rheumatologist'],
    sources: [
      {
        publisher: 'Mayo Clinic',
        title: 'ANA test: results',
        url: 'https://www.mayoclinic.org/tests-procedures/ana-test/details/results/rsc-20344732',
      },
      {
        publisher: 'Mayo Clinic Laboratories',
        title: 'Antinuclear antibodies (ANA), serum',
        url: 'https://www.mayocliniclabs.com/test-catalog/overview/9026',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pulmonary-function-tests',
    name: 'Pulmonary function tests',
    pronunciation: 'PUL-muh-nair-ee',
    category: 'test',
    aliases: [
      'pulmonary function test',
      { text: 'PFT', caseSensitive: true },
      { text: 'PFTs', caseSensitive: true },
      'lung function tests',
      'lung function test',
      'spirometry',
      'lung diffusion test',
      'lung diffusion capacity',
      'diffusing capacity',
      { text: 'DLCO', caseSensitive: true },
    ],
    summary: 'Pulmonary function tests are breathing tests that show how well your lungs move air and pass oxygen into your blood.',
    sections: {
      whyInDm:
        'DM can scar the lungs, a problem called interstitial lung disease. It can start with no symptoms, even before muscle problems, and it does not follow how bad the skin or muscles are. Breathing tests, along with a chest scan, help find it and show over time whether treatment is working. Results can get better with treatment even when a scan still shows some changes, so doctors look at both.',
      howGiven:
        'The tests do not hurt and are done in a clinic or a lab. A soft clip closes your nose and you breathe into a tube in different ways, some slow and some as hard as you can. For the diffusion test you breathe in a gas, hold your breath for a few seconds and then blow out, which shows how well gas passes into your blood.',
      questions: [
        'How have my breathing test results changed since last time?',
        'How often should my lungs be checked?',
        'Should I skip any of my medicines before the test?',
      ],
    },
    related: ['interstitial-lung-disease', 'high-resolution-ct', 'anti-mda5', 'antisynthetase-syndrome'],
    sources: [
      {
        publisher: 'Temple Health',
        title: 'Pulmonary function tests: what to expect',
        url: 'https://lung.templehealth.org/patient-care/treatments-services/pulmonary-function-exercise-testing/what-expect',
      },
      TMA_ILD,
      {
        publisher: 'Arthritis & Rheumatism (Fathi et al., 2008)',
        title: 'Interstitial lung disease in polymyositis and dermatomyositis: longitudinal evaluation by pulmonary function and radiology',
        url: 'https://onlinelibrary.wiley.com/doi/10.1002/art.23571',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'high-resolution-ct',
    name: 'High-resolution CT',
    category: 'test',
    aliases: [
      { text: 'HRCT', caseSensitive: true },
      'high-resolution CT scan',
      'high-resolution computed tomography',
      'HRCT scan',
      'HRCT chest',
      'high-resolution chest CT',
    ],
    summary: 'High-resolution CT is a detailed chest scan that shows small changes in the lungs.',
    sections: {
      whyInDm:
        'It is the main scan used to look for lung scarring (interstitial lung disease) in DM. It shows much more than a plain chest X-ray. The pattern of changes it shows helps doctors judge what kind of lung disease it is and whether it may get worse fast.',
      howGiven:
        'A CT scanner uses X-rays to take many pictures that a computer turns into thin slices of the chest. You lie on a table that slides through a large ring. You will be asked to keep still and hold your breath for a few seconds, and you may be turned onto your stomach for extra pictures. The scan does not hurt and takes only a few minutes. Tell the staff if you are or might be pregnant.',
      questions: [
        'What did my scan show, and how does it compare with the last one?',
        'Will I need breathing tests too?',
        'How often will my lungs be scanned?',
      ],
    },
    related: ['interstitial-lung-disease', 'pulmonary-function-tests', 'anti-mda5', 'antisynthetase-syndrome'],
    sources: [
      {
        publisher: 'National Heart, Lung, and Blood Institute',
        title: 'What to expect during a chest CT scan',
        url: 'https://www.nhlbi.nih.gov/health/health-topics/topics/cct/during',
      },
      {
        publisher: 'National Jewish Health',
        title: 'Chest X-ray and CT scan of the chest',
        url: 'https://www.nationaljewish.org/conditions/tuberculosis-tb/diagnosis/chest-x-ray',
      },
      {
        publisher: 'Medicina (2021 review)',
        title: 'High-resolution CT findings of myositis-related interstitial lung disease',
        url: 'https://www.mdpi.com/1648-9144/57/7/692',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'swallow-study',
    name: 'Swallow study',
    category: 'test',
    aliases: [
      'video fluoroscopic swallow study',
      'videofluoroscopic swallow study',
      'videofluoroscopic swallowing study',
      'videofluoroscopy',
      { text: 'VFSS', caseSensitive: true },
      'modified barium swallow',
      'modified barium swallow study',
      { text: 'MBSS', caseSensitive: true },
      // "MBS" is far more often a person's initials or a degree on ordinary pages.
      { text: 'MBS', searchOnly: true },
      'swallowing study',
    ],
    summary: 'A swallow study is a moving X-ray that shows how food and drink travel down as you swallow.',
    sections: {
      whyInDm:
        'About a third of people with myositis have weak throat muscles and trouble swallowing. The study shows how well each part of the swallow works and whether food or drink is going into the lungs instead of the stomach. That matters because it can lead to a chest infection called aspiration pneumonia. The results guide further treatment and which foods and drinks are safe.',
      howGiven:
        'A speech therapist runs it with an X-ray team. You sit or stand next to the X-ray machine and swallow drinks and foods of different textures mixed with barium, a white liquid that shows up on X-ray. If it is the only test, you do not need to fast. Tell the team if you might be pregnant. Afterward you can go back to normal activities and should drink plenty of fluids.',
      questions: [
        'Is food or drink going into my airway?',
        'Which foods and drinks are safe for me right now?',
        'Are there exercises that can help my swallow?',
      ],
    },
    related: ['dysphagia', 'speech-therapy', 'aspiration-pneumonia', 'dietitian'],
    sources: [
      {
        publisher: 'UCSF Radiology',
        title: 'Video fluoroscopic swallow study for adults',
        url: 'https://radiology.ucsf.edu/patient-care/prepare/video-fluoroscopic-swallow-study',
      },
      {
        publisher: 'Specialty Hospital Jacksonville',
        title: 'Modified barium swallow',
        url: 'https://specialtyhospitaljax.com/service/modified-barium-swallow',
      },
      TMA_DYSPHAGIA,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'liver-enzymes',
    name: 'Liver enzymes',
    category: 'test',
    aliases: [
      'liver enzyme',
      'liver enzyme test',
      'liver function tests',
      'liver function test',
      { text: 'LFTs', caseSensitive: true },
      { text: 'LFT', caseSensitive: true },
      'alanine aminotransferase',
      'aspartate aminotransferase',
      'alanine transaminase',
      'aspartate transaminase',
      'transaminases',
      'aminotransferases',
      'elevated liver enzymes',
      'raised liver enzymes',
      // On ordinary pages "ALT" is the keyboard key or image alt text, and
      // "AST" a time zone or a programming term, so they are search-only.
      { text: 'ALT', searchOnly: true },
      { text: 'AST', searchOnly: true },
    ],
    summary: 'Liver enzymes such as ALT and AST are blood tests that rise when liver cells, or muscle cells, are hurt.',
    sections: {
      whyInDm:
        'Some DM medicines, such as methotrexate and azathioprine, can harm the liver, so these tests are checked often. But in myositis, ALT and AST also leak out of inflamed muscle, just as creatine kinase does. A high result can come from the muscle and not the liver. Your doctor looks at them together with your muscle tests before deciding what a rise means.',
      howGiven:
        'They are part of a routine blood test, often done with a blood count. Ask whether you need to fast or skip any medicine first. A result outside the normal range does not always mean liver disease.',
      questions: [
        'Is my raised result from my liver or from my muscles?',
        'How often will my liver tests be checked on my medicines?',
        'Should I cut down on alcohol?',
      ],
    },
    related: ['liver-damage', 'creatine-kinase', 'methotrexate', 'azathioprine', 'complete-blood-count'],
    sources: [
      { publisher: 'Healthline', title: 'Liver function tests', url: 'https://www.healthline.com/health/liver-function-tests' },
      {
        publisher: 'PubMed (Nathwani et al., Hepatology 2005)',
        title: 'Serum alanine aminotransferase in skeletal muscle diseases',
        url: 'https://pubmed.ncbi.nlm.nih.gov/15660433/',
      },
      {
        publisher: 'PubMed Central (Lim, World J Gastroenterol 2020)',
        title: 'Abnormal liver function tests associated with severe rhabdomyolysis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7081005',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'complete-blood-count',
    name: 'Complete blood count',
    category: 'test',
    aliases: [
      'full blood count',
      'complete blood cell count',
      'blood count test',
      'blood count tests',
      'blood cell count',
      { text: 'FBC', caseSensitive: true },
      // "CBC" on ordinary pages is most often the Canadian broadcaster.
      { text: 'CBC', searchOnly: true },
    ],
    summary: 'A complete blood count is a common blood test that counts your red cells, white cells and platelets.',
    sections: {
      whyInDm:
        'Some DM medicines can lower your blood counts. Two examples are azathioprine and methotrexate. With low white cells, you get infections more easily. Regular tests catch this early, often before you notice anything. The test also helps find anemia, infections and clotting problems.',
      howGiven:
        'It is a simple blood test from a vein, usually done with liver tests. How often you need it depends on your medicines and how long you have taken them.',
      questions: [
        'How often do I need a blood count on my medicines?',
        'Were any of my counts low, and what should I do about it?',
        'Which signs of infection or bleeding should I report?',
      ],
    },
    related: ['low-blood-counts', 'liver-enzymes', 'azathioprine', 'methotrexate', 'mycophenolate'],
    sources: [
      MEDLINEPLUS_BLOOD_COUNT,
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Trexall (methotrexate) tablets: label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c',
      },
      {
        publisher: 'Memorial Sloan Kettering Cancer Center',
        title: 'Neutropenia (low white blood cell count)',
        url: 'https://www.mskcc.org/cancer-care/patient-education/neutropenia-low-white-blood-cell-count',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'infusion-reaction',
    name: 'Infusion reaction',
    category: 'care',
    aliases: [
      'infusion-related reaction',
      'infusion related reaction',
      'infusion side effects',
      'reaction to the infusion',
    ],
    summary: 'An infusion reaction is when a drip into a vein makes you feel sick, with fever, chills, a rash or trouble breathing.',
    sections: {
      whyInDm:
        'Rituximab, IVIG and cyclophosphamide are given as a drip into a vein. Reactions are most common with the first rituximab drip. With IVIG, headache, fever, chills, nausea and aches are common. They often depend on how fast the drip runs.',
      howGiven:
        'Before the drip you may get medicines to make a reaction less likely. These can be acetaminophen (paracetamol), an allergy pill and sometimes a steroid. The first drip is often given slowly. If you feel unwell, the nurse may stop the drip for a while and treat you. Once you feel better, it can restart more slowly.',
      sideEffects:
        'Mild signs include flu-like aches, fever, chills, rash, itching, headache, nausea or feeling dizzy. Tell the nurse at once about wheezing, trouble breathing, swelling of the lips, tongue or throat, chest pain or a racing heart. Some reactions start later, up to a day after rituximab, so get help right away if these signs appear at home.',
      questions: [
        'Which medicines will I get before my infusion?',
        'How long will my first infusion take?',
        'Who do I call if I feel unwell after I get home?',
      ],
    },
    related: ['rituximab', 'ivig', 'cyclophosphamide', 'aseptic-meningitis'],
    sources: [
      ACR_RITUXIMAB,
      {
        publisher: 'Drugs.com',
        title: 'What causes infusion reactions to rituximab?',
        url: 'https://www.drugs.com/medical-answers/infusion-reactions-rituximab-3558072/',
      },
      {
        publisher: 'The Myositis Association',
        title: 'Intravenous immune globulin (IVIG)',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'repository-corticotropin',
    name: 'Repository corticotropin',
    pronunciation: 'kor-tih-koh-TROH-pin',
    category: 'medicine',
    aliases: [
      'repository corticotropin injection',
      'Acthar Gel',
      'H.P. Acthar Gel',
      'Acthar',
      'ACTH gel',
      'Purified Cortrophin Gel',
      'Cortrophin Gel',
    ],
    summary: 'Repository corticotropin is a hormone shot that tells your body to make more of its own steroid hormones.',
    sections: {
      whyInDm:
        'It copies a natural hormone called ACTH, which tells the adrenal glands to make steroid hormones, and it may also calm the immune system in other ways. In the US its labels include DM and polymyositis, for flares or longer-term use in selected cases. It was first approved for DM in 1952, but there is little research on how well it works. It has mostly been studied in people whose DM did not get better with other treatments.',
      howGiven:
        'It is a gel given as a shot under the skin or into a muscle. The US brands are Acthar Gel and Purified Cortrophin Gel.',
      sideEffects:
        'Its side effects are much like those of steroids. It can raise blood sugar, change the balance of salt and potassium in the body, add weight to the upper body, and make infections more likely. It can also raise the risk of thin bones. Call your doctor about severe stomach pain or vomiting, blurred vision or eye pain, a bad headache, or signs of an allergic reaction such as hives or a swollen face.',
      questions: [
        'Why do you suggest this instead of, or with, other treatments?',
        'Will my insurance cover it, and is approval needed first?',
        'How will we know if it is working?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'live-vaccines', 'steroid-induced-diabetes', 'osteoporosis'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'H.P. Acthar gel',
        url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/h-p-acthar-gel/',
      },
      { publisher: 'Sharecare', title: 'How can I minimize the side effects of H.P. Acthar Gel?', url: 'https://www.sharecare.com/health/endocrine-drugs/how-minimize-effects-hp-acthar' },
      {
        publisher: 'Dermatology Advisor',
        title: 'FDA approves Cortrophin Gel for certain chronic autoimmune disorders',
        url: 'https://www.dermatologyadvisor.com/home/topics/general-dermatology/fda-approves-cortrophin-gel-for-certain-chronic-autoimmune-disorders/',
      },
    ],
    reviewed: REVIEWED,
  },
];
