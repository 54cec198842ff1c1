/**
 * Spanish names of glossary entries, as a layer of its own keyed by entry id:
 * the entries stay English (they are reviewed content), and these names are
 * painted only on Spanish pages (see glossary/es/page-names.ts) and found by
 * the Spanish search. Every name was read in the Spanish source listed with it
 * (patient leaflets and technical sheets in CIMA, the Spanish drug agency's
 * register; rheumatology society pages and journals; Spanish medical texts).
 *
 * Rules the tests hold (tests/unit/spanish-names.test.ts): every id is an
 * entry; no painted single word is an everyday Spanish word; no name belongs to
 * two entries. Plurals in -s/-es and hyphen or space variants match by
 * themselves (matcher.ts); feminine forms and plurals inside a phrase are listed.
 */
import type { Alias, Source } from '../types';

export interface SpanishNames {
  readonly names: readonly Alias[];
  readonly sources: readonly Source[];
}

const CIMA_DACORTIN: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Dacortín comprimidos (prednisona): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/47863/FT_47863.html',
};
const CIMA_DOLQUINE: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Dolquine 200 mg comprimidos recubiertos (hidroxicloroquina): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/74904/FT_74904.html',
};
const CIMA_CELLCEPT: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'CellCept 250 mg cápsulas duras (micofenolato mofetilo): ficha técnica',
  url: 'https://cima.aemps.es/cima/dochtml/ft/96005001/FT_96005001.html',
};
const PRIVIGEN_LEAFLET: Source = {
  publisher: 'Vademécum (prospecto autorizado por la AEMPS)',
  title: 'Privigen 100 mg/ml solución para perfusión: prospecto',
  url: 'https://vademecum.es/espana/prospecto/32547/privigen-100mg-ml-solucion-para-perfusion',
};
const PRIVIGEN_SHEET: Source = {
  publisher: 'Imedi (ficha técnica autorizada)',
  title: 'Privigen 100 mg/ml solución para perfusión: ficha técnica',
  url: 'https://imedi.es/privigen-100mg-ml-solucion-para-perfusion',
};
const TACROLIMUS_LEAFLET: Source = {
  publisher: 'Vademécum (prospecto autorizado por la AEMPS)',
  title: 'Tacrolimus Stadafarma cápsulas de liberación prolongada: prospecto',
  url: 'https://vademecum.es/amp/espana/prospecto/51728/tacrolimus-stadafarma-1-mg-capsulas-duras-de-liberacion-prolongada-efg',
};
const ACR_AZATHIOPRINE: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Azatioprina (Imuran)',
  url: 'https://rheumatology.org/patients/azatioprina-imuran',
};
const SER_RESISTANT_MYOSITIS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Miositis resistente',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miositis-resistente-13124912',
};
const SVR_MYOPATHIES: Source = {
  publisher: 'Servicio de Reumatología, Hospital Universitario y Politécnico La Fe (manual de enfermedades reumáticas)',
  title: 'Capítulo 9: Miopatías inflamatorias idiopáticas',
  url: 'https://fdocuments.ec/document/miopatas-inflamatorias-idiopticas-captulo-9-miopatas-inflamatorias-idiopticas.html',
};
const SVR_IMMUNOMODULATORS: Source = {
  publisher: 'Sección de Reumatología, Hospital Marina Baixa (manual de enfermedades reumáticas)',
  title: 'Capítulo 48: Fármacos inmunomoduladores',
  url: 'https://aprenderly.com/doc/3264255/descargar-pdf',
};
const SARE_METHOTREXATE: Source = {
  publisher: 'SARE (sociedad de reumatología)',
  title: 'Metotrexato',
  url: 'https://sare.org.es/?p=32891',
};
const MEDISUR_CASE: Source = {
  publisher: 'Medisur (Cienfuegos, Cuba)',
  title: 'Dermatomiositis. Presentación de un caso',
  url: 'http://medisur.sld.cu/index.php/medisur/article/view/3811/2523',
};
const EMPENDIUM_PM_DM: Source = {
  publisher: 'Manual McMaster de Medicina Interna Basada en la Evidencia (empendium)',
  title: 'Polimiositis (PM) y dermatomiositis (DM)',
  url: 'https://empendium.com/manualmibe/chapter/B34.II.16.7',
};
const ACCESSMEDICINA_DERM: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Dermatología: dermatomiositis',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=1538&sectionid=102304056',
};
const ACCESSMEDICINA_VACCINES: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Vacunas en pacientes inmunocomprometidos',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=3153&sectionid=273627711',
};
const REV_COL_IVIG: Source = {
  publisher: 'Revista Med (Universidad Militar Nueva Granada)',
  title: 'Indicaciones y utilidad de la inmunoglobulina por vía intravenosa en el manejo de polimiositis refractaria',
  url: 'https://studylib.es/doc/7041713/espa%C3%B1ol----scielo-colombia',
};
const REV_COL_CALCINOSIS: Source = {
  publisher: 'Revista Colombiana de Reumatología',
  title: 'Dermatomiositis hipomiopática y calcinosis universal: reporte de caso',
  url: 'https://elsevier.es/es-revista-revista-colombiana-reumatologia-374-articulo-dermatomiositis-hipomiopatica-calcinosis-universal-reporte-S0121812314701549',
};
const REV_CUBANA_CK: Source = {
  publisher: 'Revista Cubana de Reumatología',
  title: 'Fuerza muscular y niveles séricos de fosfocreatincinasa en pacientes con polimiositis y/o dermatomiositis',
  url: 'http://scielo.sld.cu/scielo.php?script=sci_arttext&pid=S1817-59962013000300002&lng=es&nrm=iso',
};
const AN_FAC_MED_MYOPATHIES: Source = {
  publisher: 'Anales de la Facultad de Medicina (Universidad Nacional Mayor de San Marcos)',
  title: 'Miopatías autoinmunes: revisión de diagnóstico y manejo',
  url: 'https://es.studenta.com/content/133832999/a-17-v-80-n-3',
};
const CINCINNATI_STEROIDS: Source = {
  publisher: "Cincinnati Children's Hospital",
  title: 'Prednisona, prednisolona, metilprednisolona',
  url: 'http://www.cincinnatichildrens.org/espanol/temas-de-salud/alpha/p/prednisone/',
};
const REUMATOL_CLIN_GIOP: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Osteoporosis inducida por glucocorticoides: ¿qué hay de nuevo?',
  url: 'https://reumatologiaclinica.org/es-osteoporosis-inducida-por-glucocorticoides-que-articulo-13100411',
};
const MEXICO_OSTEOPOROSIS: Source = {
  publisher: 'Hospital General de México, Secretaría de Salud',
  title: 'Osteoporosis',
  url: 'https://www.asieslamedicina.org.mx/osteoporosis/',
};
const GASTROLAT_OSTEOPOROSIS: Source = {
  publisher: 'Gastroenterología Latinoamericana',
  title: 'Osteoporosis. Parte I - Generalidades',
  url: 'https://es.studenta.com/content/141935691/gastrolat-2017-n-100003',
};
const GASTROHEP_HBV: Source = {
  publisher: 'Gastroenterología y Hepatología',
  title: 'Reactivación del virus de la hepatitis B en pacientes tratados con rituximab: incidencia y factores de riesgo',
  url: 'https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-reactivacion-del-virus-hepatitis-b-S021057051400171X',
};
const STJUDE_MMF: Source = {
  publisher: "St. Jude Children's Research Hospital",
  title: 'Micofenolato mofetil',
  url: 'https://espanol.stjude.org/cuidado-tratamiento/medicacion-del-paciente/micofenolato-mofetil.html',
};
const SALUDEMIA_AZA: Source = {
  publisher: 'Saludemia (Sanitas)',
  title: 'Azatioprina',
  url: 'http://www.saludemia.com/-/medicamento-azatioprina',
};

