/**
 * Spanish cards for care and safety terms around DM treatment (part MORE),
 * written in plain Spanish from the sources each card lists, never giving a
 * dose. Spread into SPANISH_CARDS by cards.ts and held to the same tests as
 * the other Spanish cards (tests/unit/spanish-cards.test.ts). Each card keeps
 * the facts of its English entry that a retrieved source supports; what no
 * source supported was left out rather than guessed.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACR_VACCINES_2022,
  ACTAS_CALCINOSIS_CUTIS,
  ACTAS_TB_BIOLOGICS,
  DAILYMED_OFEV,
  GASTRO_HEPATOL_TRANSAMINASES,
  MEDLINEPLUS_AZATHIOPRINE,
  MEDLINEPLUS_CYCLOPHOSPHAMIDE,
  MEDLINEPLUS_METHOTREXATE,
  MURCIA_PREEVID_COTRIMOXAZOLE,
  PMC_CALCINOSIS_REVIEW,
  TAIWAN_PJP_COHORT,
  TMA_IVIG,
  TMA_MEDICATIONS,
  XELJANZ_LABEL,
} from './sources';

const REVIEWED = '2026-12-06';

const PIEL_STEROID_COMPLICATIONS: Source = {
  publisher: 'Piel. Formación continuada en dermatología (Elsevier España)',
  title: 'Cómo prevenir las complicaciones en pacientes tratados con corticoides sistémicos (2.ª parte)',
  url: 'https://www.elsevier.es/es-revista-piel-formacion-continuada-dermatologia-21-articulo-como-prevenir-complicaciones-pacientes-tratados-S0213925118301576',
};
const SEEN_ADRENAL_GUIDE: Source = {
  publisher: 'Endocrinología, Diabetes y Nutrición (Sociedad Española de Endocrinología y Nutrición)',
  title: 'Guía para el manejo y la prevención de la insuficiencia suprarrenal aguda',
  url: 'https://elsevier.es/es-revista-endocrinologia-diabetes-nutricion-13-articulo-guia-el-manejo-prevencion-insuficiencia-S2530016419300345',
};
const REV_PARAG_HCQ_EYE: Source = {
  publisher: 'Revista Paraguaya de Reumatología (SciELO Paraguay)',
  title: 'Toxicidad ocular por hidroxicloroquina',
  url: 'https://scielo.iics.una.py/scielo.php?script=sci_arttext&pid=S2413-43412019000200063',
};
const MAYO_NEUTROPENIA_ES: Source = {
  publisher: 'Mayo Clinic',
  title: 'Neutropenia (recuento bajo de glóbulos blancos)',
  url: 'https://www.mayoclinic.org/es/symptoms/neutropenia/basics/definition/sym-20050854',
};
const REV_ESP_ENFERM_DIG_HBV: Source = {
  publisher: 'Revista Española de Enfermedades Digestivas (SciELO España)',
  title: 'Reactivación de la hepatitis B y su impacto clínico actual',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1130-01082010000900006',
};
const REV_ESP_REUM_LIVER: Source = {
  publisher: 'Revista Española de Reumatología (Elsevier España)',
  title: 'Hepatotoxicidad por fármacos',
  url: 'https://elsevier.es/es-revista-revista-espanola-reumatologia-29-articulo-hepatotoxicidad-por-farmacos-13040344',
};

const MEDLINEPLUS_MUSCLE_BIOPSY_ES: Source = {
  publisher: 'MedlinePlus en español (U.S. National Library of Medicine)',
  title: 'Biopsia de músculo',
  url: 'https://medlineplus.gov/spanish/ency/article/003924.htm',
};
const MAYO_SKIN_BIOPSY_ES: Source = { publisher: 'Mayo Clinic', title: 'Biopsia de piel', url: 'https://www.mayoclinic.org/es-es/tests-procedures/skin-biopsy/about/pac-20384634' };
const MEDLINEPLUS_SKIN_BIOPSY_ES: Source = {
  publisher: 'MedlinePlus en español (U.S. National Library of Medicine)',
  title: 'Biopsia de piel',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/biopsia-de-piel/',
};
/** What each test can show in DM, and that a skin biopsy that confirms DM may spare a muscle biopsy. */
const MAYO_DM_TESTS: Source = {
  publisher: 'Mayo Clinic',
  title: 'Dermatomyositis: tests and diagnosis',
  url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/basics/tests-diagnosis/con-20020727',
};
/** Quotes the Spanish technical sheet of MabThera (rituximab) on premedication, the slow first infusion and stopping for a severe reaction. */
const MURCIA_PREEVID_RITUXIMAB: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Preevid',
  title: 'Administración de rituximab: premedicación y velocidad de perfusión',
  url: 'https://murciasalud.es/preevid/18091',
};
const OFIL_RITUXIMAB_REACTIONS: Source = {
  publisher: 'Revista de la OFIL (Organización de Farmacéuticos Ibero-Latinoamericanos)',
  title: 'Factores predictores de reacción infusional tras administración de rituximab',
  url: 'https://www.ilaphar.org/factores-predictores-de-reaccion-infusional-tras-administracion-de-rituximab/',
};

