import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownName } from '../../utils/card-data/shown-name';

/** A term's name as its card shows it in this interface; an id no entry has any more is shown as it is. */
function TermName({ entryId }: { entryId: string }) {
  const entry = getEntry(entryId);
  const shown = entry ? shownName(entry, uiLanguage()) : undefined;
  return (
    <span class="rd-term-name" lang={shown?.lang}>
      {shown?.name ?? entryId}
    </span>
  );
}

export interface TermCount {
  entryId: string;
  count: number;
}

interface Props {
  page: number;
  onPage: readonly TermCount[];
  inDocument: readonly TermCount[];
  /** Every page's text read (the document list is complete). */
  complete: boolean;
  onChoose: (entryId: string, page: number | undefined) => void;
  onClose: () => void;
}

function TermList({ terms, onChoose, label }: { terms: readonly TermCount[]; onChoose: (id: string) => void; label: string }) {
  return (
    <ul class="rd-terms" aria-label={label}>
      {terms.map(({ entryId, count }) => (
        <li key={entryId}>
          <button type="button" class="rd-term" data-reader-term-id={entryId} onClick={() => onChoose(entryId)}>
            <TermName entryId={entryId} />
            <span class="rd-term-count" aria-label={t('readerTermCount', count)}>{count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The keyboard way to the terms: each one a button that opens its card at its first mention. */
export function ReaderPanel({ page, onPage, inDocument, complete, onChoose, onClose }: Props) {
  return (
    <aside id="rd-panel" class="rd-panel" aria-labelledby="rd-panel-title">
      <div class="rd-panel-head">
        <h2 id="rd-panel-title" class="rd-panel-title">{t('readerTermsTitle')}</h2>
        <button type="button" class="rd-button rd-icon" aria-label={t('readerCloseTerms')} title={t('readerCloseTerms')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h3 class="rd-panel-heading">{t('readerOnThisPage', page)}</h3>
      {onPage.length > 0 ? (
        <TermList terms={onPage} label={t('readerOnThisPage', page)} onChoose={(id) => onChoose(id, page)} />
      ) : (
        <p class="rd-panel-empty">{t('readerNoTermsOnPage')}</p>
      )}
      <h3 class="rd-panel-heading">{t('readerInDocument')}</h3>
      {!complete ? <p class="rd-panel-empty">{t('readerStillReading')}</p> : null}
      {inDocument.length > 0 ? (
        <TermList terms={inDocument} label={t('readerInDocument')} onChoose={(id) => onChoose(id, undefined)} />
      ) : complete ? (
        <p class="rd-panel-empty">{t('readerNoTermsInDocument')}</p>
      ) : null}
    </aside>
  );
}