const NOVARTIS_ATLAS: Source = {
  publisher: 'Novartis (atlas de dermatología para profesionales)',
  title: 'Atlas de la urticaria: 6. Dermatomiositis',
  url: 'https://pro.novartis.com/es-es/dermatologia/urticaria/atlas-de-la-urticaria/6-dermatomiositis',
};
const SHARE4RARE_JDM: Source = {
  publisher: 'Share4Rare (comunidad de pacientes con enfermedades raras)',
  title: 'Dermatomiositis juvenil: tipos de lesiones cutáneas',
  url: 'https://www.share4rare.org/es/library/dermatomiositis-juvenil/1-tipos-de-lesiones-cutaneas',
};
const PREVINFAD_TB: Source = {
  publisher: 'PrevInfad (Asociación Española de Pediatría de Atención Primaria)',
  title: 'Cribado de la tuberculosis',
  url: 'https://previnfad.aepap.org/monografia/tuberculosis',
};
const IBSALUT_ZOSTER: Source = {
  publisher: 'IB-Salut (Servicio de Salud de las Islas Baleares)',
  title: 'Vacuna contra el herpes zóster',
  url: 'https://www-pre.ibsalut.es/es/info-ciudadania/cuidar-la-salud/preguntas-frecuentes-sobre-vacunas/vacuna-contra-el-herpes-zoster',
};
const MURCIASALUD_ZOSTER: Source = {
  publisher: 'MurciaSalud (Servicio Murciano de Salud)',
  title: 'Herpes zóster: preguntas frecuentes para ciudadanos',
  url: 'https://murciasalud.es/web/vacunacion/-/herpes-z%C3%B3ster-fac-para-ciudadanos',
};

