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

/** Transparent room around the card inside the frame, for its shadow and focus ring (CSS px). */
export const FRAME_MARGIN = 8;

/** How long a secret issued by the background may wait for its frame to claim it. */
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
    }
  | { type: 'layout'; layout: FrameLayout }
  | { type: 'focus' }
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

/** Runtime messages to the background: a secret for a new frame, and the frame's claim of it. */
export const cardFrameSecretRequest = { type: 'dmg:card-frame-secret' } as const;
export interface CardFrameClaim {
  type: 'dmg:card-frame-claim';
  secret: string;
}
export const cardFrameClaim = (secret: string): CardFrameClaim => ({ type: 'dmg:card-frame-claim', secret });
