import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec),
  H: () => (/* binding */ getExecOutput)
});

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
class errors_UserError extends Error {
    name = 'UserError';
    /** exit code for the CLI: 1 = the operation failed, 2 = bad usage */
    exitCode;
    constructor(message, exitCode = 1) {
        super(oneLine(message));
        this.exitCode = exitCode;
    }
}
/** Bad input (a flag, an input, a platform string): exit code 2 in the CLI. */
class errors_UsageError extends errors_UserError {
    constructor(message) {
        super(message, 2);
    }
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
/** The one line a front door prints for any thrown value. */
function describeError(err) {
    if (err instanceof errors_UserError)
        return err.message;
    if (err instanceof Error)
        return oneLine(`unexpected error: ${err.message}`);
    return oneLine(`unexpected error: ${String(err)}`);
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __nccwpck_require__(7187);
;// CONCATENATED MODULE: ./src/core/exec.ts

/** The thin edge that runs a command: an argument array, never a shell string. */
async function run(cmd, args, opts = {}) {
    const env = opts.env ? cleanEnv({ ...process.env, ...opts.env }) : undefined;
    try {
        const res = await exec/* getExecOutput */.H(cmd, args, {
            ignoreReturnCode: true,
            silent: opts.silent ?? false,
            env,
            cwd: opts.cwd,
            input: opts.input === undefined ? undefined : Buffer.from(opts.input),
            listeners: opts.onStderr ? { stderr: (b) => opts.onStderr?.(b.toString()) } : undefined,
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

;// CONCATENATED MODULE: ./src/core/docker.ts


/**
 * Fail early, in one line, when Docker or its daemon is missing. buildx is not asked
 * separately (each plugin call costs ~0.1 s): the first buildx command reports it missing.
 */
async function checkDocker(env = {}) {
    const v = await run('docker', ['version', '--format', '{{.Server.Version}}'], { silent: true, env });
    if (v.exitCode === 127 || /Unable to locate executable|not found/.test(v.stderr) && !v.stdout) {
        throw new errors_UserError('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
    }
    if (v.exitCode !== 0) {
        throw new errors_UserError(`the Docker daemon is not reachable: ${lastErrorLine(v.stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
    }
    return { server: v.stdout.trim() };
}
const BUILDX_MISSING = 'docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)';
/** buildx answers a missing plugin with "'buildx' is not a docker command" (or "unknown command"). */
function isBuildxMissing(stderr) {
    return /'buildx' is not a docker command|unknown command "buildx"|docker: 'buildx'/.test(stderr);
}

;// CONCATENATED MODULE: ./src/core/platform.ts

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'illumos', 'solaris', 'aix', 'plan9', 'wasip1', 'js']);
const KNOWN_ARCH = new Set(['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm']);
/** Aliases users type, mapped to [architecture, variant]. Debian's armhf is ARMv7 (Alpine's armhf is v6). */
const ARCH_ALIASES = {
    x86_64: ['amd64', undefined],
    'x86-64': ['amd64', undefined],
    x64: ['amd64', undefined],
    aarch64: ['arm64', undefined],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    armv7: ['arm', 'v7'],
    armv7l: ['arm', 'v7'],
    armv6: ['arm', 'v6'],
    armv6l: ['arm', 'v6'],
    i386: ['386', undefined],
    i686: ['386', undefined],
    x86: ['386', undefined],
};
const PLATFORM_FORMS = 'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/riscv64; aliases such as amd64, x86_64, aarch64, arm64/v8, armhf (= arm/v7, Debian\'s meaning), armel (= arm/v6), i386 are accepted';
/** Parse and normalise one platform string. Throws UsageError with the valid forms. */
function platform_parsePlatform(input) {
    const raw = input.trim().toLowerCase();
    const fail = (why) => {
        throw new errors_UsageError(`invalid platform "${input.trim()}": ${why}; use ${PLATFORM_FORMS}`);
    };
    if (!raw)
        fail('empty');
    const parts = raw.split('/');
    if (parts.length > 3 || parts.some((p) => !p))
        fail('too many or empty parts');
    let os = 'linux';
    let rest = parts;
    if (KNOWN_OS.has(parts[0])) {
        os = parts[0];
        rest = parts.slice(1);
    }
    else if (parts.length === 3) {
        fail(`unknown operating system "${parts[0]}"`);
    }
    if (rest.length === 0)
        fail('missing architecture');
    let arch = rest[0];
    let variant = rest[1];
    const alias = ARCH_ALIASES[arch];
    if (alias) {
        if (variant && alias[1] && normaliseArmVariant(variant) !== alias[1])
            fail(`"${arch}" already means ${alias[0]}/${alias[1]}`);
        [arch, variant] = [alias[0], variant ?? alias[1]];
    }
    if (!KNOWN_ARCH.has(arch)) {
        if (parts.length === 2 && !KNOWN_OS.has(parts[0]))
            fail(`unknown operating system "${parts[0]}"`);
        fail(`unknown architecture "${arch}"`);
    }
    return platform_normalise({ os, architecture: arch, variant });
}
function normaliseArmVariant(v) {
    return /^\d+$/.test(v) ? `v${v}` : v;
}
/** containerd's normalisation: arm64/v8 -> arm64, arm -> arm/v7, amd64/v1 -> amd64, 7 -> v7. */
function platform_normalise(p) {
    const os = p.os.toLowerCase();
    let architecture = p.architecture.toLowerCase();
    let variant = p.variant ? normaliseArmVariant(p.variant.toLowerCase()) : undefined;
    const alias = ARCH_ALIASES[architecture];
    if (alias)
        [architecture, variant] = [alias[0], variant ?? alias[1]];
    if (architecture === 'arm64' && variant === 'v8')
        variant = undefined;
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm' && !variant)
        variant = 'v7';
    return variant ? { os, architecture, variant } : { os, architecture };
}
function platform_formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Both sides are normalised before comparing. */
function platform_samePlatform(a, b) {
    return platform_formatPlatform(platform_normalise(a)) === platform_formatPlatform(platform_normalise(b));
}
/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
function parsePlatformList(input) {
    const out = [];
    const seen = new Set();
    for (const item of input.split(/[\s,]+/)) {
        if (!item)
            continue;
        const p = platform_parsePlatform(item);
        const key = platform_formatPlatform(p);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
/** Is this an attestation entry (buildx writes them as unknown/unknown)? */
function isUnknownPlatform(p) {
    return !p || p.os === 'unknown' || p.architecture === 'unknown';
}
/** The platforms a machine of this Node process architecture runs without emulation. */
function nativePlatforms(nodeArch = process.arch) {
    switch (nodeArch) {
        case 'x64':
            return [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: '386' }];
        case 'arm64':
            return [{ os: 'linux', architecture: 'arm64' }];
        case 'arm':
            return [{ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm', variant: 'v6' }];
        case 'ia32':
            return [{ os: 'linux', architecture: '386' }];
        case 'riscv64':
        case 's390x':
        case 'ppc64':
        case 'loong64':
            return [{ os: 'linux', architecture: nodeArch === 'ppc64' ? 'ppc64le' : nodeArch }];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/core/summary.ts
function humanSize(bytes) {
    if (bytes === undefined)
        return '—';
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let n = bytes;
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
/** Rows of the job summary table: header first (pure). */
function summaryRows(s) {
    const rows = [['Platform', 'Digest', 'Size']];
    if (s.pushed) {
        for (const p of s.pushed.platforms)
            rows.push([p.platform, p.digest, humanSize(p.size)]);
        if (s.pushed.attestations)
            rows.push(['attestations', `${s.pushed.attestations} manifest(s)`, '']);
    }
    else {
        for (const p of s.platforms)
            rows.push([p, 'not pushed', '—']);
    }
    return rows;
}
/** The job summary as Markdown (pure), written whatever the buildx version. */
function summaryMarkdown(s) {
    const rows = summaryRows(s);
    const esc = (c) => c.replace(/\|/g, '\\|');
    const lines = ['## gen-ci multi-arch build', ''];
    if (s.image)
        lines.push(`**Image:** \`${s.image}\``, '');
    lines.push(`| ${rows[0]?.map(esc).join(' | ')} |`, `| ${rows[0]?.map(() => '---').join(' | ')} |`);
    for (const r of rows.slice(1))
        lines.push(`| ${r.map((c, i) => (i === 1 && c.startsWith('sha256:') ? `\`${c}\`` : esc(c))).join(' | ')} |`);
    lines.push('');
    const facts = [`built in ${(s.durationMs / 1000).toFixed(1)} s`];
    if (s.cacheHits?.total)
        facts.push(`${s.cacheHits.cached}/${s.cacheHits.total} steps from cache`);
    lines.push(facts.join(', '), '');
    return lines.join('\n');
}
/** Count CACHED steps in plain progress output (pure). */
function cacheHits(progress) {
    const steps = new Map();
    for (const m of progress.matchAll(/^#(\d+) \[[^\]]*\] (RUN|COPY|ADD|WORKDIR)\b.*$/gm))
        steps.set(m[1], false);
    for (const m of progress.matchAll(/^#(\d+) CACHED$/gm))
        if (steps.has(m[1]))
            steps.set(m[1], true);
    const values = [...steps.values()];
    return { cached: values.filter(Boolean).length, total: values.length };
}

;// CONCATENATED MODULE: ./src/core/verify.ts


const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
/** Read an image index (or a single manifest built for one platform) (pure). */
function describePushed(raw, digest, requested) {
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw new errors_UserError(`the registry returned something that is not a manifest for ${digest}`);
    }
    const mediaType = doc.mediaType ?? (doc.manifests ? INDEX_TYPES[0] : 'application/vnd.oci.image.manifest.v1+json');
    if (!doc.manifests) {
        // a single-platform push without attestations is a plain manifest
        const only = requested.length === 1 ? platform_formatPlatform(requested[0]) : 'unknown';
        return { mediaType, digest, platforms: [{ platform: only, digest, size: manifestSize(doc, raw) }], attestations: 0 };
    }
    const platforms = [];
    let attestations = 0;
    for (const m of doc.manifests) {
        if (isUnknownPlatform(m.platform) || m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') {
            attestations++;
            continue;
        }
        platforms.push({ platform: platform_formatPlatform(platform_normalise(m.platform)), digest: m.digest });
    }
    return { mediaType, digest, platforms, attestations };
}
/** Bytes of a platform image: the manifest itself, its config and its layers (pure). */
function manifestSize(doc, raw) {
    return Buffer.byteLength(raw) + (doc.config?.size ?? 0) + (doc.layers ?? []).reduce((n, l) => n + l.size, 0);
}
function childSize(raw) {
    try {
        return manifestSize(JSON.parse(raw), raw);
    }
    catch {
        return undefined;
    }
}
/** Requested platforms absent from what was pushed (pure; both sides normalised). */
function missingPlatforms(requested, pushed) {
    const have = new Set(pushed.platforms.map((p) => p.platform));
    return requested.map((p) => platform_formatPlatform(platform_normalise(p))).filter((p) => !have.has(p));
}
/** platform -> digest, the action's `platforms` output. */
function platformDigests(pushed) {
    return Object.fromEntries(pushed.platforms.map((p) => [p.platform, p.digest]));
}

;// CONCATENATED MODULE: ./src/core/build.ts




/** Split a list input on newlines (and commas when allowed), trimming, dropping blanks and # comments. */
function parseList(input, commas = false) {
    return input
        .split(commas ? /[\n,]/ : /\n/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
/** image reference without tag or digest: registry/repo:tag -> registry/repo */
function repositoryOf(ref) {
    const noDigest = ref.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
const TAG_RE = /^[a-z0-9]+(?:[._-][a-z0-9]+|:\d+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;
function validateTag(tag) {
    if (!TAG_RE.test(tag)) {
        throw new errors_UsageError(`tags: "${tag}" is not a valid image reference (lowercase repository, optional :tag of letters, digits, '_', '.', '-')`);
    }
}
/** The registry-cache reference derived from the first tag: <repository>:buildcache. */
function registryCacheRef(tags, image, suffix) {
    const first = image ?? tags[0];
    if (!first)
        throw new errors_UsageError('cache: registry derives the cache from the first tag; set tags, or give cache-from/cache-to');
    return `${repositoryOf(first)}:buildcache${suffix ? `-${suffix}` : ''}`;
}
/** `linux/arm/v7` -> `linux-arm-v7`, for cache refs, scopes and artifact names. */
function platformSlug(platforms) {
    return platforms.join('+').replace(/\//g, '-');
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
                throw new errors_UsageError('cache: local needs a cache directory');
            // write to a fresh directory, then replace the old one: the cache holds exactly what this build used
            return { from: [`type=local,src=${o.localCacheDir}`], to: [`type=local,dest=${o.localCacheDir}.new,mode=max`] };
        }
        case 'registry': {
            const ref = registryCacheRef(o.tags, o.pushByDigest, o.cacheSuffix);
            return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
        }
    }
}
/** `docker buildx build ...` as an argument array (pure). */
function buildArgs(o) {
    if (!o.platforms.length)
        throw new errors_UsageError('platforms: at least one platform is needed');
    if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest)
        throw new errors_UsageError('push: true needs at least one tag');
    for (const t of o.tags)
        validateTag(t);
    const args = ['buildx', 'build', '--builder', o.builder, '--progress', 'plain'];
    args.push('--platform', o.platforms.map(platform_formatPlatform).join(','));
    if (o.file)
        args.push('--file', o.file);
    if (o.target)
        args.push('--target', o.target);
    if (o.pushByDigest) {
        validateTag(o.pushByDigest);
        if (/:[^/]*$/.test(o.pushByDigest) || o.pushByDigest.includes('@'))
            throw new errors_UsageError(`image: "${o.pushByDigest}" must be a repository without tag or digest`);
    }
    else
        for (const t of o.tags)
            args.push('--tag', t);
    for (const l of o.labels)
        args.push('--label', l);
    for (const b of o.buildArgs) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(b) && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(b))
            throw new errors_UsageError(`build-args: "${b.split('=')[0]}" is not NAME=value`);
        args.push('--build-arg', b);
    }
    for (const [id, src] of Object.entries(o.secretFiles))
        args.push('--secret', `id=${id},src=${src}`);
    const cache = cacheSettings(o);
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
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
    return o.provenance === 'false' && o.sbom === 'false' ? { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } : {};
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
    throw new errors_UsageError(`${name}: "${v}" is not true, false or a buildx attestation value such as mode=max`);
}
/** Read buildx's --metadata-file JSON. */
function parseMetadata(json) {
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch {
        return { raw: {} };
    }
    const digest = typeof raw['containerimage.digest'] === 'string' ? raw['containerimage.digest'] : undefined;
    const imageName = typeof raw['image.name'] === 'string' ? raw['image.name'] : undefined;
    return { digest, imageName, raw };
}
/**
 * Turn a failed build's output into one line a user can act on (pure).
 * Falls back to buildx's own last error line.
 */
function explainBuildFailure(output) {
    if (isBuildxMissing(output))
        return BUILDX_MISSING;
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
        return `the registry refused the credentials (401 Unauthorized); check registry, username and password inputs: ${lastErrorLine(output)}`;
    if (/failed to push|error writing manifest|unexpected status from PUT request|manifest invalid/.test(output)) {
        return `the registry rejected the push: ${lastErrorLine(output)}`;
    }
    if (/failed to read dockerfile|failed to solve: failed to compute cache key: failed to calculate checksum|lstat .*: no such file or directory/.test(output) && /dockerfile/i.test(output)) {
        return `the Dockerfile could not be read: ${lastErrorLine(output)}`;
    }
    return `docker buildx build failed: ${lastErrorLine(output)}`;
}

;// CONCATENATED MODULE: ./src/core/builder.ts

const DRIVERS = ['docker-container', 'docker', 'remote'];
/** `docker buildx create ...` as an argument array (pure). */
function createBuilderArgs(o) {
    if (o.driver === 'docker')
        throw new errors_UsageError('the docker driver cannot create a new builder; it uses the engine\'s own (set builder: default or driver: docker-container)');
    if (o.driver === 'remote' && !o.endpoint)
        throw new errors_UsageError('driver: remote needs an endpoint (e.g. tcp://buildkitd:1234)');
    const args = ['buildx', 'create', '--name', o.name, '--driver', o.driver];
    for (const opt of o.driverOpts)
        args.push('--driver-opt', opt);
    if (o.configFile)
        args.push('--buildkitd-config', o.configFile);
    if (o.platforms?.length)
        args.push('--platform', o.platforms.join(','));
    args.push('--bootstrap', '--use');
    if (o.endpoint)
        args.push(o.endpoint);
    return args;
}
function removeBuilderArgs(name) {
    return ['buildx', 'rm', '--force', name];
}
const HOST_RE = /^[a-z0-9.-]+(:\d+)?$/i;
/** buildkitd.toml from inline TOML plus the insecure-registries shorthand (pure). */
function buildkitdToml(inline, insecureRegistries) {
    const parts = [];
    if (inline.trim())
        parts.push(inline.trim());
    for (const host of insecureRegistries) {
        if (!HOST_RE.test(host))
            throw new errors_UsageError(`insecure-registries: "${host}" is not a registry host (host or host:port)`);
        if (new RegExp(`\\[registry\\."${host.replace(/[.]/g, '\\.')}"\\]`).test(inline)) {
            throw new errors_UsageError(`insecure-registries: ${host} is also configured in buildkitd-config; keep one`);
        }
        parts.push(`[registry."${host}"]\n  http = true\n  insecure = true`);
    }
    return parts.length ? `${parts.join('\n\n')}\n` : '';
}
/** Parse `docker buildx inspect` text output (fixture-tested against buildx 0.13). */
function parseInspect(text) {
    const field = (re) => text.match(re)?.[1]?.trim() ?? '';
    const platforms = field(/^Platforms:\s*(.*)$/m)
        .split(',')
        .map((p) => p.trim().replace(/\*$/, ''))
        .filter(Boolean);
    return {
        name: field(/^Name:\s*(.*)$/m),
        driver: field(/^Driver:\s*(.*)$/m),
        status: field(/^Status:\s*(.*)$/m),
        buildkit: field(/^BuildKit(?: version)?:\s*(.*)$/m),
        platforms,
    };
}
/** A builder name that is unique per job and recognisably ours. */
function builderName(env = process.env) {
    const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].filter(Boolean).join('-');
    const suffix = Math.random().toString(36).slice(2, 8);
    return `gen-ci-${id ? `${id}-` : ''}${suffix}`.replace(/[^a-zA-Z0-9_-]/g, '-');
}

;// CONCATENATED MODULE: ./src/action/inputs.ts




const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64';
function bool(name, v, dflt) {
    const s = v.trim().toLowerCase();
    if (s === '')
        return dflt;
    if (['true', 'yes', 'on', '1'].includes(s))
        return true;
    if (['false', 'no', 'off', '0'].includes(s))
        return false;
    throw new errors_UsageError(`${name}: "${v}" is not true or false`);
}
function inputs_int(name, v, dflt, min, max) {
    const s = v.trim();
    if (s === '')
        return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors_UsageError(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return n;
}
function oneOf(name, v, allowed, dflt) {
    const s = (v.trim() || dflt);
    if (!allowed.includes(s))
        throw new errors_UsageError(`${name}: "${v}" is not one of ${allowed.join(', ')}`);
    return s;
}
/** Turn raw input strings into typed inputs (pure: `get` returns '' for unset inputs). */
function readInputs(get) {
    const platformsRaw = get('platforms').trim() || DEFAULT_PLATFORMS;
    const secrets = {};
    for (const line of parseList(get('secrets'))) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors_UsageError('secrets: each line must be id=value (the value is never printed)');
        const id = line.slice(0, eq).trim();
        if (!/^[A-Za-z0-9_.-]+$/.test(id))
            throw new errors_UsageError(`secrets: "${id}" is not a valid secret id`);
        let value = line.slice(eq + 1);
        if (/^".*"$/s.test(value))
            value = value.slice(1, -1);
        secrets[id] = value;
    }
    const username = get('username').trim();
    const password = get('password');
    if (Boolean(username) !== Boolean(password))
        throw new errors_UsageError('username and password go together: set both to log in, or neither');
    const registry = get('registry').trim();
    if (registry && !username)
        throw new errors_UsageError('registry is set but username/password are not; set both to log in');
    const pushByDigest = bool('push-by-digest', get('push-by-digest'), false);
    const merge = bool('merge', get('merge'), false);
    if (pushByDigest && merge)
        throw new errors_UsageError('push-by-digest and merge are two different jobs: set one of them');
    const push = bool('push', get('push'), false) || pushByDigest;
    const load = bool('load', get('load'), false);
    return {
        platforms: parsePlatformList(platformsRaw),
        context: get('context').trim() || '.',
        file: get('file').trim() || undefined,
        tags: parseList(get('tags'), true),
        labels: parseList(get('labels')),
        buildArgs: parseList(get('build-args')),
        target: get('target').trim() || undefined,
        secrets,
        push,
        load,
        outputs: parseList(get('outputs')),
        cache: resolveCache(oneOf('cache', get('cache'), ['auto', 'registry', 'gha', 'local', 'none'], 'auto'), push, get('tags') || get('image')),
        cacheFrom: parseList(get('cache-from')),
        cacheTo: parseList(get('cache-to')),
        provenance: attestationValue('provenance', get('provenance')),
        sbom: attestationValue('sbom', get('sbom')),
        qemu: oneOf('qemu', get('qemu'), ['auto', 'true', 'false'], 'auto'),
        qemuImage: get('qemu-image').trim() || undefined,
        buildkitImage: get('buildkit-image').trim() || undefined,
        helperRegistry: get('helper-registry').trim() || undefined,
        helperCache: bool('helper-cache', get('helper-cache'), true),
        retries: inputs_int('retries', get('retries'), 3, 0, 10),
        driver: oneOf('driver', get('driver'), DRIVERS, 'docker-container'),
        driverOpts: parseList(get('driver-opts')),
        endpoint: get('endpoint').trim() || undefined,
        builder: get('builder').trim() || undefined,
        buildkitdConfig: get('buildkitd-config'),
        insecureRegistries: parseList(get('insecure-registries'), true),
        registry: registry || 'docker.io',
        username,
        password,
        summary: bool('summary', get('summary'), true),
        verify: bool('verify', get('verify'), true),
        image: get('image').trim() || undefined,
        pushByDigest,
        merge,
        digests: parseList(get('digests'), true),
        digestsDir: get('digests-dir').trim() || undefined,
        platformsDefaulted: !get('platforms').trim(),
    };
}
/** auto: registry cache next to the image when pushing a tag, else none. */
function resolveCache(mode, push, tags) {
    if (mode !== 'auto')
        return mode;
    return push && parseList(tags, true).length ? 'registry' : 'none';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/action/runner.ts
// The GitHub runner protocol, the few parts the action uses: inputs from INPUT_*, outputs and
// state through the GITHUB_OUTPUT / GITHUB_STATE files, state back as STATE_*, workflow
// commands (::add-mask::, ::group::, ::warning::, ::error::) on stdout, the job summary file.
//
// Written here instead of importing @actions/core because @actions/core pulls in its OIDC
// client and with it undici (~30k lines): loading it cost ~0.1 s in each of the main and post
// steps, most of the action's whole overhead budget over raw buildx (bench/overhead.mjs).
// The formats follow the runner's documented file commands; test/unit/runner.test.ts parses
// them back the way the runner does.



function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** `${name}<<DELIM\nvalue\nDELIM` appended to the file named by the env variable. */
function fileCommand(envVar, legacy, name, value) {
    const file = process.env[envVar];
    if (!file) {
        process.stdout.write(`::${legacy} name=${name}::${escapeData(value)}${external_node_os_.EOL}`);
        return;
    }
    const delim = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delim) || value.includes(delim))
        throw new Error('unexpected delimiter collision');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delim}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delim}${external_node_os_.EOL}`, 'utf8');
}
/** An input as the runner passes it (trimmed, '' when unset), like @actions/core's getInput. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    fileCommand('GITHUB_OUTPUT', 'set-output', name, value);
}
function saveState(name, value) {
    fileCommand('GITHUB_STATE', 'save-state', name, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Tell the runner to mask a value in every log line from now on. */
function setSecret(value) {
    if (value)
        command('add-mask', value);
}
function info(line) {
    process.stdout.write(`${line}${external_node_os_.EOL}`);
}
function warning(message) {
    command('warning', message);
}
/** Report the failure (one line) and make the step fail. */
function setFailed(message) {
    process.exitCode = 1;
    command('error', message);
}
async function group(title, fn) {
    command('group', title);
    try {
        return await fn();
    }
    finally {
        command('endgroup', '');
    }
}
/** Append Markdown to the job summary; false when the runner gives no summary file. */
function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : `${markdown}${external_node_os_.EOL}`, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./src/action/state.ts
/** Keys saved by the main step for the post step (GITHUB_STATE). */
const STATE = {
    isPost: 'isPost',
    builderCreated: 'builder-created',
    dockerConfig: 'docker-config-dir',
    tempDir: 'temp-dir',
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/binfmt.ts


/** Platform architecture -> [tonistiigi/binfmt --install name, /proc/sys/fs/binfmt_misc entry]. */
const EMULATORS = {
    amd64: ['amd64', 'qemu-x86_64'],
    arm64: ['arm64', 'qemu-aarch64'],
    arm: ['arm', 'qemu-arm'],
    '386': ['386', 'qemu-i386'],
    riscv64: ['riscv64', 'qemu-riscv64'],
    ppc64le: ['ppc64le', 'qemu-ppc64le'],
    s390x: ['s390x', 'qemu-s390x'],
    mips64le: ['mips64le', 'qemu-mips64el'],
    mips64: ['mips64', 'qemu-mips64'],
    loong64: ['loong64', 'qemu-loongarch64'],
};
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/**
 * Decide which QEMU emulators to install for the requested platforms (pure).
 * auto: only platforms that are neither native nor already registered.
 * true: every non-native platform, even if registered (refreshes the emulators).
 * false: nothing.
 */
function planEmulators(requested, mode, native, registeredEntries) {
    const plan = { native: [], registered: [], install: [], unsupported: [] };
    for (const p of requested) {
        if (native.some((n) => runsNatively(n, p))) {
            plan.native.push(platform_formatPlatform(p));
            continue;
        }
        const emu = EMULATORS[p.architecture];
        if (!emu) {
            plan.unsupported.push(platform_formatPlatform(p));
            continue;
        }
        const [name, entry] = emu;
        if (registeredEntries.includes(entry)) {
            plan.registered.push(platform_formatPlatform(p));
            if (mode !== 'true')
                continue;
        }
        if (mode !== 'false' && !plan.install.includes(name))
            plan.install.push(name);
    }
    return plan;
}
/** `docker run --privileged --rm IMAGE --install a,b` */
function binfmtInstallArgs(image, names) {
    return ['run', '--privileged', '--rm', image, '--install', names.join(',')];
}
/** Registered and enabled qemu-* entries under binfmt_misc (the thin edge). */
function readRegisteredEmulators(dir = BINFMT_DIR) {
    const out = [];
    for (const [, entry] of Object.values(EMULATORS)) {
        const file = `${dir}/${entry}`;
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        try {
            if (/^enabled/m.test((0,external_node_fs_.readFileSync)(file, 'utf8')))
                out.push(entry);
        }
        catch {
            // unreadable entry: treat as absent
        }
    }
    return out;
}
function hostNativePlatforms() {
    return nativePlatforms(process.arch);
}
/** amd64 hosts run amd64/v2.. natively too (CPU permitting); arm/v6 needs no emulator on an arm/v7 host. */
function runsNatively(host, want) {
    return host.os === want.os && host.architecture === want.architecture && (!host.variant || !want.variant || host.variant === want.variant);
}

;// CONCATENATED MODULE: ./src/core/login.ts

/** Docker's key for a registry in config.json (Docker Hub has a legacy URL key). */
function configKey(registry) {
    const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (!host || host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io')
        return 'https://index.docker.io/v1/';
    if (!/^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(host))
        throw new errors_UsageError(`registry: "${registry}" is not a registry host`);
    return host.split('/')[0];
}
/**
 * The temporary config before `docker login` writes into it: the user's settings kept
 * (proxies, other registries' auths), but no credential store for this registry, since a
 * store takes precedence over inline auths and would send our login elsewhere.
 */
function configForLogin(existing, registry) {
    const key = configKey(registry);
    const cfg = structuredClone(existing ?? {});
    delete cfg.credsStore;
    if (cfg.credHelpers) {
        const credHelpers = { ...cfg.credHelpers };
        delete credHelpers[key];
        if (Object.keys(credHelpers).length)
            cfg.credHelpers = credHelpers;
        else
            delete cfg.credHelpers;
    }
    if (cfg.auths?.[key]) {
        const auths = { ...cfg.auths };
        delete auths[key];
        cfg.auths = auths;
    }
    return cfg;
}
/** `docker login` arguments; the password goes on stdin, never on the command line. */
function loginArgs(registry, username) {
    return ['login', '--username', username, '--password-stdin', configKey(registry) === 'https://index.docker.io/v1/' ? 'docker.io' : registry];
}
/** The config with this registry's credentials inline (used where no docker CLI runs: merge jobs). */
function configWithAuth(cfg, registry, username, password) {
    const key = configKey(registry);
    return { ...cfg, auths: { ...(cfg.auths ?? {}), [key]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/registry/auth.ts
/** Parsing of WWW-Authenticate challenges and a scope-aware token cache (distribution token auth). */
/** Parse `Bearer realm="…",service="…",scope="…"` (one challenge; the first when several are sent). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    let p;
    // biome-ignore lint/suspicious/noAssignInExpressions: regex loop
    while ((p = re.exec(m[2] ?? '')) !== null) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: m[1].toLowerCase(), params };
}
/** `repository:a/b:pull,push` → resource and actions. Several scopes may be space-separated. */
function parseScopes(scopes) {
    const out = new Map();
    for (const s of scopes.flatMap((x) => x.split(' ')).filter(Boolean)) {
        const i = s.lastIndexOf(':');
        if (i < 0)
            continue;
        const resource = s.slice(0, i);
        const set = out.get(resource) ?? new Set();
        for (const a of s.slice(i + 1).split(','))
            if (a)
                set.add(a);
        out.set(resource, set);
    }
    return out;
}
/** Merge scopes for the same resource: repository:x:pull + repository:x:push → repository:x:pull,push. */
function mergeScopes(scopes) {
    return [...parseScopes(scopes)].map(([r, a]) => `${r}:${[...a].sort().join(',')}`).sort();
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
/** Tokens per registry, reused for any request whose scopes a cached token covers. */
class TokenCache {
    tokens = [];
    get(scopes, now = Date.now()) {
        const want = parseScopes(scopes);
        this.tokens = this.tokens.filter((t) => t.expiresAt > now);
        for (const t of this.tokens) {
            let covers = true;
            for (const [r, acts] of want) {
                const have = t.scopes.get(r);
                if (!have || [...acts].some((a) => !have.has(a) && !have.has('*')))
                    covers = false;
            }
            if (covers)
                return t.token;
        }
        return undefined;
    }
    put(scopes, token, expiresInSeconds, now = Date.now()) {
        // refresh a little early; distribution's minimum token lifetime is 60s
        const ttl = Math.max(expiresInSeconds, 60) * 1000 - 10_000;
        this.tokens.push({ scopes: parseScopes(scopes), token, expiresAt: now + ttl });
    }
    clear() {
        this.tokens = [];
    }
}
/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/registry/reference.ts

const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API actually answers on. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key Docker Hub credentials are stored under in config.json. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
function isDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/** docker.io, index.docker.io and registry-1.docker.io all name Docker Hub. */
function normaliseRegistry(registry) {
    const r = registry
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
    return r === 'index.docker.io' || r === DOCKER_HUB_API ? DOCKER_HUB : r;
}
/**
 * Parse a reference the way Docker does: the first path component is a registry host when it has a dot,
 * a colon or is localhost; otherwise the image lives on Docker Hub, where one-component names get library/.
 * A reference with neither tag nor digest means :latest.
 */
function reference_parseReference(input, opts = {}) {
    const raw = input.trim();
    const fail = (why) => {
        throw new errors_UsageError(`invalid image reference "${raw}": ${why}; use [registry/]repository[:tag][@sha256:digest]`);
    };
    if (!raw)
        fail('empty');
    let rest = raw.replace(/^docker:\/\//, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`bad digest "${digest}"`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag))
            fail(`bad tag "${tag}"`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0]))
        registry = normaliseRegistry(parts.shift());
    if (parts.length === 0 || parts.some((p) => !p))
        fail('empty repository');
    for (const p of parts) {
        if (p !== p.toLowerCase())
            fail('repository names must be lowercase');
        if (!COMPONENT.test(p))
            fail(`bad repository component "${p}"`);
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    if (!tag && !digest && opts.defaultTag !== false)
        tag = 'latest';
    return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The canonical string: docker.io/library/busybox:latest, 127.0.0.1:5000/a/b@sha256:… */
function reference_formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** What to put in a manifest URL: the digest when there is one, else the tag. */
function manifestKey(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository with another tag/digest. */
function reference_withDigest(ref, digest) {
    return { registry: ref.registry, repository: ref.repository, digest };
}
/** Host to open connections to. */
function apiHost(registry) {
    return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** localhost and loopback addresses speak plain HTTP by default, as Docker does. */
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts






/** $DOCKER_CONFIG or ~/.docker, as the docker CLI resolves it. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
/** The config.json key a registry's credentials live under (Docker Hub keeps its historic URL). */
function authKey(registry) {
    return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : normaliseRegistry(registry);
}
function sameKey(key, registry) {
    const k = normaliseRegistry(key);
    return k === normaliseRegistry(registry);
}
/** Run docker-credential-<helper> get, as the docker CLI does. */
const runCredentialHelper = (helper, server) => new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = (0,external_node_child_process_namespaceObject.spawn)(bin, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d.toString()));
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('error', (e) => reject(new errors_UserError(e.code === 'ENOENT' ? `credential helper ${bin} is configured in config.json but not on PATH` : `${bin}: ${e.message}`)));
    child.on('close', (code) => {
        if (code === 0) {
            try {
                const j = JSON.parse(out);
                if (j.Username === '<token>')
                    resolve({ identityToken: j.Secret });
                else
                    resolve({ username: j.Username, password: j.Secret });
            }
            catch {
                reject(new errors_UserError(`${bin} get printed something that is not JSON`));
            }
        }
        else if (/credentials not found/i.test(out + err))
            resolve(undefined);
        else
            reject(new errors_UserError(`${bin} get failed for ${server}: ${(err || out).trim().split('\n')[0]}`));
    });
    child.stdin.end(server);
});
/**
 * Credentials for a registry from a docker config directory: credHelpers[host], then auths[host]
 * (auth, username/password, identitytoken), then the global credsStore. Undefined means anonymous.
 */
async function loadCredentials(registry, opts = {}) {
    const file = (0,external_node_path_.join)(opts.configDir ?? dockerConfigDir(), 'config.json');
    let cfg;
    try {
        cfg = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors_UserError(`cannot read docker config ${file}: ${e.message}`);
    }
    const helper = opts.helper ?? runCredentialHelper;
    const key = authKey(registry);
    const helperName = Object.entries(cfg.credHelpers ?? {}).find(([k]) => sameKey(k, registry))?.[1];
    if (helperName)
        return helper(helperName, key);
    const entry = Object.entries(cfg.auths ?? {}).find(([k]) => sameKey(k, registry))?.[1];
    if (entry && (entry.auth || entry.username || entry.identitytoken)) {
        const c = {};
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i < 0)
                throw new errors_UserError(`the auth entry for ${key} in ${file} is not base64 of user:password`);
            c.username = decoded.slice(0, i);
            c.password = decoded.slice(i + 1);
        }
        else if (entry.username) {
            c.username = entry.username;
            c.password = entry.password;
        }
        if (entry.identitytoken)
            c.identityToken = entry.identitytoken;
        return c;
    }
    if (cfg.credsStore)
        return helper(cfg.credsStore, key);
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/manifest.ts


const MT = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestV1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
};
const manifest_INDEX_TYPES = [MT.ociIndex, MT.dockerList];
const IMAGE_TYPES = [MT.ociManifest, MT.dockerManifest];
const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');
/** Annotations buildx puts on attestation manifests inside an index. */
const manifest_REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const manifest_REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
function manifest_sha256(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
function isIndexType(mediaType) {
    return mediaType !== undefined && manifest_INDEX_TYPES.includes(mediaType);
}
function manifest_isIndex(m) {
    return isIndexType(m.mediaType) || Array.isArray(m.json.manifests);
}
/** The media type a manifest declares, falling back to the Content-Type the registry sent. */
function manifestMediaType(json, contentType) {
    if (json.mediaType)
        return json.mediaType;
    const ct = contentType?.split(';')[0]?.trim();
    if (ct && ct !== 'application/json' && ct !== 'text/plain')
        return ct;
    return Array.isArray(json.manifests) ? MT.ociIndex : MT.ociManifest;
}
/** An attestation entry (buildx's provenance/SBOM): unknown/unknown platform or the attestation annotation. */
function manifest_isAttestation(d) {
    return d.annotations?.[manifest_REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && isUnknownPlatform(d.platform));
}
/** Normalised platform of an index entry, or undefined when it has none. */
function manifest_descriptorPlatform(d) {
    if (!d.platform || isUnknownPlatform(d.platform))
        return undefined;
    return platform_normalise(d.platform);
}
/** Blobs an image manifest references: config first, then layers (foreign layers with urls are skipped). */
function manifestBlobs(m) {
    const out = [];
    if (m.config)
        out.push(m.config);
    for (const l of m.layers ?? [])
        if (!l.urls?.length)
            out.push(l);
    return out;
}
/** Serialise an index the way buildx/containerd do: two-space indentation, stable key order. */
function manifest_serialiseIndex(index) {
    return Buffer.from(JSON.stringify(index, null, 2));
}

;// CONCATENATED MODULE: ./src/registry/verify.ts



class DigestMismatchError extends errors_UserError {
}
function hashFor(digest) {
    const alg = digest.slice(0, digest.indexOf(':'));
    if (alg !== 'sha256' && alg !== 'sha512')
        throw new errors_UserError(`unsupported digest algorithm "${alg}" in ${digest}`);
    return (0,external_node_crypto_.createHash)(alg);
}
/**
 * A pass-through stream that hashes what flows through and fails if the digest (or the expected
 * size) does not match. It holds back the latest chunk until the end is verified, so a consumer
 * that uploads what it reads never completes an upload of corrupt content.
 */
class DigestVerifier extends external_node_stream_.Transform {
    expected;
    expectedSize;
    what;
    hash;
    held;
    bytes = 0;
    constructor(expected, expectedSize, what = 'blob') {
        super();
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.what = what;
        this.hash = hashFor(expected);
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            cb(new DigestMismatchError(`${this.what} ${this.expected} is larger than the ${this.expectedSize} bytes its descriptor says`));
            return;
        }
        const prev = this.held;
        this.held = chunk;
        cb(null, prev);
    }
    _flush(cb) {
        const got = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            cb(new DigestMismatchError(`${this.what} ${this.expected}: got ${this.bytes} bytes, expected ${this.expectedSize}`));
            return;
        }
        if (got !== this.expected) {
            cb(new DigestMismatchError(`${this.what} content does not match its digest: expected ${this.expected}, got ${got}`));
            return;
        }
        cb(null, this.held);
    }
}
function digestOf(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/registry/client.ts











/** An HTTP answer the registry gave that the operation could not accept. */
class client_RegistryError extends errors_UserError {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function kindOf(path) {
    if (/\/manifests\//.test(path))
        return 'manifest';
    if (/\/blobs\/uploads\//.test(path))
        return 'upload';
    if (/\/blobs\//.test(path))
        return 'blob';
    if (/\/tags\/list/.test(path))
        return 'tags';
    if (/\/v2\/?$/.test(path))
        return 'ping';
    return 'other';
}
function netMessage(err) {
    const code = err.code ?? '';
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND')
        return 'host not found';
    if (code === 'ETIMEDOUT')
        return 'timed out';
    if (code === 'ECONNRESET')
        return 'connection reset';
    if (code === 'EPROTO' || /wrong version number|ssl3_get_record|packet length too long/i.test(err.message))
        return 'TLS handshake failed (does it speak plain HTTP? then use --plain-http)';
    if (/certificate|CERT_|self[- ]signed/i.test(code + err.message))
        return `TLS certificate not trusted (${err.message}; use --insecure to skip verification)`;
    return err.message || code;
}
async function readAll(res, limit, what) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        n += c.length;
        if (n > limit) {
            res.destroy();
            throw new errors_UserError(`${what} is larger than ${limit} bytes; refusing to buffer it`);
        }
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}
function errorDetail(status, body) {
    try {
        const j = JSON.parse(body.toString('utf8'));
        const e = j.errors?.[0];
        if (e)
            return { code: e.code, text: `${e.code ?? status}${e.message ? `: ${e.message}` : ''}` };
    }
    catch {
        /* not JSON */
    }
    const t = body.toString('utf8').trim().split('\n')[0]?.slice(0, 200);
    return { text: t ? `HTTP ${status}: ${t}` : `HTTP ${status}` };
}
function listMatch(opt, registry) {
    if (opt === true)
        return true;
    if (!opt)
        return false;
    const r = normaliseRegistry(registry);
    return opt.some((x) => normaliseRegistry(x) === r);
}
/**
 * A client of the OCI distribution API (v1.1). One instance keeps connections, credentials and
 * tokens per registry; it is safe to use from many concurrent operations.
 */
class RegistryClient {
    opts;
    states = new Map();
    httpAgent;
    httpsAgent;
    httpsInsecureAgent;
    /** requests made, by `METHOD kind` (e.g. `PUT upload`), for tests and benchmarks */
    stats = new Map();
    constructor(opts = {}) {
        this.opts = opts;
        const maxSockets = opts.maxSockets ?? 16;
        this.httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets });
        this.httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets });
        this.httpsInsecureAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets, rejectUnauthorized: false });
    }
    /** Close idle connections (lets the process exit promptly). */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        this.httpsInsecureAgent.destroy();
    }
    count(key) {
        return this.stats.get(key) ?? 0;
    }
    state(registry) {
        const key = normaliseRegistry(registry);
        let s = this.states.get(key);
        if (!s) {
            const plain = isLoopback(key) || listMatch(this.opts.plainHttp, key);
            s = { base: `${plain ? 'http' : 'https'}://${apiHost(key)}`, tokens: new TokenCache(), pendingTokens: new Map() };
            this.states.set(key, s);
        }
        return s;
    }
    credentials(registry) {
        const s = this.state(registry);
        s.creds ??= this.opts.credentials ? this.opts.credentials(registry) : loadCredentials(registry, { configDir: this.opts.configDir });
        return s.creds;
    }
    // ---------------------------------------------------------------- transport
    sendOnce(registry, method, url, headers, body) {
        const insecure = listMatch(this.opts.insecure, registry);
        const agent = url.protocol === 'http:' ? this.httpAgent : insecure ? this.httpsInsecureAgent : this.httpsAgent;
        const mod = url.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
        const h = { 'user-agent': this.opts.userAgent ?? 'gen-ci', ...headers };
        if (Buffer.isBuffer(body))
            h['content-length'] = String(body.length);
        else if (body === undefined && ['PUT', 'POST', 'PATCH'].includes(method))
            h['content-length'] ??= '0';
        return new Promise((resolve, reject) => {
            const req = mod.request(url, { method, headers: h, agent });
            const timeout = this.opts.timeoutMs ?? 60_000;
            req.setTimeout(timeout, () => req.destroy(Object.assign(new Error(`no answer for ${timeout / 1000}s`), { code: 'ETIMEDOUT' })));
            req.on('response', resolve);
            req.on('error', reject);
            if (body instanceof external_node_stream_.Readable) {
                (0,external_node_stream_.pipeline)(body, req, (err) => {
                    if (err) {
                        req.destroy(err);
                        reject(err);
                    }
                });
            }
            else
                req.end(body);
        });
    }
    /** Send, following redirects; Authorization is dropped when a redirect leaves the registry's origin. */
    async send(registry, method, url, headers, body) {
        const origin = url.origin;
        let current = url;
        let h = headers;
        for (let hop = 0; hop <= 5; hop++) {
            const res = await this.sendOnce(registry, method, current, h, hop === 0 ? body : undefined);
            const status = res.statusCode ?? 0;
            this.opts.onRequest?.({ registry, method, url: current.toString(), kind: kindOf(current.pathname), status });
            const k = `${method} ${kindOf(url.pathname)}`;
            this.stats.set(k, (this.stats.get(k) ?? 0) + 1);
            const location = res.headers.location;
            if (![301, 302, 303, 307, 308].includes(status) || !location || !['GET', 'HEAD'].includes(method))
                return res;
            res.resume();
            current = new URL(location, current);
            if (current.origin !== origin) {
                // the spec: blob redirects (object storage, CDNs) must not receive the registry credentials
                const { authorization: _drop, ...rest } = h;
                h = rest;
            }
        }
        throw new errors_UserError(`${registry}: too many redirects for ${method} ${url.pathname}`);
    }
    backoff(attempt, retryAfter) {
        const max = this.opts.maxRetryDelayMs ?? 30_000;
        if (retryAfter !== undefined)
            return Math.min(retryAfter, max);
        const base = (this.opts.retryBaseMs ?? 200) * 2 ** attempt;
        return Math.min(base / 2 + (Math.random() * base) / 2, max);
    }
    /**
     * One registry request with authentication, retries (429/5xx/connection failures, honouring
     * Retry-After) and redirects. Streamed bodies are sent once; their callers retry whole transfers.
     */
    async request(r) {
        const s = this.state(r.registry);
        // no ping first: a 401 on any replayable request teaches the challenge, and every streamed
        // upload (PUT) follows the POST that opened its session, which already carried the push scope
        const isPing = r.path === '/v2/';
        const url = new URL(r.path, s.base);
        const replayable = !(r.body instanceof external_node_stream_.Readable);
        const retries = this.opts.retries ?? 4;
        let reauthed = false;
        for (let attempt = 0;; attempt++) {
            const headers = { ...r.headers };
            const auth = await this.authorization(r.registry, r.scopes);
            if (auth)
                headers.authorization = auth;
            let res;
            try {
                res = await this.send(r.registry, r.method, url, headers, r.body);
            }
            catch (e) {
                const err = e;
                if (err instanceof errors_UserError)
                    throw err;
                // a streamed body that failed (the source of a copy) is not the destination's fault
                if (r.body instanceof external_node_stream_.Readable && r.body.errored) {
                    const be = r.body.errored;
                    if (be instanceof errors_UserError)
                        throw be;
                    throw new errors_UserError(`reading the content for ${r.what} failed: ${netMessage(be)}`);
                }
                this.opts.onRequest?.({ registry: r.registry, method: r.method, url: url.toString(), kind: kindOf(url.pathname), error: err.code ?? err.message });
                if (replayable && RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                const tries = attempt + 1;
                throw new errors_UserError(`cannot reach registry ${r.registry} (${r.what}): ${netMessage(err)}${tries > 1 ? ` after ${tries} attempts` : ''}`);
            }
            const status = res.statusCode ?? 0;
            if (status === 401 && isPing)
                return res;
            if (status === 401 && replayable && !reauthed) {
                reauthed = true;
                const ch = parseChallenge(res.headers['www-authenticate']);
                res.resume();
                if (ch) {
                    s.challenge = ch;
                    s.tokens.clear();
                    if (ch.params.scope)
                        r = { ...r, scopes: mergeScopes([...r.scopes, ch.params.scope]) };
                }
                attempt--;
                continue;
            }
            const retry500 = r.retry500 ?? true;
            if (replayable && RETRY_STATUS.has(status) && (status !== 500 || retry500) && attempt < retries) {
                const wait = this.backoff(attempt, parseRetryAfter(res.headers['retry-after']));
                res.resume();
                await sleep(wait);
                continue;
            }
            if (status === 401 || status === 403) {
                const body = r.method === 'HEAD' ? Buffer.alloc(0) : await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
                throw await this.authError(r, status, body);
            }
            return res;
        }
    }
    async authError(r, status, body) {
        const creds = await this.credentials(r.registry).catch(() => undefined);
        const d = errorDetail(status, body);
        if (status === 403)
            return new client_RegistryError(`registry ${r.registry} denied access (${r.what}): ${d.text}; check that ${creds?.username ? `user "${creds.username}"` : 'this login'} may ${r.scopes.some((x) => x.includes('push')) ? 'push to' : 'pull from'} it`, 403, d.code);
        if (!creds)
            return new client_RegistryError(`registry ${r.registry} requires authentication (${r.what}); log in first (docker login ${r.registry}) or set DOCKER_CONFIG`, 401, d.code);
        return new client_RegistryError(`registry ${r.registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''} (${r.what}): ${d.text}; check the user name and password`, 401, d.code);
    }
    /** Raise a RegistryError for an unexpected status, with the registry's own error code. */
    async expect(res, ok, what, registry) {
        const status = res.statusCode ?? 0;
        if (ok.includes(status))
            return;
        const body = await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
        const d = errorDetail(status, body);
        throw new client_RegistryError(`registry ${registry}: ${what}: ${d.text}`, status, d.code);
    }
    // ---------------------------------------------------------------- auth
    /** GET /v2/ once per registry: learns whether and how it authenticates. */
    ping(registry) {
        const s = this.state(registry);
        s.pinged ??= (async () => {
            const res = await this.request({ registry, method: 'GET', path: '/v2/', scopes: [], what: 'ping' });
            res.resume();
            const status = res.statusCode ?? 0;
            if (status === 401) {
                s.challenge = parseChallenge(res.headers['www-authenticate']);
                return;
            }
            if (status === 404 || status >= 500 || status === 0)
                await this.expect(res, [200], 'GET /v2/ (is this an OCI registry?)', registry);
        })();
        s.pinged.catch(() => {
            s.pinged = undefined;
        });
        return s.pinged;
    }
    async authorization(registry, scopes) {
        const s = this.state(registry);
        const ch = s.challenge;
        if (!ch)
            return undefined;
        if (ch.scheme === 'basic') {
            const c = await this.credentials(registry);
            if (!c?.username)
                return undefined;
            return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
        }
        if (ch.scheme === 'bearer') {
            const want = mergeScopes(scopes);
            const cached = s.tokens.get(want);
            if (cached)
                return `Bearer ${cached}`;
            // concurrent requests for the same scopes share one token request
            const key = want.join(' ');
            let pending = s.pendingTokens.get(key);
            if (!pending) {
                pending = this.fetchToken(registry, ch, want).finally(() => s.pendingTokens.delete(key));
                s.pendingTokens.set(key, pending);
            }
            return `Bearer ${await pending}`;
        }
        return undefined;
    }
    async fetchToken(registry, ch, scopes) {
        const s = this.state(registry);
        const realm = ch.params.realm;
        if (!realm)
            throw new errors_UserError(`registry ${registry} asks for a Bearer token but names no realm`);
        const creds = await this.credentials(registry);
        const url = new URL(realm);
        let res;
        const headers = {};
        let body;
        let method = 'GET';
        if (creds?.identityToken) {
            // an identity token (docker login with OAuth) is a refresh token for the OAuth2 POST flow
            method = 'POST';
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'gen-ci' });
            if (ch.params.service)
                form.set('service', ch.params.service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            body = Buffer.from(form.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else {
            if (ch.params.service)
                url.searchParams.set('service', ch.params.service);
            for (const sc of scopes)
                url.searchParams.append('scope', sc);
            if (creds?.username)
                headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password ?? ''}`).toString('base64')}`;
        }
        const retries = this.opts.retries ?? 4;
        for (let attempt = 0;; attempt++) {
            try {
                res = await this.sendOnce(registry, method, url, headers, body);
            }
            catch (e) {
                const err = e;
                if (RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                throw new errors_UserError(`cannot reach the token server of ${registry} (${url.origin}): ${netMessage(err)}`);
            }
            this.opts.onRequest?.({ registry, method, url: url.toString(), kind: 'token', status: res.statusCode });
            this.stats.set(`${method} token`, (this.stats.get(`${method} token`) ?? 0) + 1);
            if (RETRY_STATUS.has(res.statusCode ?? 0) && attempt < retries) {
                const wait = this.backoff(attempt, parseRetryAfter(res.headers['retry-after']));
                res.resume();
                await sleep(wait);
                continue;
            }
            break;
        }
        const text = await readAll(res, 1024 * 1024, 'token response');
        const status = res.statusCode ?? 0;
        if (status === 401 || status === 403) {
            if (!creds)
                throw new client_RegistryError(`registry ${registry} requires authentication; log in first (docker login ${registry}) or set DOCKER_CONFIG`, status);
            throw new client_RegistryError(`the token server of ${registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''}: ${errorDetail(status, text).text}; check the user name and password`, status);
        }
        if (status !== 200)
            throw new client_RegistryError(`the token server of ${registry} answered ${errorDetail(status, text).text}`, status);
        let j;
        try {
            j = JSON.parse(text.toString('utf8'));
        }
        catch {
            throw new errors_UserError(`the token server of ${registry} sent something that is not JSON`);
        }
        const token = j.token ?? j.access_token;
        if (!token)
            throw new errors_UserError(`the token server of ${registry} sent no token`);
        s.tokens.put(scopes, token, j.expires_in ?? 60);
        return token;
    }
    // ---------------------------------------------------------------- manifests
    cachePath(digest) {
        if (!this.opts.cacheDir || !/^sha256:[a-f0-9]{64}$/.test(digest))
            return undefined;
        return (0,external_node_path_.join)(this.opts.cacheDir, 'manifests', digest.replace(':', '-'));
    }
    async cacheGet(digest) {
        const p = this.cachePath(digest);
        if (!p)
            return undefined;
        try {
            const raw = await (0,promises_namespaceObject.readFile)(p);
            const nl = raw.indexOf(10);
            const mediaType = raw.subarray(0, nl).toString('utf8');
            const bytes = raw.subarray(nl + 1);
            if (digestOf(bytes) !== digest)
                return undefined;
            return { mediaType, digest, bytes, json: JSON.parse(bytes.toString('utf8')) };
        }
        catch {
            return undefined;
        }
    }
    async cachePut(m) {
        const p = this.cachePath(m.digest);
        if (!p)
            return;
        try {
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(this.opts.cacheDir, 'manifests'), { recursive: true });
            const tmp = `${p}.${process.pid}.tmp`;
            await (0,promises_namespaceObject.writeFile)(tmp, Buffer.concat([Buffer.from(`${m.mediaType}\n`), m.bytes]));
            await (0,promises_namespaceObject.rename)(tmp, p);
        }
        catch {
            /* a cache is best effort */
        }
    }
    /**
     * HEAD a manifest: digest, media type and size without a pull (Docker Hub does not count HEADs).
     * Undefined when it does not exist.
     */
    async headManifest(ref) {
        const what = `manifest ${reference_formatReference(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'HEAD',
            path: `/v2/${ref.repository}/manifests/${manifestKey(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [pullScope(ref.repository)],
            what,
            // distribution 2.8 answers HEAD of a *tag* whose index holds attestation manifests
            // (platform unknown/unknown) with 500, while GET of the same tag works: fall back to GET
            retry500: false,
        });
        res.resume();
        const status = res.statusCode ?? 0;
        if (status === 404)
            return undefined;
        const digest = res.headers['docker-content-digest'];
        if (status === 500 || (status === 200 && !digest && !ref.digest)) {
            const m = await this.getManifest(ref, { allowMissing: true });
            return m ? { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length } : undefined;
        }
        await this.expect(res, [200], `HEAD ${what}`, ref.registry);
        return {
            digest: digest ?? ref.digest,
            mediaType: manifestMediaType({}, res.headers['content-type']),
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    async getManifest(ref, opts = {}) {
        if (ref.digest) {
            const hit = await this.cacheGet(ref.digest);
            if (hit)
                return hit;
        }
        const what = `manifest ${reference_formatReference(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${manifestKey(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [pullScope(ref.repository)],
            what,
        });
        if (res.statusCode === 404 && opts.allowMissing) {
            res.resume();
            return undefined;
        }
        if (res.statusCode === 404) {
            res.resume();
            throw new client_RegistryError(`${reference_formatReference(ref)} not found`, 404, 'MANIFEST_UNKNOWN');
        }
        await this.expect(res, [200], `GET ${what}`, ref.registry);
        const bytes = await readAll(res, 4 * 1024 * 1024, what);
        const stated = res.headers['docker-content-digest'];
        const algorithm = (ref.digest ?? stated ?? 'sha256:').startsWith('sha512:') ? 'sha512' : 'sha256';
        const digest = digestOf(bytes, algorithm);
        const expected = ref.digest ?? (stated?.startsWith(`${algorithm}:`) ? stated : undefined);
        if (expected && expected !== digest)
            throw new DigestMismatchError(`${what}: content does not match its digest (expected ${expected}, got ${digest})`);
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new errors_UserError(`${what} is not JSON`);
        }
        const m = { mediaType: manifestMediaType(json, res.headers['content-type']), digest, bytes, json };
        await this.cachePut(m);
        return m;
    }
    /** PUT a manifest under a tag or its digest; returns its digest. */
    async putManifest(ref, bytes, mediaType) {
        const digest = digestOf(bytes);
        const key = ref.tag ?? ref.digest ?? digest;
        const what = `manifest ${ref.registry}/${ref.repository}:${key}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'PUT',
            path: `/v2/${ref.repository}/manifests/${key}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [pushScope(ref.repository)],
            what,
        });
        res.resume();
        await this.expect(res, [200, 201, 202], `PUT ${what}`, ref.registry);
        return digest;
    }
    // ---------------------------------------------------------------- blobs
    /** Size of a blob if the repository has it, else undefined. */
    async headBlob(registry, repository, digest) {
        const res = await this.request({
            registry,
            method: 'HEAD',
            path: `/v2/${repository}/blobs/${digest}`,
            scopes: [pullScope(repository)],
            what: `blob ${digest}`,
        });
        res.resume();
        if (res.statusCode === 404)
            return undefined;
        await this.expect(res, [200], `HEAD blob ${repository}@${digest}`, registry);
        return Number(res.headers['content-length'] ?? 0);
    }
    /** A blob as a stream that errors if the content does not match the digest (or size). */
    async getBlob(registry, repository, digest, size) {
        const what = `blob ${registry}/${repository}@${digest}`;
        const res = await this.request({ registry, method: 'GET', path: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], what });
        await this.expect(res, [200], `GET ${what}`, registry);
        const verifier = new DigestVerifier(digest, size, what);
        (0,external_node_stream_.pipeline)(res, verifier, () => { });
        return verifier;
    }
    /** A small blob (an image config) read whole, verified. */
    async getBlobBytes(registry, repository, digest, limit = 4 * 1024 * 1024) {
        const s = await this.getBlob(registry, repository, digest);
        return readAll(s, limit, `blob ${digest}`);
    }
    /**
     * Open an upload session; with `mountFrom` first ask the registry to mount the blob from another
     * repository (201: done, nothing to upload; 202: it could not, and the session is ours to use).
     */
    async startUpload(registry, repository, mountFrom) {
        const q = mountFrom ? `?mount=${encodeURIComponent(mountFrom.digest)}&from=${encodeURIComponent(mountFrom.repository)}` : '';
        const scopes = [pushScope(repository), ...(mountFrom ? [pullScope(mountFrom.repository)] : [])];
        const what = `upload to ${registry}/${repository}`;
        const res = await this.request({ registry, method: 'POST', path: `/v2/${repository}/blobs/uploads/${q}`, scopes, what });
        res.resume();
        if (res.statusCode === 201 && mountFrom)
            return { mounted: true };
        await this.expect(res, [202], `POST ${what}`, registry);
        const location = res.headers.location;
        if (!location)
            throw new errors_UserError(`registry ${registry} opened an upload without a Location`);
        return { mounted: false, location: new URL(location, this.state(registry).base).toString() };
    }
    /** Finish an upload in one PUT carrying the whole blob (streamed when a Readable). */
    async putUpload(registry, repository, location, digest, body, size) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const what = `blob ${registry}/${repository}@${digest}`;
        const res = await this.request({
            registry,
            method: 'PUT',
            path: url.toString(),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
            body,
            scopes: [pushScope(repository)],
            what,
        });
        res.resume();
        await this.expect(res, [201, 204], `PUT ${what}`, registry);
    }
    /** Chunked upload: PATCH chunks of at most chunkSize bytes (buffered one at a time), then PUT ?digest=. */
    async uploadChunked(registry, repository, location, digest, body, chunkSize) {
        let loc = location;
        let offset = 0;
        const what = `blob ${registry}/${repository}@${digest}`;
        const sendChunk = async (chunk) => {
            const res = await this.request({
                registry,
                method: 'PATCH',
                path: loc,
                headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                body: chunk,
                scopes: [pushScope(repository)],
                what,
            });
            res.resume();
            await this.expect(res, [202], `PATCH ${what}`, registry);
            if (res.headers.location)
                loc = new URL(res.headers.location, this.state(registry).base).toString();
            offset += chunk.length;
        };
        let parts = [];
        let n = 0;
        for await (const c of body) {
            let buf = c;
            while (buf.length > 0) {
                const take = Math.min(buf.length, chunkSize - n);
                parts.push(buf.subarray(0, take));
                n += take;
                buf = buf.subarray(take);
                if (n === chunkSize) {
                    await sendChunk(Buffer.concat(parts));
                    parts = [];
                    n = 0;
                }
            }
        }
        if (n > 0)
            await sendChunk(Buffer.concat(parts));
        const url = new URL(loc);
        url.searchParams.set('digest', digest);
        const res = await this.request({ registry, method: 'PUT', path: url.toString(), scopes: [pushScope(repository)], what });
        res.resume();
        await this.expect(res, [201, 204], `PUT ${what}`, registry);
    }
    /**
     * Push one blob unless the repository has it: mount from `mountFrom` when given, else upload
     * (monolithic, or chunked with chunkSize). `open` is called at most once, only if bytes must move.
     */
    async pushBlob(registry, repository, digest, size, open, opts = {}) {
        if (!opts.mountFrom && !opts.skipExistCheck && (await this.headBlob(registry, repository, digest)) !== undefined)
            return 'exists';
        const session = await this.startUpload(registry, repository, opts.mountFrom ? { repository: opts.mountFrom, digest } : undefined);
        if (session.mounted)
            return 'mounted';
        const body = await open();
        if (opts.chunkSize && body instanceof external_node_stream_.Readable)
            await this.uploadChunked(registry, repository, session.location, digest, body, opts.chunkSize);
        else
            await this.putUpload(registry, repository, session.location, digest, body, size);
        return 'uploaded';
    }
    // ---------------------------------------------------------------- tags
    async listTags(registry, repository) {
        const out = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        while (path) {
            const res = await this.request({ registry, method: 'GET', path, scopes: [pullScope(repository)], what: `tags of ${repository}` });
            if (res.statusCode === 404) {
                res.resume();
                throw new client_RegistryError(`repository ${registry}/${repository} not found`, 404, 'NAME_UNKNOWN');
            }
            await this.expect(res, [200], `GET tags of ${repository}`, registry);
            const j = JSON.parse((await readAll(res, 16 * 1024 * 1024, 'tag list')).toString('utf8'));
            out.push(...(j.tags ?? []));
            const link = res.headers.link;
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            path = next ? new URL(next, this.state(registry).base).toString() : undefined;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/registry/layout.ts




/**
 * Push an OCI image layout directory (buildx `--output type=oci,dest=DIR,tar=false`) to a
 * repository by digest only: blobs, then each platform manifest, then the index, and no tag.
 * This is push-by-digest for builders whose exporter lacks it (buildx's docker driver).
 */
async function pushLayout(client, dir, target) {
    let top;
    try {
        top = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'index.json'), 'utf8')).manifests[0];
    }
    catch (err) {
        throw new errors_UserError(`${dir} is not an OCI image layout (${err.message.split('\n')[0]})`);
    }
    if (!top)
        throw new errors_UserError(`the OCI layout in ${dir} holds no image`);
    const blobPath = (digest) => (0,external_node_path_.join)(dir, 'blobs', ...digest.split(':'));
    const pushBlob = async (d) => {
        const path = blobPath(d.digest);
        const size = (0,external_node_fs_.statSync)(path).size;
        await client.pushBlob(target.registry, target.repository, d.digest, size, () => (0,external_node_fs_.createReadStream)(path));
    };
    const pushManifest = async (d) => {
        const bytes = (0,external_node_fs_.readFileSync)(blobPath(d.digest));
        const json = JSON.parse(bytes.toString('utf8'));
        const mediaType = d.mediaType ?? json.mediaType ?? '';
        if (isIndexType(mediaType)) {
            // children first, so the index never points at something missing
            await Promise.all(json.manifests.map(pushManifest));
        }
        else {
            await Promise.all(manifestBlobs(json).map(pushBlob));
        }
        await client.putManifest({ registry: target.registry, repository: target.repository, digest: d.digest }, bytes, mediaType);
    };
    await pushManifest(top);
    return { digest: top.digest, mediaType: top.mediaType ?? '' };
}

;// CONCATENATED MODULE: ./src/registry/inspect.ts



function entry(p, digest, mediaType, size) {
    const n = normalise(p);
    return { platform: formatPlatform(n), os: n.os, architecture: n.architecture, ...(n.variant ? { variant: n.variant } : {}), digest, mediaType, size };
}
/** The platform an image's config declares (single-platform images carry it only there). */
async function inspect_configPlatform(client, ref, manifest) {
    const bytes = await client.getBlobBytes(ref.registry, ref.repository, manifest.config.digest);
    const cfg = JSON.parse(bytes.toString('utf8'));
    if (!cfg.os || !cfg.architecture)
        return undefined;
    return platform_normalise({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
}
/** Describe a fetched manifest: its platforms (from the index, or the config for a single image) and attestations. */
async function describeManifest(client, ref, m) {
    const info = { reference: formatReference(ref), mediaType: m.mediaType, digest: m.digest, index: isIndex(m), platforms: [], attestations: [] };
    if (isIndex(m)) {
        for (const d of m.json.manifests) {
            const p = descriptorPlatform(d);
            if (isAttestation(d) || !p) {
                info.attestations.push({
                    digest: d.digest,
                    mediaType: d.mediaType,
                    size: d.size,
                    ...(d.annotations?.[REF_DIGEST_ANNOTATION] ? { for: d.annotations[REF_DIGEST_ANNOTATION] } : {}),
                    type: d.annotations?.[REF_TYPE_ANNOTATION] ?? 'unknown',
                });
            }
            else
                info.platforms.push(entry(p, d.digest, d.mediaType, d.size));
        }
    }
    else {
        const p = await inspect_configPlatform(client, ref, m.json);
        if (p)
            info.platforms.push(entry(p, m.digest, m.mediaType, m.bytes.length));
    }
    return info;
}
/**
 * What is behind a reference: media type, digest, platform → manifest digest/size, attestations.
 * When the client has a manifest cache, a HEAD answers for a known digest and nothing is pulled.
 */
async function inspectImage(client, ref) {
    let m;
    if (!ref.digest && client.opts.cacheDir) {
        const head = await client.headManifest(ref);
        if (head)
            m = await client.getManifest(withDigest(ref, head.digest), { allowMissing: true });
    }
    m ??= await client.getManifest(ref);
    return describeManifest(client, ref, m);
}
/** The entry for a platform: exact match first (variants included), then, for arm, a lower variant containerd would accept. */
function findPlatform(info, want) {
    const exact = info.platforms.find((e) => samePlatform(e, want));
    if (exact)
        return { entry: exact, exact: true };
    const w = normalise(want);
    if (w.architecture === 'arm' && w.variant) {
        const v = Number(w.variant.slice(1));
        const lower = info.platforms
            .filter((e) => e.os === w.os && e.architecture === 'arm' && e.variant && Number(e.variant.slice(1)) < v)
            .sort((a, b) => Number(b.variant?.slice(1)) - Number(a.variant?.slice(1)));
        if (lower[0])
            return { entry: lower[0], exact: false };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/locations.ts




/** $GENCI_CACHE_DIR, else $XDG_CACHE_HOME/gen-ci, else ~/.cache/gen-ci. */
function defaultCacheDir(env = process.env) {
    return env.GENCI_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'gen-ci');
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
        return `${normaliseRegistry(registry)} ${digest}`;
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
            const j = JSON.parse(await (0,promises_namespaceObject.readFile)(this.file, 'utf8'));
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
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await (0,promises_namespaceObject.writeFile)(tmp, JSON.stringify({ version: 1, entries: [...this.map] }));
            await (0,promises_namespaceObject.rename)(tmp, this.file);
            this.dirty = false;
        }
        catch {
            /* best effort */
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/pool.ts
/** A bounded pool: at most `size` tasks run at once; once `abort` is called queued tasks are refused. */
class Pool {
    size;
    running = 0;
    queue = [];
    aborted;
    constructor(size) {
        this.size = size;
    }
    abort(reason) {
        this.aborted ??= reason;
    }
    async run(task) {
        if (this.running >= this.size)
            await new Promise((r) => this.queue.push(r));
        this.running++;
        try {
            if (this.aborted)
                throw this.aborted;
            return await task();
        }
        finally {
            this.running--;
            this.queue.shift()?.();
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/copy.ts










const copy_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class Counter extends external_node_stream_.Transform {
    onBytes;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _e, cb) {
        this.onBytes(chunk.length);
        cb(null, chunk);
    }
}
/**
 * Moves manifests and blobs between repositories: skips what the destination has, mounts across
 * repositories of the same registry, streams the rest through a bounded pool, and pushes every
 * manifest only after everything it references is in place (children before indexes).
 */
class Transfer {
    client;
    opts;
    stats = { manifestsPushed: 0, manifestsPresent: 0, blobsUploaded: 0, blobsMounted: 0, blobsPresent: 0, bytesUploaded: 0 };
    progress = { blobsTotal: 0, blobsDone: 0, bytesTotal: 0, bytesDone: 0 };
    locations;
    pool;
    blobs = new Map();
    manifests = new Map();
    lastProgress = 0;
    constructor(client, opts = {}) {
        this.client = client;
        this.opts = opts;
        this.pool = new Pool(opts.concurrency ?? 8);
        this.locations = opts.locations ?? new BlobLocations();
    }
    tick(force = false) {
        if (!this.opts.onProgress)
            return;
        const now = Date.now();
        if (!force && now - this.lastProgress < 100)
            return;
        this.lastProgress = now;
        this.opts.onProgress({ ...this.progress });
    }
    /** Make sure the destination repository has the blob. */
    blob(src, dst, d) {
        const key = `${normaliseRegistry(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.blobs.get(key);
        if (!p) {
            this.progress.blobsTotal++;
            this.progress.bytesTotal += d.size;
            p = this.pool
                .run(() => this.copyBlob(src, dst, d))
                .then(() => {
                this.progress.blobsDone++;
                this.tick(this.progress.blobsDone === this.progress.blobsTotal);
            }, (e) => {
                this.pool.abort(e);
                throw e;
            });
            this.blobs.set(key, p);
        }
        return p;
    }
    async copyBlob(src, dst, d) {
        const { client } = this;
        const sameRegistry = normaliseRegistry(src.registry) === normaliseRegistry(dst.registry);
        this.locations.add(src.registry, src.repository, d.digest);
        const retries = this.opts.blobRetries ?? 2;
        for (let attempt = 0;; attempt++) {
            const known = this.locations.find(dst.registry, d.digest).filter((r) => r !== dst.repository);
            const from = sameRegistry && src.repository !== dst.repository ? src.repository : known[0];
            if (!from || attempt > 0) {
                if ((await client.headBlob(dst.registry, dst.repository, d.digest)) !== undefined) {
                    this.stats.blobsPresent++;
                    this.progress.bytesDone += d.size;
                    this.locations.add(dst.registry, dst.repository, d.digest);
                    return;
                }
            }
            const session = await client.startUpload(dst.registry, dst.repository, from ? { repository: from, digest: d.digest } : undefined);
            if (session.mounted) {
                this.stats.blobsMounted++;
                this.progress.bytesDone += d.size;
                this.locations.add(dst.registry, dst.repository, d.digest);
                return;
            }
            if (from && from !== src.repository)
                this.locations.forget(dst.registry, from, d.digest);
            let sent = 0;
            try {
                const source = await client.getBlob(src.registry, src.repository, d.digest, d.size);
                const counted = source.pipe(new Counter((n) => {
                    sent += n;
                    this.progress.bytesDone += n;
                    this.tick();
                }));
                source.on('error', (e) => counted.destroy(e));
                if (this.opts.chunkSize)
                    await client.uploadChunked(dst.registry, dst.repository, session.location, d.digest, counted, this.opts.chunkSize);
                else
                    await client.putUpload(dst.registry, dst.repository, session.location, d.digest, counted, d.size);
            }
            catch (e) {
                this.progress.bytesDone -= sent;
                const permanent = e instanceof DigestMismatchError || (e instanceof client_RegistryError && e.status !== 429 && e.status < 500);
                if (permanent || attempt >= retries)
                    throw e;
                await copy_sleep(500 * 2 ** attempt);
                continue;
            }
            this.stats.blobsUploaded++;
            this.stats.bytesUploaded += d.size;
            this.locations.add(dst.registry, dst.repository, d.digest);
            return;
        }
    }
    /**
     * Make sure the destination has the manifest `d` (by digest) and everything below it.
     * `fetched` skips the GET when the caller already has the manifest.
     */
    manifest(src, dst, d, fetched) {
        const key = `${normaliseRegistry(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.manifests.get(key);
        if (!p) {
            p = this.copyManifest(src, dst, d, fetched);
            this.manifests.set(key, p);
        }
        return p;
    }
    async copyManifest(src, dst, d, fetched) {
        const target = reference_withDigest(dst, d.digest);
        if (await this.client.headManifest(target)) {
            // a registry accepts a manifest only when everything it references is present
            this.stats.manifestsPresent++;
            return;
        }
        const m = fetched ?? (await this.client.getManifest(reference_withDigest(src, d.digest)));
        await this.contents(src, dst, m);
        await this.client.putManifest(target, m.bytes, m.mediaType);
        this.stats.manifestsPushed++;
    }
    /** Everything a manifest references: child manifests of an index, blobs of an image. */
    async contents(src, dst, m) {
        if (manifest_isIndex(m))
            await Promise.all(m.json.manifests.map((c) => this.manifest(src, dst, c)));
        else
            await Promise.all(manifestBlobs(m.json).map((b) => this.blob(src, dst, b)));
    }
    finish() {
        this.tick(true);
    }
}
/** Entries of an index to keep for the wanted platforms, with the attestations that describe them. */
function selectEntries(index, platforms, keepAttestations = true) {
    if (!platforms)
        return index.manifests;
    const kept = index.manifests.filter((d) => {
        const p = descriptorPlatform(d);
        return !isAttestation(d) && p !== undefined && platforms.some((w) => samePlatform(p, w));
    });
    const digests = new Set(kept.map((d) => d.digest));
    return index.manifests.filter((d) => digests.has(d.digest) || (keepAttestations && isAttestation(d) && digests.has(d.annotations?.[REF_DIGEST_ANNOTATION] ?? '')));
}
function platformsOf(descs) {
    return descs.flatMap((d) => {
        const p = descriptorPlatform(d);
        return p && !isAttestation(d) ? [formatPlatform(p)] : [];
    });
}
/**
 * Copy an image (index or single manifest) from src to dst. Without `platforms` everything is
 * copied and every digest is preserved; with it, the index is rewritten to the chosen platforms.
 * The destination tag is written last, so it never points at something incomplete.
 */
async function copyImage(client, src, dst, opts = {}, transfer) {
    const t = transfer ?? new Transfer(client, opts);
    const before = { ...t.stats };
    const result = (digest, mediaType, platforms, upToDate) => {
        const s = t.stats;
        return {
            source: formatReference(src),
            destination: formatReference(dst),
            digest,
            mediaType,
            platforms,
            upToDate,
            manifestsPushed: s.manifestsPushed - before.manifestsPushed,
            manifestsPresent: s.manifestsPresent - before.manifestsPresent,
            blobsUploaded: s.blobsUploaded - before.blobsUploaded,
            blobsMounted: s.blobsMounted - before.blobsMounted,
            blobsPresent: s.blobsPresent - before.blobsPresent,
            bytesUploaded: s.bytesUploaded - before.bytesUploaded,
        };
    };
    const all = !opts.platforms;
    // HEAD first: when the destination already holds the very same digest there is nothing to pull
    const [srcHead, dstHead] = await Promise.all([client.headManifest(src), dst.digest && !dst.tag ? undefined : client.headManifest(dst)]);
    if (!srcHead)
        throw new RegistryError(`${formatReference(src)} not found`, 404, 'MANIFEST_UNKNOWN');
    if (all && dstHead?.digest === srcHead.digest)
        return result(srcHead.digest, srcHead.mediaType, [], true);
    const m = await client.getManifest(withDigest(src, srcHead.digest));
    if (!isIndex(m)) {
        const p = await configPlatform(client, src, m.json);
        const plat = p ? formatPlatform(p) : 'unknown';
        if (opts.platforms && !(p && opts.platforms.some((w) => samePlatform(p, w))))
            throw new UserError(`${formatReference(src)} is a single-platform image for ${plat}, not ${opts.platforms.map(formatPlatform).join(', ')}`);
        if (dstHead?.digest === m.digest)
            return result(m.digest, m.mediaType, [plat], true);
        await t.contents(src, dst, m);
        await client.putManifest(dst, m.bytes, m.mediaType);
        t.stats.manifestsPushed++;
        t.finish();
        return result(m.digest, m.mediaType, [plat], false);
    }
    const entries = selectEntries(m.json, opts.platforms, opts.keepAttestations ?? true);
    const platforms = platformsOf(entries);
    if (opts.platforms) {
        const missing = opts.platforms.filter((w) => !platforms.some((p) => p === formatPlatform(w)));
        if (missing.length)
            throw new UserError(`${formatReference(src)} has no ${missing.map(formatPlatform).join(', ')}; it has ${platformsOf(m.json.manifests).join(', ') || 'no runnable platform'}`);
    }
    let bytes = m.bytes;
    if (!all && entries.length !== m.json.manifests.length) {
        if (dst.digest && !dst.tag)
            throw new UserError('a destination by digest cannot receive a subset of platforms (the index changes); give a tag');
        bytes = serialiseIndex({ ...m.json, manifests: entries });
    }
    const digest = sha256(bytes);
    if (dstHead?.digest === digest)
        return result(digest, m.mediaType, platforms, true);
    await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
    await client.putManifest(dst.tag ? dst : withDigest(dst, digest), bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(digest, m.mediaType, platforms, false);
}

;// CONCATENATED MODULE: ./src/registry/merge.ts






/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client, s) {
    const m = await client.getManifest(s.ref);
    const name = reference_formatReference(s.ref);
    if (!manifest_isIndex(m)) {
        const declared = await inspect_configPlatform(client, s.ref, m.json);
        if (s.platform && declared && !platform_samePlatform(declared, s.platform))
            throw new errors_UserError(`${name} is built for ${platform_formatPlatform(declared)} (its config says so), not ${platform_formatPlatform(s.platform)}`);
        const p = s.platform ?? declared;
        if (!p)
            throw new errors_UserError(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
        const desc = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...platform_normalise(p) } };
        return [{ desc, platform: platform_normalise(p), source: s, attestations: [] }];
    }
    const runnable = m.json.manifests.filter((d) => !manifest_isAttestation(d) && manifest_descriptorPlatform(d));
    const picked = s.platform ? runnable.filter((d) => platform_samePlatform(manifest_descriptorPlatform(d), s.platform)) : runnable;
    if (s.platform && picked.length === 0)
        throw new errors_UserError(`${name} has no ${platform_formatPlatform(s.platform)}; it has ${runnable.map((d) => platform_formatPlatform(manifest_descriptorPlatform(d))).join(', ') || 'no runnable platform'}`);
    if (picked.length === 0)
        throw new errors_UserError(`${name} is an index without any runnable platform manifest`);
    return picked.map((d) => ({
        desc: d,
        platform: manifest_descriptorPlatform(d),
        source: s,
        attestations: m.json.manifests.filter((a) => manifest_isAttestation(a) && a.annotations?.[manifest_REF_DIGEST_ANNOTATION] === d.digest),
    }));
}
/**
 * Build one index from per-platform images (single manifests or indexes with attestations), copying
 * manifests and blobs into the target repository where needed, then push the index under the tag.
 * Replaces `docker manifest create --amend` + `push` and manifest-tool.
 */
async function mergeImages(client, target, sources, opts = {}) {
    if (sources.length === 0)
        throw new errors_UsageError('merge needs at least one source image');
    if (!target.tag)
        throw new errors_UsageError(`the merge target ${reference_formatReference(target)} needs a tag`);
    const all = (await Promise.all(sources.map((s) => candidates(client, s)))).flat();
    const chosen = new Map();
    for (const c of all) {
        const key = platform_formatPlatform(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!opts.prefer)
                throw new errors_UserError(`${key} comes from both ${reference_formatReference(prev.source.ref)} and ${reference_formatReference(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (opts.prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    const picked = [...chosen.values()];
    const t = new Transfer(client, opts);
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const manifests = [];
    for (const c of picked) {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        manifests.push({
            ...base,
            platform: { ...(c.desc.platform ?? {}), ...platform_normalise(c.platform) },
            ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}),
        });
    }
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const allDocker = manifests.every((d) => d.mediaType === MT.dockerManifest);
    const mediaType = allDocker ? MT.dockerList : MT.ociIndex;
    const bytes = manifest_serialiseIndex({ schemaVersion: 2, mediaType, manifests });
    const digest = manifest_sha256(bytes);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: reference_formatReference(target),
        digest,
        mediaType,
        platforms: picked.map((c) => ({ platform: platform_formatPlatform(c.platform), digest: c.desc.digest, source: reference_formatReference(c.source.ref) })),
        attestations: opts.keepAttestations ? picked.reduce((n, c) => n + c.attestations.length, 0) : 0,
        ...t.stats,
    };
}
/** `REF` or `REF@linux/arm64` (the platform after the last @ that is not a digest). */
function parseMergeSource(arg) {
    const at = arg.lastIndexOf('@');
    if (at > 0 && !arg.slice(at + 1).includes(':'))
        return { ref: parseReference(arg.slice(0, at)), platform: parsePlatform(arg.slice(at + 1)) };
    return { ref: parseReference(arg) };
}
/** manifest-tool's `from-spec` YAML: image, optional tags, manifests: [{image, platform: {os, architecture, variant}}]. */
async function parseMergeSpec(text) {
    // loaded on demand: the YAML parser is a large module most runs never need
    const { load } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 3243));
    let doc;
    try {
        doc = load(text);
    }
    catch (e) {
        throw new UsageError(`the merge spec is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || typeof d.image !== 'string')
        throw new UsageError('the merge spec needs `image: registry/name:tag`');
    if (!Array.isArray(d.manifests) || d.manifests.length === 0)
        throw new UsageError('the merge spec needs a non-empty `manifests:` list');
    const sources = d.manifests.map((m, i) => {
        if (!m || typeof m.image !== 'string')
            throw new UsageError(`manifests[${i}] of the merge spec needs an image`);
        const p = m.platform;
        let platform;
        if (p) {
            if (!p.architecture)
                throw new UsageError(`manifests[${i}].platform needs an architecture`);
            platform = parsePlatform([p.os ?? 'linux', p.architecture, p.variant].filter(Boolean).join('/'));
        }
        return { ref: parseReference(m.image), ...(platform ? { platform } : {}) };
    });
    const tags = Array.isArray(d.tags) ? d.tags.map(String) : [];
    return { target: parseReference(d.image), sources, tags };
}

;// CONCATENATED MODULE: ./src/core/helper-images.ts





/**
 * Known-good helper images, pinned instead of `latest` (see README, "Helper images"):
 * - binfmt qemu-v8.1.5: `latest` (QEMU 7.0) segfaults under the ASLR of newer runner kernels and
 *   the QEMU 9.2 image segfaulted in libc-bin/ldconfig of Ubuntu 22.04 (2025); 8.1.5 carries the fix.
 * - BuildKit v0.27.0: a release before attestations became OCI artifacts, which some registries
 *   (GitLab's among them) refuse.
 */
const PINNED_BINFMT = 'tonistiigi/binfmt:qemu-v8.1.5';
const PINNED_BUILDKIT = 'moby/buildkit:v0.27.0';
/** The image to use: an explicit input wins, else the pinned one, from helper-registry when set (pure). */
function helperImage(pinned, explicit, helperRegistry) {
    if (explicit)
        return explicit;
    return helperRegistry ? `${helperRegistry.replace(/\/+$/, '')}/${pinned}` : pinned;
}
/** Cache keys: restore by image name, save under name + digest (pure). */
function helperCacheKeys(image, digest) {
    const slug = image.replace(/[^a-zA-Z0-9._-]+/g, '-');
    return { primary: `gen-ci-helper-${slug}-${digest?.replace(/^sha256:/, '').slice(0, 16) ?? 'nodigest'}`, restore: [`gen-ci-helper-${slug}-`] };
}
/** A fixed path per image: @actions/cache versions entries by their paths, so it must not vary between runs. */
function helperCacheDir(image, base = (0,external_node_os_.tmpdir)()) {
    return (0,external_node_path_.join)(base, 'gen-ci-helper-images', image.replace(/[^a-zA-Z0-9._-]+/g, '-'));
}
/** Rate limits, server errors, timeouts and resets are worth another try; auth and not-found are not (pure). */
function isRetryablePullError(stderr) {
    if (/unauthorized|denied|not found|manifest unknown|no such image/i.test(stderr) && !/toomanyrequests|429/.test(stderr))
        return false;
    return /toomanyrequests|429|too many requests|\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|timeout|timed out|connection reset|connection refused|EOF|no such host|temporary failure/i.test(stderr);
}
function backoffMs(attempt, baseMs, capMs = 30_000) {
    return Math.min(capMs, baseMs * 2 ** attempt);
}
const helper_images_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
async function ensureImage(image, o) {
    const docker = (args, silent = true) => run('docker', args, { silent, env: o.env });
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0)
        return 'local';
    const dir = helperCacheDir(image);
    const tar = (0,external_node_path_.join)(dir, 'image.tar');
    if (o.cache) {
        try {
            const keys = helperCacheKeys(image);
            const hit = await o.cache.restore(dir, keys.primary, keys.restore);
            if (hit && (0,external_node_fs_.existsSync)(tar)) {
                const loaded = await docker(['load', '--input', tar]);
                if (loaded.exitCode === 0 && (await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) {
                    o.log.info(`${image}: restored from the Actions cache (${hit}), no registry request`);
                    return 'cache';
                }
                o.log.warning(`${image}: the cached copy did not load (${lastErrorLine(loaded.stderr)}); pulling instead`);
            }
        }
        catch (err) {
            o.log.warning(`${image}: Actions cache restore failed (${err.message.split('\n')[0]}); pulling instead`);
        }
    }
    let lastError = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
        const pulled = await docker(['pull', '--quiet', image]);
        if (pulled.exitCode === 0) {
            lastError = '';
            break;
        }
        lastError = lastErrorLine(pulled.stderr) || `docker pull exited with ${pulled.exitCode}`;
        if (!isRetryablePullError(pulled.stderr) || attempt === o.retries)
            break;
        const wait = backoffMs(attempt, o.retryBaseMs);
        o.log.warning(`pull of ${image} failed (${lastError}); retry ${attempt + 1}/${o.retries} in ${(wait / 1000).toFixed(1)} s`);
        await helper_images_sleep(wait);
    }
    if (lastError)
        throw new errors_UserError(`could not pull ${image}: ${lastError}; ${o.hint}`);
    if (o.cache) {
        try {
            const digest = (await docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', image])).stdout.trim().split('@')[1];
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            const saved = await docker(['save', '--output', tar, image]);
            if (saved.exitCode !== 0)
                throw new Error(lastErrorLine(saved.stderr));
            await o.cache.save(dir, helperCacheKeys(image, digest).primary);
            o.log.info(`${image}: saved to the Actions cache for the next runs`);
        }
        catch (err) {
            o.log.warning(`${image}: could not save it to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return 'pulled';
}

;// CONCATENATED MODULE: ./src/action/cache.ts
/**
 * The Actions cache (@actions/cache), loaded only when a step needs it: the library and its
 * HTTP stack are large, and most runs never touch it. undefined when the runner offers no cache
 * service. Failures never fail the build: callers turn them into warnings.
 */
async function actionsCache(log) {
    let lib;
    try {
        lib = await __nccwpck_require__.e(/* import() */ 509).then(__nccwpck_require__.bind(__nccwpck_require__, 8509));
    }
    catch (err) {
        log.warning(`the Actions cache client could not be loaded (${err.message}); continuing without it`);
        return undefined;
    }
    if (!lib.isFeatureAvailable())
        return undefined;
    return {
        restore: (dir, key, restoreKeys) => lib.restoreCache([dir], key, restoreKeys),
        save: async (dir, key) => {
            await lib.saveCache([dir], key);
        },
    };
}

;// CONCATENATED MODULE: ./src/action/steps.ts



















/** First retry after 1 s, then 2 s, 4 s … (GENCI_RETRY_BASE_MS shortens it in tests). */
const RETRY_BASE_MS = Number(process.env.GENCI_RETRY_BASE_MS) || 1000;
function newContext(log) {
    const base = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    return { tempDir: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'gen-ci-')), env: {}, log };
}
/** A temporary DOCKER_CONFIG holding the login; the user's own config is only read. */
async function login(ctx, i) {
    if (!i.username)
        return undefined;
    const userDir = process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'docker-config');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    let existing;
    try {
        existing = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(userDir, 'config.json'), 'utf8'));
    }
    catch {
        existing = undefined;
    }
    const prepared = configForLogin(existing, i.registry);
    if (i.merge) {
        // merge jobs need no Docker: the registry client reads the credentials from this config
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(configWithAuth(prepared, i.registry, i.username, i.password), null, 2), { mode: 0o600 });
        ctx.env.DOCKER_CONFIG = dir;
        ctx.log.info(`Credentials for ${i.registry} as ${i.username} in a temporary DOCKER_CONFIG (removed in the post step)`);
        return dir;
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(prepared, null, 2), { mode: 0o600 });
    // builders, contexts and plugins stay where the user keeps them
    for (const sub of ['buildx', 'contexts', 'cli-plugins']) {
        const target = (0,external_node_path_.join)(userDir, sub);
        if (sub === 'buildx')
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        if ((0,external_node_fs_.existsSync)(target))
            (0,external_node_fs_.symlinkSync)(target, (0,external_node_path_.join)(dir, sub));
    }
    ctx.env.DOCKER_CONFIG = dir;
    const res = await run('docker', loginArgs(i.registry, i.username), { input: i.password, silent: true, env: ctx.env });
    if (res.exitCode !== 0) {
        const why = lastErrorLine(res.stderr).replace(i.password, '***');
        throw new errors_UserError(`login to ${i.registry} as ${i.username} failed: ${why}`);
    }
    ctx.log.info(`Logged in to ${i.registry} as ${i.username} (temporary DOCKER_CONFIG; removed in the post step)`);
    return dir;
}
/** Install only the QEMU emulators the requested platforms need. */
async function setupQemu(ctx, i) {
    const plan = planEmulators(i.platforms, i.qemu, hostNativePlatforms(), readRegisteredEmulators());
    if (plan.native.length)
        ctx.log.info(`native: ${plan.native.join(', ')}`);
    if (plan.registered.length)
        ctx.log.info(`QEMU already registered for: ${plan.registered.join(', ')}`);
    if (plan.unsupported.length)
        ctx.log.warning(`no QEMU emulator is known for ${plan.unsupported.join(', ')}; the builder must run them natively`);
    if (i.qemu === 'false') {
        ctx.log.info('qemu: false, not installing emulators');
        return;
    }
    if (!plan.install.length) {
        ctx.log.info('QEMU: nothing to install');
        return;
    }
    const image = helperImage(PINNED_BINFMT, i.qemuImage, i.helperRegistry);
    ctx.log.info(`QEMU: installing ${plan.install.join(', ')} from ${image}`);
    await ensureHelper(ctx, i, image);
    const res = await run('docker', binfmtInstallArgs(image, plan.install), { env: ctx.env });
    if (res.exitCode !== 0) {
        throw new errors_UserError(`could not install QEMU emulators (${plan.install.join(', ')}) with ${image}: ${lastErrorLine(res.stderr)}; mirror the image (gen-ci mirror) and set helper-registry or qemu-image, or set qemu: false if the runner already has them`);
    }
}
/**
 * Create a builder (docker-container / remote), or pick the one to reuse (builder input,
 * docker driver). `buildx create --bootstrap` already starts it; reused builders are
 * inspected alongside the build (describeBuilder) rather than before it.
 */
async function setupBuilder(ctx, i) {
    if (i.builder) {
        // only split legs need to know the driver before building
        const driver = i.pushByDigest ? (await describeBuilder(ctx, i.builder))?.driver : undefined;
        return { name: i.builder, created: false, driver };
    }
    if (i.driver === 'docker') {
        const c = await run('docker', ['context', 'show'], { silent: true, env: ctx.env });
        if (isBuildxMissing(c.stderr))
            throw new errors_UserError(BUILDX_MISSING);
        return { name: c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default', created: false, driver: 'docker' };
    }
    const name = builderName();
    const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
    let configFile;
    if (toml) {
        configFile = (0,external_node_path_.join)(ctx.tempDir, 'buildkitd.toml');
        (0,external_node_fs_.writeFileSync)(configFile, toml);
    }
    let driverOpts = i.driverOpts;
    if (i.driver === 'docker-container') {
        // the BuildKit image: pinned, from helper-registry or the Actions cache when possible
        const given = driverOpts.find((o) => o.startsWith('image='))?.slice(6);
        const image = given ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
        if (!given)
            driverOpts = [`image=${image}`, ...driverOpts];
        await ensureHelper(ctx, i, image);
    }
    const args = createBuilderArgs({ name, driver: i.driver, driverOpts, configFile, endpoint: i.endpoint });
    const res = await run('docker', args, { env: ctx.env });
    if (res.exitCode !== 0) {
        if (isBuildxMissing(res.stderr))
            throw new errors_UserError(BUILDX_MISSING);
        throw new errors_UserError(`could not create the ${i.driver} builder: ${lastErrorLine(res.stderr)}${i.driver === 'docker-container' ? " (its moby/buildkit image must be pullable; set driver: docker to use the engine's builder)" : ''}`);
    }
    return { name, created: true, driver: i.driver };
}
let cacheClient;
/** Helper images (binfmt, BuildKit): local, else the Actions cache, else pulled with retries. */
async function ensureHelper(ctx, i, image) {
    if (i.helperCache)
        cacheClient ??= actionsCache(ctx.log);
    const source = await ensureImage(image, {
        log: ctx.log,
        env: ctx.env,
        cache: i.helperCache ? await cacheClient : undefined,
        retries: i.retries,
        retryBaseMs: RETRY_BASE_MS,
        hint: 'mirror it into a registry you control (gen-ci mirror) and set helper-registry, or keep it in the Actions cache (helper-cache: true)',
    });
    ctx.log.info(`${image}: ${source === 'local' ? 'already present' : source === 'cache' ? 'from the Actions cache' : 'pulled'}`);
}
/** What the builder supports, for the log (run alongside the build; never fails the job). */
async function describeBuilder(ctx, name) {
    const ins = await run('docker', ['buildx', 'inspect', name], { silent: true, env: ctx.env });
    return ins.exitCode === 0 ? parseInspect(ins.stdout) : undefined;
}
/** Secret values go to 0600 files in the temp dir, passed as --secret id=..,src=.. */
function writeSecrets(ctx, secrets) {
    const out = {};
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'secrets');
    for (const [id, value] of Object.entries(secrets)) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        const file = (0,external_node_path_.join)(dir, id);
        (0,external_node_fs_.writeFileSync)(file, value, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(file, 0o600);
        out[id] = file;
    }
    return out;
}
async function build(ctx, i, builder) {
    const metadataFile = (0,external_node_path_.join)(ctx.tempDir, 'metadata.json');
    const viaLayout = i.pushByDigest && builder.driver === 'docker' ? (0,external_node_path_.join)(ctx.tempDir, 'oci-layout') : undefined;
    const opts = {
        builder: builder.name,
        platforms: i.platforms,
        context: i.context,
        file: i.file,
        tags: i.tags,
        labels: i.labels,
        buildArgs: i.buildArgs,
        target: i.target,
        secretFiles: writeSecrets(ctx, i.secrets),
        push: i.push,
        load: i.load,
        outputs: i.outputs,
        cache: i.cache,
        cacheFrom: i.cacheFrom,
        cacheTo: i.cacheTo,
        provenance: i.provenance,
        sbom: i.sbom,
        metadataFile,
        cacheScope: platformSlug(i.platforms.map(platform_formatPlatform)),
        pushByDigest: i.pushByDigest ? targetRepository(i) : undefined,
        cacheSuffix: i.pushByDigest ? platformSlug(i.platforms.map(platform_formatPlatform)) : undefined,
        ociLayout: viaLayout,
        localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, i) : undefined,
    };
    if (i.pushByDigest && !opts.pushByDigest)
        throw new errors_UsageError('push-by-digest needs image (a repository such as ghcr.io/owner/app) or a tag to take it from');
    const args = buildArgs(opts);
    const res = await run('docker', args, { env: { ...ctx.env, ...buildEnv(opts) } });
    const output = `${res.stdout}\n${res.stderr}`;
    if (res.exitCode !== 0)
        throw new errors_UserError(explainBuildFailure(output));
    if (opts.localCacheDir)
        await rotateLocalCache(ctx, opts.localCacheDir);
    const metadata = (0,external_node_fs_.existsSync)(metadataFile) ? (0,external_node_fs_.readFileSync)(metadataFile, 'utf8') : '{}';
    let digest = parseMetadata(metadata).digest;
    if (viaLayout && opts.pushByDigest) {
        // the docker driver cannot push by digest: push its OCI layout with our registry client
        const client = registryClient(ctx);
        try {
            digest = (await pushLayout(client, viaLayout, reference_parseReference(opts.pushByDigest))).digest;
            ctx.log.info(`pushed ${opts.pushByDigest}@${digest} by digest (no tag)`);
        }
        finally {
            client.close();
        }
    }
    return { digest, metadata, cache: cacheHits(output) };
}
/** cache: local — a fixed directory per platform set, restored from the Actions cache when there is one. */
async function restoreLocalCache(ctx, i) {
    const slug = platformSlug(i.platforms.map(platform_formatPlatform));
    const dir = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gen-ci-buildx-cache', slug);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    cacheClient ??= actionsCache(ctx.log);
    const cache = await cacheClient;
    if (cache && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'index.json'))) {
        try {
            const hit = await cache.restore(dir, localCacheKey(slug), [`gen-ci-buildx-${slug}-`]);
            ctx.log.info(hit ? `build cache restored from the Actions cache (${hit})` : 'no build cache in the Actions cache yet');
        }
        catch (err) {
            ctx.log.warning(`could not restore the build cache (${err.message.split('\n')[0]}); building without it`);
        }
    }
    return dir;
}
function localCacheKey(slug) {
    return `gen-ci-buildx-${slug}-${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now().toString(36)}`;
}
/** Replace the old cache with the one this build wrote (so it never grows), then save it. */
async function rotateLocalCache(ctx, dir) {
    const fresh = `${dir}.new`;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(fresh, 'index.json'))) {
        ctx.log.warning('the build wrote no local cache; keeping the previous one');
        return;
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(fresh, dir);
    const cache = await cacheClient;
    if (!cache)
        return;
    try {
        await cache.save(dir, localCacheKey(dir.split('/').pop()));
        ctx.log.info('build cache saved to the Actions cache');
    }
    catch (err) {
        ctx.log.warning(`could not save the build cache (${err.message.split('\n')[0]})`);
    }
}
/** The repository an image is pushed to: image input, else the first tag's. */
function targetRepository(i) {
    return i.image ?? (i.tags[0] ? repositoryOf(i.tags[0]) : undefined);
}
function registryClient(ctx) {
    return new RegistryClient({ configDir: ctx.env.DOCKER_CONFIG });
}
/**
 * Read the pushed index back (our registry client, by digest: registry 2.8 answers HEAD of a
 * tag holding attestations with 500) and fail if a requested platform is missing.
 */
async function verify(ctx, repo, digest, requested) {
    const client = registryClient(ctx);
    try {
        const ref = reference_withDigest(reference_parseReference(repo), digest);
        const top = await client.getManifest(ref);
        const pushed = describePushed(top.bytes.toString('utf8'), digest, requested);
        const missing = missingPlatforms(requested, pushed);
        if (missing.length) {
            throw new errors_UserError(`the pushed image ${repo}@${digest} lacks ${missing.join(', ')} (it has ${pushed.platforms.map((p) => p.platform).join(', ') || 'no platform'})`);
        }
        await Promise.all(pushed.platforms.map(async (p) => {
            if (p.size === undefined)
                p.size = childSize((await client.getManifest(reference_withDigest(ref, p.digest))).bytes.toString('utf8'));
        }));
        return pushed;
    }
    finally {
        client.close();
    }
}
/** Split leg: record the digest as a file named by its hex (content: the platforms), for the merge job. */
function writeDigestFile(dir, digest, platforms) {
    const hex = digest.replace(/^sha256:/, '');
    if (!/^[a-f0-9]{64}$/.test(hex))
        throw new errors_UserError(`buildx reported no usable digest (${digest})`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, hex);
    (0,external_node_fs_.writeFileSync)(file, `${platforms.map(platform_formatPlatform).join(',')}\n`);
    return file;
}
/** Merge: the legs' digests from digests-dir files and the digests input. */
function collectLegs(i, repo) {
    const legs = [];
    const add = (entry, platformHint) => {
        let platform;
        let value = entry.trim();
        const eq = value.indexOf('=');
        if (eq > 0) {
            platform = parsePlatformList(value.slice(0, eq))[0];
            value = value.slice(eq + 1).trim();
        }
        else if (platformHint) {
            const ps = parsePlatformList(platformHint);
            if (ps.length === 1)
                platform = ps[0];
        }
        const ref = /^sha256:[a-f0-9]{64}$/.test(value) ? reference_withDigest(reference_parseReference(repo), value) : /^[a-f0-9]{64}$/.test(value) ? reference_withDigest(reference_parseReference(repo), `sha256:${value}`) : reference_parseReference(value);
        if (!ref.digest)
            throw new errors_UsageError(`digests: "${entry}" is not a digest (sha256:…, REPOSITORY@sha256:… or PLATFORM=sha256:…)`);
        legs.push(platform ? { ref, platform } : { ref });
    };
    if (i.digestsDir) {
        if (!(0,external_node_fs_.existsSync)(i.digestsDir))
            throw new errors_UserError(`digests-dir ${i.digestsDir} does not exist: did the build legs upload their digests, and did this job download them?`);
        for (const name of (0,external_node_fs_.readdirSync)(i.digestsDir).sort()) {
            if (!/^(sha256[:-])?[a-f0-9]{64}$/.test(name))
                continue;
            const hint = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(i.digestsDir, name), 'utf8').trim();
            add(name.replace(/^sha256[:-]/, ''), hint || undefined);
        }
    }
    for (const d of i.digests)
        add(d);
    if (!legs.length)
        throw new errors_UserError(`merge found no digests${i.digestsDir ? ` in ${i.digestsDir}` : ''}; give digests or digests-dir`);
    return legs;
}
/** Create the tagged index from the legs; nothing is tagged unless every wanted platform is there. */
async function mergeLegs(ctx, i) {
    const first = i.tags[0];
    if (!first)
        throw new errors_UsageError('merge needs tags: the index is pushed under them');
    const repo = targetRepository(i);
    const legs = collectLegs(i, repo);
    const target = reference_parseReference(first);
    if (!target.tag)
        throw new errors_UsageError(`tags: "${first}" needs a tag for the merged index`);
    const extra = i.tags.slice(1).map((t) => reference_parseReference(t));
    for (const e of extra) {
        if (e.registry !== target.registry || e.repository !== target.repository) {
            throw new errors_UsageError(`merge tags must share one repository (${target.registry}/${target.repository}); "${reference_formatReference(e)}" does not — mirror it afterwards with gen-ci mirror`);
        }
    }
    const client = registryClient(ctx);
    try {
        // check before tagging: every requested platform must come from some leg
        if (!i.platformsDefaulted) {
            const have = [];
            for (const leg of legs) {
                const m = await client.getManifest(leg.ref);
                const d = describePushed(m.bytes.toString('utf8'), m.digest, leg.platform ? [leg.platform] : []);
                have.push(...d.platforms.map((p) => p.platform));
            }
            const missing = i.platforms.map(platform_formatPlatform).filter((p) => !have.includes(p));
            if (missing.length)
                throw new errors_UserError(`not tagging ${first}: no leg built ${missing.join(', ')} (the legs have ${[...new Set(have)].join(', ')})`);
        }
        const res = await mergeImages(client, target, legs, { extraTags: extra.map((e) => e.tag).filter(Boolean) });
        ctx.log.info(`merged ${res.platforms.map((p) => p.platform).join(', ')} into ${first} (${res.digest})`);
        const pushed = {
            mediaType: res.mediaType,
            digest: res.digest,
            platforms: res.platforms.map((p) => ({ platform: p.platform, digest: p.digest })),
            attestations: res.attestations,
        };
        return { digest: res.digest, pushed };
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts









const log = {
    info: (l) => info(l),
    warning: (l) => warning(l),
    group: (title, fn) => group(title, fn),
};
/** The user's story: check → login → qemu → builder → build → verify → summary. */
async function buildImage(ctx, inputs, docker) {
    await log.group('QEMU', () => setupQemu(ctx, inputs));
    const builder = await log.group('Builder', () => setupBuilder(ctx, inputs));
    if (builder.created)
        saveState(STATE.builderCreated, builder.name);
    setOutput('builder', builder.name);
    const probe = await docker;
    if (probe instanceof Error)
        throw probe;
    if (probe)
        log.info(`Docker ${probe.server}`);
    const about = describeBuilder(ctx, builder.name);
    const result = await log.group(`Build ${inputs.platforms.map(platform_formatPlatform).join(', ')}`, () => build(ctx, inputs, builder));
    const info = await about;
    if (info)
        log.info(`builder ${builder.name} (${info.driver}) supports: ${info.platforms.join(', ') || 'unknown'}`);
    setOutput('metadata', result.metadata);
    const repo = targetRepository(inputs);
    const out = { digest: result.digest, cache: result.cache, image: result.digest && repo ? `${repo}@${result.digest}` : undefined };
    if (inputs.push && result.digest && repo && inputs.verify) {
        out.pushed = await log.group('Verify', () => verify(ctx, repo, result.digest, inputs.platforms));
        log.info(`registry has ${out.pushed.platforms.map((p) => p.platform).join(', ')}`);
    }
    if (inputs.pushByDigest && inputs.digestsDir && result.digest) {
        log.info(`digest recorded in ${writeDigestFile(inputs.digestsDir, result.digest, inputs.platforms)}`);
    }
    return out;
}
/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx, inputs) {
    const merged = await log.group('Merge', () => mergeLegs(ctx, inputs));
    const repo = targetRepository(inputs);
    const pushed = inputs.verify ? await log.group('Verify', () => verify(ctx, repo, merged.digest, inputs.platformsDefaulted ? [] : inputs.platforms)) : merged.pushed;
    return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed };
}
async function main() {
    const started = Date.now();
    saveState(STATE.isPost, 'true');
    const inputs = readInputs((name) => getInput(name));
    if (inputs.password)
        setSecret(inputs.password);
    for (const v of Object.values(inputs.secrets))
        if (v)
            setSecret(v);
    const ctx = newContext(log);
    saveState(STATE.tempDir, ctx.tempDir);
    // the Docker probe runs alongside login, QEMU and builder set-up; its answer comes first
    // whenever it failed, since a missing engine is the root of whatever else then failed
    const docker = inputs.merge ? undefined : checkDocker().catch((err) => err);
    const dockerFirst = async (step) => {
        try {
            return await step;
        }
        catch (err) {
            const probe = await docker;
            throw probe instanceof Error ? probe : err;
        }
    };
    const configDir = await dockerFirst(log.group('Login', () => login(ctx, inputs)));
    if (configDir)
        saveState(STATE.dockerConfig, configDir);
    const out = inputs.merge ? await mergeImage(ctx, inputs) : await dockerFirst(buildImage(ctx, inputs, docker));
    if (out.digest)
        setOutput('digest', out.digest);
    if (out.image)
        setOutput('image', out.image);
    setOutput('platforms', JSON.stringify(out.pushed ? platformDigests(out.pushed) : {}));
    if (inputs.summary) {
        const md = summaryMarkdown({
            image: out.image,
            digest: out.digest,
            pushed: out.pushed,
            platforms: inputs.platforms.map(platform_formatPlatform),
            cacheHits: out.cache,
            durationMs: Date.now() - started,
        });
        if (!writeSummary(md))
            log.info(md);
    }
}
main().catch((err) => {
    setFailed(describeError(err));
});

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