const MAYO_DVT_ES: Source = {
  publisher: 'Mayo Clinic',
  title: 'Trombosis venosa profunda: síntomas y causas',
  url: 'https://www.mayoclinic.org/es/diseases-conditions/deep-vein-thrombosis/symptoms-causes/syc-20352557',
};
const MEDLINEPLUS_MAGAZINE_DVT_ES: Source = {
  publisher: 'MedlinePlus Magazine (U.S. National Library of Medicine)',
  title: 'Un asesino silencioso: investigando el impacto de los coágulos en las venas profundas',
  url: 'https://magazine.medlineplus.gov/es/art%C3%ADculo/un-asesino-silencioso-investigando-el-impacto-de-los-coagulos-en-las-venas-profundas',
};
const MERCK_DVT_ES: Source = {
  publisher: 'Manual Merck (versión para profesionales)',
  title: 'Trombosis venosa profunda',
  url: 'https://www.merckmanuals.com/es-us/professional/trastornos-cardiovasculares/enfermedades-de-las-venas-perif%C3%A9ricas/trombosis-venosa-profunda-tvp',
};
const SEMIN_FER_GC_HYPERGLYCEMIA: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología (Sociedad Española de Reumatología)',
  title: 'Hiperglucemia inducida por glucocorticoides',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-hiperglucemia-inducida-por-glucocorticoides-S1577356611000480',
};
const REV_CLIN_ESP_GC_HYPERGLYCEMIA: Source = {
  publisher: 'Revista Clínica Española (Sociedad Española de Medicina Interna)',
  title: 'Manejo de la hiperglucemia inducida por corticoides',
  url: 'https://revclinesp.es/es/manejo-hiperglucemia-inducida-por-corticoides/articulo/S0014256510002833/',
};
const MAYO_DIABETES_SYMPTOMS_ES: Source = {
  publisher: 'Mayo Clinic',
  title: 'Síntomas de la diabetes: cuándo los síntomas de la diabetes son una preocupación',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/diabetes/in-depth/diabetes-symptoms/art-20044248',
};

const STJUDE_PIV_ES: Source = {
  publisher: 'St. Jude Children\'s Research Hospital (Together)',
  title: 'Cómo cuidar una vía intravenosa periférica (PIV)',
  url: 'https://together.stjude.org/es-us/patient-education-resources/st-jude/maintaining-your-childs-iv.html',
};
const CHILDRENSMN_PIV_ES: Source = {
  publisher: "Children's Minnesota",
  title: 'Vía intravenosa periférica: cuidados en casa',
  url: 'https://childrensmn.org/educationmaterials/childrensmn/article/18759/via-intravenosa-periferica-cuidados-en-casa/',
};
const KAISER_IV_SITE_ES: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Sitio de vía intravenosa en niños: instrucciones de cuidado',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.sitio-de-v%C3%ADa-intravenosa-en-ni%C3%B1os-instrucciones-de-cuidado.aci2539',
};
const KAISER_SALINE_LOCK_ES: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Vía sellada con solución salina en niños: instrucciones de cuidado',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.v%C3%ADa-sellada-con-soluci%C3%B3n-salina-en-ni%C3%B1os-instrucciones-de-cuidado.abp9996',
};
const MACMILLAN_MESNA: Source = {
  publisher: 'Macmillan Cancer Support',
  title: 'Mesna',
  url: 'https://www.macmillan.org.uk/information-and-support/treating/chemotherapy/drugs-and-combination-regimens/individual-drugs/mesna.html',
};
/** Its note on IV cyclophosphamide: mesna binds acrolein, the metabolite of cyclophosphamide that irritates the bladder. */
const MSD_IV_CYCLOPHOSPHAMIDE: Source = {
  publisher: 'MSD Manual (versión para profesionales)',
  title: 'IV cyclophosphamide protocols for systemic lupus erythematosus',
  url: 'https://www.msdmanuals.com/uk/professional/multimedia/table/iv-cyclophosphamide-protocols-for-systemic-lupus-erythematosus',
};

