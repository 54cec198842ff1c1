/**
 * The card's typed question form and "paint my medicines" offer, for the extension's own pages
 * (see own-page-extras.ts). Provided with `<OwnPageCard.Provider value={OWN_PAGE_EXTRAS}>`.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OwnPageExtras, PaintOfferProps, QuestionFormProps } from './own-page-extras';

/**
 * Half-typed questions by term, for as long as the page lives: closing the
 * form, pressing "Add a question" again, Escape, or the card closing keeps
 * the text for the next time the form opens (UX review M3).
 */
const drafts = new Map<string, string>();

function QuestionForm({ entry, nb, t, onClose }: QuestionFormProps) {
  const [text, setDraft] = useState(() => drafts.get(entry.id) ?? '');
  const setText = (next: string) => {
    setDraft(next);
    if (next) drafts.set(entry.id, next);
    else drafts.delete(entry.id);
  };
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    field.current?.focus();
    // The form's buttons are below the field: bring them into the card's view too (M3).
    field.current?.closest('form')?.querySelector('.tc-nb-form-buttons')?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <form
      class="tc-nb-form"
      onKeyDown={(event) => {
        // Escape here closes the form only, not the card around it.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) {
          nb.say(t('cardNotebookEmpty'));
          field.current?.focus();
          return;
        }
        void nb.run((port) => port.addQuestion(entry.id, text.trim()), () => t('cardNotebookQuestionAdded')).then((ok) => {
          if (!ok) return;
          setText('');
          onClose();
        });
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
        <button type="button" class="tc-nb-button" onClick={onClose}>
          {t('cardNotebookCancel')}
        </button>
      </div>
    </form>
  );
}

function PaintOffer({ nb, t, onAnswered }: PaintOfferProps) {
  const answer = (on: boolean) => {
    onAnswered();
    if (on) void nb.run((port) => port.setPaintMine(true), () => t('minePaintDone'));
  };
  return (
    <div class="tc-nb-offer">
      <p>{t('minePaintOffer')}</p>
      <button type="button" class="tc-nb-button" onClick={() => answer(true)}>
        {t('minePaintYes')}
      </button>
      <button type="button" class="tc-nb-button" onClick={() => answer(false)}>
        {t('minePaintNo')}
      </button>
    </div>
  );
}

export const OWN_PAGE_EXTRAS: OwnPageExtras = { QuestionForm, PaintOffer };
