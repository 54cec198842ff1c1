/**
 * Which names need medical context around them, and which phrases give a name
 * another meaning (see context-rules.ts for how pages use this). Built once,
 * at build time, into the data the background publishes with the page pattern.
 *
 * A name is ambiguous when
 * - it is a short abbreviation (at most five letters and digits, two or more
 *   of them capitals: "MMR", "ANA", "EMG", "CsA"): such letters name firms,
 *   games, units and teams far more often than our terms;
 * - it is a single everyday English word (the common-word test the content
 *   test holds aliases to, now for names too: "Shingles", "Remission");
 * - or it is listed below, each with the reason and where it was seen.
 *
 * The explicit data is keyed by entry id and the name as the entry writes it;
 * a key that no longer names that entry fails the unit test, so a renamed
 * alias cannot silently lose its rule.
 */
import { collapseSeparators, normalizeTerm } from './normalize';
import type { AmbiguityKind, ContextData, NameContext, NegativeContext } from './context-rules';
import type { TermName } from './term-names';
import { aliasText } from './types';

interface Listed {
  readonly entryId: string;
  readonly name: string;
  readonly why: string;
}

/** Names that are not short or single common words, yet mostly mean something else outside medicine. */
export const LISTED_AMBIGUOUS: readonly Listed[] = [
  { entryId: 'corticosteroids', name: 'steroid', why: 'sport and fitness news mean anabolic steroids, and "X on steroids" is a figure of speech (issue #20)' },
  { entryId: 'prednisone', name: 'Rayos', why: 'Spanish for "rays": "rayos X" is an X-ray, "rayos UV" sunlight' },
  { entryId: 'raynaud-phenomenon', name: 'Raynaud', why: 'a French family name; the phenomenon is written with "phenomenon", "syndrome" or "disease"' },
  { entryId: 'physical-therapy', name: 'physio', why: 'sport news: a club\'s physio running on to the pitch' },
  { entryId: 'photoprotection', name: 'sunblock', why: 'shops and travel pages sell it; painting it there tells the shop the reader has a skin condition' },
  { entryId: 'photoprotection', name: 'sun protection', why: 'shops and travel pages (sun protection factor, sunglasses)' },
  { entryId: 'photoprotection', name: 'UV protection', why: 'shops: sunglasses, window film, car wax' },
  { entryId: 'photoprotection', name: 'UPF clothing', why: 'shops and outdoor-gear pages' },
  { entryId: 'photoprotection', name: 'sun-protective clothing', why: 'shops and outdoor-gear pages' },
  { entryId: 'photoprotection', name: 'broad-spectrum sunscreen', why: 'shops and beauty pages' },
  { entryId: 'photoprotection', name: 'sun avoidance', why: 'travel and gardening pages' },
  { entryId: 'mechanics-hands', name: "Mechanic's hands", why: 'everyday English: "the mechanic\'s hands were black with engine oil" (content review 12b, FF-12)' },
  { entryId: 'mechanics-hands', name: "mechanics' hands", why: 'everyday English (content review 12b, FF-12)' },
  { entryId: 'mechanics-hands', name: 'mechanics hands', why: 'everyday English (content review 12b, FF-12)' },
  { entryId: 'mechanics-hands', name: "mechanic's hand", why: 'everyday English (content review 12b, FF-12)' },
  { entryId: 'rhabdomyolysis', name: 'muscle breakdown', why: 'fitness pages: "protein after a workout limits muscle breakdown" (content review 12b, FF-7)' },
  { entryId: 'nailfold-changes', name: 'ragged cuticles', why: 'manicure and beauty pages (content review 12b, FF-18)' },
  { entryId: 'hair-loss', name: 'Hair loss', why: 'shampoo and cosmetics shops; the card is about hair loss in DM (content review 12b, FF-13)' },
  { entryId: 'hair-loss', name: 'hair thinning', why: 'shampoo and cosmetics shops (content review 12b, FF-13)' },
  { entryId: 'hair-loss', name: 'thinning hair', why: 'shampoo and cosmetics shops (content review 12b, FF-13)' },
  { entryId: 'prior-authorization', name: 'prior approval', why: 'business, finance and planning: "requires the prior approval of the board"' },
  { entryId: 'cushingoid-features', name: 'moon face', why: 'an emoji, a make-up look and a folk tale far more often than a steroid side effect' },
  // Everyday words that are also symptoms or care (issue #20): painted where the page is about
  // medicine, found by the popup search everywhere. The three single words are common words as
  // well; they are listed for the reason.
  { entryId: 'iv-infusion', name: 'infusion', why: 'a herbal or tea infusion, an infusion of cash or of new ideas (issue #20)' },
  { entryId: 'fatigue', name: 'fatigue', why: 'metal fatigue, decision fatigue, voter fatigue, army fatigues (issue #20)' },
  { entryId: 'brain-fog', name: 'brain fog', why: 'everyday English for a muddled head after a long meeting, a late night or a flight (issue #20)' },
  { entryId: 'steroid-sleep-problems', name: 'insomnia', why: 'a night of bad sleep before an exam, a film, a novel, a song and a cookie shop (issue #20)' },
];

