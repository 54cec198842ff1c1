import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { browser } from 'wxt/browser';
import { contentScriptTab, isOwnExtensionPage, senderHost } from '../../utils/background/senders';
import { defaultGrantStore, listenForTabGrants, memoryGrantStore, sessionGrantStore, TabGrants } from '../../utils/background/tab-grants';
import { isSetTabGrantRequest, isTabGrantQuery } from '../../utils/messaging/page-messages';

const self = { id: 'our-id', origin: 'chrome-extension://our-id/' };

describe('senders', () => {
  it('tells our pages from our content scripts, from the runtime\'s fields only', () => {
    const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
    const popupAsTab = { ...popup, tab: { id: 4 } };
    const content = { id: 'our-id', url: 'https://nhs.uk/a', tab: { id: 7 }, frameId: 0 };
    expect(isOwnExtensionPage(popup, self)).toBe(true);
    expect(isOwnExtensionPage(popupAsTab, self)).toBe(true);
    expect(isOwnExtensionPage(content, self)).toBe(false);
    expect(contentScriptTab(content, self)).toBe(7);
    expect(contentScriptTab(popupAsTab, self)).toBeUndefined();
    expect(contentScriptTab({ ...content, id: 'another-extension' }, self)).toBeUndefined();
    expect(isOwnExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, self)).toBe(false);
    expect(isOwnExtensionPage({ id: 'our-id', url: 'chrome-extension://our-id.evil/x' }, self)).toBe(false);
    expect(contentScriptTab({ id: 'our-id', url: 'https://a.org/' }, self)).toBeUndefined();
    expect(contentScriptTab({ ...content, tab: { id: -1 } }, self)).toBeUndefined();
    expect(senderHost(content)).toBe('nhs.uk');
    expect(senderHost({ url: 'file:///home/a.html' })).toBe('');
    expect(senderHost({})).toBeUndefined();
  });
});

describe('grant messages', () => {
  it('accept only well-formed requests', () => {
    expect(isSetTabGrantRequest({ type: 'dmg:set-tab-grant', tabId: 3, host: 'nhs.uk', granted: true })).toBe(true);
    expect(isSetTabGrantRequest({ type: 'dmg:set-tab-grant', tabId: '3', host: 'nhs.uk', granted: true })).toBe(false);
    expect(isSetTabGrantRequest({ type: 'dmg:set-tab-grant', tabId: 1.5, host: 'nhs.uk', granted: true })).toBe(false);
    expect(isSetTabGrantRequest({ type: 'dmg:set-tab-grant', tabId: 3, host: 'x'.repeat(300), granted: true })).toBe(false);
    expect(isTabGrantQuery({ type: 'dmg:is-tab-granted' })).toBe(true);
  });
});

describe('TabGrants', () => {
  let grants: TabGrants;
  beforeEach(() => {
    grants = new TabGrants(memoryGrantStore());
  });

  it('grants one tab only, for its site, until revoked', async () => {
    await grants.grant(1, 'www.NHS.uk');
    expect(await grants.isGranted(1)).toBe(true);
    expect(await grants.isGranted(2)).toBe(false);
    expect(await grants.check(1, { top: true, host: 'nhs.uk' })).toEqual({ granted: true, confirmedNow: false });
    expect(await grants.check(1, { top: false, host: 'video.nhs.uk' })).toEqual({ granted: true, confirmedNow: false });
    expect(await grants.check(1, { top: false, host: '' })).toEqual({ granted: true, confirmedNow: false });
    expect(await grants.check(1, { top: false, host: 'ads.example' })).toEqual({ granted: false, confirmedNow: false });
    await grants.revoke(1);
    expect(await grants.check(1, { top: true, host: 'nhs.uk' })).toEqual({ granted: false, confirmedNow: false });
  });

  it('ends the grant when the top page turns out to be on another site', async () => {
    await grants.grant(1, 'nhs.uk');
    await grants.navigating(1);
    expect((await grants.check(1, { top: true, host: 'tracker.example' })).granted).toBe(false);
    expect(await grants.isGranted(1)).toBe(false);
    expect((await grants.check(1, { top: true, host: 'nhs.uk' })).granted).toBe(false);
  });

  it('after a navigation, holds frames back until the top frame shows the same site, then says it confirmed', async () => {
    await grants.grant(1, 'nhs.uk');
    await grants.navigating(1);
    expect((await grants.check(1, { top: false, host: 'nhs.uk' })).granted).toBe(false);
    expect(await grants.check(1, { top: true, host: 'www.nhs.uk' })).toEqual({ granted: true, confirmedNow: true });
    expect((await grants.check(1, { top: false, host: 'nhs.uk' })).granted).toBe(true);
    expect((await grants.check(1, { top: false, host: 'embed.example' })).granted).toBe(false);
  });

  it('keeps concurrent changes: each one reads what the last one saved', async () => {
    await Promise.all([grants.grant(1, 'a.org'), grants.grant(2, 'b.org'), grants.grant(3, 'c.org'), grants.revoke(2)]);
    expect([await grants.isGranted(1), await grants.isGranted(2), await grants.isGranted(3)]).toEqual([true, false, true]);
  });

  it('in storage.session, reads a malformed record as "not granted"', async () => {
    await fakeBrowser.storage.session.set({ dmgTabGrants: { 1: { host: 'a.org', confirmed: 'yes' }, 2: { host: 'b.org', confirmed: true } } });
    const stored = new TabGrants(sessionGrantStore(fakeBrowser.storage.session));
    expect(await stored.isGranted(1)).toBe(false);
    expect(await stored.isGranted(2)).toBe(true);
  });
});

