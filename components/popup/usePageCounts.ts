import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { targetTabId } from '../../utils/browser/platform';
import { countsRequest, type CountsReply, type RevealRequest, type SetTabGrantRequest, type ToggleSiteRequest } from '../../utils/messaging/page-messages';
import type { PrivacyMode } from '../../utils/settings/schema';
import { loadSettings } from '../../utils/settings/store';

export interface PageCounts {
  /** The active tab's answer, or undefined while unknown or where the page has no content script. */
  page: CountsReply | undefined;
  reveal: (id: string) => void;
  /** Turns highlighting on or off for the tab's site, or for the tab itself in "only when I ask" mode. */
  toggleSite: () => void;
  /** Where the extension reads pages (shown in the popup), once known. */
  mode: PrivacyMode | undefined;
}

/**
 * The terms highlighted on the reader's tab (see targetTabId), asked of its content script.
 * Pages the extension cannot run on (browser pages, the store) simply answer
 * nothing, and the popup leaves the section out.
 */
export function usePageCounts(): PageCounts {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<CountsReply>();
  const [asked, setAsked] = useState(0);
  const [mode, setMode] = useState<PrivacyMode>();
  useEffect(() => {
    void loadSettings().then((settings) => setMode(settings.privacyMode), () => undefined);
  }, [asked]);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // Not simply the active tab: opened as a tab (Firefox for Android, popup.html?tab=), the
        // active tab is the popup itself.
        const id = await targetTabId(browser.tabs, location.search);
        if (id === undefined) return;
        const reply = (await browser.tabs.sendMessage(id, countsRequest)) as CountsReply | undefined;
        if (live && reply) {
          setTabId(id);
          setPage(reply);
        }
      } catch {
        // No content script on this tab: nothing to show.
      }
    })();
    return () => {
      live = false;
    };
  }, [asked]);
  return {
    page,
    mode,
    toggleSite: () => {
      if (tabId === undefined || !page) return;
      // Ask again afterwards: the counts change with the switch.
      const again = () => setAsked((n) => n + 1);
      if (mode === 'ask') {
        // "Only when I ask": this tab is turned on or off, in the background (never in the settings).
        const request: SetTabGrantRequest = { type: 'dmg:set-tab-grant', tabId, host: page.host, granted: !page.active };
        void browser.runtime.sendMessage(request).then(again, () => undefined);
        return;
      }
      const request: ToggleSiteRequest = { type: 'dmg:toggle-site' };
      void browser.tabs.sendMessage(tabId, request).then(again, () => undefined);
    },
    reveal: (id) => {
      if (tabId === undefined) return;
      const request: RevealRequest = { type: 'dmg:reveal', id };
      void browser.tabs.sendMessage(tabId, request).then(
        async (opened: unknown) => {
          // The card is now open on the page with focus inside it; a toolbar popup steps aside so the
          // reader lands there. Opened as a tab (Firefox for Android), it brings the reader's tab forward.
          if (opened !== true) return;
          if (!(await browser.tabs.getCurrent())) window.close();
          else await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
        },
        () => undefined,
      );
    },
  };
}
