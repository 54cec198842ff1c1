import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readerPath } from '../../utils/reader/pdf-links';
import { tabPdf, type TabPdf } from '../../utils/reader/pdf-tab';
import { targetTabId } from '../../utils/browser/platform';
import { t } from '../../utils/browser/i18n';
import './popup-pdf-offer.css';

function openReader(src?: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(src ? readerPath(src) : '/reader.html') }).then(() => window.close());
}

/**
 * "Open this PDF in the glossary reader" when the popup's tab shows a PDF; where the tab looks
 * like a PDF the reader cannot fetch, a word on that and the reader's file picker; where nothing
 * of ours runs in the tab (a blank tab, a browser page), only a neutral link to the reader.
 */
export function PopupPdfOffer() {
  const [found, setFound] = useState<TabPdf>({ kind: 'none' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const id = await targetTabId(browser.tabs, location.search).catch(() => undefined);
      if (id === undefined) return;
      const result = await tabPdf(browser.tabs, id);
      if (live) setFound(result);
    })();
    return () => {
      live = false;
    };
  }, []);

  if (found.kind === 'pdf') {
    return (
      <section class="pp-pdf" aria-labelledby="pp-pdf-title">
        <p id="pp-pdf-title" class="pp-pdf-text">
          {t('pdfPopupFound')}
        </p>
        <button type="button" class="pp-pdf-open" data-pdf-offer="tab" onClick={() => openReader(found.src)}>
          {t('pdfPopupOpenThis')}
        </button>
      </section>
    );
  }
  if (found.kind === 'pdf-closed') {
    return (
      <p class="pp-pdf-text pp-pdf-quiet" data-pdf-closed>
        {t('pdfPopupClosedTab')}{' '}
        <button type="button" class="pp-link" data-pdf-offer="file" onClick={() => openReader()}>
          {t('pdfPopupOpenFile')}
        </button>
      </p>
    );
  }
  if (found.kind === 'neutral') {
    // Nothing says this tab is a PDF (a blank tab, a browser page): no question about one (m6).
    return (
      <p class="pp-pdf-text pp-pdf-quiet">
        <button type="button" class="pp-link" data-pdf-offer="file" onClick={() => openReader()}>
          {t('pdfPopupOpenFile')}
        </button>
      </p>
    );
  }
  return null;
}
