/**
 * Spanish cards for the tests and checks that come with DM and its medicines
 * (screening before treatment, blood tests, antibodies), written in plain
 * Spanish from Spanish-language sources and never giving a dose. Each card
 * carries only the facts of its English entry that a source retrieved for it
 * supports; a fact no source covered is left out rather than translated from
 * memory. An English source (marked "English:") stands beside the Spanish
 * ones only for a safety fact the English card carries and
 * /work/shared/glossary-facts.md records, or for an English page read for
 * the card.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACTAS_NEW_AUTOANTIBODIES,
  ACTAS_TB_BIOLOGICS,
  GASTRO_HEPATOL_TRANSAMINASES,
  MAYO_DM_TREATMENT_EN,
  MEDLINEPLUS_AZATHIOPRINE,
  MEDLINEPLUS_DYSPHAGIA_TESTS_ES,
  MEDLINEPLUS_METHOTREXATE,
  VOZANDES_ANTISYNTHETASE,
} from './sources';

const REVIEWED = '2026-12-06';

/** Two kinds of test, the skin test read two or three days later, the provider picks one, a positive needs more tests. */
const CDC_TB_TESTS_ES: Source = {
  publisher: 'CDC (Centros para el Control y la Prevención de Enfermedades de EE. UU.)',
  title: 'Pruebas para detectar la infección de tuberculosis',
  url: 'https://cdc.gov/tb/esp/topic/testing/tbtesttypes.htm',
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

/** The enzyme breaks down thiopurines such as azathioprine; tested before starting, from blood or a cheek swab; activity before the drug. */
const LABTESTS_TPMT: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Tiopurina metiltransferasa (TPMT)',
  url: 'https://labtestsonline.es/tests/tpmt',
};
/** English: no TPMT, no azathioprine; low TPMT, a lower amount; blood counts still needed. The safety facts of glossary-facts.md #20, and the English card's source for them. */
const DAILYMED_IMURAN: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Imuran (azathioprine) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=606101a0-6244-7eff-e053-2a91aa0acadd',
};

/** ALT is mostly in the liver; high levels are a sign of liver injury, sometimes before symptoms; part of the liver tests. */
const MEDLINEPLUS_ALT_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Prueba de sangre de ALT',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/prueba-de-sangre-de-alt',
};
/** No preparation is needed. */
const LABTESTS_ALT: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Alanina aminotransferasa (ALT)',
  url: 'https://labtestsonline.es/tests/alt',
};
/** AST and ALT are found in the liver and also in muscle, heart and skeletal. */
const MEDICINA_INTEGRAL_TRANSAMINASES: Source = {
  publisher: 'Medicina Integral, en Elsevier',
  title: 'Un paciente con hipertransaminasemia prolongada',
  url: 'https://elsevier.es/es-revista-medicina-integral-63-articulo-un-paciente-con-hipertransaminasemia-prolongada-10022202',
};

/** What the tests are for (finding a lung disease, how treatment works), spirometry and gas diffusion. */
const KAISER_PFT_ES: Source = {
  publisher: 'Kaiser Permanente (en español)',
  title: 'Pruebas de funcionamiento pulmonar',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.zd1416',
};
/** Each breath records how much air the lungs take, how it moves and how well oxygen reaches the blood. */
const BMC_PFT_ES: Source = {
  publisher: 'Boston Medical Center (en español)',
  title: 'Prueba de función pulmonar (PFT)',
  url: 'https://www.bmc.org/es/content/pulmonary-function-test-pft',
};
/** Lung involvement is a serious and frequent complication of the inflammatory myopathies. */
const REV_COLOMB_PULMONARY_MYOSITIS: Source = {
  publisher: 'Revista Colombiana de Reumatología (2009), en SciELO Colombia',
  title: 'Complicaciones pulmonares de las miopatías inflamatorias idiopáticas',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232009000300005&lng=es',
};

/** How a chest CT is done: narrow table, keep still, hold the breath briefly, seconds to minutes. */
const MEDLINEPLUS_CHEST_CT_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'TC torácica',
  url: 'https://medlineplus.gov/spanish/ency/article/003788.htm',
};
/** More radiation than a plain X-ray; tell the doctor about a pregnancy; contrast reactions. */
const MAYO_CT_RISKS_ES: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Tomografía computarizada: riesgos',
  url: 'https://www.mayoclinic.org/es-es/tests-procedures/ct-scan/basics/risks/prc-20014610',
};
/** High-resolution CT is the imaging test of choice for interstitial lung disease; its patterns help avoid needless biopsies. */
const SEMIN_FER_ILD_PATTERNS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología (Giménez Palleiro y Franquet, 2013)',
  title: 'Patrones radiológicos en la enfermedad pulmonar intersticial',
  url: 'https://doi.org/10.1016/j.semreu.2013.05.002',
};

/** How the needle test is done, no creams that day, blood thinners, mild pain, tender or bruised muscle afterwards, nerve study the same visit. */
const MEDLINEPLUS_EMG_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Electromiografía',
  url: 'https://medlineplus.gov/spanish/ency/article/003929.htm',
};
/** Muscles and the nerve cells that control them; needle electrode and a nerve conduction study with pads on the skin. */
const BMC_EMG_ES: Source = {
  publisher: 'Boston Medical Center (en español)',
  title: 'EMG (electromiograma)',
  url: 'https://www.bmc.org/es/content/emg-electromyogram',
};

