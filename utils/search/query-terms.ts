import { KEEP_DOUBLED, STEM_RULES, STOP_WORDS, SYNONYMS } from './vocabulary';

/** Splits text into lower-case words the way the index does (letters, digits, inner hyphens and apostrophes). */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Plural and verb endings off, by the rules in vocabulary.ts. */
export function stem(word: string): string {
  const w = word.replace(/’/g, "'");
  for (const rule of STEM_RULES) {
    if (!w.endsWith(rule.suffix) || w.length - rule.suffix.length < rule.keep) continue;
    let base = w.slice(0, w.length - rule.suffix.length) + rule.replace;
    const last = base[base.length - 1]!;
    if ((rule.suffix === 'ing' || rule.suffix === 'ed') && base.length > 3 && last === base[base.length - 2] && !KEEP_DOUBLED.has(last)) {
      base = base.slice(0, -1);
    }
    return base;
  }
  return w;
}

/** How the index turns one word into a term: undefined drops a stop word. */
export function indexTerm(word: string): string | undefined {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? undefined : stem(lower);
}

/** One word of the query and the terms that count as finding it. */
export interface QueryGroup {
  /** The word as typed (lower case). */
  readonly word: string;
  /** Its stemmed form: typos and prefixes are tried on this one only. */
  readonly term: string;
  /** Stemmed synonyms from the table, matched exactly. */
  readonly synonyms: readonly string[];
}

/** The query's topic words, each with its synonyms; question words are dropped. */
export function queryGroups(query: string): QueryGroup[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  // A query of nothing but stop words ("how", "it") still searches for what was typed.
  const chosen = kept.length ? kept : all;
  const seen = new Set<string>();
  const groups: QueryGroup[] = [];
  for (const word of chosen) {
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    const synonyms = [...new Set((SYNONYMS[word] ?? SYNONYMS[term] ?? []).flatMap((s) => words(s)).map(stem))].filter((s) => s !== term);
    groups.push({ word, term, synonyms });
  }
  // A synonym that is itself another word of the query ("lumps" → "calcium" in "calcium lumps")
  // must not let one word of an entry answer two words of the query.
  return groups.map((g) => ({ ...g, synonyms: g.synonyms.filter((s) => !seen.has(s)) }));
}

/** The runs of consecutive query words, longest first, for finding a name inside a longer question. */
export function phrases(query: string, maxWords = 5): string[] {
  const all = query.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const out: string[] = [];
  for (let size = Math.min(maxWords, all.length); size >= 1; size--) {
    for (let start = 0; start + size <= all.length; start++) out.push(all.slice(start, start + size).join(' '));
  }
  return out;
}
