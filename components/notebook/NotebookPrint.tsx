import { Fragment } from 'preact';
import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownName, type ShownName } from '../../utils/card-data/shown-name';
import { groupQuestions } from '../../utils/notebook/grouping';
import type { NotebookState } from '../../utils/notebook/schema';
import { notice } from '../shared/notice';

interface Props {
  state: Pick<NotebookState, 'mine' | 'saved' | 'questions'>;
  date: string;
  /** Leave out the questions already ticked as asked (the reader's choice beside the Print button). */
  unaskedOnly: boolean;
}

const isKnown = (id: string) => getEntry(id) !== undefined;

/** Names run on in one line, each in its own language (an English name in a Spanish printout is read as English). */
function InlineNames({ names }: { names: readonly ShownName[] }) {
  return (
    <p class="nbp-inline">
      {names.map((shown, i) => (
        <Fragment key={shown.name}>
          {i > 0 && ' · '}
          <span lang={shown.lang}>{shown.name}</span>
        </Fragment>
      ))}
    </p>
  );
}

/**
 * What "Print or save as PDF" puts on paper, for handing over at an
 * appointment: names and questions in large type, boxes to tick, the date and
 * the notice; no buttons, no summaries (the care team knows the terms). Hidden
 * on screen; notebook-print.css shows it, and only it, when printing.
 */
export function NotebookPrint({ state, date, unaskedOnly }: Props) {
  const ui = uiLanguage();
  const names = (ids: readonly string[]) => ids.filter(isKnown).map((id) => shownName(getEntry(id)!, ui));
  const mine = names(state.mine);
  const saved = names(state.saved);
  const groups = groupQuestions(unaskedOnly ? state.questions.filter((q) => !q.asked) : state.questions, isKnown);
  return (
    <div class="nb-print" data-notebook-print>
      <header class="nbp-head">
        <h1>{t('notebookTitle')}</h1>
        <p class="nbp-date">{t('notebookPrinted', date)}</p>
      </header>
      {mine.length > 0 && (
        <section class="nbp-section">
          <h2>{t('notebookMine')}</h2>
          <InlineNames names={mine} />
        </section>
      )}
      {groups.length > 0 && (
        <section class="nbp-section">
          <h2>{t('notebookPrintQuestions')}</h2>
          {groups.map((group) => {
            const term = group.termId ? shownName(getEntry(group.termId)!, ui) : undefined;
            return (
            <div class="nbp-group" key={group.termId ?? ''}>
              <h3 lang={term?.lang}>{term ? term.name : t('notebookGeneral')}</h3>
              <ul>
                {group.questions.map((q) => (
                  <li key={q.id} class={q.asked ? 'is-asked' : undefined}>
                    <span class="nbp-box">{q.asked ? '☑' : '☐'}</span>
                    <span class="nbp-text">
                      {q.text}
                      {q.asked && <span class="nbp-asked"> {t('notebookAskedMark')}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            );
          })}
        </section>
      )}
      {saved.length > 0 && (
        <section class="nbp-section">
          <h2>{t('notebookSaved')}</h2>
          <InlineNames names={saved} />
        </section>
      )}
      <section class="nbp-section nbp-notes">
        <h2>{t('notebookPrintNotes')}</h2>
        {/* Ruled lines to write the answers on at the appointment. */}
        <div class="nbp-lines" />
      </section>
      <footer class="nbp-foot">
        <p>{notice()}</p>
        <p>{t('extName')}</p>
      </footer>
    </div>
  );
}
