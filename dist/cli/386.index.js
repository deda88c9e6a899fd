export const id = 386;
export const ids = [386];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ requireInputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   vz: () => (/* binding */ requireConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
// Input files the user names on the command line (a Dockerfile, a pairs file, a merge spec): a
// missing or unreadable one is exit 2 with one line naming it, the same in every command.



function inputError(what, path, e) {
    const code = e.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`${what} not found: ${path}`);
    if (code === 'EISDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`${what} ${path} is a directory, not a file`, 'unreadable');
    if (code === 'EACCES' || code === 'EPERM')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`cannot read ${what} ${path}: permission denied`, 'unreadable');
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`cannot read ${what} ${path}: ${code ?? e.message}`, 'unreadable');
}
/** The text of an input file, or an InputFileError (`Dockerfile not found: ./nope/Dockerfile`). */
async function readInputFile(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw inputError(what, path, e);
    }
}
/** That an input file is there and is a file (read later by someone else), or an InputFileError. */
async function requireInputFile(path, what) {
    let isFile;
    try {
        isFile = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).isFile();
        if (isFile)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch (e) {
        throw inputError(what, path, e);
    }
    if (!isFile)
        throw inputError(what, path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
}
/** A docker config directory given with --config must be there (a typo must not quietly mean anonymous). */
async function requireConfigDir(dir) {
    if (dir === undefined)
        return;
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory();
    }
    catch (e) {
        throw inputError('docker config directory', dir, e);
    }
    if (!isDir)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`docker config directory ${dir} is a file; --config takes the directory that holds config.json`, 'unreadable');
}


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** A byte count for people: 512 B, 3.4 KiB, 120 MiB (one decimal below 10); unknown is an em dash. */
function formatBytes(n) {
    if (n === undefined)
        return '—';
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ cosignSignCommand),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   EE: () => (/* binding */ cosignErrorLine),
/* harmony export */   Yz: () => (/* binding */ cosignVerifyCommand),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   _t: () => (/* binding */ signatureReference),
/* harmony export */   cM: () => (/* binding */ requireOidcToken),
/* harmony export */   eL: () => (/* binding */ classifyKey),
/* harmony export */   hz: () => (/* binding */ ciKeylessIdentity),
/* harmony export */   re: () => (/* binding */ cosignPublicKeyCommand),
/* harmony export */   zb: () => (/* binding */ verifyVerdict)
/* harmony export */ });
/* unused harmony exports KEY_URI_SCHEMES, GITHUB_OIDC_ISSUER, keyTakesPassword, oidcSource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// cosign's command lines, pure: the argument arrays and the environment gen-ci gives cosign to
// sign and verify image manifests, key-based (a key file, a KMS URI, env://VAR) or keyless
// (Fulcio/Rekor with the CI's OIDC token). Nothing here runs anything; src/pipeline/sign.ts does.
// A key's password is only ever in the environment (COSIGN_PASSWORD), never in an argument.

/** URI schemes cosign takes as --key besides a file: KMS providers, Kubernetes/GitLab secrets, env://VAR, PKCS#11. */
const KEY_URI_SCHEMES = ['awskms://', 'gcpkms://', 'hashivault://', 'azurekms://', 'k8s://', 'gitlab://', 'env://', 'pkcs11:'];
/** The issuer of GitHub Actions' OIDC tokens (the --certificate-oidc-issuer of their signatures). */
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** A --key value (or an action input) as a key source: a URI by its scheme, PEM text by its armour, else a file path. */
function classifyKey(input) {
    const v = input.trim();
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the cosign key is empty: give a key file, PEM text or a KMS URI (awskms://, gcpkms://, hashivault://, azurekms://, k8s://)');
    if (/-----BEGIN [A-Z ]+-----/.test(v))
        return { kind: 'pem', text: `${v}\n` };
    const lower = v.toLowerCase();
    if (KEY_URI_SCHEMES.some((s) => lower.startsWith(s)))
        return { kind: 'uri', uri: v };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown cosign key scheme in "${v.replace(/\/\/.*/, '//…')}": cosign takes ${KEY_URI_SCHEMES.join(', ')} or a key file`);
    return { kind: 'file', path: v };
}
/** Whether cosign may ask for a password for this key (a file or env://: an encrypted PEM); KMS keys have none. */
function keyTakesPassword(key) {
    return key.kind !== 'uri' || key.uri.toLowerCase().startsWith('env://');
}
function registryArgs(o) {
    return [
        ...(o.allowHttpRegistry ? ['--allow-http-registry=true'] : []),
        ...(o.allowInsecureRegistry ? ['--allow-insecure-registry=true'] : []),
        ...(o.timeoutSeconds !== undefined ? [`--timeout=${Math.max(1, Math.ceil(o.timeoutSeconds))}s`] : []),
    ];
}
function registryEnv(o) {
    return o.dockerConfig ? { DOCKER_CONFIG: o.dockerConfig } : {};
}
const DIGEST_REF = /@sha256:[a-f0-9]{64}$/;
function requireDigests(images) {
    if (!images.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('nothing to sign: no manifest digests');
    for (const i of images)
        if (!DIGEST_REF.test(i))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cosign signs by digest, not by tag: "${i}" has no @sha256:… digest`);
}
/** Where keyless signing finds its OIDC token in `env`, or undefined when there is none. */
function oidcSource(env) {
    if (env.SIGSTORE_ID_TOKEN)
        return 'sigstore-id-token';
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return 'github-actions';
    return undefined;
}
/** Where keyless signing finds its OIDC token, or a usage error saying how to give the job one (cosign would open a browser). */
function requireOidcToken(env) {
    const source = oidcSource(env);
    if (!source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('keyless signing needs an OIDC token: on GitHub give the job "permissions: id-token: write"; on GitLab "id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore"; or sign with --key');
    return source;
}
/**
 * `cosign sign` for manifests given by digest, in one invocation (keyless: one certificate for all).
 * Key-based: `--key`, the password in COSIGN_PASSWORD. Keyless: `--yes` (no prompt), the token
 * from SIGSTORE_ID_TOKEN (given, or already in the environment; GitLab's `id_tokens:`), else GitHub's
 * ACTIONS_ID_TOKEN_REQUEST_* (`--oidc-provider=github-actions`); none of them is a usage error
 * (cosign would open a browser).
 */
function cosignSignCommand(o) {
    requireDigests(o.images);
    const env = registryEnv(o);
    const args = ['sign', '--yes'];
    if (o.key !== undefined) {
        const key = classifyKey(o.key);
        if (key.kind === 'pem')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cosign takes a key file or URI; PEM text is written to a file first');
        args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
        if (keyTakesPassword(key))
            env.COSIGN_PASSWORD = o.password ?? '';
    }
    else {
        if (o.password !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a cosign password goes with a key; keyless signing takes none');
        if (o.identityToken !== undefined) {
            if (!o.identityToken.trim())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the OIDC identity token for keyless signing is empty');
            env.SIGSTORE_ID_TOKEN = o.identityToken;
        }
        else {
            if (requireOidcToken(o.ambient ?? process.env) === 'github-actions')
                args.push('--oidc-provider=github-actions');
        }
    }
    if (o.tlogUpload === false)
        args.push('--tlog-upload=false');
    if (o.referrersMode)
        args.push(`--registry-referrers-mode=${o.referrersMode}`);
    for (const [k, v] of Object.entries(o.annotations ?? {}))
        args.push(`--annotations=${k}=${v}`);
    args.push(...registryArgs(o), ...o.images);
    return { args, env };
}
/** `cosign public-key`: the public half of a key (a file or a URI) written to `outfile`, to verify with what was signed. */
function cosignPublicKeyCommand(key, outfile, password) {
    const k = classifyKey(key);
    if (k.kind === 'pem')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cosign takes a key file or URI; PEM text is written to a file first');
    return {
        args: ['public-key', `--key=${k.kind === 'file' ? k.path : k.uri}`, `--outfile=${outfile}`],
        env: keyTakesPassword(k) ? { COSIGN_PASSWORD: password ?? '' } : {},
    };
}
/** Checks a keyless identity is complete: one of identity/identityRegexp and one of issuer/issuerRegexp (cosign requires both). */
function checkIdentity(id) {
    if (id.identity !== undefined && id.identityRegexp !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give --certificate-identity or --certificate-identity-regexp, not both');
    if (id.issuer !== undefined && id.issuerRegexp !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both');
    if (id.identity === undefined && id.identityRegexp === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('keyless verification needs --certificate-identity (or --certificate-identity-regexp): who signed');
    if (id.issuer === undefined && id.issuerRegexp === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('keyless verification needs --certificate-oidc-issuer (or --certificate-oidc-issuer-regexp): whose token it was');
}
/** `cosign verify` of one manifest by digest: with the public key, or with the certificate's identity and issuer (keyless). */
function cosignVerifyCommand(o) {
    if (!DIGEST_REF.test(o.image))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`verify by digest, not by tag: "${o.image}" has no @sha256:… digest`);
    const args = ['verify'];
    if (o.key !== undefined) {
        if (o.identity)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('verify with a key or with a certificate identity, not both');
        const key = classifyKey(o.key);
        if (key.kind === 'pem')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cosign takes a key file or URI; PEM text is written to a file first');
        args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
    }
    else {
        if (!o.identity)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('verify with --key, or with --certificate-identity and --certificate-oidc-issuer');
        checkIdentity(o.identity);
        const id = o.identity;
        if (id.identity !== undefined)
            args.push(`--certificate-identity=${id.identity}`);
        if (id.identityRegexp !== undefined)
            args.push(`--certificate-identity-regexp=${id.identityRegexp}`);
        if (id.issuer !== undefined)
            args.push(`--certificate-oidc-issuer=${id.issuer}`);
        if (id.issuerRegexp !== undefined)
            args.push(`--certificate-oidc-issuer-regexp=${id.issuerRegexp}`);
    }
    if (o.ignoreTlog)
        args.push('--insecure-ignore-tlog=true');
    args.push('--output=json', ...registryArgs(o), o.image);
    return { args, env: registryEnv(o) };
}
/**
 * The identity a keyless signature made in this CI job carries, to verify it right after signing:
 * GitHub Actions — `${GITHUB_SERVER_URL}/${GITHUB_WORKFLOW_REF}` from token.actions.githubusercontent.com
 * (a reusable workflow signs as itself: give the identity explicitly then); GitLab CI —
 * `${CI_SERVER_URL}/${CI_PROJECT_PATH}//${CI_CONFIG_PATH}@refs/heads|tags/${ref}` from CI_SERVER_URL.
 * Undefined outside those (or when a variable is missing).
 */
function ciKeylessIdentity(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_WORKFLOW_REF) {
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: GITHUB_OIDC_ISSUER };
    }
    if (env.GITLAB_CI === 'true' && env.CI_SERVER_URL && env.CI_PROJECT_PATH && env.CI_COMMIT_REF_NAME) {
        const server = env.CI_SERVER_URL.replace(/\/+$/, '');
        const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
        return { identity: `${server}/${env.CI_PROJECT_PATH}//${env.CI_CONFIG_PATH || '.gitlab-ci.yml'}@${ref}`, issuer: server };
    }
    return undefined;
}
/** cosign's signature tag for a manifest: `registry/repo:sha256-<hex>.sig`. */
function signatureReference(repository, digest) {
    return `${repository}:${digest.replace(':', '-')}.sig`;
}
/** What a failed `cosign verify` said, as a verdict: no signature at all, signatures that do not match, or another failure. */
function verifyVerdict(stderr) {
    if (/no signatures found/i.test(stderr))
        return 'unsigned';
    if (/no matching signatures|invalid signature|none of the expected identities matched|expected .* not found|certificate .* does not match/i.test(stderr))
        return 'mismatch';
    return 'error';
}
/**
 * The line to quote of what cosign printed on failure: its last error, without cosign's
 * "error during command execution:" preamble and the list of images it was signing; a key that
 * does not decrypt gets a hint at COSIGN_PASSWORD.
 */
function cosignErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const raw = [...lines].reverse().find((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? '';
    const text = raw
        .replace(/^(?:Error|ERROR|error):\s*/, '')
        .replace(/^(?:\S+\.go:\d+:\s*)?error during command execution:\s*/i, '')
        .replace(/^signing \[[^\]]*\]:\s*/, '');
    return /decrypt/i.test(text) ? `${text} (is COSIGN_PASSWORD the key's password?)` : text;
}
/** A line of a tool's output with every occurrence of a secret blanked (belt and braces: cosign never echoes it). */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s && s.length >= 1)
            out = out.split(s).join('***');
    return out;
}


/***/ }),

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

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ NotSignedError),
/* harmony export */   a$: () => (/* binding */ verifyImageSignatures),
/* harmony export */   jV: () => (/* binding */ signImage),
/* harmony export */   ry: () => (/* binding */ requireCosign)
/* harmony export */ });
/* unused harmony exports cosignRegistryOptions, listSignTargets, digestReference */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_cosign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6832);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2642);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(495);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9310);
// Signing what was pushed: the index and every platform manifest, by digest, with cosign; then each
// verified with the same key or identity. The effect around src/core/cosign.ts's command lines:
// the registry client lists the digests, a key given as PEM text lives in a 0600 file in a private
// temporary directory only while cosign needs it, and a password only ever reaches cosign through
// COSIGN_PASSWORD (never an argument, never a printed line).








