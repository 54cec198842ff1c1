/**
 * Spanish cards for the last entries without one (part LASTA): calcinosis medicines, rescue and
 * support procedures, therapies, and the US safety and coverage words. Written in plain Spanish,
 * never giving a dose. Where a Spanish page on an allow-listed host states a fact it is cited;
 * where none was found, the English entry's own sources (retrieved again for this card) are kept,
 * so the card says no more than they support and no less than the English card's safety facts.
 * Spread into SPANISH_CARDS by cards.ts and held to tests/unit/spanish-cards.test.ts.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACTAS_CALCINOSIS_CUTIS,
  ACTAS_DM_SERIES,
  AEDV_DM,
  BSR_MYOSITIS_GUIDELINE,
  CELLCEPT_LABEL,
  DAILYMED_OFEV,
  MAYO_DM_TREATMENT,
  MEDLINEPLUS_DYSPHAGIA_TESTS_ES,
  PMC_CALCINOSIS_REVIEW,
  TMA_MEDICATIONS,
  TRUXIMA_LABEL,
  XELJANZ_LABEL,
} from './sources';

const REVIEWED = '2026-12-06';

// Spanish-language sources.
/** Diltiazem is a calcium channel blocker that widens blood vessels and lowers blood pressure. */
const CIMA_MASDIL: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Masdil 60 mg comprimidos (diltiazem hidrocloruro): prospecto',
  url: 'https://www.aemps.gob.es/cima/dochtml/p/55285/Prospecto_55285.html',
};
/** Plasma exchange removes antibodies and immune complexes; its uses in systemic autoimmune diseases graded by the ASFA. */
const SER_PLASMA_EXCHANGE: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Recambio plasmático en las enfermedades autoinmunes sistémicas',
  url: 'https://www.elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-recambio-plasmatico-las-enfermedades-autoinmunes-S1577356613000183',
};
/** How plasma exchange is done (machine, replacement fluid, central line) and what it feels like. */
const ACR_PLASMA_EXCHANGE_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Intercambio de plasma (plasmaféresis)',
  url: 'https://rheumatology.org/patients/plasma-exchange-plasmapheresis-espanol',
};

/** Pirfenidone and nintedanib are the two medicines for idiopathic pulmonary fibrosis; their side effects were followed. */
const RESPIRAR_IPF: Source = {
  publisher: 'Respirar (Asociación Latinoamericana de Tórax)',
  title: 'Resultados de eficacia y tolerancia del tratamiento de la fibrosis pulmonar idiopática. Experiencia en vida real',
  url: 'https://respirar.alatorax.org/index.php/respirar/article/download/147/129?inline=1',
};
/** Pirfenidone's side effects in Spanish: stomach upset, less appetite, rash, sun sensitivity, raised liver enzymes. */
const FNR_PIRFENIDONE: Source = {
  publisher: 'Fondo Nacional de Recursos (Uruguay)',
  title: 'Riesgos del tratamiento propuesto para la fibrosis pulmonar idiopática',
  url: 'https://www.fnr.gub.uy/riesgos-del-tratamiento-propuesto-para-la-fibrosis-pulmonar-idiopatica/',
};
/** PEG is the usual long-term route, replacing tubes through the nose, for people who cannot eat enough by mouth. */
const SEMERGEN_GASTROSTOMY: Source = {
  publisher: 'Medicina de Familia. SEMERGEN (Sociedad Española de Médicos de Atención Primaria)',
  title: 'Metodología y técnicas. Manejo de gastrostomías en Atención Primaria',
  url: 'https://www.elsevier.es/es-revista-medicina-familia-semergen-40-articulo-metodologia-tecnicas-manejo-gastrostomias-atencion-13119391',
};
/** PPIs are overused, and overuse raises the risk of their side effects. */
const REV_ESP_ENFERM_DIG_PPI: Source = {
  publisher: 'Revista Española de Enfermedades Digestivas, SciELO España',
  title: 'Consideraciones prácticas en el manejo de los inhibidores de la bomba de protones',
  url: 'https://scielo.isciii.es/scielo.php?lng=es&nrm=iso&pid=S1130-01082016000300007&script=sci_arttext&tlng=es',
};
const SEMERGEN_PPI: Source = {
  publisher: 'Medicina de Familia. SEMERGEN (Sociedad Española de Médicos de Atención Primaria)',
  title: 'Actualización en la prescripción de inhibidores de la bomba de protones. Qué hacer y qué no hacer',
  url: 'https://www.elsevier.es/es-revista-medicina-familia-semergen-40-articulo-actualizacion-prescripcion-inhibidores-bomba-protones--S1138359320303518',
};