interface Negative extends NegativeContext {
  readonly entryId: string;
  readonly name: string;
  readonly why: string;
}

const SEP = '[\\s\\u2010-\\u2013-]+';

/** Phrases that give a name another meaning wherever it stands, medical pages included. */
export const NEGATIVE_CONTEXTS: readonly Negative[] = [
  {
    entryId: 'corticosteroids',
    name: 'steroid',
    before: `\\banabolic(?:${SEP}(?:and${SEP})?androgenic)?${SEP}$`,
    why: 'anabolic steroids are testosterone-like, not corticosteroids (issue #20)',
  },
  { entryId: 'corticosteroids', name: 'steroid', before: `\\b(?:sex|androgenic|plant|neuroactive)${SEP}$`, why: 'sex and plant steroids are other hormones' },
  {
    entryId: 'avascular-necrosis',
    name: 'osteonecrosis',
    after: `^${SEP}of${SEP}the${SEP}(?:jaw|mandible|maxilla)`,
    why: 'osteonecrosis of the jaw is a bisphosphonate side effect, not steroid bone death of the hip (content review 12b, FF-1)',
  },
  {
    entryId: 'avascular-necrosis',
    name: 'osteonecrosis',
    before: `\\b(?:jaw|mandibular|maxillary|medication${SEP}related|bisphosphonate${SEP}(?:related|associated|induced))${SEP}$`,
    why: 'jaw osteonecrosis (MRONJ) (content review 12b, FF-1)',
  },
  ...['steroid-dependent', 'steroid dependence'].map((name) => ({
    entryId: 'adrenal-insufficiency',
    name,
    after: `^${SEP}(?:[a-z'\\u2019-]+${SEP}){0,2}?(?:myositis|dermatomyositis|polymyositis|myopathy|disease|asthma|nephrotic|nephrosis|colitis|crohn|arthritis|lupus|IBD|vasculitis|sarcoidosis|eczema|dermatitis|uveitis|hepatitis|syndrome)`,
    why: '"steroid-dependent myositis" is a disease that needs steroids, not adrenal insufficiency (content review 12b, FF-2)',
  })),
  {
    entryId: 'necrotizing-myopathy',
    name: 'necrotizing myositis',
    before: `\\b(?:streptococcal|streptococcus|group${SEP}A|GAS|clostridial|bacterial|infectious|pyogenic)${SEP}$`,
    why: 'streptococcal necrotizing myositis is a soft-tissue infection (content review 12b, FF-3)',
  },
  {
    entryId: 'necrotizing-myopathy',
    name: 'necrotizing myositis',
    after: `^${SEP}(?:is${SEP}an?${SEP})?(?:(?:rare|severe|often${SEP}fatal|life${SEP}threatening|bacterial|soft${SEP}tissue)[\\s,-]+)*infections?\\b`,
    why: 'the infection (content review 12b, FF-3)',
  },
  {
    entryId: 'shingles',
    name: 'Shingles',
    before: `\\b(?:asphalt|roof|roofing|cedar|wood|wooden|slate|metal|composite|architectural|fib(?:er|re)glass|clay|tile|laminated|three${SEP}tab|3${SEP}tab|bitumen|felt)${SEP}$`,
    why: 'roof shingles (content review 12b, FF-4)',
  },
  { entryId: 'shingles', name: 'Shingles', after: `^${SEP}(?:roof|roofing|siding|nails?|bundles?)\\b`, why: 'roof shingles (content review 12b, FF-4)' },
  { entryId: 'shingles', name: 'zoster', before: `\\bvaricella${SEP}$`, why: 'varicella zoster virus causes chickenpox first (content review 12b, FF-16)' },
  { entryId: 'myositis', name: 'Myositis', after: `^${SEP}ossificans`, why: 'myositis ossificans is bone forming after a bruise (content review 12b, FF-10)' },
  {
    entryId: 'myositis',
    name: 'Myositis',
    before: `\\b(?:benign${SEP}acute${SEP}childhood|viral|influenza${SEP}associated|infectious|bacterial|tropical|streptococcal)${SEP}$`,
    why: 'myositis from an infection, not the immune system attacking muscle (content review 12b, FF-10)',
  },
  {
    entryId: 'photosensitivity',
    name: 'photosensitive',
    after: `^${SEP}(?:epilep|seizure|migraine|material|resin|paper|film|emulsion|layer|cell|diode|sensor|surface|glass|compound|molecule|dye|drum|pigment|protein)`,
    why: 'photosensitive epilepsy and light-sensitive materials (content review 12b, FF-5)',
  },
  {
    entryId: 'live-vaccines',
    name: 'MMR',
    after: `^${SEP}(?:deficien|proficien|status|genes?\\b|proteins?\\b|pathway|system|defect|loss|immunohisto|IHC)`,
    why: 'mismatch repair (MMR deficiency) in cancer pathology (content review 12b, FF-c4)',
  },
  { entryId: 'live-vaccines', name: 'MMR', before: `\\bmismatch${SEP}repair[\\s(]*$`, why: 'mismatch repair (content review 12b, FF-c4)' },
  { entryId: 'electromyography', name: 'EMG', after: `^${SEP}(?:pick${SEP}?ups?|81|85|89|60|guitar|active)\\b`, why: 'EMG guitar pickups (content review 12b, FF-23)' },
  { entryId: 'pulmonary-function-tests', name: 'PFT', before: `\\b(?:Navy|Army|Air${SEP}Force|Marine|Marines|physical${SEP}fitness)${SEP}$`, why: 'the Navy physical fitness test (content review 12b, FF-19)' },
  { entryId: 'contractures', name: 'Contractures', before: `\\bcapsular${SEP}$`, why: 'capsular contracture around a breast implant (content review 12b, FF-17)' },
  { entryId: 'prednisolone', name: 'Prednisolone', after: `^${SEP}(?:acetate${SEP})?(?:eye|ophthalmic)\\b`, why: 'prednisolone eye drops, not the steroid pill (content review 12b, FF-c2)' },
  { entryId: 'antinuclear-antibody', name: 'ANA', before: `\\b(?:fly|flew|flying|flown)${SEP}$`, why: 'All Nippon Airways (content review 12b, FF-8)' },
  {
    entryId: 'antinuclear-antibody',
    name: 'ANA',
    after: `^${SEP}(?:flights?|airlines?|airways|lounge|mileage|miles|crew|holdings|cargo|business${SEP}class|first${SEP}class)\\b`,
    why: 'All Nippon Airways (content review 12b, FF-8)',
  },
  {
    entryId: 'iv-infusion',
    name: 'infusion',
    before: `\\b(?:herbal|herb|tea|mint|chamomile|camomile|ginger|lemon|fruit|floral|rose|hibiscus|botanical|oil|garlic|chil[il]i?|vanilla|citrus|cucumber|flavou?r|cold|vinegar|cash|capital|equity|liquidity)${SEP}$`,
    why: 'a drink, a flavoured oil or money, not a drip (issue #20)',
  },
  {
    entryId: 'iv-infusion',
    name: 'infusion',
    after: `^${SEP}of${SEP}(?:(?:fresh|new|much${SEP}needed|more)${SEP})?(?:cash|capital|money|funds?|funding|investment|liquidity|equity|credit|talent|energy|life|ideas|(?:fresh|new|young)${SEP}blood|herbs?|tea|mint|flowers|leaves|flavou?rs?|colou?r|style|humou?r)\\b`,
    why: 'an infusion of cash, of new blood or of herbs (issue #20)',
  },
  {
    entryId: 'fatigue',
    name: 'fatigue',
    before: `\\b(?:metal|material|structural|thermal|decision|compassion|empathy|cultural|political|moral|zoom|video${SEP}call|screen|alarm|donor|voter|election|war|battle|combat|pandemic|lockdown|reform|sanctions?|news|ad|advert|advertising|brand|change|choice|password|app|meeting|subscription|consumer|customer|audience|driver|pilot|caregiver|carer|army|military|camouflage|camo|olive|desert|jungle|wearing|wore|dressed${SEP}in)${SEP}$`,
    why: 'metal fatigue, decision, voter and compassion fatigue, a driver\'s fatigue, and army fatigues (clothes) (issue #20)',
  },
  {
    entryId: 'fatigue',
    name: 'fatigue',
    after: `^${SEP}(?:syndrome|cracks?|cracking|failures?|life|limits?|strength|test(?:s|ing)?|resistance|loading|damage|crack)\\b`,
    why: 'chronic fatigue syndrome is another illness; fatigue cracks and fatigue life are metal (issue #20)',
  },
  { entryId: 'steroid-sleep-problems', name: 'insomnia', after: `^${SEP}cookies?\\b`, why: 'Insomnia Cookies, a bakery chain (issue #20)' },
  { entryId: 'remission', name: 'Remission', after: `^${SEP}of${SEP}(?:debts?|sins?|tax|taxes|fees?|penalt|dut|fines?|rent|interest)`, why: 'remission of a debt, a tax or a sentence' },
];

