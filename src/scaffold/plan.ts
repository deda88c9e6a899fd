import { shellWord } from '../core/shell-quote.js';
import { registryOf } from '../registry/reference.js';
import { UsageError } from '../core/errors.js';
import { formatPlatform, type Platform } from '../core/platform.js';
import { credentialsFor, emulatedLegs, FALLBACK_RUNNER, GITHUB_RUNNERS, renderWorkflow, type Strategy, WORKFLOW_PATH } from '../github/workflow.js';
import { GITLAB_COM_RUNNER_TAGS, type GitlabOptions, renderPipeline } from '../gitlab/index.js';
import type { GeneratedFile } from './files.js';

export const CI_SYSTEMS = ['github', 'gitlab'] as const;
export type Ci = (typeof CI_SYSTEMS)[number];
export const GITLAB_PATH = '.gitlab-ci.yml';

/** Everything init decided, from flags, prompts and detection. */
export interface InitChoices {
  ci: Ci[];
  /** Dockerfile, relative to the repository root */
  file: string;
  /** build context, relative to the repository root */
  context: string;
  platforms: Platform[];
  strategy: Strategy;
  /** the GitHub workflow's image, e.g. ghcr.io/owner/repo */
  image: string;
  /** the image was guessed (no GitHub remote, no --image): the summary says to set it */
  imageGuessed?: boolean;
  /** the GitLab pipeline's image; default $CI_REGISTRY_IMAGE */
  gitlabImage?: string;
  /** GitLab runner tags per platform for per-platform jobs (default GitLab.com's hosted runners) */
  runnerTags?: Record<string, string[]>;
  defaultBranch: string;
}

export interface NextStep {
  ci: Ci | 'all';
  text: string;
}

export interface InitOutput {
  files: GeneratedFile[];
  /** what to do after committing: secrets to add, runners to enable */
  next: NextStep[];
  /** the GitLab mode used (native falls back to buildx where platforms lack runners) */
  gitlabMode?: GitlabOptions['mode'];
}

/** The command that writes one CI system's file again with the same choices (the file's header says it). */
export function regenerateCommand(c: InitChoices, ci: Ci): string {
  const words = [
    'npx',
    'gen-ci',
    'init',
    '--yes',
    '--ci',
    ci,
    '--file',
    c.file,
    '--context',
    c.context,
    '--platforms',
    c.platforms.map(formatPlatform).join(','),
    '--strategy',
    c.strategy,
  ];
  if (ci === 'github') words.push('--image', c.image);
  if (ci === 'gitlab' && c.gitlabImage) words.push('--gitlab-image', c.gitlabImage);
  if (ci === 'gitlab') for (const [p, tags] of Object.entries(c.runnerTags ?? {}).sort()) words.push('--runner-tag', `${p}=${tags.join(',')}`);
  return words.map(shellWord).join(' ');
}

/** The file argument is left out when it is the context's Dockerfile (the action's and templates' default). */
function fileInput(c: InitChoices): string | undefined {
  const implied = c.context === '.' ? 'Dockerfile' : `${c.context.replace(/\/+$/, '')}/Dockerfile`;
  return c.file === implied ? undefined : c.file;
}

/** GitLab's runner tags per platform: GitLab.com's hosted ones, overridden by the user's. */
function gitlabRunnerTags(c: InitChoices): Record<string, string[]> {
  return { ...GITLAB_COM_RUNNER_TAGS, ...(c.runnerTags ?? {}) };
}

export function gitlabMode(c: InitChoices): GitlabOptions['mode'] {
  if (c.strategy === 'qemu') return 'buildx';
  const tags = gitlabRunnerTags(c);
  return c.platforms.every((p) => (tags[formatPlatform(p)] ?? []).length > 0) ? 'native' : 'buildx';
}

export function validateChoices(c: InitChoices): void {
  if (c.ci.length === 0) throw new UsageError('no CI system chosen; use --ci github, --ci gitlab or --ci github,gitlab');
  for (const ci of c.ci) if (!CI_SYSTEMS.includes(ci)) throw new UsageError(`unknown CI "${ci}"; use github, gitlab or both (github,gitlab)`);
  if (!c.file || c.file.startsWith('/') || c.file.split('/').includes('..'))
    throw new UsageError(`Dockerfile "${c.file}" must be a path inside the repository`);
  if (!c.context || c.context.startsWith('/') || c.context.split('/').includes('..'))
    throw new UsageError(`context "${c.context}" must be a path inside the repository`);
  if (c.platforms.length === 0) throw new UsageError('no platforms chosen');
}

const AMD64: Platform = { os: 'linux', architecture: 'amd64' };

/** Which machine builds which platforms in the generated pipelines: what decides whether a compile stage is emulated. */
export function buildLegs(c: InitChoices): { build: Platform; targets: Platform[] }[] {
  const legs = new Map<string, { build: Platform; targets: Platform[] }>();
  const add = (build: Platform, p: Platform) => {
    const key = formatPlatform(build);
    const leg = legs.get(key) ?? { build, targets: [] };
    if (!leg.targets.some((t) => formatPlatform(t) === formatPlatform(p))) leg.targets.push(p);
    legs.set(key, leg);
  };
  for (const ci of c.ci) {
    const native = ci === 'github' ? c.strategy === 'native' : gitlabMode(c) === 'native';
    for (const p of c.platforms) {
      const hasRunner = ci === 'github' ? Boolean(GITHUB_RUNNERS[formatPlatform(p)]) : true;
      add(native && hasRunner ? p : AMD64, p);
    }
  }
  return [...legs.values()];
}

