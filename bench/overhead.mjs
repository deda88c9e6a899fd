// Overhead of the gen-ci action over raw `docker buildx build`, measured side by side on the
// same fully cached 2-platform build (push to the rig's registry), alternating rounds, for two
// drivers in the same run:
//   docker            the action with driver: docker vs `docker buildx build --builder default`.
//   docker-container  the default driver: the action (fresh builder from the rig's BuildKit
//                     image, network=host, registry cache, main + post, post removes the builder)
//                     vs what a user does by hand: `buildx create --bootstrap`, `buildx build`
//                     with the same registry cache, `buildx rm`, timed as a whole. Both sides
//                     must be served from their registry cache: the bench fails if either one
//                     runs the example's RUN (it prints "built for ...") after the warm-up.
// The action runs as a runner runs it: Node 24, INPUT_* env, main then post step.
// Prints median wall times, the ratio and the overhead per driver. Target: overhead <= 0.3 s.
//   node bench/overhead.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rounds = Number(process.argv[2] ?? 9);
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });

if (sh('bash', [join(root, 'scripts/rig.sh'), 'up']).status !== 0) throw new Error('rig did not come up');
const node24 = join(sh('bash', [join(root, 'scripts/node24.sh')]).stdout.trim(), 'node');
const registry = '127.0.0.1:5000';
const context = join(root, 'examples/hello');
const platforms = 'linux/amd64,linux/arm64';
const tmp = mkdtempSync(join(tmpdir(), 'gen-ci-bench-'));
const helperRegistry = `${registry}/helpers`;
const buildkitImage = `${helperRegistry}/moby/buildkit:v0.27.0`;
// the output line of the example's RUN (`#12 0.342 built for linux/arm64 on aarch64`), not its title
const ranRun = /^#\d+ \d+\.\d+ built for /m;
const builders = () => sh('docker', ['buildx', 'ls', '--format', '{{.Name}}']).stdout.split('\n').filter(Boolean);

