export const id = 837;
export const ids = [837];
export const modules = {

/***/ 8837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __webpack_require__(692);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/build.ts + 1 modules
var build = __webpack_require__(6140);
;// CONCATENATED MODULE: ./src/github/workflow.ts




/** A GitHub Actions expression, `${{ … }}`. */
const ex = (expression) => `\${{ ${expression} }}`;
/** This action, by its published reference. */
const ACTION_REF = 'gen-ci/gen-ci@v1';
const WORKFLOW_PATH = '.github/workflows/multi-arch.yml';
/** GitHub-hosted Linux runners by platform: only these build without emulation. */
const GITHUB_RUNNERS = {
    'linux/amd64': 'ubuntu-24.04',
    'linux/arm64': 'ubuntu-24.04-arm',
};
/** Where a platform without a hosted runner of its own is built (under QEMU; `qemu: auto` installs it). */
const FALLBACK_RUNNER = 'ubuntu-24.04';
const STRATEGIES = ['native', 'qemu'];
/** The registry host of an image reference: its first path element when that looks like a host, else Docker Hub. */
function registryOf(image) {
    const first = image.split('/')[0] ?? '';
    return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}
/** The credentials a workflow logs in with: ghcr.io takes the job's GITHUB_TOKEN, everything else two secrets. */
function credentialsFor(registry) {
    if (registry === 'ghcr.io')
        return { username: ex('github.actor'), password: ex('secrets.GITHUB_TOKEN'), secrets: [] };
    return { username: ex('secrets.REGISTRY_USERNAME'), password: ex('secrets.REGISTRY_PASSWORD'), secrets: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'] };
}
/** `linux/arm/v7` -> `linux-arm-v7`: artifact names cannot hold a slash (the same slug the action gives a leg's cache ref). */
function platformSlug(p) {
    return (0,build/* platformSlug */.DN)([(0,platform/* formatPlatform */.Bq)(p)]);
}
/** The native strategy needs no emulation only when every platform has a hosted runner. */
function defaultStrategy(platforms) {
    return platforms.every((p) => GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]) ? 'native' : 'qemu';
}
/** Platforms the native strategy still builds under QEMU (no hosted runner for them). */
function emulatedLegs(platforms) {
    return platforms.filter((p) => !GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]);
}
/**
 * The tags of a run, computed in the job by a short script so the workflow needs no other action:
 * default branch -> `latest` + the commit sha; tag vX.Y.Z -> X.Y.Z, X.Y and X (a pre-release only
 * X.Y.Z-rc.1); any other ref -> the sha.
 */
