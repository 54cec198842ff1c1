import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '../utils/i18n';
import { setUpCommands } from '../utils/background/commands';
import { setUpLookupMenu } from '../utils/background/context-menu';
import { glossaryPath, isOpenGlossaryRequest } from '../utils/messages';

function openGlossary(where: { id?: string; query?: string }): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(glossaryPath(where)) });
}

export default defineBackground(() => {
  // Content scripts cannot open extension pages themselves; "Open in the full glossary" asks here.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isOpenGlossaryRequest(message)) return undefined;
    return openGlossary({ id: message.id }).then(() => undefined);
  });

  // Both return false, doing nothing, where the API is missing (Firefox for Android).
  setUpLookupMenu(browser, t('menuLookUp'), (selection) => void openGlossary({ query: selection }));
  setUpCommands(browser);

  // Test builds only (`wxt build --mode e2e`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e') {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
