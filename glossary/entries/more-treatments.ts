import type { GlossaryEntry } from '../types';

/**
 * Treatments and procedures a DM patient meets that the glossary lacked (issue #20, item 5;
 * content review 12b, section 8): rescue treatments for lung disease, a bladder-protecting
 * medicine, a vaccine advised on immunosuppression, feeding tubes and the IV drip itself.
 * "Infusion" alone is everyday English (a herbal infusion, an infusion of cash), so it is a
 * search-only alias; "IV infusion" and the other phrases are painted. Every fact was checked
 * on 2026-12-06 against the sources each entry lists.
 */

const REVIEWED = '2026-12-06';

const OFEV_LABEL = {
  publisher: 'DailyMed (FDA label)',
  title: 'OFEV (nintedanib) capsules',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=da1c9f37-779e-4682-816f-93d0faa4cfc9',
} as const;
const MDA5_RESCUE = {
  publisher: 'Current Treatment Options in Rheumatology (review, 2021)',
  title: 'Pharmacologic treatment of anti-MDA5 rapidly progressive interstitial lung disease',
  url: 'https://doi.org/10.1007/s40674-021-00186-x',
} as const;

export const moreTreatmentEntries: readonly GlossaryEntry[] = [
  {
    id: 'plasma-exchange',
    name: 'Plasma exchange',
    category: 'procedure',
    aliases: [
      'plasmapheresis',
      'therapeutic plasma exchange',
      'plasma exchange therapy',
      { text: 'TPE', searchOnly: true },
      { text: 'PLEX', searchOnly: true },
    ],
    summary: 'Plasma exchange takes out the liquid part of your blood, with the harmful antibodies in it, and puts back a new fluid.',
    sections: {
      whyInDm:
        'In DM it is a rescue treatment. It is used mainly for fast-worsening lung disease in people with anti-MDA5 antibodies, when strong medicines are not enough. In one small study of such patients, more of those who had plasma exchange survived. It is added to medicines, not used instead of them.',
      howGiven:
        'Blood is drawn from a vein in the arm, or through a thin tube (catheter) in a larger vein. A machine separates the plasma from the blood cells. The cells are given back with a replacement fluid, most often albumin. Your doctor decides how many sessions you need.',
      sideEffects:
        'Common effects are tiredness, nausea, dizziness, feeling cold, and tingling in the fingers or around the mouth. Low blood pressure and allergic reactions can happen. Tell the staff at once if you notice any of these. Serious problems, such as an uneven heartbeat or bleeding, are very rare.',
      questions: [
        'Why do I need plasma exchange, and how many sessions?',
        'Will I need a catheter in a large vein?',
        'Should the timing of my other medicines change?',
      ],
    },
    related: ['anti-mda5', 'interstitial-lung-disease', 'ferritin', 'ivig', 'fulminant-dermatomyositis'],
    sources: [
      {
        publisher: 'Cambridge University Hospitals NHS Foundation Trust',
        title: 'Information for patients undergoing plasma exchange (plasmapheresis)',
        url: 'https://cuh.nhs.uk/patient-information/plasma-exchange-for-patients-with-thrombotic-thrombocytopenic-purpura-ttp',
      },
      { publisher: 'Hoxworth Blood Center, University of Cincinnati', title: 'Plasma exchange', url: 'https://hoxworth.org/patient-services/plasmaexchange.html' },
      MDA5_RESCUE,
      {
        publisher: 'Rheumatology (Shirakashi et al., 2020)',
        title: 'Efficacy of plasma exchange in anti-MDA5-positive dermatomyositis with interstitial lung disease under combined immunosuppressive treatment',
        url: 'https://doi.org/10.1093/rheumatology/keaa123',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'antifibrotics',
    name: 'Antifibrotic medicines',
    pronunciation: 'an-tee-fye-BROT-ik',
    category: 'medicine-class',
    classes: ['antifibrotic'],
    aliases: ['antifibrotic', 'antifibrotic medicine', 'antifibrotic drug', 'antifibrotic therapy', 'pirfenidone', 'Esbriet'],
    summary: 'Antifibrotic medicines slow the scarring of the lungs in long-term lung diseases that keep getting worse.',
    sections: {
      whyInDm:
        'In myositis, lung disease usually needs medicines that calm the immune system. If the lungs keep scarring despite that, an antifibrotic may be added. The two in use are nintedanib (Ofev) and pirfenidone (Esbriet). In the US, nintedanib is approved for several kinds of long-term lung scarring that keep getting worse, and pirfenidone for one kind, called idiopathic pulmonary fibrosis.',
      howGiven:
        'Both are taken by mouth with food. They slow the loss of lung function; they do not undo scarring that is already there.',
      sideEffects:
        'Stomach upset is common with both: nausea, diarrhea, stomach pain and less appetite. Both can harm the liver, so you have liver blood tests. Pirfenidone can make the skin burn easily in the sun and cause a rash, so use a high-factor sunscreen and cover up outdoors. Nintedanib can harm an unborn baby.',
      questions: [
        'Is my lung scarring getting worse despite treatment?',
        'Would an antifibrotic help me, and which one?',
        'How often will my liver be checked?',
      ],
    },
    related: ['nintedanib', 'interstitial-lung-disease', 'pulmonary-function-tests', 'high-resolution-ct', 'liver-enzymes'],
    sources: [
      OFEV_LABEL,
      {
        publisher: 'emc (UK electronic medicines compendium), safety letter to healthcare professionals',
        title: 'Esbriet (pirfenidone): important safety update and new recommendations to prevent drug-induced liver injury',
        url: 'https://www.medicines.org.uk/emc/product/7939/dhpcs',
      },
      {
        publisher: 'Advances in Therapy, via PubMed Central',
        title: 'Pirfenidone in idiopathic pulmonary fibrosis: managing gastrointestinal and skin side effects',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4003341',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'nintedanib',
    name: 'Nintedanib',
    pronunciation: 'nin-TEN-da-nib',
    category: 'medicine',
    classes: ['antifibrotic', 'teratogen'],
    aliases: ['Ofev'],
    summary: 'Nintedanib (Ofev) is a capsule that slows scarring of the lungs in some long-term lung diseases.',
    sections: {
      whyInDm:
        'In the US it is approved for lung scarring that keeps getting worse over time, and for lung disease in scleroderma. So it can be added when lung scarring from myositis keeps getting worse in spite of other treatment. It slows the loss of lung function, but it does not undo scarring that is already there.',
      howGiven:
        'It is a capsule taken by mouth with food and swallowed whole, not chewed or crushed. Your doctor decides the dose. Before you start, you have liver blood tests, and women who could become pregnant have a pregnancy test.',
      sideEffects:
        'Diarrhea is the most common side effect. Nausea, vomiting, stomach pain, less appetite, weight loss, headache and high blood pressure can also happen. It can harm the liver, so liver blood tests are repeated. It can harm an unborn baby: use birth control, tell your doctor at once if you become pregnant, and do not breastfeed while taking it. Tell your team about any bleeding problems, and before any surgery.',
      questions: [
        'Is my lung scarring getting worse despite treatment?',
        'What should I do if I get diarrhea?',
        'How often will my liver be checked?',
      ],
    },
    related: ['antifibrotics', 'interstitial-lung-disease', 'pulmonary-function-tests', 'liver-enzymes', 'pregnancy-and-dm-medicines'],
    sources: [
      // The FDA label carries every fact on this card; the RxList page and the Docslib copy of a
      // hospital fact sheet it once also cited were dropped.
      OFEV_LABEL,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'mesna',
    name: 'Mesna',
    pronunciation: 'MEZ-nuh',
    category: 'medicine',
    classes: ['uroprotectant'],
    aliases: [],
    summary: 'Mesna is a drug you may get with cyclophosphamide, and it helps keep your bladder safe from harm.',
    sections: {
      whyInDm:
        'When the body breaks down cyclophosphamide, it makes a substance called acrolein. Acrolein can hurt the lining of the bladder and make it bleed; this is called hemorrhagic cystitis. Mesna binds to acrolein in the urine and makes it harmless. It does not make the cyclophosphamide work less well. Not every team uses it for the lower doses given in immune diseases. Drinking plenty and passing urine often also protect the bladder.',
      howGiven:
        'It is given into a vein along with the cyclophosphamide, or as tablets, on a schedule your team sets. Drink fluids as your team advises and pass urine often. If you vomit soon after mesna tablets, call the hospital, as you may need another dose.',
      sideEffects:
        'It can be hard to tell its side effects from those of the treatment it goes with. Nausea, vomiting and a bitter or metal taste can happen. Rarely it causes an allergic reaction, such as a rash, a swollen face, a fast heartbeat or trouble breathing; tell the nurse at once. Call your team straight away about blood in your urine or pain when you pass urine.',
      questions: [
        'Will I have mesna with my cyclophosphamide?',
        'How much should I drink on treatment days?',
        'Which bladder symptoms should I report?',
      ],
    },
    related: ['cyclophosphamide', 'iv-infusion', 'infusion-reaction'],
    sources: [
      {
        publisher: 'Macmillan Cancer Support',
        title: 'Mesna',
        url: 'https://www.macmillan.org.uk/information-and-support/treating/chemotherapy/drugs-and-combination-regimens/individual-drugs/mesna.html',
      },
      {
        publisher: 'eviQ (Cancer Institute NSW)',
        title: 'Haemorrhagic cystitis',
        url: 'https://www.eviq.org.au/clinical-resources/side-effect-and-toxicity-management/genitourinary/1297-haemorrhagic-cystitis',
      },
      {
        publisher: 'Advances in Rheumatology (Brazilian Society of Rheumatology, 2024)',
        title: 'Position statement of the Brazilian Society of Rheumatology on mesna use as a preventive therapy for bladder disease in patients with systemic autoimmune diseases and systemic vasculitis under cyclophosphamide treatment',
        url: 'https://doi.org/10.1186/s42358-024-00380-0',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pneumococcal-vaccine',
    name: 'Pneumococcal vaccine',
    pronunciation: 'NOO-muh-KOK-ul',
    category: 'medicine',
    classes: ['vaccine'],
    aliases: [
      'pneumococcal vaccination',
      'pneumonia vaccine',
      'pneumococcal conjugate vaccine',
      'pneumococcal polysaccharide vaccine',
      { text: 'PCV15', caseSensitive: true },
      { text: 'PCV20', caseSensitive: true },
      { text: 'PCV21', caseSensitive: true },
      { text: 'PPSV23', caseSensitive: true },
      'Prevnar',
      'Prevnar 20',
      'Vaxneuvance',
      'Capvaxive',
      'Pneumovax',
      'Pneumovax 23',
    ],
    summary: 'The pneumococcal vaccine is a shot that helps protect you from a germ that can cause pneumonia.',
    sections: {
      whyInDm:
        'Pneumococcus bacteria can cause pneumonia, ear and sinus infections, and infections of the blood. DM and the medicines that treat it make serious infections more likely. US advice is that adults who take medicines that weaken the immune system, including long-term steroids, get a pneumococcal vaccine. Options are one shot of PCV20 or PCV21, or PCV15 followed later by PPSV23.',
      howGiven:
        'It is a shot in the arm. It is not a live vaccine, so it can be given during treatment. Some medicines, such as rituximab, can make it work less well, so ask about the best time, ideally before strong treatment starts.',
      sideEffects:
        'Most side effects are mild and last a day or two: a sore or swollen arm, fever, headache, feeling drowsy and less appetite. Severe allergic reactions are rare. Call 911 or your local emergency number for hives, a swollen face or throat, trouble breathing, a fast heartbeat, dizziness or weakness.',
      questions: [
        'Which pneumococcal vaccine do I need, and have I had it?',
        'Should I have it before I start a new medicine, such as rituximab?',
        'Will I need another dose later?',
      ],
    },
    related: ['live-vaccines', 'infection-risk', 'immunosuppressant', 'rituximab', 'shingles'],
    sources: [
      {
        publisher: 'U.S. Centers for Disease Control and Prevention',
        title: 'Pneumococcal vaccine safety',
        url: 'https://www.cdc.gov/vaccine-safety/vaccines/pneumococcal.html',
      },
      {
        publisher: 'Immunize.org (Ask the Experts)',
        title: 'Medical conditions and risk factors for which pneumococcal vaccination is recommended',
        url: 'https://www.immunize.org/ask-experts/what-are-the-categories-of-medical-conditions-and-other-risk-factors-among-adults-for-which-pneumococcal-vaccination-is-recommended-and-what-is-the-recommendation/',
      },
      {
        publisher: 'American College of Rheumatology (2022), via PubMed Central',
        title: 'Guideline for vaccinations in patients with rheumatic and musculoskeletal diseases',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10291822',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'feeding-tube',
    name: 'Feeding tube',
    category: 'procedure',
    aliases: [
      'tube feeding',
      'gastrostomy',
      'gastrostomy tube',
      'PEG tube',
      'percutaneous endoscopic gastrostomy',
      'G-tube',
      'nasogastric tube',
      'NG tube',
      'enteral feeding',
      'enteral nutrition',
      { text: 'PEG', searchOnly: true },
    ],
    summary: 'A feeding tube takes food and drink straight to the stomach when it is not safe to swallow, or you cannot swallow enough.',
    sections: {
      whyInDm:
        'Myositis can weaken the throat muscles, and about a third of people with it have trouble swallowing. Food or drink going the wrong way can cause aspiration pneumonia, and meals can take too long to keep up your weight. Treating the myositis and swallowing therapy often help. A feeding tube is needed only in rare, severe cases, sometimes for a short time and sometimes for longer.',
      howGiven:
        'A nasogastric (NG) tube goes in through the nose and down to the stomach, for short-term use. For longer use, a gastrostomy tube, such as a PEG, is placed through the belly wall into the stomach, often during a camera test (endoscopy). Some people use the tube only to top up what they can safely take by mouth.',
      sideEffects:
        'The skin where the tube goes in can get red, swollen or sore, and the tube can fall out. Stop the feed and call for urgent advice if fluid leaks around the tube, feeding hurts, there is new bleeding, or the tube falls out. Tell your nurse or dietitian about redness, swelling or a bad smell around the tube.',
      questions: [
        'Do I need a feeding tube, and for how long?',
        'Can I still eat or drink anything by mouth?',
        'Who will teach me to use and care for the tube?',
      ],
    },
    related: ['dysphagia', 'aspiration-pneumonia', 'speech-therapy', 'dietitian', 'swallow-study'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Dysphagia',
        url: 'https://www.myositis.org/about-myositis/complications/dysphagia/',
      },
      {
        publisher: 'Journal of Neuromuscular Diseases (2023)',
        title: 'Indications for tube feeding in adults with muscular disorders: a scoping review',
        url: 'https://content.iospress.com/openurl?genre=article&id=doi:10.3233/JND-230014',
      },
      {
        publisher: 'Leeds Teaching Hospitals NHS Trust',
        title: 'PEG feeding tube care advice',
        url: 'https://www.leedsth.nhs.uk/patients/resources/peg-feeding-tube-care-advice/',
      },
      { publisher: 'Understanding Myositis', title: 'Dysphagia', url: 'https://understandingmyositis.org/dysphagia/' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'iv-infusion',
    name: 'IV infusion',
    category: 'procedure',
    aliases: [
      'intravenous infusion',
      'infusion therapy',
      'infusion center',
      'infusion centre',
      'infusion clinic',
      'IV drip',
      'intravenous drip',
      'IV therapy',
      'infusion', // painted only where the page is about medicine (glossary/context-data.ts)
    ],
    summary: 'An IV infusion is a slow drip of medicine or fluid through a thin tube into a vein.',
    sections: {
      whyInDm:
        'Some DM treatments are given this way, such as IVIG, rituximab, cyclophosphamide and methylprednisolone at high doses. A drip puts the medicine straight into the blood. The team can give it slowly and watch you closely while it runs.',
      howGiven:
        'A nurse puts a cannula, a small plastic tube, into a vein in your hand or arm with a fine needle. The needle comes out and the tube stays. The bag of medicine is joined to the tube, often through a pump. Wear loose sleeves, and keep the dressing clean and dry.',
      sideEffects:
        'The cannula can cause bruising or soreness, and rarely an infection. Tell a nurse straight away about pain, redness or swelling around it, chills, a fever or feeling unwell. Reactions to the medicine itself are explained under infusion reaction.',
      questions: [
        'How long will each infusion take?',
        'Can I eat, drink and take my other medicines on infusion day?',
        'What should I do if I feel unwell during or after the drip?',
      ],
    },
    related: ['infusion-reaction', 'ivig', 'rituximab', 'cyclophosphamide', 'methylprednisolone'],
    sources: [
      { publisher: 'North Tees and Hartlepool NHS Foundation Trust', title: 'Cannula care', url: 'https://nth.nhs.uk/resources/cannula-care' },
      {
        publisher: 'Northern Care Alliance NHS Foundation Trust',
        title: 'Intravenous (IV) therapy team: IV cannula',
        url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/intravenous-iv-therapy-team-hmr-intravenous-therapy-team-hitt-iv-cannula',
      },
      {
        publisher: 'Buckinghamshire Healthcare NHS Trust',
        title: 'Going home with a peripheral intravenous (IV) cannula',
        url: 'https://www.buckshealthcare.nhs.uk/pifs/going-home-with-a-peripheral-intravenous-iv-cannula/',
      },
    ],
    reviewed: REVIEWED,
  },
];
