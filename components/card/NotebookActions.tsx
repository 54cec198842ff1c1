import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../glossary/types';
import { t } from '../../utils/browser/i18n';
import type { CardNotebook } from './useNotebook';

/**
 * "I take this" is offered on single medicines only: a group of medicines
 * ("JAK inhibitors", "Corticosteroids") is not something one takes, and as
 * "mine" it would paint every mention of the group on pages as if it were
 * the reader's medicine. Any term can be saved.
 */
export const canTake = (entry: GlossaryEntry): boolean => entry.category === 'medicine';

/** Near the card's heading: said in words, not by colour. */
export function MineNote({ nb }: { nb: CardNotebook | undefined }) {
  return nb?.status?.mine ? <p class="tc-mine">{t('cardNotebookMine')}</p> : null;
}

/** The card's notebook buttons, the "Add a question" form and the one-time offer to paint "my medicines". */
export function NotebookActions({ entry, nb }: { entry: GlossaryEntry; nb: CardNotebook }) {
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  const [offer, setOffer] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const takeButton = useRef<HTMLButtonElement>(null);
  const { status } = nb;
  useLayoutEffect(() => {
    if (asking) field.current?.focus();
  }, [asking]);

  const closeForm = () => {
    setAsking(false);
    setText('');
    askButton.current?.focus();
  };
  const answerOffer = (on: boolean) => {
    setOffer(false);
    takeButton.current?.focus();
    if (on) void nb.run((port) => port.setPaintMine(true), () => t('minePaintDone'));
  };
  return (
    <div class="tc-nb">
      <div class="tc-nb-buttons" role="group" aria-label={t('cardNotebookGroup')}>
        {canTake(entry) && (
          <button type="button" class="tc-nb-button"
            ref={takeButton}
            aria-pressed={!!status?.mine}
            disabled={!status}
            onClick={() => {
              const on = !status!.mine;
              void nb.run((port) => port.setMine(entry.id, on), (reply) => {
                setOffer(reply.offerPaint);
                return '';
              });
            }}
          >
            {t('cardNotebookTake')}
          </button>
        )}
        <button type="button" class="tc-nb-button" aria-pressed={!!status?.saved} disabled={!status} onClick={() => void nb.run((port) => port.setSaved(entry.id, !status!.saved))}>
          {t('cardNotebookSave')}
        </button>
        <button type="button" class="tc-nb-button" ref={askButton} aria-expanded={asking} onClick={() => (asking ? closeForm() : setAsking(true))}>
          {t('cardNotebookAsk')}
        </button>
      </div>
      {offer && (
        <div class="tc-nb-offer">
          <p>{t('minePaintOffer')}</p>
          <button type="button" class="tc-nb-button" onClick={() => answerOffer(true)}>
            {t('minePaintYes')}
          </button>
          <button type="button" class="tc-nb-button" onClick={() => answerOffer(false)}>
            {t('minePaintNo')}
          </button>
        </div>
      )}
      {asking && (
        <form
          class="tc-nb-form"
          onKeyDown={(event) => {
            // Escape here closes the form only, not the card around it.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            closeForm();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) {
              nb.say(t('cardNotebookEmpty'));
              field.current?.focus();
              return;
            }
            void nb.run((port) => port.addQuestion(entry.id, text.trim()), () => t('cardNotebookQuestionAdded')).then((ok) => ok && closeForm());
          }}
        >
          <label>
            {t('cardNotebookQuestionLabel', entry.name)}
            <textarea ref={field} rows={3} value={text} onInput={(event) => setText(event.currentTarget.value)} />
          </label>
          <div class="tc-nb-form-buttons">
            <button type="submit" class="tc-nb-button">
              {t('cardNotebookAdd')}
            </button>
            <button type="button" class="tc-nb-button" onClick={closeForm}>
              {t('cardNotebookCancel')}
            </button>
          </div>
        </form>
      )}
      {(nb.touched || asking) && (
        <p class="tc-nb-message" role="status">
          {nb.message}
        </p>
      )}
    </div>
  );
}

/** Beside one of the card's own suggested questions: adds it in one click; "Added" once it is in the notebook. */
export function AddCardQuestion({ entryId, question, describedBy, nb }: { entryId: string; question: string; describedBy: string; nb: CardNotebook }) {
  const added = nb.status?.texts.includes(question) ?? false;
  return (
    <button
      type="button"
      class="tc-nb-add"
      aria-describedby={describedBy}
      aria-disabled={added || !nb.status}
      onClick={() => {
        if (!added && nb.status) void nb.run((port) => port.addQuestion(entryId, question), () => t('cardNotebookQuestionAdded'));
      }}
    >
      {added ? t('cardNotebookAdded') : t('cardNotebookAddThis')}
    </button>
  );
}
