/**
 * Spanish cards for the core DM terms (the disease, its forms, its signs and
 * the tests and care that go with them), written in plain Spanish from
 * Spanish-language sources and never giving a dose. Each card carries only the
 * facts of its English entry that a Spanish source retrieved for it supports;
 * what no Spanish source covered is left out rather than translated from memory.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACCESSMEDICINA_VACCINES,
  ACR_VACCINES_2022,
  ACTAS_DM_SERIES,
  AEDV_DM,
  IMMUNIZE_STEROIDS,
  MAYO_DM_TREATMENT,
  NHS_ALENDRONIC_ACID,
  PMC_ANTI_MDA5,
  REEMO_AUTOIMMUNE_OSTEOPOROSIS,
  REUMATOL_CLIN_GIOP,
  REUMATOL_CLIN_MYOPATHIES,
  SAD_DM,
  SEMERGEN_ANTISYNTHETASE,
  SER_STEROID_MYOPATHY,
} from './sources';

const MAYO_DM: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Dermatomiositis: síntomas y causas',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/dermatomyositis/symptoms-causes/syc-20353188',
};
const ATENCION_FAMILIAR_DM: Source = {
  publisher: 'Atención Familiar (Facultad de Medicina de la UNAM), en Elsevier',
  title: 'Dermatomiositis',
  url: 'https://elsevier.es/es-revista-atencion-familiar-223-articulo-dermatomiositis-S1405887116300086',
};
const ANALES_JDM: Source = {
  publisher: 'Anales de Pediatría Continuada (Bou y Ricart, 2010), en Elsevier',
  title: 'Dermatomiositis juvenil',
  url: 'https://www.elsevier.es/es-revista-anales-pediatria-continuada-51-articulo-dermatomiositis-juvenil-S1696281810700330',
};
const SJD_JDM: Source = {
  publisher: 'Hospital Sant Joan de Déu Barcelona (Escuela de Salud)',
  title: 'Dermatomiositis juvenil',
  url: 'https://escolasalut.sjdhospitalbarcelona.org/es/enfermedades/enfermedad/dermatomiositis-juvenil',
};
const SAP_JDM: Source = {
  publisher: 'Sociedad Argentina de Pediatría',
  title: 'Dermatomiositis juvenil',
  url: 'https://comunidad.sap.org.ar/index.php/2016/03/21/dermatomiositis-juvenil/',
};
const MAYO_ILD: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Enfermedad pulmonar intersticial: síntomas y causas',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/interstitial-lung-disease/symptoms-causes/syc-20353108',
};
const SEMI_MYOSITIS: Source = {
  publisher: 'Sociedad Española de Medicina Interna (SEMI)',
  title: 'Información para pacientes: miositis',
  url: 'https://www.fesemi.org/informacion-pacientes/conozca-mejor-su-enfermedad/miositis',
};
const NINDS_MYOPATHIES: Source = {
  publisher: 'Instituto Nacional de Trastornos Neurológicos (NINDS, NIH)',
  title: 'Miopatías inflamatorias',
  url: 'https://espanol.ninds.nih.gov/es/trastornos/forma-larga/miopatias-inflamatorias',
};
const MEDLINEPLUS_CK: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Creatina cinasa',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/creatina-cinasa/',
};
const MEDLINEPLUS_CPK: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Examen de creatina-fosfocinasa',
  url: 'https://medlineplus.gov/spanish/ency/article/003503.htm',
};
const MAYO_RAYNAUD: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Enfermedad de Raynaud: síntomas y causas',
  url: 'https://www.mayoclinic.org/es/diseases-conditions/raynauds-disease/symptoms-causes/syc-20363571',
};
const SARE_RAYNAUD: Source = {
  publisher: 'SARE (Sociedad Andaluza de Reumatología)',
  title: 'Enfermedad de Raynaud: así afecta al color de tus dedos',
  url: 'https://sare.org.es/enfermedad-raynaud-asi-afecta-al-color-tus-dedos/',
};

const REV_COLOMB_HYPOMYOPATHIC: Source = {
  publisher: 'Revista Colombiana de Reumatología (Asociación Colombiana de Reumatología), en Elsevier',
  title: 'Dermatomiositis hipomiopática y calcinosis universal: reporte de un caso',
  url: 'https://elsevier.es/es-revista-revista-colombiana-reumatologia-374-articulo-dermatomiositis-hipomiopatica-calcinosis-universal-reporte-S0121812314701549',
};
const MAYO_DYSPHAGIA: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Disfagia (dificultad para tragar)',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/dysphagia/basics/definition/con-20033444',
};

const ACCESSMEDICINA_PHOTOSENSITIVITY: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Fotosensibilidad',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=3002&sectionid=254585861',
};
const ACCESSMEDICINA_UV_REACTIONS: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Reacciones a la luz ultravioleta y fotosensibilidad por medicamentos',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=1532&sectionid=101555905',
};
const CDC_SUN_SAFETY: Source = {
  publisher: 'CDC (Centros para el Control y la Prevención de Enfermedades de EE. UU.)',
  title: 'Consejos para las familias sobre la seguridad del sol',
  url: 'https://www.cdc.gov/spanish/cancer/skin/basic_info/sun-safety-tips-families.htm',
};
const MD_ANDERSON_SUN: Source = {
  publisher: 'MD Anderson Cancer Center Madrid',
  title: 'Lesiones por exposición solar',
  url: 'https://mdandersonhospiten.es/el-cancer/prevencion/lesiones-por-exposicion-solar',
};
/** English: the PJP warning of the English card, from glossary-facts.md. */
const MEDRA5_RECOMMENDATIONS: Source = {
  publisher: 'PubMed Central (MEDRA5 recommendations)',
  title: 'Spanish recommendations for the treatment of anti-MDA5 dermatomyositis',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11616672',
};

