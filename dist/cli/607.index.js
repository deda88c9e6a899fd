export const id = 607;
export const ids = [607];
export const modules = {

/***/ 8607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUT_FLAGS: () => (/* binding */ INPUT_FLAGS),
  buildCommand: () => (/* binding */ buildCommand),
  commandLine: () => (/* binding */ commandLine),
  dryRunCommands: () => (/* binding */ dryRunCommands),
  inputsFromFlags: () => (/* binding */ inputsFromFlags),
  optionsFromFlags: () => (/* binding */ optionsFromFlags),
  readSecretFlags: () => (/* binding */ readSecretFlags)
});

// EXTERNAL MODULE: ./src/core/shell-quote.ts
var shell_quote = __webpack_require__(2344);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/platform.ts
var core_platform = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/core/binfmt.ts


/** Platform architecture -> [tonistiigi/binfmt --install name, /proc/sys/fs/binfmt_misc entry]. */
const EMULATORS = {
    amd64: ['amd64', 'qemu-x86_64'],
    arm64: ['arm64', 'qemu-aarch64'],
    arm: ['arm', 'qemu-arm'],
    '386': ['386', 'qemu-i386'],
    riscv64: ['riscv64', 'qemu-riscv64'],
    ppc64le: ['ppc64le', 'qemu-ppc64le'],
    s390x: ['s390x', 'qemu-s390x'],
    mips64le: ['mips64le', 'qemu-mips64el'],
    mips64: ['mips64', 'qemu-mips64'],
    loong64: ['loong64', 'qemu-loongarch64'],
};
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/**
 * Decide which QEMU emulators to install for the requested platforms (pure).
 * auto: only platforms that are neither native nor already registered.
 * true: every non-native platform, even if registered (refreshes the emulators).
 * false: nothing.
 */
function planEmulators(requested, mode, native, registeredEntries) {
    const plan = { native: [], registered: [], install: [], unsupported: [] };
    for (const p of requested) {
        if (native.some((n) => runsNatively(n, p))) {
            plan.native.push((0,core_platform/* formatPlatform */.Bq)(p));
            continue;
        }
        const emu = EMULATORS[p.architecture];
        if (!emu) {
            plan.unsupported.push((0,core_platform/* formatPlatform */.Bq)(p));
            continue;
        }
        const [name, entry] = emu;
        if (registeredEntries.includes(entry)) {
            plan.registered.push((0,core_platform/* formatPlatform */.Bq)(p));
            if (mode !== 'true')
                continue;
        }
        if (mode !== 'false' && !plan.install.includes(name))
            plan.install.push(name);
    }
    return plan;
}
/** The binfmt_misc entry that runs this platform's binaries (qemu-aarch64 for linux/arm64), if QEMU has one. */
function emulatorEntry(p) {
    return EMULATORS[p.architecture]?.[1];
}
/** `docker run --privileged --rm IMAGE --install a,b` */
function binfmtInstallArgs(image, names) {
    return ['run', '--privileged', '--rm', image, '--install', names.join(',')];
}
/** Whether this machine's binfmt_misc can be read (it is not mounted inside most containers, whose kernel may still have emulators). */
function binfmtReadable(dir = BINFMT_DIR) {
    return (0,external_node_fs_.existsSync)(`${dir}/status`) || (0,external_node_fs_.existsSync)(`${dir}/register`);
}
/** Registered and enabled qemu-* entries under binfmt_misc (the thin edge). */
function readRegisteredEmulators(dir = BINFMT_DIR) {
    const out = [];
    for (const [, entry] of Object.values(EMULATORS)) {
        const file = `${dir}/${entry}`;
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        try {
            if (/^enabled/m.test((0,external_node_fs_.readFileSync)(file, 'utf8')))
                out.push(entry);
        }
        catch {
            // unreadable entry: treat as absent
        }
    }
    return out;
}
function hostNativePlatforms() {
    return (0,core_platform/* nativePlatforms */.y$)(process.arch);
}
/** amd64 hosts run amd64/v2.. natively too (CPU permitting); arm/v6 needs no emulator on an arm/v7 host. */
function runsNatively(host, want) {
    return host.os === want.os && host.architecture === want.architecture && (!host.variant || !want.variant || host.variant === want.variant);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/builder.ts

const DRIVERS = ['docker-container', 'docker', 'remote'];
/** `docker buildx create ...` as an argument array (pure). */
function createBuilderArgs(o) {
    if (o.driver === 'docker')
        throw new errors/* UsageError */.eb('the docker driver cannot create a new builder; it uses the engine\'s own (set builder: default or driver: docker-container)');
    if (o.driver === 'remote' && !o.endpoint)
        throw new errors/* UsageError */.eb('driver: remote needs an endpoint (e.g. tcp://buildkitd:1234)');
    const args = ['buildx', 'create', '--name', o.name, '--driver', o.driver];
    for (const opt of o.driverOpts)
        args.push('--driver-opt', opt);
    if (o.configFile)
        args.push('--buildkitd-config', o.configFile);
    // no --use: the user's current builder stays current for the rest of the job; builds name theirs
    args.push('--bootstrap');
    if (o.endpoint)
        args.push(o.endpoint);
    return args;
}
function removeBuilderArgs(name) {
    return ['buildx', 'rm', '--force', name];
}
const HOST_RE = /^[a-z0-9.-]+(:\d+)?$/i;
/** buildkitd.toml from inline TOML plus the insecure-registries shorthand (pure). */
function buildkitdToml(inline, insecureRegistries) {
    const parts = [];
    if (inline.trim())
        parts.push(inline.trim());
    for (const host of insecureRegistries) {
        if (!HOST_RE.test(host))
            throw new errors/* UsageError */.eb(`insecure-registries: "${host}" is not a registry host (host or host:port)`);
        if (new RegExp(`\\[registry\\."${host.replace(/[.]/g, '\\.')}"\\]`).test(inline)) {
            throw new errors/* UsageError */.eb(`insecure-registries: ${host} is also configured in buildkitd-config; keep one`);
        }
        parts.push(`[registry."${host}"]\n  http = true\n  insecure = true`);
    }
    return parts.length ? `${parts.join('\n\n')}\n` : '';
}
/** Parse `docker buildx inspect` text output (fixture-tested against buildx 0.13). */
function parseInspect(text) {
    const field = (re) => text.match(re)?.[1]?.trim() ?? '';
    const platforms = field(/^Platforms:\s*(.*)$/m)
        .split(',')
        .map((p) => p.trim().replace(/\*$/, ''))
        .filter(Boolean);
    return {
        name: field(/^Name:\s*(.*)$/m),
        driver: field(/^Driver:\s*(.*)$/m),
        status: field(/^Status:\s*(.*)$/m),
        buildkit: field(/^BuildKit(?: version)?:\s*(.*)$/m),
        platforms,
    };
}
/** The nodes of `docker buildx inspect` (no --bootstrap: an unreachable node is `inactive`, not an error) (pure). */
function parseInspectNodes(text) {
    const at = text.indexOf('\nNodes:');
    if (at < 0)
        return [];
    return text
        .slice(at + 7)
        .split(/\n\s*\n/)
        .map((block) => {
        const field = (re) => block.match(re)?.[1]?.trim() ?? '';
        return {
            name: field(/^Name:\s*(.*)$/m),
            endpoint: field(/^Endpoint:\s*(.*)$/m),
            status: field(/^Status:\s*(.*)$/m),
            platforms: field(/^Platforms:\s*(.*)$/m)
                .split(',')
                .map((p) => p.trim().replace(/\*$/, ''))
                .filter(Boolean),
        };
    })
        .filter((n) => n.name);
}
/** A builder name that is unique per job and recognisably ours. */
function builderName(env = process.env) {
    const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].filter(Boolean).join('-');
    const suffix = Math.random().toString(36).slice(2, 8);
    return `gen-ci-${id ? `${id}-` : ''}${suffix}`.replace(/[^a-zA-Z0-9_-]/g, '-');
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
;// CONCATENATED MODULE: ./src/core/lifecycle.ts



/**
 * Every resource a run creates is recorded here *before* it is created, so that a step that
 * fails halfway (a `buildx create --bootstrap` that could not pull its image, a killed job)
 * still leaves a record for the cleanup. `persist` is told the whole list after each change
 * (the action saves it to GITHUB_STATE; the last save wins).
 */
class Lifecycle {
    persist;
    resources = [];
    constructor(persist = () => { }) {
        this.persist = persist;
    }
    record(r) {
        if (this.resources.some((x) => sameResource(x, r)))
            return;
        this.resources.push(r);
        this.persist([...this.resources]);
    }
    builder(name) {
        this.record({ kind: 'builder', name });
        return name;
    }
    container(name) {
        this.record({ kind: 'container', name });
        return name;
    }
    path(path) {
        this.record({ kind: 'path', path });
        return path;
    }
}
function sameResource(a, b) {
    if (a.kind === 'path')
        return b.kind === 'path' && a.path === b.path;
    return b.kind === a.kind && b.name === a.name;
}
function serialiseResources(resources) {
    return JSON.stringify(resources);
}
/** The recorded list, as saved; anything unreadable is no resource (pure). */
function parseResources(saved) {
    if (!saved.trim())
        return [];
    let raw;
    try {
        raw = JSON.parse(saved);
    }
    catch {
        return [];
    }
    if (!Array.isArray(raw))
        return [];
    return raw.filter((r) => typeof r === 'object' &&
        r !== null &&
        (((r.kind === 'builder' || r.kind === 'container') && typeof r.name === 'string' && r.name !== '') || (r.kind === 'path' && typeof r.path === 'string' && r.path.startsWith('/'))));
}
/**
 * Remove each recorded resource that still exists, newest first (a builder before the config
 * directory it was created with). Nothing here throws.
 */
async function cleanup(resources, env = {}) {
    const report = { removed: [], warnings: [] };
    for (const r of [...resources].reverse()) {
        if (r.kind === 'builder') {
            // one call, not inspect + rm: buildx says when the builder does not exist (never created)
            const res = await (0,exec/* run */.eF)('docker', removeBuilderArgs(r.name), { silent: true, env });
            if (res.exitCode === 0)
                report.removed.push(`builder ${r.name}`);
            else if (!builderAbsent(res.stderr, r.name))
                report.warnings.push(`could not remove builder ${r.name}: ${(0,exec/* lastErrorLine */.HY)(res.stderr) || `exit ${res.exitCode}`}`);
        }
        else if (r.kind === 'container') {
            const res = await (0,exec/* run */.eF)('docker', ['rm', '--force', '--volumes', r.name], { silent: true, env });
            if (res.exitCode === 0)
                report.removed.push(`container ${r.name}`);
            else if (!/No such container/i.test(res.stderr))
                report.warnings.push(`could not remove container ${r.name}: ${(0,exec/* lastErrorLine */.HY)(res.stderr) || `exit ${res.exitCode}`}`);
        }
        else {
            if (!(0,external_node_fs_.existsSync)(r.path))
                continue;
            try {
                (0,external_node_fs_.rmSync)(r.path, { recursive: true, force: true });
                report.removed.push(r.path);
            }
            catch (err) {
                report.warnings.push(`could not remove ${r.path}: ${err.message.split('\n')[0]}`);
            }
        }
    }
    return report;
}
/** `buildx rm` of a builder that does not exist: `failed to remove NAME: no builder "NAME" found` (pure). */
function builderAbsent(stderr, name) {
    return stderr.includes(`no builder "${name}" found`);
}

// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __webpack_require__(26);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/core/login.ts
// The login policy: what the temporary DOCKER_CONFIG holds, and how `docker login` is called.


/**
 * The temporary config before `docker login` writes into it: the user's settings kept
 * (proxies, other registries' auths), but no credential store for this registry, since a
 * store takes precedence over inline auths and would send our login elsewhere.
 */
function configForLogin(existing, registry) {
    const key = (0,docker_config/* configKey */.ur)(registry);
    const cfg = structuredClone(existing ?? {});
    delete cfg.credsStore;
    if (cfg.credHelpers) {
        const credHelpers = { ...cfg.credHelpers };
        delete credHelpers[key];
        if (Object.keys(credHelpers).length)
            cfg.credHelpers = credHelpers;
        else
            delete cfg.credHelpers;
    }
    if (cfg.auths?.[key]) {
        const auths = { ...cfg.auths };
        delete auths[key];
        cfg.auths = auths;
    }
    return cfg;
}
/** `docker login` arguments; the password goes on stdin, never on the command line. */
function loginArgs(registry, username) {
    return ['login', '--username', username, '--password-stdin', (0,docker_config/* configKey */.ur)(registry) === reference/* DOCKER_HUB_AUTH_KEY */.s1 ? reference/* DOCKER_HUB */.Xb : registry];
}
/** The config with this registry's credentials inline (used where no docker CLI runs: merge jobs). */
function configWithAuth(cfg, registry, username, password) {
    const key = (0,docker_config/* configKey */.ur)(registry);
    return { ...cfg, auths: { ...(cfg.auths ?? {}), [key]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } };
}

;// CONCATENATED MODULE: ./src/core/progress.ts
// BuildKit's plain progress (`--progress plain`, the same from buildx and buildctl) read as one
// state per platform, for the CLI's progress lines (pure: text in, states out).
//
//   #8 [linux/arm64 builder 2/4] RUN make      a step of one platform starts
//   #8 0.512 cc -O2 …                          its output
//   #8 DONE 3.2s | #8 CACHED | #8 ERROR: …     it ends
//   #12 exporting to image                     no platform: the export (push) phase
class ProgressTracker {
    now;
    start;
    platforms = new Map();
    /** vertex number -> platform */
    vertex = new Map();
    partial = '';
    /** the phase after the steps: exporting, pushing */
    exporting = false;
    constructor(now = Date.now, start = now()) {
        this.now = now;
        this.start = start;
    }
    /** Feed a chunk of output (any split); returns whether any state changed. */
    feed(chunk) {
        const text = this.partial + chunk;
        const lines = text.split('\n');
        this.partial = lines.pop() ?? '';
        let changed = false;
        for (const line of lines)
            changed = this.line(line.replace(/\r$/, '')) || changed;
        return changed;
    }
    line(line) {
        const t = this.now() - this.start;
        const head = /^#(\d+) \[([a-z0-9]+\/[a-z0-9]+(?:\/[a-z0-9]+)?) ([^\]]*)\] ?(.*)$/.exec(line);
        if (head) {
            const [, id, platform, where, what] = head;
            if (where === 'internal' || where.startsWith('internal '))
                return false;
            if (this.vertex.has(id))
                return false;
            this.vertex.set(id, platform);
            const s = this.state(platform, t);
            s.step = `[${where}] ${what}`.trim();
            s.started++;
            s.lastMs = t;
            return true;
        }
        const end = /^#(\d+) (DONE|CACHED|ERROR|CANCELED)\b/.exec(line);
        if (end) {
            const platform = this.vertex.get(end[1]);
            if (!platform)
                return false;
            const s = this.state(platform, t);
            if (end[2] === 'ERROR')
                s.failed = true;
            else if (end[2] !== 'CANCELED') {
                s.ended++;
                if (end[2] === 'CACHED')
                    s.cached++;
            }
            s.lastMs = t;
            return true;
        }
        if (/^#\d+ (exporting|pushing|naming|merging)/.test(line) && !this.exporting) {
            this.exporting = true;
            return true;
        }
        return false;
    }
    state(platform, t) {
        let s = this.platforms.get(platform);
        if (!s) {
            s = { platform, step: '', started: 0, ended: 0, cached: 0, failed: false, firstMs: t, lastMs: t };
            this.platforms.set(platform, s);
        }
        return s;
    }
}
/** One line per platform: `linux/arm64  building  [builder 2/4] RUN make  12.3s` (pure). */
function progressLines(tracker, platforms, nowMs, width = 100, finished = false) {
    const pad = Math.max(...platforms.map((p) => p.length), 8);
    return platforms.map((p) => {
        const s = tracker.platforms.get(p);
        const state = !s ? (finished ? 'done' : 'waiting') : s.failed ? 'failed' : finished || (tracker.exporting && s.ended >= s.started) ? 'done' : 'building';
        const secs = s ? `${((((finished || state === 'done') ? s.lastMs : nowMs) - s.firstMs) / 1000).toFixed(1)}s` : '';
        const steps = s ? `${s.ended}/${s.started} steps${s.cached ? `, ${s.cached} cached` : ''}` : '';
        const detail = state === 'building' ? (s?.step ?? '') : steps;
        const line = `${p.padEnd(pad)}  ${state.padEnd(8)}  ${secs.padStart(7)}  ${detail}`.trimEnd();
        return line.length > width ? `${line.slice(0, width - 1)}…` : line;
    });
}

// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
;// CONCATENATED MODULE: ./src/core/pushed.ts



/** Read an image index (or a single manifest built for one platform) (pure). */
function describePushed(raw, digest, requested) {
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw new errors/* UserError */.yo(`the registry returned something that is not a manifest for ${digest}`);
    }
    const mediaType = (0,manifest/* manifestMediaType */.gp)(doc);
    if (!doc.manifests) {
        // a single-platform push without attestations is a plain manifest
        const only = requested.length === 1 ? (0,core_platform/* formatPlatform */.Bq)(requested[0]) : 'unknown';
        return { mediaType, digest, platforms: [{ platform: only, digest, size: manifestSize(doc, raw) }], attestations: 0 };
    }
    const platforms = [];
    let attestations = 0;
    for (const m of doc.manifests) {
        const platform = (0,manifest/* descriptorPlatform */.fA)(m);
        // buildx's provenance/SBOM entries (and any entry without a runnable platform)
        if (!platform || (0,manifest/* isAttestation */.H3)(m)) {
            attestations++;
            continue;
        }
        platforms.push({ platform: (0,core_platform/* formatPlatform */.Bq)(platform), digest: m.digest });
    }
    return { mediaType, digest, platforms, attestations };
}
/** Bytes of a platform image: the manifest itself, its config and its layers (pure). */
function manifestSize(doc, raw) {
    return Buffer.byteLength(raw) + (doc.config?.size ?? 0) + (doc.layers ?? []).reduce((n, l) => n + l.size, 0);
}
function childSize(raw) {
    try {
        return manifestSize(JSON.parse(raw), raw);
    }
    catch {
        return undefined;
    }
}
/** Requested platforms absent from what was pushed (pure; both sides normalised). */
function missingPlatforms(requested, pushed) {
    const have = new Set(pushed.platforms.map((p) => p.platform));
    return requested.map((p) => (0,core_platform/* formatPlatform */.Bq)((0,core_platform/* normalise */.j7)(p))).filter((p) => !have.has(p));
}
/** platform -> digest, the action's `platforms` output. */
function platformDigests(pushed) {
    return Object.fromEntries(pushed.platforms.map((p) => [p.platform, p.digest]));
}

// EXTERNAL MODULE: ./src/metadata/index.ts + 12 modules
var metadata = __webpack_require__(9003);
// EXTERNAL MODULE: ./src/core/build.ts
var build = __webpack_require__(2591);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(712);
;// CONCATENATED MODULE: ./src/core/list.ts


/**
 * A list input read the way the GitHub Actions ecosystem reads them (docker's actions and
 * actions-toolkit): newline-separated, each line parsed as CSV, so a double-quoted cell may hold
 * commas and newlines ("KEY=line 1\nline 2"); blank lines dropped (pure).
 */
function parseList(input, o) {
    if (!input.trim())
        return [];
    let records;
    try {
        records = (0,sync/* parse */.q)(input, {
            columns: false,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: o.comments === false ? undefined : '#',
            comment_no_infix: true,
            trim: false,
        });
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`a list value could not be read as CSV lines: ${err.message.split('\n')[0]}`);
    }
    const items = [];
    for (const record of records) {
        if (o.commas)
            items.push(...record);
        else
            items.push(record.join(','));
    }
    const trim = o.trim !== false;
    return items.map((s) => (trim ? s.trim() : s)).filter((s) => s.trim() !== '');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/capabilities.ts
/**
 * Which optional flags the installed buildx and the builder's BuildKit allow. Versions are read
 * once (`docker buildx version`, `docker buildx inspect`), every optional feature is gated on them,
 * and a requested feature that is not there is dropped with one warning naming the input, as
 * @docker/actions-toolkit does (versionSatisfies).
 */
