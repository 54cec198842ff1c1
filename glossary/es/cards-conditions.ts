/**
 * Spanish cards for the other forms of myositis and the conditions that come
 * with DM or its treatment (part CONDITIONS), written in plain Spanish from the
 * Spanish-language sources each card lists, never giving a dose. Each card
 * carries only the facts of its English entry that a source retrieved for it
 * supports; what no source covered is left out rather than translated from
 * memory. Spread into SPANISH_CARDS by cards.ts and held to the same tests.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import { AEDV_DM, MSD_PML, PMC_ANTI_MDA5, SEMERGEN_ANTISYNTHETASE, SER_STEROID_MYOPATHY, VOZANDES_ANTISYNTHETASE } from './sources';

const REVIEWED = '2026-12-06';

const GARD_POLYMYOSITIS: Source = {
  publisher: 'Centro de Información sobre Enfermedades Genéticas y Raras (GARD), NIH, en español',
  title: 'Polimiositis',
  url: 'https://rarediseases.info.nih.gov/espanol/12786/polimiositis',
};
const REV_MED_CHILE_MYOPATHIES: Source = {
  publisher: 'Revista Médica de Chile (Acosta y colaboradores, 2019), en SciELO Chile',
  title: 'Miopatías inflamatorias idiopáticas: una mirada actualizada al diagnóstico y el manejo',
  url: 'https://scielo.conicyt.cl/scielo.php?script=sci_arttext&pid=S0034-98872019000300342&lng=pt&nrm=iso',
};
/** Its table sets the forms of myositis side by side: weakness, organs, antibodies and biopsy. */
const ANALES_PEDIATRIA_IMNM: Source = {
  publisher: 'Anales de Pediatría (Asociación Española de Pediatría)',
  title: 'Miopatía necrosante inmunomediada seronegativa',
  url: 'https://www.analesdepediatria.org/es-miopatia-necrosante-inmunomediada-seronegativa-con-articulo-S1695403320304501',
};
const SER_ANTISYNTHETASE: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Síndrome antisintetasa',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-sindrome-antisintetasa-13097690',
};
/** A case first taken for a pneumonia: lung disease came before the muscle weakness. */
const REV_COLOMB_ANTISYNTHETASE: Source = {
  publisher: 'Revista Colombiana de Reumatología (Asociación Colombiana de Reumatología), en SciELO Colombia',
  title: 'Enfermedad pulmonar intersticial como manifestación inicial de síndrome antisintetasa',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232010000400008&lng=en&nrm=iso',
};
const REV_CLIN_ESP_IMNM: Source = {
  publisher: 'Revista Clínica Española (Sociedad Española de Medicina Interna), comunicación a congreso',
  title: 'Miopatía necrosante inmunomediada: revisión basada en la experiencia en una unidad de medicina interna',
  url: 'https://revclinesp.es/es-congresos-xxxviii-congreso-nacional-sociedad-espanola-54-sesion-inflamacion-enfermedades-autoinmunes-3538-miopatia-necrosante-inmunomediada-revision-basada-41293',
};
const ENDOCRINOL_IMNM_STATINS: Source = {
  publisher: 'Endocrinología, Diabetes y Nutrición (Sociedad Española de Endocrinología y Nutrición)',
  title: 'Miopatía inflamatoria necrosante inmunomediada. Un raro efecto secundario de las estatinas',
  url: 'https://www.elsevier.es/es-revista-endocrinologia-diabetes-nutricion-13-articulo-miopatia-inflamatoria-necrosante-inmunomediada-un-S2530016421002111',
};
const SINERGIA_STATIN_MUSCLE: Source = {
  publisher: 'Revista Médica Sinergia (Costa Rica, 2023)',
  title: 'Abordaje diagnóstico y terapéutico de los síntomas musculares inducidos por estatinas',
  url: 'https://revistamedicasinergia.com/index.php/rms/article/download/1009/2235?inline=1',
};

const SER_IBM: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Miositis con cuerpos de inclusión (forma esporádica)',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miositis-con-cuerpos-inclusion-forma-S1577356611000996',
};
const MEDLINEPLUS_ASPIRATION: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Neumonía por aspiración',
  url: 'https://medlineplus.gov/spanish/ency/article/000121.htm',
};
const MSD_ZOSTER_VACCINE: Source = {
  publisher: 'Manual MSD, versión para profesionales',
  title: 'Vacuna contra herpes zóster',
  url: 'https://www.msdmanuals.com/es/professional/enfermedades-infecciosas/vacunaci%C3%B3n/vacuna-contra-herpes-z%C3%B3ster',
};
const MERCK_SHINGLES_VACCINE: Source = {
  publisher: 'Manual Merck, versión para el público general',
  title: 'Vacuna contra la culebrilla',
  url: 'https://www.merckmanuals.com/es-us/hogar/infecciones/inmunización-vacunación/vacuna-contra-la-culebrilla',
};
const REUMA_CLIN_JAK_ZOSTER: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Inhibidores de receptores JAK quinasa e infección por virus varicela zoster en pacientes con artritis reumatoide. Revisión sistemática de la literatura',
  url: 'https://reumatologiaclinica.org/es-inhibidores-receptores-jak-quinasa-e-articulo-S1699258X21001868',
};
const KAISER_RHABDO: Source = {
  publisher: 'Kaiser Permanente, enciclopedia de salud en español',
  title: 'Rabdomiólisis',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.rabdomi%C3%B3lisis.tm6355',
};

