/**
 * Who sent a runtime message, from what the browser itself fills in (never
 * from the message). Pages cannot message the extension at all (no
 * externally_connectable); these checks keep it so if that ever changes, and
 * tell our content scripts (in web pages) from our own extension pages.
 */
import { frameSite } from '../settings/frame-site';

/** The parts of runtime.MessageSender these checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  /** The sender document's origin (Chromium 80+, Firefox 126+): a blank or srcdoc frame's is its creator's. */
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface Self {
  /** browser.runtime.id */
  id: string;
  /** browser.runtime.getURL('/'): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

const fromUs = (sender: SenderLike, self: Self): boolean => sender.id === self.id;

/** One of our own pages (popup, options, glossary, first run), also when the popup is opened as a tab (Firefox for Android). */
export function isOwnExtensionPage(sender: SenderLike, self: Self): boolean {
  return fromUs(sender, self) && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

/** The tab of one of our content scripts, or undefined if the sender is not one. */
export function contentScriptTab(sender: SenderLike, self: Self): number | undefined {
  if (!fromUs(sender, self) || isOwnExtensionPage(sender, self)) return undefined;
  const id = sender.tab?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : undefined;
}

/**
 * The site of the sender's document by its real origin (see frameSite): ""
 * for a local file, null where no site can be known (an about:blank or
 * srcdoc frame without an origin, an opaque origin). Never "no host" for a
 * frame that has a creator.
 */
export function senderHost(sender: SenderLike): string | null {
  return frameSite(sender.url, sender.origin);
}
