/**
 * Spanish cards for the last entries without one (part LASTB, issue #23 item 2):
 * rarer complications, everyday symptoms, trial scores and trial results. Plain
 * Spanish, never a dose; held to tests/unit/spanish-cards.test.ts like the rest.
 *
 * Sourcing: a Spanish-language page on an allow-listed host where the search
 * found one (marked "Spanish"); where none was found, the card is written from
 * the authoritative English sources its English entry cites, retrieved again for
 * this card and checked fact by fact (marked "English"). A fact no retrieved
 * source backed was left out rather than translated from memory.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
/*
 * Shared sources (one object per page, glossary/es/sources.ts), and what each backs here:
 * ACTAS_NEW_AUTOANTIBODIES (Spanish): specific versus associated (overlap) antibodies;
 * MAYO_DM_TREATMENT (Spanish): blood tests for autoantibodies guide treatment, no cure but treatment helps;
 * PMC_ANTI_MDA5 (Spanish): rapidly progressive lung disease in anti-MDA5 DM must be looked for early;
 * ACTAS_DM_SERIES (Spanish): most do well but need long treatment;
 * MEDLINEPLUS_DAPSONE (English): a G6PD test before dapsone (glossary-facts.md #42);
 * TMA_IVIG (English): IVIG for hard-to-treat DM, aseptic meningitis and clots among its rare serious effects, slower infusions in DM;
 * SKIN_REMISSION_STUDY (English): 38% of adults reached skin remission within three years;
 * PRODERM_NEJM (English): the ProDERM design and results.
 */
import { ACTAS_DM_SERIES, ACTAS_NEW_AUTOANTIBODIES, MAYO_DM_TREATMENT, MEDLINEPLUS_DAPSONE, PMC_ANTI_MDA5, PRODERM_NEJM, SKIN_REMISSION_STUDY, TMA_IVIG } from './sources';

const REVIEWED = '2026-12-06';

// --- G6PD deficiency ---------------------------------------------------------

/** Spanish: the commonest red-cell enzyme defect, protects the red cell; most people have no symptoms; red cells break down with some medicines, infections or foods; with broad beans it is called favism; the main care is avoiding the triggers. */
const PAP_G6PD_REVIEW: Source = {
  publisher: 'Pediatría Atención Primaria (Asociación Española de Pediatría de Atención Primaria), en SciELO España',
  title: 'Déficit de glucosa-6-fosfato deshidrogenasa: revisión a propósito de un caso',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1139-76322015000500014&lng=es&nrm=iso&tlng=es',
};
/** English: lifelong and inherited, commoner in males, a normal life when certain foods and drugs are avoided; its lists of medicines that can break red cells (antimalarials, antibacterials); signs to have checked. The English card's source. */
const LEEDS_G6PD: Source = {
  publisher: 'Leeds Teaching Hospitals NHS Trust',
  title: 'G6PD deficiency',
  url: 'https://www.leedsth.nhs.uk/patients/resources/g6pd-deficiency-2/',
};
/** English: the groups in which it is commonest, the blood test, the signs of red cells breaking down. The English card's source. */
const AKH_G6PD: Source = {
  publisher: 'AboutKidsHealth (The Hospital for Sick Children)',
  title: 'G6PD deficiency',
  url: 'https://aboutkidshealth.ca/pt/healthaz/genetics/g6pd-deficiency',
};

// --- Aseptic meningitis ----------------------------------------------------

/** English: from a passing headache to vomiting, pain from light, a stiff neck and a bad headache; most within 48 hours, some up to seven days; a slow, dilute first infusion, plenty to drink, pain medicine first and a slower rate next time. The English card's source. */
const BMJ_IVIG_MENINGITIS: Source = {
  publisher: 'PubMed Central (The BMJ, 1998)',
  title: 'Management of aseptic meningitis secondary to intravenous immunoglobulin',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1112825',
};

// --- Sleep problems on steroids --------------------------------------------

/** English: one dose with breakfast, so it is less likely to affect sleep; the dose is lowered before stopping, to avoid withdrawal symptoms. The English card's source. */
const NHS_PREDNISOLONE_HOW: Source = {
  publisher: 'NHS',
  title: 'How and when to take prednisolone tablets and liquid',
  url: 'https://www.nhs.uk/medicines/prednisolone/how-and-when-to-take-prednisolone-tablets-and-liquid/',
};
/** English: take it in the morning so it does not keep you awake; insomnia is among its commonest side effects; do not stop it suddenly. */
const NHS_PREDNISOLONE_ABOUT: Source = {
  publisher: 'NHS',
  title: 'About prednisolone tablets and liquid',
  url: 'https://www.nhs.uk/medicines/prednisolone/about-prednisolone-tablets-and-liquid/',
};
/** English: regular hours, a quiet dark room, exercise but not late, less caffeine in the evening, not too much food late, relax before bed. */
const NHS_INSOMNIA_TIPS: Source = {
  publisher: 'NHS',
  title: '10 tips to beat insomnia',
  url: 'https://www.nhs.uk/Livewell/insomnia/Pages/insomniatips.aspx',
};
/** English: fatigue is common in myositis; sleeplessness from pain or steroids, especially taken later in the day; sleep apnoea, low mood and medicines as other causes. The English card's source. */
const HSS_MYOSITIS_FATIGUE: Source = {
  publisher: 'Hospital for Special Surgery',
  title: 'Myositis and fatigue',
  url: 'https://hss.edu/conditions_myositis-fatigue.asp',
};

