import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAINTER_FILE, servePaintRequests } from '../../utils/background/frame-painter';
import { paintFrameRequest } from '../../utils/messaging/page-messages';

const executeScript = vi.fn(async () => [] as unknown[]);
const tabsExecuteScript = vi.fn(async () => [] as unknown[]);
const api = () => ({ ...fakeBrowser, scripting: { executeScript }, tabs: { ...fakeBrowser.tabs, executeScript: tabsExecuteScript } }) as unknown as Parameters<typeof servePaintRequests>[0];
const frame = (tabId: number, frameId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://ads.example/slot', origin: 'https://ads.example', frameId, tab: { id: tabId } });
const send = async (message: unknown, sender: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined)).find((r) => r !== undefined);

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  tabsExecuteScript.mockClear();
});

describe('loading the painter into a child frame that asked', () => {
  it('injects the painter file into that frame only (MV3: chrome.scripting)', async () => {
    servePaintRequests(api(), 3);
    expect(await send(paintFrameRequest, frame(7, 12))).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [12] }, files: [PAINTER_FILE], injectImmediately: true });
    expect(tabsExecuteScript).not.toHaveBeenCalled();
  });

  it('names the document that asked where the browser says which (Chromium), so a frame navigated since gets nothing', async () => {
    servePaintRequests(api(), 3);
    expect(await send(paintFrameRequest, { ...frame(7, 12), documentId: 'D0C' })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['D0C'] }, files: [PAINTER_FILE], injectImmediately: true });
  });

  it('uses tabs.executeScript under MV2 (Firefox), into blank and srcdoc frames too', async () => {
    servePaintRequests(api(), 2);
    expect(await send(paintFrameRequest, frame(3, 4))).toBe(true);
    expect(tabsExecuteScript).toHaveBeenCalledWith(3, { frameId: 4, file: PAINTER_FILE, matchAboutBlank: true, runAt: 'document_start' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('ignores the top frame, our own pages, other extensions and other messages', async () => {
    servePaintRequests(api(), 3);
    expect(await send(paintFrameRequest, frame(7, 0))).toBeUndefined();
    expect(await send(paintFrameRequest, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html'), frameId: 0 })).toBeUndefined();
    expect(await send(paintFrameRequest, { ...frame(7, 12), id: 'another-extension' })).toBeUndefined();
    expect(await send(paintFrameRequest, { ...frame(7, 12), tab: undefined })).toBeUndefined();
    expect(await send({ type: 'dmg:paint-frame-please', tabId: 1, frameId: 2 }, frame(7, 12))).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers false, without throwing, when the frame went away before the injection', async () => {
    executeScript.mockRejectedValueOnce(new Error('No frame with id 12 in tab 7.'));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    servePaintRequests(api(), 3);
    expect(await send(paintFrameRequest, frame(7, 12))).toBe(false);
    debug.mockRestore();
  });
});
