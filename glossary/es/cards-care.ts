/**
 * Spanish cards for care topics (part CARE): tapering steroids, flares, infection and bone
 * protection, pregnancy planning and the care team. Written in plain Spanish from the sources
 * each card lists, never giving a dose. Where no Spanish page retrieved for this part states a
 * fact the reviewed English card carries, the English card's own source is kept beside the
 * Spanish ones, so the card says no less than the English one and nothing unsourced.
 * Spread into SPANISH_CARDS by cards.ts and held to tests/unit/spanish-cards.test.ts.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACTAS_DM_SERIES,
  AEDV_DM,
  BSR_MYOSITIS_GUIDELINE,
  CELLCEPT_LABEL,
  FARM_HOSP_PREGNANCY,
  MAYO_DM_TREATMENT,
  MAYO_DM_TREATMENT_EN,
  MAYO_TAPER,
  MURCIA_PREEVID_COTRIMOXAZOLE,
  OLUMIANT_SMPC,
  PRODERM_NEJM,
  REUMATOL_CLIN_GIOP,
  SAD_DM,
  SKIN_REMISSION_STUDY,
  TAIWAN_PJP_COHORT,
  TRUXIMA_LABEL,
} from './sources';

const REVIEWED = '2026-12-06';

// Spanish-language sources.
const ACR_PREDNISONE_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Prednisona',
  url: 'https://rheumatology.org/patients/prednisona',
};
const MURCIA_PREEVID_SHORT_STEROIDS: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Preevid',
  title: 'Suspensión de corticoides tras tratamientos cortos y riesgo de insuficiencia suprarrenal',
  url: 'https://murciasalud.es/preevid/19444',
};
const REUMA_CLIN_PJP: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Pneumocystis jirovecii en pacientes inmunocomprometidos con enfermedades reumáticas',
  url: 'https://reumatologiaclinica.org/es-pneumocystis-jirovecii-pacientes-inmunocomprometidos-con-articulo-S1699258X20300826',
};

const ACR_RHEUMATOLOGIST_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: '¿Qué es un reumatólogo?',
  url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Health-Care-Team/Que-es-un-Reumatologo',
};
const SARE_RHEUMATOLOGIST: Source = {
  publisher: 'SARE (Sociedad Andaluza de Reumatología)',
  title: '¿Qué es un reumatólogo?',
  url: 'https://sare.org.es/que-es-un-reumatologo/',
};

/** A randomised trial: people put in groups by chance so the treatments can be compared fairly. */
const NCI_RANDOMISED_TRIAL_ES: Source = {
  publisher: 'Instituto Nacional del Cáncer de EE. UU. (diccionario en español)',
  title: 'Ensayo clínico aleatorizado',
  url: 'https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/ensayo-clinico-aleatorizado',
};
/** Benefits and risks of taking part, including being in the group that gets a placebo, and the visits and travel. */
const NIA_TRIALS_ES: Source = {
  publisher: 'Instituto Nacional sobre el Envejecimiento de EE. UU. (NIH)',
  title: 'Estudios clínicos: beneficios, riesgos y seguridad',
  url: 'https://www.nia.nih.gov/espanol/estudios-clinicos-beneficios-riesgos-seguridad',
};
const NIH_CC_FAQ_ES: Source = {
  publisher: 'Centro Clínico de los Institutos Nacionales de la Salud de EE. UU.',
  title: 'Preguntas frecuentes acerca de los ensayos clínicos',
  url: 'https://www.cc.nih.gov/participate/faqaboutcs_sp.html',
};
const AEMPS_BIOSIMILARS: Source = {
  publisher: 'Agencia Española de Medicamentos y Productos Sanitarios (AEMPS)',
  title: 'Medicamentos biosimilares',
  url: 'https://www.aemps.gob.es/medicamentos-de-uso-humano/medicamentos-biologicos/biosimilares/',
};