/**
 * Words about medicine wherever they stand, in English and in the interface's other language and
 * its neighbours (a Spanish, French or German page may write "MTX" among its own words). Chosen
 * to be rare elsewhere: no "treatment" (hair, water), "drug" (doping, cartels), "health" (a game's
 * health bar), "tablet" (a computer) or "acute" (an angle).
 */
export const NEIGHBOUR_WORDS: readonly string[] = [
  'patients?', 'doctors?', 'physicians?', 'nurses?', 'clinics?', 'clinical', 'clinicians?', 'hospitals?', 'hospitali[sz]ed',
  'diagnos(?:is|es|ed|tic)', 'symptoms?', 'diseases?', 'syndromes?', 'therap(?:y|ies|ist|ists)', 'medications?', 'medical', 'medically',
  'prescri(?:be|bed|bes|ption|ptions)', 'side[\\s-]effects?', 'infections?', 'immune', 'immunity', 'vaccin\\w*', 'antibod(?:y|ies)',
  'serum', 'biops(?:y|ies)', 'inflammat\\w*', 'autoimmun\\w*', 'rheumatolog\\w*', 'dermatolog\\w*', 'myositis', 'lupus', 'arthritis',
  'cancer', 'tumou?rs?', 'surgery', 'surgical', 'injections?', 'infusions?', 'pharmac(?:y|ist|ists|ies)', 'illness(?:es)?',
  'dos(?:e|es|age|ing)', 'mg', 'mcg', 'mg/kg', 'titres?', 'titers?', 'U/L', 'IU/L', 'mmol', 'muscle[\\s-]weakness', 'blood[\\s-]tests?',
  // Spanish, French, German.
  'pacientes?', 'médicos?', 'enfermedad(?:es)?', 'tratamientos?', 'medicamentos?', 'síntomas?', 'diagnóstico',
  'maladies?', 'traitements?', 'médicaments?', 'symptômes?', 'médecins?',
  'Krankheit(?:en)?', 'Patient(?:en|in|innen)?', 'Ärzt(?:e|in|innen)?', 'Arzt', 'Behandlung(?:en)?', 'Medikament(?:e|en)?', 'Symptome?', 'Diagnose',
];

