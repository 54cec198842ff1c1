/**
 * Search results as a reader with the interface in Spanish reads them: the
 * name the card opens with, and the sentence of the Spanish card that best
 * answers the query (its summary when none holds a query word), with the
 * words that matched. The ranking stays the English search's (spanish.ts);
 * only what is shown changes. An entry whose card is not in Spanish keeps its
 * English name and line, marked as English.
 */
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { shownName } from '../card-data/shown-name';
import type { CardLang } from '../card-data/card-language';
import { isSpanishTag } from '../highlight/page-language';
import { words } from './query-terms';
import type { SearchHit } from './search-index';
import { sentences } from './snippet';
import { spanishQueryStems, spanishStem } from './spanish';

export interface ShownHit extends SearchHit {
  /** The language of `name` and `line`. */
  readonly lang: CardLang;
}

interface StemmedSentence {
  readonly text: string;
  readonly stems: readonly string[];
}

const prepared = new Map<string, StemmedSentence[]>();
// The cards share most of their words, and the Snowball stemmer is the slow part of a first search.
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = spanishStem(word)));
  return stem;
}

/** The Spanish card's statements, stemmed once per entry; its questions to the care team never answer a search. */
function spanishSentences(id: string): StemmedSentence[] {
  let list = prepared.get(id);
  if (!list) {
    const card = SPANISH_CARDS[id]!;
    const { whyInDm, howGiven, sideEffects } = card.sections;
    list = [card.summary, whyInDm, howGiven, sideEffects]
      .filter((p): p is string => Boolean(p))
      .flatMap(sentences)
      .filter((s) => !s.endsWith('?'))
      .map((text) => ({ text, stems: words(text).map(stemOf) }));
    prepared.set(id, list);
  }
  return list;
}

// A word of the card's own name says less than any other: every sentence of the card is about it.
const NAME_WORD_WEIGHT = 0.25;
// Stems shorter than this ("a", "de" left by the stop list) would match half the words of a sentence.
const MIN_STEM = 3;

/** The query's stems a Spanish line is chosen by. */
export const lineStems = (query: string): string[] => spanishQueryStems(query).filter((s) => s.length >= MIN_STEM);

/** The Spanish card's sentence that best answers a query (its `stems`), and the stems it holds; undefined when none holds one. */
export function spanishLine(id: string, stems: readonly string[], name: string): { text: string; terms: string[] } | undefined {
  if (stems.length === 0 || !Object.hasOwn(SPANISH_CARDS, id)) return undefined;
  const nameStems = words(name).map(stemOf);
  const holds = (list: readonly string[], stem: string) => list.some((s) => s.startsWith(stem));
  let best: { text: string; terms: string[]; score: number } | undefined;
  for (const sentence of spanishSentences(id)) {
    const found = stems.filter((stem) => holds(sentence.stems, stem));
    // A sentence that only names the card says nothing its heading does not.
    if (!found.some((stem) => !holds(nameStems, stem))) continue;
    const score = found.reduce((sum, stem) => sum + (holds(nameStems, stem) ? NAME_WORD_WEIGHT : 1), 0);
    if (!best || score > best.score) best = { text: sentence.text, terms: found, score };
  }
  return best && { text: best.text, terms: best.terms };
}

/** `hits` as the interface `ui` shows them. */
export function shownHits(hits: readonly SearchHit[], query: string, ui: string): ShownHit[] {
  const stems = lineStems(query);
  return hits.map((hit) => {
    const shown = shownName(hit, ui);
    if (shown.lang === 'en' || !isSpanishTag(ui)) return { ...hit, lang: 'en' };
    const line = spanishLine(hit.id, stems, shown.name);
    const summary = SPANISH_CARDS[hit.id]!.summary;
    // A line only where the English hit had one (a listed term with no query has none).
    return { ...hit, name: shown.name, lang: 'es', line: hit.line === undefined ? undefined : (line?.text ?? summary), terms: line?.terms ?? [] };
  });
}
