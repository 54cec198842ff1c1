import { browser } from 'wxt/browser';
import { patternCovers, type SourceEnv } from './source';

/** The real browser behind readSource. */
export function browserSourceEnv(): SourceEnv {
  return {
    fetch: (url, init) => fetch(url, init),
    readFileUrl: (url) =>
      new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('GET', url);
        request.responseType = 'arraybuffer';
        request.onload = () => (request.response instanceof ArrayBuffer && request.response.byteLength > 0 ? resolve(request.response) : reject(new Error('unreadable')));
        request.onerror = () => reject(new Error('unreadable'));
        request.send();
      }),
    hasOrigins: async (origins) => {
      if (await browser.permissions.contains({ origins }).catch(() => false)) return true;
      // Chromium only: there the content script's matches let our pages fetch, yet contains()
      // denies them (measured in Chromium 156). Firefox MV2 needs the granted permission.
      if (import.meta.env.FIREFOX) return false;
      const granted = (await browser.permissions.getAll().catch(() => ({ origins: [] }))).origins ?? [];
      return origins.every((wanted) => {
        const origin = wanted.replace(/\/\*$/, '');
        return granted.some((pattern) => patternCovers(pattern, origin));
      });
    },
    fileAccessAllowed: async () => {
      const extension = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
      return extension?.isAllowedFileSchemeAccess ? extension.isAllowedFileSchemeAccess() : undefined;
    },
    isFirefox: import.meta.env.FIREFOX === true,
  };
}