/** Abstract: resistant myositis as intolerance of, or too little response to, steroids with or without one added immunosuppressant; no single agreed definition; IVIG worked in a small DM trial. */
const SERGAS_RESISTANT_MYOSITIS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología, resumen en el portal científico del Servicio Gallego de Salud (Sergas)',
  title: 'Miositis resistente',
  url: 'https://portalcientifico.sergas.gal/documentos/636ef5c69d03b712f2200c71?lang=es',
};
const REV_MED_CHILE_MYOPATHIES: Source = {
  publisher: 'Revista Médica de Chile (SciELO Chile)',
  title: 'Miopatías inflamatorias idiopáticas: una mirada actualizada al diagnóstico y el manejo',
  url: 'https://scielo.conicyt.cl/scielo.php?script=sci_arttext&pid=S0034-98872019000300342',
};

/** Abstract: weight and muscle loss, dysphagia and low vitamin D are common in DM; no DM-specific diet, so care corrects what the nutrition assessment finds. */
const REV_CUBANA_NUTRITION: Source = {
  publisher: 'Revista Cubana de Reumatología',
  title: 'Dermatomiositis, una perspectiva nutricional',
  url: 'https://revreumatologia.sld.cu/index.php/reumatologia/article/view/1465',
};

// English sources the English cards already cite, kept for the facts no Spanish page
// retrieved here states (the relapse study, the Taiwan cohort, the label's side effects).
const TMA_CORTICOSTEROIDS: Source = {
  publisher: 'The Myositis Association',
  title: 'Corticosteroids',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/corticosteroids',
};
const MDUK_DM: Source = {
  publisher: 'Muscular Dystrophy UK',
  title: 'Dermatomyositis (DM)',
  url: 'https://www.musculardystrophyuk.org/conditions/a-z/dermatomyositis-dm/',
};
const RELAPSES_STUDY: Source = {
  publisher: 'Clinical Rheumatology (Springer), abstract',
  title: 'Characterization of relapses in adult idiopathic inflammatory myopathies',
  url: 'https://link.springer.com/doi/10.1007/s10067-005-0075-3',
};
const MDUK_FACTSHEET: Source = {
  publisher: 'Muscular Dystrophy UK',
  title: 'Polymyositis, dermatomyositis and sarcoid myopathy factsheet',
  url: 'https://www.musculardystrophyuk.org/about-muscle-wasting-conditions/myositis/polymyositis-dermatomyositis-and-sarcoid-myopathy-factsheet/',
};
const TMA_SUN: Source = {
  publisher: 'The Myositis Association',
  title: 'Sun protection',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/complementary-and-self-care-therapies/sun-protection/',
};
const PJP_PARK: Source = {
  publisher: 'Arthritis Research & Therapy (Park et al., 2019)',
  title: 'Pneumocystis pneumonia in patients on non-high-dose glucocorticoids and prophylaxis with trimethoprim-sulfamethoxazole',
  url: 'https://doi.org/10.1186/s13075-019-1996-6',
};
const SMX_TMP_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Sulfamethoxazole and trimethoprim tablets label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=471c5995-a4df-fbe3-e063-6394a90aa50e',
};
const ACR_GIOP_2022: Source = {
  publisher: 'Arthritis & Rheumatology (American College of Rheumatology guideline, Humphrey et al., 2023), via PubMed',
  title: '2022 American College of Rheumatology guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
  url: 'https://pubmed.ncbi.nlm.nih.gov/37845798/',
};
const ACR_REPRODUCTIVE_2020: Source = {
  publisher: 'The Rheumatologist',
  title: 'The ACR introduces new reproductive health guideline',
  url: 'https://the-rheumatologist.org/article/the-acr-introduces-new-reproductive-health-guideline/3',
};
const TREXALL_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Trexall (methotrexate) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c',
};
const AU_IMMUNISATION_IN_UTERO: Source = {
  publisher: 'Australian Government Department of Health (Australian Immunisation Handbook)',
  title: 'Infants exposed to immunosuppressive therapy in utero or through breastmilk',
  url: 'https://immunisationhandbook.health.gov.au/node/919',
};
const JND_MYOPATHIES: Source = {
  publisher: 'Journal of Neuromuscular Diseases (review)',
  title: 'Current classification and management of inflammatory myopathies',
  url: 'https://content.iospress.com/articles/journal-of-neuromuscular-diseases/jnd180308',
};

