import { registryOf } from '../registry/reference.js';
import { dump } from 'js-yaml';
import { UsageError } from '../core/errors.js';
import { formatPlatform, type Platform, platformSlug } from '../core/platform.js';

/** A GitHub Actions expression, `${{ … }}`. */
export const ex = (expression: string): string => `\${{ ${expression} }}`;

/** This action, by its published reference. */
export const ACTION_REF = 'gen-ci/gen-ci@v1';
export const WORKFLOW_PATH = '.github/workflows/multi-arch.yml';

/** GitHub-hosted Linux runners by platform: only these build without emulation. */
export const GITHUB_RUNNERS: Record<string, string> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
};
/** Where a platform without a hosted runner of its own is built (under QEMU; `qemu: auto` installs it). */
export const FALLBACK_RUNNER = 'ubuntu-24.04';

export type Strategy = 'native' | 'qemu';
export const STRATEGIES: Strategy[] = ['native', 'qemu'];

export interface WorkflowOptions {
  /** repository the image goes to, e.g. ghcr.io/owner/repo (no tag) */
  image: string;
  platforms: Platform[];
  /** native: one job per platform on its own runner + a merge job; qemu: one job, every platform */
  strategy: Strategy;
  /** build context, relative to the repository root */
  context: string;
  /** Dockerfile relative to the repository root; omitted when it is <context>/Dockerfile */
  file?: string;
  /** the branch whose pushes run the workflow (tagged `latest` and `sha-<short>` when it is the repository's default branch) */
  defaultBranch: string;
  /** docker/metadata-action tag rules for the action's `tag-rules` input; default none: the action's policy (DEFAULT_RULES) */
  tagRules?: string[];
  /** override the action reference (tests) */
  action?: string;
  /** the command that regenerates this file, for the header comment */
  command?: string;
}

