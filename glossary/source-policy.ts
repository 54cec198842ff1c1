/**
 * Which hosts a glossary entry may cite. A card is only as trustworthy as the
 * pages behind it, and readers cannot judge a source from its name, so every
 * source must come from an authoritative host on this list and be fetched
 * over https. Pure: no network, no DOM; validate.ts applies it at build time.
 *
 * A listed domain also admits its subdomains ("nih.gov" admits
 * "dailymed.nlm.nih.gov"), so list the narrowest domain that is authoritative
 * as a whole: a hospital's whole site, but not a platform that hosts anyone.
 */

export interface HostGroup {
  /** Why every host in the group is trusted, in one line. */
  readonly reason: string;
  /** Registrable domains (or exact hosts); subdomains are admitted too. */
  readonly domains: readonly string[];
}

export const SOURCE_HOST_GROUPS: readonly HostGroup[] = [
  {
    reason: 'US federal health agencies: NIH and NLM (MedlinePlus, DailyMed, PubMed, PMC, NCBI Bookshelf), FDA, CDC, NCI',
    domains: ['nih.gov', 'medlineplus.gov', 'fda.gov', 'cdc.gov', 'cancer.gov', 'clinicaltrials.gov', 'healthcare.gov', 'medicare.gov', 'hhs.gov'],
  },
  {
    reason: 'Other governments, regulators and public-health services: UK government and NICE, the EU (EMA and the Union register of medicines), state and regional health departments, the Australian Government\'s health department (the Australian Immunisation Handbook), the Cancer Institute NSW, a New South Wales government agency that publishes eviQ, Murcia Salud, the health portal of the Región de Murcia\'s health department (its toxicology and evidence-answer services), the Galician Health Service (Sergas) and its scientific portal, and the Virtual Health Library of PAHO/WHO\'s BIREME centre (bvsalud, which holds the LILACS index of Latin American health journals)',
    domains: ['gov.uk', 'nice.org.uk', 'europa.eu', 'health.gov.au', 'healthvermont.gov', 'southernnevadahealthdistrict.org', 'gouv.qc.ca', 'eviq.org.au', 'murciasalud.es', 'sergas.gal', 'bvsalud.org'],
  },
  {
    reason: 'Uruguay\'s Fondo Nacional de Recursos, the public fund that pays for high-cost treatments and publishes the patient information on their risks',
    domains: ['fnr.gub.uy'],
  },
  {
    reason: 'The NHS: nhs.uk and its trusts, and NHS Scotland\'s public health information service',
    domains: ['nhs.uk', 'nhsinform.scot'],
  },
  {
    reason: 'Official medicine labels and leaflets: the UK electronic Medicines Compendium, which publishes the licensed SmPCs and patient leaflets, and CIMA, the Spanish medicines agency\'s (AEMPS) register of authorised technical sheets and leaflets, with the agency\'s own site (aemps.gob.es), which serves the same CIMA documents',
    domains: ['medicines.org.uk', 'cima.aemps.es', 'aemps.gob.es'],
  },
  {
    reason: 'Hospitals, academic medical centres and hospital research institutes writing for their own patients (Mayo Clinic, Cleveland Clinic, HSS, Johns Hopkins, the Institut de Myologie and others), including children\'s hospitals (SickKids\' AboutKidsHealth, Lurie Children\'s, Cincinnati Children\'s, Barcelona\'s Hospital Sant Joan de Déu), MD Anderson Cancer Center Madrid, the Albacete university hospital complex (its dermatology patient sheets), the University of Cincinnati\'s Hoxworth Blood Center for its own apheresis patients, Kaiser Permanente, a hospital system whose Spanish health encyclopedia is written for its own members, the Clínica Universidad de Navarra (its medical dictionary), St. Jude Children\'s Research Hospital (its Spanish medicine sheets for families) and Children\'s Minnesota (its family education sheets)',
    domains: [
      'mayoclinic.org',
      'mayocliniclabs.com',
      'clevelandclinic.org',
      'hss.edu',
      'nyulangone.org',
      'mskcc.org',
      'mountsinai.org',
      'hopkinsarthritis.org',
      'hopkinsmedicine.org',
      'uihc.org',
      'utah.edu',
      'ucsf.edu',
      'nm.org',
      'bmc.org',
      'moffitt.org',
      'nationaljewish.org',
      'templehealth.org',
      'middlesexhealth.org',
      'stelizabeth.com',
      'altru.org',
      'commonspirit.org',
      'ncaresearch.org.uk',
      'institut-myologie.org',
      'aboutkidshealth.ca',
      'luriechildrens.org',
      'cincinnatichildrens.org',
      'hoxworth.org',
      'kaiserpermanente.org',
      'sjdhospitalbarcelona.org',
      'mdandersonhospiten.es',
      'chospab.es',
      'cun.es',
      'stjude.org',
      'childrensmn.org',
    ],
  },
  {
    reason: 'Patient organisations for myositis, muscle, arthritis and the other conditions the glossary covers, including national cancer charities (Macmillan) for the cancer medicines some DM treatments share, and the two national lupus organisations of the United States (the Lupus Foundation of America and the Lupus Research Alliance), for the lupus-shared skin, sun and fatigue terms',
    domains: [
      'myositis.org',
      'myositis.org.au',
      'understandingmyositis.org',
      'musculardystrophyuk.org',
      'mda.org',
      'curejm.org',
      'versusarthritis.org',
      'arthritis.org',
      'sruk.co.uk',
      'addisons.org.uk',
      'addisonsdisease.org.uk',
      'pituitary.org.uk',
      'thrombosisuk.org',
      'nationaleczema.org',
      'bonehealthandosteoporosis.org',
      'theros.org.uk',
      'diabetesvic.org.au',
      'immunize.org',
      'medicareinteractive.org',
      'macmillan.org.uk',
      'lupus.org',
      'lupusresearch.org',
    ],
  },
  {
    reason: 'Professional societies and their own publications (ACR and The Rheumatologist, AAD, ASHP, SHM, AAO, BSR, the Andalusian rheumatology society SARE, the Spanish hospital pharmacists\' journal Farmacia Hospitalaria, Reumatología Clínica (the journal of the Spanish Society of Rheumatology and the Mexican College of Rheumatology), Actas Dermo-Sifiliográficas (the Spanish Academy of Dermatology\'s journal), the vaccine advisory committee of the Spanish Paediatrics Association, the Spanish Society of Internal Medicine (SEMI) patient pages, the Spanish Association of Paediatrics (AEP) and its Pediamécum, the Argentine Society of Paediatrics (SAP) family pages, the Argentine Society of Dermatology (SAD) patient pages, Fundación Piel Sana, the Spanish Academy of Dermatology\'s patient foundation, the Spanish Society of Cardiology (SEC), the Latin American Thoracic Association (ALAT) and its journal Respirar, the Spanish Association of Primary Care Paediatrics (AEPap) and its PrevInfad group, the Ecuadorian Society of Paediatrics\' journal, the Organisation of Ibero-Latin-American Pharmacists (OFIL) and its journal, the Official College of Speech Therapists of Catalonia, Lab Tests Online España (the Spanish Society of Laboratory Medicine\'s patient site) and Saludigestivo, the patient foundation of the Spanish Society of Digestive Pathology)',
    domains: [
      'sare.org.es',
      'fesemi.org',
      'aeped.es',
      'sap.org.ar',
      'sad.org.ar',
      'fundacionpielsana.es',
      'secardiologia.es',
      'alatorax.org',
      'aepap.org',
      'rev-sep.ec',
      'ilaphar.org',
      'clc.cat',
      'labtestsonline.es',
      'saludigestivo.es',
      'revistafarmaciahospitalaria.es',
      'reumatologiaclinica.org',
      'actasdermo.org',
      'vacunasaep.org',
      'rheumatology.org',
      'the-rheumatologist.org',
      'acrabstracts.org',
      'aad.org',
      'safemedication.com',
      'shmabstracts.com',
      'aao.org',
      'rheumatology.org.uk',
    ],
  },
  {
    reason: 'Peer-reviewed clinical reference works written by physicians: the MSD Manuals (published as the Merck Manuals in the Americas) and eMedicine (not the rest of medscape.com, which carries news and advertising)',
    domains: ['msdmanuals.com', 'merckmanuals.com', 'emedicine.medscape.com'],
  },
  {
    reason: "Journals' and publishers' own hosts (among them Cochrane's reviews and their Spanish plain-language summaries, SciELO Argentina, the public CONICET library of peer-reviewed Argentine journals, and its sister national SciELO collections of Colombia, Chile, Spain (hosted by the Instituto de Salud Carlos III), Paraguay and Brazil, Dermatología Cosmética, Médica y Quirúrgica, a Mexican dermatology journal, Anales de Pediatría (the Spanish Association of Paediatrics\' journal), Revista Clínica Española (the Spanish Society of Internal Medicine\'s journal), Nefrología (the Spanish Society of Nephrology\'s journal), the Revista Cubana de Reumatología on Cuba\'s public health network, Acta Pediátrica Española, and two peer-reviewed Latin American general medical journals, the Revista Médica Vozandes (Quito) and the Revista Médica Sinergia (Costa Rica)), and the DOI resolver that leads to them",
    domains: [
      'doi.org',
      'cochrane.org',
      'cochranelibrary.com',
      'elsevier.es',
      'scielo.org.ar',
      'scielo.org.co',
      'scielo.conicyt.cl',
      'scielo.isciii.es',
      'scielo.iics.una.py',
      'scielo.br',
      'analesdepediatria.org',
      'revclinesp.es',
      'revistanefrologia.com',
      'revreumatologia.sld.cu',
      'actapediatrica.com',
      'revistamedicavozandes.com',
      'revistamedicasinergia.com',
      'dcmq.com.mx',
      'mhmedical.com',
      'springer.com',
      'jamanetwork.com',
      'frontiersin.org',
      'mdpi.com',
      'dovepress.com',
      'biomedcentral.com',
      'iospress.com',
      'amhsjournal.org',
      'ejinme.com',
      'wjgnet.com',
      'koreamed.org',
      'termedia.pl',
      'amegroups.org',
      'jddonline.com',
      'cfp.ca',
      'thieme-connect.de',
      'wiley.com',
      'oup.com',
      'bmj.com',
      'thelancet.com',
      'nature.com',
      'sciencedirect.com',
      'jaad.org',
      'aaojournal.org',
      'jrheum.org',
    ],
  },
];