const AAD_DERMATOLOGIST: Source = { publisher: 'American Academy of Dermatology', title: 'What is a dermatologist?', url: 'https://www.aad.org/public/fad/what-is-a-derm' };
const NIH_TRIALS_BASICS: Source = {
  publisher: 'U.S. National Institutes of Health',
  title: 'NIH clinical research trials and you: the basics',
  url: 'https://www.nih.gov/health-information/nih-clinical-research-trials-you/basics',
};
const FDA_BIOSIMILARS: Source = {
  publisher: 'U.S. Food and Drug Administration (Consumer Update)',
  title: 'Biosimilar and interchangeable biologics: more treatment choices',
  url: 'https://www.fda.gov/consumers/consumer-updates/biosimilar-and-interchangeable-biologics-more-treatment-choices',
};

const REFRACTORY_REVIEW: Source = {
  publisher: 'PubMed (Autoimmun Rev, 2011)',
  title: 'Idiopathic inflammatory myopathies: definition and management of refractory disease',
  url: 'https://pubmed.ncbi.nlm.nih.gov/21664497/',
};

const HSS_NUTRITION: Source = { publisher: 'Hospital for Special Surgery', title: 'Nutrition and myositis', url: 'https://www.hss.edu/conditions_nutrition-and-myositis.asp' };

