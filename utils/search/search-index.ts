import MiniSearch, { type SearchResult } from 'minisearch';
import type { TermMatcher } from '../../glossary/matcher';
import { normalizeTerm } from '../../glossary/normalize';
import { aliasText, isSearchOnly, type Category, type GlossaryEntry } from '../../glossary/types';

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The alias (brand, abbreviation, other spelling) the query hit, when it was not the name. */
  readonly viaAlias?: string;
  /** Words of the entry that matched, for highlighting why it came up. */
  readonly terms: readonly string[];
}

interface Doc {
  id: string;
  name: string;
  aliases: string;
  summary: string;
  body: string;
}

function toDoc(entry: GlossaryEntry): Doc {
  const { whyInDm = '', howGiven = '', sideEffects = '', questions = [] } = entry.sections;
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases.map(aliasText).join(' \n '),
    summary: entry.summary,
    body: [whyInDm, howGiven, sideEffects, ...questions].join('\n'),
  };
}

/**
 * Full-text search over the glossary. MiniSearch gives prefix and typo-tolerant
 * matching with per-field boosts in a few kilobytes, so names and brands rank
 * above words that only appear in the body. A query that is exactly one of the
 * names the highlighter knows goes first, whatever its score.
 */
export class GlossarySearch {
  private readonly index: MiniSearch<Doc>;
  private readonly byId: Map<string, GlossaryEntry>;
  /** Search-only aliases ("PM", "OT"): the matcher never sees them, so an exact query for one is looked up here. */
  private readonly searchOnly = new Map<string, string>();

  constructor(
    entries: readonly GlossaryEntry[],
    private readonly matcher: TermMatcher,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    for (const entry of entries) {
      for (const alias of entry.aliases) if (isSearchOnly(alias)) this.searchOnly.set(normalizeTerm(aliasText(alias)), entry.id);
    }
    this.index = new MiniSearch<Doc>({
      fields: ['name', 'aliases', 'summary', 'body'],
      storeFields: [],
      searchOptions: {
        boost: { name: 6, aliases: 5, summary: 1.5, body: 1 },
        prefix: true,
        // About one typo per five letters: "metotrexate", "hydroxycloroquine".
        fuzzy: (term) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 0.2),
        combineWith: 'AND',
      },
    });
    this.index.addAll(entries.map(toDoc));
  }

  search(query: string, limit = 20): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    let results: SearchResult[] = this.index.search(trimmed);
    // "eye exam" should still find entries that mention only one of the words.
    if (results.length === 0) results = this.index.search(trimmed, { combineWith: 'OR' });
    const exactId = this.matcher.resolve(trimmed) ?? this.searchOnly.get(normalizeTerm(trimmed));
    if (exactId) {
      const exact = results.find((r) => r.id === exactId) ?? ({ id: exactId, terms: [], match: {}, score: Infinity, queryTerms: [] } as SearchResult);
      results = [exact, ...results.filter((r) => r.id !== exactId)];
    }
    return results.slice(0, limit).flatMap((result) => {
      const entry = this.byId.get(result.id as string);
      if (!entry) return [];
      return [{ id: entry.id, name: entry.name, category: entry.category, viaAlias: this.aliasHit(entry, trimmed, result), terms: result.terms }];
    });
  }

  private aliasHit(entry: GlossaryEntry, query: string, result: SearchResult): string | undefined {
    const nameHit = result.terms.some((t) => entry.name.toLowerCase().includes(t));
    if (nameHit) return undefined;
    const hitFields = (term: string) => result.match[term] ?? [];
    const aliasTerms = result.terms.filter((t) => hitFields(t).includes('aliases'));
    if (aliasTerms.length === 0) return undefined;
    const q = query.toLowerCase();
    const aliases = entry.aliases.map(aliasText);
    return (
      aliases.find((a) => a.toLowerCase() === q) ??
      aliases.find((a) => aliasTerms.every((t) => a.toLowerCase().includes(t))) ??
      aliases.find((a) => aliasTerms.some((t) => a.toLowerCase().includes(t)))
    );
  }
}