/** The speech and language therapist assesses, diagnoses and treats swallowing problems, with techniques fitted to each person. */
const CLC_DYSPHAGIA: Source = {
  publisher: 'Col·legi de Logopedes de Catalunya',
  title: 'Declaración de posicionamientos y buenas prácticas: disfagia orofaríngea',
  url: 'https://www.clc.cat/es/node/1730',
};

/** A drug plan may need its approval before it covers some medicines; the prescriber may have to show the medicine is needed; exceptions can be asked for. */
const MEDICARE_ES_PLAN_RULES: Source = {
  publisher: 'Medicare (Centros de Servicios de Medicare y Medicaid de EE. UU.)',
  title: 'Reglas del plan de medicamentos',
  url: 'https://es.medicare.gov/health-drug-plans/part-d/what-plans-cover/plan-rules',
};

// English sources of the English entries, kept where no Spanish page said the same.
const TRAINEAU_CALCINOSIS_REVIEW: Source = {
  publisher: 'Journal of the American Academy of Dermatology (Traineau et al., 2020), via PubMed',
  title: 'Treatment of calcinosis cutis in systemic sclerosis and dermatomyositis: a review of the literature',
  url: 'https://pubmed.ncbi.nlm.nih.gov/31302187/',
};
const DILTIAZEM_JDM: Source = { publisher: 'PubMed', title: 'Diltiazem for calcinosis in juvenile dermatomyositis', url: 'https://pubmed.ncbi.nlm.nih.gov/19078635/' };
const JONES_DILTIAZEM_CYCLOSPORIN: Source = {
  publisher: 'British Journal of Clinical Pharmacology (Jones et al., 1997)',
  title: 'Diltiazem-cyclosporin pharmacokinetic interaction: dose-response relationship',
  url: 'https://doi.org/10.1046/j.1365-2125.1997.t01-1-00616.x',
};
const EMC_ADIZEM: Source = {
  publisher: 'Electronic Medicines Compendium (emc)',
  title: 'Adizem-XL (diltiazem) capsules: patient leaflet (other medicines: ciclosporin, tacrolimus, statins)',
  url: 'https://www.medicines.org.uk/emc/product/7586/xpil/print',
};
const MEDSCAPE_CALCIPHYLAXIS: Source = {
  publisher: 'eMedicine (Medscape Reference)',
  title: 'Calciphylaxis: treatment (sodium thiosulfate)',
  url: 'https://emedicine.medscape.com/article/1095481-treatment',
};
const INTRALESIONAL_THIOSULFATE: Source = {
  publisher: 'PubMed',
  title: 'Intralesional sodium thiosulfate for calcinosis cutis in systemic sclerosis: a case-based review',
  url: 'https://pubmed.ncbi.nlm.nih.gov/33244722/',
};
/** Arm vein or catheter, albumin replacement, the common and the very rare side effects. */
const HOXWORTH_PLASMA_EXCHANGE: Source = { publisher: 'Hoxworth Blood Center, University of Cincinnati', title: 'Plasma exchange', url: 'https://hoxworth.org/patient-services/plasmaexchange.html' };
const CUH_PLASMA_EXCHANGE: Source = {
  publisher: 'Cambridge University Hospitals NHS Foundation Trust',
  title: 'Information for patients undergoing plasma exchange (plasmapheresis)',
  url: 'https://cuh.nhs.uk/patient-information/plasma-exchange-for-patients-with-thrombotic-thrombocytopenic-purpura-ttp',
};
const MDA5_RPILD_REVIEW: Source = {
  publisher: 'Current Treatment Options in Rheumatology (review, 2021)',
  title: 'Pharmacologic treatment of anti-MDA5 rapidly progressive interstitial lung disease',
  url: 'https://doi.org/10.1007/s40674-021-00186-x',
};
const SHIRAKASHI_PLASMA_EXCHANGE: Source = {
  publisher: 'Rheumatology (Shirakashi et al., 2020)',
  title: 'Efficacy of plasma exchange in anti-MDA5-positive dermatomyositis with interstitial lung disease under combined immunosuppressive treatment',
  url: 'https://doi.org/10.1093/rheumatology/keaa123',
};

