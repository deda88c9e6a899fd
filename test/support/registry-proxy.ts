import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface RegistryProxyOptions {
  /** called for every request before it is answered */
  onRequest?: (method: string, url: string) => void;
  /** answer the first N manifest requests with failStatus instead of forwarding them (a rate limit, an outage) */
  failManifests?: number;
  failStatus?: number;
}

export interface RegistryProxy {
  host: string;
  /** requests seen, by `METHOD kind` (kind: manifest, blob, upload, ping, other) */
  counts: Map<string, number>;
  /** manifest requests answered with the injected failure so far */
  failed(): number;
  close(): Promise<void>;
}

function kind(path: string): string {
  if (path.includes('/blobs/uploads')) return 'upload';
  if (path.includes('/blobs/')) return 'blob';
  if (path.includes('/manifests/')) return 'manifest';
  if (/^\/v2\/?$/.test(path)) return 'ping';
  return 'other';
}

/**
 * A plain-HTTP reverse proxy in front of a registry on 127.0.0.1: counts what crosses it, can fail
 * manifest requests, and keeps upload locations pointing at itself. Like a plain-HTTP registry it
 * answers a TLS hello with an HTTP 400, so clients that try HTTPS first (containerd's resolver)
 * fall back to HTTP at once. An upstream that dies resets the client's connection.
 */
export async function registryProxy(target: string, opts: RegistryProxyOptions = {}): Promise<RegistryProxy> {
  const [thost, tport] = target.split(':') as [string, string];
  const counts = new Map<string, number>();
  const status = opts.failStatus ?? 503;
  let failed = 0;
  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] as string;
    const k = `${req.method} ${kind(path)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    opts.onRequest?.(req.method ?? '', req.url ?? '');
    if (failed < (opts.failManifests ?? 0) && kind(path) === 'manifest') {
      failed++;
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
      res.end(JSON.stringify({ errors: [{ code: status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', message: 'injected failure' }] }));
      return;
    }
    const up = http.request({ host: thost, port: Number(tport), method: req.method, path: req.url, headers: { ...req.headers, host: target } }, (ur) => {
      const headers = { ...ur.headers };
      if (typeof headers.location === 'string') headers.location = headers.location.replace(`http://${target}`, `http://127.0.0.1:${port()}`);
      res.writeHead(ur.statusCode ?? 502, headers);
      ur.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  const server = net.createServer((socket) => {
    socket.once('data', (first) => {
      if (first[0] === 0x16) {
        socket.end('HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n');
        return;
      }
      socket.pause();
      socket.unshift(first);
      httpServer.emit('connection', socket);
      socket.resume();
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = () => (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port()}`,
    counts,
    failed: () => failed,
    close: () =>
      new Promise((r) => {
        httpServer.closeAllConnections();
        httpServer.close();
        server.close(() => r());
      }),
  };
}
