import { stem, words, type QueryGroup } from './query-terms';
import { LEAD_INS } from './vocabulary';

/** Splits a paragraph into sentences (the glossary writes plain sentences ending in . ? or !). */
export function sentences(text: string): string[] {
  return text.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** A card's sentence, stemmed once when the index is built rather than at every keystroke. */
export interface PreparedSentence {
  /** What a result line shows: the sentence, with the one before it when it leans on it. */
  readonly text: string;
  readonly terms: readonly string[];
  readonly question: boolean;
}

/**
 * A sentence that leans on the one before it ("These include the flu shot…") brings that one
 * along, so a result line never states half a fact.
 */
export function prepareSentences(paragraphs: readonly string[]): PreparedSentence[] {
  return paragraphs.flatMap((paragraph) => {
    const list = sentences(paragraph);
    return list.map((sentence, i) => {
      const terms = words(sentence);
      const text = LEAD_INS.has(terms[0] ?? '') && i > 0 ? `${list[i - 1]} ${sentence}` : sentence;
      return { text, terms: terms.map(stem), question: sentence.endsWith('?') };
    });
  });
}

/**
 * How well a sentence answers: 1 for each query word it holds as typed, ½ for one it holds only
 * as a synonym, ¼ for one that names the card itself (every sentence of the Shingles card is
 * about shingles, so for "shingles vaccine" the word that picks the sentence is "vaccine").
 */
function weight(terms: readonly string[], groups: readonly QueryGroup[], nameTerms: readonly string[]): number {
  return groups.reduce((sum, g) => {
    if (terms.some((t) => t.startsWith(g.term))) return sum + (nameTerms.some((t) => t.startsWith(g.term)) ? NAME_WORD_WEIGHT : 1);
    return sum + (terms.some((t) => g.synonyms.includes(t)) ? 0.5 : 0);
  }, 0);
}

// A statement answers better than one of the card's questions to ask the care team: a question
// wins only when it holds clearly more of the query.
const QUESTION_PENALTY = 0.5;
// Less than a synonym: a sentence that only names the card says nothing the heading does not.
const NAME_WORD_WEIGHT = 0.25;

function holdsOtherThanName(terms: readonly string[], groups: readonly QueryGroup[], nameTerms: readonly string[]): boolean {
  return groups.some(
    (g) => !nameTerms.some((t) => t.startsWith(g.term)) && (terms.some((t) => t.startsWith(g.term)) || terms.some((t) => g.synonyms.includes(t))),
  );
}

/**
 * The sentence of a card that best answers the query: the one that holds the most query
 * words (a synonym counts half, a word of the card's name a quarter), earliest first. Undefined when none holds a query word.
 */
export function bestSnippet(
  prepared: readonly PreparedSentence[],
  groups: readonly QueryGroup[],
  cardName = '',
): string | undefined {
  const nameTerms = words(cardName).map(stem);
  let best: { text: string; found: number } | undefined;
  for (const sentence of prepared) {
    // The card's questions to the care team never answer (m3: "what is CK" showed "What was my CK
    // result…"), nor does a sentence that holds only the card's own name: the summary says more.
    if (sentence.question || !holdsOtherThanName(sentence.terms, groups, nameTerms)) continue;
    const held = weight(sentence.terms, groups, nameTerms);
    const found = held - (sentence.question ? QUESTION_PENALTY : 0);
    if (held > 0 && (!best || found > best.found)) best = { text: sentence.text, found };
  }
  return best?.text;
}
