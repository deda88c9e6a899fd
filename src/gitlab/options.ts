import { UsageError } from '../core/errors.js';
import { formatPlatform, type Platform, parsePlatform, parsePlatformList } from '../core/platform.js';
import { PINNED_BINFMT, PINNED_BUILDKIT } from '../core/helper-images.js';
import { DEFAULT_RULES } from '../metadata/index.js';
import { checkBranchName, checkShellRules, tagsOtherBranches } from './tags.js';

/** How the image is built. One file per mode under src/gitlab/. */
export const MODES = ['buildx', 'native', 'kaniko', 'buildah', 'buildkit'] as const;
export type Mode = (typeof MODES)[number];

export type BuilderDriver = 'docker-container' | 'docker';

/** The container images the generated jobs run in. Every one is an input, so users can pin or mirror them. */
export interface ToolImages {
  /** docker CLI with the buildx plugin */
  docker: string;
  /** the Docker-in-Docker service */
  dind: string;
  /** registers QEMU binfmt handlers */
  binfmt: string;
  /** BuildKit for the docker-container builder; empty: buildx's default */
  buildkit: string;
  /** Kaniko executor, a `-debug` variant (it has a shell) */
  kaniko: string;
  /** manifest-tool, an `alpine-` variant (it has a shell) */
  manifestTool: string;
  buildah: string;
  /** rootless BuildKit with buildctl-daemonless.sh */
  buildkitRootless: string;
  skopeo: string;
  /** cosign with a shell (the sign job), a `-dev` variant */
  cosign: string;
}

/**
 * Defaults, pinned. Kaniko was archived by Google in June 2025; the default is the
 * osscontainertools fork (published as martizih/kaniko), the fork that still fixes bugs.
 */
export const DEFAULT_IMAGES: ToolImages = {
  docker: 'docker:28-cli',
  dind: 'docker:28-dind',
  // one pin for the whole product: the action and the GitLab templates install the same QEMU and BuildKit
  binfmt: PINNED_BINFMT,
  buildkit: PINNED_BUILDKIT,
  kaniko: 'martizih/kaniko:v1.27.6-debug',
  manifestTool: 'mplatform/manifest-tool:alpine-v2.2.0',
  buildah: 'quay.io/buildah/stable:v1.42.2',
  buildkitRootless: `${PINNED_BUILDKIT}-rootless`,
  skopeo: 'quay.io/skopeo/stable:v1.18.0',
  // sigstore's -dev images are the release image plus busybox (/busybox/sh), the shell a job needs
  cosign: 'ghcr.io/sigstore/cosign/cosign:v2.6.1-dev',
};

/** How the sign job signs: `none` (no job), with a key pair, or keyless (GitLab's OIDC token, Fulcio, Rekor). */
export const SIGN_MODES = ['none', 'key', 'keyless'] as const;
export type SignMode = (typeof SIGN_MODES)[number];

/** Runner tags of GitLab.com's hosted Linux runners, by platform. */
export const GITLAB_COM_RUNNER_TAGS: Record<string, string[]> = {
  'linux/amd64': ['saas-linux-small-amd64'],
  'linux/arm64': ['saas-linux-small-arm64'],
};

export interface MirrorEntry {
  source: string;
  /** empty: `<mirrorPrefix>/<last path element of source>` */
  destination?: string;
}