// --- Contractures ------------------------------------------------------------

/** Spanish: a contracture shortens muscle or other tissue; it can come from wasting, scarring, long illness or lack of use; it can make a joint impossible to move normally; physiotherapy among the treatments. */
const KAISER_CONTRACTURE_ES: Source = {
  publisher: 'Kaiser Permanente (en español)',
  title: 'Contractura',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.d50539205',
};
/** Spanish: stiffness of muscle, tendons, ligaments or skin that stops normal movement; elastic tissue replaced by tissue that does not stretch; lack of use from immobility a common cause; the physiotherapy exercises go on at home. */
const MEDLINEPLUS_CONTRACTURE_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Deformidad por contractura',
  url: 'https://medlineplus.gov/spanish/ency/article/003185.htm',
};
/** English: in juvenile DM, early physiotherapy prevents contractures and loss of movement. The English card's source. */
const TERMEDIA_JDM_PHYSIO: Source = {
  publisher: 'Reumatologia (2013)',
  title: 'Juvenile dermatomyositis: analysis of the musculoskeletal system and proposed physiotherapy',
  url: 'https://reu.termedia.pl/Juvenile-dermatomyositis-analysis-of-the-musculoskeletal-system-and-proposed-physiotherapy,57174,0,2.html',
};
/** English: calcinosis lumps around joints can cause contractures. The English card's source. */
const TMA_CALCINOSIS: Source = {
  publisher: 'The Myositis Association',
  title: 'Calcinosis',
  url: 'https://www.myositis.org/about-myositis/complications/calcinosis/',
};

// --- Brain fog -----------------------------------------------------------------

/** Spanish (about lupus, the same complaint): trouble remembering names, dates and appointments; it can come and go; a cognitive therapist can help; write things down, one task at a time, exercise, eat well, sleep enough, keep one calendar with reminders. */
const LFA_LUPUS_MEMORY_ES: Source = {
  publisher: 'Lupus Foundation of America (en español)',
  title: 'Cómo el lupus afecta la memoria',
  url: 'https://lupus.org/es/midwest/resources/como-el-lupus-afecta-la-memoria',
};
/** English: many with rheumatic diseases report brain fog; forgetting, second-guessing, misreading directions, losing group talks; invisible but it affects home, work and safety. The English card's source. */
const RHEUMATOLOGIST_COGNITION: Source = {
  publisher: 'The Rheumatologist (American College of Rheumatology)',
  title: 'Exploring cognitive dysfunction in rheumatology',
  url: 'https://www.the-rheumatologist.org/?p=64401',
};

// --- Antibodies: anti-Mi-2 and the myositis-associated ones -----------------

