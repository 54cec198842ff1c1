import type { GlossaryEntry } from '../types';

const REVIEWED = '2026-12-01';

const MEDLINEPLUS = 'MedlinePlus (U.S. National Library of Medicine)';
const DAILYMED = 'DailyMed (U.S. National Library of Medicine)';
const TMA_IVIG = {
  publisher: 'The Myositis Association',
  title: 'Intravenous immune globulin (IVIG)',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
} as const;
const XELJANZ_LABEL = {
  publisher: DAILYMED,
  title: 'Xeljanz (tofacitinib) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
} as const;
const FDA_JAK_2021 = {
  publisher: 'U.S. Food and Drug Administration (Drug Safety Communication, 1 September 2021)',
  title: 'FDA requires warnings about increased risk of serious heart-related events, cancer, blood clots, and death for JAK inhibitors that treat certain chronic inflammatory conditions',
  url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requires-warnings-about-increased-risk-serious-heart-related-events-cancer-blood-clots-and-death',
} as const;
const CDC_SHINGLES = {
  publisher: 'U.S. Centers for Disease Control and Prevention',
  title: 'Shingles vaccination',
  url: 'https://www.cdc.gov/shingles/vaccination.html',
} as const;

export const immunosuppressantEntries: readonly GlossaryEntry[] = [
  {
    id: 'immunosuppressant',
    name: 'Immunosuppressant',
    pronunciation: 'IM-yoo-noh-suh-PRESS-unt',
    category: 'medicine-class',
    classes: ['systemic-immunosuppressant'],
    aliases: [
      'immunosuppressive',
      'immunosuppressive drug',
      'immune-suppressing medicine',
      { text: 'DMARD', caseSensitive: true },
      'disease-modifying anti-rheumatic drug',
      'disease-modifying antirheumatic drug',
    ],
    summary: 'An immunosuppressant is a medicine that turns down the immune system so it does less harm to the body.',
    sections: {
      whyInDm:
        'In DM, these medicines help calm the immune attack. They also let the steroid dose come down. Examples are methotrexate, azathioprine, mycophenolate, tacrolimus and cyclophosphamide. In the US, most are approved for other illnesses. Doctors still use them for DM, based on small studies and experience. This is called off-label use.',
      howGiven:
        'Some are pills, some are shots and some are drips. Your doctor chooses the medicine and the dose for your type of DM and your other health needs.',
      sideEffects:
        'They make infections more likely, so report a fever, cough or other signs of infection quickly. Regular blood tests check for side effects. Some raise the risk of skin cancer, so sun protection is important. Live vaccines, such as yellow fever or MMR, are usually not advised while you take one, so ask before any vaccine.',
      questions: [
        'Which signs of infection should I report, and to whom?',
        'Which vaccines should I have?',
        'How often do I need blood tests?',
        'How long will I need to take it?',
      ],
    },
    related: ['corticosteroid-sparing-agent', 'off-label-use', 'infection-risk', 'methotrexate', 'azathioprine', 'mycophenolate', 'live-vaccines'],
    sources: [
      { publisher: 'The Myositis Association', title: 'Medications', url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/' },
      { publisher: 'Hospital for Special Surgery', title: 'Medications for myositis', url: 'https://www.hss.edu/conditions_medications-for-myositis.asp' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'azathioprine',
    name: 'Azathioprine',
    pronunciation: 'ay-zuh-THY-oh-preen',
    category: 'medicine',
    classes: ['systemic-immunosuppressant'],
    aliases: [{ text: 'AZA', caseSensitive: true }, 'Azasan', 'Imuran', 'Imurel', 'Azamun', 'Jayempi'],
    summary: 'Azathioprine is a pill that slowly calms the immune system so that less steroid is needed.',
    sections: {
      whyInDm:
        'Doctors often add azathioprine to steroids to help control muscle inflammation in DM. It lets the steroid dose come down, which means fewer steroid side effects. It is not approved for DM in the US, so it is used off-label. It can take several months to work fully.',
      howGiven:
        'It is a tablet taken by mouth, usually every day. Before you start, a blood test called TPMT shows how well your body breaks the medicine down. Some people are also tested for a second enzyme, NUDT15, that does the same job. Your doctor picks the dose based on these tests and your blood counts.',
      sideEffects:
        'Nausea and vomiting are common, mostly at the start. It can lower blood counts, harm the liver or pancreas, and make infections more likely, so you will have regular blood tests. Long use raises the risk of some cancers, such as lymphoma and skin cancer, so sun protection matters. The gout medicines allopurinol and febuxostat can raise its level a lot, so tell every doctor and pharmacist that you take it. Ask before any live vaccine.',
      questions: [
        'Have I had a TPMT test, and what did it show?',
        'How often do I need blood tests?',
        'Which signs of infection should I report right away?',
        'Is it safe if I am planning a pregnancy?',
      ],
    },
    related: ['tpmt-test', 'low-blood-counts', 'liver-damage', 'liver-enzymes', 'complete-blood-count', 'photoprotection', 'live-vaccines', 'off-label-use'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Azathioprine', url: 'https://medlineplus.gov/druginfo/meds/a682167.html' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Imuran (azathioprine) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=606101a0-6244-7eff-e053-2a91aa0acadd' },
      { publisher: 'Medical Genetics Summaries (NCBI Bookshelf)', title: 'Azathioprine therapy and TPMT and NUDT15 genotype', url: 'https://www.ncbi.nlm.nih.gov/books/n/gtrbook/azathioprine/' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'methotrexate',
    name: 'Methotrexate',
    pronunciation: 'meth-oh-TREX-ate',
    category: 'medicine',
    classes: ['systemic-immunosuppressant', 'antifolate', 'teratogen'],
    aliases: [
      { text: 'MTX', caseSensitive: true },
      'Trexall',
      'Otrexup',
      'Rasuvo',
      'Xatmep',
      'Jylamvo',
      'Rheumatrex',
      // UK and EU brands: Metoject and Nordimet are pre-filled pens or syringes, Maxtrex is a tablet.
      'Metoject',
      'Nordimet',
      'Maxtrex',
    ],
    summary: 'Methotrexate is a once-a-week medicine that calms the immune system and helps DM skin and muscles.',
    sections: {
      whyInDm:
        'It is one of the most common medicines added to steroids for DM, and it can help both skin and muscle. It lets doctors lower the steroid dose. In children with DM it is usually started along with steroids. It is used off-label for DM and may take a few months to work.',
      howGiven:
        'It is taken once a week, on the same day each week, as a tablet, a liquid or a shot under the skin. It is never taken every day for DM, because daily use by mistake can be very dangerous. Your doctor picks the dose. Folic acid is usually given with it to ease side effects.',
      sideEffects:
        'Common effects are nausea, mouth sores, tiredness and thinning hair. It can affect the liver, kidneys and blood counts, so you need regular blood tests, and it is wise to limit alcohol. It can make your skin burn more easily in the sun. Rarely it inflames the lungs, so report a new cough or shortness of breath. Some common medicines make it more harmful. One is the antibiotic trimethoprim, which is also in Bactrim, Septra and co-trimoxazole. Together they can cause a dangerous drop in blood counts. Pain pills such as ibuprofen and antibiotics such as amoxicillin can do this too. Call your team about a sore mouth, a fever or sore throat that will not go away, or easy bruising or bleeding. Before you start any new medicine, even for a short infection, tell the doctor or pharmacist that you take methotrexate. Ask your team before any vaccine: live vaccines, such as yellow fever or MMR, are usually not advised while you take it. It can harm an unborn baby, so birth control is needed. If you think you are pregnant, call your team that day.',
      questions: [
        'Which day of the week should I take it?',
        'How often do I need blood tests?',
        'Is any alcohol safe for me?',
        'Which medicines, such as antibiotics or pain pills, should I check with you first?',
        'What birth control should I use, and how early must it stop before a pregnancy?',
      ],
    },
    related: ['folic-acid', 'low-blood-counts', 'liver-damage', 'liver-enzymes', 'complete-blood-count', 'pjp-prophylaxis', 'pregnancy-and-dm-medicines', 'off-label-use', 'live-vaccines'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Methotrexate', url: 'https://medlineplus.gov/druginfo/meds/a682019.html' },
      { publisher: 'Cleveland Clinic', title: 'Methotrexate', url: 'https://my.clevelandclinic.org/health/drugs/20143-methotrexate' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Trexall (methotrexate) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c' },
      {
        publisher: 'Canadian Family Physician, via PubMed Central',
        title: 'Table: interactions between methotrexate and other medicines',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3994806/table/t1-0600053',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'rituximab',
    name: 'Rituximab',
    pronunciation: 'rih-TUK-sih-mab',
    category: 'medicine',
    classes: ['biologic', 'b-cell-depleting'],
    aliases: [
      'Rituxan',
      'MabThera',
      'Truxima',
      'Ruxience',
      'Riabni',
      'Rixathon',
      'Riximyo',
      'Blitzima',
      'Ritemvia',
      'rituximab-abbs',
      'rituximab-pvvr',
      'rituximab-arrx',
    ],
    summary: 'Rituximab is a drip medicine that clears out B cells, a type of immune cell that makes antibodies.',
    sections: {
      whyInDm:
        'Doctors may use rituximab when DM, or lung disease from DM, does not get better with first medicines. It is used off-label for DM. In a large trial of hard-to-treat myositis, most people improved, but the trial could not prove for sure that the drug was the reason.',
      howGiven:
        'It is given as a slow drip into a vein at a hospital or infusion center. A course is often two drips a couple of weeks apart, and it may be repeated months later. You may get other medicines before each drip to lower the chance of a reaction. Close copies called biosimilars work the same way, and which one you get often depends on insurance.',
      sideEffects:
        'Reactions during the drip, such as fever, chills, rash or trouble breathing, can happen and are sometimes serious, so staff watch you closely. They are most common with the first drip. It makes infections more likely and can wake up an old hepatitis B infection, so you will have a hepatitis B blood test first. You are usually checked for TB too. Rare but serious risks are severe skin and mouth reactions and a brain infection called PML. It can make vaccines work less well, and live vaccines are not advised during treatment, so plan vaccines with your team.',
      questions: [
        'Why is rituximab a good choice for me now?',
        'Should I have any vaccines before I start?',
        'Which signs of infection should I report right away?',
        'Will I get the brand or a biosimilar?',
      ],
    },
    related: ['hepatitis-b-screening', 'infusion-reaction', 'pml', 'interstitial-lung-disease', 'live-vaccines', 'pjp-prophylaxis', 'biosimilar', 'off-label-use', 'tuberculosis-screening'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Rituximab injection', url: 'https://medlineplus.gov/druginfo/meds/a607038.html' },
      { publisher: 'Arthritis & Rheumatism (Oddis et al., 2013)', title: 'Rituximab in the treatment of refractory adult and juvenile dermatomyositis and adult polymyositis (RIM trial)', url: 'https://doi.org/10.1002/art.37754' },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Truxima (rituximab-abbs) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9af3ddc7-4217-417a-ac89-8704edc5bc44' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'ivig',
    name: 'IVIG (intravenous immunoglobulin)',
    pronunciation: 'eye-vee-eye-JEE (in-truh-VEE-nus IM-yoo-noh-GLOB-yoo-lin)',
    category: 'medicine',
    classes: ['immunoglobulin'],
    aliases: [
      // Not case-sensitive on purpose: one alias covers "IVIG" and "IVIg", and
      // "ivig" means nothing else.
      'IVIG',
      { text: 'IGIV', caseSensitive: true },
      'intravenous immunoglobulin',
      'intravenous immune globulin',
      'immune globulin intravenous',
      // Not the bare "immune globulin": it also names anti-D (Rho(D)), hepatitis B, rabies and
      // tetanus immune globulins, which are not DM treatments.
      'Octagam',
      'Gamunex-C',
      'Privigen',
      'Gammagard',
      'Gammagard S/D',
      'Gammaked',
      'Gammaplex',
      'Flebogamma',
      'Bivigam',
      'Panzyga',
      'Asceniv',
      // UK/EU brands (Medscape UK list of intravenous human normal immunoglobulins; EMA for Kiovig).
      'Kiovig',
      'Intratect',
      'Iqymune',
      'Aragam',
      'Flebogamma DIF',
      'Gamunex',
    ],
    summary: 'IVIG is a drip of antibodies pooled from many blood donors that helps calm DM.',
    sections: {
      whyInDm:
        'IVIG is used when DM is hard to treat, for stubborn skin disease, swallowing problems or lung disease, often along with other medicines. One brand, Octagam 10%, is approved by the FDA for adults with DM after the ProDERM trial showed it helped. Other brands are used off-label. It costs a lot, so insurance approval can take time.',
      howGiven:
        'It is given as a slow drip into a vein in a hospital, clinic or sometimes at home. Each course is spread over a few days in a row and is usually repeated about once a month. Your doctor sets the dose, which depends on your weight.',
      sideEffects:
        'Headache, fever, chills, nausea, aches and higher blood pressure are common, and often ease if the drip runs slower. Rare but serious risks are blood clots and kidney problems. People with DM have a higher clot risk, so the drip is given slowly, with checks and plenty of fluids. Other rare problems are a severe headache with a stiff neck (aseptic meningitis), breakdown of red blood cells and serious allergic reactions. IVIG can stop some live vaccines, such as MMR and chickenpox, from working for months afterwards. Tell whoever gives you a vaccine that you have had IVIG.',
      questions: [
        'Why is IVIG a good choice for me?',
        'Where will I get it, and how long will each visit take?',
        'What can help prevent headaches or other reactions?',
        'Which signs of a blood clot should I watch for?',
      ],
    },
    related: ['proderm-trial', 'subcutaneous-immunoglobulin', 'infusion-reaction', 'blood-clots', 'aseptic-meningitis', 'dysphagia', 'interstitial-lung-disease', 'off-label-use', 'live-vaccines'],
    sources: [
      { publisher: 'The Myositis Association', title: 'Intravenous immune globulin (IVIG)', url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/' },
      {
        publisher: 'The Rheumatologist (American College of Rheumatology), September 2021',
        title: 'FDA grants Octapharma 7-year market exclusivity for Octagam 10%',
        url: 'https://www.the-rheumatologist.org/article/fda-grants-ivig-7-year-market-exclusivity-to-treat-adults-with-dermatomyositis',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'hydroxychloroquine',
    name: 'Hydroxychloroquine',
    pronunciation: 'hye-DROX-ee-KLOR-oh-kwin',
    category: 'medicine',
    classes: ['antimalarial'],
    // Quinoric: UK brand (MHRA product information; Lupus UK, hydroxychloroquine prescriptions).
    aliases: [{ text: 'HCQ', caseSensitive: true }, 'Plaquenil', 'Quinoric'],
    summary: 'Hydroxychloroquine is a pill, first made for malaria, that is often used to help DM skin rashes.',
    sections: {
      whyInDm:
        'Doctors often use it for DM rash and itch, sometimes as the first pill for skin disease. It does not treat muscle weakness. It is used off-label for DM and can take weeks to a few months to help.',
      howGiven:
        'It is a tablet taken by mouth, usually every day. Your doctor picks the dose and keeps it within a safe range for your body weight to protect your eyes.',
      sideEffects:
        'A rash from this medicine seems to be more common in DM than in lupus, though studies differ on how often. Now and then the DM rash seems to get worse, so report any new rash. Over many years it can harm the retina at the back of the eye. The risk is low at first but grows the longer you take it. In one large study about 1 in 12 long-term users had some harm after 15 years, and more at higher doses. The harm does not heal, so eye checks look for it early, before you notice a change. Rarely it may affect heart rhythm or lower blood sugar. Keep it where children cannot reach it: an overdose is very dangerous for a small child. If a child swallows any, get emergency help at once.',
      questions: [
        'When is my first eye exam, and how often do I need one?',
        'How long before we know if it is working?',
        'What should I do if I get a new rash?',
        'Can I keep taking it if I become pregnant?',
      ],
    },
    related: ['antimalarials', 'chloroquine', 'quinacrine', 'photoprotection', 'topical-corticosteroids', 'hydroxychloroquine-retinopathy', 'off-label-use', 'g6pd-deficiency'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Hydroxychloroquine', url: 'https://medlineplus.gov/druginfo/meds/a601240.html' },
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
        publisher: 'Journal of Emergency Medicine (Smith et al., 2005), via PubMed',
        title: 'Are 1-2 dangerous? Chloroquine and hydroxychloroquine exposure in toddlers',
        url: 'https://pubmed.ncbi.nlm.nih.gov/15837026/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'folic-acid',
    name: 'Folic acid',
    pronunciation: 'FOH-lik AS-id',
    category: 'medicine',
    classes: ['vitamin-or-mineral'],
    // "folate" is search-only: nutrition and pregnancy pages use it for the vitamin in food,
    // and this card is about the tablet taken with methotrexate.
    aliases: [{ text: 'folate', searchOnly: true }],
    summary: 'Folic acid is a B vitamin that can ease the side effects of methotrexate.',
    sections: {
      whyInDm:
        'Methotrexate works partly by blocking folate, a B vitamin. In studies of rheumatoid arthritis, taking folic acid with methotrexate cut liver problems and meant fewer people had to stop treatment. Doctors apply this to DM too, though it has not been studied as much there.',
      howGiven:
        'It is a tablet taken by mouth. Plans differ: some people take it every day, and others only on days they do not take methotrexate, so follow your prescriber’s plan. Tell your team about any vitamins you buy yourself that contain folate. Folic acid is also advised before and early in any pregnancy to help prevent some birth defects. Methotrexate must be stopped before a pregnancy, so plan this with your team.',
      sideEffects:
        'Side effects are rare at usual amounts. A few people get nausea or an allergic rash. Large amounts can hide a lack of vitamin B12, so tell your team about every vitamin you take.',
      questions: [
        'On which days should I take folic acid?',
        'Is my multivitamin okay to take as well?',
        'What should I do if I forget to take it?',
      ],
    },
    related: ['methotrexate', 'corticosteroid-sparing-agent', 'pregnancy-and-dm-medicines'],
    sources: [
      { publisher: 'Cochrane Database of Systematic Reviews', title: 'Folic acid and folinic acid for reducing side effects in patients receiving methotrexate for rheumatoid arthritis', url: 'https://doi.org/10.1002/14651858.CD000951.pub2' },
      { publisher: 'Johns Hopkins Arthritis Center', title: 'Methotrexate', url: 'https://hopkinsarthritis.org/?p=14440' },
      {
        publisher: 'NHS Devon formulary guidance',
        title: 'Neural tube defects: prevention in pregnancy',
        url: 'https://southwest.devonformularyguidance.nhs.uk/formulary/chapters/9-blood-and-nutrition/neural-tube-defects-prevention-in-pregnancy',
      },
      { publisher: 'Mayo Clinic', title: 'Folate (folic acid): safety and side effects', url: 'https://www.mayoclinic.org/drugs-supplements-folate/art-20364625' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'mycophenolate',
    name: 'Mycophenolate',
    pronunciation: 'my-koh-FEN-oh-late',
    category: 'medicine',
    classes: ['systemic-immunosuppressant', 'teratogen'],
    aliases: [
      'mycophenolate mofetil',
      { text: 'MMF', caseSensitive: true },
      'CellCept',
      'mycophenolic acid',
      'mycophenolate sodium',
      'Myfortic',
    ],
    summary: 'Mycophenolate is a pill that calms the immune system, often used when DM affects the skin or lungs.',
    sections: {
      whyInDm:
        'It is a steroid-sparing medicine used off-label in DM. Doctors often choose it when skin disease is stubborn or when DM affects the lungs.',
      howGiven:
        'It is usually taken by mouth twice a day, as tablets or capsules, and there is also a form given through a vein. Your doctor picks the dose. People who can get pregnant need a clear plan to prevent pregnancy before and during treatment.',
      sideEffects:
        'Diarrhea, nausea and low white blood cell counts are common, so you will have regular blood tests. It raises the risk of serious infections, of lymphoma (a blood cancer) and of skin cancer, so sun protection matters. Rarely, the body stops making red blood cells, which causes severe anemia. It can cause birth defects and miscarriage. In the US, a safety program helps people avoid pregnancy. Any pregnancy during treatment or in the six weeks after is reported to a registry. If you think you are pregnant, call your team that day. Live vaccines, such as yellow fever or MMR, are usually not advised while you take it, so ask before any vaccine.',
      questions: [
        'Which birth control should I use while taking it?',
        'How often do I need blood tests?',
        'What can help with stomach upset or diarrhea?',
        'How long before it starts to work?',
      ],
    },
    related: ['corticosteroid-sparing-agent', 'interstitial-lung-disease', 'pregnancy-and-dm-medicines', 'photoprotection', 'immunosuppressant', 'off-label-use', 'live-vaccines'],
    sources: [
      { publisher: MEDLINEPLUS, title: 'Mycophenolate', url: 'https://medlineplus.gov/druginfo/meds/a601081.html' },
      { publisher: DAILYMED, title: 'CellCept (mycophenolate mofetil) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40' },
      { publisher: 'UK Medicines and Healthcare products Regulatory Agency', title: 'Mycophenolate mofetil: pure red cell aplasia (Drug Safety Update)', url: 'https://www.gov.uk/drug-safety-update/mycophenolate-mofetil-pure-red-cell-aplasia' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'tacrolimus',
    name: 'Tacrolimus',
    pronunciation: 'tuh-KROH-lih-mus',
    category: 'medicine',
    classes: ['systemic-immunosuppressant', 'calcineurin-inhibitor'],
    // Adoport and Modigraf (UK) are twice-a-day forms; Dailiport (UK) is a once-a-day form.
    aliases: ['FK506', 'FK-506', 'Prograf', 'Envarsus', 'Astagraf', 'Advagraf', 'Adoport', 'Modigraf', 'Dailiport'],
    summary: 'Tacrolimus calms the immune system and is used for DM lung disease and for DM that is hard to treat.',
    sections: {
      whyInDm:
        'Tacrolimus taken by mouth is used for lung disease in DM, including anti-MDA5 disease, and for DM that has not responded to other medicines. It is off-label for DM in the US. As an ointment (Protopic), it is sometimes put on DM rashes on the face or eyelids as an option without steroids.',
      howGiven:
        'Capsules or tablets are taken by mouth at set times each day, and there is also a drip form. Brands are not the same: some are taken once a day and some twice. Check that the name on the box matches your prescription, and ask before any switch. Blood tests measure the level of the drug so your doctor can adjust the dose. The ointment is spread thinly on the skin.',
      sideEffects:
        'It can strain the kidneys and raise blood pressure and blood sugar. Shaky hands, low magnesium and infections can also happen. The label warns about cancer and serious infections. Many other medicines change its level. Check with your pharmacist before you start anything new. Live vaccines, such as yellow fever or MMR, are usually not advised while you take it, so ask before any vaccine.',
      questions: [
        'How often will my drug level and kidneys be checked?',
        'Which medicines should I avoid while taking it?',
        'Could the ointment help the rash on my face?',
      ],
    },
    related: ['interstitial-lung-disease', 'anti-mda5', 'cyclosporine', 'topical-corticosteroids', 'immunosuppressant', 'off-label-use', 'live-vaccines'],
    sources: [
      { publisher: MEDLINEPLUS, title: 'Tacrolimus', url: 'https://medlineplus.gov/druginfo/meds/a601117.html' },
      { publisher: 'Clinical Rheumatology (Ge et al., 2015)', title: 'Efficacy and safety of tacrolimus in dermatomyositis and polymyositis: a systematic review', url: 'https://link.springer.com/article/10.1007%2Fs10067-015-3065-0' },
      {
        publisher: 'UK Medicines and Healthcare products Regulatory Agency (Drug Safety Update, November 2017)',
        title: 'Oral tacrolimus products: reminder to prescribe and dispense by brand name only',
        url: 'https://www.gov.uk/drug-safety-update/oral-tacrolimus-products-reminder-to-prescribe-and-dispense-by-brand-name-only',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'cyclosporine',
    name: 'Cyclosporine',
    pronunciation: 'SY-kloh-SPOR-een',
    category: 'medicine',
    classes: ['systemic-immunosuppressant', 'calcineurin-inhibitor'],
    aliases: [
      'ciclosporin',
      'cyclosporin',
      'cyclosporin A',
      'cyclosporine A',
      { text: 'CsA', caseSensitive: true },
      'Neoral',
      'Gengraf',
      'Sandimmune',
      'Sandimmun',
      // UK brands, all capsules (Deximune: emc leaflet 2602; Capimune, Capsorin: Medscape UK list).
      'Deximune',
      'Capimune',
      'Capsorin',
    ],
    summary: 'Cyclosporine is a medicine that calms the immune system and is used for DM skin and lung disease.',
    sections: {
      whyInDm:
        'It is used off-label for DM skin disease and lung disease, including anti-MDA5 disease, and to help lower steroid doses. Eye drops with the same drug treat dry eye and are not a DM treatment.',
      howGiven:
        'It is taken by mouth as capsules or a liquid, and it can also be given by drip. Brands are not all the same, so check with your team before any switch. Blood tests check the drug level so your doctor can set the dose.',
      sideEffects:
        'The main risks are kidney damage and high blood pressure, so your kidneys, blood pressure and drug levels are checked often. It can also cause gum overgrowth, extra hair growth, shaky hands and infections. Tell your doctor at once about a fever or sore throat. Your blood potassium and magnesium may be checked too. It raises the risk of skin cancer and of cancer of the lymph glands, so limit sun and UV light. Many other medicines change its level, and St John’s wort must not be taken with it. Grapefruit and grapefruit juice can raise its level too. Live vaccines, such as yellow fever or MMR, are usually not advised while you take it, so ask before any vaccine.',
      questions: [
        'How often will my kidneys and blood pressure be checked?',
        'Which medicines should I avoid while taking it?',
        'What should I do if my pharmacy gives me a different brand?',
      ],
    },
    related: ['tacrolimus', 'interstitial-lung-disease', 'anti-mda5', 'corticosteroid-sparing-agent', 'immunosuppressant', 'off-label-use', 'live-vaccines'],
    sources: [
      { publisher: MEDLINEPLUS, title: 'Cyclosporine', url: 'https://medlineplus.gov/druginfo/meds/a601207.html' },
      { publisher: DAILYMED, title: 'Gengraf (cyclosporine) label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e896cbfe-4745-4088-82a3-8dc10b75c41f' },
      { publisher: 'electronic medicines compendium (emc)', title: 'Deximune (ciclosporin) capsules: patient information leaflet', url: 'https://www.medicines.org.uk/emc/product/2602/pil' },
      {
        publisher: 'PubMed Central (review)',
        title: 'Table: cyclosporine drug interactions, including grapefruit juice',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3093721/table/T6',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'cyclophosphamide',
    name: 'Cyclophosphamide',
    pronunciation: 'SY-kloh-FOSS-fuh-mide',
    category: 'medicine',
    classes: ['systemic-immunosuppressant', 'alkylating-agent', 'teratogen'],
    aliases: [{ text: 'CYC', caseSensitive: true }, 'Cytoxan', 'Endoxan', 'Neosar'],
    summary: 'Cyclophosphamide is a strong cancer drug that is kept for severe DM, mostly serious lung disease.',
    sections: {
      whyInDm:
        'It is used for severe or life-threatening DM, especially lung disease that is getting worse. It is a chemotherapy drug, used here to calm the immune system, and it is off-label for DM.',
      howGiven:
        'It is usually given as a drip into a vein about once a month for several months, and is sometimes taken as pills. Drinking plenty of fluids, and sometimes a medicine called mesna, helps protect the bladder. Your doctor picks the dose.',
      sideEffects:
        'It can lower blood counts and make infections more likely, so blood tests are needed. Nausea, hair loss and bleeding from the bladder can happen. It can cause infertility and raise the risk of cancer later in life. It must be avoided in pregnancy, so talk about fertility and birth control before starting. Live vaccines, such as yellow fever or MMR, are usually not advised while you take it, so ask before any vaccine.',
      questions: [
        'What can I do to protect my fertility?',
        'How will my bladder be protected?',
        'How many treatments will I need?',
        'Which signs of infection should I report?',
      ],
    },
    related: ['interstitial-lung-disease', 'anti-mda5', 'pregnancy-and-dm-medicines', 'pjp-prophylaxis', 'fulminant-dermatomyositis', 'off-label-use', 'live-vaccines', 'mesna'],
    sources: [
      { publisher: MEDLINEPLUS, title: 'Cyclophosphamide', url: 'https://medlineplus.gov/druginfo/meds/a682080.html' },
      { publisher: 'Clinical Rheumatology (systematic review, 2015)', title: 'Cyclophosphamide in idiopathic inflammatory myopathies and related interstitial lung disease', url: 'https://doi.org/10.1007/s10067-014-2803-z' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'proderm-trial',
    name: 'ProDERM trial',
    pronunciation: 'pro-DERM',
    // A study, not a medicine; "care" is the nearest category there is.
    category: 'care',
    aliases: [{ text: 'ProDERM', caseSensitive: true }, 'NCT02728752'],
    summary: 'ProDERM was a large study that showed IVIG can help adults with active DM.',
    sections: {
      whyInDm:
        'It compared IVIG (Octagam 10%) with a dummy drip, called a placebo, in adults with active DM, and neither the patients nor the doctors knew who got which. After about four months, 79% of people on IVIG had improved, compared with 44% on placebo. People who then switched from placebo to IVIG did about as well. Its results led to FDA approval of Octagam 10% for adult DM in 2021.',
      sideEffects:
        'Blood clots were among the serious side effects seen in the trial. This is one reason IVIG is given more slowly to people with DM.',
      questions: [
        'Do the ProDERM results apply to someone like me?',
        'Would IVIG be an option for me?',
        'How would you lower my risk of blood clots on IVIG?',
      ],
    },
    related: ['ivig', 'subcutaneous-immunoglobulin', 'dermatomyositis'],
    sources: [
      { publisher: 'New England Journal of Medicine (Aggarwal et al., 2022), via PubMed', title: 'Trial of intravenous immune globulin in dermatomyositis', url: 'https://pubmed.ncbi.nlm.nih.gov/36198179/' },
      {
        publisher: 'The Rheumatologist (American College of Rheumatology), September 2021',
        title: 'FDA grants Octapharma 7-year market exclusivity for Octagam 10%',
        url: 'https://www.the-rheumatologist.org/article/fda-grants-ivig-7-year-market-exclusivity-to-treat-adults-with-dermatomyositis',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'subcutaneous-immunoglobulin',
    name: 'Subcutaneous immunoglobulin',
    pronunciation: 'sub-kyoo-TAY-nee-us IM-yoo-noh-GLOB-yoo-lin',
    category: 'medicine',
    classes: ['immunoglobulin'],
    aliases: [
      // Covers "SCIG" and "SCIg"; "scig" means nothing else.
      'SCIG',
      'subcutaneous immune globulin',
      'facilitated subcutaneous immunoglobulin',
      'Hizentra',
      'HyQvia',
    ],
    summary: 'Subcutaneous immunoglobulin is the same kind of treatment as IVIG, but it is given under the skin.',
    sections: {
      whyInDm:
        'In DM, support for it comes only from small studies and case reports, including children who could not take IVIG. It is used off-label for DM.',
      howGiven:
        'It is infused slowly under the skin, often once a week, and many people learn to do it at home. It does not need a vein.',
      sideEffects:
        'Swelling, redness or soreness where the needle goes in is common. Whole-body reactions, such as headache or fever, may be less common than with IVIG. Like IVIG, it carries a warning about blood clots. Get help fast for a swollen or painful leg, chest pain or sudden shortness of breath. Like IVIG, it can stop some live vaccines, such as MMR and chickenpox, from working well, so tell whoever gives you a vaccine.',
      questions: [
        'Could I do this at home instead of having IVIG drips?',
        'Who will teach me to do the infusions?',
        'Will my insurance cover it for DM?',
      ],
    },
    related: ['ivig', 'proderm-trial', 'juvenile-dermatomyositis', 'off-label-use', 'live-vaccines'],
    sources: [
      TMA_IVIG,
      { publisher: 'Clinical Rheumatology', title: 'Open-label study of 20% subcutaneous immunoglobulin in polymyositis and dermatomyositis', url: 'https://link.springer.com/article/10.1007/s10067-013-2478-x' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'antimalarials',
    name: 'Antimalarials',
    pronunciation: 'AN-tee-muh-LAIR-ee-ulz',
    category: 'medicine-class',
    classes: ['antimalarial'],
    aliases: ['antimalarial', 'aminoquinoline'],
    summary: 'Some malaria pills are also used to help calm DM skin rashes.',
    sections: {
      whyInDm:
        'In DM they are used mainly for rash and itch, often as the first pill for skin disease. They do not treat muscle weakness. This group includes hydroxychloroquine, chloroquine and quinacrine.',
      howGiven: 'They are taken by mouth. If one does not work, doctors may switch to another or add quinacrine.',
      sideEffects:
        'A rash from hydroxychloroquine seems to be more common in DM than in lupus. Studies differ on how often it happens. Hydroxychloroquine and chloroquine both need regular eye checks.',
      questions: [
        'Which antimalarial is best for my skin?',
        'What should I do if I get a rash from it?',
        'How often do I need eye checks?',
      ],
    },
    related: ['hydroxychloroquine', 'chloroquine', 'quinacrine', 'photoprotection'],
    sources: [
      // The same abstract as the paywalled UpToDate link cited before (PubMed ID 6715608 in its address).
      { publisher: 'Journal of the American Academy of Dermatology (Woo et al., 1984), via PubMed', title: 'Hydroxychloroquine in the treatment of dermatomyositis skin lesions', url: 'https://pubmed.ncbi.nlm.nih.gov/6715608/' },
      { publisher: 'Archives of Dermatology (Pelle & Callen, 2002), via PubMed', title: 'Adverse cutaneous reactions to hydroxychloroquine are more common in patients with dermatomyositis than in patients with cutaneous lupus erythematosus', url: 'https://pubmed.ncbi.nlm.nih.gov/12224986/' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'chloroquine',
    name: 'Chloroquine',
    pronunciation: 'KLOR-oh-kwin',
    category: 'medicine',
    classes: ['antimalarial'],
    // Avloclor: UK brand (emc product information, product 5490).
    aliases: ['Aralen', 'Avloclor'],
    summary: 'Chloroquine is an old malaria pill that may be tried for DM skin when a similar pill has not helped.',
    sections: {
      whyInDm:
        'In the US it is approved for malaria and for one other germ, not for DM. So its use in DM is off-label. It is an option when hydroxychloroquine does not help or causes side effects. About half of the people who get a rash from hydroxychloroquine also react to chloroquine.',
      howGiven: 'It is a tablet taken by mouth. Your doctor picks the dose and keeps it within a safe range for your body weight to protect your eyes.',
      sideEffects:
        'It carries a higher risk of harm to the retina than hydroxychloroquine, so you need the same regular eye checks. Report any new rash or any change in your vision. Keep it where children cannot reach it: medicines of this kind are very dangerous for a small child who swallows them. If a child swallows any, get emergency help at once.',
      questions: [
        'Why this pill and not hydroxychloroquine?',
        'When is my first eye exam, and how often do I need one?',
        'What should I do if I get a new rash?',
      ],
    },
    related: ['hydroxychloroquine', 'antimalarials', 'quinacrine', 'hydroxychloroquine-retinopathy', 'off-label-use'],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Chloroquine', url: 'https://medlineplus.gov/druginfo/meds/a682318.html' },
      {
        publisher: 'Eye (Royal College of Ophthalmologists, 2018)',
        title: 'The Royal College of Ophthalmologists recommendations on screening for hydroxychloroquine and chloroquine users in the United Kingdom: executive summary',
        url: 'https://www.nature.com/articles/s41433-018-0136-x',
      },
      {
        publisher: 'Journal of Emergency Medicine (Smith et al., 2005), via PubMed',
        title: 'Are 1-2 dangerous? Chloroquine and hydroxychloroquine exposure in toddlers',
        url: 'https://pubmed.ncbi.nlm.nih.gov/15837026/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'quinacrine',
    name: 'Quinacrine',
    pronunciation: 'KWIN-uh-kreen',
    category: 'medicine',
    classes: ['antimalarial'],
    aliases: ['mepacrine', 'Atabrine'],
    summary: 'Quinacrine is an old malaria pill that can be added to a like pill when DM rashes will not clear.',
    sections: {
      whyInDm:
        'It is added to hydroxychloroquine or chloroquine when DM skin disease does not clear. In small groups of patients, some whose skin did not get better on one of these pills improved with the pair.',
      howGiven: 'It is taken by mouth. It is not made by drug companies in the US, so a compounding pharmacy makes it.',
      sideEffects:
        'It does not cause the harm to the retina linked to hydroxychloroquine and chloroquine. It can turn the skin yellow. A rare but serious blood problem, aplastic anemia, has been reported, mostly at higher doses.',
      questions: [
        'Where can I get quinacrine made?',
        'Will it change the color of my skin?',
        'Do I need blood tests while taking it?',
      ],
    },
    related: ['hydroxychloroquine', 'chloroquine', 'antimalarials'],
    sources: [
      { publisher: 'Archives of Dermatology (Ang et al., 2005), via PubMed', title: 'Quinacrine for cutaneous dermatomyositis', url: 'https://www.ncbi.nlm.nih.gov/pubmed/16027300' },
      {
        publisher: 'U.S. Food and Drug Administration',
        title: 'Compounding safety information: quinacrine hydrochloride',
        url: 'https://www.fda.gov/drugs/human-drug-compounding/compounding-safety-information-quinacrine-hydrochloride',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'dapsone',
    name: 'Dapsone',
    pronunciation: 'DAP-sohn',
    category: 'medicine',
    classes: ['sulfone'],
    aliases: ['diaminodiphenyl sulfone', 'diaminodiphenyl sulphone'],
    summary: 'Dapsone is a germ-killing pill that also calms swelling and is now and then tried for stubborn DM rashes.',
    sections: {
      whyInDm:
        'It is approved for leprosy and for an itchy, blistering skin disease called dermatitis herpetiformis. In DM, only a few case reports say it helped skin disease that other treatments did not. So it is used only once in a while.',
      howGiven:
        'It is taken by mouth. Before starting, a blood test checks for G6PD deficiency, because people who lack this enzyme can have serious damage to their red blood cells.',
      sideEffects:
        'It can break down red blood cells and cause anemia. It can also cause a blood change that may turn the lips bluish, a serious drop in white blood cells, and a rare allergic reaction with fever and rash. Regular blood counts are needed.',
      questions: [
        'Have I been tested for G6PD deficiency?',
        'How often do I need blood tests?',
        'Which symptoms should I report right away?',
      ],
    },
    related: ['hydroxychloroquine', 'antimalarials', 'topical-corticosteroids', 'g6pd-deficiency'],
    sources: [
      { publisher: MEDLINEPLUS, title: 'Dapsone', url: 'https://medlineplus.gov/druginfo/meds/a682128.html' },
      { publisher: 'StatPearls (NCBI Bookshelf)', title: 'Dapsone', url: 'https://www.ncbi.nlm.nih.gov/books/NBK470552/' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'jak-inhibitors',
    name: 'JAK inhibitors',
    pronunciation: 'JAK (rhymes with back) in-HIB-ih-terz',
    category: 'medicine-class',
    classes: ['jak-inhibitor'],
    aliases: ['JAK inhibitor', 'Janus kinase inhibitor', { text: 'JAKi', caseSensitive: true }, 'jakinib', 'upadacitinib', 'Rinvoq'],
    summary: 'JAK inhibitors are newer pills that block some of the signals behind swelling, and they are being studied in DM.',
    sections: {
      whyInDm:
        'In DM the body makes too much of an immune signal called interferon. These medicines block it and other immune signals. In DM they are mostly used off-label, based on small studies. They have helped skin, muscle and anti-MDA5 lung disease. Newer ones are being tested in larger trials, so ask your team what is available now.',
      howGiven:
        'Most are tablets taken by mouth, and ruxolitinib also comes as a cream. Before starting, you will have tests for hidden infections, including tuberculosis (TB) and hepatitis B. Ask whether you should have the Shingrix vaccine against shingles first. It is advised for adults whose immune system is weakened by treatment.',
      sideEffects:
        'Some of them carry boxed warnings, the FDA’s strongest kind. These are the pills used for arthritis (tofacitinib, baricitinib, and upadacitinib, sold as Rinvoq) and the ruxolitinib cream. They warn about serious infections, cancer, heart attacks and strokes, blood clots and a higher death rate. These risks were seen mostly in older people with heart risk factors. Your team will do blood tests and weigh your own risks. Shingles is more likely on them. Live vaccines are not advised while you take one. They are usually avoided in pregnancy and while breastfeeding, so ask which birth control to use.',
      questions: [
        'Why might a JAK inhibitor be right for me?',
        'What are my own risks of clots or heart problems?',
        'Which tests do I need before and during treatment?',
      ],
    },
    related: ['tofacitinib', 'baricitinib', 'ruxolitinib', 'boxed-warning', 'shingles', 'tuberculosis-screening', 'blood-clots', 'anti-mda5', 'off-label-use', 'hepatitis-b-screening', 'live-vaccines', 'pregnancy-and-dm-medicines'],
    sources: [
      { publisher: 'Frontiers in Immunology (review), via PubMed Central', title: 'JAK/STAT signaling and JAK inhibitors in idiopathic inflammatory myopathies', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10040547' },
      FDA_JAK_2021,
      CDC_SHINGLES,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'tofacitinib',
    name: 'Tofacitinib',
    pronunciation: 'toh-fuh-SY-tih-nib',
    category: 'medicine',
    classes: ['jak-inhibitor'],
    aliases: ['Xeljanz'],
    summary: 'Tofacitinib is a JAK inhibitor pill that has been studied more in DM than others in its group.',
    sections: {
      whyInDm:
        'In a small study of ten adults with hard-to-treat DM, all of them improved, and their skin got much better. Larger trials are needed to know how much it helps the muscles. It has also been used in some treatment plans for fast lung disease with anti-MDA5. It is used off-label for DM.',
      howGiven: 'It is taken by mouth as a tablet, a long-acting tablet or a liquid. Your doctor picks the dose.',
      sideEffects:
        'It carries the JAK group’s boxed warnings about serious infections, cancer, heart attacks and strokes, blood clots and a higher death rate. Before starting, you will have tests for hidden infections, including TB and hepatitis B, and you will have regular blood tests. Shingles is more likely on it, so ask about the Shingrix vaccine before you start. Live vaccines are not advised while you take it. Tell your team if you are pregnant, planning a pregnancy or breastfeeding, and ask which birth control to use.',
      questions: [
        'Why is tofacitinib a good choice for me?',
        'Which tests do I need before I start?',
        'Which signs of a blood clot or infection should I report?',
      ],
    },
    related: ['jak-inhibitors', 'baricitinib', 'anti-mda5', 'interstitial-lung-disease', 'shingles', 'tuberculosis-screening', 'blood-clots', 'off-label-use', 'hepatitis-b-screening', 'live-vaccines', 'pregnancy-and-dm-medicines'],
    sources: [
      { publisher: 'PubMed (STIR study)', title: 'Study of tofacitinib in refractory dermatomyositis', url: 'https://pubmed.ncbi.nlm.nih.gov/33258553/' },
      XELJANZ_LABEL,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'ruxolitinib',
    name: 'Ruxolitinib',
    pronunciation: 'rux-oh-LIH-tih-nib',
    category: 'medicine',
    classes: ['jak-inhibitor'],
    aliases: ['Jakafi', 'Jakavi', 'Opzelura'],
    summary: 'Ruxolitinib is a JAK inhibitor pill or cream that has helped a few people with DM.',
    sections: {
      whyInDm:
        'The pills are approved for some bone marrow cancers and for graft-versus-host disease. The cream is approved for eczema and vitiligo. In DM, use is off-label and is based only on reports of single patients.',
      howGiven: 'The tablets are taken by mouth, and the cream is spread on the skin. Your doctor decides which form and how much.',
      sideEffects:
        'The pills can lower blood counts and make infections more likely, so blood tests are needed. The cream label advises against using it with strong immune-suppressing drugs such as azathioprine or cyclosporine. The cream carries the JAK boxed warnings. The pills were left out of that FDA update because they treat blood disorders; their label has its own warnings. Before starting the pills, your team checks for hidden infections such as TB and hepatitis B. Report a painful, blistering rash early, because shingles can happen. As with other JAK inhibitors, ask before any live vaccine. Tell your team if you could become pregnant or are breastfeeding, and ask about birth control.',
      questions: [
        'Would the pill or the cream suit my DM better?',
        'How will we know if it is working?',
        'Which tests do I need while using it?',
      ],
    },
    related: ['jak-inhibitors', 'tofacitinib', 'baricitinib', 'off-label-use', 'tuberculosis-screening', 'hepatitis-b-screening', 'shingles', 'live-vaccines', 'pregnancy-and-dm-medicines'],
    sources: [
      { publisher: 'Institut de Myologie', title: 'First prospective study of tofacitinib in refractory dermatomyositis (mentions the ruxolitinib reports)', url: 'https://www.institut-myologie.org/en/2021/01/25/first-prospective-study-of-tofacitinib-in-refractory-dermatomyositis-shows-encouraging-results/' },
      FDA_JAK_2021,
      { publisher: DAILYMED, title: 'Opzelura (ruxolitinib) cream label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=24da5509-6631-4795-9d42-273faecd08e7' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'baricitinib',
    name: 'Baricitinib',
    pronunciation: 'bair-ih-SY-tih-nib',
    category: 'medicine',
    classes: ['jak-inhibitor'],
    aliases: ['Olumiant'],
    summary: 'Baricitinib is a newer pill that blocks some immune signals and has helped some people with hard-to-treat DM.',
    sections: {
      whyInDm:
        'It is approved for rheumatoid arthritis, for severe hair loss called alopecia areata, and for some people in hospital with COVID-19. In DM, the proof comes from small groups of adults and from a look back at 20 children with hard-to-treat JDM. The skin got better in 19 of them, and steroid doses came down. Larger trials are needed.',
      howGiven: 'It is a tablet taken by mouth. Your doctor picks the dose.',
      sideEffects:
        'It carries the JAK group’s boxed warnings about serious infections, cancer, heart attacks and strokes, blood clots and a higher death rate. Before starting, you will have tests for hidden infections, including TB and hepatitis B, and you will have regular blood tests. Shingles is more likely on it, so ask about the Shingrix vaccine before you start. Live vaccines are not advised while you take it. It should not be used in pregnancy or while breastfeeding, so ask which birth control to use.',
      questions: [
        'Why is baricitinib a good choice for me?',
        'Which tests do I need before I start?',
        'Which signs of a blood clot or infection should I report?',
      ],
    },
    related: ['jak-inhibitors', 'tofacitinib', 'juvenile-dermatomyositis', 'shingles', 'tuberculosis-screening', 'blood-clots', 'hepatitis-b-screening', 'live-vaccines', 'pregnancy-and-dm-medicines'],
    sources: [
      { publisher: 'Frontiers in Pediatrics (Wang et al., 2022)', title: 'Baricitinib in refractory juvenile dermatomyositis', url: 'https://doi.org/10.3389/fped.2022.962585' },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Olumiant (baricitinib) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=866e9f35-9035-4581-a4b1-75a621ab55cf',
      },
    ],
    reviewed: '2026-12-06',
  },
];
