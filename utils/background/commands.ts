import type { browser as Browser } from 'wxt/browser';
import { hasApi } from '../browser/platform';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

type Api = Pick<typeof Browser, 'commands'>;

/**
 * The keyboard command that turns highlighting on or off for the current tab
 * (its site, or the tab itself in "only when I ask" mode: see
 * shortcut-toggle.ts). Returns false where there are no commands (Firefox for Android).
 */
export function setUpCommands(api: Api, onToggle: () => Promise<void>): boolean {
  if (!hasApi(api, 'commands')) return false;
  api.commands.onCommand.addListener(async (command) => {
    if (command === TOGGLE_SITE_COMMAND) await onToggle();
  });
  return true;
}
