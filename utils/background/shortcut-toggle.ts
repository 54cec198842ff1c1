import type { browser } from 'wxt/browser';
import { countsRequest, type CountsReply, type TabGrantChanged, type ToggleSiteRequest } from '../messaging/page-messages';
import { loadSettings } from '../settings/store';
import type { TabGrants } from './tab-grants';

type Api = typeof browser;

function isCountsReply(value: unknown): value is CountsReply {
  return typeof value === 'object' && value !== null && typeof (value as CountsReply).host === 'string' && typeof (value as CountsReply).active === 'boolean';
}

/**
 * The keyboard shortcut (Alt+Shift+G) on the active tab. In "only when I ask"
 * mode it turns this tab on or off (a tab grant, kept here); in the other
 * modes it switches the tab's site in the settings, which its content script
 * knows and writes.
 */
export async function toggleActiveTab(api: Api, grants: TabGrants): Promise<void> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const settings = await loadSettings();
  if (settings.privacyMode !== 'ask') {
    const request: ToggleSiteRequest = { type: 'dmg:toggle-site' };
    await api.tabs.sendMessage(tab.id, request).catch(() => undefined);
    return;
  }
  // The top frame names its site even while inert (a runtime reply the page cannot see).
  const reply: unknown = await api.tabs.sendMessage(tab.id, countsRequest).catch(() => undefined);
  if (!isCountsReply(reply)) return;
  const granted = !reply.active;
  await (granted ? grants.grant(tab.id, reply.host) : grants.revoke(tab.id));
  const changed: TabGrantChanged = { type: 'dmg:tab-grant-changed', granted };
  await api.tabs.sendMessage(tab.id, changed).catch(() => undefined);
}