/** "v0.13.2", "0.29.1-desktop.1" -> [0, 29, 1]; "v0.0.0+unknown" -> undefined (pure). */
function parseVersion(text) {
    const m = /\bv?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    if (!m)
        return undefined;
    const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    // Debian's dockerd reports its embedded BuildKit as "v0.0.0+unknown": that is no version
    return v.every((n) => n === 0) ? undefined : v;
}
/** The version in `docker buildx version` output: "github.com/docker/buildx 0.13.1 <commit>". */
function parseBuildxVersion(output) {
    const line = output.split('\n').find((l) => /buildx/.test(l)) ?? output;
    return parseVersion(line.replace(/^\S*buildx\S*\s*/, ''));
}
function atLeast(v, min) {
    if (!v)
        return true; // unknown: assume a current tool rather than drop what the user asked for
    for (let i = 0; i < 3; i++) {
        if (v[i] !== min[i])
            return v[i] > min[i];
    }
    return true;
}
const formatVersion = (v) => v.join('.');
/** Minimum versions, from buildx's and BuildKit's release notes. */
const GATES = {
    /** --provenance / --sbom flags (and BUILDX_NO_DEFAULT_ATTESTATIONS) arrived in buildx 0.10 */
    attestationFlags: { input: 'provenance', buildx: [0, 10, 0], what: 'the --provenance/--sbom flags' },
    /** attestations themselves are made by BuildKit 0.11+ */
    provenance: { input: 'provenance', buildkit: [0, 11, 0], what: 'provenance attestations' },
    sbom: { input: 'sbom', buildkit: [0, 11, 0], what: 'SBOM attestations' },
    /** the image exporter's push-by-digest with name-canonical */
    pushByDigest: { input: 'push-by-digest', buildkit: [0, 10, 0], what: 'push by digest (name-canonical)' },
    /** --annotation arrived in buildx 0.12; BuildKit exports index/manifest annotations since 0.11 */
    annotations: { input: 'oci-metadata', buildx: [0, 12, 0], buildkit: [0, 11, 0], what: 'OCI annotations (--annotation)' },
    /** the GitHub Actions cache backend */
    ghaCache: { input: 'cache', buildx: [0, 8, 0], buildkit: [0, 10, 0], what: 'the gha cache' },
};
/** undefined when the feature is available, else the one warning to print (pure). */
function unsupported(feature, v) {
    const g = GATES[feature];
    const tooOld = [];
    if (g.buildx && !atLeast(v.buildx, g.buildx))
        tooOld.push(`buildx ≥ ${formatVersion(g.buildx)} (this runner has ${formatVersion(v.buildx)})`);
    if (g.buildkit && !atLeast(v.buildkit, g.buildkit))
        tooOld.push(`BuildKit ≥ ${formatVersion(g.buildkit)} (the builder runs ${formatVersion(v.buildkit)})`);
    return tooOld.length ? `${g.input}: ${g.what} not available, it needs ${tooOld.join(' and ')}; building without it` : undefined;
}

;// CONCATENATED MODULE: ./src/core/buildctl.ts
// `buildctl build` (plain BuildKit, no Docker) from the same options as `docker buildx build`.
// Each BuildOptions field means here what it means to buildx; the translations follow BuildKit
// v0.13's own parsers (cmd/buildctl/build, frontend/dockerui, exporter/containerimage/exptypes):
//   --file F            → --local dockerfile=<dir of F> --opt filename=<base of F> (F relative to the
//                         working directory, as buildx reads it; default <context>/Dockerfile)
//   context             → --local context=<dir> (a local directory only)
//   platforms           → one --opt platform=a,b
//   target / labels     → --opt target=T / --opt label:K=V
//   build args          → --opt build-arg:K=V; a bare NAME takes its value from `env` (docker's rule),
//                         and is left out when `env` lacks it
//   sourceDateEpoch     → --opt build-arg:SOURCE_DATE_EPOCH=N (what the Dockerfile frontend and the
//                         exporters read; buildx sends the same attribute); a SOURCE_DATE_EPOCH build
//                         arg given explicitly wins, as in buildx
//   provenance / sbom   → nothing for 'false'; buildx's `true` is `mode=min` for provenance (buildx's
//                         documented default; BuildKit alone would default to max) and an empty value
//                         (BuildKit's default scanner) for the SBOM; other values pass through
//   secretFiles         → --secret id=ID,src=PATH
//   cache               → cacheSettings(o) as --import-cache / --export-cache (same CSV syntax)
//   tags / push         → --output type=image,name=<all tags>[,push=true] (no tags and no push: no
//                         --output, BuildKit 0.13 builds into its cache only; it has no cacheonly exporter)
//   pushByDigest        → --output type=image,name=<repo>,push-by-digest=true,name-canonical=true,push=true
//   annotations         → exporter attributes annotation[-<type>][<platform>].KEY=V on image/oci/docker outputs
//   outputs             → passed through (buildx's shorthands translated: a bare path is type=local,
//                         type=registry is type=image,push=true); tags become their name=, as in buildx
// The environment: buildctl reads SOURCE_DATE_EPOCH from its own environment too, but the argv
// value wins, so it goes into argv only; buildctl adds no default attestations, so nothing like
// BUILDX_NO_DEFAULT_ATTESTATIONS is needed. buildctlEnv returns what is left (nothing).





/** The exporters BuildKit v0.13 knows (client/exporters.go). */
const EXPORTERS = new Set(['image', 'local', 'tar', 'oci', 'docker']);
/** Exporters that write an image and so take name= and annotations. */
const IMAGE_EXPORTERS = new Set(['image', 'oci', 'docker']);
const ANNOTATION_TYPES = new Set(['index', 'index-descriptor', 'manifest', 'manifest-descriptor']);
/** One field of a CSV record as Go's encoding/csv reads it (quoted when it has to be). */
function csvField(value) {
    return /[",\r\n]|^\s/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** One CSV record (Go's encoding/csv, the way buildctl reads --output, --secret and cache values). */
function parseCsvRecord(text, what) {
    const fields = [];
    let i = 0;
    for (;;) {
        let field = '';
        if (text[i] === '"') {
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new errors/* UsageError */.eb(`${what}: "${text}" has an unterminated quote`);
                if (text[i] === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                field += text[i++];
            }
            if (i < text.length && text[i] !== ',')
                throw new errors/* UsageError */.eb(`${what}: "${text}" has text after a closing quote (quote the whole field: "key=a,b")`);
        }
        else {
            const end = text.indexOf(',', i);
            field = text.slice(i, end < 0 ? text.length : end);
            if (field.includes('"'))
                throw new errors/* UsageError */.eb(`${what}: "${text}" has a quote inside a field (quote the whole field: "key=a,b")`);
            i = end < 0 ? text.length : end;
        }
        fields.push(field);
        if (i >= text.length)
            return fields;
        i++; // the comma
    }
}
function parseAttrs(text, what) {
    return parseCsvRecord(text, what).map((f) => {
        const eq = f.indexOf('=');
        if (eq < 0)
            throw new errors/* UsageError */.eb(`${what}: "${f}" in "${text}" is not key=value`);
        return [f.slice(0, eq).toLowerCase(), f.slice(eq + 1)];
    });
}
const formatAttrs = (attrs) => attrs.map(([k, v]) => csvField(`${k}=${v}`)).join(',');
function setAttr(attrs, key, value) {
    const at = attrs.findIndex(([k]) => k === key);
    if (at >= 0)
        attrs[at] = [key, value];
    else
        attrs.push([key, value]);
}
/**
 * buildx's --annotation values ([TYPE[,TYPE…]:]KEY=VALUE, TYPE = index, manifest, … with an optional
 * [platform] on manifest types) as BuildKit exporter attributes: annotation-index.KEY, annotation.KEY, …
 */
function annotationAttrs(annotations) {
    const out = [];
    for (const a of annotations) {
        const eq = a.indexOf('=');
        if (eq < 0)
            throw new errors/* UsageError */.eb(`annotations: "${a}" is not [LEVEL:]KEY=VALUE`);
        const k = a.slice(0, eq);
        const value = a.slice(eq + 1);
        const colon = k.indexOf(':');
        const key = colon < 0 ? k : k.slice(colon + 1);
        if (!/^\S+$/.test(key))
            throw new errors/* UsageError */.eb(`annotations: "${a}" has an empty key or a key with spaces`);
        if (colon < 0) {
            out.push([`annotation.${key}`, value]);
            continue;
        }
        for (const level of k.slice(0, colon).split(',')) {
            const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(level);
            if (!m || !ANNOTATION_TYPES.has(m[1]))
                throw new errors/* UsageError */.eb(`annotations: "${level}" in "${a}" is not index, index-descriptor, manifest or manifest-descriptor`);
            if (m[2] && m[1].startsWith('index'))
                throw new errors/* UsageError */.eb(`annotations: "${a}": a platform applies to manifest annotations only`);
            out.push([`annotation-${m[1]}${m[2] ? `[${m[2]}]` : ''}.${key}`, value]);
        }
    }
    return out;
}
/** A user's --output value as buildctl takes it (buildx's shorthands translated). */
function userOutput(o, text, annotations) {
    if (text === '-')
        throw new errors/* UsageError */.eb('outputs: "-" (a tar on standard output) is not supported with buildctl; use type=tar,dest=FILE');
    const attrs = !text.includes('=') && !text.startsWith('"') ? [['type', 'local'], ['dest', text]] : parseAttrs(text, 'outputs');
    const typeAt = attrs.findIndex(([k]) => k === 'type');
    if (typeAt < 0)
        throw new errors/* UsageError */.eb(`outputs: "${text}" has no type=`);
    let type = attrs[typeAt][1];
    if (type === 'registry') {
        type = 'image';
        attrs[typeAt] = ['type', 'image'];
        if (!attrs.some(([k]) => k === 'push'))
            attrs.push(['push', 'true']);
    }
    if (type === 'cacheonly')
        throw new errors/* UsageError */.eb('outputs: type=cacheonly is buildx-only; with buildctl leave outputs empty and set no tags to build into the cache only');
    if (!EXPORTERS.has(type))
        throw new errors/* UsageError */.eb(`outputs: "${type}" is not an exporter BuildKit knows (image, registry, local, tar, oci, docker)`);
    if (type !== 'image' && !attrs.some(([k]) => k === 'dest')) {
        throw new errors/* UsageError */.eb(`outputs: type=${type} needs dest= with buildctl (it cannot load into Docker)`);
    }
    if (IMAGE_EXPORTERS.has(type)) {
        // buildx: the tags name every image output
        if (o.tags.length)
            setAttr(attrs, 'name', o.tags.join(','));
        for (const [k, v] of annotations)
            setAttr(attrs, k, v);
    }
    return formatAttrs(attrs);
}
function checkGha(entries, flag) {
    for (const e of entries) {
        const attrs = parseAttrs(e.includes('=') ? e : `type=registry,ref=${e}`, flag);
        if (!attrs.some(([k, v]) => k === 'type' && v === 'gha'))
            continue;
        if (!attrs.some(([k]) => k === 'url') || !attrs.some(([k]) => k === 'token')) {
            throw new errors/* UsageError */.eb(`${flag}: "${e}": a gha cache needs url= and token= with buildctl (buildx takes them from the Actions runtime)`);
        }
    }
}
function checkContext(path, what) {
    if (path === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path)) {
        throw new errors/* UsageError */.eb(`${what}: "${path}" is not a local directory; buildctl here builds a local context only (clone or download it first)`);
    }
}
/** `buildctl [--addr A] build …` arguments (pure given env, which supplies bare build-arg NAMEs). */
function buildctlArgs(o, env = process.env) {
    const legacy = o;
    if (legacy.load)
        throw new errors/* UsageError */.eb('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
    if (legacy.ociLayout)
        throw new errors/* UsageError */.eb('buildctl pushes by digest itself; an OCI layout detour is for the docker driver only');
    if (!o.platforms.length)
        throw new errors/* UsageError */.eb('platforms: at least one platform is needed');
    if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest)
        throw new errors/* UsageError */.eb('push: true needs at least one tag');
    for (const t of o.tags)
        (0,reference/* validateImageName */.He)(t);
    if (o.pushByDigest)
        (0,reference/* validateRepositoryName */.IB)(o.pushByDigest);
    checkContext(o.context, 'context');
    if (o.file === '-')
        throw new errors/* UsageError */.eb('file: a Dockerfile on standard input is not supported with buildctl; give a path');
    const args = o.addr ? ['--addr', o.addr, 'build'] : ['build'];
    args.push('--progress', 'plain', '--frontend', 'dockerfile.v0');
    const file = o.file ?? (0,external_node_path_.join)(o.context, 'Dockerfile');
    args.push('--local', `context=${o.context}`, '--local', `dockerfile=${(0,external_node_path_.dirname)(file)}`, '--opt', `filename=${(0,external_node_path_.basename)(file)}`);
    args.push('--opt', `platform=${o.platforms.map(core_platform/* formatPlatform */.Bq).join(',')}`);
    if (o.target)
        args.push('--opt', `target=${o.target}`);
    for (const l of o.labels) {
        const eq = l.indexOf('=');
        args.push('--opt', eq < 0 ? `label:${l}=` : `label:${l}`);
    }
    for (const b of o.buildArgs)
        (0,build/* validateBuildArg */.Lg)(b);
    const values = (0,build/* buildArgValues */.$G)(o.buildArgs, env);
    if (o.sourceDateEpoch !== undefined) {
        if (!Number.isInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0)
            throw new errors/* UsageError */.eb(`SOURCE_DATE_EPOCH: ${o.sourceDateEpoch} is not a whole number of seconds`);
        if (values.SOURCE_DATE_EPOCH === undefined)
            values.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
    }
    for (const [k, v] of Object.entries(values))
        args.push('--opt', `build-arg:${k}=${v}`);
    if (o.provenance !== 'false')
        args.push('--opt', `attest:provenance=${o.provenance === 'true' ? 'mode=min' : o.provenance}`);
    if (o.sbom !== 'false')
        args.push('--opt', `attest:sbom=${o.sbom === 'true' ? '' : o.sbom}`);
    for (const [id, src] of Object.entries(o.secretFiles))
        args.push('--secret', `${csvField(`id=${id}`)},${csvField(`src=${src}`)}`);
    const explicit = o.cacheFrom.length > 0 || o.cacheTo.length > 0;
    if (o.cache === 'gha' && !explicit) {
        throw new errors/* UsageError */.eb('cache: gha needs the Actions cache URL and token, which buildctl does not get here; use cache: registry or local, or give cache-from/cache-to with url= and token=');
    }
    const cache = (0,build/* cacheSettings */.cP)(o);
    checkGha(cache.from, 'cache-from');
    checkGha(cache.to, 'cache-to');
    for (const c of cache.from)
        args.push('--import-cache', c);
    for (const c of cache.to)
        args.push('--export-cache', c);
    const annotations = annotationAttrs(o.annotations ?? []);
    if (o.outputs.length) {
        for (const out of o.outputs)
            args.push('--output', userOutput(o, out, annotations));
    }
    else if (o.pushByDigest) {
        const attrs = [['type', 'image'], ['name', o.pushByDigest], ['push-by-digest', 'true'], ['name-canonical', 'true'], ['push', 'true'], ...annotations];
        args.push('--output', formatAttrs(attrs));
    }
    else if (o.tags.length) {
        const attrs = [['type', 'image'], ['name', o.tags.join(',')], ...(o.push ? [['push', 'true']] : []), ...annotations];
        args.push('--output', formatAttrs(attrs));
    }
    if (o.metadataFile)
        args.push('--metadata-file', o.metadataFile);
    return args;
}
/**
 * The environment for buildctlArgs' command, on top of the caller's: empty. SOURCE_DATE_EPOCH goes
 * into argv (--opt build-arg:SOURCE_DATE_EPOCH=…, which wins over buildctl's own reading of the
 * variable), and buildctl adds no default attestations to switch off.
 */
function buildctlEnv(_o) {
    return {};
}

;// CONCATENATED MODULE: ./src/core/nodes.ts
// Native nodes per platform: `--node PLATFORM=ENDPOINT` (the action's `nodes` input) becomes one
// buildx builder whose nodes each own their platforms, so BuildKit sends each platform of one
// build to the machine of that architecture and buildx pushes one index (pure: the arguments only).
//
// A buildx builder has one driver for all its nodes (buildx refuses to append a node of another
// driver), so the endpoints decide it: BuildKit addresses (tcp://, unix://, ssh://,
// docker-container://, kube-pod://) are `remote` nodes; `kubernetes:arch=arm64` is a `kubernetes`
// node pinned by a node selector. Platforms no node owns are built on a local node.


/** The BuildKit address schemes the remote driver connects to (BuildKit's client and its connection helpers). */
const BUILDKIT_SCHEMES = ['tcp', 'unix', 'ssh', 'docker-container', 'kube-pod'];
/** `PLATFORM[,PLATFORM…]=ENDPOINT` (pure). */
function parseNode(entry) {
    const e = entry.trim();
    const eq = e.indexOf('=');
    if (eq <= 0)
        throw new errors/* UsageError */.eb(`nodes: "${entry}" is not PLATFORM=ENDPOINT (e.g. linux/arm64=ssh://user@arm-host)`);
    const platforms = (0,core_platform/* parsePlatformList */.VX)(e.slice(0, eq));
    const endpoint = e.slice(eq + 1).trim();
    const k8s = /^kubernetes:(.*)$/.exec(endpoint);
    if (k8s) {
        const selectors = k8s[1]
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
            const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]+)$/.exec(s);
            if (!m)
                throw new errors/* UsageError */.eb(`nodes: "${s}" in "${entry}" is not a node selector KEY=VALUE (kubernetes:arch=arm64)`);
            // the short `arch`/`os` mean the well-known kubernetes.io labels
            const key = m[1] === 'arch' || m[1] === 'os' ? `kubernetes.io/${m[1]}` : m[1];
            return `${key}=${m[2]}`;
        });
        if (!selectors.length)
            throw new errors/* UsageError */.eb(`nodes: "${entry}" names no node selector (kubernetes:arch=arm64)`);
        return { platforms, endpoint: selectors.join(','), driver: 'kubernetes' };
    }
    const scheme = /^([a-z][a-z0-9+-]*):\/\/./.exec(endpoint)?.[1];
    if (!scheme || !BUILDKIT_SCHEMES.includes(scheme)) {
        throw new errors/* UsageError */.eb(`nodes: "${endpoint}" is not a BuildKit address (${BUILDKIT_SCHEMES.map((s) => `${s}://`).join(', ')}) or kubernetes:KEY=VALUE`);
    }
    return { platforms, endpoint, driver: 'remote' };
}
/** Every node of one builder: one driver, and each platform owned by one node (pure). */
function checkNodes(nodes) {
    const drivers = [...new Set(nodes.map((n) => n.driver))];
    if (drivers.length > 1) {
        throw new errors/* UsageError */.eb('nodes: BuildKit addresses and kubernetes: node selectors cannot share one builder (buildx gives a builder one driver); use one kind');
    }
    const owner = new Map();
    for (const n of nodes) {
        for (const p of n.platforms.map(core_platform/* formatPlatform */.Bq)) {
            const other = owner.get(p);
            if (other !== undefined)
                throw new errors/* UsageError */.eb(`nodes: ${p} is given to two nodes (${other} and ${n.endpoint}); give each platform one node`);
            owner.set(p, n.endpoint);
        }
    }
}
/** Node names in the builder: NAME-n1, NAME-n2 … (buildx names the first node itself unless told) */
const nodeName = (builder, n) => `${builder}-n${n + 1}`;
const localNodeName = (builder) => `${builder}-local`;
/** The remote driver's own options (TLS to the node); the others (network=, image=) are the local container's. */
const REMOTE_OPTS = ['cacert', 'cert', 'key', 'servername'];
function remoteDriverOpts(driverOpts) {
    return driverOpts.filter((o) => REMOTE_OPTS.includes(o.split('=')[0]));
}
/**
 * `docker buildx create` for each node: the first creates the builder, the others --append
 * (pure). `local` is the endpoint of the local node for platforms no node owns (and for the
 * platforms of nodes that could not be reached). Nothing connects yet (no --bootstrap): an
 * unreachable node is found afterwards, by `buildx inspect`, and left.
 */