/** Spanish: the specific antibodies (anti-Mi-2 among them) and the associated ones (anti-PM/Scl, anti-U1-RNP, anti-Ku, anti-Ro), read with the clinical signs; serology now in the classification criteria. */
const NEUROL_ARG_MYOSITIS_ANTIBODIES: Source = {
  publisher: 'Neurología Argentina (Sociedad Neurológica Argentina), en Elsevier',
  title: 'Utilidad de la identificación de anticuerpos en las miopatías inflamatorias',
  url: 'https://elsevier.es/es-revista-neurologia-argentina-301-articulo-utilidad-identificacion-anticuerpos-miopatias-inflamatorias-S1853002823000599',
};
/** English: anti-Mi-2β in 40 of 357 people with DM: more V sign, shawl sign and weakness, less lung disease and cancer; levels follow disease activity; most reached remission. The English card's source. */
const EJD_ANTI_MI2: Source = {
  publisher: 'European Journal of Dermatology (2020)',
  title: 'Anti-Mi-2 antibodies characterize a distinct clinical subset of dermatomyositis with favourable prognosis',
  url: 'https://link.springer.com/10.1684/ejd.2020.3750',
};
/** English: the Johns Hopkins cohort behind "less calcinosis" (glossary-facts.md #19). The English card's source. */
const NEUROLOGY_ANTI_MI2: Source = {
  publisher: 'Neurology (2019), via PubMed',
  title: 'Anti-Mi2 dermatomyositis: Johns Hopkins cohort',
  url: 'https://pubmed.ncbi.nlm.nih.gov/31594859/',
};
/** English, on a Brazilian SciELO host: with anti-Mi-2, higher muscle enzymes at onset, less lung involvement and more remission. */
const ADV_RHEUMATOL_ANTI_MI2: Source = {
  publisher: 'Advances in Rheumatology (Sociedade Brasileira de Reumatologia, 2019), en SciELO Brasil',
  title: 'Frequency and clinical relevance of anti-Mi-2 autoantibody in adult Brazilian patients with dermatomyositis',
  url: 'https://www.scielo.br/scielo.php?script=sci_arttext&pid=S2523-31062019000100220&lang=en',
};
/** English: associated antibodies (anti-PM/Scl, anti-Ku, anti-Ro52, anti-U1RNP) are found mostly in overlap syndromes and are less specific; anti-PM/Scl and anti-Ku in overlap with scleroderma. */
const ATM_MYOSITIS_AUTOANTIBODIES: Source = {
  publisher: 'Annals of Translational Medicine (AME Publishing, narrative review)',
  title: 'Narrative review of autoantibodies in idiopathic inflammatory myopathies',
  url: 'https://atm.amegroups.org/article/view/85373/html',
};
/** English: in scleroderma-myositis overlap, anti-PM/Scl and anti-Ku are markers of lung disease. The English card's source. */
const PMC_ILD_AUTOANTIBODIES: Source = {
  publisher: 'PubMed Central (review, Ther Adv Musculoskelet Dis)',
  title: 'Autoantibodies as markers of interstitial lung disease in autoimmune rheumatic disorders',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8320553/',
};
/** English: myositis autoantibodies, their detection and what they mean for diagnosis and outlook. The English card's source. */
const PALTERER_MYOSITIS_AUTOANTIBODIES: Source = {
  publisher: 'Clinical and Molecular Allergy (Palterer et al., 2018)',
  title: 'Bench to bedside review of myositis autoantibodies',
  url: 'https://clinicalmolecularallergy.biomedcentral.com/articles/10.1186/s12948-018-0084-9',
};

// --- Low antibody levels after rituximab ---------------------------------------

/** English: 243 people given rituximab for multi-system autoimmune disease: 26% had low IgG at the start, 56% at some point, often not sustained; IgG replacement for recurrent infection; monitoring may help. The English card's source. */
const JAUTOIMMUN_RTX_HYPOGAMMA: Source = {
  publisher: 'PubMed (J Autoimmun 2015)',
  title: 'Rituximab-associated hypogammaglobulinemia: incidence, predictors and outcomes in patients with multi-system autoimmune disease',
  url: 'https://pubmed.ncbi.nlm.nih.gov/25556904/',
};
/** English: rituximab removes B cells; low antibody levels bring more bacterial infections; some experts advise measuring them before rituximab and before each new course. The English card's source. */
const RHEUMATOL_INT_RTX_HYPOGAMMA: Source = {
  publisher: 'Rheumatology International (2021)',
  title: 'Article on hypogammaglobulinemia after rituximab in autoimmune rheumatic diseases',
  url: 'https://link.springer.com/doi/10.1007/s00296-021-04847-x',
};

// --- Fulminant DM ----------------------------------------------------------------

/** English: a case of DM that got worse over weeks until the man could hardly walk, with a very high CK; the English card's source for the term. */
const JDD_FULMINANT_DM: Source = {
  publisher: 'Journal of Drugs in Dermatology (case report, 2011)',
  title: 'Fulminant dermatomyositis with flagellate erythema',
  url: 'https://jddonline.com/articles/dermatology/S1545961611P0902X',
};
/** English: severe myositis (severe weakness, breathing failure, severe swallowing trouble) starts with steroids through a vein; IVIG as an added treatment. */
const BMJ_BP_IIM_TREATMENT: Source = {
  publisher: 'BMJ Best Practice',
  title: 'Idiopathic inflammatory myopathies: treatment algorithm',
  url: 'https://bestpractice.bmj.com/topics/en-gb/180/treatment-algorithm',
};

// --- Remission -----------------------------------------------------------------------

/** English: definitions of remission vary; some on medicine, some only off it; most need six months or more. The English card's source. */
const AUTOIMMUN_REV_REMISSION: Source = {
  publisher: 'Autoimmunity Reviews (Myositis Clinical Trials Consortium, 2025), via PubMed',
  title: 'Remission and low disease activity definitions in adult idiopathic inflammatory myopathies: a narrative review',
  url: 'https://pubmed.ncbi.nlm.nih.gov/40669680/',
};
/** English: skin DM followed with the CDASI for two years or more: most had a course with flares that came and went. */
const JAAD_CDASI_COURSE: Source = {
  publisher: 'Journal of the American Academy of Dermatology (2018), via PubMed',
  title: 'Cutaneous dermatomyositis disease course followed over time using the Cutaneous Dermatomyositis Disease Area and Severity Index',
  url: 'https://pubmed.ncbi.nlm.nih.gov/29066273/',
};

