/** Messages between the popup and the content script of the active tab. */

export interface CountsRequest {
  type: 'dmg:counts';
}

/** How many times each entry is highlighted on the page, by entry id. */
export interface CountsReply {
  counts: Record<string, number>;
}

export const countsRequest: CountsRequest = { type: 'dmg:counts' };

export function isCountsRequest(message: unknown): message is CountsRequest {
  return typeof message === 'object' && message !== null && (message as CountsRequest).type === 'dmg:counts';
}