/** Everything a generated pipeline depends on. Only `mode` is required. */
export interface GitlabOptions {
  mode: Mode;
  /** repository to push to; default `$CI_REGISTRY_IMAGE` */
  image?: string;
  /** literal tags of the final image; default: made by `tagRules` from the pipeline's ref */
  tags?: string[];
  /** docker/metadata-action tag rules (the subset tags.ts computes in sh); default DEFAULT_RULES, gen-ci's policy */
  tagRules?: string[];
  /** the branch tagged latest, whose pushes run the jobs; default `$CI_DEFAULT_BRANCH` */
  defaultBranch?: string;
  /** default linux/amd64 and linux/arm64 */
  platforms?: (Platform | string)[];
  /** build context, relative to the project directory; default `.` */
  context?: string;
  /** Dockerfile path relative to the project directory; default `<context>/Dockerfile` */
  dockerfile?: string;
  /** `KEY=VALUE` */
  buildArgs?: string[];
  /** registry layer cache; default on (off for buildah) */
  cache?: boolean;
  /** cache reference; default `<image>:buildcache` (kaniko: `<image>/cache`); per-arch jobs append `-<arch>` */
  cacheRef?: string;
  /** provenance and SBOM attestations; default off */
  attestations?: boolean;
  /** base images to copy into our registry first (skopeo copy --multi-arch=all) */
  mirror?: MirrorEntry[];
  /** where mirrored images go when an entry has no destination; default `<image>/mirror` */
  mirrorPrefix?: string;
  /** runner tags per platform for per-arch jobs; default GitLab.com's hosted runners for amd64 and arm64 */
  runnerTags?: Record<string, string[]>;
  /** runner tags of single jobs (buildx, buildah, buildkit, merge, mirror); default none */
  jobTags?: string[];
  /** stage of the build jobs; default `build` */
  stage?: string;
  /** stage of the merge job; default the build stage (it waits for the builds by `needs:`) */
  mergeStage?: string;
  /** stage of the mirror job; default `.pre` */
  mirrorStage?: string;
  /** job names start with this; default `image` */
  jobPrefix?: string;
  /** registry to log in to; default `$CI_REGISTRY`; empty: no login */
  registry?: string;
  /** names of the CI/CD variables with the credentials; default CI_REGISTRY_USER / CI_REGISTRY_PASSWORD */
  registryUserVariable?: string;
  registryPasswordVariable?: string;
  /** verify TLS of registries; default true (false for plain-HTTP registries) */
  tlsVerify?: boolean;
  /** register QEMU binfmt handlers (buildx); default true */
  binfmt?: boolean;
  /** buildx builder driver (buildx, native); default docker-container */
  builderDriver?: BuilderDriver;
  /** MTU of the Docker-in-Docker network, for runners whose network needs it (GitLab.com's Arm runners) */
  dindMtu?: number;
  /** per-arch tags are `<image>:<prefix>-<arch>`; default `$CI_COMMIT_SHA` so branches never overwrite each other */
  archTagPrefix?: string;
  /** buildah: one job with emulation (`emulated`) or one job per platform on native runners + a manifest job */
  buildahStrategy?: 'emulated' | 'native';
  /** cosign signatures of the index and every platform manifest, in a `<prefix>-sign` job; default none (`true`: key) */
  sign?: SignMode | boolean;
  /** upload signatures to Rekor and check them there; default true (false: offline registries, test rigs) */
  cosignTlog?: boolean;
  /** let GitLab expand `$VARIABLE` references in user values; default false (values are literal) */
  expandVariables?: boolean;
  images?: Partial<ToolImages>;
}

/** The options with defaults filled in and everything validated. */
export interface ResolvedOptions {
  mode: Mode;
  image: Value;
  tags: Value;
  tagRules: Value;
  /** '' when not given: $CI_DEFAULT_BRANCH */
  defaultBranch: Value;
  /** a tag rule tags other branches too: the jobs run for every branch */
  otherBranches: boolean;
  platforms: Platform[];
  context: Value;
  dockerfile: Value;
  buildArgs: Value;
  cache: boolean;
  cacheRef: Value;
  attestations: boolean;
  mirror: Value;
  mirrorPrefix: Value;
  runnerTags: Map<string, string[]>;
  jobTags: string[];
  stage: string;
  mergeStage: string;
  mirrorStage: string;
  jobPrefix: string;
  registry: Value;
  registryUser: Value;
  registryPassword: Value;
  tlsVerify: boolean;
  binfmt: boolean;
  builderDriver: BuilderDriver;
  dindMtu?: number;
  archTagPrefix: Value;
  buildahStrategy: 'emulated' | 'native';
  sign: SignMode;
  cosignTlog: boolean;
  images: ToolImages;
}

/** A value for a job variable: the text, and whether GitLab may expand `$VAR` references in it. */
export interface Value {
  value: string;
  expand: boolean;
}

const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;

function listItem(field: string, item: string, extra: RegExp | undefined, why: string): string {
  if (/[\r\n]/.test(item)) throw new UsageError(`${field} "${item.replace(/[\r\n]+/g, '⏎')}" contains a line break; lists are passed one item per line`);
  if (extra?.test(item)) throw new UsageError(`${field} "${item}" ${why}`);
  return item;
}

