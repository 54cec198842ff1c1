/**
 * Cards on pages reach the care notebook through the background (the
 * content script does not bundle the notebook store): these are the
 * messages of the notebook contract, and the background's shape check.
 */

export type NotebookRequest =
  | { type: 'notebook-status'; termId: string }
  | { type: 'notebook-set-mine' | 'notebook-set-saved'; termId: string; on: boolean }
  | { type: 'notebook-add-question'; termId: string; text: string }
  | { type: 'notebook-record-lookup'; termId: string }
  // Not in the first contract: the card's "Show my medicines in their own colour" offer.
  | { type: 'notebook-set-paint-mine'; on: boolean };

/** What the notebook holds about one term, for its card. */
export interface NotebookStatus {
  mine: boolean;
  saved: boolean;
  /** How many questions the reader has about the term. */
  questions: number;
  /** Their texts, so the card's own suggested questions show "Added" when already there. */
  texts: string[];
}

/** The reply to notebook-set-mine: whether to offer painting "my medicines" (the first one was just marked). */
export interface SetMineReply {
  offerPaint: boolean;
}

/** Every refusal is a reply of this shape, in plain words. */
export interface NotebookErrorReply {
  error: string;
}

const TYPES = new Set<string>(['notebook-status', 'notebook-set-mine', 'notebook-set-saved', 'notebook-add-question', 'notebook-record-lookup', 'notebook-set-paint-mine']);

/** Whether a message is meant for the notebook at all (its type), whatever its shape. */
export function isNotebookMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}

/**
 * The request, or a plain error naming what is wrong with its shape.
 * `isEntry` says whether a termId names a glossary entry.
 */
export function parseNotebookRequest(message: unknown, isEntry: (id: string) => boolean): NotebookRequest | NotebookErrorReply {
  if (!isNotebookMessage(message)) return { error: 'This is not a notebook message.' };
  const m = message as Record<string, unknown>;
  const type = m.type as NotebookRequest['type'];
  if (type === 'notebook-set-paint-mine') {
    return typeof m.on === 'boolean' ? { type, on: m.on } : { error: `${type} needs "on" to be true or false.` };
  }
  if (typeof m.termId !== 'string' || !isEntry(m.termId)) return { error: `${type} needs "termId" to be the id of a glossary entry.` };
  const termId = m.termId;
  switch (type) {
    case 'notebook-set-mine':
    case 'notebook-set-saved':
      return typeof m.on === 'boolean' ? { type, termId, on: m.on } : { error: `${type} needs "on" to be true or false.` };
    case 'notebook-add-question':
      return typeof m.text === 'string' && m.text.trim() !== '' ? { type, termId, text: m.text } : { error: `${type} needs "text", the question, which cannot be empty.` };
    default:
      return { type, termId };
  }
}
