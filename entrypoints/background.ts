import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '../utils/i18n';
import { publishEntries } from '../utils/background/entry-publisher';
import { serveEntries } from '../utils/background/entry-server';
import { toggleActiveTab } from '../utils/background/shortcut-toggle';
import { listenForTabGrants } from '../utils/background/tab-grants';
import { openWelcomeOnInstall } from '../utils/background/first-run';
import { listenForOpenGlossary } from '../utils/background/open-glossary';
import { glossaryPath } from '../utils/messages';

const LOOKUP_MENU_ID = 'dmg-lookup-selection';
const TOGGLE_SITE_COMMAND = 'toggle-site';

function openGlossary(where: { id?: string; query?: string }): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(glossaryPath(where)) });
}

export default defineBackground(() => {
  // Cards on pages ask here for their text, which does not ride along in the content script.
  serveEntries();
  void publishEntries(browser).catch((error: unknown) => console.warn('DM Glossary: could not store the cards for pages; they will be asked for instead.', error));

  // The first-run page, on install only (utils/background/first-run.ts).
  openWelcomeOnInstall(browser, import.meta.env.MODE);

  // "Only when I ask" mode: which tabs the reader turned on (utils/background/tab-grants.ts).
  const grants = listenForTabGrants(browser);

  // "Open in the full glossary" from a card: checked sender, real entry, rate-limited per tab.
  listenForOpenGlossary(browser);

  // Recreated at every start: menus may or may not survive a background restart, by browser.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookUp'), contexts: ['selection'] }),
  );
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText) void openGlossary({ query: info.selectionText });
  });

  // The keyboard command turns the current tab's site on or off, or the tab itself in "only when I ask" mode.
  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_SITE_COMMAND) void toggleActiveTab(browser, grants);
  });

  // Firefox test builds only (`wxt build --mode e2e -b firefox`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
