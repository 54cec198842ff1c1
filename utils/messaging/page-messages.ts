/** Messages between the extension's pages, its background and the content script. */
import { glossaryUrl } from '../glossary-page/location';

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
  /**
   * Open the notebook's question form for the entry instead (a card on a
   * web page: typing happens in an extension page the page cannot read,
   * review S2).
   */
  ask?: boolean;
}

/**
 * "Only when I ask" mode, popup → background: turn the tab on or off for
 * the site of its top page (`host`, from the tab's counts reply). Accepted
 * only from our own pages. Replies whether the tab is now on.
 */
export interface SetTabGrantRequest {
  type: 'dmg:set-tab-grant';
  tabId: number;
  host: string;
  granted: boolean;
}

/** Popup → background: whether a tab is on ("only when I ask"). Accepted only from our own pages. */
export interface GetTabGrantRequest {
  type: 'dmg:get-tab-grant';
  tabId: number;
}

/**
 * Content script → background: may this frame act ("only when I ask")?
 * Carries nothing: the background takes the tab and the page's address from
 * the runtime's sender, never from the message. Replies a boolean.
 */
export interface TabGrantQuery {
  type: 'dmg:is-tab-granted';
}

/** Background → every frame of a tab: its grant changed; frames re-run decideActivation. */
export interface TabGrantChanged {
  type: 'dmg:tab-grant-changed';
  granted: boolean;
}

export const tabGrantQuery: TabGrantQuery = { type: 'dmg:is-tab-granted' };

export const countsRequest: CountsRequest = { type: 'dmg:counts' };

/**
 * A child frame's gate → background: this frame holds a possible term, load the painter into it
 * (utils/content/frame-gate.ts). Carries nothing: the tab and frame are the runtime's sender.
 */
export interface PaintFrameRequest {
  type: 'dmg:paint-frame';
}

export const paintFrameRequest: PaintFrameRequest = { type: 'dmg:paint-frame' };

export function isPaintFrameRequest(message: unknown): message is PaintFrameRequest {
  return hasType(message, 'dmg:paint-frame');
}

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
  const { id, ask } = message as OpenGlossaryRequest;
  return hasType(message, 'dmg:open-glossary') && typeof id === 'string' && (ask === undefined || typeof ask === 'boolean');
}

const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function isSetTabGrantRequest(message: unknown): message is SetTabGrantRequest {
  if (!hasType(message, 'dmg:set-tab-grant')) return false;
  const { tabId, host, granted } = message as SetTabGrantRequest;
  return isTabId(tabId) && typeof host === 'string' && host.length <= 253 && typeof granted === 'boolean';
}

export function isGetTabGrantRequest(message: unknown): message is GetTabGrantRequest {
  return hasType(message, 'dmg:get-tab-grant') && isTabId((message as GetTabGrantRequest).tabId);
}

export function isTabGrantQuery(message: unknown): message is TabGrantQuery {
  return hasType(message, 'dmg:is-tab-granted');
}

export function isTabGrantChanged(message: unknown): message is TabGrantChanged {
  return hasType(message, 'dmg:tab-grant-changed') && typeof (message as TabGrantChanged).granted === 'boolean';
}

/** The glossary page's address for an entry or a search, relative to the extension's root. */
export function glossaryPath({ id, query = '' }: { id?: string; query?: string } = {}): `/glossary.html${string}` {
  return glossaryUrl('/glossary.html', query, id) as `/glossary.html${string}`;
}
