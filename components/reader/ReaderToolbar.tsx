import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import { zoomLabel } from '../../utils/reader/zoom';

export interface FindState {
  query: string;
  /** Hits found; undefined while nothing was searched. */
  count: number | undefined;
  /** The hit shown, from 0. */
  index: number;
}

interface Props {
  ready: boolean;
  page: number;
  pageCount: number;
  zoom: number;
  panelOpen: boolean;
  find: FindState;
  onOpenFile: (file: File) => void;
  onPage: (text: string) => void;
  onStepPage: (direction: -1 | 1) => void;
  onZoom: (how: 'in' | 'out' | 'fit') => void;
  onFind: (query: string) => void;
  onStepFind: (direction: -1 | 1) => void;
  onTogglePanel: () => void;
  findInput: { current: HTMLInputElement | null };
}

/** The reader's toolbar: open, pages, zoom, find and the terms panel. Every control is a labelled native one. */
export function ReaderToolbar(props: Props) {
  const { ready, page, pageCount, zoom, find } = props;
  const [pageText, setPageText] = useState(String(page));
  useEffect(() => setPageText(String(page)), [page]);
  const status =
    find.count === undefined ? '' : find.count === 0 ? t('readerFindNone') : t('readerFindCount', find.index + 1, find.count);
  return (
    <div class="rd-toolbar" role="group" aria-label={t('readerToolbarLabel')}>
      <label class="rd-button rd-open">
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="rd-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) props.onOpenFile(file);
            input.value = '';
          }}
        />
        <span>{t('readerOpenFile')}</span>
      </label>
      <div class="rd-group" role="group" aria-label={t('readerPagesLabel')}>
        <button type="button" class="rd-button rd-icon" disabled={!ready || page <= 1} aria-label={t('readerPreviousPage')} title={t('readerPreviousPage')} onClick={() => props.onStepPage(-1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="rd-button rd-icon" disabled={!ready || page >= pageCount} aria-label={t('readerNextPage')} title={t('readerNextPage')} onClick={() => props.onStepPage(1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <form
          class="rd-page-form"
          onSubmit={(event) => {
            event.preventDefault();
            props.onPage(pageText);
          }}
        >
          <label class="rd-visually-hidden" for="rd-page-number">{t('readerPageNumber')}</label>
          <input
            id="rd-page-number"
            class="rd-page-input"
            inputMode="numeric"
            disabled={!ready}
            value={ready ? pageText : ''}
            onInput={(event) => setPageText(event.currentTarget.value)}
            onBlur={() => setPageText(String(page))}
          />
          {ready ? <span class="rd-of">{t('readerOfPages', pageCount)}</span> : null}
        </form>
      </div>
      <div class="rd-group" role="group" aria-label={t('readerZoomLabel')}>
        <button type="button" class="rd-button rd-icon" disabled={!ready} aria-label={t('readerZoomOut')} title={t('readerZoomOut')} onClick={() => props.onZoom('out')}>
          <span aria-hidden="true">−</span>
        </button>
        <span class="rd-zoom" aria-live="polite">{zoomLabel(zoom)}</span>
        <button type="button" class="rd-button rd-icon" disabled={!ready} aria-label={t('readerZoomIn')} title={t('readerZoomIn')} onClick={() => props.onZoom('in')}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" class="rd-button" disabled={!ready} onClick={() => props.onZoom('fit')}>
          {t('readerFitWidth')}
        </button>
      </div>
      <form
        class="rd-group rd-find"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          props.onStepFind(1);
        }}
      >
        <label class="rd-visually-hidden" for="rd-find">{t('readerFindLabel')}</label>
        <input
          id="rd-find"
          ref={props.findInput}
          type="search"
          class="rd-find-input"
          placeholder={t('readerFindPlaceholder')}
          disabled={!ready}
          value={find.query}
          onInput={(event) => props.onFind(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.shiftKey) {
              event.preventDefault();
              props.onStepFind(-1);
            }
          }}
        />
        <button type="button" class="rd-button rd-icon" disabled={!find.count} aria-label={t('readerFindPrevious')} title={t('readerFindPrevious')} onClick={() => props.onStepFind(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" class="rd-button rd-icon" disabled={!find.count} aria-label={t('readerFindNext')} title={t('readerFindNext')} onClick={() => props.onStepFind(1)}>
          <span aria-hidden="true">›</span>
        </button>
        <span class="rd-find-status" role="status">{status}</span>
      </form>
      <button type="button" class="rd-button rd-panel-toggle" aria-expanded={props.panelOpen} aria-controls="rd-panel" disabled={!ready} onClick={props.onTogglePanel}>
        {t('readerTermsButton')}
      </button>
    </div>
  );
}
