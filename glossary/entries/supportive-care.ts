import type { GlossaryEntry } from '../types';

const REVIEWED = '2026-12-01';

const TMA_DYSPHAGIA = {
  publisher: 'The Myositis Association',
  title: 'Dysphagia',
  url: 'https://www.myositis.org/about-myositis/complications/dysphagia/',
} as const;

export const supportiveCareEntries: readonly GlossaryEntry[] = [
  {
    id: 'photoprotection',
    name: 'Photoprotection',
    pronunciation: 'FOH-toh-pro-TEK-shun',
    category: 'care',
    aliases: [
      'sun protection',
      'UV protection',
      'sun-protective clothing',
      'photoprotective clothing',
      'broad-spectrum sunscreen',
      'sunscreen',
      'sunblock',
      'UPF clothing',
      'sun avoidance',
    ],
    summary: 'Photoprotection means guarding your skin from the sun’s UV light, which can set off DM rashes.',
    sections: {
      whyInDm:
        'UV light often sets off DM rashes and itch, and a flare can show up days after time in the sun. Some DM medicines, such as azathioprine, mycophenolate and methotrexate, also raise the risk of skin cancer. Sun protection helps with both.',
      howGiven:
        'Use a broad-spectrum sunscreen every day, at SPF 30 or higher, and put more on about every two hours and after swimming or washing your hands. Wear a hat and long sleeves, stay in the shade, and avoid the strong midday sun and tanning beds. UVA light passes through window glass, so protection matters near windows and in the car too.',
      questions: [
        'Which sunscreen is best for my skin?',
        'Should I use window film at home or in the car?',
        'Do any of my medicines make me more sensitive to the sun?',
      ],
    },
    related: ['dermatomyositis', 'gottron-papules', 'heliotrope-rash', 'hydroxychloroquine', 'azathioprine', 'photosensitivity'],
    sources: [
      { publisher: 'NYU Langone Health', title: 'Sun protection for dermatomyositis', url: 'https://nyulangone.org/conditions/dermatomyositis/treatments/sun-protection-for-dermatomyositis' },
      {
        publisher: 'The Myositis Association',
        title: 'Sun protection',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/complementary-and-self-care-therapies/sun-protection/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'physical-therapy',
    name: 'Physical therapy',
    category: 'care',
    aliases: ['physiotherapy', 'physiotherapist', 'physio', 'physical therapist', 'exercise therapy'],
    summary: 'Physical therapy uses guided exercise to help you build back strength and keep your joints moving.',
    sections: {
      whyInDm:
        'Exercise with a trained guide is safe in DM. It builds strength and stamina and makes daily tasks easier. Studies suggest it may even lower muscle swelling when the disease is stable. UK advice counts exercise led by a physiotherapist or an occupational therapist as part of standard care.',
      howGiven:
        'A therapist starts you at a low level and builds up slowly. When DM is very active, gentle stretching and moving your joints through their full range help stop them from getting stiff. An occupational therapist can help with daily tasks and useful aids.',
      questions: [
        'What exercise is safe for me right now?',
        'How hard should I push, and which signs mean I should ease off?',
        'Can I see an occupational therapist for help at home or work?',
      ],
    },
    related: ['dermatomyositis', 'creatine-kinase', 'speech-therapy', 'dietitian', 'bone-protection-on-steroids'],
    sources: [
      { publisher: 'PubMed Central (Alexanderson)', title: 'Exercise in myositis', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6299050/' },
      {
        publisher: 'Rheumatology (British Society for Rheumatology guideline, Oldroyd et al., 2022)',
        title: 'British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy',
        url: 'https://doi.org/10.1093/rheumatology/keac115',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'speech-therapy',
    name: 'Speech therapy',
    category: 'care',
    aliases: [
      'speech therapist',
      'speech-language pathology',
      'speech-language pathologist',
      'speech and language therapy',
      'speech and language therapist',
      { text: 'SLP', caseSensitive: true },
      'swallowing therapy',
    ],
    summary: 'Speech therapy is help from a trained therapist to make swallowing safer and the voice stronger.',
    sections: {
      whyInDm:
        'Weak throat muscles in DM can make swallowing unsafe. Muscle strength scores do not reliably show who has swallowing problems, so a proper swallow check is advised when symptoms appear.',
      howGiven:
        'A speech-language pathologist checks your swallowing at the bedside or with an X-ray swallow study. They teach safer ways to swallow, such as changing your head position, taking small bites and sips, changing food textures and doing exercises. They can also help a weak or hoarse voice.',
      questions: [
        'Do I need a swallow study?',
        'Which foods and drinks are safest for me right now?',
        'Are there exercises that can help my swallowing or voice?',
      ],
    },
    related: ['dysphagia', 'dietitian', 'physical-therapy', 'swallow-study'],
    sources: [
      TMA_DYSPHAGIA,
      { publisher: 'UCSF Radiology', title: 'Video fluoroscopic swallow study', url: 'https://radiology.ucsf.edu/patient-care/prepare/video-fluoroscopic-swallow-study' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'dietitian',
    name: 'Dietitian',
    pronunciation: 'dye-uh-TISH-un',
    category: 'care',
    aliases: ['dietician', 'registered dietitian', 'dietetic assessment', 'nutrition assessment', 'texture-modified diet'],
    summary: 'A dietitian is a food expert who can plan meals that suit your DM and your medicines.',
    sections: {
      whyInDm:
        'DM can cause weight and muscle loss, trouble chewing or swallowing, and low vitamin D. Steroids can add weight gain and raise blood sugar. A dietitian checks how well you are eating and plans meals, for example with softer textures, supplements or more protein.',
      howGiven:
        'You can meet a dietitian at a clinic or in the hospital. The Myositis Association says people on steroids are often told to eat more protein and fewer carbs. They should also get enough calcium and vitamin D.',
      questions: [
        'Am I getting enough protein, calcium and vitamin D?',
        'Should my food or drinks be softer or thicker?',
        'How can I manage my weight and blood sugar while on steroids?',
      ],
    },
    related: ['dysphagia', 'speech-therapy', 'bone-protection-on-steroids', 'prednisone'],
    sources: [
      {
        publisher: 'Hospital for Special Surgery',
        title: 'Nutrition and myositis',
        url: 'https://www.hss.edu/conditions_nutrition-and-myositis.asp',
      },
      { publisher: 'The Myositis Association', title: 'Corticosteroids', url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/corticosteroids' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'bone-protection-on-steroids',
    name: 'Bone protection on steroids',
    category: 'care',
    aliases: [
      'glucocorticoid-induced osteoporosis',
      'steroid-induced osteoporosis',
      { text: 'GIOP', caseSensitive: true },
      // The bone medicines themselves (bisphosphonates, alendronate...) belong to their own card,
      // which lists their side effects; a page about osteoporosis in general should open that one.
    ],
    summary: 'Bone protection on steroids means steps to keep your bones strong while steroid medicines are thinning them.',
    sections: {
      whyInDm:
        'Steroids can thin bones quickly and make breaks more likely. US guidance says people who take steroids for more than three months, even at low doses, should have their risk of a break checked early, often with a bone density (DXA) scan.',
      howGiven:
        'Everyone on steroids is told to get enough calcium and vitamin D and to do exercise where your legs carry your weight. Do not smoke, and limit alcohol. If your chance of a break is medium or high, you will likely be offered a bone medicine. Most often this is a pill from a group called bisphosphonates. Drips, shots and bone-building drugs are other choices.',
      questions: [
        'Do I need a bone density scan?',
        'Should I take calcium and vitamin D, and how much?',
        'Is my risk high enough to need a bone medicine?',
      ],
    },
    related: ['corticosteroids', 'bisphosphonates', 'prednisone', 'dietitian', 'physical-therapy', 'osteoporosis', 'calcium-and-vitamin-d'],
    sources: [
      {
        publisher: 'Arthritis & Rheumatology (American College of Rheumatology guideline, Humphrey et al., 2023), via PubMed',
        title: '2022 American College of Rheumatology guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37845798/',
      },
      { publisher: 'Mayo Clinic', title: 'Dermatomyositis: diagnosis and treatment', url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'pjp-prophylaxis',
    name: 'PJP prophylaxis',
    pronunciation: 'pee-jay-PEE pro-fuh-LAK-sis',
    category: 'care',
    aliases: [
      { text: 'PJP', caseSensitive: true },
      'Pneumocystis pneumonia',
      'Pneumocystis jirovecii pneumonia',
      'Pneumocystis prophylaxis',
      'PCP prophylaxis',
      // The antibiotic's names are search-only: on a page about a urinary infection they would
      // open a card about preventing a lung infection.
      { text: 'trimethoprim-sulfamethoxazole', searchOnly: true },
      { text: 'sulfamethoxazole-trimethoprim', searchOnly: true },
      { text: 'TMP-SMX', searchOnly: true },
      { text: 'co-trimoxazole', searchOnly: true },
      { text: 'cotrimoxazole', searchOnly: true },
      { text: 'Bactrim', searchOnly: true },
      { text: 'Septra', searchOnly: true },
    ],
    summary: 'PJP prophylaxis is a pill that helps prevent a serious lung infection in people on strong immune drugs.',
    sections: {
      whyInDm:
        'PJP (Pneumocystis pneumonia) is a serious lung infection that can be life-threatening. It mostly affects people whose immune system is turned down. In a large study from Taiwan, people with DM or polymyositis had the highest risk of all autoimmune diseases, mostly on higher steroid doses or other strong immune drugs. In anti-MDA5 DM, it has been linked to more deaths.',
      howGiven:
        'The usual medicine is trimethoprim-sulfamethoxazole (Bactrim or Septra), taken by mouth. It is often given during high-dose steroids or combined treatment, such as pulse steroids, rituximab or cyclophosphamide. When to use it differs between guidelines and doctors, so ask whether you need it.',
      sideEffects:
        'It can cause a rash and, rarely, severe skin reactions, so report any new rash. Tell your team if you have had a reaction to a sulfa drug. It can lower blood counts and raise potassium, so blood tests may be checked. It can make you burn more easily in the sun. If you also take methotrexate, tell your team: the two together can lower blood counts, so they will weigh the choice and may check your blood more often. Other medicines are available for people who cannot take it.',
      questions: [
        'Do I need medicine to prevent PJP?',
        'How long would I take it?',
        'What should I do if I get a rash?',
        'Is it safe with my other medicines, such as methotrexate?',
      ],
    },
    related: ['prednisone', 'rituximab', 'cyclophosphamide', 'anti-mda5', 'methotrexate', 'low-blood-counts', 'g6pd-deficiency'],
    sources: [
      { publisher: 'PubMed Central (Taiwan nationwide cohort)', title: 'Pneumocystis pneumonia in autoimmune rheumatic diseases', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7917170' },
      { publisher: 'Arthritis Research & Therapy (Park et al., 2019)', title: 'Pneumocystis pneumonia in patients on non-high-dose glucocorticoids and prophylaxis with trimethoprim-sulfamethoxazole', url: 'https://doi.org/10.1186/s13075-019-1996-6' },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Sulfamethoxazole and trimethoprim tablets label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=471c5995-a4df-fbe3-e063-6394a90aa50e',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'live-vaccines',
    name: 'Live vaccines',
    category: 'care',
    aliases: [
      'live vaccine',
      'live-attenuated vaccine',
      { text: 'MMR', caseSensitive: true },
      'varicella vaccine',
      'chickenpox vaccine',
      'yellow fever vaccine',
      'nasal flu spray',
      // No longer sold in the US since 18 November 2020 (CDC), but still named on older pages.
      'Zostavax',
    ],
    summary: 'Live vaccines contain weakened germs, so they may not be safe while strong medicines are turning down your immune system.',
    sections: {
      whyInDm:
        'In people whose immune system is strongly suppressed, the weakened germs in a live vaccine can cause illness. Examples are MMR, chickenpox, nasal flu spray, yellow fever and oral typhoid vaccines. US guidance says to hold off live vaccines during higher-dose steroids taken for two weeks or more, and to wait at least a month after such treatment ends.',
      howGiven:
        'Vaccines that are not live can be given during treatment, though they may work less well. These include the flu shot, pneumonia and COVID-19 vaccines, and the Shingrix shingles vaccine. The older live shingles vaccine, Zostavax, is no longer sold in the US. It is best to plan vaccines with your rheumatology team, ideally before strong treatment starts.',
      questions: [
        'Which vaccines should I have before starting treatment?',
        'Is any live vaccine safe for me right now?',
        'Can the people I live with have live vaccines?',
      ],
    },
    related: ['immunosuppressant', 'corticosteroids', 'rituximab', 'prednisone', 'shingles', 'pneumococcal-vaccine'],
    sources: [
      { publisher: 'Immunize.org (Ask the Experts)', title: 'Should vaccines be withheld from patients taking steroids?', url: 'https://www.immunize.org/ask-experts/should-vaccines-withheld-patients-steroids/' },
      { publisher: 'American College of Rheumatology (2022), via PubMed Central', title: 'Guideline for vaccinations in patients with rheumatic and musculoskeletal diseases', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10291822' },
      { publisher: 'U.S. Centers for Disease Control and Prevention', title: 'Shingles vaccination', url: 'https://www.cdc.gov/shingles/vaccination.html' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pregnancy-and-dm-medicines',
    name: 'Pregnancy and DM medicines',
    category: 'care',
    aliases: ['teratogen', 'teratogenic', 'pregnancy and dermatomyositis medicines'],
    summary: 'Some DM medicines can harm an unborn baby, so a pregnancy needs to be planned with your care team.',
    sections: {
      whyInDm:
        'Three DM medicines can cause birth defects or loss of the baby: methotrexate, mycophenolate and cyclophosphamide. So they are stopped before a pregnancy, on a plan made with your doctor. JAK inhibitors are avoided too. One of them, baricitinib, should not be used in pregnancy or while breastfeeding. Advice on how long before differs, so follow your own team. Other medicines are often kept going in pregnancy when needed. These include hydroxychloroquine, azathioprine and low doses of steroids. IVIG or rituximab may be used when the disease is severe. If you had rituximab while pregnant, tell your baby’s doctor: live baby vaccines may need to wait until your baby is at least six months old.',
      howGiven:
        'Talk with your team before trying for a baby. Use reliable birth control while you take a medicine that can harm a pregnancy. If you think you might be pregnant, call your team that day, and do not wait for your next visit. Do not stop or change a medicine on your own: your team will tell you what to do. With mycophenolate, a pregnancy during treatment or in the six weeks after is reported to a US registry. Men need advice too. Advice says to stop cyclophosphamide about three months before trying for a baby. Advice on methotrexate and mycophenolate varies.',
      questions: [
        'Which of my medicines are safe in pregnancy?',
        'How long before trying for a baby would any medicine need to stop?',
        'What birth control works best with my treatment?',
        'Does it matter which medicines my partner takes?',
        'Which of my medicines are safe while breastfeeding?',
      ],
    },
    related: ['methotrexate', 'mycophenolate', 'cyclophosphamide', 'hydroxychloroquine', 'azathioprine', 'jak-inhibitors'],
    sources: [
      { publisher: 'The Rheumatologist', title: 'The ACR introduces new reproductive health guideline', url: 'https://the-rheumatologist.org/article/the-acr-introduces-new-reproductive-health-guideline/3' },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'CellCept (mycophenolate mofetil) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40',
      },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Trexall (methotrexate) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c' },
      {
        publisher: 'Australian Government Department of Health (Australian Immunisation Handbook)',
        title: 'Infants exposed to immunosuppressive therapy in utero or through breastmilk',
        url: 'https://immunisationhandbook.health.gov.au/node/919',
      },
    ],
    reviewed: '2026-12-06',
  },
];
