/**
 * Spanish cards, part MED1: steroids and the other immunosuppressants of DM, written in plain
 * Spanish from the Spanish-language sources named on each card (see cards.ts for the rules).
 * Safety facts the English card carries and only an English source states are cited to that
 * source (the vaccine and steroid-card facts), as /work/shared/glossary-facts.md allows.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import {
  ACCESSMEDICINA_VACCINES,
  CELLCEPT_LABEL,
  FARM_HOSP_PREGNANCY,
  IMMUNIZE_STEROIDS,
  MAYO_DM_TREATMENT,
  MAYO_TAPER,
  MEDLINEPLUS_CYCLOPHOSPHAMIDE,
  NHS_ALENDRONIC_ACID,
  REEMO_AUTOIMMUNE_OSTEOPOROSIS,
  REUMATOL_CLIN_MYOPATHIES,
  SARE_METHOTREXATE,
  SER_RESISTANT_MYOSITIS,
} from './sources';

const REVIEWED = '2026-12-06';

const ACR_PREDNISONE: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Prednisona (Deltasone)',
  url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Tratamientos/Prednisona-Deltasone',
};
const ACR_IV_METHYLPREDNISOLONE: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Metilprednisolona intravenosa (IV) (Solu-Medrol)',
  url: 'https://rheumatology.org/patients/metilprednisolona-intravenosa-iv-solu-medrol',
};
const AF_METHYLPREDNISOLONE: Source = {
  publisher: 'Arthritis Foundation (en español)',
  title: 'Metilprednisolona: guía de medicamentos (corticosteroides)',
  url: 'https://espanol.arthritis.org/drug-guide/corticosteroids/methylprednisolone',
};
const MAYO_STEROIDS: Source = {
  publisher: 'Mayo Clinic',
  title: 'Prednisona y otros corticosteroides',
  url: 'https://www.mayoclinic.org/es-es/steroids/art-20045692',
};
const MEDLINEPLUS_PREDNISONE: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Prednisona',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a601102-es.html',
};
const KAISER_STEROIDS: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud)',
  title: 'Medicamentos corticosteroideos',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.stc123754',
};
/** English: the steroid emergency card and telling staff when very ill (glossary-facts #21). */
const NHS_STEROID_CARD: Source = {
  publisher: 'Gateshead Health NHS Foundation Trust',
  title: 'Steroid emergency card',
  url: 'https://www.gatesheadhealth.nhs.uk/resources/steroid-emergency-card',
};

/** The same vaccine warning on every steroid card, in the words the Spanish rule looks for. */
const STEROID_LIVE_VACCINES =
  'Con dosis altas no se deben poner vacunas vivas, como la triple vírica, la de la varicela o la de la fiebre amarilla. Pregunte siempre antes de ponerse una vacuna.';

const ACR_CYCLOSPORINE: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Ciclosporina (Neoral, Sandimmune, Gengraf)',
  url: 'https://rheumatology.org/patients/ciclosporina-neoral-sandimmune-gengraf',
};
const ACR_CYCLOPHOSPHAMIDE: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Ciclofosfamida (Cytoxan)',
  url: 'https://rheumatology.org/patients/ciclofosfamida-cytoxan',
};
/** English, for the safety facts the English card carries (brands, grapefruit, St John's wort). */
const EMC_CICLOSPORIN_PIL: Source = {
  publisher: 'electronic medicines compendium (emc)',
  title: 'Deximune (ciclosporin) capsules: patient information leaflet',
  url: 'https://www.medicines.org.uk/emc/product/2602/pil',
};
const GRAPEFRUIT_TABLE: Source = {
  publisher: 'PubMed Central',
  title: 'Table: cyclosporine drug interactions, including grapefruit juice',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3093721/table/T6',
};