function nodeCreateArgs(builder, nodes, local, driverOpts = []) {
    if (!nodes.length && !local)
        throw new errors/* UsageError */.eb('nodes: no node to create a builder from');
    const driver = nodes[0]?.driver ?? 'remote';
    const opts = (n) => (driver === 'kubernetes' ? [...(n ? [`nodeselector=${n.endpoint}`] : []), ...driverOpts] : remoteDriverOpts(driverOpts));
    const all = nodes.map((n, i) => ({ name: nodeName(builder, i), endpoint: n.endpoint, platforms: n.platforms.map(core_platform/* formatPlatform */.Bq), driverOpts: opts(n) }));
    if (local)
        all.push({ name: localNodeName(builder), endpoint: local.endpoint ?? '', platforms: local.platforms, driverOpts: driver === 'kubernetes' ? driverOpts : [] });
    return all.map((n, i) => appendNodeArgs(builder, driver, n, i === 0));
}
/** One node's `docker buildx create [--append]` (pure). */
function appendNodeArgs(builder, driver, n, first = false) {
    const args = ['buildx', 'create', ...(first ? [] : ['--append']), '--name', builder, '--driver', driver, '--node', n.name, '--platform', n.platforms.join(',')];
    for (const opt of n.driverOpts)
        args.push('--driver-opt', opt);
    // a kubernetes node is placed by its selector, not an endpoint
    if (driver === 'remote')
        args.push(n.endpoint);
    return args;
}
/** Leave a node out of the builder: `docker buildx create --leave` (pure). */
function leaveNodeArgs(builder, node) {
    return ['buildx', 'create', '--leave', '--name', builder, '--node', node];
}
/**
 * `docker run` of the local BuildKit node of a remote-driver builder (pure): privileged, as buildx's
 * docker-container driver runs it; reached by buildx through docker-container://NAME.
 */
function localNodeRunArgs(container, image, o = {}) {
    const args = ['run', '--detach', '--name', container, '--privileged'];
    if (o.network)
        args.push('--network', o.network);
    if (o.configFile)
        args.push('--volume', `${o.configFile}:/etc/buildkit/buildkitd.toml:ro`);
    args.push(image);
    if (o.configFile)
        args.push('--config', '/etc/buildkit/buildkitd.toml');
    return args;
}
/** Which requested platforms no node owns: the local node builds them (pure). */
function unownedPlatforms(requested, nodes) {
    const owned = new Set(nodes.flatMap((n) => n.platforms.map(core_platform/* formatPlatform */.Bq)));
    return requested.map(core_platform/* formatPlatform */.Bq).filter((p) => !owned.has(p));
}

// EXTERNAL MODULE: ./src/core/helper-images.ts
var helper_images = __webpack_require__(5026);
;// CONCATENATED MODULE: ./src/pipeline/plan.ts
// The job's decisions, as pure functions: typed inputs + facts probed from the machine
// (tool versions, the daemon's platform, the builder's platforms, registered emulators) ->
// the exact commands, environment and files. The effects (src/pipeline/steps.ts) only run them.











/** The repository an image is pushed to: image input, else the first tag's. */
function targetRepository(i) {
    return i.image ?? (i.tags[0] ? (0,reference/* repositoryOf */._M)(i.tags[0]) : undefined);
}
/** `linux/arm64` -> `linux-arm64`: cache refs, gha scopes and local cache directories of this platform set. */
function jobSlug(i) {
    return (0,core_platform/* platformSetSlug */.J2)(i.platforms);
}
/** How the builder comes to be (pure; `name` and `tempDir` are the run's). */
function planBuilder(i, name, tempDir) {
    if (i.builder)
        return { kind: 'existing', name: i.builder };
    if (i.driver === 'docker')
        return { kind: 'existing' };
    const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
    const toml = content ? { path: (0,external_node_path_.join)(tempDir, 'buildkitd.toml'), content } : undefined;
    let driverOpts = i.driverOpts;
    let image;
    if (i.driver === 'docker-container') {
        // the BuildKit image: pinned, from helper-registry when set; an image= driver-opt wins
        const given = driverOpts.find((o) => o.startsWith('image='))?.slice(6);
        image = given ?? (0,helper_images/* helperImage */.Wr)(helper_images/* PINNED_BUILDKIT */.aA, i.buildkitImage, i.helperRegistry);
        if (!given)
            driverOpts = [`image=${image}`, ...driverOpts];
    }
    const args = createBuilderArgs({ name, driver: i.driver, driverOpts, configFile: toml?.path, endpoint: i.endpoint });
    return { kind: 'create', name, args, image, toml };
}
/** A builder of native nodes (pure): each --node owns its platforms, a local node the rest. */
function planNodeBuilder(i, name, tempDir, extraLocal = []) {
    const driver = i.nodes[0]?.driver ?? 'remote';
    const localPlatforms = [...unownedPlatforms(i.platforms, i.nodes), ...extraLocal];
    const nodeArgs = nodeCreateArgs(name, i.nodes, undefined, i.driverOpts);
    const plan = { name, driver, nodeArgs, localPlatforms, commands: nodeArgs.map((a) => ['docker', ...a]) };
    if (!localPlatforms.length)
        return plan;
    if (driver === 'remote') {
        const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
        plan.toml = content ? { path: (0,external_node_path_.join)(tempDir, 'buildkitd.toml'), content } : undefined;
        const container = `${localNodeName(name)}`;
        const image = i.driverOpts.find((o) => o.startsWith('image='))?.slice(6) ?? (0,helper_images/* helperImage */.Wr)(helper_images/* PINNED_BUILDKIT */.aA, i.buildkitImage, i.helperRegistry);
        const network = i.driverOpts.find((o) => o.startsWith('network='))?.slice(8);
        const runArgs = localNodeRunArgs(container, image, { network, configFile: plan.toml?.path });
        plan.localContainer = { name: container, image, runArgs, endpoint: `docker-container://${container}` };
        plan.commands.push(['docker', ...runArgs]);
    }
    const local = { name: localNodeName(name), endpoint: plan.localContainer?.endpoint ?? '', platforms: localPlatforms, driverOpts: driver === 'kubernetes' ? i.driverOpts : [] };
    plan.commands.push(['docker', ...appendNodeArgs(name, driver, local, !i.nodes.length)]);
    return plan;
}
/**
 * Which emulators to install (pure). A remote builder runs elsewhere: its host's emulators are
 * its own business, and installing any here would be wrong (or, with no daemon, fatal).
 */
