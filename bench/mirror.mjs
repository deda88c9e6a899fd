// `gen-ci mirror` against `crane copy` and `skopeo copy --all`, side by side on the same machine
// and registries, ours under Node 20 (this machine's) and Node 24 (what the action runs on).
// A ~300 MB, 4-platform, multi-layer image of random content is generated once (pushed with our
// client into the rig's open registry). Each round starts one fresh, empty docker-registry process
// per tool and copies into them, in an order that alternates from round to round (skopeo's
// blob-info cache cleared first): the cold case. Then each copies again into what it filled: the
// warm case. Prints medians, ratios and peak memory (max RSS). Peak memory is also measured on an
// image with layers 10x smaller, to show it does not grow with layer size.
//   node bench/mirror.mjs [rounds]        BENCH_SCALE=0.1 shrinks the image for a quick look
//   BENCH_CLI=dist/cli/index.js           measure that bundle instead of a fresh build of src/
//   BENCH_JSON=file                       also write every sample as JSON
// Every tool must be there (crane from scripts/engines.sh, skopeo, docker-registry, Node 24 from
// scripts/node24.sh); a missing one stops the bench.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
const rigEnv = Object.fromEntries(
  sh('bash', [join(root, 'scripts/rig.sh'), 'env'])
    .stdout.split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
/** a tool the bench needs: its version line, or a loud stop */
function need(what, cmd, args, hint) {
  const r = sh(cmd, args);
  if (r.error || r.status !== 0)
    throw new Error(`bench/mirror: ${what} is missing or broken (${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr.trim()}); ${hint}`);
  return `${r.stdout}${r.stderr}`.trim().split('\n')[0];
}
const crane = { bin: join(rigEnv.GENCI_ENGINES_BIN || '/var/lib/gen-ci-engines/bin', 'crane') };
crane.version = need('crane', crane.bin, ['version'], 'build it with sudo bash scripts/engines.sh (rig.sh up does)');
const skopeoVersion = need('skopeo', 'skopeo', ['--version'], 'apt-get install skopeo').replace(/^skopeo version /, '');
need('docker-registry', 'docker-registry', ['--version'], 'apt-get install docker-registry');
need('/usr/bin/time', '/usr/bin/time', ['-f', '%M', 'true'], 'apt-get install time');
const node20 = process.execPath;
const node24 = process.env.BENCH_NODE24 || join(sh('bash', [join(root, 'scripts/node24.sh')]).stdout.trim(), 'node');
const nodeVersion = (bin) => need(`Node (${bin})`, bin, ['--version'], 'bash scripts/node24.sh installs Node 24').replace(/^v/, '');
if (!nodeVersion(node24).startsWith('24.')) throw new Error(`bench/mirror: ${node24} is not Node 24`);
const tmp = mkdtempSync(join(tmpdir(), 'gen-ci-bench-mirror-'));
// the CLI measured: a fresh `npm run build` of this tree (same bundler, same launcher as dist/),
// built aside so dist/ is left alone; BENCH_CLI measures a given bundle instead
const cli = process.env.BENCH_CLI ? resolve(process.env.BENCH_CLI) : join(tmp, 'dist/cli/index.js');
if (!process.env.BENCH_CLI) {
  const b = sh(process.execPath, [join(root, 'scripts/build.mjs'), '--out', join(tmp, 'dist')], { cwd: root });
  if (b.status !== 0) throw new Error(`bench/mirror: build failed: ${b.stderr.slice(-2000)}`);
}

// bundle the image generator (test/fixtures/registry/generate.ts)
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

/** wall seconds (measured here: /usr/bin/time counts in 10 ms steps), max RSS in MiB and CPU seconds (user + sys) from /usr/bin/time */
function timed(cmd, args, env) {
  const t0 = performance.now();
  const r = sh('/usr/bin/time', ['-f', 'TIME %e %M %U %S', cmd, ...args], env ? { env: { ...process.env, ...env } } : {});
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(-800)}`);
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { secs, rssMiB: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]), stdout: r.stdout };
}

/** the tools measured; each gets its own fresh, empty registry per round */
const tools = [
  {
    name: 'gen-ci',
    label: `gen-ci, Node ${nodeVersion(node20)}`,
    run: (src, dst) => timed(node20, [cli, 'mirror', src, dst, '--no-cache']),
    warmCheck: (r) => r.stdout.includes('up to date'),
  },
  {
    name: 'gen-ci24',
    label: `gen-ci, Node ${nodeVersion(node24)}`,
    // the compile cache lives in its own directory, filled by the warm-up run below
    run: (src, dst) => timed(node24, [cli, 'mirror', src, dst, '--no-cache'], { NODE_COMPILE_CACHE: join(tmp, 'compile-cache') }),
    warmCheck: (r) => r.stdout.includes('up to date'),
  },
  { name: 'crane', label: `crane ${crane.version}`, run: (src, dst) => timed(crane.bin, ['copy', '--insecure', src, dst]) },
  {
    name: 'skopeo',
    label: `skopeo ${skopeoVersion}`,
    before: clearSkopeoCache,
    run: (src, dst) => timed('skopeo', ['copy', '--all', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${src}`, `docker://${dst}`]),
  },
];

