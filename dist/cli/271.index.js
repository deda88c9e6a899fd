export const id = 271;
export const ids = [271];
export const modules = {

/***/ 6271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabCommand: () => (/* binding */ gitlabCommand),
/* harmony export */   optionsFromArgs: () => (/* binding */ optionsFromArgs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _gitlab_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8624);
/* harmony import */ var _scaffold_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8485);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);





const TOOLS = ['docker', 'dind', 'binfmt', 'buildkit', 'kaniko', 'manifestTool', 'buildah', 'buildkitRootless', 'skopeo'];
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
        expandVariables: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .flagBool */ .NZ)(args, 'expand-variables'),
        images,
    };
}
/** POSIX-quote an argument for the "regenerate with" line. */
function shellWord(s) {
    return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
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


/***/ })

};