function planQemu(i, facts) {
    if (i.driver === 'remote' && !i.builder)
        return { skip: 'remote builder: QEMU is up to the BuildKit host, nothing installed here' };
    // a platform the builder lists counts as registered: auto leaves it, true refreshes it
    const listed = (facts.builderPlatforms ?? []).map(emulatorEntry).filter((e) => Boolean(e));
    return planEmulators(i.platforms, i.qemu, facts.native, [...new Set([...facts.registered, ...listed])]);
}
/** What the tools' versions must be known for before building (gated features only). */
function needsVersions(i) {
    return i.provenance !== 'false' || i.sbom !== 'false' || i.pushByDigest || i.cache === 'gha';
}
/** The build's settings for either backend, after what the tools' versions allow (pure). */
function buildOptionsFor(i, f) {
    const warnings = [];
    const gate = (feature, on) => {
        if (!on)
            return false;
        const why = unsupported(feature, f.versions);
        if (why)
            warnings.push(why);
        return !why;
    };
    let provenance = i.provenance;
    let sbom = i.sbom;
    if (provenance !== 'false' && !gate('provenance', true))
        provenance = 'false';
    if (sbom !== 'false' && !gate('sbom', true))
        sbom = 'false';
    // Both off (the default): BUILDX_NO_DEFAULT_ATTESTATIONS=1 says it to buildx >= 0.10, and older
    // ones make no attestations, so no flag is passed and buildx's version need not be known.
    // On request: buildx < 0.10 has no --provenance/--sbom flags.
    let attestationFlags = provenance !== 'false' || sbom !== 'false';
    if (attestationFlags && unsupported('attestationFlags', f.versions)) {
        warnings.push(unsupported('attestationFlags', f.versions));
        provenance = 'false';
        sbom = 'false';
        attestationFlags = false;
    }
    if (i.pushByDigest)
        gate('pushByDigest', true);
    if (i.cache === 'gha' && !i.cacheFrom.length && !i.cacheTo.length)
        gate('ghaCache', true);
    const slug = jobSlug(i);
    const repo = i.pushByDigest ? targetRepository(i) : undefined;
    if (i.pushByDigest && !repo)
        throw new errors/* UsageError */.eb('push-by-digest needs image (a repository such as ghcr.io/owner/app) or a tag to take it from');
    const ociLayout = repo && f.driver === 'docker' ? (0,external_node_path_.join)(f.tempDir, 'oci-layout') : undefined;
    const opts = {
        builder: f.builder,
        platforms: i.platforms,
        context: i.context,
        file: i.file,
        tags: i.tags,
        labels: i.labels,
        annotations: i.annotations.length && gate('annotations', true) ? i.annotations : [],
        sourceDateEpoch: i.sourceDateEpoch,
        buildArgs: i.buildArgs,
        target: i.target,
        secretFiles: f.secretFiles,
        push: i.push,
        load: i.load,
        outputs: i.outputs,
        cache: i.cache,
        cacheFrom: i.cacheFrom,
        cacheTo: i.cacheTo,
        provenance,
        sbom,
        attestationFlags,
        metadataFile: (0,external_node_path_.join)(f.tempDir, 'metadata.json'),
        cacheScope: slug,
        pushByDigest: repo,
        cacheSuffix: i.pushByDigest ? slug : undefined,
        ociLayout,
        localCacheDir: f.localCacheDir,
    };
    return { opts, warnings, ociLayout };
}
/** `docker buildx build …`, its environment and what the tools' versions allow (pure). */
function planBuild(i, f) {
    const { opts, warnings, ociLayout } = buildOptionsFor(i, f);
    return { command: 'docker', args: (0,build/* buildxBuildArgs */.Ct)(opts), env: (0,build/* buildEnv */.WB)(opts), metadataFile: opts.metadataFile, ociLayout, warnings };
}
/** `buildctl build …` for the same settings: the same build, without Docker (pure). */
function planBuildctl(i, f, target, env = process.env) {
    if (i.load)
        throw new errors/* UsageError */.eb('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
    const { opts, warnings } = buildOptionsFor(i, { ...f, builder: '', driver: 'buildctl' });
    const { builder: _b, load: _l, ociLayout: _o, attestationFlags: _a, ...rest } = opts;
    const args = insecureAttrs(buildctlArgs({ ...rest, addr: target.addr }, env), i.insecureRegistries);
    return { command: target.command, args, env: {}, metadataFile: opts.metadataFile, warnings };
}
/**
 * buildctl has no builder config for plain-HTTP registries of its own: an image output or registry
 * cache whose registry is in insecure-registries gets BuildKit's registry.insecure=true (pure).
 */
function insecureAttrs(args, hosts) {
    if (!hosts.length)
        return args;
    const flags = new Set(['--output', '--export-cache', '--import-cache']);
    const insecure = (v) => hosts.some((h) => new RegExp(`(^|,|")(name|ref)=${h.replace(/[.]/g, '\\.')}/`).test(v)) && !/registry\.insecure=/.test(v);
    return args.map((a, n) => (n > 0 && flags.has(args[n - 1]) && insecure(a) ? `${a},registry.insecure=true` : a));
}
/** Which backend runs the build (pure, given what is on PATH and in the environment). */
function resolveBackend(i, facts) {
    const buildctl = () => {
        const addr = i.buildkitAddr ?? facts.buildkitHost;
        if (addr) {
            if (!facts.buildctl)
                throw new errors/* UserError */.yo(`backend buildctl: buildctl is not on PATH (BuildKit at ${addr} needs the buildctl client)`);
            return { backend: 'buildctl', command: 'buildctl', addr: i.buildkitAddr };
        }
        if (facts.daemonless)
            return { backend: 'buildctl', command: 'buildctl-daemonless.sh' };
        if (!facts.buildctl)
            throw new errors/* UserError */.yo('backend buildctl: neither buildctl nor buildctl-daemonless.sh is on PATH (install BuildKit, or run in the moby/buildkit image)');
        // buildctl's own default: unix:///run/buildkit/buildkitd.sock
        return { backend: 'buildctl', command: 'buildctl' };
    };
    if (i.backend === 'buildx')
        return { backend: 'buildx' };
    if (i.backend === 'buildctl')
        return buildctl();
    if (!facts.docker && !i.nodes.length && !i.builder && (facts.buildctl || facts.daemonless))
        return buildctl();
    // Docker (or nothing at all: the Docker probe then says, in one line, what is missing)
    return { backend: 'buildx' };
}
/**
 * Everything about the inputs that can be wrong, found before the first side effect (pure):
 * the same checks the planners make later, run on placeholder facts.
 */
function validateJob(i) {
    if (i.sign === 'key' && !i.cosignKey)
        throw new errors/* UsageError */.eb('sign: key needs cosign-key (the private key\'s PEM text from a secret, a key file, or a KMS URI such as awskms://…)');
    if (i.sign !== 'key' && i.cosignKey)
        throw new errors/* UsageError */.eb('cosign-key is set but sign is not key; set sign: key (or true)');
    if (i.sign !== 'false' && !i.push && !i.merge && !i.pushNotice)
        throw new errors/* UsageError */.eb('sign needs push: true (it signs what was pushed), or a merge job');
    if (i.sign !== 'false' && i.pushByDigest)
        throw new errors/* UsageError */.eb('sign goes in the merge job: it signs the merged index and every platform manifest (a split leg pushes no index of its own)');
    if (i.merge) {
        const first = i.tags[0];
        if (!first)
            throw new errors/* UsageError */.eb('merge needs tags: the index is pushed under them');
        for (const t of i.tags)
            (0,reference/* validateImageName */.He)(t);
        const target = (0,reference.parseReference)(first);
        if (!target.tag)
            throw new errors/* UsageError */.eb(`tags: "${first}" needs a tag for the merged index`);
        for (const e of i.tags.slice(1).map((t) => (0,reference.parseReference)(t))) {
            if (e.registry !== target.registry || e.repository !== target.repository) {
                throw new errors/* UsageError */.eb(`merge tags must share one repository (${target.registry}/${target.repository}); "${(0,reference/* formatReference */.FH)(e)}" does not — mirror it afterwards with gen-ci mirror`);
            }
        }
        const repo = targetRepository(i);
        for (const d of i.digests)
            parseLeg(d, repo);
        return;
    }
    checkNodes(i.nodes);
    if (i.nodes.length && i.backend === 'buildctl')
        throw new errors/* UsageError */.eb('nodes need the buildx backend: buildctl drives one BuildKit daemon per build');
    if (i.nodes.length && i.builder)
        throw new errors/* UsageError */.eb('nodes make their own builder; leave builder empty (or give the nodes to your builder with docker buildx create --append)');
    if (i.buildkitAddr && i.backend === 'buildx')
        throw new errors/* UsageError */.eb('buildkit-addr is for backend: buildctl; with buildx use driver: remote and endpoint');
    const secretFiles = Object.fromEntries(Object.keys(i.secrets).map((id) => [id, '/nonexistent/secret']));
    const facts = { versions: {}, tempDir: '/nonexistent', secretFiles, localCacheDir: i.cache === 'local' ? '/nonexistent/cache' : undefined };
    if (i.backend === 'buildctl') {
        planBuildctl(i, facts, { command: 'buildctl', addr: i.buildkitAddr });
        return;
    }
    planBuilder(i, 'gen-ci-check', '/nonexistent');
    planBuild(i, { ...facts, builder: 'gen-ci-check' });
}
/** One merge leg: sha256:…, a bare hex digest, REPOSITORY@sha256:…, or PLATFORM=any of those (pure). */
function parseLeg(entry, repo, platformHint) {
    let platform;
    let value = entry.trim();
    const eq = value.indexOf('=');
    if (eq > 0) {
        platform = (0,core_platform/* parsePlatformList */.VX)(value.slice(0, eq))[0];
        value = value.slice(eq + 1).trim();
    }
    else if (platformHint) {
        const ps = (0,core_platform/* parsePlatformList */.VX)(platformHint);
        if (ps.length === 1)
            platform = ps[0];
    }
    const ref = /^sha256:[a-f0-9]{64}$/.test(value)
        ? (0,reference/* withDigest */.hQ)((0,reference.parseReference)(repo), value)
        : /^[a-f0-9]{64}$/.test(value)
            ? (0,reference/* withDigest */.hQ)((0,reference.parseReference)(repo), `sha256:${value}`)
            : (0,reference.parseReference)(value);
    if (!ref.digest)
        throw new errors/* UsageError */.eb(`digests: "${entry}" is not a digest (sha256:…, REPOSITORY@sha256:… or PLATFORM=sha256:…)`);
    return platform ? { ref, platform } : { ref };
}

;// CONCATENATED MODULE: ./src/pipeline/metadata.ts
// The action's tags, labels and annotations: literal `tags`, or `images` + `tag-rules` turned into
// tags by the metadata engine (src/metadata, docker/metadata-action's semantics) from the GitHub
// event; OCI labels and annotations (index and each platform manifest) unless oci-metadata: false.


const kv = (entries) => Object.entries(entries).map(([k, v]) => `${k}=${v}`);
/** Resolve the tags, labels and annotations of one run (pure: the event is passed in). */
function resolveMetadata(i, e) {
    if (i.images.length && i.tags.length)
        throw new errors/* UsageError */.eb('give tags (literal image references) or images (with tag-rules), not both');
    if (!i.images.length && i.tagRules.trim())
        throw new errors/* UsageError */.eb('tag-rules needs images: the repositories the tags are made for');
    const latest = i.latest.trim().toLowerCase() || 'auto';
    if (!['auto', 'true', 'false'].includes(latest))
        throw new errors/* UsageError */.eb(`latest: "${i.latest}" is not auto, true or false`);
    const ctx = e.context ?? (0,metadata/* githubContext */.h4)(e.env, e.payload ?? {});
    const now = e.now ?? new Date();
    const created = i.reproducible && ctx.commitDate ? ctx.commitDate : now;
    const m = (0,metadata/* computeMetadata */.FT)(ctx, {
        images: i.images,
        rules: i.tagRules,
        latest: latest,
        labels: i.labels,
        annotations: i.annotations,
        now,
        created,
    });
    const tags = i.images.length ? m.tags : i.tags;
    if (i.images.length && !tags.length)
        throw new errors/* UsageError */.eb(`images: no tag rule applies to this event (${ctx.event || 'no event'} on ${ctx.ref || 'no ref'}); add a rule such as type=raw,value=dev`);
    // the OCI set (with the user's entries on top), or only the user's entries
    const userOnly = (entries) => entries.filter((x) => x.includes('='));
    // the OCI set needs a repository to describe: a GitHub run, or images given
    const oci = i.ociMetadata && (Boolean(e.env.GITHUB_REPOSITORY) || Boolean(ctx.repo.url) || i.images.length > 0);
    const labels = oci ? kv(m.labels) : userOnly(i.labels);
    const annotationSet = oci ? kv(m.annotations) : userOnly(i.annotations);
    // index-level annotations need an index: a multi-platform build has one
    const levels = i.multiPlatform ? ['index', 'manifest'] : ['manifest'];
    const annotations = annotationSet.flatMap((a) => levels.map((l) => `${l}:${a}`));
    const push = i.images.length ? m.push : true;
    const out = { tags, labels, annotations, version: i.images.length ? m.version : '', push };
    if (!push)
        out.notice = `not pushing: ${ctx.event} on ${ctx.ref} (the tag rules push nothing for pull requests); the image is built and checked`;
    if (i.reproducible) {
        if (ctx.commitDate)
            out.sourceDateEpoch = Math.floor(ctx.commitDate.getTime() / 1000);
        else
            out.warning = 'reproducible: this event payload carries no commit time (push events do), so SOURCE_DATE_EPOCH is not set';
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/cosign.ts
var cosign = __webpack_require__(6832);
;// CONCATENATED MODULE: ./src/pipeline/options.ts









const BACKENDS = ['auto', 'buildx', 'buildctl'];
const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64';
/** One item per line, commas inside a line belong to it; a quoted cell may hold newlines. */
const lines = (v) => parseList(v, { commas: false });
/** Items separated by newlines or commas. */
const items = (v) => parseList(v, { commas: true });
/**
 * Secrets: one id=value item per line, or a whole quoted item ("id=line 1\nline 2") for a value
 * with line breaks (PEM keys). Values are kept byte for byte: not trimmed, # not a comment.
 */
function parseSecrets(raw) {
    const secrets = {};
    for (const item of parseList(raw, { commas: false, comments: false, trim: false })) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new errors/* UsageError */.eb('secrets: each item must be id=value (the value is never printed)');
        const id = item.slice(0, eq).trim();
        if (!/^[A-Za-z0-9_.-]+$/.test(id) || /^\.+$/.test(id))
            throw new errors/* UsageError */.eb(`secrets: "${id}" is not a valid secret id (letters, digits, '_', '.', '-')`);
        if (id in secrets)
            throw new errors/* UsageError */.eb(`secrets: "${id}" is given twice`);
        let value = item.slice(eq + 1);
        // id="value" (the quotes around the value only) is read as the value inside them
        if (/^"[\s\S]*"$/.test(value))
            value = value.slice(1, -1);
        secrets[id] = value;
    }
    return secrets;
}
function bool(name, v, dflt) {
    const s = v.trim().toLowerCase();
    if (s === '')
        return dflt;
    if (['true', 'yes', 'on', '1'].includes(s))
        return true;
    if (['false', 'no', 'off', '0'].includes(s))
        return false;
    throw new errors/* UsageError */.eb(`${name}: "${v}" is not true or false`);
}
function options_int(name, v, dflt, min, max) {
    const s = v.trim();
    if (s === '')
        return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* UsageError */.eb(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return n;
}
function oneOf(name, v, allowed, dflt) {
    const s = (v.trim() || dflt);
    if (!allowed.includes(s))
        throw new errors/* UsageError */.eb(`${name}: "${v}" is not one of ${allowed.join(', ')}`);
    return s;
}
/** Turn raw input strings into typed inputs (pure: `get` returns '' for unset inputs). */
/**
 * Read and check every input (pure: `event` carries the GitHub variables and payload that the tag
 * rules and OCI labels are made from; none in unit tests unless given).
 */
function readOptions(get, event = { env: {} }) {
    const platformsRaw = get('platforms').trim() || DEFAULT_PLATFORMS;
    const secrets = parseSecrets(get('secrets'));
    const pushByDigest = bool('push-by-digest', get('push-by-digest'), false);
    const merge = bool('merge', get('merge'), false);
    if (pushByDigest && merge)
        throw new errors/* UsageError */.eb('push-by-digest and merge are two different jobs: set one of them');
    const platforms = (0,core_platform/* parsePlatformList */.VX)(platformsRaw);
    const images = items(get('images'));
    const pushInput = bool('push', get('push'), false);
    const meta = resolveMetadata({
        tags: items(get('tags')),
        images,
        tagRules: get('tag-rules'),
        latest: get('latest'),
        labels: lines(get('labels')),
        annotations: lines(get('annotations')),
        ociMetadata: bool('oci-metadata', get('oci-metadata'), true),
        reproducible: bool('reproducible', get('reproducible'), false),
        multiPlatform: platforms.length > 1,
    }, event);
    // a pull request builds and checks, and pushes nothing (the tag rules' policy)
    const push = (pushInput && meta.push) || pushByDigest;
    const login = readLogin(get, push || merge);
    if (get('mirror').trim() === 'auto' && !get('mirror-registry').trim())
        throw new errors/* UsageError */.eb('mirror: auto copies every FROM image into mirror-registry; set mirror-registry (e.g. registry.internal/mirror)');
    const load = bool('load', get('load'), false);
    const inputs = {
        platforms,
        context: get('context').trim() || '.',
        file: get('file').trim() || undefined,
        tags: meta.tags,
        images,
        labels: meta.labels,
        annotations: meta.annotations,
        version: meta.version,
        sourceDateEpoch: meta.sourceDateEpoch,
        pushNotice: pushInput && !meta.push ? meta.notice : undefined,
        metadataPush: meta.push,
        metadataWarning: meta.warning,
        buildArgs: lines(get('build-args')),
        target: get('target').trim() || undefined,
        secrets,
        push,
        load,
        outputs: lines(get('outputs')),
        cache: resolveCache(oneOf('cache', get('cache'), ['auto', 'registry', 'gha', 'local', 'none'], 'auto'), push, meta.tags.join(',') || get('image')),
        cacheFrom: lines(get('cache-from')),
        cacheTo: lines(get('cache-to')),
        provenance: (0,build/* attestationValue */.q7)('provenance', get('provenance')),
        sbom: (0,build/* attestationValue */.q7)('sbom', get('sbom')),
        qemu: oneOf('qemu', get('qemu'), ['auto', 'true', 'false'], 'auto'),
        qemuImage: get('qemu-image').trim() || undefined,
        buildkitImage: get('buildkit-image').trim() || undefined,
        helperRegistry: get('helper-registry').trim() || undefined,
        helperCache: bool('helper-cache', get('helper-cache'), true),
        retries: options_int('retries', get('retries'), 3, 0, 10),
        driver: oneOf('driver', get('driver'), DRIVERS, 'docker-container'),
        driverOpts: lines(get('driver-opts')),
        backend: oneOf('backend', get('backend'), BACKENDS, 'auto'),
        buildkitAddr: get('buildkit-addr').trim() || undefined,
        nodes: lines(get('nodes')).map(parseNode),
        nodeFallback: bool('node-fallback', get('node-fallback'), true),
        sign: signMode(get('sign')),
        cosignKey: get('cosign-key').trim(),
        cosignPassword: get('cosign-password'),
        cosignTlog: bool('cosign-tlog', get('cosign-tlog'), true),
        endpoint: get('endpoint').trim() || undefined,
        builder: get('builder').trim() || undefined,
        buildkitdConfig: get('buildkitd-config'),
        insecureRegistries: items(get('insecure-registries')),
        ...login,
        summary: bool('summary', get('summary'), true),
        verify: bool('verify', get('verify'), true),
        // a repository name is lowercase: ghcr.io/${{ github.repository }} works for Owner/Repo
        image: get('image').trim().toLowerCase() || undefined,
        pushByDigest,
        merge,
        digests: items(get('digests')),
        keepAttestations: bool('keep-attestations', get('keep-attestations'), false),
        digestsDir: get('digests-dir').trim() || undefined,
        check: get('check').trim().toLowerCase() === 'offline' || bool('check', get('check'), true),
        checkOffline: get('check').trim().toLowerCase() === 'offline',
        checkTimeoutMs: options_int('check-timeout', get('check-timeout'), 5, 1, 600) * 1000,
        registryTimeoutMs: options_int('registry-timeout', get('registry-timeout'), 300, 1, 7200) * 1000,
        mirror: get('mirror').trim(),
        mirrorRegistry: get('mirror-registry').trim() || undefined,
    };
    // keyless signing needs the CI's OIDC token: said now, not after the build
    if (inputs.sign === 'keyless' && inputs.push)
        (0,cosign/* requireOidcToken */.cM)(event.env);
    // every input that can be wrong is found here, before the first side effect
    validateJob(inputs);
    return inputs;
}
/** sign: false (default), true or key (a key in cosign-key), keyless (the CI's OIDC identity). */
function signMode(v) {
    const s = v.trim().toLowerCase();
    if (s === '' || s === 'false')
        return 'false';
    if (s === 'true' || s === 'key')
        return 'key';
    if (s === 'keyless')
        return 'keyless';
    throw new errors/* UsageError */.eb(`sign: "${v}" is not false, true (key), key or keyless`);
}
/**
 * The login: username and password together, or neither. A build that pushes nothing logs in
 * without a password by not logging in (pull requests from forks get no secrets), with a notice.
 */
function readLogin(get, pushes) {
    let username = get('username').trim();
    const password = get('password');
    const registry = get('registry').trim();
    let loginNotice;
    if (username && !password && !pushes) {
        loginNotice = `password is empty (pull requests from forks get no secrets) and nothing is pushed: not logging in to ${registry || 'docker.io'}`;
        username = '';
    }
    if (Boolean(username) !== Boolean(password))
        throw new errors/* UsageError */.eb('username and password go together: set both to log in, or neither');
    if (registry && !username && !loginNotice)
        throw new errors/* UsageError */.eb('registry is set but username/password are not; set both to log in');
    return { registry: registry || 'docker.io', username, password: username ? password : '', loginNotice };
}
/** auto: registry cache next to the image when pushing a tag, else none. */
function resolveCache(mode, push, tags) {
    if (mode !== 'auto')
        return mode;
    return push && items(tags).length ? 'registry' : 'none';
}

// EXTERNAL MODULE: ./src/core/docker.ts
var docker = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/summary.ts

/** Rows of the job summary table: header first (pure). */
function summaryRows(s) {
    const rows = [['Platform', 'Digest', 'Size']];
    if (s.pushed) {
        for (const p of s.pushed.platforms)
            rows.push([p.platform, p.digest, formatBytes(p.size)]);
        if (s.pushed.attestations)
            rows.push(['attestations', `${s.pushed.attestations} manifest(s)`, '']);
    }
    else {
        for (const p of s.platforms)
            rows.push([p, 'not pushed', '—']);
    }
    return rows;
}
/** The job summary as Markdown (pure), written whatever the buildx version. */
function summaryMarkdown(s) {
    const rows = summaryRows(s);
    const esc = (c) => c.replace(/\|/g, '\\|');
    const lines = ['## gen-ci multi-arch build', ''];
    if (s.image)
        lines.push(`**Image:** \`${s.image}\``, '');
    lines.push(`| ${rows[0]?.map(esc).join(' | ')} |`, `| ${rows[0]?.map(() => '---').join(' | ')} |`);
    for (const r of rows.slice(1))
        lines.push(`| ${r.map((c, i) => (i === 1 && c.startsWith('sha256:') ? `\`${c}\`` : esc(c))).join(' | ')} |`);
    lines.push('');
    const facts = [`built in ${(s.durationMs / 1000).toFixed(1)} s`];
    if (s.cacheHits?.total)
        facts.push(`${s.cacheHits.cached}/${s.cacheHits.total} steps from cache`);
    lines.push(facts.join(', '), '');
    return lines.join('\n');
}
/**
 * Count steps served from cache in plain progress output (pure): `#N CACHED`, or a step whose
 * result BuildKit pulled from the imported cache (it lists the cached layer blobs it fetched
 * instead of running; an executed step never fetches blobs under its own number).
 */
function cacheHits(progress) {
    const steps = new Map();
    for (const m of progress.matchAll(/^#(\d+) \[[^\]]*\] (RUN|COPY|ADD|WORKDIR)\b.*$/gm))
        steps.set(m[1], false);
    for (const m of progress.matchAll(/^#(\d+) (?:CACHED$|sha256:[a-f0-9]{64} .*done$)/gm))
        if (steps.has(m[1]))
            steps.set(m[1], true);
    for (const m of progress.matchAll(/^#(\d+) \d+\.\d+ /gm))
        if (steps.has(m[1]))
            steps.set(m[1], false);
    const values = [...steps.values()];
    return { cached: values.filter(Boolean).length, total: values.length };
}

// EXTERNAL MODULE: ./src/dockerfile/preflight.ts + 1 modules
var preflight = __webpack_require__(2611);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/registry/bounded.ts
var registry_bounded = __webpack_require__(3770);
;// CONCATENATED MODULE: ./src/registry/layout.ts




/**
 * Push an OCI image layout directory (buildx `--output type=oci,dest=DIR,tar=false`) to a
 * repository by digest only: blobs, then each platform manifest, then the index, and no tag.
 * This is push-by-digest for builders whose exporter lacks it (buildx's docker driver).
 */
async function pushLayout(client, dir, target) {
    let top;
    try {
        top = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'index.json'), 'utf8')).manifests[0];
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${dir} is not an OCI image layout (${err.message.split('\n')[0]})`);
    }
    if (!top)
        throw new errors/* UserError */.yo(`the OCI layout in ${dir} holds no image`);
    const blobPath = (digest) => (0,external_node_path_.join)(dir, 'blobs', ...digest.split(':'));
    const pushBlob = async (d) => {
        const path = blobPath(d.digest);
        const size = (0,external_node_fs_.statSync)(path).size;
        await client.pushBlob(target.registry, target.repository, d.digest, size, () => (0,external_node_fs_.createReadStream)(path));
    };
    const pushManifest = async (d) => {
        const bytes = (0,external_node_fs_.readFileSync)(blobPath(d.digest));
        const json = JSON.parse(bytes.toString('utf8'));
        const mediaType = d.mediaType ?? json.mediaType ?? '';
        if ((0,manifest/* isIndexType */.$U)(mediaType)) {
            // children first, so the index never points at something missing
            await Promise.all(json.manifests.map(pushManifest));
        }
        else {
            await Promise.all((0,manifest/* manifestBlobs */.q2)(json).map(pushBlob));
        }
        await client.putManifest({ registry: target.registry, repository: target.repository, digest: d.digest }, bytes, mediaType);
    };
    await pushManifest(top);
    return { digest: top.digest, mediaType: top.mediaType ?? '' };
}

// EXTERNAL MODULE: ./src/registry/merge.ts + 1 modules
var merge = __webpack_require__(2030);
// EXTERNAL MODULE: ./src/registry/mirror.ts + 1 modules
var mirror = __webpack_require__(3492);
// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(5035);
;// CONCATENATED MODULE: ./src/pipeline/cosign-binary.ts
// Where the cosign binary comes from: PATH when it is there; on a GitHub runner without it, the
// pinned release downloaded from sigstore/cosign and checked against its sha256 before it is ever
// run (the digests are those sigstore/cosign-installer pins for the same release), kept in the
// door's cache so the next run downloads nothing.





const COSIGN_VERSION = 'v2.5.0';
/** sha256 of cosign-linux-<arch> of the pinned release */
const COSIGN_SHA256 = {
    amd64: '1f6c194dd0891eb345b436bb71ff9f996768355f5e0ce02dde88567029ac2188',
    arm64: '080a998f9878f22dafdb9ad54d5b2e2b8e7a38c53527250f9d89a6763a28d545',
};
const COSIGN_RELEASES = 'https://github.com/sigstore/cosign/releases/download';
const ARCH = { x64: 'amd64', arm64: 'arm64' };
/** The release asset for this machine and its digest (pure). */
function cosignAsset(nodeArch, version = COSIGN_VERSION, base = COSIGN_RELEASES) {
    const arch = ARCH[nodeArch];
    const sha256 = arch ? COSIGN_SHA256[arch] : undefined;
    if (!arch || !sha256)
        throw new errors/* UserError */.yo(`no pinned cosign for this machine (${process.platform}/${nodeArch}): put cosign on PATH (sigstore/cosign-installer)`, 1, 'missing-tool');
    return { url: `${base}/${version}/cosign-linux-${arch}`, sha256, name: `cosign-${version}-linux-${arch}` };
}
/** Download to `dest`, checking the digest before the file gets its name and mode (a bad download is never run). */
async function downloadVerified(url, sha256, dest, fetchFn = fetch, timeoutMs = 120_000) {
    let body;
    try {
        const res = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
        if (!res.ok)
            throw new Error(`HTTP ${res.status}`);
        body = Buffer.from(await res.arrayBuffer());
    }
    catch (err) {
        throw new errors/* UserError */.yo(`could not download cosign from ${url}: ${err.message}; put cosign on PATH (sigstore/cosign-installer) instead`, 1, 'missing-tool');
    }
    const got = (0,digest/* digestOf */.ol)(body).slice('sha256:'.length);
    if (got !== sha256)
        throw new errors/* UserError */.yo(`the cosign download from ${url} has sha256 ${got}, not the pinned ${sha256}: not using it`, 1, 'digest-mismatch');
    const tmp = `${dest}.part`;
    (0,external_node_fs_.writeFileSync)(tmp, body, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(tmp, 0o755);
    (0,external_node_fs_.renameSync)(tmp, dest);
}
/**
 * The cosign to run: `cosign` from PATH; else, on a GitHub runner, the pinned release (from the
 * Actions cache when it holds it); else one line saying how to get it.
 */
async function ensureCosign(ctx, env = process.env) {
    if ((0,exec/* onPath */.L)('cosign', env.PATH))
        return 'cosign';
    if (env.GITHUB_ACTIONS !== 'true' || !(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP)) {
        throw new errors/* UserError */.yo('cosign is not on PATH: install it (apt-get install cosign, brew install cosign, or the sigstore/cosign-installer action) to sign', 1, 'missing-tool');
    }
    const asset = cosignAsset(process.arch);
    const dir = (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP, 'gen-ci-cosign', COSIGN_VERSION);
    const bin = (0,external_node_path_.join)(dir, 'cosign');
    if ((0,external_node_fs_.existsSync)(bin))
        return bin;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const cache = await ctx.cache;
    const key = `gen-ci-${asset.name}-${asset.sha256.slice(0, 16)}`;
    if (cache) {
        try {
            if (await cache.restore(dir, key, [])) {
                if ((0,external_node_fs_.existsSync)(bin)) {
                    ctx.log.info(`cosign ${COSIGN_VERSION} from the Actions cache`);
                    // the cache is trusted no more than the network: the digest is checked again
                    if ((0,digest/* digestOf */.ol)((0,external_node_fs_.readFileSync)(bin)) === `sha256:${asset.sha256}`)
                        return bin;
                    ctx.log.warning('the cached cosign does not match its pinned digest; downloading it again');
                }
            }
        }
        catch (err) {
            ctx.log.warning(`could not restore cosign from the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    ctx.log.info(`downloading cosign ${COSIGN_VERSION} (${asset.url}, sha256 ${asset.sha256})`);
    await downloadVerified(asset.url, asset.sha256, bin);
    if (cache) {
        try {
            await cache.save(dir, key);
        }
        catch (err) {
            ctx.log.warning(`could not save cosign to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return bin;
}

// EXTERNAL MODULE: ./src/pipeline/sign.ts
var sign = __webpack_require__(2953);
;// CONCATENATED MODULE: ./src/pipeline/steps.ts






























/** How a long command's output is shown: to the door's output, else echoed with the command line. */
function shown(ctx) {
    return ctx.output ? { silent: true, onOutput: ctx.output } : {};
}
/** The run's temp directory is recorded before it exists, so that post removes it whatever happens next. */
function newContext(log, lifecycle, i, o = {}) {
    const base = o.base ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    const tempDir = lifecycle.path((0,external_node_path_.join)(base, `gen-ci-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`));
    (0,external_node_fs_.mkdirSync)(tempDir, { mode: 0o700 });
    const open = o.openCache;
    const insecure = i.insecureRegistries.length ? i.insecureRegistries : undefined;
    return {
        tempDir,
        env: {},
        log,
        lifecycle,
        registry: { plainHttp: insecure, insecure },
        registryTimeoutMs: i.registryTimeoutMs ?? 300_000,
        retryBaseMs: o.retryBaseMs ?? 1000,
        openCache: open ? () => open(log) : undefined,
        output: o.output,
    };
}
/** A temporary DOCKER_CONFIG holding the login; the user's own config is only read. */
async function login(ctx, i, o = { docker: !i.merge }) {
    if (i.loginNotice)
        ctx.log.notice(i.loginNotice);
    if (i.pushNotice)
        ctx.log.notice(i.pushNotice);
    if (i.metadataWarning)
        ctx.log.warning(i.metadataWarning);
    if (!i.username)
        return undefined;
    const userDir = (0,docker_config/* dockerConfigDir */.kG)();
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'docker-config');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    let existing;
    try {
        existing = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(userDir, 'config.json'), 'utf8'));
    }
    catch {
        existing = undefined;
    }
    const prepared = configForLogin(existing, i.registry);
    if (!o.docker) {
        // merge jobs and buildctl need no Docker: the registry client and buildctl read the credentials from this config
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(configWithAuth(prepared, i.registry, i.username, i.password), null, 2), { mode: 0o600 });
        ctx.env.DOCKER_CONFIG = dir;
        ctx.log.info(`Credentials for ${i.registry} as ${i.username} in a temporary DOCKER_CONFIG (removed when the job ends)`);
        return dir;
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(prepared, null, 2), { mode: 0o600 });
    // builders, contexts and plugins stay where the user keeps them
    for (const sub of ['buildx', 'contexts', 'cli-plugins']) {
        const target = (0,external_node_path_.join)(userDir, sub);
        if (sub === 'buildx')
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        if ((0,external_node_fs_.existsSync)(target))
            (0,external_node_fs_.symlinkSync)(target, (0,external_node_path_.join)(dir, sub));
    }
    ctx.env.DOCKER_CONFIG = dir;
    const res = await (0,exec/* run */.eF)('docker', loginArgs(i.registry, i.username), { input: i.password, silent: true, env: ctx.env });
    if (res.exitCode !== 0) {
        const why = (0,exec/* lastErrorLine */.HY)(res.stderr).replace(i.password, '***');
        throw new errors/* UserError */.yo(`login to ${i.registry} as ${i.username} failed: ${why}`);
    }
    ctx.log.info(`Logged in to ${i.registry} as ${i.username} (temporary DOCKER_CONFIG; removed when the job ends)`);
    return dir;
}
/** `docker buildx version`, read once (it decides which flags the build may use). */
async function buildxVersion(ctx) {
    const v = await (0,exec/* run */.eF)('docker', ['buildx', 'version'], { silent: true, env: ctx.env });
    if ((0,docker/* isBuildxMissing */.Tk)(v.stderr))
        throw new errors/* UserError */.yo(docker/* BUILDX_MISSING */.QG);
    return v.exitCode === 0 ? parseBuildxVersion(v.stdout) : undefined;
}
const platformsOf = (info) => (info?.platforms ?? []).flatMap((p) => {
    try {
        return [(0,core_platform/* parsePlatform */.FL)(p)];
    }
    catch {
        return [];
    }
});
/** Install only the QEMU emulators the requested platforms need, on the machine the builder runs on. */
async function setupQemu(ctx, i, facts) {
    const native = facts.daemonPlatform ? [(0,core_platform/* parsePlatform */.FL)(facts.daemonPlatform)] : [];
    const registered = readRegisteredEmulators();
    let plan = planQemu(i, { native, registered });
    // an existing builder's own list can only spare an install (qemu: auto): ask for it only then
    let builder;
    if (!('skip' in plan) && plan.install.length && i.qemu === 'auto' && facts.builder) {
        builder = await facts.builder();
        plan = planQemu(i, { native, registered, builderPlatforms: platformsOf(builder) });
    }
    if ('skip' in plan) {
        ctx.log.info(plan.skip);
        return;
    }
    if (plan.native.length)
        ctx.log.info(`native: ${plan.native.join(', ')}`);
    if (plan.registered.length)
        ctx.log.info(`QEMU already registered${builder ? ` (or listed by builder ${builder.name})` : ''} for: ${plan.registered.join(', ')}`);
    if (plan.unsupported.length)
        ctx.log.warning(`no QEMU emulator is known for ${plan.unsupported.join(', ')}; the builder must run them natively`);
    if (i.qemu === 'false') {
        ctx.log.info('qemu: false, not installing emulators');
        return;
    }
    if (!plan.install.length) {
        ctx.log.info('QEMU: nothing to install');
        return;
    }
    const image = (0,helper_images/* helperImage */.Wr)(helper_images/* PINNED_BINFMT */.eq, i.qemuImage, i.helperRegistry);
    ctx.log.info(`QEMU: installing ${plan.install.join(', ')} from ${image}`);
    await ensureHelper(ctx, i, image);
    const res = await (0,exec/* run */.eF)('docker', binfmtInstallArgs(image, plan.install), { env: ctx.env, ...shown(ctx) });
    if (res.exitCode !== 0) {
        throw new errors/* UserError */.yo(`could not install QEMU emulators (${plan.install.join(', ')}) with ${image}: ${(0,exec/* lastErrorLine */.HY)(res.stderr)}; mirror the image (gen-ci mirror) and set helper-registry or qemu-image, or set qemu: false if the runner already has them`);
    }
}
/**
 * buildctl: gen-ci cannot install emulators without Docker. A daemonless BuildKit runs here, so
 * say which foreign platforms have no emulator registered; a BuildKit daemon elsewhere has its own.
 */
function checkEmulators(ctx, i, target) {
    if (target.command !== 'buildctl-daemonless.sh') {
        ctx.log.info('BuildKit runs elsewhere: its emulators are its host\'s (nothing installed here)');
        return;
    }
    if (!binfmtReadable()) {
        ctx.log.info('binfmt_misc is not mounted here (a container?): cannot tell which emulators the kernel has; foreign RUN steps need QEMU registered on the host');
        return;
    }
    const plan = planEmulators(i.platforms, 'auto', hostNativePlatforms(), readRegisteredEmulators());
    if (plan.native.length)
        ctx.log.info(`native: ${plan.native.join(', ')}`);
    if (plan.registered.length)
        ctx.log.info(`QEMU registered for: ${plan.registered.join(', ')}`);
    if (plan.install.length && i.qemu !== 'false') {
        const missing = i.platforms.map(core_platform/* formatPlatform */.Bq).filter((p) => !plan.native.includes(p) && !plan.registered.includes(p));
        ctx.log.warning(`no QEMU emulator is registered for ${missing.join(', ')} on this machine, and without Docker gen-ci cannot install one: RUN steps for them fail with "exec format error" (register them on the host: apt-get install qemu-user-static, or docker run --privileged tonistiigi/binfmt --install ${plan.install.join(',')})`);
    }
}
/** The builder to reuse (builder input, or the engine's own for driver: docker), before anything else happens. */
async function existingBuilder(ctx, i) {
    if (i.builder)
        return i.builder;
    if (i.driver !== 'docker')
        return undefined;
    const c = await (0,exec/* run */.eF)('docker', ['context', 'show'], { silent: true, env: ctx.env });
    if ((0,docker/* isBuildxMissing */.Tk)(c.stderr))
        throw new errors/* UserError */.yo(docker/* BUILDX_MISSING */.QG);
    return c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default';
}
/**
 * Create a builder (docker-container / remote); its name is recorded before `buildx create`
 * runs, so a bootstrap that fails halfway is still removed by the post step.
 */
async function createBuilder(ctx, i) {
    const plan = planBuilder(i, builderName(), ctx.tempDir);
    if (plan.kind === 'existing')
        throw new Error('createBuilder called for an existing builder');
    if (plan.toml)
        (0,external_node_fs_.writeFileSync)(plan.toml.path, plan.toml.content);
    if (plan.image)
        await ensureHelper(ctx, i, plan.image);
    ctx.lifecycle.builder(plan.name);
    const res = await (0,exec/* run */.eF)('docker', plan.args, { env: ctx.env, ...shown(ctx) });
    if (res.exitCode !== 0) {
        if ((0,docker/* isBuildxMissing */.Tk)(res.stderr))
            throw new errors/* UserError */.yo(docker/* BUILDX_MISSING */.QG);
        throw new errors/* UserError */.yo(`could not create the ${i.driver} builder: ${(0,exec/* lastErrorLine */.HY)(res.stderr)}${i.driver === 'docker-container' ? " (its BuildKit image must be pullable; set helper-registry or buildkit-image, or driver: docker to use the engine's builder)" : ''}`);
    }
    return { name: plan.name, created: true, driver: i.driver };
}
/**
 * A builder of native nodes: each --node's platforms go to it, the rest to a local node (a
 * BuildKit container, QEMU for foreign platforms). A node that does not answer is left out of
 * the builder with a warning and its platforms move to the local node (node-fallback: false:
 * the job fails). Everything is recorded before it is created.
 */
async function createNodeBuilder(ctx, i, daemonPlatform) {
    const name = builderName();
    let plan = planNodeBuilder(i, name, ctx.tempDir);
    ctx.lifecycle.builder(plan.name);
    for (const args of plan.nodeArgs) {
        const res = await (0,exec/* run */.eF)('docker', args, { silent: true, env: ctx.env });
        if (res.exitCode !== 0) {
            if ((0,docker/* isBuildxMissing */.Tk)(res.stderr))
                throw new errors/* UserError */.yo(docker/* BUILDX_MISSING */.QG);
            throw new errors/* UserError */.yo(`could not add node ${args[args.length - 1]} to builder ${name}: ${(0,exec/* lastErrorLine */.HY)(res.stderr)}`);
        }
    }
    // which nodes answer: buildx inspect (no --bootstrap) lists an unreachable one as inactive
    const ins = await (0,exec/* run */.eF)('docker', ['buildx', 'inspect', name], { silent: true, env: ctx.env });
    const status = new Map(parseInspectNodes(ins.stdout).map((n) => [n.name, n.status]));
    const built = [];
    const lost = [];
    i.nodes.forEach((n, k) => {
        const node = nodeName(name, k);
        const platforms = n.platforms.map(core_platform/* formatPlatform */.Bq);
        const st = status.get(node) ?? 'unknown';
        if (st === 'running') {
            ctx.log.info(`node ${node} (${n.endpoint}): ${platforms.join(', ')}`);
            built.push({ node, endpoint: n.endpoint, platforms, fallback: false });
            return;
        }
        const why = `node ${n.endpoint} for ${platforms.join(', ')} does not answer (buildx: ${st})`;
        if (!i.nodeFallback)
            throw new errors/* UserError */.yo(`${why}; node-fallback is off, so the build stops (start the node, or drop it from nodes)`);
        ctx.log.warning(`${why}: building ${platforms.join(', ')} on the local node under QEMU instead`);
        lost.push(...platforms);
    });
    for (const k of i.nodes.keys()) {
        const node = nodeName(name, k);
        if (status.get(node) !== 'running')
            await (0,exec/* run */.eF)('docker', leaveNodeArgs(name, node), { silent: true, env: ctx.env });
    }
    if (lost.length)
        plan = planNodeBuilder(i, name, ctx.tempDir, lost);
    if (plan.localPlatforms.length) {
        const local = localNodeName(name);
        const platforms = plan.localPlatforms;
        // the local node runs on this machine: QEMU for its foreign platforms, here
        await setupQemu(ctx, { ...i, platforms: platforms.map(core_platform/* parsePlatform */.FL), driver: 'docker-container' }, { daemonPlatform });
        if (plan.localContainer) {
            if (plan.toml)
                (0,external_node_fs_.writeFileSync)(plan.toml.path, plan.toml.content);
            await ensureHelper(ctx, i, plan.localContainer.image);
            ctx.lifecycle.container(plan.localContainer.name);
            const res = await (0,exec/* run */.eF)('docker', plan.localContainer.runArgs, { silent: true, env: ctx.env });
            if (res.exitCode !== 0)
                throw new errors/* UserError */.yo(`could not start the local BuildKit node (${plan.localContainer.image}): ${(0,exec/* lastErrorLine */.HY)(res.stderr)}`);
        }
        const append = plan.commands[plan.commands.length - 1];
        const res = await (0,exec/* run */.eF)('docker', append.slice(1), { silent: true, env: ctx.env });
        if (res.exitCode !== 0)
            throw new errors/* UserError */.yo(`could not add the local node to builder ${name}: ${(0,exec/* lastErrorLine */.HY)(res.stderr)}`);
        ctx.log.info(`node ${local} (this machine): ${platforms.join(', ')}`);
        built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: platforms.filter((p) => !lost.includes(p)), fallback: false });
        if (lost.length)
            built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: lost, fallback: true });
    }
    const boot = await (0,exec/* run */.eF)('docker', ['buildx', 'inspect', '--bootstrap', name], { silent: true, env: ctx.env });
    if (boot.exitCode !== 0)
        throw new errors/* UserError */.yo(`builder ${name} did not start: ${(0,exec/* lastErrorLine */.HY)(boot.stderr)}`);
    return { name, created: true, driver: plan.driver, nodes: built.filter((b) => b.platforms.length) };
}
/** Helper images (binfmt, BuildKit): local, else the Actions cache, else pulled with retries. */
async function ensureHelper(ctx, i, image) {
    if (i.helperCache && ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const source = await (0,helper_images/* ensureImage */.Yt)(image, {
        log: ctx.log,
        env: ctx.env,
        cache: i.helperCache ? await ctx.cache : undefined,
        retries: i.retries,
        retryBaseMs: ctx.retryBaseMs,
        record: (path) => ctx.lifecycle.path(path),
        hint: 'mirror it into a registry you control (gen-ci mirror) and set helper-registry, or keep it in the Actions cache (helper-cache: true)',
    });
    ctx.log.info(`${image}: ${source === 'local' ? 'already present' : source === 'cache' ? 'from the Actions cache' : 'pulled'}`);
}
/** What a builder is (driver, BuildKit version, platforms); undefined when it cannot be inspected. */
async function describeBuilder(ctx, name) {
    const ins = await (0,exec/* run */.eF)('docker', ['buildx', 'inspect', ...(name ? [name] : [])], { silent: true, env: ctx.env });
    return ins.exitCode === 0 ? parseInspect(ins.stdout) : undefined;
}
function builderVersions(buildx, info) {
    return { buildx, buildkit: info?.buildkit ? parseVersion(info.buildkit) : undefined };
}
/** Secret values go to randomly named 0600 files in the run's temp dir, passed as --secret id=..,src=.. */
function writeSecrets(ctx, secrets) {
    const out = {};
    if (!Object.keys(secrets).length)
        return out;
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'secrets');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    for (const [id, value] of Object.entries(secrets)) {
        const file = (0,external_node_path_.join)(dir, (0,external_node_crypto_.randomBytes)(8).toString('hex'));
        (0,external_node_fs_.writeFileSync)(file, value, { mode: 0o600, flag: 'wx' });
        out[id] = file;
    }
    return out;
}
async function steps_build(ctx, i, builder, versions) {
    const slug = jobSlug(i);
    const plan = planBuild(i, {
        builder: builder.name,
        driver: builder.driver,
        versions,
        tempDir: ctx.tempDir,
        secretFiles: writeSecrets(ctx, i.secrets),
        localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
    });
    const res = await runBuild(ctx, plan, 'docker buildx build', true);
    if (i.cache === 'local')
        await rotateLocalCache(ctx, (0,external_node_path_.join)(localCacheBase(), slug), slug);
    let digest = res.digest;
    const repo = i.pushByDigest ? targetRepository(i) : undefined;
    if (plan.ociLayout && repo) {
        // the docker driver cannot push by digest: push its OCI layout with our registry client
        digest = (await withRegistry(ctx, (client) => pushLayout(client, plan.ociLayout, (0,reference.parseReference)(repo)), `the push of ${repo}`)).digest;
        ctx.log.info(`pushed ${repo}@${digest} by digest (no tag)`);
    }
    return finishBuild(i, { ...res, digest });
}
/** The same build with plain BuildKit: `buildctl build` (an address) or `buildctl-daemonless.sh` (no daemon). */
async function buildWithBuildctl(ctx, i, target) {
    const slug = jobSlug(i);
    const plan = planBuildctl(i, {
        versions: {},
        tempDir: ctx.tempDir,
        secretFiles: writeSecrets(ctx, i.secrets),
        localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
    }, target);
    if (target.command === 'buildctl-daemonless.sh') {
        // the daemon it starts reads the builder settings (insecure registries, buildkitd-config) from a file
        const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
        if (toml) {
            const file = (0,external_node_path_.join)(ctx.tempDir, 'buildkitd.toml');
            (0,external_node_fs_.writeFileSync)(file, toml);
            plan.env.BUILDKITD_FLAGS = [process.env.BUILDKITD_FLAGS, `--config=${file}`].filter(Boolean).join(' ');
        }
    }
    // buildctl writes no metadata file for a build with no output (BuildKit 0.13 has no cacheonly exporter)
    const exports = i.push || i.outputs.length > 0 || i.tags.length > 0 || i.pushByDigest;
    const res = await runBuild(ctx, plan, target.command === 'buildctl' ? 'buildctl build' : 'buildctl-daemonless.sh build', exports);
    if (i.cache === 'local')
        await rotateLocalCache(ctx, (0,external_node_path_.join)(localCacheBase(), slug), slug);
    return finishBuild(i, res);
}
/** Run a planned build; a failure is one line that says why. */
async function runBuild(ctx, plan, tool, expectMetadata) {
    for (const w of plan.warnings)
        ctx.log.warning(w);
    const res = await (0,exec/* run */.eF)(plan.command, plan.args, { env: { ...ctx.env, ...plan.env }, ...shown(ctx) });
    const output = `${res.stdout}\n${res.stderr}`;
    if (res.exitCode === 127 && !res.stdout)
        throw new errors/* UserError */.yo(`${plan.command} is not on PATH (${(0,exec/* lastErrorLine */.HY)(res.stderr)})`);
    if (res.exitCode !== 0)
        throw new errors/* UserError */.yo((0,build/* explainBuildFailure */.OV)(output, tool));
    const metadata = (0,external_node_fs_.existsSync)(plan.metadataFile) ? (0,external_node_fs_.readFileSync)(plan.metadataFile, 'utf8') : undefined;
    if (metadata === undefined && !expectMetadata)
        return { metadata: '{}', cache: cacheHits(output), output };
    return { digest: (0,build/* parseMetadata */.jR)(metadata, output).digest, metadata: metadata, cache: cacheHits(output), output };
}
function finishBuild(i, res) {
    if (i.push && !i.outputs.length && !res.digest) {
        throw new errors/* UserError */.yo(`the build reported no image digest for the push (its metadata has no containerimage.digest; its last line: ${(0,exec/* lastErrorLine */.HY)(res.output)})`);
    }
    return { digest: res.digest, metadata: res.metadata, cache: res.cache };
}
/** The Dockerfile the build uses, or undefined when the context is remote (a Git URL, a tarball URL). */
function dockerfilePath(i) {
    if (/^[a-z]+:\/\/|^git@/.test(i.context))
        return undefined;
    return i.file ? (i.file.startsWith('/') ? i.file : (0,external_node_path_.join)(process.cwd(), i.file)) : (0,external_node_path_.join)(i.context, 'Dockerfile');
}
/**
 * Preflight: every FROM image must have every platform the build needs; say which image lacks
 * which platform before any build starts. Other findings (emulated compiles, hard-coded amd64 …)
 * are warnings.
 */
async function preflightCheck(ctx, i) {
    const path = dockerfilePath(i);
    if (!path) {
        ctx.log.info('remote build context: no preflight');
        return [];
    }
    return withRegistry(ctx, async (client) => {
        // every lookup has a deadline (check-timeout), retries included; offline: none at all
        const bounded = i.checkOffline ? undefined : (0,registry_bounded/* boundedLookup */.KO)(client, { timeoutMs: i.checkTimeoutMs, onRetry: (line) => ctx.log.info(line) });
        let res;
        try {
            res = await (0,preflight.checkDockerfile)(path, {
                platforms: i.platforms,
                buildArgs: (0,build/* buildArgValues */.$G)(i.buildArgs),
                target: i.target,
                ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
            });
        }
        finally {
            bounded?.close();
        }
        for (const img of res.images) {
            ctx.log.info(`${img.image}: ${img.available ? `has ${img.available.join(', ')}` : 'not looked up'}${img.missing.length ? ` — MISSING ${img.missing.join(', ')}` : ''}`);
        }
        const fatal = res.findings.filter((f) => f.level === 'error' && f.code === 'missing-platform');
        // each finding points at its Dockerfile line (GitHub shows it there); paths relative to the workspace
        const file = (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE || process.cwd(), path) || path;
        for (const f of res.findings) {
            const at = { file, line: f.line, title: f.code };
            if (fatal.includes(f))
                ctx.log.annotateError?.(f.message, at);
            else
                ctx.log.warning(f.message, at);
        }
        if (fatal.length) {
            throw new errors/* UserError */.yo(`base image check: ${fatal.map((f) => f.message).join('; ')} (set check: false to let buildx try anyway)`);
        }
        return res.images.map((img) => img.image);
    });
}
/** Copy base images (all platforms) before building: SRC=DST lines, or every FROM image with auto. */
async function mirrorBases(ctx, i, fromImages) {
    const pairs = i.mirror === 'auto'
        ? fromImages.map((img) => {
            const src = (0,reference.parseReference)(img);
            return { src, dst: (0,mirror/* destinationFor */.mZ)(src, `${i.mirrorRegistry.replace(/\/+$/, '')}/`) };
        })
        : (0,mirror/* parsePairLines */.bG)(i.mirror, 'mirror');
    if (!pairs.length) {
        ctx.log.info('mirror: nothing to copy');
        return;
    }
    return withRegistry(ctx, async (client) => {
        const results = await (0,mirror/* mirrorImages */.mK)(client, pairs, {
            onPair: (p, n) => ctx.log.info(`mirror ${n + 1}/${pairs.length}: ${(0,reference/* formatReference */.FH)(p.src)} → ${(0,reference/* formatReference */.FH)(p.dst)}`),
        });
        for (const r of results) {
            ctx.log.info(r.upToDate
                ? `  ${r.destination}: up to date (${r.platforms.join(', ')})`
                : `  ${r.destination}: ${r.platforms.join(', ')}; ${r.blobsUploaded} blobs uploaded (${(0,bytes/* formatBytes */.z)(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} already there`);
        }
    }, 'the mirror');
}
/**
 * Read the pushed index back (our registry client, by digest: registry 2.8 answers HEAD of a
 * tag holding attestations with 500) and fail if a requested platform is missing.
 */
async function verify(ctx, repo, digest, requested) {
    return withRegistry(ctx, async (client) => {
        const ref = (0,reference/* withDigest */.hQ)((0,reference.parseReference)(repo), digest);
        const top = await client.getManifest(ref);
        const pushed = describePushed(top.bytes.toString('utf8'), digest, requested);
        const missing = missingPlatforms(requested, pushed);
        if (missing.length) {
            throw new errors/* UserError */.yo(`the pushed image ${repo}@${digest} lacks ${missing.join(', ')} (it has ${pushed.platforms.map((p) => p.platform).join(', ') || 'no platform'})`);
        }
        await Promise.all(pushed.platforms.map(async (p) => {
            if (p.size === undefined)
                p.size = childSize((await client.getManifest((0,reference/* withDigest */.hQ)(ref, p.digest))).bytes.toString('utf8'));
        }));
        return pushed;
    }, `the check of ${repo}@${digest}`);
}
/** Split leg: record the digest as a file named by its hex (content: the platforms), for the merge job. */
function writeDigestFile(dir, digest, platforms) {
    const hex = digest.replace(/^sha256:/, '');
    if (!/^[a-f0-9]{64}$/.test(hex))
        throw new errors/* UserError */.yo(`buildx reported no usable digest (${digest})`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, hex);
    (0,external_node_fs_.writeFileSync)(file, `${platforms.map(core_platform/* formatPlatform */.Bq).join(',')}\n`);
    return file;
}
/** Merge: the legs' digests from digests-dir files and the digests input. */
function collectLegs(i, repo) {
    const legs = [];
    const add = (entry, platformHint) => legs.push(parseLeg(entry, repo, platformHint));
    if (i.digestsDir) {
        if (!(0,external_node_fs_.existsSync)(i.digestsDir))
            throw new errors/* UserError */.yo(`digests-dir ${i.digestsDir} does not exist: did the build legs upload their digests, and did this job download them?`);
        for (const name of (0,external_node_fs_.readdirSync)(i.digestsDir).sort()) {
            if (!/^(sha256[:-])?[a-f0-9]{64}$/.test(name))
                continue;
            const hint = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(i.digestsDir, name), 'utf8').trim();
            add(name.replace(/^sha256[:-]/, ''), hint || undefined);
        }
    }
    for (const d of i.digests)
        add(d);
    if (!legs.length)
        throw new errors/* UserError */.yo(`merge found no digests${i.digestsDir ? ` in ${i.digestsDir}` : ''}; give digests or digests-dir`);
    // the index lists platforms in a stable order (the requested one, else amd64, arm64, arm …), not in digest order
    const order = i.platforms.map(core_platform/* formatPlatform */.Bq);
    const rank = (leg) => {
        const p = leg.platform ? (0,core_platform/* formatPlatform */.Bq)(leg.platform) : '';
        const at = order.indexOf(p);
        return at >= 0 ? at : order.length + platformRank(p);
    };
    return legs
        .map((leg, n) => ({ leg, n }))
        .sort((a, b) => rank(a.leg) - rank(b.leg) || a.n - b.n)
        .map((x) => x.leg);
}
const CANONICAL = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];
function platformRank(p) {
    const at = CANONICAL.indexOf(p);
    return at >= 0 ? at : CANONICAL.length;
}
/** Create the tagged index from the legs; nothing is tagged unless every wanted platform is there. */
async function mergeLegs(ctx, i) {
    const first = i.tags[0];
    if (!first)
        throw new errors/* UsageError */.eb('merge needs tags: the index is pushed under them');
    const repo = targetRepository(i);
    const legs = collectLegs(i, repo);
    // the tags were checked with the other inputs (one repository, the first with a tag)
    const target = (0,reference.parseReference)(first);
    const extra = i.tags.slice(1).map((t) => (0,reference.parseReference)(t));
    return withRegistry(ctx, async (client) => {
        // nothing is pushed or tagged unless every requested platform comes from some leg
        const res = await (0,merge.mergeImages)(client, target, legs, {
            require: i.platforms,
            extraTags: extra.map((e) => e.tag).filter(Boolean),
            keepAttestations: i.keepAttestations,
            annotations: indexAnnotations(i.annotations),
        });
        ctx.log.info(`merged ${res.platforms.map((p) => p.platform).join(', ')} into ${first} (${res.digest})`);
        const pushed = {
            mediaType: res.mediaType,
            digest: res.digest,
            platforms: res.platforms.map((p) => ({ platform: p.platform, digest: p.digest })),
            attestations: res.attestations,
        };
        return { digest: res.digest, pushed };
    }, `the merge into ${first}`);
}
/**
 * Sign the pushed index and every platform manifest (by digest) with cosign, then verify each
 * with the same key or identity; one line per signed manifest.
 */
async function signPushed(ctx, i, repo, digest) {
    const cosign = await ensureCosign(ctx);
    const signer = i.sign === 'keyless' ? { keyless: true } : { key: i.cosignKey, password: i.cosignPassword || undefined };
    return withRegistry(ctx, (client) => (0,sign/* signImage */.jV)(client, (0,reference/* withDigest */.hQ)((0,reference.parseReference)(repo), digest), {
        cosign,
        signer,
        tlogUpload: i.cosignTlog,
        plainHttp: ctx.registry.plainHttp,
        insecure: ctx.registry.insecure,
        dockerConfig: ctx.env.DOCKER_CONFIG,
        onSigned: (m) => ctx.log.info(`signed ${m.platform} ${m.digest}: ${m.signature}`),
    }), `the signing of ${repo}@${digest}`);
}
/** cache: local keeps one directory per platform set, at a fixed path (the Actions cache versions entries by path). */
function localCacheBase() {
    return (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gen-ci-buildx-cache');
}
/** cache: local — the directory of this platform set, restored from the Actions cache when there is one. */
async function restoreLocalCache(ctx, slug) {
    const dir = (0,external_node_path_.join)(localCacheBase(), slug);
    ctx.lifecycle.path(dir);
    ctx.lifecycle.path(`${dir}.new`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const cache = await ctx.cache;
    if (cache && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'index.json'))) {
        try {
            const hit = await cache.restore(dir, localCacheKey(slug), [`gen-ci-buildx-${slug}-`]);
            ctx.log.info(hit ? `build cache restored from the Actions cache (${hit})` : 'no build cache in the Actions cache yet');
        }
        catch (err) {
            ctx.log.warning(`could not restore the build cache (${err.message.split('\n')[0]}); building without it`);
        }
    }
    return dir;
}
function localCacheKey(slug) {
    return `gen-ci-buildx-${slug}-${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now().toString(36)}`;
}
/** Replace the old cache with the one this build wrote (so it never grows), then save it. */
async function rotateLocalCache(ctx, dir, slug) {
    const fresh = `${dir}.new`;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(fresh, 'index.json'))) {
        ctx.log.warning('the build wrote no local cache; keeping the previous one');
        return;
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(fresh, dir);
    const cache = await ctx.cache;
    if (!cache)
        return;
    try {
        await cache.save(dir, localCacheKey(slug));
        ctx.log.info('build cache saved to the Actions cache');
    }
    catch (err) {
        ctx.log.warning(`could not save the build cache (${err.message.split('\n')[0]})`);
    }
}
/** The index: entries of LEVEL:KEY=VALUE annotations, as a map. */
function indexAnnotations(entries) {
    const out = {};
    for (const a of entries) {
        const m = /^index:([^=]+)=(.*)$/s.exec(a);
        if (m)
            out[m[1]] = m[2];
    }
    return out;
}
/**
 * Run one registry operation with a client that reads the login this run made, within the
 * registry-timeout deadline (retries included; each retry is a log line); its connections are
 * closed afterwards.
 */
async function withRegistry(ctx, fn, what) {
    const client = new registry_client.RegistryClient({ configDir: ctx.env.DOCKER_CONFIG, ...ctx.registry });
    try {
        // the preflight (no `what`) bounds each of its lookups itself (check-timeout)
        if (!what)
            return await fn(client);
        return await (0,registry_bounded/* withDeadline */.NE)(client, { timeoutMs: ctx.registryTimeoutMs, what, knob: 'the registry-timeout input', onRetry: (line) => ctx.log.info(line) }, fn, what);
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts






const settle = (p) => p.catch((err) => (err instanceof Error ? err : new Error(String(err))));
async function value(p) {
    const v = await p;
    if (v instanceof Error)
        throw v;
    return v;
}
/** What is on this machine's PATH and in its environment that decides the backend. */
function backendFacts(env = process.env) {
    return {
        docker: (0,exec/* onPath */.L)('docker', env.PATH),
        buildctl: (0,exec/* onPath */.L)('buildctl', env.PATH),
        daemonless: (0,exec/* onPath */.L)('buildctl-daemonless.sh', env.PATH),
        buildkitHost: env.BUILDKIT_HOST || undefined,
    };
}
/** The whole job for these options; every resource it creates is recorded in ctx.lifecycle first. */
async function runJob(ctx, o, facts = backendFacts()) {
    const backend = o.merge ? undefined : resolveBackend(o, facts);
    if (backend?.backend === 'buildctl') {
        await ctx.log.group('Login', () => login(ctx, o, { docker: false }));
        return buildWithBuildkit(ctx, o, backend);
    }
    // a remote builder needs the buildx client, not a local daemon; a merge needs neither
    const probes = {
        docker: o.merge || (o.driver === 'remote' && !o.builder) ? undefined : settle((0,docker/* checkDocker */.dN)()),
        buildx: o.merge ? Promise.resolve(undefined) : settle(buildxVersion(ctx)),
        reuse: o.merge ? Promise.resolve(undefined) : settle(existingBuilder(ctx, o)),
    };
    // whenever a step fails and the Docker probe failed too, the probe's answer is the root cause
    const dockerFirst = async (step) => {
        try {
            return await step();
        }
        catch (err) {
            const probe = probes.docker ? await probes.docker : undefined;
            throw probe instanceof Error ? probe : err;
        }
    };
    await dockerFirst(() => ctx.log.group('Login', () => login(ctx, o, { docker: !o.merge })));
    return o.merge ? mergeImage(ctx, o) : dockerFirst(() => buildImage(ctx, o, probes));
}
/** Before any build: explicit mirror pairs (the Dockerfile may already name the copies), the check, then mirror: auto (it needs the check's FROM images). */
async function prepare(ctx, o) {
    const log = ctx.log;
    if (o.mirror && o.mirror !== 'auto')
        await log.group('Mirror base images', () => mirrorBases(ctx, o, []));
    const bases = o.check || o.mirror === 'auto' ? await log.group('Check base images', () => preflightCheck(ctx, o)) : [];
    if (o.mirror === 'auto')
        await log.group('Mirror base images', () => mirrorBases(ctx, o, bases));
}
/** Plain BuildKit: check → mirror → (QEMU is the BuildKit host's) → buildctl build → verify. */
async function buildWithBuildkit(ctx, o, target) {
    await prepare(ctx, o);
    const where = target.command === 'buildctl-daemonless.sh' ? 'a daemonless BuildKit (buildctl-daemonless.sh)' : `BuildKit at ${target.addr ?? process.env.BUILDKIT_HOST ?? 'unix:///run/buildkit/buildkitd.sock'}`;
    await ctx.log.group('QEMU', async () => checkEmulators(ctx, o, target));
    const result = await ctx.log.group(`Build ${o.platforms.map(core_platform/* formatPlatform */.Bq).join(', ')} on ${where}`, () => buildWithBuildctl(ctx, o, target));
    return finish(ctx, o, result, target.command === 'buildctl-daemonless.sh' ? 'buildctl-daemonless' : (target.addr ?? process.env.BUILDKIT_HOST ?? 'buildkitd'));
}
/** Pushed: read the index back; a split leg: record its digest. */
async function finish(ctx, o, result, builder, builderInfo) {
    const repo = targetRepository(o);
    const pushed = o.push && !o.outputs.length && result.digest && repo;
    const out = {
        digest: result.digest,
        cache: result.cache,
        image: pushed ? `${repo}@${result.digest}` : undefined,
        builder,
        metadata: result.metadata,
        builderInfo,
    };
    if (pushed)
        out.pushed = await readBack(ctx, o, repo, result.digest);
    if (pushed && o.sign !== 'false')
        out.signatures = await run_sign(ctx, o, repo, result.digest);
    if (o.pushByDigest && o.digestsDir && result.digest) {
        ctx.log.info(`digest recorded in ${writeDigestFile(o.digestsDir, result.digest, o.platforms)}`);
    }
    return out;
}
/** The user's story: check → mirror → qemu → builder → build → verify. */
async function buildImage(ctx, o, probes) {
    const log = ctx.log;
    // an existing builder (builder input, driver: docker) is inspected alongside the first steps:
    // its platforms may spare a QEMU install, and its driver decides how a split leg pushes
    const reusedInfo = probes.reuse.then((name) => (typeof name === 'string' ? describeBuilder(ctx, name) : undefined));
    await prepare(ctx, o);
    const reuse = await value(probes.reuse);
    const docker = probes.docker ? await value(probes.docker) : undefined;
    if (docker)
        log.info(`Docker ${docker.server}${docker.platform ? ` (${docker.platform})` : ''}`);
    if (o.nodes.length)
        return buildOnNodes(ctx, o, probes, docker?.platform);
    await log.group('QEMU', () => setupQemu(ctx, o, { daemonPlatform: docker?.platform, builder: reuse ? () => reusedInfo : undefined }));
    // only a split leg needs the reused builder's driver before building (docker: through an OCI layout)
    const reused = reuse && o.pushByDigest && o.builder ? await reusedInfo : undefined;
    const builder = await log.group('Builder', async () => reuse ? { name: reuse, created: false, driver: o.driver === 'docker' && !o.builder ? 'docker' : reused?.driver } : createBuilder(ctx, o));
    const info = reuse ? reusedInfo : describeBuilder(ctx, builder.name);
    // only gated features wait for the tools' versions; otherwise they are read alongside the build
    const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), await info) : {};
    const result = await log.group(`Build ${o.platforms.map(core_platform/* formatPlatform */.Bq).join(', ')}`, () => steps_build(ctx, o, builder, versions));
    const about = await info;
    if (about)
        log.info(`builder ${builder.name} (${about.driver}, BuildKit ${about.buildkit || 'unknown'}) supports: ${about.platforms.join(', ') || 'unknown'}`);
    return finish(ctx, o, result, builder.name, about);
}
/** Native nodes: one builder whose nodes own their platforms (the local node QEMU's), one build, one index. */
async function buildOnNodes(ctx, o, probes, daemonPlatform) {
    const builder = await ctx.log.group('Builder (native nodes)', () => createNodeBuilder(ctx, o, daemonPlatform));
    const info = await describeBuilder(ctx, builder.name);
    const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), info) : {};
    const result = await ctx.log.group(`Build ${o.platforms.map(core_platform/* formatPlatform */.Bq).join(', ')} on ${new Set(builder.nodes.map((n) => n.node)).size} nodes`, () => steps_build(ctx, o, builder, versions));
    for (const n of builder.nodes)
        ctx.log.info(`${n.platforms.join(', ')}: built on ${n.node} (${n.endpoint})${n.fallback ? ', QEMU fallback' : ''}`);
    return { ...(await finish(ctx, o, result, builder.name, info)), nodes: builder.nodes };
}
/** Read the pushed index back: verify fails on a missing platform; with verify: false it only reports. */
async function readBack(ctx, o, repo, digest) {
    if (o.verify) {
        const pushed = await ctx.log.group('Verify', () => verify(ctx, repo, digest, o.platforms));
        ctx.log.info(`registry has ${pushed.platforms.map((p) => p.platform).join(', ')}`);
        return pushed;
    }
    try {
        return await verify(ctx, repo, digest, []);
    }
    catch (err) {
        ctx.log.warning(`could not read ${repo}@${digest} back (verify: false, so the job goes on): ${(0,errors/* describeError */.Uc)(err)}`);
        return undefined;
    }
}
/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx, o) {
    if (!o.metadataPush) {
        // the tag rules' policy: a pull request is built and checked, and nothing is tagged
        ctx.log.notice(`merge: not tagging anything for this event (${o.tags.join(', ') || 'no tags'}): the tag rules push nothing for pull requests`);
        return {};
    }
    const merged = await ctx.log.group('Merge', () => mergeLegs(ctx, o));
    const repo = targetRepository(o);
    const pushed = o.verify ? await ctx.log.group('Verify', () => verify(ctx, repo, merged.digest, o.platforms)) : merged.pushed;
    const signatures = o.sign !== 'false' ? await run_sign(ctx, o, repo, merged.digest) : undefined;
    return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed, signatures };
}
/** Sign what was pushed: the index and every platform manifest, each verified afterwards. */
async function run_sign(ctx, o, repo, digest) {
    const res = await ctx.log.group(`Sign (cosign, ${o.sign === 'keyless' ? 'keyless' : 'key'})`, () => signPushed(ctx, o, repo, digest));
    ctx.log.info(`verified ${res.signed.length} signatures (the index and ${res.signed.length - 1} platform manifests)`);
    return res.signed.map((m) => ({ platform: m.platform, digest: m.digest, signature: m.signature }));
}

// EXTERNAL MODULE: ./src/cli/input.ts
var input = __webpack_require__(8278);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/build.ts
// `gen-ci build`: the action's whole job from any shell. Flags become the action's inputs (the
// same names, read by the same reader, readOptions), so both doors run one pipeline (runJob) with
// byte-identical buildx arguments; this file only maps flags, shows progress and prints the result.

















const f = (flag, input, extra = {}) => ({ flag, input, ...extra });
const list = (name, input, description, more = {}) => f({ name, type: 'list', description, ...more }, input, { join: '\n' });
const str = (name, input, description, more = {}) => f({ name, type: 'string', description, ...more }, input);
const build_bool = (name, input, value, description) => f({ name, type: 'boolean', description }, input, { value });
/** Every flag that is an action input (the rest are the CLI's own: context, secrets, password, progress …). */
const INPUT_FLAGS = [
    f({ name: 'platforms', type: 'list', aliases: ['platform'], description: 'target platforms, comma separated (default linux/amd64,linux/arm64)' }, 'platforms', { join: ',' }),
    str('file', 'file', 'the Dockerfile (default CONTEXT/Dockerfile)', { short: 'f' }),
    list('tag', 'tags', 'an image reference to push (REGISTRY/REPO:TAG)', { short: 't' }),
    f({ name: 'images', type: 'list', description: 'repositories the tag rules make tags for (instead of --tag)' }, 'images', { join: ',' }),
    list('tag-rule', 'tag-rules', 'a tag rule for --images, docker/metadata-action syntax (default: the release policy, see gen-ci tags --help)'),
    str('latest', 'latest', 'with --images: auto (default), true or false'),
    list('label', 'labels', 'a label KEY=VALUE (on top of the OCI set)'),
    list('annotation', 'annotations', 'an annotation [index:|manifest:]KEY=VALUE'),
    build_bool('no-oci-metadata', 'oci-metadata', 'false', 'no OCI labels and annotations of gen-ci’s own (only yours)'),
    build_bool('reproducible', 'reproducible', 'true', 'SOURCE_DATE_EPOCH from the commit time (needs a CI event with it)'),
    list('build-arg', 'build-args', 'a build argument NAME=VALUE (a bare NAME takes its value from the environment)'),
    str('target', 'target', 'the stage to build'),
    build_bool('push', 'push', 'true', 'push the image (and verify the pushed index)'),
    build_bool('load', 'load', 'true', 'load the image into the local Docker (one platform)'),
    list('output', 'outputs', 'a buildx/buildctl output (type=local,dest=DIR …); replaces --push/--load', { short: 'o' }),
    str('cache', 'cache', 'auto (registry cache beside the image when pushing), registry, local, gha or none'),
    list('cache-from', 'cache-from', 'a cache source (buildx syntax), instead of --cache'),
    list('cache-to', 'cache-to', 'a cache destination (buildx syntax), instead of --cache'),
    str('provenance', 'provenance', 'false (default), true or an attestation value such as mode=max'),
    str('sbom', 'sbom', 'false (default) or true: one SBOM per platform'),
    build_bool('push-by-digest', 'push-by-digest', 'true', 'split leg: push by digest only (no tag) into --image; merge with gen-ci merge'),
    str('image', 'image', 'the repository for --push-by-digest (default: the first tag’s)'),
    str('digests-dir', 'digests-dir', 'split leg: record the digest as a file here'),
    str('qemu', 'qemu', 'auto (default: install only the emulators needed), true or false'),
    str('qemu-image', 'qemu-image', 'the binfmt image (default: the pinned one)'),
    str('buildkit-image', 'buildkit-image', 'the BuildKit image of a new docker-container builder'),
    str('helper-registry', 'helper-registry', 'pull the binfmt and BuildKit images from this mirror'),
    str('retries', 'retries', 'retries of a helper-image pull (default 3)'),
    str('driver', 'driver', 'docker-container (default), docker or remote'),
    list('driver-opt', 'driver-opts', 'a buildx driver option (network=host, image=…)'),
    str('endpoint', 'endpoint', 'the BuildKit endpoint of driver remote (tcp://host:1234)'),
    str('builder', 'builder', 'use this existing buildx builder (never removed)'),
    list('node', 'nodes', 'a native node PLATFORM=ENDPOINT (tcp://, ssh://, unix://, docker-container://, kubernetes:arch=arm64)'),
    build_bool('no-fallback', 'node-fallback', 'false', 'fail when a --node cannot be reached (default: its platforms fall back to QEMU on the local node)'),
    str('backend', 'backend', 'auto (default: buildx when the Docker CLI is there, else buildctl), buildx or buildctl'),
    str('addr', 'buildkit-addr', 'buildctl: the BuildKit address (default BUILDKIT_HOST, else buildctl-daemonless.sh)'),
    f({ name: 'insecure-registry', type: 'list', description: 'a plain-HTTP registry HOST[:PORT] (the builder, the checks and the verify)' }, 'insecure-registries', { join: ',' }),
    str('registry', 'registry', 'log in to this registry (default docker.io) with --username and --password-stdin'),
    str('username', 'username', 'the registry user (the password comes from --password-stdin)'),
    build_bool('no-check', 'check', 'false', 'skip the preflight of the Dockerfile and its base images'),
    build_bool('check-offline', 'check', 'offline', 'the preflight’s static checks only, no base image looked up'),
    str('check-timeout', 'check-timeout', 'seconds for each base-image lookup of the check (default 5)'),
    str('registry-timeout', 'registry-timeout', 'seconds for each registry operation: mirror, verify (default 300)'),
    list('mirror', 'mirror', 'copy a base image first: SRC=DST, or auto (every FROM image into --mirror-registry)'),
    str('mirror-registry', 'mirror-registry', 'where mirror auto copies to (registry.internal/mirror)'),
    build_bool('no-verify', 'verify', 'false', 'do not fail when the pushed index lacks a platform (still read back)'),
    str('sign', 'sign', 'after the push, sign the index and every platform manifest with cosign: key (--cosign-key) or keyless'),
    str('cosign-key', 'cosign-key', 'sign key: a cosign key file or KMS URI (its password from COSIGN_PASSWORD)'),
    build_bool('no-tlog', 'cosign-tlog', 'false', 'sign without the transparency log (private or offline signing)'),
];
const OWN_FLAGS = [
    { name: 'secret', type: 'list', description: 'a build secret id=ID,src=FILE or id=ID,env=VAR (docker’s syntax; never printed)' },
    { name: 'buildkitd-config', type: 'string', description: 'a buildkitd.toml file for the new builder (or the daemonless BuildKit)' },
    { name: 'password-stdin', type: 'boolean', description: 'read the registry password from standard input' },
    { name: 'progress', type: 'string', description: 'auto (default: a line per platform on a terminal, else plain), plain, tty or quiet' },
    { name: 'dry-run', type: 'boolean', description: 'print the commands it would run, and run nothing' },
];
/** The action input a flag's input-name error message starts with, shown as the flag (pure). */
function flagWording(message) {
    const m = /^([a-z-]+): /.exec(message);
    if (!m)
        return message;
    const entry = INPUT_FLAGS.find((x) => x.input === m[1] && x.flag.type !== 'boolean') ?? INPUT_FLAGS.find((x) => x.input === m[1]);
    return entry ? `--${entry.flag.name}: ${message.slice(m[0].length)}` : message;
}
/** docker's --secret: id=ID,src=FILE | id=ID,env=VAR (type=file/env also accepted); values are read here. */
async function readSecretFlags(values, env = process.env) {
    const out = {};
    for (const v of values) {
        const attrs = Object.fromEntries(v.split(',').map((kv) => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv.trim(), ''] : [kv.slice(0, eq).trim(), kv.slice(eq + 1)];
        }));
        const id = attrs.id;
        if (!id)
            throw new errors/* UsageError */.eb(`--secret: "${v.replace(/(env|src|source)=[^,]*/g, '$1=…')}" has no id= (id=ID,src=FILE or id=ID,env=VAR)`);
        const src = attrs.src ?? attrs.source;
        const envName = attrs.env ?? (attrs.type === 'env' || (!src && !attrs.type) ? id : undefined);
        let value;
        if (src !== undefined && (attrs.type === undefined || attrs.type === 'file')) {
            value = await (0,input/* readInputFile */.jH)(src, `--secret ${id} file`);
        }
        else if (envName !== undefined) {
            const got = env[envName];
            if (got === undefined)
                throw new errors/* UsageError */.eb(`--secret ${id}: the environment variable ${envName} is not set`);
            value = got;
        }
        else
            throw new errors/* UsageError */.eb(`--secret ${id}: give src=FILE or env=VAR`);
        if (id in out)
            throw new errors/* UsageError */.eb(`--secret: "${id}" is given twice`);
        out[id] = value;
    }
    // the ids are checked as the action checks its secrets input
    parseSecrets(Object.keys(out).map((k) => `${k}=x`).join('\n'));
    return out;
}
/** The action's inputs for these flags (pure): name -> raw input text. */
function inputsFromFlags(args) {
    const inputs = { 'helper-cache': 'false', summary: 'false' };
    for (const x of INPUT_FLAGS) {
        if (x.flag.type === 'boolean') {
            if ((0,command/* flagBool */.NZ)(args, x.flag.name)) {
                if (inputs[x.input] !== undefined && inputs[x.input] !== x.value)
                    throw new errors/* UsageError */.eb(`--${x.flag.name} and another flag set ${x.input} two ways; give one`);
                inputs[x.input] = x.value;
            }
        }
        else if (x.flag.type === 'list') {
            const v = (0,command/* flagList */.zg)(args, x.flag.name);
            if (v.length)
                inputs[x.input] = v.join(x.join ?? '\n');
        }
        else {
            const v = (0,command/* flagString */.w)(args, x.flag.name);
            if (v !== undefined)
                inputs[x.input] = v;
        }
    }
    const context = args.positionals[0];
    if (args.positionals.length > 1)
        throw new errors/* UsageError */.eb(`build takes one context directory (got ${args.positionals.join(' ')})`);
    if (context !== undefined)
        inputs.context = context;
    return inputs;
}
/** Flags -> JobOptions through the action's own reader; errors name the flag. */
function optionsFromFlags(args, event) {
    const inputs = inputsFromFlags(args);
    if (event.password !== undefined)
        inputs.password = event.password;
    if (event.buildkitdConfig !== undefined)
        inputs['buildkitd-config'] = event.buildkitdConfig;
    // a key's password only ever comes from the environment, as cosign itself takes it
    if (inputs.sign && event.env.COSIGN_PASSWORD !== undefined)
        inputs['cosign-password'] = event.env.COSIGN_PASSWORD;
    try {
        const o = readOptions((name) => inputs[name] ?? '', { env: event.env, context: event.context });
        if (event.secrets && Object.keys(event.secrets).length) {
            o.secrets = event.secrets;
            validateJob(o);
        }
        return o;
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw new errors/* UsageError */.eb(flagWording(err.message));
        throw err;
    }
}
/** A shell-readable line for a command (dry run and plain progress; never run through a shell). */
function commandLine(cmd, args) {
    return [cmd, ...args].map(shell_quote/* shellWord */.r).join(' ');
}
/** The commands the job would run with these options, in order (pure but for reading the kernel's emulators and the PATH). */
function dryRunCommands(o, env = process.env) {
    const cmds = [];
    const tempDir = `${(0,external_node_os_.tmpdir)()}/gen-ci-XXXXXX`;
    const backend = resolveBackend(o, backendFacts(env));
    if (o.username)
        cmds.push(backend.backend === 'buildx' ? ['docker', ...loginArgs(o.registry, o.username)] : ['# write the login to a temporary DOCKER_CONFIG']);
    const secretFiles = Object.fromEntries(Object.keys(o.secrets).map((id) => [id, `${tempDir}/secrets/${id}`]));
    const localCacheDir = o.cache === 'local' ? `${(0,external_node_os_.tmpdir)()}/gen-ci-buildx-cache/SLUG` : undefined;
    if (backend.backend === 'buildctl') {
        const plan = planBuildctl(o, { versions: {}, tempDir, secretFiles, localCacheDir }, backend, env);
        cmds.push([plan.command, ...plan.args]);
        return cmds;
    }
    const plan = planQemu(o, { native: hostNativePlatforms(), registered: readRegisteredEmulators() });
    if (!('skip' in plan) && plan.install.length && o.qemu !== 'false')
        cmds.push(['docker', ...binfmtInstallArgs(`${o.qemuImage ?? 'BINFMT-IMAGE'}`, plan.install)]);
    const name = o.builder ?? builderName(env);
    if (o.nodes.length) {
        for (const c of planNodeBuilder(o, name, tempDir).commands)
            cmds.push(c);
    }
    else {
        const b = planBuilder(o, name, tempDir);
        if (b.kind === 'create')
            cmds.push(['docker', ...b.args]);
    }
    // driver: docker builds on the engine's own builder (its name is the Docker context's)
    const builder = o.driver === 'docker' && !o.builder && !o.nodes.length ? 'default' : name;
    const build = planBuild(o, { builder, versions: {}, tempDir, secretFiles, localCacheDir });
    cmds.push([build.command, ...build.args]);
    return cmds;
}
/** The CLI's log: stderr lines, warnings kept for --json; groups timed. */
function cliLog(io, warnings, quiet) {
    return {
        info: (l) => {
            if (!quiet)
                io.err(l);
        },
        warning: (l, at) => {
            warnings.push(l);
            io.err(`warning: ${at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''}${l}`);
        },
        annotateError: (l, at) => io.err(`error: ${at.file}${at.line ? `:${at.line}` : ''}: ${l}`),
        notice: (l) => io.err(`note: ${l}`),
        group: async (title, fn) => {
            if (!quiet)
                io.err(`── ${title}`);
            const t = Date.now();
            try {
                return await fn();
            }
            finally {
                if (!quiet && Date.now() - t >= 1000)
                    io.err(`   (${((Date.now() - t) / 1000).toFixed(1)} s)`);
            }
        },
    };
}
/** Live lines, one per platform, redrawn in place on a terminal. */
class TerminalProgress {
    platforms;
    write;
    tracker = new ProgressTracker();
    drawn = 0;
    timer;
    constructor(platforms, write) {
        this.platforms = platforms;
        this.write = write;
    }
    feed(chunk) {
        if (this.tracker.feed(chunk))
            this.draw();
        this.timer ??= setInterval(() => this.draw(), 500);
    }
    draw(finished = false) {
        const width = Math.max((process.stderr.columns ?? 100) - 1, 40);
        const lines = progressLines(this.tracker, this.platforms, Date.now(), width, finished);
        const up = this.drawn ? `\x1b[${this.drawn}A` : '';
        this.write(`${up}${lines.map((l) => `\x1b[2K${l}\n`).join('')}`);
        this.drawn = lines.length;
    }
    end(ok) {
        if (this.timer)
            clearInterval(this.timer);
        if (this.drawn || ok)
            this.draw(ok);
    }
}
function summaryLines(o, out, ms, backend) {
    const lines = [];
    if (out.image)
        lines.push(`image     ${out.image}`);
    else if (out.digest)
        lines.push(`digest    ${out.digest}`);
    if (o.tags.length && o.push)
        lines.push(`tags      ${o.tags.join(', ')}`);
    const digests = out.pushed ? platformDigests(out.pushed) : {};
    const where = new Map((out.nodes ?? []).flatMap((n) => n.platforms.map((p) => [p, `${n.node}${n.fallback ? ' (QEMU fallback)' : ''}`])));
    const rows = o.platforms.map(core_platform/* formatPlatform */.Bq).map((p) => [p, digests[p] ? `${digests[p].slice(0, 19)}…` : out.pushed ? 'MISSING' : '-', where.get(p) ?? out.builder ?? '']);
    const w = [Math.max(8, ...rows.map((r) => r[0].length)), Math.max(6, ...rows.map((r) => r[1].length))];
    lines.push(`${'platform'.padEnd(w[0])}  ${'digest'.padEnd(w[1])}  built on`);
    for (const r of rows)
        lines.push(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2]}`);
    if (out.cache?.total)
        lines.push(`cache     ${out.cache.cached}/${out.cache.total} steps cached`);
    if (out.signatures?.length)
        lines.push(`signed    ${out.signatures.length} manifests (cosign, verified): ${out.signatures[0]?.signature}, …`);
    lines.push(`backend   ${backend}; ${(ms / 1000).toFixed(1)} s`);
    return lines;
}
async function readStdin() {
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(c);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
const buildCommand = {
    name: 'build',
    summary: 'build and push a multi-arch image from any shell (buildx or plain BuildKit)',
    usage: 'gen-ci build [CONTEXT] -t IMAGE:TAG [--platforms LIST] [--push] [--node PLATFORM=ENDPOINT…] [--backend buildx|buildctl] [--dry-run] [--json]',
    help: `
Runs the GitHub Action's whole job from a laptop, Jenkins, Tekton or any CI: the Dockerfile
preflight (every base image has every platform), base-image mirroring, QEMU for the platforms that
need it, a builder of its own (removed at the end), the build with a registry cache beside the
image, the push, and a read-back of the pushed index that fails when a platform is missing.
Provenance and SBOM are off unless asked for. The flags are the action's inputs (README: Inputs);
both doors run the same pipeline and give buildx the same arguments.

Backends (--backend, default auto): buildx when the Docker CLI is on PATH (docker-container,
docker, remote drivers; --builder reuses one); otherwise buildctl: BuildKit at --addr or
BUILDKIT_HOST, else a daemonless BuildKit started for this one build (buildctl-daemonless.sh, as in
the rootless moby/buildkit image). The registry client verifies the push in both cases.

Native nodes: --node linux/arm64=ssh://user@arm-host (repeatable; tcp://, unix://, ssh://,
docker-container:// BuildKit addresses, or kubernetes:arch=arm64) makes one builder whose nodes own
their platforms, so one build compiles each platform natively, in parallel, and pushes one index.
Platforms no node owns are built on a local BuildKit node (QEMU). A node that cannot be reached is
dropped with a warning and its platforms go to the local node (--no-fallback: fail instead).

Progress: on a terminal one line per platform (state, time, current step); in CI or with
--progress plain BuildKit's plain log. The summary (image, per-platform digest, which node built
it) goes to stdout; --json prints it as one object instead. Log in with docker login beforehand, or
--username with --password-stdin (a temporary DOCKER_CONFIG; the password is never printed).

Examples:
  gen-ci build -t ghcr.io/me/app:dev --push
  gen-ci build . -t registry.example.com/app:1.2.3 --platforms linux/amd64,linux/arm64,linux/arm/v7 --push
  gen-ci build -t registry/app:ci --push --backend buildctl --addr tcp://buildkitd:1234
  gen-ci build -t registry/app:ci --push --node linux/arm64=ssh://pi@raspberry --node linux/amd64=tcp://10.0.0.5:1234
  echo "$TOKEN" | gen-ci build -t ghcr.io/me/app:1 --push --registry ghcr.io --username me --password-stdin
  gen-ci build -t ghcr.io/me/app:1 --push --dry-run`,
    json: [
        'image: REPOSITORY@DIGEST when pushed; digest; tags; platforms: {platform: digest} as read back;',
        'builder; backend: buildx | buildctl; nodes: [{node, endpoint, platforms, fallback}] with --node;',
        'signatures: [{platform, digest, signature}] with --sign; cache: {cached, total} steps; warnings: [line]; durationMs.',
        '--dry-run: {dryRun: true, commands: [[argv…]]}',
    ],
    flags: [...INPUT_FLAGS.map((x) => x.flag), ...OWN_FLAGS],
    async run(args, io) {
        const started = Date.now();
        const env = process.env;
        const progress = (0,command/* flagString */.w)(args, 'progress') ?? 'auto';
        if (!['auto', 'plain', 'tty', 'quiet'].includes(progress))
            throw new errors/* UsageError */.eb(`--progress takes auto, plain, tty or quiet, not "${progress}"`);
        const configFile = (0,command/* flagString */.w)(args, 'buildkitd-config');
        const buildkitdConfig = configFile === undefined ? undefined : await (0,input/* readInputFile */.jH)(configFile, 'buildkitd config');
        const secrets = await readSecretFlags((0,command/* flagList */.zg)(args, 'secret'), env);
        if ((0,command/* flagBool */.NZ)(args, 'password-stdin') && !(0,command/* flagString */.w)(args, 'username'))
            throw new errors/* UsageError */.eb('--password-stdin needs --username');
        if ((0,command/* flagString */.w)(args, 'username') && !(0,command/* flagBool */.NZ)(args, 'password-stdin'))
            throw new errors/* UsageError */.eb('--username needs --password-stdin (the password is never a flag)');
        const needsEvent = (0,command/* flagList */.zg)(args, 'images').length > 0 || !(0,command/* flagBool */.NZ)(args, 'no-oci-metadata');
        const context = needsEvent ? await (0,metadata/* contextFromEnvironment */.NK)(env, process.cwd()).catch(() => undefined) : undefined;
        // every flag is checked before the password is read or anything runs
        optionsFromFlags(args, { env, context, secrets, buildkitdConfig, password: (0,command/* flagString */.w)(args, 'username') ? 'placeholder' : undefined });
        const password = (0,command/* flagBool */.NZ)(args, 'password-stdin') ? await readStdin() : undefined;
        if (password !== undefined && !password)
            throw new errors/* UsageError */.eb('--password-stdin: standard input was empty');
        const o = optionsFromFlags(args, { env, context, secrets, buildkitdConfig, password });
        if ((0,command/* flagBool */.NZ)(args, 'dry-run')) {
            const commands = dryRunCommands(o, env);
            if ((0,command/* flagBool */.NZ)(args, 'json'))
                (0,command/* printJson */.Q2)(io, { dryRun: true, commands });
            else
                for (const c of commands)
                    io.out(c[0]?.startsWith('#') ? c.join(' ') : commandLine(c[0], c.slice(1)));
            return 0;
        }
        const json = (0,command/* flagBool */.NZ)(args, 'json');
        const warnings = [];
        const quiet = progress === 'quiet';
        const terminal = progress === 'tty' || (progress === 'auto' && io.tty && !env.CI);
        const log = cliLog(io, warnings, quiet);
        const lifecycle = new Lifecycle();
        const platforms = o.platforms.map(core_platform/* formatPlatform */.Bq);
        const live = terminal ? new TerminalProgress(platforms, (s) => process.stderr.write(s)) : undefined;
        const ctx = newContext(log, lifecycle, o, {
            output: quiet ? () => { } : live ? (chunk) => live.feed(chunk) : (chunk) => process.stderr.write(chunk),
        });
        // Ctrl-C: the job's own builder, temporary config and secret files go too
        const interrupted = async () => {
            await cleanup(lifecycle.resources, ctx.env);
            process.exit(130);
        };
        process.once('SIGINT', interrupted);
        process.once('SIGTERM', interrupted);
        const backend = o.merge ? 'none' : resolveBackend(o, backendFacts(env)).backend;
        let out;
        try {
            out = await runJob(ctx, o);
            live?.end(true);
        }
        catch (err) {
            live?.end(false);
            if (json) {
                (0,command/* printJsonFailure */.CQ)(io, { warnings, durationMs: Date.now() - started }, err);
                io.err(`gen-ci: ${(0,errors/* describeError */.Uc)(err)}`);
                return 1;
            }
            throw err;
        }
        finally {
            process.removeListener('SIGINT', interrupted);
            process.removeListener('SIGTERM', interrupted);
            const report = await cleanup(lifecycle.resources, ctx.env);
            for (const w of report.warnings)
                io.err(`warning: ${w}`);
        }
        const ms = Date.now() - started;
        if (json) {
            (0,command/* printJson */.Q2)(io, {
                image: out.image ?? null,
                digest: out.digest ?? null,
                tags: o.push ? o.tags : [],
                platforms: out.pushed ? platformDigests(out.pushed) : {},
                builder: out.builder ?? null,
                backend,
                nodes: out.nodes ?? [],
                signatures: out.signatures ?? [],
                cache: out.cache ?? null,
                warnings,
                durationMs: ms,
            });
        }
        else
            for (const l of summaryLines(o, out, ms, backend))
                io.out(l);
        return 0;
    },
};


/***/ }),

/***/ 2591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ buildArgValues),
/* harmony export */   Ct: () => (/* binding */ buildxBuildArgs),
/* harmony export */   Lg: () => (/* binding */ validateBuildArg),
/* harmony export */   OV: () => (/* binding */ explainBuildFailure),
/* harmony export */   WB: () => (/* binding */ buildEnv),
/* harmony export */   cP: () => (/* binding */ cacheSettings),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   q7: () => (/* binding */ attestationValue)
/* harmony export */ });
/* unused harmony export registryCacheRef */
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9843);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2642);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(692);





/** NAME=VALUE build args as a map; a bare NAME takes its value from the environment, as docker does (pure given env). */
function buildArgValues(items, env = process.env) {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq > 0)
            out[item.slice(0, eq)] = item.slice(eq + 1);
        else if (env[item] !== undefined)
            out[item] = env[item];
    }
    return out;
}
/** The registry-cache reference derived from the first tag: <repository>:buildcache. */
function registryCacheRef(tags, image, suffix) {
    const first = image ?? tags[0];
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('cache: registry derives the cache from the first tag; set tags, or give cache-from/cache-to');
    return `${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(first)}:buildcache${suffix ? `-${suffix}` : ''}`;
}
/** cache-from / cache-to values after applying the `cache` shorthand (explicit values win). */
function cacheSettings(o) {
    if (o.cacheFrom.length || o.cacheTo.length)
        return { from: o.cacheFrom, to: o.cacheTo };
    switch (o.cache) {
        case 'none':
            return { from: [], to: [] };
        case 'gha': {
            const scope = o.cacheScope ? `,scope=${o.cacheScope}` : '';
            return { from: [`type=gha${scope}`], to: [`type=gha,mode=max${scope}`] };
        }
        case 'local': {
            if (!o.localCacheDir)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('cache: local needs a cache directory');
            // write to a fresh directory, then replace the old one: the cache holds exactly what this build used
            return { from: [`type=local,src=${o.localCacheDir}`], to: [`type=local,dest=${o.localCacheDir}.new,mode=max`] };
        }
        case 'registry': {
            const ref = registryCacheRef(o.tags, o.pushByDigest, o.cacheSuffix);
            return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
        }
    }
}
/** A --build-arg item: NAME=value, or a bare NAME (its value from the environment, as docker takes it). */
function validateBuildArg(item) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(=|$)/.test(item))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`build-args: "${item.split('=')[0]}" is not NAME=value`);
}
/** `docker buildx build ...` as an argument array (pure). */
function buildxBuildArgs(o) {
    if (!o.platforms.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('platforms: at least one platform is needed');
    if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('push: true needs at least one tag');
    for (const t of o.tags)
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .validateImageName */ .He)(t);
    const args = ['buildx', 'build', '--builder', o.builder, '--progress', 'plain'];
    args.push('--platform', o.platforms.map(_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq).join(','));
    if (o.file)
        args.push('--file', o.file);
    if (o.target)
        args.push('--target', o.target);
    if (o.pushByDigest)
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .validateRepositoryName */ .IB)(o.pushByDigest);
    else
        for (const t of o.tags)
            args.push('--tag', t);
    for (const l of o.labels)
        args.push('--label', l);
    for (const a of o.annotations ?? [])
        args.push('--annotation', a);
    for (const b of o.buildArgs) {
        validateBuildArg(b);
        args.push('--build-arg', b);
    }
    for (const [id, src] of Object.entries(o.secretFiles))
        args.push('--secret', `id=${id},src=${src}`);
    const cache = cacheSettings(o);
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
    if (o.attestationFlags !== false)
        args.push(`--provenance=${o.provenance}`, `--sbom=${o.sbom}`);
    args.push('--metadata-file', o.metadataFile);
    for (const out of o.outputs)
        args.push('--output', out);
    if (o.pushByDigest && !o.outputs.length) {
        args.push('--output', o.ociLayout ? `type=oci,dest=${o.ociLayout},tar=false` : `type=image,name=${o.pushByDigest},push-by-digest=true,name-canonical=true,push=true`);
    }
    else if (!o.outputs.length) {
        if (o.push)
            args.push('--push');
        if (o.load)
            args.push('--load');
    }
    args.push(o.context);
    return args;
}
/** Environment for the build: no default attestations when provenance and SBOM are both off. */
function buildEnv(o) {
    const env = o.provenance === 'false' && o.sbom === 'false' ? { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } : {};
    if (o.sourceDateEpoch !== undefined)
        env.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
    return env;
}
/** Normalise the provenance / sbom inputs to what buildx takes. */
function attestationValue(name, input) {
    const v = input.trim();
    if (v === '' || /^(false|off|no|0)$/i.test(v))
        return 'false';
    if (/^(true|on|yes|1)$/i.test(v))
        return 'true';
    if (/^(mode=(min|max)|[a-z-]+=[^,]+)(,[a-z-]+=[^,]+)*$/.test(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name}: "${v}" is not true, false or a buildx attestation value such as mode=max`);
}
/**
 * Read buildx's --metadata-file JSON. A build that succeeded must leave one: a missing or
 * unreadable file is an error (a push-by-digest leg would otherwise "succeed" with nothing to
 * merge), named with buildx's last output line.
 */
function parseMetadata(json, buildOutput) {
    const last = (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(buildOutput) || 'no output';
    if (json === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`buildx wrote no metadata file, so the build's result is unknown (buildx's last line: ${last})`);
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`buildx's metadata file is not JSON (buildx's last line: ${last})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`buildx's metadata file holds no object (buildx's last line: ${last})`);
    const obj = raw;
    const digest = typeof obj['containerimage.digest'] === 'string' ? obj['containerimage.digest'] : undefined;
    return { digest, raw: obj };
}
/**
 * Turn a failed build's output into one line a user can act on (pure).
 * Falls back to buildx's own last error line.
 */