/** At most five letters and digits, two or more of them capitals: "MMR", "ANA", "CsA", "FK-506". */
export function isShortAbbreviation(name: string): boolean {
  const compact = collapseSeparators(name).replace(/[\s-]/g, '');
  return compact.length <= 5 && /^[\p{L}\p{N}]+$/u.test(compact) && (compact.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** A single word (a possessive ending aside) that the common-word test finds. */
function isCommonSingleWord(name: string, isCommonWord: (word: string) => boolean): boolean {
  const text = collapseSeparators(name).replace(/['\u2019]s?$/u, '');
  return !/\s/.test(text) && isCommonWord(text);
}

export function ambiguityOf(entryId: string, name: string, isCommonWord: (word: string) => boolean): AmbiguityKind | undefined {
  if (isShortAbbreviation(name)) return 'abbreviation';
  if (isCommonSingleWord(name, isCommonWord)) return 'common-word';
  const key = normalizeTerm(name);
  if (LISTED_AMBIGUOUS.some((l) => l.entryId === entryId && normalizeTerm(l.name) === key)) return 'listed';
  return undefined;
}

/** The context data for these names (the names of all entries: the published data serves every choice of kinds). */
export function contextData(names: readonly TermName[], isCommonWord: (word: string) => boolean): ContextData {
  const out: Record<string, NameContext> = {};
  for (const entry of names) {
    for (const name of [entry.name, ...entry.aliases.map(aliasText)]) {
      const key = normalizeTerm(name);
      const ambiguous = ambiguityOf(entry.id, name, isCommonWord);
      const negatives = NEGATIVE_CONTEXTS.filter((n) => n.entryId === entry.id && normalizeTerm(n.name) === key).map(
        ({ before, after }): NegativeContext => ({ ...(before ? { before } : {}), ...(after ? { after } : {}) }),
      );
      if (!ambiguous && negatives.length === 0) continue;
      out[key] = { ...(ambiguous ? { ambiguous } : {}), ...(negatives.length > 0 ? { negatives } : {}) };
    }
  }
  const words = NEIGHBOUR_WORDS.join('|');
  return { names: out, neighbours: `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])` };
}
