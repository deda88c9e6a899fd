export const id = 554;
export const ids = [554,521];
export const modules = {

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IDENTITY_FLAGS: () => (/* binding */ IDENTITY_FLAGS),
/* harmony export */   checkKeyFlag: () => (/* binding */ checkKeyFlag),
/* harmony export */   cosignFlags: () => (/* binding */ cosignFlags),
/* harmony export */   identityFromFlags: () => (/* binding */ identityFromFlags),
/* harmony export */   signCommand: () => (/* binding */ signCommand)
/* harmony export */ });
/* harmony import */ var _core_cosign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6832);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2953);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6009);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8278);








/** --timeout's default, in seconds: the digest lookups, signing and verification together */
const TIMEOUT_S = 300;
/** The keyless identity flags, shared with verify-signature. */
const IDENTITY_FLAGS = [
    { name: 'certificate-identity', type: 'string', description: 'keyless: the signer identity in the certificate (a workflow URL, an e-mail)' },
    { name: 'certificate-identity-regexp', type: 'string', description: 'keyless: a regular expression the signer identity must match' },
    {
        name: 'certificate-oidc-issuer',
        type: 'string',
        description: 'keyless: the OIDC issuer of the signer (https://token.actions.githubusercontent.com, https://gitlab.com)',
    },
    { name: 'certificate-oidc-issuer-regexp', type: 'string', description: 'keyless: a regular expression the OIDC issuer must match' },
];
/** The keyless identity from the flags, or undefined when none of them is given. */
function identityFromFlags(args) {
    const id = {};
    const identity = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'certificate-identity');
    const identityRegexp = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'certificate-identity-regexp');
    const issuer = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'certificate-oidc-issuer');
    const issuerRegexp = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'certificate-oidc-issuer-regexp');
    if (identity !== undefined)
        id.identity = identity;
    if (identityRegexp !== undefined)
        id.identityRegexp = identityRegexp;
    if (issuer !== undefined)
        id.issuer = issuer;
    if (issuerRegexp !== undefined)
        id.issuerRegexp = issuerRegexp;
    return Object.keys(id).length ? id : undefined;
}
/** A --key that names a file must be there (exit 2 naming it); URIs and env://VAR are cosign's to resolve. */
async function checkKeyFlag(key, what) {
    const source = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyKey */ .eL)(key);
    if (source.kind === 'pem')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("--key takes a key file or a URI, not the PEM text (the action's cosign-key input takes the text)");
    if (source.kind === 'file')
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_7__/* .requireInputFile */ .UA)(source.path, what);
}
/** The cosign-facing options every registry flag implies: --plain-http, --insecure, --config. */
function cosignFlags(args) {
    const plain = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagList */ .zg)(args, 'plain-http');
    const insecure = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagList */ .zg)(args, 'insecure');
    const config = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'config');
    const bin = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'cosign');
    return {
        ...(bin ? { cosign: bin } : {}),
        ...(plain.length ? { plainHttp: plain } : {}),
        ...(insecure.length ? { insecure } : {}),
        ...(config ? { dockerConfig: config } : {}),
    };
}
function line(m) {
    return `signed ${m.platform.padEnd(14)} ${m.reference} → ${m.signature}`;
}
const signCommand = {
    name: 'sign',
    summary: 'sign an image index and every platform manifest with cosign',
    usage: 'gen-ci sign IMAGE[:TAG|@sha256:…] (--key FILE|URI | --keyless) [--tlog-upload=false] [--no-verify] [--json]',
    help: `
Signs IMAGE's index and each of its platform manifests with cosign, always by digest (a tag is
resolved to its digest first, with the registry client), then verifies every one with the same key
(its public half) or keyless identity. Attestation manifests in the index are not signed. The
signatures are cosign's sha256-<digest>.sig tags beside the image; each is printed.

Key-based: --key is a private key file (cosign generate-key-pair), a KMS URI (awskms://, gcpkms://,
hashivault://, azurekms://), a Kubernetes or GitLab secret (k8s://, gitlab://) or env://VAR. The
key's password is read from COSIGN_PASSWORD only: it is never an argument and never printed.

Keyless (--keyless): a Fulcio certificate for the CI's OIDC token — GitHub Actions with
"permissions: id-token: write" (cosign reads ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), GitLab CI with
"id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore" — logged in Rekor. The verification afterwards uses
this job's identity on GitHub and GitLab; elsewhere give --certificate-identity and
--certificate-oidc-issuer (or --no-verify).

--tlog-upload=false signs without the transparency log (offline or private keys); its verification
then ignores the log, as cosign verify --insecure-ignore-tlog=true does. Registries on loopback
addresses and --plain-http ones are reached over HTTP (cosign --allow-http-registry).

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker, or --config), for the
registry client and for cosign alike. cosign 2.x must be on PATH (or --cosign PATH).

Examples:
  COSIGN_PASSWORD=… gen-ci sign registry.example.com/team/app:1.2 --key cosign.key
  gen-ci sign 127.0.0.1:5000/app@sha256:… --key cosign.key --tlog-upload=false
  gen-ci sign ghcr.io/owner/app:sha-1a2b3c4 --keyless
  gen-ci sign ghcr.io/owner/app:1.2 --key awskms:///alias/release --json`,
    json: [
        'repository, digest (the index), verified (false with --no-verify);',
        'signed: [{platform ("index" or os/arch[/variant]), digest, reference, signature (repo:sha256-<hex>.sig)}]',
        'a manifest that does not verify is {"ok": false, "error": {"code": "unsigned"}} (exit 1); cosign missing: "missing-tool"',
    ],
    flags: [
        {
            name: 'key',
            type: 'string',
            description: 'private key file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
        },
        { name: 'keyless', type: 'boolean', description: "sign with a Fulcio certificate for the CI job's OIDC token (logged in Rekor)" },
        { name: 'tlog-upload', type: 'boolean', description: 'upload to the Rekor transparency log (default true; =false for offline signing)' },
        { name: 'no-verify', type: 'boolean', description: 'do not verify the signatures afterwards' },
        { name: 'insecure-ignore-tlog', type: 'boolean', description: 'verify afterwards without a transparency-log entry (default: with --tlog-upload=false)' },
        ...IDENTITY_FLAGS.map((f) => ({ ...f, description: `${f.description}, for the verification afterwards` })),
        { name: 'cosign', type: 'string', description: 'the cosign binary (default cosign on PATH)' },
        (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .timeoutFlag */ .kw)(TIMEOUT_S, 'signing and verifying'),
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('sign takes exactly one image reference; see gen-ci sign --help');
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(args.positionals[0]);
        const key = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'key');
        const keyless = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'keyless');
        if (key !== undefined && keyless)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give --key or --keyless, not both');
        if (key === undefined && !keyless)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('sign needs --key FILE|URI or --keyless; see gen-ci sign --help');
        const identity = identityFromFlags(args);
        if (identity && !keyless)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--certificate-identity and --certificate-oidc-issuer go with --keyless; a key verifies with its public half');
        const verify = !(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'no-verify');
        if (identity && !verify)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--certificate-identity is for the verification; --no-verify skips it');
        const tlogUpload = args.flags['tlog-upload'] === undefined ? undefined : (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'tlog-upload');
        const ignoreTlog = args.flags['insecure-ignore-tlog'] === undefined ? undefined : (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'insecure-ignore-tlog');
        if (identity)
            (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(identity);
        if (keyless)
            (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOidcToken */ .cM)(process.env);
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .secondsFlag */ .CO)(args, 'timeout', TIMEOUT_S);
        if (key !== undefined)
            await checkKeyFlag(key, 'cosign key');
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_7__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'config'));
        const extra = cosignFlags(args);
        await (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .requireCosign */ .ry)(extra);
        const password = process.env.COSIGN_PASSWORD;
        const options = {
            ...extra,
            signer: key !== undefined ? { key, ...(password !== undefined ? { password } : {}) } : { keyless: true, ...(identity ? { identity } : {}) },
            ...(tlogUpload !== undefined ? { tlogUpload } : {}),
            ...(ignoreTlog !== undefined ? { ignoreTlog } : {}),
            verify,
            timeoutSeconds: timeoutMs / 1000,
        };
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .clientOptionsFromFlags */ .v2)(args));
        try {
            const result = await (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .runWithTimeout */ .F2)(client, io, { timeoutMs, what: `signing ${args.positionals[0]}`, host: ref.registry }, (c) => (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .signImage */ .jV)(c, ref, options));
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'json'))
                (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .printJson */ .Q2)(io, { ...result });
            else {
                for (const m of result.signed)
                    io.out(line(m));
                io.out(result.verified ? `verified ${result.signed.length} signatures of ${result.repository}@${result.digest}` : 'not verified (--no-verify)');
            }
            return 0;
        }
        finally {
            client.close();
        }
    },
};


