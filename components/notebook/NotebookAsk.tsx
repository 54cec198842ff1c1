import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownName } from '../../utils/card-data/shown-name';
import type { NotebookStore } from '../../utils/notebook/store';
import { NotebookQuestionForm } from './NotebookQuestionForm';

/**
 * The question form a card on a web page opens (`notebook.html?ask=<entry id>`).
 * Questions are typed here, in an extension page, because in a card on a web
 * page every key and the field's text are the page's to read (review S2).
 */

/** The entry the address asks a question about, if it names a real one. */
export function askedTerm(search: string): string | undefined {
  const id = new URLSearchParams(search).get('ask');
  return id !== null && getEntry(id) ? id : undefined;
}

const draftKey = (termId: string) => `dmg-question-draft:${termId}`;

/**
 * Drafts live in this extension page's own localStorage (no web page can read
 * it), one per term, so a closed tab or a second "Add a question" never loses
 * a half-typed question (UX review M3). A storage failure only means no draft.
 */
export const questionDrafts = {
  read(termId: string): string {
    try {
      return localStorage.getItem(draftKey(termId)) ?? '';
    } catch {
      return '';
    }
  },
  write(termId: string, text: string): void {
    try {
      if (text) localStorage.setItem(draftKey(termId), text);
      else localStorage.removeItem(draftKey(termId));
    } catch {
      // Full or blocked storage: the text is still in the field.
    }
  },
};

export function NotebookAsk({ termId, store, announce }: { termId: string; store: Pick<NotebookStore, 'addQuestion'>; announce: (message: string) => void }) {
  const found = getEntry(termId);
  if (!found) return null;
  const entry = shownName(found, uiLanguage());
  return (
    <section class="nb-section nb-ask" aria-labelledby="nb-ask-title" data-notebook-ask={termId}>
      <h2 id="nb-ask-title">
        {t('notebookAskTitle', '')}
        <span lang={entry.lang}>{entry.name}</span>
      </h2>
      <NotebookQuestionForm
        id="nb-ask-question"
        initial={questionDrafts.read(termId)}
        submitLabel={t('notebookSaveQuestion')}
        autoFocus
        onDraft={(text) => questionDrafts.write(termId, text)}
        onSubmit={async (text) => {
          await store.addQuestion(termId, text);
          questionDrafts.write(termId, '');
          announce(t('notebookAskSaved', entry.name));
        }}
      />
      <p class="nb-hint">{t('notebookAskDraft')}</p>
    </section>
  );
}
