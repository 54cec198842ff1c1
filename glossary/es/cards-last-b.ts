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
/** English: dapsone needs a G6PD test before it starts, because a lack of the enzyme lets it break red cells (glossary-facts.md #42). */
const MEDLINEPLUS_DAPSONE_EN: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Dapsone',
  url: 'https://medlineplus.gov/druginfo/meds/a682128.html',
};

// --- Aseptic meningitis ----------------------------------------------------

/** English: from a passing headache to vomiting, pain from light, a stiff neck and a bad headache; most within 48 hours, some up to seven days; a slow, dilute first infusion, plenty to drink, pain medicine first and a slower rate next time. The English card's source. */
const BMJ_IVIG_MENINGITIS: Source = {
  publisher: 'PubMed Central (The BMJ, 1998)',
  title: 'Management of aseptic meningitis secondary to intravenous immunoglobulin',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1112825',
};
/** English: IVIG for hard-to-treat DM; aseptic meningitis among its rare serious side effects (glossary-facts.md, IVIG). The English card's source. */
const TMA_IVIG: Source = {
  publisher: 'The Myositis Association',
  title: 'Intravenous immune globulin',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
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
    sources: [PAP_G6PD_REVIEW, LEEDS_G6PD, AKH_G6PD, MEDLINEPLUS_DAPSONE_EN],
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
        'Casi todas las personas con DM toman corticoides durante meses. Pueden quitar el sueño. Es más fácil que pase si se toman más tarde en el día. Dormir mal aumenta el cansancio y la niebla mental de día.',
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
        'Cuénteselo a su equipo. Solo con nombrarlo en la consulta puede empezar una charla útil. Pueden buscar causas que se tratan, como el mal sueño, el ánimo bajo o un efecto de un medicamento. A muchos les ayudan hábitos sencillos: seguir una rutina diaria, apuntar las tareas, poner avisos en el móvil y seguir activo. Haga una sola cosa cada vez. Un terapeuta puede enseñarle trucos para la memoria.',
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
};
