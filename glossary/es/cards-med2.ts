/**
 * Spanish cards for the biologics, immunoglobulins and JAK inhibitors (part MED2),
 * written in plain Spanish from the sources each card lists, never giving a dose.
 * Spread into SPANISH_CARDS by cards.ts; held to the same tests as the other
 * Spanish cards, and to the class safety facts of glossary/safety-rules.ts by
 * tests/unit/spanish-cards-med2.test.ts.
 */
import type { Source } from '../types';
import type { SpanishCard } from './cards';
import { ACCESSMEDICINA_VACCINES, MEDLINEPLUS_DAPSONE, MSD_PML, OLUMIANT_SMPC, TMA_IVIG, TMA_MEDICATIONS, TRUXIMA_LABEL, XELJANZ_LABEL } from './sources';

const REVIEWED = '2026-12-06';

// Spanish-language sources.
const ACR_RITUXIMAB_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Rituximab (Rituxan y MabThera) Español',
  url: 'https://rheumatology.org/patients/rituximab-rituxan-y-mabthera-espanol',
};
const ACR_TOFACITINIB_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Citrato de tofacitinib (Xeljanz)',
  url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Tratamientos/Citrato-de-Tofacitinib-Xeljanz',
};
const ACR_TOCILIZUMAB_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Tocilizumab (Actemra) Español',
  url: 'https://rheumatology.org/patients/tocilizumab-actemra-espanol',
};
const ACR_ABATACEPT_ES: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Abatacept (Orencia) Español',
  url: 'https://rheumatology.org/patients/abatacept-orencia-espanol',
};
const REUMA_CLIN_VACCINES: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Vacunas y quimioprofilaxis en artritis reumatoide: ¿podría plantearse un calendario de vacunación?',
  url: 'https://reumatologiaclinica.org/es-vacunas-quimioprofilaxis-artritis-reumatoide-podria-articulo-S1699258X11000763',
};
const GASTRO_HEPATOL_HBV_RITUXIMAB: Source = {
  publisher: 'Gastroenterología y Hepatología (Elsevier España)',
  title: 'Reactivación del virus de la hepatitis B en pacientes tratados con rituximab: incidencia y factores de riesgo',
  url: 'https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-reactivacion-del-virus-hepatitis-b-S021057051400171X',
};
const SER_RESISTANT_MYOSITIS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Miositis resistente',
  url: 'https://doi.org/10.1016/S1577-3566(08)74606-2',
};
const CIMA_OCTAGAMOCTA: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Octagamocta 100 mg/ml solución para perfusión (inmunoglobulina humana normal): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/71501/FichaTecnica_71501.html',
};
const AEP_IG_LIVE_VACCINES: Source = {
  publisher: 'Comité Asesor de Vacunas de la Asociación Española de Pediatría',
  title: 'Inmunoglobulinas e intervalos con vacunas vivas',
  url: 'https://vacunasaep.org/profesionales/pregunta-al-cav/inmunoglobulinas-y-vacunas/inmunoglobulinas-e-intervalos-con-vacunas-v',
};
const FDA_TOFACITINIB_ES: Source = {
  publisher: 'U.S. Food and Drug Administration (comunicado en español, 4 de febrero de 2021)',
  title: 'Un ensayo de seguridad revela un mayor riesgo de problemas graves del corazón y cáncer con Xeljanz (tofacitinib)',
  url: 'https://www.fda.gov/drugs/drug-safety-and-availability/los-resultados-iniciales-de-un-ensayo-de-seguridad-revela-un-mayor-riesgo-de-padecer-problemas',
};
const XELJANZ_SMPC_ES: Source = {
  publisher: 'Comisión Europea (registro de medicamentos de la Unión)',
  title: 'Xeljanz (tofacitinib): ficha técnica',
  url: 'https://ec.europa.eu/health/documents/community-register/2017/20170322137186/anx_137186_es.pdf',
};
const ACTAS_TOFACITINIB_DM: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Dermatomiositis amiopática refractaria con buena respuesta a tofacitinib',
  url: 'https://actasdermo.org/es-dermatomiositis-amiopatica-refractaria-con-buena-articulo-S0001731020304348',
};

const ACTAS_JAK_DERMATOLOGY: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Perfil de seguridad a largo plazo de los inhibidores de JAK y su uso fuera de indicación en dermatología',
  url: 'https://actasdermo.org/en-articulo-traducido-perfil-seguridad-largo-articulo-S0001731023006397',
};

const AEP_IMMUNOGLOBULINS_MANUAL: Source = {
  publisher: 'Comité Asesor de Vacunas de la Asociación Española de Pediatría (Manual de vacunas)',
  title: 'Inmunoglobulinas y anticuerpos monoclonales: indicaciones, dosificación y seguridad (inmunoglobulinas subcutáneas, interacciones con las vacunas)',
  url: 'https://vacunasaep.org/documentos/manual/cap-45',
};

const ACTAS_ANTIMALARIALS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Antipalúdicos en dermatología: mecanismo de acción, indicaciones y efectos secundarios',
  url: 'https://actasdermo.org/es-antipaludicos-dermatologia-mecanismo-accion-indicaciones-articulo-S0001731012004796',
};
const CIMA_RESOCHIN: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Resochín 155 mg comprimidos recubiertos con película (cloroquina): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/15797/FT_15797.html',
};
const ACTAS_QUINACRINE_PRACTICAL: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Aspectos prácticos de la quinacrina como tratamiento del lupus eritematoso cutáneo: serie de casos',
  url: 'https://actasdermo.org/es-aspectos-practicos-quinacrina-como-tratamiento-articulo-S0001731009000039',
};
const ACTAS_QUINACRINE_YELLOW: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Coloración amarillenta inducida por quinacrina en una paciente con lupus eritematoso cutáneo',
  url: 'https://www.actasdermo.org/es-coloracion-amarillenta-inducida-por-quinacrina-articulo-S0001731012002712',
};

