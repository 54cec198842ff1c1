/**
 * Sources cited by more than one Spanish card file, one constant per page, so a
 * page keeps one publisher and title wherever a card lists it. Wording checked
 * against the page itself where the files had disagreed. A source cited by a
 * single card file stays in that file. tests/unit/spanish-sources.test.ts fails
 * if two Spanish sources share a page but not their wording.
 */
import type { Source } from '../types';

export const ACCESSMEDICINA_VACCINES: Source = {
  publisher: 'AccessMedicina (McGraw-Hill)',
  title: 'Vacunas en pacientes inmunocomprometidos',
  url: 'https://accessmedicina.mhmedical.com/content.aspx?bookid=3153&sectionid=273627711',
};
export const ACR_VACCINES_2022: Source = {
  publisher: 'American College of Rheumatology (2022), via PubMed Central',
  title: 'Guideline for vaccinations in patients with rheumatic and musculoskeletal diseases',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10291822',
};
export const ACTAS_CALCINOSIS_CUTIS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Calcinosis cutis y calcifilaxis',
  url: 'https://actasdermo.org/es-calcinosis-cutis-calcifilaxis-articulo-S0001731015003750',
};
/** Says the dermatologist can help make the DM diagnosis and find linked problems early. */
export const ACTAS_DM_SERIES: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología)',
  title: 'Dermatomiositis: estudio de seguimiento de 20 pacientes',
  url: 'https://actasdermo.org/es-dermatomiositis-estudio-seguimiento-20-pacientes-articulo-S0001731011000408',
};
/** Myositis-specific antibodies help diagnose, classify and predict; anti-p155 (TIF1-gamma) in cancer-associated DM. */
export const ACTAS_NEW_AUTOANTIBODIES: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Bielsa, 2009)',
  title: 'Nuevos autoanticuerpos en la dermatomiositis',
  url: 'https://actasdermo.org/es-nuevos-autoanticuerpos-dermatomiositis-articulo-S0001731009705332',
};
/** Latent infection wakes when immunity falls; immunosuppressive treatment raises the risk; screening and preventive treatment before biologics. */
export const ACTAS_TB_BIOLOGICS: Source = {
  publisher: 'Actas Dermo-Sifiliográficas (Academia Española de Dermatología y Venereología, 2018)',
  title: 'Consenso multidisciplinar sobre prevención y tratamiento de la tuberculosis en pacientes candidatos a tratamiento biológico. Adaptación al paciente dermatológico',
  url: 'https://actasdermo.org/es-consenso-multidisciplinar-sobre-prevencion-tratamiento-articulo-S0001731018301790',
};
/** DM can reach the swallowing and breathing muscles and the heart. */
export const AEDV_DM: Source = {
  publisher: 'Fundación Piel Sana (Academia Española de Dermatología y Venereología)',
  title: 'La dermatomiositis',
  url: 'https://aedv.fundacionpielsana.es/mi-enfermedad/la-dermatomiositis',
};
export const BSR_MYOSITIS_GUIDELINE: Source = {
  publisher: 'British Society for Rheumatology guideline (Rheumatology, 2022)',
  title: 'Management of adults and children with idiopathic inflammatory myopathies',
  url: 'https://doi.org/10.1093/rheumatology/keac115',
};
/** English, for the side effects the English card carries (glossary-facts #30). */
export const CELLCEPT_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'CellCept (mycophenolate mofetil) label',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40',
};
/** English: nintedanib's FDA label, the source of the nintedanib and antifibrotics English cards. */
export const DAILYMED_OFEV: Source = {
  publisher: 'DailyMed (FDA label)',
  title: 'Ofev (nintedanib) capsules',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=da1c9f37-779e-4682-816f-93d0faa4cfc9',
};
/** Which medicines are contraindicated or advised against in pregnancy, which are safe, and what fathers should stop. */
export const FARM_HOSP_PREGNANCY: Source = {
  publisher: 'Farmacia Hospitalaria (Sociedad Española de Farmacia Hospitalaria)',
  title: 'Medicamentos inmunosupresores y biológicos en el embarazo, la lactancia y la fertilidad',
  url: 'https://www.revistafarmaciahospitalaria.es/es-medicamentos-inmunosupresores-biologicos-el-embarazo-articulo-S1130634322000149',
};
/** A raised transaminase is read with the muscle enzymes, among other tests. */
export const GASTRO_HEPATOL_TRANSAMINASES: Source = {
  publisher: 'Gastroenterología y Hepatología (Bruguera, 2017), en Elsevier',
  title: 'Guía práctica para el examen del paciente adulto con hipertransaminasemia asintomática',
  url: 'https://www.elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-guia-practica-el-examen-del-S0210570516300127',
};
/**
 * English: the live-vaccine examples, timing and non-live vaccines, taken from glossary-facts.md (a safety card).
 * English: which steroid doses count as immunosuppressive for live vaccines (glossary-facts #53).
 */
