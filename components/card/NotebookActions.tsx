import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../glossary/types';
import { t as uiT } from '../../utils/browser/i18n';
import type { Translate } from '../../utils/card-data/card-labels';
import { isRealVisibleClick, watchUnobscured } from '../../utils/popover/real-click';
import { OwnPageCard } from './own-page-extras';
import type { CardNotebook } from './useNotebook';

/**
 * "I take this" is offered on single medicines only: a group of medicines
 * ("JAK inhibitors", "Corticosteroids") is not something one takes, and as
 * "mine" it would paint every mention of the group on pages as if it were
 * the reader's medicine. Any term can be saved.
 */
export const canTake = (entry: GlossaryEntry): boolean => entry.category === 'medicine';

/** Near the card's heading: said in words, not by colour. */
export function MineNote({ nb, t = uiT }: { nb: CardNotebook | undefined; t?: Translate }) {
  return nb?.status?.mine ? <p class="tc-mine">{t('cardNotebookMine')}</p> : null;
}

/**
 * On a web page, whether a click may change the notebook (a lured click on a
 * hidden or covered card must not); says so when it may not. Elsewhere (our
 * own pages) every click may.
 */
function mayAct(nb: CardNotebook, event: MouseEvent, watched: Element | null, t: Translate): boolean {
  if (!nb.port.onWebPage) return true;
  if (isRealVisibleClick(event, event.currentTarget as Element, watched)) return true;
  nb.say(t('cardNotebookClickRefused'));
  return false;
}

/** The card around a control: what must be seen unobscured before its buttons act. */
const cardOf = (element: Element | null): Element | null => element?.closest('[role="dialog"]') ?? element;

/** Watches the card for being visible and unobscured, on web pages only. */
function useUnobscured(nb: CardNotebook | undefined) {
  const part = useRef<HTMLDivElement>(null);
  const onWebPage = !!nb?.port.onWebPage;
  useEffect(() => {
    const card = cardOf(part.current);
    return onWebPage && card ? watchUnobscured(card) : undefined;
  }, [onWebPage]);
  return part;
}

/** The card's notebook buttons; on our own pages also the "Add a question" form and the one-time offer to paint "my medicines". */
export function NotebookActions({ entry, nb, t = uiT }: { entry: GlossaryEntry; nb: CardNotebook; t?: Translate }) {
  const extras = useContext(OwnPageCard);
  const [asking, setAsking] = useState(false);
  const [offer, setOffer] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const takeButton = useRef<HTMLButtonElement>(null);
  const part = useUnobscured(nb);
  const { status } = nb;

  // Closing keeps the draft; only a saved question empties it.
  const closeForm = () => {
    setAsking(false);
    askButton.current?.focus();
  };
  const ask = (event: MouseEvent) => {
    if (!mayAct(nb, event, cardOf(part.current), t)) return;
    const elsewhere = nb.port.askElsewhere;
    if (!elsewhere) {
      if (asking) closeForm();
      else setAsking(true);
      return;
    }
    // On a web page: no typing in the card, where the page reads every key (review S2).
    void nb.run(
      () => elsewhere(entry.id),
      (opened) => t(opened ? 'cardNotebookAskOpened' : 'cardNotebookAskFailed'),
    );
  };
  return (
    <div class="tc-nb" ref={part}>
      <div class="tc-nb-buttons" role="group" aria-label={t('cardNotebookGroup')}>
        {canTake(entry) && (
          <button type="button" class="tc-nb-button"
            ref={takeButton}
            aria-pressed={!!status?.mine}
            disabled={!status}
            onClick={(event) => {
              if (!mayAct(nb, event, cardOf(part.current), t)) return;
              const on = !status!.mine;
              void nb.run((port) => port.setMine(entry.id, on), (reply) => {
                // The choice to paint "my medicines" is made in our own pages only, never in a
                // card a page could hide or cover (issue #19 item 2).
                if (nb.port.onWebPage || !extras) return reply.offerPaint ? t('minePaintInNotebook') : '';
                setOffer(reply.offerPaint);
                return '';
              });
            }}
          >
            {t('cardNotebookTake')}
          </button>
        )}
        <button type="button" class="tc-nb-button" aria-pressed={!!status?.saved} disabled={!status} onClick={(event) => mayAct(nb, event, cardOf(part.current), t) && void nb.run((port) => port.setSaved(entry.id, !status!.saved))}>
          {t('cardNotebookSave')}
        </button>
        <button type="button" class="tc-nb-button" ref={askButton} aria-expanded={nb.port.askElsewhere ? undefined : asking} onClick={ask}>
          {t('cardNotebookAsk')}
        </button>
      </div>
      {offer && extras && !nb.port.onWebPage && (
        <extras.PaintOffer
          nb={nb}
          t={t}
          onAnswered={() => {
            setOffer(false);
            takeButton.current?.focus();
          }}
        />
      )}
      {asking && extras && <extras.QuestionForm entry={entry} nb={nb} t={t} onClose={closeForm} />}
      {(nb.touched || asking) && (
        <p class="tc-nb-message" role="status">
          {nb.message}
        </p>
      )}
    </div>
  );
}

/** Beside one of the card's own suggested questions: adds it in one click; "Added" once it is in the notebook. */
export function AddCardQuestion({
  entryId,
  question,
  describedBy,
  nb,
  t = uiT,
}: {
  entryId: string;
  question: string;
  describedBy: string;
  nb: CardNotebook;
  t?: Translate;
}) {
  const added = nb.status?.texts.includes(question) ?? false;
  return (
    <button
      type="button"
      class="tc-nb-add"
      aria-describedby={describedBy}
      aria-disabled={added || !nb.status}
      onClick={(event) => {
        if (added || !nb.status) return;
        if (!mayAct(nb, event, cardOf(event.currentTarget as Element), t)) return;
        void nb.run((port) => port.addQuestion(entryId, question), () => t('cardNotebookQuestionAdded'));
      }}
    >
      {added ? t('cardNotebookAdded') : t('cardNotebookAddThis')}
    </button>
  );
}