const DERMATOL_MEX_DAPSONE: Source = {
  publisher: 'Dermatología Revista Mexicana (2023)',
  title: 'Dapsona sistémica en dermatología',
  url: 'https://doi.org/10.24245/dermatolrevmex.v67i1.8551',
};
const CIMA_VYVGART: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Vyvgart 1000 mg solución inyectable (efgartigimod alfa): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/1221674002/FT_1221674002.html',
};
const ACTAS_APREMILAST_AE: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Manejo de los efectos adversos de apremilast desde un abordaje multidisciplinar',
  url: 'https://actasdermo.org/es-manejo-efectos-adversos-apremilast-desde-articulo-S0001731020303124',
};

// English sources the English cards and safety rules already cite, kept for
// the class safety facts no Spanish page retrieved here states.
const FDA_JAK_2021: Source = {
  publisher: 'U.S. Food and Drug Administration (Drug Safety Communication, 1 September 2021)',
  title: 'FDA requires warnings about increased risk of serious heart-related events, cancer, blood clots, and death for JAK inhibitors that treat certain chronic inflammatory conditions',
  url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requires-warnings-about-increased-risk-serious-heart-related-events-cancer-blood-clots-and-death',
};
const FRONTIERS_JAK_IIM: Source = {
  publisher: 'Frontiers in Medicine (2023)',
  title: 'The JAK/STAT pathway and JAK inhibitors in idiopathic inflammatory myopathies',
  url: 'https://frontiersin.org/articles/10.3389/fmed.2023.1158768/full',
};
const CDC_SHINGLES: Source = {
  publisher: 'U.S. Centers for Disease Control and Prevention',
  title: 'Shingles vaccination',
  url: 'https://www.cdc.gov/shingles/vaccination.html',
};

const STIR_TOFACITINIB: Source = {
  publisher: 'PubMed (STIR study)',
  title: 'Study of tofacitinib in refractory dermatomyositis',
  url: 'https://pubmed.ncbi.nlm.nih.gov/33258553/',
};
const BARICITINIB_JDM: Source = {
  publisher: 'Frontiers in Pediatrics (Wang et al., 2022)',
  title: 'Baricitinib in refractory juvenile dermatomyositis',
  url: 'https://doi.org/10.3389/fped.2022.962585',
};
const OLUMIANT_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Olumiant (baricitinib) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=866e9f35-9035-4581-a4b1-75a621ab55cf',
};
const MYOLOGIE_JAK_DM: Source = {
  publisher: 'Institut de Myologie',
  title: 'First prospective study of tofacitinib in refractory dermatomyositis (mentions the ruxolitinib reports)',
  url: 'https://www.institut-myologie.org/en/2021/01/25/first-prospective-study-of-tofacitinib-in-refractory-dermatomyositis-shows-encouraging-results/',
};
const OPZELURA_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Opzelura (ruxolitinib) cream label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=24da5509-6631-4795-9d42-273faecd08e7',
};

const SCIG_DM_STUDY: Source = {
  publisher: 'Clinical Rheumatology',
  title: 'Open-label study of 20% subcutaneous immunoglobulin in polymyositis and dermatomyositis',
  url: 'https://link.springer.com/article/10.1007/s10067-013-2478-x',
};
const TMA_ABATACEPT_TRIAL: Source = {
  publisher: 'The Myositis Association',
  title: 'Trial to evaluate efficacy and safety of abatacept',
  url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/trial-evaluate-efficacy-safety-abatacept/',
};
const ABATACEPT_TRIAL_RESULT: Source = {
  publisher: 'PubMed Central (Arthritis & Rheumatology)',
  title: 'Efficacy and safety of subcutaneous abatacept plus standard treatment for active idiopathic inflammatory myopathy: phase 3 randomized controlled trial',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC12123255/',
};
const TOCILIZUMAB_DM_TRIAL: Source = {
  publisher: 'PubMed Central (ACR Open Rheumatology 2022)',
  title: 'Randomized trial of tocilizumab in the treatment of refractory adult polymyositis and dermatomyositis',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9661830/',
};
const ACTEMRA_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Actemra (tocilizumab) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2e5365ff-cb2a-4b16-b2c7-e35c6bf2de13',
};
const TOCILIZUMAB_HBV_TB: Source = {
  publisher: 'Frontiers in Medicine (2021)',
  title: 'Risk of reactivation of hepatitis B virus and tuberculosis following tocilizumab therapy: a systematic review',
  url: 'https://frontiersin.org/articles/10.3389/fmed.2021.706482/full',
};

const TOCILIZUMAB_IMNM: Source = {
  publisher: 'Frontiers in Pharmacology (2021)',
  title: 'Tocilizumab in refractory immune-mediated necrotizing myopathies',
  url: 'https://frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2021.635654/full',
};

