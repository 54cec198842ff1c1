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
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Muscle biopsy',
  url: 'https://medlineplus.gov/ency/article/003924.htm',
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
  publisher: 'Jornal Brasileiro de Pneumologia (review, 2011), via PubMed',
  title: 'Myositis-related interstitial lung disease and antisynthetase syndrome',
  url: 'https://pubmed.ncbi.nlm.nih.gov/21390438/',
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
      // Also the Indian Institutes of Management ("IIM Ahmedabad") on ordinary pages.
      { text: 'IIM', searchOnly: true },
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
    related: ['dermatomyositis', 'polymyositis', 'inclusion-body-myositis', 'necrotizing-myopathy', 'antisynthetase-syndrome', 'overlap-myositis', 'proximal-muscle-weakness', 'fatigue'],
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
    related: ['myositis', 'steroid-myopathy', 'creatine-kinase', 'physical-therapy', 'dysphagia'],
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
    summary: 'Polymyositis is a rare kind of myositis that weakens many muscles, like DM but with no skin rash.',
    sections: {
      whyInDm:
        'Pages and drug labels often name it next to DM, because the muscle disease of the two looks alike. Both are autoimmune diseases that mostly weaken the muscles of the shoulders, hips and thighs. Muscles may also feel sore, and some people lose weight, sweat at night or feel unwell. It mostly affects adults.',
      howGiven:
        'Doctors now think polymyositis is diagnosed too often. Many people given this name turn out to fit another type of myositis better. Myositis antibody tests help sort this out. Other problems can look like it too. Examples are side effects of steroids or statins, thyroid problems and low vitamin D.',
      questions: [
        'How sure are we that I have polymyositis and not another type of myositis?',
        'Have I had a myositis antibody test?',
        'Does my diagnosis change my treatment?',
      ],
    },
    related: ['myositis', 'dermatomyositis', 'inclusion-body-myositis', 'myositis-specific-antibodies', 'antisynthetase-syndrome'],
    sources: [VERSUS_PM_DM, MSU_MYOSITIS, MDUK_FACTSHEET],
    reviewed: '2026-12-06',
  },
  {
    id: 'steroid-taper',
    name: 'Steroid taper',
    category: 'care',
    // "taper" and "tapering" alone are everyday words, so only the steroid phrases are listed.
    aliases: [
      'steroid tapering',
      'prednisone taper',
      'prednisolone taper',
      'steroid wean',
      'steroid weaning',
      'glucocorticoid taper',
      // An everyday word on pages (a tapered edge), so found by search only.
      { text: 'taper', searchOnly: true },
    ],
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
    related: ['corticosteroids', 'prednisone', 'prednisolone', 'corticosteroid-sparing-agent', 'adrenal-insufficiency', 'flare'],
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
      // "flare" and "relapse" alone are everyday words: a patient searching them means this card,
      // but on pages they mostly mean something else, so search-only.
      { text: 'flare-up', searchOnly: true },
      { text: 'flare', searchOnly: true },
      { text: 'relapse', searchOnly: true },
    ],
    summary: 'A flare is a time when DM gets worse again after a calm spell, and the rash or weakness comes back.',
    sections: {
      whyInDm:
        'Flares are common. In one study, about two in three adults with myositis had a flare, seen as a rise in CK. They happen most often in the first two years of treatment and while steroids are being lowered. Sun on the skin, even for a short time, can set off a skin flare, sometimes a few days later.',
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
    related: ['steroid-taper', 'remission', 'photosensitivity', 'creatine-kinase', 'fatigue'],
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
    related: ['immunosuppressant', 'repository-corticotropin', 'ivig', 'prior-authorization', 'clinical-trial'],
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
  {
    id: 'aldolase',
    name: 'Aldolase',
    pronunciation: 'AL-doh-lays',
    category: 'test',
    aliases: ['aldolase test', 'aldolase blood test', 'serum aldolase'],
    summary: 'Aldolase is a muscle enzyme, and a blood test for it can show muscle damage.',
    sections: {
      whyInDm:
        'Aldolase helps turn sugar into energy, and there is a lot of it in muscle and the liver. When muscle is damaged, it leaks into the blood. Doctors often check it with CK to help diagnose myositis and to see how well treatment works. A few people have a high aldolase while their CK is normal, so some doctors check both.',
      howGiven:
        'It is a normal blood test from a vein. You may be asked not to eat, or to skip hard exercise, for some hours before it. Liver problems can also raise it, so a high result does not always mean muscle damage.',
      questions: [
        'Is my aldolase high, and how does it compare with my CK?',
        'Should I avoid exercise or food before the test?',
        'How often will we check it?',
      ],
    },
    related: ['creatine-kinase', 'liver-enzymes', 'myositis'],
    sources: [
      {
        publisher: 'The Open Rheumatology Journal (NIH study, Volochayev et al., 2012), via PubMed Central',
        title: 'Laboratory test abnormalities are common in polymyositis and dermatomyositis and differ among clinical and demographic groups',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3377888',
      },
      {
        publisher: 'MedlinePlus (U.S. National Library of Medicine)',
        title: 'Aldolase blood test',
        url: 'https://medlineplus.gov/ency/article/003566.htm',
      },
      {
        publisher: 'Mayo Clinic',
        title: 'Dermatomyositis: diagnosis and treatment',
        url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'electromyography',
    name: 'Electromyography',
    pronunciation: 'ee-LEK-troh-my-OG-ruh-fee',
    category: 'test',
    aliases: [{ text: 'EMG', caseSensitive: true }, 'needle EMG', 'electromyogram', 'nerve conduction study', 'nerve conduction studies'],
    summary: 'Electromyography, or EMG, is a test that records the electrical signals in your muscles.',
    sections: {
      whyInDm:
        'It checks the health of the muscles and of the nerves that control them. In myositis the pattern of signals changes in a typical way, which helps confirm a muscle disease and shows which muscles are affected. It is often done with a nerve conduction study, which measures signals along a nerve through pads taped to the skin.',
      howGiven:
        'You lie on a table. A doctor puts a very thin needle into a few muscles, one at a time, and asks you to rest and then tighten each one. The needle can hurt for a short time, and you can ask for a break. Small bruises may show for a few days.',
      questions: [
        'Which muscles will you test, and how long will it take?',
        'Do I need to do anything to get ready for the test?',
        'What did my EMG show?',
      ],
    },
    related: ['muscle-biopsy', 'muscle-mri', 'creatine-kinase', 'myositis'],
    sources: [
      {
        publisher: 'Mayo Clinic',
        title: 'EMG (electromyography): what you can expect',
        url: 'https://www.mayoclinic.org/tests-procedures/emg/basics/what-you-can-expect/prc-20014183',
      },
      { publisher: 'Boston Medical Center', title: 'EMG (electromyogram)', url: 'https://www.bmc.org/content/emg-electromyogram' },
      MAYO_DM,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'muscle-biopsy',
    name: 'Muscle biopsy',
    pronunciation: 'BY-op-see',
    category: 'procedure',
    aliases: ['needle muscle biopsy', 'open muscle biopsy'],
    summary: 'A muscle biopsy takes a small piece of muscle so it can be looked at under a microscope.',
    sections: {
      whyInDm:
        'It can show inflammation in the muscle. It also helps rule out other causes of muscle damage, such as an infection. If a skin biopsy already confirms DM, a muscle biopsy may not be needed.',
      howGiven:
        'You are usually awake, and the skin is numbed first. In a needle biopsy a hollow needle takes the sample. In an open biopsy the doctor makes a small cut. An MRI scan may help pick the best spot, and a muscle just tested with an EMG needle is not used. You may feel pressure or tugging, and the area may be sore for about a week.',
      questions: [
        'Do I need a muscle biopsy, or is a skin biopsy or MRI enough?',
        'Which muscle will you take the sample from?',
        'How should I care for the wound afterward?',
      ],
    },
    related: ['skin-biopsy', 'muscle-mri', 'electromyography', 'myositis'],
    sources: [ADAM_MUSCLE_BIOPSY, MAYO_DM, MRI_REVIEW],
    reviewed: '2026-12-06',
  },
  {
    id: 'shawl-and-v-sign',
    name: 'Shawl sign and V-sign',
    category: 'symptom',
    aliases: [
      'shawl sign',
      'V-neck sign',
      'holster sign',
      'open collar sign',
      // "V sign" is also the hand gesture, so it is found by search but not highlighted.
      { text: 'V sign', searchOnly: true },
    ],
    summary: 'The shawl sign and V-sign are DM rash patterns on skin that the sun reaches, on the upper back and on the front of the neck and chest.',
    sections: {
      whyInDm:
        'The shawl sign covers the upper back, the back of the neck and the shoulders, where a shawl would sit. The V-sign sits on the front of the neck and upper chest, in the shape of an open collar. A similar patch on the outer thighs is called the holster sign. They are classic signs of DM and help doctors make the diagnosis.',
      howGiven:
        'The skin may be red or violet, with darker and lighter patches, thin skin and tiny visible blood vessels. On brown or black skin the patches may look darker rather than red. These rashes are often very itchy, and sun makes them worse, so sun protection is a key part of care.',
      questions: [
        'Is my rash a shawl or V-sign, and is it active?',
        'What can I use for the itch?',
        'How should I protect this skin from the sun?',
      ],
    },
    related: ['poikiloderma', 'heliotrope-rash', 'gottron-papules', 'photosensitivity', 'itch'],
    sources: [
      CFP_SKIN_TABLE,
      {
        publisher: 'Archives of Medicine and Health Sciences (case report)',
        title: 'V sign in dermatomyositis',
        url: 'https://amhsjournal.org/article.asp?issn=2321-4848;year=2021;volume=9;issue=2;spage=355;epage=356;aulast=Mondal',
      },
      {
        publisher: 'Frontiers in Immunology (case series, 2024)',
        title: '"Fur stole and turtleneck" and "halter-back" signs: an expanded wardrobe for dermatomyositis',
        url: 'https://www.frontiersin.org/journals/immunology/articles/10.3389/fimmu.2024.1400575',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'mechanics-hands',
    name: "Mechanic's hands",
    category: 'symptom',
    aliases: ["mechanics' hands", 'mechanics hands', "mechanic's hand"],
    summary: "Mechanic's hands is rough, thick, cracked skin on the sides and tips of the fingers.",
    sections: {
      whyInDm:
        'The skin looks like the hands of someone who works with tools all day, with dark, dirty-looking lines. It is seen mostly in DM and in antisynthetase syndrome, and it is often linked to anti-synthetase antibodies such as anti-Jo-1. It can be a clue to lung disease, so doctors may check your lungs.',
      howGiven:
        'Treating the myositis itself matters most. A steroid cream may be tried on the skin. The cracks can be painful, so tell your team if they bleed or look infected.',
      questions: [
        'Do my hand changes mean I should have lung tests?',
        'Have I had the antibody tests linked to this sign?',
        'What can I put on the cracks?',
      ],
    },
    related: ['antisynthetase-syndrome', 'anti-synthetase-antibodies', 'interstitial-lung-disease', 'topical-corticosteroids'],
    sources: [
      MSU_MECHANICS_HANDS,
      {
        publisher: 'BMC Research Notes (Sohara et al., 2014)',
        title: "Mechanic's hands revisited: is this sign still useful for diagnosis in patients with lung involvement of collagen vascular diseases?",
        url: 'https://bmcresnotes.biomedcentral.com/articles/10.1186/1756-0500-7-303',
      },
      MDUK_FACTSHEET,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'nailfold-changes',
    name: 'Nailfold changes',
    pronunciation: 'NAIL-fold',
    category: 'symptom',
    aliases: [
      'nail fold changes',
      'periungual telangiectasia',
      'periungual telangiectasias',
      'nailfold telangiectasia',
      'nailfold telangiectasias',
      'ragged cuticles',
      'nailfold capillaroscopy',
      'nailfold videocapillaroscopy',
      'capillaroscopy',
    ],
    summary: 'Nailfold changes are ragged cuticles and widened tiny blood vessels at the base of the nails.',
    sections: {
      whyInDm:
        'The nailfold is the skin at the base of each nail. In DM the cuticles can get thick and ragged. The tiny blood vessels there can widen, and you may see them as tiny red lines. These changes are typical of DM and help doctors tell it apart from other diseases.',
      howGiven:
        'A doctor can look at the tiny vessels in the nailfolds through a microscope. This quick test is called capillaroscopy. It uses no needles and is done in the clinic. In DM it often shows widened, giant or missing tiny vessels.',
      questions: [
        'Do my nailfolds show signs of DM?',
        'Should I have capillaroscopy?',
        'Is it safe to trim or push back my cuticles?',
      ],
    },
    related: ['gottron-papules', 'raynaud-phenomenon', 'dermatomyositis'],
    sources: [
      {
        publisher: 'Frontiers in Medicine (Chanprapaph et al., 2021), via PubMed Central',
        title: 'Nailfold capillaroscopy with USB digital microscopy in connective tissue diseases: a comparative study of 245 patients and healthy controls',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8377356',
      },
      {
        publisher: 'Clinical Rheumatology (Manfredi et al., 2015), via PubMed',
        title: 'Nailfold capillaroscopic changes in dermatomyositis and polymyositis',
        url: 'https://pubmed.ncbi.nlm.nih.gov/25318613/',
      },
      {
        publisher: 'Medical Journal of the Islamic Republic of Iran (Shenavandeh and Zarei Nezhad, 2015), via PubMed Central',
        title: 'Association of nailfold capillary changes with disease activity, clinical and laboratory findings in patients with dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4715380',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'raynaud-phenomenon',
    name: 'Raynaud phenomenon',
    pronunciation: 'ray-NOH',
    category: 'symptom',
    aliases: [
      'Raynaud',
      "Raynaud's phenomenon",
      "Raynaud's syndrome",
      "Raynaud's disease",
      'Raynaud syndrome',
      'Raynaud disease',
      'secondary Raynaud',
      "secondary Raynaud's",
    ],
    summary: 'Raynaud phenomenon is when the fingers or toes turn white or blue in the cold or under stress, then red as they warm up.',
    sections: {
      whyInDm:
        'Small blood vessels in the fingers and toes narrow too much, so less blood gets through. The skin can feel cold, numb, tingly or painful, and ears, nose or lips can be affected too. Most people with Raynaud have no other illness. When it comes with an autoimmune disease, it is called secondary Raynaud. It is one of the signs of antisynthetase syndrome, a type of myositis.',
      howGiven:
        'Keep your home warm and wear warm clothes in the cold, mostly on your hands and feet. Do not smoke, and cut down on caffeine. Regular exercise helps blood flow. If attacks are bad, a doctor may prescribe a medicine that helps blood flow.',
      sideEffects:
        'Secondary Raynaud can cause sores on the fingertips. See your team soon if you get a sore on a finger or toe, or if attacks get worse.',
      questions: [
        'Is my Raynaud linked to my myositis?',
        'Do I need medicine for it?',
        'What should I do if I get a sore on a finger?',
      ],
    },
    related: ['nailfold-changes', 'antisynthetase-syndrome', 'overlap-myositis', 'mechanics-hands'],
    sources: [
      { publisher: 'Scleroderma & Raynaud\'s UK (SRUK)', title: "Raynaud's", url: 'https://www.sruk.co.uk/raynauds/' },
      { publisher: 'Limelight Health Hub (NHS)', title: "Raynaud's", url: 'https://limelighthealthhub.nhs.uk/health-a-to-z/raynauds/' },
      ASS_LUNG_REVIEW,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'antisynthetase-syndrome',
    name: 'Antisynthetase syndrome',
    pronunciation: 'AN-tee-SIN-thuh-tays',
    category: 'condition',
    aliases: [
      'anti-synthetase syndrome',
      { text: 'ASyS', caseSensitive: true },
      { text: 'ASSD', caseSensitive: true },
      // Search-only: on ordinary pages "ASS" is mostly not this syndrome.
      { text: 'ASS', searchOnly: true },
      'anti-Jo-1 syndrome',
    ],
    summary: 'Antisynthetase syndrome is a type of myositis that often harms the lungs and the joints.',
    sections: {
      whyInDm:
        'It belongs to the same family of muscle diseases as DM. It comes with one of the anti-synthetase antibodies, most often anti-Jo-1. Typical signs are lung disease, muscle weakness, sore or swollen joints, fever, cold color-changing fingers and mechanic\'s hands. Not everyone has all of them. Some people have lung problems first and little weakness, so it can be missed. Lung disease is its most serious part.',
      howGiven:
        'It is found with a blood test for the antibodies, plus lung checks such as breathing tests and a chest CT scan. Treatment is usually steroids plus other medicines that calm the immune system. Most people get better with it, but not everyone.',
      questions: [
        'Which antibody do I have?',
        'How are my lungs, and how often will we check them?',
        'Which medicine will protect my lungs best?',
      ],
    },
    related: ['anti-synthetase-antibodies', 'interstitial-lung-disease', 'pulmonary-function-tests', 'high-resolution-ct', 'mechanics-hands', 'raynaud-phenomenon'],
    sources: [
      ASS_LUNG_REVIEW,
      ASS_ANTIBODY_REVIEW,
      {
        publisher: 'International Journal of Molecular Sciences (review, 2024), via PubMed Central',
        title: 'A review of antisynthetase syndrome-associated interstitial lung disease',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11050089',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'anti-synthetase-antibodies',
    name: 'Anti-synthetase antibodies',
    pronunciation: 'AN-tee-SIN-thuh-tays',
    category: 'test',
    aliases: [
      'anti-synthetase antibody',
      'antisynthetase antibodies',
      'antisynthetase antibody',
      'anti-Jo-1',
      'anti-Jo1',
      'anti-Jo-1 antibody',
      'Jo-1 antibody',
      'anti-PL-7',
      'anti-PL-12',
      'anti-EJ',
      'anti-OJ',
      { text: 'anti-ARS', caseSensitive: true },
      'anti-tRNA synthetase antibodies',
      'aminoacyl-tRNA synthetase antibodies',
    ],
    summary: 'Anti-synthetase antibodies are blood markers, such as anti-Jo-1, that point to myositis with a high risk of lung disease.',
    sections: {
      whyInDm:
        'They are the most common myositis antibodies. They are found in about a quarter to a third of people with myositis. Anti-Jo-1 is the most common one. Others are anti-PL-7, anti-PL-12, anti-EJ and anti-OJ. People with these antibodies often have lung disease, joint pain and mechanic\'s hands. With the rarer ones, lung disease may be more likely than muscle weakness.',
      howGiven:
        'They are measured with a blood test, often as part of a myositis antibody panel. Tests for the rarer ones are not offered everywhere. A negative result does not rule out myositis.',
      questions: [
        'Which antibody did my test find?',
        'Do I need lung tests because of it?',
        'Should I be tested for the rarer antibodies too?',
      ],
    },
    related: ['antisynthetase-syndrome', 'myositis-specific-antibodies', 'myositis-associated-antibodies', 'interstitial-lung-disease', 'mechanics-hands'],
    sources: [
      ASS_ANTIBODY_REVIEW,
      ASS_LUNG_REVIEW,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'remission',
    name: 'Remission',
    pronunciation: 'rih-MISH-un',
    category: 'care',
    aliases: ['clinical remission', 'complete remission', 'drug-free remission', 'remission off treatment', 'inactive disease'],
    summary: 'Remission is a time when a disease is quiet, with few or no signs of it.',
    sections: {
      whyInDm:
        'Some people with DM reach it with treatment. Doctors use the word in different ways. It can mean DM is quiet while you still take medicine, or quiet after you have stopped. Most definitions ask for this to last at least six months. Skin disease can be slow to clear: in one study, about four in ten adults with DM had their skin clear within three years.',
      howGiven:
        'Your team judges remission from your strength, your skin and blood tests. Even in remission, keep your check-ups, because DM can flare again. Never stop a medicine on your own. If it is safe, your team will lower it slowly.',
      questions: [
        'Am I in remission, and what does that mean for my medicines?',
        'Could I stop a medicine one day, and how would we do it?',
        'Which signs mean DM is coming back?',
      ],
    },
    related: ['flare', 'steroid-taper', 'dermatomyositis'],
    sources: [
      {
        publisher: 'Autoimmunity Reviews (Myositis Clinical Trials Consortium, 2025), via PubMed',
        title: 'Remission and low disease activity definitions in adult idiopathic inflammatory myopathies: a narrative review',
        url: 'https://pubmed.ncbi.nlm.nih.gov/40669680/',
      },
      {
        publisher: 'JAMA Dermatology (Wolstencroft et al., 2018), via PubMed Central',
        title: 'Factors associated with clinical remission of skin disease in dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5833585',
      },
      MAYO_DM,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'rheumatologist',
    name: 'Rheumatologist',
    pronunciation: 'roo-muh-TOL-uh-jist',
    category: 'care',
    aliases: [
      'pediatric rheumatologist',
      'paediatric rheumatologist',
      'rheumatology clinic',
      // Mostly society and journal names on pages ("American College of Rheumatology"): search only.
      { text: 'rheumatology', searchOnly: true },
    ],
    summary: 'A rheumatologist is a doctor who treats joint, muscle and immune diseases, such as DM.',
    sections: {
      whyInDm:
        'Rheumatologists are experts in autoimmune diseases, where the immune system attacks the body, and myositis is one of them. They often treat DM, including with medicines that calm the immune system. They work with other doctors, such as a dermatologist for the skin and a lung doctor for the lungs. Some people see a neurologist, a nerve and muscle doctor, as well or instead.',
      howGiven:
        'A rheumatologist first trains as an internist or a children\'s doctor, then trains more in rheumatology. They treat with medicines and other care, not surgery. Some are children\'s doctors who care for children with DM.',
      questions: [
        'Who leads my DM care, and who do I call between visits?',
        'How do you and my other doctors share my care?',
        'How often will I see you and have tests?',
      ],
    },
    related: ['dermatologist', 'myositis', 'immunosuppressant'],
    sources: [
      {
        publisher: 'American College of Rheumatology',
        title: 'What is a rheumatologist?',
        url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Health-Care-Team/What-Is-A-Rheumatologist',
      },
      {
        publisher: 'Journal of Neuromuscular Diseases (review)',
        title: 'Current classification and management of inflammatory myopathies',
        url: 'https://content.iospress.com/articles/journal-of-neuromuscular-diseases/jnd180308',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'dermatologist',
    name: 'Dermatologist',
    pronunciation: 'der-muh-TOL-uh-jist',
    category: 'care',
    aliases: [
      'dermatology clinic',
      // Mostly society and journal names on pages ("American Academy of Dermatology"): search only.
      { text: 'dermatology', searchOnly: true },
    ],
    summary: 'A dermatologist is a doctor who treats problems of the skin, hair and nails.',
    sections: {
      whyInDm:
        'In DM a dermatologist treats the rash and the itch, which are often hard to control. In one study, most adults with DM still had some rash after three years of treatment. A dermatologist can help make the diagnosis from the rash, and a skin biopsy can confirm it. They may work with a rheumatologist.',
      howGiven:
        'Dermatologists train for many years and treat thousands of skin, hair and nail problems. For DM they may suggest creams, sun protection and medicines taken by mouth.',
      questions: [
        'What is the plan for my rash and my itch?',
        'Do I need a skin biopsy?',
        'How should my dermatologist and rheumatologist share my care?',
      ],
    },
    related: ['rheumatologist', 'skin-biopsy', 'itch', 'photoprotection', 'topical-corticosteroids'],
    sources: [
      { publisher: 'American Academy of Dermatology', title: 'What is a dermatologist?', url: 'https://www.aad.org/public/fad/what-is-a-derm' },
      {
        publisher: 'JAMA Dermatology (Wolstencroft et al., 2018), via PubMed Central',
        title: 'Factors associated with clinical remission of skin disease in dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5833585',
      },
      MAYO_DM,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'itch',
    name: 'Pruritus',
    pronunciation: 'proo-RY-tus',
    category: 'symptom',
    // "itch", "itchy" and "itching" alone are everyday words; the search still finds
    // this card from those words in its text.
    aliases: [
      'scalp pruritus',
      'pruritic rash',
      { text: 'itchy rash', searchOnly: true },
      { text: 'itchy scalp', searchOnly: true },
      { text: 'itchy skin', searchOnly: true },
      // Everyday words: what a patient types to find this card, never highlighted on pages.
      { text: 'itch', searchOnly: true },
      { text: 'itchy', searchOnly: true },
      { text: 'itching', searchOnly: true },
    ],
    summary: 'Pruritus is the medical word for itch, and in DM the rash is often very itchy.',
    sections: {
      whyInDm:
        'Itch is common in DM and can be severe. It is often strong on the scalp and on the rashes of the upper back, neck and chest. In one study, DM skin disease hurt quality of life more than psoriasis or eczema did, and itch was a big part of that. Sun can make the rash and the itch worse.',
      howGiven:
        'Itch can be treated, so tell your team about it, even if it seems small next to other problems. Treating the rash, using the creams your team suggests and protecting your skin from the sun all help.',
      questions: [
        'What can I use for the itch, by day and at night?',
        'Is my scalp itch part of DM?',
        'Could my itch be a side effect of a medicine?',
      ],
    },
    related: ['shawl-and-v-sign', 'poikiloderma', 'photosensitivity', 'dermatologist', 'topical-corticosteroids'],
    sources: [
      {
        publisher: 'Journal of the American Academy of Dermatology (Hundley et al., 2006)',
        title: 'Cutaneous symptoms of dermatomyositis significantly impact patients\' quality of life',
        url: 'https://doi.org/10.1016/j.jaad.2004.12.015',
      },
      CFP_SKIN_TABLE,
      NYU_SUN,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'photosensitivity',
    name: 'Photosensitivity',
    pronunciation: 'FOH-toh-sen-sih-TIV-ih-tee',
    category: 'symptom',
    aliases: ['photosensitive', 'photosensitive rash', 'photodistributed rash', 'sun sensitivity', 'sun-sensitive skin', 'sun-sensitive rash', 'UV sensitivity'],
    summary: 'Photosensitivity means the skin reacts badly to sunlight, and in DM the sun can bring on or worsen the rash.',
    sections: {
      whyInDm:
        'Many people with DM are photosensitive. UV rays in sunlight can set off a new rash or make one worse, and the itch too. In strong midday sun, even a few minutes can be enough. The rash often shows on skin the sun reaches, such as the face, the upper chest and the hands. A skin flare can appear a few days after time in the sun.',
      howGiven:
        'UV light also passes through window glass, and tanning beds give off UV too. This is why sun protection is a key part of DM care, all year round.',
      questions: [
        'How can I protect my skin on cloudy days and indoors?',
        'Which sunscreen and clothing do you suggest?',
        'Could any of my medicines make my skin more sun-sensitive?',
      ],
    },
    related: ['photoprotection', 'shawl-and-v-sign', 'itch', 'flare'],
    sources: [NYU_SUN, TMA_SUN, MDUK_FACTSHEET],
    reviewed: REVIEWED,
  },
  {
    id: 'poikiloderma',
    name: 'Poikiloderma',
    pronunciation: 'POY-kih-loh-DER-muh',
    category: 'symptom',
    aliases: ['poikiloderma vasculare atrophicans', 'photodistributed poikiloderma', 'poikilodermatous'],
    summary: 'Poikiloderma is skin with a mix of darker and lighter patches, thin skin and tiny visible blood vessels.',
    sections: {
      whyInDm:
        'In DM it often forms on skin the sun reaches and has a violet tinge. It is what the shawl sign, the V-sign and the holster sign on the outer thighs look like. It is often very itchy.',
      howGiven:
        'A skin biopsy can help confirm DM. Because it forms on sun-exposed skin, sun protection matters.',
      questions: [
        'Is this patch active DM or an old mark?',
        'Will the color change fade with treatment?',
        'How should I protect this skin?',
      ],
    },
    related: ['shawl-and-v-sign', 'itch', 'photoprotection', 'skin-biopsy'],
    sources: [
      CFP_SKIN_TABLE,
      {
        publisher: 'Archives of Medicine and Health Sciences (case report)',
        title: 'V sign in dermatomyositis',
        url: 'https://amhsjournal.org/article.asp?issn=2321-4848;year=2021;volume=9;issue=2;spage=355;epage=356;aulast=Mondal',
      },
      MAYO_DM,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'skin-biopsy',
    name: 'Skin biopsy',
    pronunciation: 'BY-op-see',
    category: 'procedure',
    aliases: ['punch biopsy', 'skin punch biopsy'],
    summary: 'A skin biopsy takes a small piece of skin so it can be checked under a microscope.',
    sections: {
      whyInDm:
        'A sample of the rash can help confirm DM. If it does, a muscle biopsy may not be needed.',
      howGiven:
        'No special preparation is usually needed. The skin is numbed first. In a punch biopsy, a small round tool takes out a tiny core of skin. You may need a stitch or two.',
      sideEffects:
        'Problems are rare but can include bleeding, bruising, infection and a scar. If you take medicines that weaken the immune system, keep the site clean and report redness, pus or fever.',
      questions: [
        'Where will you take the sample, and will it leave a scar?',
        'How do I care for the site, and when do stitches come out?',
        'When will I get the result?',
      ],
    },
    related: ['muscle-biopsy', 'dermatologist', 'poikiloderma'],
    sources: [
      { publisher: 'Mayo Clinic', title: 'Skin biopsy', url: 'https://www.mayoclinic.org/tests-procedures/skin-biopsy/about/pac-20384634' },
      MAYO_DM,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'muscle-mri',
    name: 'Muscle MRI',
    category: 'test',
    aliases: ['muscle MRI scan', 'MRI of the muscles', 'MRI of the thighs', 'thigh MRI', 'muscle magnetic resonance imaging'],
    summary: 'A muscle MRI is a scan that uses magnets and radio waves to take detailed pictures of the muscles.',
    sections: {
      whyInDm:
        'It can show swollen, inflamed muscle. Unlike a biopsy, it looks at a large area of muscle at once. It helps confirm myositis, pick the best spot for a muscle biopsy and track how treatment works. Over time it can also show muscle that has been replaced by fat. This is old damage, not active disease, so more immune medicine will not help it.',
      howGiven:
        'The scan uses no X-rays. It is one of several tests, with blood tests, an EMG and a biopsy, that together show what is going on in the muscles.',
      questions: [
        'Is an MRI safe with any metal or devices in my body?',
        'Which muscles will you scan?',
        'Does my scan show active disease or old damage?',
      ],
    },
    related: ['muscle-biopsy', 'myositis', 'electromyography'],
    sources: [MAYO_DM, MRI_REVIEW, UH_BRISTOL_MYOSITIS],
    reviewed: REVIEWED,
  },
];
