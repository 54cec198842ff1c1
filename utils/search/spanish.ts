/**
 * Search in Spanish, over the same cards: Spanish names (glossary/es/names.ts)
 * and patient words (spanish-vocabulary.ts) are turned into the glossary's own
 * English words, and the English search (search-index.ts) ranks the cards and
 * picks the answering sentence as it does for English queries.
 *
 * - Accents are optional: names match with or without them, and words are folded.
 * - Stop words are the Spanish list of @orama/stopwords plus question framing;
 *   words are stemmed by @orama/stemmers' Spanish Snowball stemmer, a port of the
 *   reference algorithm, kept with Orama's search engine: plurals, genders and
 *   verb forms meet ("vacunas", "vacunarme") where a hand-written suffix list
 *   would miss most of them.
 * - A word the glossary knows in no language is not guessed at: a query with no
 *   known word finds nothing, and the popup says so, instead of ranking unrelated cards.
 */
import { stemmer } from '@orama/stemmers/spanish';
import { stopwords } from '@orama/stopwords/spanish';
import MiniSearch from 'minisearch';
import { SPANISH_NAMES } from '../../glossary/es/names';
import { withoutAccents } from '../../glossary/es/page-names';
import { TermMatcher } from '../../glossary/matcher';
import { aliasText, type GlossaryEntry } from '../../glossary/types';
import { indexTerm, words } from './query-terms';
import { GlossarySearch, type SearchHit } from './search-index';
import { SPANISH_FRAMING_WORDS, SPANISH_TO_ENGLISH } from './spanish-vocabulary';

const fold = (word: string) => withoutAccents(word.toLowerCase());
export const spanishStem = (word: string): string => stemmer(fold(word));

const STOP_WORDS = new Set([...stopwords, ...SPANISH_FRAMING_WORDS].map(fold));
/** A query's words that carry meaning, folded and stemmed the Spanish way: what a Spanish result line is chosen and marked by. */
export function spanishQueryStems(query: string): string[] {
  return [...new Set(words(query).filter((w) => !STOP_WORDS.has(w)).map(spanishStem))];
}

const TRANSLATIONS = new Map<string, readonly string[]>(Object.entries(SPANISH_TO_ENGLISH).map(([es, en]) => [spanishStem(es), en]));

/** Spanish words no English query uses: one of them, an accent, ñ or ¿¡ says the query is Spanish. */
const SPANISH_MARKERS = new Set(['de', 'la', 'el', 'los', 'las', 'del', 'con', 'para', 'por', 'que', 'puedo', 'es', 'una', 'un', 'y', 'se', 'mi', 'me']);

export function looksSpanish(query: string): boolean {
  if (/[¿¡ñáéíóú]/i.test(query)) return true;
  // "alcohol", "cancer": written the same in English, so they say nothing.
  return words(query).some((w) => SPANISH_MARKERS.has(w) || (TRANSLATIONS.get(spanishStem(w)) ?? [w]).every((en) => en !== w));
}

interface NameDoc {
  id: string;
  names: string;
}

/** Where a Spanish query's words went: into English words for the English search, or nowhere. */
export interface SpanishReading {
  /** The English query the cards are ranked by. */
  readonly english: string;
  /** Words of the query that the glossary knows in no language. */
  readonly unknown: readonly string[];
}

export class SpanishSearch {
  private readonly names: TermMatcher;
  private readonly nameWords: MiniSearch<NameDoc>;
  private readonly englishName: Map<string, string>;

  constructor(
    entries: readonly GlossaryEntry[],
    private readonly english: GlossarySearch,
  ) {
    this.englishName = new Map(entries.map((e) => [e.id, e.name]));
    const spanish = entries
      .filter((e) => SPANISH_NAMES[e.id])
      .map((e) => {
        const texts = SPANISH_NAMES[e.id]!.names.map(aliasText);
        // Search-only names are for exactly this: the search box. Case is the matcher's only for pages.
        return { id: e.id, name: texts[0]!, aliases: [...texts.slice(1), ...texts.map(withoutAccents)] };
      });
    this.names = new TermMatcher(spanish);
    this.nameWords = new MiniSearch<NameDoc>({ fields: ['names'], storeFields: [], tokenize: (s) => words(s) });
    this.nameWords.addAll(spanish.map((s) => ({ id: s.id, names: [s.name, ...s.aliases].join(' ') })));
  }

  /** The query read into English: Spanish names → the entry's name, patient words → their English words. */
  read(query: string): SpanishReading {
    const english: string[] = [];
    let rest = ` ${query} `;
    // Whole Spanish names first ("ácido fólico", "caída del pelo"), plurals included, accents optional.
    for (const match of this.names.findAll(query).reverse()) {
      english.unshift(this.englishName.get(match.entryId) ?? '');
      rest = `${rest.slice(0, match.start + 1)} ${rest.slice(match.end + 1)}`;
    }
    const unknown: string[] = [];
    const left = words(rest).filter((w) => !STOP_WORDS.has(w));
    left.forEach((word, i) => {
      const translated = TRANSLATIONS.get(spanishStem(word));
      if (translated) return void english.push(...translated);
      const term = indexTerm(word);
      // Brands and English words typed in a Spanish question ("Plaquenil", "MTX") are the English search's own.
      if (term && this.english.knows(term, false)) return void english.push(word);
      // The word being typed, or a typo: a Spanish name that begins with it, or is one letter in five away.
      const last = i === left.length - 1 && !/\s$/.test(query);
      const named = word.length >= 3 ? this.nameWords.search(word, { prefix: last, fuzzy: word.length > 5 ? 0.2 : false })[0] : undefined;
      if (named) return void english.push(this.englishName.get(named.id as string) ?? '');
      if (term && last && this.english.knows(term, true)) return void english.push(word);
      unknown.push(word);
    });
    return { english: english.filter(Boolean).join(' '), unknown };
  }

  search(query: string, limit = 20): SearchHit[] {
    const { english } = this.read(query);
    return english ? this.english.search(english, limit) : [];
  }
}

/**
 * The popup's and glossary page's search: a Spanish query (or any query with the
 * interface in Spanish) is read in Spanish first; an English one as before.
 */
export class BilingualSearch {
  private readonly spanish: SpanishSearch;

  constructor(
    entries: readonly GlossaryEntry[],
    private readonly english: GlossarySearch,
    private readonly interfaceSpanish: boolean,
  ) {
    this.spanish = new SpanishSearch(entries, english);
  }

  search(query: string, limit = 20): SearchHit[] {
    if (!this.interfaceSpanish && !looksSpanish(query)) return this.english.search(query, limit);
    const hits = this.spanish.search(query, limit);
    // With the interface in Spanish, an English query ("flu shot") still finds its card.
    return hits.length || looksSpanish(query) ? hits : this.english.search(query, limit);
  }
}

/** The search for a surface whose interface is in `language` ("es", "en"). */
export function glossarySearch(entries: readonly GlossaryEntry[], matcher: TermMatcher, language: string): BilingualSearch {
  return new BilingualSearch(entries, new GlossarySearch(entries, matcher), /^es\b/i.test(language));
}
