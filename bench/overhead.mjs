// Overhead of the gen-ci action over raw `docker buildx build`, measured side by side on the
// same fully cached 2-platform build (docker driver, push to the rig's registry), alternating
// rounds. The action runs as a runner runs it: Node 24, INPUT_* env, main then post step.
// Prints median wall times, the ratio and the overhead. Target: overhead <= 0.3 s.
//   node bench/overhead.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// warm both (fills the build cache and the registry)
ours();
raw();
const a = [];
const b = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2) {
    b.push(raw());
    a.push(ours());
  } else {
    a.push(ours());
    b.push(raw());
  }
}
const mo = median(a);
const mr = median(b);
console.log(`fully cached ${platforms} build + push, ${rounds} alternating rounds`);
console.log(`  gen-ci action (node24 main+post): median ${(mo / 1000).toFixed(3)} s   [${a.map((x) => (x / 1000).toFixed(2)).join(' ')}]`);
console.log(`  raw docker buildx build:          median ${(mr / 1000).toFixed(3)} s   [${b.map((x) => (x / 1000).toFixed(2)).join(' ')}]`);
console.log(`  ratio ours/raw: ${(mo / mr).toFixed(2)}x   overhead: ${((mo - mr) / 1000).toFixed(3)} s (target <= 0.300 s: ${mo - mr <= 300 ? 'met' : 'NOT met'})`);