/** Why a long course of corticosteroids is never stopped at once: the adrenal glands need time to start again. */
const MSD_ADRENAL_SUPPRESSION: Source = {
  publisher: 'Manual MSD, versión para el público general',
  title: 'Inhibición de la actividad suprarrenal debido a corticoesteroides',
  url: 'https://www.msdmanuals.com/es-ve/hogar/multimedia/table/inhibición-de-la-actividad-suprarrenal-debido-a-corticoesteroides',
};
const MAYO_CUSHING: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Síndrome de Cushing: síntomas y causas',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/cushing-syndrome/symptoms-causes/syc-20351310',
};
const LILACS_STEROID_EYES: Source = {
  publisher: 'Revista Mexicana de Reumatología (1999), en LILACS (Biblioteca Virtual en Salud, OPS/OMS)',
  title: 'Catarata y glaucoma secundarios a glucocorticoides',
  url: 'https://fi-view.bvsalud.org/lilacs/biblio/resource/?id=biblioref.referenceanalytic.608023',
};
const KAISER_AVN: Source = {
  publisher: 'Kaiser Permanente, enciclopedia de salud en español',
  title: 'Necrosis avascular (osteonecrosis)',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.necrosis-avascular-osteonecrosis.tv7925',
};
const MSD_OSTEONECROSIS: Source = {
  publisher: 'Manual MSD, versión para el público general',
  title: 'Osteonecrosis',
  url: 'https://www.msdmanuals.com/es-cr/hogar/trastornos-de-los-huesos,-articulaciones-y-m%C3%BAsculos/osteonecrosis/osteonecrosis',
};
const ACR_ONJ_ES: Source = {
  publisher: 'American College of Rheumatology (en español)',
  title: 'Osteonecrosis de mandíbula',
  url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Enfermedades-y-Condiciones/Osteonecrosis-de-Mandibula',
};
const SECOM_ONJ: Source = {
  publisher: 'Revista Española de Cirugía Oral y Maxilofacial (Sociedad Española de Cirugía Oral y Maxilofacial), en SciELO España',
  title: 'Diagnóstico, prevención y tratamiento de la osteonecrosis de los maxilares por bisfosfonatos. Recomendaciones de la SECOM',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1130-05582008000300001&lng=es&nrm=iso',
};

const MSD_LUPUS_PRO: Source = {
  publisher: 'Manual MSD, versión para profesionales',
  title: 'Lupus eritematoso sistémico',
  url: 'https://msdmanuals.com/es/professional/trastornos-de-los-tejidos-musculoesquelético-y-conectivo/enfermedades-reumáticas-autoinmumunitarias/lupus-eritematoso-sistémico',
};
const REV_NACIONAL_LUPUS: Source = {
  publisher: 'Revista del Nacional (Itauguá, Paraguay), en SciELO Paraguay',
  title: 'Complicaciones en pacientes con lupus eritematoso sistémico',
  url: 'https://scielo.iics.una.py/scielo.php?script=sci_arttext&pid=S2072-81742015000100005&lng=en&nrm=iso&tlng=es',
};
const MAYO_RA_IMAGE: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Artritis reumatoidea (ilustración)',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/rheumatoid-arthritis/multimedia/rheumatoid-arthritis/img-20007979',
};
const MERCK_SSC_PRO: Source = {
  publisher: 'Manual Merck, versión para profesionales',
  title: 'Esclerosis sistémica (esclerodermia)',
  url: 'https://www.merckmanuals.com/es-us/professional/trastornos-de-los-tejidos-musculoesquelético-y-conectivo/enfermedades-reumáticas-sistémicas/esclerosis-sistémica',
};
const REV_COLOMB_SSC_KIDNEY: Source = {
  publisher: 'Revista Colombiana de Reumatología (Asociación Colombiana de Reumatología)',
  title: 'Alteraciones renales en la esclerodermia',
  url: 'https://www.elsevier.es/es-revista-revista-colombiana-reumatologia-374-articulo-alteraciones-renales-esclerodermia-S0121812320301237',
};

/** A dermatology textbook chapter (Arenas, Dermatología) describing poikiloderma and the holster sign. */
const ACCESSMEDICINA_DM_SKIN: Source = {
  publisher: 'AccessMedicina (McGraw-Hill), Arenas: Dermatología',
  title: 'Dermatomiositis',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=1538&sectionid=102304056',
};
const ACTAS_CAPILLAROSCOPY: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Capilaroscopia: una herramienta diagnóstica valiosa',
  url: 'https://actasdermo.org/es-capilaroscopia-una-herramienta-diagnostica-valiosa-articulo-S0001731018305477',
};

