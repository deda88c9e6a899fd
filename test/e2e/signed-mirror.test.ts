// Issue #12 item 5 on the rig: a signed image (cosign 2.5 with a key, no transparency log; an
// attestation; OCI referrers attached with oras) mirrored with gen-ci keeps its signatures:
// cosign verify / verify-attestation pass on the copy for the index and a child, oras discover
// lists the referrers there, --no-signatures copies none, a second mirror is up to date. Also
// against a registry with the referrers API (a proxy that adds it), as source and destination.
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIG, requireRig, tempDir, uniqueRepo } from '../integration/registry/helpers.js';
import { runCli } from '../support/cli.js';
import { type ReferrersProxy, referrersProxy } from '../support/referrers-proxy.js';
import { type RegistryProxy, registryProxy } from '../support/registry-proxy.js';

const keys = tempDir('genci-cosign-');
const cache = tempDir('genci-cache-');
const env = { ...process.env, COSIGN_PASSWORD: '', COSIGN_YES: 'true', TUF_ROOT: join(keys, 'tuf'), HOME: keys };

/** A required tool missing fails the suite loudly, never skips it. */
function requireTool(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${cmd} is required for the signed-mirror e2e (installed by scripts/rig.sh): ${r.error?.message ?? r.stderr}`);
}

/** Run a tool without blocking the event loop (the referrers proxies answer from this process). */
function tryRun(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', env, cwd: keys, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}${err && code === -1 ? err.message : ''}` });
    });
  });
}

async function run(cmd: string, args: string[]): Promise<string> {
  const r = await tryRun(cmd, args);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.out}`);
  return r.out;
}

const cosignOffline = ['--tlog-upload=false', '--allow-http-registry', '--yes'];
const verify = (ref: string) => tryRun('cosign', ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry', ref]);
const verifyAtt = (ref: string) =>
  tryRun('cosign', ['verify-attestation', '--key', 'cosign.pub', '--type', 'custom', '--insecure-ignore-tlog', '--allow-http-registry', ref]);

async function attach(ref: string, artifactType: string, file: string, extra: string[] = []): Promise<string> {
  const out = await run('oras', ['attach', '--plain-http', '--artifact-type', artifactType, ...extra, ref, `${file}:application/json`]);
  const d = /Digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1];
  if (!d) throw new Error(`oras attach printed no digest: ${out}`);
  return d;
}

async function discover(ref: string): Promise<{ digest: string; artifactType: string }[]> {
  return JSON.parse(await run('oras', ['discover', '--plain-http', '--format', 'json', ref])).manifests ?? [];
}

async function tags(host: string, repo: string): Promise<string[]> {
  const r = await fetch(`http://${host}/v2/${repo}/tags/list`);
  return ((await r.json()) as { tags: string[] }).tags ?? [];
}

interface Item {
  kind: string;
  subject: string;
  digest: string;
  via?: string;
  status: string;
}
interface Image {
  digest: string;
  upToDate: boolean;
  signatures?: { copied: number; present: number; items: Item[] };
}

async function mirror(args: string[]): Promise<Image> {
  const r = await runCli(['mirror', ...args, '--json']);
  if (r.code !== 0) throw new Error(`gen-ci mirror ${args.join(' ')}: exit ${r.code}: ${r.err}`);
  const j = JSON.parse(r.out);
  return (Array.isArray(j) ? j : j.images)[0];
}

let index = '';
let children: string[] = [];
let sbom = '';
let sbomSig = '';
const srcRepo = uniqueRepo('sig');
const src = `${RIG.open}/${srcRepo}`;