const WOO_1984: Source = {
  publisher: 'Journal of the American Academy of Dermatology (Woo et al., 1984), via PubMed',
  title: 'Hydroxychloroquine in the treatment of dermatomyositis skin lesions',
  url: 'https://pubmed.ncbi.nlm.nih.gov/6715608/',
};
const PELLE_2002: Source = {
  publisher: 'Archives of Dermatology (Pelle & Callen, 2002), via PubMed',
  title: 'Adverse cutaneous reactions to hydroxychloroquine are more common in patients with dermatomyositis than in patients with cutaneous lupus erythematosus',
  url: 'https://pubmed.ncbi.nlm.nih.gov/12224986/',
};
const MEDLINEPLUS_CHLOROQUINE: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Chloroquine',
  url: 'https://medlineplus.gov/druginfo/meds/a682318.html',
};
const TODDLER_CHLOROQUINE: Source = {
  publisher: 'Journal of Emergency Medicine (Smith et al., 2005), via PubMed',
  title: 'Are 1-2 dangerous? Chloroquine and hydroxychloroquine exposure in toddlers',
  url: 'https://pubmed.ncbi.nlm.nih.gov/15837026/',
};
const RCOPHTH_SCREENING: Source = {
  publisher: 'Eye (Royal College of Ophthalmologists, 2018)',
  title: 'The Royal College of Ophthalmologists recommendations on screening for hydroxychloroquine and chloroquine users in the United Kingdom: executive summary',
  url: 'https://www.nature.com/articles/s41433-018-0136-x',
};
const ANG_2005_QUINACRINE: Source = {
  publisher: 'Archives of Dermatology (Ang et al., 2005), via PubMed',
  title: 'Quinacrine for cutaneous dermatomyositis',
  url: 'https://www.ncbi.nlm.nih.gov/pubmed/16027300',
};
const FDA_QUINACRINE_COMPOUNDING: Source = {
  publisher: 'U.S. Food and Drug Administration',
  title: 'Compounding safety information: quinacrine hydrochloride',
  url: 'https://www.fda.gov/drugs/human-drug-compounding/compounding-safety-information-quinacrine-hydrochloride',
};

const STATPEARLS_DAPSONE: Source = { publisher: 'StatPearls (NCBI Bookshelf)', title: 'Dapsone', url: 'https://www.ncbi.nlm.nih.gov/books/NBK470552/' };
const VYVGART_PIL_UK: Source = {
  publisher: 'electronic Medicines Compendium (UK)',
  title: 'Vyvgart 20 mg/ml concentrate for solution for infusion: patient leaflet',
  url: 'https://medicines.org.uk/emc/product/15266/pil',
};
const ALKIVIA_ABSTRACT: Source = {
  publisher: 'ACR Meeting Abstracts (ACR Convergence 2025)',
  title: 'Results from the phase 2 ALKIVIA study of adults with active idiopathic inflammatory myopathy',
  url: 'https://acrabstracts.org/?p=46324',
};
const EMA_VYVGART: Source = {
  publisher: 'European Medicines Agency',
  title: 'Vyvgart (efgartigimod alfa): product information (immunisation with live vaccines)',
  url: 'https://www.ema.europa.eu/en/documents/product-information/vyvgart-epar-product-information_en.pdf',
};
const MYOLOGIE_APREMILAST: Source = {
  publisher: 'Institut de Myologie',
  title: 'Apremilast, a useful additional treatment for refractory skin lesions in dermatomyositis',
  url: 'https://www.institut-myologie.org/en/2022/11/17/apremilast-a-useful-additional-treatment-for-refractory-skin-lesions-in-dermatomyositis/',
};
const UIHC_APREMILAST: Source = { publisher: 'University of Iowa Health Care', title: 'Apremilast', url: 'https://uihc.org/health-topics/apremilast' };
const NICE_APREMILAST: Source = {
  publisher: 'NICE (information for the public)',
  title: 'Apremilast for treating moderate to severe plaque psoriasis: what has NICE said?',
  url: 'https://www.nice.org.uk/guidance/ta419/ifp/chapter/What-has-NICE-said',
};

const LISRAYA_DAILYMED: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Lisraya (brepocitinib) tablets label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=5023a17b-e96a-67d4-e063-6394a90a14a7',
};
const LISRAYA_FDA: Source = {
  publisher: 'U.S. Food and Drug Administration (Drugs@FDA, NDA 220106, approved 27 August 2026)',
  title: 'Lisraya (brepocitinib) prescribing information',
  url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/220106Orig1s000lbl.pdf',
};
const VALOR_TRIAL: Source = {
  publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
  title: 'NCT05437263: VALOR, brepocitinib in adults with dermatomyositis',
  url: 'https://clinicaltrials.gov/study/NCT05437263',
};
const JAK_JDM_REVIEW: Source = {
  publisher: 'Pediatric Rheumatology (review, 2021), via PubMed Central',
  title: 'JAK inhibitors: a potential treatment for JDM in the context of the role of interferon-driven pathology',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8466894',
};
const TMA_ACTHAR: Source = {
  publisher: 'The Myositis Association',
  title: 'H.P. Acthar gel',
  url: 'https://www.myositis.org/research/clinical-trials/clinical-drug-trials/h-p-acthar-gel/',
};
const ACTHAR_TRIAL: Source = {
  publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
  title: 'NCT01906372: Acthar in treatment of refractory dermatomyositis and polymyositis',
  url: 'https://clinicaltrials.gov/study/NCT01906372',
};
const MYOLOGIE_ACTHAR: Source = {
  publisher: 'Institut de Myologie',
  title: 'Efficacy and safety of adrenocorticotropic hormone gel in refractory dermatomyositis and polymyositis',
  url: 'https://www.institut-myologie.org/en/2018/01/20/efficacy-safety-adrenocorticotropic-hormone-gel-refractory-dermatomyositis-polymyositis/',
};
const ACTHAR_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Acthar Gel (repository corticotropin injection) label: live vaccines, sudden withdrawal after long use',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7b48ddec-e815-45f4-9ca0-5c0daaf56f30',
};
const NCI_IMMUNOMODULATING: Source = {
  publisher: 'National Cancer Institute (NCI Dictionary of Cancer Terms)',
  title: 'Nonspecific immunomodulating agent',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/nonspecific-immunomodulating-agent',
};

