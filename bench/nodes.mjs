// Native nodes vs one node with QEMU, for a 2-platform compile (issue #14's bench).
// Builds examples/compile (C, generated translation units, -O2) for linux/amd64 + linux/arm64 with
// the compile stage on the target platform (Dockerfile.emulated, its build stage opened by a step on
// an `ARG BUST` that changes every build, so no step of it is ever cached), through
// `gen-ci build --node …` (dist/cli/index.js), two ways, alternating, one build of each per round:
//   nodes  two buildkitd daemons on loopback, one per platform (--node linux/amd64=A --node linux/arm64=B):
//          each platform on its own node, both at once
//   qemu   one buildkitd (--node linux/amd64,linux/arm64=C): both platforms on one node, arm64 under QEMU
// The daemons are the rig's BuildKit (/var/lib/gen-ci-engines/bin), started here the way
// test/support/buildkit-nodes.ts starts them (that module is TypeScript; this file runs on plain node).
// Each daemon's own build records (history API) are read back to show which platforms it built,
// and the pushed images of the last round are run (arm64 under QEMU) and must print one checksum.
// Prints the medians and the ratio qemu / nodes.
//   node bench/nodes.mjs [rounds=3] [--json]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 3);
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const bin = process.env.GENCI_ENGINES_BIN ?? '/var/lib/gen-ci-engines/bin';
const BUILDKITD = join(bin, 'buildkitd');
const BUILDCTL = join(bin, 'buildctl');
for (const b of [BUILDKITD, BUILDCTL]) if (!existsSync(b)) throw new Error(`${b} is missing: run bash scripts/rig.sh up`);

