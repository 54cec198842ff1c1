import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { TermMatcher } from '../../glossary/matcher';
import { normalizeTerm } from '../../glossary/normalize';
import { aliasText, isSearchOnly, type Category, type GlossaryEntry } from '../../glossary/types';
import { indexTerm, phrases, queryGroups, stem, words, type QueryGroup } from './query-terms';
import { bestSnippet, prepareSentences, type PreparedSentence } from './snippet';
import { SYMPTOM_CARD_BOOST, SYMPTOM_WORDS, TEST_CARD_BOOST, TEST_CARD_DAMPING, TEST_WORDS } from './vocabulary';

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The alias (brand, abbreviation, other spelling) the query named, when it was not the name. */
  readonly viaAlias?: string;
  /** The card's sentence that best answers the query, or its summary: shown under the name, so
   * an answer such as "the flu shot is not live" is visible without opening a section. */
  readonly line?: string;
  /** Words of the entry that matched, for highlighting why it came up. */
  readonly terms: readonly string[];
  /**
   * Whether the hit is a strong answer: named by the query, or as relevant as the best (every
   * query word, at least half the top score). The popup shows the strong ones first and the
   * rest on request, so a list stops where relevance drops (UX review m4). Absent means strong.
   */
  readonly strong?: boolean;
}

/** Below this share of the best score, a hit that only shares words with the query is weak. */
export const STRONG_SHARE = 0.5;

/**
 * The ids of the ranked hits that are as relevant as the best: every query word the best covers,
 * and at least `share` of its score. Pure, for the popup's cut-off.
 */
export function strongRanked(ranked: ReadonlyArray<{ id: string; covered: number; score: number }>, share = STRONG_SHARE): Set<string> {
  const top = ranked[0];
  if (!top) return new Set();
  return new Set(ranked.filter((r) => r.covered === top.covered && r.score >= share * top.score).map((r) => r.id));
}

interface Doc {
  id: string;
  name: string;
  aliases: string;
  summary: string;
  body: string;
}

function paragraphs(entry: GlossaryEntry): string[] {
  const { whyInDm, howGiven, sideEffects, questions = [] } = entry.sections;
  return [entry.summary, whyInDm, howGiven, sideEffects, ...questions].filter((p): p is string => Boolean(p));
}

function toDoc(entry: GlossaryEntry): Doc {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases.map(aliasText).join(' \n '),
    summary: entry.summary,
    body: paragraphs(entry).slice(1).join('\n'),
  };
}

/** Hyphenated words are indexed whole and by part, so "covid" finds "COVID-19" and "anti-mda5" finds itself. */
function tokenize(text: string): string[] {
  return words(text).flatMap((w) => (/[-']/.test(w) ? [w, ...w.split(/[-']/).filter(Boolean)] : [w]));
}

// About one typo per five letters: "metotrexate", "hydroxycloroquine".
const typoDistance = (term: string) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 0.2);
// A synonym is the patient's meaning at one remove: it finds an entry, but the word as typed weighs more.
const SYNONYM_WEIGHT = 0.5;
const asIs = { tokenize: (s: string) => [s], processTerm: (s: string) => s };

/**
 * Full-text search over the glossary, built on MiniSearch:
 * - names and aliases weigh most, then the summary, then the sections (field boosts);
 * - each query word is one OR group of its stem and its synonyms (vocabulary.ts), and an
 *   entry that answers more of the groups ranks above one that answers fewer;
 * - a word that exists in the glossary as typed is never also read as a typo, so "liver"
 *   finds the liver and not "live";
 * - an entry whose name or alias appears in the query ("methotrexate injection") comes first,
 *   unless that name holds only part of the query and another entry's name or alias holds all
 *   of it ("steroid card" is the steroid emergency card, not steroids in general);
 * - a query that stops inside a word completes names before aliases, the shortest first, so
 *   "pred" is prednisone and "plaq" is Plaquenil rather than "Plaquenil retinopathy";
 * - a symptom query without a test word ranks condition and symptom cards above the tests
 *   and procedures that look for them, and a test query without a symptom word the reverse.
 */
