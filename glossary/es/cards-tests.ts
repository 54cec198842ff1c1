/**
 * Spanish cards for the tests and checks that come with DM and its medicines
 * (screening before treatment, blood tests, antibodies), written in plain
 * Spanish from Spanish-language sources and never giving a dose. Each card
 * carries only the facts of its English entry that a source retrieved for it
 * supports; a fact no source covered is left out rather than translated from
 * memory. English sources are listed only where they back a safety fact the
 * English card already carries (marked "English:").
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';

const REVIEWED = '2026-12-06';

/** Two kinds of test, the skin test read two or three days later, the provider picks one, a positive needs more tests. */
const CDC_TB_TESTS_ES: Source = {
  publisher: 'CDC (Centros para el Control y la Prevención de Enfermedades de EE. UU.)',
  title: 'Pruebas para detectar la infección de tuberculosis',
  url: 'https://cdc.gov/tb/esp/topic/testing/tbtesttypes.htm',
};
/** Latent infection wakes when immunity falls; immunosuppressive treatment raises the risk; screening and preventive treatment before biologics. */
const ACTAS_TB_BIOLOGICS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología, 2018)',
  title: 'Consenso multidisciplinar sobre prevención y tratamiento de la tuberculosis en pacientes candidatos a tratamiento biológico',
  url: 'https://actasdermo.org/es-consenso-multidisciplinar-sobre-prevencion-tratamiento-articulo-S0001731018301790',
};
/** English: the blood test needs one visit (the English card's source). */
const VERMONT_TB_TESTING: Source = {
  publisher: 'Vermont Department of Health',
  title: 'Testing for tuberculosis (TB) infection',
  url: 'https://www.healthvermont.gov/immunizations-infectious-disease/tuberculosis/tb-testing-and-diagnosis',
};

/** Reactivation under immunosuppression is serious, even after a past infection; screening and, in some, preventive treatment. */
const GASTRO_HEPATOL_HBV_IMMUNOSUPPRESSED: Source = {
  publisher: 'Gastroenterología y Hepatología (Riveiro-Barciela y Buti, 2015), en Elsevier',
  title: 'Virus de la hepatitis B en el embarazo y el paciente inmunosuprimido',
  url: 'https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-virus-hepatitis-b-el-embarazo-S0210570514001782',
};
/** Reactivation can give no symptoms or a severe hepatitis; screen everyone before immunosuppressive treatment; antivirals prevent it. */
const REED_HBV_REACTIVATION: Source = {
  publisher: 'Revista Española de Enfermedades Digestivas (2010), en SciELO España',
  title: 'Reactivación de la hepatitis B y su impacto clínico actual',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1130-01082010000900006&lng=es&nrm=iso&tlng=es',
};
/** Rituximab and hepatitis B: screening for HBsAg and anti-HBc before it. */
const GASTRO_HEPATOL_HBV_RITUXIMAB_SCREENING: Source = {
  publisher: 'Gastroenterología y Hepatología (2015), en Elsevier',
  title: 'Importancia del despistaje del virus de la hepatitis B en pacientes tratados con rituximab',
  url: 'https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-importancia-del-despistaje-del-virus-S0210570515000734',
};

/** What the count measures, anemia/infection/bleeding, monitoring of treatments that affect blood cells, no preparation. */
const LABTESTS_HEMOGRAMA: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Hemograma',
  url: 'https://labtestsonline.es/tests/hemograma',
};
/** English: azathioprine needs regular blood counts and can lower them (glossary-facts.md). */
const MEDLINEPLUS_AZATHIOPRINE_EN: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Azathioprine',
  url: 'https://medlineplus.gov/druginfo/meds/a682167.html',
};
/** English: methotrexate needs regular blood counts and can lower them (glossary-facts.md). */
const MEDLINEPLUS_METHOTREXATE_EN: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Methotrexate',
  url: 'https://medlineplus.gov/druginfo/meds/a682019.html',
};

