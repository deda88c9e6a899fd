import { formatPlatform } from '../core/platform.js';
import { UsageError } from '../core/errors.js';
import type { Layout } from './common.js';
import { mirrorJob } from './mirror.js';
import { GENERATED_BY, type PipelineDoc, renderDoc, toYaml } from './model.js';
import { mergeJob } from './native.js';
import { addSignJob } from './sign.js';
import { DEFAULT_IMAGES, GITLAB_COM_RUNNER_TAGS, type GitlabOptions, MODES, type ResolvedOptions, resolveOptions } from './options.js';
import { modeDoc } from './pipeline.js';
import { componentSource, EXPAND_INPUT, type InputSpec, SETTINGS, type SettingName, TOOL_INPUTS, type ToolName } from './settings.js';

/** The GitLab CI/CD components in templates/: one per mode, plus mirror and merge. */
export const COMPONENTS = [...MODES, 'mirror', 'merge'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

const PER_ARCH: ReadonlySet<string> = new Set(['native', 'kaniko']);
const DIND: ReadonlySet<string> = new Set(['buildx', 'native']);

const DEFAULT_MATRIX = Object.entries(GITLAB_COM_RUNNER_TAGS).map(([platform, tags]) => ({ GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tags[0] as string }));

const DESCRIPTIONS: Record<ComponentName, string> = {
  buildx: 'Multi-platform image with docker buildx on Docker-in-Docker: QEMU for foreign platforms, one job, registry cache.',
  native: 'One build per platform on a runner of that architecture (no emulation), then a merge job that writes the index.',
  kaniko:
    'One Kaniko build per platform (own cache repo each), then a manifest-tool job that pushes the index. Kaniko is archived: prefer buildah or buildkit for new pipelines.',
  buildah: 'Daemonless multi-platform build with buildah (build --platform --manifest, manifest push --all).',
  buildkit: 'Daemonless multi-platform build with rootless BuildKit (buildctl-daemonless.sh).',
  mirror: 'Copies base images, every platform, into your registry before the builds (skopeo copy --multi-arch=all).',
  merge: 'Writes the multi-platform index from per-arch images <image>:<arch_tag_prefix>-<arch> (docker buildx imagetools create).',
};

interface Collected {
  used: Set<string>;
  doc: PipelineDoc;
}

function layoutFor(name: ComponentName, used: Set<string>): Layout {
  return {
    src: componentSource(used),
    prefix: '$[[ inputs.job_prefix ]]',
    stage: '$[[ inputs.stage ]]',
    mergeStage: '$[[ inputs.stage ]]',
    // single jobs: users add runner tags by redefining the job's tags (GitLab merges it)
    jobTags: undefined,
    perArch: { kind: 'matrix', matrix: '$[[ inputs.matrix ]]' },
    dindMtu: DIND.has(name) ? '$[[ inputs.dind_mtu ]]' : undefined,
    otherBranches: false,
    sign: 'input',
  };
}

function collect(name: ComponentName): Collected {
  const used = new Set<string>();
  const l = layoutFor(name, used);
  let doc: PipelineDoc;
  if (name === 'mirror') doc = { jobs: { [`${l.prefix}-mirror`]: mirrorJob(l, l.stage) } };
  else if (name === 'merge') doc = addSignJob(l, { jobs: { [`${l.prefix}-merge`]: mergeJob(l) } }, `${l.prefix}-merge`);
  else doc = modeDoc(l, { mode: name, buildahStrategy: 'emulated' });
  return { used, doc };
}

function toolDefault(t: ToolName): string {
  return DEFAULT_IMAGES[t];
}

/** The `spec: inputs:` of a component, in a stable order. */
export function componentInputs(name: ComponentName): Record<string, InputSpec> {
  const { used } = collect(name);
  const inputs: Record<string, InputSpec> = {
    stage: { type: 'string', default: name === 'mirror' ? '.pre' : name === 'merge' ? 'deploy' : 'build', description: 'Stage of the jobs.' },
    job_prefix: {
      type: 'string',
      default: 'image',
      description: 'Job names start with this (<prefix>-build, <prefix>-merge, <prefix>-mirror).',
      regex: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
    },
  };
  if (PER_ARCH.has(name)) {
    inputs.matrix = {
      type: 'array',
      default: DEFAULT_MATRIX,
      description:
        'One entry per platform: GENCI_PLATFORM and the GENCI_RUNNER_TAG of a runner of that architecture. Default: GitLab.com hosted amd64 and arm64 runners.',
    };
  }
  if (DIND.has(name))
    inputs.dind_mtu = {
      type: 'number',
      default: 1500,
      description: 'MTU of the Docker-in-Docker network; lower it where the runner network needs it (e.g. 1400 on GitLab.com Arm runners).',
    };
  const settingNames = (Object.keys(SETTINGS) as SettingName[]).filter((s) => used.has(s));
  for (const s of settingNames) {
    const setting = SETTINGS[s];
    inputs[setting.input] = { ...setting.spec };
  }
  if (name === 'kaniko' && inputs.cache_ref)
    inputs.cache_ref.description = 'Cache repository. Empty: <image>/cache. Each platform gets its own: <cache_ref>-<arch>.';
  if (name === 'buildah' && inputs.cache) inputs.cache.default = false;
  if (name === 'buildah' && inputs.cache_ref) inputs.cache_ref.description = 'Cache repository for --cache-from/--cache-to. Empty: <image>/buildcache.';
  for (const t of Object.keys(TOOL_INPUTS) as ToolName[]) {
    if (!used.has(`tool:${t}`)) continue;
    inputs[TOOL_INPUTS[t].input] = { type: 'string', default: toolDefault(t), description: TOOL_INPUTS[t].description };
  }
  if (settingNames.some((s) => SETTINGS[s].user)) inputs.expand_variables = { ...EXPAND_INPUT };
  return inputs;
}

/** The text of templates/<name>.yml. */
export function renderComponent(name: ComponentName): string {
  const { doc } = collect(name);
  const header = [
    `${GENERATED_BY} from src/gitlab; do not edit; regenerate with: npx vite-node scripts/gen-templates.ts`,
    `gen-ci ${name}: ${DESCRIPTIONS[name]}`,
  ];
  const spec = toYaml({ spec: { description: DESCRIPTIONS[name], inputs: componentInputs(name) } });
  const comments = header.map((l) => `# ${l}`).join('\n');
  return `${comments}\n${spec}---\n${renderDoc(doc)}`;
}

export interface IncludeOptions {
  /** e.g. `$CI_SERVER_FQDN/gen-ci/gen-ci` */
  project: string;
  /** component version: a release tag, `~latest`, or a SHA */
  version: string;
  /** `component` (default) or `remote` (URL prefix instead of project) */
  kind?: 'component' | 'local';
}

/** Inputs for including a component with these options: only what differs from the defaults. */
export function includeInputs(name: ComponentName, o: ResolvedOptions): Record<string, unknown> {
  const spec = componentInputs(name);
  const out: Record<string, unknown> = {};
  const set = (input: string, value: unknown) => {
    const s = spec[input];
    if (!s) return;
    if (JSON.stringify(s.default) !== JSON.stringify(value)) out[input] = value;
  };
  const stage = name === 'mirror' ? o.mirrorStage : o.stage;
  set('stage', stage);
  set('job_prefix', o.jobPrefix);
  if (PER_ARCH.has(name)) {
    set(
      'matrix',
      o.platforms.map((p) => {
        const platform = formatPlatform(p);
        const tag = o.runnerTags.get(platform)?.[0];
        if (!tag) throw new UsageError(`no runner tag for ${platform}: pass --runner-tag ${platform}=TAG`);
        return { GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tag };
      }),
    );
  }
  if (o.dindMtu !== undefined) set('dind_mtu', o.dindMtu);
  let anyDollar = false;
  for (const s of Object.keys(SETTINGS) as SettingName[]) {
    const setting = SETTINGS[s];
    if (!spec[setting.input]) continue;
    const v = setting.inline(o);
    const value = setting.spec.type === 'boolean' ? v.value === 'true' : v.value;
    if (setting.user && !v.expand && v.value.includes('$')) anyDollar = true;
    set(setting.input, value);
  }
  for (const t of Object.keys(TOOL_INPUTS) as ToolName[]) {
    const input = TOOL_INPUTS[t].input;
    if (spec[input] && spec[input].default === toolDefault(t)) set(input, o.images[t]);
  }
  if (anyDollar) out.expand_variables = false;
  return out;
}

/** A short `.gitlab-ci.yml` that includes our components. */
export function renderIncludes(options: GitlabOptions, inc: IncludeOptions, command?: string): string {
  const o = resolveOptions(options);
  if (o.mode === 'buildah' && o.buildahStrategy === 'native')
    throw new UsageError('the buildah component builds in one job; use --include inline for per-arch buildah jobs');
  const names: ComponentName[] = [...(o.mirror.value ? (['mirror'] as const) : []), o.mode];
  const include = names.map((n) => {
    const ref = inc.kind === 'local' ? { local: `${inc.project}/templates/${n}.yml` } : { component: `${inc.project}/${n}@${inc.version}` };
    const inputs = includeInputs(n, o);
    return Object.keys(inputs).length ? { ...ref, inputs } : ref;
  });
  const extra: Record<string, unknown> = {};
  if (o.jobTags.length) {
    // runner tags of the components' single jobs: redefine the jobs' tags (GitLab merges them)
    const doc = { jobs: { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: 1 } : {}), ...modeDoc(layoutFor(o.mode, new Set()), o).jobs } };
    for (const job of Object.keys(doc.jobs)) {
      const name = job.replace('$[[ inputs.job_prefix ]]', o.jobPrefix);
      if (!/-build$/.test(name) || !PER_ARCH.has(o.mode)) extra[name] = { tags: o.jobTags };
    }
  }
  const header = [`${GENERATED_BY} (mode: ${o.mode}, components).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
  return `${header.map((l) => `# ${l}`).join('\n')}\n${toYaml({ include, ...extra })}`;
}
