// `gen-ci mirror` against `skopeo copy --all`, side by side on the same machine and registries.
// A ~300 MB, 4-platform, multi-layer image of random content is generated once (pushed with our
// client into the rig's open registry). Each round starts two fresh, empty docker-registry
// processes and copies into them, ours and skopeo's in alternating order (skopeo's blob-info cache
// cleared first): the cold case. Then both copy again into what they filled: the warm case.
// Prints medians, ratios and peak memory (max RSS). Peak memory is also measured on an image with
// layers 10x smaller, to show it does not grow with layer size.
//   node bench/mirror.mjs [rounds]        BENCH_SCALE=0.1 shrinks the image for a quick look
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const rounds = Number(process.argv[2] ?? 5);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const MiB = 1 << 20;
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (sh('bash', [join(root, 'scripts/rig.sh'), 'up']).status !== 0) throw new Error('rig did not come up: bash scripts/rig.sh up');
const tmp = mkdtempSync(join(tmpdir(), 'gen-ci-bench-mirror-'));

// bundle the image generator (test/fixtures/registry/generate.ts); the CLI measured is dist/cli, what users run
const generator = `
import { RegistryClient } from './src/registry/client.ts';
import { parseReference, withDigest } from './src/registry/reference.ts';
import { pushRandomImage } from './test/fixtures/registry/generate.ts';
export async function ensureImage(ref, platforms, layerSizes) {
  const client = new RegistryClient();
  try {
    const r = parseReference(ref);
    const head = await client.headManifest(r);
    if (!head) return await pushRandomImage(client, r, { platforms, layerSizes });
    const index = await client.getManifest(withDigest(r, head.digest));
    let bytes = 0, blobs = 0;
    for (const d of index.json.manifests) {
      const m = (await client.getManifest(withDigest(r, d.digest))).json;
      for (const b of [m.config, ...m.layers]) { bytes += b.size; blobs++; }
    }
    return { digest: head.digest, bytes, blobs };
  } finally {
    client.close();
  }
}`;
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
};
await build({ ...common, stdin: { contents: generator, resolveDir: root, loader: 'ts' }, outfile: join(tmp, 'gen.mjs') });
const { ensureImage } = await import(join(tmp, 'gen.mjs'));

const platforms = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64' },
  { os: 'linux', architecture: 'arm', variant: 'v7' },
  { os: 'linux', architecture: 'riscv64' },
];
const bigLayers = [40, 20, 10, 4, 1].map((m) => Math.round(m * MiB * scale));
const smallLayers = bigLayers.map((b) => Math.round(b / 10));
const big = `127.0.0.1:5000/bench/mirror:v1-${scale}`;
const small = `127.0.0.1:5000/bench/mirror-small:v1-${scale}`;
const bigInfo = await ensureImage(big, platforms, bigLayers);
await ensureImage(small, platforms, smallLayers);
console.log(
  `image ${big}: ${platforms.length} platforms, ${bigInfo.blobs} blobs, ${(bigInfo.bytes / MiB).toFixed(0)} MiB (largest layer ${(bigLayers[0] / MiB).toFixed(0)} MiB)`,
);

async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startRegistry() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmp, 'reg-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${dir}/data}}\nhttp: {addr: 127.0.0.1:${port}}\n`,
  );
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/v2/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: `127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const skopeoCaches = ['/var/lib/containers/cache', join(homedir(), '.local/share/containers/cache')];
function clearSkopeoCache() {
  for (const d of skopeoCaches) rmSync(join(d, 'blob-info-cache-v1.boltdb'), { force: true });
}

/** run under /usr/bin/time: wall seconds and max RSS in MiB */
function timed(cmd, args) {
  const r = sh('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args]);
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(-800)}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  return { secs: Number(m[1]), rssMiB: Number(m[2]) / 1024, stdout: r.stdout };
}

// the shipped bundle, as `npx gen-ci` runs it (lazy-loaded commands; `npm run build` first)
const ours = (src, dst) => timed(process.env.BENCH_NODE || process.execPath, [join(root, 'dist/cli/index.js'), 'mirror', src, dst, '--no-cache']);
/** the warm run must have found everything in place, or it measures something else */
const oursWarm = (src, dst) => {
  const r = ours(src, dst);
  if (!r.stdout.includes('up to date')) throw new Error(`warm run copied something: ${r.stdout}`);
  return r;
};
const skopeo = (src, dst) =>
  timed('skopeo', ['copy', '--all', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${src}`, `docker://${dst}`]);

const res = { oursCold: [], skopeoCold: [], oursWarm: [], skopeoWarm: [], oursRss: [], skopeoRss: [], oursRssSmall: [] };
for (let round = 0; round < rounds; round++) {
  const a = await startRegistry();
  const b = await startRegistry();
  const dstA = `${a.host}/bench/mirror:v1`;
  const dstB = `${b.host}/bench/mirror:v1`;
  const steps = [
    () => {
      const r = ours(big, dstA);
      res.oursCold.push(r.secs);
      res.oursRss.push(r.rssMiB);
    },
    () => {
      clearSkopeoCache();
      const r = skopeo(big, dstB);
      res.skopeoCold.push(r.secs);
      res.skopeoRss.push(r.rssMiB);
    },
  ];
  if (round % 2) steps.reverse();
  for (const s of steps) s();
  const warm = [() => res.oursWarm.push(oursWarm(big, dstA).secs), () => res.skopeoWarm.push(skopeo(big, dstB).secs)];
  if (round % 2) warm.reverse();
  for (const w of warm) w();
  res.oursRssSmall.push(ours(small, `${a.host}/bench/small:v1`).rssMiB);
  await a.stop();
  await b.stop();
  process.stderr.write(
    `round ${round + 1}/${rounds}: cold ours ${res.oursCold.at(-1)}s skopeo ${res.skopeoCold.at(-1)}s; warm ours ${res.oursWarm.at(-1)}s skopeo ${res.skopeoWarm.at(-1)}s\n`,
  );
}

const f = (x) => x.toFixed(2);
const line = (name, o, s) =>
  `${name.padEnd(26)} ${`${f(median(o))} s`.padStart(9)} ${`${f(median(s))} s`.padStart(9)} ${`${f(median(o) / median(s))}x`.padStart(7)}`;
console.log(`\nmedians of ${rounds} alternating rounds${scale !== 1 ? ` (BENCH_SCALE=${scale})` : ''}`);
console.log(`${''.padEnd(26)} ${'gen-ci'.padStart(9)} ${'skopeo'.padStart(9)} ${'ratio'.padStart(7)}`);
console.log(line('cold (fresh registry)', res.oursCold, res.skopeoCold));
console.log(line('warm (nothing to copy)', res.oursWarm, res.skopeoWarm));
console.log(`${'peak RSS, cold'.padEnd(26)} ${`${median(res.oursRss).toFixed(0)} MiB`.padStart(9)} ${`${median(res.skopeoRss).toFixed(0)} MiB`.padStart(9)}`);
console.log(
  `${'gen-ci peak RSS by layer'.padEnd(26)} ${(bigLayers[0] / MiB).toFixed(0)} MiB layers: ${median(res.oursRss).toFixed(0)} MiB, ${(smallLayers[0] / MiB).toFixed(0)} MiB layers: ${median(res.oursRssSmall).toFixed(0)} MiB`,
);
rmSync(tmp, { recursive: true, force: true });
