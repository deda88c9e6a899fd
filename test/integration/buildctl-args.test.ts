// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not template literals
// buildctlArgs' argv, run by the real buildctl (the rig's v0.13.2) against the rig's host buildkitd:
// a two-platform image with a build arg, a label, an index annotation, a secret and a registry
// cache, pushed to the rig's registry; the metadata file and the pushed index are checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildctlArgs, buildctlEnv } from '../../src/core/buildctl.js';
import { parsePlatformList } from '../../src/core/platform.js';

function rigEnv(): Record<string, string> {
  const r = spawnSync('bash', ['scripts/rig.sh', 'env'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bash scripts/rig.sh env failed: ${r.stderr}`);
  return Object.fromEntries(
    r.stdout
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

const rig = rigEnv();
const REG = rig.GENCI_REGISTRY ?? '127.0.0.1:5000';
const ADDR = rig.GENCI_BUILDKIT_ADDR ?? 'tcp://127.0.0.1:1234';
const BUILDCTL = join(rig.GENCI_ENGINES_BIN ?? '/var/lib/gen-ci-engines/bin', 'buildctl');
const BASE = rig.GENCI_BASE_IMAGE as string;
const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const MANIFEST_TYPES = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];

async function registryGet(path: string, accept: string[]): Promise<{ type: string; body: Record<string, unknown> }> {
  const res = await fetch(`http://${REG}/v2/${path}`, { headers: { Accept: accept.join(', ') } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return { type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> };
}

beforeAll(() => {
  // fail loudly: this test exists to run the real buildctl
  if (!BASE) throw new Error('GENCI_BASE_IMAGE is not set by bash scripts/rig.sh env');
  if (!existsSync(BUILDCTL)) throw new Error(`buildctl is missing at ${BUILDCTL}: run bash scripts/rig.sh up`);
  const v = spawnSync(BUILDCTL, ['--version'], { encoding: 'utf8' });
  expect(v.stdout, v.stderr).toMatch(/buildctl github.com\/moby\/buildkit v0\.13\.2\b/);
  const w = spawnSync(BUILDCTL, ['--addr', ADDR, 'debug', 'workers'], { encoding: 'utf8', timeout: 30_000 });
  if (w.status !== 0) throw new Error(`buildkitd does not answer at ${ADDR}: ${w.stderr || w.error?.message}`);
  const up = spawnSync('curl', ['-fsS', `http://${REG}/v2/`]);
  if (up.status !== 0) throw new Error(`the registry ${REG} is not up: run bash scripts/rig.sh up`);
});

describe('buildctlArgs with the real buildctl', () => {
  it('builds, pushes and caches a two-platform image with args, labels, annotations and a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genci-buildctl-'));
    const ctx = join(dir, 'ctx');
    mkdirSync(ctx);
    writeFileSync(
      join(ctx, 'Dockerfile'),
      [
        `FROM ${BASE}`,
        'ARG GREETING',
        'ARG TARGETARCH',
        // a fresh value each run: the RUN (and so the secret check) is never a cache hit
        'ARG NONCE',
        'LABEL greeting=${GREETING}',
        // the build fails unless the secret is mounted with the file's content
        'RUN --mount=type=secret,id=tok,required=true test "$(cat /run/secrets/tok)" = s3cret && echo "$GREETING $TARGETARCH $NONCE" > /greeting',
        '',
      ].join('\n'),
    );
    const secret = join(dir, 'tok');
    writeFileSync(secret, 's3cret');
    const metadataFile = join(dir, 'metadata.json');
    const repo = `genci-buildctl/t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const tag = `${REG}/${repo}:v1`;
    const args = buildctlArgs(
      {
        addr: ADDR,
        platforms: parsePlatformList('linux/amd64,linux/arm64'),
        context: ctx,
        // two tags: one CSV-quoted name= field
        tags: [tag, `${REG}/${repo}:v2`],
        labels: ['org.example.built-by=gen-ci buildctl'],
        annotations: ['index:org.opencontainers.image.title=genci-buildctl'],
        buildArgs: ['GREETING=hello', `NONCE=${repo}`],
        secretFiles: { tok: secret },
        push: true,
        outputs: [],
        cache: 'registry',
        cacheFrom: [],
        cacheTo: [],
        provenance: 'false',
        sbom: 'false',
        metadataFile,
      },
      {},
    );
    expect(args).toContain(`type=image,"name=${tag},${REG}/${repo}:v2",push=true,annotation-index.org.opencontainers.image.title=genci-buildctl`);
    const r = spawnSync(BUILDCTL, args, { encoding: 'utf8', env: { ...process.env, ...buildctlEnv({ provenance: 'false', sbom: 'false' }) }, timeout: 600_000 });
    expect(r.status, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);

    const meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
    const digest = meta['containerimage.digest'];
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const index = await registryGet(`${repo}/manifests/${digest}`, INDEX_TYPES);
    expect(INDEX_TYPES).toContain(index.type);
    const manifests = index.body.manifests as { digest: string; platform?: { os: string; architecture: string } }[];
    expect(manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect((index.body.annotations as Record<string, string> | undefined)?.['org.opencontainers.image.title']).toBe('genci-buildctl');
    // both tags name the same index
    for (const t of ['v1', 'v2']) {
      const tagged = await fetch(`http://${REG}/v2/${repo}/manifests/${t}`, { method: 'HEAD', headers: { Accept: INDEX_TYPES.join(', ') } });
      expect(tagged.headers.get('docker-content-digest'), t).toBe(digest);
    }

    // the label and the build arg reached each image's config
    const arm = manifests.find((m) => m.platform?.architecture === 'arm64') as { digest: string };
    const manifest = await registryGet(`${repo}/manifests/${arm.digest}`, MANIFEST_TYPES);
    const configDigest = (manifest.body.config as { digest: string }).digest;
    const config = await registryGet(`${repo}/blobs/${configDigest}`, ['application/json', '*/*']);
    const labels = (config.body.config as { Labels?: Record<string, string> }).Labels ?? {};
    expect(labels['org.example.built-by']).toBe('gen-ci buildctl');
    expect(labels.greeting).toBe('hello');
    expect(config.body.architecture).toBe('arm64');

    // the registry cache was exported next to the image
    const cache = await fetch(`http://${REG}/v2/${repo}/manifests/buildcache`, { method: 'HEAD', headers: { Accept: [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ') } });
    expect(cache.status).toBe(200);
  });
});