const TAGS_SCRIPT = [
    'tags="$IMAGE:$SHA"',
    'if [ "$REF_TYPE" = tag ]; then',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell, not a template
    '  version="${REF_NAME#v}"',
    '  if [[ "$version" =~ ^([0-9]+)\\.([0-9]+)\\.([0-9]+)$ ]]; then',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell, not a template
    '    tags="$tags,$IMAGE:$version,$IMAGE:${BASH_REMATCH[1]}.${BASH_REMATCH[2]},$IMAGE:${BASH_REMATCH[1]}"',
    '  else',
    '    tags="$tags,$IMAGE:$(printf %s "$version" | tr -c \'A-Za-z0-9_.-\' -)"',
    '  fi',
    'elif [ "$REF_NAME" = "$DEFAULT_BRANCH" ]; then',
    '  tags="$tags,$IMAGE:latest"',
    'fi',
    'echo "tags=$tags" >> "$GITHUB_OUTPUT"',
    'echo "tags: $tags"',
    '',
].join('\n');
const IS_PR = "github.event_name == 'pull_request'";
const NOT_PR = "github.event_name != 'pull_request'";
function tagsStep(o, condition) {
    return {
        name: 'Compute tags',
        id: 'tags',
        ...(condition ? { if: condition } : {}),
        shell: 'bash',
        env: {
            IMAGE: ex('env.IMAGE'),
            SHA: ex('github.sha'),
            REF_TYPE: ex('github.ref_type'),
            REF_NAME: ex('github.ref_name'),
            DEFAULT_BRANCH: o.defaultBranch,
        },
        run: TAGS_SCRIPT,
    };
}
function sourceInputs(o) {
    return { context: o.context, ...(o.file ? { file: o.file } : {}) };
}
function loginInputs(o) {
    const registry = registryOf(o.image);
    const c = credentialsFor(registry);
    return { registry, username: c.username, password: c.password };
}
function checkout() {
    return { uses: 'actions/checkout@v4' };
}
function validate(o) {
    if (!o.platforms.length)
        throw new errors/* UsageError */.eb('no platforms to build');
    if (!/^[a-z0-9][a-z0-9._/:-]*$/.test(o.image) || o.image.includes('@') || /:[^/]*$/.test(o.image.replace(/^[^/]*\//, ''))) {
        throw new errors/* UsageError */.eb(`image "${o.image}" must be a lowercase repository without tag or digest, e.g. ghcr.io/owner/app`);
    }
    if (!STRATEGIES.includes(o.strategy))
        throw new errors/* UsageError */.eb(`unknown strategy "${o.strategy}"; use native or qemu`);
    if (!o.defaultBranch || /\s/.test(o.defaultBranch))
        throw new errors/* UsageError */.eb(`default branch "${o.defaultBranch}" is not a branch name`);
}
/** The workflow as a plain object (key order is the order written). */
function generateWorkflow(o) {
    validate(o);
    const action = o.action ?? ACTION_REF;
    const platforms = o.platforms.map(platform/* formatPlatform */.Bq);
    const head = {
        name: 'multi-arch image',
        on: {
            push: { branches: [o.defaultBranch], tags: ['v*'] },
            pull_request: null,
            workflow_dispatch: null,
        },
        permissions: { contents: 'read', packages: 'write' },
        concurrency: { group: `${ex('github.workflow')}-${ex('github.ref')}`, 'cancel-in-progress': ex(IS_PR) },
        env: { IMAGE: o.image },
    };
    if (o.strategy === 'qemu') {
        return {
            ...head,
            jobs: {
                build: {
                    'runs-on': FALLBACK_RUNNER,
                    steps: [
                        checkout(),
                        { name: 'Build (pull request: no push)', if: IS_PR, uses: action, with: { platforms: platforms.join(','), ...sourceInputs(o) } },
                        tagsStep(o, NOT_PR),
                        {
                            name: 'Build and push',
                            if: NOT_PR,
                            uses: action,
                            with: { platforms: platforms.join(','), ...sourceInputs(o), tags: ex('steps.tags.outputs.tags'), push: 'true', ...loginInputs(o) },
                        },
                    ],
                },
            },
        };
    }
    const include = o.platforms.map((p) => ({
        platform: (0,platform/* formatPlatform */.Bq)(p),
        runner: GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)] ?? FALLBACK_RUNNER,
        slug: platformSlug(p),
    }));
    return {
        ...head,
        jobs: {
            build: {
                name: `build ${ex('matrix.platform')}`,
                'runs-on': ex('matrix.runner'),
                strategy: { 'fail-fast': false, matrix: { include } },
                steps: [
                    checkout(),
                    { name: 'Build (pull request: no push)', if: IS_PR, uses: action, with: { platforms: ex('matrix.platform'), ...sourceInputs(o) } },
                    {
                        name: 'Build and push by digest',
                        if: NOT_PR,
                        uses: action,
                        with: {
                            platforms: ex('matrix.platform'),
                            ...sourceInputs(o),
                            image: ex('env.IMAGE'),
                            'push-by-digest': 'true',
                            'digests-dir': `${ex('runner.temp')}/digests`,
                            ...loginInputs(o),
                        },
                    },
                    {
                        name: 'Upload the digest',
                        if: NOT_PR,
                        uses: 'actions/upload-artifact@v4',
                        with: { name: `digests-${ex('matrix.slug')}`, path: `${ex('runner.temp')}/digests/*`, 'if-no-files-found': 'error', 'retention-days': 1 },
                    },
                ],
            },
            merge: {
                if: NOT_PR,
                needs: 'build',
                'runs-on': FALLBACK_RUNNER,
                steps: [
                    {
                        name: 'Download the digests',
                        uses: 'actions/download-artifact@v4',
                        with: { pattern: 'digests-*', 'merge-multiple': true, path: `${ex('runner.temp')}/digests` },
                    },
                    tagsStep(o),
                    {
                        name: 'Create the tagged index',
                        uses: action,
                        with: {
                            merge: 'true',
                            // every platform must have a leg before anything is tagged
                            platforms: platforms.join(','),
                            image: ex('env.IMAGE'),
                            'digests-dir': `${ex('runner.temp')}/digests`,
                            tags: ex('steps.tags.outputs.tags'),
                            ...loginInputs(o),
                        },
                    },
                ],
            },
        },
    };
}
/** A comment line per reason a leg is emulated, placed above the matrix. */
function header(o) {
    const lines = ['Generated by gen-ci init: builds and pushes a multi-architecture image.'];
    if (o.strategy === 'native') {
        lines.push('One job per platform on a runner of that architecture (no emulation), each pushing by digest,', 'then one job that creates the tagged index from the digests.');
        const emulated = emulatedLegs(o.platforms);
        if (emulated.length)
            lines.push(`${emulated.map(platform/* formatPlatform */.Bq).join(', ')}: no GitHub-hosted runner, built on ${FALLBACK_RUNNER} under QEMU (qemu: auto).`);
    }
    else
        lines.push("One job builds every platform; platforms other than the runner's run under QEMU (qemu: auto).");
    lines.push(`Pushes to ${o.defaultBranch} are tagged latest and the commit sha, tags vX.Y.Z give X.Y.Z, X.Y and X;`, 'pull requests build without pushing.');
    if (o.command)
        lines.push(`Regenerate with: ${o.command.replace(/[\r\n]+/g, ' ')}`);
    return lines.map((l) => `# ${l}`);
}
function renderWorkflow(o) {
    const lines = (0,js_yaml/* dump */.Bh)(generateWorkflow(o), { lineWidth: -1, noRefs: true })
        // js-yaml quotes `on` (a YAML 1.1 boolean); GitHub and everyone else write it bare
        .replace(/^'on':/m, 'on:')
        // `pull_request: null` is written `pull_request:` as people write it
        .replace(/: null$/gm, ':')
        .replace(/\n$/, '')
        .split('\n');
    // a blank line between top-level keys and between jobs, for reading
    const out = [];
    let inJobs = false;
    for (const [i, line] of lines.entries()) {
        const top = /^[a-z]/.test(line);
        const job = inJobs && /^ {2}[A-Za-z_][\w-]*:$/.test(line);
        if (i > 0 && (top || (job && lines[i - 1] !== 'jobs:')))
            out.push('');
        if (top)
            inJobs = line === 'jobs:';
        out.push(line);
    }
    return `${header(o).join('\n')}\n${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/dockerfile/advice.ts
var advice = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/dockerfile/preflight.ts + 1 modules
var preflight = __webpack_require__(2611);
;// CONCATENATED MODULE: ./src/scaffold/advice.ts





function withTimeout(p, ms) {
    let timer;
    const t = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), ms);
        timer.unref?.();
    });
    return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
/** The body lines of a unified diff ("- old", "+ new", "  context"), without its headers. */
function diffLines(diff) {
    return diff
        .split('\n')
        .filter((l) => l && !l.startsWith('---') && !l.startsWith('+++') && !l.startsWith('@@'))
        .map((l) => (l[0] === ' ' ? `  ${l.slice(1)}` : `${l[0]} ${l.slice(1)}`));
}
function adviceFor(f, text) {
    if (f.code === 'image-lookup')
        return { level: 'note', message: `${f.message.replace(/^line \d+: /, '')}; run gen-ci check where the registry is reachable` };
    if (f.code === 'emulated-compile' && f.line !== undefined) {
        // right by construction: a shipped stage is never pinned (dockerfile/advice.ts)
        const fix = (0,advice.fixEmulatedCompile)(text, f);
        if (!fix)
            return { level: f.level, message: f.message };
        const change = fix.diff ? diffLines(fix.diff) : undefined;
        return { level: f.level, message: `${f.message} — ${fix.message}`, ...(change ? { change } : {}) };
    }
    return { level: f.level, message: f.message };
}
/**
 * The Dockerfile preflight (the same checks as `gen-ci check`) over the file init wrote a
 * pipeline for, as advice: missing base platforms, compile stages run under emulation with the
 * exact change to make, platform arguments the shell cannot see. Never throws: a check that cannot
 * run becomes a note.
 */
async function adviseDockerfile(root, file, legs, opts = {}) {
    const platforms = legs.flatMap((l) => l.targets);
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8');
    }
    catch {
        return [
            { level: 'note', message: `${file} is not there yet; run gen-ci check --file ${file} --platforms ${platforms.map(platform/* formatPlatform */.Bq).join(',')} once it is` },
        ];
    }
    let close = () => { };
    try {
        let lookup = opts.lookup;
        if (!lookup) {
            // loaded here so that `gen-ci init --no-check` and the prompts never load the registry client
            const { RegistryClient } = await __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 1803));
            const { inspectImage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 495));
            const { parseReference } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9310));
            const client = new RegistryClient({ retries: 0, timeoutMs: 8000 });
            close = () => client.close();
            lookup = (ref) => inspectImage(client, parseReference(ref));
        }
        // each image is looked up once however many legs need it
        const cache = new Map();
        const base = lookup;
        const cached = (ref) => {
            const hit = cache.get(ref);
            if (hit)
                return hit;
            const p = base(ref);
            cache.set(ref, p);
            return p;
        };
        const all = Promise.all(legs.map((l) => (0,preflight/* preflight */.M)({ dockerfile: text, file, platforms: l.targets, buildPlatform: l.build, lookup: cached })));
        const results = await withTimeout(all, opts.timeoutMs ?? 20_000);
        if (results === 'timeout')
            return [{ level: 'note', message: `the Dockerfile check of ${file} timed out; run gen-ci check --file ${file} later` }];
        const findings = new Map();
        for (const r of results)
            for (const f of r.findings)
                findings.set(`${f.code} ${f.message}`, f);
        const sorted = [...findings.values()].sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
        return sorted.map((f) => adviceFor(f, text));
    }
    catch (e) {
        return [{ level: 'note', message: `could not check ${file}: ${e.message}` }];
    }
    finally {
        close();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/scaffold/detect.ts



const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'dist', 'build', 'target', '.venv', 'venv', '__pycache__', '.tmp', 'coverage', '.terraform']);
const MAX_DEPTH = 4;
/** Dockerfile, Containerfile, Dockerfile.prod, app.Dockerfile, prod.dockerfile. */
function isDockerfileName(name) {
    if (/\.(md|txt|dockerignore|bak|orig|swp)$/i.test(name))
        return false;
    return /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/i.test(name) || /^[\w.-]+\.(Dockerfile|Containerfile)$/i.test(name);
}
/** Dockerfiles under root (depth 4, skipping dependency and build directories), root ones first. */
function findDockerfiles(root) {
    const found = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                    walk((0,external_node_path_.join)(dir, e.name), depth + 1);
            }
            else if (e.isFile() && isDockerfileName(e.name))
                found.push((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, e.name)).split(external_node_path_.sep).join('/'));
        }
    };
    walk(root, 0);
    const rank = (f) => [f.split('/').length, /^(Dockerfile|Containerfile)$/i.test(external_node_path_.posix.basename(f)) ? 0 : 1];
    return found.sort((a, b) => {
        const [da, na] = rank(a);
        const [db, nb] = rank(b);
        return da - db || na - nb || a.localeCompare(b);
    });
}
/** COPY/ADD sources of the build context (not --from, not URLs), as written. */
function contextSources(dockerfile) {
    const out = [];
    const text = dockerfile.replace(/\\\r?\n/g, ' ');
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
        if (!m)
            continue;
        const words = m[2].trim();
        if (/--from[= ]/i.test(words))
            continue;
        let args;
        if (words.replace(/^(--\S+\s+)*/, '').startsWith('[')) {
            try {
                args = JSON.parse(words.replace(/^(--\S+\s+)*/, ''));
            }
            catch {
                continue;
            }
        }
        else
            args = words.split(/\s+/).filter((w) => !w.startsWith('--'));
        for (const a of args.slice(0, -1))
            if (!/^[a-z]+:\/\//i.test(a) && !a.includes('$') && !a.startsWith('<<'))
                out.push(a);
    }
    return out;
}
/**
 * The build context of a Dockerfile: its own directory, unless what it copies is found relative
 * to the repository root only (a Dockerfile kept in docker/ that copies src/ from the root).
 */
function guessContext(root, file, text) {
    const dir = external_node_path_.posix.dirname(file);
    if (dir === '.')
        return '.';
    const sources = contextSources(text).filter((s) => s !== '.' && s !== './' && !/[*?[]/.test(s));
    if (sources.length === 0)
        return dir;
    const exists = (base) => sources.every((s) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, base, s)));
    if (exists(dir))
        return dir;
    if (exists('.'))
        return '.';
    return dir;
}
/** Does some stage run on the build platform (the cross-compiling pattern)? */
function crossCompiles(text) {
    return /^\s*FROM\s+(?:--\S+\s+)*--platform=(?:\$\{?BUILDPLATFORM\}?|"\$\{?BUILDPLATFORM\}?")/im.test(text.replace(/\\\r?\n/g, ' '));
}
/**
 * A git remote URL -> host kind, server and path. Knows scp-like (git@host:owner/repo.git),
 * ssh://, https:// and git:// forms; github.com is GitHub, a server named gitlab.* or *.gitlab.*
 * (and gitlab.com) is GitLab.
 */
function parseRemote(url) {
    const u = url.trim();
    let server;
    let path;
    const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(u);
    const full = /^(?:ssh|https?|git|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(u);
    if (full)
        [server, path] = [full[1], full[2]];
    else if (scp && !u.includes('://'))
        [server, path] = [scp[1], scp[2]];
    if (!server || !path)
        return undefined;
    path = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/^\/+/, '');
    if (!path.includes('/'))
        return undefined;
    server = server.toLowerCase();
    const host = server === 'github.com' || server === 'ssh.github.com' ? 'github' : /(^|\.)gitlab\./.test(server) ? 'gitlab' : 'other';
    return { host, server: server === 'ssh.github.com' ? 'github.com' : server, path, url: u };
}
/**
 * The image a repository's CI pushes to by default: ghcr.io/owner/repo on GitHub, $CI_REGISTRY_IMAGE
 * on GitLab. Without a GitHub remote the GitHub image is a guess (ghcr.io/owner/<directory>), and says so.
 */
function defaultImage(remote, root) {
    const lower = (s) => s.toLowerCase().replace(/[^a-z0-9._/-]/g, '-');
    if (remote?.host === 'github')
        return { github: `ghcr.io/${lower(remote.path)}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: false };
    const name = lower(external_node_path_.posix.basename(root.split(external_node_path_.sep).join('/'))).replace(/^[^a-z0-9]+/, '') || 'app';
    return { github: `ghcr.io/owner/${name}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: true };
}
function git(root, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** The top of the git work tree containing dir, or dir itself outside git. */
function repositoryRoot(dir) {
    return git(dir, ['rev-parse', '--show-toplevel']) ?? dir;
}
/** origin, else the first remote. */
function detectRemote(root) {
    const names = (git(root, ['remote']) ?? '').split('\n').filter(Boolean);
    const name = names.includes('origin') ? 'origin' : names[0];
    if (!name)
        return undefined;
    const url = git(root, ['remote', 'get-url', name]);
    return url ? parseRemote(url) : undefined;
}
/** The remote's HEAD branch if known, else the current branch, else init.defaultBranch, else main. */
function detectDefaultBranch(root) {
    const remoteHead = git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead?.includes('/'))
        return remoteHead.slice(remoteHead.indexOf('/') + 1);
    return git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']) || git(root, ['config', 'init.defaultBranch']) || 'main';
}
function describeDockerfile(root, file) {
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
    }
    catch {
        // a Dockerfile that is not there yet (given with --file): its directory is the context
    }
    return { file, context: text ? guessContext(root, file, text) : external_node_path_.posix.dirname(file), crossCompiles: crossCompiles(text) };
}
/** Everything init needs to know about the repository at root. */
function detect(root) {
    const dockerfiles = findDockerfiles(root).map((f) => describeDockerfile(root, f));
    const remote = detectRemote(root);
    return { root, dockerfiles, ...(remote ? { remote } : {}), defaultBranch: detectDefaultBranch(root) };
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/scaffold/diff.ts
var diff = __webpack_require__(783);
;// CONCATENATED MODULE: ./src/scaffold/files.ts




function readIfThere(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(`cannot read ${path}: ${e.message}`);
    }
}
/** Compare each generated file with what the repository holds. Reads only. */
function planFiles(root, files, force) {
    return files.map((f) => {
        const current = readIfThere((0,external_node_path_.join)(root, f.path));
        if (current === undefined)
            return { ...f, action: 'create', diff: (0,diff/* unifiedDiff */.W)('', f.content, '/dev/null', `b/${f.path}`) };
        if (current === f.content)
            return { ...f, action: 'unchanged', diff: '' };
        return { ...f, action: force ? 'update' : 'kept', diff: (0,diff/* unifiedDiff */.W)(current, f.content, `a/${f.path}`, `b/${f.path}`) };
    });
}
/** Write the files the plan creates or updates (atomically: a temporary file renamed over). Returns their paths. */
function applyPlan(root, plan) {
    const written = [];
    for (const f of plan) {
        if (f.action !== 'create' && f.action !== 'update')
            continue;
        const target = (0,external_node_path_.join)(root, f.path);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            const tmp = `${target}.gen-ci-${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, f.content);
            (0,external_node_fs_.renameSync)(tmp, target);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`cannot write ${f.path}: ${e.message}`);
        }
        written.push(f.path);
    }
    return written;
}