const PEDIAMECUM_ALENDRONATE: Source = {
  publisher: 'Asociación Española de Pediatría (Pediamécum)',
  title: 'Alendronato',
  url: 'https://aeped.es/comite-medicamentos/pediamecum/alendronato',
};
const MEDLINEPLUS_ALENDRONATE: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Alendronato',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a601011-es.html',
};
const MEDICINA_BA_ATYPICAL_FRACTURES: Source = {
  publisher: 'Medicina (Buenos Aires), en SciELO Argentina (2009)',
  title: 'Tratamiento con bisfosfonatos y fracturas atípicas',
  url: 'https://www.scielo.org.ar/scielo.php?script=sci_arttext&pid=S0025-76802009000700004&lng=es&nrm=iso',
};
const FAP_JAW_OSTEONECROSIS: Source = {
  publisher: 'Farmacéuticos de Atención Primaria, en Elsevier',
  title: 'Osteonecrosis de maxilares relacionada con el uso de bifosfonatos',
  url: 'https://www.elsevier.es/es-revista-farmaceuticos-atencion-primaria-317-articulo-osteonecrosis-maxilares-relacionada-con-el-X2172376112435998',
};
/** English: the safety facts of the English card (thigh bone, pregnancy, low calcium, kidneys, time to work). */
const NHS_ALENDRONIC_QUESTIONS: Source = {
  publisher: 'NHS',
  title: 'Common questions about alendronic acid',
  url: 'https://www.nhs.uk/medicines/alendronic-acid/common-questions-about-alendronic-acid',
};
const NHS_ALENDRONIC_WHO: Source = {
  publisher: 'NHS',
  title: 'Who can and cannot take alendronic acid',
  url: 'https://www.nhs.uk/medicines/alendronic-acid/who-can-and-cannot-take-alendronic-acid',
};

const ACTAS_MECHANICS_HANDS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: '«Manos de mecánico» como signo cutáneo característico del síndrome antisintetasa',
  url: 'https://actasdermo.org/es-manos-mecanico-como-signo-cutaneo-articulo-13074893',
};
const DCMQ_SCALP_DM: Source = {
  publisher: 'Dermatología Cosmética, Médica y Quirúrgica (2020)',
  title: 'Hallazgos tricoscópicos en un paciente con dermatomiositis',
  url: 'https://dcmq.com.mx/edici%C3%B3n-abril-junio-2020-volumen-18-n%C3%BAmero-2/795-hallazgos-tricosc%C3%B3picos-en-un-paciente-con-dermatomiositis.html',
};
const CHOSPAB_METHOTREXATE: Source = {
  publisher: 'Complejo Hospitalario Universitario de Albacete (Dermatología)',
  title: 'Tratamiento con metotrexato: información para el paciente',
  url: 'https://www.chospab.es/web/TECNICAS/ficheros/DE_TratamientoMetotrexato.htm',
};
const MAYO_FATIGUE: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Fatiga',
  url: 'https://www.mayoclinic.org/es-es/symptoms/fatigue/basics/definition/sym-20050894',
};
const MERCK_FATIGUE: Source = {
  publisher: 'Manual Merck, versión para el público general',
  title: 'Fatiga',
  url: 'https://www.merckmanuals.com/es-us/hogar/temas-especiales/s%C3%ADntomas-inespec%C3%ADficos/fatiga',
};
const ACTAS_CALCIFICATION: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Urbina y otros, 2001)',
  title: 'Calcificación y osificación cutánea',
  url: 'https://actasdermo.org/es-calcificacion-osificacion-cutanea-articulo-13014799',
};

const REVIEWED = '2026-12-06';