function explainBuildFailure(output, tool = 'docker buildx build') {
    if ((0,_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuildxMissing */ .Tk)(output))
        return _docker_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILDX_MISSING */ .QG;
    const noBuilder = output.match(/ERROR: no builder "([^"]+)" found/);
    if (noBuilder)
        return `builder "${noBuilder[1]}" does not exist (docker buildx ls lists them); leave builder empty to create one`;
    const noMatch = output.match(/failed to resolve source metadata for (\S+): no match for platform in manifest/);
    if (noMatch) {
        const image = noMatch[1];
        const plats = [...output.matchAll(/#\d+ \[([^\] ]+) internal\] load metadata for (\S+)\n#\d+ ERROR: no match for platform/g)]
            .filter((m) => m[2] === image)
            .map((m) => m[1]);
        const which = plats.length ? [...new Set(plats)].join(', ') : 'a requested platform';
        return `base image ${image} has no ${which} variant (buildx: no match for platform in manifest); drop ${which} from platforms, or use a base image that is published for it (check with: gen-ci inspect ${image})`;
    }
    const execFormat = output.match(/#\d+ \[([^\] ]+) [^\]]*\] RUN [^\n]*\n(?:#\d+ [^\n]*\n)*?#\d+ [^\n]*exec format error/);
    if (execFormat || /exec format error/.test(output)) {
        const plat = execFormat?.[1];
        return `a RUN step failed with "exec format error"${plat ? ` for ${plat}` : ''}: no QEMU emulator for that platform is registered on the builder; set qemu: true (or install binfmt emulators), or cross-compile with FROM --platform=$BUILDPLATFORM`;
    }
    if (/401 Unauthorized|unauthorized: authentication required|no basic auth credentials/.test(output))
        return `the registry refused the credentials (401 Unauthorized); check registry, username and password inputs: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(output)}`;
    if (/failed to push|error writing manifest|unexpected status from PUT request|manifest invalid/.test(output)) {
        return `the registry rejected the push: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(output)}`;
    }
    if (/failed to read dockerfile|failed to solve: failed to compute cache key: failed to calculate checksum|lstat .*: no such file or directory/.test(output) &&
        /dockerfile/i.test(output)) {
        return `the Dockerfile could not be read: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(output)}`;
    }
    return `${tool} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(output)}`;
}


/***/ }),

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ BUILDX_MISSING),
/* harmony export */   Tk: () => (/* binding */ isBuildxMissing),
/* harmony export */   dN: () => (/* binding */ checkDocker)
/* harmony export */ });
/* unused harmony export dockerProbeResult */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2642);