/** Muscle and liver enzyme; fasting and no hard exercise before; in some myositis, above all DM, high while CK is normal; liver causes. */
const MEDLINEPLUS_ALDOLASE_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Examen de aldolasa',
  url: 'https://medlineplus.gov/spanish/ency/article/003566.htm',
};

/** Myoglobin is in heart and skeletal muscle, leaks out when muscle is damaged, the kidneys clear it into the urine, very high levels harm them; blood or urine test. */
const MEDLINEPLUS_MYOGLOBIN_URINE_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Mioglobina en orina',
  url: 'https://medlineplus.gov/spanish/ency/article/003664.htm',
};
/** Rhabdomyolysis: dark, red or cola-coloured urine with muscle pain or weakness; myoglobin can harm the kidneys. */
const MEDLINEPLUS_RHABDOMYOLYSIS_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Rabdomiólisis',
  url: 'https://medlineplus.gov/spanish/ency/article/000473.htm',
};

/** Low ferritin means low iron; high ferritin mostly reflects inflammation (liver disease, rheumatoid arthritis), rarely iron overload; eating before the test. */
const MAYO_FERRITIN_ES: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Análisis de ferritina',
  url: 'https://www.mayoclinic.org/es/tests-procedures/ferritin-test/about/pac-20384928',
};
/** Blood from a vein; read with the blood count; the lab may ask for fasting. */
const LABTESTS_FERRITINA: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas de laboratorio)',
  title: 'Ferritina',
  url: 'https://labtestsonline.es/tests/ferritina',
};

/** Spanish cohort: cancer risk highest in the three years before and after DM with anti-TIF1-gamma, possibly up to ten; screening programmes; almost half had a cancer. */
const REV_CLIN_ESP_TIF1: Source = {
  publisher: 'Revista Clínica Española (Sociedad Española de Medicina Interna), congreso 2024',
  title: 'Incidencia de cáncer en la dermatomiositis asociada al anticuerpo TIF1-gamma',
  url: 'https://revclinesp.es/es-congresos-45-congreso-sociedad-espanola-medicina-168-sesion-enfermedades-autoinmunes-ai--8205-incidencia-de-cancer-en-la-99746',
};
/** DM has the highest cancer risk of the myopathies; anti-TIF1 and anti-NXP2 raise it; the cancer can come before, with or after the DM. */
const SINERGIA_PARANEOPLASTIC_DM: Source = {
  publisher: 'Revista Médica Sinergia (2020)',
  title: 'Dermatomiositis como síndrome paraneoplásico',
  url: 'https://doi.org/10.31434/rms.v5i7.534',
};
/** Adult DM is linked to a cancer in up to a quarter of cases; ovary and bladder in this series. */
const ACTAS_PARANEOPLASTIC_DM: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (2014)',
  title: 'Dermatomiositis paraneoplásica: estudio de 12 casos',
  url: 'https://actasdermo.org/es-dermatomiositis-paraneoplasica-estudio-12-casos-articulo-S0001731013004304',
};

/** MRI uses no ionising radiation, does not hurt, uses a large magnet and a computer. */
const BMC_MRI_ES: Source = {
  publisher: 'Boston Medical Center (en español)',
  title: 'Resonancia magnética',
  url: 'https://www.bmc.org/es/content/mri-scan',
};
/** The inflammatory myopathies are diagnosed with CK, MRI, EMG and a muscle biopsy together. */
const MSD_IIM_PRO_ES: Source = {
  publisher: 'Manual MSD, versión para profesionales (en español)',
  title: 'Miopatías inflamatorias idiopáticas',
  url: 'https://www.merckmanuals.com/es-us/professional/trastornos-de-los-tejidos-musculoesquel%C3%A9tico-y-conectivo/enfermedades-reum%C3%A1ticas-sist%C3%A9micas/miopat%C3%ADas-inflamatorias-idiop%C3%A1ticas',
};
/** Muscle MRI shows and measures fat that has replaced muscle. */
const RMCLC_MUSCLE_MRI_FAT: Source = {
  publisher: 'Revista Médica Clínica Las Condes (2018), en Elsevier',
  title: 'Resonancia magnética de cuerpo completo para estudio muscular y cuantificación de fracción grasa',
  url: 'https://elsevier.es/es-revista-revista-medica-clinica-las-condes-202-articulo-resonancia-magnetica-cuerpo-completo-estudio-S0716864018301202',
};

/** Spanish Society of Cardiology summary: in skeletal myopathies cardiac troponin T was high in most patients and troponin I in very few; skeletal troponin T forms were found; many would have met heart-attack criteria. */
const SEC_TROPONIN_MYOPATHY: Source = {
  publisher: 'Sociedad Española de Cardiología',
  title: 'Elevación de troponina T cardiaca en pacientes con miopatías esqueléticas',
  url: 'https://secardiologia.es/blog/10276-elevacion-de-troponina-t-cardiaca-en-pacientes-con-miopatias-esqueleticas',
};
/** Cardiac troponins as biomarkers in systemic autoimmune diseases. */
const SEMIN_FER_BIOMARKERS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología (2011)',
  title: 'Los otros biomarcadores. ¿Qué debe saber el reumatólogo?',
  url: 'https://www.elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-los-otros-biomarcadores-que-debe-S1577356611000261',
};

