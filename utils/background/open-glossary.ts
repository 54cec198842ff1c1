/**
 * "Open in the full glossary" from a card: content scripts cannot open
 * extension pages themselves, so they ask the background. A page can forge
 * marks and click our button (review F3), so the background opens a tab only
 * for our own content scripts and pages, only for a real entry, and at most
 * as often as OPEN_GLOSSARY_RULES allow per sender tab.
 */
import type { browser } from 'wxt/browser';
import { getEntry } from '../../glossary';
import { glossaryPath, isOpenGlossaryRequest } from '../messaging/page-messages';
import { OPEN_GLOSSARY_RULES, RateLimiter } from './rate-limit';
import { contentScriptTab, isOwnExtensionPage, type Self, type SenderLike } from './senders';

type Api = typeof browser;

/** Opens the glossary page at an entry or a search, in a new tab. */
export function openGlossary(api: Api, where: { id?: string; query?: string }): Promise<unknown> {
  return api.tabs.create({ url: api.runtime.getURL(glossaryPath(where)) });
}

/** The limiter's key for a sender allowed to ask, or undefined for one that is not. */
export function openGlossarySender(sender: SenderLike, self: Self): string | undefined {
  const tabId = contentScriptTab(sender, self);
  if (tabId !== undefined) return `tab:${tabId}`;
  if (isOwnExtensionPage(sender, self)) return `page:${sender.tab?.id ?? 'none'}`;
  return undefined;
}

/** Answers "dmg:open-glossary": resolves true if a tab was opened, false if the request was refused. */
export function listenForOpenGlossary(api: Api, now: () => number = Date.now, limiter = new RateLimiter(OPEN_GLOSSARY_RULES)): void {
  const self: Self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike): Promise<boolean> | undefined => {
    if (!isOpenGlossaryRequest(message)) return undefined;
    const key = openGlossarySender(sender, self);
    if (key === undefined || !getEntry(message.id) || !limiter.allow(key, now())) return Promise.resolve(false);
    return openGlossary(api, { id: message.id }).then(() => true);
  });
}
