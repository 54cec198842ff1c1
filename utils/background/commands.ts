import type { browser as Browser } from 'wxt/browser';
import type { ToggleSiteRequest } from '../messages';
import { hasApi } from '../platform';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

type Api = Pick<typeof Browser, 'commands' | 'tabs'>;

/**
 * The keyboard command that toggles the current tab's site; its content script knows the
 * site and writes the setting. Returns false where there are no commands (Firefox for Android).
 */
export function setUpCommands(api: Api): boolean {
  if (!hasApi(api, 'commands')) return false;
  api.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    const request: ToggleSiteRequest = { type: 'dmg:toggle-site' };
    if (tab?.id !== undefined) await api.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
  return true;
}
