/**
 * Safety facts that belong to a class of medicines, as data. Every entry that declares a class
 * (GlossaryEntry.classes) must carry what the rules for that class require: a section, a link to
 * another card, or a phrase in a named section. Written once here, so a new JAK inhibitor or
 * steroid card cannot be added without its warnings, and a warning cannot be edited out of one
 * card while the others keep it.
 *
 * Pure: no DOM, no I/O. The build runs `findSafetyViolations` through validate.ts, and
 * tests/unit/safety-rules.test.ts proves that each kind of requirement can fail.
 */
import type { Category, GlossaryEntry, MedicineClass, Source } from './types';

/** The prose sections a rule may look in. */
export type ProseSection = 'whyInDm' | 'howGiven' | 'sideEffects';

export type Requirement =
  /** The entry must have this section, not empty. */
  | { readonly kind: 'section'; readonly section: ProseSection }
  /** The entry's `related` list must include this card. */
  | { readonly kind: 'related'; readonly entryId: string }
  /** One of the named sections must match the pattern; `says` is what the message names. */
  | { readonly kind: 'phrase'; readonly sections: readonly ProseSection[]; readonly pattern: RegExp; readonly says: string }
  /** The entry must declare at least one medicine class. */
  | { readonly kind: 'classes' };

export interface SafetyRule {
  readonly id: string;
  /** What the rule protects, in a few words, for messages and the report. */
  readonly title: string;
  /** The rule applies to an entry that declares any of these classes... */
  readonly classes?: readonly MedicineClass[];
  /** ...or that is in any of these categories. */
  readonly categories?: readonly Category[];
  /**
   * Entries the sources name as members. Each must fall under the rule through its classes, so a
   * card cannot escape a rule by dropping (or never declaring) the class.
   */
  readonly members?: readonly string[];
  readonly requires: readonly Requirement[];
  /**
   * Where the fact comes from (retrieved and checked; see docs/content-guide.md). Empty only for
   * a rule about the cards' own form ("every medicine card has a side-effects section").
   */
  readonly sources: readonly Source[];
}

export interface SafetyViolation {
  readonly entryId: string;
  readonly ruleId: string;
  readonly message: string;
}

const XELJANZ_LABEL: Source = {
  publisher: 'DailyMed (U.S. National Library of Medicine)',
  title: 'Xeljanz (tofacitinib) label: herpes zoster',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cf74ba2f-afc5-4baa-8594-979c889a5831',
};
const ACR_VACCINES: Source = {
  publisher: 'American College of Rheumatology (2022), via PubMed Central',
  title: 'Guideline for vaccinations in patients with rheumatic and musculoskeletal diseases',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10291822',
};
const IMMUNIZE_STEROIDS: Source = {
  publisher: 'Immunize.org (Ask the Experts)',
  title: 'Should vaccines be withheld from patients taking steroids?',
  url: 'https://www.immunize.org/ask-experts/should-vaccines-withheld-patients-steroids/',
};
/** The label: live vaccines, viral hepatitis screening, shingles, pregnancy and contraception. */
const OLUMIANT_SMPC: Source = {
  publisher: 'European Commission (Union Register of medicinal products)',
  title: 'Olumiant (baricitinib): summary of product characteristics',
  url: 'https://ec.europa.eu/health/documents/community-register/2018/20180629141659/anx_141659_en.pdf',
};