export class GlossarySearch {
  private readonly index: MiniSearch<Doc>;
  private readonly byId: Map<string, GlossaryEntry>;
  private readonly sentences: Map<string, PreparedSentence[]>;
  /** Search-only aliases ("PM", "OT"): the matcher never sees them, so a phrase naming one is looked up here. */
  private readonly searchOnly = new Map<string, string>();
  /** Each entry's name, then its aliases, as lower-case words: for completing a partial word. */
  private readonly labels: ReadonlyArray<{ id: string; name: string; aliases: string[] }>;
  /** Each entry's name and each alias as stemmed terms: for "does one label hold the whole query". */
  private readonly labelTerms: Map<string, string[][]>;

  constructor(
    entries: readonly GlossaryEntry[],
    private readonly matcher: TermMatcher,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.sentences = new Map(entries.map((e) => [e.id, prepareSentences(paragraphs(e))]));
    for (const entry of entries) {
      for (const alias of entry.aliases) if (isSearchOnly(alias)) this.searchOnly.set(normalizeTerm(aliasText(alias)), entry.id);
    }
    const lowerWords = (text: string) => words(text).join(' ');
    this.labels = entries.map((e) => ({ id: e.id, name: lowerWords(e.name), aliases: e.aliases.map((a) => lowerWords(aliasText(a))) }));
    this.labelTerms = new Map(entries.map((e) => [e.id, [e.name, ...e.aliases.map(aliasText)].map((l) => tokenize(l).map(stem))]));
    this.index = new MiniSearch<Doc>({
      fields: ['name', 'aliases', 'summary', 'body'],
      storeFields: [],
      tokenize,
      processTerm: (term) => indexTerm(term),
      searchOptions: { boost: { name: 6, aliases: 5, summary: 2, body: 1 }, ...asIs },
    });
    this.index.addAll(entries.map(toDoc));
  }

