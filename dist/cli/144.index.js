export const id = 144;
export const ids = [144];
export const modules = {

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ lastErrorLine),
/* harmony export */   L: () => (/* binding */ onPath),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1260);



/** The thin edge that runs a command: an argument array, never a shell string. */
async function run(cmd, args, opts = {}) {
    const env = opts.env ? cleanEnv({ ...process.env, ...opts.env }) : undefined;
    try {
        const res = await _actions_exec__WEBPACK_IMPORTED_MODULE_2__/* .getExecOutput */ .H(cmd, args, {
            ignoreReturnCode: true,
            silent: opts.silent ?? false,
            env,
            input: opts.input === undefined ? undefined : Buffer.from(opts.input),
            listeners: opts.onOutput
                ? { stdout: (b) => opts.onOutput?.(b.toString()), stderr: (b) => opts.onOutput?.(b.toString()) }
                : undefined,
        });
        return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
    }
    catch (err) {
        // @actions/exec throws when the executable cannot be found
        return { exitCode: 127, stdout: '', stderr: err instanceof Error ? err.message : String(err) };
    }
}
function cleanEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** Last meaningful line of a tool's error output, for one-line messages. */
function lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^-+$/.test(l));
    const err = [...lines].reverse().find((l) => /^(error|ERROR|fatal)[: ]/.test(l));
    return (err ?? lines[lines.length - 1] ?? '').replace(/^(ERROR|error):\s*/, '');
}
/** Whether an executable of this name is on PATH (no shell, no spawn). */
function onPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
                return true;
        }
        catch {
            // not here
        }
    }
    return false;
}


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ helperImage),
/* harmony export */   Yt: () => (/* binding */ ensureImage),
/* harmony export */   aA: () => (/* binding */ PINNED_BUILDKIT),
/* harmony export */   eq: () => (/* binding */ PINNED_BINFMT)
/* harmony export */ });
/* unused harmony exports helperCacheKeys, helperCacheDir, isRetryablePullError */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7253);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2642);






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
function helperCacheDir(image, base = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'gen-ci-helper-images', image.replace(/[^a-zA-Z0-9._-]+/g, '-'));
}
/** Rate limits, server errors, timeouts and resets are worth another try; auth and not-found are not (pure). */
function isRetryablePullError(stderr) {
    if (/unauthorized|denied|not found|manifest unknown|no such image/i.test(stderr) && !/toomanyrequests|429/.test(stderr))
        return false;
    return /toomanyrequests|429|too many requests|\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|timeout|timed out|connection reset|connection refused|EOF|no such host|temporary failure/i.test(stderr);
}
/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
async function ensureImage(image, o) {
    const docker = (args, silent = true) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('docker', args, { silent, env: o.env });
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0)
        return 'local';
    const dir = helperCacheDir(image);
    const tar = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'image.tar');
    if (o.cache) {
        o.record?.(dir);
        try {
            const keys = helperCacheKeys(image);
            const hit = await o.cache.restore(dir, keys.primary, keys.restore);
            if (hit && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(tar)) {
                const loaded = await docker(['load', '--input', tar]);
                if (loaded.exitCode === 0 && (await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) {
                    o.log.info(`${image}: restored from the Actions cache (${hit}), no registry request`);
                    return 'cache';
                }
                o.log.warning(`${image}: the cached copy did not load (${(0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .lastErrorLine */ .HY)(loaded.stderr)}); pulling instead`);
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
        lastError = (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .lastErrorLine */ .HY)(pulled.stderr) || `docker pull exited with ${pulled.exitCode}`;
        if (!isRetryablePullError(pulled.stderr) || attempt === o.retries)
            break;
        const wait = (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .backoffMs */ .j)(attempt, o.retryBaseMs);
        o.log.warning(`pull of ${image} failed (${lastError}); retry ${attempt + 1}/${o.retries} in ${(wait / 1000).toFixed(1)} s`);
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .y)(wait);
    }
    if (lastError)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`could not pull ${image}: ${lastError}; ${o.hint}`);
    if (o.cache) {
        try {
            const digest = (await docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', image])).stdout.trim().split('@')[1];
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            const saved = await docker(['save', '--output', tar, image]);
            if (saved.exitCode !== 0)
                throw new Error((0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .lastErrorLine */ .HY)(saved.stderr));
            await o.cache.save(dir, helperCacheKeys(image, digest).primary);
            o.log.info(`${image}: saved to the Actions cache for the next runs`);
        }
        catch (err) {
            o.log.warning(`${image}: could not save it to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return 'pulled';
}


/***/ }),

/***/ 1090:
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

// EXTERNAL MODULE: ./src/core/platform.ts
var core_platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
/** Platforms (comma separated in GENCI_PLATFORMS) as `genci_platform` and `genci_slug` (linux/arm/v7 -> linux-arm-v7). */
function eachPlatform(body) {
    return eachItem('GENCI_PLATFORMS', ['genci_platform=$genci_item', 'genci_slug=$(genci_arch_slug "$genci_platform")', ...body.split('\n')].join('\n'), {
        commas: true,
    });
}
/** Image names are lowercased, as the metadata engine does (a registry refuses capitals). */
const LOWERCASE_IMAGE = 'GENCI_IMAGE=$(printf \'%s\' "$GENCI_IMAGE" | LC_ALL=C tr A-Z a-z)';
/** Shell functions every job defines first. */
const FUNCTIONS = [
    '# gen-ci helpers',
    LOWERCASE_IMAGE,
    // core/platform.ts platformSlug: linux/arm/v7 -> linux-arm-v7
    'genci_arch_slug() { printf \'%s\' "$1" | tr / -; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
    'genci_dockerfile=${GENCI_DOCKERFILE:-$GENCI_CONTEXT/Dockerfile}',
    'case "$GENCI_CONTEXT" in /*) genci_context_abs=$GENCI_CONTEXT ;; *) genci_context_abs=$CI_PROJECT_DIR/$GENCI_CONTEXT ;; esac',
    'case "$genci_dockerfile" in /*) genci_dockerfile_abs=$genci_dockerfile ;; *) genci_dockerfile_abs=$CI_PROJECT_DIR/$genci_dockerfile ;; esac',
].join('\n');
/** Functions for jobs without a build context (merge, mirror). */
const SMALL_FUNCTIONS = [
    '# gen-ci helpers',
    LOWERCASE_IMAGE,
    // core/platform.ts platformSlug: linux/arm/v7 -> linux-arm-v7
    'genci_arch_slug() { printf \'%s\' "$1" | tr / -; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
].join('\n');
/** A CSV field for buildx/buildctl attribute lists (`type=registry,"ref=…"`): quoted, quotes doubled. */
const CSV_FUNCTION = `genci_csv() { printf '"%s"' "$(printf '%s' "$1" | sed 's/"/""/g')"; }`;
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
function buildArgFlags(flag) {
    return eachItem('GENCI_BUILD_ARGS', `set -- "$@" "${flag}$genci_item"`);
}

// EXTERNAL MODULE: ./src/metadata/index.ts + 12 modules
var metadata = __webpack_require__(9003);
;// CONCATENATED MODULE: ./src/gitlab/tags.ts
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions, not template strings
// The image tags of a GitLab job, computed in the job by POSIX sh (the job images have no Node)
// with the metadata engine's semantics (src/metadata: docker/metadata-action's rules, gen-ci's
// DEFAULT_RULES policy), for the subset of rules a shell can compute. The one place the GitLab
// side of the policy lives: the script (tagScript), the check of rule lines at generation time
// (checkShellRules) and the jobs' `rules:` (jobRules). test/unit/gitlab/tags.test.ts runs the
// script over event fixtures and compares it with computeMetadata(gitlabContext(env)).


/** What the shell computes: these rule types and, for semver, these patterns. */
const SHELL_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'];
/** enable= values the shell evaluates. */
const SHELL_ENABLE = ['true', 'false', '{{is_default_branch}}', '{{is_not_default_branch}}', '{{is_major_zero}}', '{{is_not_major_zero}}'];
const SUBSET = 'the GitLab pipeline computes type=semver (pattern={{version}}, {{major}}.{{minor}}, {{major}}), type=ref (event=branch, tag, pr), type=sha, type=raw and type=schedule with a fixed pattern; enable= true, false or {{is_default_branch}}, {{is_not_default_branch}}, {{is_major_zero}}, {{is_not_major_zero}}; prefix=, suffix= and value= without {{expressions}}, no quoted fields';
/** Why a parsed rule is outside the shell's subset, or undefined when the shell computes it. */
function unsupported(r) {
    if (/"/.test(r.line))
        return 'quoted fields';
    const a = r.attrs;
    if (!['semver', 'ref', 'sha', 'raw', 'schedule'].includes(r.type))
        return `type=${r.type}`;
    if (r.type === 'semver') {
        if (a.value || a.match)
            return 'semver value=/match=';
        if (!SHELL_SEMVER_PATTERNS.includes(a.pattern))
            return `pattern=${a.pattern}`;
    }
    if (r.type === 'schedule' && /\{\{/.test(a.pattern))
        return `schedule pattern=${a.pattern}`;
    for (const k of ['prefix', 'suffix', 'value'])
        if (a[k] !== undefined && /\{\{/.test(a[k]))
            return `${k}=${a[k]}`;
    if (!SHELL_ENABLE.includes(a.enable))
        return `enable=${a.enable}`;
    return undefined;
}
/**
 * Rule lines → the parsed rules (highest priority first), or a UsageError naming a line the engine
 * cannot read or the pipeline's shell cannot compute. Empty → DEFAULT_RULES.
 */
function checkShellRules(lines) {
    const text = lines.join('\n').trim() ? lines.join('\n') : metadata/* DEFAULT_RULES */.ck;
    const rules = (0,metadata/* parseRules */.NR)(text);
    for (const r of rules) {
        const why = unsupported(r);
        if (why)
            throw new errors/* UsageError */.eb(`tag rule "${r.line}": ${why} is not supported in a GitLab pipeline; ${SUBSET} (gen-ci tags computes every rule)`);
    }
    return rules;
}
/** Whether some rule can tag a branch other than the default one (then the jobs also run for branches). */
function tagsOtherBranches(rules) {
    return rules.some((r) => r.attrs.enable !== 'false' &&
        r.attrs.enable !== '{{is_default_branch}}' &&
        ((r.type === 'ref' && r.attrs.event === 'branch') || r.type === 'sha' || r.type === 'raw'));
}
if (/'/.test(metadata/* DEFAULT_RULES */.ck))
    throw new Error('DEFAULT_RULES must hold no single quote (it is written in single quotes)');
// grammar of metadata-action's semver (node-semver valid(), optional v), as src/metadata/semver.ts
const NUM = '(0|[1-9][0-9]*)';
const PRE_ID = '(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][a-zA-Z0-9-]*)';
const SEMVER_ERE = `^v?${NUM}\\.${NUM}\\.${NUM}(-${PRE_ID}(\\.${PRE_ID})*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$`;
/**
 * The script item that sets GENCI_TAGS (tag names, one per line) and genci_push (true/false) from
 * GENCI_TAG_RULES (empty: DEFAULT_RULES), GENCI_DEFAULT_BRANCH (empty: CI_DEFAULT_BRANCH) and the
 * pipeline's CI_COMMIT_TAG / CI_COMMIT_BRANCH / CI_COMMIT_REF_NAME / CI_MERGE_REQUEST_IID /
 * CI_PIPELINE_SOURCE / CI_COMMIT_SHA, as computeMetadata(gitlabContext(env)) does. Literal
 * GENCI_TAGS (given tags) are kept; then only a merge request turns push off. A rule outside the
 * subset ends the job (exit 2) with a line naming it.
 */
function tagScript() {
    return [
        '# gen-ci tags: GENCI_TAG_RULES (docker/metadata-action rules) -> GENCI_TAGS, genci_push',
        "genci_nl='",
        "'",
        'genci_trim() { genci_s=$1; genci_s=${genci_s#"${genci_s%%[![:space:]]*}"}; genci_s=${genci_s%"${genci_s##*[![:space:]]}"}; }',
        'genci_fail() { echo "gen-ci: tag rule \\"$genci_line\\": $1 is not supported in a GitLab pipeline; ' + SUBSET.replace(/"/g, '') + '" >&2; exit 2; }',
        'genci_ref=',
        'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_ref=refs/pull/$CI_MERGE_REQUEST_IID/merge',
        'elif [ -n "$CI_COMMIT_TAG" ]; then genci_ref=refs/tags/$CI_COMMIT_TAG',
        'elif [ -n "$CI_COMMIT_BRANCH" ]; then genci_ref=refs/heads/$CI_COMMIT_BRANCH',
        'elif [ -n "$CI_COMMIT_REF_NAME" ]; then genci_ref=refs/heads/$CI_COMMIT_REF_NAME',
        'fi',
        'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_event=${CI_PIPELINE_SOURCE-merge_request_event}; else genci_event=${CI_PIPELINE_SOURCE-push}; fi',
        'genci_default=${GENCI_DEFAULT_BRANCH:-$CI_DEFAULT_BRANCH}',
        'genci_branch=',
        'genci_tag=',
        'genci_pr=',
        'case "$genci_ref" in',
        '  refs/heads/*) genci_branch=${genci_ref#refs/heads/} ;;',
        '  refs/tags/*) genci_tag=${genci_ref#refs/tags/} ;;',
        '  refs/pull/*) genci_pr=${genci_ref#refs/pull/}; genci_pr=${genci_pr%/merge} ;;',
        'esac',
        // {{is_default_branch}}: the ref's branch is the default one, or an event GitHub runs on it
        'genci_is_default=false',
        'genci_b=${genci_ref#refs/heads/}',
        'if [ -n "$genci_b" ]; then',
        '  if [ -n "$genci_default" ] && [ "$genci_default" = "$genci_b" ]; then genci_is_default=true; else',
        '    case "$genci_event" in *create*|*discussion*|*issues*|*schedule*) genci_is_default=true ;; esac',
        '  fi',
        'fi',
        'genci_not_default=true',
        'if [ "$genci_is_default" = true ]; then genci_not_default=false; fi',
        // the tag as a semantic version
        'genci_sv=',
        'genci_major=',
        'genci_minor=',
        'genci_pre=false',
        'genci_t=$(printf \'%s\' "$genci_tag" | tr / -)',
        `if [ -n "$genci_t" ] && [ "\${#genci_t}" -le 256 ] && printf '%s\\n' "$genci_t" | grep -Eq '${SEMVER_ERE}'; then`,
        '  genci_sv=${genci_t#v}',
        '  genci_sv=${genci_sv%%+*}',
        '  genci_major=${genci_sv%%.*}',
        '  genci_r=${genci_sv#*.}',
        '  genci_minor=${genci_r%%.*}',
        '  case "$genci_sv" in *-*) genci_pre=true ;; esac',
        'fi',
        'genci_major_zero=false',
        'if [ "$genci_major" = 0 ]; then genci_major_zero=true; fi',
        'genci_not_major_zero=true',
        'if [ "$genci_major_zero" = true ]; then genci_not_major_zero=false; fi',
        // one rule line -> genci_a_* (attributes with defaults) and genci_prio
        'genci_rule() {',
        '  genci_line=$1',
        '  case "$genci_line" in *\\"*) genci_fail "quoted fields" ;; esac',
        '  genci_a_type=raw; genci_a_pattern=; genci_a_event=; genci_a_value=; genci_h_value=false; genci_a_format=',
        '  genci_a_enable=true; genci_a_prefix=; genci_h_prefix=false; genci_a_suffix=; genci_h_suffix=false; genci_a_priority=',
        '  genci_rest=$genci_line,',
        '  while [ -n "$genci_rest" ]; do',
        '    genci_f=${genci_rest%%,*}',
        '    genci_rest=${genci_rest#*,}',
        '    case "$genci_f" in',
        '      [!=]*=*)',
        '        genci_trim "${genci_f%%=*}"; genci_k=$(printf \'%s\' "$genci_s" | tr A-Z a-z)',
        '        genci_trim "${genci_f#*=}"; genci_v=$genci_s ;;',
        '      *) genci_trim "$genci_f"; genci_k=value; genci_v=$genci_s ;;',
        '    esac',
        '    case "$genci_k" in',
        '      type) genci_a_type=$genci_v ;;',
        '      pattern) genci_a_pattern=$genci_v ;;',
        '      event) genci_a_event=$genci_v ;;',
        '      value) genci_a_value=$genci_v; genci_h_value=true ;;',
        '      format) genci_a_format=$genci_v ;;',
        '      enable) genci_a_enable=$genci_v ;;',
        '      prefix) genci_a_prefix=$genci_v; genci_h_prefix=true ;;',
        '      suffix) genci_a_suffix=$genci_v; genci_h_suffix=true ;;',
        '      priority) genci_a_priority=$genci_v ;;',
        '      *) genci_fail "the attribute $genci_k" ;;',
        '    esac',
        '  done',
        '  case "$genci_a_type" in',
        '    schedule) genci_prio=1000; genci_a_pattern=${genci_a_pattern:-nightly} ;;',
        '    semver) genci_prio=900',
        '      if [ "$genci_h_value" = true ]; then genci_fail "semver value="; fi',
        '      case "$genci_a_pattern" in "{{version}}"|"{{major}}.{{minor}}"|"{{major}}") ;; *) genci_fail "pattern=$genci_a_pattern" ;; esac ;;',
        '    ref) genci_prio=600',
        '      case "$genci_a_event" in branch|tag) ;; pr) if [ "$genci_h_prefix" = false ]; then genci_a_prefix=pr-; genci_h_prefix=true; fi ;; *) genci_fail "event=$genci_a_event" ;; esac ;;',
        '    raw) genci_prio=200',
        '      if [ "$genci_h_value" = false ]; then genci_fail "type=raw without value="; fi ;;',
        '    sha) genci_prio=100',
        '      if [ "$genci_h_prefix" = false ]; then genci_a_prefix=sha-; genci_h_prefix=true; fi',
        '      genci_a_format=${genci_a_format:-short}',
        '      case "$genci_a_format" in short|long) ;; *) genci_fail "format=$genci_a_format" ;; esac ;;',
        '    *) genci_fail "type=$genci_a_type" ;;',
        '  esac',
        '  case "$genci_a_value$genci_a_prefix$genci_a_suffix" in *"{{"*) genci_fail "an {{expression}} in value=, prefix= or suffix=" ;; esac',
        '  if [ "$genci_a_type" = schedule ]; then case "$genci_a_pattern" in *"{{"*) genci_fail "schedule pattern=$genci_a_pattern" ;; esac; fi',
        '  case "$genci_a_enable" in',
        '    true|false) ;;',
        '    "{{is_default_branch}}") genci_a_enable=$genci_is_default ;;',
        '    "{{is_not_default_branch}}") genci_a_enable=$genci_not_default ;;',
        '    "{{is_major_zero}}") genci_a_enable=$genci_major_zero ;;',
        '    "{{is_not_major_zero}}") genci_a_enable=$genci_not_major_zero ;;',
        '    *) genci_fail "enable=$genci_a_enable" ;;',
        '  esac',
        '  if [ -n "$genci_a_priority" ]; then',
        '    case "$genci_a_priority" in -|*[!0-9-]*|?*-*) genci_fail "priority=$genci_a_priority" ;; esac',
        '    genci_prio=$genci_a_priority',
        '  fi',
        '}',
        // the rules, highest priority first (a stable sort: equal priorities keep their order)
        "genci_rules=${GENCI_TAG_RULES:-'" + metadata/* DEFAULT_RULES */.ck + "'}",
        'genci_i=0',
        'genci_sorted=',
        'while IFS= read -r genci_l; do',
        '  genci_trim "$genci_l"',
        '  case "$genci_s" in ""|"#"*) continue ;; esac',
        '  genci_i=$((genci_i + 1))',
        '  genci_rule "$genci_s"',
        '  genci_sorted="$genci_sorted$genci_prio $genci_i $genci_line$genci_nl"',
        'done <<GENCI_EOF',
        '$genci_rules',
        'GENCI_EOF',
        'genci_sorted=$(printf \'%s\' "$genci_sorted" | sort -k1,1nr -k2,2n | cut -d" " -f3-)',
        // each rule makes at most one tag; the first tag is the version and decides latest
        'genci_names=',
        'genci_latest=',
        'while IFS= read -r genci_l; do',
        '  if [ -z "$genci_l" ]; then continue; fi',
        '  genci_rule "$genci_l"',
        '  if [ "$genci_a_enable" = false ]; then continue; fi',
        '  genci_made=',
        '  genci_has=false',
        '  genci_auto=false',
        '  case "$genci_a_type" in',
        '    schedule) case "$genci_event" in *schedule*) genci_made=$genci_a_pattern; genci_has=true ;; esac ;;',
        '    semver)',
        '      if [ -n "$genci_sv" ]; then',
        '        genci_has=true',
        '        if [ "$genci_pre" = true ]; then genci_made=$genci_sv; else',
        '          genci_auto=true',
        '          case "$genci_a_pattern" in',
        '            "{{version}}") genci_made=$genci_sv ;;',
        '            "{{major}}.{{minor}}") genci_made=$genci_major.$genci_minor ;;',
        '            *) genci_made=$genci_major ;;',
        '          esac',
        '        fi',
        '      fi ;;',
        '    ref)',
        '      case "$genci_a_event" in',
        '        branch) if [ -n "$genci_branch" ]; then genci_made=$genci_branch; genci_has=true; fi ;;',
        '        tag) if [ -n "$genci_tag" ]; then genci_made=$genci_tag; genci_has=true; genci_auto=true; fi ;;',
        '        pr) if [ -n "$genci_pr" ]; then genci_made=$genci_pr; genci_has=true; fi ;;',
        '      esac ;;',
        '    raw) genci_made=$genci_a_value; genci_has=true ;;',
        '    sha)',
        '      if [ -n "$CI_COMMIT_SHA" ]; then',
        '        genci_has=true',
        '        if [ "$genci_a_format" = short ]; then genci_made=$(printf \'%s\' "$CI_COMMIT_SHA" | cut -c1-7); else genci_made=$CI_COMMIT_SHA; fi',
        '      fi ;;',
        '  esac',
        '  if [ "$genci_has" = false ]; then continue; fi',
        // prefix + value + suffix, sanitized to the tag grammar (src/metadata/reference.ts sanitizeTag)
        '  genci_x=$(printf \'%s\\n\' "$genci_a_prefix$genci_made$genci_a_suffix" | LC_ALL=C sed -e \'s/[^a-zA-Z0-9._-][^a-zA-Z0-9._-]*/-/g\' -e \'s/^[.-]*//\' | cut -c1-128)',
        '  if [ -z "$genci_x" ]; then continue; fi',
        '  case "$genci_nl$genci_names" in',
        '    *"$genci_nl$genci_x$genci_nl"*) ;;',
        '    *) genci_names="$genci_names$genci_x$genci_nl" ;;',
        '  esac',
        '  if [ -z "$genci_latest" ]; then genci_latest=$genci_auto; fi',
        'done <<GENCI_EOF',
        '$genci_sorted',
        'GENCI_EOF',
        'if [ "$genci_latest" = true ] && [ -n "$genci_names" ]; then',
        '  case "$genci_nl$genci_names" in *"${genci_nl}latest$genci_nl"*) ;; *) genci_names="${genci_names}latest$genci_nl" ;; esac',
        'fi',
        'genci_push=true',
        'if [ -n "$GENCI_TAGS" ]; then',
        '  echo "gen-ci: tags as given: $(printf \'%s\' "$GENCI_TAGS" | tr \'\\n\' \' \')"',
        'else',
        '  GENCI_TAGS=$genci_names',
        '  if [ -z "$GENCI_TAGS" ]; then genci_push=false; fi',
        '  echo "gen-ci: tags for ${genci_event:-no event} on ${genci_ref:-no ref}: $(printf \'%s\' "$GENCI_TAGS" | tr \'\\n\' \' \')"',
        'fi',
        'if [ -n "$genci_pr" ]; then genci_push=false; fi',
        'if [ "$genci_push" = false ]; then echo "gen-ci: not pushing (${genci_pr:+a merge request, built and checked only}${genci_pr:-no tag rule applies})"; fi',
    ].join('\n');
}
/** For per-arch jobs (they push by commit, not by tag): genci_push=false in a merge request pipeline. */
const PUSH_UNLESS_MERGE_REQUEST = [
    'genci_push=true',
    'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_push=false; echo "gen-ci: a merge request: built and checked, not pushed"; fi',
].join('\n');
/**
 * The jobs' `rules:`: merge request pipelines, tag pipelines and pushes to the default branch
 * (`defaultBranch`: a literal branch, or a component's `$[[ inputs.default_branch ]]`, checked in
 * addition to CI_DEFAULT_BRANCH; undefined: CI_DEFAULT_BRANCH); with `otherBranches` every branch
 * (not twice when it has an open merge request). `merge`: the job that tags the index does not run
 * for merge requests (nothing is pushed there).
 */
function jobRules(o) {
    const mr = '$CI_PIPELINE_SOURCE == "merge_request_event"';
    const out = [];
    out.push(o.merge ? { if: mr, when: 'never' } : { if: mr });
    if (o.otherBranches)
        out.push({ if: '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS', when: 'never' });
    out.push({ if: '$CI_COMMIT_TAG' });
    if (o.component) {
        out.push({ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' });
        if (o.defaultBranch)
            out.push({ if: `$CI_COMMIT_BRANCH == "${o.defaultBranch}"` });
    }
    else
        out.push({ if: o.defaultBranch ? `$CI_COMMIT_BRANCH == "${o.defaultBranch}"` : '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' });
    if (o.otherBranches)
        out.push({ if: '$CI_COMMIT_BRANCH' });
    return out;
}
/** A branch name that can be written in a rules: expression ("..."). */
function checkBranchName(b) {
    if (!/^[A-Za-z0-9._/-]+$/.test(b) || b.startsWith('-'))
        throw new errors/* UsageError */.eb(`default branch "${b}" is not a branch name gen-ci can write in rules: (letters, digits, . _ / -)`);
    return b;
}

;// CONCATENATED MODULE: ./src/gitlab/common.ts



/** A job's `rules:` (tags.ts jobRules); `merge`: the job that tags the index, skipped for merge requests. */
function rulesFor(l, merge = false) {
    const defaultBranch = l.src.defaultBranch();
    return jobRules({
        component: l.src.kind === 'component',
        otherBranches: l.otherBranches,
        merge,
        ...(defaultBranch ? { defaultBranch } : {}),
    });
}
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
                const platform = (0,core_platform/* formatPlatform */.Bq)(p);
                return { slug: (0,core_platform/* platformSlug */.DN)(p), platform, tags: o.runnerTags.get(platform) ?? [] };
            }),
        },
        dindMtu: o.dindMtu === undefined ? undefined : String(o.dindMtu),
        otherBranches: o.otherBranches,
        sign: o.sign,
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
        jobs[name] = { ...make({}), tags: ['$GENCI_RUNNER_TAG'], parallel: { matrix: l.perArch.matrix }, rules: rulesFor(l) };
        return { jobs, needs: [name] };
    }
    for (const j of l.perArch.jobs) {
        const job = make({ GENCI_PLATFORM: j.platform });
        jobs[buildJobName(l, j.slug)] = { ...job, tags: j.tags.length ? j.tags : undefined, rules: rulesFor(l) };
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
/** After the tag script in a job that tags an index: nothing to tag (no rule applied) ends it, successfully. */
const NOTHING_TO_TAG = 'if [ "$genci_push" != true ]; then echo "gen-ci: no tag to push: the index is not made"; exit 0; fi';
/** GENCI_TLS_VERIFY as a --tls-verify flag (buildah, skopeo). */
const TLS_FLAG = 'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=--tls-verify=false; else genci_tls=--tls-verify=true; fi';

// EXTERNAL MODULE: ./src/core/helper-images.ts
var helper_images = __webpack_require__(5026);
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
    binfmt: helper_images/* PINNED_BINFMT */.eq,
    buildkit: helper_images/* PINNED_BUILDKIT */.aA,
    kaniko: 'martizih/kaniko:v1.27.6-debug',
    manifestTool: 'mplatform/manifest-tool:alpine-v2.2.0',
    buildah: 'quay.io/buildah/stable:v1.42.2',
    buildkitRootless: `${helper_images/* PINNED_BUILDKIT */.aA}-rootless`,
    skopeo: 'quay.io/skopeo/stable:v1.18.0',
    // sigstore's -dev images are the release image plus busybox (/busybox/sh), the shell a job needs
    cosign: 'ghcr.io/sigstore/cosign/cosign:v2.6.1-dev',
};
/** How the sign job signs: `none` (no job), with a key pair, or keyless (GitLab's OIDC token, Fulcio, Rekor). */
const SIGN_MODES = ['none', 'key', 'keyless'];
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
        const parsed = typeof p === 'string' ? (0,core_platform/* parsePlatformList */.VX)(p) : [(0,core_platform/* parsePlatform */.FL)((0,core_platform/* formatPlatform */.Bq)(p))];
        for (const q of parsed)
            if (!platforms.some((x) => (0,core_platform/* formatPlatform */.Bq)(x) === (0,core_platform/* formatPlatform */.Bq)(q)))
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
    const tagRules = o.tagRules ?? [];
    if (tags.length && tagRules.length)
        throw new errors/* UsageError */.eb('give tags (literal) or tag rules, not both');
    for (const r of tagRules)
        listItem('tag rule', r, undefined, '');
    const rules = checkShellRules(tagRules);
    if (o.defaultBranch !== undefined)
        checkBranchName(o.defaultBranch);
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
        runnerTags.set((0,core_platform/* formatPlatform */.Bq)((0,core_platform/* parsePlatform */.FL)(k)), v);
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
    const sign = o.sign === true ? 'key' : o.sign === false || o.sign === undefined ? 'none' : o.sign;
    if (!SIGN_MODES.includes(sign))
        throw new errors/* UsageError */.eb(`sign "${String(o.sign)}" is not one of ${SIGN_MODES.join(', ')}`);
    if (sign !== 'none' && o.mode === 'buildkit') {
        throw new errors/* UsageError */.eb('sign is not available in buildkit mode yet: its job has no registry client to read the platform digests of the index; use buildx or buildah');
    }
    const archTagPrefix = o.archTagPrefix;
    if (archTagPrefix !== undefined)
        listItem('arch tag prefix', archTagPrefix, /,/, 'contains a comma');
    return {
        mode: o.mode,
        image: o.image !== undefined ? user(o.image) : ours('$CI_REGISTRY_IMAGE'),
        tags: user(tags.join('\n')),
        tagRules: user(tagRules.length ? tagRules.join('\n') : metadata/* DEFAULT_RULES */.ck),
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
            default: metadata/* DEFAULT_RULES */.ck,
            description: "When tags is empty: docker/metadata-action tag rules, one per line, computed in the job (type=semver with pattern={{version}}, {{major}}.{{minor}} or {{major}}; type=ref with event=branch, tag or pr; type=sha; type=raw; type=schedule; enable=, prefix=, suffix=, priority=). The default is gen-ci's policy, the action's: a tag v1.2.3 gives 1.2.3, 1.2, 1 and latest; the default branch latest and sha-<short>; a merge request pr-<iid>, built and not pushed.",
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
        inline: (o) => ({ value: o.platforms.map(core_platform/* formatPlatform */.Bq).join(','), expand: false }),
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
            description: 'Sign the pushed index and every platform manifest with cosign, by digest, in a <prefix>-sign job that then verifies each: key (COSIGN_PRIVATE_KEY and a masked COSIGN_PASSWORD CI/CD variable) or keyless (the job\'s SIGSTORE_ID_TOKEN, Fulcio and Rekor). none: no signing.',
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
    cosign: { input: 'cosign_image', description: 'cosign image with a shell (a -dev variant) for the sign job.' },
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
        defaultBranch: () => o.defaultBranch.value || undefined,
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
function vars(src, names, extra = {}) {
    const out = { ...extra };
    for (const n of names)
        out[SETTINGS[n].variable] = src.variable(n);
    return out;
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
        rules: rulesFor(l),
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
    for (const k of ['stage', 'image', 'services', 'tags', 'needs', 'id_tokens', 'parallel', 'rules', 'variables', 'script', 'artifacts']) {
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
    return (0,js_yaml.dump)(value, { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
}
function model_renderDoc(doc, header = []) {
    const comments = header.map((l) => (l ? `# ${l}` : '#')).join('\n');
    return `${comments ? `${comments}\n` : ''}${model_toYaml(docToObject(doc))}`;
}

;// CONCATENATED MODULE: ./src/gitlab/sign.ts
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions and Go templates, not template strings



/**
 * The sign job (`<prefix>-sign`): cosign signatures of the pushed index and of every platform
 * manifest, by digest, then `cosign verify` of each with the same key or identity.
 *
 * Where the digests come from: the job that pushes the index records them right after its push,
 * with its own registry client and credentials, in a dotenv report (genci-sign.env:
 * GENCI_SIGN_PUSHED, GENCI_SIGN_INDEX, GENCI_SIGN_MANIFESTS) that the sign job receives through
 * `needs:`. The index digest is the one the push itself reports where the tool reports it
 * (buildx/buildctl --metadata-file, buildah --digestfile, manifest-tool's "Digest:" line); the
 * platform digests are read from that index by digest. So the sign job never resolves a tag: a
 * tag moved by another pipeline between the push and the signing can't get the wrong image signed.
 * (cosign's image has no tool to read an index, and `cosign sign --recursive` would sign children
 * the job could not then name and verify.)
 */
const SIGN_ENV = 'genci-sign.env';
/** Settings of the sign job. */
const SIGN_SETTINGS = ['image', 'sign', 'cosignTlog', ...LOGIN_SETTINGS];
/** The job that pushes the index writes this first: nothing pushed (yet). */
const SIGN_ENV_INIT = [`genci_sign_env=$CI_PROJECT_DIR/${SIGN_ENV}`, 'printf \'GENCI_SIGN_PUSHED=false\\n\' >"$genci_sign_env"'].join('\n');
/** Go template for `docker buildx imagetools inspect --format`: the platform manifests of an index, one digest a line (no attestation manifests). */
const PLATFORM_DIGESTS_TEMPLATE = '{{range .Manifest.Manifests}}{{if .Platform}}{{if ne .Platform.OS "unknown"}}{{println .Digest}}{{end}}{{end}}{{end}}';
/** Every `"digest": "sha256:…"` of a JSON document (an index: its manifests), one a line, for sed after `tr , '\n'`. */
const JSON_DIGESTS = String.raw `tr ',' '\n' | sed -n 's/.*"digest": *"\(sha256:[0-9a-f]\{64\}\)".*/\1/p'`;
/**
 * After the push: `index` sets genci_index (the pushed index digest), `manifests` then sets
 * genci_manifests (its platform digests, one a line); both checked, then written to the dotenv.
 * Only when signing and pushing.
 */
function recordDigests(index, manifests) {
    return [
        '# gen-ci sign: the digests the sign job signs',
        'if [ "$GENCI_SIGN" != none ] && [ "$genci_push" = true ]; then',
        ...index.split('\n').map((l) => `  ${l}`),
        '  case "$genci_index" in',
        '    sha256:*[!0-9a-f]* | sha256:) genci_index= ;;',
        '    sha256:*) ;;',
        '    *) genci_index= ;;',
        '  esac',
        '  if [ -z "$genci_index" ]; then echo "gen-ci: sign: the push reported no index digest" >&2; exit 1; fi',
        ...manifests.split('\n').map((l) => `  ${l}`),
        "  genci_manifests=$(printf '%s\\n' \"$genci_manifests\" | sed -n '/^sha256:[0-9a-f]\\{64\\}$/p' | tr '\\n' ' ' | sed 's/ $//')",
        '  if [ -z "$genci_manifests" ]; then echo "gen-ci: sign: no platform manifest in $GENCI_IMAGE@$genci_index" >&2; exit 1; fi',
        '  printf \'GENCI_SIGN_PUSHED=true\\nGENCI_SIGN_INDEX=%s\\nGENCI_SIGN_MANIFESTS=%s\\n\' "$genci_index" "$genci_manifests" >"$genci_sign_env"',
        '  cat "$genci_sign_env"',
        'fi',
    ].join('\n');
}
/** The platform digests of the pushed index, read by digest with docker buildx imagetools (buildx and native merge jobs). */
const DOCKER_MANIFESTS = `genci_manifests=$(docker buildx imagetools inspect "$GENCI_IMAGE@$genci_index" --format '${PLATFORM_DIGESTS_TEMPLATE}')`;
/** buildx: the digest `docker buildx build --metadata-file` reports. */
const BUILDX_METADATA = '$CI_PROJECT_DIR/genci-build-metadata.json';
const METADATA_INDEX = `genci_index=$(sed -n 's/.*"containerimage\\.digest": *"\\(sha256:[0-9a-f]*\\)".*/\\1/p' "${BUILDX_METADATA}" | head -n 1)`;
/** native merge: imagetools create reports no digest; the first tag, read once right after the create, in the job that wrote it. */
const IMAGETOOLS_INDEX = `genci_index=$(docker buildx imagetools inspect "$genci_first" --format '{{json .Manifest}}' | sed -n 's/^  "digest": "\\(sha256:[0-9a-f]*\\)".*/\\1/p' | head -n 1)`;
/**
 * buildah: the digest file of `buildah manifest push --digestfile`; the platform digests of the
 * pushed index read back by digest (push --all may rewrite the instances, so the local list's
 * digests are not the registry's): a scratch list that `manifest add --all` fills from the index
 * (`manifest inspect` of a remote needs --tls-verify, which older buildah lacks).
 */
const BUILDAH_DIGESTFILE = '$CI_PROJECT_DIR/genci-index-digest';
const BUILDAH_INDEX = `genci_index=$(cat "${BUILDAH_DIGESTFILE}")`;
const BUILDAH_MANIFESTS = [
    'genci_pushed=localhost/genci-pushed-$CI_PIPELINE_ID-$CI_JOB_ID',
    'buildah manifest create "$genci_pushed" >/dev/null',
    'buildah manifest add --all "$genci_tls" "$genci_pushed" "docker://$GENCI_IMAGE@$genci_index" >/dev/null',
    `genci_manifests=$(buildah manifest inspect "$genci_pushed" | ${JSON_DIGESTS})`,
    'buildah manifest rm "$genci_pushed" >/dev/null || true',
].join('\n');
/** manifest-tool: the "Digest: sha256:… <size>" line of `push from-spec`, then `inspect --raw` by digest. */
const MANIFEST_TOOL_OUT = '$genci_dir/push.out';
const MANIFEST_TOOL_INDEX = `genci_index=$(sed -n 's/^Digest: \\(sha256:[0-9a-f]*\\).*/\\1/p' "${MANIFEST_TOOL_OUT}" | head -n 1)`;
const MANIFEST_TOOL_MANIFESTS = `genci_manifests=$(manifest-tool "$@" inspect --raw "$GENCI_IMAGE@$genci_index" | ${JSON_DIGESTS})`;
/** The sign job's script: cosign sign, then cosign verify, of every digest the push recorded. */
const COSIGN_SIGN = [
    'if [ "$GENCI_SIGN_PUSHED" = false ]; then echo "gen-ci: nothing was pushed: nothing to sign"; exit 0; fi',
    `if [ "$GENCI_SIGN_PUSHED" != true ]; then echo "gen-ci: sign: no digests from the push job (its ${SIGN_ENV} dotenv report is missing)" >&2; exit 1; fi`,
    'genci_dir=${TMPDIR:-/tmp}/genci-cosign-$CI_JOB_ID',
    'genci_config=$genci_dir/config.json',
    WRITE_DOCKER_CONFIG,
    'export DOCKER_CONFIG="$genci_dir"',
    "genci_digests=$(printf '%s %s' \"$GENCI_SIGN_INDEX\" \"$GENCI_SIGN_MANIFESTS\" | tr ' ' '\\n' | sed '/^$/d')",
    'if printf \'%s\\n\' "$genci_digests" | grep -qv \'^sha256:[0-9a-f]\\{64\\}$\'; then echo "gen-ci: sign: GENCI_SIGN_INDEX/GENCI_SIGN_MANIFESTS hold something other than sha256 digests" >&2; exit 1; fi',
    'case "$GENCI_SIGN" in',
    '  key)',
    '    if [ -z "$COSIGN_PRIVATE_KEY" ]; then',
    '      echo "gen-ci: sign is key but the CI/CD variable COSIGN_PRIVATE_KEY is empty: set it to the private key of cosign generate-key-pair (text or file type) and COSIGN_PASSWORD (masked) to its password" >&2',
    '      exit 1',
    '    fi',
    '    if [ -f "$COSIGN_PRIVATE_KEY" ]; then genci_key=$COSIGN_PRIVATE_KEY; else genci_key=env://COSIGN_PRIVATE_KEY; fi',
    // an unencrypted key has an empty password; unset, cosign would ask a terminal the job doesn't have
    '    if [ -z "${COSIGN_PASSWORD+set}" ]; then export COSIGN_PASSWORD=; fi',
    '    cosign public-key "--key=$genci_key" >"$genci_dir/cosign.pub"',
    '    genci_by="the key in COSIGN_PRIVATE_KEY"',
    '    ;;',
    '  keyless)',
    '    if [ -z "$SIGSTORE_ID_TOKEN" ]; then echo "gen-ci: sign is keyless but SIGSTORE_ID_TOKEN is empty (id_tokens: must be in the project\'s own .gitlab-ci.yml)" >&2; exit 1; fi',
    '    if [ -n "$CI_COMMIT_TAG" ]; then genci_signer_ref=refs/tags/$CI_COMMIT_TAG; else genci_signer_ref=refs/heads/$CI_COMMIT_BRANCH; fi',
    // Fulcio's GitLab identity (the token's ci_config_ref_uri): <server>/<project>//<config path>@<ref>
    '    genci_identity=$CI_SERVER_URL/$CI_PROJECT_PATH//${CI_CONFIG_PATH:-.gitlab-ci.yml}@$genci_signer_ref',
    '    genci_by="$genci_identity (issuer $CI_SERVER_URL)"',
    '    ;;',
    '  *) echo "gen-ci: sign \\"$GENCI_SIGN\\" is not key or keyless" >&2; exit 2 ;;',
    'esac',
    'set -- --yes',
    'if [ "$GENCI_SIGN" = key ]; then set -- "$@" "--key=$genci_key"; fi',
    'if [ "$GENCI_COSIGN_TLOG" = false ]; then set -- "$@" --tlog-upload=false; fi',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --allow-http-registry=true --allow-insecure-registry=true; fi',
    'while IFS= read -r genci_d; do',
    '  echo "gen-ci: signing $GENCI_IMAGE@$genci_d"',
    '  cosign sign "$@" "$GENCI_IMAGE@$genci_d"',
    'done <<GENCI_EOF',
    '$genci_digests',
    'GENCI_EOF',
    'set --',
    'if [ "$GENCI_SIGN" = key ]; then',
    '  set -- "$@" "--key=$genci_dir/cosign.pub"',
    'else',
    '  set -- "$@" "--certificate-identity=$genci_identity" "--certificate-oidc-issuer=$CI_SERVER_URL"',
    'fi',
    'if [ "$GENCI_COSIGN_TLOG" = false ]; then set -- "$@" --insecure-ignore-tlog=true; fi',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --allow-http-registry=true --allow-insecure-registry=true; fi',
    'while IFS= read -r genci_d; do',
    '  if ! cosign verify "$@" "$GENCI_IMAGE@$genci_d" >"$genci_dir/verify.out" 2>&1; then',
    '    genci_why=$(grep \'^Error:\' "$genci_dir/verify.out" | tail -n 1)',
    '    echo "gen-ci: $GENCI_IMAGE@$genci_d is not signed by $genci_by: ${genci_why:-$(tail -n 1 "$genci_dir/verify.out")}" >&2',
    '    exit 1',
    '  fi',
    '  echo "gen-ci: verified $GENCI_IMAGE@$genci_d"',
    'done <<GENCI_EOF',
    '$genci_digests',
    'GENCI_EOF',
].join('\n');
function signJobName(l) {
    return `${l.prefix}-sign`;
}
/** The `<prefix>-sign` job after `pusher`, the job that pushes the index: same runs as a merge (never a merge request). */
function signJob(l, pusher, stage) {
    const component = l.sign === 'input';
    const rules = rulesFor(l, true);
    return {
        stage,
        image: { name: l.src.tool('cosign'), entrypoint: [''] },
        tags: l.jobTags,
        needs: [{ job: pusher, artifacts: true }],
        ...(component || l.sign === 'keyless' ? { id_tokens: { SIGSTORE_ID_TOKEN: { aud: 'sigstore' } } } : {}),
        rules: component ? [{ if: '"$[[ inputs.sign ]]" == "none"', when: 'never' }, ...rules] : rules,
        variables: vars(l.src, SIGN_SETTINGS),
        script: [SMALL_FUNCTIONS, COSIGN_SIGN],
    };
}
/** The pushing job's part: GENCI_SIGN, the dotenv report, and the script items around the push. */
function withDigests(l, job, recordAfter, initAfter) {
    if (l.sign === 'none')
        return job;
    const script = [...job.script];
    script.splice(initAfter, 0, SIGN_ENV_INIT);
    script.push(recordAfter);
    return {
        ...job,
        variables: { ...job.variables, ...vars(l.src, ['sign']) },
        script,
        artifacts: { ...job.artifacts, reports: { dotenv: SIGN_ENV } },
    };
}
/** Add the sign job after the pusher in a mode's jobs. */
function addSignJob(l, doc, pusher) {
    if (l.sign === 'none')
        return doc;
    const job = doc.jobs[pusher];
    if (!job)
        throw new Error(`no job ${pusher}`);
    return { ...doc, jobs: { ...doc.jobs, [signJobName(l)]: signJob(l, pusher, job.stage) } };
}

;// CONCATENATED MODULE: ./src/gitlab/buildx.ts





/**
 * buildx mode: one job on Docker-in-Docker that registers QEMU for the non-native
 * platforms, creates a builder, logs in and builds every platform in one go.
 */
const BUILDX_SETTINGS = [
    'image',
    'tags',
    'tagRules',
    'defaultBranch',
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
/** Cache, attestation and build-arg flags shared by the buildx and native builds. `suffix` is appended to the cache ref; the cache is written only when pushing. */
function commonBuildFlags(suffix) {
    return [
        buildArgFlags('--build-arg='),
        'if [ "$GENCI_CACHE" = true ]; then',
        `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}${suffix}`,
        '  set -- "$@" "--cache-from=type=registry,$(genci_csv "ref=$genci_cache")"',
        '  if [ "$genci_push" = true ]; then set -- "$@" "--cache-to=type=registry,$(genci_csv "ref=$genci_cache"),mode=max"; fi',
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
    'set -- "--platform=$GENCI_PLATFORMS" "--file=$genci_dockerfile"',
    'if [ "$genci_push" = true ]; then set -- "$@" --push; fi',
    `if [ "$genci_push" = true ] && [ "\${GENCI_SIGN:-none}" != none ]; then set -- "$@" "--metadata-file=${BUILDX_METADATA}"; fi`,
    tagArgs('--tag='),
    commonBuildFlags(''),
    'docker buildx build "$@" -- "$GENCI_CONTEXT"',
    'if [ "$genci_push" = true ]; then docker buildx imagetools inspect "$genci_first"; fi',
].join('\n');
function buildxDoc(l) {
    const d = dind(l);
    const job = {
        stage: l.stage,
        ...d,
        tags: l.jobTags,
        rules: rulesFor(l),
        variables: { ...d.variables, ...vars(l.src, BUILDX_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, tagScript(), WAIT_FOR_DOCKER, BINFMT, BUILDER, DOCKER_LOGIN, BUILDX_BUILD],
    };
    const name = buildJobName(l);
    return addSignJob(l, { jobs: { [name]: withDigests(l, job, recordDigests(METADATA_INDEX, DOCKER_MANIFESTS), 2) } }, name);
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
const MERGE_SETTINGS = [
    'image',
    'tags',
    'tagRules',
    'defaultBranch',
    'platforms',
    'archTagPrefix',
    'registry',
    'registryUser',
    'registryPassword',
];
const NATIVE_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--platform=$GENCI_PLATFORM" "--file=$genci_dockerfile"',
    'if [ "$genci_push" = true ]; then set -- "$@" --push; fi',
    'set -- "$@" "--tag=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
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
    return withDigests(l, {
        stage: l.mergeStage,
        image: l.src.tool('docker'),
        tags: l.jobTags,
        needs,
        rules: rulesFor(l, true),
        variables: vars(l.src, MERGE_SETTINGS),
        script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, IMAGETOOLS_MERGE],
    }, recordDigests(IMAGETOOLS_INDEX, DOCKER_MANIFESTS), 2);
}
function nativeDoc(l) {
    const d = dind(l);
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        ...d,
        variables: { ...extra, ...d.variables, ...vars(l.src, NATIVE_BUILD_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, PUSH_UNLESS_MERGE_REQUEST, WAIT_FOR_DOCKER, BUILDER, DOCKER_LOGIN, NATIVE_BUILD],
    }));
    return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: mergeJob(l, needs) } }, `${l.prefix}-merge`);
}

;// CONCATENATED MODULE: ./src/gitlab/buildah.ts





/**
 * buildah mode: daemonless and rootless-friendly. `emulated`: one job builds every
 * platform into a local manifest list (`buildah build --platform a,b --manifest`) and
 * pushes it with `buildah manifest push --all`. `native`: one job per platform on a
 * runner of that architecture, then a manifest job (the layout GitLab's docs recommend).
 */
const BUILDAH_SETTINGS = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_ARCH_SETTINGS = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_MANIFEST_SETTINGS = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
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
        '  set -- "$@" --layers "--cache-from=$genci_cache"',
        '  if [ "$genci_push" = true ]; then set -- "$@" "--cache-to=$genci_cache"; fi',
        'fi',
    ].join('\n');
}
const BUILDAH_BUILD = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORMS" "--manifest=$genci_list" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgFlags('--build-arg='),
    cacheFlags(''),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'set --',
    tagArgs(''),
    'if [ "$genci_push" = true ]; then',
    '  for genci_ref in "$@"; do',
    `    if [ "\${GENCI_SIGN:-none}" != none ]; then buildah manifest push --all "--digestfile=${BUILDAH_DIGESTFILE}" "$genci_tls" "$genci_list" "docker://$genci_ref"; else`,
    '      buildah manifest push --all "$genci_tls" "$genci_list" "docker://$genci_ref"',
    '    fi',
    '  done',
    'fi',
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
const BUILDAH_ARCH_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'genci_local=localhost/genci-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORM" "--tag=$genci_local" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgFlags('--build-arg='),
    cacheFlags('-$genci_slug'),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'if [ "$genci_push" = true ]; then buildah push "$genci_tls" "$genci_local" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"; fi',
    'buildah rmi "$genci_local" >/dev/null || true',
].join('\n');
const BUILDAH_MANIFEST = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'buildah manifest create "$genci_list"',
    eachPlatform('buildah manifest add "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
    eachItem('GENCI_TAGS', [
        `if [ "\${GENCI_SIGN:-none}" != none ]; then buildah manifest push --all "--digestfile=${BUILDAH_DIGESTFILE}" "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"; else`,
        '  buildah manifest push --all "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"',
        'fi',
    ].join('\n'), { commas: true }),
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
function buildahDoc(l, strategy) {
    const image = l.src.tool('buildah');
    if (strategy === 'emulated') {
        const job = {
            stage: l.stage,
            image,
            tags: l.jobTags,
            rules: rulesFor(l),
            variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_SETTINGS) },
            script: [FUNCTIONS, tagScript(), BUILDAH_LOGIN, BUILDAH_BUILD],
        };
        const name = `${l.prefix}-build`;
        return addSignJob(l, { jobs: { [name]: withDigests(l, job, recordDigests(BUILDAH_INDEX, BUILDAH_MANIFESTS), 2) } }, name);
    }
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image,
        variables: { ...extra, ...BUILDAH_ENV, ...vars(l.src, BUILDAH_ARCH_SETTINGS) },
        script: [FUNCTIONS, PUSH_UNLESS_MERGE_REQUEST, BUILDAH_LOGIN, BUILDAH_ARCH_BUILD],
    }));
    return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: buildahManifestJob(l, needs) } }, `${l.prefix}-merge`);
}
function buildahManifestJob(l, needs) {
    return withDigests(l, {
        stage: l.mergeStage,
        image: l.src.tool('buildah'),
        tags: l.jobTags,
        needs,
        rules: rulesFor(l, true),
        variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_MANIFEST_SETTINGS) },
        script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, BUILDAH_LOGIN, BUILDAH_MANIFEST],
    }, recordDigests(BUILDAH_INDEX, BUILDAH_MANIFESTS), 2);
}