/** The dynamic swallow study: barium-coated foods of different textures, shows mouth and throat muscle coordination and food going into the airway. */
const MAYO_DYSPHAGIA_TESTS_ES: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Disfagia: análisis y diagnósticos',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/dysphagia/basics/tests-diagnosis/con-20033444',
};
/** Videofluoroscopy is the most recommended test for dysphagia: it shows the swallow as it happens and guides treatment. */
const ANALES_PED_VIDEOFLUOROSCOPY: Source = {
  publisher: 'Anales de Pediatría (Asociación Española de Pediatría, 2018)',
  title: 'Evaluación de la disfagia. Resultados tras un año de la incorporación de la videofluoroscopia en nuestro centro',
  url: 'https://analesdepediatria.org/es-evaluation-dysphagia-results-after-one-avance-S2341287918301200',
};

/** English (read for the card): in juvenile DM, anti-NXP2 goes with calcinosis, more so with an early start. */
const PUBMED_NXP2_CALCINOSIS: Source = {
  publisher: 'PubMed (Frontiers in Pediatrics, 2022)',
  title: 'Is anti-NXP2 autoantibody a risk factor for calcinosis and poor outcome in juvenile dermatomyositis patients?',
  url: 'https://pubmed.ncbi.nlm.nih.gov/35280444/',
};

/** Ten antisynthetase antibodies, anti-Jo-1 the most common; lung disease, arthritis, myositis, Raynaud, fever, mechanic's hands; findings differ by antibody. */
const MED_INT_MEX_ANTISYNTHETASE: Source = {
  publisher: 'Medicina Interna de México (2022)',
  title: 'Síndrome antisintetasa: diagnóstico, manifestaciones clínicas y tratamiento. La evidencia hasta ahora',
  url: 'https://doi.org/10.24245/mim.v38i4.4394',
};

/** Cardiac MRI is the imaging test of choice for myocarditis, at diagnosis and in follow-up. */
const RADIOLOGIA_MYOCARDITIS_MRI: Source = {
  publisher: 'Radiología (Sociedad Española de Radiología Médica, 2013), en Elsevier',
  title: 'Miocarditis: diagnóstico y seguimiento con resonancia magnética',
  url: 'https://elsevier.es/es-revista-radiologia-119-articulo-miocarditis-diagnostico-seguimiento-con-resonancia-S0033833812002093',
};
/** Cardiac MRI shows swelling (oedema), damage and scarring (fibrosis) of the heart muscle and suits following treatment over time. */
const CARDIOCORE_CARDIAC_MRI: Source = {
  publisher: 'Cardiocore (Sociedad Andaluza de Cardiología), en Elsevier',
  title: 'Valor diagnóstico de la resonancia magnética cardiaca',
  url: 'https://elsevier.es/es-revista-cardiocore-298-articulo-valor-diagnostico-resonancia-magnetica-cardiaca-S1889898X11000107',
};

/** Tumour markers can rise with a cancer, from the tumour or the body's reaction; none is fully sensitive or specific; alone they do not find early cancer. */
const REV_CLIN_MED_FAM_TUMOR_MARKERS: Source = {
  publisher: 'Revista Clínica de Medicina de Familia (2016), en SciELO España',
  title: 'Marcadores tumorales',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1699-695X2016000100006&lng=es&nrm=iso&tlng=es',
};

/** PET: a radioactive tracer, mostly into a vein of the hand or arm, collects where the body is more active; cancer shows as bright spots; usually combined with CT. */
const MAYO_PET_ES: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Tomografía por emisión de positrones',
  url: 'https://www.mayoclinic.org/es/tests-procedures/pet-scan/about/pac-20385078',
};
/** Preparation: tell the team about diabetes, pregnancy or breastfeeding; fasting beforehand; a CT often done at the same time. */
const KAISER_PET_ES: Source = {
  publisher: 'Kaiser Permanente (en español)',
  title: 'Tomografía por emisión de positrones: sobre esta prueba',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.Tomografa-por-emisin-de-positrones-Sobre-esta-prueba.abk8830',
};

/** Manual muscle testing: against gravity, then against the examiner's push; each group scored, more strength more points; needs cooperation, varies between examiners, does not measure endurance; MMT8 tests eight groups on one side. */

