/**
 * Questions grouped by term for the notebook page, the printout and the
 * text copy (pure). Groups come in the order of their first question, so the
 * reader's reordering shows; general questions (and those about an entry
 * this glossary no longer has, which the views do not name) come last.
 */
import type { Question } from './schema';

export interface QuestionGroup {
  /** The entry id, or null for the general group. */
  termId: string | null;
  questions: Question[];
}

export function groupQuestions(questions: readonly Question[], isKnown: (id: string) => boolean): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  const general: Question[] = [];
  for (const q of questions) {
    if (q.termId === null || !isKnown(q.termId)) {
      general.push(q);
      continue;
    }
    let group = groups.get(q.termId);
    if (!group) {
      group = { termId: q.termId, questions: [] };
      groups.set(q.termId, group);
    }
    group.questions.push(q);
  }
  const result = [...groups.values()];
  if (general.length > 0) result.push({ termId: null, questions: general });
  return result;
}

/**
 * The index in the whole list to move a question to for "Move up" (-1) or
 * "Move down" (+1) inside its group: the place of its neighbour there, or
 * undefined at the group's end.
 */
export function neighbourIndex(questions: readonly Question[], group: QuestionGroup, id: string, step: -1 | 1): number | undefined {
  const at = group.questions.findIndex((q) => q.id === id);
  const neighbour = group.questions[at + step];
  if (at < 0 || !neighbour) return undefined;
  return questions.findIndex((q) => q.id === neighbour.id);
}