export const SPANISH_CARDS_MED2: Readonly<Record<string, SpanishCard>> = {
  rituximab: {
    summary: 'El rituximab es un medicamento que se pone por goteo en la vena. Apaga una parte de las defensas que no funciona bien.',
    sections: {
      whyInDm:
        'Se usa en la miositis, como la DM, cuando los primeros medicamentos no bastan. Para la DM se usa fuera de ficha técnica: su uso no está aprobado para esta enfermedad, pero el médico puede recetarlo.',
      howGiven:
        'Se pone como un goteo lento en la vena, en el hospital. Cada goteo suele durar de dos a cuatro horas. A menudo se dan dos goteos con unas dos semanas entre ellos. Antes de cada goteo le pueden dar otros medicamentos para evitar reacciones. Antes de empezar le harán análisis de tuberculosis y de hepatitis B.',
      sideEffects:
        'Durante el goteo o el día después puede tener fiebre, escalofríos, picor, mareo o falta de aire. Es más común con el primer goteo, y el personal le vigila de cerca. Sube el riesgo de infecciones. Puede despertar una hepatitis B antigua. Muy pocas veces da una reacción grave en la piel y la boca, o una infección del cerebro llamada LMP. No se deben poner vacunas vivas durante el tratamiento, y las demás vacunas pueden funcionar peor. Hable de sus vacunas con su equipo antes de empezar.',
      questions: ['¿Por qué el rituximab es buena opción para mí ahora?', '¿Me debo vacunar antes de empezar?', '¿Qué señales de infección debo avisar enseguida?'],
    },
    sources: [ACR_RITUXIMAB_ES, GASTRO_HEPATOL_HBV_RITUXIMAB, REUMA_CLIN_VACCINES, ACCESSMEDICINA_VACCINES, MSD_PML, TRUXIMA_LABEL],
    reviewed: REVIEWED,
  },
  ivig: {
    summary: 'La inmunoglobulina intravenosa (IGIV) es un goteo de anticuerpos sacados de la sangre de muchos donantes.',
    sections: {
      whyInDm:
        'Se usa cuando la DM es difícil de tratar, casi siempre junto con otros medicamentos. En un estudio pequeño, ayudó a personas con DM.',
      howGiven:
        'Se pone como un goteo lento en la vena, en el hospital o en una clínica. Su equipo decide cuánto le ponen y cada cuánto, según su peso.',
      sideEffects:
        'Es común tener dolor de cabeza, fiebre, escalofríos, náuseas, dolores o la tensión alta. Suelen mejorar si el goteo va más lento. Muy pocas veces da coágulos de sangre o daño en los riñones. Las personas con DM tienen más riesgo de coágulos. Por eso el goteo va despacio, con controles, y conviene beber líquidos. Otros problemas raros son un dolor de cabeza fuerte con el cuello rígido, la rotura de glóbulos rojos y una alergia grave. La IGIV puede hacer que algunas vacunas vivas, como la triple vírica o la de la varicela, funcionen peor durante meses. Hay que esperar antes de ponerlas: diga siempre que ha recibido IGIV.',
      questions: ['¿Por qué la IGIV es buena opción para mí?', '¿Dónde me la pondrán y cuánto dura cada visita?', '¿Qué puedo hacer para evitar el dolor de cabeza?'],
    },
    sources: [SER_RESISTANT_MYOSITIS, CIMA_OCTAGAMOCTA, AEP_IG_LIVE_VACCINES, TMA_IVIG],
    reviewed: REVIEWED,
  },
  'jak-inhibitors': {
    summary: 'Los inhibidores de JAK son pastillas más nuevas que frenan algunas señales de la inflamación. Se están estudiando en la DM.',
    sections: {
      whyInDm:
        'En la DM el cuerpo fabrica demasiado interferón, una señal de las defensas. Estos medicamentos frenan esa señal y otras. En la DM se usan fuera de ficha técnica, a partir de estudios pequeños. En algunos casos han mejorado mucho la piel. Hay estudios más grandes en marcha: pregunte qué se puede usar hoy.',
      howGiven:
        'Casi todos son pastillas que se toman por boca. El ruxolitinib también existe en crema. Antes de empezar le harán análisis de infecciones ocultas, como la tuberculosis y la hepatitis B. Pregunte si le conviene antes la vacuna contra el herpes zóster (culebrilla).',
      sideEffects:
        'Algunos llevan en su prospecto los avisos más serios: infecciones graves y, en personas mayores con riesgo para el corazón, más cáncer, infartos, ictus, coágulos y muertes. Son las pastillas para la artritis (tofacitinib, baricitinib y upadacitinib) y la crema de ruxolitinib. Su equipo le hará análisis de sangre y valorará sus riesgos. El herpes zóster (culebrilla) es más frecuente con ellos. No se deben poner vacunas vivas mientras los toma. Se evitan en el embarazo y la lactancia: pregunte qué método anticonceptivo usar.',
      questions: ['¿Por qué un inhibidor de JAK puede ser bueno para mí?', '¿Cuál es mi riesgo de coágulos o de problemas del corazón?', '¿Qué análisis necesito antes y durante el tratamiento?'],
    },
    sources: [ACTAS_TOFACITINIB_DM, FDA_TOFACITINIB_ES, XELJANZ_SMPC_ES, REUMA_CLIN_VACCINES, FRONTIERS_JAK_IIM, FDA_JAK_2021, OLUMIANT_SMPC, CDC_SHINGLES],
    reviewed: REVIEWED,
  },
  tofacitinib: {
    summary: 'El tofacitinib es una pastilla del grupo de los inhibidores de JAK. Es el de su grupo más estudiado en la DM.',
    sections: {
      whyInDm:
        'En un estudio pequeño de diez adultos con DM difícil de tratar, todos mejoraron, sobre todo la piel. En España se publicó el caso de una mujer cuya piel mejoró mucho con él. Hacen falta estudios más grandes para saber cuánto ayuda a los músculos. En la DM se usa fuera de ficha técnica.',
      howGiven: 'Es un comprimido que se traga. También hay un comprimido de acción larga y un líquido. Su médico decide la dosis.',
      sideEffects:
        'Puede causar infecciones graves. En personas mayores con riesgo para el corazón se vio más cáncer, infartos, ictus, coágulos y muertes. Antes de empezar le harán análisis de infecciones ocultas, como la tuberculosis y la hepatitis B. También necesitará análisis de sangre cada cierto tiempo. El herpes zóster (culebrilla) es más frecuente: pregunte por la vacuna antes de empezar. No se deben poner vacunas vivas mientras lo toma. No se debe tomar en el embarazo ni la lactancia: pregunte qué método anticonceptivo usar.',
      questions: ['¿Por qué el tofacitinib es buena opción para mí?', '¿Qué análisis necesito antes de empezar?', '¿Qué señales de coágulo o de infección debo avisar?'],
    },
    sources: [ACR_TOFACITINIB_ES, XELJANZ_SMPC_ES, FDA_TOFACITINIB_ES, ACTAS_TOFACITINIB_DM, STIR_TOFACITINIB, XELJANZ_LABEL, REUMA_CLIN_VACCINES],
    reviewed: REVIEWED,
  },
  baricitinib: {
    summary: 'El baricitinib es una pastilla más nueva que frena algunas señales de las defensas. Ha ayudado a algunas personas con DM difícil de tratar.',
    sections: {
      whyInDm:
        'Está aprobado para la artritis reumatoide, la caída grave del pelo (alopecia areata) y el eccema de la piel (dermatitis atópica). En la DM solo hay grupos pequeños de adultos y un estudio de veinte niños con DM difícil. La piel mejoró en diecinueve de ellos, y se pudo bajar la cortisona. Hacen falta estudios más grandes.',
      howGiven: 'Es un comprimido que se toma por boca. Su médico decide la dosis.',
      sideEffects:
        'Tiene los mismos avisos que los demás inhibidores de JAK: infecciones graves y, en personas mayores con riesgo para el corazón, más cáncer, infartos, ictus, coágulos y muertes. Antes de empezar le harán análisis de tuberculosis y de hepatitis B, y después análisis de sangre cada cierto tiempo. El herpes zóster (culebrilla) es más frecuente: pregunte por la vacuna antes de empezar. No se deben poner vacunas vivas mientras lo toma. No se debe usar en el embarazo ni la lactancia: pregunte qué método anticonceptivo usar.',
      questions: ['¿Por qué el baricitinib es buena opción para mí?', '¿Qué análisis necesito antes de empezar?', '¿Qué señales de coágulo o de infección debo avisar?'],
    },
    sources: [ACTAS_JAK_DERMATOLOGY, OLUMIANT_SMPC, BARICITINIB_JDM, OLUMIANT_LABEL, FDA_JAK_2021, REUMA_CLIN_VACCINES],
    reviewed: REVIEWED,
  },
  ruxolitinib: {
    summary: 'El ruxolitinib es un inhibidor de JAK en pastillas o en crema. Ha ayudado a unas pocas personas con DM.',
    sections: {
      whyInDm:
        'Las pastillas están aprobadas para algunos cánceres de la médula de los huesos. La crema está aprobada en la piel, para el eccema y el vitíligo. En la DM solo hay casos sueltos, y se usa fuera de ficha técnica.',
      howGiven: 'Las pastillas se toman por boca y la crema se pone sobre la piel. Su médico decide qué forma usar y cuánto.',
      sideEffects:
        'Las pastillas pueden bajar las células de la sangre y facilitar las infecciones, así que hacen falta análisis de sangre. La crema no se debe usar junto con medicamentos fuertes contra las defensas, como la azatioprina o la ciclosporina, y lleva los avisos serios de los inhibidores de JAK. Las pastillas tienen sus propios avisos. Antes de empezar las pastillas, su equipo buscará infecciones ocultas como la tuberculosis y la hepatitis B. Avise pronto si le sale un sarpullido con ampollas y dolor: puede ser herpes zóster (culebrilla). Pregunte antes de ponerse cualquier vacuna viva, como con los demás inhibidores de JAK. Avise si puede quedarse embarazada o da el pecho, y pregunte por un método anticonceptivo.',
      questions: ['¿Me va mejor la pastilla o la crema?', '¿Cómo sabremos si funciona?', '¿Qué análisis necesito mientras lo uso?'],
    },
    sources: [ACTAS_JAK_DERMATOLOGY, MYOLOGIE_JAK_DM, OPZELURA_LABEL, FDA_JAK_2021, REUMA_CLIN_VACCINES],
    reviewed: REVIEWED,
  },
  'subcutaneous-immunoglobulin': {
    summary: 'La inmunoglobulina subcutánea es el mismo tipo de tratamiento que la IGIV, pero se pone bajo la piel.',
    sections: {
      whyInDm:
        'En la DM solo la apoyan estudios pequeños y casos sueltos, incluidos niños que no toleraban la IGIV. Para la DM se usa fuera de ficha técnica.',
      howGiven:
        'Se pone despacio bajo la piel, a menudo una vez por semana. Muchas personas aprenden a ponérsela en casa. No hace falta pinchar una vena.',
      sideEffects:
        'Es común que la zona del pinchazo se hinche, se ponga roja o duela. Las reacciones en todo el cuerpo, como el dolor de cabeza o la fiebre, pueden ser menos comunes que con la IGIV. Como la IGIV, puede causar coágulos. Pida ayuda urgente si tiene una pierna hinchada o con dolor, dolor en el pecho o falta de aire de repente. Como la IGIV, puede hacer que algunas vacunas vivas, como la triple vírica o la de la varicela, funcionen peor. Puede que haya que esperar para ponerlas: diga siempre que recibe este tratamiento.',
      questions: ['¿Podría ponérmela en casa en lugar de la IGIV?', '¿Quién me enseñará a ponerla?', '¿Qué hago si la zona del pinchazo se hincha mucho?'],
    },
    sources: [AEP_IMMUNOGLOBULINS_MANUAL, AEP_IG_LIVE_VACCINES, TMA_IVIG, SCIG_DM_STUDY],
    reviewed: REVIEWED,
  },
  abatacept: {
    summary: 'El abatacept es un medicamento para la artritis. En un estudio grande de miositis no ayudó a la DM.',
    sections: {
      whyInDm:
        'Es un medicamento biológico que frena la comunicación entre las células de las defensas y así baja la inflamación. Está aprobado para la artritis reumatoide y otras artritis. Un estudio grande en adultos con miositis difícil no logró su objetivo. Las personas con DM no mejoraron más que con un placebo, aunque quizá sí algunas con otros tipos de miositis.',
      howGiven:
        'Existe en goteo por la vena y en inyección bajo la piel. En el estudio de miositis se puso bajo la piel, además del tratamiento habitual. No está aprobado para la miositis, así que en la DM sería un uso fuera de ficha técnica.',
      sideEffects:
        'Lo más común es el dolor de cabeza, los resfriados, el dolor de garganta y las náuseas. Sube el riesgo de infecciones, y algunas pueden ser graves. Antes de empezar le harán pruebas de tuberculosis y de hepatitis B, porque puede despertar una infección escondida. No se deben poner vacunas vivas mientras lo recibe, y las demás vacunas pueden funcionar peor. No se usa junto con otro medicamento biológico.',
      questions: ['¿Por qué se plantea el abatacept para mí si el estudio en DM salió negativo?', '¿Qué riesgos tiene junto con mis otros medicamentos?'],
    },
    sources: [ACR_ABATACEPT_ES, REUMA_CLIN_VACCINES, ACCESSMEDICINA_VACCINES, TMA_ABATACEPT_TRIAL, ABATACEPT_TRIAL_RESULT],
    reviewed: REVIEWED,
  },
  tocilizumab: {
    summary: 'El tocilizumab es un medicamento para la artritis que frena una señal llamada IL-6. En un estudio no ayudó a la DM.',
    sections: {
      whyInDm:
        'Frena la IL-6, una señal que causa inflamación. Un estudio lo probó en adultos con DM o polimiositis difíciles de tratar. Quienes lo recibieron no mejoraron más que con un placebo, aunque fue seguro. Un estudio pequeño en otro tipo de miositis, la miopatía necrosante, dio mejores resultados.',
      howGiven:
        'Se pone en goteo por la vena o en inyección bajo la piel. En el estudio de DM se puso por la vena. En la DM sería un uso fuera de ficha técnica.',
      sideEffects:
        'Sube el riesgo de infecciones, incluso graves como la tuberculosis. Por eso le harán pruebas de tuberculosis y de hepatitis B antes de empezar, y vigilarán la tuberculosis durante el tratamiento. También puede dañar el hígado, hacer un agujero en el estómago o el intestino y cambiar las células de la sangre. Necesitará análisis de sangre. Avise enseguida si tiene fiebre o un dolor fuerte de barriga. No se deben poner vacunas vivas mientras lo recibe.',
      questions: ['¿Por qué me proponen el tocilizumab?', '¿Qué análisis de sangre necesitaré?', '¿Qué señales de infección debo avisar?'],
    },
    sources: [ACR_TOCILIZUMAB_ES, REUMA_CLIN_VACCINES, ACCESSMEDICINA_VACCINES, TOCILIZUMAB_DM_TRIAL, TOCILIZUMAB_IMNM, ACTEMRA_LABEL, TOCILIZUMAB_HBV_TB],
    reviewed: REVIEWED,
  },
  antimalarials: {
    summary: 'Algunas pastillas contra la malaria, los antipalúdicos, también se usan para calmar las manchas de la piel de la DM.',
    sections: {
      whyInDm:
        'En la DM se usan sobre todo para las manchas y el picor de la piel, a menudo como primera pastilla para la piel. No tratan la debilidad de los músculos. El grupo incluye la hidroxicloroquina, la cloroquina y la quinacrina, también llamada mepacrina.',
      howGiven: 'Se toman por boca. Si uno no funciona, el médico puede cambiar a otro o añadir la quinacrina.',
      sideEffects:
        'La hidroxicloroquina da una reacción en la piel más a menudo en la DM que en el lupus, aunque los estudios no coinciden en cuánto. Con la hidroxicloroquina y la cloroquina hay que revisar los ojos con regularidad.',
      questions: ['¿Qué antipalúdico es mejor para mi piel?', '¿Qué hago si me sale una reacción en la piel?', '¿Cada cuánto me revisan los ojos?'],
    },
    sources: [ACTAS_ANTIMALARIALS, ACTAS_QUINACRINE_PRACTICAL, WOO_1984, PELLE_2002],
    reviewed: REVIEWED,
  },
  chloroquine: {
    summary: 'La cloroquina es una pastilla antigua contra la malaria. Se puede probar en la piel de la DM cuando otra pastilla parecida no ha ayudado.',
    sections: {
      whyInDm:
        'En España está aprobada para la malaria, la artritis reumatoide, el lupus y otras enfermedades de la piel, pero no para la DM. En la DM es una opción cuando la hidroxicloroquina no ayuda o sienta mal. Cerca de la mitad de quienes tienen una reacción en la piel con la hidroxicloroquina también la tienen con la cloroquina.',
      howGiven: 'Es un comprimido que se toma por boca. Su médico decide la dosis según su peso, para proteger los ojos.',
      sideEffects:
        'Puede dañar la retina, el fondo del ojo, más que la hidroxicloroquina. Antes de un tratamiento largo le revisarán los ojos, y después cada cierto tiempo. Avise si nota cambios en la vista o una mancha nueva en la piel. Guárdela donde los niños no la alcancen: estas pastillas son muy peligrosas para un niño pequeño que se las trague. Si un niño se traga alguna, pida ayuda urgente enseguida.',
      questions: ['¿Por qué esta pastilla y no la hidroxicloroquina?', '¿Cuándo me revisan los ojos y cada cuánto?', '¿Qué hago si me sale una mancha nueva?'],
    },
    sources: [CIMA_RESOCHIN, ACTAS_ANTIMALARIALS, RCOPHTH_SCREENING, MEDLINEPLUS_CHLOROQUINE, TODDLER_CHLOROQUINE],
    reviewed: REVIEWED,
  },
  quinacrine: {
    summary: 'La quinacrina, o mepacrina, es una pastilla antigua contra la malaria. Se puede añadir a otra parecida cuando las manchas de la DM no se van.',
    sections: {
      whyInDm:
        'Se añade a la hidroxicloroquina o a la cloroquina cuando la piel no mejora. En grupos pequeños de pacientes, algunos que no mejoraban con una sola pastilla mejoraron con las dos. También se usa en el lupus de la piel.',
      howGiven:
        'Se toma por boca. No se vende como un medicamento normal ni en España ni en Estados Unidos. En Estados Unidos la prepara una farmacia especial. Pregunte a su equipo cómo conseguirla.',
      sideEffects:
        'No daña la retina como la hidroxicloroquina y la cloroquina. Puede volver la piel de color amarillo. Muy pocas veces da un problema grave de la sangre, la anemia aplásica, sobre todo con dosis altas.',
      questions: ['¿Dónde puedo conseguir la quinacrina?', '¿Me cambiará el color de la piel?', '¿Necesito análisis de sangre mientras la tomo?'],
    },
    sources: [ACTAS_QUINACRINE_PRACTICAL, ACTAS_QUINACRINE_YELLOW, ANG_2005_QUINACRINE, FDA_QUINACRINE_COMPOUNDING],
    reviewed: REVIEWED,
  },
  dapsone: {
    summary: 'La dapsona es una pastilla contra algunos gérmenes que también calma la inflamación. A veces se prueba en las manchas de la DM que no mejoran.',
    sections: {
      whyInDm:
        'Está aprobada para la lepra y para una enfermedad de la piel con picor y ampollas, la dermatitis herpetiforme. En la DM solo hay algunos casos publicados en los que ayudó a la piel cuando otros tratamientos no lo hicieron. Por eso se usa solo de vez en cuando.',
      howGiven:
        'Se toma por boca. Antes de empezar, un análisis de sangre mira si le falta una enzima llamada G6PD. A quien le falta, la dapsona le puede dañar mucho los glóbulos rojos.',
      sideEffects:
        'Puede romper glóbulos rojos y causar anemia. También puede cambiar la sangre y volver los labios algo azules, bajar mucho los glóbulos blancos o dar una alergia rara con fiebre y sarpullido. Hacen falta análisis de sangre con regularidad.',
      questions: ['¿Me han hecho el análisis de la G6PD?', '¿Cada cuánto necesito análisis de sangre?', '¿Qué síntomas debo avisar enseguida?'],
    },
    sources: [DERMATOL_MEX_DAPSONE, MEDLINEPLUS_DAPSONE, STATPEARLS_DAPSONE],
    reviewed: REVIEWED,
  },
  efgartigimod: {
    summary: 'El efgartigimod es un medicamento nuevo que baja algunos anticuerpos. Se está probando en la DM.',
    sections: {
      whyInDm:
        'Baja la cantidad de anticuerpos IgG en la sangre. Lo hace bloqueando una proteína llamada FcRn, que normalmente evita que estos anticuerpos se destruyan. Algunos de estos anticuerpos pueden causar la miositis. En la primera parte del estudio ALKIVIA, adultos con miositis, incluida la DM, mejoraron más con él que con un placebo. El estudio sigue en la DM y en otros dos tipos de miositis.',
      howGiven:
        'En el estudio de miositis se pone con una inyección bajo la piel, además del tratamiento habitual. Está aprobado para la miastenia gravis, otra enfermedad de las defensas que debilita los músculos. Existe en goteo por la vena y en inyección bajo la piel. No está aprobado para la miositis.',
      sideEffects:
        'Baja todos los anticuerpos IgG, también los que luchan contra los gérmenes. Pregunte por su riesgo de infecciones. No se recomiendan las vacunas vivas durante el tratamiento.',
      questions: ['¿El efgartigimod es una opción para mi tipo de miositis?', '¿Podría entrar en el estudio ALKIVIA?', '¿Cómo encaja con mis otros medicamentos?'],
    },
    sources: [CIMA_VYVGART, VYVGART_PIL_UK, ALKIVIA_ABSTRACT, EMA_VYVGART],
    reviewed: REVIEWED,
  },
  apremilast: {
    summary: 'El apremilast es una pastilla para la psoriasis que puede ayudar a las manchas difíciles de la DM. Todavía se está estudiando.',
    sections: {
      whyInDm:
        'Calma la inflamación al bloquear una enzima llamada PDE4. Está aprobado para la psoriasis, la artritis psoriásica y las llagas de la boca de la enfermedad de Behçet. En un estudio pequeño en Estados Unidos, añadirlo al tratamiento mejoró la piel en siete de ocho adultos con manchas de DM difíciles. En la DM se usa fuera de ficha técnica.',
      howGiven:
        'Es un comprimido que se toma por boca, casi siempre junto con sus otros medicamentos para la DM. Al principio la dosis se sube poco a poco, con un envase de inicio, para que el estómago lo tolere mejor. Su médico decide la dosis. La marca es Otezla.',
      sideEffects:
        'Es común tener diarrea y náuseas, sobre todo las primeras semanas, y suelen mejorar. También puede dar dolor de cabeza y catarros. Algunas personas pierden peso o se sienten tristes o deprimidas. Diga a su médico si alguna vez ha tenido depresión, y avise enseguida si nota cambios en el ánimo.',
      questions: ['¿Mis manchas de la piel son buenas para probar el apremilast?', '¿Sustituirá a alguno de mis medicamentos?', '¿Qué hago si tengo diarrea?'],
    },
    sources: [ACTAS_APREMILAST_AE, MYOLOGIE_APREMILAST, UIHC_APREMILAST, NICE_APREMILAST],
    reviewed: REVIEWED,
  },
  brepocitinib: {
    summary: 'El brepocitinib es una pastilla nueva para la DM. En Estados Unidos se aprobó en 2026, tras funcionar mejor que un placebo en un estudio grande.',
    sections: {
      whyInDm:
        'Frena dos señales dentro de las células de las defensas, llamadas TYK2 y JAK1, que mueven la inflamación en la DM. Por eso es pariente de los inhibidores de JAK. En el estudio VALOR, los adultos con DM que lo tomaron mejoraron más que quienes tomaron un placebo, una pastilla igual pero sin medicamento.',
      howGiven:
        'Es una pastilla que se toma por boca. En el estudio, las personas siguieron con sus medicamentos habituales para la DM. En Estados Unidos se aprobó en agosto de 2026 y se vende como Lisraya. Su médico le dirá si le conviene.',
      sideEffects:
        'Pregunte a su equipo qué avisos de su prospecto le afectan. Es pariente de los inhibidores de JAK, que piden análisis de tuberculosis y de hepatitis B antes de empezar, y nada de vacunas vivas. Con ellos también es más frecuente el herpes zóster (culebrilla). Use un método anticonceptivo para evitar el embarazo.',
      questions: ['¿El brepocitinib es buena opción para mí?', '¿Podría entrar en un estudio con él?', '¿Le afectan los avisos de los inhibidores de JAK?'],
    },
    sources: [LISRAYA_DAILYMED, LISRAYA_FDA, VALOR_TRIAL, JAK_JDM_REVIEW],
    reviewed: REVIEWED,
  },
  'repository-corticotropin': {
    summary: 'La corticotropina de depósito es una hormona en inyección. Hace que el cuerpo fabrique más de sus propias hormonas esteroides, como la cortisona.',
    sections: {
      whyInDm:
        'Es una forma de la hormona natural ACTH, que ordena a las glándulas suprarrenales fabricar hormonas esteroides. En Estados Unidos está aprobada para la DM y la polimiositis, en brotes o, en algunos casos, por más tiempo. Se aprobó para la DM en 1952, pero hay pocos estudios sobre lo bien que funciona. Se ha estudiado sobre todo en personas cuya DM no mejoró con otros tratamientos.',
      howGiven:
        'Es un gel que se pone con una inyección bajo la piel o en el músculo. Las marcas en Estados Unidos son Acthar Gel y Purified Cortrophin Gel. No deje de ponérselo de golpe después de usarlo mucho tiempo. Su equipo lo bajará poco a poco, porque su cuerpo puede tardar en volver a fabricar su propia cortisona.',
      sideEffects:
        'Sus efectos secundarios se parecen a los de la cortisona. Puede subir el azúcar en la sangre, cambiar la sal y el potasio del cuerpo, acumular peso en la parte de arriba del cuerpo y facilitar las infecciones. También puede debilitar los huesos. Llame a su médico si tiene un dolor fuerte de barriga o vómitos, visión borrosa o dolor de ojos, un dolor de cabeza fuerte, o señales de alergia como ronchas o la cara hinchada. No se deben poner vacunas vivas mientras la usa a dosis que bajan las defensas.',
      questions: ['¿Por qué me propone esto en lugar de otros tratamientos, o junto con ellos?', '¿Cómo sabremos si funciona?', '¿Cómo lo dejaré cuando llegue el momento?'],
    },
    sources: [TMA_ACTHAR, ACTHAR_TRIAL, MYOLOGIE_ACTHAR, ACTHAR_LABEL],
    reviewed: REVIEWED,
  },
  immunomodulators: {
    summary: 'Los inmunomoduladores son medicamentos que cambian cómo trabajan las defensas del cuerpo, para calmar el ataque de la DM.',
    sections: {
      whyInDm:
        'La palabra se usa para muchos medicamentos de la DM. Por ejemplo, la hidroxicloroquina, el metotrexato, la azatioprina, el micofenolato, la inmunoglobulina intravenosa, el rituximab y el tacrolimus. Un inmunomodulador es cualquier medicamento que cambia cómo trabajan las defensas. Algunos las suben, para luchar contra gérmenes o el cáncer. Los que se usan en la DM las bajan o las calman.',
      howGiven: 'Depende del medicamento: unos son pastillas, otros inyecciones bajo la piel y otros goteos en la vena. La tarjeta de cada medicamento explica cómo se da.',
      sideEffects:
        'Como cambian las defensas, muchos facilitan las infecciones. Muy pocas veces, los medicamentos que bajan o cambian las defensas dejan que se instale una infección del cerebro llamada LMP.',
      questions: ['¿Cómo cambia mi medicamento mis defensas?', '¿Qué infecciones debo vigilar?'],
    },
    sources: [MSD_PML, NCI_IMMUNOMODULATING, TMA_MEDICATIONS],
    reviewed: REVIEWED,
  },
};
