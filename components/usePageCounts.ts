import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countsRequest, type CountsReply, type RevealRequest } from '../utils/messages';

export interface PageCounts {
  /** Entry id to number of highlights, or undefined while unknown or where the page has no content script. */
  counts: Record<string, number> | undefined;
  reveal: (id: string) => void;
}

/**
 * The terms highlighted on the active tab, asked of its content script.
 * Pages the extension cannot run on (browser pages, the store) simply answer
 * nothing, and the popup leaves the section out.
 */
export function usePageCounts(): PageCounts {
  const [tabId, setTabId] = useState<number>();
  const [counts, setCounts] = useState<Record<string, number>>();
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) return;
        const reply = (await browser.tabs.sendMessage(tab.id, countsRequest)) as CountsReply | undefined;
        if (live && reply) {
          setTabId(tab.id);
          setCounts(reply.counts);
        }
      } catch {
        // No content script on this tab: nothing to show.
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return {
    counts,
    reveal: (id) => {
      if (tabId === undefined) return;
      const request: RevealRequest = { type: 'dmg:reveal', id };
      void browser.tabs.sendMessage(tabId, request).catch(() => undefined);
    },
  };
}
