import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getEntry } from '../glossary';
import { t } from '../utils/i18n';
import { TermCard } from './TermCard';
import { relatedNames } from './related';

export type CloseReason = 'escape' | 'button';

interface Props {
  entryId: string;
  onClose: (reason: CloseReason) => void;
  onOpenGlossary: (id: string) => void;
  /** Move focus into the dialog when it opens (not when it opened on hover). */
  takeFocus: boolean;
}

const FOCUSABLE = 'button, [href], summary, [tabindex]:not([tabindex="-1"])';

/**
 * The dialog shown beside a highlighted term. Related terms open in place
 * with a Back button, so a reader can wander and return without losing the
 * page. Focus moves in on open and is kept inside until the dialog closes.
 */
export function Popover({ entryId, onClose, onOpenGlossary, takeFocus }: Props) {
  const [trail, setTrail] = useState<string[]>([entryId]);
  const dialog = useRef<HTMLDivElement>(null);
  const currentId = trail[trail.length - 1]!;
  const entry = getEntry(currentId);

  // Layout effect: focus must land before the next key is handled, or a Back button that just
  // disappeared would leave focus on the page's body.
  useLayoutEffect(() => {
    // On hover the reader's focus stays put; after the first page (a related term chosen), focus follows.
    if (takeFocus || trail.length > 1) dialog.current?.focus();
    dialog.current?.scrollTo?.(0, 0);
  }, [currentId]);

  if (!entry) return null;
  const headingId = `dmg-heading-${entry.id}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose('escape');
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || active === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      class="dmg-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={onKeyDown}
    >
      <div class="dmg-toolbar">
        {trail.length > 1 ? (
          <button type="button" class="dmg-tool" onClick={() => setTrail(trail.slice(0, -1))}>
            <span aria-hidden="true">←</span> {t('popoverBack')}
          </button>
        ) : (
          <span class="dmg-brand">{t('extName')}</span>
        )}
        <button type="button" class="dmg-tool dmg-close" aria-label={t('popoverClose')} onClick={() => onClose('button')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <TermCard
        entry={entry}
        headingId={headingId}
        relatedNames={relatedNames(entry)}
        onOpenTerm={(id) => setTrail([...trail, id])}
        onOpenGlossary={onOpenGlossary}
      />
    </div>
  );
}