export const IMMUNIZE_STEROIDS: Source = {
  publisher: 'Immunize.org (Ask the Experts)',
  title: 'Should vaccines be withheld from patients taking steroids?',
  url: 'https://www.immunize.org/ask-experts/should-vaccines-withheld-patients-steroids/',
};
/** Its treatment section: steroids started high and lowered, and steroid-sparing medicines (azatioprina, metotrexato). */
export const MAYO_DM_TREATMENT: Source = {
  publisher: 'Mayo Clinic (en español)',
  title: 'Dermatomiositis: diagnóstico y tratamiento',
  url: 'https://www.mayoclinic.org/es/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
};
/** English (read for these cards): the EMG pattern can confirm a muscle disease and show which muscles are affected; unlike a biopsy, MRI sees inflammation over a large area; high CK and aldolase show muscle damage. */
export const MAYO_DM_TREATMENT_EN: Source = {
  publisher: 'Mayo Clinic',
  title: 'Dermatomyositis: diagnosis and treatment',
  url: 'https://www.mayoclinic.org/diseases-conditions/dermatomyositis/diagnosis-treatment/drc-20353192',
};
/** Why prednisone is lowered step by step, what stopping too fast feels like, and how long it can take. */
export const MAYO_TAPER: Source = {
  publisher: 'Middlesex Health (contenido de Mayo Clinic)',
  title: 'Abstinencia de la prednisona: ¿por qué debe dejar de tomarse gradualmente?',
  url: 'https://middlesexhealth.org/learning-center/espanol/preguntas-y-respuestas/abstinencia-de-la-prednisona-por-qu-debe-dejar-de-tomarse-gradualmente',
};
/** English: azathioprine needs regular blood counts and can lower them (glossary-facts.md). */
export const MEDLINEPLUS_AZATHIOPRINE: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Azathioprine',
  url: 'https://medlineplus.gov/druginfo/meds/a682167.html',
};
/** English, for bladder, fertility and later cancer risk (glossary-facts #33). */
export const MEDLINEPLUS_CYCLOPHOSPHAMIDE: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Cyclophosphamide',
  url: 'https://medlineplus.gov/druginfo/meds/a682080.html',
};
export const MEDLINEPLUS_DAPSONE: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Dapsone',
  url: 'https://medlineplus.gov/druginfo/meds/a682128.html',
};
/** Swallowing tests, among them the videofluoroscopic swallow study, find the cause of trouble swallowing. */
export const MEDLINEPLUS_DYSPHAGIA_TESTS_ES: Source = {
  publisher: 'MedlinePlus en español (Biblioteca Nacional de Medicina de EE. UU.)',
  title: 'Pruebas de disfagia',
  url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/pruebas-de-disfagia/',
};
/** English: methotrexate needs regular blood counts and can lower them (glossary-facts.md). */
export const MEDLINEPLUS_METHOTREXATE: Source = {
  publisher: 'MedlinePlus (U.S. National Library of Medicine)',
  title: 'Methotrexate',
  url: 'https://medlineplus.gov/druginfo/meds/a682019.html',
};
export const MSD_PML: Source = {
  publisher: 'Manual MSD, versión para el público general',
  title: 'Leucoencefalopatía multifocal progresiva',
  url: 'https://msdmanuals.com/es/hogar/enfermedades-cerebrales-medulares-y-nerviosas/infecciones-cerebrales/leucoencefalopat%C3%ADa-multifocal-progresiva',
};
/**
 * Quotes the Spanish Septrin technical sheet on blood counts with an antifolate such as methotrexate.
 * Quotes the Septrin technical sheet on cotrimoxazol given with an antifolate such as methotrexate.
 */
