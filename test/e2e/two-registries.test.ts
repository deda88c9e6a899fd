// mirror, merge and the action's read-back (verify) against two registry implementations the rig
// runs: docker-registry 2.8 (distribution, Debian's 2.8.2) and go-containerregistry's `crane
// registry serve` (built offline by scripts/engines.sh). Registries differ: crane keeps one blob
// store for every repository and answers a cross-repository mount with a plain upload session
// (202), 2.8 scopes blobs per repository and mounts; 2.8 has been seen to answer HEAD of a tag whose
// index holds attestation manifests with HTTP 500 (the rig's 2.8.2 answers 200 for buildx's index),
// so that answer is also put in front of both implementations by a small shim.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newContext, verify } from '../../src/pipeline/steps.js';
import { UserError } from '../../src/core/errors.js';
import { Lifecycle } from '../../src/core/lifecycle.js';
import type { Log } from '../../src/core/log.js';
import { parsePlatform } from '../../src/core/platform.js';
import { requireRig, tempDir, uniqueRepo } from '../integration/registry/helpers.js';
import { runCli as cli } from '../support/cli.js';
import { rigEnv } from './runner.js';

const rig = rigEnv();
const OPEN = rig.GENCI_REGISTRY ?? '127.0.0.1:5000';
const BASE = rig.GENCI_BASE_IMAGE ?? `${OPEN}/base/busybox:latest`;
const CRANE = join(rig.GENCI_ENGINES_BIN ?? '/var/lib/gen-ci-engines/bin', 'crane');

// globalBlobs: a blob pushed to any repository is there in every one; mounts: a cross-repository
// mount (POST …?mount=&from=) is honoured (201) rather than answered with an upload session (202)
const IMPLEMENTATIONS = [
  { name: 'docker-registry 2.8', host: rig.GENCI_MIRROR_REGISTRY ?? '127.0.0.1:5002', globalBlobs: false, mounts: true },
  { name: 'crane registry serve (go-containerregistry)', host: rig.GENCI_CRANE_REGISTRY ?? '', globalBlobs: true, mounts: false },
];

/**
 * A pass-through in front of a registry that answers HEAD of a manifest *by tag* with HTTP 500, as
 * distribution 2.8 does for some indexes holding attestations (GET, and HEAD by digest, pass).
 */
