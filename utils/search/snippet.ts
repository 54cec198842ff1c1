import { stem, words, type QueryGroup } from './query-terms';
import { LEAD_INS } from './vocabulary';

/** Splits a paragraph into sentences (the glossary writes plain sentences ending in . ? or !). */
export function sentences(text: string): string[] {
  return text.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** How well a sentence answers: 1 for each query word it holds as typed, ½ for one it holds only as a synonym. */
function weight(sentence: string, groups: readonly QueryGroup[]): number {
  const terms = words(sentence).map(stem);
  return groups.reduce((sum, g) => sum + (terms.some((t) => t.startsWith(g.term)) ? 1 : terms.some((t) => g.synonyms.includes(t)) ? 0.5 : 0), 0);
}

// A statement answers better than one of the card's questions to ask the care team.
const QUESTION_PENALTY = 0.25;

/**
 * The sentence of a card that best answers the query: the one that contains
 * the most query words (a synonym counts half), earliest first. A sentence that
 * leans on the one before it ("These include the flu shot…") brings that one
 * along, so a result line never states half a fact. Undefined when no
 * sentence contains a query word.
 */
export function bestSnippet(paragraphs: readonly string[], groups: readonly QueryGroup[]): string | undefined {
  let best: { text: string; found: number } | undefined;
  for (const paragraph of paragraphs) {
    const list = sentences(paragraph);
    list.forEach((sentence, i) => {
      const held = weight(sentence, groups);
      const found = held - (sentence.endsWith('?') ? QUESTION_PENALTY : 0);
      if (held === 0 || (best && found <= best.found)) return;
      const first = words(sentence)[0] ?? '';
      const text = LEAD_INS.has(first) && i > 0 ? `${list[i - 1]} ${sentence}` : sentence;
      best = { text, found };
    });
  }
  return best?.text;
}
