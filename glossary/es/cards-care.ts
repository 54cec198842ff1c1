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

const REVIEWED = '2026-12-06';

// Spanish-language sources.
const ACR_PREDNISONE_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Prednisona',
  url: 'https://rheumatology.org/patients/prednisona',
};
/** Why prednisone is lowered step by step, what stopping too fast feels like, and how long it can take. */
const MAYO_TAPER: Source = {
  publisher: 'Middlesex Health (contenido de Mayo Clinic)',
  title: 'Abstinencia de la prednisona: ¿por qué debe dejar de tomarse gradualmente?',
  url: 'https://middlesexhealth.org/learning-center/espanol/preguntas-y-respuestas/abstinencia-de-la-prednisona-por-qu-debe-dejar-de-tomarse-gradualmente',
};
const MURCIA_PREEVID_SHORT_STEROIDS: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Preevid',
  title: 'Suspensión de corticoides tras tratamientos cortos y riesgo de insuficiencia suprarrenal',
  url: 'https://murciasalud.es/preevid/19444',
};
/** Sun (UVA and UVB) among the things that can start or worsen DM. */
const SAD_DM: Source = {
  publisher: 'Sociedad Argentina de Dermatología',
  title: 'Dermatomiositis: información básica para pacientes y cuidadores',
  url: 'https://sad.org.ar/?p=70180',
};
/** DM can reach the swallowing and breathing muscles and the heart. */
const AEDV_DM: Source = {
  publisher: 'Fundación Piel Sana (Academia Española de Dermatología y Venereología)',
  title: 'La dermatomiositis',
  url: 'https://aedv.fundacionpielsana.es/mi-enfermedad/la-dermatomiositis',
};
const MAYO_DM_TREATMENT_ES: Source = {
  publisher: 'Mayo Clinic',
  title: 'Dermatomiositis: diagnóstico y tratamiento',
  url: 'https://mayoclinic.org/es/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
};
const REUMA_CLIN_PJP: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Pneumocystis jirovecii en pacientes inmunocomprometidos con enfermedades reumáticas',
  url: 'https://reumatologiaclinica.org/es-pneumocystis-jirovecii-pacientes-inmunocomprometidos-con-articulo-S1699258X20300826',
};
/** Quotes the Spanish Septrin technical sheet on blood counts with an antifolate such as methotrexate. */
const MURCIA_PREEVID_COTRIMOXAZOLE: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Preevid',
  title: 'Cotrimoxazol y alteraciones de la sangre por falta de folato',
  url: 'https://murciasalud.es/preevid/21837',
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
const PJP_TAIWAN: Source = {
  publisher: 'PubMed Central (Taiwan nationwide cohort)',
  title: 'Pneumocystis pneumonia in autoimmune rheumatic diseases',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7917170',
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
    sources: [SAD_DM, AEDV_DM, MAYO_DM_TREATMENT_ES, RELAPSES_STUDY, MDUK_FACTSHEET, TMA_SUN],
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
    sources: [REUMA_CLIN_PJP, MURCIA_PREEVID_COTRIMOXAZOLE, PJP_TAIWAN, PJP_PARK, SMX_TMP_LABEL],
    reviewed: REVIEWED,
  },
};
