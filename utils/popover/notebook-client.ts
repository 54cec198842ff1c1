import { browser } from 'wxt/browser';
import type { NotebookPort, NotebookStatus, SetMineReply } from '../notebook/port';
import type { NotebookRequest } from '../messaging/notebook-messages';

/** Asks the background (notebook-server.ts); a refusal arrives as `{ error }` and becomes an Error the card shows. */
async function ask(request: NotebookRequest): Promise<unknown> {
  const reply = (await browser.runtime.sendMessage(request)) as { error?: unknown } | undefined;
  if (!reply) throw new Error('no answer');
  if (reply.error !== undefined) throw new Error(String(reply.error));
  return reply;
}

/** The card's notebook on web pages: messages only, so the store stays out of the content script. */
export const notebookClient: NotebookPort = {
  status: (termId) => ask({ type: 'notebook-status', termId }) as Promise<NotebookStatus>,
  setMine: (termId, on) => ask({ type: 'notebook-set-mine', termId, on }) as Promise<SetMineReply>,
  setSaved: (termId, on) => ask({ type: 'notebook-set-saved', termId, on }),
  addQuestion: (termId, text) => ask({ type: 'notebook-add-question', termId, text }),
  setPaintMine: (on) => ask({ type: 'notebook-set-paint-mine', on }),
  recordLookup: (termId) => ask({ type: 'notebook-record-lookup', termId }),
};
