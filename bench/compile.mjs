// What emulation costs a compile-heavy build, and what cross-compiling or a native runner saves.
// Builds examples/compile (a C program with generated translation units, compiled with -O2) three
// ways on the rig, with --no-cache, alternating rounds:
//   qemu    linux/arm64 from Dockerfile.emulated: gcc itself runs under QEMU user emulation
//   cross   linux/arm64 from Dockerfile: FROM --platform=$BUILDPLATFORM, aarch64-linux-gnu-gcc on amd64
//   native  linux/amd64 from Dockerfile.emulated: the same compile on a CPU that runs it natively,
//           the stand-in for an arm64 build on a native arm64 runner (ubuntu-24.04-arm)
// Then runs each image (the arm64 ones under QEMU) and checks they print the same checksum.
// Prints median wall times and the ratios.
//   node bench/compile.mjs [rounds] [--json]
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1);
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
const log = (s) => process.stderr.write(`[bench] ${s}\n`);

for (const script of ['rig.sh', 'compile-base.sh']) {
  const r = sh('bash', [join(root, 'scripts', script), ...(script === 'rig.sh' ? ['up'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/${script} failed`);
}
const context = join(root, 'examples/compile');
const base = '127.0.0.1:5000/base/gcc:bookworm';
const runtime = '127.0.0.1:5000/base/busybox:latest';
// warm the local content store so that no variant pays for a pull
for (const [image, platform] of [
  [base, 'linux/amd64'],
  [base, 'linux/arm64'],
  [runtime, 'linux/amd64'],
  [runtime, 'linux/arm64'],
]) {
  const r = sh('docker', ['pull', '-q', '--platform', platform, image]);
  if (r.status !== 0) throw new Error(`docker pull ${image} (${platform}): ${r.stderr.trim()}`);
}

const variants = {
  native: { platform: 'linux/amd64', file: 'Dockerfile.emulated', label: 'native amd64 (stand-in for a native arm64 runner)' },
  cross: { platform: 'linux/arm64', file: 'Dockerfile', label: 'arm64 cross-compiled on $BUILDPLATFORM' },
  qemu: { platform: 'linux/arm64', file: 'Dockerfile.emulated', label: 'arm64 compiled under QEMU' },
};

function build(name) {
  const v = variants[name];
  const args = [
    'buildx',
    'build',
    '--builder',
    'default',
    '--progress',
    'plain',
    '--no-cache',
    '--platform',
    v.platform,
    '--file',
    join(context, v.file),
    '--provenance=false',
    '--sbom=false',
    '--tag',
    `gen-ci-bench/compile:${name}`,
    context,
  ];
  const t0 = process.hrtime.bigint();
  const r = sh('docker', args, { env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${name} build failed:\n${r.stderr.slice(-4000)}`);
  return Number(t1 - t0) / 1e9;
}

const times = { native: [], cross: [], qemu: [] };
for (let i = 0; i < rounds; i++) {
  for (const name of Object.keys(variants)) {
    const s = build(name);
    times[name].push(s);
    log(`round ${i + 1}/${rounds} ${name}: ${s.toFixed(1)} s`);
  }
}

const checks = {};
for (const [name, v] of Object.entries(variants)) {
  const r = sh('docker', ['run', '--rm', '--platform', v.platform, `gen-ci-bench/compile:${name}`]);
  if (r.status !== 0) throw new Error(`running the ${name} image failed: ${r.stderr.trim()}`);
  checks[name] = r.stdout.trim();
}
const sums = new Set(Object.values(checks).map((l) => l.replace(/^\S+ /, '')));
if (sums.size !== 1) throw new Error(`the images disagree: ${JSON.stringify(checks)}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
const result = {
  rounds,
  cpus: cpus().length,
  seconds: m,
  ratios: { qemuOverNative: m.qemu / m.native, qemuOverCross: m.qemu / m.cross, crossOverNative: m.cross / m.native },
  output: checks,
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  const f = (x) => `${x.toFixed(1).padStart(6)} s`;
  console.log(`compile benchmark: examples/compile (C, 12 units x 40 functions, -O2), --no-cache, median of ${rounds}, ${cpus().length} CPUs`);
  console.log(`  ${variants.native.label.padEnd(52)} ${f(m.native)}`);
  console.log(`  ${variants.cross.label.padEnd(52)} ${f(m.cross)}   ${result.ratios.crossOverNative.toFixed(2)}x native`);
  console.log(
    `  ${variants.qemu.label.padEnd(52)} ${f(m.qemu)}   ${result.ratios.qemuOverNative.toFixed(1)}x native, ${result.ratios.qemuOverCross.toFixed(1)}x cross`,
  );
  console.log(`  every image prints: ${[...sums][0]}`);
}
