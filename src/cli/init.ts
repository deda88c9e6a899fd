import { existsSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { InputFileError, UsageError, UserError } from '../core/errors.js';
import { formatPlatform, type Platform, parsePlatformList } from '../core/platform.js';
import { defaultStrategy, GITHUB_RUNNERS, STRATEGIES, type Strategy } from '../github/workflow.js';
import { type Advice, adviseDockerfile } from '../scaffold/advice.js';
import { defaultImage, type Detected, describeDockerfile, detect, isDirectory, repositoryRoot } from '../scaffold/detect.js';
import { applyPlan, type PlannedFile, planFiles } from '../scaffold/files.js';
import { buildLegs, CI_SYSTEMS, type Ci, generateFiles, type InitChoices, type NextStep } from '../scaffold/plan.js';
import { type Prompter, PromptCancelled, terminalPrompter } from '../scaffold/prompts.js';
import type { ImageInfo } from '../registry/inspect.js';
import { type Command, flagBool, flagList, flagString, type Io, type ParsedArgs, printJson, printJsonFailure } from './command.js';

const COMMON_PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/riscv64', 'linux/ppc64le', 'linux/s390x', 'linux/386'];

/** What tests may replace: the prompts, the interactive decision, the image lookup of the advice. */
export interface InitDeps {
  prompter?: Prompter;
  interactive?: boolean;
  cwd?: string;
  lookup?: (ref: string) => Promise<ImageInfo>;
}

function parseCi(raw: string): Ci[] {
  const out: Ci[] = [];
  for (const item of raw.split(/[\s,]+/).filter(Boolean)) {
    const v = item.toLowerCase() === 'both' ? ['github', 'gitlab'] : [item.toLowerCase()];
    for (const x of v) {
      if (!CI_SYSTEMS.includes(x as Ci)) throw new UsageError(`--ci takes github, gitlab or github,gitlab, not "${item}"`);
      if (!out.includes(x as Ci)) out.push(x as Ci);
    }
  }
  if (!out.length) throw new UsageError('--ci is empty; use github, gitlab or github,gitlab');
  return out;
}

function parseStrategy(raw: string): Strategy {
  if (!STRATEGIES.includes(raw as Strategy)) throw new UsageError(`--strategy takes native or qemu, not "${raw}"`);
  return raw as Strategy;
}

function parseRunnerTags(items: string[]): Record<string, string[]> | undefined {
  if (!items.length) return undefined;
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    if (i <= 0) throw new UsageError(`--runner-tag takes PLATFORM=TAG[,TAG], not "${item}"`);
    const [p] = parsePlatformList(item.slice(0, i));
    if (!p) throw new UsageError(`--runner-tag: no platform in "${item}"`);
    const key = formatPlatform(p);
    out[key] = [
      ...(out[key] ?? []),
      ...item
        .slice(i + 1)
        .split(',')
        .filter(Boolean),
    ];
  }
  return out;
}