// warm-up (page cache of the source registry, Node's compile cache), not counted
{
  const r = await startRegistry();
  for (const t of tools) t.run(small, `${r.host}/warmup/${t.name}:v1`);
  await r.stop();
}

const res = Object.fromEntries(tools.map((t) => [t.name, { cold: [], warm: [], rss: [], warmRss: [], rssSmall: [], cpu: [] }]));
for (let round = 0; round < rounds; round++) {
  const regs = await Promise.all(tools.map(() => startRegistry()));
  const dst = (i) => `${regs[i].host}/bench/mirror:v1`;
  // alternate the order: each tool runs first, second, … in turn
  const order = tools.map((_, i) => (i + round) % tools.length);
  if (round % 2) order.reverse();
  for (const i of order) {
    const t = tools[i];
    t.before?.();
    const r = t.run(big, dst(i));
    res[t.name].cold.push(r.secs);
    res[t.name].rss.push(r.rssMiB);
    res[t.name].cpu.push(r.cpu);
  }
  for (const i of order) {
    const t = tools[i];
    const r = t.run(big, dst(i));
    // the warm run must have found everything in place, or it measures something else
    if (t.warmCheck && !t.warmCheck(r)) throw new Error(`${t.name}: warm run copied something: ${r.stdout}`);
    res[t.name].warm.push(r.secs);
    res[t.name].warmRss.push(r.rssMiB);
  }
  for (const i of order) {
    const t = tools[i];
    if (t.name.startsWith('gen-ci')) res[t.name].rssSmall.push(t.run(small, `${regs[i].host}/bench/small:v1`).rssMiB);
  }
  await Promise.all(regs.map((r) => r.stop()));
  process.stderr.write(
    `round ${round + 1}/${rounds} (load ${loadavg()[0].toFixed(2)}): ${tools.map((t) => `${t.name} ${res[t.name].cold.at(-1).toFixed(2)}/${res[t.name].warm.at(-1).toFixed(3)} s`).join(', ')} (cold/warm)\n`,
  );
}

const f = (x) => `${x.toFixed(x < 0.1 ? 3 : 2)} s`;
const mb = (x) => `${x.toFixed(0)} MiB`;
const med = (name, k) => median(res[name][k]);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
console.log(
  `\nmedians of ${rounds} alternating rounds${scale !== 1 ? ` (BENCH_SCALE=${scale})` : ''}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; ${cpus().length} CPUs`,
);
console.log(tools.map((t) => `  ${t.name.padEnd(9)} ${t.label}`).join('\n'));
const cols = ['cold', 'CPU cold', 'warm', 'peak RSS cold', 'RSS warm', `RSS ${+(smallLayers[0] / MiB).toFixed(1)} MiB layers`];
console.log(`\n${''.padEnd(10)}${cols.map((c) => c.padStart(18)).join('')}`);
for (const t of tools) {
  const r = res[t.name];
  const cells = [
    f(med(t.name, 'cold')),
    f(med(t.name, 'cpu')),
    f(med(t.name, 'warm')),
    mb(med(t.name, 'rss')),
    mb(med(t.name, 'warmRss')),
    r.rssSmall.length ? mb(median(r.rssSmall)) : '',
  ];
  console.log(`${t.name.padEnd(10)}${cells.map((c) => c.padStart(18)).join('')}`);
}
console.log('');
for (const ours of ['gen-ci', 'gen-ci24']) {
  for (const other of ['crane', 'skopeo']) {
    console.log(
      `${`${ours}/${other}`.padEnd(16)} cold ${ratio(med(ours, 'cold'), med(other, 'cold')).padStart(6)}   warm ${ratio(med(ours, 'warm'), med(other, 'warm')).padStart(6)}`,
    );
  }
}
const coldTarget = med('gen-ci24', 'cold') <= 0.9 * med('crane', 'cold');
const warmTarget = med('gen-ci24', 'warm') <= 0.1;
console.log(`\ntargets (Node 24): cold <= 0.9x crane ${coldTarget ? 'met' : 'MISSED'}, warm <= 0.1 s ${warmTarget ? 'met' : 'MISSED'}`);
if (process.env.BENCH_JSON)
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rounds, scale, loadavg: loadavg(), tools: tools.map((t) => t.label), res }, null, 2));
rmSync(tmp, { recursive: true, force: true });
