export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _registry_bounded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4016);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(495);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8278);









function short(digest) {
    return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
const inspectCommand = {
    name: 'inspect',
    summary: 'show the platforms behind an image reference (no Docker needed)',
    usage: 'gen-ci inspect REF [--platforms P[,P…]] [--timeout SECONDS] [--json]',
    help: `
Prints the media type and digest of REF and a table of its platforms (os/arch/variant, manifest
digest, size); attestation manifests (buildx provenance/SBOM, platform unknown/unknown) are listed
as such. With --platforms (or --platform), exits 1 when REF lacks one of them: the cause of
"exec format error".

The whole inspect, retries included, ends within --timeout (default 10 s): a registry that never
answers fails with "… did not answer within 10 s". On a terminal each retry prints one line.

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker), credHelpers and credsStore.

Examples:
  gen-ci inspect alpine:3.20
  gen-ci inspect registry.example.com/team/app:1.2 --platforms linux/arm64
  gen-ci inspect alpine:3.20 --platforms linux/amd64,linux/riscv64
  gen-ci inspect 127.0.0.1:5000/base/busybox --json`,
    json: [
        'reference, mediaType, digest, index: true for an index; platforms: [{platform, digest, size, mediaType}];',
        'attestations: [{digest, size, type, for}]',
        'with --platforms: checks: [{requested, found}] (found: the platform that serves it, or null), and for',
        'one platform also requested and found; a missing one is {"ok": false, …, "error": {"code": "platform-missing"}} (exit 1)',
    ],
    flags: [
        { name: 'platforms', type: 'string', aliases: ['platform'], description: 'fail (exit 1) unless REF has every one of these platforms (comma separated)' },
        { name: 'timeout', type: 'string', description: 'seconds the whole inspect may take, retries included (default 10)' },
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('inspect takes exactly one image reference; see gen-ci inspect --help');
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__.parseReference)(args.positionals[0]);
        const wantRaw = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'platforms');
        const wants = wantRaw !== undefined ? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatformList */ .VX)(wantRaw) : [];
        if (wantRaw !== undefined && !wants.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--platforms is empty');
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .secondsFlag */ .CO)(args, 'timeout', 10);
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_8__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'config'));
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptionsFromFlags */ .v2)(args));
        const bounded = (0,_registry_bounded_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedLookup */ .KO)(client, { timeoutMs, ...(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalRetries */ .Z)(io) });
        try {
            const info = await bounded.lookup((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(ref));
            const checks = wants.map((w) => ({ want: w, match: (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_4__/* .findPlatform */ .rB)(info, w) }));
            const missing = checks.filter((c) => !c.match?.exact);
            const have = info.platforms.map((p) => p.platform).join(', ') || 'no runnable platform';
            const only = missing.length === 1 && checks.length === 1 ? missing[0]?.match : undefined;
            const failure = missing.length
                ? `${info.reference} has no ${missing.map((c) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.want)).join(', ')} (it has ${have})${only ? `; containerd would fall back to ${only.entry.platform}` : '; a container of it on such a machine fails with "exec format error"'}`
                : undefined;
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagBool */ .NZ)(args, 'json')) {
                const found = checks.map((c) => ({ requested: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.want), found: c.match?.exact ? c.match.entry.platform : null }));
                const body = { ...info, ...(checks.length ? { checks: found } : {}), ...(found.length === 1 ? found[0] : {}) };
                if (failure)
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJsonFailure */ .CQ)(io, body, new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(failure, 1, 'platform-missing'));
                else
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJson */ .Q2)(io, body);
            }
            else {
                io.out(info.reference);
                io.out(`media type  ${info.mediaType}`);
                io.out(`digest      ${info.digest}`);
                io.out('');
                const rows = [
                    ['PLATFORM', 'DIGEST', 'SIZE'],
                    ...info.platforms.map((p) => [p.platform, info.index ? short(p.digest) : short(p.digest), String(p.size)]),
                    ...info.attestations.map((a) => [`attestation`, short(a.digest), String(a.size), a.for ? `for ${short(a.for)}` : a.type]),
                ];
                const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
                for (const r of rows)
                    io.out(r
                        .map((c, i) => (i < 3 ? c.padEnd(w[i]) : c))
                        .join('  ')
                        .trimEnd());
            }
            if (failure) {
                io.err(`gen-ci: ${failure}`);
                return 1;
            }
            return 0;
        }
        finally {
            bounded.close();
            client.close();
        }
    },
};


/***/ })

};
