import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpCommands, TOGGLE_SITE_COMMAND } from '../../utils/background/commands';
import { LOOKUP_MENU_ID, setUpLookupMenu } from '../../utils/background/context-menu';
import { hasApi, tabFromSearch, targetTabId, type TabsLike } from '../../utils/browser/platform';

type Tab = { id?: number; lastAccessed?: number; active?: boolean; openerTabId?: number };

/** browser.tabs as a popup sees it: `self` is the tab the popup is in (undefined for a real popup). */
function tabsWith(all: Tab[], self?: Tab): TabsLike & { queries: unknown[] } {
  const queries: unknown[] = [];
  return {
    queries,
    query: async (q) => {
      queries.push(q);
      return q.active ? all.filter((t) => t.active) : all;
    },
    getCurrent: async () => self,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the tab the popup acts on', () => {
  it('is the one named by ?tab=, without asking the browser', async () => {
    const tabs = tabsWith([{ id: 1, active: true }]);
    expect(await targetTabId(tabs, '?tab=42')).toBe(42);
    expect(tabs.queries).toEqual([]);
  });

  it('ignores a bad ?tab= value with a warning and falls back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const bad of ['?tab=abc', '?tab=-3', '?tab=0', '?tab=1.5', '?tab=']) expect(tabFromSearch(bad), bad).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(5);
    expect(await targetTabId(tabsWith([{ id: 7, active: true }]), '?tab=x')).toBe(7);
  });

  it('is the active tab for a real popup', async () => {
    expect(await targetTabId(tabsWith([{ id: 3 }, { id: 7, active: true }]), '')).toBe(7);
  });

  it('as a tab in the background, is the active tab of its window', async () => {
    const self = { id: 9, openerTabId: 4 };
    expect(await targetTabId(tabsWith([{ id: 4 }, { id: 5, active: true }, self], self), '')).toBe(5);
  });

  it('as the active tab itself (Firefox for Android), is the tab that opened it', async () => {
    const self = { id: 9, active: true, openerTabId: 4 };
    expect(await targetTabId(tabsWith([{ id: 4 }, self], self), '')).toBe(4);
  });

  it('as a tab with no opener, is the most recently used other tab, never itself', async () => {
    const self = { id: 9, active: true, lastAccessed: 300 };
    expect(await targetTabId(tabsWith([{ id: 2, lastAccessed: 100 }, { id: 5, lastAccessed: 200 }, self], self), '')).toBe(5);
    expect(await targetTabId(tabsWith([self], self), '')).toBeUndefined();
  });

  it('works where tabs.getCurrent is missing', async () => {
    const tabs: TabsLike = { query: async () => [{ id: 6 }] };
    expect(await targetTabId(tabs, '')).toBe(6);
  });
});

describe('background on a browser without contextMenus or commands (Firefox for Android)', () => {
  const android = { ...fakeBrowser, contextMenus: undefined, commands: undefined } as unknown as typeof fakeBrowser;

  it('reports the missing APIs', () => {
    expect(hasApi(android, 'contextMenus')).toBe(false);
    expect(hasApi(android, 'commands')).toBe(false);
    expect(hasApi(fakeBrowser, 'contextMenus')).toBe(true);
  });

  it('starts without throwing and adds nothing', () => {
    expect(() => setUpLookupMenu(android, 'Look up', () => undefined)).not.toThrow();
    expect(setUpLookupMenu(android, 'Look up', () => undefined)).toBe(false);
    expect(setUpCommands(android, async () => undefined)).toBe(false);
  });
});

describe('background on desktop', () => {
  it('adds the look-up item and opens the glossary for a selection', async () => {
    const create = vi.fn(async () => 1);
    const listeners: Array<(info: { menuItemId: string; selectionText?: string }) => void> = [];
    const api = {
      contextMenus: { removeAll: async () => undefined, create, onClicked: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) } },
    } as unknown as Parameters<typeof setUpLookupMenu>[0];
    const looked: string[] = [];
    expect(setUpLookupMenu(api, 'Look up', (s) => looked.push(s))).toBe(true);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ id: LOOKUP_MENU_ID, title: 'Look up', contexts: ['selection'] }));
    listeners[0]!({ menuItemId: LOOKUP_MENU_ID, selectionText: 'Imuran' });
    listeners[0]!({ menuItemId: 'other', selectionText: 'x' });
    expect(looked).toEqual(['Imuran']);
  });

  it('runs the toggle on its command only', async () => {
    let toggles = 0;
    let onCommand: ((c: string) => Promise<void>) | undefined;
    const api = {
      commands: { onCommand: { addListener: (l: typeof onCommand) => (onCommand = l) } },
    } as unknown as Parameters<typeof setUpCommands>[0];
    expect(setUpCommands(api, async () => void toggles++)).toBe(true);
    await onCommand!('something-else');
    await onCommand!(TOGGLE_SITE_COMMAND);
    expect(toggles).toBe(1);
  });
});
