import { shellWord } from '../core/shell-quote.js';
import { relative, resolve } from 'node:path';
import { UsageError, UserError } from '../core/errors.js';
import { docToObject, type GitlabOptions, generatePipeline, MODES, type Mode, renderIncludes, renderPipeline } from '../gitlab/index.js';
import type { MirrorEntry, ToolImages } from '../gitlab/options.js';
import { applyPlan, planFiles } from '../scaffold/files.js';
import { type Command, flagBool, flagList, flagString, type ParsedArgs, printJson, printJsonFailure } from './command.js';

const TOOLS: (keyof ToolImages)[] = ['docker', 'dind', 'binfmt', 'buildkit', 'kaniko', 'manifestTool', 'buildah', 'buildkitRootless', 'skopeo', 'cosign'];

function optionalBool(args: ParsedArgs, name: string): boolean | undefined {
  const v = args.flags[name];
  return typeof v === 'boolean' ? v : undefined;
}

function keyValue(flag: string, item: string): [string, string] {
  const i = item.indexOf('=');
  if (i <= 0) throw new UsageError(`--${flag} takes KEY=VALUE, not "${item}"`);
  return [item.slice(0, i), item.slice(i + 1)];
}

/** Flags -> template options. Exported for tests. */
export function optionsFromArgs(args: ParsedArgs): GitlabOptions {
  const mode = flagString(args, 'mode') ?? args.positionals[0];
  if (!mode) throw new UsageError(`--mode is required: ${MODES.join(', ')}`);
  if (!MODES.includes(mode as Mode)) throw new UsageError(`unknown mode "${mode}"; use one of ${MODES.join(', ')}`);
  const runnerTags: Record<string, string[]> = {};
  for (const item of flagList(args, 'runner-tag')) {
    const [platform, tags] = keyValue('runner-tag', item);
    runnerTags[platform] = [...(runnerTags[platform] ?? []), ...tags.split(',').filter(Boolean)];
  }
  const images: Partial<ToolImages> = {};
  for (const item of flagList(args, 'tool-image')) {
    const [tool, image] = keyValue('tool-image', item);
    if (!TOOLS.includes(tool as keyof ToolImages)) throw new UsageError(`--tool-image: unknown tool "${tool}"; use one of ${TOOLS.join(', ')}`);
    images[tool as keyof ToolImages] = image;
  }
  const mirror: MirrorEntry[] = flagList(args, 'mirror').map((m) => {
    const i = m.indexOf('=');
    return i > 0 ? { source: m.slice(0, i), destination: m.slice(i + 1) } : { source: m };
  });
  const mtu = flagString(args, 'dind-mtu');
  const strategy = flagString(args, 'buildah-strategy');
  if (strategy !== undefined && strategy !== 'emulated' && strategy !== 'native') throw new UsageError('--buildah-strategy takes emulated or native');
  const driver = flagString(args, 'builder-driver');
  if (driver !== undefined && driver !== 'docker' && driver !== 'docker-container') throw new UsageError('--builder-driver takes docker-container or docker');
  const sign = flagString(args, 'sign');
  if (sign !== undefined && sign !== 'none' && sign !== 'key' && sign !== 'keyless') throw new UsageError('--sign takes key, keyless or none');
  const platforms = flagList(args, 'platforms');
  const tags = flagList(args, 'tag');
  const tagRules = flagList(args, 'tag-rule');
  const defaultBranch = flagString(args, 'default-branch');
  return {
    mode: mode as Mode,
    image: flagString(args, 'image'),
    tags: tags.length ? tags : undefined,
    ...(tagRules.length ? { tagRules } : {}),
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    platforms: platforms.length ? platforms : undefined,
    context: flagString(args, 'context'),
    dockerfile: flagString(args, 'file'),
    buildArgs: flagList(args, 'build-arg'),
    cache: optionalBool(args, 'cache'),
    cacheRef: flagString(args, 'cache-ref'),
    attestations: optionalBool(args, 'attestations'),
    mirror,
    mirrorPrefix: flagString(args, 'mirror-prefix'),
    runnerTags,
    jobTags: flagList(args, 'job-tag'),
    stage: flagString(args, 'stage'),
    mergeStage: flagString(args, 'merge-stage'),
    mirrorStage: flagString(args, 'mirror-stage'),
    jobPrefix: flagString(args, 'job-prefix'),
    registry: flagString(args, 'registry'),
    registryUserVariable: flagString(args, 'registry-user-var'),
    registryPasswordVariable: flagString(args, 'registry-password-var'),
    tlsVerify: flagBool(args, 'insecure-registry') ? false : undefined,
    binfmt: optionalBool(args, 'binfmt'),
    builderDriver: driver as GitlabOptions['builderDriver'],
    dindMtu: mtu === undefined ? undefined : Number(mtu),
    archTagPrefix: flagString(args, 'arch-tag-prefix'),
    buildahStrategy: strategy as GitlabOptions['buildahStrategy'],
    ...(sign !== undefined ? { sign: sign as GitlabOptions['sign'] } : {}),
    cosignTlog: optionalBool(args, 'cosign-tlog'),
    expandVariables: flagBool(args, 'expand-variables'),
    images,
  };
}

