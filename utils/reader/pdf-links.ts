/**
 * Ways into the PDF reader (reader.html): which addresses are PDFs, the reader's address for
 * one, and the message the popup sends a tab's content script to ask whether it shows a PDF.
 * Pure: no browser APIs here.
 */

/** The reader page, opened on a PDF's address with `?src=`. */
export function readerPath(src: string): `/reader.html?src=${string}` {
  return `/reader.html?src=${encodeURIComponent(src)}`;
}

/** Schemes the reader can fetch from (file:// only where the browser allows it; the reader says how). */
const FETCHABLE = new Set(['http:', 'https:', 'file:']);

/** True when the address is an http(s) or file URL whose path ends in `.pdf` (any case). */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return FETCHABLE.has(parsed.protocol) && /\.pdf$/i.test(parsed.pathname);
}

/**
 * Link addresses the "Open in the glossary reader" menu item appears on. Match patterns
 * compare the path with its query, and are case-sensitive, so both cases and a trailing
 * `?…` are listed; a `#page=2` fragment is never part of what the browser matches.
 */
export const PDF_LINK_PATTERNS: readonly string[] = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];

/** Popup → a tab's content script: is this page a PDF in the browser's viewer? */
export interface PdfSourceRequest {
  type: 'dmg:pdf-source';
}

export const pdfSourceRequest: PdfSourceRequest = { type: 'dmg:pdf-source' };

export function isPdfSourceRequest(message: unknown): message is PdfSourceRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'dmg:pdf-source';
}

/**
 * The content script's answer: the page's address when the browser shows it as a PDF
 * (Chromium's viewer keeps the PDF's own address and content type, and runs content scripts
 * in it), else null. `/download?id=3` served as application/pdf counts; an HTML page at a
 * `.pdf` address does not.
 */
export function pdfSourceOf(doc: { contentType: string; URL: string }): string | null {
  return doc.contentType === 'application/pdf' && /^(https?|file):/.test(doc.URL) ? doc.URL : null;
}