export const SPANISH_CARDS_CARE: Readonly<Record<string, SpanishCard>> = {
  'steroid-taper': {
    summary: 'Bajar los corticoides poco a poco es reducir la dosis paso a paso, a lo largo de semanas o meses.',
    sections: {
      whyInDm:
        'En la DM, los corticoides se suelen empezar en dosis alta para calmar rápido la enfermedad. Cuando la fuerza y los análisis mejoran, su equipo baja la dosis despacio, durante meses. Así se buscan menos efectos secundarios sin perder el control de la DM. A menudo se añade otro medicamento que ayuda a bajar más los corticoides.',
      howGiven:
        'Su equipo decide el ritmo de la bajada, según cómo mejoran su fuerza y sus análisis. No deje de tomar los corticoides de golpe ni cambie la dosis por su cuenta. Tras unas semanas de uso, su cuerpo fabrica menos de su propia hormona. Por eso, dejarlos de golpe puede hacerle enfermar mucho. En el Reino Unido, quien los toma mucho tiempo lleva una tarjeta que lo dice.',
      sideEffects:
        'Mientras baja la dosis, la DM puede volver, sobre todo en los primeros años de tratamiento. Avise a su equipo si vuelven la debilidad, las manchas de la piel u otras señales. Avise también si nota mucho cansancio, debilidad, dolores, náuseas o mareo: puede ser que la dosis baje demasiado rápido.',
      questions: [
        '¿Cuál es mi plan para bajar la dosis, y cómo decidimos cada paso?',
        '¿Qué hago si mis síntomas vuelven mientras bajo la dosis?',
        '¿Qué hago si me pongo enfermo y no puedo tomar las pastillas?',
        '¿Necesito una tarjeta o una placa médica que diga que tomo corticoides?',
      ],
    },
    sources: [ACR_PREDNISONE_ES, MAYO_TAPER, MURCIA_PREEVID_SHORT_STEROIDS, TMA_CORTICOSTEROIDS, MDUK_DM, RELAPSES_STUDY],
    reviewed: REVIEWED,
  },
  flare: {
    summary: 'Un brote es una época en la que la DM empeora otra vez tras un tiempo de calma, y vuelven las manchas o la debilidad.',
    sections: {
      whyInDm:
        'Los brotes son frecuentes. En un estudio, unos dos de cada tres adultos con miositis tuvieron un brote, visto como una subida de la CK. Pasan sobre todo en los dos primeros años de tratamiento y mientras se bajan los corticoides. El sol en la piel, aunque sea poco rato, puede traer un brote de la piel, a veces unos días después.',
      howGiven:
        'Su equipo mira su fuerza, su piel y análisis de sangre como la CK para saber si es un brote u otro problema. Avise pronto, porque un brote puede pedir un cambio de tratamiento. Siga tomando sus medicamentos como siempre, salvo que su equipo le diga otra cosa.',
      sideEffects:
        'Llame pronto a su equipo si vuelven la debilidad o las manchas. Avise también pronto si le cuesta respirar o tragar, si le duele el pecho o si nota el corazón muy rápido o muy fuerte.',
      questions: ['¿Qué señales de brote debo avisar, y a quién?', '¿Cómo sabemos si es un brote o debilidad por los corticoides?', '¿Qué puedo hacer para tener menos brotes?'],
    },
    sources: [SAD_DM, AEDV_DM, MAYO_DM_TREATMENT, RELAPSES_STUDY, MDUK_FACTSHEET, TMA_SUN],
    reviewed: REVIEWED,
  },
  'pjp-prophylaxis': {
    summary: 'La profilaxis de la PJP es un medicamento que ayuda a evitar una infección grave del pulmón en quien toma medicamentos fuertes para las defensas.',
    sections: {
      whyInDm:
        'La PJP (neumonía por Pneumocystis) es una infección del pulmón que puede ser mortal. Afecta sobre todo a personas con las defensas bajas por su tratamiento, y cada vez se ve más en enfermedades reumáticas. En un gran estudio de Taiwán, la DM y la polimiositis tenían el mayor riesgo de todas las enfermedades autoinmunes. El riesgo era mayor con dosis altas de corticoides o con otros medicamentos fuertes. En la DM con anti-MDA5, la PJP se ha unido a más muertes.',
      howGiven:
        'El medicamento más usado es el cotrimoxazol (trimetoprima y sulfametoxazol, como Septrin o Bactrim), que se toma por boca. Se suele dar durante tratamientos fuertes, como corticoides en dosis altas o en bolos, rituximab o ciclofosfamida. Cada guía y cada médico lo usan de forma distinta, así que pregunte si usted lo necesita.',
      sideEffects:
        'Puede dar una erupción en la piel y, muy pocas veces, una reacción grave de la piel: avise de cualquier erupción nueva. Diga si alguna vez tuvo una reacción a una sulfamida. Puede bajar las células de la sangre y subir el potasio, así que le pueden hacer análisis. Puede hacer que se queme antes con el sol. Si también toma metotrexato, dígalo: juntos pueden bajar las células de la sangre. Su equipo valorará qué hacer y quizá mire su sangre más a menudo. Hay otros medicamentos para quien no puede tomarlo.',
      questions: ['¿Necesito un medicamento para prevenir la PJP?', '¿Durante cuánto tiempo lo tomaría?', '¿Qué hago si me sale una erupción?', '¿Es seguro con mis otros medicamentos, como el metotrexato?'],
    },
    sources: [REUMA_CLIN_PJP, MURCIA_PREEVID_COTRIMOXAZOLE, TAIWAN_PJP_COHORT, PJP_PARK, SMX_TMP_LABEL],
    reviewed: REVIEWED,
  },
  'bone-protection-on-steroids': {
    summary: 'Proteger los huesos con corticoides es tomar medidas para que los huesos sigan fuertes mientras los corticoides los debilitan.',
    sections: {
      whyInDm:
        'Los corticoides pueden debilitar los huesos rápido y hacer que se rompan con más facilidad. Son la segunda causa de osteoporosis, después de la menopausia. Una guía de Estados Unidos dice que quien toma corticoides más de tres meses, aunque sea en dosis bajas, debe revisar pronto su riesgo de rotura. A menudo se hace con una prueba de densidad del hueso (densitometría).',
      howGiven:
        'A todas las personas con corticoides se les aconseja tomar suficiente calcio y vitamina D, y hacer ejercicio en el que las piernas lleven el peso del cuerpo. No fume y beba poco alcohol. Si su riesgo de rotura es medio o alto, es probable que le ofrezcan un medicamento para el hueso. Lo más frecuente es una pastilla del grupo de los bifosfonatos. Otras opciones son medicamentos por la vena, inyecciones y medicamentos que forman hueso.',
      sideEffects:
        'La rotura más frecuente con los corticoides es la de las vértebras de la espalda. Muchas no duelen y pasan sin notarse. Por eso, si toma corticoides, pregunte por sus huesos aunque no note nada.',
      questions: ['¿Necesito una densitometría?', '¿Debo tomar calcio y vitamina D, y cuánto?', '¿Mi riesgo es tan alto como para tomar un medicamento para el hueso?'],
    },
    sources: [REUMATOL_CLIN_GIOP, ACR_GIOP_2022, MAYO_DM_TREATMENT_EN],
    reviewed: REVIEWED,
  },
  'pregnancy-and-dm-medicines': {
    summary: 'Algunos medicamentos de la DM pueden dañar al bebé antes de nacer, así que un embarazo se planea con su equipo médico.',
    sections: {
      whyInDm:
        'Tres medicamentos de la DM pueden causar defectos de nacimiento o la pérdida del embarazo: el metotrexato, el micofenolato y la ciclofosfamida. Por eso se dejan antes de un embarazo, con un plan hecho con su médico. También se evitan los inhibidores de JAK, como el tofacitinib o el baricitinib. El baricitinib no se debe usar en el embarazo ni al dar el pecho. Otros medicamentos a menudo se siguen tomando en el embarazo si hacen falta. Entre ellos están la hidroxicloroquina, la azatioprina y los corticoides en dosis bajas. Si la enfermedad es grave, se puede usar IVIG o rituximab. Si recibió rituximab en el embarazo, dígalo al médico de su bebé: las vacunas vivas del bebé quizá deban esperar hasta que cumpla seis meses.',
      howGiven:
        'Hable con su equipo antes de buscar un bebé. Use un método anticonceptivo seguro mientras tome un medicamento que pueda dañar un embarazo. Cuánto tiempo antes hay que dejar cada medicamento depende de la guía, así que siga lo que diga su equipo. Los hombres también necesitan consejo. Se aconseja dejar la ciclofosfamida unos tres meses antes de buscar un bebé. Con el micofenolato, a veces se aconseja dejarlo antes. Los consejos sobre el metotrexato varían.',
      sideEffects:
        'Si cree que puede estar embarazada, llame a su equipo ese mismo día, sin esperar a la próxima visita. No deje ni cambie un medicamento por su cuenta: su equipo le dirá qué hacer. Con el micofenolato, en Estados Unidos se avisa a un registro de un embarazo durante el tratamiento o en las seis semanas siguientes.',
      questions: [
        '¿Cuáles de mis medicamentos son seguros en el embarazo?',
        '¿Cuánto tiempo antes de buscar un bebé tendría que dejar algún medicamento?',
        '¿Qué método anticonceptivo va mejor con mi tratamiento?',
        '¿Importa qué medicamentos toma mi pareja?',
        '¿Cuáles de mis medicamentos son seguros al dar el pecho?',
      ],
    },
    sources: [FARM_HOSP_PREGNANCY, ACR_REPRODUCTIVE_2020, CELLCEPT_LABEL, TREXALL_LABEL, OLUMIANT_SMPC, AU_IMMUNISATION_IN_UTERO],
    reviewed: REVIEWED,
  },
  rheumatologist: {
    summary: 'Un reumatólogo es un médico que trata las enfermedades de las articulaciones, los músculos y las defensas, como la DM.',
    sections: {
      whyInDm:
        'Los reumatólogos saben de enfermedades autoinmunes, en las que las defensas atacan al propio cuerpo, y la miositis es una de ellas. A menudo tratan la DM, también con medicamentos que calman las defensas. Trabajan con otros médicos, como el dermatólogo para la piel o el médico del pulmón. Algunas personas ven también, o en su lugar, a un neurólogo, el médico de los nervios y los músculos.',
      howGiven:
        'El reumatólogo se forma primero en medicina interna o en pediatría, y después estudia varios años más de reumatología. Trata con medicamentos y otros cuidados, no con cirugía. Algunos son médicos de niños y cuidan a niños con DM.',
      sideEffects: 'Entre una visita y otra, sepa a quién llamar si nota algo nuevo, como más debilidad, manchas nuevas o fiebre.',
      questions: ['¿Quién lleva mi DM, y a quién llamo entre visitas?', '¿Cómo se reparten mi cuidado usted y mis otros médicos?', '¿Cada cuánto le veré y me haré análisis?'],
    },
    sources: [ACR_RHEUMATOLOGIST_ES, SARE_RHEUMATOLOGIST, ACTAS_DM_SERIES, JND_MYOPATHIES],
    reviewed: REVIEWED,
  },
  dermatologist: {
    summary: 'Un dermatólogo es un médico que trata los problemas de la piel, el pelo y las uñas.',
    sections: {
      whyInDm:
        'En la DM, el dermatólogo trata las manchas y el picor, que a menudo cuesta controlar. En un estudio, la mayoría de los adultos con DM aún tenían algo de manchas tras tres años de tratamiento. El dermatólogo puede ayudar a hacer el diagnóstico por las manchas, y una biopsia de piel puede confirmarlo. También puede ayudar a encontrar pronto otros problemas unidos a la DM. A menudo trabaja con el reumatólogo.',
      howGiven:
        'Los dermatólogos se forman durante muchos años y tratan miles de problemas de la piel, el pelo y las uñas. Para la DM pueden proponer cremas, protección del sol y medicamentos por boca.',
      sideEffects: 'Avise si las manchas empeoran, pican mucho o se abren en llagas.',
      questions: ['¿Cuál es el plan para mis manchas y mi picor?', '¿Necesito una biopsia de piel?', '¿Cómo se reparten mi cuidado el dermatólogo y el reumatólogo?'],
    },
    sources: [ACTAS_DM_SERIES, AEDV_DM, MAYO_DM_TREATMENT, AAD_DERMATOLOGIST, SKIN_REMISSION_STUDY],
    reviewed: REVIEWED,
  },
  'clinical-trial': {
    summary: 'Un ensayo clínico es un estudio de investigación que prueba si un tratamiento nuevo funciona y es seguro.',
    sections: {
      whyInDm:
        'Hay ensayos que prueban tratamientos nuevos para la DM. Un medicamento en investigación es uno que aún no está aprobado para esa enfermedad y solo se usa en el estudio. Muchos ensayos lo comparan con un placebo, que se ve igual pero no lleva medicamento. A menudo un ordenador reparte a las personas en grupos al azar, como al lanzar una moneda. Esto se llama aleatorización, y sirve para comparar los tratamientos de forma justa.',
      howGiven:
        'Participar es su decisión, y puede dejar el estudio cuando quiera. Puede que a usted le ayude o no, pero los resultados pueden ayudar a otros. A menudo sigue con sus medicamentos de siempre. Le revisan con frecuencia, y debe contar al equipo del estudio cualquier cambio en cómo se siente.',
      sideEffects:
        'El tratamiento nuevo puede dar efectos secundarios, o no funcionar mejor que el de siempre. Puede que le toque el grupo que recibe el placebo. Las visitas pueden llevar tiempo y obligarle a viajar.',
      questions: ['¿Hay algún ensayo para mi tipo de DM?', '¿Me podría tocar el placebo, y qué pasaría entonces?', '¿Me costará algo, y me pagarán los viajes?'],
    },
    sources: [NCI_RANDOMISED_TRIAL_ES, NIA_TRIALS_ES, NIH_CC_FAQ_ES, NIH_TRIALS_BASICS, PRODERM_NEJM],
    reviewed: REVIEWED,
  },
  biosimilar: {
    summary: 'Un biosimilar es una copia muy parecida de un medicamento biológico, que funciona igual de bien y es igual de seguro.',
    sections: {
      whyInDm:
        'Los medicamentos biológicos, como el rituximab, se fabrican con células vivas. Por eso no se puede hacer una copia exacta. Un biosimilar se aprueba cuando es muy parecido al original en su forma, su acción, su eficacia y su seguridad. El rituximab tiene varios, como Truxima, Ruxience y Riabni en Estados Unidos.',
      howGiven:
        'Un biosimilar se usa para la misma enfermedad que el original, en la misma dosis y de la misma forma. En Estados Unidos, el producto que recibe a menudo depende de su seguro.',
      sideEffects:
        'El original y el biosimilar cambian un poco de un lote a otro, porque se hacen con células vivas. Esas pequeñas diferencias no cambian cómo funcionan. Si le cambian de producto, pregunte a su equipo qué cambia para usted.',
      questions: ['¿Mi medicamento es el original o un biosimilar?', '¿Cambiar de producto cambia cómo me lo ponen?', '¿A quién pregunto si mi seguro cambia el producto?'],
    },
    sources: [AEMPS_BIOSIMILARS, FDA_BIOSIMILARS, TRUXIMA_LABEL],
    reviewed: REVIEWED,
  },
  'refractory-myositis': {
    summary: 'La miositis resistente, o refractaria, es la que no mejora lo bastante con los primeros tratamientos de siempre.',
    sections: {
      whyInDm:
        'La mayoría de las personas empiezan con corticoides y un segundo medicamento, como el metotrexato. Si la enfermedad sigue activa tras probarlos bien, o si no se toleran, se puede llamar resistente. No hay una sola definición para todos. Para la debilidad de los músculos, una guía del Reino Unido propone entonces opciones como la IVIG, el rituximab o la ciclofosfamida. Para la piel, propone la IVIG o el rituximab. Muchos ensayos de medicamentos son para personas con la enfermedad resistente.',
      howGiven:
        'No quiere decir que nada vaya a funcionar. Su equipo puede revisar primero el diagnóstico y si otra cosa explica sus síntomas. Después le hablará de los siguientes pasos.',
      sideEffects: 'Avise a su equipo si la debilidad, las manchas o la dificultad para tragar o respirar empeoran mientras prueba un tratamiento nuevo.',
      questions: ['¿Mi enfermedad se llama resistente, y por qué?', '¿Cuáles son mis siguientes opciones de tratamiento?', '¿Podría entrar en un ensayo clínico?'],
    },
    sources: [SERGAS_RESISTANT_MYOSITIS, REV_MED_CHILE_MYOPATHIES, BSR_MYOSITIS_GUIDELINE, REFRACTORY_REVIEW],
    reviewed: REVIEWED,
  },
  dietitian: {
    summary: 'Un dietista-nutricionista es un experto en alimentación que puede planear comidas que vayan bien con su DM y sus medicamentos.',
    sections: {
      whyInDm:
        'La DM puede hacer perder peso y músculo, dificultar masticar o tragar y bajar la vitamina D. Los corticoides pueden además hacer subir de peso y subir el azúcar en la sangre. El dietista-nutricionista revisa cómo come usted y planea sus comidas, por ejemplo con texturas más blandas, suplementos o más proteína. No hay una dieta especial para la DM: se corrige lo que se encuentra en esa revisión.',
      howGiven:
        'Puede verle en la consulta o en el hospital. Una asociación de pacientes con miositis de Estados Unidos dice que, con corticoides, se suele aconsejar comer más proteína y menos hidratos de carbono. También hay que tomar suficiente calcio y vitamina D.',
      sideEffects: 'Avise a su equipo si pierde peso sin querer o si le cuesta masticar o tragar.',
      questions: ['¿Tomo suficiente proteína, calcio y vitamina D?', '¿Mis comidas o bebidas deberían ser más blandas o más espesas?', '¿Cómo cuido mi peso y mi azúcar mientras tomo corticoides?'],
    },
    sources: [REV_CUBANA_NUTRITION, ACR_PREDNISONE_ES, HSS_NUTRITION, TMA_CORTICOSTEROIDS],
    reviewed: REVIEWED,
  },
};