const REV_BRAS_REUMATOL_ECG: Source = {
  publisher: 'Revista Brasileira de Reumatologia (2016), en SciELO Brasil',
  title: 'Electrocardiographic changes in dermatomyositis and polymyositis',
  url: 'https://www.scielo.br/scielo.php?script=sci_arttext&pid=S0482-50042016000200095&lng=es&tlng=en',
};
const DCMQ_ANTI_MDA5: Source = {
  publisher: 'Dermatología Cosmética, Médica y Quirúrgica (2024)',
  title: 'Serie de casos de dermatomiositis anti-MDA5',
  url: 'https://dcmq.com.mx/161-edici%C3%B3n-abril-junio-2024-volumen-22-n%C3%BAmero-2/1091-serie-de-casos-de-dermatomiositis-anti-mda5.html',
};

export const SPANISH_CARDS_CONDITIONS: Readonly<Record<string, SpanishCard>> = {
  polymyositis: {
    summary: 'La polimiositis es un tipo raro de miositis que debilita muchos músculos. Se parece a la DM, pero no da manchas en la piel.',
    sections: {
      whyInDm:
        'Es de la misma familia de enfermedades que la DM, y el daño en los músculos se parece. Las defensas atacan por error a los músculos que usamos para movernos. Se debilitan los músculos cerca del tronco, como los de los brazos y los muslos, en los dos lados del cuerpo. Casi siempre empieza en adultos. Es rara antes de los 18 años.',
      howGiven:
        'Para saber si la tiene se hacen análisis de sangre, como la CK, y análisis de los anticuerpos de la miositis. A veces se hace una biopsia del músculo. Los anticuerpos ayudan a saber qué tipo de miositis es. Se trata con corticoides, solos o con otros medicamentos que calman las defensas. No tiene cura, pero el tratamiento puede devolver fuerza.',
      sideEffects:
        'La miositis también puede dañar los pulmones y el corazón. Avise a su equipo si le falta el aire o si pierde más fuerza.',
      questions: [
        '¿Qué tan seguro es que tengo polimiositis y no otro tipo de miositis?',
        '¿Me han hecho un análisis de anticuerpos de la miositis?',
        '¿Cambia mi tratamiento según el tipo?',
      ],
    },
    sources: [GARD_POLYMYOSITIS, REV_MED_CHILE_MYOPATHIES, ANALES_PEDIATRIA_IMNM],
    reviewed: REVIEWED,
  },
  'antisynthetase-syndrome': {
    summary: 'El síndrome antisintetasa es un tipo de miositis que a menudo daña los pulmones y las articulaciones.',
    sections: {
      whyInDm:
        'Es de la misma familia de enfermedades de los músculos que la DM. Va unido a unos anticuerpos llamados antisintetasa. El más frecuente es el anti-Jo-1. Sus señales típicas son el daño en los pulmones, la debilidad, el dolor o la hinchazón de las articulaciones y la fiebre. También los dedos que cambian de color con el frío (Raynaud) y las manos de mecánico, con la piel gruesa y agrietada en los dedos. No todas las personas tienen todas. Es más frecuente en mujeres.',
      howGiven:
        'Se busca con un análisis de sangre de los anticuerpos y con pruebas de los pulmones, como pruebas de respiración y un escáner del pecho (TAC). Se trata con corticoides y otros medicamentos que calman las defensas. Saberlo pronto ayuda a vivir mejor.',
      sideEffects:
        'A veces el daño en los pulmones llega primero y casi no hay debilidad. Por eso se puede confundir con otra enfermedad, como una neumonía. Avise a su equipo si tiene tos seca o si le falta el aire.',
      questions: ['¿Qué anticuerpo tengo?', '¿Cómo están mis pulmones, y cada cuánto los miramos?', '¿Qué medicamento protege mejor mis pulmones?'],
    },
    sources: [SER_ANTISYNTHETASE, VOZANDES_ANTISYNTHETASE, SEMERGEN_ANTISYNTHETASE, REV_COLOMB_ANTISYNTHETASE],
    reviewed: REVIEWED,
  },
  'necrotizing-myopathy': {
    summary: 'La miopatía necrosante inmunomediada es un tipo de miositis en el que las defensas matan células del músculo. Deja mucha debilidad.',
    sections: {
      whyInDm:
        'Como la polimiositis, debilita los músculos grandes de las caderas, los muslos y los hombros, en los dos lados. La debilidad suele ser fuerte. Una biopsia muestra células del músculo que mueren, con poca inflamación alrededor. Los análisis suelen encontrar uno de dos anticuerpos: anti-SRP o anti-HMGCR. El anti-HMGCR puede ir unido a tomar una estatina, un medicamento para el colesterol. A veces cuesta tragar, y con anti-SRP se pueden dañar también los pulmones o el corazón.',
      howGiven:
        'Necesita un tratamiento que calme las defensas, casi siempre con corticoides al principio. Saber qué anticuerpo tiene ayuda a su equipo a entender su enfermedad.',
      sideEffects:
        'Los dolores de músculos con las estatinas son frecuentes, y casi nunca son esta enfermedad. Pero avise a su médico si pierde fuerza de verdad, por ejemplo si le cuesta subir escaleras o levantarse de una silla.',
      questions: ['¿Qué anticuerpo tengo, y qué quiere decir para mi tratamiento?', '¿Podré volver a tomar una estatina?', '¿Cómo seguiremos mi fuerza y mis análisis del músculo?'],
    },
    sources: [ANALES_PEDIATRIA_IMNM, REV_CLIN_ESP_IMNM, ENDOCRINOL_IMNM_STATINS, SINERGIA_STATIN_MUSCLE, REV_MED_CHILE_MYOPATHIES],
    reviewed: REVIEWED,
  },
  'inclusion-body-myositis': {
    summary: 'La miositis por cuerpos de inclusión es una enfermedad de los músculos de las personas mayores. Debilita sobre todo los muslos y los dedos.',
    sections: {
      whyInDm:
        'Es de la misma familia de enfermedades que la DM, pero se comporta de otra forma. Afecta sobre todo a hombres de más de 50 años. La debilidad y la pérdida de músculo suelen ser mayores en un lado que en el otro. Se debilitan sobre todo los músculos que estiran la rodilla, delante del muslo, y los que doblan los dedos. Pocas veces afecta a otros órganos, pero algunas personas tienen problemas para tragar.',
      howGiven:
        'A diferencia de la DM, no suele mejorar con los medicamentos que calman las defensas. Solo hay tratamientos para aliviar los síntomas. No acorta la vida, pero puede hacer más difícil el día a día.',
      sideEffects: 'Avise a su equipo si se cae, si le cuesta agarrar las cosas o si se atraganta al comer o beber.',
      questions: [
        '¿Qué tan seguro es que tengo este tipo de miositis y no otro?',
        '¿Qué ejercicios y ayudas me harían estar más seguro en casa?',
        '¿Me deben mirar cómo trago?',
      ],
    },
    sources: [SER_IBM, REV_MED_CHILE_MYOPATHIES, ANALES_PEDIATRIA_IMNM],
    reviewed: REVIEWED,
  },
  'aspiration-pneumonia': {
    summary: 'La neumonía por aspiración es una infección de los pulmones. Pasa cuando la comida, la bebida o la saliva se van hacia los pulmones.',
    sections: {
      whyInDm:
        'La DM puede hacer que cueste tragar. Así, la comida o la bebida pueden ir por el camino del aire en lugar de ir al estómago. Tener problemas para tragar es uno de los riesgos de esta neumonía. También lo es estar menos despierto por medicamentos o por una operación.',
      howGiven:
        'Se busca con una radiografía del pecho. Se trata casi siempre con antibióticos. Algunas personas necesitan ir al hospital, y a veces una máquina que ayude a respirar. Es posible que le miren cómo traga. Si le cuesta mucho tragar, quizá necesite otra forma de comer para no volver a aspirar.',
      sideEffects:
        'Sus señales son fiebre, tos con flemas, dolor en el pecho, falta de aire, cansancio o confusión. Pida ayuda enseguida si las nota, sobre todo después de atragantarse al comer o beber.',
      questions: ['¿Debo hacerme una prueba para ver cómo trago?', '¿Qué comidas y bebidas son más seguras para mí?', '¿Qué señales quieren decir que debo ir al hospital?'],
    },
    sources: [MEDLINEPLUS_ASPIRATION, ANALES_PEDIATRIA_IMNM],
    reviewed: REVIEWED,
  },
  shingles: {
    summary: 'El herpes zóster, o culebrilla, es una erupción con ampollas que duele. Sale cuando el virus de la varicela se despierta otra vez.',
    sections: {
      whyInDm:
        'Después de la varicela, el virus se queda dormido en el cuerpo y puede despertar años más tarde. Es más probable con los inhibidores de JAK, como el tofacitinib. Puede dejar un dolor de nervios que dura meses o incluso años. Se llama neuralgia posherpética.',
      howGiven:
        'Una vacuna puede prevenirlo en gran parte. Se recomienda a todos los adultos de 50 años o más. También a los adultos desde los 19 años que tienen o van a tener las defensas bajas por una enfermedad o por su tratamiento. Esta vacuna no lleva virus vivos, así que no causa la culebrilla. La vacuna viva antigua ya no se usa en Estados Unidos. Pregunte cuándo ponérsela, mejor antes de empezar un tratamiento fuerte.',
      sideEffects: 'Vaya pronto al médico si le sale una erupción con dolor o ampollas, casi siempre en una sola zona del cuerpo.',
      questions: ['¿Me debo poner la vacuna contra el herpes zóster, y cuándo?', '¿Mi tratamiento aumenta mi riesgo de culebrilla?', '¿Qué hago si creo que tengo culebrilla?'],
    },
    sources: [MERCK_SHINGLES_VACCINE, MSD_ZOSTER_VACCINE, REUMA_CLIN_JAK_ZOSTER],
    reviewed: REVIEWED,
  },
  rhabdomyolysis: {
    summary: 'La rabdomiólisis es la rotura rápida de músculo. Llena la sangre de sustancias que pueden dañar los riñones.',
    sections: {
      whyInDm:
        'Cuando las células del músculo mueren, sueltan a la sangre sustancias como la mioglobina y el potasio. Si no se trata, puede dañar órganos y hacer que fallen los riñones. Puede venir de una lesión fuerte del músculo, de algunos medicamentos, de sustancias tóxicas o de infecciones.',
      howGiven:
        'Se trata enseguida. Si un medicamento la causó, se deja. Se da mucho líquido para ayudar a los riñones a limpiar la sangre. Si es grave, a veces hace falta diálisis.',
      sideEffects:
        'Al principio las señales son suaves: músculos débiles, con dolor o rígidos, fiebre, náuseas, confusión o malestar. La orina puede salir muy oscura. Pida ayuda urgente si las nota.',
      questions: ['¿Qué señales quieren decir que debo ir a urgencias?', '¿Alguno de mis medicamentos puede dañar mis músculos?'],
    },
    sources: [KAISER_RHABDO],
    reviewed: REVIEWED,
  },
  'steroid-myopathy': {
    summary: 'La miopatía por corticoides es debilidad de los músculos causada por los propios corticoides, no por la DM.',
    sections: {
      whyInDm:
        'Los corticoides pueden debilitar los músculos cerca del tronco, en los brazos y en las piernas. Son los mismos músculos que afecta la DM. Suele llegar poco a poco, y puede pasar con cualquier corticoide. Cuándo aparece cambia mucho de una persona a otra, y depende en parte de la dosis. Por eso, si una persona con DM pierde fuerza mientras toma corticoides, cuesta saber si es la DM o el medicamento.',
      howGiven:
        'Ninguna prueba lo confirma del todo. Lo que más ayuda es ver si la fuerza mejora unas semanas después de que su médico baje la dosis. No deje de tomar los corticoides de golpe ni cambie la dosis por su cuenta.',
      sideEffects: 'Avise a su equipo si pierde fuerza mientras toma corticoides, por ejemplo al subir escaleras o al levantarse de una silla.',
      questions: ['¿Mi debilidad puede venir de los corticoides y no de la DM?', '¿Cómo sabremos cuál es la causa?', '¿Qué ejercicios son seguros para mí ahora?'],
    },
    sources: [SER_STEROID_MYOPATHY, MSD_ADRENAL_SUPPRESSION],
    reviewed: REVIEWED,
  },
  'cushingoid-features': {
    summary: 'Los rasgos cushingoides son cambios del cuerpo por tomar corticoides mucho tiempo, como la cara redonda o el peso de más en el vientre.',
    sections: {
      whyInDm:
        'Tomar corticoides por la boca durante mucho tiempo puede causar el síndrome de Cushing. Sus señales son la cara redonda, llamada cara de luna llena, y una joroba de grasa entre los hombros. También se gana peso en el vientre y en la parte alta de la espalda. Pueden salir estrías rosadas o moradas en la piel, y acné. A veces también sube la presión de la sangre, se pierde hueso o aparece diabetes.',
      howGiven:
        'Su médico baja los corticoides poco a poco, a lo largo de semanas y a veces meses. No deje de tomarlos de golpe ni baje la dosis por su cuenta. Tras mucho tiempo con corticoides, el cuerpo fabrica poca hormona propia, y dejarlos de repente puede ser peligroso.',
      sideEffects: 'Avise a su equipo si nota estos cambios. No deje los corticoides para evitarlos: hable antes con su médico.',
      questions: ['¿Estos cambios vienen de mis corticoides?', '¿Cuándo podremos bajar mi dosis?', '¿Un medicamento que ahorre corticoides me ayudaría?'],
    },
    sources: [MAYO_CUSHING, MSD_ADRENAL_SUPPRESSION],
    reviewed: REVIEWED,
  },
  'cataracts-and-glaucoma': {
    summary: 'La catarata nubla el cristalino, la lente de dentro del ojo. El glaucoma es otra enfermedad del ojo. Tomar corticoides mucho tiempo aumenta el riesgo de las dos.',
    sections: {
      whyInDm:
        'Los corticoides son el tratamiento principal de la DM. Si se toman mucho tiempo o en dosis altas, pueden causar cataratas y glaucoma. Las cataratas por corticoides empiezan como una zona opaca en la parte de atrás del cristalino. El riesgo de glaucoma es mayor si hay glaucoma en la familia.',
      howGiven:
        'Si toma corticoides, necesita revisiones de los ojos con regularidad, antes y durante el tratamiento. En ellas se mide la presión del ojo, se mira el cristalino y el fondo del ojo, y se estudia el campo de visión. El glaucoma a veces mejora al dejar los corticoides. Otras veces necesita medicamentos para bajar la presión del ojo, y a veces una operación.',
      sideEffects: 'Avise a su equipo si nota cambios en la vista, como ver borroso.',
      questions: ['¿Cada cuánto me deben revisar los ojos?', '¿Mis cremas o gotas con corticoides aumentan el riesgo?', '¿Qué cambios en la vista debo avisar?'],
    },
    sources: [LILACS_STEROID_EYES],
    reviewed: REVIEWED,
  },
  'avascular-necrosis': {
    summary: 'La necrosis avascular, u osteonecrosis, es hueso que muere porque le llega poca sangre. Tomar corticoides mucho tiempo es una de sus causas.',
    sections: {
      whyInDm:
        'Tomar corticoides durante mucho tiempo aumenta el riesgo de que un hueso pierda su sangre y muera. El lupus también lo aumenta. Puede afectar a cualquier hueso, pero sobre todo a los extremos de los huesos largos, como el fémur en la cadera.',
      howGiven:
        'La resonancia magnética es la mejor prueba para encontrarla pronto, antes de que se vea en una radiografía. Las pruebas muestran también si el hueso está dañado, en qué fase está y si la articulación se ha desgastado. Si se encuentra en una cadera, se suele mirar también la otra.',
      sideEffects:
        'Al principio no suele doler, por eso a veces no se descubre pronto. Avise a su equipo si tiene un dolor nuevo en la cadera, la rodilla o el hombro mientras toma corticoides.',
      questions: ['¿Mi dolor puede venir del hueso y no de la DM?', '¿Necesito una resonancia?', '¿Podemos bajar mis corticoides sin peligro?'],
    },
    sources: [KAISER_AVN, MSD_OSTEONECROSIS],
    reviewed: REVIEWED,
  },
  'osteonecrosis-of-the-jaw': {
    summary: 'La osteonecrosis de la mandíbula es un problema raro: una parte del hueso de la mandíbula queda al aire, sin encía que lo cubra, y no se cura.',
    sections: {
      whyInDm:
        'Los bifosfonatos, como el alendronato, y el denosumab protegen los huesos, pero pueden aumentar este riesgo. El riesgo es muy bajo. Es mayor con las dosis altas por la vena que se usan en el cáncer que con las dosis más bajas para la osteoporosis. La edad avanzada, la diabetes, la enfermedad de las encías y fumar también lo aumentan.',
      howGiven:
        'Lo más importante es prevenirla. Diga a su dentista que toma un medicamento para los huesos, sobre todo antes de sacar una muela o de poner un implante: esos tratamientos suben un poco el riesgo. Si aparece, se suele tratar con enjuagues, antibióticos y calmantes, y casi nunca hace falta operar. No deje su medicamento para los huesos sin hablar antes con su médico.',
      sideEffects:
        'Sus señales son dolor o hinchazón en la boca, salida de líquido, hueso a la vista, mal aliento, dientes flojos o encías infectadas. Avise pronto a su dentista y a su médico si las nota.',
      questions: [
        '¿Debo ir al dentista antes de empezar mi medicamento para los huesos?',
        '¿Qué le digo a mi dentista antes de un tratamiento?',
        '¿Cuánto tiempo debo tomar el bifosfonato?',
      ],
    },
    sources: [ACR_ONJ_ES, SECOM_ONJ],
    reviewed: REVIEWED,
  },
  pml: {
    summary: 'La LMP (leucoencefalopatía multifocal progresiva) es una infección rara y grave del cerebro. Puede aparecer cuando las defensas están bajas.',
    sections: {
      whyInDm:
        'La causa el virus JC. Casi siempre se contagia en la niñez, y en la mayoría de los adultos no hace daño. El virus se queda dormido. Puede despertar cuando las defensas bajan por una enfermedad o por medicamentos que las frenan, como el rituximab. Es rara, pero muy grave, y a menudo mortal.',
      howGiven:
        'Se busca con una prueba de imagen de la cabeza, como una resonancia, y con una punción lumbar, que saca un poco del líquido que rodea la médula, en la espalda. Tratar lo que bajó las defensas puede ayudar a vivir más tiempo.',
      sideEffects:
        'Las señales llegan poco a poco y van a peor. Puede notar torpeza, problemas para hablar, pérdida de parte de la vista o que piensa peor. Llame enseguida a su equipo si nota alguna mientras recibe rituximab u otro medicamento fuerte para las defensas.',
      questions: ['¿Qué riesgo de LMP tienen mis medicamentos?', '¿Qué señales debe vigilar mi familia?', '¿A quién llamo si las noto?'],
    },
    sources: [MSD_PML],
    reviewed: REVIEWED,
  },
  lupus: {
    summary: 'El lupus es una enfermedad en la que las defensas atacan la piel, las articulaciones, los riñones u otros órganos.',
    sections: {
      whyInDm:
        'El lupus es una de las enfermedades que pueden ir junto con la miositis, y algunas personas tienen señales de las dos. Es mucho más frecuente en mujeres jóvenes. Puede dar dolor o hinchazón de las articulaciones, dedos que cambian de color con el frío (Raynaud) y manchas en la piel, sobre todo en las mejillas. También puede dañar los riñones, el cerebro, las capas que cubren los pulmones o el corazón, y las células de la sangre. Suele ir en brotes, con épocas mejores entre ellos.',
      howGiven:
        'Para saber si lo tiene, su médico mira sus señales y unos análisis de sangre. Cuando está activo y es grave, se trata con corticoides y otros medicamentos que calman las defensas, como en la DM.',
      sideEffects: 'En los brotes pueden salir problemas que hacen ir al hospital, sobre todo infecciones. Avise a su equipo si tiene fiebre o se encuentra peor.',
      questions: ['¿Tengo señales de lupus además de la DM?', '¿Qué análisis miran si hay lupus?', '¿Tener las dos cosas cambia mi tratamiento?'],
    },
    sources: [MSD_LUPUS_PRO, ANALES_PEDIATRIA_IMNM, REV_NACIONAL_LUPUS],
    reviewed: REVIEWED,
  },
  'rheumatoid-arthritis': {
    summary: 'La artritis reumatoide es una enfermedad de las defensas que ataca la capa que recubre las articulaciones. Las deja hinchadas y con dolor.',
    sections: {
      whyInDm:
        'Algunos medicamentos, como los inhibidores de JAK, están aprobados para ella, así que la verá nombrada en sus prospectos. Que un medicamento hable de artritis reumatoide no quiere decir que usted la tenga.',
      howGiven:
        'La capa que recubre la articulación, llamada membrana sinovial, se inflama y se hace más gruesa. Se junta líquido, y con el tiempo la articulación se desgasta y se estropea.',
      sideEffects: 'Puede dar dolor, hinchazón y deformar las articulaciones. Avise a su equipo si tiene articulaciones hinchadas o con dolor.',
      questions: ['¿Por qué el prospecto de mi medicamento habla de artritis reumatoide?', '¿Mis dolores de articulaciones vienen de la DM o de otra enfermedad?'],
    },
    sources: [MAYO_RA_IMAGE, REUMA_CLIN_JAK_ZOSTER],
    reviewed: REVIEWED,
  },
  scleroderma: {
    summary: 'La esclerodermia es una enfermedad rara de las defensas que pone la piel, y a veces órganos de dentro, gruesa y dura.',
    sections: {
      whyInDm:
        'La esclerodermia puede ir junto con la miositis en la misma persona. En ese caso a menudo se encuentra el anticuerpo anti-PM/Scl. Sus señales son los dedos que cambian de color con el frío (Raynaud), la piel gruesa en los dedos, la acidez, costar tragar, el dolor de articulaciones y bultos de calcio bajo la piel. También puede dañar el esófago, los pulmones, el corazón y los riñones. Los daños en los pulmones, el corazón y los riñones son los más graves.',
      howGiven: 'El tratamiento depende de las señales y de qué órganos están afectados.',
      sideEffects:
        'Los riñones se pueden dañar, a veces de forma grave: se llama crisis renal. Pregunte a su equipo cómo afecta esto a su tratamiento, también a los corticoides.',
      questions: ['¿Tengo señales de esclerodermia además de la DM?', '¿Tener las dos cambia mi tratamiento con corticoides?', '¿Necesito más pruebas de los pulmones o del corazón?'],
    },
    sources: [MERCK_SSC_PRO, ANALES_PEDIATRIA_IMNM, REV_COLOMB_SSC_KIDNEY],
    reviewed: REVIEWED,
  },
  'overlap-myositis': {
    summary: 'La miositis de solapamiento quiere decir que tiene una miositis y, a la vez, otra enfermedad de las defensas, como el lupus.',
    sections: {
      whyInDm:
        'Algunas personas con miositis tienen también otra enfermedad de las defensas al mismo tiempo. Entre ellas están la esclerodermia, que pone la piel gruesa y dura, y el lupus. En este tipo de miositis es frecuente que se afecten otros órganos, además de los músculos. Son señales frecuentes los dedos que cambian de color con el frío (Raynaud) y la piel gruesa en los dedos.',
      howGiven:
        'Su médico mira las señales de las dos enfermedades y los análisis de anticuerpos de la miositis. Hay anticuerpos que se ven sobre todo en estos casos. El tratamiento depende de sus señales, y suele llevar corticoides y otros medicamentos que calman las defensas.',
      sideEffects: 'Avise a su equipo si nota señales nuevas, como cambios en la piel de los dedos, dolor de articulaciones, falta de aire o acidez.',
      questions: ['¿Tengo señales de una segunda enfermedad de las defensas?', '¿Qué análisis de anticuerpos me han hecho, y qué mostraron?', '¿A cuál de mis enfermedades apunta más mi tratamiento?'],
    },
    sources: [ANALES_PEDIATRIA_IMNM, MERCK_SSC_PRO, MSD_LUPUS_PRO, REV_MED_CHILE_MYOPATHIES],
    reviewed: REVIEWED,
  },
  'shawl-and-v-sign': {
    summary: 'El signo del chal y el signo de la V son manchas de la DM en la parte alta de la espalda y en el escote, zonas que recibe el sol.',
    sections: {
      whyInDm:
        'El signo del chal cubre la parte alta de la espalda y los hombros, donde se pondría un chal. El signo de la V está en el escote, delante del cuello y del pecho. Una mancha parecida en la parte de fuera de los muslos se llama signo de las pistoleras. Son señales típicas de la DM y ayudan a hacer el diagnóstico.',
      howGiven:
        'La piel puede verse roja o violeta, con zonas más oscuras y más claras, piel fina y vasos pequeños que se ven. Suele picar, y el sol la empeora. Por eso protegerse del sol es parte del cuidado.',
      sideEffects: 'Con el tiempo, en estas manchas puede salir alguna llaga. Avise a su equipo si le sale una.',
      questions: ['¿Mi mancha es un signo del chal o de la V, y está activa?', '¿Qué puedo usar para el picor?', '¿Cómo protejo esta piel del sol?'],
    },
    sources: [AEDV_DM, ACCESSMEDICINA_DM_SKIN],
    reviewed: REVIEWED,
  },
  'nailfold-changes': {
    summary: 'Los cambios en el pliegue de las uñas son cutículas gruesas y vasos pequeños dilatados en la base de las uñas.',
    sections: {
      whyInDm:
        'El pliegue de la uña es la piel de la base de cada uña. En la DM las cutículas se pueden poner gruesas, con pequeños sangrados. Los vasos pequeños de esa zona se pueden dilatar. Son cambios típicos de la DM.',
      howGiven:
        'El médico puede mirar estos vasos con un microscopio. Esta prueba se llama capilaroscopia. No usa agujas, no duele y se puede hacer a niños y adultos. Puede mostrar vasos dilatados o gigantes, pequeños sangrados o zonas sin vasos.',
      sideEffects: 'Avise a su equipo si nota cambios nuevos en la piel de alrededor de las uñas o si le salen llagas.',
      questions: ['¿Mis uñas muestran señales de DM?', '¿Me deben hacer una capilaroscopia?', '¿Puedo cortar o empujar mis cutículas sin peligro?'],
    },
    sources: [AEDV_DM, ACTAS_CAPILLAROSCOPY],
    reviewed: REVIEWED,
  },
  poikiloderma: {
    summary: 'La poiquilodermia es piel con manchas más oscuras y más claras, piel fina y vasos pequeños que se ven.',
    sections: {
      whyInDm:
        'En la DM suele salir en el cuello y en la piel que recibe el sol, con un color rojo o violeta. Es el aspecto que tienen el signo del chal, el signo de la V y el signo de las pistoleras, en la parte de fuera de los muslos. A menudo pica.',
      howGiven: 'Como sale en la piel que recibe el sol, y la DM empeora con el sol, protegerse del sol es importante.',
      sideEffects: 'Con el tiempo, en estas zonas puede salir alguna llaga. Avise a su equipo si le sale una.',
      questions: ['¿Esta mancha es DM activa o una marca antigua?', '¿El color se irá con el tratamiento?', '¿Cómo protejo esta piel?'],
    },
    sources: [ACCESSMEDICINA_DM_SKIN, AEDV_DM],
    reviewed: REVIEWED,
  },
  'heart-involvement': {
    summary: 'La miositis puede afectar al músculo del corazón y cambiar, por ejemplo, el ritmo del latido.',
    sections: {
      whyInDm:
        'El corazón es un músculo, y la DM también puede afectarlo. Es frecuente en este grupo de enfermedades, y puede no dar síntomas. Los problemas del corazón están entre las principales causas de muerte en la miositis.',
      howGiven:
        'Un electrocardiograma registra el latido del corazón. En un estudio, un tercio de las personas con DM o polimiositis tenía cambios en esta prueba. Por eso se aconseja estudiar el corazón incluso sin síntomas.',
      sideEffects: 'Avise a su equipo si le falta el aire, si nota el corazón rápido o irregular, o si se le hinchan los pies.',
      questions: ['¿Necesito pruebas del corazón, y cada cuánto?', '¿Qué puedo hacer para cuidar mi corazón?', '¿Qué señales del corazón debo avisar enseguida?'],
    },
    sources: [AEDV_DM, REV_MED_CHILE_MYOPATHIES, REV_BRAS_REUMATOL_ECG],
    reviewed: REVIEWED,
  },
  'skin-ulcers': {
    summary: 'Las úlceras de la piel son llagas abiertas que tardan en curar. En la DM pueden querer decir que los vasos pequeños están dañados.',
    sections: {
      whyInDm:
        'En la DM, las manchas de la piel pueden acabar en llagas. Son muy frecuentes con el anticuerpo anti-MDA5: son profundas y duelen. Salen sobre todo sobre los nudillos, los codos y las rodillas, en las yemas de los dedos y alrededor de las uñas. Con este anticuerpo, van unidas a daño en los pulmones, que puede ir muy rápido.',
      howGiven:
        'Hable con su equipo de cualquier llaga nueva. Quizá necesite un análisis de anticuerpos y un escáner del pecho (TAC) para mirar los pulmones. Se tratan con corticoides y otros medicamentos que calman las defensas. Saberlo pronto permite tratar antes.',
      sideEffects: 'Avise enseguida si, además de una llaga, tiene tos o le falta el aire.',
      questions: ['¿Mis llagas pueden tener que ver con el anticuerpo anti-MDA5?', '¿Necesito pruebas de los pulmones?', '¿Cómo cuido las llagas en casa?'],
    },
    sources: [AEDV_DM, PMC_ANTI_MDA5, DCMQ_ANTI_MDA5],
    reviewed: REVIEWED,
  },
};