export const MURCIA_PREEVID_COTRIMOXAZOLE: Source = {
  publisher: 'Murcia Salud (Consejería de Salud de la Región de Murcia), Preevid',
  title: 'Cotrimoxazol y alteraciones de la sangre por falta de folato',
  url: 'https://murciasalud.es/preevid/21837',
};
export const NHS_ALENDRONIC_ACID: Source = {
  publisher: 'NHS',
  title: 'Alendronic acid',
  url: 'https://www.nhs.uk/medicines/alendronic-acid/',
};
/** The English card's source that baricitinib is not for pregnancy or breastfeeding. */
export const OLUMIANT_SMPC: Source = {
  publisher: 'European Commission (Union Register of medicinal products)',
  title: 'Olumiant (baricitinib): summary of product characteristics',
  url: 'https://ec.europa.eu/health/documents/community-register/2018/20180629141659/anx_141659_en.pdf',
};
export const PMC_ANTI_MDA5: Source = {
  publisher: 'Revista Médica del Instituto Mexicano del Seguro Social (2023), en PubMed Central',
  title: 'Dermatomiositis anti-MDA5. Revisión de la literatura',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10395958',
};
/** The review the English card cites; its surgery facts reached this card through /work/shared/glossary-facts.md. */
export const PMC_CALCINOSIS_REVIEW: Source = {
  publisher: 'PubMed Central (review)',
  title: 'Calcinosis in dermatomyositis: mechanisms and treatment',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10269219',
};
export const PRODERM_NEJM: Source = {
  publisher: 'New England Journal of Medicine (Aggarwal et al., 2022), via PubMed',
  title: 'Trial of intravenous immune globulin in dermatomyositis',
  url: 'https://pubmed.ncbi.nlm.nih.gov/36198179/',
};
export const REEMO_AUTOIMMUNE_OSTEOPOROSIS: Source = {
  publisher: 'REEMO (Revista Española de Enfermedades Metabólicas Óseas), en Elsevier',
  title: 'Osteoporosis en las enfermedades autoinmunes sistémicas',
  url: 'https://www.elsevier.es/es-revista-reemo-70-articulo-osteoporosis-en-las-enfermedades-autoinmunes-13115639',
};
export const REUMATOL_CLIN_GIOP: Source = {
  publisher: 'Reumatología Clínica (Aguado Acín, 2007)',
  title: 'Osteoporosis inducida por glucocorticoides: ¿qué hay de nuevo?',
  url: 'https://reumatologiaclinica.org/es-osteoporosis-inducida-por-glucocorticoides-que-articulo-13100411',
};
export const REUMATOL_CLIN_MYOPATHIES: Source = {
  publisher: 'Reumatología Clínica (Selva O’Callaghan y Trallero Araguás, 2008)',
  title: 'Miopatías inflamatorias. Dermatomiositis, polimiositis y miositis con cuerpos de inclusión',
  url: 'https://www.elsevier.es/es-revista-reumatologia-clinica-273-articulo-miopatias-inflamatorias-dermatomiositis-polimiositis-miositis-S1699258X08724641',
};
/** Sun (UVA and UVB) among the things that can start or worsen DM. */
export const SAD_DM: Source = {
  publisher: 'Sociedad Argentina de Dermatología',
  title: 'Dermatomiositis: información básica para pacientes y cuidadores',
  url: 'https://sad.org.ar/?p=70180',
};
export const SARE_METHOTREXATE: Source = {
  publisher: 'SARE (sociedad de reumatología)',
  title: 'Metotrexato',
  url: 'https://sare.org.es/?p=32891',
};
export const SEMERGEN_ANTISYNTHETASE: Source = {
  publisher: 'Medicina de Familia. SEMERGEN (Martín Guerra y otros, 2017), en Elsevier',
  title: 'Síndrome antisintetasa',
  url: 'https://elsevier.es/es-revista-medicina-familia-semergen-40-articulo-sindrome-antisintetasa-S1138359317300825',
};
export const SER_RESISTANT_MYOSITIS: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología',
  title: 'Miositis resistente',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miositis-resistente-13124912',
};
export const SER_STEROID_MYOPATHY: Source = {
  publisher: 'Seminarios de la Fundación Española de Reumatología (2008)',
  title: 'Miopatía esteroidea',
  url: 'https://elsevier.es/es-revista-seminarios-fundacion-espanola-reumatologia-274-articulo-miopatia-esteroidea-13129343',
};
export const SKIN_REMISSION_STUDY: Source = {
  publisher: 'JAMA Dermatology (Wolstencroft et al., 2018), via PubMed Central',
  title: 'Factors associated with clinical remission of skin disease in dermatomyositis',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5833585',
};
/** The PJP and vaccine facts of the English card, from the Taiwan cohort and the ACR 2022 guideline. */
export const TAIWAN_PJP_COHORT: Source = {
  publisher: 'Clinical Rheumatology (Taiwan nationwide cohort, 2021), via PubMed Central',
  title: 'Pneumocystis jirovecii pneumonia in autoimmune rheumatic diseases: a nationwide population-based study',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7917170',
};
export const TMA_IVIG: Source = {
  publisher: 'The Myositis Association',
  title: 'Intravenous immune globulin (IVIG)',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/intravenous-immune-globulin/',
};
export const TMA_MEDICATIONS: Source = {
  publisher: 'The Myositis Association',
  title: 'Medications',
  url: 'https://www.myositis.org/about-myositis/treatment-disease-management/medications/',
};
export const TRUXIMA_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Truxima (rituximab-abbs) injection: prescribing information, with its boxed warning',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9af3ddc7-4217-417a-ac89-8704edc5bc44',
};
/** Antisynthetase syndrome: myositis, arthritis and interstitial lung disease with antisynthetase antibodies; anti-Jo-1 can come with normal muscle enzymes and lung disease first. */
export const VOZANDES_ANTISYNTHETASE: Source = {
  publisher: 'Revista Médica Vozandes (2022)',
  title: 'Síndrome antisintetasa sin características miopáticas, un desafío clínico: reporte de caso',
  url: 'https://revistamedicavozandes.com/wp-content/uploads/2023/01/03_RC1.html',
};
/** The class boxed warning (serious infections, cancers, heart events and blood clots) the English JAK cards cite. */
export const XELJANZ_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Xeljanz (tofacitinib): prescribing information, with its boxed warning',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
};