export const SPANISH_CARDS_CORE: Readonly<Record<string, SpanishCard>> = {
  dermatomyositis: {
    summary: 'La dermatomiositis (DM) es una enfermedad rara en la que las defensas del cuerpo atacan la piel y los músculos.',
    sections: {
      whyInDm:
        'Las defensas dañan los vasos de sangre pequeños de los músculos. Sale una mancha de color violeta, sobre todo en la cara, los párpados, los nudillos, los codos, las rodillas, el pecho y la espalda. Puede doler o picar, y suele ser la primera señal. También se debilitan los músculos cerca del tronco: caderas, muslos, hombros, brazos y cuello. Pasa en los dos lados del cuerpo y suele ir a peor poco a poco.',
      howGiven:
        'No tiene cura, pero el tratamiento puede quitar la mancha y devolver la fuerza. A veces la enfermedad se calma un tiempo: eso se llama remisión. Se trata sobre todo con corticoides y otros medicamentos que calman las defensas. La fisioterapia también es parte del tratamiento. Es más frecuente en mujeres. En adultos suele empezar entre los 45 y los 65 años, y en niños entre los 5 y los 15.',
      sideEffects:
        'La DM también puede dañar los pulmones, el corazón y los músculos de tragar y de respirar. Es frecuente que cueste tragar y que haya mucho cansancio. En adultos, a veces va unida a un cáncer. Avise a su equipo si le falta el aire o si se atraganta al comer.',
      questions: [
        '¿Qué partes de mi cuerpo afecta mi DM?',
        '¿Qué pruebas usaremos para seguirla?',
        '¿Cómo sabremos si el tratamiento funciona?',
        '¿Necesito pruebas de los pulmones, de tragar o de cáncer?',
      ],
    },
    sources: [MAYO_DM, MAYO_DM_TREATMENT, ATENCION_FAMILIAR_DM, REUMATOL_CLIN_MYOPATHIES, AEDV_DM],
    reviewed: REVIEWED,
  },
  'juvenile-dermatomyositis': {
    summary: 'La dermatomiositis juvenil es la DM que empieza en la niñez o en la adolescencia.',
    sections: {
      whyInDm:
        'Es una enfermedad rara y de larga duración. Las defensas del niño dañan por error sus músculos y su piel. Suele empezar hacia los siete años, y es más frecuente en las niñas. No se hereda ni se contagia. Se debilitan los músculos del cuello, los hombros y las caderas. El niño se cae más, evita las escaleras y se cansa al caminar. Salen manchas rojas o moradas en la cara, los párpados, las articulaciones, el pecho o la espalda.',
      howGiven:
        'Para saber si la tiene se hacen análisis de sangre, una resonancia y a veces una biopsia del músculo. La base del tratamiento son los corticoides. Se les añaden otros medicamentos, sobre todo metotrexato, para usar menos corticoides. Tratar pronto y con fuerza hace que haya menos problemas, como la calcinosis. El tratamiento dura mucho tiempo, para que la enfermedad no vuelva. La fisioterapia también ayuda. Con un buen tratamiento, muchos niños llevan una vida activa.',
      sideEffects:
        'Puede dar dolor en los músculos, cansancio, fiebre o problemas para tragar. A veces salen bultos duros de calcio bajo la piel, llamados calcinosis. Son más propios de los niños que de los adultos. Al contrario que en los adultos, la DM de los niños no aumenta el riesgo de cáncer. Avise al equipo si su hijo se atraganta o si nota bultos duros.',
      questions: [
        '¿Cómo sabremos que la enfermedad está bien controlada?',
        '¿Cómo afectará el tratamiento al colegio y al deporte?',
        '¿Quién cuidará de mi hijo cuando pase a la consulta de adultos?',
      ],
    },
    sources: [SJD_JDM, SAP_JDM, ANALES_JDM, ATENCION_FAMILIAR_DM],
    reviewed: REVIEWED,
  },
  'interstitial-lung-disease': {
    summary: 'La enfermedad pulmonar intersticial deja cicatrices en los pulmones. Así llega menos oxígeno a la sangre.',
    sections: {
      whyInDm:
        'En la DM, los pulmones se dañan con frecuencia. Las señales principales son la falta de aire, en reposo o al hacer un esfuerzo, y la tos seca. Cuando aparecen, el pulmón ya puede tener daño. Con el anticuerpo anti-MDA5, el daño puede ir muy rápido.',
      howGiven:
        'Una radiografía del pecho puede mostrar el daño. Con anti-MDA5 se busca con un escáner del pecho (TAC). Se trata con corticoides y otros medicamentos que calman las defensas. Pueden frenar el daño, pero las cicatrices no suelen irse. Para algunas personas, el trasplante de pulmón es una opción.',
      sideEffects:
        'Vaya al médico en cuanto note el primer problema para respirar. Saber pronto qué pasa ayuda a elegir bien el tratamiento.',
      questions: [
        '¿Necesito pruebas de respiración o un escáner del pecho?',
        '¿Cada cuánto me miran los pulmones?',
        '¿Qué cambios al respirar debo avisar enseguida?',
      ],
    },
    sources: [MAYO_ILD, MAYO_DM_TREATMENT, PMC_ANTI_MDA5, REUMATOL_CLIN_MYOPATHIES],
    reviewed: REVIEWED,
  },
  myositis: {
    summary: 'Miositis es la inflamación de los músculos que usamos para movernos. Los deja débiles.',
    sections: {
      whyInDm:
        'La DM es un tipo de miositis. Otros son la polimiositis, la miositis por cuerpos de inclusión y la miopatía necrosante. En la mayoría, las defensas del cuerpo atacan por error a los músculos. La debilidad suele ir a peor poco a poco, en semanas o meses. Afecta a los músculos grandes del cuello, los hombros, las caderas y la espalda, en los dos lados.',
      howGiven:
        'Para saber qué tipo es se usan análisis de sangre, una resonancia, una prueba eléctrica del músculo y a veces una biopsia. Se trata con corticoides y otros medicamentos que calman las defensas. La fisioterapia ayuda a ganar fuerza.',
      sideEffects:
        'La debilidad puede hacer que se caiga y que le cueste levantarse de una silla. Puede haber cansancio, manchas en la piel o piel gruesa en las manos. Avise a su equipo si le cuesta tragar o respirar.',
      questions: ['¿Qué tipo de miositis tengo, y cómo se supo?', '¿Qué partes de mi cuerpo afecta?', '¿Qué médicos estarán en mi equipo?'],
    },
    sources: [SEMI_MYOSITIS, NINDS_MYOPATHIES, MAYO_DM_TREATMENT, REUMATOL_CLIN_MYOPATHIES],
    reviewed: REVIEWED,
  },
  'creatine-kinase': {
    summary: 'La creatina cinasa (CK o CPK) es una proteína de los músculos. Pasa a la sangre cuando el músculo se daña.',
    sections: {
      whyInDm:
        'Un análisis de CK ayuda a ver si los músculos están dañados y a seguir cómo va la enfermedad. Un nivel alto suele querer decir daño en el músculo.',
      howGiven:
        'Es un análisis de sangre normal, de una vena. Casi nunca hace falta prepararse. El ejercicio muy fuerte puede subir la CK. Algunos medicamentos también, como las estatinas o algunos corticoides. Diga a su médico qué medicamentos toma.',
      sideEffects:
        'Puede notar un pinchazo al sacar la sangre. La CK puede salir normal aunque haya DM, sobre todo si la enfermedad está casi solo en la piel. Por eso, su médico mira el resultado junto con otras pruebas.',
      questions: ['¿Cuál fue mi CK, y cómo ha cambiado?', '¿Debo evitar el ejercicio fuerte antes del análisis?', '¿Qué otras pruebas muestran cómo va mi DM?'],
    },
    sources: [MEDLINEPLUS_CK, MEDLINEPLUS_CPK, MAYO_DM_TREATMENT, REV_COLOMB_HYPOMYOPATHIC],
    reviewed: REVIEWED,
  },
  'raynaud-phenomenon': {
    summary: 'En el fenómeno de Raynaud, los dedos se ponen blancos y luego azules con el frío o el estrés.',
    sections: {
      whyInDm:
        'Las arterias pequeñas de la piel se cierran demasiado, y llega menos sangre. Los dedos de las manos y de los pies se enfrían y se duermen. Al calentarse pueden doler, picar o ponerse rojos. También puede pasar en la nariz, los labios o las orejas. Es frecuente en la DM y en otras enfermedades de las defensas, y a veces es su primera señal.',
      howGiven:
        'El tratamiento depende de lo fuerte que sea y de si hay otra enfermedad. Al calentar la piel, la sangre puede tardar unos quince minutos en volver. Hable con su equipo sobre cómo evitar los ataques.',
      sideEffects: 'Vaya al médico enseguida si le sale una llaga o una infección en un dedo de la mano o del pie.',
      questions: ['¿Mi Raynaud tiene que ver con mi miositis?', '¿Necesito un medicamento para él?', '¿Qué hago si me sale una llaga en un dedo?'],
    },
    sources: [MAYO_RAYNAUD, SARE_RAYNAUD, AEDV_DM],
    reviewed: REVIEWED,
  },
  'amyopathic-dermatomyositis': {
    summary: 'La dermatomiositis amiopática es una forma de DM con las manchas típicas en la piel, pero sin debilidad clara en los músculos.',
    sections: {
      whyInDm:
        'Hay formas de DM que solo se ven en la piel, a veces durante mucho tiempo. La fuerza parece normal. A veces, una resonancia o una biopsia encuentran más tarde un daño leve en el músculo: esa forma se llama hipomiopática. Aunque los músculos estén bien, su equipo buscará otros problemas que puede dar la DM, como un cáncer o daño en otros órganos.',
      howGiven:
        'Casi siempre se empieza con corticoides que llegan a todo el cuerpo. Muchas personas con DM necesitan dos medicamentos o más, y un tratamiento largo. La mayoría evoluciona bien.',
      sideEffects:
        'El daño en el músculo puede aparecer o notarse más tarde. Avise a su equipo si pierde fuerza, por ejemplo al subir escaleras o al peinarse.',
      questions: [
        '¿Necesito pruebas de los pulmones, aunque mis músculos estén bien?',
        '¿Qué pruebas de cáncer necesito?',
        '¿Qué señales de debilidad debo avisar?',
      ],
    },
    sources: [ACTAS_DM_SERIES, REV_COLOMB_HYPOMYOPATHIC, AEDV_DM],
    reviewed: REVIEWED,
  },
  'gottron-papules': {
    summary: 'Las pápulas de Gottron son bultitos rojos o violetas, un poco elevados, sobre los nudillos y las articulaciones de los dedos.',
    sections: {
      whyInDm:
        'Son una de las señales más claras de la DM y ayudan a hacer el diagnóstico. También pueden salir en los codos y las rodillas. Cuando son manchas planas del mismo color, se llaman signo de Gottron. Pueden picar o doler.',
      howGiven: 'Mejoran cuando se trata la DM: el tratamiento puede quitar las manchas de la piel. Pregunte a su equipo qué puede ponerse en la piel.',
      sideEffects: 'Avise a su equipo si le salen llagas en la piel que duelen. Son frecuentes con el anticuerpo anti-MDA5.',
      questions: ['¿Estas manchas son parte de mi DM?', '¿Qué puedo usar para calmar el picor?', '¿Me ayudará protegerme del sol?'],
    },
    sources: [ATENCION_FAMILIAR_DM, AEDV_DM, MAYO_DM, MAYO_DM_TREATMENT, ACTAS_DM_SERIES, PMC_ANTI_MDA5],
    reviewed: REVIEWED,
  },
  'heliotrope-rash': {
    summary: 'El eritema en heliotropo es un color lila o violeta en los párpados de arriba, que a menudo están hinchados.',
    sections: {
      whyInDm:
        'Junto con las pápulas de Gottron, es una de las señales típicas de la DM. Sale alrededor de los ojos, en los dos párpados. A menudo es la primera señal de la enfermedad.',
      howGiven: 'Mejora cuando se trata la DM: el tratamiento puede quitar las manchas de la piel. Pregunte qué cremas puede usar cerca de los ojos.',
      sideEffects: 'Si le sale una mancha así y no sabe por qué, vaya al médico, sobre todo si también nota debilidad.',
      questions: ['¿El color de mis párpados es parte de mi DM?', '¿Qué cremas puedo usar en los párpados?', '¿Me ayudará protegerme del sol?'],
    },
    sources: [ATENCION_FAMILIAR_DM, MAYO_DM, MAYO_DM_TREATMENT, SJD_JDM, PMC_ANTI_MDA5],
    reviewed: REVIEWED,
  },
  dysphagia: {
    summary: 'Disfagia quiere decir que cuesta tragar: se necesita más tiempo y esfuerzo para llevar la comida de la boca al estómago.',
    sections: {
      whyInDm:
        'En la DM es frecuente que cueste tragar, porque la miositis puede afectar a los músculos que se usan para tragar. A veces tragar duele, y a veces no se puede tragar.',
      howGiven: 'El tratamiento depende de la causa. Por eso es importante que su equipo lo sepa y busque por qué pasa.',
      sideEffects:
        'Atragantarse alguna vez, al comer deprisa o sin masticar bien, no suele ser grave. Pero si cuesta tragar a menudo, puede ser un problema serio que necesita tratamiento. Avise a su equipo si tose o se atraganta al comer o beber, o si le falta el aire.',
      questions: [
        '¿Necesito una prueba para ver cómo trago?',
        '¿Puedo ver a un logopeda para tragar de forma segura?',
        '¿Qué señales quieren decir que necesito ayuda enseguida?',
      ],
    },
    sources: [MAYO_DYSPHAGIA, ATENCION_FAMILIAR_DM, SEMI_MYOSITIS, AEDV_DM],
    reviewed: REVIEWED,
  },
  'proximal-muscle-weakness': {
    summary: 'La debilidad muscular proximal es la debilidad de los músculos grandes cerca del tronco, como los de las caderas, los muslos y los hombros.',
    sections: {
      whyInDm:
        'Es el principal problema de los músculos en la DM, y afecta a los dos lados del cuerpo. Cuesta subir escaleras, levantarse de una silla o levantar los brazos. También se puede debilitar el cuello. Suele ir a peor poco a poco, en semanas o meses.',
      howGiven:
        'Un análisis de sangre, como la CK, ayuda a seguir el daño del músculo. Los corticoides tomados mucho tiempo también pueden debilitar estos mismos músculos. Por eso, diga a su equipo si pierde fuerza. La fisioterapia ayuda a ganar fuerza.',
      sideEffects:
        'La debilidad puede hacer que se caiga. También pueden fallar los músculos de tragar y de respirar. Avise pronto si se atraganta al comer o beber, o si le falta el aire.',
      questions: [
        '¿Cómo mediremos mi fuerza con el tiempo?',
        '¿Parte de mi debilidad puede venir de los corticoides?',
        '¿Debo ver a un fisioterapeuta, y qué ejercicio es seguro para mí?',
      ],
    },
    sources: [MAYO_DM, SEMI_MYOSITIS, MEDLINEPLUS_CK, SER_STEROID_MYOPATHY, REUMATOL_CLIN_MYOPATHIES],
    reviewed: REVIEWED,
  },
  photosensitivity: {
    summary: 'Fotosensibilidad quiere decir que la piel reacciona mal a la luz del sol. En la DM, el sol puede sacar o empeorar las manchas.',
    sections: {
      whyInDm:
        'La DM es una de las enfermedades que empeoran con la luz ultravioleta del sol. Las manchas suelen salir en la piel que recibe el sol: la cara, el cuello, las manos y la V del escote. Pueden picar o doler.',
      howGiven:
        'Por eso, protegerse del sol es parte del cuidado de la DM. Las camas y lámparas para broncearse también dan rayos ultravioleta, así que es mejor no usarlas.',
      sideEffects: 'Algunos medicamentos también vuelven la piel más sensible al sol. Pregunte a su equipo si alguno de los suyos lo hace.',
      questions: [
        '¿Cómo protejo mi piel cuando salgo?',
        '¿Qué crema solar y qué ropa me aconseja?',
        '¿Alguno de mis medicamentos me hace más sensible al sol?',
      ],
    },
    sources: [ACCESSMEDICINA_PHOTOSENSITIVITY, ACCESSMEDICINA_UV_REACTIONS, ATENCION_FAMILIAR_DM, AEDV_DM, SAD_DM, CDC_SUN_SAFETY],
    reviewed: REVIEWED,
  },
  photoprotection: {
    summary: 'La fotoprotección es cuidar la piel de la luz ultravioleta del sol, que puede sacar las manchas de la DM.',
    sections: {
      whyInDm:
        'La luz ultravioleta empeora la piel en la DM. Además, los rayos del sol y de las camas de bronceado causan cáncer de piel. Protegerse ayuda con las dos cosas.',
      howGiven:
        'Cuando salga, use una crema solar que proteja de los rayos UVA y UVB, con un factor (FPS) de 30 o más. Póngasela otra vez cada dos horas, y antes si se baña o suda. Quédese a la sombra, sobre todo a mediodía. Use sombrero de ala ancha, gafas de sol y manga larga. No use camas ni lámparas de bronceado.',
      sideEffects:
        'Ninguna crema protege del todo: úsela junto con la sombra y la ropa. Tenga más cuidado cerca del agua, la arena, la nieve o el cemento, porque reflejan el sol.',
      questions: ['¿Qué crema solar es mejor para mi piel?', '¿Cómo me protejo en casa y en el coche?', '¿Alguno de mis medicamentos me hace más sensible al sol?'],
    },
    sources: [MD_ANDERSON_SUN, CDC_SUN_SAFETY, ACCESSMEDICINA_PHOTOSENSITIVITY, ACCESSMEDICINA_UV_REACTIONS],
    reviewed: REVIEWED,
  },
  'live-vaccines': {
    summary: 'Las vacunas vivas llevan gérmenes debilitados. Pueden no ser seguras mientras un medicamento fuerte baja sus defensas.',
    sections: {
      whyInDm:
        'Muchos medicamentos de la DM bajan las defensas. Con las defensas muy bajas, el germen debilitado de una vacuna viva puede causar la enfermedad. Por eso, en general se evitan las vacunas vivas en estas personas y en el embarazo. Son vacunas vivas, por ejemplo, la triple vírica (sarampión, rubeola y paperas), la de la varicela, la de la fiebre amarilla y la de la gripe en espray por la nariz.',
      howGiven:
        'Las vacunas que no son vivas sí se pueden poner durante el tratamiento, aunque a veces funcionan peor. Entre ellas están la de la gripe en inyección, la de la neumonía, la de la COVID-19 y la del herpes zóster llamada Shingrix. Lo mejor es planear las vacunas con su equipo de reumatología, si es posible antes de empezar un tratamiento fuerte.',
      sideEffects:
        'Después de dejar los corticoides en dosis altas, se suele esperar al menos un mes antes de ponerse una vacuna viva. Antes de cualquier vacuna, diga que toma medicamentos que bajan las defensas.',
      questions: [
        '¿Qué vacunas debo ponerme antes de empezar el tratamiento?',
        '¿Puedo ponerme ahora alguna vacuna viva?',
        '¿Las personas con las que vivo pueden ponerse vacunas vivas?',
      ],
    },
    sources: [ACCESSMEDICINA_VACCINES, IMMUNIZE_STEROIDS, ACR_VACCINES_2022],
    reviewed: REVIEWED,
  },
  'myositis-specific-antibodies': {
    summary: 'Los anticuerpos específicos de miositis son marcas en la sangre que casi solo aparecen en la miositis. Cada uno apunta a sus propios problemas.',
    sections: {
      whyInDm:
        'Cada anticuerpo va unido a síntomas distintos de la DM. Saber cuál tiene ayuda al médico a elegir el mejor medicamento y tratamiento. Por ejemplo, el anti-MDA5 va unido a llagas en la piel y a daño en los pulmones.',
      howGiven: 'Se miden con un análisis de sangre. El resultado es una pieza más, junto con la piel, la fuerza y otras pruebas.',
      sideEffects: 'No todas las personas con DM tienen un anticuerpo que se pueda encontrar. Un resultado negativo no quita el diagnóstico.',
      questions: ['¿Qué anticuerpos encontró mi análisis?', '¿Qué quiere decir mi anticuerpo para mis pulmones y mi riesgo de cáncer?', '¿Mi resultado cambia mi tratamiento?'],
    },
    sources: [MAYO_DM_TREATMENT, PMC_ANTI_MDA5, ACTAS_DM_SERIES],
    reviewed: REVIEWED,
  },
  'anti-mda5': {
    summary: 'El anti-MDA5 es un anticuerpo de un tipo de DM que puede dañar los pulmones muy rápido.',
    sections: {
      whyInDm:
        'Ayuda a reconocer una forma de DM con mucho riesgo para los pulmones. Así el equipo puede vigilarlos y tratar pronto. Esta forma es rara. Es más frecuente en personas de Asia y en mujeres.',
      howGiven: 'Es un análisis de sangre. Se busca junto con otros anticuerpos de la miositis.',
      sideEffects:
        'Con este anticuerpo suelen salir las manchas típicas de la DM, y a menudo llagas profundas en la piel que duelen. El mayor peligro es un daño en los pulmones que avanza rápido. Por eso se miran pronto con un escáner del pecho (TAC). Se trata con corticoides y otros medicamentos juntos. Una infección del pulmón llamada PJP es muy peligrosa en este grupo: pregunte por un medicamento para prevenirla.',
      questions: [
        '¿Cada cuánto me miran los pulmones?',
        '¿Qué cambios al respirar debo avisar enseguida?',
        '¿Necesito un medicamento para prevenir la PJP?',
        '¿Qué tratamiento me aconseja, y por qué?',
      ],
    },
    sources: [PMC_ANTI_MDA5, MAYO_ILD, MEDRA5_RECOMMENDATIONS],
    reviewed: REVIEWED,
  },
  osteoporosis: {
    summary: 'La osteoporosis es cuando los huesos pierden fuerza y se rompen con más facilidad, incluso con una caída pequeña.',
    sections: {
      whyInDm:
        'Tomar corticoides cada día durante tres meses o más la hace más probable. Los corticoides son la segunda causa de osteoporosis, después de la menopausia. En la DM también influyen otros medicamentos, la inflamación y moverse poco.',
      howGiven:
        'La fuerza del hueso se mide con una prueba de densidad del hueso (densitometría). A quien toma corticoides se le aconseja tomar suficiente calcio y vitamina D. Si el riesgo de rotura es alto, su médico puede proponer un medicamento para el hueso, casi siempre un bifosfonato.',
      sideEffects:
        'La rotura más frecuente es la de las vértebras de la espalda, y muchas no duelen, así que pasan sin notarse. Por eso, si toma corticoides, pregunte por sus huesos aunque no note nada.',
      questions: ['¿Necesito una densitometría?', '¿Mi riesgo de rotura es tan alto como para tomar un medicamento para el hueso?', '¿Qué ejercicio es seguro para mis huesos y mis músculos?'],
    },
    sources: [REUMATOL_CLIN_GIOP, REEMO_AUTOIMMUNE_OSTEOPOROSIS, PEDIAMECUM_ALENDRONATE, NHS_ALENDRONIC_ACID],
    reviewed: REVIEWED,
  },
  bisphosphonates: {
    summary: 'Los bifosfonatos son medicamentos que frenan la pérdida de hueso. Así es menos fácil que un hueso se rompa.',
    sections: {
      whyInDm:
        'Son de los medicamentos más usados para la osteoporosis, también la que causan los corticoides. Frenan la pérdida de hueso y lo hacen más denso. Tardan meses en notarse, y el efecto completo tarda años.',
      howGiven:
        'El alendronato se toma por boca. Se toma al levantarse, en ayunas, con un vaso lleno de agua del grifo, sin comida, bebida ni otros medicamentos. Se traga entero, sin masticar ni chupar. Después no se acueste durante media hora, para que no dañe el tubo que va al estómago. Siga el prospecto de su medicamento. Algunos bifosfonatos se ponen por la vena.',
      sideEffects:
        'Puede irritar el esófago. Deje de tomarlo y consulte si le cuesta o le duele tragar, si le duele el pecho o si tiene ardor de estómago nuevo o peor. Muy pocas veces daña el hueso de la mandíbula, sobre todo tras sacar una muela: diga a su dentista que lo toma. Muy pocas veces, tras años de uso, el hueso del muslo se rompe de una forma rara. Puede no ser adecuado si tiene el calcio bajo en la sangre o problemas de riñón. Diga a su equipo si busca un embarazo o da el pecho.',
      questions: ['¿Qué medicamento para el hueso es mejor para mí, y por cuánto tiempo?', '¿Debo ir al dentista antes de empezar?', '¿Hay otra opción si me sienta mal al estómago?'],
    },
    sources: [
      PEDIAMECUM_ALENDRONATE,
      MEDLINEPLUS_ALENDRONATE,
      REUMATOL_CLIN_GIOP,
      MEDICINA_BA_ATYPICAL_FRACTURES,
      FAP_JAW_OSTEONECROSIS,
      NHS_ALENDRONIC_QUESTIONS,
      NHS_ALENDRONIC_WHO,
    ],
    reviewed: REVIEWED,
  },
  'mechanics-hands': {
    summary: 'Las manos de mecánico son piel áspera, gruesa y agrietada en los lados y en la palma de los dedos.',
    sections: {
      whyInDm:
        'Es una señal típica de la miositis, sobre todo del síndrome antisintetasa. Suele ir unida a anticuerpos como el anti-Jo-1 y a daño en los pulmones. Por eso, su médico puede revisar sus pulmones.',
      howGiven: 'Lo más importante es tratar la miositis. Pregunte a su equipo qué puede ponerse en las grietas.',
      sideEffects: 'Las grietas pueden doler. Avise si sangran o parecen infectadas. Avise también si tiene tos seca o le falta el aire.',
      questions: ['¿Estos cambios en las manos quieren decir que necesito pruebas de los pulmones?', '¿Me han hecho los análisis de anticuerpos que van con esta señal?', '¿Qué me pongo en las grietas?'],
    },
    sources: [ACTAS_MECHANICS_HANDS, SEMERGEN_ANTISYNTHETASE, MAYO_ILD],
    reviewed: REVIEWED,
  },
  'hair-loss': {
    summary: 'En la DM, el pelo se puede caer por las manchas del cuero cabelludo o por algunos medicamentos.',
    sections: {
      whyInDm: 'La DM puede afectar al cuero cabelludo. La piel se pone roja, pica y el pelo se puede caer.',
      howGiven:
        'Un dermatólogo puede mirar el cuero cabelludo de cerca con una lente con luz para buscar la causa. Cuente a su equipo si le pica el cuero cabelludo o se le cae el pelo, aunque el resto de la piel esté mejor.',
      sideEffects: 'Algunos medicamentos, como el metotrexato, pueden hacer que se caiga el pelo, aunque es poco frecuente. Pregunte antes de dejar un medicamento por eso.',
      questions: ['¿Se me cae el pelo por la DM o por un medicamento?', '¿Qué me pongo en el cuero cabelludo para el picor?', '¿Debe mirarme el cuero cabelludo un dermatólogo?'],
    },
    sources: [DCMQ_SCALP_DM, CHOSPAB_METHOTREXATE, AEDV_DM],
    reviewed: REVIEWED,
  },
  fatigue: {
    summary: 'La fatiga es un cansancio profundo que no mejora con el descanso. Es frecuente en la DM.',
    sections: {
      whyInDm:
        'Quita energía, ganas de hacer cosas y capacidad de concentrarse, y puede afectar al ánimo. No siempre viene de la DM. También puede venir de dormir mal, de moverse poco o demasiado, de un medicamento, de la depresión, de la anemia o de la tiroides.',
      howGiven:
        'Su equipo puede buscar causas que se pueden tratar, por ejemplo con análisis de sangre y una revisión de sus medicamentos. No deje ni cambie un medicamento por su cuenta por el cansancio.',
      sideEffects:
        'Pida cita si descansar, bajar el estrés, comer bien y beber líquidos durante dos semanas o más no le ayuda. Busque ayuda urgente si el cansancio viene con dolor en el pecho, falta de aire, latido del corazón rápido o irregular, o sensación de desmayo.',
      questions: [
        '¿Mi cansancio viene de la miositis o de otra cosa?',
        '¿Qué análisis podrían buscar una causa?',
        '¿Alguno de mis medicamentos me puede cansar?',
        '¿Me puede ayudar un terapeuta a organizar el día para ahorrar energía?',
      ],
    },
    sources: [MAYO_FATIGUE, MERCK_FATIGUE, ATENCION_FAMILIAR_DM],
    reviewed: REVIEWED,
  },
  itch: {
    summary: 'Prurito es la palabra médica para el picor. En la DM, las manchas de la piel a menudo pican.',
    sections: {
      whyInDm:
        'Las manchas de la DM pueden picar y doler. Salen, por ejemplo, en los párpados, el escote, la parte alta de la espalda, los hombros y las manos. El sol puede empeorar las manchas.',
      howGiven: 'El picor se puede tratar, así que cuénteselo a su equipo aunque le parezca poco. Tratar la DM y protegerse del sol ayudan.',
      sideEffects: 'A veces el picor viene de un medicamento, como el metotrexato. Avise si el picor empieza con un medicamento nuevo.',
      questions: ['¿Qué puedo usar para el picor, de día y de noche?', '¿El picor del cuero cabelludo es parte de la DM?', '¿Mi picor puede venir de un medicamento?'],
    },
    sources: [AEDV_DM, MAYO_DM, SAD_DM, CHOSPAB_METHOTREXATE],
    reviewed: REVIEWED,
  },
  calcinosis: {
    summary: 'La calcinosis son bultos duros de calcio que se forman en la piel, debajo de ella o en el músculo.',
    sections: {
      whyInDm:
        'Es mucho más frecuente en los niños con DM que en los adultos. Se forma en zonas de piel o de músculo que la enfermedad ya ha dañado. El calcio de la sangre suele estar normal.',
      howGiven:
        'En los niños, tratar la DM pronto y con fuerza hace que salgan menos bultos. Hay pocos estudios sobre medicamentos para la calcinosis. Hable con su equipo sobre qué opciones tiene para cada bulto.',
      sideEffects: 'Los bultos pueden doler y abrirse en la piel, y dejar salir una pasta blanca como tiza. Avise a su equipo si un bulto duele o se abre.',
      questions: [
        '¿Mi DM está lo bastante controlada para evitar bultos nuevos?',
        '¿Me ayudaría una operación para un bulto que duele o se abre?',
        '¿Cómo cuido un bulto que se ha abierto en la piel?',
      ],
    },
    sources: [AEDV_DM, ATENCION_FAMILIAR_DM, ANALES_JDM, ACTAS_CALCIFICATION, REV_COLOMB_HYPOMYOPATHIC],
    reviewed: REVIEWED,
  },
};
