// `gen-ci build` end to end on the rig (issue #14, "Done when"): the bundled CLI as a child process
// builds 3 platforms from `FROM ${GENCI_BASE_IMAGE}` + `RUN uname -m > /arch`, pushes, verifies,
// and every pushed platform really runs and reports its architecture. Three backends:
//   * buildx with a docker-container builder of its own (the rig's BuildKit image via helper-registry),
//     removed at the end together with the run's temp dir; --dry-run creates nothing;
//   * --backend buildctl against the rig's buildkitd with no Docker CLI on PATH, and the auto choice
//     of buildctl when only BuildKit is there;
//   * the rootless daemonless path: buildctl-daemonless.sh as uid 1000 in the rig's rootless BuildKit
//     image (no Docker CLI in it), Node bind-mounted from the host.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, rigEnv, sh, uniqueName } from './runner.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/riscv64'];
const MACHINE: Record<string, string> = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64', 'linux/riscv64': 'riscv64' };
const CLI = join(ROOT, 'dist/cli/index.js');
/** one build under QEMU with a fresh builder takes seconds here; minutes is a hang */
const CHILD_TIMEOUT_MS = 420_000;
const TEST_TIMEOUT_MS = 600_000;

let rig: Record<string, string>;
const made: string[] = [];
const pulled: string[] = [];

beforeAll(() => {
  rig = rigEnv();
  for (const k of ['GENCI_REGISTRY', 'GENCI_BASE_IMAGE', 'GENCI_HELPER_REGISTRY', 'GENCI_BUILDKIT_ADDR', 'GENCI_ENGINES_BIN']) {
    if (!rig[k]) throw new Error(`the rig has no ${k}: run bash scripts/rig.sh up (npm test does)`);
  }
  // the base image must have every platform this suite builds (else the preflight fails first)
  const base = JSON.parse(sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${rig.GENCI_BASE_IMAGE}`]).stdout || '{}');
  const have = (base.manifests ?? []).map((m: { platform: { os: string; architecture: string } }) => `${m.platform.os}/${m.platform.architecture}`);
  for (const p of PLATFORMS) if (!have.includes(p)) throw new Error(`the rig's base image ${rig.GENCI_BASE_IMAGE} has no ${p} (it has ${have.join(', ')})`);
});

afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  if (pulled.length) sh('docker', ['image', 'rm', '--force', ...pulled]);
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `build-cli-${prefix}-`));
  made.push(d);
  return d;
}

