import type { browser } from 'wxt/browser';
import { countsRequest, type CountsReply, type TabGrantChanged, type ToggleSiteRequest } from '../messaging/page-messages';
import { t } from '../browser/i18n';
import { loadSettings } from '../settings/store';
import { writeErrorFromMessage } from '../settings/write-error';
import type { TabGrants } from './tab-grants';

type Api = typeof browser;

/**
 * The shortcut has no window of its own: a change it could not save shows as
 * "!" on the toolbar button of that tab, with the reason as its tooltip;
 * cleared by the next change that is saved.
 */
async function showNotSaved(api: Api, tabId: number, reason: string | undefined): Promise<void> {
  const action = (api as { action?: Api['action'] }).action ?? (api as unknown as { browserAction?: Api['action'] }).browserAction;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ tabId, text: reason ? '!' : '' }),
    // The manifest sets no title: the button's default is the extension's name.
    action.setTitle({ tabId, title: reason ? `${t('extName')}: ${reason}` : t('extName') }),
  ]).catch(() => undefined);
}

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
    const tabId = tab.id;
    await api.tabs.sendMessage(tabId, request).then(
      () => showNotSaved(api, tabId, undefined),
      (error: unknown) => {
        // The content script refused to save (a full site list): nothing changed, and the reader
        // must not think the site can no longer see the extension (review S6).
        const failure = writeErrorFromMessage(error);
        return failure ? showNotSaved(api, tabId, t(failure.messageKey, ...failure.messageSubs)) : undefined;
      },
    );
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