/** The files to write and the next steps, from the choices. Pure. */
export function generateFiles(c: InitChoices): InitOutput {
  validateChoices(c);
  const files: GeneratedFile[] = [];
  const next: NextStep[] = [];
  const platforms = c.platforms.map(formatPlatform);
  const file = fileInput(c);
  if (c.ci.includes('github')) {
    files.push({
      path: WORKFLOW_PATH,
      content: renderWorkflow({
        image: c.image,
        platforms: c.platforms,
        strategy: c.strategy,
        context: c.context,
        ...(file ? { file } : {}),
        defaultBranch: c.defaultBranch,
        command: regenerateCommand(c, 'github'),
      }),
    });
    const registry = registryOf(c.image);
    const creds = credentialsFor(registry);
    if (c.imageGuessed)
      next.push({
        ci: 'github',
        text: `set the image: without a GitHub remote the workflow pushes to ${c.image}, a guess; run again with --image ghcr.io/<owner>/<repo> --force`,
      });
    if (creds.secrets.length)
      next.push({
        ci: 'github',
        text: `add the repository secrets ${creds.secrets.join(' and ')} (Settings → Secrets and variables → Actions): a user and token that may push to ${registry}`,
      });
    else
      next.push({
        ci: 'github',
        text: `no secret to add: the workflow pushes to ${c.image} with the job's GITHUB_TOKEN (permissions: packages: write); a new ghcr.io package starts private`,
      });
    if (c.strategy === 'native') {
      const arm = c.platforms.filter((p) => GITHUB_RUNNERS[formatPlatform(p)] === 'ubuntu-24.04-arm');
      if (arm.length)
        next.push({
          ci: 'github',
          text: "linux/arm64 builds on GitHub's hosted ubuntu-24.04-arm runner: free for public repositories; for a private one check that your plan has Arm runners, or use --strategy qemu",
        });
      const emulated = emulatedLegs(c.platforms);
      if (emulated.length)
        next.push({
          ci: 'github',
          text: `${emulated.map(formatPlatform).join(', ')} ha${emulated.length > 1 ? 've' : 's'} no hosted runner: built on ${FALLBACK_RUNNER} under QEMU`,
        });
    }
  }
  let mode: GitlabOptions['mode'] | undefined;
  if (c.ci.includes('gitlab')) {
    mode = gitlabMode(c);
    const options: GitlabOptions = {
      mode,
      platforms,
      context: c.context,
      ...(file ? { dockerfile: file } : {}),
      ...(c.gitlabImage ? { image: c.gitlabImage, expandVariables: c.gitlabImage.includes('$') } : {}),
      ...(mode === 'native' && c.runnerTags ? { runnerTags: c.runnerTags } : {}),
      // the same policy as the workflow: latest and sha-<short> on this branch, semver on tags, merge requests build only
      defaultBranch: c.defaultBranch,
    };
    files.push({ path: GITLAB_PATH, content: renderPipeline(options, regenerateCommand(c, 'gitlab')) });
    const image = c.gitlabImage ?? '$CI_REGISTRY_IMAGE';
    if (image === '$CI_REGISTRY_IMAGE')
      next.push({
        ci: 'gitlab',
        text: "no variable to add: the pipeline pushes to the project's container registry ($CI_REGISTRY_IMAGE) with the job token; check the registry is enabled (Settings → General → Visibility)",
      });
    else
      next.push({
        ci: 'gitlab',
        text: `add the CI/CD variables CI_REGISTRY_USER and CI_REGISTRY_PASSWORD (masked) for ${registryOf(image)}, or point the pipeline's registry settings at your own variables`,
      });
    if (mode === 'native') {
      const tags = gitlabRunnerTags(c);
      next.push({
        ci: 'gitlab',
        text: `one job per platform on runners tagged ${platforms.map((p) => `${p} → ${(tags[p] ?? []).join(',')}`).join('; ')}; on self-managed GitLab register a runner of each architecture (privileged, for Docker-in-Docker) and pass --runner-tag PLATFORM=TAG`,
      });
    } else {
      if (c.strategy === 'native')
        next.push({
          ci: 'gitlab',
          text: `GitLab has no hosted runner for ${c.platforms
            .filter((p) => !(gitlabRunnerTags(c)[formatPlatform(p)] ?? []).length)
            .map(formatPlatform)
            .join(', ')}: the pipeline builds every platform in one job under QEMU (pass --runner-tag PLATFORM=TAG for your own runners to split it)`,
        });
      next.push({ ci: 'gitlab', text: "the build job needs a runner that allows privileged containers (Docker-in-Docker); GitLab.com's hosted runners do" });
    }
  }
  return { files, next, ...(mode ? { gitlabMode: mode } : {}) };
}