/**
 * Fail early, in one line, when Docker or its daemon is missing. buildx is not asked
 * separately (each plugin call costs ~0.1 s): the first buildx command reports it missing.
 */
async function checkDocker(env = {}) {
    const v = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)('docker', ['version', '--format', '{{.Server.Version}} {{.Server.Os}}/{{.Server.Arch}}'], { silent: true, env });
    return dockerProbeResult(v.exitCode, v.stdout, v.stderr);
}
/** What `docker version` said, as a DockerInfo or the one line to fail with (pure). */
function dockerProbeResult(exitCode, stdout, stderr) {
    if (exitCode === 127 || (/Unable to locate executable/.test(stderr) && !stdout)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
    }
    const context = /context "([^"]+)": context not found/.exec(stderr);
    if (context) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Docker context "${context[1]}" does not exist (docker context ls lists them); unset DOCKER_CONTEXT or create that context`);
    }
    if (exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Docker daemon is not reachable: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .lastErrorLine */ .HY)(stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
    }
    const [server = '', platform] = stdout.trim().split(' ');
    return { server, platform: platform && /^[a-z0-9]+\/[a-z0-9]+$/.test(platform) ? platform : undefined };
}
const BUILDX_MISSING = 'docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)';
/** buildx answers a missing plugin with "'buildx' is not a docker command" (or "unknown command"). */
function isBuildxMissing(stderr) {
    return /'buildx' is not a docker command|unknown command "buildx"|docker: 'buildx'/.test(stderr);
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

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeImages: () => (/* binding */ mergeImages),
  parseMergeSource: () => (/* binding */ parseMergeSource),
  parseMergeSpec: () => (/* binding */ parseMergeSpec)
});

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(5035);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var core_platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/copy.ts + 1 modules
var copy = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __webpack_require__(495);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/family.ts


/** Docker schema 2 media types and their OCI equivalents (config and layers). */
const DOCKER_TO_OCI = {
    'application/vnd.docker.container.image.v1+json': 'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.docker.image.rootfs.diff.tar': 'application/vnd.oci.image.layer.v1.tar',
    'application/vnd.docker.image.rootfs.diff.tar.zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
};
function familyOf(mediaType) {
    return mediaType === manifest.MT.dockerManifest || mediaType === manifest.MT.dockerList ? 'docker' : 'oci';
}
/**
 * A Docker schema 2 image manifest rewritten as an OCI image manifest (pure). Blobs are
 * unchanged (the config JSON and gzip layers are the same bytes); only descriptors' media
 * types change, so the manifest gets a new digest.
 */
function dockerToOci(m) {
    const convert = (d, what) => {
        const mediaType = DOCKER_TO_OCI[d.mediaType ?? ''] ?? (d.mediaType?.startsWith('application/vnd.oci.') ? d.mediaType : undefined);
        if (!mediaType)
            throw new errors/* UserError */.yo(`cannot convert ${what} of media type ${d.mediaType} to OCI (foreign or unknown layer); rebuild that platform with OCI media types`);
        return { ...d, mediaType };
    };
    const out = {
        schemaVersion: 2,
        mediaType: manifest.MT.ociManifest,
        config: convert(m.config, 'the config'),
        layers: (m.layers ?? []).map((l, i) => convert(l, `layer ${i + 1}`)),
        ...(m.annotations ? { annotations: m.annotations } : {}),
    };
    return Buffer.from(JSON.stringify(out, null, 2));
}
/** The parts of an image config every platform of one image should agree on. */
const ESSENTIALS = ['Entrypoint', 'Cmd', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'StopSignal'];
function essentialsOf(configJson) {
    let cfg;
    try {
        cfg = JSON.parse(configJson);
    }
    catch {
        return {};
    }
    const c = cfg.config ?? {};
    const out = {};
    for (const k of ESSENTIALS)
        if (c[k] !== undefined && c[k] !== null && c[k] !== '')
            out[k] = c[k];
    return out;
}
/** First disagreement between legs, as one line (pure); undefined when they agree. */
function essentialsDrift(legs) {
    const [first, ...rest] = legs;
    if (!first)
        return undefined;
    for (const k of ESSENTIALS) {
        const want = JSON.stringify(first.essentials[k] ?? null);
        const other = rest.find((l) => JSON.stringify(l.essentials[k] ?? null) !== want);
        if (other) {
            return `the platforms disagree on ${k}: ${first.platform} has ${want}, ${other.platform} has ${JSON.stringify(other.essentials[k] ?? null)}; they look like different builds — rebuild every platform from one commit`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/merge.ts








/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client, s) {
    const m = await client.getManifest(s.ref);
    const name = (0,reference/* formatReference */.FH)(s.ref);
    if (!(0,manifest/* isIndex */.nw)(m)) {
        const declared = await (0,inspect/* configPlatform */.Ko)(client, s.ref, m.json);
        if (s.platform && declared && !(0,core_platform/* samePlatform */.my)(declared, s.platform))
            throw new errors/* UserError */.yo(`${name} is built for ${(0,core_platform/* formatPlatform */.Bq)(declared)} (its config says so), not ${(0,core_platform/* formatPlatform */.Bq)(s.platform)}`);
        const p = s.platform ?? declared;
        if (!p)
            throw new errors/* UserError */.yo(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
        const desc = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...(0,core_platform/* normalise */.j7)(p) } };
        return [{ desc, platform: (0,core_platform/* normalise */.j7)(p), source: s, attestations: [] }];
    }
    const runnable = m.json.manifests.filter((d) => !(0,manifest/* isAttestation */.H3)(d) && (0,manifest/* descriptorPlatform */.fA)(d));
    const picked = s.platform ? runnable.filter((d) => (0,core_platform/* samePlatform */.my)((0,manifest/* descriptorPlatform */.fA)(d), s.platform)) : runnable;
    if (s.platform && picked.length === 0)
        throw new errors/* UserError */.yo(`${name} has no ${(0,core_platform/* formatPlatform */.Bq)(s.platform)}; it has ${runnable.map((d) => (0,core_platform/* formatPlatform */.Bq)((0,manifest/* descriptorPlatform */.fA)(d))).join(', ') || 'no runnable platform'}`);
    if (picked.length === 0)
        throw new errors/* UserError */.yo(`${name} is an index without any runnable platform manifest`);
    return picked.map((d) => ({
        desc: d,
        platform: (0,manifest/* descriptorPlatform */.fA)(d),
        source: s,
        attestations: m.json.manifests.filter((a) => (0,manifest/* isAttestation */.H3)(a) && a.annotations?.[manifest/* REF_DIGEST_ANNOTATION */.tE] === d.digest),
    }));
}
/** One candidate per platform; two sources of one platform need --prefer to say which wins. */
function pickPerPlatform(all, prefer) {
    const chosen = new Map();
    for (const c of all) {
        const key = (0,core_platform/* formatPlatform */.Bq)(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!prefer)
                throw new errors/* UserError */.yo(`${key} comes from both ${(0,reference/* formatReference */.FH)(prev.source.ref)} and ${(0,reference/* formatReference */.FH)(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    return [...chosen.values()];
}
/** Nothing is tagged unless every required platform comes from some leg. */
function requirePlatforms(picked, require, target) {
    if (!require?.length)
        return;
    const have = picked.map((c) => (0,core_platform/* formatPlatform */.Bq)(c.platform));
    const missing = require.map((p) => (0,core_platform/* formatPlatform */.Bq)((0,core_platform/* normalise */.j7)(p))).filter((p) => !have.includes(p));
    if (missing.length)
        throw new errors/* UserError */.yo(`not tagging ${(0,reference/* formatReference */.FH)(target)}: no leg built ${missing.join(', ')} (the legs have ${have.join(', ')})`);
}
/** The legs must be one image for several platforms: the essentials of their configs agree. */
async function requireSameImage(client, picked, target) {
    const legs = await Promise.all(picked.map(async (c) => {
        const m = await client.getManifest((0,reference/* withDigest */.hQ)(c.source.ref, c.desc.digest));
        const cfg = m.json.config;
        const bytes = cfg ? await client.getBlobBytes(c.source.ref.registry, c.source.ref.repository, cfg.digest) : Buffer.from('{}');
        return { platform: (0,core_platform/* formatPlatform */.Bq)(c.platform), essentials: essentialsOf(bytes.toString('utf8')) };
    }));
    const drift = essentialsDrift(legs);
    if (drift)
        throw new errors/* UserError */.yo(`not merging into ${(0,reference/* formatReference */.FH)(target)}: ${drift}`);
}
/** One manifest family per index: when the legs mix Docker and OCI, the Docker legs are rewritten as OCI in the target. */
async function oneFamily(client, t, picked, target) {
    if (new Set(picked.map((c) => familyOf(c.desc.mediaType))).size < 2)
        return;
    await Promise.all(picked
        .filter((c) => familyOf(c.desc.mediaType) === 'docker')
        .map(async (c) => {
        const m = await client.getManifest((0,reference/* withDigest */.hQ)(c.source.ref, c.desc.digest));
        await t.contents(c.source.ref, target, m);
        const bytes = dockerToOci(m.json);
        const digest = await client.putManifest((0,reference/* withDigest */.hQ)(target, (0,registry_digest/* digestOf */.ol)(bytes)), bytes, manifest.MT.ociManifest);
        c.desc = { ...c.desc, mediaType: manifest.MT.ociManifest, digest, size: bytes.length };
        c.converted = true;
        c.attestations = [];
    }));
}
/** The index document: each leg's descriptor with its normalised platform, attestations when kept, the index annotations. */
function indexOf(picked, opts) {
    const manifests = picked.map((c) => {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        return { ...base, platform: { ...(c.desc.platform ?? {}), ...(0,core_platform/* normalise */.j7)(c.platform) }, ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}) };
    });
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const annotated = Object.keys(opts.annotations ?? {}).length > 0;
    const allDocker = !annotated && manifests.every((d) => d.mediaType === manifest.MT.dockerManifest);
    const mediaType = allDocker ? manifest.MT.dockerList : manifest.MT.ociIndex;
    return { bytes: (0,manifest/* serialiseIndex */.M3)({ schemaVersion: 2, mediaType, manifests, ...(annotated ? { annotations: opts.annotations } : {}) }), mediaType };
}
/**
 * Build one index from per-platform images (single manifests or indexes with attestations), copying
 * manifests and blobs into the target repository where needed, then push the index under the tag.
 * Replaces `docker manifest create --amend` + `push` and manifest-tool.
 */
