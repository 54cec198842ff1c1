/** Messages between the extension's pages, its background and the content script. */
import { glossaryUrl } from './glossary-page/location';

export interface CountsRequest {
  type: 'dmg:counts';
}

/** How many times each entry is highlighted on the page, by entry id, and whether highlighting runs there. */
export interface CountsReply {
  counts: Record<string, number>;
  /** The page's hostname ("" for local files), for the popup's "this site" switch. */
  host: string;
  active: boolean;
}

/** Turn highlighting on or off for the page's site (the keyboard command and the popup). Replies whether it is now on. */
export interface ToggleSiteRequest {
  type: 'dmg:toggle-site';
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

export function isToggleSiteRequest(message: unknown): message is ToggleSiteRequest {
  return hasType(message, 'dmg:toggle-site');
}

export function isRevealRequest(message: unknown): message is RevealRequest {
  return hasType(message, 'dmg:reveal') && typeof (message as RevealRequest).id === 'string';
}

export function isOpenGlossaryRequest(message: unknown): message is OpenGlossaryRequest {
  return hasType(message, 'dmg:open-glossary') && typeof (message as OpenGlossaryRequest).id === 'string';
}

/** The glossary page's address for an entry or a search, relative to the extension's root. */
export function glossaryPath({ id, query = '' }: { id?: string; query?: string } = {}): `/glossary.html${string}` {
  return glossaryUrl('/glossary.html', query, id) as `/glossary.html${string}`;
}