/** The registry host of an image reference: its first path element when that looks like a host, else Docker Hub. */
/** The credentials a workflow logs in with: ghcr.io takes the job's GITHUB_TOKEN, everything else two secrets. */
export function credentialsFor(registry: string): { username: string; password: string; secrets: string[] } {
  if (registry === 'ghcr.io') return { username: ex('github.actor'), password: ex('secrets.GITHUB_TOKEN'), secrets: [] };
  return { username: ex('secrets.REGISTRY_USERNAME'), password: ex('secrets.REGISTRY_PASSWORD'), secrets: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'] };
}

/** The native strategy needs no emulation only when every platform has a hosted runner. */
export function defaultStrategy(platforms: Platform[]): Strategy {
  return platforms.every((p) => GITHUB_RUNNERS[formatPlatform(p)]) ? 'native' : 'qemu';
}

/** Platforms the native strategy still builds under QEMU (no hosted runner for them). */
export function emulatedLegs(platforms: Platform[]): Platform[] {
  return platforms.filter((p) => !GITHUB_RUNNERS[formatPlatform(p)]);
}

const IS_PR = "github.event_name == 'pull_request'";
const NOT_PR = "github.event_name != 'pull_request'";

type Step = Record<string, unknown>;

function sourceInputs(o: WorkflowOptions): Record<string, string> {
  return { context: o.context, ...(o.file ? { file: o.file } : {}) };
}

function loginInputs(o: WorkflowOptions): Record<string, string> {
  const registry = registryOf(o.image);
  const c = credentialsFor(registry);
  return { registry, username: c.username, password: c.password };
}

/** The action's metadata inputs: the repository (the action lowercases it) and, when given, the tag rules. */
function imageInputs(o: WorkflowOptions): Record<string, string> {
  return { images: ex('env.IMAGE'), ...(o.tagRules?.length ? { 'tag-rules': `${o.tagRules.join('\n')}\n` } : {}) };
}

function checkout(): Step {
  return { uses: 'actions/checkout@v4' };
}

function validate(o: WorkflowOptions): void {
  if (!o.platforms.length) throw new UsageError('no platforms to build');
  if (!/^[a-z0-9][a-z0-9._/:-]*$/.test(o.image) || o.image.includes('@') || /:[^/]*$/.test(o.image.replace(/^[^/]*\//, ''))) {
    throw new UsageError(`image "${o.image}" must be a lowercase repository without tag or digest, e.g. ghcr.io/owner/app`);
  }
  if (!STRATEGIES.includes(o.strategy)) throw new UsageError(`unknown strategy "${o.strategy}"; use native or qemu`);
  if (!o.defaultBranch || /\s/.test(o.defaultBranch)) throw new UsageError(`default branch "${o.defaultBranch}" is not a branch name`);
}

/** The workflow as a plain object (key order is the order written). */
export function generateWorkflow(o: WorkflowOptions): Record<string, unknown> {
  validate(o);
  const action = o.action ?? ACTION_REF;
  const platforms = o.platforms.map(formatPlatform);
  const head = {
    name: 'multi-arch image',
    on: {
      push: { branches: [o.defaultBranch], tags: ['v*'] },
      pull_request: null,
      workflow_dispatch: null,
    },
    permissions: { contents: 'read', packages: 'write' },
    concurrency: { group: `${ex('github.workflow')}-${ex('github.ref')}`, 'cancel-in-progress': ex(IS_PR) },
    env: { IMAGE: o.image },
  };
  if (o.strategy === 'qemu') {
    return {
      ...head,
      jobs: {
        build: {
          'runs-on': FALLBACK_RUNNER,
          steps: [
            checkout(),
            {
              // the action makes the tags from the event; a pull request builds pr-N and pushes nothing
              name: 'Build and push (pull requests: build only)',
              uses: action,
              with: { platforms: platforms.join(','), ...sourceInputs(o), ...imageInputs(o), push: 'true', ...loginInputs(o) },
            },
          ],
        },
      },
    };
  }
  const include = o.platforms.map((p) => ({
    platform: formatPlatform(p),
    runner: GITHUB_RUNNERS[formatPlatform(p)] ?? FALLBACK_RUNNER,
    slug: platformSlug(p),
  }));
  return {
    ...head,
    jobs: {
      build: {
        name: `build ${ex('matrix.platform')}`,
        'runs-on': ex('matrix.runner'),
        strategy: { 'fail-fast': false, matrix: { include } },
        steps: [
          checkout(),
          { name: 'Build (pull request: no push)', if: IS_PR, uses: action, with: { platforms: ex('matrix.platform'), ...sourceInputs(o) } },
          {
            name: 'Build and push by digest',
            if: NOT_PR,
            uses: action,
            with: {
              platforms: ex('matrix.platform'),
              ...sourceInputs(o),
              image: ex('env.IMAGE'),
              'push-by-digest': 'true',
              'digests-dir': `${ex('runner.temp')}/digests`,
              ...loginInputs(o),
            },
          },
          {
            name: 'Upload the digest',
            if: NOT_PR,
            uses: 'actions/upload-artifact@v4',
            with: { name: `digests-${ex('matrix.slug')}`, path: `${ex('runner.temp')}/digests/*`, 'if-no-files-found': 'error', 'retention-days': 1 },
          },
        ],
      },
      merge: {
        if: NOT_PR,
        needs: 'build',
        'runs-on': FALLBACK_RUNNER,
        steps: [
          {
            name: 'Download the digests',
            uses: 'actions/download-artifact@v4',
            with: { pattern: 'digests-*', 'merge-multiple': true, path: `${ex('runner.temp')}/digests` },
          },
          {
            name: 'Create the tagged index',
            uses: action,
            with: {
              merge: 'true',
              // every platform must have a leg before anything is tagged
              platforms: platforms.join(','),
              image: ex('env.IMAGE'),
              'digests-dir': `${ex('runner.temp')}/digests`,
              // the action makes the tags from the event (tag v1.2.3: 1.2.3, 1.2, 1, latest; the default branch: latest, sha-<short>)
              ...imageInputs(o),
              ...loginInputs(o),
            },
          },
        ],
      },
    },
  };
}

/** A comment line per reason a leg is emulated, placed above the matrix. */
function header(o: WorkflowOptions): string[] {
  const lines = ['Generated by gen-ci init: builds and pushes a multi-architecture image.'];
  if (o.strategy === 'native') {
    lines.push(
      'One job per platform on a runner of that architecture (no emulation), each pushing by digest,',
      'then one job that creates the tagged index from the digests.',
    );
    const emulated = emulatedLegs(o.platforms);
    if (emulated.length)
      lines.push(`${emulated.map(formatPlatform).join(', ')}: no GitHub-hosted runner, built on ${FALLBACK_RUNNER} under QEMU (qemu: auto).`);
  } else lines.push("One job builds every platform; platforms other than the runner's run under QEMU (qemu: auto).");
  if (o.tagRules?.length) lines.push('Tags: the tag-rules below (docker/metadata-action syntax), made by the action from the event.');
  else
    lines.push(
      'Tags, made by the action from the event (images:, the same policy as the gen-ci GitLab pipelines): a tag vX.Y.Z gives',
      `X.Y.Z, X.Y, X (not 0) and latest, a pre-release only itself; pushes to ${o.defaultBranch}, the default branch, latest and sha-<short>;`,
      'pull requests build pr-N and push nothing.',
    );
  if (o.command) lines.push(`Regenerate with: ${o.command.replace(/[\r\n]+/g, ' ')}`);
  return lines.map((l) => `# ${l}`);
}

export function renderWorkflow(o: WorkflowOptions): string {
  const lines = dump(generateWorkflow(o), { lineWidth: -1, noRefs: true })
    // js-yaml quotes `on` (a YAML 1.1 boolean); GitHub and everyone else write it bare
    .replace(/^'on':/m, 'on:')
    // `pull_request: null` is written `pull_request:` as people write it
    .replace(/: null$/gm, ':')
    .replace(/\n$/, '')
    .split('\n');
  // a blank line between top-level keys and between jobs, for reading
  const out: string[] = [];
  let inJobs = false;
  for (const [i, line] of lines.entries()) {
    const top = /^[a-z]/.test(line);
    const job = inJobs && /^ {2}[A-Za-z_][\w-]*:$/.test(line);
    if (i > 0 && (top || (job && lines[i - 1] !== 'jobs:'))) out.push('');
    if (top) inJobs = line === 'jobs:';
    out.push(line);
  }
  return `${header(o).join('\n')}\n${out.join('\n')}\n`;
}