const searchOnly = (text: string): Alias => ({ text, searchOnly: true });
const exactCase = (text: string): Alias => ({ text, caseSensitive: true });

export const SPANISH_NAMES: Readonly<Record<string, SpanishNames>> = {
  dermatomyositis: { names: ['dermatomiositis'], sources: [SER_RESISTANT_MYOSITIS] },
  'juvenile-dermatomyositis': { names: ['dermatomiositis juvenil', 'dermatomiositis infantil', exactCase('DMJ')], sources: [SVR_MYOPATHIES, SHARE4RARE_JDM] },
  'amyopathic-dermatomyositis': {
    names: ['dermatomiositis amiopática', 'DM amiopática', 'dermatomiositis hipomiopática'],
    sources: [EMPENDIUM_PM_DM, SVR_MYOPATHIES, REV_COL_CALCINOSIS],
  },
  polymyositis: { names: ['polimiositis'], sources: [SER_RESISTANT_MYOSITIS] },
  myositis: {
    names: ['miositis', 'miopatía inflamatoria idiopática', 'miopatías inflamatorias idiopáticas', 'miositis inflamatorias idiopáticas', 'miopatía inflamatoria', 'miopatías inflamatorias'],
    sources: [SER_RESISTANT_MYOSITIS, SVR_MYOPATHIES],
  },
  'inclusion-body-myositis': {
    names: ['miositis por cuerpos de inclusión', 'miopatía por cuerpos de inclusión', 'miositis con cuerpos de inclusión'],
    sources: [SER_RESISTANT_MYOSITIS, SVR_MYOPATHIES, AN_FAC_MED_MYOPATHIES],
  },
  'necrotizing-myopathy': {
    names: ['miopatía autoinmune necrotizante', 'miopatías autoinmunes necrotizantes'],
    sources: [AN_FAC_MED_MYOPATHIES],
  },
  'cancer-screening': { names: ['miositis asociada a cáncer', 'miositis asociada a neoplasias'], sources: [SVR_MYOPATHIES] },
  'heliotrope-rash': { names: ['halo heliotropo', 'eritema en heliotropo'], sources: [ACCESSMEDICINA_DERM, NOVARTIS_ATLAS, SHARE4RARE_JDM] },
  'gottron-papules': { names: ['pápulas de Gottron', 'pápula de Gottron', 'signo de Gottron'], sources: [NOVARTIS_ATLAS, SHARE4RARE_JDM] },
  poikiloderma: { names: ['poiquilodermia'], sources: [NOVARTIS_ATLAS] },
  'shawl-and-v-sign': { names: ['signo de las pistoleras', 'signo del chal'], sources: [ACCESSMEDICINA_DERM, NOVARTIS_ATLAS] },
  'nailfold-changes': {
    names: ['telangiectasias periungueales', 'eritema periungueal', 'capilaroscopia'],
    sources: [NOVARTIS_ATLAS, SHARE4RARE_JDM],
  },
  photosensitivity: { names: ['fotosensibilidad'], sources: [SHARE4RARE_JDM] },
  'tuberculosis-screening': {
    names: ['cribado de la tuberculosis', 'infección tuberculosa latente', 'prueba cutánea de la tuberculina'],
    sources: [PREVINFAD_TB],
  },
  shingles: { names: ['herpes zóster', 'culebrilla', 'vacuna contra el herpes zóster'], sources: [IBSALUT_ZOSTER, MURCIASALUD_ZOSTER] },
  'jak-inhibitors': { names: ['fármacos anti-JAK', 'anti-JAK'], sources: [MURCIASALUD_ZOSTER] },
  'mechanics-hands': { names: ['manos de mecánico'], sources: [ACCESSMEDICINA_DERM] },
  'raynaud-phenomenon': { names: ['fenómeno de Raynaud'], sources: [ACCESSMEDICINA_DERM] },
  calcinosis: { names: ['calcinosis universal'], sources: [ACCESSMEDICINA_DERM, REV_COL_CALCINOSIS] },
  'hair-loss': { names: ['alopecia', searchOnly('caída del pelo'), searchOnly('caída del cabello')], sources: [ACCESSMEDICINA_DERM] },
  dysphagia: { names: ['disfagia', searchOnly('molestias al deglutir')], sources: [REV_COL_IVIG, MEDISUR_CASE] },
  'interstitial-lung-disease': {
    names: ['enfermedad pulmonar intersticial', 'enfermedades pulmonares intersticiales', 'enfermedades intersticiales pulmonares', 'fibrosis pulmonar', 'neumonitis intersticial'],
    sources: [CIMA_DACORTIN, NOVARTIS_ATLAS],
  },
  'creatine-kinase': { names: ['creatina kinasa', 'fosfocreatincinasa'], sources: [REV_COL_IVIG, REV_CUBANA_CK] },
  electromyography: { names: ['electromiografía', 'electromiograma'], sources: [MEDISUR_CASE, AN_FAC_MED_MYOPATHIES] },
  'muscle-biopsy': { names: ['biopsia muscular', 'biopsias musculares'], sources: [MEDISUR_CASE] },
  'skin-biopsy': { names: ['biopsia de piel'], sources: [MEDISUR_CASE] },
  'muscle-mri': {
    names: ['resonancia magnética de músculo', 'resonancia magnética nuclear de músculo', 'resonancia magnética nuclear de músculos', 'resonancia magnética muscular'],
    sources: [REV_COL_IVIG, REV_COL_CALCINOSIS],
  },
  'myositis-associated-antibodies': { names: ['autoanticuerpos asociados a miositis'], sources: [AN_FAC_MED_MYOPATHIES] },
  'tpmt-test': { names: ['tiopurina metiltransferasa'], sources: [ACR_AZATHIOPRINE] },
  corticosteroids: {
    names: [
      'corticosteroide', 'corticosteroides', 'corticoesteroide', 'corticoesteroides', 'corticoide', 'corticoides',
      'glucocorticoide', 'glucocorticoides', 'esteroide', 'esteroides', 'cortisona',
    ],
    sources: [CIMA_DACORTIN, SER_RESISTANT_MYOSITIS, REV_COL_IVIG, SARE_METHOTREXATE],
  },
  prednisone: { names: ['prednisona', 'Dacortín'], sources: [CIMA_DACORTIN] },
  prednisolone: { names: ['prednisolona'], sources: [CINCINNATI_STEROIDS] },
  methylprednisolone: { names: ['metilprednisolona'], sources: [CINCINNATI_STEROIDS] },
  immunosuppressant: {
    names: ['inmunosupresor', 'inmunosupresores', 'inmunosupresora', 'fármaco inmunosupresor', 'fármacos inmunosupresores', 'medicamento inmunosupresor'],
    sources: [SALUDEMIA_AZA, SER_RESISTANT_MYOSITIS],
  },
  immunomodulators: { names: ['inmunomodulador', 'inmunomoduladores', 'fármacos inmunomoduladores'], sources: [SVR_IMMUNOMODULATORS] },
  'corticosteroid-sparing-agent': {
    names: ['agente ahorrador de corticoesteroides', 'ahorrador de corticoesteroides'],
    sources: [SVR_IMMUNOMODULATORS],
  },
  'off-label-use': { names: ['uso fuera de indicación', 'usos fuera de indicación'], sources: [SVR_IMMUNOMODULATORS] },
  azathioprine: { names: ['azatioprina'], sources: [ACR_AZATHIOPRINE, SALUDEMIA_AZA] },
  methotrexate: { names: ['metotrexato', 'metotrexato sódico'], sources: [SARE_METHOTREXATE, SVR_IMMUNOMODULATORS] },
  'folic-acid': { names: ['ácido fólico'], sources: [SARE_METHOTREXATE] },
  leucovorin: { names: ['ácido folínico'], sources: [SVR_IMMUNOMODULATORS] },
  hydroxychloroquine: { names: ['hidroxicloroquina', 'sulfato de hidroxicloroquina', 'Dolquine'], sources: [CIMA_DOLQUINE] },
  chloroquine: { names: ['cloroquina'], sources: [CIMA_DOLQUINE] },
  mycophenolate: {
    names: ['micofenolato', 'micofenolato mofetilo', 'micofenolato mofetil'],
    sources: [CIMA_CELLCEPT, STJUDE_MMF],
  },
  cyclosporine: { names: ['ciclosporina', 'ciclosporina A'], sources: [CIMA_CELLCEPT, SER_RESISTANT_MYOSITIS] },
  tacrolimus: { names: ['tacrólimus'], sources: [TACROLIMUS_LEAFLET] },
  cyclophosphamide: { names: ['ciclofosfamida'], sources: [SER_RESISTANT_MYOSITIS, REV_COL_IVIG] },
  ivig: {
    names: [
      'inmunoglobulina intravenosa', 'inmunoglobulinas intravenosas', 'inmunoglobulina por vía intravenosa',
      'inmunoglobulina humana normal', 'inmunoglobulinas humanas normales', 'gammaglobulina intravenosa', exactCase('IgIV'),
    ],
    sources: [PRIVIGEN_LEAFLET, SER_RESISTANT_MYOSITIS, REV_COL_IVIG],
  },
  hypogammaglobulinemia: { names: ['hipogammaglobulinemia'], sources: [PRIVIGEN_SHEET] },
  'rheumatoid-arthritis': { names: ['artritis reumatoide'], sources: [CIMA_DOLQUINE] },
  rheumatologist: { names: ['reumatólogo', 'reumatóloga', searchOnly('reumatología')], sources: [REV_COL_IVIG] },
  'bone-protection-on-steroids': {
    names: ['osteoporosis inducida por glucocorticoides', 'osteoporosis inducida por corticoides'],
    sources: [REUMATOL_CLIN_GIOP],
  },
  bisphosphonates: { names: ['bisfosfonato', 'bisfosfonatos'], sources: [REUMATOL_CLIN_GIOP] },
  osteoporosis: { names: ['fractura por fragilidad', 'fracturas por fragilidad'], sources: [MEXICO_OSTEOPOROSIS] },
  'calcium-and-vitamin-d': { names: ['calcio y vitamina D', searchOnly('vitamina D')], sources: [GASTROLAT_OSTEOPOROSIS] },
  'hepatitis-b-screening': {
    names: ['reactivación del virus de la hepatitis B', 'reactivación de la hepatitis B'],
    sources: [GASTROHEP_HBV],
  },
  'live-vaccines': {
    names: ['vacuna de patógenos vivos', 'vacunas de patógenos vivos', searchOnly('vacuna viva'), searchOnly('vacunas vivas')],
    sources: [ACCESSMEDICINA_VACCINES],
  },
  'infection-risk': {
    names: ['inmunocomprometido', 'inmunocomprometida', 'inmunocomprometidos', 'inmunocomprometidas', 'inmunodeprimido', 'inmunodeprimida'],
    sources: [ACCESSMEDICINA_VACCINES, IBSALUT_ZOSTER],
  },
  'adrenal-insufficiency': { names: ['insuficiencia adrenal'], sources: [CIMA_DACORTIN] },
  'low-blood-counts': { names: ['depresión de la médula ósea'], sources: [SALUDEMIA_AZA] },
  contractures: { names: ['contractura muscular', 'contracturas musculares'], sources: [EMPENDIUM_PM_DM] },
  'proximal-muscle-weakness': { names: [searchOnly('debilidad muscular')], sources: [MEDISUR_CASE] },
  'clinical-trial': { names: ['ensayo clínico', 'ensayos clínicos'], sources: [SER_RESISTANT_MYOSITIS] },
};