const EMC_ESBRIET_LIVER: Source = {
  publisher: 'emc (UK electronic medicines compendium), safety letter to healthcare professionals',
  title: 'Esbriet (pirfenidone): important safety update and new recommendations to prevent drug-induced liver injury',
  url: 'https://www.medicines.org.uk/emc/product/7939/dhpcs',
};
const PIRFENIDONE_SIDE_EFFECTS: Source = {
  publisher: 'Advances in Therapy, via PubMed Central',
  title: 'Pirfenidone in idiopathic pulmonary fibrosis: managing gastrointestinal and skin side effects',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4003341',
};
const TMA_DYSPHAGIA: Source = { publisher: 'The Myositis Association', title: 'Dysphagia', url: 'https://www.myositis.org/about-myositis/complications/dysphagia/' };
const UNDERSTANDING_MYOSITIS_DYSPHAGIA: Source = { publisher: 'Understanding Myositis', title: 'Dysphagia', url: 'https://understandingmyositis.org/dysphagia/' };
const LEEDS_PEG_CARE: Source = {
  publisher: 'Leeds Teaching Hospitals NHS Trust',
  title: 'PEG feeding tube care advice',
  url: 'https://www.leedsth.nhs.uk/patients/resources/peg-feeding-tube-care-advice/',
};
/** Why a feeding tube is considered, and that it does not always stop eating and drinking. */
const NBT_FEEDING_TUBES: Source = {
  publisher: 'North Bristol NHS Trust',
  title: 'Longer term feeding tubes (PEG, PIGG, RIG)',
  url: 'https://nbt.nhs.uk/our-services/a-z-services/nutrition-dietetics/nutrition-dietetics-patient-information/peg-pigg-rig',
};
const JHM_PPI_STEROIDS: Source = {
  publisher: 'PubMed (J Hosp Med 2023)',
  title: 'Things We Do for No Reason: routine use of proton pump inhibitors for peptic ulcer prophylaxis in adults on high-dose corticosteroids',
  url: 'https://pubmed.ncbi.nlm.nih.gov/37013890/',
};
const NHS_OMEPRAZOLE: Source = { publisher: 'NHS', title: 'Omeprazole', url: 'https://www.nhs.uk/medicines/omeprazole/' };