// --- Scores used in myositis trials ---------------------------------------------

/** English: the CDASI was made for trials and for following one person over time; a 4- or 5-point change in activity matched a change doctors counted as real. The English card's source. */
const BJD_CDASI_VALIDATION: Source = {
  publisher: 'British Journal of Dermatology, via PubMed Central',
  title: 'Validation of the Cutaneous Dermatomyositis Disease Area and Severity Index (CDASI)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4878996',
};
/** English: the modified CDASI has activity and damage measures, scored separately. The English card's source. */
const BJD_CDASI_MODIFIED: Source = {
  publisher: 'British Journal of Dermatology, via PubMed Central',
  title: 'Modification of the Cutaneous Dermatomyositis Disease Area and Severity Index',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2852630',
};
/** English: activity is what inflammation causes now and can reverse; damage is the lasting change left by past disease or treatment; the six core measures of activity. */
const IMACS_TOOLS: Source = {
  publisher: 'National Institute of Environmental Health Sciences (NIH), IMACS',
  title: 'IMACS disease activity and damage core set measures',
  url: 'https://www.niehs.nih.gov/research/resources/imacs/abouttools/',
};
/** English: the MMT-8 tests eight muscle groups on one side (neck flexors, deltoid, biceps, wrist extensors, two hip muscles, quadriceps, ankle), each on a 0-10 scale. The English card's source. */
const RIDER_MMT8: Source = {
  publisher: 'Arthritis Care & Research (Rider et al., 2010)',
  title: 'Validation of manual muscle testing and a subset of eight muscles for adult and juvenile idiopathic inflammatory myopathies',
  url: 'https://doi.org/10.1002/acr.20035',
};
/** English: the MMT-8 total is reliable, single muscle groups much less so; quicker than a dynamometer. The English card's source. */
const PLOS_MMT_HHD: Source = {
  publisher: 'PLoS One, via PubMed Central',
  title: 'Manual muscle testing and hand-held dynamometry in people with inflammatory myopathy',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5875759',
};
/** English: six core measures, weighted, give a Total Improvement Score of 0-100 with thresholds for minimal, moderate and major improvement; accepted by ACR and EULAR; recommended as the main result of myositis trials. The English card's source. */
const IMACS_RESPONSE_CRITERIA: Source = {
  publisher: 'National Institute of Environmental Health Sciences (NIH)',
  title: 'IMACS myositis response criteria',
  url: 'https://www.niehs.nih.gov/research/resources/imacs/response_criteria/',
};
/** English: the ACR and EULAR approved the criteria in 2017 for the 2016 work; a 0-100 score with different thresholds for adults and children. The English card's source. */
const RHEUMATOLOGIST_RESPONSE_CRITERIA: Source = {
  publisher: 'The Rheumatologist (American College of Rheumatology)',
  title: 'ACR/EULAR response criteria approved for adult, juvenile myositis',
  url: 'https://www.the-rheumatologist.org/article/acreular-response-criteria-approved-adult-juvenile-myositis/2',
};

// --- ProDERM -----------------------------------------------------------------------

/** English: the trial's registration: prospective, double-blind, randomised, placebo-controlled phase III study of Octagam 10% in DM. */
const CT_GOV_PRODERM: Source = {
  publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
  title: 'ProDERM study: Octagam 10% in patients with dermatomyositis (NCT02728752)',
  url: 'https://clinicaltrials.gov/study/NCT02728752',
};
/** English: the FDA approved Octagam 10% for adult DM on 15 July 2021, on the ProDERM results. The English card's source. */
const RHEUMATOLOGIST_OCTAGAM_FDA: Source = {
  publisher: 'The Rheumatologist (American College of Rheumatology), September 2021',
  title: 'FDA grants Octapharma 7-year market exclusivity for Octagam 10%',
  url: 'https://www.the-rheumatologist.org/article/fda-grants-ivig-7-year-market-exclusivity-to-treat-adults-with-dermatomyositis',
};

