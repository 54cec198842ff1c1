import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PDF_MENU_ID, setUpPdfMenu } from '../../utils/background/pdf-menu';
import { PDF_LINK_PATTERNS, pdfSourceRequest } from '../../utils/reader/pdf-links';
import { tabPdf, type PdfTabsApi } from '../../utils/reader/pdf-tab';

/** browser.tabs as the popup sees it: the tab's address where the browser shows it, and its content script's answer. */
function tabs({ url, answer }: { url?: string; answer?: unknown | 'no content script' }): PdfTabsApi & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    get: async () => (url === undefined ? {} : { url }),
    sendMessage: async (_id, message) => {
      sent.push(message);
      if (answer === 'no content script') throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    },
  };
}

describe("whether the popup's tab shows a PDF", () => {
  it('knows it from the address when the browser shows it (no message needed)', async () => {
    const api = tabs({ url: 'https://x.org/label.pdf', answer: 'no content script' });
    expect(await tabPdf(api, 1)).toEqual({ kind: 'pdf', src: 'https://x.org/label.pdf' });
    expect(api.sent).toEqual([]);
  });

  it("asks the content script when the address is hidden (Chromium's PDF viewer runs it)", async () => {
    const api = tabs({ answer: 'https://x.org/download?id=3' });
    expect(await tabPdf(api, 1)).toEqual({ kind: 'pdf', src: 'https://x.org/download?id=3' });
    expect(api.sent).toEqual([pdfSourceRequest]);
  });

  it('is not a PDF when the content script says so, or answers something else', async () => {
    expect(await tabPdf(tabs({ answer: null }), 1)).toEqual({ kind: 'none' });
    expect(await tabPdf(tabs({ answer: undefined }), 1)).toEqual({ kind: 'none' });
    expect(await tabPdf(tabs({ answer: 'javascript:alert(1)' }), 1)).toEqual({ kind: 'none' });
  });

  it("offers only the neutral link where nothing of ours runs and nothing says PDF (blank tab, browser pages, Firefox's viewer)", async () => {
    expect(await tabPdf(tabs({ answer: 'no content script' }), 1)).toEqual({ kind: 'neutral' });
    expect(await tabPdf(tabs({ url: 'https://x.org/page', answer: 'no content script' }), 1)).toEqual({ kind: 'neutral' });
  });
});

describe('the context-menu item on links to PDFs', () => {
  it('is skipped where the browser has no context menus (Firefox for Android)', () => {
    const android = { ...fakeBrowser, contextMenus: undefined } as unknown as typeof fakeBrowser;
    expect(setUpPdfMenu(android, 'Open in the reader')).toBe(false);
  });

  it('shows on links to PDFs only, leaves other menu items alone, and opens the reader beside the page', async () => {
    const created: unknown[] = [];
    const removed: unknown[] = [];
    const opened: unknown[] = [];
    const listeners: Array<(info: { menuItemId: string | number; linkUrl?: string }, tab?: { id?: number; index?: number }) => void> = [];
    const removeAll = vi.fn();
    const api = {
      contextMenus: {
        removeAll,
        remove: async (id: string) => void removed.push(id),
        create: (props: unknown) => void created.push(props),
        onClicked: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) },
      },
      tabs: { create: async (props: unknown) => void opened.push(props) },
      runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
    } as unknown as Parameters<typeof setUpPdfMenu>[0];

    expect(setUpPdfMenu(api, 'Open in the reader')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(removeAll).not.toHaveBeenCalled();
    expect(removed).toEqual([PDF_MENU_ID]);
    expect(created).toEqual([{ id: PDF_MENU_ID, title: 'Open in the reader', contexts: ['link'], targetUrlPatterns: [...PDF_LINK_PATTERNS] }]);

    listeners.forEach((l) => l({ menuItemId: 'dmg-lookup-selection' }, { id: 4, index: 2 }));
    listeners.forEach((l) => l({ menuItemId: PDF_MENU_ID, linkUrl: 'https://x.org/a b.pdf?v=1' }, { id: 4, index: 2 }));
    listeners.forEach((l) => l({ menuItemId: PDF_MENU_ID, linkUrl: 'https://x.org/c.pdf' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toEqual([
      { url: `chrome-extension://id/reader.html?src=${encodeURIComponent('https://x.org/a b.pdf?v=1')}`, index: 3, openerTabId: 4 },
      { url: `chrome-extension://id/reader.html?src=${encodeURIComponent('https://x.org/c.pdf')}` },
    ]);
  });
});