/** A manifest that is not signed by the given key/identity: one line naming it; code `unsigned`. */
class NotSignedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    manifests;
    constructor(message, manifests) {
        super(message, 1, 'unsigned');
        this.manifests = manifests;
    }
}
function listed(opt, registry) {
    if (opt === true)
        return true;
    if (!opt)
        return false;
    const r = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .normaliseRegistry */ .Me)(registry);
    return opt.some((x) => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .normaliseRegistry */ .Me)(x) === r);
}
/** cosign's transport flags for a registry: plain HTTP for loopback and --plain-http ones, unverified TLS for --insecure ones. */
function cosignRegistryOptions(registry, o) {
    return {
        ...((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopback */ .U9)(registry) || listed(o.plainHttp, registry) ? { allowHttpRegistry: true } : {}),
        ...(listed(o.insecure, registry) ? { allowInsecureRegistry: true } : {}),
        ...(o.dockerConfig ? { dockerConfig: o.dockerConfig } : {}),
        ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: o.timeoutSeconds } : {}),
    };
}
/**
 * The manifests to sign for a reference (a tag is resolved to its digest first): the index and
 * each platform manifest in index order (attestation manifests are not signed), or the single image.
 */
async function listSignTargets(client, ref) {
    const top = await client.getManifest(ref);
    const at = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .withDigest */ .hQ)(ref, top.digest);
    const info = await (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_6__/* .describeManifest */ .FK)(client, at, top);
    const repository = `${ref.registry}/${ref.repository}`;
    const target = (platform, digest) => ({ platform, digest, reference: `${repository}@${digest}` });
    const targets = info.index
        ? [target('index', top.digest), ...info.platforms.map((p) => target(p.platform, p.digest))]
        : [target(info.platforms[0]?.platform ?? 'image', top.digest)];
    return { repository, digest: top.digest, index: info.index, targets };
}
const COSIGN_HINT = 'install cosign 2.x (https://docs.sigstore.dev/cosign/system_config/installation/; Debian/Ubuntu: apt-get install cosign)';
/** Run cosign; a missing binary is one line naming it; secrets are blanked from what it printed. */
async function cosign(o, inv, secrets) {
    const bin = o.cosign ?? 'cosign';
    const env = { ...(o.env ?? process.env), ...inv.env };
    const r = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(bin, inv.args, { env, silent: true, input: '' });
    if (r.exitCode === 127 && !r.stdout && /Unable to locate executable|not found|ENOENT/i.test(r.stderr))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`cosign is not installed: ${bin} was not found${o.cosign ? '' : ' on PATH'}; ${COSIGN_HINT}`, 1, 'missing-tool');
    return { exitCode: r.exitCode, stdout: (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(r.stdout, secrets), stderr: (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(r.stderr, secrets) };
}
/** That cosign runs at all (before any registry work): its version line, or one line saying it is missing. */
async function requireCosign(o = {}) {
    const r = await cosign(o, { args: ['version', '--json'], env: {} }, []);
    if (r.exitCode !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${o.cosign ?? 'cosign'} version failed: ${(0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignErrorLine */ .EE)(r.stderr) || `exit ${r.exitCode}`}; ${COSIGN_HINT}`, 1, 'missing-tool');
    try {
        return JSON.parse(r.stdout).gitVersion ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** A private temporary directory (0700) for key material, removed by the returned function whatever happens. */
async function keyDir() {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'gen-ci-cosign-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    return { dir, remove: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
/** Verify each target (in parallel) and return their verdicts in order. */
async function verifyTargets(targets, o, secrets) {
    const reg = cosignRegistryOptions(o.registry, o);
    return Promise.all(targets.map(async (t) => {
        const inv = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignVerifyCommand */ .Yz)({ image: t.reference, key: o.key, identity: o.identity, ignoreTlog: o.ignoreTlog, ...reg });
        const r = await cosign(o, inv, secrets);
        if (r.exitCode === 0)
            return { ...t, verified: true };
        return { ...t, verified: false, verdict: (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyVerdict */ .zb)(r.stderr), detail: (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignErrorLine */ .EE)(r.stderr) || `exit ${r.exitCode}` };
    }));
}
/** The one line for the first manifest that did not verify. */
function notSignedLine(v, repository, by) {
    const what = `${v.platform} ${v.digest} of ${repository}`;
    if (v.verdict === 'unsigned')
        return `${what} is not signed (cosign: ${v.detail})`;
    if (v.verdict === 'mismatch')
        return `${what} is not signed by this ${by} (cosign: ${v.detail})`;
    const hint = /rekor|tlog|transparency/i.test(v.detail ?? '') ? ' (signed with --tlog-upload=false? then verify with --insecure-ignore-tlog)' : '';
    return `cosign could not verify ${what}: ${v.detail}${hint}`;
}
function throwIfUnverified(results, repository, by) {
    const bad = results.find((r) => !r.verified);
    if (bad)
        throw new NotSignedError(notSignedLine(bad, repository, by), results);
}
/**
 * Verify the index and every platform manifest of `ref` (a tag is resolved first). Resolves with
 * each manifest verified; rejects with NotSignedError naming the first that is not (index order).
 */
async function verifyImageSignatures(client, ref, o) {
    const targets = await listSignTargets(client, ref);
    const key = 'key' in o.verifier ? o.verifier.key : undefined;
    const identity = 'identity' in o.verifier ? o.verifier.identity : undefined;
    const manifests = await verifyTargets(targets.targets, { ...o, key, identity, registry: ref.registry }, []);
    throwIfUnverified(manifests, targets.repository, key !== undefined ? 'key' : 'identity');
    return { targets, manifests };
}
/**
 * Sign the index of `ref` and every platform manifest, by digest, in one cosign invocation; then,
 * unless verify is false, verify each with the same key (its public half, from `cosign public-key`,
 * or the KMS URI itself) or keyless identity. A key given as PEM text is written to a 0600 file in
 * a 0700 temporary directory and removed afterwards, also on failure. Throws a one-line UserError
 * when cosign is missing, signing fails or a manifest does not verify (NotSignedError).
 */
async function signImage(client, ref, o) {
    const ambient = o.env ?? process.env;
    const password = 'key' in o.signer ? o.signer.password : undefined;
    const secrets = [password, 'identityToken' in o.signer ? o.signer.identityToken : undefined];
    const verify = o.verify ?? true;
    const ignoreTlog = o.ignoreTlog ?? o.tlogUpload === false;
    // usage problems before any registry work: keyless needs a token, and an identity to verify with
    if ('keyless' in o.signer && o.signer.identityToken === undefined)
        (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOidcToken */ .cM)(ambient);
    if ('key' in o.signer)
        (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyKey */ .eL)(o.signer.key);
    let identity;
    if ('keyless' in o.signer && verify) {
        identity = o.signer.identity ?? (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .ciKeylessIdentity */ .hz)(ambient);
        if (!identity)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('verifying a keyless signature needs the signer identity: give --certificate-identity and --certificate-oidc-issuer (GitHub Actions and GitLab CI are known), or --no-verify');
        (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .checkIdentity */ .Z0)(identity);
    }
    const targets = await listSignTargets(client, ref);
    const reg = cosignRegistryOptions(ref.registry, o);
    const tmp = await keyDir();
    try {
        let key;
        if ('key' in o.signer) {
            const source = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyKey */ .eL)(o.signer.key);
            if (source.kind === 'pem') {
                key = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp.dir, 'cosign.key');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(key, source.text, { mode: 0o600 });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(key, 0o600);
            }
            else
                key = source.kind === 'file' ? source.path : source.uri;
        }
        const inv = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignSignCommand */ .A3)({
            images: targets.targets.map((t) => t.reference),
            key,
            password,
            tlogUpload: o.tlogUpload,
            identityToken: 'identityToken' in o.signer ? o.signer.identityToken : undefined,
            annotations: o.annotations,
            ambient,
            ...reg,
        });
        const r = await cosign(o, inv, secrets);
        if (r.exitCode !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`cosign sign of ${targets.repository}@${targets.digest} failed: ${(0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignErrorLine */ .EE)(r.stderr) || `exit ${r.exitCode}`}`);
        const signed = targets.targets.map((t) => ({ ...t, signature: (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureReference */ ._t)(targets.repository, t.digest) }));
        for (const s of signed)
            o.onSigned?.(s);
        if (!verify)
            return { repository: targets.repository, digest: targets.digest, signed, verified: false };
        let verifyKey;
        if (key !== undefined) {
            const source = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyKey */ .eL)(key);
            if (source.kind === 'uri' && !source.uri.toLowerCase().startsWith('env://'))
                verifyKey = source.uri;
            else {
                // the public half of a private key file (or env://VAR): what a user verifies with
                verifyKey = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp.dir, 'cosign.pub');
                const pub = await cosign(o, (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignPublicKeyCommand */ .re)(key, verifyKey, password), secrets);
                if (pub.exitCode !== 0)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`cosign public-key of the signing key failed: ${(0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_3__/* .cosignErrorLine */ .EE)(pub.stderr) || `exit ${pub.exitCode}`}`);
            }
        }
        const results = await verifyTargets(targets.targets, { ...o, key: verifyKey, identity, ignoreTlog, registry: ref.registry }, secrets);
        throwIfUnverified(results, targets.repository, verifyKey !== undefined ? 'key' : 'identity');
        return { repository: targets.repository, digest: targets.digest, signed, verified: true };
    }
    finally {
        await tmp.remove();
    }
}
/** `registry/repo@digest` of a reference, for messages. */
function digestReference(ref, digest) {
    return formatReference(withDigest(ref, digest));
}


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ boundedLookup),
/* harmony export */   NE: () => (/* binding */ withDeadline)
/* harmony export */ });
/* unused harmony exports DeadlineError, retryLine, requestBound */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(495);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);





/** A lookup that ran out of time. */
class DeadlineError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
/** The retry line a terminal shows. */
function retryLine(e) {
    return `retry ${e.attempt}/${e.retries} in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(e.delayMs)}: ${e.reason} (${e.host})`;
}
/** The per-request bound for an operation deadline. */
function requestBound(timeoutMs, requestTimeoutMs) {
    return Math.min(timeoutMs, requestTimeoutMs ?? Math.min(30_000, Math.max(1000, Math.round(timeoutMs / 2))));
}
/**
 * Run one registry operation with a deadline: whatever the registries do (accept and never answer,
 * answer 503 forever, ask to retry after a minute), the returned promise settles within
 * `timeoutMs`, and the requests and retry waits still running are stopped when it does. A retry
 * that the deadline would cut short is not waited for. `extraSignal` cancels it too.
 */
function withDeadline(client, o, run, host, register) {
    if (!(o.timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`a deadline must be positive, not ${o.timeoutMs} ms`);
    const ac = new AbortController();
    const parent = client.opts.signal;
    const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
    // every request of the operation listens to it (a mirror has dozens in flight)
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, signal);
    const started = Date.now();
    let last;
    return new Promise((resolve, reject) => {
        let unregister = () => { };
        const stop = (err) => {
            clearTimeout(timer);
            unregister();
            if (!ac.signal.aborted)
                ac.abort(err);
            reject(err);
        };
        const knob = o.knob ? `; raise ${o.knob} if it is only slow` : '';
        const timer = setTimeout(() => {
            const at = last?.host ?? host;
            const why = last && /^(?:HTTP |rate limited)/.test(last.reason) ? ` (its last answer: ${last.reason})` : '';
            stop(new DeadlineError(o.what && !last ? `${o.what} did not finish within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)}${knob}` : `${at} did not answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)}${why}${o.what ? ` (${o.what})` : ''}`));
        }, o.timeoutMs);
        if (register)
            unregister = register(stop);
        const c = client.withOptions({
            signal,
            requestTimeoutMs: requestBound(o.timeoutMs, o.requestTimeoutMs),
            onRetry: (e) => {
                last = e;
                client.opts.onRetry?.(e);
                const left = o.timeoutMs - (Date.now() - started);
                if (e.delayMs >= left) {
                    const times = e.attempt === 1 ? '' : ` ${e.attempt} times in a row`;
                    const said = /^rate limited/.test(e.reason) ? `${e.reason}${times}` : `${e.host}${/^HTTP /.test(e.reason) ? ` answered ${e.reason}` : `: ${e.reason}`}${times}`;
                    stop(new DeadlineError(`${said}; another try (in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(e.delayMs)}) would pass the ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)} deadline`));
                    return;
                }
                o.onRetry?.(retryLine(e));
            },
        });
        run(c)
            .then(resolve, reject)
            .finally(() => {
            clearTimeout(timer);
            unregister();
        });
    });
}
/**
 * Image lookups with a deadline each (withDeadline per lookup); close() cancels those still running.
 */
function boundedLookup(client, o) {
    if (!(o.timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
    const running = new Set();
    let closed = false;
    const register = (stop) => {
        running.add(stop);
        return () => running.delete(stop);
    };
    return {
        async lookup(image) {
            if (closed)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`lookup of ${image} after the lookups were closed`);
            const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.parseReference)(image);
            return withDeadline(client, o, (c) => (0,_inspect_js__WEBPACK_IMPORTED_MODULE_2__.inspectImage)(c, ref), ref.registry, register);
        },
        close() {
            closed = true;
            for (const stop of [...running])
                stop(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the image lookup was cancelled'));
        },
    };
}


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir),
/* harmony export */   S: () => (/* binding */ BlobLocations)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);




/** $GENCI_CACHE_DIR, else $XDG_CACHE_HOME/gen-ci, else ~/.cache/gen-ci. */
function defaultCacheDir(env = process.env) {
    return env.GENCI_CACHE_DIR || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'gen-ci');
}
const MAX_REPOS_PER_BLOB = 4;
const MAX_BLOBS = 50_000;
/**
 * Where blobs were seen: registry → digest → repositories (most recent first). Lets a copy mount a
 * blob from any repository on the destination registry known to hold it, not just from the source.
 * Optionally persisted as JSON so that later runs benefit too. Entries can be stale; a failed
 * mount costs nothing since the registry then opens the upload session we need anyway.
 */
class BlobLocations {
    file;
    map = new Map();
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    key(registry, digest) {
        return `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(registry)} ${digest}`;
    }
    add(registry, repository, digest) {
        const k = this.key(registry, digest);
        const prev = this.map.get(k) ?? [];
        if (prev[0] === repository)
            return;
        const next = [repository, ...prev.filter((r) => r !== repository)].slice(0, MAX_REPOS_PER_BLOB);
        this.map.delete(k);
        this.map.set(k, next);
        this.dirty = true;
        if (this.map.size > MAX_BLOBS)
            this.map.delete(this.map.keys().next().value);
    }
    find(registry, digest) {
        return this.map.get(this.key(registry, digest)) ?? [];
    }
    forget(registry, repository, digest) {
        const k = this.key(registry, digest);
        const prev = this.map.get(k);
        if (prev?.includes(repository)) {
            this.map.set(k, prev.filter((r) => r !== repository));
            this.dirty = true;
        }
    }
    async load() {
        if (!this.file)
            return this;
        try {
            const j = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.file, 'utf8'));
            if (j.version === 1)
                for (const [k, v] of j.entries)
                    this.map.set(k, v);
        }
        catch {
            /* missing or unreadable: start empty */
        }
        return this;
    }
    async save() {
        if (!this.file || !this.dirty)
            return;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify({ version: 1, entries: [...this.map] }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, this.file);
            this.dirty = false;
        }
        catch {
            /* best effort */
        }
    }
}


/***/ })

};