export const SPANISH_CARDS_LASTB: Readonly<Record<string, SpanishCard>> = {
  'g6pd-deficiency': {
    summary:
      'El déficit de G6PD es la falta de una enzima que protege los glóbulos rojos. Por eso algunos medicamentos y alimentos pueden romperlos.',
    sections: {
      whyInDm:
        'La dapsona, que a veces se usa para las manchas de la DM, puede romper los glóbulos rojos de quien tiene este déficit. Los médicos lo llaman hemólisis. Por eso se hace un análisis antes de empezarla. El cotrimoxazol (Septrin) también puede hacerlo. Es el antibiótico que se usa para prevenir la neumonía PJP. Lo mismo pasa con otros antibióticos y con medicamentos para la malaria, como la primaquina. Algunas listas nombran también la hidroxicloroquina y la cloroquina. Si lo tiene, dígalo a cada médico y farmacéutico.',
      howGiven:
        'No tiene cura. Pero la mayoría de las personas están bien si evitan lo que lo dispara: algunos medicamentos y las habas. Cuando lo causan las habas, se llama favismo. Dura toda la vida y se hereda en la familia. Es más frecuente en los hombres. Es más común en familias de África, del Mediterráneo, del Caribe y del sudeste de Asia. Un análisis de sangre lo detecta.',
      sideEffects:
        'Estas son señales de que se rompen glóbulos rojos: piel pálida, un cansancio raro, el corazón rápido o falta de aire, piel u ojos amarillos y orina oscura. Si aparecen, busque ayuda médica pronto.',
      questions: ['¿Me han hecho el análisis de la G6PD?', '¿Cuáles de mis medicamentos son seguros con este déficit?', '¿Qué señales deben hacer que le llame?'],
    },
    sources: [PAP_G6PD_REVIEW, LEEDS_G6PD, AKH_G6PD, MEDLINEPLUS_DAPSONE],
    reviewed: REVIEWED,
  },
  'aseptic-meningitis': {
    summary:
      'La meningitis aséptica es una inflamación de las capas que cubren el cerebro que no viene de un germen. La IGIV es una causa rara.',
    sections: {
      whyInDm:
        'La IGIV se usa cuando la DM es difícil de tratar. Su prospecto avisa de este efecto raro. No es una infección. Suele irse sola en pocos días.',
      howGiven:
        'Poner la IGIV más despacio y beber mucho líquido puede bajar el riesgo. Mucha cantidad puesta rápido lo sube. También lo sube haber tenido migrañas. Si ya le pasó, su equipo puede poner el siguiente goteo más lento o darle antes un calmante para el dolor.',
      sideEffects:
        'Las señales son un dolor de cabeza fuerte, el cuello rígido o dolorido, fiebre, molestia con la luz, ganas de vomitar o vómitos, y sueño. Casi siempre empiezan en los dos días después del goteo. Pero pueden llegar hasta una semana más tarde. Busque ayuda médica pronto: hay que descartar una infección de verdad.',
      questions: ['¿Cómo bajamos el riesgo en mi próximo goteo?', '¿Qué hago si tengo un dolor de cabeza fuerte después de la IGIV?', '¿Importa que yo tenga migrañas?'],
    },
    sources: [BMJ_IVIG_MENINGITIS, TMA_IVIG],
    reviewed: REVIEWED,
  },
  'steroid-sleep-problems': {
    summary: 'Los corticoides en pastillas, como la prednisona, a menudo hacen difícil dormirse o seguir dormido.',
    sections: {
      whyInDm:
        'La mayoría de las personas con DM toman corticoides durante meses. Pueden quitar el sueño. Es más fácil que pase si se toman más tarde en el día. Dormir mal aumenta el cansancio y la niebla mental de día.',
      howGiven:
        'El servicio de salud inglés (NHS) aconseja tomar la prednisolona una vez al día, por la mañana, con el desayuno. Así es menos fácil que le quite el sueño. Pregunte a su equipo antes de cambiar la hora de la toma. Nunca deje los corticoides de golpe. También ayudan hábitos sencillos. Acuéstese y levántese a la misma hora. Relájese antes de ir a la cama. Tenga el cuarto oscuro y en silencio. Evite el café por la tarde y las cenas grandes. Haga ejercicio, pero no justo antes de dormir.',
      sideEffects:
        'Avise a su equipo si duerme mal durante semanas. Avise también si le han dicho que se ahoga o deja de respirar mientras duerme.',
      questions: ['¿Puedo tomar toda la dosis de corticoide por la mañana?', '¿Otro de mis medicamentos me puede quitar el sueño?', '¿Dormiré mejor cuando baje la dosis de corticoide?'],
    },
    sources: [NHS_PREDNISOLONE_HOW, NHS_PREDNISOLONE_ABOUT, NHS_INSOMNIA_TIPS, HSS_MYOSITIS_FATIGUE],
    reviewed: REVIEWED,
  },
  contractures: {
    summary: 'Una contractura es una articulación que se queda doblada porque se han acortado los músculos y tendones de alrededor.',
    sections: {
      whyInDm:
        'Los músculos y tendones rígidos no dejan que la articulación se mueva del todo. En la DM puede pasar cuando los músculos débiles se mueven poco, por ejemplo cuando la enfermedad está muy activa. Los bultos duros de calcio bajo la piel (calcinosis) también pueden poner rígidas las articulaciones.',
      howGiven:
        'Estirar con suavidad y mover cada articulación hasta el final ayuda a evitarlas, incluso cuando la DM está muy activa. Un fisioterapeuta puede preparar ejercicios para usted o para su hijo. Es mejor empezar pronto. Siga con los ejercicios en casa.',
      sideEffects: 'Avise a su equipo si nota que mueve menos una articulación, o si le parece que se está formando una contractura.',
      questions: ['¿Qué estiramientos debo hacer cada día?', '¿Me puede revisar las articulaciones un fisioterapeuta?', '¿Puede la calcinosis estar poniendo rígidas mis articulaciones?'],
    },
    sources: [KAISER_CONTRACTURE_ES, MEDLINEPLUS_CONTRACTURE_ES, TERMEDIA_JDM_PHYSIO, TMA_CALCINOSIS],
    reviewed: REVIEWED,
  },
  'brain-fog': {
    summary: 'La niebla mental es un nombre común para cuando se piensa más lento o con menos claridad.',
    sections: {
      whyInDm:
        'Muchas personas con enfermedades reumáticas dicen que no piensan tan claro como antes. Puede olvidar cosas o dudar de lo que acaba de hacer. Puede entender mal unas indicaciones o perderse en una charla de grupo. Los demás no lo ven, pero es real. Puede afectar a la casa, al trabajo y a la seguridad. En la miositis suele venir con cansancio. Pueden influir dormir mal, el ánimo bajo, moverse poco y algunos medicamentos, como los corticoides. Los corticoides tomados tarde pueden quitar el sueño.',
      howGiven:
        'Cuénteselo a su equipo. Solo con nombrarlo en la consulta puede empezar una charla útil. Pueden buscar causas que se tratan, como el mal sueño, el ánimo bajo o un efecto de un medicamento. A muchos les ayudan hábitos sencillos: seguir una rutina diaria, apuntar las tareas, poner avisos en el teléfono y seguir activo. Haga una sola cosa cada vez. Un terapeuta puede enseñarle trucos para la memoria.',
      sideEffects: 'Avise a su equipo si la niebla empeora o si hace que las tareas diarias no sean seguras.',
      questions: [
        '¿Pueden mis medicamentos o mi sueño causar la niebla mental?',
        '¿Puede el ánimo bajo ser parte de mi niebla mental?',
        '¿Me podría ayudar un terapeuta con la memoria y la atención en el trabajo?',
      ],
    },
    sources: [LFA_LUPUS_MEMORY_ES, RHEUMATOLOGIST_COGNITION, HSS_MYOSITIS_FATIGUE],
    reviewed: REVIEWED,
  },
  'anti-mi-2': {
    summary: 'El anti-Mi-2 es un anticuerpo de la DM clásica, la forma que suele responder bien al tratamiento.',
    sections: {
      whyInDm:
        'Quien lo tiene suele tener manchas muy visibles en la piel, como una mancha en forma de V en el pecho o una mancha sobre los hombros. También suele tener mucha debilidad en los músculos y la CK alta. En los estudios, estas personas respondieron bien al tratamiento y les fue bien con los años. Tuvieron menos daño en los pulmones, menos calcinosis y menos cáncer que las personas sin anticuerpo.',
      howGiven:
        'Se mide con un análisis de sangre, junto con los otros anticuerpos de la miositis. El resultado es una pieza más: su médico lo mira junto con su piel, su fuerza y otras pruebas.',
      sideEffects: 'La cantidad de anticuerpo en la sangre puede subir y bajar con la actividad de la enfermedad.',
      questions: ['¿Qué quiere decir este anticuerpo para mi futuro?', '¿Repetiremos el análisis para seguir mi enfermedad?', '¿Sigo necesitando revisiones de cáncer o de los pulmones?'],
    },
    sources: [NEUROL_ARG_MYOSITIS_ANTIBODIES, MAYO_DM_TREATMENT, EJD_ANTI_MI2, NEUROLOGY_ANTI_MI2, ADV_RHEUMATOL_ANTI_MI2],
    reviewed: REVIEWED,
  },
  'myositis-associated-antibodies': {
    summary: 'Los anticuerpos asociados a miositis son marcas en la sangre que pueden salir en la DM, pero también en otras enfermedades de las defensas.',
    sections: {
      whyInDm:
        'Se buscan en el mismo análisis que los anticuerpos específicos de miositis. Pero, a diferencia de esos, no son solo de la miositis. Algunos ejemplos son el anti-Ro52, el anti-PM-Scl y el anti-Ku. Salen sobre todo cuando la miositis se junta con otra enfermedad, como la esclerodermia. El anti-PM-Scl y el anti-Ku pueden avisar de daño en los pulmones en estos casos.',
      howGiven:
        'Es un análisis de sangre. El resultado es una pieza más del rompecabezas: su médico lo mira junto con sus síntomas y otras pruebas.',
      sideEffects: 'Un resultado positivo no quiere decir, por sí solo, que tenga otra enfermedad.',
      questions: ['¿Qué anticuerpos salieron en mi sangre?', '¿Cambian mi riesgo de problemas en los pulmones?', '¿Necesito revisiones por otra enfermedad de las defensas?'],
    },
    sources: [ACTAS_NEW_AUTOANTIBODIES, NEUROL_ARG_MYOSITIS_ANTIBODIES, ATM_MYOSITIS_AUTOANTIBODIES, PMC_ILD_AUTOANTIBODIES, PALTERER_MYOSITIS_AUTOANTIBODIES],
    reviewed: REVIEWED,
  },
  hypogammaglobulinemia: {
    summary: 'La hipogammaglobulinemia quiere decir que tiene pocos anticuerpos, las proteínas que luchan contra los gérmenes. Por eso enferma con más facilidad.',
    sections: {
      whyInDm:
        'El rituximab funciona quitando las células B, que son las que fabrican los anticuerpos. Con el tiempo, esto puede bajar los anticuerpos. En un estudio de personas con rituximab por enfermedades de las defensas, una de cada cuatro ya los tenía bajos antes del primer goteo. Más de la mitad los tuvo bajos en algún momento, aunque a menudo volvieron a subir. Las personas con los anticuerpos bajos tienen, de media, más infecciones.',
      howGiven:
        'Un análisis de sangre mide sus anticuerpos. Algunos expertos aconsejan medirlos antes del rituximab y antes de cada nuevo ciclo. Si están bajos y tiene infecciones una y otra vez, le pueden poner anticuerpos, como IGIV.',
      sideEffects: 'Avise a su equipo de las infecciones que vuelven una y otra vez o que tardan en curarse.',
      questions: ['¿Me han medido los anticuerpos?', '¿Qué pasa si están bajos?', '¿Qué infecciones debo avisar?'],
    },
    sources: [JAUTOIMMUN_RTX_HYPOGAMMA, RHEUMATOL_INT_RTX_HYPOGAMMA],
    reviewed: REVIEWED,
  },
  'fulminant-dermatomyositis': {
    summary: 'La DM fulminante es un nombre que usan algunos médicos para la DM que empeora mucho en días o semanas.',
    sections: {
      whyInDm:
        'No es un tipo oficial de DM, pero describe una urgencia. Las señales pueden ser una debilidad que crece rápido, no poder andar o tragar, o que cueste respirar. En la DM con anticuerpos anti-MDA5, los pulmones pueden empeorar rápido. Por eso hay que buscar ese daño pronto.',
      howGiven:
        'La DM grave se trata enseguida, a menudo en el hospital. El tratamiento suele empezar con corticoides fuertes por la vena. A menudo se añaden la IGIV y otros medicamentos que calman las defensas.',
      sideEffects: 'Vaya a urgencias si la debilidad crece rápido, si no puede tragar o si le falta el aire.',
      questions: ['¿Qué señales quieren decir que debo ir a urgencias?', '¿A quién llamo si empeora cómo trago o cómo respiro?', '¿Qué tratamiento me darían en el hospital?'],
    },
    sources: [PMC_ANTI_MDA5, JDD_FULMINANT_DM, BMJ_BP_IIM_TREATMENT],
    reviewed: REVIEWED,
  },
  remission: {
    summary: 'La remisión es un tiempo en que la enfermedad está tranquila, con pocas señales o ninguna.',
    sections: {
      whyInDm:
        'Algunas personas con DM llegan a ella con el tratamiento. Los médicos usan la palabra de varias formas. Puede querer decir que la DM está tranquila mientras sigue con los medicamentos, o tranquila después de dejarlos. Casi todas las definiciones piden que dure al menos seis meses. La piel puede tardar en limpiarse: en un estudio, unos cuatro de cada diez adultos con DM tuvieron la piel limpia en tres años.',
      howGiven:
        'Su equipo decide si está en remisión mirando su fuerza, su piel y sus análisis de sangre. El tratamiento de la DM suele ser largo.',
      sideEffects:
        'Incluso en remisión, siga con sus revisiones, porque la DM puede volver. Nunca deje un medicamento por su cuenta. Si es seguro, su equipo lo bajará poco a poco.',
      questions: ['¿Estoy en remisión, y qué quiere decir para mis medicamentos?', '¿Podría dejar algún medicamento algún día, y cómo lo haríamos?', '¿Qué señales quieren decir que la DM vuelve?'],
    },
    sources: [AUTOIMMUN_REV_REMISSION, SKIN_REMISSION_STUDY, JAAD_CDASI_COURSE, MAYO_DM_TREATMENT, ACTAS_DM_SERIES, NHS_PREDNISOLONE_HOW],
    reviewed: REVIEWED,
  },
  cdasi: {
    summary: 'El CDASI es una puntuación que muestra cuánta actividad tienen las manchas de la DM y cuánto daño duradero han dejado en la piel.',
    sections: {
      whyInDm:
        'Se creó para los ensayos clínicos y para seguir a una misma persona con el tiempo. Da dos números. La actividad es la enfermedad de la piel que está activa ahora y puede mejorar. El daño son los cambios duraderos que el tratamiento no puede quitar. En un estudio, una bajada de unos 4 o 5 puntos en la actividad coincidió con lo que los médicos veían como un cambio real.',
      howGiven: 'Un médico mira su piel, zona por zona, y suma los puntos. No hay agujas ni escáneres.',
      sideEffects: 'Cuanto más alto es el número, más enfermedad hay en la piel.',
      questions: ['¿Cuál es mi CDASI ahora, y cómo ha cambiado?', '¿Mi piel está activa, o es daño que ya queda?', '¿El ensayo al que podría ir usa una puntuación de la piel?'],
    },
    sources: [BJD_CDASI_VALIDATION, BJD_CDASI_MODIFIED, IMACS_TOOLS],
    reviewed: REVIEWED,
  },
  'manual-muscle-testing': {
    summary: 'La prueba muscular manual mide la fuerza: usted aguanta quieto mientras un médico o un terapeuta empuja su brazo, su pierna o su cuello.',
    sections: {
      whyInDm:
        'La debilidad es la señal principal de la miositis. Por eso se mide la fuerza en las consultas y en los ensayos. El MMT-8 prueba ocho grupos de músculos de un lado del cuerpo: el cuello, el hombro, la parte de arriba del brazo, la muñeca, dos músculos de la cadera, el muslo y el tobillo. Cada uno recibe de 0 a 10 puntos, y la suma muestra los cambios con el tiempo.',
      howGiven:
        'Dura unos minutos y no necesita aparatos. Usted aguanta una postura mientras la persona que le examina empuja en contra. Intente hacer cada vez su esfuerzo de siempre, para poder comparar los números.',
      sideEffects: 'La suma total es fiable. El número de un solo músculo lo es mucho menos.',
      questions: ['¿Qué puntuación saqué, y está mejorando?', '¿Cuáles de mis músculos son los más débiles?', '¿Debería medir mi fuerza también un fisioterapeuta?'],
    },
    sources: [RIDER_MMT8, PLOS_MMT_HHD],
    reviewed: REVIEWED,
  },
  'total-improvement-score': {
    summary: 'La puntuación de mejoría total es un número de 0 a 100 que muestra cuánto ha mejorado su miositis en un ensayo.',
    sections: {
      whyInDm:
        'Suma el cambio en seis medidas básicas. Entre ellas están cuánta actividad cree el médico que tiene la enfermedad, su fuerza, las enzimas del músculo en la sangre y cómo valora usted su salud. Unas cuentan más que otras. Con el total, la mejoría se llama mínima, moderada o mayor. Son criterios de 2016, aprobados por dos grandes grupos de expertos en reumatología, de Estados Unidos (ACR) y de Europa (EULAR). Los expertos aconsejan que los ensayos de medicamentos para la miositis la usen como su resultado principal.',
      howGiven: 'Se calcula con los resultados de sus visitas, así que no hay una prueba más.',
      sideEffects: 'Un número más alto quiere decir más mejoría. Se usa sobre todo en la investigación, así que puede que su clínica no la use.',
      questions: ['¿Cómo medirán mi mejoría en este ensayo?', '¿Qué resultados míos cuentan para la puntuación?', '¿Qué cambio sería el más importante para mí?'],
    },
    sources: [IMACS_RESPONSE_CRITERIA, RHEUMATOLOGIST_RESPONSE_CRITERIA, IMACS_TOOLS],
    reviewed: REVIEWED,
  },
  'proderm-trial': {
    summary: 'ProDERM fue un gran estudio que mostró que la IGIV puede ayudar a los adultos con DM activa.',
    sections: {
      whyInDm:
        'Comparó la IGIV (Octagam 10 %) con un goteo falso, llamado placebo, en adultos con DM activa. Ni los pacientes ni los médicos sabían quién recibía cada uno. Tras unos cuatro meses, habían mejorado 79 de cada 100 personas con IGIV, frente a 44 de cada 100 con placebo. Las que después pasaron del placebo a la IGIV mejoraron más o menos igual.',
      howGiven: 'Sus resultados llevaron a la FDA, la agencia de medicamentos de Estados Unidos, a aprobar el Octagam 10 % para la DM de adultos en 2021.',
      sideEffects: 'Entre los efectos graves del ensayo hubo coágulos de sangre. Es una de las razones por las que la IGIV se pone más despacio a las personas con DM.',
      questions: ['¿Los resultados de ProDERM sirven para alguien como yo?', '¿Sería la IGIV una opción para mí?', '¿Cómo bajaría mi riesgo de coágulos con la IGIV?'],
    },
    sources: [PRODERM_NEJM, CT_GOV_PRODERM, RHEUMATOLOGIST_OCTAGAM_FDA, TMA_IVIG],
    reviewed: REVIEWED,
  },
};
