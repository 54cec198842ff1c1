/**
 * "Copy as text" (pure): the notebook as plain text to paste into an email,
 * a patient portal message or a note, in the same order as the page.
 */
import { groupQuestions } from './grouping';
import type { NotebookState } from './schema';

export interface TextEntry {
  name: string;
}

export interface TextLabels {
  title: string;
  /** The date line, already formatted in the reader's language. */
  date: string;
  mine: string;
  saved: string;
  questions: string;
  general: string;
  /** Added after an asked question, e.g. "(asked)". */
  asked: string;
  notice: string;
}

/**
 * Unknown entry ids are skipped, as on the page; a question about one is
 * listed under the general questions, so its text is never left out.
 */
export function notebookText(state: Pick<NotebookState, 'mine' | 'saved' | 'questions'>, entry: (id: string) => TextEntry | undefined, labels: TextLabels): string {
  const lines: string[] = [labels.title, labels.date, ''];
  const names = (ids: readonly string[]) => ids.map(entry).filter((e): e is TextEntry => e !== undefined);
  const section = (heading: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(heading, ...items.map((item) => `- ${item}`), '');
  };
  section(labels.mine, names(state.mine).map((e) => e.name));
  section(labels.saved, names(state.saved).map((e) => e.name));
  const groups = groupQuestions(state.questions, (id) => entry(id) !== undefined);
  if (groups.length > 0) {
    lines.push(labels.questions);
    for (const group of groups) {
      lines.push('', group.termId === null ? labels.general : entry(group.termId)!.name);
      for (const q of group.questions) {
        // Continuation lines are indented so a multi-line question stays one item.
        const text = q.text.replace(/\r?\n/g, '\n   ');
        lines.push(`${q.asked ? '[x]' : '[ ]'} ${text}${q.asked ? ` ${labels.asked}` : ''}`);
      }
    }
    lines.push('');
  }
  lines.push(labels.notice);
  return `${lines.join('\n')}\n`;
}