/** A path the user typed (relative to where they are) -> relative to the repository root, / separated. */
function repoPath(root: string, cwd: string, p: string): string {
  const abs = isAbsolute(p) ? p : resolve(cwd, p);
  const rel = relative(root, abs).split(sep).join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${p} is outside the repository ${root}`);
  return rel || '.';
}

function validImage(v: string): string | undefined {
  if (!v) return 'give a repository, e.g. ghcr.io/owner/app';
  if (!/^[a-z0-9][a-z0-9._/:-]*$/.test(v)) return 'lowercase letters, digits and . _ / : - only';
  if (/:[^/]*$/.test(v.replace(/^[^/]*\//, ''))) return 'no tag: the workflow adds the tags';
  return undefined;
}

/** Flags, then prompts (on a terminal), then detection, into the choices. */
/** The Dockerfile: --file, else asked (a list when there are several), else the one found. */
async function chooseDockerfile(flag: string | undefined, d: Detected, cwd: string, prompter: Prompter | undefined): Promise<string> {
  const root = d.root;
  if (flag !== undefined) return repoPath(root, cwd, flag);
  if (prompter) {
    if (d.dockerfiles.length > 1) {
      return prompter.select(
        'Which Dockerfile?',
        d.dockerfiles.map((f) => ({ value: f.file, label: f.file, hint: f.crossCompiles ? 'cross-compiles' : `context ${f.context}` })),
        (d.dockerfiles[0] as { file: string }).file,
      );
    }
    return repoPath(root, cwd, await prompter.text('Dockerfile', d.dockerfiles[0]?.file ?? 'Dockerfile', (v) => (v.trim() ? undefined : 'give a path')));
  }
  if (!d.dockerfiles.length) throw new UserError(`no Dockerfile found under ${root}; pass --file PATH (it may be written later)`);
  return (d.dockerfiles[0] as { file: string }).file;
}

/** The build context: --context, else asked, else the Dockerfile's own. */
async function chooseContext(flag: string | undefined, root: string, cwd: string, detected: string, prompter: Prompter | undefined): Promise<string> {
  let context = flag !== undefined ? repoPath(root, cwd, flag) : undefined;
  if (context === undefined && prompter) {
    context = repoPath(
      root,
      root,
      await prompter.text('Build context (relative to the repository root)', detected, (v) =>
        isDirectory(join(root, v.trim() || '.')) ? undefined : 'not a directory in the repository',
      ),
    );
  }
  return posix.normalize(context ?? detected);
}

/** The CI systems: --ci, else asked, else the remote's (GitLab for a GitLab remote, else GitHub). */
async function chooseCi(flag: string | undefined, d: Detected, prompter: Prompter | undefined): Promise<Ci[]> {
  const defaultCi: Ci[] = d.remote?.host === 'gitlab' ? ['gitlab'] : ['github'];
  if (flag !== undefined) return parseCi(flag);
  if (!prompter) return defaultCi;
  return prompter.multiselect(
    'Which CI?',
    [
      { value: 'github', label: 'GitHub Actions', hint: '.github/workflows/multi-arch.yml' },
      { value: 'gitlab', label: 'GitLab CI/CD', hint: '.gitlab-ci.yml' },
    ],
    defaultCi,
  );
}

/** The platforms: --platforms, else asked, else amd64 and arm64. */
async function choosePlatforms(flag: string | undefined, prompter: Prompter | undefined): Promise<Platform[]> {
  if (flag !== undefined) {
    const platforms = parsePlatformList(flag);
    if (!platforms.length) throw new UsageError('--platforms is empty');
    return platforms;
  }
  if (!prompter) return parsePlatformList('linux/amd64,linux/arm64');
  const chosen = await prompter.multiselect(
    'Platforms',
    COMMON_PLATFORMS.map((p) => ({ value: p, label: p, ...(GITHUB_RUNNERS[p] ? { hint: `native runner: ${GITHUB_RUNNERS[p]}` } : {}) })),
    ['linux/amd64', 'linux/arm64'],
  );
  return parsePlatformList(chosen.join(','));
}

/** The strategy: --strategy, else asked, else native where the CI has runners for every platform. */
async function chooseStrategy(flag: string | undefined, platforms: Platform[], prompter: Prompter | undefined): Promise<Strategy> {
  const suggested = defaultStrategy(platforms);
  if (flag !== undefined) return parseStrategy(flag);
  if (!prompter) return suggested;
  return prompter.select<Strategy>(
    'Build strategy',
    [
      { value: 'native', label: 'native', hint: 'a job per platform on a runner of that CPU, then a merge job: no emulation' },
      { value: 'qemu', label: 'qemu', hint: 'one job builds every platform, under QEMU: simplest, slow for compiled code' },
    ],
    suggested,
  );
}

/** The image (GitHub; GitLab pushes to its own project registry unless told otherwise): --image, else asked, else the remote's. */
async function chooseImage(flag: string | undefined, d: Detected, ci: Ci[], prompter: Prompter | undefined): Promise<{ image: string; imageGuessed: boolean }> {
  const images = defaultImage(d.remote, d.root);
  if (flag !== undefined) {
    const why = validImage(flag);
    if (why) throw new UsageError(`--image "${flag}": ${why}`);
    return { image: flag, imageGuessed: false };
  }
  if (prompter && ci.includes('github')) return { image: await prompter.text('Image (GitHub workflow)', images.github, (v) => validImage(v.trim())), imageGuessed: false };
  return { image: images.github, imageGuessed: Boolean(images.githubGuessed) };
}

/** Every choice of `init`, each from its flag, else a prompt (on a terminal), else what was detected. */
async function decide(args: ParsedArgs, d: Detected, cwd: string, prompter: Prompter | undefined): Promise<InitChoices> {
  const file = await chooseDockerfile(flagString(args, 'file'), d, cwd, prompter);
  const info = d.dockerfiles.find((f) => f.file === file) ?? describeDockerfile(d.root, file);
  const context = await chooseContext(flagString(args, 'context'), d.root, cwd, info.context, prompter);
  const ci = await chooseCi(flagString(args, 'ci'), d, prompter);
  const platforms = await choosePlatforms(flagString(args, 'platforms'), prompter);
  const strategy = await chooseStrategy(flagString(args, 'strategy'), platforms, prompter);
  const { image, imageGuessed } = await chooseImage(flagString(args, 'image'), d, ci, prompter);
  const gitlabImage = flagString(args, 'gitlab-image');
  const runnerTags = parseRunnerTags(flagList(args, 'runner-tag'));
  return {
    ci,
    file,
    context,
    platforms,
    strategy,
    image,
    ...(imageGuessed && ci.includes('github') ? { imageGuessed } : {}),
    ...(gitlabImage ? { gitlabImage } : {}),
    ...(runnerTags ? { runnerTags } : {}),
    defaultBranch: flagString(args, 'default-branch') ?? d.defaultBranch,
  };
}

const VERB: Record<PlannedFile['action'], string> = { create: 'created', update: 'updated', unchanged: 'unchanged', kept: 'left alone' };
const DRY_VERB: Record<PlannedFile['action'], string> = { create: 'would create', update: 'would update', unchanged: 'unchanged', kept: 'would leave alone' };

function adviceLines(advice: Advice[]): string[] {
  const out: string[] = [];
  for (const a of advice) {
    out.push(`  ${a.level}: ${a.message}`);
    for (const c of a.change ?? []) out.push(`      ${c}`);
  }
  return out;
}

export async function runInit(args: ParsedArgs, io: Io, deps: InitDeps = {}): Promise<number> {
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"; init takes flags only (see gen-ci init --help)`);
  const json = flagBool(args, 'json');
  const dryRun = flagBool(args, 'dry-run');
  const force = flagBool(args, 'force');
  const cwd = resolve(deps.cwd ?? process.cwd(), flagString(args, 'dir') ?? '.');
  if (!existsSync(cwd)) throw new InputFileError(`directory not found: ${flagString(args, 'dir') ?? cwd} (--dir)`);
  const interactive = deps.interactive ?? (!flagBool(args, 'yes') && !json && Boolean(process.stdin.isTTY && process.stdout.isTTY));
  const root = repositoryRoot(cwd);
  const detected = detect(root);
  let prompter: Prompter | undefined;
  if (interactive) {
    prompter = deps.prompter ?? (await terminalPrompter());
    const where = detected.remote ? `${detected.remote.server}/${detected.remote.path}` : 'no git remote';
    prompter.intro(`gen-ci init — ${where}, default branch ${detected.defaultBranch}`);
  }
  try {
    const choices = await decide(args, detected, cwd, prompter);
    const out = generateFiles(choices);
    const plan = planFiles(root, out.files, force);
    const changes = plan.filter((f) => f.action === 'create' || f.action === 'update');
    const kept = plan.filter((f) => f.action === 'kept');

    if (prompter && !dryRun && changes.length) {
      prompter.note(plan.map((f) => `${DRY_VERB[f.action].padEnd(17)} ${f.path}`).join('\n'), 'Plan');
      if (!(await prompter.confirm(`Write ${changes.map((f) => f.path).join(' and ')}?`, true))) {
        prompter.outro('Nothing was written.');
        return 1;
      }
    }
    const written = dryRun ? [] : applyPlan(root, plan);
    const skipCheck = flagBool(args, 'skip-check');
    const advice = skipCheck ? [] : await adviseDockerfile(root, choices.file, buildLegs(choices), deps.lookup ? { lookup: deps.lookup } : {});

    if (json) {
      const body = {
        root,
        dryRun,
        choices: { ...choices, platforms: choices.platforms.map(formatPlatform) },
        gitlabMode: out.gitlabMode,
        files: plan.map((f) => ({ path: f.path, action: f.action, ...(dryRun && f.diff ? { diff: f.diff } : {}) })),
        written,
        next: out.next,
        advice,
      };
      if (kept.length && !dryRun) {
        const why = `${kept.map((f) => f.path).join(' and ')} differ from what init generates; left alone (--force overwrites, --dry-run shows the diff)`;
        printJsonFailure(io, body, new UserError(why, 1, 'exists'));
        return 1;
      }
      printJson(io, body);
      return 0;
    }

    const lines: string[] = [];
    if (dryRun) for (const f of plan) if (f.diff) lines.push(f.diff.replace(/\n$/, ''));
    lines.push(
      `gen-ci init: ${choices.file} (context ${choices.context}) for ${choices.platforms.map(formatPlatform).join(', ')}, strategy ${choices.strategy}${out.gitlabMode && out.gitlabMode !== 'native' && choices.strategy === 'native' ? ` (GitLab: ${out.gitlabMode})` : ''}`,
    );
    for (const f of plan)
      lines.push(
        `  ${(dryRun ? DRY_VERB : VERB)[f.action].padEnd(17)} ${f.path}${f.action === 'kept' ? ' (it differs; --force overwrites it, --dry-run shows the diff)' : ''}`,
      );
    if (!changes.length && !kept.length) lines.push('Nothing to change: every file is up to date.');
    if (dryRun) lines.push('Dry run: nothing was written.');
    if (changes.length || dryRun) {
      lines.push('', 'Next:');
      const ciLabel = (n: NextStep) => (n.ci === 'github' ? 'GitHub' : n.ci === 'gitlab' ? 'GitLab' : '');
      if (!dryRun) lines.push(`  - commit ${written.join(' and ')} and push`);
      for (const n of out.next) lines.push(`  - ${ciLabel(n) ? `${ciLabel(n)}: ` : ''}${n.text}`);
    }
    if (advice.length) lines.push('', `Dockerfile check (${choices.file}):`, ...adviceLines(advice));
    else if (!skipCheck) lines.push('', `Dockerfile check (${choices.file}): nothing to report.`);
    if (prompter) {
      for (const l of lines) io.out(l);
      prompter.outro(kept.length ? 'Some files were left alone.' : dryRun ? 'Dry run done.' : 'Done.');
    } else for (const l of lines) io.out(l);
    return kept.length && !dryRun ? 1 : 0;
  } catch (e) {
    if (e instanceof PromptCancelled) return 130;
    throw e;
  }
}

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a multi-arch image pipeline for GitHub Actions and/or GitLab CI',
  usage:
    'gen-ci init [--ci github,gitlab] [--platforms list] [--strategy native|qemu] [--image REPO] [--file Dockerfile] [--context DIR] [--yes] [--dry-run] [--force]',
  help: `
Looks at the repository (Dockerfiles and their build context, the git remote, the default branch,
whether the Dockerfile cross-compiles) and writes .github/workflows/multi-arch.yml and/or
.gitlab-ci.yml that build and push a multi-architecture image. On a terminal it asks; every
answer can be given as a flag, and --yes takes the detected defaults without asking.

Strategies:
  native  one job per platform on a runner of that CPU (GitHub: ubuntu-24.04 / ubuntu-24.04-arm;
          GitLab.com: saas-linux-small-amd64 / -arm64), pushed by digest, then a merge job that
          creates the tagged index. Platforms without a hosted runner are built under QEMU.
          The default when every platform has a hosted runner.
  qemu    one job builds every platform, emulating the foreign ones.

Existing files are never overwritten without --force; a file with the same content is left as is,
so running init again changes nothing. --dry-run prints the diff and writes nothing. Afterwards
the Dockerfile is checked (gen-ci check) and what to change is printed.

Examples:
  npx gen-ci init
  gen-ci init --yes --ci github,gitlab
  gen-ci init --yes --platforms linux/amd64,linux/arm64,linux/arm/v7 --strategy qemu --dry-run
  gen-ci init --yes --ci gitlab --runner-tag linux/arm64=my-arm-runner`,
  json: [
    'root, dryRun, choices: {ci, file, context, platforms, strategy, image, …}, gitlabMode;',
    'files: [{path, action: "create" | "update" | "unchanged" | "kept", diff (with --dry-run)}], written: the paths written;',
    'next: [{ci, text}]; advice: [{level, message, change}]; a file left alone is {"ok": false, …, "error": {"code": "exists"}} (exit 1)',
  ],
  flags: [
    { name: 'ci', type: 'string', description: 'github, gitlab or github,gitlab (default: where the git remote is)' },
    {
      name: 'platforms',
      short: 'p',
      type: 'string',
      aliases: ['platform'],
      description: 'target platforms, comma separated (default linux/amd64,linux/arm64)',
    },
    { name: 'strategy', type: 'string', description: 'native or qemu (default native when every platform has a hosted runner)' },
    { name: 'image', type: 'string', description: 'repository the GitHub workflow pushes to (default ghcr.io/<owner>/<repo>)' },
    { name: 'gitlab-image', type: 'string', description: 'repository the GitLab pipeline pushes to (default $CI_REGISTRY_IMAGE)' },
    { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default: the one found, root first)' },
    { name: 'context', type: 'string', description: "build context (default: the Dockerfile's directory, or the root when it copies from there)" },
    { name: 'runner-tag', type: 'list', description: "GitLab runner tags of a platform's jobs: PLATFORM=TAG[,TAG]" },
    { name: 'default-branch', type: 'string', description: 'branch whose pushes are tagged latest (default: detected)' },
    { name: 'dir', type: 'string', description: 'the repository (default: the current directory)' },
    { name: 'yes', short: 'y', type: 'boolean', description: 'ask nothing: take the detected defaults' },
    { name: 'dry-run', type: 'boolean', description: 'print the diff of what would be written; write nothing' },
    { name: 'force', type: 'boolean', description: 'overwrite files that differ from what init generates' },
    { name: 'skip-check', type: 'boolean', description: 'do not check the Dockerfile afterwards (no registry lookups)' },
  ],
  run: (args, io) => runInit(args, io),
};
