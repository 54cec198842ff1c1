/**
 * Spanish cards for the core DM terms (the disease, its forms, its signs and
 * the tests and care that go with them), written in plain Spanish from
 * Spanish-language sources and never giving a dose. Each card carries only the
 * facts of its English entry that a Spanish source retrieved for it supports;
 * what no Spanish source covered is left out rather than translated from memory.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';

const MAYO_DM: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Dermatomiositis: síntomas y causas',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/dermatomyositis/symptoms-causes/syc-20353188',
};
const MAYO_DM_TREATMENT: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Dermatomiositis: diagnóstico y tratamiento',
  url: 'https://www.mayoclinic.org/es/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
};
const ATENCION_FAMILIAR_DM: Source = {
  publisher: 'Atención Familiar (Facultad de Medicina de la UNAM), en Elsevier',
  title: 'Dermatomiositis',
  url: 'https://elsevier.es/es-revista-atencion-familiar-223-articulo-dermatomiositis-S1405887116300086',
};
const REUMATOL_CLIN_MYOPATHIES: Source = {
  publisher: 'Reumatología Clínica (Selva O’Callaghan y Trallero Araguás, 2008)',
  title: 'Miopatías inflamatorias. Dermatomiositis, polimiositis y miositis con cuerpos de inclusión',
  url: 'https://www.elsevier.es/es-revista-reumatologia-clinica-273-articulo-miopatias-inflamatorias-dermatomiositis-polimiositis-miositis-S1699258X08724641',
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
const PMC_ANTI_MDA5: Source = {
  publisher: 'PubMed Central (revisión en español)',
  title: 'Dermatomiositis anti-MDA5',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10395958',
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

const ACTAS_DM_SERIES: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Dermatomiositis: estudio de seguimiento de 20 pacientes',
  url: 'https://actasdermo.org/es-dermatomiositis-estudio-seguimiento-20-pacientes-articulo-S0001731011000408',
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
const FER_STEROID_MYOPATHY: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología (2008)',
  title: 'Miopatía esteroidea',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miopatia-esteroidea-13129343',
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
        'La DM también puede dañar los pulmones. Es frecuente que cueste tragar y que haya mucho cansancio. En adultos, a veces va unida a un cáncer. Avise a su equipo si le falta el aire o si se atraganta al comer.',
      questions: [
        '¿Qué partes de mi cuerpo afecta mi DM?',
        '¿Qué pruebas usaremos para seguirla?',
        '¿Cómo sabremos si el tratamiento funciona?',
        '¿Necesito pruebas de los pulmones, de tragar o de cáncer?',
      ],
    },
    sources: [MAYO_DM, MAYO_DM_TREATMENT, ATENCION_FAMILIAR_DM, REUMATOL_CLIN_MYOPATHIES],
    reviewed: REVIEWED,
  },
  'juvenile-dermatomyositis': {
    summary: 'La dermatomiositis juvenil es la DM que empieza en la niñez o en la adolescencia.',
    sections: {
      whyInDm:
        'Es una enfermedad rara y de larga duración. Las defensas del niño dañan por error sus músculos y su piel. Suele empezar entre los 4 y los 10 años. No se hereda ni se contagia. Se debilitan los músculos del cuello, los hombros y las caderas. El niño se cae más, evita las escaleras y se cansa al caminar. Salen manchas rojas o moradas en la cara, los párpados, las articulaciones, el pecho o la espalda.',
      howGiven:
        'Para saber si la tiene se hacen análisis de sangre, una resonancia y a veces una biopsia del músculo. El tratamiento usa medicamentos que calman la inflamación, y también fisioterapia. Con un buen tratamiento, muchos niños llevan una vida activa.',
      sideEffects:
        'Puede dar dolor en los músculos, cansancio, fiebre o problemas para tragar. A veces salen bultos duros de calcio bajo la piel, llamados calcinosis. Son más propios de los niños que de los adultos. Avise al equipo si su hijo se atraganta o si nota bultos duros.',
      questions: [
        '¿Cómo sabremos que la enfermedad está bien controlada?',
        '¿Cómo afectará el tratamiento al colegio y al deporte?',
        '¿Quién cuidará de mi hijo cuando pase a la consulta de adultos?',
      ],
    },
    sources: [SJD_JDM, SAP_JDM, MAYO_DM, ATENCION_FAMILIAR_DM],
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
        'Puede notar un pinchazo al sacar la sangre. El resultado es solo una parte: su médico lo mira junto con otras pruebas.',
      questions: ['¿Cuál fue mi CK, y cómo ha cambiado?', '¿Debo evitar el ejercicio fuerte antes del análisis?', '¿Qué otras pruebas muestran cómo va mi DM?'],
    },
    sources: [MEDLINEPLUS_CK, MEDLINEPLUS_CPK, MAYO_DM_TREATMENT],
    reviewed: REVIEWED,
  },
  'raynaud-phenomenon': {
    summary: 'En el fenómeno de Raynaud, los dedos se ponen blancos y luego azules con el frío o el estrés.',
    sections: {
      whyInDm:
        'Las arterias pequeñas de la piel se cierran demasiado, y llega menos sangre. Los dedos de las manos y de los pies se enfrían y se duermen. Al calentarse pueden doler, picar o ponerse rojos. También puede pasar en la nariz, los labios o las orejas. A veces va unido a una enfermedad de las defensas, como la DM, y puede ser su primera señal.',
      howGiven:
        'El tratamiento depende de lo fuerte que sea y de si hay otra enfermedad. Al calentar la piel, la sangre puede tardar unos quince minutos en volver. Hable con su equipo sobre cómo evitar los ataques.',
      sideEffects: 'Vaya al médico enseguida si le sale una llaga o una infección en un dedo de la mano o del pie.',
      questions: ['¿Mi Raynaud tiene que ver con mi miositis?', '¿Necesito un medicamento para él?', '¿Qué hago si me sale una llaga en un dedo?'],
    },
    sources: [MAYO_RAYNAUD, SARE_RAYNAUD],
    reviewed: REVIEWED,
  },
  'amyopathic-dermatomyositis': {
    summary: 'La dermatomiositis amiopática es una forma de DM con las manchas típicas en la piel, pero sin debilidad clara en los músculos.',
    sections: {
      whyInDm:
        'Hay formas de DM que solo se ven en la piel. La fuerza parece normal. A veces, una resonancia o una biopsia encuentran más tarde un daño leve en el músculo: esa forma se llama hipomiopática. Aunque los músculos estén bien, su equipo buscará otros problemas que puede dar la DM, como un cáncer o daño en otros órganos.',
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
    sources: [ACTAS_DM_SERIES, REV_COLOMB_HYPOMYOPATHIC],
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
    sources: [ATENCION_FAMILIAR_DM, MAYO_DM, MAYO_DM_TREATMENT, ACTAS_DM_SERIES, PMC_ANTI_MDA5],
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
    sources: [MAYO_DYSPHAGIA, ATENCION_FAMILIAR_DM, SEMI_MYOSITIS],
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
    sources: [MAYO_DM, SEMI_MYOSITIS, MEDLINEPLUS_CK, FER_STEROID_MYOPATHY, REUMATOL_CLIN_MYOPATHIES],
    reviewed: REVIEWED,
  },
};
