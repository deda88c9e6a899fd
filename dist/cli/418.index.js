export const id = 418;
export const ids = [418,521];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand),
/* harmony export */   parseBuildArgs: () => (/* binding */ parseBuildArgs),
/* harmony export */   signedBasesVerifier: () => (/* binding */ signedBasesVerifier),
/* harmony export */   unsignedBaseFinding: () => (/* binding */ unsignedBaseFinding)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2591);
/* harmony import */ var _core_cosign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6832);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(692);
/* harmony import */ var _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2953);
/* harmony import */ var _registry_bounded_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3770);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6009);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9310);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4296);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8278);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6521);













function parseBuildArgs(items) {
    for (const item of items) {
        // like docker: --build-arg NAME takes the value from the environment
        if (item.indexOf('=') <= 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(item))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--build-arg takes NAME=VALUE, not "${item}"`);
    }
    return (0,_core_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildArgValues */ .$G)(items);
}
/** The fixes for the emulated-compile findings (dockerfile/advice.ts: never pins a shipped stage). */
async function compileFixes(file, findings, target) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { fixEmulatedCompile } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(914), __webpack_require__.e(835), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 7552));
    const text = await readFile(file, 'utf8');
    return findings
        .filter((f) => f.code === 'emulated-compile')
        .flatMap((f) => {
        const fix = fixEmulatedCompile(text, f, target ? { target } : {});
        return fix ? [{ line: f.line, ...fix }] : [];
    });
}
/** Each base's signature check (registry reads and cosign verify) takes at least this long a deadline, in seconds. */
const VERIFY_MIN_S = 60;
/** The verifier --require-signed-bases asks for, from the flags (usage errors before any file, registry or cosign is touched), or undefined without it. */
async function signedBasesVerifier(args, offline) {
    const key = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'key');
    const identity = (0,_sign_js__WEBPACK_IMPORTED_MODULE_12__.identityFromFlags)(args);
    if (!(0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'require-signed-bases')) {
        const given = [
            [key !== undefined, '--key'],
            [identity !== undefined, '--certificate-identity/--certificate-oidc-issuer'],
            [args.flags['insecure-ignore-tlog'] !== undefined, '--insecure-ignore-tlog'],
            [(0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'cosign') !== undefined, '--cosign'],
        ];
        const stray = given.find(([present]) => present)?.[1];
        if (stray)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`${stray} goes with --require-signed-bases`);
        return undefined;
    }
    if (offline)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--require-signed-bases reads the signatures from the registries; it cannot run --offline');
    if (key !== undefined && identity)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('verify the bases with --key or with --certificate-identity/--certificate-oidc-issuer, not both');
    if (key === undefined && !identity)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--require-signed-bases needs --key FILE|URI, or --certificate-identity and --certificate-oidc-issuer (keyless)');
    if (identity) {
        (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .checkIdentity */ .Z0)(identity);
        return { identity };
    }
    await (0,_sign_js__WEBPACK_IMPORTED_MODULE_12__.checkKeyFlag)(key, 'public key');
    const source = (0,_core_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyKey */ .eL)(key);
    if (source.kind === 'file' && /PRIVATE KEY-----/.test(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(source.path, 'utf8')))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`${source.path} is a private key; verify with its public half (cosign public-key --key ${source.path} > cosign.pub)`);
    return { key: key };
}
/** The error finding for a base that is not signed by the key/identity (`why`: the verifier's one line). */
function unsignedBaseFinding(image, line, digest, why) {
    return { level: 'error', code: 'unsigned-base', line, message: `line ${line}: base image ${image} (${digest}) is not signed as required: ${why}` };
}
/**
 * Verify each base image that was looked up (by the digest the platform check saw: its index and
 * every platform manifest, as gen-ci verify-signature does), in parallel; an image whose lookup
 * failed already has its error finding.
 */
async function verifyBases(client, io, images, seen, o, timeoutMs) {
    const findings = [];
    const signatures = new Map();
    await Promise.all(images.map(async (img) => {
        const info = seen.get(img.image);
        if (!info || img.available === undefined)
            return;
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_8__.parseReference)(img.image);
        try {
            await (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_7__/* .runWithTimeout */ .F2)(client, io, { timeoutMs, what: `verifying the signature of ${img.image}`, host: ref.registry }, (c) => (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyImageSignatures */ .a$)(c, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .withDigest */ .hQ)(ref, info.digest), o));
            signatures.set(img.image, { digest: info.digest, signed: true });
        }
        catch (e) {
            if (!(e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo))
                throw e;
            signatures.set(img.image, { digest: info.digest, signed: false });
            const why = e instanceof _pipeline_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .NotSignedError */ .Y9 ? e.message : `cannot verify it: ${e.message}`;
            findings.push(unsignedBaseFinding(img.image, img.line, info.digest, why));
        }
    }));
    return { findings, signatures };
}
/** Errors first, then by line (the preflight's order). */
function byLevelAndLine(a, b) {
    return a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1;
}
const checkCommand = {
    name: 'check',
    summary: 'preflight a Dockerfile for a multi-platform build',
    usage: 'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--offline | --timeout SECONDS] [--fix] [--require-signed-bases (--key FILE|URI | --certificate-identity ID --certificate-oidc-issuer URL) [--insecure-ignore-tlog]] [--json]',
    help: `
Resolves every FROM of the Dockerfile (ARG substitution with --build-arg, stage references,
--platform=$BUILDPLATFORM) for each target platform, looks each image up in its registry and fails
(exit 1) if one lacks a platform the build needs, naming the image, the missing platform and what it
does have. Platforms are compared with their variants (linux/arm/v6 is not linux/arm/v7).

Each image lookup has a deadline, retries included (--timeout, default 5 s): a registry that
never answers fails that image ("… did not answer within 5 s") instead of holding the check. On a
terminal each retry prints one line to stderr. With --offline no registry is contacted at all:
only the static checks below run, and the images are listed without their platforms.

Follows BuildKit's rules: ARG scope per stage (and carried into a stage built FROM another), quoted
FROM values, # check=skip=<code>,… directives, containerd's platform matching (arm64 images serve
arm64/v9; arm/v7 is not served by arm64).

Warns about (reading what the shell really runs, per target platform: package names and echo text
are not commands, and a case/if on uname -m, dpkg --print-architecture or $TARGETARCH is evaluated):
  - stages that compile (go, cargo, gcc, make, mvn, dotnet, native npm/pip builds) under emulation;
    --fix prints the change: a builder stage moves onto $BUILDPLATFORM with the cross-compile recipe,
    a compile in the shipped stage gets a new build stage and a COPY --from (never a pin that would
    ship the build machine's binaries), native addons must stay emulated
  - $TARGETARCH/$TARGETOS… used in RUN, COPY, ADD, ENV or WORKDIR without ARG in scope (empty)
  - downloads fixed to one architecture, and ARG ARCH=amd64-style defaults, while others are built
  - a single-platform base image used for other platforms (BuildKit uses it, with its binaries)

With --require-signed-bases, after the platform check every external image the build pulls (FROM,
COPY --from and RUN --mount from an image; not build stages, not scratch) is verified with cosign
at the digest the lookup resolved: its index and every platform manifest, as gen-ci
verify-signature does, against a public key (--key: a cosign.pub file, a KMS URI, k8s://, gitlab://
or env://VAR) or a keyless identity (--certificate-identity or --certificate-identity-regexp, with
--certificate-oidc-issuer or --certificate-oidc-issuer-regexp). A base that is not signed, or not
by that key/identity, is an error (unsigned-base, exit 1) naming the image and its digest; a
# check=skip directive does not silence it. --insecure-ignore-tlog accepts signatures without a
transparency-log entry (signed with --tlog-upload=false). It needs the registry, so not --offline;
each base's verification may take --timeout or ${VERIFY_MIN_S} s, whichever is longer. cosign 2.x must
be on PATH (or --cosign PATH).

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20
  gen-ci check --platforms linux/amd64,linux/arm64 --offline          # air-gapped: static checks only
  gen-ci check --platforms linux/amd64,linux/arm64 --fix > fix.diff && git apply fix.diff
  gen-ci check --platforms linux/amd64,linux/arm64 --timeout 20       # a slow registry
  gen-ci check --platforms linux/amd64,linux/arm64 --require-signed-bases --key cosign.pub
  gen-ci check --platforms linux/amd64,linux/arm64 --require-signed-bases \\
    --certificate-identity-regexp '^https://github.com/chainguard-images/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com`,
    json: [
        'file: the Dockerfile; platforms: the targets; images: [{image, line, needed, available, missing}]',
        'with --require-signed-bases each image looked up also has digest (the one verified) and signed (true | false); an unsigned one is an "unsigned-base" finding',
        'findings: [{level: "error" | "warning", code, line, message}]; fixes (with --fix): [{line, kind, message, diff}]',
        'a failed preflight is {"ok": false, …the same members, "error": {"code": "preflight", …}} (exit 1)',
    ],
    flags: [
        { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default ./Dockerfile)' },
        { name: 'platforms', short: 'p', type: 'string', aliases: ['platform'], description: 'target platforms, comma separated (required)' },
        { name: 'build-arg', type: 'list', description: 'NAME=VALUE as given to the build' },
        { name: 'target', type: 'string', description: 'the stage to build (default: the last)' },
        { name: 'build-platform', type: 'string', description: 'platform of the builder (default: this machine)' },
        { name: 'strict', type: 'boolean', description: 'warnings fail too (exit 1)' },
        { name: 'fix', type: 'boolean', description: 'print the change for each compile under emulation as a diff (git apply-able; nothing is written)' },
        { name: 'offline', type: 'boolean', description: 'static checks only: look no image up, contact no registry' },
        { name: 'timeout', type: 'string', description: 'seconds each image lookup may take, retries included (default 5)' },
        { name: 'require-signed-bases', type: 'boolean', description: 'fail unless every base image is signed (cosign) by --key or the --certificate-identity' },
        {
            name: 'key',
            type: 'string',
            description: 'with --require-signed-bases: the public key, a cosign.pub file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
        },
        ..._sign_js__WEBPACK_IMPORTED_MODULE_12__.IDENTITY_FLAGS.map((f) => ({ ...f, description: `${f.description}, with --require-signed-bases` })),
        {
            name: 'insecure-ignore-tlog',
            type: 'boolean',
            description: 'with --require-signed-bases: accept signatures without a transparency-log entry (signed with --tlog-upload=false)',
        },
        { name: 'cosign', type: 'string', description: 'with --require-signed-bases: the cosign binary (default cosign on PATH)' },
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (args.positionals.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`unexpected argument "${args.positionals[0]}"; the Dockerfile is given with --file`);
        const platformsRaw = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'platforms');
        if (!platformsRaw)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--platforms is required, e.g. --platforms linux/amd64,linux/arm64');
        const platforms = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatformList */ .VX)(platformsRaw);
        if (!platforms.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--platforms is empty');
        const file = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'file') ?? 'Dockerfile';
        const bp = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'build-platform');
        const buildPlatform = bp ? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(bp) : undefined;
        const offline = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'offline');
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_7__/* .secondsFlag */ .CO)(args, 'timeout', 5);
        const buildArgs = parseBuildArgs((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagList */ .zg)(args, 'build-arg'));
        const verifier = await signedBasesVerifier(args, offline);
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_11__/* .requireInputFile */ .UA)(file, 'Dockerfile');
        if (!offline)
            await (0,_input_js__WEBPACK_IMPORTED_MODULE_11__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'config'));
        const cosignOptions = verifier ? (0,_sign_js__WEBPACK_IMPORTED_MODULE_12__.cosignFlags)(args) : undefined;
        // cosign missing is one line before any registry work
        if (cosignOptions)
            await (0,_pipeline_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .requireCosign */ .ry)(cosignOptions);
        // the Dockerfile parser is loaded only by the command that needs it
        const { checkDockerfile } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 2611));
        // offline: no client at all, so nothing can reach the network
        const client = offline ? undefined : new _registry_client_js__WEBPACK_IMPORTED_MODULE_6__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_7__/* .clientOptionsFromFlags */ .v2)(args));
        const bounded = client ? (0,_registry_bounded_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedLookup */ .KO)(client, { timeoutMs, ...(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalRetries */ .Z)(io) }) : undefined;
        // what each lookup resolved: the digest the signature check verifies is the one the platform check saw
        const seen = new Map();
        const lookup = bounded
            ? async (image) => {
                const info = await bounded.lookup(image);
                seen.set(image, info);
                return info;
            }
            : undefined;
        try {
            const checked = await checkDockerfile(file, {
                platforms,
                buildArgs,
                ...(buildPlatform ? { buildPlatform } : {}),
                ...((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'target') ? { target: (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'target') } : {}),
                ...(lookup ? { lookup } : { offline: true }),
            });
            let r = checked;
            if (verifier && client && cosignOptions) {
                const options = {
                    ...cosignOptions,
                    verifier,
                    ignoreTlog: (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'insecure-ignore-tlog'),
                    timeoutSeconds: Math.max(timeoutMs / 1000, VERIFY_MIN_S),
                };
                const v = await verifyBases(client, io, checked.images, seen, options, Math.max(timeoutMs, VERIFY_MIN_S * 1000));
                const findings = [...checked.findings, ...v.findings].sort(byLevelAndLine);
                const images = checked.images.map((img) => {
                    const sig = v.signatures.get(img.image);
                    return sig ? { ...img, ...sig } : img;
                });
                r = { ok: checked.ok && v.findings.length === 0, images, findings };
            }
            const failed = !r.ok || ((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'strict') && r.findings.length > 0);
            // --fix: the change for each compile under emulation, as a diff (nothing is written)
            const fixes = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'fix') ? await compileFixes(file, r.findings, (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagString */ .w)(args, 'target')) : [];
            const summary = failed
                ? `${file}: preflight failed`
                : `${file}: ready for ${platforms.length} platform(s)${r.findings.length ? ` with ${r.findings.length} warning(s)` : ''}`;
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .flagBool */ .NZ)(args, 'json')) {
                const { ok: _ok, ...fields } = r;
                const body = { file, platforms: platforms.map(_core_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq), ...fields, ...(fixes.length ? { fixes } : {}) };
                if (failed)
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .printJsonFailure */ .CQ)(io, body, new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(summary, 1, 'preflight'));
                else
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .printJson */ .Q2)(io, body);
            }
            else {
                for (const img of r.images) {
                    const status = offline
                        ? 'not looked up (--offline)'
                        : img.available === undefined
                            ? 'lookup failed'
                            : img.missing.length
                                ? `MISSING ${img.missing.join(', ')}`
                                : 'ok';
                    const signature = img.signed === undefined ? '' : img.signed ? `, signed (${img.digest})` : `, NOT SIGNED (${img.digest})`;
                    io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}${signature}`);
                }
                for (const f of r.findings)
                    (f.level === 'error' ? io.err : io.out)(`${f.level === 'error' ? 'error' : 'warning'}: ${f.message}`);
                for (const x of fixes) {
                    io.out(`fix for line ${x.line} (${x.kind}): ${x.message}`);
                    if (x.diff)
                        io.out(x.diff.trimEnd());
                }
                io.out(summary);
            }
            return failed ? 1 : 0;
        }
        finally {
            bounded?.close();
            client?.close();
        }
    },
};


/***/ }),

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
