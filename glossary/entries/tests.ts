import type { GlossaryEntry } from '../types';

const REVIEWED = '2026-12-01';

const RHEUMATOLOGIST_AUTOANTIBODIES = {
  publisher: 'The Rheumatologist',
  title: 'Autoantibodies in autoimmune myopathy',
  url: 'https://the-rheumatologist.org/article/autoantibodies-autoimmune-myopathy/4',
} as const;

export const testEntries: readonly GlossaryEntry[] = [
  {
    id: 'creatine-kinase',
    name: 'Creatine kinase',
    pronunciation: 'KREE-uh-teen KY-nayss',
    category: 'test',
    aliases: [
      { text: 'CK', caseSensitive: true },
      { text: 'CPK', caseSensitive: true },
      'creatine phosphokinase',
      'creatine kinase test',
    ],
    summary: 'Creatine kinase is a muscle protein that leaks into the blood when muscles are hurt or inflamed.',
    sections: {
      whyInDm:
        'A blood test for it helps doctors diagnose myositis and see how well treatment is working. It can be normal in some people with active DM, mostly those whose disease is mainly in the skin, so a normal result does not rule DM out. Other muscle enzymes, such as aldolase, may be checked too.',
      howGiven:
        'It is a simple blood test. Hard exercise can raise the level, so it may help to avoid heavy workouts the day before the test.',
      questions: [
        'What was my CK result, and how has it changed?',
        'Should I skip hard exercise before my blood test?',
        'Which other tests show how my DM is doing?',
      ],
    },
    related: ['dermatomyositis', 'amyopathic-dermatomyositis', 'myositis-specific-antibodies', 'physical-therapy', 'liver-enzymes', 'aldolase', 'myoglobin'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Creatine kinase', url: 'https://medlineplus.gov/lab-tests/creatine-kinase/' },
      { publisher: 'Hospital for Special Surgery', title: 'Exercise and physical therapy guidelines for myositis', url: 'https://www.hss.edu/conditions_exercise-physical-therapy-guidelines-myositis.asp' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'myositis-specific-antibodies',
    name: 'Myositis-specific antibodies',
    pronunciation: 'my-oh-SY-tis',
    category: 'test',
    aliases: [
      'myositis-specific antibody',
      'myositis-specific autoantibody',
      'myositis-specific autoantibodies',
      'myositis antibody panel',
      'myositis panel',
      'anti-SAE',
      'anti-SAE1',
    ],
    summary: 'Myositis-specific antibodies are blood markers seen almost only in myositis, and each one hints at its own set of problems.',
    sections: {
      whyInDm:
        'Each antibody goes with its own mix of skin, muscle, lung and cancer risks. This helps doctors guess what problems may come and choose treatment. Five are linked to DM: anti-Mi-2, anti-TIF1-gamma, anti-NXP2, anti-MDA5 and anti-SAE. Another group, such as anti-Jo-1, points to lung and joint problems.',
      howGiven:
        'They are measured with a blood test, often as a panel that checks many at once. A result is one piece of the puzzle, and not everyone with DM has an antibody that tests can find.',
      questions: [
        'Which antibodies did my test find?',
        'What does my antibody mean for my lungs and my cancer risk?',
        'Does my result change my treatment?',
      ],
    },
    related: ['anti-mda5', 'anti-tif1-gamma', 'anti-nxp2', 'anti-mi-2', 'cancer-screening', 'anti-synthetase-antibodies'],
    sources: [
      { publisher: 'Mayo Clinic', title: 'Dermatomyositis: diagnosis and treatment', url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192' },
      { publisher: 'The Rheumatologist (American College of Rheumatology), 2021', title: 'Anti-SAE identifies a subtype of dermatomyositis', url: 'https://www.the-rheumatologist.org/article/anti-sae-identifies-a-subtype-of-dermatomyositis' },
      {
        publisher: 'Clinical and Molecular Allergy (Palterer et al., 2018)',
        title: 'Bench to bedside review of myositis autoantibodies',
        url: 'https://clinicalmolecularallergy.biomedcentral.com/articles/10.1186/s12948-018-0084-9',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'anti-mda5',
    name: 'Anti-MDA5 antibody',
    pronunciation: 'AN-tee em-dee-ay-FIVE',
    category: 'test',
    aliases: [
      'anti-MDA5',
      'MDA5 antibody',
      'anti-CADM-140',
      'anti-melanoma differentiation-associated gene 5',
      'anti-MDA5 dermatomyositis',
      'MDA5 dermatomyositis',
      'anti-MDA5 DM',
      'MDA5 DM',
    ],
    summary: 'Anti-MDA5 is an antibody found in a type of DM that can harm the lungs fast.',
    sections: {
      whyInDm:
        'People with it often have mild or no muscle weakness, painful skin sores, and a high risk of lung disease that gets worse fast. This fast lung disease is the main danger, so doctors act early. It is more common in East Asia, and it is also linked to calcinosis.',
      howGiven:
        'Experts advise treating early with several medicines at once. One plan is high-dose steroids with tacrolimus or cyclosporine. Some people also get cyclophosphamide through a vein. JAK inhibitors such as tofacitinib have helped some people. A lung infection called PJP is very dangerous in this group. Ask about medicine to prevent it.',
      questions: [
        'How often will my lungs be checked?',
        'Which breathing changes should I report right away?',
        'Do I need medicine to prevent PJP?',
        'Which treatment plan do you suggest, and why?',
      ],
    },
    related: ['interstitial-lung-disease', 'amyopathic-dermatomyositis', 'tacrolimus', 'tofacitinib', 'pjp-prophylaxis', 'skin-ulcers', 'ferritin', 'plasma-exchange'],
    sources: [
      { publisher: 'PubMed Central (Mehta et al., review)', title: 'Anti-MDA5 dermatomyositis', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8000693' },
      { publisher: 'PubMed Central (MEDRA5 recommendations)', title: 'Spanish recommendations for the treatment of anti-MDA5 dermatomyositis', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11616672' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'anti-tif1-gamma',
    name: 'Anti-TIF1-gamma antibody',
    pronunciation: 'AN-tee tee-eye-eff-WUN GAM-uh',
    category: 'test',
    aliases: [
      'anti-TIF1-gamma',
      'anti-TIF1γ',
      'anti-TIF1-γ',
      'TIF1-gamma antibody',
      'TIF1γ antibody',
      'anti-p155/140',
      'anti-p155',
      'anti-transcriptional intermediary factor 1-gamma',
    ],
    summary: 'Anti-TIF1-gamma is an antibody that, in adults with DM, is linked to a higher chance of cancer.',
    sections: {
      whyInDm:
        'In one large US study it was the most common DM antibody in adults. In adults it is a high-risk sign for cancer, and the risk rises with age, so doctors plan more thorough cancer screening. A negative test makes a hidden cancer less likely. It often comes with widespread skin disease but less lung disease; in children it is linked to severe skin disease and sores, not cancer.',
      questions: [
        'Does my result mean I need more cancer tests?',
        'How often should I be screened, and for how long?',
        'What does this antibody mean for my skin and lungs?',
      ],
    },
    related: ['cancer-screening', 'myositis-specific-antibodies', 'dermatomyositis', 'juvenile-dermatomyositis'],
    sources: [
      { publisher: 'PubMed Central (Fiorentino et al.)', title: 'The mucocutaneous and systemic phenotype of dermatomyositis patients with antibodies to TIF1-gamma', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4351728' },
      RHEUMATOLOGIST_AUTOANTIBODIES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'anti-nxp2',
    name: 'Anti-NXP2 antibody',
    pronunciation: 'AN-tee en-ex-pee-TOO',
    category: 'test',
    aliases: ['anti-NXP2', 'anti-NXP-2', 'NXP2 antibody', 'anti-nuclear matrix protein 2', 'anti-MJ', 'anti-p140'],
    summary: 'Anti-NXP2 is an antibody in DM that often comes with hard lumps of calcium in the skin.',
    sections: {
      whyInDm:
        'In one adult study, people with this antibody were many times more likely to have calcinosis. It is common in children with DM. Some studies also link it to cancer in adults, but the proof is less clear than for anti-TIF1-gamma.',
      questions: [
        'Does my result raise my risk of calcinosis?',
        'Do I need extra cancer checks?',
        'What can we do early to lower the chance of calcium lumps?',
      ],
    },
    related: ['calcinosis', 'juvenile-dermatomyositis', 'myositis-specific-antibodies', 'cancer-screening'],
    sources: [
      {
        publisher: 'JAMA Dermatology (Valenzuela et al., 2014)',
        title: 'Identification of clinical features and autoantibodies associated with calcinosis in dermatomyositis',
        url: 'https://jamanetwork.com/journals/jamadermatology/fullarticle/1876054',
      },
      RHEUMATOLOGIST_AUTOANTIBODIES,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'anti-mi-2',
    name: 'Anti-Mi-2 antibody',
    pronunciation: 'AN-tee em-eye-TOO',
    category: 'test',
    aliases: ['anti-Mi-2', 'anti-Mi2', 'anti-Mi-2β', 'anti-Mi-2 beta', 'Mi-2 antibody'],
    summary: 'Anti-Mi-2 is an antibody seen in classic DM, the kind that often does well with treatment.',
    sections: {
      whyInDm:
        'People with it often have clear rashes, such as a V-shaped rash on the chest or a rash across the shoulders, and marked muscle weakness with a high CK. In studies they tended to respond well to treatment and do well over time. They had less lung disease, calcinosis and cancer than people with no antibody found. Antibody levels may rise and fall with disease activity.',
      questions: [
        'What does this antibody mean for my outlook?',
        'Will we repeat the test to track my disease?',
        'Do I still need cancer or lung checks?',
      ],
    },
    related: ['myositis-specific-antibodies', 'creatine-kinase', 'dermatomyositis'],
    sources: [
      { publisher: 'European Journal of Dermatology (2020)', title: 'Anti-Mi-2 antibodies and prognosis in dermatomyositis', url: 'https://link.springer.com/10.1684/ejd.2020.3750' },
      { publisher: 'Neurology (2019), via PubMed', title: 'Anti-Mi2 dermatomyositis: Johns Hopkins cohort', url: 'https://pubmed.ncbi.nlm.nih.gov/31594859/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'tpmt-test',
    name: 'TPMT test',
    pronunciation: 'tee-pee-em-TEE',
    category: 'test',
    aliases: [
      { text: 'TPMT', caseSensitive: true },
      // The second enzyme the card names, tested the same way (the NCBI summary cited below).
      { text: 'NUDT15', caseSensitive: true },
      'thiopurine methyltransferase',
      'thiopurine S-methyltransferase',
    ],
    summary: 'A TPMT test is a blood test that shows how well your body can break down azathioprine.',
    sections: {
      whyInDm:
        'TPMT is an enzyme that helps clear azathioprine from the body. People with very little or none of it can get dangerous drops in their blood counts. People with none should not take azathioprine, and people with low levels need a lower dose, which your doctor works out. A second enzyme, NUDT15, does a similar job, and some people are tested for it too.',
      howGiven:
        'It is a blood test done before starting azathioprine. It does not replace the regular blood count checks you need while taking the medicine.',
      questions: [
        'Has my TPMT test been done, and what did it show?',
        'How does my result affect my treatment?',
        'How often will my blood counts still be checked?',
      ],
    },
    related: ['azathioprine', 'immunosuppressant', 'corticosteroid-sparing-agent'],
    sources: [
      { publisher: 'Medical Genetics Summaries (NCBI Bookshelf)', title: 'Azathioprine therapy and TPMT and NUDT15 genotype', url: 'https://www.ncbi.nlm.nih.gov/books/n/gtrbook/azathioprine/' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Imuran (azathioprine) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=606101a0-6244-7eff-e053-2a91aa0acadd' },
    ],
    reviewed: '2026-12-06',
  },
];
