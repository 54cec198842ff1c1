/**
 * Spanish card text for a first set of core medicines, written in plain Spanish
 * from Spanish-language sources (each card lists what it was written from),
 * never giving a dose. Keyed by entry id, like names.ts; the English entry
 * stays the reviewed original. Held to the same rules as the English cards by
 * tests/unit/spanish-cards.test.ts: Fernández-Huerta readability, no dose,
 * sources and dates, and the class safety facts (safety-es.ts).
 */
import type { EntrySections, Source } from '../types';
import { SPANISH_CARDS_CARE } from './cards-care';
import { SPANISH_CARDS_CORE } from './cards-core';
import { SPANISH_CARDS_MED1 } from './cards-med1';
import { SPANISH_CARDS_MED2 } from './cards-med2';
import { SPANISH_CARDS_TESTS } from './cards-tests';
import { SPANISH_CARDS_CONDITIONS } from './cards-conditions';
import { SPANISH_CARDS_MORE } from './cards-more';
import { SPANISH_CARDS_LASTA } from './cards-last-a';
import { SPANISH_CARDS_LASTB } from './cards-last-b';
import { ACCESSMEDICINA_VACCINES, FARM_HOSP_PREGNANCY, MURCIA_PREEVID_COTRIMOXAZOLE, SARE_METHOTREXATE, SER_RESISTANT_MYOSITIS } from './sources';

export interface SpanishCard {
  readonly summary: string;
  readonly sections: EntrySections;
  readonly sources: readonly Source[];
  /** Date the facts were last checked against the sources, YYYY-MM-DD. */
  readonly reviewed: string;
}

/** The same "not medical advice" line every card carries, in Spanish. */
export const SPANISH_NOTICE = 'Información general, no es consejo médico. Hable con su equipo médico antes de cambiar un tratamiento.';

const ACR_AZATHIOPRINE: Source = { publisher: 'American College of Rheumatology', title: 'Azatioprina (Imuran)', url: 'https://rheumatology.org/patients/azatioprina-imuran' };
/** Its interactions section warns that cotrimoxazol with an antifolate such as methotrexate can change the blood counts. */
const CIMA_SEPTRIN: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Septrin (trimetoprima y sulfametoxazol): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/58501/FT_58501.html',
};
const CIMA_DOLQUINE: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Dolquine 200 mg comprimidos recubiertos (hidroxicloroquina): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/74904/FT_74904.html',
};

export const SPANISH_CARDS: Readonly<Record<string, SpanishCard>> = {
  ...SPANISH_CARDS_CORE,
  ...SPANISH_CARDS_MED1,
  ...SPANISH_CARDS_MED2,
  ...SPANISH_CARDS_CARE,
  ...SPANISH_CARDS_TESTS,
  ...SPANISH_CARDS_CONDITIONS,
  ...SPANISH_CARDS_MORE,
  ...SPANISH_CARDS_LASTA,
  ...SPANISH_CARDS_LASTB,
  methotrexate: {
    summary: 'El metotrexato es un medicamento que calma el sistema de defensa cuando ataca al propio cuerpo.',
    sections: {
      whyInDm:
        'En la DM ayuda a controlar la enfermedad. Así se puede bajar poco a poco la cortisona. Su efecto no es rápido: suele notarse a las cuatro o seis semanas, y a veces tarda tres meses.',
      howGiven:
        'Se toma una vez a la semana, siempre el mismo día. Nunca se toma todos los días: tomarlo más veces puede hacer mucho daño. Hay pastillas y también inyecciones bajo la piel con una pluma. Casi siempre se toma ácido fólico el día siguiente. No se deben poner vacunas vivas mientras se toma.',
      sideEffects:
        'Puede dar llagas en la boca, náuseas o diarrea. El ácido fólico ayuda a evitarlo. Hacen falta análisis de sangre. Junto con el antibiótico cotrimoxazol (trimetoprima y sulfametoxazol, como Septrin) puede bajar mucho las células de la sangre. Antes de tomar otro medicamento, diga que toma metotrexato. No se debe tomar en el embarazo: use un método anticonceptivo y hable con su médico meses antes de buscar un bebé.',
      questions: ['¿Qué día de la semana lo tomo?', '¿Cada cuánto me hago análisis?', '¿Qué hago si quiero tener un bebé?'],
    },
    sources: [SARE_METHOTREXATE, SER_RESISTANT_MYOSITIS, FARM_HOSP_PREGNANCY, ACCESSMEDICINA_VACCINES, CIMA_SEPTRIN, MURCIA_PREEVID_COTRIMOXAZOLE],
    reviewed: '2026-12-06',
  },
  azathioprine: {
    summary: 'La azatioprina es un medicamento que baja la fuerza del sistema de defensa.',
    sections: {
      whyInDm: 'Se usa en enfermedades en las que las defensas atacan al cuerpo, como la DM, el lupus o la artritis.',
      howGiven:
        'Se toma en pastillas, por boca. Puede tardar de seis a doce semanas en hacer efecto. Antes de empezar, a veces se mira en la sangre una enzima llamada TPMT. No se deben poner vacunas vivas mientras se toma.',
      sideEffects:
        'Puede molestar al estómago. Tomarla después de comer puede ayudar. A veces daña el hígado o el páncreas, o baja los glóbulos blancos, que luchan contra las infecciones. Por eso hacen falta análisis de sangre con frecuencia.',
      questions: ['¿Me van a mirar la TPMT?', '¿Cada cuánto me hago análisis?', '¿Qué hago si tengo fiebre?'],
    },
    sources: [ACR_AZATHIOPRINE, ACCESSMEDICINA_VACCINES],
    reviewed: '2026-12-06',
  },
  hydroxychloroquine: {
    summary: 'La hidroxicloroquina es un medicamento para el lupus y la artritis que también se usa en la piel de la DM.',
    sections: {
      whyInDm: 'Puede ayudar a las manchas de la piel. Es de los medicamentos que se pueden usar en el embarazo, según su médico.',
      howGiven: 'Se toma en pastillas, por boca. Su marca en España es Dolquine.',
      sideEffects:
        'Si se toma mucho tiempo, hay que revisar los ojos. Evite el sol y las lámparas de rayos UVA, incluso con nubes. Puede bajar el azúcar en la sangre. Muy pocas veces da una reacción grave en la piel, con llagas o ampollas: en ese caso, deje de tomarla y vaya al médico enseguida. También puede cambiar el ánimo.',
      questions: ['¿Cuándo me revisan los ojos?', '¿Qué crema de sol uso?'],
    },
    sources: [CIMA_DOLQUINE, FARM_HOSP_PREGNANCY],
    reviewed: '2026-12-06',
  },
};