export type SourceUrlProblem = 'not-a-url' | 'not-https' | 'host-not-listed';

export interface SourceUrlVerdict {
  readonly ok: boolean;
  readonly problem?: SourceUrlProblem;
  /** What the build prints when the url is refused. */
  readonly message?: string;
}

const LISTED = new Set(SOURCE_HOST_GROUPS.flatMap((group) => group.domains));

/** True when `host` is a listed domain or a subdomain of one. */
export function isListedHost(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  // Walk up from the full host ("a.b.nih.gov") to its parents ("b.nih.gov", "nih.gov"),
  // never to a bare top-level domain: listing "gov" or "uk" would admit everything.
  for (let i = 0; i < labels.length - 1; i++) {
    if (LISTED.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

export function checkSourceUrl(url: string): SourceUrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: 'not-a-url', message: `is not a valid URL: "${url}"` };
  }
  if (parsed.protocol !== 'https:') {
    return { ok: false, problem: 'not-https', message: `must use https, got "${url}"` };
  }
  // Credentials or a port in a source link are never a real citation, and "user@host" would
  // otherwise let a listed name stand in front of any host in the reader's eye.
  if (parsed.username || parsed.password || parsed.port) {
    return { ok: false, problem: 'host-not-listed', message: `must be a plain https link to a listed host, got "${url}"` };
  }
  if (!isListedHost(parsed.hostname)) {
    return {
      ok: false,
      problem: 'host-not-listed',
      message: `host "${parsed.hostname}" is not on the source allow-list (glossary/source-policy.ts): "${url}"`,
    };
  }
  return { ok: true };
}