/** Exercise is safe at every stage of myositis; start at low intensity with a physical therapist and build up. */
const ALEXANDERSON_EXERCISE: Source = { publisher: 'PubMed Central (Alexanderson)', title: 'Exercise in myositis', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6299050/' };
/** Mealtime tips (small bites and sips, food textures, head forward) and hoarseness in myositis. */
const UNDERSTANDING_MYOSITIS_SWALLOWING: Source = {
  publisher: 'Understanding Myositis',
  title: 'Dysphagia: tips to help during mealtimes',
  url: 'https://understandingmyositis.org/myositis-complications/dysphagia',
};
const NHS_INFORM_OT: Source = {
  publisher: 'NHS inform (NHS Scotland)',
  title: 'Occupational therapy',
  url: 'https://www.nhsinform.scot/tests-and-treatments/counselling-and-therapies/occupational-therapy',
};

const IFN_JDM_REVIEW: Source = {
  publisher: 'Current Opinion in Rheumatology, via PubMed Central',
  title: 'Updates on interferon in juvenile dermatomyositis: pathogenesis and therapy',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9184970',
};
const JAK_JDM_PED_RHEUM: Source = {
  publisher: 'Pediatric Rheumatology (2021)',
  title: 'JAK inhibitors: a potential treatment for JDM in the context of interferon-driven pathology',
  url: 'https://ped-rheum.biomedcentral.com/articles/10.1186/s12969-021-00637-8',
};
/** The type I interferon score follows skin disease activity in juvenile DM. */
const IFN_SCORE_SKIN: Source = {
  publisher: 'Frontiers in Medicine (2024), via PubMed',
  title: 'Interferon type I signature associated with skin disease in juvenile dermatomyositis',
  url: 'https://pubmed.ncbi.nlm.nih.gov/38420360/',
};
const NCI_SYSTEMIC_THERAPY: Source = {
  publisher: 'National Cancer Institute',
  title: 'NCI Dictionary of Cancer Terms: systemic therapy',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/systemic-therapy',
};
const MOFFITT_SYSTEMIC_THERAPY: Source = { publisher: 'Moffitt Cancer Center', title: 'Systemic therapy', url: 'https://www.moffitt.org/treatments/systemic-therapy/' };
const NICE_MEDICINES_INFO: Source = {
  publisher: 'NICE (National Institute for Health and Care Excellence)',
  title: 'Information for the public on medicines',
  url: 'https://nice.org.uk/about/nice-communities/nice-and-the-public/making-decisions-about-your-care/information-for-the-public-on-medicines',
};
const HULL_OFF_LABEL: Source = {
  publisher: 'Hull University Teaching Hospitals NHS Trust',
  title: '"Unlicensed" and "off-label" medicines (patient leaflet)',
  url: 'https://www.hey.nhs.uk/patient-leaflet/unlicensed-off-label-medicines',
};
const CLEVELAND_BOXED_WARNING: Source = {
  publisher: 'Cleveland Clinic',
  title: 'What does it mean if my medication has a “black box warning”?',
  url: 'https://health.clevelandclinic.org/what-does-it-mean-if-my-medication-has-a-black-box-warning',
};
const FDA_REMS: Source = {
  publisher: 'U.S. Food and Drug Administration',
  title: 'Risk Evaluation and Mitigation Strategies (REMS)',
  url: 'https://www.fda.gov/drugs/drug-safety-and-availability/risk-evaluation-and-mitigation-strategies-rems',
};
const HEALTHCARE_GOV_PRIOR_AUTH: Source = { publisher: 'HealthCare.gov', title: 'Prior authorization (glossary)', url: 'https://www.healthcare.gov/glossary/prior-authorization' };
const MEDICARE_INTERACTIVE_PRIOR_AUTH: Source = {
  publisher: 'Medicare Interactive (Medicare Rights Center)',
  title: 'Prior authorization',
  url: 'https://cfp.medicareinteractive.org/glossary/prior-authorization',
};

export const SPANISH_CARDS_LASTA: Readonly<Record<string, SpanishCard>> = {
  diltiazem: {
    summary: 'El diltiazem es un medicamento para el corazón y la presión arterial que algunos médicos prueban para frenar la calcinosis.',
    sections: {
      whyInDm:
        'Relaja los vasos de la sangre, porque frena la entrada de calcio en algunas células. Para la calcinosis se usa fuera de ficha técnica: su registro no incluye ese uso. Estudios pequeños en niños con DM, y casos de personas sueltas, dicen que puede ayudar a algunos. Pero la prueba es débil. Otros medicamentos también se han probado con poca prueba. La warfarina en dosis bajas no ayudó en un ensayo pequeño.',
      howGiven: 'Se toma por boca, casi siempre durante mucho tiempo, porque si ayuda, lo hace despacio. Su médico decide la dosis.',
      sideEffects:
        'Baja la presión arterial y puede hacer más lento el corazón. Por eso su equipo puede medirle la presión y el pulso. Cambia el nivel en la sangre de otros medicamentos. Puede subir mucho el de la ciclosporina y el del tacrolimus, dos medicamentos de la DM. También puede subir el de algunas pastillas para el colesterol, las estatinas, como la simvastatina, que pueden dañar los músculos. El médico que lleva sus otros medicamentos debe saber que toma diltiazem. Cuente a su farmacéutico todo lo que toma.',
      questions: ['¿Cómo sabremos si el diltiazem ayuda a mi calcinosis?', '¿Cuánto tiempo lo probamos antes de decidir?', '¿Se puede tomar con mis otros medicamentos?'],
    },
    sources: [CIMA_MASDIL, ACTAS_CALCINOSIS_CUTIS, TRAINEAU_CALCINOSIS_REVIEW, DILTIAZEM_JDM, JONES_DILTIAZEM_CYCLOSPORIN, EMC_ADIZEM],
    reviewed: REVIEWED,
  },
  'sodium-thiosulfate': {
    summary: 'El tiosulfato de sodio es un medicamento que algunos médicos prueban para ablandar o encoger los bultos de calcio.',
    sections: {
      whyInDm:
        'Para la calcinosis se usa fuera de ficha técnica: su registro no incluye ese uso. Las revisiones dicen que los resultados dan esperanza. Pero la prueba viene solo de grupos pequeños de casos, y no es una cura probada.',
      howGiven:
        'Se puede poner por goteo en una vena, en pinchazos dentro del mismo bulto, o en una crema que prepara la farmacia. Su médico decide qué forma le va mejor y durante cuánto tiempo.',
      sideEffects:
        'Por la vena puede dar náuseas y vómitos, y puede alterar el equilibrio de ácido de la sangre. Por eso le pueden hacer análisis de sangre. Los pinchazos en el bulto pueden arder un rato. Cuente a su equipo cualquier efecto que note.',
      questions: ['¿Vale la pena probar el tiosulfato de sodio para mis bultos?', '¿Qué forma usaría, y cuándo sabremos si ayuda?', '¿Qué efectos debo vigilar?'],
    },
    sources: [ACTAS_CALCINOSIS_CUTIS, PMC_CALCINOSIS_REVIEW, TRAINEAU_CALCINOSIS_REVIEW, MEDSCAPE_CALCIPHYLAXIS, INTRALESIONAL_THIOSULFATE],
    reviewed: REVIEWED,
  },
  'plasma-exchange': {
    summary: 'El intercambio de plasma, o plasmaféresis, saca la parte líquida de la sangre, con los anticuerpos dañinos, y pone en su lugar otro líquido.',
    sections: {
      whyInDm:
        'En la DM es un tratamiento de rescate. Se usa sobre todo cuando el pulmón empeora deprisa en personas con anticuerpos anti-MDA5, si los medicamentos fuertes no bastan. En un estudio pequeño de estos pacientes, sobrevivieron más los que recibieron plasmaféresis. Se suma a los medicamentos, no los sustituye.',
      howGiven:
        'Se saca sangre de una vena del brazo, o por un tubo fino (catéter) puesto en una vena grande. Una máquina separa el plasma de las células de la sangre. Las células vuelven al cuerpo con un líquido de reemplazo, casi siempre albúmina. Su médico decide cuántas sesiones necesita.',
      sideEffects:
        'Es frecuente notar cansancio, náuseas, mareo, frío, u hormigueo en los dedos o alrededor de la boca. Puede bajar la presión o dar una reacción alérgica. Avise enseguida al personal si nota algo de esto. Los problemas graves, como un latido irregular o un sangrado, son muy raros.',
      questions: ['¿Por qué necesito plasmaféresis, y cuántas sesiones?', '¿Me pondrán un catéter en una vena grande?', '¿Cambia la hora de mis otros medicamentos?'],
    },
    sources: [ACR_PLASMA_EXCHANGE_ES, SER_PLASMA_EXCHANGE, HOXWORTH_PLASMA_EXCHANGE, CUH_PLASMA_EXCHANGE, MDA5_RPILD_REVIEW, SHIRAKASHI_PLASMA_EXCHANGE],
    reviewed: REVIEWED,
  },
  antifibrotics: {
    summary: 'Los antifibróticos son medicamentos que frenan la cicatriz de los pulmones en enfermedades largas del pulmón que siguen empeorando.',
    sections: {
      whyInDm:
        'En la miositis, la enfermedad del pulmón suele necesitar medicamentos que calman las defensas. Si el pulmón sigue haciendo cicatriz a pesar de eso, se puede añadir un antifibrótico. Los dos que se usan son el nintedanib (Ofev) y la pirfenidona (Esbriet). En Estados Unidos, el nintedanib está aprobado para varios tipos de cicatriz del pulmón que siguen empeorando. La pirfenidona lo está para uno, llamado fibrosis pulmonar idiopática.',
      howGiven: 'Los dos se toman por boca, con comida. Frenan la pérdida de función del pulmón, pero no deshacen la cicatriz que ya hay.',
      sideEffects:
        'Con los dos son frecuentes las molestias de estómago: náuseas, diarrea, dolor de barriga y menos hambre. Los dos pueden dañar el hígado, por eso le harán análisis de sangre del hígado. La pirfenidona puede hacer que la piel se queme con facilidad al sol y dar sarpullido. Use protector solar de factor alto y cúbrase al salir. El nintedanib puede dañar al bebé durante el embarazo.',
      questions: ['¿La cicatriz de mi pulmón empeora a pesar del tratamiento?', '¿Me ayudaría un antifibrótico, y cuál?', '¿Cada cuánto me mirarán el hígado?'],
    },
    sources: [RESPIRAR_IPF, FNR_PIRFENIDONE, DAILYMED_OFEV, EMC_ESBRIET_LIVER, PIRFENIDONE_SIDE_EFFECTS],
    reviewed: REVIEWED,
  },
  'feeding-tube': {
    summary: 'Una sonda de alimentación lleva la comida y la bebida directo al estómago cuando tragar no es seguro o no se puede tragar lo bastante.',
    sections: {
      whyInDm:
        'La miositis puede debilitar los músculos de la garganta, y cerca de un tercio de las personas con miositis tiene problemas para tragar. Si la comida o la bebida se va por mal camino, puede causar una neumonía por aspiración. Además, comer puede llevar tanto tiempo que cuesta mantener el peso. Tratar la miositis y la terapia para tragar suelen ayudar. La sonda solo hace falta en casos raros y graves, a veces por poco tiempo y a veces por más.',
      howGiven:
        'La sonda nasogástrica entra por la nariz y baja hasta el estómago, para poco tiempo. Para más tiempo se usa una gastrostomía, como la PEG: una sonda que entra al estómago a través de la pared de la barriga, a menudo durante una prueba con cámara (endoscopia). Algunas personas usan la sonda solo para completar lo que pueden tomar por boca sin peligro.',
      sideEffects:
        'La piel donde entra la sonda se puede poner roja, hinchada o dolorida, y la sonda se puede salir. Pare la comida y pida ayuda urgente si sale líquido alrededor de la sonda, si le duele al recibir la comida, si sangra de nuevo o si la sonda se sale. Avise a su enfermera o a su dietista si nota rojez, hinchazón o mal olor alrededor de la sonda.',
      questions: ['¿Necesito una sonda de alimentación, y por cuánto tiempo?', '¿Puedo seguir comiendo o bebiendo algo por boca?', '¿Quién me enseñará a usar y cuidar la sonda?'],
    },
    sources: [SEMERGEN_GASTROSTOMY, TMA_DYSPHAGIA, UNDERSTANDING_MYOSITIS_DYSPHAGIA, LEEDS_PEG_CARE, NBT_FEEDING_TUBES],
    reviewed: REVIEWED,
  },
  'stomach-protection': {
    summary: 'La protección del estómago es un medicamento, como el omeprazol, que baja el ácido del estómago para ayudar a evitar úlceras.',
    sections: {
      whyInDm:
        'A veces se da a personas que toman corticoides. Los expertos dicen que los corticoides solos dan poco riesgo de úlcera de estómago. Por eso no todas las personas con corticoides la necesitan. El riesgo sube si los corticoides se toman con unos calmantes llamados AINE. También sube si los AINE se toman con aspirina o con un medicamento que hace la sangre más líquida, sobre todo a partir de los 65 años.',
      howGiven:
        'Estos medicamentos se toman por boca. Actúan sobre las células de la pared del estómago para que hagan menos ácido. Su médico le dirá si necesita uno y durante cuánto tiempo.',
      sideEffects:
        'Pueden dar molestias de estómago o de intestino y dolor de cabeza. Tomarlos mucho tiempo se ha unido a falta de vitamina B12 y a huesos más débiles.',
      questions: ['¿Necesito protección del estómago con mis corticoides?', '¿Puedo tomar AINE para el dolor sin peligro?', '¿Durante cuánto tiempo debo tomarla?'],
    },
    sources: [REV_ESP_ENFERM_DIG_PPI, SEMERGEN_PPI, JHM_PPI_STEROIDS, NHS_OMEPRAZOLE],
    reviewed: REVIEWED,
  },
  'physical-therapy': {
    summary: 'La fisioterapia usa ejercicio guiado para ayudarle a recuperar fuerza y a mantener las articulaciones en movimiento.',
    sections: {
      whyInDm:
        'El ejercicio con un guía formado es seguro en la DM. Da fuerza y aguante, y hace más fáciles las tareas de cada día. Los estudios dicen que puede incluso bajar la inflamación del músculo cuando la enfermedad está estable. Una guía del Reino Unido cuenta el ejercicio dirigido por un fisioterapeuta o un terapeuta ocupacional como parte del tratamiento de siempre.',
      howGiven:
        'El terapeuta empieza con poco esfuerzo y lo sube despacio. Cuando la DM está muy activa, estirar con suavidad y mover las articulaciones en todo su recorrido ayuda a que no se pongan rígidas. Un terapeuta ocupacional puede ayudarle con las tareas de cada día y con aparatos útiles.',
      sideEffects: 'Cuente a su terapeuta cómo se siente después de cada sesión. Así puede ajustar el esfuerzo y subirlo poco a poco.',
      questions: ['¿Qué ejercicio es seguro para mí ahora?', '¿Cuánto debo esforzarme, y qué señales me dicen que debo aflojar?', '¿Puedo ver a un terapeuta ocupacional para que me ayude en casa o en el trabajo?'],
    },
    sources: [ALEXANDERSON_EXERCISE, BSR_MYOSITIS_GUIDELINE],
    reviewed: REVIEWED,
  },
  'speech-therapy': {
    summary: 'La logopedia es la ayuda de un terapeuta formado para tragar de forma más segura y tener una voz más fuerte.',
    sections: {
      whyInDm:
        'En la DM, los músculos débiles de la garganta pueden hacer que tragar no sea seguro. Por eso, cuando aparecen síntomas, se aconseja una buena prueba de cómo traga.',
      howGiven:
        'El logopeda mira cómo traga usted, junto a la cama o con una prueba de rayos X mientras traga. Le enseña formas más seguras de tragar: cambiar la postura de la cabeza, tomar bocados y sorbos pequeños, cambiar la textura de la comida y hacer ejercicios. También puede ayudar si la voz está débil o ronca.',
      sideEffects:
        'Avise a su equipo si tose o se atraganta al comer o beber, si la voz le suena mojada después de tragar, o si pierde peso sin querer.',
      questions: ['¿Necesito una prueba de cómo trago?', '¿Qué comidas y bebidas son más seguras para mí ahora?', '¿Hay ejercicios que ayuden a mi forma de tragar o a mi voz?'],
    },
    sources: [CLC_DYSPHAGIA, MEDLINEPLUS_DYSPHAGIA_TESTS_ES, TMA_DYSPHAGIA, UNDERSTANDING_MYOSITIS_SWALLOWING, BSR_MYOSITIS_GUIDELINE],
    reviewed: REVIEWED,
  },
  'occupational-therapy': {
    summary: 'La terapia ocupacional le ayuda a seguir haciendo las tareas de cada día, como lavarse, vestirse o cocinar, cuando sus músculos están débiles.',
    sections: {
      whyInDm:
        'La debilidad de la DM puede hacer difíciles las tareas de cada día, como vestirse, lavarse o hacer las compras. El terapeuta ocupacional no trata la enfermedad en sí. Mira las tareas que le importan a usted, en casa y en el trabajo, y busca formas de hacerlas más fáciles.',
      howGiven:
        'Le puede aconsejar sobre aparatos y ayudas, y sobre cambios en su casa o en su trabajo. En el Reino Unido, la guía de la miositis incluye el ejercicio dirigido por fisioterapeutas y terapeutas ocupacionales como parte del tratamiento de siempre. Si las tareas de cada día se le hacen difíciles, pida a su médico una cita con un terapeuta ocupacional.',
      sideEffects: 'Cuéntele cualquier tarea que le cueste, aunque parezca pequeña: puede haber una ayuda para ella.',
      questions: ['¿Puedo ver a un terapeuta ocupacional?', '¿Qué ayudas me servirían en casa o en el trabajo?', '¿Cómo hago mis tareas de cada día sin agotarme?'],
    },
    sources: [NHS_INFORM_OT, BSR_MYOSITIS_GUIDELINE],
    reviewed: REVIEWED,
  },
  interferon: {
    summary: 'Los interferones son proteínas que usan las defensas para mandar señales. En la DM se fabrica demasiado de un tipo, y eso ayuda a mantener la enfermedad.',
    sections: {
      whyInDm:
        'Los estudios de la sangre, el músculo y la piel en la DM encuentran muchos genes encendidos por el interferón. Este patrón se llama firma de interferón. Su nivel sube y baja con la actividad de la enfermedad, sobre todo en la piel, y podría ayudar a prever los brotes. Los inhibidores JAK, como el tofacitinib, el baricitinib y el ruxolitinib, frenan la señal que el interferón manda dentro de las células. Es una de las razones por las que se prueban en la DM difícil de tratar.',
      howGiven: 'Medirlo todavía se hace sobre todo en estudios de investigación, no como un análisis de sangre de rutina en la consulta.',
      sideEffects: 'Los inhibidores JAK que frenan esta señal tienen sus propios riesgos, como infecciones graves. Pregunte por ellos antes de empezar uno.',
      questions: ['¿Hay algún estudio sobre el interferón en el que yo pueda participar?', '¿Podría un inhibidor JAK ayudar a mi piel?'],
    },
    sources: [IFN_JDM_REVIEW, JAK_JDM_PED_RHEUM, IFN_SCORE_SKIN, XELJANZ_LABEL],
    reviewed: REVIEWED,
  },
  'systemic-treatment': {
    summary: 'Un tratamiento sistémico es un medicamento que viaja por la sangre y llega a todo el cuerpo, no solo a un punto.',
    sections: {
      whyInDm:
        'Las pastillas, las inyecciones y los goteos son sistémicos: los corticoides en pastillas, el metotrexato y la IVIG llegan a todo el cuerpo. Una crema en la piel es, en cambio, un tratamiento local. A la DM también se la llama enfermedad sistémica, porque además de los músculos y la piel puede afectar a otros órganos, como los pulmones y el corazón.',
      howGiven:
        'Las manchas de la DM a menudo necesitan tratamiento sistémico cuando las cremas no bastan. Como estos medicamentos llegan a todo el cuerpo, sus efectos secundarios pueden aparecer en cualquier parte. Por eso suelen necesitar controles regulares.',
      sideEffects: 'Pregunte qué controles necesita cada uno de sus medicamentos, y avise a su equipo de cualquier síntoma nuevo.',
      questions: ['¿Necesito un tratamiento sistémico, o bastan las cremas por ahora?', '¿Qué controles necesitan mis medicamentos sistémicos?'],
    },
    sources: [NCI_SYSTEMIC_THERAPY, MOFFITT_SYSTEMIC_THERAPY, AEDV_DM, ACTAS_DM_SERIES, MAYO_DM_TREATMENT],
    reviewed: REVIEWED,
  },
  'off-label-use': {
    summary: 'El uso fuera de ficha técnica (en inglés, off-label) es cuando un médico usa un medicamento de una forma que su autorización no incluye.',
    sections: {
      whyInDm:
        'En Estados Unidos, la mayoría de los medicamentos para la DM se usan fuera de ficha técnica. Solo unos pocos, como los corticoides y una marca de IVIG, están aprobados para la DM. Los demás están aprobados para otras enfermedades, y los médicos los usan en la DM por estudios más pequeños y por experiencia. Fuera de ficha técnica quiere decir que el fabricante no ha pedido permiso para ese uso. Por eso puede que el medicamento no tenga grandes ensayos para él.',
      howGiven:
        'La autorización dice para qué enfermedad, para qué pacientes y de qué forma se comprobó el medicamento. Fuera de ficha técnica puede ser otra enfermedad, otra edad, otra dosis u otra forma de tomarlo. El médico que lo receta debe explicarle los beneficios y los riesgos probables, para que decidan juntos. En el Reino Unido también verá la palabra «sin licencia»: un medicamento que no tiene ninguna licencia allí.',
      sideEffects: 'Que un medicamento se use fuera de ficha técnica no quiere decir que no sea seguro. Pregunte qué se sabe de él en la DM.',
      questions: ['¿Este medicamento es fuera de ficha técnica para mí, y por qué me lo propone?', '¿Qué estudios apoyan su uso en la DM?', '¿Lo pagará mi seguro o mi sistema de salud?'],
    },
    sources: [NICE_MEDICINES_INFO, HULL_OFF_LABEL, TMA_MEDICATIONS],
    reviewed: REVIEWED,
  },
  'boxed-warning': {
    summary: 'Una advertencia en recuadro es el aviso más fuerte de la FDA en la etiqueta de un medicamento. Se imprime dentro de un recuadro negro.',
    sections: {
      whyInDm:
        'Varios medicamentos de la DM tienen una. Algunos ejemplos son el rituximab, la IVIG, el micofenolato, el tacrolimus en pastillas y los inhibidores JAK. La advertencia señala un riesgo raro pero peligroso, o pasos clave para usar el medicamento con seguridad. Se imprime en negrita, dentro de un borde negro, en la etiqueta oficial del medicamento.',
      howGiven:
        'Una advertencia en recuadro no quiere decir que no deba tomar el medicamento. Quiere decir que su médico debe valorar con usted los riesgos y los beneficios antes de empezar. Su farmacéutico puede repasarla con usted otra vez.',
      sideEffects: 'No deje un medicamento por una advertencia sin hablar antes con su equipo. Pregunte qué señales debe vigilar.',
      questions: ['¿Mi medicamento tiene una advertencia en recuadro, y qué dice?', '¿Cómo se aplica a mi caso?', '¿Qué señales debo vigilar?'],
    },
    sources: [CLEVELAND_BOXED_WARNING, XELJANZ_LABEL, CELLCEPT_LABEL, TRUXIMA_LABEL],
    reviewed: REVIEWED,
  },
  rems: {
    summary: 'Un REMS es un plan de seguridad de la FDA para unos pocos medicamentos con riesgos, con pasos extra antes de poder recibirlos.',
    sections: {
      whyInDm:
        'El micofenolato tiene un REMS porque puede causar defectos de nacimiento y la pérdida del embarazo. Su programa ayuda a las personas que pueden quedar embarazadas a planear cómo evitar el embarazo. Los embarazos durante el tratamiento, o poco después de dejarlo, se comunican a un registro.',
      howGiven:
        'La FDA pide un REMS cuando la etiqueta normal no basta para que el medicamento se use con seguridad. Los pasos pueden ser más enseñanza para pacientes y médicos, pruebas de embarazo o reglas sobre cómo se receta y se entrega el medicamento. El objetivo es que los beneficios del medicamento sigan siendo mayores que sus riesgos.',
      sideEffects: 'Si su medicamento tiene un REMS, pregunte qué debe hacer antes de cada receta y qué método anticonceptivo le conviene.',
      questions: ['¿Mi medicamento tiene un REMS?', '¿Qué debo hacer antes de cada nueva receta?', '¿Qué método anticonceptivo me conviene con este medicamento?'],
    },
    sources: [CELLCEPT_LABEL, FDA_REMS],
    reviewed: REVIEWED,
  },
  'prior-authorization': {
    summary: 'La autorización previa es un «sí» que su plan de salud puede tener que dar antes de pagar un medicamento o una prueba.',
    sections: {
      whyInDm:
        'Los tratamientos caros de la DM, como la IVIG, a menudo la necesitan. Sin ella, puede que el plan no pague. Puede retrasar el comienzo de un tratamiento, así que ayuda saber que va a hacer falta.',
      howGiven:
        'Usted o su médico piden la aprobación al plan. A veces el médico tiene que explicar por qué el medicamento es necesario para usted. Luego el plan decide si lo cubre. Si dice que no, pregunte a su médico cómo pedir una excepción o reclamar.',
      sideEffects: 'Pregunte con tiempo si su tratamiento necesita autorización previa, para que no se retrase.',
      questions: ['¿Mi tratamiento necesita autorización previa?', '¿Cuánto suele tardar la aprobación?', '¿Quién me puede ayudar si mi plan dice que no?'],
    },
    sources: [MEDICARE_ES_PLAN_RULES, HEALTHCARE_GOV_PRIOR_AUTH, MEDICARE_INTERACTIVE_PRIOR_AUTH],
    reviewed: REVIEWED,
  },
};
