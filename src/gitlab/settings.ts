import { formatPlatform } from '../core/platform.js';
import type { VariableValue } from './model.js';
import { DEFAULT_RULES } from '../metadata/index.js';
import { DEFAULT_IMAGES, type ResolvedOptions, type ToolImages, type Value } from './options.js';

/**
 * Every user setting reaches the job script the same way: as a job variable
 * (GENCI_*), referenced in the script as "$GENCI_X" inside double quotes. The
 * script text itself never contains a user value, so no value can inject a command,
 * and YAML quoting is js-yaml's job. In an inline pipeline the variable holds the
 * literal value (`expand: false` when it contains `$`); in a component it holds
 * `$[[ inputs.x ]]`, which GitLab interpolates into the parsed YAML.
 */
export interface InputSpec {
  type: 'string' | 'boolean' | 'number' | 'array';
  default: string | boolean | number | unknown[];
  description: string;
  options?: string[];
  regex?: string;
}

export interface Setting {
  variable: string;
  input: string;
  spec: InputSpec;
  /** a user value: literal unless expand_variables; otherwise a reference GitLab always expands */
  user: boolean;
  /** the value in an inline pipeline */
  inline: (o: ResolvedOptions) => Value;
}

const b = (v: boolean): Value => ({ value: String(v), expand: true });
const PLATFORM_RE = '[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?';

