export const id = 381;
export const ids = [381];
export const modules = {

/***/ 7381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tagsCommand: () => (/* binding */ tagsCommand)
/* harmony export */ });
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2344);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _metadata_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9003);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);





const FORMATS = ['lines', 'docker-args', 'env'];
function print(m, format, out) {
    const kv = (o) => Object.entries(o).map(([k, v]) => `${k}=${v}`);
    if (format === 'lines')
        for (const t of m.tags)
            out(t);
    else if (format === 'docker-args') {
        for (const t of m.tags)
            out(`--tag=${t}`);
        for (const l of kv(m.labels))
            out(`--label=${l}`);
        for (const a of kv(m.annotations))
            out(`--annotation=${a}`);
    }
    else {
        // metadata-action's DOCKER_METADATA_OUTPUT_* names (newline separated), and the push decision
        out(`DOCKER_METADATA_OUTPUT_VERSION=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(m.version)}`);
        out(`DOCKER_METADATA_OUTPUT_TAGS=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(m.tags.join('\n'))}`);
        out(`DOCKER_METADATA_OUTPUT_TAG_NAMES=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(m.tagNames.join('\n'))}`);
        out(`DOCKER_METADATA_OUTPUT_LABELS=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(kv(m.labels).join('\n'))}`);
        out(`DOCKER_METADATA_OUTPUT_ANNOTATIONS=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(kv(m.annotations).join('\n'))}`);
        out(`GEN_CI_PUSH=${m.push}`);
    }
}
const tagsCommand = {
    name: 'tags',
    summary: 'print the image tags, OCI labels and annotations for this commit',
    usage: 'gen-ci tags --images IMAGE[,IMAGE…] [--rule LINE…] [--latest auto|true|false] [--format lines|docker-args|env] [--json]',
    help: `
Computes the tags, OCI labels and annotations of an image build from the event this run is for:
GitHub Actions (GITHUB_REF, GITHUB_SHA and the GITHUB_EVENT_PATH payload) when GITHUB_ACTIONS=true,
GitLab CI (CI_COMMIT_TAG, CI_COMMIT_BRANCH, CI_MERGE_REQUEST_IID, CI_DEFAULT_BRANCH, CI_COMMIT_SHA)
when GITLAB_CI=true, else git in --dir: a branch when HEAD is on one, a tag when HEAD is detached
at one (the highest semver tag if several). --ref builds as another ref.

Rules are docker/metadata-action's tags syntax, one per --rule (type=semver,pattern={{version}};
type=ref,event=pr; type=sha; type=edge; type=schedule; type=raw,value=…; each with enable=,
prefix=, suffix=, priority=). Without --rule, gen-ci's release policy: on tag v1.2.3 the tags
1.2.3, 1.2, 1 (not 0 for v0.x) and latest; on the default branch sha-<7> and latest; on a schedule
nightly too; on a pull/merge request pr-N, built but not pushed ("push": false); other branches
nothing. --latest auto (default) adds latest when the first tag comes from a release (a semver
tag that is not a pre-release, type=match or type=ref,event=tag); true always; false never.

Output (--format): lines, every IMAGE:TAG on its own line (the default); docker-args, one
--tag=/--label=/--annotation= argument per line for docker buildx build; env, sh assignments of
DOCKER_METADATA_OUTPUT_VERSION/TAGS/TAG_NAMES/LABELS/ANNOTATIONS (newline separated, as
metadata-action exports them) and GEN_CI_PUSH, for eval. --why prints what each rule did on stderr.

Examples:
  gen-ci tags --images ghcr.io/owner/app
  gen-ci tags --images ghcr.io/owner/app,docker.io/owner/app --json
  gen-ci tags --images ghcr.io/owner/app --rule 'type=ref,event=branch' --rule 'type=sha,format=long'
  gen-ci tags --images ghcr.io/owner/app --ref refs/tags/v1.2.3 --why
  mapfile -t args < <(gen-ci tags --images ghcr.io/owner/app --format docker-args)
  eval "$(gen-ci tags --images ghcr.io/owner/app --format env)"`,
    json: [
        'version: the first tag ("" when none); tags: IMAGE:TAG for every image; tagNames; images (lowercased);',
        'latest: whether a latest tag is among them; push: false on a pull/merge request or without tags;',
        'labels, annotations: {key: value} (org.opencontainers.image.*); reasons: [{rule, tag, why}];',
        'context: {source: github | gitlab | git, event, ref, sha, defaultBranch}',
    ],
    flags: [
        { name: 'images', type: 'list', aliases: ['image'], description: 'image repositories, comma separated (lowercased); none: tag names only' },
        { name: 'rule', type: 'list', aliases: ['tag-rule'], description: 'a tag rule, metadata-action syntax (default: the release policy above)' },
        { name: 'latest', type: 'string', description: 'auto (default), true or false' },
        { name: 'format', type: 'string', description: 'lines (default), docker-args or env' },
        { name: 'label', type: 'list', description: 'extra label KEY=VALUE (overrides an OCI one)' },
        { name: 'annotation', type: 'list', description: 'extra annotation KEY=VALUE (overrides an OCI one)' },
        { name: 'ref', type: 'string', description: 'build as this git ref: refs/heads/B, refs/tags/T or refs/pull/N/merge' },
        { name: 'default-branch', type: 'string', description: 'the default branch (default: the CI says, else origin/HEAD, else init.defaultBranch)' },
        { name: 'dir', type: 'string', description: 'the git work tree outside CI (default: the current directory)' },
        { name: 'why', type: 'boolean', description: 'print what each rule did on stderr' },
    ],
    async run(args, io) {
        if (args.positionals.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`tags takes no arguments (got ${args.positionals[0]}); give images with --images`);
        const latest = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagString */ .w)(args, 'latest') ?? 'auto';
        if (!['auto', 'true', 'false'].includes(latest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--latest takes auto, true or false, not "${latest}"`);
        const format = ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagString */ .w)(args, 'format') ?? 'lines');
        if (!FORMATS.includes(format))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--format takes ${FORMATS.join(', ')}, not "${format}"`);
        const ref = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagString */ .w)(args, 'ref');
        if (ref !== undefined && !/^refs\/(heads\/.+|tags\/.+|pull\/\d+\/merge)$/.test(ref))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--ref takes refs/heads/BRANCH, refs/tags/TAG or refs/pull/N/merge, not "${ref}"`);
        for (const kv of [...(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'label'), ...(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'annotation')])
            if (!/^[^=]+=/.test(kv))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--label/--annotation take KEY=VALUE, not "${kv}"`);
        const defaultBranch = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagString */ .w)(args, 'default-branch');
        const sha = process.env.DOCKER_METADATA_SHORT_SHA_LENGTH;
        if (sha !== undefined && !/^\d+$/.test(sha))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a number: ${sha}`);
        const dir = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagString */ .w)(args, 'dir');
        if (dir !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputFileError */ .TH(`directory not found: ${dir} (--dir)`);
        const ctx = await (0,_metadata_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFromEnvironment */ .NK)(process.env, dir ?? process.cwd(), {
            ...(ref !== undefined ? { ref } : {}),
            ...(defaultBranch !== undefined ? { defaultBranch } : {}),
        });
        const m = (0,_metadata_index_js__WEBPACK_IMPORTED_MODULE_2__/* .computeMetadata */ .FT)(ctx, {
            images: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'images'),
            rules: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'rule'),
            latest: latest,
            labels: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'label'),
            annotations: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagList */ .zg)(args, 'annotation'),
            ...(sha !== undefined ? { shortShaLength: Number(sha) } : {}),
        });
        const context = { source: ctx.source, event: ctx.event, ref: ctx.ref, sha: ctx.sha, defaultBranch: ctx.defaultBranch ?? null };
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagBool */ .NZ)(args, 'why')) {
            io.err(`${ctx.source}: ${ctx.event || 'no event'} ${ctx.ref || '(no ref)'} at ${ctx.sha.slice(0, 7) || '?'}, default branch ${ctx.defaultBranch ?? 'unknown'}`);
            for (const r of m.reasons)
                io.err(`  ${r.rule}: ${r.tag ?? '-'} (${r.why})`);
        }
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagBool */ .NZ)(args, 'json')) {
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, { ...m, context });
            return 0;
        }
        if (!m.tags.length)
            io.err(`gen-ci: no tag for ${ctx.ref || 'this commit'} by these rules (--why says why)`);
        print(m, format, io.out);
        return 0;
    },
};


/***/ })

};
