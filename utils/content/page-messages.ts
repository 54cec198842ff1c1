/**
 * What a page's content script answers to the extension's own messages (the popup, the
 * background): counts for "On this page", revealing a term, the site switch, the PDF offer, and
 * "only when I ask" grant changes. Runtime messages are invisible to the page. Kept apart from
 * the entry point so it can be tested without a browser.
 */
import { isPdfSourceRequest, pdfSourceOf } from '../reader/pdf-links';
import { isCountsRequest, isRevealRequest, isTabGrantChanged, isToggleSiteRequest, type CountsReply } from '../messaging/page-messages';

export interface PageMessageDeps {
  /** The extension was reloaded or removed: this script must answer nothing. */
  isInvalid(): boolean;
  /** Only the top frame answers the popup: it speaks for the page the patient sees. */
  isTop: boolean;
  host: string;
  document: { contentType: string; URL: string };
  /** Painting settled: counts and reveals wait for it. */
  idle(): Promise<void>;
  counts(): Map<string, number>;
  isActive(): boolean;
  /** Opens the card at an entry's first mention (the card's code may load first); whether there was one. */
  openFirst(entryId: string): boolean | Promise<boolean>;
  /** "Only when I ask": this tab was turned on or off. A "yes" must be checked again for this frame's site. */
  onGrantChanged(granted: boolean): void;
  /** Switches the current site on or off; resolves to whether painting is now on. */
  toggleSite(): Promise<boolean>;
}

export type PageMessageReply = CountsReply | boolean | string | null;

export type PageMessageHandler = (message: unknown) => Promise<PageMessageReply> | undefined;

/** What only the top frame answers: the questions of the popup and the shortcut. */
function isTopFrameRequest(message: unknown): boolean {
  return isCountsRequest(message) || isPdfSourceRequest(message) || isRevealRequest(message) || isToggleSiteRequest(message);
}

/**
 * The listener the top frame registers at its first moment. The frame's start (reading the
 * settings and the names, waiting for enough of the page to tell its language) can last until the
 * page is parsed; a popup or shortcut asking meanwhile would otherwise be told nobody is there and
 * show nothing. Its questions wait for `started`: the frame's answers, or undefined where the
 * script stopped before painting (no body, no names), which answers them with nothing.
 */
export function answerOnceStarted(started: Promise<PageMessageHandler | undefined>): PageMessageHandler {
  return (message) => {
    if (isTabGrantChanged(message)) {
      void started.then((answer) => answer?.(message));
      return undefined;
    }
    if (!isTopFrameRequest(message)) return undefined;
    return started.then((answer) => answer?.(message) ?? null);
  };
}

export function pageMessageHandler(deps: PageMessageDeps): PageMessageHandler {
  return (message) => {
    if (deps.isInvalid()) return undefined;
    // Every frame of the tab hears a grant change and follows it.
    if (isTabGrantChanged(message)) {
      deps.onGrantChanged(message.granted);
      return undefined;
    }
    // The same list the early listener claims questions by (answerOnceStarted): a question missing from it would go unanswered there.
    if (!deps.isTop || !isTopFrameRequest(message)) return undefined;
    if (isCountsRequest(message)) {
      return deps.idle().then(() => ({ counts: Object.fromEntries(deps.counts()), host: deps.host, active: deps.isActive() }));
    }
    // The popup asks whether this is the browser's PDF viewer, to offer the glossary reader.
    if (isPdfSourceRequest(message)) return Promise.resolve(pdfSourceOf(deps.document));
    if (isRevealRequest(message)) return deps.idle().then(() => deps.openFirst(message.id));
    if (isToggleSiteRequest(message)) return deps.toggleSite();
    return undefined;
  };
}