// EXTERNAL MODULE: ./src/gitlab/index.ts + 15 modules
var gitlab = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/scaffold/plan.ts




const CI_SYSTEMS = ['github', 'gitlab'];
const GITLAB_PATH = '.gitlab-ci.yml';
/** POSIX-quote a word for a command line shown to the user. */
function shellWord(s) {
    return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The command that writes one CI system's file again with the same choices (the file's header says it). */
function regenerateCommand(c, ci) {
    const words = [
        'npx',
        'gen-ci',
        'init',
        '--yes',
        '--ci',
        ci,
        '--file',
        c.file,
        '--context',
        c.context,
        '--platforms',
        c.platforms.map(platform/* formatPlatform */.Bq).join(','),
        '--strategy',
        c.strategy,
    ];
    if (ci === 'github')
        words.push('--image', c.image);
    if (ci === 'gitlab' && c.gitlabImage)
        words.push('--gitlab-image', c.gitlabImage);
    if (ci === 'gitlab')
        for (const [p, tags] of Object.entries(c.runnerTags ?? {}).sort())
            words.push('--runner-tag', `${p}=${tags.join(',')}`);
    return words.map(shellWord).join(' ');
}
/** The file argument is left out when it is the context's Dockerfile (the action's and templates' default). */
function fileInput(c) {
    const implied = c.context === '.' ? 'Dockerfile' : `${c.context.replace(/\/+$/, '')}/Dockerfile`;
    return c.file === implied ? undefined : c.file;
}
/** GitLab's runner tags per platform: GitLab.com's hosted ones, overridden by the user's. */
function gitlabRunnerTags(c) {
    return { ...gitlab/* GITLAB_COM_RUNNER_TAGS */.nP, ...(c.runnerTags ?? {}) };
}
function gitlabMode(c) {
    if (c.strategy === 'qemu')
        return 'buildx';
    const tags = gitlabRunnerTags(c);
    return c.platforms.every((p) => (tags[(0,platform/* formatPlatform */.Bq)(p)] ?? []).length > 0) ? 'native' : 'buildx';
}
function validateChoices(c) {
    if (c.ci.length === 0)
        throw new errors/* UsageError */.eb('no CI system chosen; use --ci github, --ci gitlab or --ci github,gitlab');
    for (const ci of c.ci)
        if (!CI_SYSTEMS.includes(ci))
            throw new errors/* UsageError */.eb(`unknown CI "${ci}"; use github, gitlab or both (github,gitlab)`);
    if (!c.file || c.file.startsWith('/') || c.file.split('/').includes('..'))
        throw new errors/* UsageError */.eb(`Dockerfile "${c.file}" must be a path inside the repository`);
    if (!c.context || c.context.startsWith('/') || c.context.split('/').includes('..'))
        throw new errors/* UsageError */.eb(`context "${c.context}" must be a path inside the repository`);
    if (c.platforms.length === 0)
        throw new errors/* UsageError */.eb('no platforms chosen');
}
const AMD64 = { os: 'linux', architecture: 'amd64' };
/** Which machine builds which platforms in the generated pipelines: what decides whether a compile stage is emulated. */
function buildLegs(c) {
    const legs = new Map();
    const add = (build, p) => {
        const key = (0,platform/* formatPlatform */.Bq)(build);
        const leg = legs.get(key) ?? { build, targets: [] };
        if (!leg.targets.some((t) => (0,platform/* formatPlatform */.Bq)(t) === (0,platform/* formatPlatform */.Bq)(p)))
            leg.targets.push(p);
        legs.set(key, leg);
    };
    for (const ci of c.ci) {
        const native = ci === 'github' ? c.strategy === 'native' : gitlabMode(c) === 'native';
        for (const p of c.platforms) {
            const hasRunner = ci === 'github' ? Boolean(GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]) : true;
            add(native && hasRunner ? p : AMD64, p);
        }
    }
    return [...legs.values()];
}
/** The files to write and the next steps, from the choices. Pure. */
function generateFiles(c) {
    validateChoices(c);
    const files = [];
    const next = [];
    const platforms = c.platforms.map(platform/* formatPlatform */.Bq);
    const file = fileInput(c);
    if (c.ci.includes('github')) {
        files.push({
            path: WORKFLOW_PATH,
            content: renderWorkflow({
                image: c.image,
                platforms: c.platforms,
                strategy: c.strategy,
                context: c.context,
                ...(file ? { file } : {}),
                defaultBranch: c.defaultBranch,
                command: regenerateCommand(c, 'github'),
            }),
        });
        const registry = registryOf(c.image);
        const creds = credentialsFor(registry);
        if (c.imageGuessed)
            next.push({
                ci: 'github',
                text: `set the image: without a GitHub remote the workflow pushes to ${c.image}, a guess; run again with --image ghcr.io/<owner>/<repo> --force`,
            });
        if (creds.secrets.length)
            next.push({
                ci: 'github',
                text: `add the repository secrets ${creds.secrets.join(' and ')} (Settings → Secrets and variables → Actions): a user and token that may push to ${registry}`,
            });
        else
            next.push({
                ci: 'github',
                text: `no secret to add: the workflow pushes to ${c.image} with the job's GITHUB_TOKEN (permissions: packages: write); a new ghcr.io package starts private`,
            });
        if (c.strategy === 'native') {
            const arm = c.platforms.filter((p) => GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)] === 'ubuntu-24.04-arm');
            if (arm.length)
                next.push({
                    ci: 'github',
                    text: "linux/arm64 builds on GitHub's hosted ubuntu-24.04-arm runner: free for public repositories; for a private one check that your plan has Arm runners, or use --strategy qemu",
                });
            const emulated = emulatedLegs(c.platforms);
            if (emulated.length)
                next.push({
                    ci: 'github',
                    text: `${emulated.map(platform/* formatPlatform */.Bq).join(', ')} ha${emulated.length > 1 ? 've' : 's'} no hosted runner: built on ${FALLBACK_RUNNER} under QEMU`,
                });
        }
    }
    let mode;
    if (c.ci.includes('gitlab')) {
        mode = gitlabMode(c);
        const options = {
            mode,
            platforms,
            context: c.context,
            ...(file ? { dockerfile: file } : {}),
            ...(c.gitlabImage ? { image: c.gitlabImage, expandVariables: c.gitlabImage.includes('$') } : {}),
            ...(mode === 'native' && c.runnerTags ? { runnerTags: c.runnerTags } : {}),
        };
        files.push({ path: GITLAB_PATH, content: (0,gitlab/* renderPipeline */.ju)(options, regenerateCommand(c, 'gitlab')) });
        const image = c.gitlabImage ?? '$CI_REGISTRY_IMAGE';
        if (image === '$CI_REGISTRY_IMAGE')
            next.push({
                ci: 'gitlab',
                text: "no variable to add: the pipeline pushes to the project's container registry ($CI_REGISTRY_IMAGE) with the job token; check the registry is enabled (Settings → General → Visibility)",
            });
        else
            next.push({
                ci: 'gitlab',
                text: `add the CI/CD variables CI_REGISTRY_USER and CI_REGISTRY_PASSWORD (masked) for ${registryOf(image)}, or point the pipeline's registry settings at your own variables`,
            });
        if (mode === 'native') {
            const tags = gitlabRunnerTags(c);
            next.push({
                ci: 'gitlab',
                text: `one job per platform on runners tagged ${platforms.map((p) => `${p} → ${(tags[p] ?? []).join(',')}`).join('; ')}; on self-managed GitLab register a runner of each architecture (privileged, for Docker-in-Docker) and pass --runner-tag PLATFORM=TAG`,
            });
        }
        else {
            if (c.strategy === 'native')
                next.push({
                    ci: 'gitlab',
                    text: `GitLab has no hosted runner for ${c.platforms
                        .filter((p) => !(gitlabRunnerTags(c)[(0,platform/* formatPlatform */.Bq)(p)] ?? []).length)
                        .map(platform/* formatPlatform */.Bq)
                        .join(', ')}: the pipeline builds every platform in one job under QEMU (pass --runner-tag PLATFORM=TAG for your own runners to split it)`,
                });
            next.push({ ci: 'gitlab', text: "the build job needs a runner that allows privileged containers (Docker-in-Docker); GitLab.com's hosted runners do" });
        }
    }
    return { files, next, ...(mode ? { gitlabMode: mode } : {}) };
}

