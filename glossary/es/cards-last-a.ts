/**
 * Spanish cards for the last entries without one (part LASTA): calcinosis medicines, rescue and
 * support procedures, therapies, and the US safety and coverage words. Written in plain Spanish,
 * never giving a dose. Where a Spanish page on an allow-listed host states a fact it is cited;
 * where none was found, the English entry's own sources (retrieved again for this card) are kept,
 * so the card says no more than they support and no less than the English card's safety facts.
 * Spread into SPANISH_CARDS by cards.ts and held to tests/unit/spanish-cards.test.ts.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';

const REVIEWED = '2026-12-06';

// Spanish-language sources.
/** Diltiazem is a calcium channel blocker that widens blood vessels and lowers blood pressure. */
const CIMA_MASDIL: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Masdil 60 mg comprimidos (diltiazem hidrocloruro): prospecto',
  url: 'https://www.aemps.gob.es/cima/dochtml/p/55285/Prospecto_55285.html',
};
/** Diltiazem among the medicines used for calcinosis cutis; sodium thiosulfate in calciphylaxis. */
const ACTAS_CALCINOSIS_CUTIS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Calcinosis cutis y calcifilaxis',
  url: 'https://actasdermo.org/es-calcinosis-cutis-calcifilaxis-articulo-S0001731015003750',
};
/** How plasma exchange is done (machine, replacement fluid, central line) and what it feels like. */
const ACR_PLASMA_EXCHANGE_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Intercambio de plasma (plasmaféresis)',
  url: 'https://rheumatology.org/patients/plasma-exchange-plasmapheresis-espanol',
};

// English sources of the English entries, kept where no Spanish page said the same.
const TRAINEAU_CALCINOSIS_REVIEW: Source = {
  publisher: 'Journal of the American Academy of Dermatology (Traineau et al., 2020), via PubMed',
  title: 'Treatment of calcinosis cutis in systemic sclerosis and dermatomyositis: a review of the literature',
  url: 'https://pubmed.ncbi.nlm.nih.gov/31302187/',
};
const DILTIAZEM_JDM: Source = { publisher: 'PubMed', title: 'Diltiazem for calcinosis in juvenile dermatomyositis', url: 'https://pubmed.ncbi.nlm.nih.gov/19078635/' };
const JONES_DILTIAZEM_CYCLOSPORIN: Source = {
  publisher: 'British Journal of Clinical Pharmacology (Jones et al., 1997)',
  title: 'Diltiazem-cyclosporin pharmacokinetic interaction: dose-response relationship',
  url: 'https://doi.org/10.1046/j.1365-2125.1997.t01-1-00616.x',
};
const EMC_ADIZEM: Source = {
  publisher: 'Electronic Medicines Compendium (emc)',
  title: 'Adizem-XL (diltiazem) capsules: patient leaflet (other medicines: ciclosporin, tacrolimus, statins)',
  url: 'https://www.medicines.org.uk/emc/product/7586/xpil/print',
};
const DM_CALCINOSIS_REVIEW: Source = {
  publisher: 'PubMed Central (review)',
  title: 'Calcinosis in dermatomyositis: mechanisms and treatment',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10269219',
};
const MEDSCAPE_CALCIPHYLAXIS: Source = {
  publisher: 'eMedicine (Medscape Reference)',
  title: 'Calciphylaxis: treatment (sodium thiosulfate)',
  url: 'https://emedicine.medscape.com/article/1095481-treatment',
};
const INTRALESIONAL_THIOSULFATE: Source = {
  publisher: 'PubMed',
  title: 'Intralesional sodium thiosulfate for calcinosis cutis in systemic sclerosis: a case-based review',
  url: 'https://pubmed.ncbi.nlm.nih.gov/33244722/',
};
/** Arm vein or catheter, albumin replacement, the common and the very rare side effects. */
const HOXWORTH_PLASMA_EXCHANGE: Source = { publisher: 'Hoxworth Blood Center, University of Cincinnati', title: 'Plasma exchange', url: 'https://hoxworth.org/patient-services/plasmaexchange.html' };
const CUH_PLASMA_EXCHANGE: Source = {
  publisher: 'Cambridge University Hospitals NHS Foundation Trust',
  title: 'Information for patients undergoing plasma exchange (plasmapheresis)',
  url: 'https://cuh.nhs.uk/patient-information/plasma-exchange-for-patients-with-thrombotic-thrombocytopenic-purpura-ttp',
};
const MDA5_RPILD_REVIEW: Source = {
  publisher: 'Current Treatment Options in Rheumatology (review, 2021)',
  title: 'Pharmacologic treatment of anti-MDA5 rapidly progressive interstitial lung disease',
  url: 'https://doi.org/10.1007/s40674-021-00186-x',
};
const SHIRAKASHI_PLASMA_EXCHANGE: Source = {
  publisher: 'Rheumatology (Shirakashi et al., 2020)',
  title: 'Efficacy of plasma exchange in anti-MDA5-positive dermatomyositis with interstitial lung disease under combined immunosuppressive treatment',
  url: 'https://doi.org/10.1093/rheumatology/keaa123',
};

