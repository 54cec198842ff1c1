/**
 * Loads the painter (entrypoints/content) into a child frame whose gate found a possible term
 * (utils/content/frame-gate.ts). The top frame gets the painter from the manifest, at the
 * document's start; child frames get only the small gate, so a frame with nothing to show never
 * evaluates the painter (issue #22).
 *
 * The script is injected from the extension's package by the extensions API, never by a URL a
 * page could load or probe (it is not web-accessible), and only into the frame that asked: the
 * tab and frame come from the runtime's sender, never from the message.
 */
import type { browser } from 'wxt/browser';
import { isPaintFrameRequest } from '../messaging/page-messages';
import { contentScriptTab, type SenderLike } from './senders';

/** The painter's bundle as WXT writes it for entrypoints/content/index.ts. */
export const PAINTER_FILE = '/content-scripts/content.js';

type Api = Pick<typeof browser, 'runtime' | 'scripting' | 'tabs'>;

/**
 * Injects `PAINTER_FILE` into one frame: chrome.scripting under MV3, tabs.executeScript under MV2
 * (Firefox). Where the browser names the document that asked (`documentId`, Chromium), into that
 * document only: a frame that has navigated since gets nothing it did not ask for.
 */
export function injectPainter(api: Api, manifestVersion: number, tabId: number, frameId: number, documentId?: string): Promise<unknown> {
  if (manifestVersion >= 3) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    return api.scripting.executeScript({ target, files: [PAINTER_FILE], injectImmediately: true });
  }
  // A blank or srcdoc frame is its creator's page: the gate ran there, so the painter must too.
  return api.tabs.executeScript(tabId, { frameId, file: PAINTER_FILE, matchAboutBlank: true, runAt: 'document_start' });
}

/** Answers gates' requests; a request from anything but our own content script in a child frame is ignored. */
export function servePaintRequests(api: Api, manifestVersion: number): void {
  const self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike & { documentId?: string }) => {
    if (!isPaintFrameRequest(message)) return undefined;
    const tabId = contentScriptTab(sender, self);
    const frameId = sender.frameId;
    // The top frame has the painter from the manifest; frame 0 never asks.
    if (tabId === undefined || typeof frameId !== 'number' || !Number.isInteger(frameId) || frameId <= 0) return undefined;
    const documentId = typeof sender.documentId === 'string' && sender.documentId.length > 0 ? sender.documentId : undefined;
    return injectPainter(api, manifestVersion, tabId, frameId, documentId).then(
      () => true,
      // The frame may have gone (navigated, removed) between its request and the injection.
      (error: unknown) => {
        console.debug('DM Glossary: the painter could not be loaded into a frame.', error);
        return false;
      },
    );
  });
}
