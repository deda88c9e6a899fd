export const id = 511;
export const ids = [511];
export const modules = {

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nP: () => (/* reexport */ GITLAB_COM_RUNNER_TAGS),
  FN: () => (/* reexport */ MODES),
  Bf: () => (/* reexport */ docToObject),
  wf: () => (/* reexport */ generatePipeline),
  ac: () => (/* reexport */ renderIncludes),
  ju: () => (/* reexport */ renderPipeline)
});

// UNUSED EXPORTS: COMPONENTS, DEFAULT_IMAGES, componentInputs, includeInputs, renderComponent, resolveOptions, staleTemplates, templateFiles, toYaml, writeTemplates

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __webpack_require__(692);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
;// CONCATENATED MODULE: ./src/core/helper-images.ts





/**
 * Known-good helper images, pinned instead of `latest` (see README, "Helper images"):
 * - binfmt qemu-v8.1.5: `latest` (QEMU 7.0) segfaults under the ASLR of newer runner kernels and
 *   the QEMU 9.2 image segfaulted in libc-bin/ldconfig of Ubuntu 22.04 (2025); 8.1.5 carries the fix.
 * - BuildKit v0.27.0: a release before attestations became OCI artifacts, which some registries
 *   (GitLab's among them) refuse.
 */
const PINNED_BINFMT = 'tonistiigi/binfmt:qemu-v8.1.5';
const PINNED_BUILDKIT = 'moby/buildkit:v0.27.0';
/**
 * The image to use: an explicit input wins, else the pinned one, from helper-registry when set (pure).
 * A value equal to the pinned one is the input's default, not a choice: helper-registry still applies.
 */
