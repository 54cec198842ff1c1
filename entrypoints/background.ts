import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '../utils/browser/i18n';
import { publishEntries } from '../utils/background/entry-publisher';
import { publishPatterns } from '../utils/background/pattern-publisher';
import { servePaintRequests } from '../utils/background/frame-painter';
import { serveEntries } from '../utils/background/entry-server';
import { serveNotebook } from '../utils/background/notebook-server';
import { notebookStore } from '../utils/notebook/browser-store';
import { toggleActiveTab } from '../utils/background/shortcut-toggle';
import { listenForTabGrants } from '../utils/background/tab-grants';
import { openWelcomeOnInstall } from '../utils/background/first-run';
import { listenForOpenGlossary } from '../utils/background/open-glossary';
import { setUpCommands } from '../utils/background/commands';
import { setUpLookupMenu } from '../utils/background/context-menu';
import { setUpPdfMenu } from '../utils/background/pdf-menu';
import { glossaryPath } from '../utils/messaging/page-messages';
import { cardStyles } from '../components/card/card-styles';

function openGlossary(where: { id?: string; query?: string }): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(glossaryPath(where)) });
}

export default defineBackground(() => {
  // Cards on pages ask here for their text, which does not ride along in the content script.
  // The card's styles come from its CSS files, which only entry points and components import.
  const cardCss = cardStyles();
  serveEntries(cardCss);
  // Cards on pages reach the care notebook here (utils/background/notebook-server.ts).
  serveNotebook(browser, notebookStore());
  void publishEntries(browser, cardCss).catch((error: unknown) => console.warn('DM Glossary: could not store the cards for pages; they will be asked for instead.', error));
  // The page pattern, built here once so no frame spends its first task building it.
  publishPatterns(browser);
  // Child frames get the painter only once their gate has found a possible term (utils/content/frame-gate.ts).
  servePaintRequests(browser, import.meta.env.MANIFEST_VERSION);

  // The first-run page, on install only (utils/background/first-run.ts).
  openWelcomeOnInstall(browser, import.meta.env.MODE);

  // "Only when I ask" mode: which tabs the reader turned on (utils/background/tab-grants.ts).
  const grants = listenForTabGrants(browser);

  // "Open in the full glossary" from a card: checked sender, real entry, rate-limited per tab.
  listenForOpenGlossary(browser);

  // Both return false, doing nothing, where the API is missing (Firefox for Android).
  setUpLookupMenu(browser, t('menuLookUp'), (selection) => void openGlossary({ query: selection }));
  setUpPdfMenu(browser, t('pdfMenuOpenLink'));
  setUpCommands(browser, () => toggleActiveTab(browser, grants));

  // Firefox test builds only (`wxt build --mode e2e -b firefox`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
