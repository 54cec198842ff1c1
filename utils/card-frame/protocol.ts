/**
 * The card on web pages lives in a sandboxed frame the content script makes (issue #19, review
 * S1, S2, S4; the choice is argued in docs/privacy.md): the page's find, selection, caret and key
 * listeners stop at the frame. The page's content script (the "parent") and the content script in
 * the frame talk over a MessagePort handed to the frame once the background has confirmed the
 * frame's secret. These are the messages, and checks of their shape: what arrives on a port is
 * ours, but a shape check keeps a stray message from doing anything.
 */

/** The `<meta name>` in the frame's srcdoc that carries its single-use secret. */
export const CARD_FRAME_META = 'dmg-card';

/** Whether a document may be the card's frame: a sandboxed srcdoc one (an opaque origin); only then is more done. */
export const isCardFrameDocument = (href: string, origin: string): boolean => href === 'about:srcdoc' && origin === 'null';

/** Transparent room around the card inside the frame, for its shadow and focus ring (CSS px). */
export const FRAME_MARGIN = 8;

/** How long a secret may wait for its frame to claim it. */
export const SECRET_TTL_MS = 10_000;

export interface FramePosition {
  index: number;
  total: number;
}

/** What the card needs to lay itself out like the page's viewport (card-placement.ts). */
export interface FrameLayout {
  /** The page's viewport width without its scroll bar. */
  viewport: number;
  /** A sheet across the whole width (narrow or zoomed viewports). */
  sheet: boolean;
  /** The card's height limit, chosen by the parent from the room beside the term; 0 before the first size. */
  maxHeight: number;
}

export type ToFrame =
  | {
      type: 'render';
      entryId: string;
      /** The language where the term was found (its element's, else the page's). */
      place: string | undefined;
      takeFocus: boolean;
      position: FramePosition;
      layout: FrameLayout;
      /** The card's text, when the parent has read it already (it starts when the pointer is on the term). */
      reply?: unknown;
    }
  | { type: 'layout'; layout: FrameLayout }
  | { type: 'focus' }
  /** The card was closed; the frame stays, empty and hidden, for the next one. */
  | { type: 'clear' }
  | { type: 'drawn'; id: number; yes: boolean };

export type FromFrame =
  | { type: 'ready' }
  /** The card's width, its full height, and the height down to the end of its summary. */
  | { type: 'size'; width: number; natural: number; essential: number }
  | { type: 'step'; direction: -1 | 1 }
  | { type: 'close'; restoreFocus: boolean }
  | { type: 'tab-out'; direction: -1 | 1 }
  | { type: 'open-glossary'; id: string }
  /** The reader pressed or focused something in the card: a hover-opened card must stay. */
  | { type: 'pin' }
  /** The mouse is on the card (the page hears no pointer event while it is over the frame). */
  | { type: 'hover' }
  /** Before a notebook change: is the frame drawn in the page, opaque and visible? */
  | { type: 'drawn?'; id: number };

/** The parent's offer of a port, posted to the frame's window with the secret it was made with. */
export interface PortOffer {
  dmgCard: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isDirection = (value: unknown): value is -1 | 1 => value === -1 || value === 1;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function isPortOffer(value: unknown): value is PortOffer {
  return isRecord(value) && typeof value.dmgCard === 'string' && value.dmgCard.length > 0;
}

function isLayout(value: unknown): value is FrameLayout {
  return isRecord(value) && isCount(value.viewport) && typeof value.sheet === 'boolean' && isCount(value.maxHeight);
}

export function isToFrame(value: unknown): value is ToFrame {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'render': {
      const position = value.position;
      return (
        typeof value.entryId === 'string' &&
        (value.place === undefined || typeof value.place === 'string') &&
        typeof value.takeFocus === 'boolean' &&
        isRecord(position) &&
        isCount(position.index) &&
        isCount(position.total) &&
        isLayout(value.layout)
      );
    }
    case 'layout':
      return isLayout(value.layout);
    case 'focus':
    case 'clear':
      return true;
    case 'drawn':
      return isCount(value.id) && typeof value.yes === 'boolean';
    default:
      return false;
  }
}

export function isFromFrame(value: unknown): value is FromFrame {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
    case 'pin':
    case 'hover':
      return true;
    case 'size':
      return isCount(value.width) && isCount(value.natural) && isCount(value.essential);
    case 'step':
    case 'tab-out':
      return isDirection(value.direction);
    case 'close':
      return typeof value.restoreFocus === 'boolean';
    case 'open-glossary':
      return typeof value.id === 'string';
    case 'drawn?':
      return isCount(value.id);
    default:
      return false;
  }
}

/**
 * The frame's secret, kept under its own key in `storage.local` from the moment the parent makes
 * the frame until the frame claims it (or the parent gives up). Extension storage is shared by our
 * content scripts and closed to pages, and reading it needs no background (whose service worker
 * may be asleep, which cost about a second per card when the secret was asked of it).
 */
export const SECRET_KEY_PREFIX = 'dmg-card-frame:';
export const secretKey = (secret: string): string => `${SECRET_KEY_PREFIX}${secret}`;

/** 128 random bits as hex: `crypto.randomUUID` exists only in secure contexts, and pages may be plain http. */
export function newSecret(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a stored secret's value (the time the parent made it) is one a frame may claim now. */
export function isFreshSecret(stored: unknown, now: number): boolean {
  return typeof stored === 'number' && Number.isFinite(stored) && stored <= now + 1000 && now - stored <= SECRET_TTL_MS;
}