const MEDLINEPLUS_MYCOPHENOLATE: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Micofenolato',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a601081-es.html',
};
const MEDLINEPLUS_TACROLIMUS: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Tacrolimús',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a601117-es.html',
};
const MHRA_MYCOPHENOLATE_PRCA: Source = {
  publisher: 'Medicines and Healthcare products Regulatory Agency (GOV.UK)',
  title: 'Mycophenolate mofetil: pure red cell aplasia (Drug Safety Update)',
  url: 'https://www.gov.uk/drug-safety-update/mycophenolate-mofetil-pure-red-cell-aplasia',
};
/** English, for kidney, blood pressure, sugar, tremor and magnesium (glossary-facts #31). */
const MEDLINEPLUS_TACROLIMUS_EN: Source = { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Tacrolimus', url: 'https://medlineplus.gov/druginfo/meds/a601117.html' };
const MHRA_TACROLIMUS_BRANDS: Source = {
  publisher: 'Medicines and Healthcare products Regulatory Agency (GOV.UK)',
  title: 'Oral tacrolimus products: reminder to prescribe and dispense by brand name only',
  url: 'https://www.gov.uk/drug-safety-update/oral-tacrolimus-products-reminder-to-prescribe-and-dispense-by-brand-name-only',
};

const COCHRANE_FOLIC_ACID: Source = {
  publisher: 'Cochrane (resumen en español)',
  title: 'Ácido fólico y ácido folínico para reducir los efectos secundarios del metotrexato en personas con artritis reumatoide',
  url: 'https://cochrane.org/es/CD000951/MUSKEL_acido-folico-y-acido-folinico-para-reducir-los-efectos-secundarios-en-del-metotrexato-para-personas',
};
const MAYO_FOLATE: Source = { publisher: 'Mayo Clinic', title: 'Folato (ácido fólico)', url: 'https://www.mayoclinic.org/es/drugs-supplements-folate/art-20364625' };
/** English, for the side effects the English card carries (nausea, rash, hiding a lack of B12). */
const MAYO_FOLATE_SAFETY_EN: Source = { publisher: 'Mayo Clinic', title: 'Folate (folic acid): safety and side effects', url: 'https://www.mayoclinic.org/drugs-supplements-folate/art-20364625' };
const MURCIA_TOXICONET_FOLINIC: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Toxiconet',
  title: 'Antídotos: ácido folínico (folinato cálcico) en la intoxicación por metotrexato',
  url: 'https://murciasalud.es/toxiconet.php?iddoc=165049&idsec=4014',
};
const ACCESSMEDICINA_FOLINIC: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Ácido folínico (leucovorín): propiedades farmacológicas',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=1552&sectionid=90366758',
};
/** English, for its rare allergic reactions (the English card's label). */
const LEUCOVORIN_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Leucovorin calcium tablets label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f7004cbd-9827-466e-9683-adce4f13c6a6',
};
const REUMATOL_CLIN_CALCIUM: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Suplementos de calcio y vitamina D para la osteoporosis',
  url: 'https://reumatologiaclinica.org/es-suplementos-calcio-vitamina-d-para-articulo-S1699258X11001422',
};
/** English, for constipation, kidney stones and too much vitamin D (the English card's sources). */
const ODS_CALCIUM_EN: Source = { publisher: 'NIH Office of Dietary Supplements', title: 'Calcium: fact sheet for health professionals', url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/' };

const BMC_TOPICAL_STEROIDS: Source = {
  publisher: 'Boston Medical Center (en español)',
  title: 'Clínica de enfermedad mixta del tejido conectivo: tratamientos y servicios',
  url: 'https://bmc.org/es/rheumatology/mixed-connective-tissue-disease-clinic/treatments-and-services',
};
const ACCESSMEDICINA_TOPICAL_STEROIDS: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Tratamiento tópico: corticoesteroides tópicos',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=3153&sectionid=267299613',
};
/** English, for thinning skin, stretch marks, acne-like spots and colour change (the English card's source). */
const NEA_TOPICAL_STEROIDS: Source = { publisher: 'National Eczema Association', title: 'Risks of topical corticosteroids', url: 'https://nationaleczema.org/risks-of-topical-corticosteriods/' };

const CINCINNATI_ORAL_STEROIDS: Source = {
  publisher: "Cincinnati Children's Hospital Medical Center",
  title: 'Prednisona, prednisolona, metilprednisolona',
  url: 'https://www.cincinnatichildrens.org/espanol/temas-de-salud/alpha/p/prednisone',
};
/** English, for the steroid card, the chickenpox warning and when side effects start (the English card's leaflet). */
const EMC_PREDNISOLONE_PIL: Source = {
  publisher: 'electronic medicines compendium (emc)',
  title: 'Prednisolone gastro-resistant tablets: patient information leaflet',
  url: 'https://www.medicines.org.uk/emc/product/4312/pil',
};

