export const id = 808;
export const ids = [808];
export const modules = {

/***/ 6271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabCommand: () => (/* binding */ gitlabCommand),
/* harmony export */   optionsFromArgs: () => (/* binding */ optionsFromArgs)
/* harmony export */ });
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2344);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1090);
/* harmony import */ var _scaffold_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8485);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);






const TOOLS = ['docker', 'dind', 'binfmt', 'buildkit', 'kaniko', 'manifestTool', 'buildah', 'buildkitRootless', 'skopeo', 'cosign'];
function optionalBool(args, name) {
    const v = args.flags[name];
    return typeof v === 'boolean' ? v : undefined;
}
function keyValue(flag, item) {
    const i = item.indexOf('=');
    if (i <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag} takes KEY=VALUE, not "${item}"`);
    return [item.slice(0, i), item.slice(i + 1)];
}
/** Flags -> template options. Exported for tests. */
function optionsFromArgs(args) {
    const mode = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'mode') ?? args.positionals[0];
    if (!mode)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--mode is required: ${_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.join(', ')}`);
    if (!_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.includes(mode))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown mode "${mode}"; use one of ${_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.join(', ')}`);
    const runnerTags = {};
    for (const item of (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'runner-tag')) {
        const [platform, tags] = keyValue('runner-tag', item);
        runnerTags[platform] = [...(runnerTags[platform] ?? []), ...tags.split(',').filter(Boolean)];
    }
    const images = {};
    for (const item of (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'tool-image')) {
        const [tool, image] = keyValue('tool-image', item);
        if (!TOOLS.includes(tool))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--tool-image: unknown tool "${tool}"; use one of ${TOOLS.join(', ')}`);
        images[tool] = image;
    }
    const mirror = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'mirror').map((m) => {
        const i = m.indexOf('=');
        return i > 0 ? { source: m.slice(0, i), destination: m.slice(i + 1) } : { source: m };
    });
    const mtu = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'dind-mtu');
    const strategy = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'buildah-strategy');
    if (strategy !== undefined && strategy !== 'emulated' && strategy !== 'native')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--buildah-strategy takes emulated or native');
    const driver = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'builder-driver');
    if (driver !== undefined && driver !== 'docker' && driver !== 'docker-container')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--builder-driver takes docker-container or docker');
    const sign = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'sign');
    if (sign !== undefined && sign !== 'none' && sign !== 'key' && sign !== 'keyless')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--sign takes key, keyless or none');
    const platforms = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'platforms');
    const tags = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'tag');
    const tagRules = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'tag-rule');
    const defaultBranch = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'default-branch');
    return {
        mode: mode,
        image: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'image'),
        tags: tags.length ? tags : undefined,
        ...(tagRules.length ? { tagRules } : {}),
        ...(defaultBranch !== undefined ? { defaultBranch } : {}),
        platforms: platforms.length ? platforms : undefined,
        context: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'context'),
        dockerfile: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'file'),
        buildArgs: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'build-arg'),
        cache: optionalBool(args, 'cache'),
        cacheRef: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'cache-ref'),
        attestations: optionalBool(args, 'attestations'),
        mirror,
        mirrorPrefix: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'mirror-prefix'),
        runnerTags,
        jobTags: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagList */ .zg)(args, 'job-tag'),
        stage: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'stage'),
        mergeStage: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'merge-stage'),
        mirrorStage: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'mirror-stage'),
        jobPrefix: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'job-prefix'),
        registry: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'registry'),
        registryUserVariable: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'registry-user-var'),
        registryPasswordVariable: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'registry-password-var'),
        tlsVerify: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBool */ .NZ)(args, 'insecure-registry') ? false : undefined,
        binfmt: optionalBool(args, 'binfmt'),
        builderDriver: driver,
        dindMtu: mtu === undefined ? undefined : Number(mtu),
        archTagPrefix: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'arch-tag-prefix'),
        buildahStrategy: strategy,
        ...(sign !== undefined ? { sign: sign } : {}),
        cosignTlog: optionalBool(args, 'cosign-tlog'),
        expandVariables: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBool */ .NZ)(args, 'expand-variables'),
        images,
    };
}
const gitlabCommand = {
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
            description: 'a docker/metadata-action tag rule computed in the job: type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}, type=ref,event=branch|tag|pr, type=sha, type=raw,value=…, type=schedule (default: the policy in README)',
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
            description: 'key or keyless: a <prefix>-sign job signs the index and every platform manifest with cosign, by digest, and verifies them (key: COSIGN_PRIVATE_KEY, COSIGN_PASSWORD variables; keyless: SIGSTORE_ID_TOKEN)',
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
        const include = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'include') ?? 'inline';
        if (include !== 'inline' && include !== 'component')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--include takes inline or component');
        const command = ['gen-ci', 'gitlab', ...rawArgs(args)].map(_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .shellWord */ .r).join(' ');
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
        const json = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBool */ .NZ)(args, 'json');
        const text = include === 'component'
            ? (0,_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderIncludes */ .ac)(options, { project: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'component-project') ?? '$CI_SERVER_FQDN/gen-ci/gen-ci', version: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'component-version') ?? '~latest' }, command)
            : (0,_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPipeline */ .ju)(options, command);
        const out = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagString */ .w)(args, 'out');
        const summary = { mode: options.mode, include };
        if (!out) {
            if (!json)
                io.out(text.replace(/\n$/, ''));
            else {
                const pipeline = include === 'component' ? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3243))).load(text) : (0,_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .docToObject */ .Bf)((0,_gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__/* .generatePipeline */ .wf)(options));
                (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)(io, { ...summary, pipeline });
            }
            return 0;
        }
        // the one mechanism init uses: the same content is left as is, a different file only with --force
        const cwd = process.cwd();
        const [plan] = (0,_scaffold_files_js__WEBPACK_IMPORTED_MODULE_3__/* .planFiles */ .j)(cwd, [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, out)), content: text }], (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBool */ .NZ)(args, 'force'));
        if (!plan)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`nothing planned for ${out}`);
        if (plan.action === 'kept') {
            const e = new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${out} exists and differs from what gen-ci gitlab would write; left alone (--force overwrites it)`, 1, 'exists');
            if (json)
                (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printJsonFailure */ .CQ)(io, { ...summary, out, action: plan.action }, e);
            throw e;
        }
        (0,_scaffold_files_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPlan */ .g)(cwd, [plan]);
        if (json)
            (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)(io, { ...summary, out, action: plan.action });
        else
            io.err(plan.action === 'unchanged' ? `gen-ci: ${out} is up to date` : `gen-ci: wrote ${out}`);
        return 0;
    },
};
/** The flags as given, for the "regenerate with" comment (without --out, --force, --json: the file is the same whatever they are). */
function rawArgs(args) {
    const out = [];
    for (const [k, v] of Object.entries(args.flags)) {
        if (k === 'out' || k === 'force' || k === 'json')
            continue;
        if (v === true)
            out.push(`--${k}`);
        else if (v === false)
            out.push(`--${k}=false`);
        else if (Array.isArray(v))
            for (const x of v)
                out.push(`--${k}=${x}`);
        else
            out.push(`--${k}=${v}`);
    }
    return out;
}


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   DN: () => (/* binding */ platformSlug),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J2: () => (/* binding */ platformSetSlug),
/* harmony export */   VX: () => (/* binding */ parsePlatformList),
/* harmony export */   _H: () => (/* binding */ isUnknownPlatform),
/* harmony export */   de: () => (/* binding */ variantCloseness),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   k8: () => (/* binding */ runsOn),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   y$: () => (/* binding */ nativePlatforms)
/* harmony export */ });
/* unused harmony export PLATFORM_FORMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'illumos', 'solaris', 'aix', 'plan9', 'wasip1', 'js']);
const KNOWN_ARCH = new Set(['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm']);
/** Aliases users type, mapped to [architecture, variant]. Debian's armhf is ARMv7 (Alpine's armhf is v6). */
const ARCH_ALIASES = {
    x86_64: ['amd64', undefined],
    'x86-64': ['amd64', undefined],
    x64: ['amd64', undefined],
    aarch64: ['arm64', undefined],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    armv7: ['arm', 'v7'],
    armv7l: ['arm', 'v7'],
    armv6: ['arm', 'v6'],
    armv6l: ['arm', 'v6'],
    i386: ['386', undefined],
    i686: ['386', undefined],
    x86: ['386', undefined],
};
const PLATFORM_FORMS = 'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/riscv64; aliases such as amd64, x86_64, aarch64, arm64/v8, armhf (= arm/v7, Debian\'s meaning), armel (= arm/v6), i386 are accepted';
/** Parse and normalise one platform string. Throws UsageError with the valid forms. */
function parsePlatform(input) {
    const raw = input.trim().toLowerCase();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid platform "${input.trim()}": ${why}; use ${PLATFORM_FORMS}`);
    };
    if (!raw)
        fail('empty');
    const parts = raw.split('/');
    if (parts.length > 3 || parts.some((p) => !p))
        fail('too many or empty parts');
    let os = 'linux';
    let rest = parts;
    if (KNOWN_OS.has(parts[0])) {
        os = parts[0];
        rest = parts.slice(1);
    }
    else if (parts.length === 3) {
        fail(`unknown operating system "${parts[0]}"`);
    }
    if (rest.length === 0)
        fail('missing architecture');
    let arch = rest[0];
    let variant = rest[1];
    const alias = ARCH_ALIASES[arch];
    if (alias) {
        if (variant && alias[1] && normaliseArmVariant(variant) !== alias[1])
            fail(`"${arch}" already means ${alias[0]}/${alias[1]}`);
        [arch, variant] = [alias[0], variant ?? alias[1]];
    }
    if (!KNOWN_ARCH.has(arch)) {
        if (parts.length === 2 && !KNOWN_OS.has(parts[0]))
            fail(`unknown operating system "${parts[0]}"`);
        fail(`unknown architecture "${arch}"`);
    }
    return normalise({ os, architecture: arch, variant });
}
function normaliseArmVariant(v) {
    return /^\d+$/.test(v) ? `v${v}` : v;
}
/** containerd's normalisation: arm64/v8 -> arm64, arm -> arm/v7, amd64/v1 -> amd64, 7 -> v7. */
function normalise(p) {
    const os = p.os.toLowerCase();
    let architecture = p.architecture.toLowerCase();
    let variant = p.variant ? normaliseArmVariant(p.variant.toLowerCase()) : undefined;
    const alias = ARCH_ALIASES[architecture];
    if (alias)
        [architecture, variant] = [alias[0], variant ?? alias[1]];
    if (architecture === 'arm64' && variant === 'v8')
        variant = undefined;
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm' && !variant)
        variant = 'v7';
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Both sides are normalised before comparing. */
function samePlatform(a, b) {
    return formatPlatform(normalise(a)) === formatPlatform(normalise(b));
}
/**
 * A variant's rank among the variants of its architecture, as containerd's platform matcher orders
 * them: arm v5 < v6 < v7 < v8; arm64 v8.0 … v8.9, then v9.0 = v8.5 (Armv9.0 is based on Armv8.5);
 * amd64 v1 < v2 < v3 < v4. undefined for variants it does not know.
 */
function variantRank(architecture, variant) {
    if (architecture === 'arm64') {
        const m = /^v(8|9)(?:\.(\d))?$/.exec(variant ?? 'v8');
        if (!m)
            return undefined;
        const minor = Number(m[2] ?? 0);
        return m[1] === '8' ? minor : minor + 5;
    }
    if (architecture === 'arm' || architecture === 'amd64') {
        const m = /^v(\d+)$/.exec(variant ?? (architecture === 'amd64' ? 'v1' : 'v7'));
        return m ? Number(m[1]) : undefined;
    }
    return undefined;
}
/**
 * Does an image built for `image` run on a `target` machine? The same platform, or an older variant
 * of the same architecture (arm64 on arm64/v9, arm/v6 on arm/v7, amd64 on amd64/v3), as containerd
 * matches them; never across architectures (arm/v7 is not arm64, arm/v7 does not run on arm/v6).
 */
function runsOn(image, target) {
    const i = normalise(image);
    const t = normalise(target);
    if (i.os !== t.os || i.architecture !== t.architecture)
        return false;
    if (i.variant === t.variant)
        return true;
    const ri = variantRank(i.architecture, i.variant);
    const rt = variantRank(t.architecture, t.variant);
    return ri !== undefined && rt !== undefined && ri <= rt;
}
/** How close a compatible image variant is to the target: higher is better (pure; among variants the target can run, the highest rank is the closest, so the target itself is not read). */
function variantCloseness(image, _target) {
    const i = normalise(image);
    return variantRank(i.architecture, i.variant) ?? -1;
}
/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
function parsePlatformList(input) {
    const out = [];
    const seen = new Set();
    for (const item of input.split(/[\s,]+/)) {
        if (!item)
            continue;
        const p = parsePlatform(item);
        const key = formatPlatform(p);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
/** Is this an attestation entry (buildx writes them as unknown/unknown)? */
function isUnknownPlatform(p) {
    return !p || p.os === 'unknown' || p.architecture === 'unknown';
}
/** The platforms a machine of this Node process architecture runs without emulation. */
function nativePlatforms(nodeArch = process.arch) {
    switch (nodeArch) {
        case 'x64':
            return [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: '386' }];
        case 'arm64':
            return [{ os: 'linux', architecture: 'arm64' }];
        case 'arm':
            return [{ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm', variant: 'v6' }];
        case 'ia32':
            return [{ os: 'linux', architecture: '386' }];
        case 'riscv64':
        case 's390x':
        case 'ppc64':
        case 'loong64':
            return [{ os: 'linux', architecture: nodeArch === 'ppc64' ? 'ppc64le' : nodeArch }];
        default:
            return [];
    }
}
/**
 * `linux/arm/v7` -> `linux-arm-v7`: the one slug of a platform, wherever a name cannot hold a slash:
 * the action's per-platform cache refs, the workflow's artifact names, GitLab's per-arch job names,
 * tags and cache refs (the jobs' shell computes the same: tr / -).
 */
function platformSlug(p) {
    return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}
/** A platform set's slug (`linux-amd64+linux-arm64`): cache refs, gha scopes and local cache directories of one build. */
function platformSetSlug(platforms) {
    return platforms.map(platformSlug).join('+');
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ backoffMs),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting between attempts, the one place it is done: an abortable sleep and exponential backoff.
/** Wait ms; with a signal, stop early when it aborts and reject with `reason(signal)` (default: its reason). */
function sleep(ms, signal, reason = (s) => s.reason) {
    if (!signal)
        return new Promise((r) => setTimeout(r, ms));
    if (signal.aborted)
        return Promise.reject(reason(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(t);
            reject(reason(signal));
        };
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The delay before retry `attempt` (0-based): baseMs doubled each time, at most capMs; with
 * jitter, a random point in the upper half (so parallel clients do not retry in step).
 */
function backoffMs(attempt, baseMs, capMs = 30_000, jitter = () => 1) {
    const base = baseMs * 2 ** attempt;
    return Math.min(base / 2 + (jitter() * base) / 2, capMs);
}


/***/ })

};