/***/ }),

/***/ 3173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifySignatureCommand: () => (/* binding */ verifySignatureCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_cosign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2953);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6009);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8278);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6521);










/** --timeout's default, in seconds: every image's lookups and verifications together */
const TIMEOUT_S = 300;
const verifySignatureCommand = {
    name: 'verify-signature',
    summary: 'check that an image index and each platform manifest carry a valid cosign signature',
    usage: 'gen-ci verify-signature IMAGE… (--key FILE|URI | --certificate-identity ID --certificate-oidc-issuer URL) [--insecure-ignore-tlog] [--json]',
    help: `
Verifies with cosign that each IMAGE (a tag is resolved to its digest first) is signed: its index
and every platform manifest, each by digest, against a public key (--key: a cosign.pub file, a KMS
URI, k8s://, gitlab:// or env://VAR) or a keyless identity (--certificate-identity or
--certificate-identity-regexp, with --certificate-oidc-issuer or --certificate-oidc-issuer-regexp).
The first manifest that is not signed ends it with one line naming it (exit 1), e.g.
  gen-ci: linux/arm64 sha256:… of registry.example.com/app is not signed by this key (…)

--insecure-ignore-tlog accepts signatures without a transparency-log entry (made with
--tlog-upload=false). Registries on loopback addresses and --plain-http ones are reached over HTTP.
Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker, or --config).
cosign 2.x must be on PATH (or --cosign PATH).

Examples:
  gen-ci verify-signature registry.example.com/team/app:1.2 --key cosign.pub
  gen-ci verify-signature ghcr.io/owner/app:1.2 --certificate-identity-regexp '^https://github.com/owner/app/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com
  gen-ci verify-signature 127.0.0.1:5000/app:latest --key cosign.pub --insecure-ignore-tlog --json`,
    json: [
        'images: one per IMAGE, in order: [{reference, repository, digest, manifests: [{platform ("index" or os/arch[/variant]),',
        'digest, reference, verified, verdict ("unsigned" | "mismatch" | "error", when not verified), detail}]}]',
        'a manifest that is not signed is {"ok": false, images, "error": {"code": "unsigned"}} (exit 1); cosign missing: "missing-tool"',
    ],
    flags: [
        {
            name: 'key',
            type: 'string',
            description: 'the public key: a cosign.pub file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
        },
        ..._sign_js__WEBPACK_IMPORTED_MODULE_9__.IDENTITY_FLAGS,
        { name: 'insecure-ignore-tlog', type: 'boolean', description: 'accept signatures without a transparency-log entry (signed with --tlog-upload=false)' },
        { name: 'cosign', type: 'string', description: 'the cosign binary (default cosign on PATH)' },
        (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .timeoutFlag */ .kw)(TIMEOUT_S, 'every verification'),
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (!args.positionals.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('verify-signature takes one or more image references; see gen-ci verify-signature --help');
        const refs = args.positionals.map((p) => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__.parseReference)(p));
        const key = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'key');
        const identity = (0,_sign_js__WEBPACK_IMPORTED_MODULE_9__.identityFromFlags)(args);
        if (key !== undefined && identity)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('verify with --key or with --certificate-identity/--certificate-oidc-issuer, not both');
        if (key === undefined && !identity)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('verify-signature needs --key FILE|URI, or --certificate-identity and --certificate-oidc-issuer');
        if (identity)
            (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(identity);
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .secondsFlag */ .CO)(args, 'timeout', TIMEOUT_S);
        if (key !== undefined) {
            await (0,_sign_js__WEBPACK_IMPORTED_MODULE_9__.checkKeyFlag)(key, 'public key');
            const source = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyKey */ .eL)(key);
            if (source.kind === 'file' && /PRIVATE KEY-----/.test(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(source.path, 'utf8')))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${source.path} is a private key; verify with its public half (cosign public-key --key ${source.path} > cosign.pub)`);
        }
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_8__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'config'));
        const extra = (0,_sign_js__WEBPACK_IMPORTED_MODULE_9__.cosignFlags)(args);
        await (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .requireCosign */ .ry)(extra);
        const options = {
            ...extra,
            verifier: key !== undefined ? { key } : { identity: identity ?? {} },
            ignoreTlog: (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagBool */ .NZ)(args, 'insecure-ignore-tlog'),
            timeoutSeconds: timeoutMs / 1000,
        };
        const json = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagBool */ .NZ)(args, 'json');
        const images = [];
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_4__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptionsFromFlags */ .v2)(args));
        const what = refs.length === 1 ? `verifying ${args.positionals[0]}` : `verifying ${refs.length} images`;
        try {
            await (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .runWithTimeout */ .F2)(client, io, { timeoutMs, what, host: refs[0].registry }, async (c) => {
                for (const [i, ref] of refs.entries()) {
                    try {
                        const r = await (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyImageSignatures */ .a$)(c, ref, options);
                        images.push({ reference: args.positionals[i], repository: r.targets.repository, digest: r.targets.digest, manifests: r.manifests });
                    }
                    catch (e) {
                        if (e instanceof _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .NotSignedError */ .Y9) {
                            const first = e.manifests[0];
                            images.push({
                                reference: args.positionals[i],
                                repository: `${ref.registry}/${ref.repository}`,
                                digest: first?.digest ?? '',
                                manifests: e.manifests,
                            });
                        }
                        throw e;
                    }
                }
            });
        }
        catch (e) {
            // the door prints the one line on stderr and exits 1; --json also lists what was verified
            if (json && e instanceof _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .NotSignedError */ .Y9)
                (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJsonFailure */ .CQ)(io, { images }, e);
            throw e;
        }
        finally {
            client.close();
        }
        if (json)
            (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJson */ .Q2)(io, { images });
        else
            for (const im of images) {
                const platforms = im.manifests.filter((m) => m.platform !== 'index').map((m) => m.platform);
                const index = im.manifests.some((m) => m.platform === 'index');
                io.out(`verified ${im.repository}@${im.digest}: ${index ? `the index and ${platforms.length} platform manifest${platforms.length === 1 ? '' : 's'} (${platforms.join(', ')})` : platforms.join(', ') || 'the image'}`);
            }
        return 0;
    },
};


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ sizeFlag),
/* harmony export */   CO: () => (/* binding */ secondsFlag),
/* harmony export */   F2: () => (/* binding */ runWithTimeout),
/* harmony export */   Z: () => (/* binding */ terminalRetries),
/* harmony export */   kw: () => (/* binding */ timeoutFlag),
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   s1: () => (/* binding */ intFlag),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   v2: () => (/* binding */ clientOptionsFromFlags),
/* harmony export */   z$: () => (/* binding */ locationsFile)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9596);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3770);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5423);






/** Flags every registry command takes. */
const REGISTRY_FLAGS = [
    { name: 'config', type: 'string', description: 'docker config directory with config.json (default $DOCKER_CONFIG or ~/.docker)' },
    { name: 'plain-http', type: 'list', description: 'talk plain HTTP to this registry (localhost and 127.0.0.1 always are)' },
    { name: 'insecure', type: 'list', description: 'do not verify the TLS certificate of this registry' },
    { name: 'no-cache', type: 'boolean', description: 'use no local cache (manifests by digest, where blobs were seen)' },
];
/** --timeout SECONDS: the deadline of a command's registry work, retries included. */
function timeoutFlag(dfltSeconds, what) {
    return { name: 'timeout', type: 'string', description: `seconds ${what} may take, retries included (default ${dfltSeconds})` };
}
/** --NAME SECONDS as milliseconds: a positive number of seconds (fractions allowed), at most two hours. */
function secondsFlag(args, name, dfltSeconds) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return dfltSeconds * 1000;
    const n = Number(v.trim().replace(/s$/i, ''));
    if (!v.trim() || !Number.isFinite(n) || n <= 0 || n > 7200)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a number of seconds above 0 and up to 7200, not "${v}"`);
    return Math.round(n * 1000);
}
/** On a terminal, one `retry …` line per retry on stderr; in CI logs none. */
function terminalRetries(io) {
    return io.tty ? { onRetry: (line) => io.err(line) } : {};
}
/**
 * Run a command's registry work within its --timeout (read and checked with the other values,
 * before anything is pushed): retry lines on a terminal, and, when the deadline passes, one line
 * saying what did not finish (DeadlineError, exit 1).
 */
