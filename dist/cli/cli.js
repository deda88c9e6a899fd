const GENCI_VERSION = "0.1.0";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ formatHelp),
/* harmony export */   CQ: () => (/* binding */ printJsonFailure),
/* harmony export */   NZ: () => (/* binding */ flagBool),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   gd: () => (/* binding */ COMMON_FLAGS),
/* harmony export */   k0: () => (/* binding */ wantsJson),
/* harmony export */   p$: () => (/* binding */ CONVENTIONS),
/* harmony export */   w: () => (/* binding */ flagString),
/* harmony export */   zg: () => (/* binding */ flagList)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);


const COMMON_FLAGS = [
    { name: 'help', short: 'h', type: 'boolean', description: 'show help for this command' },
    { name: 'json', type: 'boolean', description: 'print one JSON object on stdout, also on failure (shape below)' },
];
/** What every command's --help says of exit codes and the --json failure object (README says the same). */
const CONVENTIONS = [
    'Exit codes: 0 ok; 1 the operation failed; 2 bad usage, or an input file that is missing or unreadable.',
    'On failure --json prints {"ok": false, "error": {"code": "usage" | "not-found" | "unreadable" | "registry" |',
    '"timeout" | "failed" | …, "message": "the line printed on stderr"}} (a registry error adds "status").',
];
function allFlags(specs) {
    return [...COMMON_FLAGS, ...specs.filter((s) => !COMMON_FLAGS.some((c) => c.name === s.name))];
}
/** A small strict argv parser: unknown flags are usage errors (with the nearest valid one), never ignored. */
function parseArgs(argv, specs) {
    const all = allFlags(specs);
    const flags = {};
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const long = arg.startsWith('--');
        const key = long ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1, eq > 0 ? eq : undefined);
        const spec = long ? all.find((s) => s.name === key || s.aliases?.includes(key)) : all.find((s) => s.short === key);
        if (!spec) {
            const given = arg.slice(0, eq > 0 ? eq : undefined);
            // the nearest of every name and alias, suggested by its own name (--platfrom: --platforms)
            const near = long
                ? (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(key, all.flatMap((s) => [s.name, ...(s.aliases ?? [])]))
                : undefined;
            const canonical = near === undefined ? undefined : all.find((s) => s.name === near || s.aliases?.includes(near))?.name;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${given}${canonical ? `; did you mean --${canonical}?` : ''}`);
        }
        if (spec.type === 'boolean') {
            if (eq > 0) {
                const v = arg.slice(eq + 1).toLowerCase();
                if (!['true', 'false'].includes(v))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${spec.name} takes true or false, not "${v}"`);
                flags[spec.name] = v === 'true';
            }
            else
                flags[spec.name] = true;
            continue;
        }
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else {
            const next = argv[i + 1];
            if (next === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${spec.name} needs a value`);
            value = next;
            i++;
        }
        if (spec.type === 'list') {
            const prev = flags[spec.name];
            flags[spec.name] = [...(Array.isArray(prev) ? prev : []), value];
        }
        else
            flags[spec.name] = value;
    }
    return { flags, positionals };
}
/** Whether argv asks for --json (before any `--`), read without parsing: the door answers in JSON even when parsing fails. */
function wantsJson(argv) {
    for (const a of argv) {
        if (a === '--')
            return false;
        if (a === '--json' || a.toLowerCase() === '--json=true')
            return true;
    }
    return false;
}
function flagString(args, name) {
    const v = args.flags[name];
    return typeof v === 'string' ? v : undefined;
}
function flagBool(args, name) {
    return args.flags[name] === true;
}
function flagList(args, name) {
    const v = args.flags[name];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
/** Print a command's --json result: one object, `ok` first. */
function printJson(io, fields, ok = true) {
    io.out(JSON.stringify({ ok, ...fields }, null, 2));
}
/** A command's --json result when it failed but has something to show: `{"ok": false, …fields, "error": …}`. */
function printJsonFailure(io, fields, error) {
    io.out(JSON.stringify({ ok: false, ...fields, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorObject */ .Mo)(error) }, null, 2));
}
function formatHelp(cmd) {
    const lines = [`gen-ci ${cmd.name} — ${cmd.summary}`, '', `Usage: ${cmd.usage}`, '', cmd.help.trim(), '', 'Options:'];
    const all = [...cmd.flags, ...COMMON_FLAGS.filter((c) => !cmd.flags.some((f) => f.name === c.name))];
    for (const f of all) {
        const name = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'boolean' ? '' : ' VALUE'}`;
        const extra = [f.type === 'list' ? 'repeatable' : '', ...(f.aliases ?? []).map((a) => `alias --${a}`)].filter(Boolean);
        lines.push(`  ${name.padEnd(30)} ${f.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    }
    lines.push('', 'JSON (--json): one object on stdout; on success {"ok": true, …} with:');
    for (const j of cmd.json)
        lines.push(`  ${j}`);
    lines.push(...CONVENTIONS);
    return lines.join('\n');
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Mo: () => (/* binding */ errorObject),
/* harmony export */   TH: () => (/* binding */ InputFileError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports oneLine, errorKind */
/**
 * An error the user can act on. Its message is one line and is printed as is,
 * never with a stack trace. Anything else that reaches a front door is a bug
 * and is reported as such, still on one line.
 */
class UserError extends Error {
    name = 'UserError';
    /** exit code for the CLI: 1 = the operation failed, 2 = bad usage or a missing/unreadable input file */
    exitCode;
    /**
     * What kind of failure, for machines: the `error.code` of the CLI's `--json` object (see
     * errorKind). Subclasses may fix it (`override readonly kind = 'timeout'`).
     */
    kind;
    constructor(message, exitCode = 1, kind) {
        super(oneLine(message));
        this.exitCode = exitCode;
        this.kind = kind;
    }
}
/** Bad input (a flag, an input, a platform string): exit code 2 in the CLI. */
class UsageError extends UserError {
    constructor(message) {
        super(message, 2, 'usage');
    }
}
/** An input file (or directory) the user named that is missing or cannot be read: exit code 2. */
class InputFileError extends UserError {
    constructor(message, kind = 'not-found') {
        super(message, 2, kind);
    }
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
/** The syscalls of reading a file: a failure of one of them is an input problem, not a bug. */
const READ_SYSCALLS = new Set(['open', 'read', 'stat', 'lstat', 'access', 'scandir', 'opendir', 'readlink', 'realpath']);
const FILE_WORDS = {
    ENOENT: 'not found',
    ENOTDIR: 'not found (a parent is not a directory)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
};
/** A Node file-system error on a path (ENOENT, EACCES, EISDIR, …), or undefined. */
function fileError(err) {
    const e = err;
    if (!(err instanceof Error) || typeof e?.code !== 'string' || typeof e.path !== 'string' || !FILE_WORDS[e.code])
        return undefined;
    if (e.syscall && !READ_SYSCALLS.has(e.syscall))
        return undefined;
    return { path: e.path, code: e.code };
}
/** The one line a front door prints for any thrown value. */
function describeError(err) {
    if (err instanceof UserError)
        return err.message;
    const f = fileError(err);
    if (f)
        return `${f.path}: ${FILE_WORDS[f.code]}`;
    if (err instanceof Error)
        return oneLine(`unexpected error: ${err.message}`);
    return oneLine(`unexpected error: ${String(err)}`);
}
/** The CLI exit code of a thrown value: a UserError's own, 2 for an unreadable input file, else 1. */
function exitCodeOf(err) {
    if (err instanceof UserError)
        return err.exitCode;
    return fileError(err) ? 2 : 1;
}
/** Error classes of other layers known by name (so this module imports none of them). */
const KIND_BY_CLASS = { DeadlineError: 'timeout', DigestMismatchError: 'digest-mismatch', RegistryError: 'registry' };
/**
 * The `error.code` of the CLI's JSON for a thrown value: `usage` (exit 2), `not-found` /
 * `unreadable` (an input file, exit 2), `registry` (the registry answered with an error),
 * `timeout` (a deadline passed), `digest-mismatch`, a command's own code (`exists`,
 * `preflight`, `platform-missing`), `failed` (any other operation failure) or `internal` (a bug).
 */
function errorKind(err) {
    if (err instanceof UserError) {
        if (err.kind)
            return err.kind;
        for (let p = Object.getPrototypeOf(err); p && p !== UserError.prototype; p = Object.getPrototypeOf(p)) {
            const k = KIND_BY_CLASS[p.constructor.name ?? ''];
            if (k)
                return k;
        }
        if (typeof err.status === 'number')
            return 'registry';
        return 'failed';
    }
    const f = fileError(err);
    if (f)
        return f.code === 'ENOENT' || f.code === 'ENOTDIR' ? 'not-found' : 'unreadable';
    return 'internal';
}
/** The `error` member of the CLI's `{"ok": false, "error": …}` object. */
function errorObject(err) {
    const status = err?.status;
    return { code: errorKind(err), message: describeError(err), ...(err instanceof UserError && typeof status === 'number' ? { status } : {}) };
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean …?" for the command line: the edit distance of two words (optimal string
 * alignment: insertions, deletions, substitutions and swaps of two neighbours count one each, so
 * `platfrom` is 2 from `platforms` and `mirorr` 1 from `mirror`), and the nearest of a list.
 */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (!a.length)
        return b.length;
    if (!b.length)
        return a.length;
    // rows i-2, i-1 and i of the (a.length+1) × (b.length+1) table
    let before = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            cur.push(d);
        }
        before = prev;
        prev = cur;
    }
    return prev[b.length];
}
/**
 * The candidate nearest to `input`, or undefined when none is near enough to be what was meant:
 * within a third of the word's length (at least 1, at most 3), compared case-insensitively; a
 * word of 3 or more letters that starts only one candidate (`plat` for `platforms`) is that candidate. Ties go to
 * the first candidate in the list.
 */
function nearest(input, candidates) {
    const w = input.toLowerCase();
    if (!w)
        return undefined;
    // a prefix of one candidate (or of a word and its longer forms: platform, platforms) means it
    const starts = candidates.filter((c) => c.toLowerCase().startsWith(w)).sort((x, y) => x.length - y.length);
    const first = starts[0];
    if (first !== undefined && w.length >= 3 && starts.every((c) => c.toLowerCase().startsWith(first.toLowerCase())))
        return first;
    const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
    let best;
    let bestD = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return bestD <= limit ? best : undefined;
}
/** `; did you mean X?` for an error line, or '' when nothing is near. */
function didYouMean(input, candidates) {
    const n = nearest(input, candidates);
    return n === undefined ? '' : `; did you mean ${n}?`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * Every CLI command, in the order `gen-ci --help` lists them. Loaded lazily, so `gen-ci mirror`
 * never parses the scaffolder, the GitLab generator or the Dockerfile parser: start-up time is
 * most of a warm mirror's run. test/unit/cli-commands.test.ts checks the summaries match.
 */
const COMMANDS = [
    { name: 'init', summary: 'scaffold a multi-arch image pipeline for GitHub Actions and/or GitLab CI', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(839), __nccwpck_require__.e(712), __nccwpck_require__.e(914), __nccwpck_require__.e(243), __nccwpck_require__.e(395), __nccwpck_require__.e(354), __nccwpck_require__.e(835), __nccwpck_require__.e(611), __nccwpck_require__.e(144), __nccwpck_require__.e(368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7368))).initCommand },
    { name: 'build', summary: 'build and push a multi-arch image from any shell (buildx or plain BuildKit)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(839), __nccwpck_require__.e(712), __nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(354), __nccwpck_require__.e(386), __nccwpck_require__.e(611), __nccwpck_require__.e(492), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8607))).buildCommand },
    { name: 'mirror', summary: 'copy images with all (or chosen) platforms between registries', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(492), __nccwpck_require__.e(215)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9215))).mirrorCommand },
    { name: 'merge', summary: 'build one multi-platform index from per-platform images', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(306)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5306))).mergeCommand },
    { name: 'inspect', summary: 'show the platforms behind an image reference (no Docker needed)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6850))).inspectCommand },
    { name: 'check', summary: 'preflight a Dockerfile for a multi-platform build', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(386), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6418))).checkCommand },
    { name: 'tags', summary: 'print the image tags, OCI labels and annotations for this commit', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(712), __nccwpck_require__.e(354), __nccwpck_require__.e(381)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7381))).tagsCommand },
    { name: 'sign', summary: 'sign an image index and every platform manifest with cosign', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(386), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6521))).signCommand },
    {
        name: 'verify-signature',
        summary: 'check that an image index and each platform manifest carry a valid cosign signature',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(390), __nccwpck_require__.e(395), __nccwpck_require__.e(386), __nccwpck_require__.e(554)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3173))).verifySignatureCommand,
    },
    {
        name: 'gitlab',
        summary: 'write a .gitlab-ci.yml that builds a multi-arch image (buildx, native, kaniko, buildah, buildkit)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(712), __nccwpck_require__.e(243), __nccwpck_require__.e(354), __nccwpck_require__.e(144), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6271))).gitlabCommand,
    },
];

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI door: argv -> the command, and every failure as one `gen-ci: …` line with its exit code
// (and, with --json, as one {"ok": false, "error": …} object on stdout), the same for every command.




const VERSION = typeof GENCI_VERSION === 'string' ? GENCI_VERSION : (process.env.npm_package_version ?? 'dev');
/** The options gen-ci takes before a command. */
const TOP_OPTIONS = ['--help', '-h', '--version', '-v'];
function topHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
    return [
        'gen-ci — multi-architecture container images in CI',
        '',
        'Usage: gen-ci <command> [options]',
        '       gen-ci help <command>',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Options: --help, --version. Every command takes --help and --json.',
        ...command/* CONVENTIONS */.p$,
    ].join('\n');
}
function findCommand(name) {
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
        const hint = (0,suggest/* didYouMean */.au)(name, COMMANDS.map((c) => c.name));
        throw new errors/* UsageError */.eb(`unknown command "${name}"${hint}${hint ? ' ' : '; '}run gen-ci --help for the list`);
    }
    return entry;
}
async function main(argv, io) {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v' || first === 'version') {
        io.out(VERSION);
        return 0;
    }
    if (first === undefined && process.stdin.isTTY && process.stdout.isTTY && COMMANDS.some((c) => c.name === 'init')) {
        // bare `npx gen-ci` in a terminal: scaffold this repository's pipeline
        const init = await COMMANDS.find((c) => c.name === 'init').load();
        return init.run((0,command/* parseArgs */.Zy)([], init.flags), io);
    }
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(topHelp());
        return 0;
    }
    if (first.startsWith('-') && first !== '-') {
        // an option before any command: say so (it is not an unknown command)
        const name = first.replace(/=.*$/, '');
        const perCommand = command/* COMMON_FLAGS */.gd.some((f) => `--${f.name}` === name);
        throw new errors/* UsageError */.eb(perCommand
            ? `option ${name} goes after a command: gen-ci <command> ${name}`
            : `unknown option ${name}${(0,suggest/* didYouMean */.au)(name, TOP_OPTIONS.filter((o) => o.startsWith('--')))}`);
    }
    if (first === 'help') {
        const entry = rest[0] ? findCommand(rest[0]) : undefined;
        io.out(entry ? (0,command/* formatHelp */.B2)(await entry.load()) : topHelp());
        return 0;
    }
    const cmd = await findCommand(first).load();
    const args = (0,command/* parseArgs */.Zy)(rest, cmd.flags);
    if (args.flags.help === true) {
        io.out((0,command/* formatHelp */.B2)(cmd));
        return 0;
    }
    return cmd.run(args, io);
}
/**
 * main() with the door's handling, once for every command: the exit code (0 ok, 1 the operation
 * failed, 2 bad usage or a missing input file), any failure as one line on err and, with --json,
 * exactly one JSON object on out: the command's own, or {"ok": false, "error": {code, message}}.
 */
async function runDoor(argv, io) {
    const json = (0,command/* wantsJson */.k0)(argv);
    let printed = false;
    const door = {
        ...io,
        out: (line) => {
            printed = true;
            io.out(line);
        },
    };
    let code;
    try {
        code = await main(argv, door);
    }
    catch (err) {
        io.err(`gen-ci: ${(0,errors/* describeError */.Uc)(err)}`);
        if (json && !printed)
            io.out(JSON.stringify({ ok: false, error: (0,errors/* errorObject */.Mo)(err) }, null, 2));
        return (0,errors/* exitCodeOf */.FO)(err);
    }
    // a command that printed nothing under --json still answers with one object
    if (json && !printed)
        io.out(JSON.stringify(code === 0 ? { ok: true } : { ok: false, error: { code: 'failed', message: `gen-ci ${argv[0]} failed (exit ${code})` } }, null, 2));
    return code;
}
/**
 * The door's Io on real streams. A reader that goes away (`gen-ci … | head -1`, `| true`: EPIPE)
 * ends the output quietly: later lines to that stream are dropped, no stack trace, and the command
 * ends with its own exit code. Any other stream error is still thrown.
 */
function streamIo(stdout, stderr, tty) {
    const closed = { out: false, err: false };
    const writer = (stream, which) => {
        stream.on('error', (e) => {
            if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')
                closed[which] = true;
            else
                throw e;
        });
        return (line) => {
            if (closed[which])
                return;
            try {
                stream.write(`${line}\n`);
            }
            catch (e) {
                if (e.code === 'EPIPE')
                    closed[which] = true;
                else
                    throw e;
            }
        };
    };
    return { out: writer(stdout, 'out'), err: writer(stderr, 'err'), tty };
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The gen-ci executable: the CLI door (main.ts) on this process's argv and stdio. A closed stdout
// or stderr (EPIPE) ends the output quietly, for every command (streamIo).

const io = streamIo(process.stdout, process.stderr, Boolean(process.stderr.isTTY));
void runDoor(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
});