export const gitlabCommand: Command = {
  name: 'gitlab',
  summary: 'write a .gitlab-ci.yml that builds a multi-arch image (buildx, native, kaniko, buildah, buildkit)',
  usage: 'gen-ci gitlab --mode buildx|native|kaniko|buildah|buildkit [options] [--out .gitlab-ci.yml]',
  help: `
Prints (or writes with --out) a GitLab CI pipeline that builds and pushes a multi-platform image.
--out never overwrites a file that differs from what it would write (a hand-edited pipeline, or
one generated with other flags) unless --force, as gen-ci init does; the same content is left as is.
--include inline (default) writes self-contained jobs; --include component writes a short file
that includes gen-ci's CI/CD components (templates/<mode>.yml) with the matching inputs.

Tags: by default the job computes them from the pipeline's ref, as the GitHub Action does: a tag
v1.2.3 gives 1.2.3, 1.2, 1 and latest; the default branch latest and sha-<short>; a merge request
pr-<iid>, built and not pushed. Jobs run for merge requests, tags and the default branch (rules:).
--tag-rule replaces that policy (repeatable, metadata-action's syntax, the subset a shell computes);
--tag gives literal tags instead.

Values (image, tags, build args, context...) reach the job literally: they are passed as CI/CD
variables, never pasted into the script. Add --expand-variables to let GitLab expand $VARIABLE
references in them (e.g. --image '$CI_REGISTRY_IMAGE/app').

Modes:
  buildx    one job on Docker-in-Docker with QEMU: simplest
  native    one job per platform on runners of that architecture, then a merge job: fastest
  kaniko    per-platform Kaniko jobs + manifest-tool (Kaniko is archived; for existing users)
  buildah   daemonless, no privileged runner needed (--buildah-strategy native: per-arch jobs)
  buildkit  rootless BuildKit, daemonless

Examples:
  gen-ci gitlab --mode buildx --platforms linux/amd64,linux/arm64 --out .gitlab-ci.yml
  gen-ci gitlab --mode buildkit --tag-rule 'type=semver,pattern={{version}}' --tag-rule type=ref,event=branch
  gen-ci gitlab --mode native --runner-tag linux/arm64=my-arm-runner --include component
  gen-ci gitlab --mode kaniko --mirror docker.io/library/alpine:3.20 --build-arg BASE=alpine:3.20
`,
  json: [
    'mode, include ("inline" or "component"); pipeline: the pipeline as an object (without --out);',
    'with --out: out (the file) and action: "create", "update" (with --force) or "unchanged";',
    'a file left alone is {"ok": false, …, "action": "kept", "error": {"code": "exists"}} (exit 1)',
  ],
  flags: [
    { name: 'mode', type: 'string', description: 'buildx, native, kaniko, buildah or buildkit' },
    { name: 'image', type: 'string', description: 'repository to push to (default $CI_REGISTRY_IMAGE)' },
    { name: 'tag', short: 't', type: 'list', description: 'literal tag of the final image (default: made by the tag rules)' },
    {
      name: 'tag-rule',
      type: 'list',
      description:
        'a docker/metadata-action tag rule computed in the job: type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}, type=ref,event=branch|tag|pr, type=sha, type=raw,value=…, type=schedule (default: the policy in README)',
    },
    { name: 'default-branch', type: 'string', description: 'the branch tagged latest, whose pushes run the jobs (default $CI_DEFAULT_BRANCH)' },
    { name: 'platforms', short: 'p', type: 'list', aliases: ['platform'], description: 'platforms, comma separated (default linux/amd64,linux/arm64)' },
    { name: 'context', type: 'string', description: 'build context (default .)' },
    { name: 'file', short: 'f', type: 'string', description: 'Dockerfile (default <context>/Dockerfile)' },
    { name: 'build-arg', type: 'list', description: 'build argument NAME=VALUE' },
    { name: 'cache', type: 'boolean', description: 'registry layer cache (default on, off for buildah); --cache=false to disable' },
    { name: 'cache-ref', type: 'string', description: 'cache reference (default <image>:buildcache)' },
    { name: 'attestations', type: 'boolean', description: 'attach provenance and SBOM attestations (default off)' },
    { name: 'mirror', type: 'list', description: 'base image to mirror first: SOURCE or SOURCE=DESTINATION' },
    { name: 'mirror-prefix', type: 'string', description: 'destination prefix of mirrored images (default <image>/mirror)' },
    { name: 'runner-tag', type: 'list', description: "runner tags of a platform's jobs: PLATFORM=TAG[,TAG]" },
    { name: 'job-tag', type: 'list', description: 'runner tag of single jobs (buildx, buildah, buildkit, merge, mirror)' },
    { name: 'stage', type: 'string', description: 'stage of the build jobs (default build)' },
    { name: 'merge-stage', type: 'string', description: 'stage of the merge job (default: the build stage)' },
    { name: 'mirror-stage', type: 'string', description: 'stage of the mirror job (default .pre)' },
    { name: 'job-prefix', type: 'string', description: 'job names start with this (default image)' },
    { name: 'registry', type: 'string', description: 'registry to log in to (default $CI_REGISTRY; empty: no login)' },
    { name: 'registry-user-var', type: 'string', description: 'CI/CD variable with the user name (default CI_REGISTRY_USER)' },
    { name: 'registry-password-var', type: 'string', description: 'CI/CD variable with the password (default CI_REGISTRY_PASSWORD)' },
    { name: 'insecure-registry', type: 'boolean', description: 'allow plain-HTTP / self-signed registries' },
    { name: 'binfmt', type: 'boolean', description: 'register QEMU in the buildx job (default on); --binfmt=false where the host has it' },
    { name: 'builder-driver', type: 'string', description: 'buildx driver: docker-container (default) or docker' },
    { name: 'dind-mtu', type: 'string', description: 'MTU of the Docker-in-Docker network' },
    { name: 'arch-tag-prefix', type: 'string', description: 'per-arch images are <image>:<prefix>-<arch> (default $CI_COMMIT_SHA)' },
    { name: 'buildah-strategy', type: 'string', description: 'emulated (one job, default) or native (per-arch jobs + manifest job)' },
    {
      name: 'sign',
      type: 'string',
      description:
        'key or keyless: a <prefix>-sign job signs the index and every platform manifest with cosign, by digest, and verifies them (key: COSIGN_PRIVATE_KEY, COSIGN_PASSWORD variables; keyless: SIGSTORE_ID_TOKEN)',
    },
    { name: 'cosign-tlog', type: 'boolean', description: 'upload signatures to Rekor (default on); --cosign-tlog=false for offline registries' },
    { name: 'expand-variables', type: 'boolean', description: 'let GitLab expand $VARIABLE references in values' },
    { name: 'tool-image', type: 'list', description: `image of a tool: TOOL=IMAGE, TOOL one of ${TOOLS.join(', ')}` },
    { name: 'include', type: 'string', description: 'inline (default): self-contained jobs; component: include gen-ci components' },
    { name: 'component-project', type: 'string', description: 'where the components live (default $CI_SERVER_FQDN/gen-ci/gen-ci)' },
    { name: 'component-version', type: 'string', description: 'component version (default ~latest; pin a release)' },
    { name: 'out', short: 'o', type: 'string', description: 'write to this file instead of stdout' },
    { name: 'force', type: 'boolean', description: 'with --out: overwrite a file that differs from what gitlab generates' },
  ],
  async run(args, io) {
    const options = optionsFromArgs(args);
    const include = flagString(args, 'include') ?? 'inline';
    if (include !== 'inline' && include !== 'component') throw new UsageError('--include takes inline or component');
    const command = ['gen-ci', 'gitlab', ...rawArgs(args)].map(shellWord).join(' ');
    if (!options.expandVariables) {
      const dollar = [
        ['--image', options.image],
        ['--tag', options.tags?.join(' ')],
        ['--context', options.context],
        ['--file', options.dockerfile],
        ['--build-arg', options.buildArgs?.join(' ')],
        ['--cache-ref', options.cacheRef],
      ].filter(([, v]) => v?.includes('$'));
      for (const [flag] of dollar)
        io.err(`gen-ci: note: ${flag} contains "$" and is passed literally; add --expand-variables to let GitLab expand variable references`);
    }
    const json = flagBool(args, 'json');
    const text =
      include === 'component'
        ? renderIncludes(
            options,
            { project: flagString(args, 'component-project') ?? '$CI_SERVER_FQDN/gen-ci/gen-ci', version: flagString(args, 'component-version') ?? '~latest' },
            command,
          )
        : renderPipeline(options, command);
    const out = flagString(args, 'out');
    const summary = { mode: options.mode, include };
    if (!out) {
      if (!json) io.out(text.replace(/\n$/, ''));
      else {
        const pipeline = include === 'component' ? (await import('js-yaml')).load(text) : docToObject(generatePipeline(options));
        printJson(io, { ...summary, pipeline });
      }
      return 0;
    }
    // the one mechanism init uses: the same content is left as is, a different file only with --force
    const cwd = process.cwd();
    const [plan] = planFiles(cwd, [{ path: relative(cwd, resolve(cwd, out)), content: text }], flagBool(args, 'force'));
    if (!plan) throw new UserError(`nothing planned for ${out}`);
    if (plan.action === 'kept') {
      const e = new UserError(`${out} exists and differs from what gen-ci gitlab would write; left alone (--force overwrites it)`, 1, 'exists');
      if (json) printJsonFailure(io, { ...summary, out, action: plan.action }, e);
      throw e;
    }
    applyPlan(cwd, [plan]);
    if (json) printJson(io, { ...summary, out, action: plan.action });
    else io.err(plan.action === 'unchanged' ? `gen-ci: ${out} is up to date` : `gen-ci: wrote ${out}`);
    return 0;
  },
};

/** The flags as given, for the "regenerate with" comment (without --out, --force, --json: the file is the same whatever they are). */
function rawArgs(args: ParsedArgs): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(args.flags)) {
    if (k === 'out' || k === 'force' || k === 'json') continue;
    if (v === true) out.push(`--${k}`);
    else if (v === false) out.push(`--${k}=false`);
    else if (Array.isArray(v)) for (const x of v) out.push(`--${k}=${x}`);
    else out.push(`--${k}=${v}`);
  }
  return out;
}