/** Blood test for autoimmune disease, helps rule others out, medicines can change the result. */
const LABTESTS_ANA: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Anticuerpos antinucleares (ANA)',
  url: 'https://labtestsonline.es/tests/anticuerpos-antinucleares-ana',
};
/** Some antinuclear antibodies are normal; many can be a sign of an autoimmune disorder. */
const MEDLINEPLUS_ANA_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Prueba de anticuerpos antinucleares (ANA)',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/prueba-de-anticuerpos-antinucleares/',
};
/** English: positive in DM and related diseases, and in many healthy people (the English card's source). */
const MAYO_ANA_RESULTS: Source = {
  publisher: 'Mayo Clinic',
  title: 'ANA test: results',
  url: 'https://www.mayoclinic.org/tests-procedures/ana-test/details/results/rsc-20344732',
};

/** The enzyme breaks down thiopurines such as azathioprine; tested before starting, from blood or a cheek swab; activity before the drug. */
const LABTESTS_TPMT: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Tiopurina metiltransferasa (TPMT)',
  url: 'https://labtestsonline.es/tests/tpmt',
};
/** English: no TPMT, no azathioprine; low TPMT, a lower amount; blood counts still needed (glossary-facts.md #20, the English card's source). */
const DAILYMED_IMURAN: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Imuran (azathioprine) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=606101a0-6244-7eff-e053-2a91aa0acadd',
};

