import { describe, expect, it, vi } from 'vitest';
import { fileNameOf, originPattern, parseSource, patternCovers, readSource, STALL_SECONDS, type SourceEnv } from '../../utils/reader/source';
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

  it('stops reading a body of no stated length as soon as it passes the limit, and cancels the rest', async () => {
    let pulled = 0;
    let cancelled = false;
    // An endless body, 64 KB a chunk, with no content-length.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const e = env({ fetch: vi.fn(async () => new Response(endless, { status: 200 })) });
    const limit = 1024 * 1024;
    expect(await readSource(parseSource('?src=https://a.example/l.pdf'), e, { maxBytes: limit, stallSeconds: STALL_SECONDS })).toEqual({ ok: false, problem: 'too-big' });
    expect(cancelled).toBe(true);
    // Read just past the limit, not on to the end (there is none).
    expect(pulled * 64 * 1024).toBeLessThanOrEqual(limit + 3 * 64 * 1024);
  });

  it('reads a body of no stated length under the limit whole, reporting progress', async () => {
    const pdf = new Uint8Array(300_000);
    pdf.set(PDF);
    const chunks = [pdf.subarray(0, 100_000), pdf.subarray(100_000, 250_000), pdf.subarray(250_000)];
    const body = new ReadableStream<Uint8Array>({ start: (c) => (chunks.forEach((chunk) => c.enqueue(chunk)), c.close()) });
    const progress: number[] = [];
    const outcome = await readSource(parseSource('?src=https://a.example/l.pdf'), env({ fetch: vi.fn(async () => new Response(body, { status: 200 })) }), {
      maxBytes: 1_000_000,
      stallSeconds: STALL_SECONDS,
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(outcome.ok && Buffer.from(outcome.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(progress).toEqual([100_000, 250_000, 300_000]);
  });

  it('gives up on a download when nothing arrives for the stall time, before or after the headers', async () => {
    vi.useFakeTimers();
    try {
      // Headers, one chunk, then silence.
      const silent = () =>
        vi.fn(async (_url: string, init: RequestInit) => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(PDF);
              init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
            },
          });
          return new Response(body, { status: 200 });
        });
      const pending = readSource(parseSource('?src=https://a.example/l.pdf'), env({ fetch: silent() }));
      await vi.advanceTimersByTimeAsync(STALL_SECONDS * 1000 - 100);
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(await pending).toEqual({ ok: false, problem: 'stalled', seconds: STALL_SECONDS });

      // A server that never answers at all.
      const never = vi.fn(
        (_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      );
      const waiting = readSource(parseSource('?src=https://a.example/l.pdf'), env({ fetch: never }));
      await vi.advanceTimersByTimeAsync(STALL_SECONDS * 1000 + 10);
      expect(await waiting).toEqual({ ok: false, problem: 'stalled', seconds: STALL_SECONDS });
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not read a file a redirect brought from another site, and names that site', async () => {
    const cancel = vi.fn(async () => undefined);
    const moved = (url: string) => ({ ok: true, status: 200, url, redirected: true, headers: new Headers(), body: { cancel }, arrayBuffer: async () => PDF.buffer.slice(0) });
    const away = env({ fetch: vi.fn(async () => moved('https://other.example/files/x.pdf') as unknown as Response) });
    expect(await readSource(parseSource('?src=https://clinic.example/letter'), away)).toEqual({
      ok: false,
      problem: 'redirected',
      url: 'https://other.example/files/x.pdf',
      origin: 'https://other.example',
    });
    expect(cancel).toHaveBeenCalled();
    // Within the same site it is read, and named after where it ended up.
    const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(PDF), c.close()) });
    const same = Object.assign(new Response(body, { status: 200 }), {});
    Object.defineProperty(same, 'url', { value: 'https://clinic.example/files/letter-2026.pdf' });
    const home = env({ fetch: vi.fn(async () => same) });
    expect(await readSource(parseSource('?src=https://clinic.example/letter'), home)).toMatchObject({ ok: true, name: 'letter-2026.pdf' });
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