;// CONCATENATED MODULE: ./src/scaffold/prompts.ts
/** Thrown when the user cancels a prompt (Ctrl-C, Escape). */
class PromptCancelled extends Error {
    constructor() {
        super('cancelled');
    }
}
async function terminalPrompter() {
    const p = await __webpack_require__.e(/* import() */ 170).then(__webpack_require__.bind(__webpack_require__, 6170));
    const done = (v) => {
        if (p.isCancel(v)) {
            p.cancel('Nothing was written.');
            throw new PromptCancelled();
        }
        return v;
    };
    return {
        intro: (title) => p.intro(title),
        async text(message, initial, validate) {
            return done(await p.text({
                message,
                initialValue: initial,
                ...(validate ? { validate: (v) => validate(v ?? '') } : {}),
            })).trim();
        },
        async select(message, choices, initial) {
            return done(await p.select({
                message,
                options: choices.map((c) => ({ value: c.value, label: c.label, ...(c.hint ? { hint: c.hint } : {}) })),
                initialValue: initial,
            }));
        },
        async multiselect(message, choices, initial) {
            return done(await p.multiselect({
                message,
                options: choices.map((c) => ({ value: c.value, label: c.label, ...(c.hint ? { hint: c.hint } : {}) })),
                initialValues: initial,
                required: true,
            }));
        },
        async confirm(message, initial) {
            return done(await p.confirm({ message, initialValue: initial }));
        },
        note: (text, title) => p.note(text, title),
        outro: (text) => p.outro(text),
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/init.ts











const COMMON_PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/riscv64', 'linux/ppc64le', 'linux/s390x', 'linux/386'];
function parseCi(raw) {
    const out = [];
    for (const item of raw.split(/[\s,]+/).filter(Boolean)) {
        const v = item.toLowerCase() === 'both' ? ['github', 'gitlab'] : [item.toLowerCase()];
        for (const x of v) {
            if (!CI_SYSTEMS.includes(x))
                throw new errors/* UsageError */.eb(`--ci takes github, gitlab or github,gitlab, not "${item}"`);
            if (!out.includes(x))
                out.push(x);
        }
    }
    if (!out.length)
        throw new errors/* UsageError */.eb('--ci is empty; use github, gitlab or github,gitlab');
    return out;
}
function parseStrategy(raw) {
    if (!STRATEGIES.includes(raw))
        throw new errors/* UsageError */.eb(`--strategy takes native or qemu, not "${raw}"`);
    return raw;
}
function parseRunnerTags(items) {
    if (!items.length)
        return undefined;
    const out = {};
    for (const item of items) {
        const i = item.indexOf('=');
        if (i <= 0)
            throw new errors/* UsageError */.eb(`--runner-tag takes PLATFORM=TAG[,TAG], not "${item}"`);
        const [p] = (0,platform/* parsePlatformList */.VX)(item.slice(0, i));
        if (!p)
            throw new errors/* UsageError */.eb(`--runner-tag: no platform in "${item}"`);
        const key = (0,platform/* formatPlatform */.Bq)(p);
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
function repoPath(root, cwd, p) {
    const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p);
    const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw new errors/* UsageError */.eb(`${p} is outside the repository ${root}`);
    return rel || '.';
}
function validImage(v) {
    if (!v)
        return 'give a repository, e.g. ghcr.io/owner/app';
    if (!/^[a-z0-9][a-z0-9._/:-]*$/.test(v))
        return 'lowercase letters, digits and . _ / : - only';
    if (/:[^/]*$/.test(v.replace(/^[^/]*\//, '')))
        return 'no tag: the workflow adds the tags';
    return undefined;
}
/** Flags, then prompts (on a terminal), then detection, into the choices. */
async function decide(args, d, cwd, prompter) {
    const root = d.root;
    const defaultCi = d.remote?.host === 'gitlab' ? ['gitlab'] : ['github'];
    const images = defaultImage(d.remote, root);
    const fileFlag = (0,command/* flagString */.w)(args, 'file');
    const ctxFlag = (0,command/* flagString */.w)(args, 'context');
    const ciFlag = (0,command/* flagString */.w)(args, 'ci');
    const platformsFlag = (0,command/* flagString */.w)(args, 'platforms');
    const strategyFlag = (0,command/* flagString */.w)(args, 'strategy');
    const imageFlag = (0,command/* flagString */.w)(args, 'image');
    // the Dockerfile
    let file = fileFlag !== undefined ? repoPath(root, cwd, fileFlag) : undefined;
    if (file === undefined && prompter) {
        if (d.dockerfiles.length > 1) {
            file = await prompter.select('Which Dockerfile?', d.dockerfiles.map((f) => ({ value: f.file, label: f.file, hint: f.crossCompiles ? 'cross-compiles' : `context ${f.context}` })), d.dockerfiles[0].file);
        }
        else {
            file = repoPath(root, cwd, await prompter.text('Dockerfile', d.dockerfiles[0]?.file ?? 'Dockerfile', (v) => (v.trim() ? undefined : 'give a path')));
        }
    }
    if (file === undefined) {
        if (!d.dockerfiles.length)
            throw new errors/* UserError */.yo(`no Dockerfile found under ${root}; pass --file PATH (it may be written later)`);
        file = d.dockerfiles[0].file;
    }
    const info = d.dockerfiles.find((f) => f.file === file) ?? describeDockerfile(root, file);
    // the build context
    let context = ctxFlag !== undefined ? repoPath(root, cwd, ctxFlag) : undefined;
    if (context === undefined && prompter) {
        context = repoPath(root, root, await prompter.text('Build context (relative to the repository root)', info.context, (v) => isDirectory((0,external_node_path_.join)(root, v.trim() || '.')) ? undefined : 'not a directory in the repository'));
    }
    context = external_node_path_.posix.normalize(context ?? info.context);
    // CI systems
    let ci = ciFlag !== undefined ? parseCi(ciFlag) : undefined;
    if (!ci && prompter) {
        ci = await prompter.multiselect('Which CI?', [
            { value: 'github', label: 'GitHub Actions', hint: '.github/workflows/multi-arch.yml' },
            { value: 'gitlab', label: 'GitLab CI/CD', hint: '.gitlab-ci.yml' },
        ], defaultCi);
    }
    ci ??= defaultCi;
    // platforms
    let platforms = platformsFlag !== undefined ? (0,platform/* parsePlatformList */.VX)(platformsFlag) : undefined;
    if (platformsFlag !== undefined && !platforms?.length)
        throw new errors/* UsageError */.eb('--platforms is empty');
    if (!platforms && prompter) {
        const chosen = await prompter.multiselect('Platforms', COMMON_PLATFORMS.map((p) => ({ value: p, label: p, ...(GITHUB_RUNNERS[p] ? { hint: `native runner: ${GITHUB_RUNNERS[p]}` } : {}) })), ['linux/amd64', 'linux/arm64']);
        platforms = (0,platform/* parsePlatformList */.VX)(chosen.join(','));
    }
    platforms ??= (0,platform/* parsePlatformList */.VX)('linux/amd64,linux/arm64');
    // strategy
    const suggested = defaultStrategy(platforms);
    let strategy = strategyFlag !== undefined ? parseStrategy(strategyFlag) : undefined;
    if (!strategy && prompter) {
        strategy = await prompter.select('Build strategy', [
            { value: 'native', label: 'native', hint: 'a job per platform on a runner of that CPU, then a merge job: no emulation' },
            { value: 'qemu', label: 'qemu', hint: 'one job builds every platform, under QEMU: simplest, slow for compiled code' },
        ], suggested);
    }
    strategy ??= suggested;
    // the image (GitHub; GitLab pushes to its own project registry unless told otherwise)
    let image = imageFlag;
    if (image !== undefined) {
        const why = validImage(image);
        if (why)
            throw new errors/* UsageError */.eb(`--image "${image}": ${why}`);
    }
    if (image === undefined && prompter && ci.includes('github'))
        image = await prompter.text('Image (GitHub workflow)', images.github, (v) => validImage(v.trim()));
    const imageGuessed = image === undefined && images.githubGuessed;
    image ??= images.github;
    const gitlabImage = (0,command/* flagString */.w)(args, 'gitlab-image');
    const runnerTags = parseRunnerTags((0,command/* flagList */.zg)(args, 'runner-tag'));
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
        defaultBranch: (0,command/* flagString */.w)(args, 'default-branch') ?? d.defaultBranch,
    };
}
const VERB = { create: 'created', update: 'updated', unchanged: 'unchanged', kept: 'left alone' };
const DRY_VERB = { create: 'would create', update: 'would update', unchanged: 'unchanged', kept: 'would leave alone' };
function adviceLines(advice) {
    const out = [];
    for (const a of advice) {
        out.push(`  ${a.level}: ${a.message}`);
        for (const c of a.change ?? [])
            out.push(`      ${c}`);
    }
    return out;
}
async function runInit(args, io, deps = {}) {
    if (args.positionals.length)
        throw new errors/* UsageError */.eb(`unexpected argument "${args.positionals[0]}"; init takes flags only (see gen-ci init --help)`);
    const json = (0,command/* flagBool */.NZ)(args, 'json');
    const dryRun = (0,command/* flagBool */.NZ)(args, 'dry-run');
    const force = (0,command/* flagBool */.NZ)(args, 'force');
    const cwd = (0,external_node_path_.resolve)(deps.cwd ?? process.cwd(), (0,command/* flagString */.w)(args, 'dir') ?? '.');
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* UsageError */.eb(`--dir ${cwd} does not exist`);
    const interactive = deps.interactive ?? (!(0,command/* flagBool */.NZ)(args, 'yes') && !json && Boolean(process.stdin.isTTY && process.stdout.isTTY));
    const root = repositoryRoot(cwd);
    const detected = detect(root);
    let prompter;
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
        const skipCheck = (0,command/* flagBool */.NZ)(args, 'skip-check');
        const advice = skipCheck ? [] : await adviseDockerfile(root, choices.file, buildLegs(choices), deps.lookup ? { lookup: deps.lookup } : {});
        if (json) {
            io.out(JSON.stringify({
                root,
                dryRun,
                choices: { ...choices, platforms: choices.platforms.map(platform/* formatPlatform */.Bq) },
                gitlabMode: out.gitlabMode,
                files: plan.map((f) => ({ path: f.path, action: f.action, ...(dryRun && f.diff ? { diff: f.diff } : {}) })),
                written,
                next: out.next,
                advice,
            }, null, 2));
            return kept.length && !dryRun ? 1 : 0;
        }
        const lines = [];
        if (dryRun)
            for (const f of plan)
                if (f.diff)
                    lines.push(f.diff.replace(/\n$/, ''));
        lines.push(`gen-ci init: ${choices.file} (context ${choices.context}) for ${choices.platforms.map(platform/* formatPlatform */.Bq).join(', ')}, strategy ${choices.strategy}${out.gitlabMode && out.gitlabMode !== 'native' && choices.strategy === 'native' ? ` (GitLab: ${out.gitlabMode})` : ''}`);
        for (const f of plan)
            lines.push(`  ${(dryRun ? DRY_VERB : VERB)[f.action].padEnd(17)} ${f.path}${f.action === 'kept' ? ' (it differs; --force overwrites it, --dry-run shows the diff)' : ''}`);
        if (!changes.length && !kept.length)
            lines.push('Nothing to change: every file is up to date.');
        if (dryRun)
            lines.push('Dry run: nothing was written.');
        if (changes.length || dryRun) {
            lines.push('', 'Next:');
            const ciLabel = (n) => (n.ci === 'github' ? 'GitHub' : n.ci === 'gitlab' ? 'GitLab' : '');
            if (!dryRun)
                lines.push(`  - commit ${written.join(' and ')} and push`);
            for (const n of out.next)
                lines.push(`  - ${ciLabel(n) ? `${ciLabel(n)}: ` : ''}${n.text}`);
        }
        if (advice.length)
            lines.push('', `Dockerfile check (${choices.file}):`, ...adviceLines(advice));
        else if (!skipCheck)
            lines.push('', `Dockerfile check (${choices.file}): nothing to report.`);
        if (prompter) {
            for (const l of lines)
                io.out(l);
            prompter.outro(kept.length ? 'Some files were left alone.' : dryRun ? 'Dry run done.' : 'Done.');
        }
        else
            for (const l of lines)
                io.out(l);
        return kept.length && !dryRun ? 1 : 0;
    }
    catch (e) {
        if (e instanceof PromptCancelled)
            return 130;
        throw e;
    }
}
const initCommand = {
    name: 'init',
    summary: 'scaffold a multi-arch image pipeline for GitHub Actions and/or GitLab CI',
    usage: 'gen-ci init [--ci github,gitlab] [--platforms list] [--strategy native|qemu] [--image REPO] [--file Dockerfile] [--context DIR] [--yes] [--dry-run] [--force]',
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
    flags: [
        { name: 'ci', type: 'string', description: 'github, gitlab or github,gitlab (default: where the git remote is)' },
        { name: 'platforms', short: 'p', type: 'string', description: 'target platforms, comma separated (default linux/amd64,linux/arm64)' },
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


/***/ }),

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixEmulatedCompile: () => (/* binding */ fixEmulatedCompile)
/* harmony export */ });
/* harmony import */ var _scaffold_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(783);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6357);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5835);
// The fix for a compile that runs under emulation, right by construction: following it never ships
// the build machine's binaries under another platform.
// - A stage that is neither the shipped stage nor one of its FROM ancestors may move onto
//   $BUILDPLATFORM ("pin"), with the language's cross-compile recipe (Go GOOS/GOARCH, C with the
//   target's cross compiler; Java bytecode needs none).
// - A compile in the shipped stage or its ancestry is never pinned (that would put the build
//   machine's binaries in every platform's image): a new stage on $BUILDPLATFORM cross-compiles,
//   and the original stage copies the result in ("new-stage").
// - Native modules installed into the image must match the target CPU: no safe change
//   ("stay-emulated"). Where the output cannot be known (no -o), the fix is described ("manual").



