import { browser } from 'wxt/browser';
import type { SourceEnv } from './source';

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
    hasOrigins: (origins) => browser.permissions.contains({ origins }).catch(() => false),
    fileAccessAllowed: async () => {
      const extension = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
      return extension?.isAllowedFileSchemeAccess ? extension.isAllowedFileSchemeAccess() : undefined;
    },
    isFirefox: import.meta.env.FIREFOX === true,
  };
}
