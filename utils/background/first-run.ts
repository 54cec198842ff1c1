/**
 * The first-run page opens once, when the extension is installed: not on
 * updates or browser updates. Test builds (`--mode e2e`) skip it: their
 * background opens popup.html in a tab for the Firefox tests, which find it
 * by looking through the open tabs, and a second tab would take its place.
 */
import type { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

export function shouldOpenWelcome(reason: string, mode: string): boolean {
  return reason === 'install' && mode !== 'e2e';
}

export function openWelcomeOnInstall(api: typeof browser, mode: string): void {
  api.runtime.onInstalled.addListener((details) => {
    if (shouldOpenWelcome(details.reason, mode)) void api.tabs.create({ url: api.runtime.getURL(WELCOME_PATH) });
  });
}