/** The stage index a name or number refers to, before `before`. */
function stageRef(stages, name, before) {
    const n = name.toLowerCase();
    if (/^\d+$/.test(n))
        return Number(n) < before ? Number(n) : undefined;
    const i = stages.findIndex((s, k) => k < before && s.name === n);
    return i >= 0 ? i : undefined;
}
/** A stage and its FROM <stage> ancestors, the stage first. */
function chain(df, i) {
    const out = [];
    let cur = i;
    while (cur !== undefined && !out.includes(cur)) {
        out.push(cur);
        const s = df.stages[cur];
        cur = stageRef(df.stages, s.base, s.index);
    }
    return out;
}
/** The 0-based line range [start, end) of the instruction starting at 1-based `line`. */
function instructionLines(lines, line) {
    let end = line - 1;
    // continuation lines, and heredoc bodies up to their terminator
    const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(lines[end] ?? '');
    if (heredoc) {
        const word = heredoc[1];
        end++;
        while (end < lines.length && lines[end].trim() !== word)
            end++;
        return [line - 1, Math.min(end + 1, lines.length)];
    }
    while (end < lines.length && /\\\s*$/.test(lines[end]))
        end++;
    return [line - 1, end + 1];
}
const CC_CASE = 'case "$TARGETARCH" in amd64) CC=x86_64-linux-gnu-gcc ;; arm64) CC=aarch64-linux-gnu-gcc ;; arm) CC=arm-linux-gnueabihf-gcc ;; riscv64) CC=riscv64-linux-gnu-gcc ;; ppc64le) CC=powerpc64le-linux-gnu-gcc ;; s390x) CC=s390x-linux-gnu-gcc ;; esac';
/** The compile command rewritten to cross-compile for $TARGETOS/$TARGETARCH, or undefined when there is no recipe here. */
function crossCompile(text, kind) {
    switch (kind) {
        case 'go':
            if (/\bGOARCH=/.test(text))
                return text;
            return text.replace(/(?<![\w-])go\s+(build|install)\b/, (m) => `CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH ${m}`);
        case 'c': {
            // the target's cross compiler (Debian: gcc-aarch64-linux-gnu …), chosen by $TARGETARCH
            const rewritten = text.replace(/(^|[;&|(]\s*|\bthen\s+|\bdo\s+)(gcc|cc)(?=\s)/g, '$1"$CC"');
            return rewritten === text ? undefined : `${CC_CASE}; ${rewritten.trim()}`;
        }
        case 'make': {
            const rewritten = text.replace(/(?<![\w-])make(?=\s|$)/, 'make CC="$CC"');
            return `${CC_CASE}; ${rewritten.trim()}`;
        }
        case 'java':
            // bytecode runs on every CPU: building it on the build platform is all it takes
            return text;
        case 'dotnet':
            return /\s(-a|--arch)\s/.test(text) ? text : text.replace(/\bdotnet\s+(publish|build)\b/, (m) => `${m} --arch $TARGETARCH`);
        default:
            return undefined;
    }
}
/** The file a compile writes, from its -o (absolute, against the stage's WORKDIR). */
function outputOf(text, workdir) {
    const m = /(?:^|\s)-o\s+("?)([^\s"';&|]+)\1/.exec(text);
    if (!m)
        return undefined;
    const out = m[2];
    if (out.includes('$'))
        return undefined;
    return out.startsWith('/') ? out : `${workdir.replace(/\/+$/, '')}/${out}`.replace(/\/\.\//g, '/');
}
const PLATFORM_ARGS_LINE = 'ARG TARGETOS TARGETARCH';
/** The fix for one emulated-compile finding (`finding.line`: its RUN line) of this Dockerfile. */
function fixEmulatedCompile(dockerfile, finding, opts = {}) {
    if (finding.code !== 'emulated-compile' || !finding.line)
        return undefined;
    const df = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(dockerfile);
    const lines = dockerfile.split('\n');
    const stage = [...df.stages].reverse().find((s) => s.line <= finding.line);
    const run = stage?.runs.find((r) => r.line === finding.line);
    if (!stage || !run)
        return undefined;
    const compile = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__.analyseRun)(run.text, { os: 'linux', architecture: 'arm64' }, {}).compiles[0];
    if (!compile)
        return undefined;
    const shipped = opts.target ? stageRef(df.stages, opts.target, df.stages.length) : df.stages.length - 1;
    const shippedChain = shipped === undefined ? [] : chain(df, shipped);
    const own = chain(df, stage.index);
    const label = stage.name ? `stage "${stage.name}"` : `stage ${stage.index}`;
    if (compile.kind === 'node-native' || compile.kind === 'python-native' || compile.kind === 'rust') {
        if (compile.kind !== 'rust')
            return {
                kind: 'stay-emulated',
                message: `${label} must stay emulated: "${compile.command}" builds native modules that must match the target CPU; build that platform on a native runner instead (gen-ci init makes one job per platform)`,
            };
        return {
            kind: 'manual',
            message: `${label}: cross-compile with cargo --target on the build platform (FROM --platform=$BUILDPLATFORM, a target linker, or tonistiigi/xx's xx-cargo), then COPY the binary into the image`,
        };
    }
    const root = df.stages[own[own.length - 1]];
    // a stage off the shipped ancestry, whose whole chain is too, moves onto the build platform
    if (!own.some((k) => shippedChain.includes(k))) {
        const cross = crossCompile(run.text, compile.kind);
        if (cross === undefined)
            return manual(label, compile.command);
        const out = [...lines];
        const [a, b] = instructionLines(out, run.line);
        const runLines = cross === run.text ? out.slice(a, b) : [`RUN ${cross.replace(/\n/g, ' \\\n    ')}`];
        out.splice(a, b - a, ...runLines);
        const declared = new Set(stage.args.filter((x) => x.line < run.line).map((x) => x.name));
        if (compile.kind !== 'java' && (!declared.has('TARGETOS') || !declared.has('TARGETARCH')))
            out.splice(stage.line, 0, PLATFORM_ARGS_LINE);
        out[root.line - 1] = pinFrom(out[root.line - 1]);
        return result('pin', `${label} is not shipped: build it on the build platform${compile.kind === 'java' ? ' (bytecode runs on every CPU)' : ', cross-compiling for $TARGETOS/$TARGETARCH'}`, dockerfile, out);
    }
    // the compile is in the shipped stage or its ancestry: a new stage cross-compiles, this one copies
    const cross = crossCompile(run.text, compile.kind);
    const workdir = [...stage.expanded].reverse().find((x) => x.keyword === 'WORKDIR' && x.line < run.line)?.text.trim() ?? '/';
    const output = outputOf(run.text, workdir);
    if (cross === undefined || !output)
        return manual(label, compile.command);
    const build = `${stage.name ?? `stage${stage.index}`}-build`;
    const rootImage = root.base;
    // what the RUN needs from the stages it is built on, root first, then from this stage above it:
    // their ARG, ENV, WORKDIR and COPY/ADD lines
    const needs = [...own]
        .reverse()
        .flatMap((k) => (k === stage.index ? collectBefore(lines, stage, run.line) : collectBefore(lines, df.stages[k], Number.MAX_SAFE_INTEGER)));
    const newStage = [
        `FROM --platform=$BUILDPLATFORM ${rootImage} AS ${build}`,
        PLATFORM_ARGS_LINE,
        ...needs,
        `RUN ${cross.replace(/\n/g, ' \\\n    ')}`,
        '',
    ];
    // the new stage goes right before this one: stages from here on move up by one, so numeric
    // --from=N references to them are renumbered
    const out = lines.map((l) => l.replace(/--from=(\d+)\b/g, (m, n) => (Number(n) >= stage.index ? `--from=${Number(n) + 1}` : m)));
    const [a, b] = instructionLines(out, run.line);
    out.splice(a, b - a, `COPY --from=${build} ${output} ${output}`);
    out.splice(stage.line - 1, 0, ...newStage);
    return result('new-stage', `${label} is shipped (or is an ancestor of the shipped stage), so it must stay on the target platform: a new stage "${build}" on the build platform cross-compiles ${output}, and ${label} copies it in`, dockerfile, out);
}
function manual(label, command) {
    return {
        kind: 'manual',
        message: `${label}: move "${command}" into a stage FROM --platform=$BUILDPLATFORM that cross-compiles for $TARGETOS/$TARGETARCH (tonistiigi/xx has recipes), then COPY its output into this stage`,
    };
}
function pinFrom(text) {
    return /--platform=/i.test(text) ? text.replace(/--platform=\S+/i, '--platform=$BUILDPLATFORM') : text.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM ');
}
/** The stage's instructions before the RUN that it may depend on (ARG, ENV, WORKDIR, COPY, ADD), as written. */
function collectBefore(lines, stage, runLine) {
    const out = [];
    // up to the RUN, or to the next FROM for a stage above this one
    for (let n = stage.line + 1; n < runLine && n <= lines.length; n++) {
        if (/^\s*FROM\b/i.test(lines[n - 1] ?? ''))
            break;
        const text = lines[n - 1] ?? '';
        if (!/^\s*(ARG|ENV|WORKDIR|COPY|ADD)\b/i.test(text))
            continue;
        if (/^\s*ARG\s+TARGET(OS|ARCH)\b/i.test(text))
            continue;
        const [a, b] = instructionLines(lines, n);
        out.push(...lines.slice(a, b));
        n = b;
    }
    return out;
}
function result(kind, message, before, afterLines) {
    const patched = afterLines.join('\n');
    return { kind, message, patched, diff: (0,_scaffold_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .unifiedDiff */ .W)(before, patched, 'a/Dockerfile', 'b/Dockerfile') };
}


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


/***/ })

};