export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    id: 'declares-classes',
    title: 'every medicine card says what kind of medicine it is',
    categories: ['medicine'],
    requires: [{ kind: 'classes' }],
    sources: [],
  },
  {
    id: 'side-effects-section',
    title: 'every medicine card has a side-effects-and-checks section',
    categories: ['medicine'],
    requires: [{ kind: 'section', section: 'sideEffects' }],
    sources: [],
  },
  {
    id: 'live-vaccines',
    title: 'no live vaccines on medicines that turn down the immune system',
    classes: ['systemic-immunosuppressant', 'systemic-steroid', 'biologic', 'b-cell-depleting', 'jak-inhibitor', 'corticotropin', 'fcrn-blocker'],
    members: [
      'methotrexate', 'azathioprine', 'mycophenolate', 'tacrolimus', 'cyclosporine', 'cyclophosphamide',
      'prednisone', 'prednisolone', 'methylprednisolone', 'corticosteroids',
      'rituximab', 'abatacept', 'tocilizumab', 'tofacitinib', 'baricitinib', 'ruxolitinib', 'jak-inhibitors',
      'repository-corticotropin', 'efgartigimod',
    ],
    requires: [
      { kind: 'related', entryId: 'live-vaccines' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\blive vaccines?\b/i, says: 'a warning about live vaccines' },
    ],
    sources: [
      ACR_VACCINES,
      IMMUNIZE_STEROIDS,
      OLUMIANT_SMPC,
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Acthar Gel (repository corticotropin injection) label: no live vaccines at immunosuppressive doses',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7b48ddec-e815-45f4-9ca0-5c0daaf56f30',
      },
      {
        publisher: 'European Medicines Agency',
        title: 'Vyvgart (efgartigimod alfa): product information (immunisation with live vaccines)',
        url: 'https://www.ema.europa.eu/en/documents/product-information/vyvgart-epar-product-information_en.pdf',
      },
    ],
  },
  {
    id: 'immunoglobulin-live-vaccines',
    title: 'antibody products blunt live vaccines given after them',
    classes: ['immunoglobulin'],
    members: ['ivig', 'subcutaneous-immunoglobulin'],
    requires: [
      { kind: 'related', entryId: 'live-vaccines' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\blive vaccines?\b/i, says: 'that it can stop live vaccines from working' },
    ],
    sources: [
      {
        publisher: 'U.S. Centers for Disease Control and Prevention (Pink Book)',
        title: 'Chapter 2: General best practice guidance for immunization (antibody-containing products and live vaccines)',
        url: 'https://cdc.gov/pinkbook/hcp/table-of-contents/chapter-2-general-best-practice-guidance.html',
      },
    ],
  },
  {
    id: 'screening-before-start',
    title: 'tests for TB and hepatitis B before starting',
    classes: ['biologic', 'b-cell-depleting', 'jak-inhibitor'],
    members: ['rituximab', 'abatacept', 'tocilizumab', 'tofacitinib', 'baricitinib', 'ruxolitinib', 'jak-inhibitors'],
    requires: [
      { kind: 'related', entryId: 'tuberculosis-screening' },
      { kind: 'related', entryId: 'hepatitis-b-screening' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\b(?:TB|tuberculosis)\b/, says: 'a TB check before starting' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bhepatitis B\b/i, says: 'a hepatitis B check before starting' },
    ],
    sources: [
      OLUMIANT_SMPC,
      {
        publisher: 'American College of Rheumatology (2015), Arthritis Care & Research',
        title: 'Guideline for the treatment of rheumatoid arthritis: tuberculosis screening for biologics and tofacitinib',
        url: 'https://doi.org/10.1002/acr.22783',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Rituxan (rituximab) label: hepatitis B reactivation',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9af3ddc7-4217-417a-ac89-8704edc5bc44',
      },
      {
        publisher: 'The Journal of Rheumatology (2022)',
        title: 'Screening for hepatitis B virus prior to initiating tocilizumab and tofacitinib in patients with rheumatic diseases',
        url: 'https://doi.org/10.3899/jrheum.210257',
      },
      {
        publisher: 'U.S. Food and Drug Administration',
        title: 'Jakafi (ruxolitinib): safety labeling changes, risk of infection and tuberculosis',
        url: 'https://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm377314.htm',
      },
      {
        publisher: 'Frontiers in Medicine (2021)',
        title: 'Risk of reactivation of hepatitis B virus and tuberculosis following tocilizumab therapy: a systematic review',
        url: 'https://frontiersin.org/articles/10.3389/fmed.2021.706482/full',
      },
    ],
  },
  {
    id: 'pregnancy-and-contraception',
    title: 'can harm a pregnancy: birth control and a plan before trying for a baby',
    classes: ['teratogen', 'jak-inhibitor'],
    members: ['methotrexate', 'mycophenolate', 'cyclophosphamide', 'tofacitinib', 'baricitinib', 'jak-inhibitors'],
    requires: [
      { kind: 'related', entryId: 'pregnancy-and-dm-medicines' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bpregnan/i, says: 'the risk to a pregnancy' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bbirth control\b|\bcontracepti|\bprevent pregnancy\b/i, says: 'birth control' },
    ],
    sources: [
      {
        publisher: 'The Rheumatologist',
        title: 'The ACR introduces new reproductive health guideline',
        url: 'https://the-rheumatologist.org/article/the-acr-introduces-new-reproductive-health-guideline/3',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Trexall (methotrexate) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c',
      },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'CellCept (mycophenolate mofetil) label: embryofetal toxicity and contraception',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40',
      },
      OLUMIANT_SMPC,
    ],
  },
  {
    id: 'never-stop-steroids-suddenly',
    title: 'steroids (and ACTH gel, which works through them) are never stopped suddenly',
    classes: ['systemic-steroid', 'corticotropin'],
    members: ['prednisone', 'prednisolone', 'methylprednisolone', 'corticosteroids', 'repository-corticotropin'],
    requires: [
      { kind: 'related', entryId: 'steroid-taper' },
      {
        kind: 'phrase',
        sections: ['howGiven', 'sideEffects'],
        pattern: /\bstop\b[^.]*\b(?:suddenly|all at once)\b/i,
        says: 'not to stop it suddenly',
      },
    ],
    sources: [
      { publisher: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Prednisone', url: 'https://medlineplus.gov/druginfo/meds/a601102.html' },
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Acthar Gel (repository corticotropin injection) label: sudden withdrawal after long use',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7b48ddec-e815-45f4-9ca0-5c0daaf56f30',
      },
    ],
  },
  {
    id: 'methotrexate-weekly',
    title: 'methotrexate is taken once a week, never daily',
    classes: ['antifolate'],
    members: ['methotrexate'],
    requires: [
      { kind: 'phrase', sections: ['howGiven'], pattern: /\bonce a week\b/i, says: 'once a week' },
      { kind: 'phrase', sections: ['howGiven'], pattern: /\bnever\b[^.]*\bevery day\b/i, says: 'never every day' },
    ],
    sources: [
      {
        publisher: 'DailyMed (U.S. National Library of Medicine)',
        title: 'Trexall (methotrexate) label',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c',
      },
    ],
  },
  {
    id: 'methotrexate-trimethoprim',
    title: 'methotrexate with trimethoprim can crash blood counts',
    classes: ['antifolate'],
    members: ['methotrexate'],
    requires: [
      { kind: 'related', entryId: 'pjp-prophylaxis' },
      { kind: 'phrase', sections: ['sideEffects'], pattern: /\btrimethoprim\b/i, says: 'the trimethoprim interaction' },
    ],
    sources: [
      {
        publisher: 'Canadian Family Physician, via PubMed Central',
        title: 'Methotrexate drug interactions (table)',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3994806/table/t1-0600053',
      },
    ],
  },
  {
    id: 'jak-shingles',
    title: 'shingles is more likely on JAK inhibitors',
    classes: ['jak-inhibitor'],
    members: ['tofacitinib', 'baricitinib', 'jak-inhibitors'],
    requires: [
      { kind: 'related', entryId: 'shingles' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bshingles\b/i, says: 'the higher risk of shingles' },
    ],
    sources: [OLUMIANT_SMPC, XELJANZ_LABEL],
  },
];