export const SETTINGS = {
  image: {
    variable: 'GENCI_IMAGE',
    input: 'image',
    user: true,
    spec: { type: 'string', default: '$CI_REGISTRY_IMAGE', description: 'Repository to push the image to.' },
    inline: (o) => o.image,
  },
  tags: {
    variable: 'GENCI_TAGS',
    input: 'tags',
    user: true,
    spec: {
      type: 'string',
      default: '',
      description: 'Tags of the final image, separated by commas or new lines, pushed as given (a merge request still pushes nothing). Empty: made by tag_rules.',
    },
    inline: (o) => o.tags,
  },
  tagRules: {
    variable: 'GENCI_TAG_RULES',
    input: 'tag_rules',
    user: true,
    spec: {
      type: 'string',
      default: DEFAULT_RULES,
      description:
        "When tags is empty: docker/metadata-action tag rules, one per line, computed in the job (type=semver with pattern={{version}}, {{major}}.{{minor}} or {{major}}; type=ref with event=branch, tag or pr; type=sha; type=raw; type=schedule; enable=, prefix=, suffix=, priority=). The default is gen-ci's policy, the action's: a tag v1.2.3 gives 1.2.3, 1.2, 1 and latest; the default branch latest and sha-<short>; a merge request pr-<iid>, built and not pushed.",
    },
    inline: (o) => o.tagRules,
  },
  defaultBranch: {
    variable: 'GENCI_DEFAULT_BRANCH',
    input: 'default_branch',
    user: false,
    spec: {
      type: 'string',
      default: '',
      description: 'The branch tagged latest (the jobs also run for its pushes). Empty: the project default branch ($CI_DEFAULT_BRANCH).',
      regex: '^[A-Za-z0-9._/-]*$',
    },
    inline: (o) => o.defaultBranch,
  },
  platforms: {
    variable: 'GENCI_PLATFORMS',
    input: 'platforms',
    user: false,
    spec: {
      type: 'string',
      default: 'linux/amd64,linux/arm64',
      description: 'Platforms to build, comma separated (os/arch[/variant]).',
      regex: `^${PLATFORM_RE}(,${PLATFORM_RE})*$`,
    },
    inline: (o) => ({ value: o.platforms.map(formatPlatform).join(','), expand: false }),
  },
  context: {
    variable: 'GENCI_CONTEXT',
    input: 'context',
    user: true,
    spec: { type: 'string', default: '.', description: 'Build context, relative to the project directory.' },
    inline: (o) => o.context,
  },
  dockerfile: {
    variable: 'GENCI_DOCKERFILE',
    input: 'dockerfile',
    user: true,
    spec: { type: 'string', default: '', description: 'Dockerfile, relative to the project directory. Empty: <context>/Dockerfile.' },
    inline: (o) => o.dockerfile,
  },
  buildArgs: {
    variable: 'GENCI_BUILD_ARGS',
    input: 'build_args',
    user: true,
    spec: { type: 'string', default: '', description: 'Build arguments, NAME=VALUE, one per line.' },
    inline: (o) => o.buildArgs,
  },
  cache: {
    variable: 'GENCI_CACHE',
    input: 'cache',
    user: false,
    spec: { type: 'boolean', default: true, description: 'Use a registry layer cache.' },
    inline: (o) => b(o.cache),
  },
  cacheRef: {
    variable: 'GENCI_CACHE_REF',
    input: 'cache_ref',
    user: true,
    spec: { type: 'string', default: '', description: 'Cache reference. Empty: <image>:buildcache. Per-arch jobs append -<arch>.' },
    inline: (o) => o.cacheRef,
  },
  attestations: {
    variable: 'GENCI_ATTESTATIONS',
    input: 'attestations',
    user: false,
    spec: { type: 'boolean', default: false, description: 'Attach provenance and SBOM attestations.' },
    inline: (o) => b(o.attestations),
  },
  registry: {
    variable: 'GENCI_REGISTRY',
    input: 'registry',
    user: true,
    spec: { type: 'string', default: '$CI_REGISTRY', description: 'Registry to log in to. Empty: no login.' },
    inline: (o) => o.registry,
  },
  registryUser: {
    variable: 'GENCI_REGISTRY_USER',
    input: 'registry_user',
    user: false,
    spec: { type: 'string', default: '$CI_REGISTRY_USER', description: 'User name for the registry; a CI/CD variable reference.' },
    inline: (o) => o.registryUser,
  },
  registryPassword: {
    variable: 'GENCI_REGISTRY_PASSWORD',
    input: 'registry_password',
    user: false,
    spec: { type: 'string', default: '$CI_REGISTRY_PASSWORD', description: 'Password for the registry; a CI/CD variable reference (keep it masked).' },
    inline: (o) => o.registryPassword,
  },
  tlsVerify: {
    variable: 'GENCI_TLS_VERIFY',
    input: 'tls_verify',
    user: false,
    spec: { type: 'boolean', default: true, description: 'Verify registry TLS certificates. false also allows plain-HTTP registries.' },
    inline: (o) => b(o.tlsVerify),
  },
  binfmt: {
    variable: 'GENCI_BINFMT',
    input: 'binfmt',
    user: false,
    spec: { type: 'boolean', default: true, description: 'Register QEMU binfmt handlers for the non-native platforms (needs a privileged runner).' },
    inline: (o) => b(o.binfmt),
  },
  binfmtImage: {
    variable: 'GENCI_BINFMT_IMAGE',
    input: 'binfmt_image',
    user: false,
    spec: { type: 'string', default: DEFAULT_IMAGES.binfmt, description: 'Image that registers the QEMU handlers.' },
    inline: (o) => ({ value: o.images.binfmt, expand: true }),
  },
  builderDriver: {
    variable: 'GENCI_BUILDER_DRIVER',
    input: 'builder_driver',
    user: false,
    spec: {
      type: 'string',
      default: 'docker-container',
      options: ['docker-container', 'docker'],
      description: 'buildx driver. docker only builds several platforms with the containerd image store.',
    },
    inline: (o) => ({ value: o.builderDriver, expand: false }),
  },
  buildkitImage: {
    variable: 'GENCI_BUILDKIT_IMAGE',
    input: 'buildkit_image',
    user: false,
    spec: {
      type: 'string',
      default: DEFAULT_IMAGES.buildkit,
      description: 'BuildKit image of the docker-container builder (pinned; empty: buildx picks its own default).',
    },
    inline: (o) => ({ value: o.images.buildkit, expand: true }),
  },
  archTagPrefix: {
    variable: 'GENCI_ARCH_TAG_PREFIX',
    input: 'arch_tag_prefix',
    user: true,
    spec: { type: 'string', default: '$CI_COMMIT_SHA', description: 'Per-arch images are pushed as <image>:<prefix>-<arch>.' },
    inline: (o) => o.archTagPrefix,
  },
  sign: {
    variable: 'GENCI_SIGN',
    input: 'sign',
    user: false,
    spec: {
      type: 'string',
      default: 'none',
      options: ['none', 'key', 'keyless'],
      description:
        'Sign the pushed index and every platform manifest with cosign, by digest, in a <prefix>-sign job that then verifies each: key (COSIGN_PRIVATE_KEY and a masked COSIGN_PASSWORD CI/CD variable) or keyless (the job\'s SIGSTORE_ID_TOKEN, Fulcio and Rekor). none: no signing.',
    },
    inline: (o) => ({ value: o.sign, expand: false }),
  },
  cosignTlog: {
    variable: 'GENCI_COSIGN_TLOG',
    input: 'cosign_tlog',
    user: false,
    spec: {
      type: 'boolean',
      default: true,
      description: 'Upload signatures to the Rekor transparency log and check them there. false: offline (--tlog-upload=false, verify with --insecure-ignore-tlog=true).',
    },
    inline: (o) => b(o.cosignTlog),
  },
  mirrorImages: {
    variable: 'GENCI_MIRROR_IMAGES',
    input: 'images',
    user: true,
    spec: { type: 'string', default: '', description: 'Images to mirror, one per line: SOURCE or SOURCE=DESTINATION.' },
    inline: (o) => o.mirror,
  },
  mirrorPrefix: {
    variable: 'GENCI_MIRROR_PREFIX',
    input: 'mirror_prefix',
    user: true,
    spec: { type: 'string', default: '', description: 'Destination of entries without one: <prefix>/<name:tag>. Empty: <image>/mirror.' },
    inline: (o) => o.mirrorPrefix,
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** Settings most modes share, in the order components declare them. */
export const SOURCE_SETTINGS: SettingName[] = ['context', 'dockerfile', 'buildArgs'];
export const CACHE_SETTINGS: SettingName[] = ['cache', 'cacheRef'];
export const LOGIN_SETTINGS: SettingName[] = ['registry', 'registryUser', 'registryPassword', 'tlsVerify'];

/** Inputs that are not job variables. */
export const EXPAND_INPUT: InputSpec = {
  type: 'boolean',
  default: true,
  description: 'Let GitLab expand $VARIABLE references in image, tags, context, build args and the other values. false: every value is literal.',
};

export type ToolName = keyof ToolImages;

export const TOOL_INPUTS: Record<ToolName, { input: string; description: string }> = {
  docker: { input: 'docker_image', description: 'Image with the docker CLI and buildx.' },
  dind: { input: 'dind_image', description: 'Docker-in-Docker service image.' },
  binfmt: { input: 'binfmt_image', description: 'Image that registers the QEMU handlers.' },
  buildkit: { input: 'buildkit_image', description: 'BuildKit image of the docker-container builder.' },
  kaniko: {
    input: 'kaniko_image',
    description: 'Kaniko executor, a -debug variant (it has a shell). Kaniko was archived in June 2025; the default is the maintained osscontainertools fork.',
  },
  manifestTool: { input: 'manifest_tool_image', description: 'manifest-tool, an alpine- variant (it has a shell).' },
  buildah: { input: 'buildah_image', description: 'Buildah image.' },
  buildkitRootless: { input: 'buildkit_image', description: 'Rootless BuildKit image with buildctl-daemonless.sh.' },
  skopeo: { input: 'skopeo_image', description: 'skopeo image.' },
  cosign: { input: 'cosign_image', description: 'cosign image with a shell (a -dev variant) for the sign job.' },
};

/** Where a job gets its settings from: literal values (inline) or component inputs. */
export interface Source {
  kind: 'inline' | 'component';
  variable(name: SettingName): VariableValue;
  /** the default branch for `rules:`: a literal branch, a component input, or undefined ($CI_DEFAULT_BRANCH) */
  defaultBranch(): string | undefined;
  /** for `image:` keys */
  tool(name: ToolName): string;
}

export function inlineSource(o: ResolvedOptions): Source {
  return {
    kind: 'inline',
    variable(name) {
      const v = SETTINGS[name].inline(o);
      if (v.expand || !v.value.includes('$')) return v.value;
      return { value: v.value, expand: false };
    },
    defaultBranch: () => o.defaultBranch.value || undefined,
    tool: (name) => o.images[name],
  };
}

export function componentSource(used: Set<string>): Source {
  return {
    kind: 'component',
    variable(name) {
      const s: Setting = SETTINGS[name];
      used.add(name);
      const value = `$[[ inputs.${s.input} ]]`;
      return s.user ? { value, expand: '$[[ inputs.expand_variables ]]' } : value;
    },
    defaultBranch() {
      used.add('defaultBranch');
      return '$[[ inputs.default_branch ]]';
    },
    tool(name) {
      used.add(`tool:${name}`);
      return `$[[ inputs.${TOOL_INPUTS[name].input} ]]`;
    },
  };
}

/** Variables for a job: setting names -> GENCI_* variables. */
export function vars(src: Source, names: SettingName[], extra: Record<string, VariableValue> = {}): Record<string, VariableValue> {
  const out: Record<string, VariableValue> = { ...extra };
  for (const n of names) out[SETTINGS[n].variable] = src.variable(n);
  return out;
}
