/**
 * What a card needs of the care notebook, the same in the popup, the
 * glossary page (the store, directly) and on web pages (messages to the
 * background, utils/popover/notebook-client.ts), so TermCard never knows
 * which it has.
 */
import type { NotebookStatus, SetMineReply } from '../messaging/notebook-messages';

export type { NotebookStatus, SetMineReply };

export interface NotebookPort {
  status(termId: string): Promise<NotebookStatus>;
  setMine(termId: string, on: boolean): Promise<SetMineReply>;
  // The changes resolve when done; what they resolve to is not part of the port.
  setSaved(termId: string, on: boolean): Promise<unknown>;
  addQuestion(termId: string, text: string): Promise<unknown>;
  /** The reader's answer to the card's "Show my medicines in their own colour" offer. */
  setPaintMine(on: boolean): Promise<unknown>;
  /** A card opened (kept only if the reader turned "recently looked up" on). */
  recordLookup(termId: string): Promise<unknown>;
  /** Calls back when the notebook changes elsewhere (another window); returns the unsubscribe. */
  subscribe?(onChange: () => void): () => void;
}