/** Whether a rule covers an entry (by its classes or category). Exported so the Spanish mirror (es/safety-es.ts) uses the same membership. */
export function appliesTo(rule: SafetyRule, entry: Pick<GlossaryEntry, 'category' | 'classes'>): boolean {
  const classes = entry.classes ?? [];
  return (
    (rule.classes ?? []).some((c) => classes.includes(c)) ||
    (rule.categories ?? []).includes(entry.category)
  );
}

function unmet(requirement: Requirement, entry: GlossaryEntry): string | undefined {
  switch (requirement.kind) {
    case 'classes':
      return (entry.classes ?? []).length === 0 ? 'must declare its medicine classes (field "classes")' : undefined;
    case 'section': {
      const text = entry.sections[requirement.section];
      return text?.trim() ? undefined : `must have a "${requirement.section}" section`;
    }
    case 'related':
      return entry.related.includes(requirement.entryId) ? undefined : `must link the "${requirement.entryId}" card in "related"`;
    case 'phrase': {
      const found = requirement.sections.some((s) => requirement.pattern.test(entry.sections[s] ?? ''));
      return found ? undefined : `must say ${requirement.says} in ${requirement.sections.map((s) => `"${s}"`).join(' or ')}`;
    }
  }
}

/**
 * Every unmet requirement of every rule, naming the entry and the rule. Also names a listed
 * member that is missing or that no longer falls under the rule.
 */
export function findSafetyViolations(
  entries: readonly GlossaryEntry[],
  rules: readonly SafetyRule[] = SAFETY_RULES,
): SafetyViolation[] {
  const violations: SafetyViolation[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const rule of rules) {
    for (const id of rule.members ?? []) {
      const member = byId.get(id);
      if (!member) {
        violations.push({ entryId: id, ruleId: rule.id, message: 'is named by this rule but is not in the glossary' });
      } else if (!appliesTo(rule, member)) {
        const wanted = (rule.classes ?? []).join(', ');
        violations.push({ entryId: id, ruleId: rule.id, message: `must declare one of these classes: ${wanted}` });
      }
    }
    for (const entry of entries) {
      if (!appliesTo(rule, entry)) continue;
      for (const requirement of rule.requires) {
        const message = unmet(requirement, entry);
        if (message) violations.push({ entryId: entry.id, ruleId: rule.id, message });
      }
    }
  }
  return violations;
}

/** How the build prints a violation. */
export function describeViolation(v: SafetyViolation): string {
  return `glossary entry "${v.entryId}", safety rule "${v.ruleId}": ${v.message}`;
}
