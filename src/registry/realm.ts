// Which token servers a registry may send us to. A registry's Bearer challenge names a realm: the
// URL we send credentials to for a token. A compromised or malicious registry could name any URL
// (another company's server, a plain-HTTP one, the cloud metadata service), so, as
// go-containerregistry does, the realm must be https (http only when the registry itself is
// reached insecurely), must not be a private or link-local address unless the registry is one
// too, and must share the registry's trust domain (its last two DNS labels; an IP only itself).
import { isIP } from 'node:net';

export interface RealmCheck {
  /** the URL to request tokens from */
  url?: URL;
  /** why the realm is refused, in a user's words */
  refused?: string;
}

/** The address families that must never receive credentials from a public registry. */
function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v = isIP(h);
  if (v === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  if (v === 6) return h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:127.');
  return false;
}

const isLoopbackHost = (host: string): boolean => {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
};

/** The trust domain of a host: its last two labels; an IP literal (or a one-label name) is its own. */
export function trustDomain(host: string): string {
  const h = host
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (isIP(h)) return h;
  const labels = h.split('.');
  return labels.length < 2 ? h : labels.slice(-2).join('.');
}

/**
 * Check the realm a registry named. `registryHost` is the host the client talks to (name or IP,
 * without port), `registryInsecure` true when it is reached over plain HTTP or without TLS checks.
 */
export function checkRealm(realm: string, registryHost: string, registryInsecure: boolean): RealmCheck {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return { refused: `its token realm "${realm}" is not a URL` };
  }
  if (url.protocol === 'http:') {
    if (!registryInsecure) return { refused: `its token realm ${url.origin} is plain HTTP while the registry is HTTPS (credentials would travel unencrypted)` };
  } else if (url.protocol !== 'https:') {
    return { refused: `its token realm ${realm} uses ${url.protocol.replace(/:$/, '')}, not https` };
  }
  const host = url.hostname;
  // both on this machine (a local registry with a local token server): one trust domain
  if (isLoopbackHost(host) && isLoopbackHost(registryHost)) return { url };
  if (isPrivateAddress(host) && !isPrivateAddress(registryHost))
    return { refused: `its token realm ${url.origin} is a private or link-local address, the registry is not` };
  if (trustDomain(host) !== trustDomain(registryHost))
    return { refused: `its token realm ${url.origin} is outside the registry's domain (${trustDomain(host)} is not ${trustDomain(registryHost)})` };
  return { url };
}