for (const script of ['rig.sh', 'compile-base.sh']) {
  const r = sh('bash', [join(root, 'scripts', script), ...(script === 'rig.sh' ? ['up'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/${script} failed`);
}
const rig = Object.fromEntries(
  sh('bash', [join(root, 'scripts/rig.sh'), 'env'])
    .stdout.split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const registry = rig.GENCI_REGISTRY ?? '127.0.0.1:5000';
const helperRegistry = rig.GENCI_HELPER_REGISTRY ?? `${registry}/helpers`;
const base = `${registry}/base/gcc:bookworm`;
const runtime = `${registry}/base/busybox:latest`;
const repo = `${registry}/bench/nodes-${randomBytes(4).toString('hex')}`;

// ---- BuildKit daemons (the small part of test/support/buildkit-nodes.ts this bench needs) ----

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function nodeConfig(state, port, platform) {
  const registries = [5000, 5001, 5002, 5003].map((p) => `[registry."127.0.0.1:${p}"]\n  http = true\n  insecure = true\n`);
  return [
    `root = ${JSON.stringify(state)}`,
    '[grpc]',
    `  address = ["tcp://127.0.0.1:${port}"]`,
    '[worker.oci]',
    '  enabled = true',
    '  gc = false',
    '  networkMode = "host"',
    `  platforms = [${JSON.stringify(platform)}]`,
    '[worker.containerd]',
    '  enabled = false',
    ...registries,
  ].join('\n');
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const daemons = [];

async function startNode(platform, label) {
  const dir = mkdtempSync(`/tmp/genci-bench-bk-${label}-`);
  const port = await freePort();
  const addr = `tcp://127.0.0.1:${port}`;
  const logFile = join(dir, 'buildkitd.log');
  writeFileSync(join(dir, 'buildkitd.toml'), nodeConfig(join(dir, 'state'), port, platform));
  const fd = openSync(logFile, 'a');
  const child = spawn(BUILDKITD, ['--config', join(dir, 'buildkitd.toml'), '--oci-worker-platform', platform], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const node = { platform, label, addr, dir, pid: child.pid };
  daemons.push(node);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (!alive(node.pid) || child.exitCode !== null) throw new Error(`buildkitd ${label} exited; its log:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (sh(BUILDCTL, ['--addr', addr, 'debug', 'workers']).status === 0) return node;
    if (Date.now() > deadline) throw new Error(`buildkitd ${label} did not answer on ${addr} within 20 s`);
    await sleep(250);
  }
}

async function stopNode(node) {
  if (alive(node.pid)) {
    process.kill(node.pid, 'SIGTERM');
    for (let i = 0; i < 40 && alive(node.pid); i++) await sleep(250);
    if (alive(node.pid)) process.kill(node.pid, 'SIGKILL');
  }
  for (let i = 0; i < 20 && alive(node.pid); i++) await sleep(250);
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1])
    .filter((m) => m?.startsWith(`${node.dir}/`))
    .reverse();
  for (const m of mounts) sh('umount', ['-l', m]);
  rmSync(node.dir, { recursive: true, force: true });
}

/** Platforms of the daemon's build records created at or after sinceMs (its history API). */
function platformsBuiltOn(node, sinceMs) {
  const out = execFileSync(BUILDCTL, ['--addr', node.addr, 'debug', 'histories', '--format', '{{json .}}'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const set = new Set();
  for (const line of out.split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line).record;
    if (!r || Date.parse(r.CreatedAt ?? '') < sinceMs) continue;
    const results = Object.keys(r.Results ?? {});
    for (const p of results.length ? results : (r.FrontendAttrs?.platform ?? '').split(',').filter(Boolean)) set.add(p);
  }
  return [...set].sort();
}

// ---- the builds ----

const context = join(root, 'examples/compile');
const work = mkdtempSync('/tmp/genci-bench-nodes-');
const emulated = readFileSync(join(context, 'Dockerfile.emulated'), 'utf8');
// biome-ignore lint/suspicious/noTemplateCurlyInString: a line of the Dockerfile, not a template
const stage = 'FROM ${BASE} AS build\n';
if (!emulated.includes(stage)) throw new Error(`examples/compile/Dockerfile.emulated has no line "${stage.trim()}": update bench/nodes.mjs`);
// the compile stage of the example, opened by a step that depends on a build argument: every later
// step of the stage (WORKDIR, COPY, the compile) then misses the cache too
const dockerfile = join(work, 'Dockerfile');
writeFileSync(dockerfile, emulated.replace(stage, `${stage}ARG BUST\nRUN echo "$BUST" > /.bust\n`));
// pulls the base images into a daemon's store (no compile), so that no measured round pays for a pull
const warmContext = join(work, 'warm');
sh('mkdir', ['-p', warmContext]);
writeFileSync(join(warmContext, 'Dockerfile'), `FROM ${base} AS g\nARG BUST\nRUN echo "$BUST" > /w\nFROM ${runtime}\nCOPY --from=g /w /w\n`);

function genci(ctx, file, tag, nodeFlags, bust) {
  const args = [
    join(root, 'dist/cli/index.js'),
    'build',
    ctx,
    '--file',
    file,
    '-t',
    `${repo}:${tag}`,
    '--push',
    '--platforms',
    'linux/amd64,linux/arm64',
    ...nodeFlags.flatMap((n) => ['--node', n]),
    '--cache',
    'none',
    '--driver-opt',
    'network=host',
    '--insecure-registry',
    registry,
    '--helper-registry',
    helperRegistry,
    '--no-check',
    '--build-arg',
    `BUST=${bust}`,
    '--json',
  ];
  const t0 = process.hrtime.bigint();
  const r = sh(process.execPath, args, { cwd: root });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`gen-ci build ${tag} failed (${r.status}):\n${r.stderr.slice(-4000)}\n${r.stdout}`);
  const out = JSON.parse(r.stdout);
  if (out.warnings.length) throw new Error(`gen-ci build ${tag} warned: ${out.warnings.join('; ')}`);
  // the only steps that may report CACHED are the FROM lines (base images already in the daemon's
  // store, as the warm-up intends): 2 stages x 2 platforms; every other step follows the BUST step
  const froms = (readFileSync(file, 'utf8').match(/^FROM /gm) ?? []).length * 2;
  if ((out.cache?.cached ?? 0) > froms) throw new Error(`gen-ci build ${tag}: ${out.cache.cached} steps came from the cache (at most ${froms} FROM lines may)`);
  return { s, out };
}

const cleanup = async () => {
  for (const d of daemons) await stopNode(d);
  rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().finally(() => process.exit(130)));

let result;
try {
  const a = await startNode('linux/amd64', 'amd64');
  const b = await startNode('linux/arm64', 'arm64');
  const c = await startNode('linux/amd64', 'single');
  const variants = {
    nodes: {
      label: 'two nodes (amd64 node + arm64 node, in parallel)',
      flags: [`linux/amd64=${a.addr}`, `linux/arm64=${b.addr}`],
      daemons: [a, b],
    },
    qemu: { label: 'one node, arm64 under QEMU beside amd64', flags: [`linux/amd64,linux/arm64=${c.addr}`], daemons: [c] },
  };
  const since = Date.now();
  for (const [name, v] of Object.entries(variants)) {
    genci(warmContext, join(warmContext, 'Dockerfile'), `warm-${name}`, v.flags, `warm-${randomBytes(4).toString('hex')}`);
    log(`warmed ${name}: base images pulled into ${v.daemons.map((d) => d.label).join(', ')}`);
  }
  const times = { nodes: [], qemu: [] };
  const nodeRows = {};
  for (let i = 0; i < rounds; i++) {
    // alternate which variant goes first, so neither always runs on a warmer machine
    const order = i % 2 ? ['qemu', 'nodes'] : ['nodes', 'qemu'];
    for (const name of order) {
      const { s, out } = genci(context, dockerfile, name, variants[name].flags, `${name}-${i}-${randomBytes(4).toString('hex')}`);
      times[name].push(s);
      nodeRows[name] = out.nodes;
      log(`round ${i + 1}/${rounds} ${name}: ${s.toFixed(1)} s`);
    }
  }
  const built = Object.fromEntries([a, b, c].map((d) => [d.label, platformsBuiltOn(d, since)]));
  if (built.amd64.join() !== 'linux/amd64' || built.arm64.join() !== 'linux/arm64' || built.single.join() !== 'linux/amd64,linux/arm64') {
    throw new Error(`the daemons' records do not match the routing: ${JSON.stringify(built)}`);
  }
  const checks = {};
  for (const name of Object.keys(variants)) {
    for (const p of ['linux/amd64', 'linux/arm64']) {
      const r = sh('docker', ['run', '--rm', '--quiet', '--pull', 'always', '--platform', p, `${repo}:${name}`]);
      if (r.status !== 0) throw new Error(`running ${repo}:${name} (${p}) failed: ${r.stderr.trim()}`);
      checks[`${name} ${p}`] = r.stdout.trim();
    }
    sh('docker', ['image', 'rm', '--force', `${repo}:${name}`]);
  }
  const sums = new Set(Object.values(checks).map((l) => l.replace(/^\S+ /, '')));
  if (sums.size !== 1) throw new Error(`the images disagree: ${JSON.stringify(checks)}`);

  const median = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const m = { nodes: median(times.nodes), qemu: median(times.qemu) };
  result = { rounds, cpus: cpus().length, seconds: m, all: times, ratio: m.qemu / m.nodes, builtOn: built, nodes: nodeRows, output: checks, checksum: [...sums][0], variants };
} finally {
  await cleanup();
}

if (json) console.log(JSON.stringify({ ...result, variants: undefined }, null, 2));
else {
  const f = (x) => `${x.toFixed(1).padStart(6)} s`;
  const { seconds: m, variants: v, builtOn: built } = result;
  console.log(
    `nodes benchmark: examples/compile (C, 12 units x 40 functions, -O2) for linux/amd64 + linux/arm64, no cache, gen-ci build --node, median of ${rounds}, ${result.cpus} CPUs`,
  );
  console.log(`  ${v.nodes.label.padEnd(48)} ${f(m.nodes)}   (${result.all.nodes.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`  ${v.qemu.label.padEnd(48)} ${f(m.qemu)}   (${result.all.qemu.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`  ratio qemu / nodes: ${result.ratio.toFixed(2)}x`);
  console.log(`  built on (each daemon's own records): amd64 node ${built.amd64.join(', ')}; arm64 node ${built.arm64.join(', ')}; single node ${built.single.join(', ')}`);
  console.log(`  every image prints: ${result.checksum}`);
  console.log('  What "native" means here: this machine is amd64, and both daemons run on it. The arm64 node runs');
  console.log("  arm64 code through the kernel's QEMU binfmt handler exactly as the single node does, so its compile");
  console.log('  is emulated in both variants. What the nodes variant can gain here is parallelism only, and little');
  console.log(`  of it: the two daemons share this machine's ${result.cpus} CPUs, and one BuildKit already builds the two`);
  console.log('  platforms of one build side by side.');
  console.log('  On a real arm64 machine the arm64 compile would run at native speed (compare bench/compile.mjs:');
  console.log('  native vs QEMU), which this bench cannot show on one amd64 host.');
}