  search(query: string, limit = 20): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const groups = queryGroups(trimmed);
    if (groups.length === 0) return [];
    const results = this.index.search(this.buildQuery(groups));
    // MiniSearch reports the query's own term for a prefix or typo match, so this counts those too.
    const coverage = (r: SearchResult) => groups.filter((g) => r.queryTerms.some((t) => t === g.term || g.synonyms.includes(t))).length;
    const weigh = this.categoryWeight(groups);
    const weighed = results
      .map((r) => ({ r, id: r.id as string, covered: coverage(r), score: r.score * weigh(r.id as string) }))
      .sort((a, b) => b.covered - a.covered || b.score - a.score);
    const ranked = weighed.map(({ r }) => r);
    const strongByScore = strongRanked(weighed);
    const named = this.namedIn(trimmed);
    const rankedIds = ranked.map((r) => r.id as string);
    const wholly = rankedIds.filter((id) => this.labelHolds(id, groups));
    const whollySet = new Set(wholly);
    const namedWhole = [...named.keys()].filter((id) => whollySet.has(id));
    const promoted = [...namedWhole, ...this.completions(trimmed), ...(named.size ? wholly : []), ...named.keys()];
    const strong = new Set([...promoted, ...strongByScore]);
    const order = [...new Set([...promoted, ...rankedIds])];
    const byResult = new Map(ranked.map((r) => [r.id as string, r]));
    return order.slice(0, limit).flatMap((id) => {
      const entry = this.byId.get(id);
      if (!entry) return [];
      const result = byResult.get(id);
      const viaAlias = named.get(id) ?? (result ? this.aliasCovering(entry, groups) : undefined);
      return [{
        id: entry.id,
        name: entry.name,
        category: entry.category,
        viaAlias,
        line: bestSnippet(this.sentences.get(entry.id) ?? [], groups, entry.name) ?? entry.summary,
        terms: result?.terms ?? [],
        strong: strong.has(id),
      }];
    });
  }

  /**
   * Symptom query without a test word → condition and symptom cards up, test and procedure cards
   * down; a test query without a symptom word ("lung scan") → test and procedure cards up.
   */
  private categoryWeight(groups: readonly QueryGroup[]): (id: string) => number {
    const terms = groups.flatMap((g) => [g.term, ...g.synonyms]);
    const symptom = terms.some((t) => SYMPTOM_WORDS.has(t));
    const test = terms.some((t) => TEST_WORDS.has(t));
    if (symptom === test) return () => 1;
    const isTestCard = (id: string) => ['test', 'procedure'].includes(this.byId.get(id)?.category ?? '');
    if (test) return (id) => (isTestCard(id) ? TEST_CARD_BOOST : 1);
    return (id) => {
      const category = this.byId.get(id)?.category;
      return category === 'condition' || category === 'symptom' ? SYMPTOM_CARD_BOOST : isTestCard(id) ? TEST_CARD_DAMPING : 1;
    };
  }

  /** Whether the entry's name or one alias alone holds every query word. */
  private labelHolds(id: string, groups: readonly QueryGroup[]): boolean {
    return (this.labelTerms.get(id) ?? []).some((terms) => groups.every((g) => terms.some((t) => t.startsWith(g.term) || g.synonyms.includes(t))));
  }

  /**
   * Entries whose name or alias the query begins and stops inside a word of ("pred", "plaq"):
   * names before aliases, the shortest completion first, as an autocomplete would offer them.
   */
  private completions(query: string): string[] {
    const typed = words(query).join(' ');
    if (typed.length < 3) return [];
    const insideWord = (label: string) => label.length > typed.length && label.startsWith(typed) && /[\p{L}\p{N}]/u.test(label[typed.length]!);
    const found: Array<{ id: string; rank: number }> = [];
    for (const { id, name, aliases } of this.labels) {
      if (insideWord(name)) found.push({ id, rank: name.length });
      else {
        const shortest = Math.min(...aliases.filter(insideWord).map((a) => a.length));
        if (Number.isFinite(shortest)) found.push({ id, rank: 1000 + shortest });
      }
    }
    return found.sort((a, b) => a.rank - b.rank).map((f) => f.id);
  }

  /** One OR group per query word; typos are tried only for a word the glossary does not contain. */
  private buildQuery(groups: readonly QueryGroup[]): Query {
    return {
      combineWith: 'OR',
      queries: groups.map((g) => ({
        combineWith: 'OR',
        queries: [
          { queries: [g.term], prefix: true, fuzzy: this.hasWord(g.term) ? false : typoDistance(g.term), ...asIs },
          ...(g.synonyms.length ? [{ queries: [...g.synonyms], prefix: false, fuzzy: false, boostTerm: () => SYNONYM_WEIGHT, ...asIs }] : []),
        ],
      })),
    };
  }

  private hasWord(term: string): boolean {
    return this.knows(term, true);
  }

  /** Whether an indexed term (see `indexTerm`) is in the glossary, as a whole word or, with `prefix`, as the start of one. */
  knows(term: string, prefix: boolean): boolean {
    return this.index.search(term, { prefix, fuzzy: false, ...asIs }).length > 0;
  }

  /** Entries whose name or alias is a run of words in the query, longest run first → the alias used, if not the name. */
  private namedIn(query: string): Map<string, string | undefined> {
    const named = new Map<string, string | undefined>();
    for (const phrase of phrases(query)) {
      const id = this.matcher.resolve(phrase) ?? this.searchOnly.get(normalizeTerm(phrase));
      if (!id || named.has(id)) continue;
      const entry = this.byId.get(id);
      if (!entry) continue;
      const alias = entry.aliases.map(aliasText).find((a) => a.toLowerCase() === phrase.toLowerCase());
      named.set(id, alias);
    }
    return named;
  }

  /** "Also called X" only when X alone holds every query word, so "flu shot" never reads "also called nasal flu spray". */
  private aliasCovering(entry: GlossaryEntry, groups: readonly QueryGroup[]): string | undefined {
    const nameTerms = tokenize(entry.name).map(stem);
    const holds = (terms: string[]) => groups.every((g) => terms.some((t) => t.startsWith(g.term) || g.synonyms.includes(t)));
    if (holds(nameTerms)) return undefined;
    return entry.aliases.map(aliasText).find((alias) => holds(tokenize(alias).map(stem)));
  }
}
