import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { glossaryPath, isOpenGlossaryRequest } from '../utils/messages';

export default defineBackground(() => {
  // Content scripts cannot open extension pages themselves; "Open in the full glossary" asks here.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isOpenGlossaryRequest(message)) return undefined;
    return browser.tabs.create({ url: browser.runtime.getURL(glossaryPath(message.id)) }).then(() => undefined);
  });

  // Test builds only (`wxt build --mode e2e`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e') {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
