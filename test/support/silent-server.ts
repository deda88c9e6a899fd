import http from 'node:http';
import net from 'node:net';

/** A local server on 127.0.0.1 (a random port) that misbehaves as a registry. */
export interface BadServer {
  /** 127.0.0.1:PORT */
  host: string;
  port: number;
  /** connections accepted so far */
  connections(): number;
  /** requests answered so far (the 503 variant; always 0 for the silent one) */
  requests(): number;
  /** stop listening and drop every connection */
  close(): Promise<void>;
}

function listen(server: net.Server, sockets: Set<net.Socket>, counts: { connections: number; requests: number }): Promise<BadServer> {
  server.on('connection', (s: net.Socket) => {
    counts.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        host: `127.0.0.1:${port}`,
        port,
        connections: () => counts.connections,
        requests: () => counts.requests,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Accepts TCP connections, reads what is sent and never answers (nor closes). */
export function startSilentServer(): Promise<BadServer> {
  const sockets = new Set<net.Socket>();
  const counts = { connections: 0, requests: 0 };
  const server = net.createServer((s) => {
    s.resume();
  });
  return listen(server, sockets, counts);
}

/** Answers every HTTP request with 503 Service Unavailable, forever. */
export function startUnavailableServer(opts: { retryAfterSeconds?: number } = {}): Promise<BadServer> {
  const sockets = new Set<net.Socket>();
  const counts = { connections: 0, requests: 0 };
  const server = http.createServer((req, res) => {
    counts.requests++;
    req.resume();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (opts.retryAfterSeconds !== undefined) headers['retry-after'] = String(opts.retryAfterSeconds);
    res.writeHead(503, headers);
    res.end('{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}');
  });
  return listen(server, sockets, counts);
}
