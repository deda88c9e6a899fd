import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

/**
 * A reverse proxy in front of a real registry that answers the first `failures` manifest
 * requests with an error status (a rate limit or an outage), then passes everything through.
 * Like a plain-HTTP registry, it answers a TLS hello with an HTTP 400, so clients that try
 * HTTPS first (containerd's resolver) fall back to HTTP at once.
 */
export async function flakyProxy(upstream: string, failures: number, status = 503): Promise<{ host: string; failed: () => number; close: () => Promise<void> }> {
  let failed = 0;
  const httpServer = http.createServer((req, res) => {
    if (failed < failures && /\/manifests\//.test(req.url ?? '')) {
      failed++;
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
      res.end(JSON.stringify({ errors: [{ code: status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', message: 'injected failure' }] }));
      return;
    }
    const up = http.request(
      { host: '127.0.0.1', port: Number(upstream.split(':')[1]), path: req.url, method: req.method, headers: { ...req.headers, host: upstream } },
      (r) => {
        const headers = { ...r.headers };
        if (typeof headers.location === 'string') headers.location = headers.location.replace(`http://${upstream}`, `http://127.0.0.1:${port()}`);
        res.writeHead(r.statusCode ?? 502, headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
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
    failed: () => failed,
    close: () =>
      new Promise((r) => {
        httpServer.close();
        server.close(() => r());
      }),
  };
}
