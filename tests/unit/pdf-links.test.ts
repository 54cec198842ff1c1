import { describe, expect, it } from 'vitest';
import { isPdfSourceRequest, isPdfUrl, PDF_LINK_PATTERNS, pdfSourceOf, pdfSourceRequest, readerPath } from '../../utils/reader/pdf-links';

/** A match pattern as the browsers read it (scheme, host, path with query), for checking our list. */
function matches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|[a-z]+):\/\/([^/]*)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const glob = (text: string) => new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const schemeOk = scheme === '*' ? /^https?:$/.test(u.protocol) : u.protocol === `${scheme}:`;
  return schemeOk && glob(host!).test(u.host) && glob(path!).test(u.pathname + u.search);
}
const menuShowsOn = (url: string) => PDF_LINK_PATTERNS.some((p) => matches(p, url));

describe('PDF addresses', () => {
  it('knows a PDF by the end of its path, in any case, with or without a query or fragment', () => {
    for (const url of ['https://www.example.org/label.pdf', 'http://127.0.0.1:8000/a/B.PDF', 'https://x.org/leaflet.pdf?download=1', 'https://x.org/l.pdf#page=3', 'file:///home/me/letter.pdf']) {
      expect(isPdfUrl(url), url).toBe(true);
    }
  });

  it('does not take other addresses for PDFs', () => {
    for (const url of [undefined, '', 'not a url', 'https://x.org/pdf', 'https://x.org/a.pdf.html', 'https://x.org/?file=a.pdf', 'ftp://x.org/a.pdf', 'chrome://settings/a.pdf', 'data:application/pdf,x.pdf']) {
      expect(isPdfUrl(url), String(url)).toBe(false);
    }
  });

  it('builds the reader address with the source encoded, so its own query and fragment survive', () => {
    const src = 'https://x.org/a b.pdf?v=1&lang=en#page=2';
    const path = readerPath(src);
    expect(path.startsWith('/reader.html?src=')).toBe(true);
    expect(new URL(path, 'chrome-extension://id').searchParams.get('src')).toBe(src);
    expect(new URL(path, 'chrome-extension://id').hash).toBe('');
  });

  it('puts the menu item on the links isPdfUrl accepts, and not on others', () => {
    for (const url of ['https://www.example.org/label.pdf', 'http://127.0.0.1:8000/a/B.PDF', 'https://x.org/leaflet.pdf?download=1', 'file:///home/me/letter.pdf']) {
      expect(menuShowsOn(url), url).toBe(true);
      expect(isPdfUrl(url), url).toBe(true);
    }
    for (const url of ['https://x.org/a.pdf.html', 'https://x.org/page', 'https://x.org/?file=a.html']) expect(menuShowsOn(url), url).toBe(false);
  });
});

describe("the content script's answer to 'is this a PDF?'", () => {
  it('names the page when the browser shows it as a PDF, whatever its path', () => {
    expect(pdfSourceOf({ contentType: 'application/pdf', URL: 'https://x.org/download?id=3' })).toBe('https://x.org/download?id=3');
    expect(pdfSourceOf({ contentType: 'application/pdf', URL: 'file:///tmp/a.pdf' })).toBe('file:///tmp/a.pdf');
  });

  it('is null for an HTML page, even at a .pdf address, and for addresses the reader cannot fetch', () => {
    expect(pdfSourceOf({ contentType: 'text/html', URL: 'https://x.org/a.pdf' })).toBeNull();
    expect(pdfSourceOf({ contentType: 'application/pdf', URL: 'blob:https://x.org/1234' })).toBeNull();
  });

  it('recognises its request and nothing else', () => {
    expect(isPdfSourceRequest(pdfSourceRequest)).toBe(true);
    for (const other of [null, undefined, 'dmg:pdf-source', { type: 'dmg:counts' }, {}]) expect(isPdfSourceRequest(other)).toBe(false);
  });
});
