import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferrersProxy {
  host: string;
  /** requests seen, as `METHOD path` (query left off) */
  requests: string[];
  close(): Promise<void>;
}

interface Referrer {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/**
 * A registry with the OCI 1.1 referrers API, made of a plain one (docker-registry 2.8 has none):
 * a plain-HTTP proxy that forwards everything, answers `OCI-Subject` on a manifest PUT with a
 * subject (and remembers it), and serves `GET /v2/<name>/referrers/<digest>` from what it
 * remembered, as the spec describes (artifactType, else the config media type; annotations).
 */
export async function referrersProxy(target: string): Promise<ReferrersProxy> {
  const [thost, tport] = target.split(':') as [string, string];
  const referrers = new Map<string, Referrer[]>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] as string;
    requests.push(`${req.method} ${path}`);
    const listing = /^\/v2\/(.+)\/referrers\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && listing) {
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: referrers.get(`${listing[1]}@${listing[2]}`) ?? [],
      });
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const manifestPut = req.method === 'PUT' ? /^\/v2\/(.+)\/manifests\/[^/]+$/.exec(path) : null;
      let subject: string | undefined;
      let entry: Referrer | undefined;
      if (manifestPut) {
        try {
          const j = JSON.parse(body.toString('utf8'));
          if (j.subject?.digest) {
            subject = `${manifestPut[1]}@${j.subject.digest}`;
            const artifactType = j.artifactType ?? (j.manifests ? undefined : j.config?.mediaType);
            entry = {
              mediaType: j.mediaType ?? String(req.headers['content-type']),
              digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
              size: body.length,
              ...(artifactType ? { artifactType } : {}),
              ...(j.annotations ? { annotations: j.annotations } : {}),
            };
          }
        } catch {
          /* not JSON: the registry will say so */
        }
      }
      const up = http.request({ host: thost, port: Number(tport), method: req.method, path: req.url, headers: req.headers }, (ur) => {
        const headers = { ...ur.headers };
        if (entry && subject && (ur.statusCode ?? 0) < 300) {
          const list = referrers.get(subject) ?? [];
          if (!list.some((r) => r.digest === entry.digest)) list.push(entry);
          referrers.set(subject, list);
          headers['oci-subject'] = subject.split('@')[1];
        }
        res.writeHead(ur.statusCode ?? 502, headers);
        ur.pipe(res);
      });
      up.on('error', () => res.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
