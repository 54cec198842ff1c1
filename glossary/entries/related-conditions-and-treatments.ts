import type { GlossaryEntry } from '../types';

/**
 * Related conditions, side effects and treatments a DM patient meets on other
 * pages (issue #10, review ranks 49 onward). Every fact was checked on
 * 2026-12-01 against the sources each entry lists.
 */

const REVIEWED = '2026-12-01';

const TMA_CORTICOSTEROIDS = {
  publisher: 'The Myositis Association',
  title: 'Corticosteroids',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/corticosteroids',
} as const;
const TMA_IVIG = {
  publisher: 'The Myositis Association',
  title: 'Intravenous immune globulin',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
} as const;
const TMA_DYSPHAGIA = {
  publisher: 'The Myositis Association',
  title: 'Dysphagia',
  url: 'https://www.myositis.org/about-myositis/complications/dysphagia/',
} as const;

export const relatedConditionAndTreatmentEntries: readonly GlossaryEntry[] = [
  {
    id: 'overlap-myositis',
    name: 'Overlap myositis',
    category: 'condition',
    // "Overlap syndrome" alone also names other pairs of diseases (asthma and COPD, for one),
    // so it is for the search box only.
    aliases: ['myositis overlap syndrome', { text: 'overlap syndrome', searchOnly: true }],
    summary: 'Overlap myositis means you have myositis plus a second immune disease, such as lupus.',
    sections: {
      whyInDm:
        'Some people with myositis also have another autoimmune disease at the same time. Scleroderma, which makes the skin thick and hard, is the most common one. Others are rheumatoid arthritis, lupus, and Sjögren’s syndrome, which dries the eyes and mouth. Overlaps are seen most in DM, polymyositis and necrotizing myopathy. Cold, color-changing fingers (Raynaud’s) and tight skin on the fingers are common signs.',
      howGiven:
        'Doctors do not yet agree on exact rules for the diagnosis. They look at the signs of both diseases and at blood tests for myositis antibodies. Treatment depends on your signs and usually means steroids and other medicines that calm the immune system.',
      questions: [
        'Do I have signs of a second immune disease?',
        'Which antibody tests have I had, and what did they show?',
        'Which of my conditions does my treatment aim at most?',
      ],
    },
    related: ['myositis', 'myositis-associated-antibodies', 'raynaud-phenomenon', 'interstitial-lung-disease', 'polymyositis', 'lupus', 'scleroderma'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Overlapping autoimmune diseases',
        url: 'https://www.myositis.org/about-myositis/complications/overlapping-autoimmune-diseases/',
      },
      { publisher: 'Myositis Association Australia', title: 'Overlap myositis', url: 'https://myositis.org.au/myositis/about-myositis/overlap-myositis/' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'hair-loss',
    name: 'Hair loss',
    category: 'symptom',
    aliases: ['scalp dermatomyositis', 'scalp DM', 'hair thinning', 'thinning hair'],
    summary: 'Hair loss in DM can come from the rash on the scalp or from some of the medicines that treat it.',
    sections: {
      whyInDm:
        'The DM rash often affects the scalp. The skin there can be red, scaly and very itchy. In one study, about three in four people with DM had scalp signs, and most of those had hair loss of a kind that does not scar.',
      howGiven:
        'Treating the DM treats the scalp too. A skin doctor can look closely at the scalp with a lighted magnifier, which helps show that DM is the cause. Tell your team about scalp itch or hair loss, even if the rest of your skin is better.',
      sideEffects:
        'Some DM medicines can thin the hair as a side effect, such as methotrexate and cyclophosphamide. Ask before you stop any medicine because of it.',
      questions: [
        'Is my hair loss from DM or from a medicine?',
        'What can I use on my scalp for the itch?',
        'Should a skin doctor check my scalp?',
      ],
    },
    related: ['dermatomyositis', 'methotrexate', 'cyclophosphamide', 'topical-corticosteroids'],
    sources: [
      {
        publisher: 'PubMed Central (study)',
        title: 'Frequency and clinical and trichoscopic features of scalp dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5582479',
      },
      { publisher: 'MedlinePlus', title: 'Methotrexate', url: 'https://medlineplus.gov/druginfo/meds/a682019.html' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'myositis-associated-antibodies',
    name: 'Myositis-associated antibodies',
    category: 'test',
    // "MAA" also stands for many unrelated things, so only the search box knows it.
    aliases: [
      'myositis-associated autoantibodies',
      { text: 'MAA', searchOnly: true },
      'anti-Ro52',
      'anti-PM-Scl',
      'anti-Ku',
    ],
    summary: 'Myositis-associated antibodies are blood markers that can show up in DM, but also in some other immune diseases.',
    sections: {
      whyInDm:
        'They are tested on the same blood panel as the myositis-specific antibodies. Unlike those, they are not limited to myositis. Examples are anti-Ro52, anti-PM-Scl and anti-Ku. They are found most often when myositis overlaps with another disease, such as scleroderma. Anti-PM-Scl and anti-Ku can point to lung disease in these overlaps.',
      howGiven:
        'It is a blood test. The result is one piece of the puzzle: your doctor reads it together with your signs and other tests. A positive result does not by itself mean you have a second disease.',
      questions: [
        'Which antibodies were found in my blood?',
        'Do they change my risk of lung problems?',
        'Do I need checks for another immune disease?',
      ],
    },
    related: ['myositis-specific-antibodies', 'anti-synthetase-antibodies', 'overlap-myositis', 'interstitial-lung-disease'],
    sources: [
      {
        publisher: 'Clinical and Molecular Allergy (Palterer et al., 2018)',
        title: 'Bench to bedside review of myositis autoantibodies',
        url: 'https://clinicalmolecularallergy.biomedcentral.com/articles/10.1186/s12948-018-0084-9',
      },
      {
        publisher: 'PubMed Central (review, Ther Adv Musculoskelet Dis)',
        title: 'Autoantibodies as markers of interstitial lung disease in autoimmune rheumatic disorders',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8320553/',
      },
      {
        publisher: 'PubMed Central (study)',
        title: 'Anti-PM/Scl antibodies in patients with systemic autoimmune diseases',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4407870',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'aspiration-pneumonia',
    name: 'Aspiration pneumonia',
    category: 'condition',
    aliases: ['pulmonary aspiration'],
    summary: 'Aspiration pneumonia is a lung infection that can follow when food, drink or spit goes down into the lungs.',
    sections: {
      whyInDm:
        'DM can weaken the throat muscles and make swallowing hard. About a third of people with myositis have swallowing problems. Then food or drink can slip into the airway instead of the food pipe. Coughing or choking while eating, or a wet voice after you swallow, are warning signs.',
      howGiven:
        'Signs of the infection include fever, cough, chest pain and trouble breathing. Get help quickly if you have them, mostly after choking on food or drink. Treatment may include medicines and help with breathing. A speech and language therapist can test your swallowing and teach safer ways to eat and drink. Severe swallowing trouble may lead to stronger DM treatment.',
      questions: [
        'Should I have a swallow study?',
        'Which foods and drinks are safest for me?',
        'Which signs mean I should go to the hospital?',
      ],
    },
    related: ['dysphagia', 'swallow-study', 'speech-therapy', 'dietitian', 'ivig', 'feeding-tube'],
    sources: [
      { publisher: 'Northwestern Medicine', title: 'Aspiration pneumonia', url: 'https://www.nm.org/conditions-and-care-areas/gastroenterology/aspiration-pneumonia' },
      {
        publisher: 'Middlesex Health (Mayo Clinic health library)',
        title: 'Aspiration pneumonia',
        url: 'https://middlesexhealth.org/learning-center/definitions/aspiration-pneumonia',
      },
      TMA_DYSPHAGIA,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'heart-involvement',
    name: 'Heart involvement in myositis',
    category: 'condition',
    // "Myocarditis" on its own is mostly about other causes (viruses, vaccines), so search only.
    aliases: ['heart involvement', 'cardiac involvement', 'myositis heart disease', { text: 'myocarditis', searchOnly: true }],
    summary: 'Myositis can inflame the heart muscle, which can throw off the heartbeat or make the heart pump less well.',
    sections: {
      whyInDm:
        'The heart is a muscle, so myositis can inflame it too. This is called myocarditis. It can leave scars that weaken the heart (cardiomyopathy) or upset its rhythm (arrhythmia). Many heart changes cause no symptoms at first, but heart disease is a common cause of death in myositis. Long-term inflammation also raises the risk of clogged arteries and heart attacks.',
      howGiven:
        'UK guidance advises checking people with myositis for heart problems. Tests may include an ECG, which records the heartbeat, and an echocardiogram, an ultrasound scan of the heart. High blood pressure and a family history of heart disease add to the risk.',
      sideEffects:
        'Tell your team if you get short of breath, feel your heart beat fast or unevenly, or see new swelling in your feet or hands.',
      questions: [
        'Should I have heart tests, and how often?',
        'What can I do to protect my heart?',
        'Which heart symptoms should I report right away?',
      ],
    },
    related: ['myositis', 'creatine-kinase', 'corticosteroids', 'fulminant-dermatomyositis', 'troponin', 'cardiac-mri'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Cardiovascular disease',
        url: 'https://www.myositis.org/about-myositis/complications/cardiovascular-disease/',
      },
      {
        publisher: 'PubMed Central (systematic review, Clin Cardiol 2012)',
        title: 'Cardiac involvement in adult polymyositis or dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6652370',
      },
      {
        publisher: 'Northern Care Alliance Research',
        title: 'Experts help develop new guideline for myositis (British Society for Rheumatology)',
        url: 'https://www.ncaresearch.org.uk/news/nca-experts-help-develop-new-guideline-for-myositis/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'occupational-therapy',
    name: 'Occupational therapy',
    category: 'care',
    // "OT" mostly means overtime or the Old Testament on ordinary pages.
    aliases: ['occupational therapist', { text: 'OT', searchOnly: true }],
    summary: 'Occupational therapy helps you keep doing daily tasks, like washing, dressing and cooking, when your muscles are weak.',
    sections: {
      whyInDm:
        'DM weakness can make daily tasks hard, such as getting up from a chair, lifting your arms to wash your hair, or carrying bags. An occupational therapist, or OT, does not treat the disease itself. They look at the tasks that matter to you, at home and at work, and find ways to make them easier.',
      howGiven:
        'An OT can advise you on special equipment and aids, and on changes to your home or work. In the UK, myositis guidance includes exercise led by physical and occupational therapists as part of standard care. Ask your doctor for a referral if daily tasks are getting hard.',
      questions: [
        'Can I see an occupational therapist?',
        'Which aids could help me at home or at work?',
        'How can I do my daily tasks without wearing myself out?',
      ],
    },
    related: ['physical-therapy', 'speech-therapy', 'dermatomyositis'],
    sources: [
      {
        publisher: 'NHS inform (NHS Scotland)',
        title: 'Occupational therapy',
        url: 'https://www.nhsinform.scot/tests-and-treatments/counselling-and-therapies/occupational-therapy',
      },
      {
        publisher: 'Rheumatology (British Society for Rheumatology guideline, Oldroyd et al., 2022)',
        title: 'British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy',
        url: 'https://doi.org/10.1093/rheumatology/keac115',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'cataracts-and-glaucoma',
    name: 'Cataracts and glaucoma',
    category: 'condition',
    aliases: ['glaucoma', 'steroid-induced cataract', 'steroid-induced glaucoma'],
    summary: 'Cataracts cloud the lens of the eye and glaucoma harms the eye’s nerve, and long steroid use raises the risk of both.',
    sections: {
      whyInDm:
        'Steroids are the main DM treatment, and taking them for a long time is a known cause of both eye problems. A cataract makes the clear lens inside the eye cloudy, so sight gets blurry. Glaucoma is damage to the nerve at the back of the eye, often from high pressure inside the eye. Without treatment it can lead to loss of sight.',
      howGiven:
        'If you take steroids, you need regular eye exams. These check the pressure inside your eye and look for a cloudy lens. Glaucoma treatment lowers the pressure in the eye with medicines or surgery.',
      questions: [
        'How often should I have my eyes checked?',
        'Do my steroid creams or eye drops add to the risk?',
        'Which changes in my sight should I report?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'topical-corticosteroids', 'hydroxychloroquine'],
    sources: [
      TMA_CORTICOSTEROIDS,
      { publisher: 'University of Utah Health', title: 'Cataract', url: 'https://healthcare.utah.edu/healthlibrary/multimedia/videos/doc.php?type=109&id=V1069' },
      {
        publisher: 'National Eye Institute (U.S. National Institutes of Health)',
        title: 'Glaucoma',
        url: 'https://www.nei.nih.gov/learn-about-eye-health/eye-conditions-and-diseases/glaucoma',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'avascular-necrosis',
    name: 'Avascular necrosis',
    pronunciation: 'ay-VAS-kyuh-ler neh-KROH-sis',
    category: 'condition',
    // "AVN" is also the name of a trade magazine and its awards, so search only.
    aliases: ['osteonecrosis', 'bone death', 'aseptic necrosis', 'steroid-induced osteonecrosis', { text: 'AVN', searchOnly: true }],
    summary: 'Avascular necrosis is bone that dies because it loses its blood supply, and long-term steroid use is a main cause.',
    sections: {
      whyInDm:
        'Steroids are the main DM treatment, and steroid use is one of the most common causes of this bone damage. It most often hits the ball at the top of the thigh bone, in the hip. The shoulder, knee, hand and foot can be affected too. The weak bone can get tiny breaks and then collapse, usually over months to years.',
      howGiven:
        'An MRI scan can find it early, which matters because early care works better. Treatment depends on the stage. It may include physical therapy, medicines and surgery. When the joint is badly damaged, a joint replacement may be needed.',
      sideEffects:
        'At first there may be no symptoms. Later the joint hurts when you put weight on it, or even when you lie down, and the pain usually builds slowly. Tell your team about new hip, shoulder or knee pain while you take steroids.',
      questions: [
        'Could my joint pain be from my bones rather than DM?',
        'Do I need an MRI scan?',
        'Can we lower my steroid dose safely?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'osteoporosis', 'bone-protection-on-steroids', 'physical-therapy', 'osteonecrosis-of-the-jaw'],
    sources: [
      { publisher: 'Altru Health System (Mayo Clinic health library)', title: 'Avascular necrosis', url: 'https://www.altru.org/health-library/definitions/avascular-necrosis' },
      {
        publisher: 'PubMed Central (review, J Transl Autoimmun 2022)',
        title: 'Steroid-induced osteonecrosis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9535426',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cushingoid-features',
    name: 'Cushingoid features',
    pronunciation: 'KUSH-ing-oyd',
    category: 'condition',
    // Cushing’s syndrome also comes from tumors, which this card does not cover: search only.
    aliases: ['Cushingoid', 'moon face', { text: 'Cushing’s syndrome', searchOnly: true }],
    summary: 'Cushingoid features are body changes from long-term steroid use, such as a round face and weight gain around the belly.',
    sections: {
      whyInDm:
        'High doses of steroids over a long time change where the body stores fat and fluid. Signs include a round, red face, often called moon face, a fatty lump between the shoulders, weight gain around the belly, and acne. Doctors call this pattern Cushing’s syndrome when steroids cause it. The changes are linked to high doses and long use, and some can last.',
      howGiven:
        'Doctors lower the steroid dose slowly as DM gets better, and often add a second medicine so less steroid is needed. Never stop steroids or cut the dose on your own. After long use, stopping suddenly can be dangerous, because your body has stopped making enough of its own steroid hormone.',
      questions: [
        'Are these changes from my steroids?',
        'How soon can my steroid dose come down?',
        'Could a steroid-sparing medicine help me?',
      ],
    },
    related: ['corticosteroids', 'steroid-taper', 'adrenal-insufficiency', 'corticosteroid-sparing-agent', 'dietitian'],
    sources: [
      TMA_CORTICOSTEROIDS,
      {
        publisher: 'Muscular Dystrophy UK',
        title: 'Dermatomyositis (DM)',
        url: 'https://www.musculardystrophyuk.org/conditions/a-z/dermatomyositis-dm/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'steroid-myopathy',
    name: 'Steroid myopathy',
    pronunciation: 'STEER-oyd my-OP-uh-thee',
    category: 'condition',
    aliases: ['steroid-induced myopathy', 'corticosteroid-induced myopathy', 'glucocorticoid-induced myopathy', 'steroid-induced weakness'],
    summary: 'Steroid myopathy is muscle weakness caused by steroid medicines themselves, not by DM.',
    sections: {
      whyInDm:
        'Steroids can weaken the muscles of the hips, thighs and shoulders, the same muscles DM affects. The hip muscles are often hit first and worst. So when someone with DM gets weaker while on steroids, it can be hard to tell whether the DM is flaring or the steroids are to blame.',
      howGiven:
        'Tests help tell the two apart. With steroid myopathy the CK blood test is usually not very high, while it is often high when myositis is active. An EMG test may show no active muscle inflammation. Weakness from steroids usually gets better over weeks to months after the dose is lowered. Exercise may help prevent it or make it milder.',
      questions: [
        'Could my weakness come from my steroids rather than DM?',
        'Which tests will tell them apart?',
        'Which exercises are safe for me now?',
      ],
    },
    related: ['corticosteroids', 'flare', 'creatine-kinase', 'steroid-taper', 'physical-therapy'],
    sources: [
      { publisher: 'Medscape (eMedicine)', title: 'Corticosteroid-induced myopathy', url: 'https://emedicine.medscape.com/article/313842-print' },
      {
        publisher: 'Medscape (eMedicine)',
        title: 'Corticosteroid-induced myopathy: follow-up',
        url: 'https://emedicine.medscape.com/article/313842-followup',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'pml',
    name: 'Progressive multifocal leukoencephalopathy',
    pronunciation: 'pro-GRESS-iv MUL-tee-FOH-kul LOO-koh-en-SEF-uh-LOP-uh-thee',
    category: 'condition',
    // "PML" also names a Pakistani party (PML-N) and a leukemia gene, so search only; the full name
    // is spelled out on the labels and pages that matter.
    aliases: [{ text: 'PML', searchOnly: true }],
    summary: 'PML is a rare, serious brain infection that can happen when the immune system is weak.',
    sections: {
      whyInDm:
        'PML is caused by the JC virus. Most adults carry this virus without any harm. It can wake up when the immune system is weakened by illness or by medicines that hold it back. Rituximab carries a boxed warning about PML. It is rare, but it is very serious and often fatal.',
      howGiven:
        'Doctors look for it with an MRI scan of the brain and a test of the spinal fluid. There is no medicine that kills the virus. Treatment aims to let the immune system recover so it can fight the virus.',
      sideEffects:
        'Signs come on slowly and get worse. You may get clumsy or weak, or have trouble speaking or thinking. Sight and personality can change too. Call your team right away if you notice any of these while on rituximab or other strong immune drugs.',
      questions: [
        'How likely is PML with my medicines?',
        'Which signs should my family watch for?',
        'Who do I call if I notice them?',
      ],
    },
    related: ['rituximab', 'infection-risk', 'immunosuppressant', 'boxed-warning'],
    sources: [
      {
        publisher: 'MSD Manual, Consumer Version',
        title: 'Progressive multifocal leukoencephalopathy (PML)',
        url: 'https://www.msdmanuals.com/home/brain-spinal-cord-and-nerve-disorders/brain-infections/progressive-multifocal-leukoencephalopathy-pml',
      },
      {
        publisher: 'PubMed Central (review, Nat Rev Neurol 2020)',
        title: 'Progressive multifocal leukoencephalopathy and the spectrum of JC virus-related disease',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7678594/',
      },
      { publisher: 'MedlinePlus', title: 'Rituximab injection', url: 'https://medlineplus.gov/druginfo/meds/a607038.html' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'aseptic-meningitis',
    name: 'Aseptic meningitis',
    pronunciation: 'ay-SEP-tik men-in-JY-tis',
    category: 'condition',
    // "AMS" is far more often acute mountain sickness or a company name.
    aliases: ['aseptic meningitis syndrome', 'drug-induced aseptic meningitis', { text: 'AMS', searchOnly: true }],
    summary: 'Aseptic meningitis is swelling of the layers around the brain that is not caused by germs, and IVIG is one rare cause.',
    sections: {
      whyInDm:
        'IVIG is used for hard-to-treat DM, and its label warns about aseptic meningitis as a rare side effect. It is not an infection. It usually goes away on its own within a few days.',
      howGiven:
        'Giving the IVIG more slowly and drinking plenty of fluids can lower the risk. Large amounts given quickly raise it, and so does a history of migraines. If it has happened before, your team may slow the next infusions or give pain medicine first.',
      sideEffects:
        'Signs are a bad headache, a stiff or sore neck, fever, pain from bright light, feeling sick or throwing up, and sleepiness. They most often start within two days of an infusion but can come up to a week later. Get medical help quickly, because doctors need to rule out a real infection.',
      questions: [
        'How can we lower my risk at my next infusion?',
        'What should I do if I get a bad headache after IVIG?',
        'Does my history of migraines matter?',
      ],
    },
    related: ['ivig', 'infusion-reaction', 'subcutaneous-immunoglobulin'],
    sources: [
      {
        publisher: 'PubMed Central (The BMJ, 1998)',
        title: 'Management of aseptic meningitis secondary to intravenous immunoglobulin',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1112825',
      },
      TMA_IVIG,
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'hypogammaglobulinemia',
    name: 'Hypogammaglobulinemia',
    pronunciation: 'HY-poh-GAM-uh-GLOB-yuh-lin-EE-mee-uh',
    category: 'condition',
    aliases: ['hypogammaglobulinaemia', 'low antibody levels', 'low IgG', 'low immunoglobulin levels'],
    summary: 'Hypogammaglobulinemia means you have too few antibodies, the proteins that fight germs, so you get sick more easily.',
    sections: {
      whyInDm:
        'Rituximab works by removing B cells, the cells that make antibodies. Over time this can lower antibody levels. In one study of people given rituximab for immune diseases, about a quarter already had low levels before the first drip. More than half had low levels at some point, though levels often came back up. People whose levels fall get more infections on average.',
      howGiven:
        'A blood test checks your antibody levels. Experts advise a check before rituximab and during it. If levels are low and you keep getting infections, you can be given antibodies as IVIG.',
      sideEffects: 'Tell your team about infections that keep coming back or are hard to clear.',
      questions: [
        'Have my antibody levels been checked?',
        'What happens if they are low?',
        'Which infections should I report?',
      ],
    },
    related: ['rituximab', 'ivig', 'infection-risk', 'immunosuppressant'],
    sources: [
      {
        publisher: 'PubMed (J Autoimmun 2015)',
        title: 'Rituximab-associated hypogammaglobulinemia: incidence, predictors and outcomes in patients with multi-system autoimmune disease',
        url: 'https://pubmed.ncbi.nlm.nih.gov/25556904/',
      },
      {
        publisher: 'Rheumatology International (2021)',
        title: 'Article on hypogammaglobulinemia after rituximab in autoimmune rheumatic diseases',
        url: 'https://link.springer.com/doi/10.1007/s00296-021-04847-x',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'topical-calcineurin-inhibitors',
    name: 'Topical calcineurin inhibitors',
    pronunciation: 'kal-SIN-yoo-rin',
    category: 'medicine-class',
    classes: ['topical-calcineurin-inhibitor'],
    // Protopic is listed on the tacrolimus card; "tacrolimus ointment" here names the skin form.
    aliases: ['topical calcineurin inhibitor', 'pimecrolimus', 'Elidel', 'tacrolimus ointment', 'topical tacrolimus', 'Protopic'],
    summary: 'Topical calcineurin inhibitors are steroid-free creams and ointments that calm inflamed skin.',
    sections: {
      whyInDm:
        'There are two: tacrolimus ointment (Protopic) and pimecrolimus cream (Elidel). Tacrolimus ointment is sometimes used on DM rashes, for example on the face and eyelids, as a choice without steroids. Both are approved for eczema, so using them for DM is off-label. The ointment is a different form from the tacrolimus taken by mouth.',
      howGiven:
        'They are put on the skin, only where the rash is. Do not cover the skin with a bandage or wrap unless your doctor says so.',
      sideEffects:
        'Burning, warmth, stinging, soreness or redness can happen where you put them on. Their labels carry a boxed warning: a few people who used them got skin cancer or lymphoma, though it is not proven that the medicines caused it. So long, nonstop use is avoided, and they are not for children under two. Protect treated skin from the sun and tanning beds.',
      questions: [
        'Should I use this instead of a steroid cream on my face?',
        'How long should I use it?',
        'What should I do if it burns?',
      ],
    },
    related: ['tacrolimus', 'topical-corticosteroids', 'off-label-use', 'boxed-warning', 'photoprotection'],
    sources: [
      { publisher: 'SafeMedication (ASHP)', title: 'Pimecrolimus topical', url: 'https://www.safemedication.com/drug-library/a/6/0/3/0/a603027' },
      {
        publisher: 'Clinical Rheumatology (Ge et al., 2015)',
        title: 'Tacrolimus in dermatomyositis and polymyositis: a systematic review',
        url: 'https://link.springer.com/article/10.1007%2Fs10067-015-3065-0',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'apremilast',
    name: 'Apremilast',
    pronunciation: 'uh-PREM-ih-last',
    category: 'medicine',
    classes: ['pde4-inhibitor'],
    aliases: ['Otezla'],
    summary: 'Apremilast is a pill for psoriasis that may help a stubborn DM rash, though it is still being studied.',
    sections: {
      whyInDm:
        'It calms inflammation by blocking an enzyme called PDE4. It is approved for psoriasis, psoriatic arthritis and mouth sores from Behçet’s disease. In a small US trial, adding it to other treatment helped the skin in seven of eight adults with a stubborn DM rash. Using it for DM is off-label.',
      howGiven:
        'It is a tablet taken by mouth, usually added to your other DM medicines. The dose is raised slowly at the start, using a starter pack, to lower stomach upset. Your doctor picks the dose. The brand is Otezla in the US and the UK.',
      sideEffects:
        'Diarrhea and nausea are common, mostly in the first weeks, and often get better. Headache and colds can happen. Some people lose weight, or feel low or depressed. Tell your doctor if you have ever had depression, and report mood changes right away.',
      questions: [
        'Is my skin disease a good fit for apremilast?',
        'Will it replace any of my current medicines?',
        'What should I do if I get diarrhea?',
      ],
    },
    related: ['off-label-use', 'topical-corticosteroids', 'hydroxychloroquine', 'jak-inhibitors'],
    sources: [
      {
        publisher: 'Institut de Myologie',
        title: 'Apremilast, a useful additional treatment for refractory skin lesions in dermatomyositis',
        url: 'https://www.institut-myologie.org/en/2022/11/17/apremilast-a-useful-additional-treatment-for-refractory-skin-lesions-in-dermatomyositis/',
      },
      { publisher: 'University of Iowa Health Care', title: 'Apremilast', url: 'https://uihc.org/health-topics/apremilast' },
      {
        publisher: 'NICE (information for the public)',
        title: 'Apremilast for treating moderate to severe plaque psoriasis: what has NICE said?',
        url: 'https://www.nice.org.uk/guidance/ta419/ifp/chapter/What-has-NICE-said',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'stomach-protection',
    name: 'Stomach protection',
    category: 'medicine-class',
    classes: ['proton-pump-inhibitor'],
    // "PPI" is also pixels per inch and the producer price index, so search only.
    aliases: ['proton pump inhibitor', { text: 'PPI', searchOnly: true }, 'omeprazole', 'esomeprazole', 'lansoprazole', 'pantoprazole', 'gastroprotection'],
    summary: 'Stomach protection is a medicine, such as omeprazole, that cuts stomach acid to help stop ulcers.',
    sections: {
      whyInDm:
        'People who take steroids are sometimes given one. Experts say steroids alone carry a low risk of stomach ulcers. So not everyone on steroids needs one. The risk is higher when steroids are taken with pain pills called NSAIDs. It is also higher when NSAIDs are taken with aspirin or a blood thinner, mostly in people over 65.',
      howGiven:
        'These medicines are taken by mouth. They work on the cells in the stomach wall so that they make less acid. Your doctor will tell you whether you need one and for how long.',
      sideEffects:
        'Common side effects are stomach or bowel upset and headaches. Long-term use has been linked to low vitamin B12 and to weaker bones.',
      questions: [
        'Do I need stomach protection with my steroids?',
        'Is it safe for me to take NSAIDs for pain?',
        'How long should I keep taking it?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'osteoporosis', 'bone-protection-on-steroids'],
    sources: [
      {
        publisher: 'PubMed (J Hosp Med 2023)',
        title: 'Things We Do for No Reason: routine use of proton pump inhibitors for peptic ulcer prophylaxis in adults on high-dose corticosteroids',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37013890/',
      },
      { publisher: 'NHS', title: 'Omeprazole', url: 'https://www.nhs.uk/medicines/omeprazole/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'brepocitinib',
    name: 'Brepocitinib',
    pronunciation: 'brep-oh-SY-tih-nib',
    category: 'medicine',
    classes: ['jak-inhibitor'],
    aliases: ['Lisraya', 'VALOR study', 'VALOR trial'],
    summary: 'Brepocitinib is a new DM pill that the FDA approved in 2026, after it beat a dummy pill in a large trial.',
    sections: {
      whyInDm:
        'It blocks two signals inside immune cells, called TYK2 and JAK1, that drive inflammation in DM. This makes it a relative of the JAK inhibitors. In the VALOR trial, adults with DM who took it improved more than those who took a placebo, a look-alike pill with no medicine in it.',
      howGiven:
        'It is a pill taken by mouth. In the trial, people kept taking their usual DM medicines as well. The FDA approved it in August 2026, and it is sold as Lisraya. Your doctor will tell you whether it suits you.',
      sideEffects:
        'Ask your team which warnings on its label apply to you. It is a relative of the JAK inhibitors. Their cautions are tests for TB and hepatitis B before you start, and no live vaccines. They also bring a higher risk of shingles. Use birth control to prevent pregnancy.',
      questions: [
        'Is brepocitinib a good choice for me?',
        'Could I join a trial of it?',
        'Do the JAK inhibitor warnings apply to it?',
      ],
    },
    related: ['jak-inhibitors', 'clinical-trial', 'tofacitinib', 'baricitinib', 'tuberculosis-screening', 'hepatitis-b-screening', 'live-vaccines', 'shingles', 'pregnancy-and-dm-medicines'],
    sources: [
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Lisraya (brepocitinib) tablets label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=5023a17b-e96a-67d4-e063-6394a90a14a7',
      },
      {
        publisher: 'U.S. Food and Drug Administration (Drugs@FDA, NDA 220106, approved 27 August 2026)',
        title: 'Lisraya (brepocitinib) prescribing information',
        url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/220106Orig1s000lbl.pdf',
      },
      {
        publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
        title: 'NCT05437263: VALOR, brepocitinib in adults with dermatomyositis',
        url: 'https://clinicaltrials.gov/study/NCT05437263',
      },
      {
        publisher: 'Pediatric Rheumatology (review, 2021), via PubMed Central',
        title: 'JAK inhibitors: a potential treatment for JDM in the context of the role of interferon-driven pathology',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8466894',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'efgartigimod',
    name: 'Efgartigimod',
    pronunciation: 'ef-gar-TIG-ih-mod',
    category: 'medicine',
    classes: ['fcrn-blocker'],
    aliases: ['efgartigimod alfa', 'Vyvgart', 'efgartigimod PH20', 'ALKIVIA study', 'ALKIVIA trial'],
    summary: 'Efgartigimod is a new type of drug that lowers some antibodies, and trials are testing it in DM.',
    sections: {
      whyInDm:
        'It lowers the amount of IgG antibodies in the blood. It does this by blocking a protein called FcRn, which normally keeps these antibodies from being broken down. Some of these antibodies may drive myositis. In the first part of the ALKIVIA trial, 89 adults with myositis, including DM, improved more on it than on a placebo. The trial goes on in DM and two other types of myositis.',
      howGiven:
        'In the myositis trial it is given as a shot under the skin, on top of usual treatment. In the US it is approved for myasthenia gravis, another immune disease that makes muscles weak. Vyvgart is given into a vein, and Vyvgart Hytrulo is a shot under the skin. It is not approved for myositis.',
      sideEffects:
        'It lowers all IgG antibodies, even the ones that fight germs. Ask about your risk of infections. Live vaccines are not advised during treatment.',
      questions: [
        'Is efgartigimod a choice for my type of myositis?',
        'Could I join the ALKIVIA trial?',
        'How would it fit with my other medicines?',
      ],
    },
    related: ['ivig', 'hypogammaglobulinemia', 'necrotizing-myopathy', 'myositis', 'clinical-trial', 'live-vaccines'],
    sources: [
      {
        publisher: 'ACR Meeting Abstracts (ACR Convergence 2025)',
        title: 'Results from the phase 2 ALKIVIA study of adults with active idiopathic inflammatory myopathy',
        url: 'https://acrabstracts.org/?p=46324',
      },
      {
        publisher: 'U.S. Food and Drug Administration (Drugs@FDA)',
        title: 'Vyvgart (efgartigimod alfa-fcab) and Vyvgart Hytrulo prescribing information, 2024',
        url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2024/761195s004,761304s003lbl.pdf',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'boxed-warning',
    name: 'Boxed warning',
    category: 'care',
    aliases: ['black box warning', 'FDA boxed warning', 'box warning'],
    summary: 'A boxed warning is the FDA’s strongest warning on a drug label, and it is printed in a black box.',
    sections: {
      whyInDm:
        'Several DM medicines have one. Examples are rituximab, IVIG, mycophenolate, tacrolimus pills and the JAK inhibitors. The warning points out a rare but dangerous risk, or key steps for safe use. It is printed in bold, inside a black border, on the drug’s official label.',
      howGiven:
        'A boxed warning does not mean you should not take the medicine. It means your doctor should weigh its risks and benefits with you before you start, and your pharmacist can go over it again. Do not stop a medicine because of a warning without talking to your team.',
      questions: [
        'Does my medicine have a boxed warning, and what does it say?',
        'How does the warning apply to me?',
        'Which signs should I watch for?',
      ],
    },
    related: ['jak-inhibitors', 'rituximab', 'ivig', 'mycophenolate', 'off-label-use'],
    sources: [
      {
        publisher: 'Cleveland Clinic',
        title: 'What does it mean if my medication has a “black box warning”?',
        url: 'https://health.clevelandclinic.org/what-does-it-mean-if-my-medication-has-a-black-box-warning',
      },
      {
        publisher: 'DailyMed (Xeljanz label)',
        title: 'Xeljanz (tofacitinib) prescribing information',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
      },
      { publisher: 'MedlinePlus', title: 'Mycophenolate', url: 'https://medlineplus.gov/druginfo/meds/a601081.html' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'rems',
    name: 'Risk Evaluation and Mitigation Strategy',
    category: 'care',
    aliases: [{ text: 'REMS', caseSensitive: true }, 'REMS program'],
    summary: 'A REMS is an FDA safety plan for a few risky drugs, with extra steps before you can get them.',
    sections: {
      whyInDm:
        'Mycophenolate has a REMS because it can cause birth defects and loss of a pregnancy. Its program helps people who could become pregnant plan how to prevent pregnancy. Pregnancies during treatment, or soon after stopping, are reported to a registry.',
      howGiven:
        'The FDA asks for a REMS when the usual label is not enough to make a medicine safe to use. Steps can include extra teaching for patients and doctors, pregnancy checks, or rules on how the medicine is prescribed and handed out. The aim is that the benefits of the medicine stay greater than its risks.',
      questions: [
        'Does my medicine have a REMS?',
        'What do I need to do before each refill?',
        'Which birth control is right for me on this medicine?',
      ],
    },
    related: ['mycophenolate', 'pregnancy-and-dm-medicines', 'boxed-warning'],
    sources: [
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'CellCept (mycophenolate mofetil) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40',
      },
      {
        publisher: 'U.S. Food and Drug Administration',
        title: 'Risk Evaluation and Mitigation Strategies (REMS)',
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/risk-evaluation-and-mitigation-strategies-rems',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'biosimilar',
    name: 'Biosimilar',
    pronunciation: 'BY-oh-SIM-ih-ler',
    category: 'care',
    aliases: ['biosimilar medicine', 'biosimilar drug'],
    summary: 'A biosimilar is a close copy of a biologic drug that works just as well and is just as safe.',
    sections: {
      whyInDm:
        'Biologic drugs, such as rituximab, are made from living cells. So an exact copy cannot be made. The FDA approves a biosimilar when it is very much like the original and has no differences that matter. Rituximab has several, such as Truxima, Ruxience and Riabni in the US.',
      howGiven:
        'A biosimilar is used for the same purpose as the original medicine. Which product you get often depends on your insurance plan.',
      questions: [
        'Is my medicine the original or a biosimilar?',
        'Will switching change how I get it?',
        'Who do I ask if my insurance changes the product?',
      ],
    },
    related: ['rituximab', 'boxed-warning', 'off-label-use'],
    sources: [
      {
        publisher: 'U.S. Food and Drug Administration (Consumer Update)',
        title: 'Biosimilar and interchangeable biologics: more treatment choices',
        url: 'https://www.fda.gov/consumers/consumer-updates/biosimilar-and-interchangeable-biologics-more-treatment-choices',
      },
      {
        publisher: 'DailyMed (Truxima label)',
        title: 'Truxima (rituximab-abbs) prescribing information',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9af3ddc7-4217-417a-ac89-8704edc5bc44',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'abatacept',
    name: 'Abatacept',
    pronunciation: 'uh-BAT-uh-sept',
    category: 'medicine',
    classes: ['biologic'],
    aliases: ['Orencia'],
    summary: 'Abatacept is a drug for joint disease, and in a big trial in myositis it did not help DM.',
    sections: {
      whyInDm:
        'It is a man-made antibody-like protein that calms T cells, a kind of immune cell. It is approved in the US for rheumatoid arthritis. A large trial in adults with hard-to-treat myositis did not meet its main goal. People with DM did no better on it than on a placebo, though people with some other types of myositis may have.',
      howGiven:
        'In the myositis trial it was given as a shot under the skin, on top of usual treatment. It is not approved for myositis, so using it for DM would be off-label.',
      sideEffects:
        'It makes infections more likely, and some can be serious. Before starting, you are checked for TB and hepatitis B, because it can wake up a hidden infection. Live vaccines are not given while you take it, and other vaccines may work less well.',
      questions: [
        'Why might abatacept be tried for me when the DM trial was negative?',
        'What are its risks with my other medicines?',
      ],
    },
    related: ['off-label-use', 'polymyositis', 'myositis', 'rituximab', 'infection-risk', 'tuberculosis-screening', 'hepatitis-b-screening', 'live-vaccines'],
    sources: [
      {
        publisher: 'The Myositis Association',
        title: 'Trial to evaluate efficacy and safety of abatacept',
        url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/trial-evaluate-efficacy-safety-abatacept/',
      },
      {
        publisher: 'PubMed Central (Arthritis & Rheumatology)',
        title: 'Efficacy and safety of subcutaneous abatacept plus standard treatment for active idiopathic inflammatory myopathy: phase 3 randomized controlled trial',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC12123255/',
      },
      {
        publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
        title: 'NCT02971683: abatacept with standard therapy in adults with active idiopathic inflammatory myopathy',
        url: 'https://clinicaltrials.gov/study/NCT02971683',
      },
      { publisher: 'NCBI Bookshelf (LiverTox, NIDDK)', title: 'Abatacept', url: 'https://www.ncbi.nlm.nih.gov/books/NBK548442/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'tocilizumab',
    name: 'Tocilizumab',
    pronunciation: 'toe-sih-LIZ-oo-mab',
    category: 'medicine',
    classes: ['biologic'],
    // RoActemra: the EU/UK name (EU register, SmPC 20170918138889); Tofidence: an EU biosimilar
    // (EU register, SmPC 20240620162688).
    aliases: ['Actemra', 'RoActemra', 'Tofidence'],
    summary: 'Tocilizumab is an arthritis drug that blocks a signal called IL-6, and a trial found it did not help DM.',
    sections: {
      whyInDm:
        'It blocks IL-6, a signal that drives inflammation. A trial tested it in adults with hard-to-treat DM or polymyositis. People on it did no better than those on a placebo, though it was safe. A small study in necrotizing myopathy, another type of myositis, was more hopeful.',
      howGiven:
        'In the DM trial it was given into a vein. Use for DM would be off-label.',
      sideEffects:
        'It makes infections more likely, even serious ones like TB. So you are checked for TB and hepatitis B before starting, and for TB during treatment. It can also harm the liver, cause tears in the stomach or bowel, and change blood counts. You will need blood tests. Live vaccines are not advised while you take it.',
      questions: [
        'Why is tocilizumab being suggested for me?',
        'Which blood tests will I need?',
        'Which signs of infection should I report?',
      ],
    },
    related: ['off-label-use', 'tuberculosis-screening', 'infection-risk', 'necrotizing-myopathy', 'biosimilar', 'hepatitis-b-screening', 'live-vaccines'],
    sources: [
      {
        publisher: 'PubMed Central (ACR Open Rheumatology 2022)',
        title: 'Randomized trial of tocilizumab in the treatment of refractory adult polymyositis and dermatomyositis',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9661830/',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Actemra (tocilizumab) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2e5365ff-cb2a-4b16-b2c7-e35c6bf2de13',
      },
      {
        publisher: 'Frontiers in Pharmacology (2021)',
        title: 'Tocilizumab in refractory immune-mediated necrotizing myopathies',
        url: 'https://frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2021.635654/full',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'leucovorin',
    name: 'Leucovorin',
    pronunciation: 'loo-koh-VOR-in',
    category: 'medicine',
    classes: ['antidote'],
    aliases: ['folinic acid', 'leucovorin calcium'],
    summary: 'Leucovorin, a ready form of folic acid, is used to treat harm from too much methotrexate.',
    sections: {
      whyInDm:
        'Methotrexate blocks the body from turning folic acid into its active form. Leucovorin is already in that active form, so it works even when methotrexate is in the way. That is why it is the antidote for a methotrexate overdose, and plain folic acid is not. Folic acid is what is usually given for routine use with methotrexate.',
      howGiven:
        'For an overdose it must be started as soon as possible, because it works less well the longer the wait. In a hospital it is often given into a vein. If you think you have taken too much methotrexate, for example daily instead of weekly, get medical help or call a poison center right away.',
      sideEffects:
        'On its own it seldom causes side effects. Rarely it causes an allergic reaction, such as hives. Get help at once for a swollen face or trouble breathing.',
      questions: [
        'Should I take folic acid or folinic acid with my methotrexate?',
        'What should I do if I take an extra dose of methotrexate by mistake?',
      ],
    },
    related: ['methotrexate', 'folic-acid', 'pjp-prophylaxis'],
    sources: [
      {
        publisher: 'CIUSSS de la Capitale-Nationale (Quebec poison centre)',
        title: 'Antidotes: leucovorin calcium',
        url: 'https://www.ciusss-capitalenationale.gouv.qc.ca/en/antidotes/leucovorin-calcium',
      },
      {
        publisher: 'Cleveland Clinic',
        title: 'Methotrexate (weekly dosing, never daily)',
        url: 'https://my.clevelandclinic.org/health/drugs/20143-methotrexate',
      },
      { publisher: 'DailyMed (U.S. National Library of Medicine)', title: 'Leucovorin calcium tablets label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f7004cbd-9827-466e-9683-adce4f13c6a6' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'prior-authorization',
    name: 'Prior authorization',
    category: 'care',
    aliases: ['prior auth', 'pre-authorization', 'prior approval', { text: 'PA', searchOnly: true }],
    summary: 'Prior authorization is a yes your health plan may need to give before it will pay for a medicine or test.',
    sections: {
      whyInDm:
        'Costly DM treatments, such as IVIG, often need it. Without it, the plan may not cover the cost. It can delay the start of a treatment, so it helps to know it is coming.',
      howGiven:
        'Your doctor’s office fills in a form and sends it to your insurer. The insurer then decides whether to cover all, some or none of the cost, and tells you or your doctor why. If it says no, you can ask your doctor about an appeal.',
      questions: [
        'Does my treatment need prior authorization?',
        'How long does approval usually take?',
        'Who can help me if my plan says no?',
      ],
    },
    related: ['ivig', 'repository-corticotropin', 'off-label-use', 'biosimilar'],
    sources: [
      { publisher: 'HealthCare.gov', title: 'Prior authorization (glossary)', url: 'https://www.healthcare.gov/glossary/prior-authorization' },
      {
        publisher: 'Medicare Interactive (Medicare Rights Center)',
        title: 'Prior authorization',
        url: 'https://cfp.medicareinteractive.org/glossary/prior-authorization',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'rhabdomyolysis',
    name: 'Rhabdomyolysis',
    pronunciation: 'RAB-doh-my-OL-ih-sis',
    category: 'condition',
    aliases: ['rhabdo', 'muscle breakdown'],
    summary: 'Rhabdomyolysis is a fast breakdown of muscle that floods the blood with a protein that can harm the kidneys.',
    sections: {
      whyInDm:
        'When muscle breaks down, it releases a protein called myoglobin, and CK levels in the blood are usually very high. Myoglobin can damage the kidneys. It most often follows a muscle injury, but hard exercise, heat, infections and some drugs can cause it too. In very severe DM, muscle breakdown that harms the kidneys is one sign of an emergency.',
      howGiven:
        'It is treated quickly in hospital, mainly with fluids given through a vein to flush the kidneys. Early treatment lowers the risk of kidney damage. Physical therapy can help rebuild the lost muscle later.',
      sideEffects:
        'Signs are dark, reddish urine, passing less urine, and aching, weak muscles. Get urgent care if you have them.',
      questions: [
        'Which signs mean I should go to the emergency room?',
        'Could any of my medicines harm my muscles?',
      ],
    },
    related: ['fulminant-dermatomyositis', 'creatine-kinase', 'myositis', 'myoglobin'],
    sources: [
      {
        publisher: 'Middlesex Health (Mayo Clinic health library)',
        title: 'Rhabdomyolysis',
        url: 'https://middlesexhealth.org/learning-center/definitions/rhabdomyolysis',
      },
      {
        publisher: 'PubMed Central (review)',
        title: 'Rhabdomyolysis (review article)',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1175909',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'clinical-trial',
    name: 'Clinical trial',
    category: 'care',
    aliases: ['clinical study', 'investigational medicine', 'investigational drug', 'randomized trial', 'placebo-controlled trial'],
    summary: 'A clinical trial is a research study that tests whether a new treatment works and is safe.',
    sections: {
      whyInDm:
        'New DM treatments, such as efgartigimod, are being tested in trials. An investigational medicine is one that is not yet approved for the disease and is used only for research. Many trials compare it with a placebo, which looks the same but has no medicine in it. A computer often puts people into groups by chance, like flipping a coin. This is called randomization.',
      howGiven:
        'Joining is your choice, and you can leave at any time. You may or may not be helped yourself, but the results can help others. You often keep taking your usual medicines. Your health is watched closely, and you should tell the study team about any change in how you feel.',
      questions: [
        'Is there a trial that fits my type of DM?',
        'Could I get the placebo, and what happens then?',
        'Will it cost me anything, and will travel be paid for?',
      ],
    },
    related: ['brepocitinib', 'efgartigimod', 'proderm-trial', 'off-label-use', 'total-improvement-score', 'cdasi', 'manual-muscle-testing'],
    sources: [
      {
        publisher: 'U.S. National Institutes of Health',
        title: 'NIH clinical research trials and you: the basics',
        url: 'https://www.nih.gov/health-information/nih-clinical-research-trials-you/basics',
      },
      {
        publisher: 'NIH Clinical Center',
        title: 'FAQs about clinical studies',
        url: 'https://www.cc.nih.gov/recruit/faq-about-clinical-studies',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'immunomodulators',
    name: 'Immunomodulators',
    pronunciation: 'IM-yoo-noh-MOD-yoo-lay-terz',
    category: 'medicine-class',
    aliases: ['immunomodulator', 'immunomodulatory medicine', 'immunomodulatory medication', 'immunomodulatory drug', 'immune-modulating medicine'],
    summary: 'Immunomodulators are medicines that change how the immune system works, to calm the attack in DM.',
    sections: {
      whyInDm:
        'The word is used for many DM medicines. Examples are hydroxychloroquine, methotrexate, azathioprine, mycophenolate, IVIG, rituximab and tacrolimus. The word means any medicine that changes how the immune system works. Some turn it up, to fight germs or cancer. The ones used for DM turn it down or calm it.',
      sideEffects:
        'Because they change the immune system, many of them make infections more likely. In rare cases, medicines that suppress or modify the immune system can let a brain infection called PML take hold.',
      questions: [
        'How does my medicine change my immune system?',
        'Which infections should I watch for?',
      ],
    },
    related: ['immunosuppressant', 'ivig', 'hydroxychloroquine', 'infection-risk', 'pml'],
    sources: [
      {
        publisher: 'National Cancer Institute (NCI Dictionary of Cancer Terms)',
        title: 'Nonspecific immunomodulating agent',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/nonspecific-immunomodulating-agent',
      },
      {
        publisher: 'MSD Manual, Consumer Version',
        title: 'Progressive multifocal leukoencephalopathy (PML)',
        url: 'https://www.msdmanuals.com/home/brain-spinal-cord-and-nerve-disorders/brain-infections/progressive-multifocal-leukoencephalopathy-pml',
      },
      {
        publisher: 'The Myositis Association',
        title: 'Medications',
        url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/',
      },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'contractures',
    name: 'Contractures',
    pronunciation: 'kun-TRAK-cherz',
    category: 'symptom',
    // Not plain "contracture": on ordinary pages it is mostly Dupuytren's contracture of the palm.
    aliases: ['joint contracture'],
    summary: 'A contracture is a joint that gets stuck bent because the muscles and tendons around it have tightened.',
    sections: {
      whyInDm:
        'Tight muscles and tendons limit how far a joint can move. In DM this can happen when weak muscles are not moved much, for example when the disease is very active. Hard calcium lumps under the skin (calcinosis) can also stiffen joints.',
      howGiven:
        'Gentle stretching and moving each joint through its full range helps prevent them, even when DM is very active. A physical therapist can set up a routine for you or your child. Starting early works best.',
      questions: [
        'Which stretches should I do each day?',
        'Can a physical therapist check my joints?',
        'Could calcinosis be stiffening my joints?',
      ],
    },
    related: ['physical-therapy', 'occupational-therapy', 'calcinosis', 'juvenile-dermatomyositis'],
    sources: [
      {
        publisher: 'Reumatologia (2013)',
        title: 'Juvenile dermatomyositis: analysis of the musculoskeletal system and proposed physiotherapy',
        url: 'https://reu.termedia.pl/Juvenile-dermatomyositis-analysis-of-the-musculoskeletal-system-and-proposed-physiotherapy,57174,0,2.html',
      },
      { publisher: 'The Myositis Association', title: 'Calcinosis', url: 'https://www.myositis.org/about-myositis/complications/calcinosis/' },
    ],
    reviewed: '2026-12-06',
  },
  {
    id: 'rheumatoid-arthritis',
    name: 'Rheumatoid arthritis',
    pronunciation: 'ROO-muh-toyd ar-THRY-tis',
    category: 'condition',
    // "RA" is far more often other things (resident assistant, Royal Academy) on ordinary pages.
    aliases: [{ text: 'RA', searchOnly: true }],
    summary: 'Rheumatoid arthritis is an immune disease that attacks the lining of the joints and makes them swollen, stiff and painful.',
    sections: {
      whyInDm:
        'Several medicines used or tested in DM are approved for it, so you will see it on their labels. Examples are abatacept and some JAK inhibitors. It can also overlap with myositis in the same person. A medicine labeled for it does not mean you have it.',
      howGiven:
        'Symptoms can come in flares. Over time it can damage the joint, the cartilage and nearby bone. Treatment includes medicines, physical and occupational therapy, and sometimes surgery.',
      questions: [
        'Why does my DM medicine’s label talk about rheumatoid arthritis?',
        'Are my joint pains from DM or from another condition?',
      ],
    },
    related: ['overlap-myositis', 'abatacept', 'jak-inhibitors', 'off-label-use'],
    sources: [
      { publisher: 'East Lothian Council (A Better Life)', title: 'Rheumatoid arthritis', url: 'https://abetterlife.eastlothian.gov.uk/Conditions/RheumatoidArthritis' },
      {
        publisher: 'The Myositis Association',
        title: 'Overlapping autoimmune diseases',
        url: 'https://www.myositis.org/about-myositis/complications/overlapping-autoimmune-diseases/',
      },
      {
        publisher: 'The Myositis Association',
        title: 'Trial to evaluate efficacy and safety of abatacept',
        url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/trial-evaluate-efficacy-safety-abatacept/',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'systemic-treatment',
    name: 'Systemic treatment',
    category: 'care',
    aliases: ['systemic therapy', 'systemic medicine', 'systemic disease'],
    summary: 'Systemic treatment is medicine that travels in the blood to reach the whole body, not just one spot.',
    sections: {
      whyInDm:
        'Pills, shots and drips are systemic: steroid tablets, methotrexate and IVIG all reach the whole body. A cream on the skin is a local treatment instead. DM itself is called a systemic disease, because besides the muscles and skin it can affect other organs, such as the lungs and heart.',
      howGiven:
        'DM rashes often need systemic treatment when creams are not enough. Because these medicines reach the whole body, their side effects can show up anywhere, so they often need regular checks.',
      questions: [
        'Do I need systemic treatment, or are creams enough for now?',
        'Which checks do my systemic medicines need?',
      ],
    },
    related: ['topical-corticosteroids', 'corticosteroids', 'immunosuppressant', 'dermatomyositis'],
    sources: [
      {
        publisher: 'National Cancer Institute',
        title: 'NCI Dictionary of Cancer Terms: systemic therapy',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/systemic-therapy',
      },
      { publisher: 'Moffitt Cancer Center', title: 'Systemic therapy', url: 'https://www.moffitt.org/treatments/systemic-therapy/' },
      {
        publisher: 'Myositis Support and Understanding',
        title: 'Dermatomyositis',
        url: 'https://understandingmyositis.org/category/myositis/dermatomyositis/',
      },
    ],
    reviewed: '2026-12-06',
  },
];
