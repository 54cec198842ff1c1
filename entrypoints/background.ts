import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Test builds only (`wxt build --mode e2e`): Firefox's WebDriver BiDi cannot
  // navigate to moz-extension:// pages, so the extension opens its popup in a
  // tab itself for the end-to-end tests. Release builds never contain this.
  if (import.meta.env.MODE === 'e2e') {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
});
