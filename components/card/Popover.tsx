import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntryReply } from '../../utils/messaging/entry-messages';
import { uiLanguage, type MessageKey } from '../../utils/browser/i18n';
import { chooseCardLanguage, type CardLang } from '../../utils/card-data/card-language';
import { cardTranslator, type CardLabelSets } from '../../utils/card-data/card-labels';
import type { NotebookPort } from '../../utils/notebook/port';
import { TermCard } from './TermCard';

export type CloseReason = 'escape' | 'button';

export interface MentionPosition {
  /** 0-based index of the mention the card points at. */
  index: number;
  total: number;
}

interface Props {
  entryId: string;
  /** The card's text, asked of the background (it does not ride along in the content script). */
  load: (id: string) => Promise<EntryReply | null>;
  onClose: (reason: CloseReason) => void;
  onOpenGlossary: (id: string) => void;
  /** Move focus into the dialog when it opens (not when it opened on hover). */
  takeFocus: boolean;
  /** Where this mention is among the entry's mentions on the page. */
  position: MentionPosition;
  onStep: (direction: -1 | 1) => void;
  notebook?: NotebookPort;
  /** How the count reads ("2 of 5 on this page"); the PDF reader counts across its document. */
  countKey?: MessageKey;
  /**
   * Tab past the card's last control (1) or Shift+Tab before its first (-1): the surface moves focus
   * on into the page and closes the card; false when there is nowhere to go (the browser's own Tab).
   */
  onTabOut?: (direction: 1 | -1) => boolean;
  /** The language where the term was found (its element's, else the page's): a Spanish place asks for the Spanish card. */
  place?: string;
  /** The card's labels in both languages, for a card that is not in the browser's language. */
  labelSets?: CardLabelSets | null;
}

const FOCUSABLE = 'button, [href], summary, [tabindex]:not([tabindex="-1"])';

/**
 * The dialog shown beside a term on a page. Related terms open in place
 * with a Back button, so a reader can wander and return without losing the
 * page; Previous / Next walk the term's mentions on the page. Focus moves in
 * on open. The card is a non-modal dialog (aria-modal="false", docs/accessibility.md): Tab past
 * its last control and Shift+Tab before its first go on into the page beside the term.
 */
export function Popover({ entryId, load, onClose, onOpenGlossary, takeFocus, position, onStep, notebook, countKey = 'popoverMentionCount', onTabOut, place, labelSets }: Props) {
  const [trail, setTrail] = useState<string[]>([entryId]);
  const [replies, setReplies] = useState<Record<string, EntryReply | null>>({});
  /** The reader's language switch, per entry: going Back finds each card as it was left. */
  const [choices, setChoices] = useState<Record<string, CardLang>>({});
  const dialog = useRef<HTMLDivElement>(null);
  const currentId = trail[trail.length - 1]!;
  const reply = replies[currentId];
  const language = chooseCardLanguage(place, uiLanguage(), !!reply?.es, choices[currentId]);
  const t = cardTranslator(language.labels, labelSets);

  useEffect(() => {
    if (currentId in replies) return;
    let live = true;
    void load(currentId).then((answer) => {
      if (live) setReplies((known) => ({ ...known, [currentId]: answer }));
    });
    return () => {
      live = false;
    };
  }, [currentId]);

  // Layout effect: focus must land before the next key is handled, or a Back button that just
  // disappeared would leave focus on the page's body.
  useLayoutEffect(() => {
    // On hover the reader's focus stays put; after the first page (a related term chosen), focus follows.
    if (takeFocus || trail.length > 1) dialog.current?.focus({ preventScroll: true });
    dialog.current?.scrollTo?.(0, 0);
  }, [currentId]);

  const headingId = `dmg-heading-${currentId}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose('escape');
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === (dialog.current!.getRootNode() as ShadowRoot).activeElement,
    );
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    const direction = event.shiftKey ? (active === first || active === dialog.current ? -1 : 0) : active === last ? 1 : 0;
    if (direction !== 0 && onTabOut?.(direction)) event.preventDefault();
  };

  const onFirstPage = trail.length === 1;
  return (
    <div
      class="dmg-dialog"
      lang={language.labels}
      role="dialog"
      aria-modal="false"
      aria-labelledby={reply ? headingId : undefined}
      aria-label={reply ? undefined : t('extName')}
      aria-busy={reply === undefined ? 'true' : undefined}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={onKeyDown}
    >
      <div class="dmg-toolbar">
        {onFirstPage ? (
          <span class="dmg-brand">{t('extName')}</span>
        ) : (
          <button type="button" class="dmg-tool" onClick={() => setTrail(trail.slice(0, -1))}>
            <span aria-hidden="true">←</span> {t('popoverBack')}
          </button>
        )}
        <button type="button" class="dmg-tool dmg-close" aria-label={t('popoverClose')} onClick={() => onClose('button')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {onFirstPage && position.total > 1 ? (
        <div class="dmg-mentions" role="group" aria-label={t('popoverMentionsLabel')}>
          <button type="button" class="dmg-tool" disabled={position.index === 0} onClick={() => onStep(-1)}>
            <span aria-hidden="true">‹</span> {t('popoverPreviousMention')}
          </button>
          <span class="dmg-mention-count" aria-live="polite">
            {t(countKey, position.index + 1, position.total)}
          </span>
          <button type="button" class="dmg-tool" disabled={position.index >= position.total - 1} onClick={() => onStep(1)}>
            {t('popoverNextMention')} <span aria-hidden="true">›</span>
          </button>
        </div>
      ) : null}
      {reply === undefined ? (
        <p class="dmg-loading">{t('popoverLoading')}</p>
      ) : reply === null ? (
        <p class="dmg-loading">{t('popoverUnavailable')}</p>
      ) : (
        <TermCard
          entry={reply.entry}
          headingId={headingId}
          relatedNames={reply.related}
          onOpenTerm={(id) => setTrail([...trail, id])}
          onOpenGlossary={onOpenGlossary}
          notebook={notebook}
          spanish={reply.es}
          language={language}
          t={t}
          labelSets={labelSets}
          onChoose={(lang) => setChoices({ ...choices, [currentId]: lang })}
        />
      )}
    </div>
  );
}
