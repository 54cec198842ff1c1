import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  origin?: string | undefined;
  referer?: string | undefined;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it records every request
 * a browser tries to send out (plain requests and HTTPS CONNECT tunnels) and
 * refuses it. With a browser pointed at it, any attempt to reach the network
 * shows up here, whoever made it.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', origin: req.headers.origin, referer: req.headers.referer });
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
