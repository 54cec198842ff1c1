import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getEntry } from '../../glossary';
import { t, uiLanguage, type MessageKey } from '../../utils/browser/i18n';
import type { NotebookPart, NotebookState, Question } from '../../utils/notebook/schema';
import type { NotebookStore } from '../../utils/notebook/store';
import { notebookText } from '../../utils/notebook/text-export';
import { askedTerm, NotebookAsk } from './NotebookAsk';
import { NotebookFile } from './NotebookFile';
import { notebookErrorText } from './NotebookErrors';
import { NotebookPrefs } from './NotebookPrefs';
import { NotebookPrint } from './NotebookPrint';
import { NotebookQuestions } from './NotebookQuestions';
import { NotebookTerms } from './NotebookTerms';
import { notice } from '../shared/notice';
import { shownName } from '../../utils/card-data/shown-name';

const GLOSSARY = 'glossary.html';

const PROBLEM_KEYS: Record<NotebookPart, MessageKey> = {
  mine: 'notebookProblemMine',
  saved: 'notebookProblemSaved',
  questions: 'notebookProblemQuestions',
  recent: 'notebookProblemRecent',
  prefs: 'notebookProblemPrefs',
};

const today = () => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(new Date());

interface Status {
  message: string;
  undo?: () => Promise<unknown>;
  seq: number;
}

/**
 * The notebook's state, followed live (a card on another tab may add to it).
 * Problems found by the first read stay listed for the visit: a later write
 * sets the unreadable value aside, but the reader should still be told.
 */
function useNotebook(store: NotebookStore): { state: NotebookState | undefined; damaged: NotebookPart[]; oldProblems: boolean } {
  const [state, setState] = useState<NotebookState>();
  const first = useRef<{ damaged: NotebookPart[]; old: boolean } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const take = (next: NotebookState) => {
      if (!live) return;
      first.current ??= { damaged: next.damaged, old: next.problems.length > next.damaged.length };
      setState(next);
    };
    void store.read().then(take);
    const stop = store.watch(take);
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  const damaged = [...new Set([...(first.current?.damaged ?? []), ...(state?.damaged ?? [])])];
  return { state, damaged, oldProblems: first.current?.old ?? false };
}

/**
 * Focuses the first of some selectors that matches once the list has been drawn again, as after
 * "Move up". In the same task as the redraw (a layout effect): moving the focused button in the
 * DOM takes focus from it, and Preact runs a plain effect only after the next paint, so for a
 * frame focus was on the page's body (the notebook-page e2e test caught it once, in CI).
 */
function useFocusLater(deps: unknown): (selectors: string[]) => void {
  const pending = useRef<string[] | undefined>(undefined);
  useLayoutEffect(() => {
    const selectors = pending.current;
    if (!selectors) return;
    for (const selector of selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (el) {
        pending.current = undefined;
        el.focus();
        return;
      }
    }
  }, [deps]);
  return (selectors) => {
    pending.current = selectors;
  };
}