export function resolveOptions(o: GitlabOptions): ResolvedOptions {
  if (!MODES.includes(o.mode)) throw new UsageError(`unknown mode "${o.mode}"; use one of ${MODES.join(', ')}`);
  const expand = o.expandVariables === true;
  const user = (value: string): Value => ({ value, expand });
  const ours = (value: string): Value => ({ value, expand: true });

  const platforms: Platform[] = [];
  for (const p of o.platforms ?? ['linux/amd64', 'linux/arm64']) {
    const parsed = typeof p === 'string' ? parsePlatformList(p) : [parsePlatform(formatPlatform(p))];
    for (const q of parsed) if (!platforms.some((x) => formatPlatform(x) === formatPlatform(q))) platforms.push(q);
  }
  if (platforms.length === 0) throw new UsageError('no platforms given');

  const tags = o.tags ?? [];
  for (const t of tags) {
    listItem('tag', t, /,/, 'contains a comma; give one tag per --tag');
    if (t === '') throw new UsageError('empty tag');
  }
  const tagRules = o.tagRules ?? [];
  if (tags.length && tagRules.length) throw new UsageError('give tags (literal) or tag rules, not both');
  for (const r of tagRules) listItem('tag rule', r, undefined, '');
  const rules = checkShellRules(tagRules);
  if (o.defaultBranch !== undefined) checkBranchName(o.defaultBranch);
  const buildArgs = o.buildArgs ?? [];
  for (const a of buildArgs) {
    listItem('build arg', a, undefined, '');
    const name = a.split('=', 1)[0] ?? '';
    if (!a.includes('=') || !ident.test(name)) throw new UsageError(`build arg "${a}" is not NAME=VALUE with a NAME of letters, digits and _`);
  }
  const mirrorLines = (o.mirror ?? []).map((m) => {
    listItem('mirror source', m.source, /[=\s]/, 'contains "=" or a space');
    if (!m.source) throw new UsageError('empty mirror source');
    if (m.destination !== undefined) listItem('mirror destination', m.destination, /[=\s]/, 'contains "=" or a space');
    return m.destination ? `${m.source}=${m.destination}` : m.source;
  });

  for (const [name, v] of [
    ['registry user variable', o.registryUserVariable],
    ['registry password variable', o.registryPasswordVariable],
  ] as const) {
    if (v !== undefined && !ident.test(v)) throw new UsageError(`${name} "${v}" must be a variable name (letters, digits, _)`);
  }

  const runnerTags = new Map<string, string[]>();
  for (const [k, v] of Object.entries(GITLAB_COM_RUNNER_TAGS)) runnerTags.set(k, v);
  for (const [k, v] of Object.entries(o.runnerTags ?? {})) runnerTags.set(formatPlatform(parsePlatform(k)), v);

  const stage = o.stage ?? 'build';
  const jobPrefix = o.jobPrefix ?? 'image';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(jobPrefix)) throw new UsageError(`job prefix "${jobPrefix}" may hold letters, digits, ".", "_" and "-" only`);
  if (o.dindMtu !== undefined && !(Number.isInteger(o.dindMtu) && o.dindMtu >= 576 && o.dindMtu <= 65535)) {
    throw new UsageError(`dind MTU ${o.dindMtu} is not a whole number between 576 and 65535`);
  }
  const images = { ...DEFAULT_IMAGES, ...o.images };
  for (const [k, v] of Object.entries(images)) {
    if (/[\r\n]/.test(v)) throw new UsageError(`${k} image contains a line break`);
  }
  const sign: SignMode = o.sign === true ? 'key' : o.sign === false || o.sign === undefined ? 'none' : o.sign;
  if (!SIGN_MODES.includes(sign)) throw new UsageError(`sign "${String(o.sign)}" is not one of ${SIGN_MODES.join(', ')}`);
  if (sign !== 'none' && o.mode === 'buildkit') {
    throw new UsageError('sign is not available in buildkit mode yet: its job has no registry client to read the platform digests of the index; use buildx or buildah');
  }
  const archTagPrefix = o.archTagPrefix;
  if (archTagPrefix !== undefined) listItem('arch tag prefix', archTagPrefix, /,/, 'contains a comma');

  return {
    mode: o.mode,
    image: o.image !== undefined ? user(o.image) : ours('$CI_REGISTRY_IMAGE'),
    tags: user(tags.join('\n')),
    tagRules: user(tagRules.length ? tagRules.join('\n') : DEFAULT_RULES),
    defaultBranch: ours(o.defaultBranch ?? ''),
    otherBranches: !tags.length && tagsOtherBranches(rules),
    platforms,
    context: user(o.context ?? '.'),
    dockerfile: user(o.dockerfile ?? ''),
    buildArgs: user(buildArgs.join('\n')),
    cache: o.cache ?? o.mode !== 'buildah',
    cacheRef: user(o.cacheRef ?? ''),
    attestations: o.attestations === true,
    mirror: user(mirrorLines.join('\n')),
    mirrorPrefix: user(o.mirrorPrefix ?? ''),
    runnerTags,
    jobTags: o.jobTags ?? [],
    stage,
    mergeStage: o.mergeStage ?? stage,
    mirrorStage: o.mirrorStage ?? '.pre',
    jobPrefix,
    registry: o.registry !== undefined ? user(o.registry) : ours('$CI_REGISTRY'),
    registryUser: ours(`$${o.registryUserVariable ?? 'CI_REGISTRY_USER'}`),
    registryPassword: ours(`$${o.registryPasswordVariable ?? 'CI_REGISTRY_PASSWORD'}`),
    tlsVerify: o.tlsVerify !== false,
    binfmt: o.binfmt !== false,
    builderDriver: o.builderDriver ?? 'docker-container',
    dindMtu: o.dindMtu,
    archTagPrefix: archTagPrefix !== undefined ? user(archTagPrefix) : ours('$CI_COMMIT_SHA'),
    buildahStrategy: o.buildahStrategy ?? 'emulated',
    sign,
    cosignTlog: o.cosignTlog !== false,
    images,
  };
}

