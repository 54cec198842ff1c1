import { useState } from 'preact/hooks';
import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownEntry } from '../../utils/card-data/shown-name';
import { groupQuestions, neighbourIndex, type QuestionGroup } from '../../utils/notebook/grouping';
import type { Question } from '../../utils/notebook/schema';
import type { NotebookStore } from '../../utils/notebook/store';
import { NotebookQuestionForm } from './NotebookQuestionForm';

interface Props {
  store: NotebookStore;
  questions: readonly Question[];
  glossaryHref: string;
  /** Runs a change and reports its failure in the page's status line. */
  run: (change: () => Promise<unknown>) => void;
  onRemove: (question: Question, index: number) => void;
  /** Asks the page to focus this control once the list has been drawn again. */
  focusLater: (selectors: string[]) => void;
}

const isKnown = (id: string) => getEntry(id) !== undefined;

interface ItemProps extends Omit<Props, 'questions'> {
  all: readonly Question[];
  group: QuestionGroup;
  question: Question;
}

function QuestionItem({ store, all, group, question, run, onRemove, focusLater }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const textId = `nb-q-${question.id}`;
  const up = neighbourIndex(all, group, question.id, -1);
  const down = neighbourIndex(all, group, question.id, 1);
  const here = `[data-question-id="${question.id}"]`;
  const move = (to: number | undefined, dir: 'up' | 'down') => {
    if (to === undefined) return;
    focusLater([`${here} [data-move="${dir}"]:not(:disabled)`, `${here} [data-move]:not(:disabled)`]);
    run(() => store.moveQuestion(question.id, to));
  };
  if (editing) {
    return (
      <li class="nb-question is-editing" data-question-id={question.id}>
        <NotebookQuestionForm
          id={`nb-edit-${question.id}`}
          initial={question.text}
          submitLabel={t('notebookSave')}
          autoFocus
          onSubmit={async (text) => {
            await store.updateQuestion(question.id, { text });
            focusLater([`${here} [data-edit]`]);
            setEditing(false);
          }}
          onCancel={() => {
            focusLater([`${here} [data-edit]`]);
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li class={question.asked ? 'nb-question is-asked' : 'nb-question'} data-question-id={question.id}>
      <label class="nb-asked">
        <input type="checkbox" checked={question.asked} aria-describedby={textId} onChange={(e) => run(() => store.updateQuestion(question.id, { asked: e.currentTarget.checked }))} />
        {t('notebookAsked')}
      </label>
      <p class="nb-question-text" id={textId}>
        {question.text}
      </p>
      <div class="nb-tools">
        <button type="button" class="nb-button" data-edit aria-describedby={textId} onClick={() => setEditing(true)}>
          {t('notebookEdit')}
        </button>
        <button type="button" class="nb-button" data-move="up" aria-describedby={textId} disabled={up === undefined} onClick={() => move(up, 'up')}>
          {t('notebookMoveUp')}
        </button>
        <button type="button" class="nb-button" data-move="down" aria-describedby={textId} disabled={down === undefined} onClick={() => move(down, 'down')}>
          {t('notebookMoveDown')}
        </button>
        <button type="button" class="nb-button nb-danger" data-remove aria-describedby={textId} onClick={() => onRemove(question, all.indexOf(question))}>
          {t('notebookRemove')}
        </button>
      </div>
    </li>
  );
}

/** My questions, grouped by term with each term's summary, general questions last, and the form for a general one. */
export function NotebookQuestions(props: Props) {
  const { store, questions, glossaryHref } = props;
  const groups = groupQuestions(questions, isKnown);
  return (
    <section class="nb-section" aria-labelledby="nb-questions-title" data-notebook-questions>
      <h2 id="nb-questions-title">{t('notebookQuestions')}</h2>
      {groups.length === 0 && <p class="nb-empty">{t('notebookQuestionsEmpty')}</p>}
      {groups.map((group) => {
        const found = group.termId === null ? undefined : getEntry(group.termId);
        const entry = found && { id: found.id, ...shownEntry(found, uiLanguage()) };
        const headingId = `nb-group-${group.termId ?? 'general'}`;
        return (
          <section class="nb-group" key={group.termId ?? ''} aria-labelledby={headingId} data-question-group={group.termId ?? ''}>
            <h3 id={headingId} lang={entry?.lang}>
              {entry ? entry.name : t('notebookGeneral')}
            </h3>
            {entry && (
              <p class="nb-term-summary">
                <span lang={entry.lang}>{entry.summary}</span>{' '}
                <a class="nb-link" href={`${glossaryHref}#${entry.id}`} aria-describedby={headingId}>
                  {t('notebookOpenCard')}
                </a>
              </p>
            )}
            <ul class="nb-questions">
              {group.questions.map((question) => (
                <QuestionItem key={question.id} {...props} all={questions} group={group} question={question} />
              ))}
            </ul>
          </section>
        );
      })}
      <div class="nb-add">
        <h3 id="nb-add-title">{t('notebookAddGeneral')}</h3>
        <NotebookQuestionForm id="nb-add-question" submitLabel={t('notebookAdd')} onSubmit={(text) => store.addQuestion(null, text)} />
      </div>
    </section>
  );
}