/** The vaccine warning of the immunosuppressant cards. */
const IMMUNOSUPPRESSANT_LIVE_VACCINES =
  'Mientras lo toma no se suelen aconsejar vacunas vivas, como la de la fiebre amarilla o la triple vírica. Pregunte siempre antes de ponerse una vacuna.';

export const SPANISH_CARDS_MED1: Readonly<Record<string, SpanishCard>> = {
  prednisone: {
    summary: 'La prednisona es un corticoide en pastillas. Calma rápido el ataque de las defensas y suele ser el primer medicamento para la DM.',
    sections: {
      whyInDm:
        'Los corticoides son la primera elección para tratar la DM. La prednisona actúa rápido, en pocas horas, y baja la inflamación del músculo y de la piel. A menudo se añade otro medicamento, como la azatioprina, para que la prednisona funcione mejor y se pueda bajar antes.',
      howGiven:
        'Se toma por boca, en pastillas o en líquido, y mejor con comida. Su médico decide la dosis y la baja poco a poco. Si la toma desde hace más de dos semanas, su cuerpo fabrica menos de su propia hormona. Por eso no deje de tomarla de golpe por su cuenta: puede dar mucho cansancio, debilidad, dolores y náuseas, y la DM puede volver. Hable antes con su equipo médico. Si se pone muy enfermo, tiene un accidente o le van a operar, diga que toma corticoides.',
      sideEffects:
        `Al poco de empezar puede dar más hambre, subir de peso, cambios de ánimo, dormir mal y subir el azúcar en la sangre. Avise si se siente muy triste o muy nervioso. Con el tiempo o con dosis altas puede dar huesos frágiles, cataratas, glaucoma, presión alta, diabetes, moratones e infecciones. Rara vez daña el hueso de la cadera: avise si le duele una cadera u otra articulación y no se le pasa. Su equipo puede revisar su azúcar, su presión, sus huesos y sus ojos. ${STEROID_LIVE_VACCINES}`,
      questions: ['¿Cómo vamos a bajar la dosis, y en cuánto tiempo?', '¿Qué hago si olvido una toma o me pongo enfermo?', '¿Necesito calcio, vitamina D o una prueba de los huesos?'],
    },
    sources: [SER_RESISTANT_MYOSITIS, MAYO_DM_TREATMENT, ACR_PREDNISONE, MEDLINEPLUS_PREDNISONE, MAYO_TAPER, KAISER_STEROIDS, ACCESSMEDICINA_VACCINES, IMMUNIZE_STEROIDS, NHS_STEROID_CARD],
    reviewed: REVIEWED,
  },
  corticosteroids: {
    summary: 'Los corticoides, a menudo llamados esteroides, son medicamentos fuertes que calman rápido el ataque de las defensas en la DM.',
    sections: {
      whyInDm:
        'Son la primera elección para tratar la DM porque actúan rápido. Se parecen a una hormona que el cuerpo fabrica en las glándulas suprarrenales, encima de los riñones. Bajan la inflamación y frenan las defensas cuando atacan al propio cuerpo.',
      howGiven:
        'Se pueden tomar por boca, como la prednisona, o poner en la vena, como la metilprednisolona. Para la piel hay cremas. Su médico decide la dosis y la baja poco a poco. No deje de tomarlos de golpe por su cuenta: su cuerpo necesita tiempo para volver a fabricar su propia hormona. Hable antes con su equipo médico.',
      sideEffects:
        `Al poco de empezar pueden dar más hambre, subir de peso, cambios de ánimo, dormir mal y subir el azúcar en la sangre. Con el tiempo o con dosis altas pueden dar huesos frágiles, cataratas, glaucoma, presión alta, diabetes, piel fina, moratones, debilidad en los músculos e infecciones. Rara vez dañan el hueso de la cadera. Su equipo puede revisar su azúcar, su presión, sus huesos y sus ojos. ${STEROID_LIVE_VACCINES}`,
      questions: ['¿Cuál es mi plan para bajar la dosis?', '¿Qué efectos debo avisar?', '¿Necesito una prueba de los huesos o una revisión de los ojos?'],
    },
    sources: [SER_RESISTANT_MYOSITIS, MAYO_STEROIDS, MAYO_TAPER, ACR_PREDNISONE, ACR_IV_METHYLPREDNISOLONE, AF_METHYLPREDNISOLONE, KAISER_STEROIDS, ACCESSMEDICINA_VACCINES, IMMUNIZE_STEROIDS],
    reviewed: REVIEWED,
  },
  methylprednisolone: {
    summary: 'La metilprednisolona es un corticoide. Se toma en pastillas o, cuando la DM es grave, se pone en la vena en dosis muy altas.',
    sections: {
      whyInDm:
        'Se parece a la prednisona, pero se puede poner en la vena, en dosis más altas, cuando la inflamación es grave. Por eso se usa si la DM es grave o empeora rápido. Estas tandas de goteos se llaman pulsos o bolos. Buscan calmar la inflamación muy deprisa, y después se suelen tomar corticoides en pastillas.',
      howGiven:
        'Los pulsos se ponen en la vena, en el hospital o en un hospital de día. Cada goteo dura de una a tres horas. También hay pastillas, como Medrol, que se toman con comida. Depo-Medrol es una inyección que se pone en una articulación. Su médico decide la dosis.',
      sideEffects:
        `Tiene los mismos efectos que los demás corticoides. Durante el goteo o poco después puede cambiar la presión o el ritmo del corazón, subir el azúcar, enrojecer la piel, dar sudor o sabor a metal, dormir mal y cambiar el ánimo. El personal le mide el azúcar y la presión. También aumenta el riesgo de infecciones. No deje de tomar las pastillas de golpe por su cuenta: hable antes con su equipo. ${STEROID_LIVE_VACCINES}`,
      questions: ['¿Por qué necesito pulsos, y durante cuántos días?', '¿Tendré que quedarme en el hospital?', '¿Qué pastillas tomaré después de los goteos?'],
    },
    sources: [ACR_IV_METHYLPREDNISOLONE, AF_METHYLPREDNISOLONE, MAYO_TAPER, ACCESSMEDICINA_VACCINES, IMMUNIZE_STEROIDS],
    reviewed: REVIEWED,
  },
  cyclosporine: {
    summary: 'La ciclosporina es un medicamento que frena el sistema de defensa. Se usa en la DM que no mejora con otros tratamientos.',
    sections: {
      whyInDm:
        'Se usa en la dermatomiositis, también en niños, sobre todo cuando otros medicamentos no han dado buen resultado. Al principio se creó para evitar el rechazo de los trasplantes.',
      howGiven:
        'Se toma por boca, una o dos veces al día. Las cápsulas no se parten ni se mastican, y quien le ayude a tomarlas debe usar guantes. Puede tardar varios meses en hacer efecto. Hay varias marcas y no son iguales: no cambie de marca sin hablar antes con su equipo. Los análisis de sangre miden cuánto medicamento tiene en la sangre, para ajustar la dosis.',
      sideEffects:
        `Los efectos más importantes son la presión alta y el daño en los riñones. Por eso le miden a menudo la presión y hacen análisis. También puede dar dolor de cabeza, náuseas, temblor, más vello, encías hinchadas, calambres e infecciones. Avise enseguida si tiene fiebre. Muchos medicamentos cambian su efecto: diga siempre que la toma antes de empezar otro. No tome hierba de San Juan (hipérico) ni pomelo o zumo de pomelo. ${IMMUNOSUPPRESSANT_LIVE_VACCINES}`,
      questions: ['¿Cada cuánto me miran la presión y los riñones?', '¿Qué medicamentos debo evitar?', '¿Qué hago si en la farmacia me dan otra marca?'],
    },
    sources: [ACR_CYCLOSPORINE, SER_RESISTANT_MYOSITIS, EMC_CICLOSPORIN_PIL, GRAPEFRUIT_TABLE, ACCESSMEDICINA_VACCINES],
    reviewed: REVIEWED,
  },
  cyclophosphamide: {
    summary: 'La ciclofosfamida es un medicamento fuerte contra el cáncer que se guarda para la DM grave.',
    sections: {
      whyInDm:
        'Se usa para las complicaciones graves de la dermatomiositis, cuando otros medicamentos no bastan. Frena mucho el sistema de defensa. Suele darse de tres a seis meses para calmar la enfermedad. Después se pasa a otro medicamento más suave para mantenerla tranquila.',
      howGiven:
        'Casi siempre se pone por goteo en la vena, cada dos a cuatro semanas. A veces se toma en pastillas cada día. Beber mucho líquido, y a veces un medicamento llamado mesna, protege la vejiga. Su médico decide la dosis.',
      sideEffects:
        `Puede dar náuseas y vómitos, que se tratan con medicinas. Se puede caer el pelo, pero vuelve a crecer. Baja los glóbulos blancos, sobre todo una o dos semanas después de cada dosis, y aumenta las infecciones: harán análisis de sangre. Puede irritar la vejiga y dar sangre en la orina. Puede causar esterilidad y, años después, algunos cánceres. No se debe usar en el embarazo: hable de fertilidad y de un método anticonceptivo antes de empezar. ${IMMUNOSUPPRESSANT_LIVE_VACCINES}`,
      questions: ['¿Qué puedo hacer para proteger mi fertilidad?', '¿Cómo me van a proteger la vejiga?', '¿Cuántas dosis voy a necesitar?', '¿Qué señales de infección debo avisar?'],
    },
    sources: [ACR_CYCLOPHOSPHAMIDE, SER_RESISTANT_MYOSITIS, MEDLINEPLUS_CYCLOPHOSPHAMIDE, FARM_HOSP_PREGNANCY, ACCESSMEDICINA_VACCINES],
    reviewed: REVIEWED,
  },
  mycophenolate: {
    summary: 'El micofenolato es un medicamento en pastillas que frena el sistema de defensa. En la DM se usa junto con los corticoides.',
    sections: {
      whyInDm:
        'Es un inmunosupresor: baja la actividad del sistema de defensa. En la DM, la base del tratamiento son los corticoides y los inmunosupresores como este. Su médico le explicará por qué lo elige para usted.',
      howGiven:
        'Se toma por boca, en pastillas o cápsulas, casi siempre dos veces al día. También hay una forma que se pone en la vena. Su médico decide la dosis. Si puede quedarse embarazada, necesita un plan claro para evitar el embarazo antes de empezar y durante todo el tratamiento.',
      sideEffects:
        `Es frecuente tener diarrea, náuseas y pocos glóbulos blancos, así que hacen falta análisis de sangre. Aumenta el riesgo de infecciones graves: avise si tiene fiebre, dolor de garganta o tos. También aumenta el riesgo de linfoma, un cáncer de la sangre, y de cáncer de piel, así que protéjase del sol. Muy rara vez el cuerpo deja de fabricar glóbulos rojos y da una anemia grave. Puede causar abortos y defectos en el bebé, así que no se debe tomar en el embarazo. Use dos métodos anticonceptivos a la vez, porque puede hacer que la píldora funcione peor. Si cree que puede estar embarazada, llame a su equipo ese mismo día. ${IMMUNOSUPPRESSANT_LIVE_VACCINES}`,
      questions: ['¿Qué métodos anticonceptivos debo usar?', '¿Cada cuánto me hago análisis de sangre?', '¿Qué me puede ayudar con la diarrea o el malestar de estómago?'],
    },
    sources: [MEDLINEPLUS_MYCOPHENOLATE, REUMATOL_CLIN_MYOPATHIES, FARM_HOSP_PREGNANCY, CELLCEPT_LABEL, MHRA_MYCOPHENOLATE_PRCA, ACCESSMEDICINA_VACCINES],
    reviewed: REVIEWED,
  },
  tacrolimus: {
    summary: 'El tacrolimus es un medicamento que frena el sistema de defensa. En la DM se usa cuando hace falta un tratamiento más fuerte.',
    sections: {
      whyInDm:
        'Es un inmunosupresor: baja la actividad del sistema de defensa. En la DM, la base del tratamiento son los corticoides y los inmunosupresores como este. Su médico le explicará por qué lo elige para usted.',
      howGiven:
        'Se toma por boca, en cápsulas o pastillas, a horas fijas cada día. También hay una forma que se pone en la vena. Las marcas no son iguales: unas se toman una vez al día y otras dos. Mire que el nombre de la caja sea el de su receta y pregunte antes de cualquier cambio. Los análisis de sangre miden cuánto medicamento tiene, para ajustar la dosis.',
      sideEffects:
        `Baja las defensas y aumenta el riesgo de infecciones graves: avise enseguida si tiene dolor de garganta, tos, fiebre o mucho cansancio. También aumenta el riesgo de cáncer, sobre todo de linfoma. Puede dañar los riñones, subir la presión y el azúcar, dar temblor en las manos y bajar el magnesio. Muchos medicamentos cambian su efecto: pregunte en la farmacia antes de tomar algo nuevo. ${IMMUNOSUPPRESSANT_LIVE_VACCINES}`,
      questions: ['¿Cada cuánto me miran el nivel del medicamento y los riñones?', '¿Qué medicamentos debo evitar?', '¿Qué hago si me cambian la marca?'],
    },
    sources: [MEDLINEPLUS_TACROLIMUS, REUMATOL_CLIN_MYOPATHIES, MEDLINEPLUS_TACROLIMUS_EN, MHRA_TACROLIMUS_BRANDS, ACCESSMEDICINA_VACCINES],
    reviewed: REVIEWED,
  },
  'folic-acid': {
    summary: 'El ácido fólico es una vitamina B que puede aliviar los efectos secundarios del metotrexato.',
    sections: {
      whyInDm:
        'El metotrexato actúa en parte bloqueando el ácido fólico. En estudios de artritis reumatoide, tomar ácido fólico con metotrexato probablemente dio menos náuseas, dolor de barriga y llagas en la boca, y menos cambios del hígado en los análisis. Más personas pudieron seguir con el tratamiento, y el metotrexato siguió funcionando igual. En la DM se hace lo mismo, aunque allí se ha estudiado menos.',
      howGiven:
        'Se toma en pastillas, por boca. Siga el plan de su médico sobre qué días tomarlo. Diga a su equipo si compra por su cuenta vitaminas con ácido fólico. El ácido fólico también se aconseja antes del embarazo y al principio, para evitar algunos defectos en el bebé. Pero el metotrexato se deja antes de buscar un embarazo: planéelo con su equipo.',
      sideEffects:
        'Con las cantidades normales casi nunca da problemas. Algunas personas notan náuseas o una alergia en la piel. Tomar mucho puede ocultar una falta de vitamina B12, así que diga a su equipo todas las vitaminas que toma.',
      questions: ['¿Qué días tomo el ácido fólico?', '¿Puedo tomar también mi complejo vitamínico?', '¿Qué hago si me olvido de tomarlo?'],
    },
    sources: [COCHRANE_FOLIC_ACID, SARE_METHOTREXATE, MAYO_FOLATE, FARM_HOSP_PREGNANCY, MAYO_FOLATE_SAFETY_EN],
    reviewed: REVIEWED,
  },
  leucovorin: {
    summary: 'La leucovorina (ácido folínico o folinato cálcico) es una forma ya activa del ácido fólico. Se usa para tratar el daño por exceso de metotrexato.',
    sections: {
      whyInDm:
        'El metotrexato impide que el cuerpo convierta el ácido fólico en su forma activa. El ácido folínico ya viene en esa forma, así que funciona aunque el metotrexato esté actuando. Por eso es el antídoto si se toma demasiado metotrexato. El ácido fólico normal no sirve de antídoto: no los confunda.',
      howGiven:
        'Si hay una sobredosis, hay que empezar cuanto antes: funciona mejor en la primera hora. En el hospital suele ponerse en la vena. Si cree que ha tomado demasiado metotrexato, por ejemplo todos los días en vez de una vez a la semana, pida ayuda médica enseguida o llame a un centro de información toxicológica.',
      sideEffects:
        'Sola casi nunca da efectos secundarios. Muy rara vez da alergia, como ronchas en la piel. Busque ayuda enseguida si se le hincha la cara o le cuesta respirar.',
      questions: ['¿Debo tomar ácido fólico o ácido folínico con el metotrexato?', '¿Qué hago si tomo una dosis de más de metotrexato por error?'],
    },
    sources: [MURCIA_TOXICONET_FOLINIC, ACCESSMEDICINA_FOLINIC, COCHRANE_FOLIC_ACID, LEUCOVORIN_LABEL],
    reviewed: REVIEWED,
  },
  'calcium-and-vitamin-d': {
    summary: 'El calcio y la vitamina D mantienen fuertes los huesos. A quien toma corticoides se le suele aconsejar tomarlos.',
    sections: {
      whyInDm:
        'Los corticoides pueden debilitar los huesos y causar osteoporosis. En las enfermedades autoinmunes, tanto los medicamentos como la propia enfermedad hacen perder hueso. El calcio y la vitamina D son esenciales para unos huesos sanos. Sus suplementos ayudan a que los medicamentos para los huesos funcionen mejor.',
      howGiven:
        'Se toman con la comida y, si la dieta no llega, en pastillas. Pregunte a su equipo o en la farmacia cuánto necesita: esta ficha no da cantidades. Si además toma un medicamento para los huesos, siga su prospecto, porque muchos se toman en ayunas, antes de comer, beber u otras medicinas, también el calcio.',
      sideEffects:
        'Las pastillas de calcio pueden dar estreñimiento, gases o hinchazón de barriga. Demasiado calcio en pastillas se relaciona con piedras en el riñón, y demasiada vitamina D puede subir el calcio en la sangre. No tome más de lo que le diga su equipo. El calcio solo, sin vitamina D, no ha demostrado evitar fracturas.',
      questions: ['¿Necesito pastillas de calcio y vitamina D, o me basta con la dieta?', '¿Me deben mirar la vitamina D en la sangre?', '¿Cuándo tomo el calcio si también tomo un medicamento para los huesos?'],
    },
    sources: [ACR_PREDNISONE, REEMO_AUTOIMMUNE_OSTEOPOROSIS, REUMATOL_CLIN_CALCIUM, ODS_CALCIUM_EN, NHS_ALENDRONIC_ACID],
    reviewed: REVIEWED,
  },
  immunosuppressant: {
    summary: 'Un inmunosupresor es un medicamento que baja la actividad del sistema de defensa para que dañe menos al cuerpo.',
    sections: {
      whyInDm:
        'En la DM, la base del tratamiento son los corticoides y los inmunosupresores. Estos calman el ataque de las defensas y ayudan a bajar los corticoides. Algunos ejemplos son el metotrexato, la azatioprina, el micofenolato, la ciclosporina, el tacrolimus y la ciclofosfamida. Muchos se crearon para otras enfermedades, como los trasplantes, y los médicos también los usan en la DM.',
      howGiven:
        'Unos son pastillas, otros son inyecciones y otros se ponen por goteo en la vena. Su médico elige el medicamento y la dosis según su tipo de DM y su salud.',
      sideEffects:
        `Hacen más fáciles las infecciones: avise pronto si tiene fiebre, tos u otras señales de infección. Hacen falta análisis de sangre para vigilar los efectos. Algunos aumentan el riesgo de cáncer de piel, así que protéjase del sol. Mientras toma uno de ellos no se suelen aconsejar vacunas vivas, como la de la fiebre amarilla o la triple vírica. Pregunte siempre antes de ponerse una vacuna.`,
      questions: ['¿Qué señales de infección debo avisar, y a quién?', '¿Qué vacunas me debo poner?', '¿Cada cuánto me hago análisis?', '¿Cuánto tiempo lo tendré que tomar?'],
    },
    sources: [REUMATOL_CLIN_MYOPATHIES, SER_RESISTANT_MYOSITIS, MAYO_DM_TREATMENT, ACR_CYCLOSPORINE, MEDLINEPLUS_TACROLIMUS, MEDLINEPLUS_MYCOPHENOLATE, CELLCEPT_LABEL, ACCESSMEDICINA_VACCINES],
    reviewed: REVIEWED,
  },
  'corticosteroid-sparing-agent': {
    summary: 'Un ahorrador de corticoides es un segundo medicamento que se da con los corticoides para poder bajar su dosis.',
    sections: {
      whyInDm:
        'Los corticoides actúan rápido, pero cuanto más tiempo se toman, más efectos secundarios dan. Si se añade un ahorrador de corticoides, la DM sigue controlada mientras baja la dosis de corticoides. Los más usados en la DM son el metotrexato y la azatioprina. La azatioprina junto con la prednisona funcionó mejor que la prednisona sola.',
      howGiven:
        'Actúan despacio, en semanas o meses. Mientras tanto, los corticoides dan un alivio rápido. Hay pastillas, inyecciones y goteos.',
      sideEffects:
        'Cada uno tiene sus propios efectos secundarios: mire la ficha de su medicamento. La mayoría baja las defensas y necesita análisis de sangre de control.',
      questions: ['¿Qué ahorrador de corticoides es mejor para mí, y por qué?', '¿Cuánto tardará en hacer efecto?', '¿Cada cuánto me haré análisis de sangre?'],
    },
    sources: [MAYO_DM_TREATMENT, SER_RESISTANT_MYOSITIS, REUMATOL_CLIN_MYOPATHIES, ACR_PREDNISONE, ACR_CYCLOSPORINE, SARE_METHOTREXATE],
    reviewed: REVIEWED,
  },
  'topical-corticosteroids': {
    summary: 'Los corticoides tópicos son cremas y pomadas con corticoides que se ponen en la piel para calmar una mancha roja que pica.',
    sections: {
      whyInDm:
        'En la DM, su médico puede recetar corticoides en crema para las manchas de la piel. Como se ponen sobre la piel y no pasan por todo el cuerpo, suelen dar menos efectos secundarios que las pastillas. Los hay más suaves y más fuertes, y en la piel fina, como la de la cara, hay que tener más cuidado.',
      howGiven:
        'Se extiende una capa fina sobre la mancha, como le diga su médico o su farmacéutico. Hay cremas, pomadas, lociones, geles y espumas. Pregunte cuánto tiempo usar cada una y en qué partes del cuerpo.',
      sideEffects:
        'Usar cremas fuertes demasiado o durante mucho tiempo puede adelgazar la piel y dar estrías, granitos parecidos al acné y cambios de color. Usarlas en los párpados puede aumentar el riesgo de glaucoma o cataratas: avise a su equipo si las usa cerca de los ojos.',
      questions: ['¿Qué crema es para la cara y cuál para el cuerpo?', '¿Cuánto tiempo la puedo usar sin peligro?', '¿Hay algo sin corticoides para los párpados?'],
    },
    sources: [MAYO_DM_TREATMENT, BMC_TOPICAL_STEROIDS, ACCESSMEDICINA_TOPICAL_STEROIDS, NEA_TOPICAL_STEROIDS],
    reviewed: REVIEWED,
  },
  prednisolone: {
    summary: 'La prednisolona es un corticoide que se toma por boca. Actúa rápido y calma el ataque de las defensas en la DM.',
    sections: {
      whyInDm:
        'Se usa igual que la prednisona: las dos son corticoides por boca que bajan la inflamación. Los corticoides son la primera elección para tratar la DM. Su médico la baja poco a poco a medida que usted mejora. A menudo se añade otro medicamento para poder bajarla antes.',
      howGiven:
        'Se toma por boca, en pastillas o en líquido, con comida para cuidar el estómago. Su médico decide la dosis y la baja poco a poco. No deje de tomarla de golpe por su cuenta: su cuerpo necesita tiempo para volver a fabricar su propia hormona. Si la toma más de tres semanas, en algunos países le darán una tarjeta de corticoides: llévela y enséñela a quien le atienda. Si se pone muy enfermo, tiene un accidente o le van a operar, diga que toma corticoides.',
      sideEffects:
        `Algunos efectos, como cambios de ánimo o molestias de estómago, pueden empezar enseguida. Avise pronto si se siente muy triste. Otros llegan tras semanas o meses: cara más redonda, brazos y piernas débiles, azúcar alto y huesos frágiles. Aumenta el riesgo de infecciones. Si nunca ha pasado la varicela ni el herpes zóster, aléjese de quien los tenga y vaya al médico si ha estado cerca. ${STEROID_LIVE_VACCINES}`,
      questions: ['¿Cómo vamos a bajar la dosis, y en cuánto tiempo?', '¿Necesito una tarjeta de corticoides?', '¿Qué hago si estoy enfermo y no puedo tragar las pastillas?', '¿Necesito calcio, vitamina D o una prueba de los huesos?'],
    },
    sources: [CINCINNATI_ORAL_STEROIDS, SER_RESISTANT_MYOSITIS, MAYO_DM_TREATMENT, MAYO_TAPER, KAISER_STEROIDS, EMC_PREDNISOLONE_PIL, NHS_STEROID_CARD, ACCESSMEDICINA_VACCINES, IMMUNIZE_STEROIDS],
    reviewed: REVIEWED,
  },
};
