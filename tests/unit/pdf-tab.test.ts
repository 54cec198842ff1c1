import { describe, expect, it } from 'vitest';
import { pdfOfferFor, type TabEvidence } from '../../utils/reader/pdf-tab';

const kind = (evidence: TabEvidence) => pdfOfferFor(evidence).kind;

describe("the popup's PDF line (UX review m6)", () => {
  it('offers to open the PDF itself when the address or the content script names one the reader can fetch', () => {
    expect(pdfOfferFor({ url: 'https://x.org/Label.PDF', script: 'absent' })).toEqual({ kind: 'pdf', src: 'https://x.org/Label.PDF' });
    expect(pdfOfferFor({ url: 'file:///home/me/leaflet.pdf', script: 'absent' })).toEqual({ kind: 'pdf', src: 'file:///home/me/leaflet.pdf' });
    // Chromium's viewer: the address is hidden, the content script there names the PDF.
    expect(pdfOfferFor({ script: { pdf: 'https://x.org/download?id=3' } })).toEqual({ kind: 'pdf', src: 'https://x.org/download?id=3' });
  });

  it('asks about a PDF only when the tab looks like one the reader cannot fetch', () => {
    expect(kind({ url: 'blob:https://x.org/3f2a.pdf', script: 'absent' })).toBe('pdf-closed');
    expect(kind({ url: 'content://downloads/leaflet.pdf', script: 'absent' })).toBe('pdf-closed');
    expect(kind({ url: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', script: 'absent' })).toBe('pdf-closed');
    expect(kind({ url: 'resource://pdf.js/web/viewer.html', script: 'absent' })).toBe('pdf-closed');
  });

  it('shows the neutral line, never the PDF question, on a blank tab or a browser page', () => {
    expect(kind({ script: 'absent' })).toBe('neutral');
    expect(kind({ url: 'about:blank', script: 'absent' })).toBe('neutral');
    expect(kind({ url: 'chrome://newtab/', script: 'absent' })).toBe('neutral');
    expect(kind({ url: 'about:newtab', script: 'absent' })).toBe('neutral');
    expect(kind({ url: 'https://chromewebstore.google.com/detail/x', script: 'absent' })).toBe('neutral');
    // Not a path ending in .pdf: the word is in the query or a folder name.
    expect(kind({ url: 'https://x.org/search?q=leaflet.pdf', script: 'absent' })).toBe('neutral');
    expect(kind({ url: 'https://x.org/pdf/', script: 'absent' })).toBe('neutral');
  });

  it('adds nothing on a page the content script answered for', () => {
    expect(kind({ script: 'page' })).toBe('none');
    expect(kind({ url: 'https://x.org/article', script: 'page' })).toBe('none');
    // A page may not talk its way into the offer with an address the reader should not open.
    expect(kind({ script: { pdf: 'javascript:alert(1)' } })).toBe('none');
  });
});
