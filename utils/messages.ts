/** Messages between the extension's pages, its background and the content script. */

export interface CountsRequest {
  type: 'dmg:counts';
}

/** How many times each entry is highlighted on the page, by entry id. */
export interface CountsReply {
  counts: Record<string, number>;
}

/** Scroll to and flash the first highlight of an entry on the page. */
export interface RevealRequest {
  type: 'dmg:reveal';
  id: string;
}

/** Open the full glossary page at an entry (the background opens the tab). */
export interface OpenGlossaryRequest {
  type: 'dmg:open-glossary';
  id: string;
}

export const countsRequest: CountsRequest = { type: 'dmg:counts' };

function hasType(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

export function isCountsRequest(message: unknown): message is CountsRequest {
  return hasType(message, 'dmg:counts');
}

export function isRevealRequest(message: unknown): message is RevealRequest {
  return hasType(message, 'dmg:reveal') && typeof (message as RevealRequest).id === 'string';
}

export function isOpenGlossaryRequest(message: unknown): message is OpenGlossaryRequest {
  return hasType(message, 'dmg:open-glossary') && typeof (message as OpenGlossaryRequest).id === 'string';
}

/** The glossary page's address for an entry, relative to the extension's root. */
export function glossaryPath(id?: string): `/glossary.html${string}` {
  return id ? `/glossary.html#${encodeURIComponent(id)}` : '/glossary.html';
}