export const SPANISH_CARDS_TESTS: Readonly<Record<string, SpanishCard>> = {
  'tuberculosis-screening': {
    summary: 'El cribado de tuberculosis es una prueba en la piel o en la sangre. Busca una infección escondida antes de empezar algunos medicamentos.',
    sections: {
      whyInDm:
        'El germen de la tuberculosis puede quedarse dormido en el cuerpo durante años sin dar síntomas. Esto se llama tuberculosis latente. Cuando bajan las defensas, el germen puede despertar y causar la enfermedad. Los medicamentos que bajan las defensas, como algunos biológicos, suben ese riesgo. Por eso se hace la prueba antes de empezar algunos de ellos.',
      howGiven:
        'Hay dos pruebas. En la de la piel, se pone un poco de líquido bajo la piel del antebrazo. Debe volver a los dos o tres días para que lo miren. La de sangre solo necesita sacar un poco de sangre. Su médico elige cuál hacer. Casi nunca se hacen las dos.',
      sideEffects:
        'Un resultado positivo quiere decir que el germen está en el cuerpo. No dice si está dormido o activo: para eso hacen falta más pruebas. Si tiene la infección dormida, su médico hablará con usted de tratarla para que no despierte.',
      questions: ['¿Necesito la prueba antes de mi nuevo medicamento?', '¿Me harán la prueba de la piel o la de sangre?', '¿Qué pasa si sale positiva?'],
    },
    sources: [CDC_TB_TESTS_ES, ACTAS_TB_BIOLOGICS],
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
    sources: [LABTESTS_HEMOGRAMA, MEDLINEPLUS_AZATHIOPRINE, MEDLINEPLUS_METHOTREXATE],
    reviewed: REVIEWED,
  },
  'antinuclear-antibody': {
    summary: 'La prueba de ANA busca en la sangre anticuerpos que atacan el centro (el núcleo) de las propias células.',
    sections: {
      whyInDm:
        'Se pide cuando el médico piensa en una enfermedad en la que las defensas atacan al cuerpo. Puede salir positiva en muchas de estas enfermedades. Pero un resultado positivo no basta para decir que hay una enfermedad. Es normal tener algunos de estos anticuerpos en la sangre. Un resultado negativo ayuda a descartar algunas enfermedades. Si sale positivo, pueden pedir otros análisis de anticuerpos más concretos.',
      howGiven:
        'Es un análisis de sangre de una vena. No hace falta prepararse. Pero algunos medicamentos cambian el resultado. Lleve una lista de todo lo que toma, también lo que compra sin receta.',
      sideEffects:
        'Puede notar un pinchazo al sacar la sangre. El resultado solo no da un diagnóstico. Su médico lo mira junto con sus síntomas y otras pruebas.',
      questions: ['¿Mi ANA salió positivo, y qué quiere decir para mí?', '¿Qué otros análisis de anticuerpos me van a hacer?', '¿Alguno de mis medicamentos puede cambiar el resultado?'],
    },
    sources: [LABTESTS_ANA, MEDLINEPLUS_ANA_ES],
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
  'liver-enzymes': {
    summary: 'Las enzimas del hígado, como la ALT y la AST, se miden en la sangre. Suben cuando se dañan células del hígado o del músculo.',
    sections: {
      whyInDm:
        'Algunos medicamentos para la DM, como el metotrexato y la azatioprina, pueden dañar el hígado. Por eso se miran a menudo. Pero estas enzimas también están en el músculo. En la miositis pueden salir del músculo inflamado, igual que la CK. Así, un valor alto puede venir del músculo y no del hígado. Su médico las mira junto con los análisis del músculo antes de decidir qué quiere decir una subida.',
      howGiven:
        'Forman parte de un análisis de sangre habitual, a menudo junto con el hemograma. Casi nunca hace falta prepararse, pero pregunte a su equipo si debe ir en ayunas.',
      sideEffects:
        'Puede notar un pinchazo al sacar la sangre. Un resultado fuera de lo normal no siempre quiere decir que el hígado esté enfermo. Pero algunas enfermedades del hígado suben la ALT antes de dar síntomas, y el análisis ayuda a verlas pronto.',
      questions: ['¿Mi valor alto viene del hígado o de los músculos?', '¿Cada cuánto me miran el hígado con mis medicamentos?', '¿Debo beber menos alcohol?'],
    },
    sources: [MEDLINEPLUS_ALT_ES, LABTESTS_ALT, MEDICINA_INTEGRAL_TRANSAMINASES, GASTRO_HEPATOL_TRANSAMINASES, MEDLINEPLUS_AZATHIOPRINE, MEDLINEPLUS_METHOTREXATE],
    reviewed: REVIEWED,
  },
  'pulmonary-function-tests': {
    summary: 'Las pruebas de función pulmonar son pruebas de respiración. Muestran cuánto aire mueven sus pulmones y si pasan bien el oxígeno a la sangre.',
    sections: {
      whyInDm:
        'La DM puede afectar a los pulmones, y es una complicación seria. Una forma es la enfermedad pulmonar intersticial, que inflama el pulmón y puede dejar cicatrices. Las pruebas de respiración ayudan a encontrarla. Repetidas con el tiempo, muestran si el tratamiento funciona.',
      howGiven:
        'Se hacen en una consulta o en un laboratorio. Usted respira por un tubo de varias formas: a veces con calma y a veces soplando todo el aire, fuerte y rápido. Otra prueba mide cuánto gas pasa de los pulmones a la sangre.',
      sideEffects:
        'Cada vez se comparan los resultados con los de antes, para ver cómo cambian sus pulmones. Pregunte si debe dejar algún medicamento antes de la prueba.',
      questions: ['¿Cómo han cambiado mis pruebas de respiración desde la última vez?', '¿Cada cuánto me deben mirar los pulmones?', '¿Debo dejar algún medicamento antes de la prueba?'],
    },
    sources: [KAISER_PFT_ES, BMC_PFT_ES, REV_COLOMB_PULMONARY_MYOSITIS, SEMIN_FER_ILD_PATTERNS],
    reviewed: REVIEWED,
  },
  'high-resolution-ct': {
    summary: 'La TC de alta resolución es un escáner del pecho muy detallado. Muestra cambios pequeños en los pulmones.',
    sections: {
      whyInDm:
        'La DM puede afectar a los pulmones. Esta es la prueba de imagen principal para buscar la enfermedad pulmonar intersticial. El tipo de cambios que muestra ayuda a saber qué clase de enfermedad del pulmón es. A veces así se evita una biopsia del pulmón.',
      howGiven:
        'La máquina usa rayos X para sacar imágenes del pecho en cortes finos. Usted se acuesta en una mesa estrecha que entra en el escáner. Debe quedarse quieto y aguantar el aire un momento. La prueba dura de unos segundos a unos minutos.',
      sideEffects:
        'Usa algo de radiación, más que una radiografía simple. Diga si está o puede estar embarazada: quizá le ofrezcan otra prueba. Algunas pruebas usan un contraste por la vena. Avise si alguna vez tuvo una reacción a un contraste.',
      questions: ['¿Qué mostró mi escáner, y cómo es comparado con el anterior?', '¿Necesito también pruebas de respiración?', '¿Cada cuánto me harán el escáner?'],
    },
    sources: [SEMIN_FER_ILD_PATTERNS, MEDLINEPLUS_CHEST_CT_ES, MAYO_CT_RISKS_ES, REV_COLOMB_PULMONARY_MYOSITIS],
    reviewed: REVIEWED,
  },
  electromyography: {
    summary: 'La electromiografía (EMG) es una prueba que registra las señales eléctricas de los músculos.',
    sections: {
      whyInDm:
        'Mira la salud de los músculos y de los nervios que los mueven. En la miositis, las señales cambian de una forma típica. Esto ayuda a confirmar una enfermedad del músculo y a ver qué músculos están afectados. A menudo se hace en la misma visita un estudio de los nervios, con parches pegados a la piel.',
      howGiven:
        'El médico mete una aguja muy fina en algunos músculos, uno a uno. Le pide que deje el músculo quieto y luego que lo apriete. Ese día no se ponga cremas ni lociones. Si toma medicamentos para que la sangre no coagule, dígalo antes.',
      sideEffects:
        'Puede doler o molestar un poco al meter la aguja. Casi todas las personas terminan la prueba sin problema. Después, el músculo puede estar sensible o tener moratones unos días.',
      questions: ['¿Qué músculos me van a mirar, y cuánto dura?', '¿Tengo que prepararme de alguna forma?', '¿Qué mostró mi EMG?'],
    },
    sources: [MEDLINEPLUS_EMG_ES, BMC_EMG_ES, MAYO_DM_TREATMENT_EN],
    reviewed: REVIEWED,
  },
  aldolase: {
    summary: 'La aldolasa es una enzima del músculo. Un análisis de sangre puede mostrar si el músculo está dañado.',
    sections: {
      whyInDm:
        'La aldolasa ayuda a convertir el azúcar en energía. Hay mucha en el músculo y en el hígado. Cuando el músculo se daña, pasa a la sangre. Los médicos la miran a menudo junto con la CK, para saber si hay miositis y para vigilar el músculo. En algunos casos, sobre todo en la DM, la aldolasa sube aunque la CK esté normal.',
      howGiven:
        'Es un análisis de sangre de una vena. Puede que le pidan no comer ni beber unas horas antes, y no hacer ejercicio fuerte. Diga a su médico todo lo que toma, también lo que compra sin receta.',
      sideEffects:
        'Puede notar un pinchazo y luego un pequeño moratón que se va pronto. Los problemas del hígado también pueden subir la aldolasa. Por eso un valor alto no siempre quiere decir daño del músculo.',
      questions: ['¿Mi aldolasa está alta, y cómo es comparada con mi CK?', '¿Debo evitar el ejercicio o la comida antes del análisis?', '¿Cada cuánto la vamos a mirar?'],
    },
    sources: [MEDLINEPLUS_ALDOLASE_ES, MAYO_DM_TREATMENT_EN],
    reviewed: REVIEWED,
  },
  myoglobin: {
    summary: 'La mioglobina es una proteína pequeña del músculo. Pasa a la sangre cuando el músculo se daña.',
    sections: {
      whyInDm:
        'Cuando el músculo está dañado, la mioglobina sale a la sangre. Por eso es una de las pruebas que muestran daño del músculo. Los riñones la sacan de la sangre hacia la orina. Si hay muchísima, como en la rabdomiólisis, puede dañar los riñones.',
      howGiven:
        'Se mide con un análisis de sangre o en la orina. Para la orina, se recoge una muestra limpia, de la mitad del chorro. No duele. Avise enseguida a su equipo si su orina se pone oscura, roja o de color de refresco de cola, con dolor o debilidad en los músculos.',
      sideEffects:
        'La orina normal no tiene mioglobina. Un resultado alto quiere decir que el músculo se ha dañado. Pregunte si también deben mirar cómo funcionan sus riñones.',
      questions: ['¿Me miraron la mioglobina junto con la CK?', '¿Hay que revisar mis riñones?', '¿Qué hago si mi orina se pone oscura?'],
    },
    sources: [MEDLINEPLUS_MYOGLOBIN_URINE_ES, MEDLINEPLUS_RHABDOMYOLYSIS_ES],
    reviewed: REVIEWED,
  },
  ferritin: {
    summary: 'La ferritina guarda el hierro en el cuerpo. Un análisis de ferritina muestra cuánto hierro tiene guardado.',
    sections: {
      whyInDm:
        'La ferritina también sube con la inflamación, así que su valor se lee con cuidado. Una ferritina baja suele querer decir poco hierro. Una alta puede deberse a una enfermedad del hígado o a otras con inflamación, como la artritis reumatoide. Pocas veces se debe a que el cuerpo guarda demasiado hierro.',
      howGiven:
        'Es un análisis de sangre de una vena del brazo. Si solo se mide la ferritina, puede comer y beber como siempre. Si se hacen otros análisis a la vez, quizá deba ir en ayunas. Siga lo que le diga el laboratorio.',
      sideEffects: 'Un solo valor no da el diagnóstico. Su médico lo mira junto con el hemograma y otros análisis.',
      questions: ['¿Mi ferritina está alta, y por qué?', '¿Mi ferritina cambia cómo me tratan los pulmones?', '¿Tengo poco hierro?'],
    },
    sources: [MAYO_FERRITIN_ES, LABTESTS_FERRITINA],
    reviewed: REVIEWED,
  },
  'anti-tif1-gamma': {
    summary: 'El anti-TIF1-gamma es un anticuerpo que, en adultos con DM, va unido a más riesgo de cáncer.',
    sections: {
      whyInDm:
        'Es uno de los anticuerpos propios de la miositis. Estos anticuerpos ayudan a clasificar la enfermedad y a prever cómo irá. En adultos, el anti-TIF1-gamma es una señal de alto riesgo de cáncer. El riesgo es mayor en los años cercanos al comienzo de la DM, antes o después. Por eso los médicos planean una búsqueda de cáncer más completa y durante más tiempo.',
      howGiven:
        'Se mide con un análisis de sangre, junto con otros anticuerpos de la miositis. Un resultado positivo no quiere decir que tenga cáncer. Quiere decir que hay que buscarlo con más cuidado.',
      sideEffects:
        'En un estudio español, casi la mitad de las personas con este anticuerpo tuvo un cáncer durante el seguimiento. Casi siempre apareció en los tres años antes o después de la DM. El cáncer puede encontrarse antes, a la vez o después de la DM.',
      questions: ['¿Mi resultado quiere decir que necesito más pruebas de cáncer?', '¿Cada cuánto me deben revisar, y durante cuánto tiempo?', '¿Qué quiere decir este anticuerpo para mi piel y mis pulmones?'],
    },
    sources: [REV_CLIN_ESP_TIF1, SINERGIA_PARANEOPLASTIC_DM, ACTAS_NEW_AUTOANTIBODIES],
    reviewed: REVIEWED,
  },
  'cancer-screening': {
    summary: 'En la DM, el cribado de cáncer son pruebas para buscar un cáncer escondido, porque los adultos con DM tienen más riesgo.',
    sections: {
      whyInDm:
        'Los adultos con DM tienen más riesgo de algunos cánceres, como los de ovario, mama o pulmón. En un estudio, hasta una cuarta parte de las DM de adultos iban unidas a un cáncer. El riesgo es mayor en los pocos años antes y después de que empiece la DM. Algunos anticuerpos, como el anti-TIF1-gamma y el anti-NXP2, suben ese riesgo.',
      howGiven:
        'Su equipo decide qué pruebas hacer según su riesgo. Cuentan la edad, el tipo de DM y los anticuerpos. Las pruebas se repiten durante unos años, porque el riesgo dura.',
      sideEffects:
        'El cáncer puede aparecer antes, a la vez o después de la DM. Siga también con las revisiones de cáncer que le tocan por su edad. Cuente a su médico cualquier síntoma nuevo.',
      questions: ['¿Cuál es mi nivel de riesgo de cáncer, y por qué?', '¿Qué pruebas necesito, y cada cuánto?', '¿Durante cuánto tiempo necesitaré el cribado?', '¿Tengo al día mis revisiones de cáncer de siempre?'],
    },
    sources: [ACTAS_PARANEOPLASTIC_DM, REV_CLIN_ESP_TIF1, SINERGIA_PARANEOPLASTIC_DM],
    reviewed: REVIEWED,
  },
  'muscle-mri': {
    summary: 'La resonancia magnética (RM) de los músculos usa un imán y ondas de radio para sacar imágenes detalladas de los músculos.',
    sections: {
      whyInDm:
        'Puede mostrar músculo hinchado e inflamado. A diferencia de una biopsia, mira una zona grande de músculo de una vez. Ayuda a confirmar la miositis. Con el tiempo, también puede mostrar músculo que se ha cambiado por grasa o por tejido duro. Eso es un daño antiguo, no inflamación activa.',
      howGiven:
        'No usa rayos X ni radiación, y no duele. Es una de varias pruebas que juntas muestran qué pasa en los músculos, con los análisis de sangre, la EMG y la biopsia.',
      sideEffects:
        'El aparato es un imán muy fuerte. Si lleva metal o algún aparato en el cuerpo, pregunte antes si la prueba es segura para usted.',
      questions: ['¿La RM es segura con el metal o los aparatos que llevo en el cuerpo?', '¿Qué músculos me van a mirar?', '¿Mi RM muestra inflamación activa o daño antiguo?'],
    },
    sources: [BMC_MRI_ES, MSD_IIM_PRO_ES, RMCLC_MUSCLE_MRI_FAT, MAYO_DM_TREATMENT_EN],
    reviewed: REVIEWED,
  },
  troponin: {
    summary: 'La troponina es una proteína del músculo. El análisis de la troponina del corazón es la prueba principal para ver daño en el corazón, como un infarto.',
    sections: {
      whyInDm:
        'La miositis puede afectar también al corazón, por eso algunos equipos miran la troponina. Hay dos pruebas del corazón: la troponina T y la troponina I. La T puede subir también por el músculo del cuerpo enfermo, aunque el corazón esté bien. En un estudio de personas con enfermedades del músculo, la T estaba alta en casi siete de cada diez, y la I solo en cuatro de cada cien. Por eso la troponina I ayuda a distinguir el corazón del resto del músculo.',
      howGiven:
        'Es un análisis de sangre. Si va a urgencias, diga que tiene miositis: una troponina T alta por sí sola puede llevar a pruebas del corazón que no hacían falta. Pero un dolor en el pecho siempre necesita atención urgente. Nunca piense que son solo sus músculos.',
      sideEffects: 'Puede notar un pinchazo al sacar la sangre. Su médico lee la troponina junto con sus síntomas y otras pruebas del corazón.',
      questions: ['¿Qué troponina usan, la T o la I?', '¿Me han mirado la troponina, y salió normal?', '¿Debo llevar una nota que diga que tengo miositis?'],
    },
    sources: [SEC_TROPONIN_MYOPATHY, SEMIN_FER_BIOMARKERS, MSD_IIM_PRO_ES],
    reviewed: REVIEWED,
  },
  'swallow-study': {
    summary: 'El estudio de la deglución es una radiografía en movimiento. Muestra cómo bajan la comida y la bebida cuando usted traga.',
    sections: {
      whyInDm:
        'Tragar necesita que los músculos de la boca y la garganta trabajen bien juntos. El estudio muestra si lo hacen y si la comida o la bebida se van hacia las vías del aire en lugar de al estómago. Es la prueba que más se aconseja para estudiar los problemas al tragar. Los resultados ayudan a decidir el tratamiento.',
      howGiven:
        'Se hace en una sala de rayos X. Usted traga bebidas y comidas de distintas texturas mezcladas con bario, un líquido que se ve en la radiografía. Mientras tanto, se graban imágenes de cómo pasan desde la boca por la garganta.',
      sideEffects:
        'Avise si tose o se atraganta al comer, o si nota la comida atascada en la garganta. Esas señales hacen pensar en un problema al tragar. Diga también si está o puede estar embarazada, porque se usan rayos X.',
      questions: ['¿Se me va la comida o la bebida hacia las vías del aire?', '¿Qué comidas y bebidas son seguras para mí ahora?', '¿Hay ejercicios que me ayuden a tragar mejor?'],
    },
    sources: [MAYO_DYSPHAGIA_TESTS_ES, MEDLINEPLUS_DYSPHAGIA_TESTS_ES, ANALES_PED_VIDEOFLUOROSCOPY, MAYO_CT_RISKS_ES],
    reviewed: REVIEWED,
  },
  'anti-nxp2': {
    summary: 'El anti-NXP2 es un anticuerpo de la DM que a menudo va con bultos duros de calcio en la piel.',
    sections: {
      whyInDm:
        'En niños con DM, quienes tienen este anticuerpo tienen más riesgo de calcinosis, sobre todo si la enfermedad empieza muy pronto. Algunos estudios lo unen también al cáncer en adultos con DM, igual que al anti-TIF1-gamma.',
      howGiven: 'Se mide con un análisis de sangre, junto con otros anticuerpos de la miositis.',
      sideEffects:
        'Un resultado positivo no quiere decir que vaya a tener calcinosis ni cáncer. Ayuda a su equipo a saber qué vigilar. Avise si nota bultos duros nuevos bajo la piel.',
      questions: ['¿Mi resultado sube mi riesgo de calcinosis?', '¿Necesito más pruebas de cáncer?', '¿Qué podemos hacer pronto para bajar la probabilidad de bultos de calcio?'],
    },
    sources: [SINERGIA_PARANEOPLASTIC_DM, ACTAS_NEW_AUTOANTIBODIES, PUBMED_NXP2_CALCINOSIS],
    reviewed: REVIEWED,
  },
  'anti-synthetase-antibodies': {
    summary: 'Los anticuerpos antisintetasa, como el anti-Jo-1, son marcadores en la sangre de una miositis con mucho riesgo de enfermedad del pulmón.',
    sections: {
      whyInDm:
        'Se conocen unos diez. El anti-Jo-1 es el más común. Quienes los tienen suelen tener enfermedad pulmonar intersticial, dolor o inflamación de las articulaciones y manos de mecánico. También pueden tener Raynaud o fiebre. Lo que aparece cambia según el anticuerpo. A veces el pulmón enferma antes que el músculo, o el músculo apenas se afecta.',
      howGiven: 'Se miden con un análisis de sangre, a menudo en un panel de anticuerpos de la miositis.',
      sideEffects:
        'Un resultado positivo importa aunque sus músculos estén bien, porque el pulmón puede enfermar primero. Pregunte qué pruebas de los pulmones necesita. Avise a su equipo si le falta el aire.',
      questions: ['¿Qué anticuerpo encontró mi análisis?', '¿Necesito pruebas de los pulmones por él?', '¿Me deben mirar también los anticuerpos menos comunes?'],
    },
    sources: [MED_INT_MEX_ANTISYNTHETASE, VOZANDES_ANTISYNTHETASE],
    reviewed: REVIEWED,
  },
  'cardiac-mri': {
    summary: 'La resonancia magnética del corazón usa un imán muy fuerte, no rayos X, para sacar imágenes claras del corazón y ver si está hinchado o tiene cicatrices.',
    sections: {
      whyInDm:
        'La miositis puede afectar también al corazón. Cuando el músculo del corazón se inflama, se llama miocarditis. La resonancia del corazón es la prueba de imagen que más se usa para encontrarla. Muestra la hinchazón, el daño y las cicatrices del músculo del corazón. Se puede repetir para ver cómo cambia con el tratamiento.',
      howGiven:
        'Usted se queda quieto dentro del aparato mientras saca las imágenes. No se mete nada en el corazón y no hay radiación.',
      sideEffects:
        'El aparato es un imán muy fuerte. Si lleva metal o algún aparato en el cuerpo, como un marcapasos, pregunte antes si la prueba es segura para usted.',
      questions: ['¿Necesito una prueba del corazón, y por qué?', '¿Qué mostró mi resonancia del corazón?', '¿Me pondrán contraste, y es seguro para mí?'],
    },
    sources: [RADIOLOGIA_MYOCARDITIS_MRI, CARDIOCORE_CARDIAC_MRI, MSD_IIM_PRO_ES, BMC_MRI_ES],
    reviewed: REVIEWED,
  },
  'tumor-markers': {
    summary: 'Los marcadores tumorales son análisis de sustancias que algunos cánceres hacen subir en la sangre.',
    sections: {
      whyInDm:
        'Los adultos con DM tienen más riesgo de cáncer, y su equipo busca un cáncer escondido. Si le piden marcadores tumorales en esa búsqueda, sepa que son solo una pieza. Estas sustancias pueden subir por el propio cáncer o por la reacción del cuerpo ante él.',
      howGiven: 'Es un análisis de sangre de una vena.',
      sideEffects:
        'Un marcador solo no puede encontrar ni descartar un cáncer. Ningún marcador es perfecto: otras enfermedades pueden subirlo, y algunos cánceres no lo suben. Su médico lo lee junto con sus escáneres y la exploración.',
      questions: ['¿Qué marcadores tumorales me miran, y por qué?', '¿Qué pasa si uno sale alto?', '¿Cada cuánto se repiten?'],
    },
    sources: [REV_CLIN_MED_FAM_TUMOR_MARKERS, ACTAS_PARANEOPLASTIC_DM, REV_CLIN_ESP_TIF1],
    reviewed: REVIEWED,
  },
  'pet-ct': {
    summary: 'La PET-TC junta dos escáneres en uno para buscar un cáncer en cualquier parte del cuerpo.',
    sections: {
      whyInDm:
        'Los adultos con DM tienen más riesgo de cáncer, sobre todo en los años cercanos al comienzo de la enfermedad. La PET-TC es una de las pruebas que pueden usarse para buscar un cáncer escondido. Su equipo decide si la necesita según su riesgo y lo que hayan mostrado otras pruebas.',
      howGiven:
        'Le ponen por la vena un marcador con un poco de radiactividad. El marcador se acumula donde el cuerpo trabaja más, y el cáncer se ve como puntos brillantes. A la vez se hace un escáner (TC). Antes no debe comer durante unas horas.',
      sideEffects:
        'Usa algo de radiación, así que se elige cuando vale la pena. Antes, diga si tiene diabetes, si está o puede estar embarazada, o si da el pecho.',
      questions: ['¿Cuál es mi nivel de riesgo de cáncer?', '¿Qué pruebas de cáncer necesito, y cada cuánto?', '¿La PET-TC es adecuada para mí?'],
    },
    sources: [MAYO_PET_ES, KAISER_PET_ES, REV_CLIN_ESP_TIF1, ACTAS_PARANEOPLASTIC_DM],
    reviewed: REVIEWED,
  },
};
