import { isPdfUrl, pdfSourceRequest } from './pdf-links';

/** What the popup can tell about the tab it acts on. */
export type TabPdf =
  /** The tab shows a PDF the reader can open by its address. */
  | { kind: 'pdf'; src: string }
  /**
   * Nothing of ours runs in the tab and its address is hidden from us: a browser page, or
   * Firefox's PDF viewer, which lets no extension in and (without the tabs permission, which
   * we do not ask for) hides its address too. The popup offers the reader's file picker there.
   */
  | { kind: 'unreadable' }
  /** A page the content script answered for, not a PDF. */
  | { kind: 'none' };

/** The parts of `browser.tabs` this needs (a fake in unit tests). */
export interface PdfTabsApi {
  get(tabId: number): Promise<{ url?: string }>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Whether the tab shows a PDF, by the ways the browser allows with our permissions: its
 * address, where the browser shows it to us (Firefox, once the reader's optional host
 * permission was granted); else the content script's answer (Chromium runs it in its PDF
 * viewer, whose document keeps the PDF's address and content type).
 */
export async function tabPdf(tabs: PdfTabsApi, tabId: number): Promise<TabPdf> {
  const url = (await tabs.get(tabId).catch(() => undefined))?.url;
  if (isPdfUrl(url)) return { kind: 'pdf', src: url! };
  let reply: unknown;
  try {
    reply = await tabs.sendMessage(tabId, pdfSourceRequest);
  } catch {
    // No content script in the tab.
    return url === undefined ? { kind: 'unreadable' } : { kind: 'none' };
  }
  return typeof reply === 'string' && /^(https?|file):/.test(reply) ? { kind: 'pdf', src: reply } : { kind: 'none' };
}
