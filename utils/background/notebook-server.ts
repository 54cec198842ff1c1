/**
 * The care notebook for cards on web pages: content scripts do not bundle
 * the store, so they send the contract's messages here. Only our own
 * content scripts and pages are answered (a page cannot message us, and
 * the sender is checked should that ever change); each message's shape is
 * checked, and every refusal is answered in plain words, never silently.
 */
import type { browser } from 'wxt/browser';
import { getEntry } from '../../glossary';
import { storePort, type NotebookStoreLike } from '../notebook/store-port';
import { isNotebookMessage, parseNotebookRequest, type NotebookErrorReply, type NotebookRequest } from '../messaging/notebook-messages';
import { contentScriptTab, isOwnExtensionPage, type Self, type SenderLike } from './senders';

type Api = typeof browser;

/** Does what a checked request asks, through the store. */
export async function handleNotebookRequest(store: NotebookStoreLike, request: NotebookRequest): Promise<unknown> {
  const port = storePort(store);
  switch (request.type) {
    case 'notebook-status':
      return port.status(request.termId);
    case 'notebook-set-mine':
      return port.setMine(request.termId, request.on);
    case 'notebook-set-saved':
      await port.setSaved(request.termId, request.on);
      return { ok: true };
    case 'notebook-add-question':
      await port.addQuestion(request.termId, request.text);
      return { ok: true };
    case 'notebook-record-lookup':
      await port.recordLookup(request.termId);
      return { ok: true };
    case 'notebook-set-paint-mine':
      await port.setPaintMine(request.on);
      return { ok: true };
  }
}

/** The reply to one message from `sender`: undefined when it is not a notebook message (another listener's). */
export function answerNotebook(store: NotebookStoreLike, message: unknown, sender: SenderLike, self: Self): Promise<unknown> | undefined {
  if (!isNotebookMessage(message)) return undefined;
  if (contentScriptTab(sender, self) === undefined && !isOwnExtensionPage(sender, self)) {
    return Promise.resolve<NotebookErrorReply>({ error: 'The notebook answers only this extension.' });
  }
  const request = parseNotebookRequest(message, (id) => getEntry(id) !== undefined);
  if ('error' in request) return Promise.resolve(request);
  // A store error (a limit reached, storage full) is the reader's to read: its message is plain.
  return handleNotebookRequest(store, request).catch(
    (error: unknown): NotebookErrorReply => ({ error: error instanceof Error && error.message ? error.message : 'The notebook could not be saved.' }),
  );
}

/** Answers the notebook messages of our content scripts. */
export function serveNotebook(api: Api, store: NotebookStoreLike): void {
  const self: Self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => answerNotebook(store, message, sender, self));
}
