// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not templates
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { actionlint } from '../support/actionlint.js';

/**
 * .github/workflows/ci.yml cannot run here (no GitHub runner): it is linted with actionlint 1.7
 * and its key facts are read back, and the two shell steps that judge the action's result are
 * run against stand-ins (a fake `docker`, hand-made outputs) to show they pass and fail as meant.
 */

const root = new URL('../..', import.meta.url).pathname;
const PATH = '.github/workflows/ci.yml';
const text = readFileSync(join(root, PATH), 'utf8');

type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  'runs-on': string;
  strategy?: { matrix: Record<string, unknown> };
  services?: Record<string, { image: string; ports?: string[] }>;
  env?: Record<string, string>;
  steps: Step[];
};
type Workflow = {
  on: Record<string, unknown>;
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': unknown };
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, Job>;
};

const wf = load(text) as Workflow;
const job = (name: string): Job => {
  const j = wf.jobs[name];
  if (!j) throw new Error(`${PATH} has no job ${name}`);
  return j;
};
const action = job('action');
const actionStep = (): Step => {
  const steps = action.steps.filter((s) => s.uses === './');
  expect(steps).toHaveLength(1);
  return steps[0] as Step;
};
const stepNamed = (re: RegExp): Step => {
  const s = action.steps.find((x) => x.name !== undefined && re.test(x.name));
  if (!s?.run) throw new Error(`${PATH}: no run step named ${re}`);
  return s;
};
const outputsStep = () => stepNamed(/outputs/i);
const runPlatformsStep = () => stepNamed(/run each platform/i);

