import type { browser as Browser } from 'wxt/browser';
import { hasApi } from '../browser/platform';
import { PDF_LINK_PATTERNS, readerPath } from '../reader/pdf-links';

export const PDF_MENU_ID = 'dmg-open-pdf-link';

type Api = Pick<typeof Browser, 'contextMenus' | 'tabs' | 'runtime'>;

/**
 * "Open in the DM glossary reader" on links to PDFs: opens reader.html on the link's address
 * in a new tab beside the page. Returns false, doing nothing, where the browser has no context
 * menus (Firefox for Android), so the background still starts.
 */
export function setUpPdfMenu(api: Api, title: string): boolean {
  if (!hasApi(api, 'contextMenus')) return false;
  const menus = api.contextMenus;
  // Not removeAll(): the look-up item is set up beside this one. Removing only ours first keeps a
  // restart of the background from failing on a duplicate id where menus outlive it (Chromium).
  void menus
    .remove(PDF_MENU_ID)
    .catch(() => undefined)
    .then(() => menus.create({ id: PDF_MENU_ID, title, contexts: ['link'], targetUrlPatterns: [...PDF_LINK_PATTERNS] }))
    .catch((error: unknown) => console.warn('DM Glossary: could not add the PDF reader menu item.', error));
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== PDF_MENU_ID || !info.linkUrl) return;
    const url = api.runtime.getURL(readerPath(info.linkUrl));
    void api.tabs
      .create(tab?.id !== undefined && tab.index !== undefined ? { url, index: tab.index + 1, openerTabId: tab.id } : { url })
      .catch((error: unknown) => console.warn('DM Glossary: could not open the PDF reader.', error));
  });
  return true;
}