async function mergeImages(client, target, sources, opts = {}) {
    if (sources.length === 0)
        throw new errors/* UsageError */.eb('merge needs at least one source image');
    if (!target.tag)
        throw new errors/* UsageError */.eb(`the merge target ${(0,reference/* formatReference */.FH)(target)} needs a tag`);
    const picked = pickPerPlatform((await Promise.all(sources.map((s) => candidates(client, s)))).flat(), opts.prefer);
    requirePlatforms(picked, opts.require, target);
    if (!opts.allowConfigDrift)
        await requireSameImage(client, picked, target);
    const t = new copy/* Transfer */.mr(client, opts);
    await oneFamily(client, t, picked, target);
    // children first: the tag never points at an index whose manifests are not there
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const { bytes, mediaType } = indexOf(picked, opts);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: (0,reference/* formatReference */.FH)(target),
        digest: (0,registry_digest/* digestOf */.ol)(bytes),
        mediaType,
        platforms: picked.map((c) => ({ platform: (0,core_platform/* formatPlatform */.Bq)(c.platform), digest: c.desc.digest, source: (0,reference/* formatReference */.FH)(c.source.ref) })),
        attestations: opts.keepAttestations ? picked.reduce((n, c) => n + c.attestations.length, 0) : 0,
        ...t.stats,
    };
}
/** `REF` or `REF@linux/arm64` (the platform after the last @ that is not a digest). */
function parseMergeSource(arg) {
    const at = arg.lastIndexOf('@');
    if (at > 0 && !arg.slice(at + 1).includes(':'))
        return { ref: (0,reference.parseReference)(arg.slice(0, at)), platform: (0,core_platform/* parsePlatform */.FL)(arg.slice(at + 1)) };
    return { ref: (0,reference.parseReference)(arg) };
}
/** manifest-tool's `from-spec` YAML: image, optional tags, manifests: [{image, platform: {os, architecture, variant}}]. */
async function parseMergeSpec(text) {
    // loaded on demand: the YAML parser is a large module most runs never need
    const { load } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243));
    let doc;
    try {
        doc = load(text);
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`the merge spec is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || typeof d.image !== 'string')
        throw new errors/* UsageError */.eb('the merge spec needs `image: registry/name:tag`');
    if (!Array.isArray(d.manifests) || d.manifests.length === 0)
        throw new errors/* UsageError */.eb('the merge spec needs a non-empty `manifests:` list');
    const sources = d.manifests.map((m, i) => {
        if (!m || typeof m.image !== 'string')
            throw new errors/* UsageError */.eb(`manifests[${i}] of the merge spec needs an image`);
        const p = m.platform;
        let platform;
        if (p) {
            if (!p.architecture)
                throw new errors/* UsageError */.eb(`manifests[${i}].platform needs an architecture`);
            platform = (0,core_platform/* parsePlatform */.FL)([p.os ?? 'linux', p.architecture, p.variant].filter(Boolean).join('/'));
        }
        return { ref: (0,reference.parseReference)(m.image), ...(platform ? { platform } : {}) };
    });
    const tags = Array.isArray(d.tags) ? d.tags.map(String) : [];
    return { target: (0,reference.parseReference)(d.image), sources, tags };
}


/***/ })

};
