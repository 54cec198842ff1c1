import { NOTEBOOK_LIMITS, NotebookLimitError } from '../../utils/notebook/schema';
import { t, uiLanguage, type MessageKey } from '../../utils/browser/i18n';
import { NotebookChangedError, type NotebookChange } from '../../utils/notebook/store';

const CHANGED_KEYS: Record<NotebookChange, MessageKey> = {
  gone: 'notebookChangedGone',
  reordered: 'notebookChangedReordered',
  'cannot-restore': 'notebookChangedCannotRestore',
};

const count = (n: number) => n.toLocaleString(uiLanguage());

/**
 * A refused or failed notebook change in the reader's language. Limit errors
 * are said with their numbers; anything else (a storage failure, a change
 * made meanwhile in another window) keeps the store's own sentence.
 */
export function notebookErrorText(error: unknown, questionLength?: number): string {
  if (error instanceof NotebookLimitError) {
    switch (error.limit) {
      case 'questions':
        return t('notebookErrorQuestions', count(NOTEBOOK_LIMITS.questions));
      case 'question-length':
        return t('notebookErrorLength', count(NOTEBOOK_LIMITS.questionChars), count(questionLength ?? 0));
      case 'question-empty':
        return t('notebookErrorEmpty');
      case 'ids':
        return t('notebookErrorIds', count(NOTEBOOK_LIMITS.ids));
      case 'id':
        return error.message;
    }
  }
  if (error instanceof NotebookChangedError) return t('notebookErrorSave', t(CHANGED_KEYS[error.reason]));
  return t('notebookErrorSave', error instanceof Error ? error.message : String(error));
}