export const SPANISH_CARDS_LASTA: Readonly<Record<string, SpanishCard>> = {
  diltiazem: {
    summary: 'El diltiazem es un medicamento para el corazón y la tensión arterial que algunos médicos prueban para frenar la calcinosis.',
    sections: {
      whyInDm:
        'Relaja los vasos de la sangre, porque frena la entrada de calcio en algunas células. Para la calcinosis se usa fuera de ficha técnica: su registro no incluye ese uso. Estudios pequeños en niños con DM, y casos de personas sueltas, dicen que puede ayudar a algunos. Pero la prueba es débil. Otros medicamentos también se han probado con poca prueba. La warfarina en dosis bajas no ayudó en un ensayo pequeño.',
      howGiven: 'Se toma por boca, casi siempre durante mucho tiempo, porque si ayuda, lo hace despacio. Su médico decide la dosis.',
      sideEffects:
        'Baja la tensión arterial y puede hacer más lento el corazón. Por eso su equipo puede medirle la tensión y el pulso. Cambia el nivel en la sangre de otros medicamentos. Puede subir mucho el de la ciclosporina y el del tacrolimus, dos medicamentos de la DM. También puede subir el de algunas pastillas para el colesterol, las estatinas, como la simvastatina, que pueden dañar los músculos. El médico que lleva sus otros medicamentos debe saber que toma diltiazem. Cuente a su farmacéutico todo lo que toma.',
      questions: ['¿Cómo sabremos si el diltiazem ayuda a mi calcinosis?', '¿Cuánto tiempo lo probamos antes de decidir?', '¿Se puede tomar con mis otros medicamentos?'],
    },
    sources: [CIMA_MASDIL, ACTAS_CALCINOSIS_CUTIS, TRAINEAU_CALCINOSIS_REVIEW, DILTIAZEM_JDM, JONES_DILTIAZEM_CYCLOSPORIN, EMC_ADIZEM],
    reviewed: REVIEWED,
  },
  'sodium-thiosulfate': {
    summary: 'El tiosulfato de sodio es un medicamento que algunos médicos prueban para ablandar o encoger los bultos de calcio.',
    sections: {
      whyInDm:
        'Para la calcinosis se usa fuera de ficha técnica: su registro no incluye ese uso. Las revisiones dicen que los resultados dan esperanza. Pero la prueba viene solo de grupos pequeños de casos, y no es una cura probada.',
      howGiven:
        'Se puede poner por goteo en una vena, en pinchazos dentro del mismo bulto, o en una crema que prepara la farmacia. Su médico decide qué forma le va mejor y durante cuánto tiempo.',
      sideEffects:
        'Por la vena puede dar náuseas y vómitos, y puede alterar el equilibrio de ácido de la sangre. Por eso le pueden hacer análisis de sangre. Los pinchazos en el bulto pueden escocer un rato. Cuente a su equipo cualquier efecto que note.',
      questions: ['¿Vale la pena probar el tiosulfato de sodio para mis bultos?', '¿Qué forma usaría, y cuándo sabremos si ayuda?', '¿Qué efectos debo vigilar?'],
    },
    sources: [ACTAS_CALCINOSIS_CUTIS, DM_CALCINOSIS_REVIEW, TRAINEAU_CALCINOSIS_REVIEW, MEDSCAPE_CALCIPHYLAXIS, INTRALESIONAL_THIOSULFATE],
    reviewed: REVIEWED,
  },
  'plasma-exchange': {
    summary: 'El intercambio de plasma, o plasmaféresis, saca la parte líquida de la sangre, con los anticuerpos dañinos, y pone en su lugar otro líquido.',
    sections: {
      whyInDm:
        'En la DM es un tratamiento de rescate. Se usa sobre todo cuando el pulmón empeora deprisa en personas con anticuerpos anti-MDA5, si los medicamentos fuertes no bastan. En un estudio pequeño de estos pacientes, sobrevivieron más los que recibieron plasmaféresis. Se suma a los medicamentos, no los sustituye.',
      howGiven:
        'Se saca sangre de una vena del brazo, o por un tubo fino (catéter) puesto en una vena grande. Una máquina separa el plasma de las células de la sangre. Las células vuelven al cuerpo con un líquido de reemplazo, casi siempre albúmina. Su médico decide cuántas sesiones necesita.',
      sideEffects:
        'Es frecuente notar cansancio, náuseas, mareo, frío, u hormigueo en los dedos o alrededor de la boca. Puede bajar la tensión o dar una reacción alérgica. Avise enseguida al personal si nota algo de esto. Los problemas graves, como un latido irregular o un sangrado, son muy raros.',
      questions: ['¿Por qué necesito plasmaféresis, y cuántas sesiones?', '¿Me pondrán un catéter en una vena grande?', '¿Cambia la hora de mis otros medicamentos?'],
    },
    sources: [ACR_PLASMA_EXCHANGE_ES, HOXWORTH_PLASMA_EXCHANGE, CUH_PLASMA_EXCHANGE, MDA5_RPILD_REVIEW, SHIRAKASHI_PLASMA_EXCHANGE],
    reviewed: REVIEWED,
  },
};
