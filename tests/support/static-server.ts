import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves files from `root` on 127.0.0.1 with a free port. `headers` lets a
 * test add response headers per path (e.g. a strict Content-Security-Policy).
 */
export async function serveDirectory(
  root: string,
  headers: (path: string) => Record<string, string> = () => ({}),
  {
    charset = true,
    rewrite,
    onRequest,
  }: {
    charset?: boolean;
    /** Rewrites a text file's body before it is served (fixtures with placeholders). */
    rewrite?: (path: string, body: string) => string;
    /** Hears every request, before it is answered (tests that count what a page asked for). */
    onRequest?: (request: { method: string; path: string; headers: Record<string, string | string[] | undefined> }) => void;
  } = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    onRequest?.({ method: req.method ?? '', path, headers: req.headers });
    try {
      const raw = await readFile(join(root, path));
      const body = rewrite ? rewrite(path, raw.toString('utf8')) : raw;
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': charset ? type : type.replace(/; charset=.*/, ''), ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
