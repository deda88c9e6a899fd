export const id = 368;
export const ids = [368];
export const modules = {

/***/ 7368:
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
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
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
/** The credentials a workflow logs in with: ghcr.io takes the job's GITHUB_TOKEN, everything else two secrets. */
function credentialsFor(registry) {
    if (registry === 'ghcr.io')
        return { username: ex('github.actor'), password: ex('secrets.GITHUB_TOKEN'), secrets: [] };
    return { username: ex('secrets.REGISTRY_USERNAME'), password: ex('secrets.REGISTRY_PASSWORD'), secrets: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'] };
}
/** The native strategy needs no emulation only when every platform has a hosted runner. */
function defaultStrategy(platforms) {
    return platforms.every((p) => GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]) ? 'native' : 'qemu';
}
/** Platforms the native strategy still builds under QEMU (no hosted runner for them). */
function emulatedLegs(platforms) {
    return platforms.filter((p) => !GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]);
}
const IS_PR = "github.event_name == 'pull_request'";
const NOT_PR = "github.event_name != 'pull_request'";
function sourceInputs(o) {
    return { context: o.context, ...(o.file ? { file: o.file } : {}) };
}
function loginInputs(o) {
    const registry = (0,reference/* registryOf */.Fv)(o.image);
    const c = credentialsFor(registry);
    return { registry, username: c.username, password: c.password };
}
/** The action's metadata inputs: the repository (the action lowercases it) and, when given, the tag rules. */
function imageInputs(o) {
    return { images: ex('env.IMAGE'), ...(o.tagRules?.length ? { 'tag-rules': `${o.tagRules.join('\n')}\n` } : {}) };
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
                        {
                            // the action makes the tags from the event; a pull request builds pr-N and pushes nothing
                            name: 'Build and push (pull requests: build only)',
                            uses: action,
                            with: { platforms: platforms.join(','), ...sourceInputs(o), ...imageInputs(o), push: 'true', ...loginInputs(o) },
                        },
                    ],
                },
            },
        };
    }
    const include = o.platforms.map((p) => ({
        platform: (0,platform/* formatPlatform */.Bq)(p),
        runner: GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)] ?? FALLBACK_RUNNER,
        slug: (0,platform/* platformSlug */.DN)(p),
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
                    {
                        name: 'Create the tagged index',
                        uses: action,
                        with: {
                            merge: 'true',
                            // every platform must have a leg before anything is tagged
                            platforms: platforms.join(','),
                            image: ex('env.IMAGE'),
                            'digests-dir': `${ex('runner.temp')}/digests`,
                            // the action makes the tags from the event (tag v1.2.3: 1.2.3, 1.2, 1, latest; the default branch: latest, sha-<short>)
                            ...imageInputs(o),
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
    if (o.tagRules?.length)
        lines.push('Tags: the tag-rules below (docker/metadata-action syntax), made by the action from the event.');
    else
        lines.push('Tags, made by the action from the event (images:, the same policy as the gen-ci GitLab pipelines): a tag vX.Y.Z gives', `X.Y.Z, X.Y, X (not 0) and latest, a pre-release only itself; pushes to ${o.defaultBranch}, the default branch, latest and sha-<short>;`, 'pull requests build pr-N and push nothing.');
    if (o.command)
        lines.push(`Regenerate with: ${o.command.replace(/[\r\n]+/g, ' ')}`);
    return lines.map((l) => `# ${l}`);
}
function renderWorkflow(o) {
    const lines = (0,js_yaml.dump)(generateWorkflow(o), { lineWidth: -1, noRefs: true })
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
            const { RegistryClient } = await __webpack_require__.e(/* import() */ 390).then(__webpack_require__.bind(__webpack_require__, 6009));
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

// EXTERNAL MODULE: ./src/scaffold/detect.ts
var detect = __webpack_require__(8391);
// EXTERNAL MODULE: ./src/scaffold/files.ts
var files = __webpack_require__(8485);
// EXTERNAL MODULE: ./src/core/shell-quote.ts
var shell_quote = __webpack_require__(2344);
// EXTERNAL MODULE: ./src/gitlab/index.ts + 16 modules
var gitlab = __webpack_require__(1090);
;// CONCATENATED MODULE: ./src/scaffold/plan.ts






const CI_SYSTEMS = ['github', 'gitlab'];
const GITLAB_PATH = '.gitlab-ci.yml';
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
    return words.map(shell_quote/* shellWord */.r).join(' ');
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
        const registry = (0,reference/* registryOf */.Fv)(c.image);
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
            // the same policy as the workflow: latest and sha-<short> on this branch, semver on tags, merge requests build only
            defaultBranch: c.defaultBranch,
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
                text: `add the CI/CD variables CI_REGISTRY_USER and CI_REGISTRY_PASSWORD (masked) for ${(0,reference/* registryOf */.Fv)(image)}, or point the pipeline's registry settings at your own variables`,
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
/** The Dockerfile: --file, else asked (a list when there are several), else the one found. */
async function chooseDockerfile(flag, d, cwd, prompter) {
    const root = d.root;
    if (flag !== undefined)
        return repoPath(root, cwd, flag);
    if (prompter) {
        if (d.dockerfiles.length > 1) {
            return prompter.select('Which Dockerfile?', d.dockerfiles.map((f) => ({ value: f.file, label: f.file, hint: f.crossCompiles ? 'cross-compiles' : `context ${f.context}` })), d.dockerfiles[0].file);
        }
        return repoPath(root, cwd, await prompter.text('Dockerfile', d.dockerfiles[0]?.file ?? 'Dockerfile', (v) => (v.trim() ? undefined : 'give a path')));
    }
    if (!d.dockerfiles.length)
        throw new errors/* UserError */.yo(`no Dockerfile found under ${root}; pass --file PATH (it may be written later)`);
    return d.dockerfiles[0].file;
}
/** The build context: --context, else asked, else the Dockerfile's own. */
async function chooseContext(flag, root, cwd, detected, prompter) {
    let context = flag !== undefined ? repoPath(root, cwd, flag) : undefined;
    if (context === undefined && prompter) {
        context = repoPath(root, root, await prompter.text('Build context (relative to the repository root)', detected, (v) => (0,detect/* isDirectory */.wd)((0,external_node_path_.join)(root, v.trim() || '.')) ? undefined : 'not a directory in the repository'));
    }
    return external_node_path_.posix.normalize(context ?? detected);
}
/** The CI systems: --ci, else asked, else the remote's (GitLab for a GitLab remote, else GitHub). */
async function chooseCi(flag, d, prompter) {
    const defaultCi = d.remote?.host === 'gitlab' ? ['gitlab'] : ['github'];
    if (flag !== undefined)
        return parseCi(flag);
    if (!prompter)
        return defaultCi;
    return prompter.multiselect('Which CI?', [
        { value: 'github', label: 'GitHub Actions', hint: '.github/workflows/multi-arch.yml' },
        { value: 'gitlab', label: 'GitLab CI/CD', hint: '.gitlab-ci.yml' },
    ], defaultCi);
}
/** The platforms: --platforms, else asked, else amd64 and arm64. */
async function choosePlatforms(flag, prompter) {
    if (flag !== undefined) {
        const platforms = (0,platform/* parsePlatformList */.VX)(flag);
        if (!platforms.length)
            throw new errors/* UsageError */.eb('--platforms is empty');
        return platforms;
    }
    if (!prompter)
        return (0,platform/* parsePlatformList */.VX)('linux/amd64,linux/arm64');
    const chosen = await prompter.multiselect('Platforms', COMMON_PLATFORMS.map((p) => ({ value: p, label: p, ...(GITHUB_RUNNERS[p] ? { hint: `native runner: ${GITHUB_RUNNERS[p]}` } : {}) })), ['linux/amd64', 'linux/arm64']);
    return (0,platform/* parsePlatformList */.VX)(chosen.join(','));
}
/** The strategy: --strategy, else asked, else native where the CI has runners for every platform. */
async function chooseStrategy(flag, platforms, prompter) {
    const suggested = defaultStrategy(platforms);
    if (flag !== undefined)
        return parseStrategy(flag);
    if (!prompter)
        return suggested;
    return prompter.select('Build strategy', [
        { value: 'native', label: 'native', hint: 'a job per platform on a runner of that CPU, then a merge job: no emulation' },
        { value: 'qemu', label: 'qemu', hint: 'one job builds every platform, under QEMU: simplest, slow for compiled code' },
    ], suggested);
}
/** The image (GitHub; GitLab pushes to its own project registry unless told otherwise): --image, else asked, else the remote's. */
async function chooseImage(flag, d, ci, prompter) {
    const images = (0,detect/* defaultImage */.XS)(d.remote, d.root);
    if (flag !== undefined) {
        const why = validImage(flag);
        if (why)
            throw new errors/* UsageError */.eb(`--image "${flag}": ${why}`);
        return { image: flag, imageGuessed: false };
    }
    if (prompter && ci.includes('github'))
        return { image: await prompter.text('Image (GitHub workflow)', images.github, (v) => validImage(v.trim())), imageGuessed: false };
    return { image: images.github, imageGuessed: Boolean(images.githubGuessed) };
}
/** Every choice of `init`, each from its flag, else a prompt (on a terminal), else what was detected. */
async function decide(args, d, cwd, prompter) {
    const file = await chooseDockerfile((0,command/* flagString */.w)(args, 'file'), d, cwd, prompter);
    const info = d.dockerfiles.find((f) => f.file === file) ?? (0,detect/* describeDockerfile */.s6)(d.root, file);
    const context = await chooseContext((0,command/* flagString */.w)(args, 'context'), d.root, cwd, info.context, prompter);
    const ci = await chooseCi((0,command/* flagString */.w)(args, 'ci'), d, prompter);
    const platforms = await choosePlatforms((0,command/* flagString */.w)(args, 'platforms'), prompter);
    const strategy = await chooseStrategy((0,command/* flagString */.w)(args, 'strategy'), platforms, prompter);
    const { image, imageGuessed } = await chooseImage((0,command/* flagString */.w)(args, 'image'), d, ci, prompter);
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
        throw new errors/* InputFileError */.TH(`directory not found: ${(0,command/* flagString */.w)(args, 'dir') ?? cwd} (--dir)`);
    const interactive = deps.interactive ?? (!(0,command/* flagBool */.NZ)(args, 'yes') && !json && Boolean(process.stdin.isTTY && process.stdout.isTTY));
    const root = (0,detect/* repositoryRoot */.Hn)(cwd);
    const detected = (0,detect/* detect */.o0)(root);
    let prompter;
    if (interactive) {
        prompter = deps.prompter ?? (await terminalPrompter());
        const where = detected.remote ? `${detected.remote.server}/${detected.remote.path}` : 'no git remote';
        prompter.intro(`gen-ci init — ${where}, default branch ${detected.defaultBranch}`);
    }
    try {
        const choices = await decide(args, detected, cwd, prompter);
        const out = generateFiles(choices);
        const plan = (0,files/* planFiles */.j)(root, out.files, force);
        const changes = plan.filter((f) => f.action === 'create' || f.action === 'update');
        const kept = plan.filter((f) => f.action === 'kept');
        if (prompter && !dryRun && changes.length) {
            prompter.note(plan.map((f) => `${DRY_VERB[f.action].padEnd(17)} ${f.path}`).join('\n'), 'Plan');
            if (!(await prompter.confirm(`Write ${changes.map((f) => f.path).join(' and ')}?`, true))) {
                prompter.outro('Nothing was written.');
                return 1;
            }
        }
        const written = dryRun ? [] : (0,files/* applyPlan */.g)(root, plan);
        const skipCheck = (0,command/* flagBool */.NZ)(args, 'skip-check');
        const advice = skipCheck ? [] : await adviseDockerfile(root, choices.file, buildLegs(choices), deps.lookup ? { lookup: deps.lookup } : {});
        if (json) {
            const body = {
                root,
                dryRun,
                choices: { ...choices, platforms: choices.platforms.map(platform/* formatPlatform */.Bq) },
                gitlabMode: out.gitlabMode,
                files: plan.map((f) => ({ path: f.path, action: f.action, ...(dryRun && f.diff ? { diff: f.diff } : {}) })),
                written,
                next: out.next,
                advice,
            };
            if (kept.length && !dryRun) {
                const why = `${kept.map((f) => f.path).join(' and ')} differ from what init generates; left alone (--force overwrites, --dry-run shows the diff)`;
                (0,command/* printJsonFailure */.CQ)(io, body, new errors/* UserError */.yo(why, 1, 'exists'));
                return 1;
            }
            (0,command/* printJson */.Q2)(io, body);
            return 0;
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
    json: [
        'root, dryRun, choices: {ci, file, context, platforms, strategy, image, …}, gitlabMode;',
        'files: [{path, action: "create" | "update" | "unchanged" | "kept", diff (with --dry-run)}], written: the paths written;',
        'next: [{ci, text}]; advice: [{level, message, change}]; a file left alone is {"ok": false, …, "error": {"code": "exists"}} (exit 1)',
    ],
    flags: [
        { name: 'ci', type: 'string', description: 'github, gitlab or github,gitlab (default: where the git remote is)' },
        {
            name: 'platforms',
            short: 'p',
            type: 'string',
            aliases: ['platform'],
            description: 'target platforms, comma separated (default linux/amd64,linux/arm64)',
        },
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
        case 'js':
            // bytecode and JavaScript run on every CPU: building on the build platform is all it takes
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
        // a JavaScript stage installs node_modules too: pinned, they would hold the build machine's native addons
        if (compile.kind === 'js' && copiesNodeModules(df, own))
            return {
                kind: 'manual',
                message: `${label}: a later stage copies node_modules (or the whole app) from it, and those may hold native addons for the target CPU; bundle on the build platform in its own stage and install production dependencies in an emulated one`,
            };
        const cross = crossCompile(run.text, compile.kind);
        if (cross === undefined)
            return manual(label, compile.command);
        const out = [...lines];
        const [a, b] = instructionLines(out, run.line);
        const runLines = cross === run.text ? out.slice(a, b) : [`RUN ${cross.replace(/\n/g, ' \\\n    ')}`];
        out.splice(a, b - a, ...runLines);
        const declared = new Set(stage.args.filter((x) => x.line < run.line).map((x) => x.name));
        const portable = compile.kind === 'java' || compile.kind === 'js';
        if (!portable && (!declared.has('TARGETOS') || !declared.has('TARGETARCH')))
            out.splice(stage.line, 0, PLATFORM_ARGS_LINE);
        out[root.line - 1] = pinFrom(out[root.line - 1]);
        return result('pin', `${label} is not shipped: build it on the build platform${portable ? ` (${compile.kind === 'java' ? 'bytecode' : 'its output'} runs on every CPU)` : ', cross-compiling for $TARGETOS/$TARGETARCH'}`, dockerfile, out);
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
/**
 * Does a stage outside the chain COPY --from one of its stages a node_modules directory, or a whole
 * directory it may sit in (the root, `.`, a WORKDIR of the chain)?
 */
function copiesNodeModules(df, chainOf) {
    const names = new Set(chainOf.flatMap((k) => [String(k), df.stages[k].name].filter((x) => !!x)));
    const trim = (p) => p.replace(/\/+$/, '').replace(/^\.\//, '') || '/';
    const workdirs = new Set(['/', '.', ...chainOf.flatMap((k) => df.stages[k].expanded.filter((x) => x.keyword === 'WORKDIR').map((x) => trim(x.text.trim())))]);
    return df.stages.some((s) => !chainOf.includes(s.index) &&
        s.copyFrom.some((c) => names.has(c.from.toLowerCase()) && c.sources.some((src) => src.includes('node_modules') || workdirs.has(trim(src)))));
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


/***/ })

};