export const SPANISH_CARDS_TESTS: Readonly<Record<string, SpanishCard>> = {
  'tuberculosis-screening': {
    summary: 'El cribado de tuberculosis es una prueba en la piel o en la sangre. Busca una infección escondida antes de empezar algunos medicamentos.',
    sections: {
      whyInDm:
        'El germen de la tuberculosis puede quedarse dormido en el cuerpo durante años sin dar síntomas. Esto se llama tuberculosis latente. Cuando bajan las defensas, el germen puede despertar y causar la enfermedad. Los medicamentos que bajan las defensas, como algunos biológicos, suben ese riesgo. Por eso se hace la prueba antes de empezar algunos de ellos.',
      howGiven:
        'Hay dos pruebas. En la de la piel, se pone un poco de líquido bajo la piel del antebrazo. Debe volver a los dos o tres días para que lo miren. La de sangre solo necesita un pinchazo en una visita. Su médico elige cuál hacer. Casi nunca se hacen las dos.',
      sideEffects:
        'Un resultado positivo quiere decir que el germen está en el cuerpo. No dice si está dormido o activo: para eso hacen falta más pruebas. Si tiene la infección dormida, su médico hablará con usted de tratarla para que no despierte.',
      questions: ['¿Necesito la prueba antes de mi nuevo medicamento?', '¿Me harán la prueba de la piel o la de sangre?', '¿Qué pasa si sale positiva?'],
    },
    sources: [CDC_TB_TESTS_ES, ACTAS_TB_BIOLOGICS, VERMONT_TB_TESTING],
    reviewed: REVIEWED,
  },
  'hepatitis-b-screening': {
    summary: 'El cribado de hepatitis B es un análisis de sangre. Busca una infección de hepatitis B de ahora o del pasado.',
    sections: {
      whyInDm:
        'El virus de la hepatitis B puede quedarse escondido en el hígado. Puede pasar incluso años después de una infección que parecía curada. Los medicamentos fuertes que bajan las defensas pueden despertarlo. El rituximab es uno de ellos. Esto puede dañar mucho el hígado, y a veces es mortal. Por eso se hace el análisis antes de empezar estos tratamientos.',
      howGiven:
        'Es un análisis de sangre. Una parte busca el virus mismo, con una prueba llamada antígeno de superficie (HBsAg). Otra busca señales de una infección pasada, el anticuerpo core (anti-HBc). Si sale alguna, su médico verá si necesita un medicamento contra el virus para que no despierte.',
      sideEffects:
        'Al principio, que el virus despierte puede no dar síntomas. Por eso importa tanto el análisis antes de empezar. Diga a su equipo si alguna vez tuvo hepatitis B. El análisis también se pide antes de otros tratamientos que bajan las defensas.',
      questions: ['¿Me han hecho el análisis de hepatitis B?', 'Si tuve una infección en el pasado, ¿cómo van a cuidar mi hígado?', '¿Qué otros medicamentos míos tienen este riesgo?'],
    },
    sources: [GASTRO_HEPATOL_HBV_IMMUNOSUPPRESSED, REED_HBV_REACTIVATION, GASTRO_HEPATOL_HBV_RITUXIMAB_SCREENING],
    reviewed: REVIEWED,
  },
  'complete-blood-count': {
    summary: 'El hemograma es un análisis de sangre muy común. Cuenta los glóbulos rojos, los glóbulos blancos y las plaquetas.',
    sections: {
      whyInDm:
        'Algunos medicamentos para la DM pueden bajar las células de la sangre. Dos ejemplos son la azatioprina y el metotrexato. Los glóbulos blancos luchan contra los gérmenes: si hay pocos, las infecciones llegan más fácil. Los análisis regulares lo ven pronto. El hemograma también ayuda a ver anemia, infecciones y problemas de sangrado.',
      howGiven:
        'Es un análisis sencillo, de sangre de una vena. No hace falta prepararse. Suele hacerse junto con los análisis del hígado. Cada cuánto se hace depende de sus medicamentos y del tiempo que lleve con ellos.',
      sideEffects:
        'Puede notar un pinchazo al sacar la sangre. Si un número sale bajo, su médico le dirá qué hacer. Con pocos glóbulos blancos hay más riesgo de infección. Con pocas plaquetas hay más riesgo de sangrar.',
      questions: ['¿Cada cuánto necesito un hemograma con mis medicamentos?', '¿Salió bajo algún número, y qué debo hacer?', '¿Qué señales de infección o de sangrado debo avisar?'],
    },
    sources: [LABTESTS_HEMOGRAMA, MEDLINEPLUS_AZATHIOPRINE_EN, MEDLINEPLUS_METHOTREXATE_EN],
    reviewed: REVIEWED,
  },
  'antinuclear-antibody': {
    summary: 'La prueba de ANA busca en la sangre anticuerpos que atacan el centro (el núcleo) de las propias células.',
    sections: {
      whyInDm:
        'Se pide cuando el médico piensa en una enfermedad en la que las defensas atacan al cuerpo. Suele salir positiva en la DM y en otras enfermedades parecidas. Pero un resultado positivo no basta para decir que hay una enfermedad. Es normal tener algunos de estos anticuerpos, y muchas personas sanas dan positivo. Un resultado negativo ayuda a descartar algunas enfermedades. Si sale positivo, pueden pedir otros análisis de anticuerpos más concretos.',
      howGiven:
        'Es un análisis de sangre de una vena. No hace falta prepararse. Pero algunos medicamentos cambian el resultado. Lleve una lista de todo lo que toma, también lo que compra sin receta.',
      sideEffects:
        'Puede notar un pinchazo al sacar la sangre. El resultado solo no da un diagnóstico. Su médico lo mira junto con sus síntomas y otras pruebas.',
      questions: ['¿Mi ANA salió positivo, y qué quiere decir para mí?', '¿Qué otros análisis de anticuerpos me van a hacer?', '¿Alguno de mis medicamentos puede cambiar el resultado?'],
    },
    sources: [LABTESTS_ANA, MEDLINEPLUS_ANA_ES, MAYO_ANA_RESULTS],
    reviewed: REVIEWED,
  },
  'tpmt-test': {
    summary: 'La prueba de TPMT muestra si su cuerpo puede deshacer bien la azatioprina.',
    sections: {
      whyInDm:
        'La TPMT es una enzima que ayuda a sacar la azatioprina del cuerpo. Quien tiene muy poca o nada puede tener bajadas peligrosas de las células de la sangre. Si no tiene nada de esta enzima, no debe tomar azatioprina. Si tiene poca, necesita una cantidad menor, que decide su médico.',
      howGiven:
        'Se hace antes de empezar la azatioprina. Suele ser un análisis de sangre. A veces se usa una muestra que se toma frotando el lado de dentro de la mejilla. Si se mide cuánto trabaja la enzima, hay que hacerlo antes de tomar el medicamento, porque puede cambiar el resultado.',
      sideEffects:
        'La prueba no sustituye los análisis de sangre regulares mientras toma azatioprina. Aunque el resultado sea normal, le seguirán haciendo hemogramas.',
      questions: ['¿Me han hecho la prueba de TPMT, y qué mostró?', '¿Cómo cambia mi resultado el tratamiento?', '¿Cada cuánto me seguirán haciendo análisis de sangre?'],
    },
    sources: [LABTESTS_TPMT, DAILYMED_IMURAN],
    reviewed: REVIEWED,
  },
};
