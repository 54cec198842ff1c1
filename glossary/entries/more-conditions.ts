import type { GlossaryEntry } from '../types';

/**
 * Conditions named on DM pages and cards without an entry of their own (issue #20, item 5;
 * content review 12b, section 8): overlap diseases, a rare bisphosphonate side effect (whose
 * full name, being longer, now wins over the avascular-necrosis alias "osteonecrosis"), the
 * enzyme shortage behind the dapsone warning, and DM skin ulcers. Every fact was checked on
 * 2026-12-06 against the sources each entry lists.
 */

const REVIEWED = '2026-12-06';

const TMA_OVERLAP = {
  publisher: 'The Myositis Association',
  title: 'Overlapping autoimmune diseases',
  url: 'https://www.myositis.org/about-myositis/complications/overlapping-autoimmune-diseases/',
} as const;

export const moreConditionEntries: readonly GlossaryEntry[] = [
  {
    id: 'osteonecrosis-of-the-jaw',
    name: 'Osteonecrosis of the jaw',
    pronunciation: 'OSS-tee-oh-neh-KROH-sis',
    category: 'condition',
    aliases: [
      'osteonecrosis of the jaws',
      'jaw osteonecrosis',
      'medication-related osteonecrosis of the jaw',
      'bisphosphonate-related osteonecrosis of the jaw',
      { text: 'ONJ', caseSensitive: true },
      { text: 'MRONJ', caseSensitive: true },
      { text: 'BRONJ', caseSensitive: true },
    ],
    summary: 'Osteonecrosis of the jaw is a rare problem in which a patch of jaw bone is left bare and does not heal, most often after a tooth is pulled.',
    sections: {
      whyInDm:
        'People who take steroids for DM often also take a bisphosphonate, such as alendronate, to protect their bones. These medicines are linked with this rare jaw problem. The risk is much lower with the doses used for bone thinning than with the high doses used in cancer care. For people treated for osteoporosis, it is thought to affect between 1 in 10,000 and 1 in 100,000 each year, and the risk is higher after more than five years of treatment.',
      howGiven:
        'Prevention matters most. If you can, see your dentist before you start a bone medicine, and keep up good mouth care and regular checkups. Tell your dentist that you take a bisphosphonate, mostly before a tooth is pulled or an implant is placed. Do not stop your bone medicine on your own; for most people the benefits outweigh this small risk.',
      sideEffects:
        'Signs are pain or swelling in the jaw, a sore in the gum that does not heal, or bone showing in the mouth. Tell your dentist and your doctor soon if you notice them.',
      questions: [
        'Should I see a dentist before I start my bone medicine?',
        'What should I tell my dentist before dental work?',
        'How long should I stay on a bisphosphonate?',
      ],
    },
    related: ['bisphosphonates', 'osteoporosis', 'bone-protection-on-steroids', 'corticosteroids', 'avascular-necrosis'],
    sources: [
      {
        publisher: 'Bone Health & Osteoporosis Foundation',
        title: 'Side effects of bisphosphonates',
        url: 'https://www.bonehealthandosteoporosis.org/patients/treatment/medicationadherence/side-effects-of-bisphosphonates-alendronate-ibandronate-risedronate-and-zoledronic-acid/',
      },
      { publisher: 'NHS', title: 'Common questions about alendronic acid', url: 'https://www.nhs.uk/medicines/alendronic-acid/common-questions-about-alendronic-acid' },
      {
        publisher: 'Supportive Care in Cancer, via PubMed Central',
        title: 'Medication-related osteonecrosis of the jaw: a practical guide',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7378104',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'lupus',
    name: 'Lupus',
    pronunciation: 'LOO-pus',
    category: 'condition',
    aliases: ['systemic lupus erythematosus', 'systemic lupus', { text: 'SLE', caseSensitive: true }],
    summary: 'Lupus is a disease in which the immune system attacks the skin, joints, kidneys or other organs.',
    sections: {
      whyInDm:
        'Lupus is one of the diseases that can overlap with myositis, so some people have signs of both. Lupus can cause a rash over the cheeks and nose shaped like a butterfly, and DM can cause a rash there too. Lupus can also affect the kidneys, blood cells, heart, lungs and brain. Symptoms often come and go in flares.',
      howGiven:
        'Doctors look at your signs and blood tests. Treatment depends on which parts of the body are affected. Many of the same medicines are used as in DM, such as hydroxychloroquine, steroids and other medicines that calm the immune system.',
      questions: [
        'Do I have signs of lupus as well as DM?',
        'Which tests check for lupus?',
        'Does an overlap change my treatment?',
      ],
    },
    related: ['overlap-myositis', 'hydroxychloroquine', 'antinuclear-antibody', 'photosensitivity', 'flare'],
    sources: [
      TMA_OVERLAP,
      {
        publisher: 'Altru Health (Mayo Clinic health library)',
        title: 'Systemic lupus erythematosus',
        url: 'https://www.altru.org/health-library/definitions/systemic-lupus-erythematosus',
      },
      {
        publisher: 'National Jewish Health',
        title: 'Lupus (systemic lupus erythematosus)',
        url: 'https://www.nationaljewish.org/education-training/patient-education/print-multimedia/online-materials/lupus-(systemic-lupus-erythematosus)',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'scleroderma',
    name: 'Scleroderma',
    pronunciation: 'sklair-oh-DUR-muh',
    category: 'condition',
    aliases: ['systemic sclerosis', 'systemic scleroderma', 'scleromyositis', { text: 'SSc', caseSensitive: true }],
    summary: 'Scleroderma is a rare autoimmune disease that makes the skin, and sometimes organs inside the body, thick and hard.',
    sections: {
      whyInDm:
        'Scleroderma is the disease that most often overlaps with myositis. When the two come together, this is sometimes called scleromyositis, and anti-PM-Scl antibodies are often found. Signs of scleroderma include Raynaud’s, thick or tight skin on the fingers, heartburn or trouble swallowing, and calcium lumps under the skin. In the overlap, lung scarring and heart problems matter most.',
      howGiven:
        'Treatment depends on which parts of the body are affected. High doses of steroids can bring on a kidney crisis in some people with scleroderma, so doctors take care with the steroid dose in an overlap.',
      questions: [
        'Do I have signs of scleroderma as well as DM?',
        'Does the overlap change my steroid treatment?',
        'Do I need extra lung or heart checks?',
      ],
    },
    related: ['overlap-myositis', 'raynaud-phenomenon', 'myositis-associated-antibodies', 'interstitial-lung-disease', 'calcinosis', 'nintedanib'],
    sources: [
      TMA_OVERLAP,
      { publisher: 'Lurie Children’s Hospital of Chicago', title: 'Scleroderma syndromes', url: 'https://www.luriechildrens.org/en/specialties-conditions/scleroderma-syndromes/' },
      {
        publisher: 'Frontiers in Immunology (review, 2023)',
        title: 'Scleromyositis: a distinct novel entity within the systemic sclerosis and autoimmune myositis spectrum',
        url: 'https://www.frontiersin.org/articles/10.3389/fimmu.2022.974078/full',
      },
      {
        publisher: 'Current Treatment Options in Rheumatology (2023)',
        title: 'Systemic sclerosis-associated myopathy: how to treat',
        url: 'https://link.springer.com/article/10.1007/s40674-023-00206-y',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'g6pd-deficiency',
    name: 'G6PD deficiency',
    category: 'condition',
    aliases: [
      'glucose-6-phosphate dehydrogenase deficiency',
      'G6PD test',
      'favism',
      { text: 'G6PD', caseSensitive: true },
    ],
    summary: 'G6PD deficiency is a lack of an enzyme that protects red blood cells, so some medicines and foods can make them burst.',
    sections: {
      whyInDm:
        'Dapsone, sometimes used for the DM rash, can make red blood cells burst in people with this condition. Doctors call this hemolysis. Co-trimoxazole (Bactrim, Septra) can do it too; it is the antibiotic used to prevent PJP pneumonia. So can some other antibiotics and malaria drugs, such as primaquine. Some lists also name hydroxychloroquine and chloroquine. Tell every doctor and pharmacist if you have it.',
      howGiven:
        'There is no cure, but most people with it stay well if they avoid the triggers: certain medicines and fava (broad) beans. It is lifelong and passed down in families, and more common in men. It is most common in people whose families come from Africa, the Mediterranean, the Caribbean and South-East Asia. A blood test finds it.',
      sideEffects:
        'Signs that red blood cells are breaking down are pale skin, unusual tiredness, a fast heartbeat or shortness of breath, yellow skin or eyes, and dark urine. Get medical help quickly if they appear.',
      questions: [
        'Have I been tested for G6PD deficiency?',
        'Which of my medicines are safe with G6PD deficiency?',
        'Which signs should make me call you?',
      ],
    },
    related: ['dapsone', 'pjp-prophylaxis', 'hydroxychloroquine', 'antimalarials', 'complete-blood-count'],
    sources: [
      { publisher: 'Leeds Teaching Hospitals NHS Trust', title: 'G6PD deficiency', url: 'https://www.leedsth.nhs.uk/patients/resources/g6pd-deficiency-2/' },
      { publisher: 'AboutKidsHealth (The Hospital for Sick Children)', title: 'G6PD deficiency', url: 'https://aboutkidshealth.ca/pt/healthaz/genetics/g6pd-deficiency' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'skin-ulcers',
    name: 'Skin ulcers',
    category: 'symptom',
    aliases: [
      'skin ulcer',
      'skin ulceration',
      'cutaneous ulcers',
      'cutaneous ulceration',
      'digital ulcers',
      'fingertip ulcers',
      'ulcerated Gottron papules',
    ],
    summary: 'Skin ulcers are open sores that are slow to heal, and in DM they can mean that small blood vessels are hurt.',
    sections: {
      whyInDm:
        'In DM, ulcers often form over the knuckles and elbows, on the fingertips or beside the nails. In one study, about one in four people with DM had them. They are strongly linked with anti-MDA5 antibodies, and in people with those antibodies they point to a higher risk of lung disease. Painful red bumps on the palms can come with them. In a large review, skin ulcers were also linked with a higher chance of cancer in DM.',
      howGiven:
        'Tell your team about any new sore, mostly if you also have a cough or get short of breath. You may need an antibody test, lung tests and cancer checks. Treating the DM helps the ulcers heal.',
      questions: [
        'Could my ulcers be linked to anti-MDA5 antibodies?',
        'Do I need lung tests or cancer checks?',
        'How should I care for the sores at home?',
      ],
    },
    related: ['anti-mda5', 'gottron-papules', 'interstitial-lung-disease', 'cancer-screening', 'raynaud-phenomenon'],
    sources: [
      {
        publisher: 'Arthritis Care & Research, via PubMed Central',
        title: 'Clinical and serologic correlates of cutaneous ulcers in dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4404195',
      },
      {
        publisher: 'The Journal of Rheumatology',
        title: 'Cutaneous features of anti-MDA5 dermatomyositis',
        url: 'https://www.jrheum.org/content/44/6/850',
      },
      {
        publisher: 'American Academy of Dermatology',
        title: 'Dermatomyositis takes your breath away (anti-MDA5 dermatopulmonary syndrome)',
        url: 'https://www.aad.org/dw/dw-insights-and-inquiries/dermatopathology/dermatomyositis-takes-your-breath-away',
      },
      {
        publisher: 'Rheumatology (Oldroyd et al., 2021)',
        title: 'Cancer risk factors and screening in the idiopathic inflammatory myopathies: systematic review and meta-analysis',
        url: 'https://academic.oup.com/rheumatology/article/60/6/2615/6143039',
      },
    ],
    reviewed: REVIEWED,
  },
];
