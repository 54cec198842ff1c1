/**
 * `reader.html?src=<url>`: where the PDF comes from, and fetching it with
 * exactly one request. Browser APIs are passed in, so the rules can be tested
 * without a browser (P2's tests and ours).
 */
import { checkBytes, checkSize, MAX_BYTES, type InputProblem } from './limits';

export type SourceRequest =
  | { kind: 'none' }
  | { kind: 'web'; url: string; origin: string }
  | { kind: 'file'; url: string }
  | { kind: 'invalid'; text: string };

/** The `src` parameter of the reader's address, checked: only http(s) and file addresses are read. */
export function parseSource(search: string): SourceRequest {
  const text = new URLSearchParams(search).get('src');
  if (text === null || text.trim() === '') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { kind: 'invalid', text };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    // A fragment (#page=3) is the browser's viewer's business, never sent.
    url.hash = '';
    return { kind: 'web', url: url.href, origin: url.origin };
  }
  if (url.protocol === 'file:') {
    url.hash = '';
    return { kind: 'file', url: url.href };
  }
  return { kind: 'invalid', text };
}

/** The one host permission the reader asks for to read `origin`: that origin, every path. */
export function originPattern(origin: string): string {
  // Without the port: Firefox grants "http://host:8080/*" but never matches it against a
  // request, and a match pattern's host covers every port anyway.
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/**
 * Whether a host match pattern ("https://*\/*", "*://*.nhs.uk/*", "<all_urls>") covers `origin`.
 * Chromium's permissions.contains() says no for origins the content script's matches cover,
 * though the reader may fetch from them; getAll() lists those matches, so they are checked here.
 */
export function patternCovers(pattern: string, origin: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parsed = /^(\*|https?|file):\/\/([^/]*)\//.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host] = parsed;
  const url = new URL(origin);
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host === '*') return true;
  if (host!.startsWith('*.')) return url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1));
  return url.hostname === host;
}

/** The file name to show for an address: its last path part, decoded. */
export function fileNameOf(url: string): string {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    const last = parts[parts.length - 1];
    return last ? decodeURIComponent(last) : new URL(url).host;
  } catch {
    return url;
  }
}

export interface SourceEnv {
  /** fetch, for http(s). */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Reads a file:// address (XMLHttpRequest: Chromium's fetch refuses the file scheme). */
  readFileUrl: (url: string) => Promise<ArrayBuffer>;
  /** browser.permissions.contains for origins. */
  hasOrigins: (origins: string[]) => Promise<boolean>;
  /** browser.extension.isAllowedFileSchemeAccess; undefined where the browser has none. */
  fileAccessAllowed: () => Promise<boolean | undefined>;
  isFirefox: boolean;
}

export type SourceOutcome =
  | { ok: true; bytes: Uint8Array; name: string }
  | { ok: false; problem: 'needs-permission'; origin: string }
  | { ok: false; problem: 'file-access-off' | 'file-firefox' | 'network' | 'invalid' }
  | { ok: false; problem: 'http'; status: number }
  | { ok: false; problem: 'stalled'; seconds: number }
  | { ok: false; problem: 'redirected'; url: string; origin: string }
  | { ok: false; problem: InputProblem };

/** Seconds with no byte of the PDF arriving before the reader gives up (a browser waits minutes). */
export const STALL_SECONDS = 30;

export interface ReadLimits {
  maxBytes: number;
  stallSeconds: number;
  /** Bytes read so far, as they arrive (for "Downloading…"). */
  onProgress?: (bytes: number) => void;
}

const DEFAULT_LIMITS: ReadLimits = { maxBytes: MAX_BYTES, stallSeconds: STALL_SECONDS };

/**
 * Reads the PDF a `src` names. Without the host permission for its origin
 * nothing is fetched: the reader asks for that one origin first (the only
 * request the reader ever makes is the one for the PDF, and only with the
 * reader's consent). Firefox never lets an extension read file://; Chromium
 * does once "Allow access to file URLs" is on.
 */
export async function readSource(request: SourceRequest, env: SourceEnv, limits: ReadLimits = DEFAULT_LIMITS): Promise<SourceOutcome> {
  if (request.kind === 'none' || request.kind === 'invalid') return { ok: false, problem: 'invalid' };
  const name = fileNameOf(request.url);
  if (request.kind === 'file') {
    if (env.isFirefox) return { ok: false, problem: 'file-firefox' };
    if ((await env.fileAccessAllowed()) === false) return { ok: false, problem: 'file-access-off' };
    try {
      return fromBytes(new Uint8Array(await env.readFileUrl(request.url)), name);
    } catch {
      // Also what Chromium does when file access is off and the check above was unavailable.
      return { ok: false, problem: 'file-access-off' };
    }
  }
  if (!(await env.hasOrigins([originPattern(request.origin)]))) return { ok: false, problem: 'needs-permission', origin: request.origin };
  // One timer for the whole download, pushed back by every byte that arrives: a server that
  // answers nothing, or stops half way, is given up after stallSeconds.
  const abort = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stillWaiting = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      abort.abort();
    }, limits.stallSeconds * 1000);
  };
  const stalledOutcome = { ok: false, problem: 'stalled', seconds: limits.stallSeconds } as const;
  stillWaiting();
  try {
    let response: Response;
    try {
      // The reader's own cookies for that site go along, as they would in the browser's viewer:
      // a clinic portal's letter is only readable signed in. No referrer: it would name the extension.
      response = await env.fetch(request.url, { credentials: 'include', redirect: 'follow', referrerPolicy: 'no-referrer', signal: abort.signal });
    } catch {
      return stalled ? stalledOutcome : { ok: false, problem: 'network' };
    }
    // A redirect to another site is not read: the reader asked for a file from this site, and
    // the one named on screen must be the one shown. It is named, and read only if asked again.
    const finalUrl = response.url || request.url;
    const finalOrigin = originOf(finalUrl);
    if (finalOrigin !== request.origin) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: 'redirected', url: finalUrl, origin: finalOrigin };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: 'http', status: response.status };
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > 0) {
      const tooBig = checkSize(length);
      if (tooBig) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, problem: tooBig };
      }
    }
    const bytes = await readBody(response, limits, stillWaiting);
    if (bytes === 'too-big') return { ok: false, problem: 'too-big' };
    return fromBytes(bytes, fileNameOf(finalUrl));
  } catch {
    return stalled ? stalledOutcome : { ok: false, problem: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * The body, read chunk by chunk and stopped as soon as it passes maxBytes: a body of unknown
 * length is never held whole before the check (a 1.2 GB stream grew the browser by 2.1 GB).
 */
async function readBody(response: Response, limits: ReadLimits, onChunk: () => void): Promise<Uint8Array | 'too-big'> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > limits.maxBytes ? 'too-big' : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    total += value.length;
    if (total > limits.maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-big';
    }
    chunks.push(value);
    limits.onProgress?.(total);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function fromBytes(bytes: Uint8Array, name: string): SourceOutcome {
  const problem = checkBytes(bytes);
  return problem ? { ok: false, problem } : { ok: true, bytes, name };
}