function ClearAll({ store, announce }: { store: NotebookStore; announce: (message: string) => void }) {
  const [asking, setAsking] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) ask.current?.focus();
  }, [asking]);
  return (
    <section class="nb-section nb-clear" aria-labelledby="nb-clear-title">
      <h2 id="nb-clear-title" class="nb-visually-hidden">
        {t('notebookClearAll')}
      </h2>
      {asking ? (
        <div class="nb-confirm" role="group" aria-labelledby="nb-clear-ask">
          <p id="nb-clear-ask">{t('notebookClearAsk')}</p>
          <div class="nb-form-buttons">
            <button
              type="button"
              ref={ask}
              class="nb-button nb-danger-strong"
              data-clear-confirm
              onClick={() =>
                void store.clearAll().then(
                  () => {
                    setAsking(false);
                    announce(t('notebookCleared'));
                  },
                  (caught: unknown) => announce(notebookErrorText(caught)),
                )
              }
            >
              {t('notebookClearYes')}
            </button>
            <button type="button" class="nb-button" onClick={() => setAsking(false)}>
              {t('notebookCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="nb-button nb-danger" data-clear onClick={() => setAsking(true)}>
          {t('notebookClearAll')}
        </button>
      )}
    </section>
  );
}

/** The care notebook page (notebook.html, issue #13). */
export function NotebookPage({ store }: { store: NotebookStore }) {
  const { state, damaged, oldProblems } = useNotebook(store);
  const [status, setStatus] = useState<Status>();
  const [unaskedOnly, setUnaskedOnly] = useState(false);
  const seq = useRef(0);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater(state);

  const announce = (message: string, undo?: () => Promise<unknown>) => setStatus({ message, undo, seq: ++seq.current });
  // A card on a web page sent the reader here to write a question about a term (review S2).
  const asked = askedTerm(location.search);
  const run = (change: () => Promise<unknown>) => {
    change().catch((caught: unknown) => announce(notebookErrorText(caught)));
  };

  useEffect(() => {
    if (status?.undo) undoButton.current?.focus();
    // A plain confirmation steps out of the way after a while (it has been announced); one with Undo stays until replaced.
    if (!status || status.undo) return;
    const timer = setTimeout(() => setStatus((now) => (now === status ? undefined : now)), 10_000);
    return () => clearTimeout(timer);
  }, [status]);

  if (!state) return <main class="nb" aria-busy="true" />;

  const removeTerm = (list: 'mine' | 'saved') => (id: string, index: number) => {
    const set = list === 'mine' ? store.setMine : store.setSaved;
    const found = getEntry(id);
    const name = found ? shownName(found, uiLanguage()).name : id;
    run(async () => {
      await set(id, false);
      // Focus goes to Undo, so nothing is lost from under the keyboard.
      announce(t('notebookRemoved', name), async () => {
        await set(id, true);
        const now = (await store.read())[list].filter((other) => other !== id);
        now.splice(Math.min(index, now.length), 0, id);
        await store.reorder(list, now);
      });
    });
  };

  const removeQuestion = (question: Question, index: number) =>
    run(async () => {
      await store.removeQuestion(question.id);
      announce(t('notebookRemoved', question.text.length > 80 ? `${question.text.slice(0, 80)}…` : question.text), () => store.restoreQuestion(question, index));
    });

  const copy = async () => {
    const text = notebookText(state, (id) => {
      const found = getEntry(id);
      return found && { name: shownName(found, uiLanguage()).name };
    }, {
      title: t('notebookTitle'),
      date: today(),
      mine: t('notebookMine'),
      saved: t('notebookSaved'),
      questions: t('notebookPrintQuestions'),
      general: t('notebookGeneral'),
      asked: t('notebookAskedMark'),
      notice: notice(),
    });
    try {
      await navigator.clipboard.writeText(text);
      announce(t('notebookCopied'));
    } catch {
      announce(t('notebookCopyFailed'));
    }
  };

  return (
    <>
      <div class="nb-screen">
        <a class="nb-skip" href="#nb-main">
          {t('notebookSkip')}
        </a>
        <main class="nb" id="nb-main" tabIndex={-1}>
          <header class="nb-header">
            <h1>{t('notebookTitle')}</h1>
            <p class="nb-intro">{t('notebookIntro')}</p>
            <p class="nb-notice" role="note">
              {notice()}
            </p>
            <nav class="nb-links" aria-label={t('extName')}>
              <a href={GLOSSARY}>{t('pageSearchLabel')}</a>
              {/* A letter or a leaflet in hand: the reader is one step away here too (UX review m7). */}
              <a href="reader.html" data-notebook-pdf>
                {t('pdfOpenLink')}
              </a>
            </nav>
          </header>

          {(damaged.length > 0 || oldProblems) && (
            <div class="nb-problems" role="alert" data-notebook-problems>
              {damaged.map((part) => (
                <p key={part}>{t(PROBLEM_KEYS[part])}</p>
              ))}
              {oldProblems && <p>{t('notebookProblemOld')}</p>}
            </div>
          )}

          {asked && <NotebookAsk termId={asked} store={store} announce={announce} />}

          <section class="nb-section nb-actions" aria-labelledby="nb-actions-title">
            <h2 id="nb-actions-title">{t('notebookActions')}</h2>
            <div class="nb-action-row">
              <button type="button" class="nb-button nb-primary" data-print onClick={() => window.print()}>
                {t('notebookPrint')}
              </button>
              <button type="button" class="nb-button" data-copy onClick={() => void copy()}>
                {t('notebookCopy')}
              </button>
            </div>
            <label class="nb-pref nb-print-choice">
              <input type="checkbox" checked={unaskedOnly} data-print-unasked onChange={(e) => setUnaskedOnly(e.currentTarget.checked)} />
              <span class="nb-pref-label">{t('notebookPrintUnasked')}</span>
            </label>
          </section>

          <NotebookTerms list="mine" ids={state.mine} glossaryHref={GLOSSARY} onReorder={(ids) => run(() => store.reorder('mine', ids))} onRemove={removeTerm('mine')} />
          <NotebookQuestions store={store} questions={state.questions} glossaryHref={GLOSSARY} run={run} onRemove={removeQuestion} focusLater={focusLater} />
          <NotebookTerms list="saved" ids={state.saved} glossaryHref={GLOSSARY} onReorder={(ids) => run(() => store.reorder('saved', ids))} onRemove={removeTerm('saved')} />
          <NotebookFile store={store} announce={announce} />
          <NotebookPrefs store={store} prefs={state.prefs} recent={state.recent} glossaryHref={GLOSSARY} />
          <ClearAll store={store} announce={announce} />
        </main>
        {/* One live region for every outcome; it stays in view at the bottom of the window. */}
        <div class="nb-status" role="status" data-notebook-status>
          {status && (
            <p key={status.seq}>
              {status.message}
              {status.undo && ' '}
              {status.undo && (
                <button
                  type="button"
                  ref={undoButton}
                  class="nb-button"
                  data-undo
                  onClick={() => {
                    const undo = status.undo!;
                    setStatus(undefined);
                    run(undo);
                  }}
                >
                  {t('notebookUndo')}
                </button>
              )}
            </p>
          )}
        </div>
      </div>
      <NotebookPrint state={state} date={today()} unaskedOnly={unaskedOnly} />
    </>
  );
}