function helperImage(pinned, explicit, helperRegistry) {
    if (explicit && explicit !== pinned)
        return explicit;
    return helperRegistry ? `${helperRegistry.replace(/\/+$/, '')}/${pinned}` : pinned;
}
/** Cache keys: restore by image name, save under name + digest (pure). */
function helperCacheKeys(image, digest) {
    const slug = image.replace(/[^a-zA-Z0-9._-]+/g, '-');
    return { primary: `gen-ci-helper-${slug}-${digest?.replace(/^sha256:/, '').slice(0, 16) ?? 'nodigest'}`, restore: [`gen-ci-helper-${slug}-`] };
}
/** A fixed path per image: @actions/cache versions entries by their paths, so it must not vary between runs. */
function helperCacheDir(image, base = tmpdir()) {
    return join(base, 'gen-ci-helper-images', image.replace(/[^a-zA-Z0-9._-]+/g, '-'));
}
/** Rate limits, server errors, timeouts and resets are worth another try; auth and not-found are not (pure). */
function isRetryablePullError(stderr) {
    if (/unauthorized|denied|not found|manifest unknown|no such image/i.test(stderr) && !/toomanyrequests|429/.test(stderr))
        return false;
    return /toomanyrequests|429|too many requests|\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|timeout|timed out|connection reset|connection refused|EOF|no such host|temporary failure/i.test(stderr);
}
function backoffMs(attempt, baseMs, capMs = 30_000) {
    return Math.min(capMs, baseMs * 2 ** attempt);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
async function ensureImage(image, o) {
    const docker = (args, silent = true) => run('docker', args, { silent, env: o.env });
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0)
        return 'local';
    const dir = helperCacheDir(image);
    const tar = join(dir, 'image.tar');
    if (o.cache) {
        o.record?.(dir);
        try {
            const keys = helperCacheKeys(image);
            const hit = await o.cache.restore(dir, keys.primary, keys.restore);
            if (hit && existsSync(tar)) {
                const loaded = await docker(['load', '--input', tar]);
                if (loaded.exitCode === 0 && (await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) {
                    o.log.info(`${image}: restored from the Actions cache (${hit}), no registry request`);
                    return 'cache';
                }
                o.log.warning(`${image}: the cached copy did not load (${lastErrorLine(loaded.stderr)}); pulling instead`);
            }
        }
        catch (err) {
            o.log.warning(`${image}: Actions cache restore failed (${err.message.split('\n')[0]}); pulling instead`);
        }
    }
    let lastError = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
        const pulled = await docker(['pull', '--quiet', image]);
        if (pulled.exitCode === 0) {
            lastError = '';
            break;
        }
        lastError = lastErrorLine(pulled.stderr) || `docker pull exited with ${pulled.exitCode}`;
        if (!isRetryablePullError(pulled.stderr) || attempt === o.retries)
            break;
        const wait = backoffMs(attempt, o.retryBaseMs);
        o.log.warning(`pull of ${image} failed (${lastError}); retry ${attempt + 1}/${o.retries} in ${(wait / 1000).toFixed(1)} s`);
        await sleep(wait);
    }
    if (lastError)
        throw new UserError(`could not pull ${image}: ${lastError}; ${o.hint}`);
    if (o.cache) {
        try {
            const digest = (await docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', image])).stdout.trim().split('@')[1];
            rmSync(dir, { recursive: true, force: true });
            mkdirSync(dir, { recursive: true });
            const saved = await docker(['save', '--output', tar, image]);
            if (saved.exitCode !== 0)
                throw new Error(lastErrorLine(saved.stderr));
            await o.cache.save(dir, helperCacheKeys(image, digest).primary);
            o.log.info(`${image}: saved to the Actions cache for the next runs`);
        }
        catch (err) {
            o.log.warning(`${image}: could not save it to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return 'pulled';
}

;// CONCATENATED MODULE: ./src/gitlab/options.ts



/** How the image is built. One file per mode under src/gitlab/. */
const MODES = ['buildx', 'native', 'kaniko', 'buildah', 'buildkit'];
/**
 * Defaults, pinned. Kaniko was archived by Google in June 2025; the default is the
 * osscontainertools fork (published as martizih/kaniko), the fork that still fixes bugs.
 */
const DEFAULT_IMAGES = {
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
};
/** Runner tags of GitLab.com's hosted Linux runners, by platform. */
const GITLAB_COM_RUNNER_TAGS = {
    'linux/amd64': ['saas-linux-small-amd64'],
    'linux/arm64': ['saas-linux-small-arm64'],
};
const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
function listItem(field, item, extra, why) {
    if (/[\r\n]/.test(item))
        throw new errors/* UsageError */.eb(`${field} "${item.replace(/[\r\n]+/g, '⏎')}" contains a line break; lists are passed one item per line`);
    if (extra?.test(item))
        throw new errors/* UsageError */.eb(`${field} "${item}" ${why}`);
    return item;
}
function resolveOptions(o) {
    if (!MODES.includes(o.mode))
        throw new errors/* UsageError */.eb(`unknown mode "${o.mode}"; use one of ${MODES.join(', ')}`);
    const expand = o.expandVariables === true;
    const user = (value) => ({ value, expand });
    const ours = (value) => ({ value, expand: true });
    const platforms = [];
    for (const p of o.platforms ?? ['linux/amd64', 'linux/arm64']) {
        const parsed = typeof p === 'string' ? (0,platform/* parsePlatformList */.VX)(p) : [(0,platform/* parsePlatform */.FL)((0,platform/* formatPlatform */.Bq)(p))];
        for (const q of parsed)
            if (!platforms.some((x) => (0,platform/* formatPlatform */.Bq)(x) === (0,platform/* formatPlatform */.Bq)(q)))
                platforms.push(q);
    }
    if (platforms.length === 0)
        throw new errors/* UsageError */.eb('no platforms given');
    const tags = o.tags ?? [];
    for (const t of tags) {
        listItem('tag', t, /,/, 'contains a comma; give one tag per --tag');
        if (t === '')
            throw new errors/* UsageError */.eb('empty tag');
    }
    const buildArgs = o.buildArgs ?? [];
    for (const a of buildArgs) {
        listItem('build arg', a, undefined, '');
        const name = a.split('=', 1)[0] ?? '';
        if (!a.includes('=') || !ident.test(name))
            throw new errors/* UsageError */.eb(`build arg "${a}" is not NAME=VALUE with a NAME of letters, digits and _`);
    }
    const mirrorLines = (o.mirror ?? []).map((m) => {
        listItem('mirror source', m.source, /[=\s]/, 'contains "=" or a space');
        if (!m.source)
            throw new errors/* UsageError */.eb('empty mirror source');
        if (m.destination !== undefined)
            listItem('mirror destination', m.destination, /[=\s]/, 'contains "=" or a space');
        return m.destination ? `${m.source}=${m.destination}` : m.source;
    });
    for (const [name, v] of [
        ['registry user variable', o.registryUserVariable],
        ['registry password variable', o.registryPasswordVariable],
    ]) {
        if (v !== undefined && !ident.test(v))
            throw new errors/* UsageError */.eb(`${name} "${v}" must be a variable name (letters, digits, _)`);
    }
    const runnerTags = new Map();
    for (const [k, v] of Object.entries(GITLAB_COM_RUNNER_TAGS))
        runnerTags.set(k, v);
    for (const [k, v] of Object.entries(o.runnerTags ?? {}))
        runnerTags.set((0,platform/* formatPlatform */.Bq)((0,platform/* parsePlatform */.FL)(k)), v);
    const stage = o.stage ?? 'build';
    const jobPrefix = o.jobPrefix ?? 'image';
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(jobPrefix))
        throw new errors/* UsageError */.eb(`job prefix "${jobPrefix}" may hold letters, digits, ".", "_" and "-" only`);
    if (o.dindMtu !== undefined && !(Number.isInteger(o.dindMtu) && o.dindMtu >= 576 && o.dindMtu <= 65535)) {
        throw new errors/* UsageError */.eb(`dind MTU ${o.dindMtu} is not a whole number between 576 and 65535`);
    }
    const images = { ...DEFAULT_IMAGES, ...o.images };
    for (const [k, v] of Object.entries(images)) {
        if (/[\r\n]/.test(v))
            throw new errors/* UsageError */.eb(`${k} image contains a line break`);
    }
    const archTagPrefix = o.archTagPrefix;
    if (archTagPrefix !== undefined)
        listItem('arch tag prefix', archTagPrefix, /,/, 'contains a comma');
    return {
        mode: o.mode,
        image: o.image !== undefined ? user(o.image) : ours('$CI_REGISTRY_IMAGE'),
        tags: tags.length ? user(tags.join('\n')) : ours('$CI_COMMIT_REF_SLUG'),
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
        images,
    };
}
/** `linux/arm/v7` -> `armv7`: the suffix of per-arch tags, job names and cache refs. Same rule as the shell's genci_slug. */
function archSlug(p) {
    return `${p.architecture}${p.variant ?? ''}`;
}

;// CONCATENATED MODULE: ./src/gitlab/settings.ts


const b = (v) => ({ value: String(v), expand: true });
const PLATFORM_RE = '[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?';
const SETTINGS = {
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
        spec: { type: 'string', default: '$CI_COMMIT_REF_SLUG', description: 'Tags of the final image, separated by commas or new lines.' },
        inline: (o) => o.tags,
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
        inline: (o) => ({ value: o.platforms.map(platform/* formatPlatform */.Bq).join(','), expand: false }),
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
};
/** Settings most modes share, in the order components declare them. */
const SOURCE_SETTINGS = ['context', 'dockerfile', 'buildArgs'];
const CACHE_SETTINGS = ['cache', 'cacheRef'];
const LOGIN_SETTINGS = ['registry', 'registryUser', 'registryPassword', 'tlsVerify'];
/** Inputs that are not job variables. */
const EXPAND_INPUT = {
    type: 'boolean',
    default: true,
    description: 'Let GitLab expand $VARIABLE references in image, tags, context, build args and the other values. false: every value is literal.',
};
const TOOL_INPUTS = {
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
};
function inlineSource(o) {
    return {
        kind: 'inline',
        variable(name) {
            const v = SETTINGS[name].inline(o);
            if (v.expand || !v.value.includes('$'))
                return v.value;
            return { value: v.value, expand: false };
        },
        tool: (name) => o.images[name],
    };
}
function componentSource(used) {
    return {
        kind: 'component',
        variable(name) {
            const s = SETTINGS[name];
            used.add(name);
            const value = `$[[ inputs.${s.input} ]]`;
            return s.user ? { value, expand: '$[[ inputs.expand_variables ]]' } : value;
        },
        tool(name) {
            used.add(`tool:${name}`);
            return `$[[ inputs.${TOOL_INPUTS[name].input} ]]`;
        },
    };
}
/** Variables for a job: setting names -> GENCI_* variables. */
function vars(src, names, extra = {}) {
    const out = { ...extra };
    for (const n of names)
        out[SETTINGS[n].variable] = src.variable(n);
    return out;
}

;// CONCATENATED MODULE: ./src/gitlab/shell.ts
/**
 * POSIX sh fragments shared by the job scripts. They run under bash, busybox sh
 * (docker, kaniko -debug, manifest-tool alpine) and dash. Rules they keep:
 * - user values are only ever read from GENCI_* variables, inside double quotes;
 * - arguments are collected with `set -- "$@" --flag=value` (one argv word each,
 *   `--flag=value` so a value starting with "-" can't become an option);
 * - lists are read line by line from a here-document (no word splitting, no globbing);
 * - every fragment is one script item that succeeds or fails as a whole.
 */
/** Lines of a list variable, optionally also split at commas, as `genci_item` in `body`. */
function eachItem(variable, body, opts = {}) {
    const source = opts.commas ? `$(printf '%s\\n' "$${variable}" | tr ',' '\\n')` : `$${variable}`;
    return [
        'while IFS= read -r genci_item; do',
        '  if [ -n "$genci_item" ]; then',
        ...body.split('\n').map((l) => `    ${l}`),
        '  fi',
        'done <<GENCI_EOF',
        source,
        'GENCI_EOF',
    ].join('\n');
}
/** Platforms (comma separated in GENCI_PLATFORMS) as `genci_platform` and `genci_slug` (linux/arm/v7 -> armv7). */
function eachPlatform(body) {
    return eachItem('GENCI_PLATFORMS', ['genci_platform=$genci_item', 'genci_slug=$(genci_arch_slug "$genci_platform")', ...body.split('\n')].join('\n'), {
        commas: true,
    });
}
/** Shell functions every job defines first. */
const FUNCTIONS = [
    '# gen-ci helpers',
    'genci_arch_slug() { printf \'%s\' "$1" | cut -d/ -f2- | tr -d /; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
    'genci_dockerfile=${GENCI_DOCKERFILE:-$GENCI_CONTEXT/Dockerfile}',
    'case "$GENCI_CONTEXT" in /*) genci_context_abs=$GENCI_CONTEXT ;; *) genci_context_abs=$CI_PROJECT_DIR/$GENCI_CONTEXT ;; esac',
    'case "$genci_dockerfile" in /*) genci_dockerfile_abs=$genci_dockerfile ;; *) genci_dockerfile_abs=$CI_PROJECT_DIR/$genci_dockerfile ;; esac',
].join('\n');
/** Functions for jobs without a build context (merge, mirror). */
const SMALL_FUNCTIONS = [
    '# gen-ci helpers',
    'genci_arch_slug() { printf \'%s\' "$1" | cut -d/ -f2- | tr -d /; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
].join('\n');
/** A CSV field for buildx/buildctl attribute lists (`type=registry,"ref=…"`): quoted, quotes doubled. */
const CSV_FUNCTION = String.raw `genci_csv() { printf '"%s"' "$(printf '%s' "$1" | sed 's/"/""/g')"; }`;
/** True when credentials are configured. */
const HAVE_LOGIN = '[ -n "$GENCI_REGISTRY" ] && [ -n "$GENCI_REGISTRY_USER" ]';
/** Write a Docker config.json with the registry credentials to the file named by $genci_config. */
const WRITE_DOCKER_CONFIG = [
    'mkdir -p "$(dirname "$genci_config")"',
    `if ${HAVE_LOGIN}; then`,
    '  genci_auth=$(printf \'%s:%s\' "$GENCI_REGISTRY_USER" "$GENCI_REGISTRY_PASSWORD" | base64 | tr -d \'\\n\')',
    '  printf \'{"auths":{"%s":{"auth":"%s"}}}\\n\' "$(genci_json "$GENCI_REGISTRY")" "$genci_auth" >"$genci_config"',
    'else',
    '  printf \'{"auths":{}}\\n\' >"$genci_config"',
    'fi',
].join('\n');
/** `--build-arg=NAME=VALUE` for each line of GENCI_BUILD_ARGS, with the given flag. */
function buildArgs(flag) {
    return eachItem('GENCI_BUILD_ARGS', `set -- "$@" "${flag}$genci_item"`);
}

;// CONCATENATED MODULE: ./src/gitlab/mirror.ts


/**
 * The mirror job: copies base images, every platform, into our registry before the
 * builds start (stage `.pre` by default), so builds don't hit Docker Hub's rate limits.
 * One entry per line: SOURCE (to <mirror_prefix>/<name:tag>) or SOURCE=DESTINATION.
 */
const MIRROR_SETTINGS = ['mirrorImages', 'mirrorPrefix', 'image', ...LOGIN_SETTINGS];
const SKOPEO_MIRROR = [
    'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=false; else genci_tls=true; fi',
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | skopeo login "--username=$GENCI_REGISTRY_USER" --password-stdin "--tls-verify=$genci_tls" -- "$GENCI_REGISTRY"',
    'fi',
    eachItem('GENCI_MIRROR_IMAGES', [
        'genci_src=${genci_item%%=*}',
        'case "$genci_item" in',
        '  *=*) genci_dst=${genci_item#*=} ;;',
        '  *) genci_dst=${GENCI_MIRROR_PREFIX:-$GENCI_IMAGE/mirror}/${genci_src##*/} ;;',
        'esac',
        'echo "mirroring $genci_src -> $genci_dst"',
        'skopeo copy --multi-arch=all --retry-times=3 "--src-tls-verify=$genci_tls" "--dest-tls-verify=$genci_tls" "docker://$genci_src" "docker://$genci_dst"',
    ].join('\n')),
].join('\n');
function mirrorJob(l, stage) {
    return {
        stage,
        image: { name: l.src.tool('skopeo'), entrypoint: [''] },
        tags: l.jobTags,
        variables: vars(l.src, MIRROR_SETTINGS),
        script: [SMALL_FUNCTIONS, SKOPEO_MIRROR],
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/gitlab/model.ts

const model_GENERATED_BY = 'Generated by gen-ci';
/** Order job keys as GitLab users expect to read them and drop undefined ones. */
function orderJob(job) {
    const out = {};
    for (const k of ['stage', 'image', 'services', 'tags', 'needs', 'parallel', 'variables', 'script', 'artifacts']) {
        const v = job[k];
        if (v === undefined)
            continue;
        if (Array.isArray(v) && v.length === 0 && k !== 'needs')
            continue;
        out[k] = v;
    }
    return out;
}
function docToObject(doc) {
    const out = {};
    if (doc.stages?.length)
        out.stages = doc.stages;
    for (const [name, job] of Object.entries(doc.jobs))
        out[name] = orderJob(job);
    return out;
}
/**
 * Serialise with js-yaml: no line folding (a folded scalar is where other recipes lose
 * flags), no anchors, multi-line strings as literal blocks. js-yaml quotes whatever needs
 * quoting, so every string parses back to exactly itself.
 */
function model_toYaml(value) {
    return (0,js_yaml/* dump */.Bh)(value, { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
}
function model_renderDoc(doc, header = []) {
    const comments = header.map((l) => (l ? `# ${l}` : '#')).join('\n');
    return `${comments ? `${comments}\n` : ''}${model_toYaml(docToObject(doc))}`;
}

;// CONCATENATED MODULE: ./src/gitlab/common.ts


function inlineLayout(o, src) {
    return {
        src,
        prefix: o.jobPrefix,
        stage: o.stage,
        mergeStage: o.mergeStage,
        jobTags: o.jobTags,
        perArch: {
            kind: 'jobs',
            jobs: o.platforms.map((p) => {
                const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
                return { slug: archSlug(p), platform, tags: o.runnerTags.get(platform) ?? [] };
            }),
        },
        dindMtu: o.dindMtu === undefined ? undefined : String(o.dindMtu),
    };
}
function buildJobName(l, slug) {
    return slug ? `${l.prefix}-build-${slug}` : `${l.prefix}-build`;
}
/**
 * Per-arch jobs: for inline pipelines one job per platform with that platform's runner
 * tags; for components one job with `parallel: matrix:` (GENCI_PLATFORM, GENCI_RUNNER_TAG).
 */
function perArchJobs(l, make) {
    const jobs = {};
    if (l.perArch.kind === 'matrix') {
        const name = buildJobName(l);
        jobs[name] = { ...make({}), tags: ['$GENCI_RUNNER_TAG'], parallel: { matrix: l.perArch.matrix } };
        return { jobs, needs: [name] };
    }
    for (const j of l.perArch.jobs) {
        const job = make({ GENCI_PLATFORM: j.platform });
        jobs[buildJobName(l, j.slug)] = { ...job, tags: j.tags.length ? j.tags : undefined };
    }
    return { jobs, needs: Object.keys(jobs) };
}
/** The Docker-in-Docker part of a job (GitLab's documented TLS setup). */
function dind(l) {
    return {
        image: l.src.tool('docker'),
        services: [{ name: l.src.tool('dind'), alias: 'docker', ...(l.dindMtu ? { command: [`--mtu=${l.dindMtu}`] } : {}) }],
        variables: {
            DOCKER_HOST: 'tcp://docker:2376',
            DOCKER_TLS_CERTDIR: '/certs',
            DOCKER_TLS_VERIFY: '1',
            DOCKER_CERT_PATH: '/certs/client',
        },
    };
}
/** Wait for the Docker daemon (the dind service takes a few seconds to start). */
const WAIT_FOR_DOCKER = [
    'genci_i=0',
    'until docker info >/dev/null 2>&1; do',
    '  genci_i=$((genci_i + 1))',
    '  if [ "$genci_i" -ge 30 ]; then echo "gen-ci: no Docker daemon at ${DOCKER_HOST:-the default socket}" >&2; docker info; exit 1; fi',
    '  sleep 1',
    'done',
].join('\n');
/** docker login with --password-stdin (needs the daemon). */
const DOCKER_LOGIN = [
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | docker login "--username=$GENCI_REGISTRY_USER" --password-stdin -- "$GENCI_REGISTRY"',
    'fi',
].join('\n');
/** Tags as `<flag><image>:<tag>` arguments; remembers the first reference in genci_first. */
function tagArgs(flag) {
    return [
        'genci_first=',
        eachItem('GENCI_TAGS', [`set -- "$@" "${flag}$GENCI_IMAGE:$genci_item"`, 'genci_first=${genci_first:-$GENCI_IMAGE:$genci_item}'].join('\n'), {
            commas: true,
        }),
    ].join('\n');
}
/** GENCI_TLS_VERIFY as a --tls-verify flag (buildah, skopeo). */
const TLS_FLAG = 'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=--tls-verify=false; else genci_tls=--tls-verify=true; fi';

;// CONCATENATED MODULE: ./src/gitlab/buildx.ts



/**
 * buildx mode: one job on Docker-in-Docker that registers QEMU for the non-native
 * platforms, creates a builder, logs in and builds every platform in one go.
 */
const BUILDX_SETTINGS = [
    'image',
    'tags',
    'platforms',
    ...SOURCE_SETTINGS,
    ...CACHE_SETTINGS,
    'attestations',
    ...LOGIN_SETTINGS,
    'binfmt',
    'binfmtImage',
    'builderDriver',
    'buildkitImage',
];
/** Register QEMU handlers for the platforms the daemon's machine can't run natively. */
const BINFMT = [
    'if [ "$GENCI_BINFMT" = true ]; then',
    "  genci_native=$(docker version --format '{{.Server.Arch}}')",
    '  genci_arches=',
    // not indented: the here-document's terminator must start its line
    eachPlatform([
        'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
        'if [ "$genci_arch" != "$genci_native" ]; then',
        '  case ",$genci_arches," in',
        '    *",$genci_arch,"*) ;;',
        '    *) genci_arches=${genci_arches:+$genci_arches,}$genci_arch ;;',
        '  esac',
        'fi',
    ].join('\n')),
    '  if [ -n "$genci_arches" ]; then',
    '    docker run --privileged --rm "$GENCI_BINFMT_IMAGE" --install "$genci_arches"',
    '  fi',
    'fi',
].join('\n');
/** Select or create the builder (docker-container by default; docker for engines with the containerd store). */
const BUILDER = [
    'if [ "$GENCI_BUILDER_DRIVER" = docker ]; then',
    '  docker buildx use default',
    'else',
    '  set --',
    '  if [ -n "$GENCI_BUILDKIT_IMAGE" ]; then set -- "$@" "--driver-opt=image=$GENCI_BUILDKIT_IMAGE"; fi',
    '  if [ "$GENCI_TLS_VERIFY" = false ]; then',
    '    genci_toml=$CI_PROJECT_DIR/.genci-buildkitd.toml',
    '    printf \'[registry."%s"]\\n  http = true\\n  insecure = true\\n\' "$(genci_json "${GENCI_IMAGE%%/*}")" >"$genci_toml"',
    '    set -- "$@" "--config=$genci_toml"',
    '  fi',
    '  docker buildx create "--name=genci-$CI_JOB_ID" --driver=docker-container "$@" --use --bootstrap',
    'fi',
    'docker buildx inspect',
].join('\n');
/** Cache, attestation and build-arg flags shared by the buildx and native builds. `suffix` is appended to the cache ref. */
function commonBuildFlags(suffix) {
    return [
        buildArgs('--build-arg='),
        'if [ "$GENCI_CACHE" = true ]; then',
        `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}${suffix}`,
        '  set -- "$@" "--cache-from=type=registry,$(genci_csv "ref=$genci_cache")" "--cache-to=type=registry,$(genci_csv "ref=$genci_cache"),mode=max"',
        'fi',
        'if [ "$GENCI_ATTESTATIONS" = true ]; then',
        '  export BUILDX_NO_DEFAULT_OCI_ARTIFACT=true',
        '  set -- "$@" --provenance=mode=max --sbom=true',
        'else',
        '  set -- "$@" --provenance=false --sbom=false',
        'fi',
    ].join('\n');
}
const BUILDX_BUILD = [
    'set -- "--platform=$GENCI_PLATFORMS" "--file=$genci_dockerfile" --push',
    tagArgs('--tag='),
    commonBuildFlags(''),
    'docker buildx build "$@" -- "$GENCI_CONTEXT"',
    'docker buildx imagetools inspect "$genci_first"',
].join('\n');
function buildxDoc(l) {
    const d = dind(l);
    const job = {
        stage: l.stage,
        ...d,
        tags: l.jobTags,
        variables: { ...d.variables, ...vars(l.src, BUILDX_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, WAIT_FOR_DOCKER, BINFMT, BUILDER, DOCKER_LOGIN, BUILDX_BUILD],
    };
    return { jobs: { [buildJobName(l)]: job } };
}

;// CONCATENATED MODULE: ./src/gitlab/native.ts




/**
 * native mode: one build job per platform on a runner of that architecture (no
 * emulation), each pushing `<image>:<prefix>-<arch>`, then a merge job that
 * writes the index with `docker buildx imagetools create`. `needs:` makes the merge
 * wait for the builds only.
 */
const NATIVE_BUILD_SETTINGS = [
    'image',
    'archTagPrefix',
    ...SOURCE_SETTINGS,
    ...CACHE_SETTINGS,
    'attestations',
    ...LOGIN_SETTINGS,
    'builderDriver',
    'buildkitImage',
];
const MERGE_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', 'registry', 'registryUser', 'registryPassword'];
const NATIVE_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--platform=$GENCI_PLATFORM" "--file=$genci_dockerfile" --push "--tag=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
    commonBuildFlags('-$genci_slug'),
    'docker buildx build "$@" -- "$GENCI_CONTEXT"',
].join('\n');
/** Index from the per-arch images: needs no daemon; credentials go straight into config.json. */
const IMAGETOOLS_MERGE = [
    'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'set --',
    tagArgs('--tag='),
    eachPlatform('set -- "$@" "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
    'docker buildx imagetools create "$@"',
    'docker buildx imagetools inspect "$genci_first"',
].join('\n');
function mergeJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: l.src.tool('docker'),
        tags: l.jobTags,
        needs,
        variables: vars(l.src, MERGE_SETTINGS),
        script: [SMALL_FUNCTIONS, IMAGETOOLS_MERGE],
    };
}
function nativeDoc(l) {
    const d = dind(l);
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        ...d,
        variables: { ...extra, ...d.variables, ...vars(l.src, NATIVE_BUILD_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, WAIT_FOR_DOCKER, BUILDER, DOCKER_LOGIN, NATIVE_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: mergeJob(l, needs) } };
}

;// CONCATENATED MODULE: ./src/gitlab/buildah.ts



/**
 * buildah mode: daemonless and rootless-friendly. `emulated`: one job builds every
 * platform into a local manifest list (`buildah build --platform a,b --manifest`) and
 * pushes it with `buildah manifest push --all`. `native`: one job per platform on a
 * runner of that architecture, then a manifest job (the layout GitLab's docs recommend).
 */
const BUILDAH_SETTINGS = ['image', 'tags', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_ARCH_SETTINGS = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_MANIFEST_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
/** Storage and isolation that work in an unprivileged container. */
const BUILDAH_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', BUILDAH_FORMAT: 'oci' };
const BUILDAH_LOGIN = [
    TLS_FLAG,
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | buildah login "--username=$GENCI_REGISTRY_USER" --password-stdin "$genci_tls" -- "$GENCI_REGISTRY"',
    'fi',
].join('\n');
function cacheFlags(suffix) {
    return [
        'if [ "$GENCI_CACHE" = true ]; then',
        `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE/buildcache}${suffix}`,
        '  set -- "$@" --layers "--cache-from=$genci_cache" "--cache-to=$genci_cache"',
        'fi',
    ].join('\n');
}
const BUILDAH_BUILD = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORMS" "--manifest=$genci_list" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgs('--build-arg='),
    cacheFlags(''),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'set --',
    tagArgs(''),
    'for genci_ref in "$@"; do',
    '  buildah manifest push --all "$genci_tls" "$genci_list" "docker://$genci_ref"',
    'done',
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
const BUILDAH_ARCH_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'genci_local=localhost/genci-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORM" "--tag=$genci_local" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgs('--build-arg='),
    cacheFlags('-$genci_slug'),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'buildah push "$genci_tls" "$genci_local" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
    'buildah rmi "$genci_local" >/dev/null || true',
].join('\n');
const BUILDAH_MANIFEST = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'buildah manifest create "$genci_list"',
    eachPlatform('buildah manifest add "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
    eachItem('GENCI_TAGS', 'buildah manifest push --all "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"', { commas: true }),
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
function buildahDoc(l, strategy) {
    const image = l.src.tool('buildah');
    if (strategy === 'emulated') {
        const job = {
            stage: l.stage,
            image,
            tags: l.jobTags,
            variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_SETTINGS) },
            script: [FUNCTIONS, BUILDAH_LOGIN, BUILDAH_BUILD],
        };
        return { jobs: { [`${l.prefix}-build`]: job } };
    }
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image,
        variables: { ...extra, ...BUILDAH_ENV, ...vars(l.src, BUILDAH_ARCH_SETTINGS) },
        script: [FUNCTIONS, BUILDAH_LOGIN, BUILDAH_ARCH_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: buildahManifestJob(l, needs) } };
}
function buildahManifestJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: l.src.tool('buildah'),
        tags: l.jobTags,
        needs,
        variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_MANIFEST_SETTINGS) },
        script: [SMALL_FUNCTIONS, BUILDAH_LOGIN, BUILDAH_MANIFEST],
    };
}

;// CONCATENATED MODULE: ./src/gitlab/buildkit.ts


/**
 * buildkit mode: rootless BuildKit (`moby/buildkit:…-rootless`) driven by
 * `buildctl-daemonless.sh`, GitLab's documented successor to Kaniko. One job builds every
 * platform (QEMU binfmt must be registered on the runner host for foreign RUN steps).
 */
const BUILDKIT_SETTINGS = ['image', 'tags', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, 'attestations', ...LOGIN_SETTINGS];
const BUILDCTL_BUILD = [
    'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'case "$genci_dockerfile_abs" in */*) genci_df_dir=${genci_dockerfile_abs%/*} ;; *) genci_df_dir=. ;; esac',
    'genci_df_name=${genci_dockerfile_abs##*/}',
    'set -- build --frontend=dockerfile.v0 "--local=context=$genci_context_abs" "--local=dockerfile=$genci_df_dir" "--opt=filename=$genci_df_name" "--opt=platform=$GENCI_PLATFORMS"',
    buildArgs('--opt=build-arg:'),
    'genci_insecure=',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_insecure=,registry.insecure=true; fi',
    'if [ "$GENCI_CACHE" = true ]; then',
    '  genci_cache=${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}',
    '  set -- "$@" "--export-cache=type=registry,$(genci_csv "ref=$genci_cache"),mode=max$genci_insecure" "--import-cache=type=registry,$(genci_csv "ref=$genci_cache")$genci_insecure"',
    'fi',
    'if [ "$GENCI_ATTESTATIONS" = true ]; then',
    '  set -- "$@" --opt=attest:provenance=mode=max --opt=attest:sbom=',
    'fi',
    'genci_names=',
    eachItem('GENCI_TAGS', 'genci_names=${genci_names:+$genci_names,}$GENCI_IMAGE:$genci_item', { commas: true }),
    'set -- "$@" "--output=type=image,$(genci_csv "name=$genci_names"),push=true$genci_insecure"',
    'buildctl-daemonless.sh "$@"',
].join('\n');
function buildkitDoc(l) {
    const job = {
        stage: l.stage,
        image: { name: l.src.tool('buildkitRootless'), entrypoint: [''] },
        tags: l.jobTags,
        variables: { BUILDKITD_FLAGS: '--oci-worker-no-process-sandbox', ...vars(l.src, BUILDKIT_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, BUILDCTL_BUILD],
    };
    return { jobs: { [`${l.prefix}-build`]: job } };
}

;// CONCATENATED MODULE: ./src/gitlab/kaniko.ts



/**
 * kaniko mode: one Kaniko job per platform (the `-debug` image, which has a shell, with
 * `entrypoint: [""]`), each pushing `<image>:<prefix>-<arch>` with its own cache repo
 * (Kaniko's layer cache ignores the platform: a shared repo would hand amd64 layers to
 * arm64 builds), then a manifest-tool job that pushes the index from a generated spec.
 * Kaniko was archived by Google in June 2025; the image is an input.
 */
const KANIKO_BUILD_SETTINGS = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const MANIFEST_TOOL_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
const KANIKO_BUILD = [
    'genci_config=${DOCKER_CONFIG:-/kaniko/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--context=$genci_context_abs" "--dockerfile=$genci_dockerfile_abs" "--destination=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug" "--custom-platform=$GENCI_PLATFORM"',
    buildArgs('--build-arg='),
    'if [ "$GENCI_CACHE" = true ]; then',
    '  set -- "$@" --cache=true "--cache-repo=${GENCI_CACHE_REF:-$GENCI_IMAGE/cache}-$genci_slug"',
    'fi',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then',
    '  set -- "$@" --insecure --insecure-pull --skip-tls-verify --skip-tls-verify-pull',
    'fi',
    'genci_executor=/kaniko/executor',
    'if [ ! -x "$genci_executor" ]; then genci_executor=executor; fi',
    '"$genci_executor" "$@"',
].join('\n');
/** The manifest-tool spec (JSON, which is YAML) from the tags and platforms, then `push from-spec`. */
const MANIFEST_TOOL_PUSH = [
    'genci_dir=${TMPDIR:-/tmp}/genci-manifest-tool-$CI_JOB_ID',
    'genci_config=$genci_dir/config.json',
    WRITE_DOCKER_CONFIG,
    'genci_spec=$CI_PROJECT_DIR/genci-manifest-spec.yaml',
    'genci_target=',
    'genci_more=',
    eachItem('GENCI_TAGS', [
        'if [ -z "$genci_target" ]; then',
        '  genci_target=$GENCI_IMAGE:$genci_item',
        'else',
        '  genci_more="${genci_more:+$genci_more, }\\"$(genci_json "$genci_item")\\""',
        'fi',
    ].join('\n'), { commas: true }),
    'genci_manifests=',
    eachPlatform([
        'genci_os=$(printf \'%s\' "$genci_platform" | cut -d/ -f1)',
        'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
        'genci_variant=$(printf \'%s\' "$genci_platform" | cut -d/ -f3)',
        'genci_p="\\"os\\": \\"$genci_os\\", \\"architecture\\": \\"$genci_arch\\""',
        'if [ -n "$genci_variant" ]; then genci_p="$genci_p, \\"variant\\": \\"$genci_variant\\""; fi',
        'genci_m="{\\"image\\": \\"$(genci_json "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug")\\", \\"platform\\": {$genci_p}}"',
        'genci_manifests="${genci_manifests:+$genci_manifests, }$genci_m"',
    ].join('\n')),
    '{',
    '  printf \'{\\n  "image": "%s",\\n  "tags": [%s],\\n\' "$(genci_json "$genci_target")" "$genci_more"',
    '  printf \'  "manifests": [%s]\\n}\\n\' "$genci_manifests"',
    '} >"$genci_spec"',
    'cat "$genci_spec"',
    'set -- "--docker-cfg=$genci_dir"',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --insecure; fi',
    'manifest-tool "$@" push from-spec "$genci_spec"',
].join('\n');
function manifestToolJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: { name: l.src.tool('manifestTool'), entrypoint: [''] },
        tags: l.jobTags,
        needs,
        variables: vars(l.src, MANIFEST_TOOL_SETTINGS),
        script: [SMALL_FUNCTIONS, MANIFEST_TOOL_PUSH],
        artifacts: { paths: ['genci-manifest-spec.yaml'], when: 'always' },
    };
}
function kanikoDoc(l) {
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image: { name: l.src.tool('kaniko'), entrypoint: [''] },
        variables: { ...extra, ...vars(l.src, KANIKO_BUILD_SETTINGS) },
        script: [FUNCTIONS, KANIKO_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: manifestToolJob(l, needs) } };
}