function runWithTimeout(client, io, o, run) {
    return (0,_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .withDeadline */ .NE)(client, { timeoutMs: o.timeoutMs, what: o.what, knob: '--timeout', ...terminalRetries(io) }, run, o.host);
}
function clientOptionsFromFlags(args) {
    const config = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, 'config');
    const opts = {};
    if (config)
        opts.configDir = config;
    const plain = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagList */ .zg)(args, 'plain-http');
    if (plain.length)
        opts.plainHttp = plain;
    const insecure = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagList */ .zg)(args, 'insecure');
    if (insecure.length)
        opts.insecure = insecure;
    if (!(0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagBool */ .NZ)(args, 'no-cache'))
        opts.cacheDir = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCacheDir */ .$)();
    return opts;
}
function locationsFile(cacheDir) {
    return cacheDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(cacheDir, 'blob-locations.json') : undefined;
}
function intFlag(args, name, dflt, min = 1, max = 64) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a whole number from ${min} to ${max}, not "${v}"`);
    return n;
}
function sizeFlag(args, name) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return undefined;
    const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(v.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a size such as 16M or 5242880, not "${v}"`);
    const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()];
    const n = Number(m[1]) * mult;
    if (n < 1024)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} must be at least 1K`);
    return n;
}
/** A one-line progress renderer for a terminal (stderr); a no-op elsewhere. */
function progressLine(tty, write = (s) => process.stderr.write(s)) {
    let drawn = false;
    return {
        update(label, p) {
            if (!tty)
                return;
            const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
            write(`\r\x1b[2K${label}: ${p.blobsDone}/${p.blobsTotal} blobs, ${(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(p.bytesDone)} of ${(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(p.bytesTotal)} (${pct}%)`);
            drawn = true;
        },
        done() {
            if (drawn)
                write('\r\x1b[2K');
            drawn = false;
        },
    };
}


/***/ })

};
