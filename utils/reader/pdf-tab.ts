import { isPdfUrl, pdfSourceRequest } from './pdf-links';

/** What the popup offers for the tab it acts on (UX review m6). */
export type TabPdf =
  /** The tab shows a PDF the reader can open by its address. */
  | { kind: 'pdf'; src: string }
  /**
   * The tab's address says PDF (or is the browser's own PDF viewer), but not one the reader can
   * fetch: the popup says so, and offers the reader's file picker for a saved copy.
   */
  | { kind: 'pdf-closed' }
  /**
   * Nothing of ours runs in the tab and nothing says it is a PDF: a blank tab, a browser page,
   * or Firefox's PDF viewer showing a PDF from outside the sites we have access to (it lets no
   * extension in, and without access to the site the browser hides its address). A neutral "Open a
   * PDF in the glossary reader" line, never a question about a PDF that may not be there.
   */
  | { kind: 'neutral' }
  /** A page the content script answered for, not a PDF: the popup's own "Open a PDF" link is enough. */
  | { kind: 'none' };

/** What the popup could learn about the tab. */
export interface TabEvidence {
  /** The tab's address, where the browser shows it to us (undefined where it hides it). */
  url?: string;
  /** The content script's answer: the PDF's address, 'page' for anything else, 'absent' where none runs. */
  script: { pdf: string } | 'page' | 'absent';
}

/**
 * The addresses of the browsers' own PDF viewers, in case one is ever shown to us: Chromium's
 * built-in viewer extension, and Firefox's pdf.js resource.
 */
const VIEWERS = [/^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//, /^resource:\/\/pdf\.js\//];

/** A path ending in .pdf under any scheme (blob:, data:, content:…), or a browser's PDF viewer. */
function looksLikePdf(url: string): boolean {
  if (VIEWERS.some((viewer) => viewer.test(url))) return true;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The popup's PDF line for what it learnt about the tab. Pure. */
export function pdfOfferFor({ url, script }: TabEvidence): TabPdf {
  if (typeof script === 'object' && /^(https?|file):/.test(script.pdf)) return { kind: 'pdf', src: script.pdf };
  if (isPdfUrl(url)) return { kind: 'pdf', src: url! };
  if (url !== undefined && looksLikePdf(url)) return { kind: 'pdf-closed' };
  return script === 'absent' ? { kind: 'neutral' } : { kind: 'none' };
}

/** The parts of `browser.tabs` this needs (a fake in unit tests). */
export interface PdfTabsApi {
  get(tabId: number): Promise<{ url?: string }>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * What the tab shows, by the ways the browser allows with our permissions: its address, where
 * the browser shows it to us (on the sites of our host access, in both browsers);
 * else the content script's answer (Chromium runs it in its PDF viewer, whose document keeps the
 * PDF's address and content type).
 */
export async function tabPdf(tabs: PdfTabsApi, tabId: number): Promise<TabPdf> {
  const url = (await tabs.get(tabId).catch(() => undefined))?.url;
  if (isPdfUrl(url)) return pdfOfferFor({ url, script: 'page' });
  let script: TabEvidence['script'];
  try {
    const reply = await tabs.sendMessage(tabId, pdfSourceRequest);
    script = typeof reply === 'string' ? { pdf: reply } : 'page';
  } catch {
    // No content script in the tab.
    script = 'absent';
  }
  return pdfOfferFor({ url, script });
}