;// CONCATENATED MODULE: ./src/gitlab/pipeline.ts











const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];
/** The jobs of one mode (no mirror job). */
function modeDoc(l, o) {
    switch (o.mode) {
        case 'buildx':
            return buildxDoc(l);
        case 'native':
            return nativeDoc(l);
        case 'kaniko':
            return kanikoDoc(l);
        case 'buildah':
            return buildahDoc(l, o.buildahStrategy);
        case 'buildkit':
            return buildkitDoc(l);
    }
}
function usesPerArchJobs(o) {
    return o.mode === 'native' || o.mode === 'kaniko' || (o.mode === 'buildah' && o.buildahStrategy === 'native');
}
/** Stages, when the pipeline uses any beyond GitLab's defaults. */
function stagesFor(doc) {
    const used = [...new Set(Object.values(doc.jobs).map((j) => j.stage))];
    if (used.every((s) => DEFAULT_STAGES.includes(s)))
        return undefined;
    return used.filter((s) => s !== '.pre' && s !== '.post');
}
/** A self-contained `.gitlab-ci.yml` document for the options. */
function generatePipeline(options) {
    const o = resolveOptions(options);
    const l = inlineLayout(o, inlineSource(o));
    if (usesPerArchJobs(o) && l.perArch.kind === 'jobs') {
        const missing = l.perArch.jobs.filter((j) => j.tags.length === 0).map((j) => j.platform);
        if (missing.length) {
            throw new errors/* UsageError */.eb(`no runner tags for ${missing.join(', ')}: per-arch jobs need a runner of that architecture; pass --runner-tag ${missing[0]}=TAG (GitLab.com hosts amd64 and arm64 runners only)`);
        }
    }
    const jobs = { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: mirrorJob(l, o.mirrorStage) } : {}), ...modeDoc(l, o).jobs };
    const doc = { jobs };
    const stages = stagesFor(doc);
    return stages ? { stages, jobs } : doc;
}
function renderPipeline(options, command) {
    const header = [`${model_GENERATED_BY} (mode: ${options.mode}).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
    return model_renderDoc(generatePipeline(options), header);
}

;// CONCATENATED MODULE: ./src/gitlab/component.ts







/** The GitLab CI/CD components in templates/: one per mode, plus mirror and merge. */
const component_COMPONENTS = [...MODES, 'mirror', 'merge'];
const PER_ARCH = new Set(['native', 'kaniko']);
const DIND = new Set(['buildx', 'native']);
const DEFAULT_MATRIX = Object.entries(GITLAB_COM_RUNNER_TAGS).map(([platform, tags]) => ({ GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tags[0] }));
const DESCRIPTIONS = {
    buildx: 'Multi-platform image with docker buildx on Docker-in-Docker: QEMU for foreign platforms, one job, registry cache.',
    native: 'One build per platform on a runner of that architecture (no emulation), then a merge job that writes the index.',
    kaniko: 'One Kaniko build per platform (own cache repo each), then a manifest-tool job that pushes the index. Kaniko is archived: prefer buildah or buildkit for new pipelines.',
    buildah: 'Daemonless multi-platform build with buildah (build --platform --manifest, manifest push --all).',
    buildkit: 'Daemonless multi-platform build with rootless BuildKit (buildctl-daemonless.sh).',
    mirror: 'Copies base images, every platform, into your registry before the builds (skopeo copy --multi-arch=all).',
    merge: 'Writes the multi-platform index from per-arch images <image>:<arch_tag_prefix>-<arch> (docker buildx imagetools create).',
};
function layoutFor(name, used) {
    return {
        src: componentSource(used),
        prefix: '$[[ inputs.job_prefix ]]',
        stage: '$[[ inputs.stage ]]',
        mergeStage: '$[[ inputs.stage ]]',
        // single jobs: users add runner tags by redefining the job's tags (GitLab merges it)
        jobTags: undefined,
        perArch: { kind: 'matrix', matrix: '$[[ inputs.matrix ]]' },
        dindMtu: DIND.has(name) ? '$[[ inputs.dind_mtu ]]' : undefined,
    };
}
function collect(name) {
    const used = new Set();
    const l = layoutFor(name, used);
    let doc;
    if (name === 'mirror')
        doc = { jobs: { [`${l.prefix}-mirror`]: mirrorJob(l, l.stage) } };
    else if (name === 'merge')
        doc = { jobs: { [`${l.prefix}-merge`]: mergeJob(l) } };
    else
        doc = modeDoc(l, { mode: name, buildahStrategy: 'emulated' });
    return { used, doc };
}
function toolDefault(t) {
    return DEFAULT_IMAGES[t];
}
/** The `spec: inputs:` of a component, in a stable order. */
function componentInputs(name) {
    const { used } = collect(name);
    const inputs = {
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
            description: 'One entry per platform: GENCI_PLATFORM and the GENCI_RUNNER_TAG of a runner of that architecture. Default: GitLab.com hosted amd64 and arm64 runners.',
        };
    }
    if (DIND.has(name))
        inputs.dind_mtu = {
            type: 'number',
            default: 1500,
            description: 'MTU of the Docker-in-Docker network; lower it where the runner network needs it (e.g. 1400 on GitLab.com Arm runners).',
        };
    const settingNames = Object.keys(SETTINGS).filter((s) => used.has(s));
    for (const s of settingNames) {
        const setting = SETTINGS[s];
        inputs[setting.input] = { ...setting.spec };
    }
    if (name === 'kaniko' && inputs.cache_ref)
        inputs.cache_ref.description = 'Cache repository. Empty: <image>/cache. Each platform gets its own: <cache_ref>-<arch>.';
    if (name === 'buildah' && inputs.cache)
        inputs.cache.default = false;
    if (name === 'buildah' && inputs.cache_ref)
        inputs.cache_ref.description = 'Cache repository for --cache-from/--cache-to. Empty: <image>/buildcache.';
    for (const t of Object.keys(TOOL_INPUTS)) {
        if (!used.has(`tool:${t}`))
            continue;
        inputs[TOOL_INPUTS[t].input] = { type: 'string', default: toolDefault(t), description: TOOL_INPUTS[t].description };
    }
    if (settingNames.some((s) => SETTINGS[s].user))
        inputs.expand_variables = { ...EXPAND_INPUT };
    return inputs;
}
/** The text of templates/<name>.yml. */
function component_renderComponent(name) {
    const { doc } = collect(name);
    const header = [
        `${GENERATED_BY} from src/gitlab; do not edit; regenerate with: npx vite-node scripts/gen-templates.ts`,
        `gen-ci ${name}: ${DESCRIPTIONS[name]}`,
    ];
    const spec = toYaml({ spec: { description: DESCRIPTIONS[name], inputs: componentInputs(name) } });
    const comments = header.map((l) => `# ${l}`).join('\n');
    return `${comments}\n${spec}---\n${renderDoc(doc)}`;
}
/** Inputs for including a component with these options: only what differs from the defaults. */
function includeInputs(name, o) {
    const spec = componentInputs(name);
    const out = {};
    const set = (input, value) => {
        const s = spec[input];
        if (!s)
            return;
        if (JSON.stringify(s.default) !== JSON.stringify(value))
            out[input] = value;
    };
    const stage = name === 'mirror' ? o.mirrorStage : o.stage;
    set('stage', stage);
    set('job_prefix', o.jobPrefix);
    if (PER_ARCH.has(name)) {
        set('matrix', o.platforms.map((p) => {
            const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
            const tag = o.runnerTags.get(platform)?.[0];
            if (!tag)
                throw new errors/* UsageError */.eb(`no runner tag for ${platform}: pass --runner-tag ${platform}=TAG`);
            return { GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tag };
        }));
    }
    if (o.dindMtu !== undefined)
        set('dind_mtu', o.dindMtu);
    let anyDollar = false;
    for (const s of Object.keys(SETTINGS)) {
        const setting = SETTINGS[s];
        if (!spec[setting.input])
            continue;
        const v = setting.inline(o);
        const value = setting.spec.type === 'boolean' ? v.value === 'true' : v.value;
        if (setting.user && !v.expand && v.value.includes('$'))
            anyDollar = true;
        set(setting.input, value);
    }
    for (const t of Object.keys(TOOL_INPUTS)) {
        const input = TOOL_INPUTS[t].input;
        if (spec[input] && spec[input].default === toolDefault(t))
            set(input, o.images[t]);
    }
    if (anyDollar)
        out.expand_variables = false;
    return out;
}
/** A short `.gitlab-ci.yml` that includes our components. */
function renderIncludes(options, inc, command) {
    const o = resolveOptions(options);
    if (o.mode === 'buildah' && o.buildahStrategy === 'native')
        throw new errors/* UsageError */.eb('the buildah component builds in one job; use --include inline for per-arch buildah jobs');
    const names = [...(o.mirror.value ? ['mirror'] : []), o.mode];
    const include = names.map((n) => {
        const ref = inc.kind === 'local' ? { local: `${inc.project}/templates/${n}.yml` } : { component: `${inc.project}/${n}@${inc.version}` };
        const inputs = includeInputs(n, o);
        return Object.keys(inputs).length ? { ...ref, inputs } : ref;
    });
    const extra = {};
    if (o.jobTags.length) {
        // runner tags of the components' single jobs: redefine the jobs' tags (GitLab merges them)
        const doc = { jobs: { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: 1 } : {}), ...modeDoc(layoutFor(o.mode, new Set()), o).jobs } };
        for (const job of Object.keys(doc.jobs)) {
            const name = job.replace('$[[ inputs.job_prefix ]]', o.jobPrefix);
            if (!/-build$/.test(name) || !PER_ARCH.has(o.mode))
                extra[name] = { tags: o.jobTags };
        }
    }
    const header = [`${model_GENERATED_BY} (mode: ${o.mode}, components).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
    return `${header.map((l) => `# ${l}`).join('\n')}\n${model_toYaml({ include, ...extra })}`;
}

;// CONCATENATED MODULE: ./src/gitlab/templates.ts



/** templates/<name>.yml for every component. */
function templateFiles() {
    return new Map(COMPONENTS.map((n) => [`${n}.yml`, renderComponent(n)]));
}
/** Files in `dir` that differ from what the generator writes (missing, stale or unexpected). */
function staleTemplates(dir) {
    const want = templateFiles();
    const stale = [];
    for (const [file, text] of want) {
        const path = join(dir, file);
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text)
            stale.push(file);
    }
    if (existsSync(dir))
        for (const f of readdirSync(dir))
            if (f.endsWith('.yml') && !want.has(f))
                stale.push(f);
    return stale;
}
function writeTemplates(dir) {
    mkdirSync(dir, { recursive: true });
    const changed = staleTemplates(dir);
    for (const [file, text] of templateFiles())
        writeFileSync(join(dir, file), text);
    return changed;
}

;// CONCATENATED MODULE: ./src/gitlab/index.ts







/***/ })

};
