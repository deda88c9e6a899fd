#!/usr/bin/env node
const GENCI_VERSION = "0.1.0";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/core/errors.ts
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

;// CONCATENATED MODULE: ./src/cli/command.ts

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
            throw new UsageError(`unknown option ${arg.slice(0, eq > 0 ? eq : undefined)}`);
        if (spec.type === 'boolean') {
            if (eq > 0) {
                const v = arg.slice(eq + 1).toLowerCase();
                if (!['true', 'false'].includes(v))
                    throw new UsageError(`--${spec.name} takes true or false, not "${v}"`);
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
                throw new UsageError(`--${spec.name} needs a value`);
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

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every CLI command, in the order `gen-ci --help` lists them. */
const COMMANDS = [];

;// CONCATENATED MODULE: ./src/cli/index.ts



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
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(topHelp());
        return 0;
    }
    if (first === 'help') {
        const cmd = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
        if (rest[0] && !cmd)
            throw new UsageError(`unknown command "${rest[0]}"; run gen-ci --help for the list`);
        io.out(cmd ? formatHelp(cmd) : topHelp());
        return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd)
        throw new UsageError(`unknown command "${first}"; run gen-ci --help for the list`);
    const args = parseArgs(rest, cmd.flags);
    if (args.flags.help === true) {
        io.out(formatHelp(cmd));
        return 0;
    }
    return cmd.run(args, io);
}
async function entry() {
    const io = {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        tty: Boolean(process.stderr.isTTY),
    };
    try {
        process.exitCode = await main(process.argv.slice(2), io);
    }
    catch (err) {
        io.err(`gen-ci: ${describeError(err)}`);
        process.exitCode = err instanceof UserError ? err.exitCode : 1;
    }
}
if (!process.env.VITEST)
    void entry();

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
