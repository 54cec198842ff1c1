import type { browser as Browser } from 'wxt/browser';
import { hasApi } from '../browser/platform';

export const LOOKUP_MENU_ID = 'dmg-lookup-selection';

type Api = Pick<typeof Browser, 'contextMenus'>;

/**
 * The "Look up '…' in the DM glossary" item on selected text. Returns false, doing nothing,
 * where the browser has no context menus (Firefox for Android), so the background still starts.
 */
export function setUpLookupMenu(api: Api, title: string, lookUp: (selection: string) => void): boolean {
  if (!hasApi(api, 'contextMenus')) return false;
  const menus = api.contextMenus;
  // Recreated at every start: menus may or may not survive a background restart, by browser.
  void menus
    .removeAll()
    .then(() => menus.create({ id: LOOKUP_MENU_ID, title, contexts: ['selection'] }))
    .catch((error: unknown) => console.warn('DM Glossary: could not add the look-up menu item.', error));
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText) lookUp(info.selectionText);
  });
  return true;
}
