/**
 * The shape of a glossary entry. Everything the highlighter, the popover, the
 * popup search and the glossary page know about a term comes from here, so the
 * build validates it field by field (see validate.ts).
 */

export const CATEGORIES = [
  'condition',
  'symptom',
  'test',
  'medicine',
  'medicine-class',
  'procedure',
  'care',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  condition: 'Condition',
  symptom: 'Symptom',
  test: 'Test',
  medicine: 'Medicine',
  'medicine-class': 'Group of medicines',
  procedure: 'Procedure',
  care: 'Care and safety',
};

/**
 * Another name a page may use for the entry. A plain string matches without
 * regard to case. Short abbreviations that are also ordinary letters in other
 * contexts ("DM", "CK", "MP") must be case-sensitive so "dm" or "Ck" never match.
 * A search-only alias ("PM", "OT", "RA") is found by the popup search but never
 * highlighted on pages, because on ordinary pages those letters mostly mean
 * something else (the afternoon, overtime) and would open the wrong card.
 */
export type Alias =
  | string
  | { readonly text: string; readonly caseSensitive: true }
  | { readonly text: string; readonly searchOnly: true };

export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

export function isSearchOnly(alias: Alias): boolean {
  return typeof alias !== 'string' && 'searchOnly' in alias && alias.searchOnly;
}

export function isCaseSensitive(alias: Alias): boolean {
  return typeof alias !== 'string' && 'caseSensitive' in alias && alias.caseSensitive;
}

/**
 * What kind of medicine an entry is, for the safety rules (safety-rules.ts): a safety fact
 * that belongs to a class is carried by every entry that declares the class. An entry may
 * declare several ("methotrexate" is an immunosuppressant, an antifolate and a teratogen).
 */
export const MEDICINE_CLASSES = [
  /** Turns down the immune system through the whole body (pills, shots or drips, not creams). */
  'systemic-immunosuppressant',
  /** A corticosteroid taken by mouth or given into a vein or muscle. */
  'systemic-steroid',
  /** A corticosteroid put on the skin. */
  'topical-steroid',
  /** ACTH gel: makes the body's own steroid glands work harder, with steroid-like effects. */
  'corticotropin',
  /** A biologic medicine that calms the immune system (a biologic DMARD). */
  'biologic',
  /** Clears B cells (rituximab). */
  'b-cell-depleting',
  /** Blocks Janus kinase signals inside immune cells. */
  'jak-inhibitor',
  /** Pooled antibodies from donors (IVIG, SCIG). */
  'immunoglobulin',
  /** Lowers IgG antibodies by blocking the FcRn receptor. */
  'fcrn-blocker',
  /** Tacrolimus and cyclosporine (taken by mouth or drip). */
  'calcineurin-inhibitor',
  /** Tacrolimus ointment and pimecrolimus cream. */
  'topical-calcineurin-inhibitor',
  /** Blocks the use of folate (methotrexate). */
  'antifolate',
  /** A chemotherapy drug that damages dividing cells (cyclophosphamide). */
  'alkylating-agent',
  /** Known to cause birth defects or loss of a pregnancy. */
  'teratogen',
  'antimalarial',
  'pde4-inhibitor',
  /** Dapsone. */
  'sulfone',
  'calcium-channel-blocker',
  'bisphosphonate',
  'proton-pump-inhibitor',
  'vitamin-or-mineral',
  /** Slows scarring of the lungs (nintedanib, pirfenidone). */
  'antifibrotic',
  /** Protects the bladder from cyclophosphamide (mesna). */
  'uroprotectant',
  'vaccine',
  /** Given to undo poisoning or overdose (leucovorin, sodium thiosulfate). */
  'antidote',
] as const;

export type MedicineClass = (typeof MEDICINE_CLASSES)[number];

export interface Source {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
}

/** Short sections shown under the summary; each is optional because not every kind of term has them. */
export interface EntrySections {
  /** Why it matters in dermatomyositis. */
  readonly whyInDm?: string;
  /** How it is given or done (never a dose). */
  readonly howGiven?: string;
  /** Common and serious side effects, and the checks they need. */
  readonly sideEffects?: string;
  /** Questions a patient may want to ask their care team. */
  readonly questions?: readonly string[];
}

export interface GlossaryEntry {
  /** kebab-case, stable: used in the highlight contract (`data-dmg-term`) and deep links. */
  readonly id: string;
  /** The name shown as the card's heading; it is matched on pages too. */
  readonly name: string;
  /** A plain respelling for hard names, e.g. "hye-DROX-ee-KLOR-oh-kwin". */
  readonly pronunciation?: string;
  readonly category: Category;
  /**
   * Every other name a page may use: generic, brands (US and UK/EU),
   * abbreviations, spellings. Regular plurals and possessives ("steroids",
   * "methotrexate's") and hyphen/space variants are matched automatically and
   * need not be listed.
   */
  readonly aliases: readonly Alias[];
  /** One plain sentence, about grade 8 or lower. */
  readonly summary: string;
  readonly sections: EntrySections;
  /**
   * The classes of medicine this entry belongs to. Every medicine entry declares at least one;
   * the safety rules then require what each class must say.
   */
  readonly classes?: readonly MedicineClass[];
  /** Ids of other entries worth reading next. */
  readonly related: readonly string[];
  readonly sources: readonly Source[];
  /** Date the facts were last checked, YYYY-MM-DD. */
  readonly reviewed: string;
}