describe('listenForTabGrants', () => {
  const api = fakeBrowser as unknown as typeof browser;
  const ourOrigin = () => fakeBrowser.runtime.getURL('/');
  const popup = () => ({ id: fakeBrowser.runtime.id, url: `${ourOrigin()}popup.html` });
  const frame = (tabId: number, url: string, frameId = 0) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: tabId } });
  const send = async (message: unknown, sender: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined)).find((r) => r !== undefined);
  let told: Array<[number, unknown]>;

  beforeEach(() => {
    fakeBrowser.reset();
    told = [];
    fakeBrowser.tabs.sendMessage = vi.fn((tabId: number, message: unknown) => {
      told.push([tabId, message]);
      return Promise.resolve();
    }) as never;
    listenForTabGrants(api);
  });

  it('keeps grants in storage.session when the browser has it', async () => {
    expect(await send({ type: 'dmg:set-tab-grant', tabId: 5, host: 'nhs.uk', granted: true }, popup())).toBe(true);
    expect(Object.keys(((await fakeBrowser.storage.session.get('dmgTabGrants')).dmgTabGrants as object) ?? {})).toEqual(['5']);
    expect(defaultGrantStore(api)).toBeDefined();
  });

  it('lets the popup grant a tab and tells that tab\'s frames; the content script learns it from its sender', async () => {
    await send({ type: 'dmg:set-tab-grant', tabId: 5, host: 'nhs.uk', granted: true }, popup());
    expect(told).toEqual([[5, { type: 'dmg:tab-grant-changed', granted: true }]]);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://www.nhs.uk/conditions'))).toBe(true);
    expect(await send({ type: 'dmg:is-tab-granted', tabId: 5 }, frame(6, 'https://www.nhs.uk/'))).toBe(false);
    expect(await send({ type: 'dmg:get-tab-grant', tabId: 5 }, popup())).toBe(true);
  });

  it('refuses grants from content scripts and other extensions', async () => {
    expect(await send({ type: 'dmg:set-tab-grant', tabId: 5, host: 'evil.example', granted: true }, frame(5, 'https://evil.example/'))).toBe(false);
    expect(await send({ type: 'dmg:set-tab-grant', tabId: 5, host: 'nhs.uk', granted: true }, { id: 'other-extension', url: 'chrome-extension://other-extension/p.html' })).toBe(false);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://evil.example/'))).toBe(false);
    expect(await send({ type: 'dmg:get-tab-grant', tabId: 5 }, frame(5, 'https://evil.example/'))).toBe(false);
    expect(told).toEqual([]);
  });

  it('forgets a tab when it closes, and holds frames back while a navigation is unconfirmed', async () => {
    await send({ type: 'dmg:set-tab-grant', tabId: 5, host: 'nhs.uk', granted: true }, popup());
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, {} as never);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://www.nhs.uk/embed', 3))).toBe(false);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://nhs.uk/next'))).toBe(true);
    expect(told.at(-1)).toEqual([5, { type: 'dmg:tab-grant-changed', granted: true }]);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://www.nhs.uk/embed', 3))).toBe(true);
    expect(await send({ type: 'dmg:is-tab-granted' }, frame(5, 'https://tracker.example/ad', 4))).toBe(false);
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 0, isWindowClosing: false });
    expect(await send({ type: 'dmg:get-tab-grant', tabId: 5 }, popup())).toBe(false);
  });
});
