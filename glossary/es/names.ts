/**
 * Spanish names of glossary entries, as a layer of its own keyed by entry id:
 * the entries stay English (they are reviewed content), and these names are
 * painted only on Spanish pages (see glossary/es/page-names.ts) and found by
 * the Spanish search. Every name was read in the Spanish source listed with it
 * (patient leaflets and technical sheets in CIMA, the Spanish drug agency's
 * register; rheumatology society pages and journals; Spanish medical texts).
 *
 * Rules the tests hold (tests/unit/spanish-names.test.ts): every id is an
 * entry; every source passes the cards' host allow-list (glossary/source-policy.ts)
 * and is the publisher's own page over https, never a copy on a
 * document-sharing site (studylib, fdocuments...); no painted single word is an
 * everyday Spanish word; no name belongs to two entries. Plurals in -s/-es and hyphen or space variants match by
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
  publisher: 'AEMPS, CIMA',
  title: 'Privigen 100 mg/ml solución para perfusión (inmunoglobulina humana normal): prospecto',
  url: 'https://www.aemps.gob.es/cima/pdfs/es/p/08446004/08446004_p.pdf',
};
const PRIVIGEN_SHEET: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Privigen 100 mg/ml solución para perfusión (inmunoglobulina humana normal): ficha técnica',
  url: 'https://www.aemps.gob.es/cima/pdfs/es/ft/08446004/08446004_ft.pdf',
};
const TACROLIMUS_LEAFLET: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Prograf 1 mg cápsulas duras (tacrólimus): prospecto',
  url: 'https://cima.aemps.es/cima/dochtml/p/61006/P_61006.html',
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
const SARE_METHOTREXATE: Source = {
  publisher: 'SARE (sociedad de reumatología)',
  title: 'Metotrexato',
  url: 'https://sare.org.es/?p=32891',
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
  publisher: 'Revista Med (Universidad Militar Nueva Granada), SciELO Colombia',
  title: 'Indicaciones y utilidad de la inmunoglobulina por vía intravenosa en el manejo de polimiositis refractaria (resumen)',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_abstract&pid=S0121-52562010000200011&lng=en&nrm=iso&tlng=es',
};
const REV_COL_CALCINOSIS: Source = {
  publisher: 'Revista Colombiana de Reumatología',
  title: 'Dermatomiositis hipomiopática y calcinosis universal: reporte de caso',
  url: 'https://elsevier.es/es-revista-revista-colombiana-reumatologia-374-articulo-dermatomiositis-hipomiopatica-calcinosis-universal-reporte-S0121812314701549',
};
const REV_CUBANA_CK: Source = {
  publisher: 'Revista Cubana de Reumatología',
  title: 'Fuerza muscular y niveles séricos de fosfocreatincinasa en pacientes con polimiositis y/o dermatomiositis',
  url: 'https://revreumatologia.sld.cu/index.php/reumatologia/article/view/263/0',
};
const REUMATOL_CLIN_GIOP: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Osteoporosis inducida por glucocorticoides: ¿qué hay de nuevo?',
  url: 'https://reumatologiaclinica.org/es-osteoporosis-inducida-por-glucocorticoides-que-articulo-13100411',
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

const REV_MED_CHILE_IIM: Source = {
  publisher: 'Revista Médica de Chile, SciELO Chile',
  title: 'Miopatías inflamatorias idiopáticas: una mirada actualizada al diagnóstico y el manejo',
  url: 'https://scielo.conicyt.cl/scielo.php?script=sci_arttext&pid=S0034-98872019000300342&lng=en&nrm=iso&tlng=en',
};
const LAS_CONDES_MYOPATHIES: Source = {
  publisher: 'Revista Médica Clínica Las Condes',
  title: 'Miopatías inflamatorias',
  url: 'https://www.elsevier.es/es-revista-revista-medica-clinica-las-condes-202-articulo-miopatias-inflamatorias-S0716864018301172',
};
const SERGAS_RESISTANT_MYOSITIS: Source = {
  publisher: 'Portal científico del Servizo Galego de Saúde (resumen de Seminarios de la Fundación Española de Reumatología)',
  title: 'Miositis resistente',
  url: 'https://portalcientifico.sergas.gal/documentos/636ef5c69d03b712f2200c71?lang=es',
};
const ACTAS_NEW_AUTOANTIBODIES: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Nuevos autoanticuerpos en la dermatomiositis',
  url: 'https://actasdermo.org/es-nuevos-autoanticuerpos-dermatomiositis-articulo-S0001731009705332',
};
const ACTAS_PARANEOPLASTIC_DM: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Dermatomiositis paraneoplásica: estudio de 12 casos',
  url: 'https://actasdermo.org/es-dermatomiositis-paraneoplasica-estudio-12-casos-articulo-S0001731013004304',
};
const ANPED_AMYOPATHIC_DM: Source = {
  publisher: 'Anales de Pediatría (Asociación Española de Pediatría)',
  title: 'Dermatomiositis clínicamente amiopática (carta científica)',
  url: 'https://analesdepediatria.org/es-dermatomiositis-clinicamente-amiopatica-con-afectacion-articulo-S1695403320305178',
};
const REV_SEP_JDM: Source = {
  publisher: 'Revista Ecuatoriana de Pediatría (Sociedad Ecuatoriana de Pediatría)',
  title: 'Dermatomiositis juvenil en paciente de 8 años, sintomatología, diagnóstico y tratamiento clínico',
  url: 'https://rev-sep.ec/index.php/johs/article/download/284/351?inline=1',
};
const ENDO_IMNM: Source = {
  publisher: 'Endocrinología, Diabetes y Nutrición',
  title: 'Miopatía inflamatoria necrosante inmunomediada. Un raro efecto secundario de las estatinas',
  url: 'https://www.elsevier.es/es-revista-endocrinologia-diabetes-nutricion-13-articulo-miopatia-inflamatoria-necrosante-inmunomediada-un-S2530016421002111',
};
const REV_COL_PULMONARY: Source = {
  publisher: 'Revista Colombiana de Reumatología, SciELO Colombia',
  title: 'Complicaciones pulmonares de las miopatías inflamatorias idiopáticas: a propósito de un caso con miopatía diafragmática',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232009000300005&lang=es',
};
const SEMERGEN_ANTISYNTHETASE: Source = {
  publisher: 'Medicina de Familia. SEMERGEN',
  title: 'Síndrome antisintetasa',
  url: 'https://elsevier.es/es-revista-medicina-familia-semergen-40-articulo-sindrome-antisintetasa-S1138359317300825',
};
const CIMA_METHYLPREDNISOLONE: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Metilprednisolona Orion 4 mg comprimidos EFG: prospecto',
  url: 'https://cima.aemps.es/cima/dochtml/p/89233/P_89233.html',
};
const CINCINNATI_STEROIDS: Source = {
  publisher: "Cincinnati Children's Hospital Medical Center (en español)",
  title: 'Prednisona, prednisolona, metilprednisolona',
  url: 'https://www.cincinnatichildrens.org/espanol/temas-de-salud/alpha/p/prednisone/',
};
const FARMHOSP_OFF_LABEL: Source = {
  publisher: 'Farmacia Hospitalaria (Sociedad Española de Farmacia Hospitalaria), SciELO España',
  title: 'Prescripción hospitalaria de medicamentos en condiciones fuera de ficha técnica',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1130-63432016000200001&lng=es&nrm=iso&tlng=es',
};
const INDEX_ENF_OFF_LABEL: Source = {
  publisher: 'Index de Enfermería, SciELO España',
  title: 'Medicamentos off-label: cuestiones terminológicas y conceptuales',
  url: 'https://scielo.isciii.es/scielo.php?lng=pt&nrm=iso&pid=S1132-12962017000300013&script=sci_abstract',
};
const MURCIASALUD_FOLINIC: Source = {
  publisher: 'MurciaSalud (Servicio Murciano de Salud), Toxiconet',
  title: 'Ácido folínico (folinato cálcico), antídoto del metotrexato',
  url: 'https://murciasalud.es/toxiconet.php?iddoc=165049&idsec=4014',
};
const ACCESSMEDICINA_FOLINIC: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Ácido folínico: propiedades farmacológicas',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=1552&sectionid=90366758',
};
const REUMATOL_CLIN_CALCIUM_D: Source = {
  publisher: 'Reumatología Clínica (Sociedad Española de Reumatología)',
  title: 'Suplementos de calcio y vitamina D en la osteoporosis',
  url: 'https://reumatologiaclinica.org/es-suplementos-calcio-vitamina-d-para-articulo-S1699258X11001422',
};
const STJUDE_DAPSONE: Source = {
  publisher: "St. Jude Children's Research Hospital",
  title: 'Dapsona',
  url: 'https://stjude.org/es/cuidado-tratamiento/medicacion-del-paciente/dapsona.html',
};

const PMC_ANTI_MDA5: Source = {
  publisher: 'PubMed Central (NIH), resumen en español',
  title: 'Dermatomiositis positiva contra el gen 5 asociado a la diferenciación de melanoma (DM anti-MDA5)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10395958',
};
const DCMQ_ANTI_MDA5: Source = {
  publisher: 'Dermatología Cosmética, Médica y Quirúrgica',
  title: 'Serie de casos de dermatomiositis anti-MDA5',
  url: 'https://dcmq.com.mx/161-edici%C3%B3n-abril-junio-2024-volumen-22-n%C3%BAmero-2/1091-serie-de-casos-de-dermatomiositis-anti-mda5.html',
};
const VOZANDES_ANTISYNTHETASE: Source = {
  publisher: 'Revista Médica Vozandes',
  title: 'Síndrome antisintetasa sin características miopáticas, un desafío clínico: reporte de caso',
  url: 'https://revistamedicavozandes.com/wp-content/uploads/2023/01/03_RC1.html',
};
const REV_COL_ANTISYNTHETASE: Source = {
  publisher: 'Revista Colombiana de Reumatología, SciELO Colombia',
  title: 'Enfermedad pulmonar intersticial como manifestación inicial de síndrome antisintetasa',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232010000400008&lng=en&nrm=iso',
};
const AEMPS_MASDIL: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Masdil 60 mg comprimidos (diltiazem hidrocloruro): prospecto',
  url: 'https://www.aemps.gob.es/cima/dochtml/p/55285/Prospecto_55285.html',
};
const RESPIRAR_IPF: Source = {
  publisher: 'Respirar (Asociación Latinoamericana de Tórax)',
  title: 'Resultados de eficacia y tolerancia del tratamiento de la fibrosis pulmonar idiopática. Experiencia en vida real',
  url: 'https://respirar.alatorax.org/index.php/respirar/article/download/147/129?inline=1',
};
const KP_RHABDOMYOLYSIS: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Rabdomiólisis',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.rabdomi%C3%B3lisis.tm6355',
};
const CUN_ANA: Source = {
  publisher: 'Clínica Universidad de Navarra, diccionario médico',
  title: 'Anticuerpos antinucleares (ANA)',
  url: 'https://cun.es/diccionario-medico/terminos/anticuerpos-antinucleares-ana',
};
const LRA_ANA_TEST: Source = {
  publisher: 'Lupus Research Alliance (en español)',
  title: 'Prueba de ANA',
  url: 'https://www.lupusresearch.org/en-espanol/diagnostico-y-tratamiento/ana-testing-en-espanol/',
};
const LABTESTS_CBC: Source = {
  publisher: 'Lab Tests Online España (revisado por especialistas del laboratorio clínico)',
  title: 'Hemograma',
  url: 'https://www.labtestsonline.es/tests/hemograma',
};
const CUN_APHERESIS: Source = {
  publisher: 'Clínica Universidad de Navarra, diccionario médico',
  title: 'Aféresis',
  url: 'https://www.cun.es/es_EC/diccionario-medico/terminos/aferesis',
};
const OFIL_INFUSION_REACTION: Source = {
  publisher: 'Revista de la OFIL (Organización de Farmacéuticos Ibero-Latinoamericanos)',
  title: 'Factores predictores de reacción infusional tras administración de rituximab',
  url: 'https://www.ilaphar.org/factores-predictores-de-reaccion-infusional-tras-administracion-de-rituximab/',
};
const STJUDE_TOGETHER_DAPSONE: Source = {
  publisher: "St. Jude Children's Research Hospital (Together)",
  title: 'Dapsona',
  url: 'https://together.stjude.org/es-us/treatment-tests-procedures/medicines-list/dapsone.html',
};
const ACR_RITUXIMAB: Source = {
  publisher: 'American College of Rheumatology',
  title: 'Rituximab (Rituxan y MabThera) Español',
  url: 'https://rheumatology.org/patients/rituximab-rituxan-y-mabthera-espanol',
};
const FARMHOSP_JAK: Source = {
  publisher: 'Farmacia Hospitalaria (Sociedad Española de Farmacia Hospitalaria), SciELO España',
  title: 'Baricitinib y tofacitinib en pacientes con artritis reumatoide: resultados de práctica clínica habitual',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S1130-63432021000400003&lng=en&nrm=iso&tlng=es',
};
const ACTAPED_DM: Source = {
  publisher: 'Acta Pediátrica Española',
  title: 'Lesiones cutáneas y debilidad muscular en una niña de 11 años de edad',
  url: 'https://actapediatrica.com/index.php/secciones/dermatologia-pediatrica/652-lesiones-cut%C3%A1neas-y-debilidad-muscular-en-una-ni%C3%B1a-de-11-a%C3%B1os-de-edad',
};

const CUN_ASEPTIC_MENINGITIS: Source = {
  publisher: 'Clínica Universidad de Navarra, diccionario médico',
  title: 'Meningitis aséptica',
  url: 'https://cun.es/diccionario-medico/terminos/meningitis-aseptica',
};
const KP_AVASCULAR_NECROSIS: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Necrosis avascular (osteonecrosis)',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.necrosis-avascular-osteonecrosis.tv7925',
};
const KP_SCLERODERMA: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Esclerodermia',
  url: 'https://espanol.kaiserpermanente.org/es/colorado/health-wellness/health-encyclopedia/he.sts14277',
};
const NIH_SCLERODERMA: Source = {
  publisher: 'NIH, Institutos Nacionales de la Salud (en español)',
  title: 'La esclerodermia afecta la piel y mucho más',
  url: 'https://salud.nih.gov/node/4766',
};
const REVCLINESP_VTE: Source = {
  publisher: 'Revista Clínica Española (Sociedad Española de Medicina Interna)',
  title: 'La profilaxis de la enfermedad tromboembólica venosa en el paciente médico',
  url: 'https://revclinesp.es/es-la-profilaxis-enfermedad-tromboembolica-venosa-articulo-S0014256520302095',
};
const CHILDRENSMN_CUSHING: Source = {
  publisher: "Children's Minnesota",
  title: 'Síndrome de Cushing',
  url: 'https://www.childrensmn.org/educationmaterials/parents/article/18088/sindrome-de-cushing/',
};
const MEDLINEPLUS_TROPONIN: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Prueba de troponina',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/prueba-de-troponina/',
};
const SEMERGEN_ONJ: Source = {
  publisher: 'Medicina de Familia. SEMERGEN',
  title: 'Osteonecrosis de los maxilares relacionada con el tratamiento con bifosfonatos',
  url: 'https://elsevier.es/es-revista-medicina-familia-semergen-40-articulo-osteonecrosis-maxilares-relacionada-con-el-S1138359313001305',
};
const MEDLINEPLUS_TUMOR_MARKERS: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Marcadores tumorales',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/marcadores-tumorales/',
};
const MEDLINEPLUS_DYSPHAGIA_TESTS: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Pruebas de disfagia',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/pruebas-de-disfagia/',
};
const MEDLINEPLUS_UPPER_GI: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Tránsito esofagogastroduodenal',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/transito-esofagogastroduodenal',
};
const MEDLINEPLUS_LIVER_TESTS: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Pruebas funcionales hepáticas',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/pruebas-funcionales-hepaticas/',
};
const SALUDIGESTIVO_TRANSAMINASES: Source = {
  publisher: 'Saludigestivo (Fundación Española del Aparato Digestivo), diccionario',
  title: 'Transaminasas',
  url: 'https://saludigestivo.es/diccionario-saludigestivo/transaminasas',
};
const KP_LUNG_FUNCTION: Source = {
  publisher: 'Kaiser Permanente (enciclopedia de salud en español)',
  title: 'Pruebas de funcionamiento pulmonar',
  url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.zd1416',
};
const MERCK_TUBE_FEEDING: Source = {
  publisher: 'Manual Merck (MSD), versión para el público general',
  title: 'Alimentación por sonda',
  url: 'https://merckmanuals.com/es-us/hogar/trastornos-nutricionales/apoyo-nutricional/alimentaci%C3%B3n-por-sonda',
};
const REV_COL_JDM_CALCINOSIS: Source = {
  publisher: 'Revista Colombiana de Reumatología, SciELO Colombia',
  title: 'Calcinosis universalis en dermatomiositis infantil: reporte de caso',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232008000200007&lang=es',
};

const REV_PARAG_REUMATOL_HCQ: Source = {
  publisher: 'Revista Paraguaya de Reumatología, SciELO Paraguay',
  title: 'Toxicidad ocular por hidroxicloroquina',
  url: 'https://scielo.iics.una.py/scielo.php?script=sci_arttext&pid=S2413-43412019000200063&lng=es&nrm=iso&tlng=es',
};
const MSD_PNEUMOCOCCAL_VACCINE: Source = {
  publisher: 'Manual MSD, versión para el público general',
  title: 'Vacuna contra el neumococo',
  url: 'https://www.msdmanuals.com/es/hogar/infecciones/inmunizaci%C3%B3n-vacunaci%C3%B3n/vacuna-contra-el-neumococo',
};
const MERCK_PNEUMOCOCCAL_VACCINE: Source = {
  publisher: 'Manual Merck (MSD), versión para profesionales',
  title: 'Vacuna contra el neumococo',
  url: 'https://www.merckmanuals.com/es-us/professional/enfermedades-infecciosas/vacunaci%C3%B3n/vacuna-contra-el-neumococo',
};
const REV_ESP_ENFERM_DIG_PPI: Source = {
  publisher: 'Revista Española de Enfermedades Digestivas, SciELO España',
  title: 'Consideraciones prácticas en el manejo de los inhibidores de la bomba de protones',
  url: 'https://scielo.isciii.es/scielo.php?lng=es&nrm=iso&pid=S1130-01082016000300007&script=sci_arttext&tlng=es',
};

const MEDLINEPLUS_ASPIRATION_PNEUMONIA: Source = {
  publisher: 'MedlinePlus en español (NLM), enciclopedia médica',
  title: 'Neumonía por aspiración',
  url: 'https://medlineplus.gov/spanish/ency/article/000121.htm',
};
const MAYO_MYOCARDITIS: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Miocarditis: síntomas y causas',
  url: 'https://www.mayoclinic.org/es-es/diseases-conditions/myocarditis/symptoms-causes/syc-20352539',
};
const GASTROHEP_HEPATOTOXICITY: Source = {
  publisher: 'Gastroenterología y Hepatología',
  title: 'Hepatotoxicidad secundaria a fármacos de uso común',
  url: 'https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-hepatotoxicidad-secundaria-farmacos-uso-comun-13079002',
};
const MEDLINEPLUS_DILI: Source = {
  publisher: 'MedlinePlus en español (NLM), enciclopedia médica',
  title: 'Daño hepático inducido por medicamentos',
  url: 'https://medlineplus.gov/spanish/ency/article/000226.htm',
};

const SEMINARIOS_FER_HYPERGLYCEMIA: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Hiperglucemia inducida por glucocorticoides',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-hiperglucemia-inducida-por-glucocorticoides-S1577356611000480',
};
const LFA_PHOTOSENSITIVITY: Source = {
  publisher: 'Lupus Foundation of America (en español)',
  title: '¿Qué es la fotosensibilidad?',
  url: 'https://www.lupus.org/es/resources/que-es-la-fotosensibilidad',
};

const SEMINARIOS_FER_STEROID_MYOPATHY: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Miopatía esteroidea',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miopatia-esteroidea-13129343',
};
const LILACS_STEROID_CATARACT_GLAUCOMA: Source = {
  publisher: 'LILACS, Biblioteca Virtual en Salud (BIREME/OPS): Revista Mexicana de Reumatología',
  title: 'Catarata y glaucoma secundarios a glucocorticoides',
  url: 'https://fi-view.bvsalud.org/lilacs/biblio/resource/?id=biblioref.referenceanalytic.608023',
};

const LFA_LUPUS_MEMORY: Source = {
  publisher: 'Lupus Foundation of America (en español)',
  title: 'Cómo el lupus afecta la memoria',
  url: 'https://lupus.org/es/midwest/resources/como-el-lupus-afecta-la-memoria',
};
const CLC_DYSPHAGIA_SPEECH_THERAPY: Source = {
  publisher: 'Col·legi de Logopedes de Catalunya',
  title: 'Disfagia orofaríngea: orientación interdisciplinar',
  url: 'https://www.clc.cat/es/libro/orientacion-interdisciplinar-5',
};
const NUTR_HOSP_TEXTURE_DIET: Source = {
  publisher: 'Nutrición Hospitalaria (SENPE), SciELO España',
  title: 'Menú de textura modificada y su utilidad en pacientes con situaciones de riesgo nutricional',
  url: 'https://scielo.isciii.es/scielo.php?script=sci_arttext&pid=S0212-16112014000400006&lng=en&nrm=iso',
};

const MEDLINEPLUS_PET: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Tomografía por emisión de positrones',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/tomografia-por-emision-de-positrones/',
};
const MEDLINEPLUS_RUXOLITINIB: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Ruxolitinib',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a612006-es.html',
};
const SEC_CARDIAC_MRI: Source = {
  publisher: 'Sociedad Española de Cardiología',
  title: 'Resonancia magnética cardiaca en la miocarditis aguda',
  url: 'https://secardiologia.es/etiquetas/ana-de-la-fuente-villena',
};
const RADIOLOGIA_MYOCARDITIS_MRI: Source = {
  publisher: 'Radiología (Sociedad Española de Radiología Médica)',
  title: 'Miocarditis: diagnóstico y seguimiento con resonancia magnética',
  url: 'https://elsevier.es/es-revista-radiologia-119-articulo-miocarditis-diagnostico-seguimiento-con-resonancia-S0033833812002093',
};
const SINERGIA_PARANEOPLASTIC_DM: Source = {
  publisher: 'Revista Médica Sinergia',
  title: 'Dermatomiositis como síndrome paraneoplásico',
  url: 'https://revistamedicasinergia.com/index.php/rms/article/download/534/903?inline=1',
};

const ACTAS_QUINACRINE: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Aspectos prácticos de la quinacrina como tratamiento del lupus eritematoso cutáneo: serie de casos',
  url: 'https://actasdermo.org/es-aspectos-practicos-quinacrina-como-tratamiento-articulo-S0001731009000039',
};

const FARMHOSP_PREGNANCY: Source = {
  publisher: 'Farmacia Hospitalaria (Sociedad Española de Farmacia Hospitalaria)',
  title: 'Medicamentos inmunosupresores y biológicos en el embarazo, la lactancia y la fertilidad',
  url: 'https://www.revistafarmaciahospitalaria.es/es-medicamentos-inmunosupresores-biologicos-el-embarazo-articulo-S1130634322000149',
};

const FARMHOSP_THIOSULFATE: Source = {
  publisher: 'Farmacia Hospitalaria (Sociedad Española de Farmacia Hospitalaria)',
  title: 'Análisis retrospectivo multicéntrico del tiosulfato sódico como tratamiento de la calcifilaxis no urémica',
  url: 'https://www.revistafarmaciahospitalaria.es/en-analisis-retrospectivo-multicentrico-del-tiosulfato-articulo-S1130634325000406',
};
const NEFROLOGIA_THIOSULFATE: Source = {
  publisher: 'Nefrología (Sociedad Española de Nefrología)',
  title: 'Tratamiento con tiosulfato de sodio tópico en calcifilaxia de paciente con trasplante renal activo',
  url: 'https://revistanefrologia.com/es-tratamiento-con-tiosulfato-sodio-topico-articulo-S0211699516300674',
};
const HIZENTRA_SHEET: Source = {
  publisher: 'AEMPS, CIMA',
  title: 'Hizentra 200 mg/ml solución para inyección subcutánea (inmunoglobulina humana normal, IgSC): ficha técnica',
  url: 'https://www.aemps.gob.es/cima/pdfs/es/ft/11687005/11687005_ft.pdf',
};

const PREVINFAD_TB: Source = {
  publisher: 'PrevInfad (Asociación Española de Pediatría de Atención Primaria)',
  title: 'Cribado de la tuberculosis',
  url: 'https://previnfad.aepap.org/monografia/tuberculosis',
};
const MURCIASALUD_ZOSTER: Source = {
  publisher: 'MurciaSalud (Servicio Murciano de Salud)',
  title: 'Herpes zóster: preguntas frecuentes para ciudadanos',
  url: 'https://murciasalud.es/web/vacunacion/-/herpes-z%C3%B3ster-fac-para-ciudadanos',
};

const ACTAS_DM_20_PATIENTS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Dermatomiositis: estudio y seguimiento de 20 pacientes',
  url: 'https://actasdermo.org/es-dermatomiositis-estudio-seguimiento-20-pacientes-articulo-S0001731011000408',
};
const REV_COL_CAPILLAROSCOPY: Source = {
  publisher: 'Revista Colombiana de Reumatología, SciELO Colombia',
  title: 'El papel de la capilaroscopia del lecho ungueal en reumatología',
  url: 'https://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-81232008000300005&lng=en&nrm=iso&tlng=es',
};
const MEDLINEPLUS_ZOSTER_VACCINE: Source = {
  publisher: 'MedlinePlus en español (NLM)',
  title: 'Vacuna contra el zóster (culebrilla) recombinante',
  url: 'https://medlineplus.gov/spanish/druginfo/meds/a618023-es.html',
};
const MEDLINEPLUS_PML: Source = {
  publisher: 'MedlinePlus en español (NLM), enciclopedia médica',
  title: 'Leucoencefalopatía multifocal progresiva',
  url: 'https://medlineplus.gov/spanish/ency/article/000674.htm',
};
const MEDLINEPLUS_ITCHING: Source = {
  publisher: 'MedlinePlus en español (NLM), enciclopedia médica',
  title: 'Prurito',
  url: 'https://medlineplus.gov/spanish/ency/article/003217.htm',
};
const ROMM_FRAGILITY_FRACTURES: Source = {
  publisher: 'Revista de Osteoporosis y Metabolismo Mineral (SEIOMM), SciELO España',
  title: 'Recomendaciones conjuntas sobre el manejo del paciente con osteoporosis y/o fracturas por fragilidad durante y después de la pandemia por COVID-19',
  url: 'https://scielo.isciii.es/scielo.php?pid=S1889-836X2022000200002&script=sci_arttext',
};

const searchOnly = (text: string): Alias => ({ text, searchOnly: true });
const exactCase = (text: string): Alias => ({ text, caseSensitive: true });

export const SPANISH_NAMES: Readonly<Record<string, SpanishNames>> = {
  dermatomyositis: { names: ['dermatomiositis'], sources: [SER_RESISTANT_MYOSITIS] },
  'juvenile-dermatomyositis': {
    names: ['dermatomiositis juvenil', 'DM juvenil', 'dermatomiositis infantil', exactCase('DMJ')],
    sources: [SERGAS_RESISTANT_MYOSITIS, REV_SEP_JDM, REV_COL_JDM_CALCINOSIS],
  },
  'amyopathic-dermatomyositis': {
    names: ['dermatomiositis amiopática', 'dermatomiositis clínicamente amiopática', 'DM amiopática', 'dermatomiositis hipomiopática'],
    sources: [ANPED_AMYOPATHIC_DM, ACTAS_PARANEOPLASTIC_DM, REV_COL_CALCINOSIS],
  },
  polymyositis: { names: ['polimiositis'], sources: [SER_RESISTANT_MYOSITIS] },
  myositis: {
    names: ['miositis', 'miopatía inflamatoria idiopática', 'miopatías inflamatorias idiopáticas', 'miositis inflamatorias idiopáticas', 'miopatía inflamatoria', 'miopatías inflamatorias'],
    sources: [SER_RESISTANT_MYOSITIS, SERGAS_RESISTANT_MYOSITIS, LAS_CONDES_MYOPATHIES, REV_MED_CHILE_IIM],
  },
  'inclusion-body-myositis': {
    names: ['miositis por cuerpos de inclusión'],
    sources: [SER_RESISTANT_MYOSITIS, LAS_CONDES_MYOPATHIES, REV_MED_CHILE_IIM, REV_COL_PULMONARY],
  },
  'necrotizing-myopathy': {
    names: ['miopatía necrotizante inmunomediada', 'miopatía inflamatoria necrosante inmunomediada'],
    sources: [REV_MED_CHILE_IIM, ENDO_IMNM],
  },
  'cancer-screening': {
    names: ['dermatomiositis asociada a cáncer', 'dermatomiositis paraneoplásica', 'dermatomiositis paraneoplásicas'],
    sources: [ACTAS_NEW_AUTOANTIBODIES, ACTAS_PARANEOPLASTIC_DM],
  },
  'heliotrope-rash': { names: ['halo heliotropo', 'eritema en heliotropo'], sources: [ACCESSMEDICINA_DERM, ACTAS_DM_20_PATIENTS] },
  'gottron-papules': { names: ['pápulas de Gottron', 'pápula de Gottron'], sources: [ACTAS_DM_20_PATIENTS] },
  'shawl-and-v-sign': { names: ['signo de las pistoleras'], sources: [ACCESSMEDICINA_DERM] },
  'nailfold-changes': {
    names: ['eritema periungueal', 'capilaroscopia'],
    sources: [ACTAS_DM_20_PATIENTS, REV_COL_CAPILLAROSCOPY],
  },
  photosensitivity: { names: ['fotosensibilidad'], sources: [LFA_PHOTOSENSITIVITY] },
  'tuberculosis-screening': {
    names: ['cribado de la tuberculosis', 'infección tuberculosa latente', 'prueba cutánea de la tuberculina'],
    sources: [PREVINFAD_TB],
  },
  shingles: { names: ['herpes zóster', 'culebrilla', 'vacuna contra el herpes zóster'], sources: [MEDLINEPLUS_ZOSTER_VACCINE, MURCIASALUD_ZOSTER] },
  'jak-inhibitors': { names: ['fármacos anti-JAK', 'anti-JAK'], sources: [MURCIASALUD_ZOSTER] },
  'mechanics-hands': { names: ['manos de mecánico'], sources: [ACCESSMEDICINA_DERM] },
  'raynaud-phenomenon': { names: ['fenómeno de Raynaud'], sources: [ACCESSMEDICINA_DERM] },
  calcinosis: { names: ['calcinosis universal'], sources: [ACCESSMEDICINA_DERM, REV_COL_CALCINOSIS] },
  'hair-loss': { names: ['alopecia', searchOnly('caída del pelo'), searchOnly('caída del cabello')], sources: [ACCESSMEDICINA_DERM] },
  dysphagia: { names: ['disfagia'], sources: [REV_COL_IVIG, ACTAS_PARANEOPLASTIC_DM] },
  'interstitial-lung-disease': {
    names: ['enfermedad pulmonar intersticial', 'enfermedades pulmonares intersticiales', 'enfermedades intersticiales pulmonares', 'fibrosis pulmonar', 'neumonitis intersticial'],
    sources: [CIMA_DACORTIN],
  },
  'creatine-kinase': { names: ['creatina kinasa', 'fosfocreatincinasa'], sources: [REV_COL_IVIG, REV_CUBANA_CK] },
  electromyography: { names: ['electromiografía'], sources: [REV_MED_CHILE_IIM] },
  'muscle-biopsy': { names: ['biopsia muscular', 'biopsias musculares'], sources: [REV_MED_CHILE_IIM] },
  'skin-biopsy': { names: ['biopsia de piel'], sources: [SEMERGEN_ANTISYNTHETASE] },
  'muscle-mri': {
    names: ['resonancia magnética de músculo', 'resonancia magnética nuclear de músculo', 'resonancia magnética nuclear de músculos', 'resonancia magnética muscular'],
    sources: [REV_COL_IVIG, REV_COL_CALCINOSIS],
  },
  'myositis-associated-antibodies': { names: ['anticuerpos asociados a miositis'], sources: [ACTAS_NEW_AUTOANTIBODIES] },
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
  methylprednisolone: { names: ['metilprednisolona'], sources: [CIMA_METHYLPREDNISOLONE] },
  immunosuppressant: {
    names: ['inmunosupresor', 'inmunosupresores', 'inmunosupresora', 'fármaco inmunosupresor', 'fármacos inmunosupresores', 'medicamento inmunosupresor'],
    sources: [SER_RESISTANT_MYOSITIS, REV_COL_IVIG],
  },
  immunomodulators: { names: ['inmunomodulador', 'inmunomoduladores', 'fármacos inmunomoduladores'], sources: [REV_COL_IVIG, REV_MED_CHILE_IIM] },

  'off-label-use': {
    names: ['fuera de ficha técnica', 'uso fuera de ficha técnica', 'usos fuera de ficha técnica'],
    sources: [FARMHOSP_OFF_LABEL, INDEX_ENF_OFF_LABEL],
  },
  azathioprine: { names: ['azatioprina'], sources: [ACR_AZATHIOPRINE] },
  methotrexate: { names: ['metotrexato', 'metotrexato sódico'], sources: [SARE_METHOTREXATE] },
  'folic-acid': { names: ['ácido fólico'], sources: [SARE_METHOTREXATE] },
  leucovorin: { names: ['ácido folínico', 'folinato cálcico', 'leucovorín', 'Lederfolin'], sources: [MURCIASALUD_FOLINIC, ACCESSMEDICINA_FOLINIC] },
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
  rheumatologist: { names: ['reumatólogo', 'reumatóloga', searchOnly('reumatología')], sources: [REV_COL_PULMONARY] },
  'bone-protection-on-steroids': {
    names: ['osteoporosis inducida por glucocorticoides', 'osteoporosis inducida por corticoides'],
    sources: [REUMATOL_CLIN_GIOP],
  },
  bisphosphonates: { names: ['bisfosfonato', 'bisfosfonatos'], sources: [REUMATOL_CLIN_GIOP] },
  osteoporosis: { names: ['fractura por fragilidad', 'fracturas por fragilidad'], sources: [ROMM_FRAGILITY_FRACTURES] },
  'calcium-and-vitamin-d': {
    names: ['calcio y vitamina D', 'suplementos de calcio y vitamina D', searchOnly('vitamina D')],
    sources: [REUMATOL_CLIN_CALCIUM_D],
  },
  'hepatitis-b-screening': {
    names: ['reactivación del virus de la hepatitis B', 'reactivación de la hepatitis B'],
    sources: [GASTROHEP_HBV],
  },
  'live-vaccines': {
    names: ['vacuna de patógenos vivos', 'vacunas de patógenos vivos', searchOnly('vacuna viva'), searchOnly('vacunas vivas')],
    sources: [ACCESSMEDICINA_VACCINES],
  },
  'infection-risk': {
    names: ['inmunocomprometido', 'inmunocomprometida', 'inmunocomprometidos', 'inmunocomprometidas'],
    sources: [ACCESSMEDICINA_VACCINES],
  },
  'adrenal-insufficiency': { names: ['insuficiencia adrenal'], sources: [CIMA_DACORTIN] },
  'low-blood-counts': { names: ['recuentos sanguíneos bajos'], sources: [STJUDE_DAPSONE] },
  'proximal-muscle-weakness': { names: [searchOnly('debilidad muscular')], sources: [REV_CUBANA_CK, SER_RESISTANT_MYOSITIS] },
  'clinical-trial': { names: ['ensayo clínico', 'ensayos clínicos'], sources: [SER_RESISTANT_MYOSITIS] },
  // Tests.
  'myositis-specific-antibodies': {
    names: ['anticuerpos específicos de miositis', 'anticuerpo específico de miositis', 'autoanticuerpos específicos de miositis'],
    sources: [ACTAS_NEW_AUTOANTIBODIES, PMC_ANTI_MDA5],
  },
  'anti-mda5': {
    names: ['anticuerpo anti-MDA5', 'anticuerpos anti-MDA5', 'dermatomiositis anti-MDA5', 'DM anti-MDA5'],
    sources: [PMC_ANTI_MDA5, ANPED_AMYOPATHIC_DM, DCMQ_ANTI_MDA5],
  },
  'anti-synthetase-antibodies': {
    names: ['anticuerpos antisintetasa', 'anticuerpo antisintetasa', 'anticuerpos anti-Jo-1', 'anticuerpos anti-Jo'],
    sources: [VOZANDES_ANTISYNTHETASE, SEMERGEN_ANTISYNTHETASE, SERGAS_RESISTANT_MYOSITIS],
  },
  aldolase: { names: ['aldolasa', 'aldolasa sérica'], sources: [SEMERGEN_ANTISYNTHETASE, KP_RHABDOMYOLYSIS] },
  'antinuclear-antibody': {
    names: ['anticuerpos antinucleares', 'anticuerpo antinuclear', 'prueba de ANA'],
    sources: [CUN_ANA, LRA_ANA_TEST, SEMERGEN_ANTISYNTHETASE],
  },
  myoglobin: { names: ['mioglobina'], sources: [KP_RHABDOMYOLYSIS] },
  ferritin: { names: ['ferritina'], sources: [ANPED_AMYOPATHIC_DM] },
  'complete-blood-count': { names: ['hemograma', 'conteo sanguíneo completo'], sources: [LABTESTS_CBC, LRA_ANA_TEST] },
  'pulmonary-function-tests': {
    names: ['espirometría', 'espirometría forzada', 'pruebas de funcionamiento pulmonar', 'pruebas funcionales respiratorias', 'pruebas de difusión de gases'],
    sources: [ANPED_AMYOPATHIC_DM, SEMERGEN_ANTISYNTHETASE, KP_LUNG_FUNCTION],
  },
  'high-resolution-ct': {
    names: [
      'tomografía computarizada de alta resolución', 'tomografía axial computarizada de alta resolución',
      'tomografía axial computerizada de alta resolución', exactCase('TACAR'),
    ],
    sources: [PMC_ANTI_MDA5, RESPIRAR_IPF],
  },
  // Conditions and symptoms.
  'antisynthetase-syndrome': {
    names: ['síndrome antisintetasa'],
    sources: [SEMERGEN_ANTISYNTHETASE, VOZANDES_ANTISYNTHETASE, REV_COL_ANTISYNTHETASE],
  },
  'overlap-myositis': { names: ['síndrome de solapamiento', 'síndromes de solapamiento'], sources: [ACTAS_NEW_AUTOANTIBODIES] },
  rhabdomyolysis: { names: ['rabdomiólisis'], sources: [KP_RHABDOMYOLYSIS] },
  pml: { names: ['leucoencefalopatía multifocal progresiva', exactCase('LEMP')], sources: [MEDLINEPLUS_PML] },
  lupus: { names: ['lupus eritematoso sistémico'], sources: [ACR_RITUXIMAB, LRA_ANA_TEST] },
  'skin-ulcers': { names: ['úlceras cutáneas', 'úlcera cutánea', 'ulceración cutánea'], sources: [DCMQ_ANTI_MDA5, PMC_ANTI_MDA5] },
  'g6pd-deficiency': { names: ['deficiencia de G6PD'], sources: [STJUDE_TOGETHER_DAPSONE] },
  'refractory-myositis': { names: ['miositis resistente', 'polimiositis refractaria'], sources: [SER_RESISTANT_MYOSITIS, REV_COL_IVIG] },
  // Medicines and their classes.
  rituximab: { names: ['rituximab'], sources: [ACR_RITUXIMAB] },
  tofacitinib: { names: ['tofacitinib'], sources: [FARMHOSP_JAK] },
  baricitinib: { names: ['baricitinib'], sources: [FARMHOSP_JAK] },
  ruxolitinib: { names: ['ruxolitinib'], sources: [MEDLINEPLUS_RUXOLITINIB] },
  dapsone: { names: ['dapsona'], sources: [STJUDE_DAPSONE, STJUDE_TOGETHER_DAPSONE] },
  diltiazem: { names: ['diltiazem', 'hidrocloruro de diltiazem', 'diltiazem hidrocloruro', 'Masdil'], sources: [AEMPS_MASDIL] },
  antifibrotics: { names: ['antifibrótico', 'antifibróticos', 'tratamiento antifibrótico', 'pirfenidona'], sources: [RESPIRAR_IPF] },
  nintedanib: { names: ['nintedanib'], sources: [RESPIRAR_IPF] },
  antimalarials: { names: ['antipalúdico', 'antipalúdicos', 'antimalárico', 'antimaláricos'], sources: [ACTAPED_DM, ACTAS_QUINACRINE] },
  'topical-corticosteroids': { names: ['corticoide tópico', 'corticoides tópicos'], sources: [ACTAPED_DM] },
  'pjp-prophylaxis': {
    names: ['neumonía por Pneumocystis', 'sulfametoxazol/trimetoprima', 'neumonía PCP'],
    sources: [STJUDE_DAPSONE, STJUDE_TOGETHER_DAPSONE],
  },
  // Care.
  'infusion-reaction': { names: ['reacción infusional', 'reacciones infusionales'], sources: [OFIL_INFUSION_REACTION] },
  'plasma-exchange': { names: ['plasmaféresis'], sources: [CUN_APHERESIS] },
  troponin: { names: ['troponina', 'prueba de troponina', 'troponina cardíaca'], sources: [MEDLINEPLUS_TROPONIN] },
  'tumor-markers': { names: ['marcadores tumorales', 'marcador tumoral', 'marcadores de cáncer'], sources: [MEDLINEPLUS_TUMOR_MARKERS] },
  'swallow-study': {
    names: ['estudio videofluoroscópico de la deglución', 'estudio de deglución con bario modificado', 'estudio de la deglución', 'pruebas de disfagia'],
    sources: [MEDLINEPLUS_DYSPHAGIA_TESTS, MEDLINEPLUS_UPPER_GI],
  },
  'liver-enzymes': {
    names: ['transaminasas', 'pruebas funcionales hepáticas', 'pruebas de función hepática', 'panel de función hepática', 'perfil hepático', 'alanina transaminasa', 'aspartato aminotransferasa'],
    sources: [MEDLINEPLUS_LIVER_TESTS, SALUDIGESTIVO_TRANSAMINASES],
  },
  'aseptic-meningitis': { names: ['meningitis aséptica'], sources: [CUN_ASEPTIC_MENINGITIS] },
  'avascular-necrosis': { names: ['necrosis avascular'], sources: [KP_AVASCULAR_NECROSIS] },
  'osteonecrosis-of-the-jaw': { names: ['osteonecrosis de los maxilares', 'osteonecrosis maxilar'], sources: [SEMERGEN_ONJ] },
  itch: { names: ['prurito'], sources: [MEDLINEPLUS_ITCHING] },
  scleroderma: { names: ['esclerodermia', 'esclerodermia sistémica'], sources: [KP_SCLERODERMA, NIH_SCLERODERMA] },
  'blood-clots': {
    names: ['trombosis venosa profunda', 'embolia pulmonar', 'tromboembolismo venoso', 'enfermedad tromboembólica venosa'],
    sources: [REVCLINESP_VTE],
  },
  'cushingoid-features': { names: ['síndrome de Cushing', 'hipercortisolismo'], sources: [CHILDRENSMN_CUSHING] },
  'feeding-tube': { names: ['alimentación por sonda', 'sonda de alimentación', 'nutrición enteral', 'sonda nasogástrica'], sources: [MERCK_TUBE_FEEDING] },
  'hydroxychloroquine-retinopathy': {
    names: ['retinopatía por hidroxicloroquina', 'toxicidad ocular por hidroxicloroquina'],
    sources: [REV_PARAG_REUMATOL_HCQ],
  },
  'pneumococcal-vaccine': {
    names: ['vacuna contra el neumococo', 'vacuna antineumocócica', 'vacunas antineumocócicas', 'vacuna antineumocócica conjugada'],
    sources: [MSD_PNEUMOCOCCAL_VACCINE, MERCK_PNEUMOCOCCAL_VACCINE],
  },
  'stomach-protection': {
    names: [
      'inhibidores de la bomba de protones', 'inhibidor de la bomba de protones', exactCase('IBP'),
      'omeprazol', 'esomeprazol', 'pantoprazol', 'lansoprazol', 'rabeprazol',
    ],
    sources: [REV_ESP_ENFERM_DIG_PPI],
  },
  'aspiration-pneumonia': { names: ['neumonía por aspiración'], sources: [MEDLINEPLUS_ASPIRATION_PNEUMONIA] },
  'heart-involvement': { names: ['miocarditis'], sources: [MAYO_MYOCARDITIS] },
  'liver-damage': {
    names: ['hepatotoxicidad', 'daño hepático inducido por medicamentos', 'hepatitis inducida por medicamentos', 'hepatitis tóxica'],
    sources: [GASTROHEP_HEPATOTOXICITY, MEDLINEPLUS_DILI],
  },
  'steroid-induced-diabetes': {
    names: ['hiperglucemia inducida por glucocorticoides', 'hiperglucemia inducida por corticoides'],
    sources: [SEMINARIOS_FER_HYPERGLYCEMIA],
  },
  // Sunscreen and sun-protective clothing are sold in shops: found by the search, not painted (as the English side gates them).
  photoprotection: { names: [searchOnly('protector solar'), searchOnly('ropa fotoprotectora')], sources: [LFA_PHOTOSENSITIVITY] },
  'steroid-myopathy': { names: ['miopatía esteroidea'], sources: [SEMINARIOS_FER_STEROID_MYOPATHY] },
  // Not the bare plural "cataratas", which is everyday Spanish for waterfalls (las cataratas del Iguazú).
  'cataracts-and-glaucoma': {
    names: ['cataratas inducidas por corticoides', 'cataratas subcapsulares posteriores', 'catarata subcapsular posterior'],
    sources: [LILACS_STEROID_CATARACT_GLAUCOMA],
  },
  'brain-fog': { names: ['disfunción cognitiva'], sources: [LFA_LUPUS_MEMORY] },
  'speech-therapy': { names: ['logopeda', 'logopedas', 'logopedia', 'intervención logopédica'], sources: [CLC_DYSPHAGIA_SPEECH_THERAPY] },
  'occupational-therapy': {
    names: ['terapia ocupacional', 'terapeuta ocupacional', 'terapeutas ocupacionales'],
    sources: [CLC_DYSPHAGIA_SPEECH_THERAPY],
  },
  'physical-therapy': { names: ['fisioterapia'], sources: [CLC_DYSPHAGIA_SPEECH_THERAPY] },
  dietitian: { names: ['dieta modificada de textura', 'dietas modificadas de textura', 'menú de textura modificada'], sources: [NUTR_HOSP_TEXTURE_DIET] },
  'pet-ct': { names: ['tomografía por emisión de positrones'], sources: [MEDLINEPLUS_PET] },
  'cardiac-mri': {
    names: ['resonancia magnética cardíaca', 'RM cardíaca'],
    sources: [SEC_CARDIAC_MRI, RADIOLOGIA_MYOCARDITIS_MRI],
  },
  'anti-tif1-gamma': { names: ['anticuerpos anti-TIF1', 'anticuerpo anti-TIF1'], sources: [SINERGIA_PARANEOPLASTIC_DM] },
  quinacrine: { names: ['quinacrina'], sources: [ACTAS_QUINACRINE] },
  // "Brote" (a sprout, an outbreak) and "fatiga" are everyday Spanish: found by the search, never painted.
  flare: { names: [searchOnly('brote'), searchOnly('brotes')], sources: [LFA_PHOTOSENSITIVITY] },
  fatigue: { names: [searchOnly('fatiga')], sources: [LFA_PHOTOSENSITIVITY] },
  'pregnancy-and-dm-medicines': {
    names: ['teratogénico', 'teratogénicos', 'potencial teratogénico', 'fármacos contraindicados en el embarazo'],
    sources: [FARMHOSP_PREGNANCY],
  },
  // As Spanish texts write them (the same spelling as in English): for the Spanish search.
  abatacept: { names: ['abatacept'], sources: [FARMHOSP_PREGNANCY] },
  tocilizumab: { names: ['tocilizumab'], sources: [FARMHOSP_PREGNANCY] },
  apremilast: { names: ['apremilast'], sources: [FARMHOSP_PREGNANCY] },
  'topical-calcineurin-inhibitors': { names: ['pimecrolimus'], sources: [FARMHOSP_PREGNANCY] },
  'anti-nxp2': { names: ['anti-NXP2'], sources: [SINERGIA_PARANEOPLASTIC_DM] },
  dermatologist: { names: ['servicio de dermatología', searchOnly('dermatología')], sources: [ACTAS_PARANEOPLASTIC_DM, ACTAS_QUINACRINE] },
  'sodium-thiosulfate': { names: ['tiosulfato sódico', 'tiosulfato de sodio'], sources: [FARMHOSP_THIOSULFATE, NEFROLOGIA_THIOSULFATE] },
  'subcutaneous-immunoglobulin': { names: [exactCase('IgSC')], sources: [HIZENTRA_SHEET] },
};
