const GENCI_VERSION = "0.1.0";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ formatHelp),
/* harmony export */   NZ: () => (/* binding */ flagBool),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   w: () => (/* binding */ flagString),
/* harmony export */   zg: () => (/* binding */ flagList)
/* harmony export */ });
/* unused harmony export COMMON_FLAGS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const COMMON_FLAGS = [
    { name: 'help', short: 'h', type: 'boolean', description: 'show help for this command' },
    { name: 'json', type: 'boolean', description: 'print machine-readable JSON on stdout' },
];
/** A small strict argv parser: unknown flags are usage errors, never ignored. */
function parseArgs(argv, specs) {
    const all = [...COMMON_FLAGS, ...specs.filter((s) => !COMMON_FLAGS.some((c) => c.name === s.name))];
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
        const key = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1, eq > 0 ? eq : undefined);
        const spec = arg.startsWith('--') ? all.find((s) => s.name === key) : all.find((s) => s.short === key);
        if (!spec)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${arg.slice(0, eq > 0 ? eq : undefined)}`);
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
function formatHelp(cmd) {
    const lines = [`gen-ci ${cmd.name} — ${cmd.summary}`, '', `Usage: ${cmd.usage}`, '', cmd.help.trim(), '', 'Options:'];
    const all = [...cmd.flags, ...COMMON_FLAGS.filter((c) => !cmd.flags.some((f) => f.name === c.name))];
    for (const f of all) {
        const name = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'boolean' ? '' : ' VALUE'}`;
        lines.push(`  ${name.padEnd(30)} ${f.description}${f.type === 'list' ? ' (repeatable)' : ''}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export oneLine */
/**
 * An error the user can act on. Its message is one line and is printed as is,
 * never with a stack trace. Anything else that reaches a front door is a bug
 * and is reported as such, still on one line.
 */
class UserError extends Error {
    name = 'UserError';
    /** exit code for the CLI: 1 = the operation failed, 2 = bad usage */
    exitCode;
    constructor(message, exitCode = 1) {
        super(oneLine(message));
        this.exitCode = exitCode;
    }
}
/** Bad input (a flag, an input, a platform string): exit code 2 in the CLI. */
class UsageError extends UserError {
    constructor(message) {
        super(message, 2);
    }
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
/** The one line a front door prints for any thrown value. */
function describeError(err) {
    if (err instanceof UserError)
        return err.message;
    if (err instanceof Error)
        return oneLine(`unexpected error: ${err.message}`);
    return oneLine(`unexpected error: ${String(err)}`);
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
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * Every CLI command, in the order `gen-ci --help` lists them. Loaded lazily, so `gen-ci mirror`
 * never parses the scaffolder, the GitLab generator or the Dockerfile parser: start-up time is
 * most of a warm mirror's run. test/unit/cli-commands.test.ts checks the summaries match.
 */
const COMMANDS = [
    { name: 'init', summary: 'scaffold a multi-arch image pipeline for GitHub Actions and/or GitLab CI', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(914), __nccwpck_require__.e(839), __nccwpck_require__.e(243), __nccwpck_require__.e(835), __nccwpck_require__.e(204), __nccwpck_require__.e(511), __nccwpck_require__.e(611), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8837))).initCommand },
    { name: 'mirror', summary: 'copy images with all (or chosen) platforms between registries', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(803), __nccwpck_require__.e(977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5977))).mirrorCommand },
    { name: 'merge', summary: 'build one multi-platform index from per-platform images', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(803), __nccwpck_require__.e(997)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5306))).mergeCommand },
    { name: 'inspect', summary: 'show the platforms behind an image reference (no Docker needed)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(803), __nccwpck_require__.e(204), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6850))).inspectCommand },
    { name: 'check', summary: 'preflight a Dockerfile for a multi-platform build', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(803), __nccwpck_require__.e(204), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6418))).checkCommand },
    {
        name: 'gitlab',
        summary: 'write a .gitlab-ci.yml that builds a multi-arch image (buildx, native, kaniko, buildah, buildkit)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(243), __nccwpck_require__.e(511), __nccwpck_require__.e(461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6271))).gitlabCommand,
    },
];

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI door: argv -> the command, and every failure as one `gen-ci: …` line with its exit code.



const VERSION = typeof GENCI_VERSION === 'string' ? GENCI_VERSION : (process.env.npm_package_version ?? 'dev');
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
        'Exit codes: 0 ok, 1 the operation failed, 2 bad usage.',
    ].join('\n');
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
    if (first === 'help') {
        const entry = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
        if (rest[0] && !entry)
            throw new errors/* UsageError */.eb(`unknown command "${rest[0]}"; run gen-ci --help for the list`);
        io.out(entry ? (0,command/* formatHelp */.B2)(await entry.load()) : topHelp());
        return 0;
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry)
        throw new errors/* UsageError */.eb(`unknown command "${first}"; run gen-ci --help for the list`);
    const cmd = await entry.load();
    const args = (0,command/* parseArgs */.Zy)(rest, cmd.flags);
    if (args.flags.help === true) {
        io.out((0,command/* formatHelp */.B2)(cmd));
        return 0;
    }
    return cmd.run(args, io);
}
/** main() with the door's error handling: the exit code, and any failure as one line on err. */
async function runDoor(argv, io) {
    try {
        return await main(argv, io);
    }
    catch (err) {
        io.err(`gen-ci: ${(0,errors/* describeError */.Uc)(err)}`);
        return err instanceof errors/* UserError */.yo ? err.exitCode : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

const io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tty: Boolean(process.stderr.isTTY),
};
void runDoor(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
});

