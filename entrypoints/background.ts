import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '../utils/i18n';
import { listenForTabGrants } from '../utils/background/tab-grants';
import { openWelcomeOnInstall } from '../utils/background/first-run';
import { listenForOpenGlossary } from '../utils/background/open-glossary';
import { glossaryPath, type ToggleSiteRequest } from '../utils/messages';

const LOOKUP_MENU_ID = 'dmg-lookup-selection';
const TOGGLE_SITE_COMMAND = 'toggle-site';

function openGlossary(where: { id?: string; query?: string }): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(glossaryPath(where)) });
}

export default defineBackground(() => {
  // The first-run page, on install only (utils/background/first-run.ts).
  openWelcomeOnInstall(browser, import.meta.env.MODE);

  // "Only when I ask" mode: which tabs the reader turned on (utils/background/tab-grants.ts).
  listenForTabGrants(browser);

  // "Open in the full glossary" from a card: checked sender, real entry, rate-limited per tab.
  listenForOpenGlossary(browser);

  // Recreated at every start: menus may or may not survive a background restart, by browser.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookUp'), contexts: ['selection'] }),
  );
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText) void openGlossary({ query: info.selectionText });
  });

  // The keyboard command toggles the current tab's site; its content script knows the site and writes the setting.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const request: ToggleSiteRequest = { type: 'dmg:toggle-site' };
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });

  // Test builds only (`wxt build --mode e2e`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e') {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