async function headOfTagFails(target: string): Promise<{ host: string; heads: () => number; close: () => Promise<void> }> {
  const [thost, tport] = target.split(':') as [string, string];
  let heads = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'HEAD' && /\/manifests\/(?!sha256:)[^/]+$/.test(req.url ?? '')) {
      heads++;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end();
      return;
    }
    const up = http.request({ host: thost, port: Number(tport), method: req.method, path: req.url, headers: req.headers }, (ur) => {
      const headers = { ...ur.headers };
      if (typeof headers.location === 'string') headers.location = headers.location.replace(`http://${target}`, '');
      res.writeHead(ur.statusCode ?? 502, headers);
      ur.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    heads: () => heads,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const INDEX_TYPES = 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json';
const MANIFEST_TYPES = `${INDEX_TYPES}, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json`;

/** Fail loudly, never skip: a missing tool or registry is a broken rig. */
function need(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} is required (run bash scripts/rig.sh up): ${r.error?.message ?? r.stderr.slice(0, 300)}`);
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).trim();
}

/** The manifest bytes as the registry serves them (GET by tag or digest, our client not involved). */
async function raw(ref: string): Promise<{ status: number; body: string; digest: string | null }> {
  const slash = ref.indexOf('/');
  const at = ref.lastIndexOf('@');
  const colon = ref.lastIndexOf(':');
  const [repo, which] = at > 0 ? [ref.slice(slash + 1, at), ref.slice(at + 1)] : [ref.slice(slash + 1, colon), ref.slice(colon + 1)];
  const r = await fetch(`http://${ref.slice(0, slash)}/v2/${repo}/manifests/${which}`, { headers: { accept: MANIFEST_TYPES } });
  return { status: r.status, body: await r.text(), digest: r.headers.get('docker-content-digest') };
}

async function headStatus(ref: string): Promise<number> {
  const slash = ref.indexOf('/');
  const colon = ref.lastIndexOf(':');
  const r = await fetch(`http://${ref.slice(0, slash)}/v2/${ref.slice(slash + 1, colon)}/manifests/${ref.slice(colon + 1)}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_TYPES },
  });
  return r.status;
}

type Entry = { digest: string; platform?: { os: string; architecture: string; variant?: string }; annotations?: Record<string, string> };
const platforms = (index: { manifests: Entry[] }) =>
  index.manifests.map((m) => (m.platform ? [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/') : '?'));

/**
 * go-containerregistry's own check of an image (every manifest, config and layer read and hashed),
 * one runnable platform at a time: `crane validate` takes the in-toto layers of attestation
 * manifests for gzip and fails on them.
 */
async function craneValidate(ref: string): Promise<void> {
  const repo = ref.slice(0, ref.lastIndexOf(':'));
  const index = JSON.parse((await raw(ref)).body) as { manifests?: Entry[] };
  const children = index.manifests ? index.manifests.filter((m) => m.platform?.os !== 'unknown').map((m) => `${repo}@${m.digest}`) : [ref];
  expect(children.length).toBeGreaterThan(0);
  for (const child of children) {
    const r = spawnSync(CRANE, ['validate', '--insecure', '--remote', child], { encoding: 'utf8' });
    expect(r.status, `crane validate ${child}: ${r.stdout}${r.stderr}`).toBe(0);
  }
}

/** mirror --json: one object per pair (`{images: […]}`; a bare array from older builds) */
function mirrored(
  out: string,
): Array<Record<string, unknown> & { platforms: string[]; upToDate: boolean; blobsUploaded: number; blobsMounted: number; blobsPresent: number }> {
  const j = JSON.parse(out);
  return Array.isArray(j) ? j : j.images;
}

const quiet: Log = { info: () => {}, warning: () => {}, notice: () => {}, group: (_t, fn) => fn() };

/** The action's read-back of a pushed image: our client, by digest, the requested platforms checked. */
function readBack(repo: string, digest: string, requested: string[]) {
  const ctx = newContext(quiet, new Lifecycle(), { insecureRegistries: [] }, { base: tempDir('genci-verify-') });
  return verify(ctx, repo, digest, requested.map(parsePlatform));
}

// one source with attestations, on docker-registry 2.8 (the rig's open registry): a 2-platform
// index with buildx's provenance (each platform + an unknown/unknown attestation manifest), and
// the same build as two single-platform legs, as split jobs push them
const SRC = `${OPEN}/${uniqueRepo('two-registries')}`;

beforeAll(async () => {
  await requireRig();
  need('docker', ['buildx', 'version']);
  need('skopeo', ['--version']);
  if (!existsSync(CRANE)) throw new Error(`crane is required at ${CRANE}: run bash scripts/rig.sh up (scripts/engines.sh builds it)`);
  need(CRANE, ['version']);
  for (const impl of IMPLEMENTATIONS) {
    if (!impl.host) throw new Error(`the rig has no ${impl.name}: scripts/rig.sh env lacks GENCI_CRANE_REGISTRY; run bash scripts/rig.sh up`);
    const s = await fetch(`http://${impl.host}/v2/`).then(
      (r) => r.status,
      () => 0,
    );
    if (s !== 200) throw new Error(`${impl.name} at ${impl.host} answered ${s || 'nothing'} on /v2/ (want 200): run bash scripts/rig.sh up`);
  }
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
  const ctx = tempDir('genci-two-registries-');
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${BASE}\nARG TARGETARCH\nRUN echo "built for $TARGETARCH" > /hello\n`);
  const build = (platform: string, tag: string) =>
    run('docker', ['buildx', 'build', '--builder', 'default', '--platform', platform, '--provenance=true', '-t', `${SRC}:${tag}`, '--push', '-q', ctx]);
  build('linux/amd64,linux/arm64', 'attested');
  build('linux/amd64', 'amd64');
  build('linux/arm64', 'arm64');
}, 600_000);

describe.each(IMPLEMENTATIONS)('$name', (impl) => {
  const repo = `${impl.host}/${uniqueRepo('two')}`;

  it('mirror: the 4-platform busybox base, byte for byte; a second run copies nothing', async () => {
    const first = await cli(['mirror', BASE, `${repo}:base`, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const [r] = mirrored(first.out);
    expect(r?.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
    // 4 configs + 4 layers; crane may hold them already (one blob store for every repository)
    expect((r?.blobsUploaded ?? 0) + (r?.blobsPresent ?? 0)).toBe(8);
    if (!impl.globalBlobs) expect(r?.blobsUploaded).toBe(8);
    const src = await raw(BASE);
    const copy = await raw(`${repo}:base`);
    expect(copy.status).toBe(200);
    expect(copy.body).toBe(src.body);
    expect(copy.digest).toBe(src.digest);
    for (const m of JSON.parse(src.body).manifests as Entry[])
      expect((await raw(`${repo}@${m.digest}`)).body).toBe((await raw(`${OPEN}/base/busybox@${m.digest}`)).body);
    await craneValidate(`${repo}:base`);

    const again = await cli(['mirror', BASE, `${repo}:base`, '--json']);
    expect(again.code).toBe(0);
    const [r2] = mirrored(again.out);
    expect(r2?.upToDate).toBe(true);
    expect(r2?.platforms).toEqual(r?.platforms);
  });

  it('mirror: an index holding attestation manifests (unknown/unknown), byte for byte, every attestation along', async () => {
    const dst = `${repo}:attested`;
    const first = await cli(['mirror', `${SRC}:attested`, dst, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const src = await raw(`${SRC}:attested`);
    const copy = await raw(dst);
    expect(copy.body).toBe(src.body);
    const index = JSON.parse(copy.body);
    expect(platforms(index)).toEqual(['linux/amd64', 'linux/arm64', 'unknown/unknown', 'unknown/unknown']);
    // every attestation manifest came along, and points at its platform's manifest
    for (const m of index.manifests.filter((e: Entry) => e.platform?.os === 'unknown') as Entry[]) {
      expect(m.annotations?.['vnd.docker.reference.type']).toBe('attestation-manifest');
      expect((await raw(`${repo}@${m.digest}`)).status).toBe(200);
    }
    await craneValidate(dst);
    // 200 from both here; 2.8 has answered 500 (below, the shim makes it so)
    expect([200, 500]).toContain(await headStatus(dst));
    const again = await cli(['mirror', `${SRC}:attested`, dst, '--json']);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(mirrored(again.out)[0]?.upToDate).toBe(true);
    // --platforms keeps the attestations of the kept platform, --no-attestations drops them
    const one = await cli(['mirror', `${SRC}:attested`, `${repo}:attested-arm64`, '--platforms', 'linux/arm64', '--json']);
    expect(one.code, one.err).toBe(0);
    expect(platforms(JSON.parse((await raw(`${repo}:attested-arm64`)).body))).toEqual(['linux/arm64', 'unknown/unknown']);
    const bare = await cli(['mirror', `${SRC}:attested`, `${repo}:arm64-bare`, '--platforms', 'linux/arm64', '--no-attestations', '--json']);
    expect(bare.code, bare.err).toBe(0);
    expect(platforms(JSON.parse((await raw(`${repo}:arm64-bare`)).body))).toEqual(['linux/arm64']);
  });

  it('mirror within the registry: from it, into another repository (mounted where the registry mounts)', async () => {
    const other = `${impl.host}/${uniqueRepo('two-copy')}:base`;
    const r = await cli(['mirror', `${repo}:base`, other, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [res] = mirrored(r.out);
    if (impl.mounts) expect(res?.blobsUploaded).toBe(0);
    expect((res?.blobsMounted ?? 0) + (res?.blobsPresent ?? 0) + (res?.blobsUploaded ?? 0)).toBe(8);
    // crane answers the mount with an upload session (202): the client then uploads, as the spec says
    if (impl.mounts) expect(res?.blobsMounted).toBe(8);
    else expect(res?.blobsUploaded).toBe(8);
    expect((await raw(other)).body).toBe((await raw(BASE)).body);
  });

  it('merge: provenance-carrying single-platform legs into one clean index, and with --keep-attestations', async () => {
    for (const leg of ['amd64', 'arm64']) {
      const m = await cli(['mirror', `${SRC}:${leg}`, `${repo}:${leg}`, '--json']);
      expect(m.code, m.err).toBe(0);
    }
    const clean = await cli(['merge', `${repo}:multi`, `${repo}:amd64`, `${repo}:arm64`, '--json']);
    expect(clean.err).toBe('');
    expect(clean.code).toBe(0);
    const r = JSON.parse(clean.out);
    const index = JSON.parse((await raw(`${repo}:multi`)).body);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(platforms(index)).toEqual(['linux/amd64', 'linux/arm64']);
    expect((await raw(`${repo}:multi`)).digest).toBe(r.digest);
    expect(r.blobsUploaded).toBe(0);
    await craneValidate(`${repo}:multi`);

    const kept = await cli(['merge', `${repo}:multi-attested`, `${repo}:amd64`, `${repo}:arm64`, '--keep-attestations', '-t', 'multi-attested-2', '--json']);
    expect(kept.err).toBe('');
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.out).attestations).toBe(2);
    const withAtt = await raw(`${repo}:multi-attested`);
    expect(platforms(JSON.parse(withAtt.body))).toEqual(['linux/amd64', 'linux/arm64', 'unknown/unknown', 'unknown/unknown']);
    expect((await raw(`${repo}:multi-attested-2`)).body).toBe(withAtt.body);
    await craneValidate(`${repo}:multi-attested`);
    // merged again: the same index, nothing pushed twice
    const again = await cli(['merge', `${repo}:multi-attested`, `${repo}:amd64`, `${repo}:arm64`, '--keep-attestations', '--json']);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out).digest).toBe(JSON.parse(kept.out).digest);
  });

  it('merge across registries: legs on docker-registry 2.8, the index here', async () => {
    const r = await cli(['merge', `${repo}:cross`, `${SRC}:amd64`, `${SRC}:arm64`, BASE.replace(/:latest$/, ':latest@linux/riscv64'), '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(platforms(JSON.parse((await raw(`${repo}:cross`)).body))).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64']);
    await craneValidate(`${repo}:cross`);
  });

  it('HEAD of a tag answered with HTTP 500 (as distribution 2.8 does): mirror to and from it and merge still work, by GET', async () => {
    const shim = await headOfTagFails(impl.host);
    try {
      const via = `${shim.host}/${repo.slice(impl.host.length + 1)}`;
      // is the destination up to date? HEAD of its tag fails: the client reads the tag by GET
      const again = await cli(['mirror', `${SRC}:attested`, `${via}:attested`, '--json']);
      expect(again.err).toBe('');
      expect(again.code).toBe(0);
      expect(mirrored(again.out)[0]?.upToDate).toBe(true);
      // the tag as a source
      const from = await cli(['mirror', `${via}:attested`, `${via}:attested-copy`, '--json']);
      expect(from.err).toBe('');
      expect(from.code).toBe(0);
      expect((await raw(`${repo}:attested-copy`)).body).toBe((await raw(`${SRC}:attested`)).body);
      const merged = await cli(['merge', `${via}:multi-via`, `${via}:amd64`, `${via}:arm64`, '--keep-attestations', '--json']);
      expect(merged.err).toBe('');
      expect(merged.code).toBe(0);
      expect((await raw(`${repo}:multi-via`)).body).toBe((await raw(`${repo}:multi-attested`)).body);
      expect(shim.heads()).toBeGreaterThanOrEqual(3);
    } finally {
      await shim.close();
    }
  });

  it("verify (the action's read-back): platforms and attestations of what is there; a missing platform is named", async () => {
    const base = await raw(`${repo}:base`);
    const b = await readBack(repo, base.digest as string, ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
    expect(b.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
    expect(b.attestations).toBe(0);
    for (const p of b.platforms) expect(p.size).toBeGreaterThan(0);

    const att = await raw(`${repo}:attested`);
    const a = await readBack(repo, att.digest as string, ['linux/amd64', 'linux/arm64']);
    expect(a.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(a.attestations).toBe(2);
    expect(a.digest).toBe(att.digest);

    const merged = await raw(`${repo}:multi-attested`);
    const m = await readBack(repo, merged.digest as string, ['linux/arm64']);
    expect(m.attestations).toBe(2);

    const missing = readBack(repo, att.digest as string, ['linux/amd64', 'linux/riscv64']);
    await expect(missing).rejects.toThrow(UserError);
    await expect(missing).rejects.toThrow(`the pushed image ${repo}@${att.digest} lacks linux/riscv64 (it has linux/amd64, linux/arm64)`);
  });
});
