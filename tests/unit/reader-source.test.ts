import { describe, expect, it, vi } from 'vitest';
import { fileNameOf, originPattern, parseSource, patternCovers, readSource, type SourceEnv } from '../../utils/reader/source';
import { MAX_BYTES } from '../../utils/reader/limits';

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF');

function env(overrides: Partial<SourceEnv> = {}): SourceEnv & { fetch: ReturnType<typeof vi.fn> } {
  const fetch = vi.fn(async () => new Response(PDF, { status: 200 }));
  return {
    fetch,
    readFileUrl: async () => PDF.buffer.slice(0) as ArrayBuffer,
    hasOrigins: async () => true,
    fileAccessAllowed: async () => true,
    isFirefox: false,
    ...overrides,
  } as SourceEnv & { fetch: ReturnType<typeof vi.fn> };
}

describe('reader.html?src=', () => {
  it('reads http(s) and file addresses, drops the fragment, refuses everything else', () => {
    expect(parseSource('')).toEqual({ kind: 'none' });
    expect(parseSource('?src=')).toEqual({ kind: 'none' });
    expect(parseSource('?src=' + encodeURIComponent('https://labels.example.org/a b.pdf#page=3'))).toEqual({
      kind: 'web',
      url: 'https://labels.example.org/a%20b.pdf',
      origin: 'https://labels.example.org',
    });
    expect(parseSource('?src=file:///home/me/letter.pdf')).toEqual({ kind: 'file', url: 'file:///home/me/letter.pdf' });
    for (const bad of ['javascript:alert(1)', 'data:application/pdf;base64,JVBERi0=', 'chrome://settings', 'not a url']) {
      expect(parseSource('?src=' + encodeURIComponent(bad)).kind, bad).toBe('invalid');
    }
  });

  it('asks for exactly the one origin, and names files by their last path part', () => {
    expect(originPattern('https://labels.example.org')).toBe('https://labels.example.org/*');
    // No port: Firefox grants a pattern with one but never matches it.
    expect(originPattern('http://127.0.0.1:8123')).toBe('http://127.0.0.1/*');
  });

  it("knows which of the extension's match patterns cover an origin", () => {
    expect(patternCovers('https://*/*', 'https://labels.example.org')).toBe(true);
    expect(patternCovers('https://*/*', 'http://labels.example.org')).toBe(false);
    expect(patternCovers('*://*/*', 'http://127.0.0.1:8123')).toBe(true);
    expect(patternCovers('*://*.nhs.uk/*', 'https://www.nhs.uk')).toBe(true);
    expect(patternCovers('*://*.nhs.uk/*', 'https://nhs.uk')).toBe(true);
    expect(patternCovers('*://*.nhs.uk/*', 'https://evilnhs.uk')).toBe(false);
    expect(patternCovers('file:///*', 'https://a.org')).toBe(false);
    expect(patternCovers('<all_urls>', 'https://a.org')).toBe(true);
    expect(patternCovers('not a pattern', 'https://a.org')).toBe(false);
    expect(fileNameOf('https://x.example/docs/My%20Label.pdf?v=2')).toBe('My Label.pdf');
    expect(fileNameOf('https://x.example/')).toBe('x.example');
  });

  it('fetches nothing without the host permission, and says which origin it needs', async () => {
    const e = env({ hasOrigins: async () => false });
    const outcome = await readSource(parseSource('?src=https://labels.example.org/l.pdf'), e);
    expect(outcome).toEqual({ ok: false, problem: 'needs-permission', origin: 'https://labels.example.org' });
    expect(e.fetch).not.toHaveBeenCalled();
  });

  it('makes one request with the permission, and checks what comes back', async () => {
    const e = env();
    const outcome = await readSource(parseSource('?src=https://labels.example.org/l.pdf'), e);
    expect(outcome).toMatchObject({ ok: true, name: 'l.pdf' });
    expect(e.fetch).toHaveBeenCalledTimes(1);
    expect(e.fetch.mock.calls[0]![0]).toBe('https://labels.example.org/l.pdf');
    expect(e.fetch.mock.calls[0]![1]).toMatchObject({ referrerPolicy: 'no-referrer' });

    const html = env({ fetch: vi.fn(async () => new Response('<html>login</html>', { status: 200 })) });
    expect(await readSource(parseSource('?src=https://a.example/l.pdf'), html)).toEqual({ ok: false, problem: 'not-pdf' });
    const missing = env({ fetch: vi.fn(async () => new Response('', { status: 404 })) });
    expect(await readSource(parseSource('?src=https://a.example/l.pdf'), missing)).toEqual({ ok: false, problem: 'http', status: 404 });
    const offline = env({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    expect(await readSource(parseSource('?src=https://a.example/l.pdf'), offline)).toEqual({ ok: false, problem: 'network' });
  });

  it('refuses a download that announces more than the limit before reading it', async () => {
    const cancel = vi.fn(async () => undefined);
    const big = { ok: true, status: 200, headers: new Headers({ 'content-length': String(MAX_BYTES + 1) }), body: { cancel }, arrayBuffer: vi.fn() };
    const e = env({ fetch: vi.fn(async () => big as unknown as Response) });
    expect(await readSource(parseSource('?src=https://a.example/l.pdf'), e)).toEqual({ ok: false, problem: 'too-big' });
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(cancel).toHaveBeenCalled();
  });

  it('file://: Firefox never, Chromium only with "Allow access to file URLs"', async () => {
    const file = parseSource('?src=file:///home/me/letter.pdf');
    const read = vi.fn(async () => PDF.buffer.slice(0) as ArrayBuffer);
    expect(await readSource(file, env({ isFirefox: true, readFileUrl: read }))).toEqual({ ok: false, problem: 'file-firefox' });
    expect(await readSource(file, env({ fileAccessAllowed: async () => false, readFileUrl: read }))).toEqual({ ok: false, problem: 'file-access-off' });
    expect(read).not.toHaveBeenCalled();
    expect(await readSource(file, env({ readFileUrl: read }))).toMatchObject({ ok: true, name: 'letter.pdf' });
    const refused = env({ fileAccessAllowed: async () => undefined, readFileUrl: async () => Promise.reject(new Error('denied')) });
    expect(await readSource(file, refused)).toEqual({ ok: false, problem: 'file-access-off' });
  });
});