/** A build context whose RUN no cache can answer (a token of this run), readable by any uid. */
function context(): string {
  const dir = tempDir('ctx');
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${rig.GENCI_BASE_IMAGE}\nRUN echo ${uniqueName('token')} > /token && uname -m > /arch\n`);
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'Dockerfile'), 0o644);
  return dir;
}

const repository = (what: string) => `${rig.GENCI_REGISTRY}/e2e/${uniqueName(`build-cli-${what}`)}`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli/index.js build ARGS…` as a child process with exactly ENV. */
function build(args: string[], env: Record<string, string>): Run {
  const r = spawnSync(process.execPath, [CLI, 'build', ...args], { env, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`gen-ci build did not finish: ${r.error.message}\n${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface BuildJson {
  ok: boolean;
  image: string;
  digest: string;
  tags: string[];
  platforms: Record<string, string>;
  builder: string;
  backend: string;
  warnings: string[];
}

function json(r: Run): BuildJson {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  const j = JSON.parse(r.stdout) as BuildJson;
  expect(j.ok).toBe(true);
  return j;
}

/** The pushed index as the registry has it: platform → manifest digest, and its own digest. */
function pushedIndex(ref: string): { digest: string; platforms: Record<string, string> } {
  const raw = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]);
  expect(raw.code, raw.stderr).toBe(0);
  const index = JSON.parse(raw.stdout) as { manifests: { digest: string; platform: { os: string; architecture: string } }[] };
  const digest = sh(join(rig.GENCI_ENGINES_BIN as string, 'crane'), ['digest', '--insecure', ref]);
  expect(digest.code, digest.stderr).toBe(0);
  return {
    digest: digest.stdout.trim(),
    platforms: Object.fromEntries(index.manifests.map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest])),
  };
}

/** What the build result says was pushed is what the registry has, and each platform runs as its architecture. */
function expectPushed(j: BuildJson, ref: string, repo: string): void {
  const index = pushedIndex(ref);
  expect(Object.keys(index.platforms)).toEqual(PLATFORMS);
  expect(j.digest).toBe(index.digest);
  expect(j.image).toBe(`${repo}@${index.digest}`);
  expect(j.tags).toEqual([ref]);
  expect(j.platforms).toEqual(index.platforms);
  for (const p of PLATFORMS) expect(j.platforms[p]).toMatch(/^sha256:[0-9a-f]{64}$/);
  pulled.push(ref);
  for (const p of PLATFORMS) {
    const run = sh('docker', ['run', '--rm', '--quiet', '--pull', 'always', '--platform', p, ref, 'cat', '/arch']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim(), `${ref} for ${p}`).toBe(MACHINE[p]);
  }
}

const buildxNames = () =>
  sh('docker', ['buildx', 'ls', '--format', '{{.Name}}'])
    .stdout.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A PATH with only these executables (symlinks): no docker on it. */
function onlyOnPath(tools: Record<string, string>): string {
  const bin = tempDir('bin');
  for (const [name, target] of Object.entries(tools)) symlinkSync(target, join(bin, name));
  return bin;
}

const which = (tool: string): string => {
  const r = sh('bash', ['-c', `command -v ${tool}`]);
  if (r.code !== 0) throw new Error(`${tool} is not on this machine's PATH`);
  return realpathSync(r.stdout.trim());
};

describe("gen-ci build with buildx: a docker-container builder of its own (the rig's BuildKit image)", () => {
  const buildxArgs = (ctx: string, ref: string) => [
    ctx,
    '-t',
    ref,
    '--platforms',
    PLATFORMS.join(','),
    '--push',
    '--helper-registry',
    rig.GENCI_HELPER_REGISTRY as string,
    '--driver-opt',
    'network=host',
    '--insecure-registry',
    rig.GENCI_REGISTRY as string,
  ];

  it(
    'builds 3 platforms, pushes and verifies; every platform runs as its architecture; its builder and temp dir are gone afterwards',
    () => {
      const repo = repository('buildx');
      const ref = `${repo}:t`;
      const tmp = tempDir('tmp');
      const before = buildxNames();
      const j = json(build([...buildxArgs(context(), ref), '--json'], { ...process.env, TMPDIR: tmp } as Record<string, string>));
      expect(j.backend).toBe('buildx');
      expect(j.builder).toMatch(/^gen-ci-/);
      expect(before).not.toContain(j.builder);
      expectPushed(j, ref, repo);
      expect(buildxNames()).not.toContain(j.builder);
      expect(sh('docker', ['ps', '-a', '--format', '{{.Names}}']).stdout).not.toContain(j.builder);
      expect(readdirSync(tmp)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    '--dry-run prints the buildx command lines and creates nothing',
    () => {
      const repo = repository('dry');
      const ref = `${repo}:t`;
      const ctx = context();
      const tmp = tempDir('tmp');
      const before = buildxNames();
      const r = build([...buildxArgs(ctx, ref), '--dry-run'], { ...process.env, TMPDIR: tmp } as Record<string, string>);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n').filter((l) => l.startsWith('docker '));
      expect(lines).toHaveLength(2);
      const [create, buildLine] = lines as [string, string];
      const name = create.match(/^docker buildx create --name (gen-ci-\S+) --driver docker-container /)?.[1];
      expect(name, create).toBeDefined();
      expect(create).toContain(`--driver-opt image=${rig.GENCI_HELPER_REGISTRY}/moby/buildkit:`);
      expect(create).toContain('--driver-opt network=host');
      expect(buildLine).toMatch(new RegExp(`^docker buildx build --builder ${name} `));
      expect(buildLine).toContain(`--platform ${PLATFORMS.join(',')}`);
      expect(buildLine).toContain(`--tag ${ref}`);
      expect(buildLine).toMatch(new RegExp(`--push ${ctx}$`));
      // nothing was created: no builder, no container, no temp file, nothing pushed
      expect(buildxNames()).toEqual(before);
      expect(buildxNames()).not.toContain(name);
      expect(sh('docker', ['ps', '-a', '--format', '{{.Names}}']).stdout).not.toContain(name);
      expect(readdirSync(tmp)).toEqual([]);
      expect(sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]).code).not.toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

describe("gen-ci build with buildctl against the rig's buildkitd, no Docker CLI on PATH", () => {
  const noDocker = () => {
    const path = onlyOnPath({ node: process.execPath, git: which('git'), buildctl: join(rig.GENCI_ENGINES_BIN as string, 'buildctl') });
    expect(sh('bash', ['-c', 'command -v docker'], { PATH: path }).code, 'docker must not be on the test PATH').not.toBe(0);
    return path;
  };

  it(
    '--backend buildctl --addr: 3 platforms, pushed, verified, each runs as its architecture',
    () => {
      const repo = repository('buildctl');
      const ref = `${repo}:t`;
      const tmp = tempDir('tmp');
      const env = { PATH: noDocker(), HOME: process.env.HOME ?? '/root', TMPDIR: tmp };
      const args = [context(), '-t', ref, '--platforms', PLATFORMS.join(','), '--push', '--backend', 'buildctl', '--addr', rig.GENCI_BUILDKIT_ADDR as string];
      const j = json(build([...args, '--insecure-registry', rig.GENCI_REGISTRY as string, '--json'], env));
      expect(j.backend).toBe('buildctl');
      expect(j.builder).toBe(rig.GENCI_BUILDKIT_ADDR);
      expectPushed(j, ref, repo);
      expect(readdirSync(tmp)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'without --backend, BUILDKIT_HOST set and no docker on PATH: it picks buildctl',
    () => {
      const repo = repository('auto');
      const ref = `${repo}:t`;
      const env = { PATH: noDocker(), HOME: process.env.HOME ?? '/root', TMPDIR: tempDir('tmp'), BUILDKIT_HOST: rig.GENCI_BUILDKIT_ADDR as string };
      const j = json(
        build([context(), '-t', ref, '--platforms', PLATFORMS.join(','), '--push', '--insecure-registry', rig.GENCI_REGISTRY as string, '--json'], env),
      );
      expect(j.backend).toBe('buildctl');
      expect(j.builder).toBe(rig.GENCI_BUILDKIT_ADDR);
      expectPushed(j, ref, repo);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('gen-ci build through the rootless daemonless path (buildctl-daemonless.sh as uid 1000 in the rootless BuildKit image)', () => {
  /** -v mounts that give the image the host's node and the shared libraries it links (ldd). */
  function nodeMounts(): string[] {
    const node = realpathSync(process.execPath);
    const ldd = sh('ldd', [node]);
    if (ldd.code !== 0) throw new Error(`ldd ${node} failed, cannot give the rootless image a Node: ${ldd.stderr}`);
    const libs = [...ldd.stdout.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)].map((m) => m[1] as string);
    expect(libs.some((l) => l.includes('libc.so'))).toBe(true);
    return [`${node}:/usr/bin/node:ro`, ...libs.map((l) => `${realpathSync(l)}:${l}:ro`)].flatMap((m) => ['-v', m]);
  }

  it(
    'node /src/dist/cli/index.js build --backend buildctl (no --addr, no BUILDKIT_HOST) pushes 3 platforms; each runs as its architecture',
    () => {
      const image = `${rig.GENCI_HELPER_REGISTRY}/moby/buildkit:v0.27.0-rootless`;
      const present = sh('docker', ['image', 'inspect', image]);
      if (present.code !== 0) {
        const pull = sh('docker', ['pull', '--quiet', image]);
        expect(pull.code, `the rig's rootless BuildKit image ${image} (scripts/engines.sh ROOTLESS_IMAGE) is neither local nor pullable: ${pull.stderr}`).toBe(
          0,
        );
      }
      const ctx = context();
      const repo = repository('rootless');
      const ref = `${repo}:t`;
      const name = uniqueName('gen-ci-build-cli-rootless');
      // the guard runs inside the container: uid 1000, no docker on PATH, BUILDKIT_HOST (the image sets it) removed
      const guard = [
        'test "$(id -u)" = 1000 || { echo "not uid 1000 but $(id -u)" >&2; exit 97; }',
        '! command -v docker >/dev/null 2>&1 || { echo "docker is on PATH in the container" >&2; exit 98; }',
        'command -v buildctl-daemonless.sh >/dev/null || { echo "no buildctl-daemonless.sh in the image" >&2; exit 96; }',
        'exec env -u BUILDKIT_HOST node /src/dist/cli/index.js build "$@"',
      ].join('\n');
      try {
        const r = spawnSync(
          'docker',
          [
            'run',
            '--rm',
            '--name',
            name,
            '--network',
            'host',
            '--security-opt',
            'seccomp=unconfined',
            '--security-opt',
            'apparmor=unconfined',
            ...nodeMounts(),
            '-v',
            `${ROOT}:/src:ro`,
            '-v',
            `${ctx}:/ctx:ro`,
            '--entrypoint',
            'sh',
            image,
            '-c',
            guard,
            'sh',
            '/ctx',
            '-t',
            ref,
            '--platforms',
            PLATFORMS.join(','),
            '--push',
            '--backend',
            'buildctl',
            '--insecure-registry',
            rig.GENCI_REGISTRY as string,
            '--json',
          ],
          { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
        );
        if (r.error) throw new Error(`the rootless container did not finish: ${r.error.message}\n${r.stderr}`);
        const j = json({ code: r.status, stdout: r.stdout, stderr: r.stderr });
        expect(j.backend).toBe('buildctl');
        // binfmt_misc is not mounted in the container: no false "no emulator" warning (the host's kernel has them)
        expect(j.warnings).toEqual([]);
        expect(j.builder).toBe('buildctl-daemonless');
        expect(r.stderr).toContain('registry has linux/amd64, linux/arm64, linux/riscv64');
        expectPushed(j, ref, repo);
      } finally {
        sh('docker', ['rm', '--force', name]);
      }
    },
    TEST_TIMEOUT_MS,
  );
});
