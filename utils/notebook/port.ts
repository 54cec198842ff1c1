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
  /**
   * Where typing must not happen in the card (a card on a web page: the page
   * would read every key, review S2), "Add a question" opens the notebook's
   * question form for the term instead; resolves whether it opened.
   */
  askElsewhere?(termId: string): Promise<boolean>;
  /**
   * The card is on a web page, in the page's DOM: its buttons act only on a
   * real, visible, unobscured click, and the "show my medicines" choice is
   * not offered there (utils/popover/real-click.ts, issue #19 item 2).
   */
  onWebPage?: boolean;
  /** Calls back when the notebook changes elsewhere (another window); returns the unsubscribe. */
  subscribe?(onChange: () => void): () => void;
}

/**
 * A change refused because the click that asked for it may have been lured (the card was hidden
 * or covered): the card says so in the reader's words, not as a failure.
 */
export class ClickRefused extends Error {
  constructor() {
    super('click refused');
    this.name = 'ClickRefused';
  }
}