beforeAll(async () => {
  requireTool('cosign', ['version']);
  requireTool('oras', ['version']);
  await requireRig();
  process.env.GENCI_CACHE_DIR = cache;
  await run('cosign', ['generate-key-pair']);
  writeFileSync(join(keys, 'predicate.json'), JSON.stringify({ builder: 'gen-ci e2e' }));
  writeFileSync(join(keys, 'sbom.json'), JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'busybox' }));
  writeFileSync(join(keys, 'sbom-sig.json'), JSON.stringify({ signed: 'sbom' }));
  index = (await mirror([RIG.base, `${src}:latest`, '--no-signatures'])).digest;
  const raw = (await (
    await fetch(`http://${RIG.open}/v2/${srcRepo}/manifests/${index}`, {
      headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json' },
    })
  ).json()) as {
    manifests: { digest: string; platform: { architecture: string } }[];
  };
  children = raw.manifests.map((m) => m.digest);
  expect(children.length).toBe(4);
  await run('cosign', ['sign', '--key', 'cosign.key', '--recursive', ...cosignOffline, `${src}@${index}`]);
  await run('cosign', ['attest', '--key', 'cosign.key', '--type', 'custom', '--predicate', 'predicate.json', ...cosignOffline, `${src}@${index}`]);
  await run('cosign', ['attest', '--key', 'cosign.key', '--type', 'custom', '--predicate', 'predicate.json', ...cosignOffline, `${src}@${children[0]}`]);
  // an SBOM referrer on the index, and a referrer of that referrer (a signature on the SBOM)
  sbom = await attach(`${src}@${index}`, 'application/vnd.example.sbom.v1', 'sbom.json');
  sbomSig = await attach(`${src}@${sbom}`, 'application/vnd.example.signature.v1', 'sbom-sig.json');
  // the source is signed as expected
  expect((await verify(`${src}@${index}`)).code).toBe(0);
}, 300_000);

afterAll(() => {
  delete process.env.GENCI_CACHE_DIR;
});