const actionInputs = Object.keys((load(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

describe('.github/workflows/ci.yml', () => {
  it('passes actionlint 1.7 with no findings', async () => {
    expect(await actionlint(text, PATH)).toEqual([]);
  });

  it('a misspelled runner label is caught by actionlint', async () => {
    for (const bad of ['ubuntu-24.04-amr', 'ubuntu-24.4', 'ubuntu-2404-arm']) {
      const broken = text.replace('[ubuntu-24.04, ubuntu-24.04-arm]', `[ubuntu-24.04, ${bad}]`);
      expect(broken).not.toBe(text);
      const errors = await actionlint(broken, PATH);
      expect(errors.map((e) => e.kind)).toEqual(['runner-label']);
      expect(errors[0]?.message).toContain(`label "${bad}" is unknown`);
    }
  });

  it('runs on pushes to main, pull requests and by hand; read-only token; superseded PR runs are cancelled', () => {
    expect(wf.on).toEqual({ push: { branches: ['main'] }, pull_request: null, workflow_dispatch: null });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.concurrency.group).toContain('github.event.pull_request.number');
    expect(wf.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
    // run steps get bash -eo pipefail
    expect(wf.defaults?.run?.shell).toBe('bash');
  });

  it('third-party actions are pinned by major version; the action under test comes from the checkout', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses).toContain('actions/checkout@v4');
    expect(uses).toContain('actions/setup-node@v4');
    for (const u of uses) expect(u).toMatch(/^(\.\/|[\w-]+\/[\w-]+@v\d+)$/);
  });

  it('no ${{ }} expression is interpolated into a run script (outputs come in through env)', () => {
    for (const [name, j] of Object.entries(wf.jobs)) {
      for (const s of j.steps) if (s.run) expect(s.run, `${name}: ${s.name ?? s.run}`).not.toContain('${{');
    }
  });

  it('job test: node 20 on ubuntu-24.04, then typecheck, lint, dist and template checks, unit tests', () => {
    const t = job('test');
    expect(t['runs-on']).toBe('ubuntu-24.04');
    expect(t.steps.find((s) => s.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe(20);
    const runs = t.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs[0]).toMatch(/^npm ci\b/);
    const scripts = runs.slice(1).map((r) => r.match(/^npm run ([\w:]+)$/)?.[1]);
    expect(scripts).toEqual(['typecheck', 'lint', 'check:dist', 'check:templates', 'test:unit']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const s of scripts) expect(pkg.scripts, s).toHaveProperty(s as string);
  });

  it('job action: both runner labels, a registry:2 service on port 5000', () => {
    expect(action.strategy?.matrix).toEqual({ runner: ['ubuntu-24.04', 'ubuntu-24.04-arm'] });
    expect(action['runs-on']).toBe('${{ matrix.runner }}');
    expect(action.services?.['registry']).toEqual({ image: 'registry:2', ports: ['5000:5000'] });
    expect(action.env?.['IMAGE']).toBe('localhost:5000/gen-ci/hello:${{ github.sha }}-${{ matrix.runner }}');
  });

  it('uses: ./ with the default driver and the pinned helper images, pushing examples/hello to the service', () => {
    const s = actionStep();
    expect(s.id).toBeTruthy();
    const w = s.with ?? {};
    for (const key of Object.keys(w)) expect(actionInputs, `with.${key}`).toContain(key);
    // the default path: docker-container driver, qemu auto, the helper images pinned in action.yml
    for (const key of ['driver', 'builder', 'endpoint', 'qemu', 'qemu-image', 'buildkit-image', 'helper-registry']) expect(w).not.toHaveProperty(key);
    expect(w['driver-opts']).not.toMatch(/image=/);
    expect(w).toMatchObject({
      context: 'examples/hello',
      platforms: 'linux/amd64,linux/arm64',
      tags: '${{ env.IMAGE }}',
      push: true,
      'driver-opts': 'network=host',
      'insecure-registries': 'localhost:5000',
    });
    // the example's default base lives in the local rig's registry; the workflow must replace it
    const dockerfile = readFileSync(join(root, 'examples/hello/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ARG BASE_IMAGE=127\.0\.0\.1:5000\//m);
    expect(w['build-args']).toMatch(/^BASE_IMAGE=docker\.io\/library\/busybox:[\d.]+$/);
  });

  it('the checks read the outputs of that step, through env', () => {
    const id = actionStep().id as string;
    expect(outputsStep().env).toEqual({
      DIGEST: `\${{ steps.${id}.outputs.digest }}`,
      REF: `\${{ steps.${id}.outputs.image }}`,
      PLATFORMS: `\${{ steps.${id}.outputs.platforms }}`,
    });
    const steps = action.steps.map((s) => s.name ?? s.uses);
    expect(steps.indexOf(outputsStep().name)).toBeGreaterThan(steps.indexOf(actionStep().name));
    expect(steps.indexOf(runPlatformsStep().name)).toBeGreaterThan(steps.indexOf(outputsStep().name));
  });
});

describe('the check steps of ci.yml, run here against stand-ins (a fake docker and hand-made outputs: they prove each step passes and fails as meant, not what a real runner gives it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'genci-ci-workflow-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const IMAGE = 'localhost:5000/gen-ci/hello:0123abc-ubuntu-24.04';
  const digest = (c: string) => `sha256:${c.repeat(64)}`;

  /** A step's script as the runner runs it with `shell: bash`. */
  const sh = (script: string, env: Record<string, string>) => {
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env['PATH']}`, IMAGE, ...env },
    });
    return { code: r.status, out: r.stdout + r.stderr };
  };

  it('outputs: a digest, the image at it and both platforms pass; an empty digest or a missing platform fails', () => {
    const good = {
      DIGEST: digest('a'),
      REF: `localhost:5000/gen-ci/hello@${digest('a')}`,
      PLATFORMS: JSON.stringify({ 'linux/amd64': digest('b'), 'linux/arm64': digest('c') }),
    };
    const script = outputsStep().run as string;
    expect(sh(script, good)).toMatchObject({ code: 0 });
    expect(sh(script, { ...good, DIGEST: '' }).out).toMatch(/::error::the digest output is empty/);
    expect(sh(script, { ...good, REF: `localhost:5000/other@${digest('a')}` }).code).not.toBe(0);
    for (const PLATFORMS of [
      '{}',
      '',
      'null',
      '[1]',
      JSON.stringify({ 'linux/amd64': digest('b') }),
      JSON.stringify({ 'linux/amd64': digest('b'), 'linux/arm64': '' }),
    ]) {
      expect(sh(script, { ...good, PLATFORMS }).code, PLATFORMS).not.toBe(0);
    }
  });

  /** A `docker` that answers `run --rm --pull always --platform P IMAGE` as the example image would, on `machine(P)`. */
  const fakeDocker = (machines: Record<string, string>) => {
    const cases = Object.entries(machines)
      .map(([p, m]) => `  ${p}) echo "built for ${p} on x86_64"; echo "running on ${m}" ;;`)
      .join('\n');
    writeFileSync(
      join(dir, 'docker'),
      `#!/bin/bash
echo "docker $*" >> "${dir}/calls"
[ "$1 $2" = "run --rm" ] || exit 64
while [ $# -gt 1 ]; do [ "$1" = --platform ] && platform=$2; shift; done
[ "$1" = "$IMAGE" ] || exit 65
case "$platform" in
${cases}
  *) echo "exec format error" >&2; exit 1 ;;
esac
`,
    );
    chmodSync(join(dir, 'docker'), 0o755);
    rmSync(join(dir, 'calls'), { force: true });
  };

  it('run each platform: docker run --rm --platform P for amd64 and arm64, expecting x86_64 and aarch64', () => {
    const script = runPlatformsStep().run as string;
    fakeDocker({ 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' });
    expect(sh(script, {})).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n')).toEqual([
      `docker run --rm --pull always --platform linux/amd64 ${IMAGE}`,
      `docker run --rm --pull always --platform linux/arm64 ${IMAGE}`,
    ]);
    // an arm64 image that is really amd64 inside, or a platform that does not run, fails the step
    fakeDocker({ 'linux/amd64': 'x86_64', 'linux/arm64': 'x86_64' });
    expect(sh(script, {}).out).toMatch(/::error::linux\/arm64: not 'running on aarch64'/);
    fakeDocker({ 'linux/amd64': 'x86_64' });
    expect(sh(script, {}).code).not.toBe(0);
  });
});
