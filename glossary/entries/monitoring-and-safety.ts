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
    ],
    reviewed: '2026-12-06',
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
        title: 'Chest X-ray and chest CT',
        url: 'https://www.nationaljewish.org/conditions/tuberculosis-tb/diagnosis/chest-x-ray',
      },
      {
        publisher: 'Medicina (2021 review)',
        title: 'High-resolution CT findings of myositis-related interstitial lung disease',
        url: 'https://mdpi.com/1648-9144/57/7/692',
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
      TMA_DYSPHAGIA,
    ],
    reviewed: '2026-12-06',
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
      {
        publisher: 'PubMed (Hepatology, 2005)',
        title: 'Serum alanine aminotransferase in skeletal muscle diseases',
        url: 'https://pubmed.ncbi.nlm.nih.gov/15660433/',
      },
      {
        publisher: 'PubMed Central (Lim, World J Gastroenterol 2020)',
        title: 'Abnormal liver function tests associated with severe rhabdomyolysis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7081005',
      },
    ],
    reviewed: '2026-12-06',
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
    related: ['rituximab', 'ivig', 'cyclophosphamide', 'aseptic-meningitis', 'iv-infusion'],
    sources: [
      ACR_RITUXIMAB,
      {
        publisher: 'The Myositis Association',
        title: 'Intravenous immune globulin (IVIG)',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'repository-corticotropin',
    name: 'Repository corticotropin',
    pronunciation: 'kor-tih-koh-TROH-pin',
    category: 'medicine',
    classes: ['corticotropin'],
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
        'It is a form of a natural hormone called ACTH, which tells the adrenal glands to make steroid hormones. In the US its labels include DM and polymyositis, for flares or longer-term use in selected cases. It was first approved for DM in 1952, but there is little research on how well it works. It has mostly been studied in people whose DM did not get better with other treatments.',
      howGiven:
        'It is a gel given as a shot under the skin or into a muscle. The US brands are Acthar Gel and Purified Cortrophin Gel. Do not stop it suddenly after long use. Your team will lower it slowly, because your body may not make enough of its own steroid for a while.',
      sideEffects:
        'Its side effects are much like those of steroids. It can raise blood sugar, change the balance of salt and potassium in the body, add weight to the upper body, and make infections more likely. It can also raise the risk of thin bones. Call your doctor about severe stomach pain or vomiting, blurred vision or eye pain, a bad headache, or signs of an allergic reaction such as hives or a swollen face. Live vaccines must not be given while you take it at doses that turn down the immune system.',
      questions: [
        'Why do you suggest this instead of, or with, other treatments?',
        'Will my insurance cover it, and is approval needed first?',
        'How will we know if it is working?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'live-vaccines', 'steroid-induced-diabetes', 'osteoporosis', 'steroid-taper'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'H.P. Acthar gel',
        url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/h-p-acthar-gel/',
      },
      {
        publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
        title: 'NCT01906372: Acthar in treatment of refractory dermatomyositis and polymyositis',
        url: 'https://clinicaltrials.gov/study/NCT01906372',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'hydroxychloroquine-retinopathy',
    name: 'Hydroxychloroquine retinopathy',
    pronunciation: 'hye-DROX-ee-KLOR-oh-kwin ret-in-OP-uh-thee',
    category: 'care',
    // Few aliases repeat the drug's name, so a search for the drug still ranks its own card first.
    aliases: ['Plaquenil retinopathy', 'Plaquenil toxicity', 'HCQ retinopathy', 'antimalarial retinopathy'],
    summary: 'Hydroxychloroquine retinopathy is harm to the back of the eye that can build up over years on the medicine.',
    sections: {
      whyInDm:
        'Many people with DM take this medicine (Plaquenil) for their skin. The risk is low in the first years but grows the longer you take it. In a large US study, about 1 in 40 long-term users had it by 10 years and about 1 in 12 by 15 years. The risk was higher at higher doses. The damage does not heal, so checks aim to find it early, before you notice any change.',
      howGiven:
        'You need a first eye exam soon after you start, then regular checks, often yearly, as your eye doctor advises. The checks use painless scans of the retina, such as OCT, and may include a test of your side vision. In the US study, regular scans found most cases while they were still mild.',
      sideEffects:
        'Early damage often has no symptoms. Tell your doctor about any change in your sight, such as trouble reading or gaps in what you see. Do not stop the medicine on your own; your doctor will weigh the choices with you.',
      questions: [
        'When is my next eye check due?',
        'Is my dose right for my weight?',
        'Do I have anything else that raises my risk?',
      ],
    },
    related: ['hydroxychloroquine', 'chloroquine', 'antimalarials', 'cataracts-and-glaucoma'],
    sources: [
      {
        publisher: 'Annals of Internal Medicine (Melles et al., 2023)',
        title: 'Hydroxychloroquine dose and risk for incident retinopathy',
        url: 'https://doi.org/10.7326/M22-2453',
      },
      {
        publisher: 'Eye (Royal College of Ophthalmologists, 2018)',
        title: 'The Royal College of Ophthalmologists recommendations on screening for hydroxychloroquine and chloroquine users in the United Kingdom: executive summary',
        url: 'https://www.nature.com/articles/s41433-018-0136-x',
      },
      {
        publisher: 'Journal of Korean Medical Science (Eo et al., 2017)',
        title: 'Frequency and clinical characteristics of hydroxychloroquine retinopathy in Korean patients with rheumatologic diseases',
        url: 'https://synapse.koreamed.org/articles/1108624',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'steroid-induced-diabetes',
    name: 'Steroid-induced diabetes',
    category: 'care',
    aliases: [
      'steroid diabetes',
      'steroid-induced hyperglycemia',
      'steroid-induced hyperglycaemia',
      'steroid-induced high blood sugar',
      'glucocorticoid-induced diabetes',
      'glucocorticoid-induced hyperglycemia',
      // In medical writing "steroid-induced DM" means this, not dermatomyositis.
      'steroid-induced DM',
    ],
    summary: 'Steroid-induced diabetes is high blood sugar caused by steroid medicines such as prednisone.',
    sections: {
      whyInDm:
        'Steroids are a main treatment for DM, and high doses are common at the start. Steroids make the liver release more sugar and make the body less able to use insulin. This is more likely if you already have a higher chance of type 2 diabetes. Some pages write it as "steroid-induced DM", where DM means diabetes, not dermatomyositis.',
      howGiven:
        'Your team may check your blood sugar with blood tests, or ask you to check it at home while you take steroids. If it stays high, your team will plan treatment with you. For many people, blood sugar goes back to normal when the steroid dose comes down or stops, but for some it stays high.',
      sideEffects:
        'A small rise may cause no symptoms. Tell your team if you pass urine a lot, mostly at night, feel very thirsty or more tired than usual, or lose weight without trying. If you already have diabetes, your sugar may rise quickly on steroids, so ask how to adjust your plan.',
      questions: [
        'Should I check my blood sugar at home?',
        'What level should make me call you?',
        'Will my blood sugar go back to normal when my steroid dose comes down?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'steroid-taper', 'dietitian'],
    sources: [
      { publisher: 'Diabetes Victoria', title: 'Steroid-induced diabetes', url: 'https://diabetesvic.org.au/steroid-induced-diabetes' },
      {
        publisher: 'Great Ormond Street Hospital (NHS)',
        title: 'Steroid induced diabetes',
        url: 'https://www.gosh.nhs.uk/conditions-and-treatments/conditions-we-treat/steroid-induced-diabetes/',
      },
      {
        publisher: 'CommonSpirit Health (Healthwise)',
        title: 'Corticosteroids',
        url: 'https://www.commonspirit.org/conditions-treatments/corticosteroids',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'adrenal-insufficiency',
    name: 'Adrenal insufficiency',
    pronunciation: 'uh-DREE-nul',
    category: 'care',
    aliases: [
      'adrenal crisis',
      'adrenal suppression',
      'steroid dependence',
      'steroid-dependent',
      'steroid emergency card',
      'NHS steroid emergency card',
      'emergency steroid card',
      'steroid treatment card',
      // Diabetes pages use "sick day rules" for insulin and tablets, so it is only searchable here.
      { text: 'sick day rules', searchOnly: true },
    ],
    summary: 'Adrenal insufficiency means your body cannot make enough of its own steroid hormone.',
    sections: {
      whyInDm:
        'After weeks of steroids your adrenal glands make less of their own hormone, cortisol. If the medicine stops suddenly, or you get very ill, badly hurt or need surgery, your body may not have enough. This can lead to an adrenal crisis, which is an emergency. Signs include vomiting, extreme weakness, dizziness or fainting from low blood pressure, and great sleepiness or confusion.',
      howGiven:
        'Never stop your steroid suddenly; your team will lower it slowly. Ask about "sick day rules" for when you are ill. In the UK, people who are steroid dependent are advised to carry the NHS Steroid Emergency Card, which you can get from a pharmacy, your GP or your hospital team. It tells medical staff that you may need extra steroid quickly.',
      sideEffects:
        'If you take steroids and you keep vomiting, feel faint, confused or very weak, or are very ill, get urgent help. Tell the staff you take steroids and show your card.',
      questions: [
        'Am I at risk of adrenal crisis?',
        'What are my sick day rules?',
        'Should I carry a steroid emergency card or medical ID?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'prednisolone', 'steroid-taper'],
    sources: [
      {
        publisher: 'The Pituitary Foundation',
        title: 'Steroid emergency cards: why you need one',
        url: 'https://www.pituitary.org.uk/steroid-awareness-cards-why-you-need-one/',
      },
      {
        publisher: 'Addison’s Disease Self-Help Group',
        title: 'Steroid emergency cards',
        url: 'https://www.addisonsdisease.org.uk/steroid-emergency-cards',
      },
      {
        publisher: 'Addison’s Disease Self-Help Group',
        title: 'When to give an emergency injection',
        url: 'https://www.addisons.org.uk/articles.html/articles-for/emergencies/when-to-give-an-emergency-injection-r12/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'osteoporosis',
    name: 'Osteoporosis',
    pronunciation: 'OSS-tee-oh-puh-ROH-sis',
    category: 'condition',
    aliases: ['thinning of the bones', 'bone thinning', 'brittle bones', 'osteopenia', 'fragility fracture', 'porous bones', 'bone density scan', 'DXA scan', 'DEXA scan'],
    summary: 'Osteoporosis means your bones have lost strength and break more easily, even after a small fall.',
    sections: {
      whyInDm:
        'Taking steroid tablets every day for three months or longer makes it more likely. Steroids can thin bones quickly, so people with DM who take them are checked early. Milder bone loss is called osteopenia.',
      howGiven:
        'Bone strength is measured with a bone density (DXA) scan. Everyone on steroids is advised to get enough calcium and vitamin D. Weight-bearing exercise helps too. Not smoking and keeping alcohol low help as well. If your risk of a break is medium or high, you will likely be offered a bone medicine, most often a bisphosphonate.',
      questions: [
        'Do I need a bone density scan?',
        'Is my risk of a break high enough to need a bone medicine?',
        'Which exercises are safe for my bones and muscles?',
      ],
    },
    related: ['bone-protection-on-steroids', 'calcium-and-vitamin-d', 'bisphosphonates', 'corticosteroids', 'physical-therapy'],
    sources: [
      { publisher: 'Royal Osteoporosis Society', title: 'Osteopenia', url: 'https://theros.org.uk/information-and-support/osteopenia/' },
      { publisher: 'NHS', title: 'Alendronic acid', url: 'https://www.nhs.uk/medicines/alendronic-acid/' },
      {
        publisher: 'Arthritis & Rheumatology (American College of Rheumatology guideline, Humphrey et al., 2023), via PubMed',
        title: '2022 American College of Rheumatology guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37845798/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'calcium-and-vitamin-d',
    name: 'Calcium and vitamin D',
    category: 'medicine',
    classes: ['vitamin-or-mineral'],
    aliases: [
      'calcium supplement',
      'calcium supplements',
      'vitamin D supplement',
      'vitamin D supplements',
      'calcium and vitamin D supplements',
      'calcium with vitamin D',
      'colecalciferol',
      'cholecalciferol',
      // Bare "vitamin D" is everywhere on nutrition pages, so it is only searchable.
      { text: 'vitamin D', searchOnly: true },
    ],
    summary: 'Calcium and vitamin D are nutrients that keep bones strong, and people on steroids are often told to take them.',
    sections: {
      whyInDm:
        'Steroids thin the bones. US guidance says everyone taking steroids should get enough calcium and vitamin D, along with exercise and other steps to protect the bones.',
      howGiven:
        'You can get them from food and, if your diet falls short, from tablets. Ask your team or pharmacist how much you need; this card does not give amounts. If you also take a bisphosphonate tablet, follow its leaflet. Most are taken first thing, before any food, drink or other medicine, calcium included, but Atelvia is taken right after breakfast.',
      sideEffects:
        'Calcium tablets can cause constipation, gas or bloating. Too much calcium from tablets is linked to kidney stones, and too much vitamin D can raise blood calcium. So do not take more than your team advises.',
      questions: [
        'Do I need calcium and vitamin D tablets, or is my diet enough?',
        'Should my vitamin D level be checked?',
        'When should I take calcium if I also take a bone medicine?',
      ],
    },
    related: ['osteoporosis', 'bone-protection-on-steroids', 'bisphosphonates', 'dietitian'],
    sources: [
      {
        publisher: 'Arthritis & Rheumatology (American College of Rheumatology guideline, Humphrey et al., 2023), via PubMed',
        title: '2022 American College of Rheumatology guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37845798/',
      },
      { publisher: 'NHS', title: 'Alendronic acid', url: 'https://www.nhs.uk/medicines/alendronic-acid/' },
      { publisher: 'NIH Office of Dietary Supplements', title: 'Calcium: fact sheet for health professionals', url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Atelvia (risedronate sodium delayed-release tablets) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=c8b9ab88-1a26-46c3-80ec-4eaa45202021' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'bisphosphonates',
    name: 'Bisphosphonates',
    pronunciation: 'bis-FOSS-fuh-nayts',
    category: 'medicine-class',
    classes: ['bisphosphonate'],
    aliases: [
      'bisphosphonate',
      'alendronate',
      'alendronic acid',
      'alendronate sodium',
      'Fosamax',
      'Binosto',
      'Fosavance',
      'risedronate',
      'Actonel',
      'Atelvia',
      'ibandronate',
      'zoledronic acid',
    ],
    summary: 'Bisphosphonates are medicines that slow bone loss, which makes broken bones less likely.',
    sections: {
      whyInDm:
        'They are the usual first choice when steroids put your bones at risk. They slow the cells that break down bone. It takes months to see a gain in bone density, and the full effect takes years.',
      howGiven:
        'Alendronate (Fosamax, Binosto; Fosavance when mixed with vitamin D) and risedronate (Actonel, Atelvia) are tablets. Zoledronic acid is given as a drip into a vein. Most of these tablets are taken first thing in the morning with a full glass of plain water, before food, drinks or other medicines. One form, Atelvia, is taken right after breakfast instead. Follow the leaflet for your own tablets. Then stay sitting or standing, so the tablet does not hurt your food pipe.',
      sideEffects:
        'Tablets can cause heartburn, nausea and trouble swallowing; tell your doctor about any new swallowing trouble. Bone, joint or muscle aches can happen. After a drip, some people get fever, headache and aches for two or three days. Rarely they harm the jaw bone, mostly after a tooth is pulled, so see your dentist and say you take one. Rarely, after long use, the thigh bone can break; report new pain in the hip or thigh. They are not used with low blood calcium or some kidney problems. They stay in bone for years, so tell your team if you plan a pregnancy.',
      questions: [
        'Which bone medicine is best for me, and for how long?',
        'Should I see a dentist before I start?',
        'Is there another choice if the tablets upset my stomach?',
      ],
    },
    related: ['osteoporosis', 'bone-protection-on-steroids', 'calcium-and-vitamin-d', 'corticosteroids', 'osteonecrosis-of-the-jaw'],
    sources: [
      { publisher: 'NHS', title: 'Alendronic acid', url: 'https://www.nhs.uk/medicines/alendronic-acid/' },
      {
        publisher: 'Bone Health & Osteoporosis Foundation',
        title: 'Side effects of bisphosphonates',
        url: 'https://www.bonehealthandosteoporosis.org/patients/treatment/medicationadherence/side-effects-of-bisphosphonates-alendronate-ibandronate-risedronate-and-zoledronic-acid/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'infection-risk',
    name: 'Infection risk',
    category: 'care',
    aliases: [
      'weakened immune system',
      'immunocompromised',
      'immunosuppressed',
      'immunosuppression',
      'opportunistic infection',
      'opportunistic infections',
      'serious infections',
    ],
    summary: 'Infection risk means a weakened immune system, often from the medicines that calm DM, makes it harder to fight germs.',
    sections: {
      whyInDm:
        'Steroids and other immune-calming medicines raise the chance of infections. Some infections are more likely on them, such as shingles, TB and a lung infection called PJP. Your team weighs this risk against the need to control DM.',
      howGiven:
        'Tests before some medicines look for hidden infections such as TB and hepatitis B. Vaccines that are not live, such as the flu shot, are usually advised, ideally before strong treatment starts. Wash your hands often.',
      sideEffects:
        'A fever is often the first sign of infection. Call your team quickly about a fever, chills, a new cough or any other sign of infection.',
      questions: [
        'Which signs of infection mean I should call you the same day?',
        'Which vaccines should I have, and when?',
        'Do I need medicine to prevent any infection?',
      ],
    },
    related: ['immunosuppressant', 'live-vaccines', 'shingles', 'tuberculosis-screening', 'pjp-prophylaxis', 'pneumococcal-vaccine'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Medications',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Xeljanz (tofacitinib) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
      },
      {
        publisher: 'PubMed Central (Taiwan nationwide cohort)',
        title: 'Pneumocystis pneumonia in autoimmune rheumatic diseases',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7917170',
      },
      {
        publisher: 'Memorial Sloan Kettering Cancer Center',
        title: 'Neutropenia (low white blood cell count)',
        url: 'https://www.mskcc.org/cancer-care/patient-education/neutropenia-low-white-blood-cell-count',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'shingles',
    name: 'Shingles',
    category: 'condition',
    aliases: [
      'herpes zoster',
      'zoster',
      'shingles vaccine',
      'Shingrix',
      'recombinant zoster vaccine',
      { text: 'RZV', caseSensitive: true },
    ],
    summary: 'Shingles is a painful rash with blisters, caused when the chickenpox virus wakes up again.',
    sections: {
      whyInDm:
        'Shingles is more common when the immune system is weakened by illness or treatment. Steroids and other immune-calming medicines raise the risk, and it is higher still on JAK inhibitors such as tofacitinib. Shingles can lead to long-lasting nerve pain.',
      howGiven:
        'It can largely be prevented with a vaccine. In the US, Shingrix (recombinant zoster vaccine) is advised for adults 19 and older whose immune system is or will be weakened by disease or treatment, and for everyone 50 and older. It is not a live vaccine. The older live vaccine, Zostavax, is no longer used in the US. Ask about timing, ideally before you start a strong treatment.',
      sideEffects:
        'See a doctor quickly if you get a painful rash or blisters, most often in a band on one side of the body or face.',
      questions: [
        'Should I have the Shingrix vaccine, and when?',
        'Does my treatment raise my risk of shingles?',
        'What should I do if I think I have shingles?',
      ],
    },
    related: ['jak-inhibitors', 'tofacitinib', 'live-vaccines', 'infection-risk'],
    sources: [
      { publisher: 'Centers for Disease Control and Prevention', title: 'Shingles vaccination', url: 'https://www.cdc.gov/shingles/vaccination.html' },
      {
        publisher: 'Centers for Disease Control and Prevention',
        title: 'Use of recombinant zoster vaccine in immunocompromised adults aged 19 years and older',
        url: 'https://www.cdc.gov/vaccines/acip/recs/grade/recombinant-zoster-immunocompromised-etr.html',
      },
      {
        publisher: 'PubMed (Clin Exp Rheumatol, 2022)',
        title: 'Herpes zoster and Janus kinase inhibition in rheumatology and gastroenterology patients: managing risk and vaccination',
        url: 'https://pubmed.ncbi.nlm.nih.gov/34874825/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'tuberculosis-screening',
    name: 'Tuberculosis screening',
    pronunciation: 'too-BER-kyuh-LOH-sis',
    category: 'test',
    aliases: [
      'TB screening',
      'TB test',
      'TB blood test',
      'TB skin test',
      'tuberculosis test',
      'tuberculin skin test',
      'latent tuberculosis',
      'latent TB',
      'latent TB infection',
      { text: 'LTBI', caseSensitive: true },
      'QuantiFERON',
      'QuantiFERON-TB Gold',
      'interferon gamma release assay',
      { text: 'IGRA', caseSensitive: true },
    ],
    summary: 'Tuberculosis screening is a skin or blood test that looks for a hidden TB infection before you start some medicines.',
    sections: {
      whyInDm:
        'TB germs can sleep in the body for years without making you sick. This is called latent TB. Medicines that weaken the immune system, such as steroids and JAK inhibitors, make it more likely to wake up and cause active TB. So people are tested before starting some of these medicines.',
      howGiven:
        'For the skin test, a small amount of fluid goes just under the skin of your forearm. You must come back two or three days later so a health worker can read it. The blood test, such as QuantiFERON, needs only one blood draw. If you have a hidden infection, your doctor will talk with you about treating it.',
      questions: [
        'Do I need a TB test before my new medicine?',
        'Which test will I have, the skin test or the blood test?',
        'What happens if my test is positive?',
      ],
    },
    related: ['infection-risk', 'jak-inhibitors', 'tofacitinib', 'hepatitis-b-screening'],
    sources: [
      {
        publisher: 'Vermont Department of Health',
        title: 'Testing for tuberculosis (TB) infection',
        url: 'https://www.healthvermont.gov/immunizations-infectious-disease/tuberculosis/tb-testing-and-diagnosis',
      },
      {
        publisher: 'Southern Nevada Health District',
        title: 'How do they test for TB?',
        url: 'https://www.southernnevadahealthdistrict.org/faq-items/how-do-they-test-for-tb/',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Xeljanz (tofacitinib): label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'hepatitis-b-screening',
    name: 'Hepatitis B screening',
    category: 'test',
    aliases: [
      'hepatitis B test',
      'hepatitis B blood test',
      'hepatitis B reactivation',
      'HBV reactivation',
      'hepatitis B virus reactivation',
      'hepatitis B surface antigen',
      { text: 'HBsAg', caseSensitive: true },
      'hepatitis B core antibody',
      { text: 'anti-HBc', caseSensitive: true },
    ],
    summary: 'Hepatitis B screening is a blood test for an old or current hepatitis B infection.',
    sections: {
      whyInDm:
        'Hepatitis B can stay hidden in the liver, even years after an infection that seemed to clear. Strong medicines that lower the immune system can wake it up again, rituximab most of all. This can cause severe liver damage, liver failure or death. Rituximab labels carry a boxed warning about it, so you are tested first. The test is also done before JAK inhibitors and some other strong drugs.',
      howGiven:
        'One blood test checks for the virus itself, called the surface antigen. Another checks for signs of a past infection, called the core antibody. If either is found, you may get medicine to keep the virus asleep, or have regular blood checks.',
      questions: [
        'Have I been tested for hepatitis B?',
        'If my test shows a past infection, what will you do to protect my liver?',
        'Which other medicines of mine carry this risk?',
      ],
    },
    related: ['rituximab', 'infection-risk', 'liver-damage', 'tuberculosis-screening', 'jak-inhibitors'],
    sources: [
      {
        publisher: 'European Journal of Internal Medicine (2022)',
        title: 'Patients treated with rituximab are poorly screened for hepatitis B infection',
        url: 'https://www.ejinme.com/article/S0953-6205(22)00415-0/fulltext',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Truxima (rituximab-abbs): label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9af3ddc7-4217-417a-ac89-8704edc5bc44',
      },
      {
        publisher: 'World Journal of Meta-Analysis (Wu and Kumar, 2019)',
        title: 'Hepatitis B reactivation in patients with hepatitis B core antibody positive and surface antigen negative on immunosuppressants',
        url: 'https://wjgnet.com/2308-3840/full/v7/i5/209.htm',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'low-blood-counts',
    name: 'Low blood counts',
    category: 'care',
    aliases: [
      'low blood count',
      'neutropenia',
      'leukopenia',
      'leucopenia',
      'low white blood cell count',
      'low white cell count',
      'low white blood cells',
      'bone marrow suppression',
      'myelosuppression',
      'pancytopenia',
      'cytopenia',
    ],
    summary: 'Low blood counts mean you have fewer blood cells than normal, often white cells that fight infection.',
    sections: {
      whyInDm:
        'Some DM medicines can slow the bone marrow, where blood cells are made. Examples are azathioprine, methotrexate, mycophenolate and cyclophosphamide. With too few white cells, you get infections more easily, and they can get serious fast. It often causes no symptoms, so it is found on routine blood tests.',
      howGiven:
        'Regular blood counts catch it early. Your team may pause a medicine until the counts recover. Some mixes of medicines raise the risk. One is methotrexate with the antibiotic trimethoprim, which is also in Bactrim, Septra and co-trimoxazole. Both block folate, and together they have caused dangerously low counts. Before you start anything new, even for a short infection, tell the doctor, dentist or pharmacist that you take methotrexate.',
      sideEffects:
        'Call your team right away if you get a fever or chills, as a fever is often the first sign of infection when white cells are low. Also report new mouth sores.',
      questions: [
        'How often should my blood counts be checked?',
        'Which of my medicines can lower my counts?',
        'What temperature should make me call you?',
      ],
    },
    related: ['complete-blood-count', 'infection-risk', 'methotrexate', 'azathioprine', 'tpmt-test'],
    sources: [
      {
        publisher: 'Memorial Sloan Kettering Cancer Center',
        title: 'Neutropenia (low white blood cell count)',
        url: 'https://www.mskcc.org/cancer-care/patient-education/neutropenia-low-white-blood-cell-count',
      },
      {
        publisher: 'Society of Hospital Medicine abstracts',
        title: 'A drug interaction that spiraled out of control: the toxic combination of methotrexate and trimethoprim-sulfamethoxazole',
        url: 'https://www.shmabstracts.com/abstract/a-drug-interaction-that-spiraled-out-of-control-the-toxic-combination-of-methotrexate-and-trimethoprim-sulfamethoxazole/',
      },
      MEDLINEPLUS_BLOOD_COUNT,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'liver-damage',
    name: 'Liver damage from medicines',
    category: 'care',
    aliases: [
      'hepatotoxicity',
      'drug-induced liver injury',
      { text: 'DILI', caseSensitive: true },
      'drug-induced liver damage',
      'liver toxicity',
      // Not bare "liver injury": on ordinary pages it is often an injury from an accident.
    ],
    summary: 'Liver damage from medicines is harm to the liver caused by a drug, and it is often found on blood tests first.',
    sections: {
      whyInDm:
        'Methotrexate and azathioprine are DM medicines that can inflame or harm the liver. It can range from raised liver tests with no symptoms to, rarely, liver failure. Most cases get better once the medicine is stopped or changed, so finding it early matters.',
      howGiven:
        'You will have regular liver blood tests while you take these medicines. Keep alcohol low or avoid it, as your team advises. Tell your team about every medicine, herbal remedy and supplement you take, since some can also harm the liver. In myositis, a raised liver test can come from the muscle, so your doctor checks both.',
      questions: [
        'How often will my liver be checked?',
        'Is it safe for me to drink any alcohol?',
        'What would you do if my liver tests go up?',
      ],
    },
    related: ['liver-enzymes', 'methotrexate', 'azathioprine', 'hepatitis-b-screening'],
    sources: [
      {
        publisher: 'PubMed Central (review)',
        title: 'Drug-induced liver injury',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4694731',
      },
      {
        publisher: 'Thieme (review, 2014)',
        title: 'Clinical features, diagnosis, and natural history of drug-induced liver injury',
        url: 'https://thieme-connect.de/products/ejournals/html/10.1055/s-0034-1375955',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Trexall (methotrexate) tablets: label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'blood-clots',
    name: 'Blood clots',
    category: 'care',
    aliases: [
      'blood clot',
      'deep vein thrombosis',
      { text: 'DVT', caseSensitive: true },
      'pulmonary embolism',
      // "PE" on ordinary pages is far more often physical education.
      { text: 'PE', searchOnly: true },
      'venous thromboembolism',
      { text: 'VTE', caseSensitive: true },
      'thromboembolism',
      // Not bare "thrombosis": it also names clots in arteries and brain sinuses, which this card does not cover.
    ],
    summary: 'A blood clot is a clump of blood that can block a vein, most often in the leg, and can travel to the lungs.',
    sections: {
      whyInDm:
        'IVIG carries a warning about clots, and people with DM have a higher clot risk on it, so it is given slowly with plenty of fluids. JAK inhibitors carry a clot warning too. Other things add to the risk. These include sitting or lying still for a long time, surgery, cancer, being over 60 or overweight, and some hormone pills.',
      howGiven:
        'A clot in a deep vein of the leg is called a DVT. If part of it breaks off and blocks a blood vessel in the lungs, it is called a pulmonary embolism. Both need urgent checks and treatment.',
      sideEffects:
        'Get help fast for pain, swelling or tenderness in one leg, often the calf, with warm or red skin. Call emergency services for sudden shortness of breath, chest pain that is worse when you breathe in, or collapse.',
      questions: [
        'Does my treatment raise my risk of blood clots?',
        'How can I lower my risk during an IVIG drip or a hospital stay?',
        'Which signs mean I should call for help?',
      ],
    },
    related: ['ivig', 'jak-inhibitors', 'subcutaneous-immunoglobulin', 'infusion-reaction'],
    sources: [
      { publisher: 'Thrombosis UK', title: 'What is a pulmonary embolism?', url: 'https://thrombosisuk.org/what-is-pe.php' },
      {
        publisher: 'University Hospitals Birmingham NHS Foundation Trust',
        title: 'Causes and symptoms of deep vein thrombosis and pulmonary embolism',
        url: 'https://archive.uhb.nhs.uk/dvt-pe-causes-symptoms.htm',
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
    id: 'inclusion-body-myositis',
    name: 'Inclusion body myositis',
    pronunciation: 'in-KLOO-zhun BOD-ee my-oh-SY-tis',
    category: 'condition',
    aliases: [
      'sporadic inclusion body myositis',
      { text: 'sIBM', caseSensitive: true },
      // "IBM" on ordinary pages is almost always the company.
      { text: 'IBM', searchOnly: true },
    ],
    summary: 'Inclusion body myositis is a slow muscle disease of older adults that weakens the thighs, wrists and fingers.',
    sections: {
      whyInDm:
        'It belongs to the same family of muscle diseases as DM, but it behaves differently. It gets worse slowly, over years, and one side is often weaker than the other. The thigh muscles and the muscles that bend the wrists and fingers are hit most, so people fall, struggle with stairs or getting out of a chair, and lose grip. Some have trouble swallowing. It is more common in men.',
      howGiven:
        'Unlike DM, it usually does not get better with medicines that calm the immune system. Most people stay able to walk, though some need a cane for long distances.',
      questions: [
        'How sure are you that this is inclusion body myositis and not another type?',
        'Which exercises and aids would help me stay safe at home?',
        'Should my swallowing be checked?',
      ],
    },
    related: ['myositis', 'polymyositis', 'muscle-biopsy', 'physical-therapy', 'swallow-study'],
    sources: [
      {
        publisher: 'Muscular Dystrophy UK',
        title: 'Inclusion body myositis (IBM): symptoms',
        url: 'https://www.musculardystrophyuk.org/conditions/inclusion-body-myositis-ibm/symptoms',
      },
      { publisher: 'Muscular Dystrophy Association', title: 'Inclusion-body myositis: signs and symptoms', url: 'https://www.mda.org/disease/inclusion-body-myositis/signs-and-symptoms' },
      {
        publisher: 'Journal of Neuromuscular Diseases (review, 2018)',
        title: 'Current classification and management of inflammatory myopathies',
        url: 'https://content.iospress.com/articles/journal-of-neuromuscular-diseases/jnd180308',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'necrotizing-myopathy',
    name: 'Immune-mediated necrotizing myopathy',
    pronunciation: 'neh-kroh-TY-zing my-OP-uh-thee',
    category: 'condition',
    aliases: [
      { text: 'IMNM', caseSensitive: true },
      'immune-mediated necrotising myopathy',
      'necrotizing myopathy',
      'necrotising myopathy',
      'necrotizing autoimmune myopathy',
      'necrotising autoimmune myopathy',
      'immune-mediated necrotizing myositis',
      'necrotizing myositis',
      'anti-HMGCR myopathy',
      'anti-SRP myopathy',
      // The two antibodies are the marks of this disease (PMC6019613), so a page naming either means this card.
      'anti-HMGCR',
      'anti-SRP',
      'statin-associated autoimmune myopathy',
    ],
    summary: 'Immune-mediated necrotizing myopathy is a kind of myositis in which the immune attack kills muscle cells and leaves you very weak.',
    sections: {
      whyInDm:
        'Like polymyositis, it weakens the big muscles of the hips, thighs and shoulders. It rarely affects other organs. A muscle biopsy shows dying muscle cells with little swelling around them. Blood tests often find one of two antibodies, anti-SRP or anti-HMGCR. Anti-HMGCR is often linked to taking a statin, a cholesterol medicine.',
      howGiven:
        'It needs treatment that calms the immune system, and early, strong treatment gives the best chance to avoid lasting weakness. IVIG may help in the anti-HMGCR type, and regimens with rituximab may work best in the anti-SRP type. When a statin is the trigger, stopping it is not enough on its own.',
      sideEffects:
        'Most muscle aches on statins are not this disease. But tell your doctor if you have real weakness, such as trouble climbing stairs or standing up, that keeps going after a statin is stopped.',
      questions: [
        'Which antibody do I have, and what does it mean for treatment?',
        'Can I ever take a statin again?',
        'How will we track my strength and muscle tests?',
      ],
    },
    related: ['myositis', 'polymyositis', 'muscle-biopsy', 'creatine-kinase', 'ivig'],
    sources: [
      {
        publisher: 'PubMed Central (review, 2018)',
        title: 'Immune-mediated necrotizing myopathy',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6019613',
      },
      {
        publisher: 'Therapeutics and Clinical Risk Management (Tiniakou, 2020)',
        title: 'Statin-associated autoimmune myopathy: current perspectives',
        url: 'https://www.dovepress.com/statin-associated-autoimmune-myopathy-current-perspectives-peer-reviewed-article-TCRM',
      },
    ],
    reviewed: '2026-12-06',
  },
];