;// CONCATENATED MODULE: ./src/gitlab/buildkit.ts




/**
 * buildkit mode: rootless BuildKit (`moby/buildkit:…-rootless`) driven by
 * `buildctl-daemonless.sh`, GitLab's documented successor to Kaniko. One job builds every
 * platform (QEMU binfmt must be registered on the runner host for foreign RUN steps).
 */
const BUILDKIT_SETTINGS = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, 'attestations', ...LOGIN_SETTINGS];
const BUILDCTL_BUILD = [
    'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'case "$genci_dockerfile_abs" in */*) genci_df_dir=${genci_dockerfile_abs%/*} ;; *) genci_df_dir=. ;; esac',
    'genci_df_name=${genci_dockerfile_abs##*/}',
    'set -- build --frontend=dockerfile.v0 "--local=context=$genci_context_abs" "--local=dockerfile=$genci_df_dir" "--opt=filename=$genci_df_name" "--opt=platform=$GENCI_PLATFORMS"',
    buildArgFlags('--opt=build-arg:'),
    'genci_insecure=',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_insecure=,registry.insecure=true; fi',
    'if [ "$GENCI_CACHE" = true ]; then',
    '  genci_cache=${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}',
    '  if [ "$genci_push" = true ]; then set -- "$@" "--export-cache=type=registry,$(genci_csv "ref=$genci_cache"),mode=max$genci_insecure"; fi',
    '  set -- "$@" "--import-cache=type=registry,$(genci_csv "ref=$genci_cache")$genci_insecure"',
    'fi',
    'if [ "$GENCI_ATTESTATIONS" = true ]; then',
    '  set -- "$@" --opt=attest:provenance=mode=max --opt=attest:sbom=',
    'fi',
    'if [ "$genci_push" = true ]; then',
    '  genci_names=',
    eachItem('GENCI_TAGS', 'genci_names=${genci_names:+$genci_names,}$GENCI_IMAGE:$genci_item', { commas: true }),
    '  set -- "$@" "--output=type=image,$(genci_csv "name=$genci_names"),push=true$genci_insecure"',
    'fi',
    'buildctl-daemonless.sh "$@"',
].join('\n');
function buildkitDoc(l) {
    const job = {
        stage: l.stage,
        image: { name: l.src.tool('buildkitRootless'), entrypoint: [''] },
        tags: l.jobTags,
        rules: rulesFor(l),
        variables: { BUILDKITD_FLAGS: '--oci-worker-no-process-sandbox', ...vars(l.src, BUILDKIT_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, tagScript(), BUILDCTL_BUILD],
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
const MANIFEST_TOOL_SETTINGS = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
const KANIKO_BUILD = [
    'genci_config=${DOCKER_CONFIG:-/kaniko/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--context=$genci_context_abs" "--dockerfile=$genci_dockerfile_abs" "--destination=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug" "--custom-platform=$GENCI_PLATFORM"',
    buildArgFlags('--build-arg='),
    'if [ "$GENCI_CACHE" = true ]; then',
    '  set -- "$@" --cache=true "--cache-repo=${GENCI_CACHE_REF:-$GENCI_IMAGE/cache}-$genci_slug"',
    'fi',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then',
    '  set -- "$@" --insecure --insecure-pull --skip-tls-verify --skip-tls-verify-pull',
    'fi',
    'if [ "$genci_push" != true ]; then set -- "$@" --no-push --no-push-cache; fi',
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
    // stdout kept for the digest it reports (sign); shown either way, the exit status kept
    `if manifest-tool "$@" push from-spec "$genci_spec" >"${MANIFEST_TOOL_OUT}"; then cat "${MANIFEST_TOOL_OUT}"; else genci_rc=$?; cat "${MANIFEST_TOOL_OUT}"; exit "$genci_rc"; fi`,
].join('\n');
function manifestToolJob(l, needs) {
    return withDigests(l, {
        stage: l.mergeStage,
        image: { name: l.src.tool('manifestTool'), entrypoint: [''] },
        tags: l.jobTags,
        needs,
        rules: rulesFor(l, true),
        variables: vars(l.src, MANIFEST_TOOL_SETTINGS),
        script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, MANIFEST_TOOL_PUSH],
        artifacts: { paths: ['genci-manifest-spec.yaml'], when: 'always' },
    }, recordDigests(MANIFEST_TOOL_INDEX, MANIFEST_TOOL_MANIFESTS), 2);
}
function kanikoDoc(l) {
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image: { name: l.src.tool('kaniko'), entrypoint: [''] },
        variables: { ...extra, ...vars(l.src, KANIKO_BUILD_SETTINGS) },
        script: [FUNCTIONS, PUSH_UNLESS_MERGE_REQUEST, KANIKO_BUILD],
    }));
    return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: manifestToolJob(l, needs) } }, `${l.prefix}-merge`);
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
        otherBranches: false,
        sign: 'input',
    };
}
function collect(name) {
    const used = new Set();
    const l = layoutFor(name, used);
    let doc;
    if (name === 'mirror')
        doc = { jobs: { [`${l.prefix}-mirror`]: mirrorJob(l, l.stage) } };
    else if (name === 'merge')
        doc = addSignJob(l, { jobs: { [`${l.prefix}-merge`]: mergeJob(l) } }, `${l.prefix}-merge`);
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
            const platform = (0,core_platform/* formatPlatform */.Bq)(p);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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







/***/ }),

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/**
 * A unified diff of two texts (the format of `diff -u` / `git diff`), for --dry-run.
 * Line-based longest common subsequence; generated files are small (hundreds of lines).
 */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function diffOps(a, b) {
    // trim the common head and tail first: re-runs usually change a few lines in the middle
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const am = a.slice(head, a.length - tail);
    const bm = b.slice(head, b.length - tail);
    const n = am.length;
    const m = bm.length;
    // lcs[i][j] = LCS length of am[i..] and bm[j..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        const row = lcs[i];
        const next = lcs[i + 1];
        for (let j = m - 1; j >= 0; j--)
            row[j] = am[i] === bm[j] ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
    }
    const ops = a.slice(0, head).map((line) => ({ kind: ' ', line }));
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && am[i] === bm[j]) {
            ops.push({ kind: ' ', line: am[i++] });
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            ops.push({ kind: '+', line: bm[j++] });
        }
        else
            ops.push({ kind: '-', line: am[i++] });
    }
    // deletions before insertions inside a change, as diff -u prints them
    for (let k = 0; k < ops.length; k++) {
        if (ops[k]?.kind === ' ')
            continue;
        let end = k;
        while (end < ops.length && ops[end]?.kind !== ' ')
            end++;
        const block = ops.slice(k, end);
        ops.splice(k, end - k, ...block.filter((o) => o.kind === '-'), ...block.filter((o) => o.kind === '+'));
        k = end - 1;
    }
    for (const line of a.slice(a.length - tail))
        ops.push({ kind: ' ', line });
    return ops;
}
/** `--- a/name` / `+++ b/name` and hunks with `context` lines around each change; '' when equal. */
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
    if (oldText === newText)
        return '';
    const a = splitLines(oldText);
    const b = splitLines(newText);
    const ops = diffOps(a, b);
    const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
    const out = [`--- ${oldName}`, `+++ ${newName}`];
    if (changed.length === 0) {
        // only the final newline differs
        out.push('@@ -1 +1 @@', '\\ No newline at end of file');
        return `${out.join('\n')}\n`;
    }
    // group changes whose context windows touch into hunks
    const hunks = [];
    for (const k of changed) {
        const last = hunks[hunks.length - 1];
        if (last && k - last[1] <= 2 * context)
            last[1] = k;
        else
            hunks.push([k, k]);
    }
    // line numbers before each op
    const aLine = [];
    const bLine = [];
    let x = 1;
    let y = 1;
    for (const o of ops) {
        aLine.push(x);
        bLine.push(y);
        if (o.kind !== '+')
            x++;
        if (o.kind !== '-')
            y++;
    }
    for (const [first, last] of hunks) {
        const start = Math.max(0, first - context);
        const end = Math.min(ops.length - 1, last + context);
        const slice = ops.slice(start, end + 1);
        const aCount = slice.filter((o) => o.kind !== '+').length;
        const bCount = slice.filter((o) => o.kind !== '-').length;
        const aStart = aCount === 0 ? aLine[start] - 1 : aLine[start];
        const bStart = bCount === 0 ? bLine[start] - 1 : bLine[start];
        const range = (s, c) => (c === 1 ? `${s}` : `${s},${c}`);
        out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
        for (const o of slice)
            out.push(`${o.kind}${o.line}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 8485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applyPlan),
/* harmony export */   j: () => (/* binding */ planFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(783);




function readIfThere(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read ${path}: ${e.message}`);
    }
}
/** Compare each generated file with what the repository holds. Reads only. */
function planFiles(root, files, force) {
    return files.map((f) => {
        const current = readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path));
        if (current === undefined)
            return { ...f, action: 'create', diff: (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .unifiedDiff */ .W)('', f.content, '/dev/null', `b/${f.path}`) };
        if (current === f.content)
            return { ...f, action: 'unchanged', diff: '' };
        return { ...f, action: force ? 'update' : 'kept', diff: (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .unifiedDiff */ .W)(current, f.content, `a/${f.path}`, `b/${f.path}`) };
    });
}
/** Write the files the plan creates or updates (atomically: a temporary file renamed over). Returns their paths. */
function applyPlan(root, plan) {
    const written = [];
    for (const f of plan) {
        if (f.action !== 'create' && f.action !== 'update')
            continue;
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            const tmp = `${target}.gen-ci-${process.pid}.tmp`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, f.content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
        catch (e) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot write ${f.path}: ${e.message}`);
        }
        written.push(f.path);
    }
    return written;
}


/***/ })

};