function ours() {
  const files = { GITHUB_OUTPUT: join(tmp, 'out'), GITHUB_STATE: join(tmp, 'state'), GITHUB_STEP_SUMMARY: join(tmp, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    ...process.env,
    ...files,
    RUNNER_TEMP: join(tmp, 'runner'),
    INPUT_PLATFORMS: platforms,
    INPUT_CONTEXT: context,
    INPUT_TAGS: `${registry}/bench/ours:latest`,
    INPUT_PUSH: 'true',
    INPUT_DRIVER: 'docker',
    INPUT_CACHE: 'none',
    INPUT_SUMMARY: 'true',
    INPUT_VERIFY: 'true',
  };
  const t0 = process.hrtime.bigint();
  const main = sh(node24, [join(root, 'dist/main/index.js')], { env });
  const state = Object.fromEntries(
    [...sh('cat', [files.GITHUB_STATE]).stdout.matchAll(/^([^<\n]+)<<(\S+)\n(.*)\n\2$/gm)].map((m) => [`STATE_${m[1]}`, m[3]]),
  );
  const post = sh(node24, [join(root, 'dist/post/index.js')], { env: { ...env, ...state } });
  const t1 = process.hrtime.bigint();
  if (main.status !== 0 || post.status !== 0) throw new Error(`action failed:\n${main.stdout}\n${main.stderr}`);
  if (!/CACHED/.test(main.stdout)) throw new Error('the build was not cached');
  return Number(t1 - t0) / 1e6;
}

function raw() {
  const args = ['buildx', 'build', '--builder', 'default', '--progress', 'plain', '--platform', platforms, '--tag', `${registry}/bench/raw:latest`,
    '--provenance=false', '--sbom=false', '--metadata-file', join(tmp, 'raw-metadata.json'), '--push', context];
  const t0 = process.hrtime.bigint();
  const r = sh('docker', args, { env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`buildx failed: ${r.stderr}`);
  return Number(t1 - t0) / 1e6;
}

const made = new Set(); // builders the action's main steps made here
// The action with the default driver. Returns the wall time and the builder its main step made
// (from the saved `resources` state), so the caller can check that the post step removed it.
function oursContainer() {
  const files = { GITHUB_OUTPUT: join(tmp, 'dc-out'), GITHUB_STATE: join(tmp, 'dc-state'), GITHUB_STEP_SUMMARY: join(tmp, 'dc-summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    ...process.env,
    ...files,
    RUNNER_TEMP: join(tmp, 'dc-runner'),
    INPUT_PLATFORMS: platforms,
    INPUT_CONTEXT: context,
    INPUT_TAGS: `${registry}/bench/ours-dc:latest`,
    INPUT_PUSH: 'true',
    INPUT_DRIVER: 'docker-container',
    'INPUT_DRIVER-OPTS': 'network=host',
    'INPUT_HELPER-REGISTRY': helperRegistry,
    'INPUT_HELPER-CACHE': 'false',
    INPUT_CACHE: 'registry',
    INPUT_SUMMARY: 'true',
    INPUT_VERIFY: 'true',
  };
  const t0 = process.hrtime.bigint();
  const main = sh(node24, [join(root, 'dist/main/index.js')], { env });
  const state = Object.fromEntries(
    [...readFileSync(files.GITHUB_STATE, 'utf8').matchAll(/^([^<\n]+)<<(\S+)\n(.*)\n\2$/gm)].map((m) => [`STATE_${m[1]}`, m[3]]),
  );
  const post = sh(node24, [join(root, 'dist/post/index.js')], { env: { ...env, ...state } });
  const t1 = process.hrtime.bigint();
  if (main.status !== 0 || post.status !== 0) throw new Error(`action (docker-container) failed:\n${main.stdout}\n${main.stderr}\n${post.stdout}\n${post.stderr}`);
  const builder = JSON.parse(state.STATE_resources ?? '[]').find((r) => r.kind === 'builder')?.name;
  if (!builder) throw new Error(`no builder in the saved state: ${JSON.stringify(state)}`);
  made.add(builder);
  if (!/removed builder/.test(post.stdout)) throw new Error(`post did not remove builder ${builder}:\n${post.stdout}\n${post.stderr}`);
  return { ms: Number(t1 - t0) / 1e6, builder, log: main.stdout };
}

// By hand: a fresh builder from the same BuildKit image, the same build with the same kind of
// registry cache (another repository), then remove the builder; timed as a whole.
let rawBuilders = 0;
function rawContainer() {
  const name = `bench-raw-${process.pid}-${rawBuilders++}`;
  const env = { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' };
  const repo = `${registry}/bench/raw-dc`;
  const args = ['buildx', 'build', '--builder', name, '--progress', 'plain', '--platform', platforms, '--tag', `${repo}:latest`,
    '--cache-from', `type=registry,ref=${repo}:buildcache`, '--cache-to', `type=registry,ref=${repo}:buildcache,mode=max`,
    '--provenance=false', '--sbom=false', '--metadata-file', join(tmp, 'raw-dc-metadata.json'), '--push', context];
  const t0 = process.hrtime.bigint();
  const create = sh('docker', ['buildx', 'create', '--name', name, '--driver', 'docker-container', '--driver-opt', `image=${buildkitImage}`,
    '--driver-opt', 'network=host', '--bootstrap'], { env });
  const r = create.status === 0 ? sh('docker', args, { env }) : create;
  const rm = sh('docker', ['buildx', 'rm', '--force', name], { env });
  const t1 = process.hrtime.bigint();
  if (create.status !== 0) throw new Error(`buildx create failed: ${create.stderr}`);
  if (r.status !== 0) throw new Error(`buildx build (docker-container) failed: ${r.stderr}`);
  if (rm.status !== 0) throw new Error(`buildx rm failed: ${rm.stderr}`);
  return { ms: Number(t1 - t0) / 1e6, log: r.stderr };
}

// Served from the registry cache: the RUN step did not execute (and the log is a build log).
function cached(side, run) {
  if (!/^#\d+ CACHED$/m.test(run.log)) throw new Error(`${side} (docker-container): no CACHED step in the build log:\n${run.log}`);
  if (ranRun.test(run.log)) throw new Error(`${side} (docker-container) executed the RUN step, not served from its registry cache:\n${run.log}`);
  return run.ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// warm both drivers (fills the build cache, the registry and the registry caches)
ours();
raw();
const first = oursContainer();
rawContainer();
// the post step really removed the builder the main step made (checked once)
if (builders().includes(first.builder)) {
  sh('docker', ['buildx', 'rm', '--force', first.builder]);
  throw new Error(`post step left builder ${first.builder} behind (docker buildx ls)`);
}
const a = [];
const b = [];
const c = [];
const d = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2) {
    b.push(raw());
    a.push(ours());
    d.push(cached('raw', rawContainer()));
    c.push(cached('gen-ci action', oursContainer()));
  } else {
    a.push(ours());
    b.push(raw());
    c.push(cached('gen-ci action', oursContainer()));
    d.push(cached('raw', rawContainer()));
  }
}
const left = builders().filter((n) => made.has(n) || n.startsWith(`bench-raw-${process.pid}-`));
if (left.length) throw new Error(`builders left behind: ${left.join(' ')}`);

const secs = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(' ');
function report(title, oursLabel, rawLabel, xs, ys) {
  const mo = median(xs);
  const mr = median(ys);
  console.log(title);
  console.log(`  ${oursLabel.padEnd(34)}median ${(mo / 1000).toFixed(3)} s   [${secs(xs)}]`);
  console.log(`  ${rawLabel.padEnd(34)}median ${(mr / 1000).toFixed(3)} s   [${secs(ys)}]`);
  console.log(`  ratio ours/raw: ${(mo / mr).toFixed(2)}x   overhead: ${((mo - mr) / 1000).toFixed(3)} s (target <= 0.300 s: ${mo - mr <= 300 ? 'met' : 'NOT met'})`);
}
report(`driver docker: fully cached ${platforms} build + push, ${rounds} alternating rounds`,
  'gen-ci action (node24 main+post):', 'raw docker buildx build:', a, b);
report(`driver docker-container: fresh builder, ${platforms} build served from the registry cache + push, ${rounds} alternating rounds`,
  'gen-ci action (node24 main+post):', 'raw buildx create+build+rm:', c, d);