const CDC_PNEUMO_ES: Source = { publisher: 'CDC (Centros para el Control y la Prevención de Enfermedades)', title: 'Vacunas antineumocócicas', url: 'https://www.cdc.gov/pneumococcal/vaccination-sp.html' };
const MEDLINEPLUS_PCV_ES: Source = {
  publisher: 'MedlinePlus en español (U.S. National Library of Medicine)',
  title: 'Vacuna conjugada contra el neumococo',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a610017-es.html',
};
const CDC_PNEUMO_SAFETY: Source = {
  publisher: 'U.S. Centers for Disease Control and Prevention',
  title: 'Pneumococcal vaccines: safety information',
  url: 'https://www.cdc.gov/vaccinesafety/vaccines/pneumococcal-vaccine.html',
};

const CUN_TACROLIMUS_TOPICAL: Source = {
  publisher: 'Clínica Universidad de Navarra',
  title: 'Tacrolimus (vía tópica)',
  url: 'https://www.cun.es/enfermedades-tratamientos/medicamentos/tacrolimus',
};
const ACTAS_TCI_CANCER: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Pimecrolimus/tacrolimus tópicos y riesgo de cáncer',
  url: 'https://actasdermo.org/es-pimecrolimus-tacrolimus-topicos-riesgo-cancer-articulo-13106153',
};
/**
 * The ASHP consumer monograph (pimecrolimus) the English card cites for the class facts: boxed
 * warning, application-site burning, sun. This session read the same facts in copies of ASHP's
 * tacrolimus-ointment monograph on hosts the allow-list does not admit.
 */
const SAFEMED_TACROLIMUS_TOPICAL: Source = {
  publisher: 'SafeMedication (ASHP)',
  title: 'Pimecrolimus topical',
  url: 'https://www.safemedication.com/drug-library/a/6/0/3/0/a603027',
};
/** The review the English card cites for topical tacrolimus on DM skin (via /work/shared/glossary-facts.md). */
const GE_TACROLIMUS_DM: Source = {
  publisher: 'Clinical Rheumatology (Ge et al., 2015)',
  title: 'Efficacy and safety of tacrolimus in dermatomyositis and polymyositis: a systematic review',
  url: 'https://link.springer.com/article/10.1007%2Fs10067-015-3065-0',
};

// English sources of safety facts already in the English cards (via /work/shared/glossary-facts.md).