describe('gen-ci mirror carries signatures and referrers (registry without the referrers API)', () => {
  const dstRepo = uniqueRepo('sig');
  const dst = `${RIG.mirror}/${dstRepo}`;
  let proxy: RegistryProxy;
  beforeAll(async () => {
    proxy = await registryProxy(RIG.mirror);
  });
  afterAll(() => proxy?.close());

  it('copies cosign .sig/.att tags of the index and every child, and the referrers (two levels) into the referrers tag', async () => {
    const r = await mirror([`${src}:latest`, `${dst}:latest`]);
    expect(r.digest).toBe(index);
    const items = r.signatures?.items ?? [];
    expect(items.every((i) => i.status === 'copied')).toBe(true);
    const sigs = items.filter((i) => i.kind === 'sig').map((i) => i.subject);
    expect(sigs.sort()).toEqual([index, ...children].sort());
    expect(
      items
        .filter((i) => i.kind === 'att')
        .map((i) => i.subject)
        .sort(),
    ).toEqual([index, children[0]].sort());
    expect(items.filter((i) => i.kind === 'referrer').map((i) => [i.subject, i.digest, i.via])).toEqual([
      [index, sbom, 'tag'],
      [sbom, sbomSig, 'tag'],
    ]);
    expect(r.signatures?.copied).toBe(9);
    // the referrers tag schema index is on the destination
    const t = await tags(RIG.mirror, dstRepo);
    expect(t).toContain(index.replace(':', '-'));
    expect(t).toContain(sbom.replace(':', '-'));
  });

  it('cosign verify and verify-attestation pass on the copy, for the index and a child', async () => {
    for (const d of [index, children[0] as string]) {
      const v = await verify(`${dst}@${d}`);
      expect(v.code, v.out).toBe(0);
      const a = await verifyAtt(`${dst}@${d}`);
      expect(a.code, a.out).toBe(0);
    }
    // a child that was signed but not attested: the signature verifies, no attestation is claimed
    expect((await verify(`${dst}@${children[2]}`)).code).toBe(0);
  });

  it('oras discover lists the referrers on the copy', async () => {
    expect((await discover(`${dst}@${index}`)).map((m) => [m.digest, m.artifactType])).toEqual([[sbom, 'application/vnd.example.sbom.v1']]);
    expect((await discover(`${dst}@${sbom}`)).map((m) => [m.digest, m.artifactType])).toEqual([[sbomSig, 'application/vnd.example.signature.v1']]);
  });

  it('a second mirror is up to date: every signature present, nothing written', async () => {
    proxy.counts.clear();
    const r = await mirror([`${src}:latest`, `${proxy.host}/${dstRepo}:latest`]);
    expect(r.upToDate).toBe(true);
    expect(r.signatures).toMatchObject({ copied: 0, present: 9 });
    const writes = ['POST upload', 'PUT upload', 'PATCH upload', 'PUT manifest'].reduce((n, k) => n + (proxy.counts.get(k) ?? 0), 0);
    expect(writes).toBe(0);
  });

  it('a referrer added later is merged into the referrers tag (what is there is kept)', async () => {
    const extra = await attach(`${src}@${index}`, 'application/vnd.example.vex.v1', 'predicate.json');
    const r = await mirror([`${src}:latest`, `${dst}:latest`]);
    expect(r.signatures?.items.filter((i) => i.status === 'copied').map((i) => i.digest)).toEqual([extra]);
    const listed = (await discover(`${dst}@${index}`)).map((m) => m.digest);
    expect(listed.sort()).toEqual([sbom, extra].sort());
  });

  it('--platforms: signatures of the kept child, none of the rewritten index', async () => {
    const r = await mirror([`${src}:latest`, `${RIG.mirror}/${uniqueRepo('sig')}:amd64`, '--platforms', 'linux/amd64']);
    expect(r.digest).not.toBe(index);
    expect(new Set(r.signatures?.items.map((i) => i.subject))).toEqual(new Set([children[0]]));
    expect(r.signatures?.items.map((i) => i.kind).sort()).toEqual(['att', 'sig']);
  });

  it('--no-signatures copies none', async () => {
    const repo = uniqueRepo('sig');
    const r = await mirror([`${src}:latest`, `${RIG.mirror}/${repo}:latest`, '--no-signatures']);
    expect(r.digest).toBe(index);
    expect(r.signatures).toBeUndefined();
    expect(await tags(RIG.mirror, repo)).toEqual(['latest']);
    expect((await verify(`${RIG.mirror}/${repo}@${index}`)).code).not.toBe(0);
  });

  it('the text output says what travelled', async () => {
    const r = await runCli(['mirror', `${src}:latest`, `${dst}:latest`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/up to date; signatures\/referrers: 0 copied, 10 present/);
  });
});

describe('registries with the referrers API (a proxy adding it to docker-registry 2.8)', () => {
  let apiDst: ReferrersProxy;
  let apiSrc: ReferrersProxy;
  beforeAll(async () => {
    apiDst = await referrersProxy(RIG.mirror);
    apiSrc = await referrersProxy(RIG.open);
  });
  afterAll(async () => {
    await apiDst?.close();
    await apiSrc?.close();
  });

  it('as destination: referrers are pushed with their subject (OCI-Subject answered), no referrers tag is written', async () => {
    const repo = uniqueRepo('sig');
    const r = await mirror([`${src}:latest`, `${apiDst.host}/${repo}:latest`]);
    const refs = r.signatures?.items.filter((i) => i.kind === 'referrer') ?? [];
    expect(refs.length).toBe(3);
    expect(refs.every((i) => i.via === 'api' && i.status === 'copied')).toBe(true);
    expect((await tags(RIG.mirror, repo)).filter((t) => /^sha256-[a-f0-9]{64}$/.test(t))).toEqual([]);
    expect((await discover(`${apiDst.host}/${repo}@${index}`)).length).toBe(2);
    expect((await verify(`${apiDst.host}/${repo}@${index}`)).code).toBe(0);
    const again = await mirror([`${src}:latest`, `${apiDst.host}/${repo}:latest`]);
    expect(again.signatures?.copied).toBe(0);
  });

  it('as source: referrers only the API lists (no referrers tag) are found and copied', async () => {
    const repo = uniqueRepo('sig');
    await mirror([RIG.base, `${RIG.open}/${repo}:latest`, '--no-signatures']);
    const d = await attach(`${apiSrc.host}/${repo}@${index}`, 'application/vnd.example.sbom.v1', 'sbom.json', ['--distribution-spec', 'v1.1-referrers-api']);
    expect((await tags(RIG.open, repo)).filter((t) => t.startsWith('sha256-'))).toEqual([]);
    apiSrc.requests.length = 0;
    const dst = `${RIG.mirror}/${uniqueRepo('sig')}`;
    const r = await mirror([`${apiSrc.host}/${repo}:latest`, `${dst}:latest`]);
    expect(r.signatures?.items.map((i) => [i.kind, i.subject, i.digest, i.via])).toEqual([['referrer', index, d, 'tag']]);
    expect((await discover(`${dst}@${index}`)).map((m) => m.digest)).toEqual([d]);
    // the API was asked for the index, each child (concurrently, after the first answer) and the referrer itself
    expect(apiSrc.requests.filter((q) => q.includes('/referrers/')).length).toBe(2 + children.length);
  });
});
