import { describe, expect, it } from 'vitest';
import { checkRealm, trustDomain } from '../../../src/registry/realm.js';

describe('checkRealm: where a registry may send our credentials for a token', () => {
  const rows: [realm: string, registryHost: string, insecure: boolean, refused: RegExp | undefined][] = [
    // the usual public registries: the token server shares the registry's domain
    ['https://auth.docker.io/token', 'registry-1.docker.io', false, undefined],
    ['https://ghcr.io/token', 'ghcr.io', false, undefined],
    ['https://gitlab.example.com/jwt/auth', 'registry.example.com', false, undefined],
    ['https://quay.io/v2/auth', 'quay.io', false, undefined],
    // a local registry with a local token server (the rig, a dev box)
    ['http://127.0.0.1:5601/token', '127.0.0.1', true, undefined],
    ['http://localhost:5601/token', '127.0.0.1', true, undefined],
    // a plain-HTTP realm for an HTTPS registry: credentials would travel in the clear
    ['http://auth.docker.io/token', 'registry-1.docker.io', false, /plain HTTP while the registry is HTTPS/],
    ['ftp://auth.docker.io/token', 'registry-1.docker.io', false, /uses ftp, not https/],
    ['not a url', 'ghcr.io', false, /is not a URL/],
    // another trust domain
    ['https://evil.example.net/token', 'ghcr.io', false, /outside the registry's domain/],
    // the cloud metadata service, a private address, for a public registry
    ['https://169.254.169.254/latest', 'registry-1.docker.io', false, /private or link-local/],
    ['https://10.0.0.5/token', 'ghcr.io', false, /private or link-local/],
    ['https://127.0.0.1/token', 'ghcr.io', false, /private or link-local/],
    // an IP is its own domain
    ['https://10.0.0.6/token', '10.0.0.5', false, /outside the registry's domain/],
    ['https://10.0.0.5:8443/token', '10.0.0.5', false, undefined],
  ];
  it.each(rows)('%s for %s (insecure %s)', (realm, host, insecure, refused) => {
    const r = checkRealm(realm, host, insecure);
    if (refused) {
      expect(r.url).toBeUndefined();
      expect(r.refused).toMatch(refused);
    } else {
      expect(r.refused).toBeUndefined();
      expect(r.url?.toString()).toBe(new URL(realm).toString());
    }
  });

  it.each([
    ['registry-1.docker.io', 'docker.io'],
    ['Auth.Docker.IO.', 'docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['localhost', 'localhost'],
    ['10.1.2.3', '10.1.2.3'],
    ['[::1]', '::1'],
  ])('trustDomain(%s) = %s', (host, domain) => {
    expect(trustDomain(host)).toBe(domain);
  });
});