export const SPANISH_CARDS_MORE: Readonly<Record<string, SpanishCard>> = {
  'hydroxychloroquine-retinopathy': {
    summary: 'La retinopatía por hidroxicloroquina es un daño en la retina, al fondo del ojo, que puede aparecer tras años de tomar este medicamento.',
    sections: {
      whyInDm:
        'Muchas personas con DM toman hidroxicloroquina para la piel. El riesgo es bajo al principio, pero sube con los años. Tras cinco años lo tienen casi ocho de cada cien personas, y tras veinte años hasta veinte de cada cien. También sube si la dosis es alta para su peso o si ya tiene daño en la mácula, el centro de la retina. El daño no se cura, aunque se deje el medicamento.',
      howGiven:
        'Por eso se buscan los cambios antes de que dañen la vista. Las pruebas no duelen: un escáner de la retina (OCT) y una prueba del campo de visión. Sin otros riesgos, se hacen al menos una vez al año desde los cinco años de tratamiento. Mirar solo el fondo del ojo no basta, porque ve el daño tarde.',
      sideEffects:
        'El daño puede empezar sin que usted note nada. Avise a su médico si nota cualquier cambio en la vista. No deje el medicamento por su cuenta: hable antes con su médico.',
      questions: ['¿Cuándo me toca la próxima revisión de los ojos?', '¿Necesito una revisión al empezar?', '¿Tengo algo que suba mi riesgo?'],
    },
    sources: [REV_PARAG_HCQ_EYE],
    reviewed: REVIEWED,
  },
  'adrenal-insufficiency': {
    summary: 'La insuficiencia suprarrenal es cuando el cuerpo no fabrica bastante cortisol, su propia hormona corticoide.',
    sections: {
      whyInDm:
        'Tras un tiempo largo con corticoides, las glándulas suprarrenales fabrican menos cortisol. Si el corticoide se deja de golpe, puede faltar. También puede faltar cuando el cuerpo está bajo estrés, como en una enfermedad fuerte o una operación. Esto puede causar una crisis suprarrenal, que es una urgencia y puede ser mortal.',
      howGiven:
        'No deje de tomar el corticoide de golpe: su equipo lo bajará poco a poco. Tras un tratamiento largo, las glándulas pueden tardar meses en recuperarse. Pregunte qué hacer si se pone enfermo o antes de una operación, porque a veces hace falta más corticoide. Es bueno que usted y su familia sepan reconocer los avisos.',
      sideEffects:
        'Los avisos son falta de hambre, náuseas, vómitos, dolor de tripa, mareo al ponerse de pie, mucho sueño, debilidad y cansancio. Si toma corticoides y tiene vómitos, mareo o mucha debilidad, pida ayuda médica urgente. Diga siempre que toma corticoides.',
      questions: [
        '¿Tengo riesgo de una crisis suprarrenal?',
        '¿Qué hago con el corticoide si me pongo enfermo?',
        '¿Debo llevar una tarjeta o un informe que diga que tomo corticoides?',
      ],
    },
    sources: [PIEL_STEROID_COMPLICATIONS, SEEN_ADRENAL_GUIDE],
    reviewed: REVIEWED,
  },
  'low-blood-counts': {
    summary: 'Tener las cifras de la sangre bajas es tener menos células de la sangre de lo normal, a menudo glóbulos blancos, que luchan contra las infecciones.',
    sections: {
      whyInDm:
        'Algunos medicamentos de la DM pueden bajar las células de la sangre. Por ejemplo, la azatioprina, el metotrexato y la ciclofosfamida. Con pocos glóbulos blancos llamados neutrófilos, las infecciones llegan más fácil. Si bajan mucho, hasta los gérmenes normales de la boca y el intestino pueden causar una enfermedad grave. Casi nunca da síntomas: se descubre en un análisis de sangre.',
      howGiven:
        'Los análisis de sangre frecuentes lo encuentran pronto. Un solo resultado bajo se repite, porque las cifras cambian de un día a otro. Algunas mezclas de medicamentos suben el riesgo. El metotrexato junto con el antibiótico cotrimoxazol (trimetoprima y sulfametoxazol, como Septrin) puede bajar mucho las células de la sangre, porque los dos frenan el ácido fólico. Antes de tomar algo nuevo, aunque sea para una infección corta, diga que toma metotrexato.',
      sideEffects:
        'Llame pronto a su equipo si tiene fiebre, tos u otra señal de infección. Con pocos glóbulos blancos, una infección puede ponerse grave.',
      questions: ['¿Cada cuánto me hago análisis de sangre?', '¿Cuáles de mis medicamentos pueden bajar mis cifras?', '¿Con qué temperatura le llamo?'],
    },
    sources: [MAYO_NEUTROPENIA_ES, MURCIA_PREEVID_COTRIMOXAZOLE, MEDLINEPLUS_AZATHIOPRINE, MEDLINEPLUS_METHOTREXATE, MEDLINEPLUS_CYCLOPHOSPHAMIDE],
    reviewed: REVIEWED,
  },
  'infection-risk': {
    summary: 'El riesgo de infecciones es la mayor facilidad para coger infecciones cuando las defensas están bajas, a menudo por los medicamentos de la DM.',
    sections: {
      whyInDm:
        'Los corticoides y otros medicamentos que calman las defensas suben el riesgo de infecciones, algunas graves. Entre ellas están la tuberculosis y una infección del pulmón llamada neumonía por Pneumocystis. Las personas con miositis tienen de las tasas más altas de esta neumonía. Su equipo compara este riesgo con la necesidad de controlar la DM.',
      howGiven:
        'Antes de algunos tratamientos se hacen análisis para buscar infecciones escondidas, como la tuberculosis y la hepatitis B. A veces se da un antibiótico para prevenir la neumonía por Pneumocystis. Las vacunas que no son vivas, como la de la gripe, se pueden poner durante el tratamiento. Lo mejor es ponerlas antes de empezar un tratamiento fuerte.',
      sideEffects:
        'Llame pronto a su equipo si tiene fiebre, tos u otra señal de infección. Las infecciones pueden ponerse graves cuando las defensas están bajas.',
      questions: ['¿Qué señales de infección son motivo para llamarle el mismo día?', '¿Qué vacunas me tocan, y cuándo?', '¿Necesito un medicamento para prevenir alguna infección?'],
    },
    sources: [PIEL_STEROID_COMPLICATIONS, ACTAS_TB_BIOLOGICS, REV_ESP_ENFERM_DIG_HBV, TAIWAN_PJP_COHORT, ACR_VACCINES_2022, TMA_MEDICATIONS],
    reviewed: REVIEWED,
  },
  'liver-damage': {
    summary: 'El daño del hígado por medicamentos es una lesión del hígado causada por un fármaco. A menudo se ve primero en un análisis de sangre.',
    sections: {
      whyInDm:
        'El hígado es el órgano que procesa los medicamentos, por eso es el que más sufre sus efectos. El metotrexato y la azatioprina son medicamentos de la DM que pueden inflamar o dañar el hígado. Muchas veces solo suben los valores del hígado en el análisis, sin síntomas. Pocas veces el daño es grave. Por eso importa encontrarlo pronto.',
      howGiven:
        'Mientras toma estos medicamentos se hará análisis del hígado con frecuencia. Tome poco alcohol o nada, según le diga su equipo. Cuente a su equipo todos los medicamentos que toma. En la miositis, un valor alto puede venir del músculo y no del hígado, así que su médico mira los dos.',
      sideEffects:
        'El daño del hígado por un medicamento puede parecerse a cualquier otra enfermedad del hígado. A veces pone amarillos la piel y los ojos (ictericia). Si lo nota, avise enseguida a su equipo.',
      questions: ['¿Cada cuánto me miran el hígado?', '¿Puedo tomar algo de alcohol?', '¿Qué hará si suben mis valores del hígado?'],
    },
    sources: [REV_ESP_REUM_LIVER, GASTRO_HEPATOL_TRANSAMINASES, MEDLINEPLUS_AZATHIOPRINE, MEDLINEPLUS_METHOTREXATE],
    reviewed: REVIEWED,
  },
  'muscle-biopsy': {
    summary: 'Una biopsia de músculo es sacar un trocito de músculo para mirarlo al microscopio.',
    sections: {
      whyInDm:
        'Puede mostrar inflamación en el músculo. También ayuda a descartar otras causas de daño, como una infección. Si una biopsia de piel ya confirma la DM, a veces no hace falta la de músculo.',
      howGiven:
        'Suele hacerse con usted despierto, tras dormir la zona con anestesia local. En la biopsia con aguja, una aguja saca la muestra, y a veces hay que pinchar más de una vez. En la biopsia abierta, el médico hace un pequeño corte. No se usa un músculo pinchado hace poco con la aguja del electromiograma. Por lo general no hace falta prepararse.',
      sideEffects:
        'Al poner la anestesia puede notar un escozor o un pinchazo. Durante la prueba puede notar presión o un tirón. Cuando pasa la anestesia, la zona puede doler alrededor de una semana.',
      questions: ['¿Necesito una biopsia de músculo, o basta con la de piel o una resonancia?', '¿De qué músculo sacarán la muestra?', '¿Cómo cuido la herida después?'],
    },
    sources: [MEDLINEPLUS_MUSCLE_BIOPSY_ES, MAYO_DM_TESTS],
    reviewed: REVIEWED,
  },
  'skin-biopsy': {
    summary: 'Una biopsia de piel es sacar un trocito de piel para mirarlo al microscopio.',
    sections: {
      whyInDm:
        'Una muestra de la mancha de la piel puede confirmar la DM y descartar otras enfermedades, como el lupus. Si la confirma, a veces no hace falta una biopsia de músculo.',
      howGiven:
        'En la biopsia con sacabocados, una herramienta con una hoja redonda saca un trocito de piel con sus capas más profundas. Puede que necesite puntos para cerrar la herida. El tipo de biopsia depende de dónde está la mancha y de su tamaño.',
      sideEffects:
        'Los problemas son poco frecuentes: sangrado, moratones, infección o una cicatriz. Puede notar un dolor leve después. Si toma medicamentos que bajan las defensas, vigile la herida y avise si se pone roja, le sale pus o tiene fiebre.',
      questions: ['¿De dónde sacarán la muestra, y me quedará cicatriz?', '¿Cómo cuido la herida, y cuándo me quitan los puntos?', '¿Cuándo tendré el resultado?'],
    },
    sources: [MAYO_SKIN_BIOPSY_ES, MEDLINEPLUS_SKIN_BIOPSY_ES, MAYO_DM_TESTS],
    reviewed: REVIEWED,
  },
  'infusion-reaction': {
    summary: 'Una reacción a la infusión es cuando un goteo en la vena le sienta mal, con fiebre, escalofríos o falta de aire.',
    sections: {
      whyInDm:
        'El rituximab, las inmunoglobulinas y la ciclofosfamida se ponen en goteo en la vena. Con el rituximab, las reacciones son más frecuentes en el primer goteo. Con las inmunoglobulinas son frecuentes el dolor de cabeza, la fiebre, los escalofríos, las náuseas y los dolores. A menudo dependen de lo rápido que pasa el goteo.',
      howGiven:
        'Antes de cada goteo de rituximab le darán medicamentos para evitar una reacción: uno para la fiebre, como el paracetamol, y otro para la alergia. A veces también un corticoide. El primer goteo empieza despacio y se acelera poco a poco. Si hay una reacción fuerte, se para el goteo. Solo se sigue cuando usted está bien del todo, y más despacio.',
      sideEffects:
        'Las molestias leves se parecen a una gripe: fiebre, escalofríos y dolores. Avise enseguida a la enfermera si nota falta de aire, pitos al respirar o cualquier malestar durante el goteo.',
      questions: ['¿Qué medicamentos me darán antes del goteo?', '¿Cuánto durará el primer goteo?', '¿A quién llamo si me encuentro mal en casa?'],
    },
    sources: [MURCIA_PREEVID_RITUXIMAB, OFIL_RITUXIMAB_REACTIONS, TMA_IVIG, MEDLINEPLUS_CYCLOPHOSPHAMIDE],
    reviewed: REVIEWED,
  },
  nintedanib: {
    summary: 'El nintedanib (Ofev) es un medicamento en cápsulas que frena la cicatrización de los pulmones en algunas enfermedades pulmonares de larga duración.',
    sections: {
      whyInDm:
        'Está aprobado para la fibrosis pulmonar, para otras enfermedades del pulmón con cicatrices que siguen empeorando y para la enfermedad del pulmón de la esclerodermia. Por eso se puede añadir cuando las cicatrices del pulmón por la miositis siguen empeorando a pesar de otros tratamientos. Frena la pérdida de función del pulmón, pero no quita las cicatrices que ya hay.',
      howGiven:
        'Se toma por boca, con comida. Las cápsulas se tragan enteras, con agua, sin masticarlas ni romperlas. Su médico decide la dosis. Antes de empezar le harán análisis del hígado. A las mujeres que pueden quedarse embarazadas les harán antes una prueba de embarazo.',
      sideEffects:
        'Lo más frecuente es la diarrea. También puede dar náuseas, vómitos, dolor de tripa, menos hambre, pérdida de peso y tensión alta. Puede dañar el hígado, así que se repiten los análisis. Puede dañar al bebé en el embarazo: use un método anticonceptivo eficaz durante el tratamiento y al menos tres meses después. Si se queda embarazada, avise enseguida a su médico. No dé el pecho mientras lo toma. Puede causar sangrados: avise a su equipo si tiene problemas de sangrado y antes de cualquier operación.',
      questions: ['¿Siguen empeorando las cicatrices de mis pulmones a pesar del tratamiento?', '¿Qué hago si tengo diarrea?', '¿Cada cuánto me miran el hígado?'],
    },
    sources: [DAILYMED_OFEV],
    reviewed: REVIEWED,
  },
  'calcinosis-surgery': {
    summary: 'La cirugía de la calcinosis es quitar con una operación los bultos de calcio que duelen, se abren o se infectan.',
    sections: {
      whyInDm:
        'En la DM, la calcinosis es del tipo que sale en la piel ya dañada por una enfermedad autoinmune. Quitar los bultos con cirugía es uno de sus tratamientos. Cuando se puede llegar bien al bulto, las revisiones la consideran el tratamiento principal de los bultos grandes que duelen, se abren o se infectan.',
      howGiven:
        'Un cirujano quita el bulto, o limpia de una herida abierta el material blanco, como tiza, que sale de él. Ningún medicamento deshace bien la calcinosis. Por eso la cirugía se suma a controlar bien la DM.',
      sideEffects:
        'Los bultos pueden volver a salir, aunque se hayan quitado. Pregunte cuánto tardará en curar la herida y cómo cuidarla.',
      questions: ['¿Conviene quitar este bulto?', '¿Cuánto tardará en curar, y cómo cuido la herida?', '¿Qué posibilidad hay de que el bulto vuelva?'],
    },
    sources: [ACTAS_CALCINOSIS_CUTIS, PMC_CALCINOSIS_REVIEW],
    reviewed: REVIEWED,
  },
  'blood-clots': {
    summary: 'Un coágulo de sangre es un tapón de sangre que puede cerrar una vena, casi siempre de la pierna, y viajar hasta los pulmones.',
    sections: {
      whyInDm:
        'Las inmunoglobulinas en goteo llevan un aviso de coágulos, y con ellas las personas con DM tienen más riesgo. Por eso se ponen despacio y con buena hidratación. Los inhibidores de JAK también llevan un aviso de coágulos. Otras cosas suben el riesgo, como pasar mucho tiempo sin moverse, por ejemplo en un viaje largo o en cama tras una operación.',
      howGiven:
        'Un coágulo en una vena profunda de la pierna se llama trombosis venosa profunda. Si se suelta y tapa un vaso del pulmón, se llama embolia pulmonar. Las dos necesitan revisión y tratamiento urgentes, con medicamentos anticoagulantes.',
      sideEffects:
        'Consulte pronto si nota hinchazón, dolor o calambres en una pierna, a menudo en la pantorrilla, con la piel roja, morada o caliente. Muchos coágulos no dan ningún síntoma. Pida ayuda de urgencia si le falta el aire de repente o tiene dolor en el pecho.',
      questions: [
        '¿Mi tratamiento sube el riesgo de coágulos?',
        '¿Cómo bajo el riesgo durante un goteo de inmunoglobulinas o un ingreso?',
        '¿Qué señales son motivo para pedir ayuda?',
      ],
    },
    sources: [MAYO_DVT_ES, MEDLINEPLUS_MAGAZINE_DVT_ES, MERCK_DVT_ES, TMA_IVIG, XELJANZ_LABEL],
    reviewed: REVIEWED,
  },
  'steroid-induced-diabetes': {
    summary: 'La diabetes por corticoides es el azúcar alto en la sangre causado por medicamentos corticoides, como la prednisona.',
    sections: {
      whyInDm:
        'Los corticoides son un tratamiento principal de la DM. Subir el azúcar en la sangre es un efecto frecuente de estos medicamentos. Aun así, a menudo no se busca ni se trata bien. En algunos textos, «DM esteroidea» quiere decir diabetes mellitus, no dermatomiositis.',
      howGiven:
        'Su equipo puede mirarle el azúcar con análisis mientras toma corticoides. Si sigue alto, le propondrán un tratamiento, a menudo con insulina. Ese tratamiento se ajusta según el tipo de corticoide y la forma de tomarlo.',
      sideEffects:
        'Una subida pequeña puede no dar síntomas. Avise a su equipo si tiene mucha sed, orina mucho, está más cansado de lo normal, ve borroso o pierde peso sin querer. Si ya tiene diabetes, los corticoides pueden subirle el azúcar: pregunte cómo cambiar su tratamiento.',
      questions: ['¿Debo mirarme el azúcar en casa?', '¿Con qué cifra de azúcar le llamo?', '¿Volverá a la normalidad mi azúcar cuando baje el corticoide?'],
    },
    sources: [SEMIN_FER_GC_HYPERGLYCEMIA, REV_CLIN_ESP_GC_HYPERGLYCEMIA, MAYO_DIABETES_SYMPTOMS_ES],
    reviewed: REVIEWED,
  },
  'iv-infusion': {
    summary: 'Una infusión intravenosa es un goteo lento de medicamento o de líquido por un tubo fino que entra en una vena.',
    sections: {
      whyInDm:
        'Algunos tratamientos de la DM se ponen así, como las inmunoglobulinas, el rituximab, la ciclofosfamida y la metilprednisolona en dosis altas. El goteo lleva el medicamento directamente a la sangre. Así el equipo puede ponerlo despacio y vigilarle mientras pasa.',
      howGiven:
        'Con una aguja, se coloca en una vena de la mano o del brazo un tubo corto, fino y flexible, llamado vía o catéter. El tubo se queda en la vena, cubierto con un apósito. La bolsa de medicamento se conecta a él, a menudo con una bomba.',
      sideEffects:
        'Después, la zona puede quedar sensible o con un pequeño moratón. Por la vía pueden entrar gérmenes y causar una infección, o puede formarse un coágulo que la tape. Avise enseguida si nota más dolor, hinchazón, calor o enrojecimiento alrededor de la vía, si sale líquido o pus, o si tiene fiebre. Las reacciones al propio medicamento se explican en «reacción a la infusión».',
      questions: ['¿Cuánto durará cada goteo?', '¿Puedo comer, beber y tomar mis medicamentos el día del goteo?', '¿Qué hago si me encuentro mal durante o después del goteo?'],
    },
    sources: [STJUDE_PIV_ES, CHILDRENSMN_PIV_ES, KAISER_IV_SITE_ES, KAISER_SALINE_LOCK_ES, TMA_IVIG, MEDLINEPLUS_CYCLOPHOSPHAMIDE],
    reviewed: REVIEWED,
  },
  mesna: {
    summary: 'La mesna es un medicamento que se puede dar con la ciclofosfamida para proteger la vejiga.',
    sections: {
      whyInDm:
        'Al deshacerse en el cuerpo, la ciclofosfamida produce una sustancia, la acroleína, que irrita la vejiga. Esto puede hacer que la vejiga sangre y salga sangre en la orina. La mesna se une a la acroleína y protege la vejiga. Se da sobre todo con dosis altas de ciclofosfamida, así que no todas las personas la reciben. Beber mucho líquido y orinar a menudo también protege la vejiga.',
      howGiven:
        'Se pone en goteo en la vena a la vez que la ciclofosfamida, o se toma por boca, en pastillas o en líquido, tal como le indiquen. Beba lo que le diga su equipo y orine a menudo. Si vomita después de tomar la mesna por boca, llame al hospital: es importante no perder ninguna toma.',
      sideEffects:
        'Es difícil saber qué molestias vienen de la mesna y cuáles del otro tratamiento. Puede dar náuseas, vómitos o un sabor amargo o metálico. Pocas veces da una reacción alérgica, como latido rápido, cara hinchada, erupción en la piel o falta de aire: avise enseguida a la enfermera. Llame a su equipo si ve sangre en la orina.',
      questions: ['¿Me pondrán mesna con la ciclofosfamida?', '¿Cuánto debo beber los días de tratamiento?', '¿Qué molestias de la vejiga debo contar?'],
    },
    sources: [MACMILLAN_MESNA, MSD_IV_CYCLOPHOSPHAMIDE, MEDLINEPLUS_CYCLOPHOSPHAMIDE],
    reviewed: REVIEWED,
  },
  'pneumococcal-vaccine': {
    summary: 'La vacuna antineumocócica es una inyección que ayuda a proteger de un germen, el neumococo, que puede causar neumonía.',
    sections: {
      whyInDm:
        'El neumococo puede causar neumonía, infecciones de oído y de los senos de la cara, e infecciones de la sangre. Los medicamentos que calman las defensas, como los corticoides, hacen más probables las infecciones graves. En Estados Unidos se recomienda a los adultos con ciertas enfermedades u otros factores de riesgo. Hay varias opciones: la vacuna PCV20 o la PCV21, o la PCV15 seguida de otra vacuna, la PPSV23.',
      howGiven:
        'Es una inyección en el brazo. No es una vacuna viva, así que se puede poner durante el tratamiento. Algunos medicamentos, como el rituximab, pueden hacer que las vacunas funcionen peor. Por eso, lo mejor es planearla con su equipo, si se puede antes de empezar un tratamiento fuerte.',
      sideEffects:
        'Los efectos más frecuentes son leves y duran uno o dos días: dolor o hinchazón en el brazo, fiebre, dolor de cabeza, sueño y menos hambre. Muy pocas veces hay una reacción alérgica grave, que necesita ayuda urgente.',
      questions: ['¿Qué vacuna contra el neumococo necesito, y ya me la han puesto?', '¿Debo ponérmela antes de empezar un medicamento nuevo, como el rituximab?', '¿Necesitaré otra dosis más adelante?'],
    },
    sources: [CDC_PNEUMO_SAFETY, CDC_PNEUMO_ES, MEDLINEPLUS_PCV_ES, PIEL_STEROID_COMPLICATIONS, ACR_VACCINES_2022],
    reviewed: REVIEWED,
  },
  'topical-calcineurin-inhibitors': {
    summary: 'Los inhibidores de la calcineurina en pomada o crema son medicamentos sin corticoides que calman la piel inflamada.',
    sections: {
      whyInDm:
        'Hay dos: el tacrolimus en pomada (Protopic) y el pimecrolimus en crema (Elidel). Están aprobados para la dermatitis atópica, así que en la DM se usan fuera de esa indicación. A veces se pone la pomada de tacrolimus en las manchas de la DM en la cara o los párpados, como opción sin corticoides. Esta pomada es distinta del tacrolimus que se toma por boca.',
      howGiven:
        'Se pone una capa fina solo en la piel afectada, sin ponerla dentro de la boca, la nariz o los ojos. No tape la piel tratada con una venda, salvo que su médico se lo diga.',
      sideEffects:
        'Donde se pone puede notar quemazón, calor, escozor o enrojecimiento. Unas pocas personas que las usaron tuvieron cáncer de piel o linfoma, pero no está probado que lo causara el medicamento. Una revisión española no encontró pruebas de más riesgo, aunque no se pueden descartar efectos a largo plazo. Por eso no se usan sin parar durante mucho tiempo, y no son para niños menores de dos años. Proteja del sol y de las lámparas de rayos UVA la piel tratada.',
      questions: ['¿Me conviene esta pomada en la cara en vez de una crema de corticoide?', '¿Durante cuánto tiempo la uso?', '¿Qué hago si me escuece?'],
    },
    sources: [CUN_TACROLIMUS_TOPICAL, ACTAS_TCI_CANCER, SAFEMED_TACROLIMUS_TOPICAL, GE_TACROLIMUS_DM],
    reviewed: REVIEWED,
  },
};
