const GENCI_VERSION = "0.1.0";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


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

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   VX: () => (/* binding */ parsePlatformList),
/* harmony export */   _H: () => (/* binding */ isUnknownPlatform),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   y$: () => (/* binding */ nativePlatforms)
/* harmony export */ });
/* unused harmony export PLATFORM_FORMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

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
function parsePlatform(input) {
    const raw = input.trim().toLowerCase();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid platform "${input.trim()}": ${why}; use ${PLATFORM_FORMS}`);
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
    return normalise({ os, architecture: arch, variant });
}
function normaliseArmVariant(v) {
    return /^\d+$/.test(v) ? `v${v}` : v;
}
/** containerd's normalisation: arm64/v8 -> arm64, arm -> arm/v7, amd64/v1 -> amd64, 7 -> v7. */
function normalise(p) {
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
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Both sides are normalised before comparing. */
function samePlatform(a, b) {
    return formatPlatform(normalise(a)) === formatPlatform(normalise(b));
}
/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
function parsePlatformList(input) {
    const out = [];
    const seen = new Set();
    for (const item of input.split(/[\s,]+/)) {
        if (!item)
            continue;
        const p = parsePlatform(item);
        const key = formatPlatform(p);
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


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Jf: () => (/* binding */ expandVars),
/* harmony export */   KJ: () => (/* binding */ PLATFORM_ARGS)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8390);

/** Platform arguments BuildKit defines automatically (dockerfile-ast does not know them). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
function flags(i) {
    // From/Copy's own accessors (getPlatformFlag, getFromFlag) only see a lone flag: read all flags instead
    if (!(i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.ModifiableInstruction))
        return [];
    return i.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() ?? '' }));
}
function argDecls(i, line) {
    return i.getArguments().map((a) => {
        const v = a.getValue();
        const eq = v.indexOf('=');
        if (eq < 0)
            return { name: v, line };
        return { name: v.slice(0, eq), value: v.slice(eq + 1).replace(/^(["'])(.*)\1$/s, '$2'), line };
    });
}
/** Parse a Dockerfile into its global ARGs and stages, with what the preflight needs of each. */
function parseDockerfile(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const out = { globalArgs: [], stages: [] };
    let stage;
    for (const i of df.getInstructions()) {
        const line = i.getRange().start.line + 1;
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.From) {
            const args = i.getArguments().map((a) => a.getValue());
            const platform = flags(i).find((f) => f.name === 'platform')?.value;
            const name = args[1]?.toLowerCase() === 'as' && args[2] ? args[2].toLowerCase() : undefined;
            stage = {
                index: out.stages.length,
                ...(name ? { name } : {}),
                line,
                base: args[0] ?? '',
                ...(platform ? { platform } : {}),
                args: [],
                envs: [],
                runs: [],
                addUrls: [],
                copyFrom: [],
            };
            out.stages.push(stage);
            continue;
        }
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Arg) {
            (stage ? stage.args : out.globalArgs).push(...argDecls(i, line));
            continue;
        }
        if (!stage)
            continue;
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Env)
            stage.envs.push(...i.getProperties().map((p) => ({ name: p.getName(), line })));
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Run) {
            const mountFrom = flags(i)
                .filter((f) => f.name === 'mount')
                .flatMap((f) => f.value
                .split(',')
                .filter((kv) => kv.startsWith('from='))
                .map((kv) => kv.slice(5)));
            stage.runs.push({ line, text: i.getArgumentsContent() ?? '', execForm: i.getJSONStrings().length > 0, mountFrom });
        }
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Copy || i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add) {
            const from = flags(i).find((f) => f.name === 'from')?.value;
            if (from)
                stage.copyFrom.push({ line, from });
            if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add)
                for (const a of i.getArguments())
                    if (/^https?:\/\//i.test(a.getValue()))
                        stage.addUrls.push({ line, url: a.getValue() });
        }
    }
    return out;
}
/**
 * Expand $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt} (words may nest)
 * the way the Dockerfile frontend does for FROM lines and flags. Unknown variables expand to "".
 */
function expandVars(s, vars) {
    let out = '';
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === '\\' && s[i + 1] === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        if (s[i + 1] === '{') {
            // find the matching brace
            let depth = 0;
            let j = i + 1;
            for (; j < s.length; j++) {
                if (s[j] === '{')
                    depth++;
                else if (s[j] === '}' && --depth === 0)
                    break;
            }
            const body = s.slice(i + 2, j);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(body);
            i = j + 1;
            if (!m)
                continue;
            const v = vars[m[1]];
            const op = m[2];
            if (!op) {
                out += v ?? '';
                continue;
            }
            const set = op.startsWith(':') ? v !== undefined && v !== '' : v !== undefined;
            if (op.endsWith('-'))
                out += set ? v : expandVars(m[3] ?? '', vars);
            else
                out += set ? expandVars(m[3] ?? '', vars) : '';
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
        if (!m) {
            out += c;
            i++;
            continue;
        }
        out += vars[m[0]] ?? '';
        i += 1 + m[0].length;
    }
    return out;
}


/***/ }),

/***/ 2749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight),
/* harmony export */   checkDockerfile: () => (/* binding */ checkDockerfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(692);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(495);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9310);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6357);






const COMPILE = /\b(go\s+(?:build|install|test)|cargo\s+(?:build|install)|rustc|gcc|g\+\+|clang\+?\+?|cc\s+-|make\b|cmake|ninja|mvn|gradlew?|npm\s+(?:ci|install|run\s+build)|yarn(?:\s+install|\s+build)?|pnpm\s+(?:install|build)|dotnet\s+(?:build|publish|restore)|pip\s+(?:wheel|install)|javac)/;
const PLATFORM_ARG_USE = new RegExp(`\\$\\{?(${_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .PLATFORM_ARGS */ .KJ.join('|')})\\b`, 'g');
const URL_RE = /https?:\/\/[^\s"'<>]+/g;
const ARCH_IN_URL = /(?<![a-z0-9])(amd64|x86_64|x86-64|x64)(?![a-z0-9])/i;
function platformVars(target, build) {
    const t = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(target);
    const b = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(build);
    return {
        TARGETPLATFORM: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(t),
        TARGETOS: t.os,
        TARGETARCH: t.architecture,
        TARGETVARIANT: t.variant ?? '',
        BUILDPLATFORM: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(b),
        BUILDOS: b.os,
        BUILDARCH: b.architecture,
        BUILDVARIANT: b.variant ?? '',
    };
}
/** Global scope for one target platform: automatic platform args, then global ARGs (build args override their defaults). */
function globalScope(df, target, build, buildArgs) {
    const vars = platformVars(target, build);
    for (const a of df.globalArgs) {
        if (a.name in buildArgs)
            vars[a.name] = buildArgs[a.name];
        else if (a.value !== undefined)
            vars[a.name] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(a.value, vars);
        else if (!(a.name in vars))
            vars[a.name] = '';
    }
    return vars;
}
function stageIndex(stages, name, before) {
    const n = name.toLowerCase();
    if (/^\d+$/.test(n)) {
        const i = Number(n);
        return i < before ? i : undefined;
    }
    const i = stages.findIndex((s, k) => k < before && s.name === n);
    return i >= 0 ? i : undefined;
}
function describe(s) {
    return s.name ? `stage "${s.name}"` : `stage ${s.index}`;
}
/**
 * The Dockerfile preflight: resolve every FROM (ARG substitution, stage references, --platform
 * flags) for each target platform, check that each image the build will pull has the platforms it
 * needs (variants compared too), and warn about patterns that break or crawl in multi-arch builds.
 */
async function preflight(opts) {
    const df = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDockerfile */ .Ai)(opts.dockerfile);
    const findings = [];
    const build = opts.buildPlatform ?? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .nativePlatforms */ .y$)()[0] ?? { os: 'linux', architecture: 'amd64' };
    const buildArgs = opts.buildArgs ?? {};
    if (df.stages.length === 0)
        return { ok: false, images: [], findings: [{ level: 'error', code: 'no-stage', message: `${opts.file ?? 'Dockerfile'} has no FROM` }] };
    let targetIdx = df.stages.length - 1;
    if (opts.target) {
        const i = stageIndex(df.stages, opts.target, df.stages.length);
        if (i === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${opts.file ?? 'Dockerfile'} has no stage named "${opts.target}"`);
        targetIdx = i;
    }
    const needs = new Map();
    const need = (image, line, p) => {
        let ref;
        try {
            ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__.parseReference)(image));
        }
        catch (e) {
            findings.push({ level: 'error', code: 'unresolved-image', line, message: `line ${line}: ${e.message}` });
            return;
        }
        const n = needs.get(ref) ?? { line, platforms: [] };
        if (!n.platforms.some((x) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(x, p)))
            n.platforms.push(p);
        needs.set(ref, n);
    };
    const emulatedFor = new Map();
    const reachable = new Set();
    for (const target of opts.platforms) {
        const vars = globalScope(df, target, build, buildArgs);
        const resolved = [];
        for (const s of df.stages) {
            const base = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(s.base, vars);
            const parent = stageIndex(df.stages, base, s.index);
            let platform = target;
            let pinned = false;
            if (s.platform) {
                const raw = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(s.platform, vars);
                try {
                    platform = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(raw);
                }
                catch {
                    findings.push({
                        level: 'error',
                        code: 'bad-platform',
                        line: s.line,
                        message: `line ${s.line}: --platform=${s.platform} expands to "${raw}", not a platform`,
                    });
                }
                pinned = /\$\{?BUILDPLATFORM\b/.test(s.platform) || (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(platform, build);
            }
            else if (parent !== undefined) {
                platform = resolved[parent]?.platform ?? target;
                pinned = resolved[parent]?.pinned ?? false;
            }
            resolved.push({ stage: s, platform, pinned, ...(parent !== undefined ? { parent } : {}), ...(parent === undefined ? { image: base } : {}) });
        }
        // only the stages the target depends on are built
        const stack = [targetIdx];
        const seen = new Set();
        while (stack.length) {
            const i = stack.pop();
            if (seen.has(i))
                continue;
            seen.add(i);
            const r = resolved[i];
            if (r.parent !== undefined)
                stack.push(r.parent);
            else if (r.image && r.image.toLowerCase() !== 'scratch')
                need(r.image, r.stage.line, r.platform);
            else if (!r.image)
                findings.push({
                    level: 'error',
                    code: 'unresolved-image',
                    line: r.stage.line,
                    message: `line ${r.stage.line}: FROM ${r.stage.base} expands to nothing; pass --build-arg`,
                });
            const refs = [
                ...r.stage.copyFrom.map((c) => ({ line: c.line, from: c.from })),
                ...r.stage.runs.flatMap((x) => x.mountFrom.map((from) => ({ line: x.line, from }))),
            ];
            for (const c of refs) {
                const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(c.from, vars);
                const si = stageIndex(df.stages, v, i);
                if (si !== undefined)
                    stack.push(si);
                else if (v && v.toLowerCase() !== 'scratch')
                    need(v, c.line, r.platform);
            }
            if (!r.pinned && !(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(r.platform, build) && !nativeOn(build).some((n) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(n, r.platform))) {
                const set = emulatedFor.get(i) ?? new Set();
                set.add((0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(r.platform));
                emulatedFor.set(i, set);
            }
        }
        for (const i of seen)
            reachable.add(i);
    }
    // warnings, once per stage/line
    const nonAmd64 = opts.platforms.filter((p) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(p).architecture !== 'amd64');
    for (const i of [...reachable].sort((a, b) => a - b)) {
        const s = df.stages[i];
        const emulated = emulatedFor.get(i);
        if (emulated) {
            const run = s.runs.find((r) => COMPILE.test(r.text));
            const m = run ? COMPILE.exec(run.text) : null;
            if (run && m)
                findings.push({
                    level: 'warning',
                    code: 'emulated-compile',
                    line: run.line,
                    message: `line ${run.line}: ${describe(s)} runs "${m[1]?.replace(/\s+/g, ' ')}" under emulation for ${[...emulated].join(', ')} (slow, often 5-20x); build it on the build platform with FROM --platform=$BUILDPLATFORM and cross-compile for $TARGETOS/$TARGETARCH`,
                });
        }
        const declared = new Set();
        for (const chain of stageChain(df, i))
            for (const e of chain.envs)
                declared.add(e.name);
        for (const run of s.runs) {
            if (run.execForm)
                continue;
            const args = new Set([...declared, ...s.args.filter((a) => a.line < run.line).map((a) => a.name)]);
            const used = new Set([...run.text.matchAll(PLATFORM_ARG_USE)].map((m) => m[1]));
            for (const name of used) {
                if (args.has(name))
                    continue;
                findings.push({
                    level: 'warning',
                    code: 'undeclared-platform-arg',
                    line: run.line,
                    message: `line ${run.line}: RUN uses $${name} but ${describe(s)} has no "ARG ${name}", so the shell sees it empty; add ARG ${name} after the FROM`,
                });
            }
            if (nonAmd64.length)
                hardcoded(findings, run.line, run.text, s, nonAmd64, emulated !== undefined || !isPinned(s));
        }
        if (nonAmd64.length)
            for (const a of s.addUrls)
                hardcoded(findings, a.line, a.url, s, nonAmd64, !isPinned(s));
    }
    // look every image up once, in parallel
    const lookup = opts.lookup ?? ((ref) => (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__.inspectImage)(opts.client, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__.parseReference)(ref)));
    if (!opts.lookup && !opts.client)
        throw new Error('preflight needs a client or a lookup');
    const images = await Promise.all([...needs]
        .sort((a, b) => a[1].line - b[1].line)
        .map(async ([image, n]) => {
        const needed = n.platforms.map(_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq);
        let info;
        try {
            info = await lookup(image);
        }
        catch (e) {
            findings.push({ level: 'error', code: 'image-lookup', line: n.line, message: `line ${n.line}: cannot look up ${image}: ${e.message}` });
            return { image, line: n.line, needed, missing: [] };
        }
        const available = info.platforms.map((p) => p.platform);
        const missing = [];
        for (const p of n.platforms) {
            const m = (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__/* .findPlatform */ .rB)(info, p);
            if (!m)
                missing.push((0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p));
            else if (!m.exact)
                findings.push({
                    level: 'warning',
                    code: 'platform-fallback',
                    line: n.line,
                    message: `line ${n.line}: ${image} has no ${(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p)}; the build will use its ${m.entry.platform} manifest`,
                });
        }
        if (missing.length)
            findings.push({
                level: 'error',
                code: 'missing-platform',
                line: n.line,
                message: `line ${n.line}: ${image} has no ${missing.join(', ')}; it has ${available.join(', ') || 'no runnable platform'}`,
            });
        return { image, line: n.line, needed, available, missing };
    }));
    const unique = [...new Map(findings.map((f) => [`${f.code} ${f.line} ${f.message}`, f])).values()];
    unique.sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
    return { ok: !unique.some((f) => f.level === 'error'), images, findings: unique };
}
function isPinned(s) {
    return s.platform !== undefined && /\$\{?BUILDPLATFORM\b/.test(s.platform);
}
function nativeOn(build) {
    const b = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(build);
    if (b.architecture === 'amd64')
        return [b, { os: b.os, architecture: '386' }];
    if (b.architecture === 'arm64')
        return [b];
    return [b];
}
/** A stage and the stages it derives from (ENV is inherited along FROM <stage>; ARG is not). */
function stageChain(df, i) {
    const out = [];
    let cur = df.stages[i];
    const guard = new Set();
    while (cur && !guard.has(cur.index)) {
        guard.add(cur.index);
        out.push(cur);
        const parent = stageIndex(df.stages, cur.base, cur.index);
        cur = parent !== undefined ? df.stages[parent] : undefined;
    }
    return out;
}
function hardcoded(findings, line, text, s, nonAmd64, targetBound) {
    if (!targetBound)
        return;
    for (const url of text.match(URL_RE) ?? []) {
        const m = ARCH_IN_URL.exec(url);
        if (!m)
            continue;
        findings.push({
            level: 'warning',
            code: 'hardcoded-arch',
            line,
            message: `line ${line}: ${describe(s)} downloads ${url}, hard-coded for ${m[1]}, but also builds for ${nonAmd64.map(_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq).join(', ')}; derive the name from $TARGETARCH`,
        });
        return;
    }
}
/** Read a Dockerfile and run the preflight; the door for the CLI and the action. */
async function checkDockerfile(path, opts) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    return preflight({ ...opts, dockerfile: text, file: path });
}


/***/ }),

/***/ 3749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RegistryClient: () => (/* binding */ RegistryClient),
  g: () => (/* binding */ RegistryError)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
;// CONCATENATED MODULE: ./src/registry/credentials.ts






/** $DOCKER_CONFIG or ~/.docker, as the docker CLI resolves it. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
/** The config.json key a registry's credentials live under (Docker Hub keeps its historic URL). */
function authKey(registry) {
    return (0,reference/* normaliseRegistry */.Me)(registry) === reference/* DOCKER_HUB */.Xb ? reference/* DOCKER_HUB_AUTH_KEY */.s1 : (0,reference/* normaliseRegistry */.Me)(registry);
}
function sameKey(key, registry) {
    const k = (0,reference/* normaliseRegistry */.Me)(key);
    return k === (0,reference/* normaliseRegistry */.Me)(registry);
}
/** Run docker-credential-<helper> get, as the docker CLI does. */
const runCredentialHelper = (helper, server) => new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = (0,external_node_child_process_.spawn)(bin, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d.toString()));
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('error', (e) => reject(new errors/* UserError */.yo(e.code === 'ENOENT' ? `credential helper ${bin} is configured in config.json but not on PATH` : `${bin}: ${e.message}`)));
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
                reject(new errors/* UserError */.yo(`${bin} get printed something that is not JSON`));
            }
        }
        else if (/credentials not found/i.test(out + err))
            resolve(undefined);
        else
            reject(new errors/* UserError */.yo(`${bin} get failed for ${server}: ${(err || out).trim().split('\n')[0]}`));
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
        cfg = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(`cannot read docker config ${file}: ${e.message}`);
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
                throw new errors/* UserError */.yo(`the auth entry for ${key} in ${file} is not base64 of user:password`);
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

// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __nccwpck_require__(506);
// EXTERNAL MODULE: ./src/registry/verify.ts
var verify = __nccwpck_require__(8386);
;// CONCATENATED MODULE: ./src/registry/client.ts











/** An HTTP answer the registry gave that the operation could not accept. */
class RegistryError extends errors/* UserError */.yo {
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
            throw new errors/* UserError */.yo(`${what} is larger than ${limit} bytes; refusing to buffer it`);
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
    const r = (0,reference/* normaliseRegistry */.Me)(registry);
    return opt.some((x) => (0,reference/* normaliseRegistry */.Me)(x) === r);
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
        const key = (0,reference/* normaliseRegistry */.Me)(registry);
        let s = this.states.get(key);
        if (!s) {
            const plain = (0,reference/* isLoopback */.U9)(key) || listMatch(this.opts.plainHttp, key);
            s = { base: `${plain ? 'http' : 'https'}://${(0,reference/* apiHost */.nz)(key)}`, tokens: new TokenCache(), pendingTokens: new Map() };
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
        throw new errors/* UserError */.yo(`${registry}: too many redirects for ${method} ${url.pathname}`);
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
        // a streamed body may fail (e.g. a digest check) before the upload pipes it: keep that from
        // becoming an uncaught exception; the pipeline that sends it reports the error
        if (r.body instanceof external_node_stream_.Readable && r.body.listenerCount('error') === 0)
            r.body.on('error', () => { });
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
                if (err instanceof errors/* UserError */.yo)
                    throw err;
                // a streamed body that failed (the source of a copy) is not the destination's fault
                if (r.body instanceof external_node_stream_.Readable && r.body.errored) {
                    const be = r.body.errored;
                    if (be instanceof errors/* UserError */.yo)
                        throw be;
                    throw new errors/* UserError */.yo(`reading the content for ${r.what} failed: ${netMessage(be)}`);
                }
                this.opts.onRequest?.({ registry: r.registry, method: r.method, url: url.toString(), kind: kindOf(url.pathname), error: err.code ?? err.message });
                if (replayable && RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                const tries = attempt + 1;
                throw new errors/* UserError */.yo(`cannot reach registry ${r.registry} (${r.what}): ${netMessage(err)}${tries > 1 ? ` after ${tries} attempts` : ''}`);
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
            return new RegistryError(`registry ${r.registry} denied access (${r.what}): ${d.text}; check that ${creds?.username ? `user "${creds.username}"` : 'this login'} may ${r.scopes.some((x) => x.includes('push')) ? 'push to' : 'pull from'} it`, 403, d.code);
        if (!creds)
            return new RegistryError(`registry ${r.registry} requires authentication (${r.what}); log in first (docker login ${r.registry}) or set DOCKER_CONFIG`, 401, d.code);
        return new RegistryError(`registry ${r.registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''} (${r.what}): ${d.text}; check the user name and password`, 401, d.code);
    }
    /** Raise a RegistryError for an unexpected status, with the registry's own error code. */
    async expect(res, ok, what, registry) {
        const status = res.statusCode ?? 0;
        if (ok.includes(status))
            return;
        const body = await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
        const d = errorDetail(status, body);
        throw new RegistryError(`registry ${registry}: ${what}: ${d.text}`, status, d.code);
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
            throw new errors/* UserError */.yo(`registry ${registry} asks for a Bearer token but names no realm`);
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
                throw new errors/* UserError */.yo(`cannot reach the token server of ${registry} (${url.origin}): ${netMessage(err)}`);
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
                throw new RegistryError(`registry ${registry} requires authentication; log in first (docker login ${registry}) or set DOCKER_CONFIG`, status);
            throw new RegistryError(`the token server of ${registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''}: ${errorDetail(status, text).text}; check the user name and password`, status);
        }
        if (status !== 200)
            throw new RegistryError(`the token server of ${registry} answered ${errorDetail(status, text).text}`, status);
        let j;
        try {
            j = JSON.parse(text.toString('utf8'));
        }
        catch {
            throw new errors/* UserError */.yo(`the token server of ${registry} sent something that is not JSON`);
        }
        const token = j.token ?? j.access_token;
        if (!token)
            throw new errors/* UserError */.yo(`the token server of ${registry} sent no token`);
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
            const raw = await (0,promises_.readFile)(p);
            const nl = raw.indexOf(10);
            const mediaType = raw.subarray(0, nl).toString('utf8');
            const bytes = raw.subarray(nl + 1);
            if ((0,verify/* digestOf */.ol)(bytes) !== digest)
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
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.opts.cacheDir, 'manifests'), { recursive: true });
            const tmp = `${p}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(tmp, Buffer.concat([Buffer.from(`${m.mediaType}\n`), m.bytes]));
            await (0,promises_.rename)(tmp, p);
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
        const what = `manifest ${(0,reference/* formatReference */.FH)(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'HEAD',
            path: `/v2/${ref.repository}/manifests/${(0,reference/* manifestKey */.Rn)(ref)}`,
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
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
            mediaType: (0,manifest/* manifestMediaType */.gp)({}, res.headers['content-type']),
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    async getManifest(ref, opts = {}) {
        if (ref.digest) {
            const hit = await this.cacheGet(ref.digest);
            if (hit)
                return hit;
        }
        const what = `manifest ${(0,reference/* formatReference */.FH)(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${(0,reference/* manifestKey */.Rn)(ref)}`,
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
            scopes: [pullScope(ref.repository)],
            what,
        });
        if (res.statusCode === 404 && opts.allowMissing) {
            res.resume();
            return undefined;
        }
        if (res.statusCode === 404) {
            res.resume();
            throw new RegistryError(`${(0,reference/* formatReference */.FH)(ref)} not found`, 404, 'MANIFEST_UNKNOWN');
        }
        await this.expect(res, [200], `GET ${what}`, ref.registry);
        const bytes = await readAll(res, 4 * 1024 * 1024, what);
        const stated = res.headers['docker-content-digest'];
        const algorithm = (ref.digest ?? stated ?? 'sha256:').startsWith('sha512:') ? 'sha512' : 'sha256';
        const digest = (0,verify/* digestOf */.ol)(bytes, algorithm);
        const expected = ref.digest ?? (stated?.startsWith(`${algorithm}:`) ? stated : undefined);
        if (expected && expected !== digest)
            throw new verify/* DigestMismatchError */.h(`${what}: content does not match its digest (expected ${expected}, got ${digest})`);
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new errors/* UserError */.yo(`${what} is not JSON`);
        }
        const m = { mediaType: (0,manifest/* manifestMediaType */.gp)(json, res.headers['content-type']), digest, bytes, json };
        await this.cachePut(m);
        return m;
    }
    /** PUT a manifest under a tag or its digest; returns its digest. */
    async putManifest(ref, bytes, mediaType) {
        const digest = (0,verify/* digestOf */.ol)(bytes);
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
        const verifier = new verify/* DigestVerifier */.Do(digest, size, what);
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
            throw new errors/* UserError */.yo(`registry ${registry} opened an upload without a Location`);
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
        if (body instanceof external_node_stream_.Readable && body.listenerCount('error') === 0)
            body.on('error', () => { }); // reported by the upload
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
                throw new RegistryError(`repository ${registry}/${repository} not found`, 404, 'NAME_UNKNOWN');
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


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mr: () => (/* binding */ Transfer),
  L1: () => (/* binding */ copyImage)
});

// UNUSED EXPORTS: selectEntries

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __nccwpck_require__(692);
// EXTERNAL MODULE: ./src/registry/client.ts + 4 modules
var registry_client = __nccwpck_require__(3749);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __nccwpck_require__(495);
// EXTERNAL MODULE: ./src/registry/locations.ts
var locations = __nccwpck_require__(5423);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __nccwpck_require__(506);
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

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
// EXTERNAL MODULE: ./src/registry/verify.ts
var verify = __nccwpck_require__(8386);
;// CONCATENATED MODULE: ./src/registry/copy.ts










const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
        this.locations = opts.locations ?? new locations/* BlobLocations */.S();
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
        const key = `${(0,reference/* normaliseRegistry */.Me)(dst.registry)}/${dst.repository}@${d.digest}`;
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
        const sameRegistry = (0,reference/* normaliseRegistry */.Me)(src.registry) === (0,reference/* normaliseRegistry */.Me)(dst.registry);
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
                const permanent = e instanceof verify/* DigestMismatchError */.h || (e instanceof registry_client/* RegistryError */.g && e.status !== 429 && e.status < 500);
                if (permanent || attempt >= retries)
                    throw e;
                await sleep(500 * 2 ** attempt);
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
        const key = `${(0,reference/* normaliseRegistry */.Me)(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.manifests.get(key);
        if (!p) {
            p = this.copyManifest(src, dst, d, fetched);
            this.manifests.set(key, p);
        }
        return p;
    }
    async copyManifest(src, dst, d, fetched) {
        const target = (0,reference/* withDigest */.hQ)(dst, d.digest);
        if (await this.client.headManifest(target)) {
            // a registry accepts a manifest only when everything it references is present
            this.stats.manifestsPresent++;
            return;
        }
        const m = fetched ?? (await this.client.getManifest((0,reference/* withDigest */.hQ)(src, d.digest)));
        await this.contents(src, dst, m);
        await this.client.putManifest(target, m.bytes, m.mediaType);
        this.stats.manifestsPushed++;
    }
    /** Everything a manifest references: child manifests of an index, blobs of an image. */
    async contents(src, dst, m) {
        if ((0,manifest/* isIndex */.nw)(m))
            await Promise.all(m.json.manifests.map((c) => this.manifest(src, dst, c)));
        else
            await Promise.all((0,manifest/* manifestBlobs */.q2)(m.json).map((b) => this.blob(src, dst, b)));
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
        const p = (0,manifest/* descriptorPlatform */.fA)(d);
        return !(0,manifest/* isAttestation */.H3)(d) && p !== undefined && platforms.some((w) => (0,platform/* samePlatform */.my)(p, w));
    });
    const digests = new Set(kept.map((d) => d.digest));
    return index.manifests.filter((d) => digests.has(d.digest) || (keepAttestations && (0,manifest/* isAttestation */.H3)(d) && digests.has(d.annotations?.[manifest/* REF_DIGEST_ANNOTATION */.tE] ?? '')));
}
function platformsOf(descs) {
    return descs.flatMap((d) => {
        const p = (0,manifest/* descriptorPlatform */.fA)(d);
        return p && !(0,manifest/* isAttestation */.H3)(d) ? [(0,platform/* formatPlatform */.Bq)(p)] : [];
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
            source: (0,reference/* formatReference */.FH)(src),
            destination: (0,reference/* formatReference */.FH)(dst),
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
        throw new registry_client/* RegistryError */.g(`${(0,reference/* formatReference */.FH)(src)} not found`, 404, 'MANIFEST_UNKNOWN');
    if (all && dstHead?.digest === srcHead.digest)
        return result(srcHead.digest, srcHead.mediaType, [], true);
    const m = await client.getManifest((0,reference/* withDigest */.hQ)(src, srcHead.digest));
    if (!(0,manifest/* isIndex */.nw)(m)) {
        const p = await (0,inspect/* configPlatform */.Ko)(client, src, m.json);
        const plat = p ? (0,platform/* formatPlatform */.Bq)(p) : 'unknown';
        if (opts.platforms && !(p && opts.platforms.some((w) => (0,platform/* samePlatform */.my)(p, w))))
            throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(src)} is a single-platform image for ${plat}, not ${opts.platforms.map(platform/* formatPlatform */.Bq).join(', ')}`);
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
        const missing = opts.platforms.filter((w) => !platforms.some((p) => p === (0,platform/* formatPlatform */.Bq)(w)));
        if (missing.length)
            throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(src)} has no ${missing.map(platform/* formatPlatform */.Bq).join(', ')}; it has ${platformsOf(m.json.manifests).join(', ') || 'no runnable platform'}`);
    }
    let bytes = m.bytes;
    if (!all && entries.length !== m.json.manifests.length) {
        if (dst.digest && !dst.tag)
            throw new errors/* UserError */.yo('a destination by digest cannot receive a subset of platforms (the index changes); give a tag');
        bytes = (0,manifest/* serialiseIndex */.M3)({ ...m.json, manifests: entries });
    }
    const digest = (0,manifest/* sha256 */.sc)(bytes);
    if (dstHead?.digest === digest)
        return result(digest, m.mediaType, platforms, true);
    await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
    await client.putManifest(dst.tag ? dst : (0,reference/* withDigest */.hQ)(dst, digest), bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(digest, m.mediaType, platforms, false);
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   inspectImage: () => (/* binding */ inspectImage),
/* harmony export */   rB: () => (/* binding */ findPlatform)
/* harmony export */ });
/* unused harmony export describeManifest */
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(692);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(506);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9310);



function entry(p, digest, mediaType, size) {
    const n = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)(p);
    return { platform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(n), os: n.os, architecture: n.architecture, ...(n.variant ? { variant: n.variant } : {}), digest, mediaType, size };
}
/** The platform an image's config declares (single-platform images carry it only there). */
async function configPlatform(client, ref, manifest) {
    const bytes = await client.getBlobBytes(ref.registry, ref.repository, manifest.config.digest);
    const cfg = JSON.parse(bytes.toString('utf8'));
    if (!cfg.os || !cfg.architecture)
        return undefined;
    return (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
}
/** Describe a fetched manifest: its platforms (from the index, or the config for a single image) and attestations. */
async function describeManifest(client, ref, m) {
    const info = { reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref), mediaType: m.mediaType, digest: m.digest, index: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(m), platforms: [], attestations: [] };
    if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(m)) {
        for (const d of m.json.manifests) {
            const p = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorPlatform */ .fA)(d);
            if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(d) || !p) {
                info.attestations.push({
                    digest: d.digest,
                    mediaType: d.mediaType,
                    size: d.size,
                    ...(d.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_DIGEST_ANNOTATION */ .tE] ? { for: d.annotations[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_DIGEST_ANNOTATION */ .tE] } : {}),
                    type: d.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_TYPE_ANNOTATION */ .Vi] ?? 'unknown',
                });
            }
            else
                info.platforms.push(entry(p, d.digest, d.mediaType, d.size));
        }
    }
    else {
        const p = await configPlatform(client, ref, m.json);
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
            m = await client.getManifest((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withDigest */ .hQ)(ref, head.digest), { allowMissing: true });
    }
    m ??= await client.getManifest(ref);
    return describeManifest(client, ref, m);
}
/** The entry for a platform: exact match first (variants included), then, for arm, a lower variant containerd would accept. */
function findPlatform(info, want) {
    const exact = info.platforms.find((e) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .samePlatform */ .my)(e, want));
    if (exact)
        return { entry: exact, exact: true };
    const w = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)(want);
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


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir),
/* harmony export */   S: () => (/* binding */ BlobLocations)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9310);




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


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   M3: () => (/* binding */ serialiseIndex),
/* harmony export */   MT: () => (/* binding */ MT),
/* harmony export */   Vi: () => (/* binding */ REF_TYPE_ANNOTATION),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   fA: () => (/* binding */ descriptorPlatform),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   q2: () => (/* binding */ manifestBlobs),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   tE: () => (/* binding */ REF_DIGEST_ANNOTATION)
/* harmony export */ });
/* unused harmony exports INDEX_TYPES, IMAGE_TYPES, isIndexType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(692);


const MT = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestV1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
};
const INDEX_TYPES = [MT.ociIndex, MT.dockerList];
const IMAGE_TYPES = [MT.ociManifest, MT.dockerManifest];
const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');
/** Annotations buildx puts on attestation manifests inside an index. */
const REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isIndexType(mediaType) {
    return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}
function isIndex(m) {
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
function isAttestation(d) {
    return d.annotations?.[REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnknownPlatform */ ._H)(d.platform));
}
/** Normalised platform of an index entry, or undefined when it has none. */
function descriptorPlatform(d) {
    if (!d.platform || (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnknownPlatform */ ._H)(d.platform))
        return undefined;
    return (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(d.platform);
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
function serialiseIndex(index) {
    return Buffer.from(JSON.stringify(index, null, 2));
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   parseReference: () => (/* binding */ parseReference),
/* harmony export */   s1: () => (/* binding */ DOCKER_HUB_AUTH_KEY)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

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
function parseReference(input, opts = {}) {
    const raw = input.trim();
    const fail = (why) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid image reference "${raw}": ${why}; use [registry/]repository[:tag][@sha256:digest]`);
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
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** What to put in a manifest URL: the digest when there is one, else the tag. */
function manifestKey(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository with another tag/digest. */
function withDigest(ref, digest) {
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


/***/ }),

/***/ 8386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);



class DigestMismatchError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
}
function hashFor(digest) {
    const alg = digest.slice(0, digest.indexOf(':'));
    if (alg !== 'sha256' && alg !== 'sha512')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unsupported digest algorithm "${alg}" in ${digest}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg);
}
/**
 * A pass-through stream that hashes what flows through and fails if the digest (or the expected
 * size) does not match. It holds back the latest chunk until the end is verified, so a consumer
 * that uploads what it reads never completes an upload of corrupt content.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
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
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}


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

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ dump),
/* harmony export */   load: () => (/* binding */ load)
/* harmony export */ });
/* unused harmony exports CHOMPING_CLIP, CHOMPING_KEEP, CHOMPING_MODE, CHOMPING_STRIP, COLLECTION_STYLE, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, CORE_SCHEMA, DEFAULT_SCALAR_STYLE_RULES, DUMP_SCHEMA, EVENT_ALIAS, EVENT_DOCUMENT, EVENT_ID, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, FAILSAFE_SCHEMA, JSON_SCHEMA, NOT_RESOLVED, SCALAR_STYLE, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, Schema, VISIT_BREAK, VISIT_SKIP, YAML11_SCHEMA, YAMLException, binaryTag, boolCoreTag, boolJsonTag, boolYaml11Tag, constructFromEvents, defineMappingTag, defineScalarTag, defineSequenceTag, eventsToAst, floatCoreTag, floatJsonTag, floatYaml11Tag, getScalarValue, intCoreTag, intJsonTag, intYaml11Tag, jsToAst, legacyMapTag, loadAll, mapTag, mergeTag, nullCoreTag, nullJsonTag, nullYaml11Tag, omapTag, pairsTag, parseEvents, present, realMapTag, seqTag, setTag, strTag, timestampTag, visit */
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map

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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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
            throw new errors/* UsageError */.eb(`unknown option ${arg.slice(0, eq > 0 ? eq : undefined)}`);
        if (spec.type === 'boolean') {
            if (eq > 0) {
                const v = arg.slice(eq + 1).toLowerCase();
                if (!['true', 'false'].includes(v))
                    throw new errors/* UsageError */.eb(`--${spec.name} takes true or false, not "${v}"`);
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
                throw new errors/* UsageError */.eb(`--${spec.name} needs a value`);
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

// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __nccwpck_require__(692);
// EXTERNAL MODULE: ./src/registry/client.ts + 4 modules
var registry_client = __nccwpck_require__(3749);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/registry/locations.ts
var registry_locations = __nccwpck_require__(5423);
;// CONCATENATED MODULE: ./src/registry/options.ts




/** Flags every registry command takes. */
const REGISTRY_FLAGS = [
    { name: 'config', type: 'string', description: 'docker config directory with config.json (default $DOCKER_CONFIG or ~/.docker)' },
    { name: 'plain-http', type: 'list', description: 'talk plain HTTP to this registry (localhost and 127.0.0.1 always are)' },
    { name: 'insecure', type: 'list', description: 'do not verify the TLS certificate of this registry' },
    { name: 'no-cache', type: 'boolean', description: 'use no local cache (manifests by digest, where blobs were seen)' },
];
function clientOptionsFromFlags(args) {
    const config = flagString(args, 'config');
    const opts = {};
    if (config)
        opts.configDir = config;
    const plain = flagList(args, 'plain-http');
    if (plain.length)
        opts.plainHttp = plain;
    const insecure = flagList(args, 'insecure');
    if (insecure.length)
        opts.insecure = insecure;
    if (!flagBool(args, 'no-cache'))
        opts.cacheDir = (0,registry_locations/* defaultCacheDir */.$)();
    return opts;
}
function locationsFile(cacheDir) {
    return cacheDir ? (0,external_node_path_.join)(cacheDir, 'blob-locations.json') : undefined;
}
function intFlag(args, name, dflt, min = 1, max = 64) {
    const v = flagString(args, name);
    if (v === undefined)
        return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* UsageError */.eb(`--${name} takes a whole number from ${min} to ${max}, not "${v}"`);
    return n;
}
function sizeFlag(args, name) {
    const v = flagString(args, name);
    if (v === undefined)
        return undefined;
    const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(v.trim());
    if (!m)
        throw new errors/* UsageError */.eb(`--${name} takes a size such as 16M or 5242880, not "${v}"`);
    const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()];
    const n = Number(m[1]) * mult;
    if (n < 1024)
        throw new errors/* UsageError */.eb(`--${name} must be at least 1K`);
    return n;
}
function formatBytes(n) {
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
/** A one-line progress renderer for a terminal (stderr); a no-op elsewhere. */
function progressLine(tty, write = (s) => process.stderr.write(s)) {
    let drawn = false;
    return {
        update(label, p) {
            if (!tty)
                return;
            const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
            write(`\r\x1b[2K${label}: ${p.blobsDone}/${p.blobsTotal} blobs, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)} (${pct}%)`);
            drawn = true;
        },
        done() {
            if (drawn)
                write('\r\x1b[2K');
            drawn = false;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/check.ts





function parseBuildArgs(items) {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0) {
            // like docker: --build-arg NAME takes the value from the environment
            const v = process.env[item];
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item))
                throw new errors/* UsageError */.eb(`--build-arg takes NAME=VALUE, not "${item}"`);
            if (v !== undefined)
                out[item] = v;
            continue;
        }
        out[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return out;
}
const checkCommand = {
    name: 'check',
    summary: 'preflight a Dockerfile for a multi-platform build',
    usage: 'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--json]',
    help: `
Resolves every FROM of the Dockerfile (ARG substitution with --build-arg, stage references,
--platform=$BUILDPLATFORM) for each target platform, looks each image up in its registry and fails
(exit 1) if one lacks a platform the build needs, naming the image, the missing platform and what it
does have. Platforms are compared with their variants (linux/arm/v6 is not linux/arm/v7).

Warns about:
  - stages that compile (go, cargo, gcc, make, mvn, npm…) under emulation: use --platform=$BUILDPLATFORM
  - $TARGETARCH/$TARGETOS… in a shell-form RUN without ARG in that stage (the shell sees it empty)
  - download URLs with amd64/x86_64 hard-coded while other platforms are built

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20`,
    flags: [
        { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default ./Dockerfile)' },
        { name: 'platforms', short: 'p', type: 'string', description: 'target platforms, comma separated (required)' },
        { name: 'build-arg', type: 'list', description: 'NAME=VALUE as given to the build' },
        { name: 'target', type: 'string', description: 'the stage to build (default: the last)' },
        { name: 'build-platform', type: 'string', description: 'platform of the builder (default: this machine)' },
        { name: 'strict', type: 'boolean', description: 'warnings fail too (exit 1)' },
        ...REGISTRY_FLAGS,
    ],
    async run(args, io) {
        if (args.positionals.length)
            throw new errors/* UsageError */.eb(`unexpected argument "${args.positionals[0]}"; the Dockerfile is given with --file`);
        const platformsRaw = flagString(args, 'platforms');
        if (!platformsRaw)
            throw new errors/* UsageError */.eb('--platforms is required, e.g. --platforms linux/amd64,linux/arm64');
        const platforms = (0,platform/* parsePlatformList */.VX)(platformsRaw);
        if (!platforms.length)
            throw new errors/* UsageError */.eb('--platforms is empty');
        const file = flagString(args, 'file') ?? 'Dockerfile';
        const bp = flagString(args, 'build-platform');
        // the Dockerfile parser is loaded only by the command that needs it
        const { checkDockerfile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2749));
        const client = new registry_client.RegistryClient(clientOptionsFromFlags(args));
        try {
            const r = await checkDockerfile(file, {
                platforms,
                buildArgs: parseBuildArgs(flagList(args, 'build-arg')),
                ...(bp ? { buildPlatform: (0,platform/* parsePlatform */.FL)(bp) } : {}),
                ...(flagString(args, 'target') ? { target: flagString(args, 'target') } : {}),
                client,
            });
            const failed = !r.ok || (flagBool(args, 'strict') && r.findings.length > 0);
            if (flagBool(args, 'json'))
                io.out(JSON.stringify({ ...r, ok: !failed }, null, 2));
            else {
                for (const img of r.images) {
                    const status = img.available === undefined ? 'lookup failed' : img.missing.length ? `MISSING ${img.missing.join(', ')}` : 'ok';
                    io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}`);
                }
                for (const f of r.findings)
                    (f.level === 'error' ? io.err : io.out)(`${f.level === 'error' ? 'error' : 'warning'}: ${f.message}`);
                io.out(failed
                    ? `${file}: preflight failed`
                    : `${file}: ready for ${platforms.length} platform(s)${r.findings.length ? ` with ${r.findings.length} warning(s)` : ''}`);
            }
            return failed ? 1 : 0;
        }
        finally {
            client.close();
        }
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
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
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
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
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
            yield io_copyFile(source, newDest, force);
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
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
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
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
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
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
    return io_awaiter(this, void 0, void 0, function* () {
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
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
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
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
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
        if (toolrunner_IS_WINDOWS) {
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
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
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
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
class ExecState extends external_events_namespaceObject.EventEmitter {
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
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
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
;// CONCATENATED MODULE: ./src/core/exec.ts

/** The thin edge that runs a command: an argument array, never a shell string. */
async function exec_run(cmd, args, opts = {}) {
    const env = opts.env ? cleanEnv({ ...process.env, ...opts.env }) : undefined;
    try {
        const res = await actionsExec.getExecOutput(cmd, args, {
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
function exec_lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^-+$/.test(l));
    const err = [...lines].reverse().find((l) => /^(error|ERROR|fatal)[: ]/.test(l));
    return (err ?? lines[lines.length - 1] ?? '').replace(/^(ERROR|error):\s*/, '');
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
function helperCacheDir(image, base = tmpdir()) {
    return join(base, 'gen-ci-helper-images', image.replace(/[^a-zA-Z0-9._-]+/g, '-'));
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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
async function ensureImage(image, o) {
    const docker = (args, silent = true) => run('docker', args, { silent, env: o.env });
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0)
        return 'local';
    const dir = helperCacheDir(image);
    const tar = join(dir, 'image.tar');
    if (o.cache) {
        try {
            const keys = helperCacheKeys(image);
            const hit = await o.cache.restore(dir, keys.primary, keys.restore);
            if (hit && existsSync(tar)) {
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
        await sleep(wait);
    }
    if (lastError)
        throw new UserError(`could not pull ${image}: ${lastError}; ${o.hint}`);
    if (o.cache) {
        try {
            const digest = (await docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', image])).stdout.trim().split('@')[1];
            rmSync(dir, { recursive: true, force: true });
            mkdirSync(dir, { recursive: true });
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

;// CONCATENATED MODULE: ./src/gitlab/options.ts



/** How the image is built. One file per mode under src/gitlab/. */
const MODES = ['buildx', 'native', 'kaniko', 'buildah', 'buildkit'];
/**
 * Defaults, pinned. Kaniko was archived by Google in June 2025; the default is the
 * osscontainertools fork (published as martizih/kaniko), the fork that still fixes bugs.
 */
const DEFAULT_IMAGES = {
    docker: 'docker:28-cli',
    dind: 'docker:28-dind',
    // one pin for the whole product: the action and the GitLab templates install the same QEMU and BuildKit
    binfmt: PINNED_BINFMT,
    buildkit: PINNED_BUILDKIT,
    kaniko: 'martizih/kaniko:v1.27.6-debug',
    manifestTool: 'mplatform/manifest-tool:alpine-v2.2.0',
    buildah: 'quay.io/buildah/stable:v1.42.2',
    buildkitRootless: `${PINNED_BUILDKIT}-rootless`,
    skopeo: 'quay.io/skopeo/stable:v1.18.0',
};
/** Runner tags of GitLab.com's hosted Linux runners, by platform. */
const GITLAB_COM_RUNNER_TAGS = {
    'linux/amd64': ['saas-linux-small-amd64'],
    'linux/arm64': ['saas-linux-small-arm64'],
};
const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
function listItem(field, item, extra, why) {
    if (/[\r\n]/.test(item))
        throw new errors/* UsageError */.eb(`${field} "${item.replace(/[\r\n]+/g, '⏎')}" contains a line break; lists are passed one item per line`);
    if (extra?.test(item))
        throw new errors/* UsageError */.eb(`${field} "${item}" ${why}`);
    return item;
}
function resolveOptions(o) {
    if (!MODES.includes(o.mode))
        throw new errors/* UsageError */.eb(`unknown mode "${o.mode}"; use one of ${MODES.join(', ')}`);
    const expand = o.expandVariables === true;
    const user = (value) => ({ value, expand });
    const ours = (value) => ({ value, expand: true });
    const platforms = [];
    for (const p of o.platforms ?? ['linux/amd64', 'linux/arm64']) {
        const parsed = typeof p === 'string' ? (0,platform/* parsePlatformList */.VX)(p) : [(0,platform/* parsePlatform */.FL)((0,platform/* formatPlatform */.Bq)(p))];
        for (const q of parsed)
            if (!platforms.some((x) => (0,platform/* formatPlatform */.Bq)(x) === (0,platform/* formatPlatform */.Bq)(q)))
                platforms.push(q);
    }
    if (platforms.length === 0)
        throw new errors/* UsageError */.eb('no platforms given');
    const tags = o.tags ?? [];
    for (const t of tags) {
        listItem('tag', t, /,/, 'contains a comma; give one tag per --tag');
        if (t === '')
            throw new errors/* UsageError */.eb('empty tag');
    }
    const buildArgs = o.buildArgs ?? [];
    for (const a of buildArgs) {
        listItem('build arg', a, undefined, '');
        const name = a.split('=', 1)[0] ?? '';
        if (!a.includes('=') || !ident.test(name))
            throw new errors/* UsageError */.eb(`build arg "${a}" is not NAME=VALUE with a NAME of letters, digits and _`);
    }
    const mirrorLines = (o.mirror ?? []).map((m) => {
        listItem('mirror source', m.source, /[=\s]/, 'contains "=" or a space');
        if (!m.source)
            throw new errors/* UsageError */.eb('empty mirror source');
        if (m.destination !== undefined)
            listItem('mirror destination', m.destination, /[=\s]/, 'contains "=" or a space');
        return m.destination ? `${m.source}=${m.destination}` : m.source;
    });
    for (const [name, v] of [
        ['registry user variable', o.registryUserVariable],
        ['registry password variable', o.registryPasswordVariable],
    ]) {
        if (v !== undefined && !ident.test(v))
            throw new errors/* UsageError */.eb(`${name} "${v}" must be a variable name (letters, digits, _)`);
    }
    const runnerTags = new Map();
    for (const [k, v] of Object.entries(GITLAB_COM_RUNNER_TAGS))
        runnerTags.set(k, v);
    for (const [k, v] of Object.entries(o.runnerTags ?? {}))
        runnerTags.set((0,platform/* formatPlatform */.Bq)((0,platform/* parsePlatform */.FL)(k)), v);
    const stage = o.stage ?? 'build';
    const jobPrefix = o.jobPrefix ?? 'image';
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(jobPrefix))
        throw new errors/* UsageError */.eb(`job prefix "${jobPrefix}" may hold letters, digits, ".", "_" and "-" only`);
    if (o.dindMtu !== undefined && !(Number.isInteger(o.dindMtu) && o.dindMtu >= 576 && o.dindMtu <= 65535)) {
        throw new errors/* UsageError */.eb(`dind MTU ${o.dindMtu} is not a whole number between 576 and 65535`);
    }
    const images = { ...DEFAULT_IMAGES, ...o.images };
    for (const [k, v] of Object.entries(images)) {
        if (/[\r\n]/.test(v))
            throw new errors/* UsageError */.eb(`${k} image contains a line break`);
    }
    const archTagPrefix = o.archTagPrefix;
    if (archTagPrefix !== undefined)
        listItem('arch tag prefix', archTagPrefix, /,/, 'contains a comma');
    return {
        mode: o.mode,
        image: o.image !== undefined ? user(o.image) : ours('$CI_REGISTRY_IMAGE'),
        tags: tags.length ? user(tags.join('\n')) : ours('$CI_COMMIT_REF_SLUG'),
        platforms,
        context: user(o.context ?? '.'),
        dockerfile: user(o.dockerfile ?? ''),
        buildArgs: user(buildArgs.join('\n')),
        cache: o.cache ?? o.mode !== 'buildah',
        cacheRef: user(o.cacheRef ?? ''),
        attestations: o.attestations === true,
        mirror: user(mirrorLines.join('\n')),
        mirrorPrefix: user(o.mirrorPrefix ?? ''),
        runnerTags,
        jobTags: o.jobTags ?? [],
        stage,
        mergeStage: o.mergeStage ?? stage,
        mirrorStage: o.mirrorStage ?? '.pre',
        jobPrefix,
        registry: o.registry !== undefined ? user(o.registry) : ours('$CI_REGISTRY'),
        registryUser: ours(`$${o.registryUserVariable ?? 'CI_REGISTRY_USER'}`),
        registryPassword: ours(`$${o.registryPasswordVariable ?? 'CI_REGISTRY_PASSWORD'}`),
        tlsVerify: o.tlsVerify !== false,
        binfmt: o.binfmt !== false,
        builderDriver: o.builderDriver ?? 'docker-container',
        dindMtu: o.dindMtu,
        archTagPrefix: archTagPrefix !== undefined ? user(archTagPrefix) : ours('$CI_COMMIT_SHA'),
        buildahStrategy: o.buildahStrategy ?? 'emulated',
        images,
    };
}
/** `linux/arm/v7` -> `armv7`: the suffix of per-arch tags, job names and cache refs. Same rule as the shell's genci_slug. */
function archSlug(p) {
    return `${p.architecture}${p.variant ?? ''}`;
}

;// CONCATENATED MODULE: ./src/gitlab/settings.ts


const b = (v) => ({ value: String(v), expand: true });
const PLATFORM_RE = '[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?';
const SETTINGS = {
    image: {
        variable: 'GENCI_IMAGE',
        input: 'image',
        user: true,
        spec: { type: 'string', default: '$CI_REGISTRY_IMAGE', description: 'Repository to push the image to.' },
        inline: (o) => o.image,
    },
    tags: {
        variable: 'GENCI_TAGS',
        input: 'tags',
        user: true,
        spec: { type: 'string', default: '$CI_COMMIT_REF_SLUG', description: 'Tags of the final image, separated by commas or new lines.' },
        inline: (o) => o.tags,
    },
    platforms: {
        variable: 'GENCI_PLATFORMS',
        input: 'platforms',
        user: false,
        spec: {
            type: 'string',
            default: 'linux/amd64,linux/arm64',
            description: 'Platforms to build, comma separated (os/arch[/variant]).',
            regex: `^${PLATFORM_RE}(,${PLATFORM_RE})*$`,
        },
        inline: (o) => ({ value: o.platforms.map(platform/* formatPlatform */.Bq).join(','), expand: false }),
    },
    context: {
        variable: 'GENCI_CONTEXT',
        input: 'context',
        user: true,
        spec: { type: 'string', default: '.', description: 'Build context, relative to the project directory.' },
        inline: (o) => o.context,
    },
    dockerfile: {
        variable: 'GENCI_DOCKERFILE',
        input: 'dockerfile',
        user: true,
        spec: { type: 'string', default: '', description: 'Dockerfile, relative to the project directory. Empty: <context>/Dockerfile.' },
        inline: (o) => o.dockerfile,
    },
    buildArgs: {
        variable: 'GENCI_BUILD_ARGS',
        input: 'build_args',
        user: true,
        spec: { type: 'string', default: '', description: 'Build arguments, NAME=VALUE, one per line.' },
        inline: (o) => o.buildArgs,
    },
    cache: {
        variable: 'GENCI_CACHE',
        input: 'cache',
        user: false,
        spec: { type: 'boolean', default: true, description: 'Use a registry layer cache.' },
        inline: (o) => b(o.cache),
    },
    cacheRef: {
        variable: 'GENCI_CACHE_REF',
        input: 'cache_ref',
        user: true,
        spec: { type: 'string', default: '', description: 'Cache reference. Empty: <image>:buildcache. Per-arch jobs append -<arch>.' },
        inline: (o) => o.cacheRef,
    },
    attestations: {
        variable: 'GENCI_ATTESTATIONS',
        input: 'attestations',
        user: false,
        spec: { type: 'boolean', default: false, description: 'Attach provenance and SBOM attestations.' },
        inline: (o) => b(o.attestations),
    },
    registry: {
        variable: 'GENCI_REGISTRY',
        input: 'registry',
        user: true,
        spec: { type: 'string', default: '$CI_REGISTRY', description: 'Registry to log in to. Empty: no login.' },
        inline: (o) => o.registry,
    },
    registryUser: {
        variable: 'GENCI_REGISTRY_USER',
        input: 'registry_user',
        user: false,
        spec: { type: 'string', default: '$CI_REGISTRY_USER', description: 'User name for the registry; a CI/CD variable reference.' },
        inline: (o) => o.registryUser,
    },
    registryPassword: {
        variable: 'GENCI_REGISTRY_PASSWORD',
        input: 'registry_password',
        user: false,
        spec: { type: 'string', default: '$CI_REGISTRY_PASSWORD', description: 'Password for the registry; a CI/CD variable reference (keep it masked).' },
        inline: (o) => o.registryPassword,
    },
    tlsVerify: {
        variable: 'GENCI_TLS_VERIFY',
        input: 'tls_verify',
        user: false,
        spec: { type: 'boolean', default: true, description: 'Verify registry TLS certificates. false also allows plain-HTTP registries.' },
        inline: (o) => b(o.tlsVerify),
    },
    binfmt: {
        variable: 'GENCI_BINFMT',
        input: 'binfmt',
        user: false,
        spec: { type: 'boolean', default: true, description: 'Register QEMU binfmt handlers for the non-native platforms (needs a privileged runner).' },
        inline: (o) => b(o.binfmt),
    },
    binfmtImage: {
        variable: 'GENCI_BINFMT_IMAGE',
        input: 'binfmt_image',
        user: false,
        spec: { type: 'string', default: DEFAULT_IMAGES.binfmt, description: 'Image that registers the QEMU handlers.' },
        inline: (o) => ({ value: o.images.binfmt, expand: true }),
    },
    builderDriver: {
        variable: 'GENCI_BUILDER_DRIVER',
        input: 'builder_driver',
        user: false,
        spec: {
            type: 'string',
            default: 'docker-container',
            options: ['docker-container', 'docker'],
            description: 'buildx driver. docker only builds several platforms with the containerd image store.',
        },
        inline: (o) => ({ value: o.builderDriver, expand: false }),
    },
    buildkitImage: {
        variable: 'GENCI_BUILDKIT_IMAGE',
        input: 'buildkit_image',
        user: false,
        spec: {
            type: 'string',
            default: DEFAULT_IMAGES.buildkit,
            description: 'BuildKit image of the docker-container builder (pinned; empty: buildx picks its own default).',
        },
        inline: (o) => ({ value: o.images.buildkit, expand: true }),
    },
    archTagPrefix: {
        variable: 'GENCI_ARCH_TAG_PREFIX',
        input: 'arch_tag_prefix',
        user: true,
        spec: { type: 'string', default: '$CI_COMMIT_SHA', description: 'Per-arch images are pushed as <image>:<prefix>-<arch>.' },
        inline: (o) => o.archTagPrefix,
    },
    mirrorImages: {
        variable: 'GENCI_MIRROR_IMAGES',
        input: 'images',
        user: true,
        spec: { type: 'string', default: '', description: 'Images to mirror, one per line: SOURCE or SOURCE=DESTINATION.' },
        inline: (o) => o.mirror,
    },
    mirrorPrefix: {
        variable: 'GENCI_MIRROR_PREFIX',
        input: 'mirror_prefix',
        user: true,
        spec: { type: 'string', default: '', description: 'Destination of entries without one: <prefix>/<name:tag>. Empty: <image>/mirror.' },
        inline: (o) => o.mirrorPrefix,
    },
};
/** Settings most modes share, in the order components declare them. */
const SOURCE_SETTINGS = ['context', 'dockerfile', 'buildArgs'];
const CACHE_SETTINGS = ['cache', 'cacheRef'];
const LOGIN_SETTINGS = ['registry', 'registryUser', 'registryPassword', 'tlsVerify'];
/** Inputs that are not job variables. */
const EXPAND_INPUT = {
    type: 'boolean',
    default: true,
    description: 'Let GitLab expand $VARIABLE references in image, tags, context, build args and the other values. false: every value is literal.',
};
const TOOL_INPUTS = {
    docker: { input: 'docker_image', description: 'Image with the docker CLI and buildx.' },
    dind: { input: 'dind_image', description: 'Docker-in-Docker service image.' },
    binfmt: { input: 'binfmt_image', description: 'Image that registers the QEMU handlers.' },
    buildkit: { input: 'buildkit_image', description: 'BuildKit image of the docker-container builder.' },
    kaniko: {
        input: 'kaniko_image',
        description: 'Kaniko executor, a -debug variant (it has a shell). Kaniko was archived in June 2025; the default is the maintained osscontainertools fork.',
    },
    manifestTool: { input: 'manifest_tool_image', description: 'manifest-tool, an alpine- variant (it has a shell).' },
    buildah: { input: 'buildah_image', description: 'Buildah image.' },
    buildkitRootless: { input: 'buildkit_image', description: 'Rootless BuildKit image with buildctl-daemonless.sh.' },
    skopeo: { input: 'skopeo_image', description: 'skopeo image.' },
};
function inlineSource(o) {
    return {
        kind: 'inline',
        variable(name) {
            const v = SETTINGS[name].inline(o);
            if (v.expand || !v.value.includes('$'))
                return v.value;
            return { value: v.value, expand: false };
        },
        tool: (name) => o.images[name],
    };
}
function componentSource(used) {
    return {
        kind: 'component',
        variable(name) {
            const s = SETTINGS[name];
            used.add(name);
            const value = `$[[ inputs.${s.input} ]]`;
            return s.user ? { value, expand: '$[[ inputs.expand_variables ]]' } : value;
        },
        tool(name) {
            used.add(`tool:${name}`);
            return `$[[ inputs.${TOOL_INPUTS[name].input} ]]`;
        },
    };
}
/** Variables for a job: setting names -> GENCI_* variables. */
function vars(src, names, extra = {}) {
    const out = { ...extra };
    for (const n of names)
        out[SETTINGS[n].variable] = src.variable(n);
    return out;
}

;// CONCATENATED MODULE: ./src/gitlab/shell.ts
/**
 * POSIX sh fragments shared by the job scripts. They run under bash, busybox sh
 * (docker, kaniko -debug, manifest-tool alpine) and dash. Rules they keep:
 * - user values are only ever read from GENCI_* variables, inside double quotes;
 * - arguments are collected with `set -- "$@" --flag=value` (one argv word each,
 *   `--flag=value` so a value starting with "-" can't become an option);
 * - lists are read line by line from a here-document (no word splitting, no globbing);
 * - every fragment is one script item that succeeds or fails as a whole.
 */
/** Lines of a list variable, optionally also split at commas, as `genci_item` in `body`. */
function eachItem(variable, body, opts = {}) {
    const source = opts.commas ? `$(printf '%s\\n' "$${variable}" | tr ',' '\\n')` : `$${variable}`;
    return [
        'while IFS= read -r genci_item; do',
        '  if [ -n "$genci_item" ]; then',
        ...body.split('\n').map((l) => `    ${l}`),
        '  fi',
        'done <<GENCI_EOF',
        source,
        'GENCI_EOF',
    ].join('\n');
}
/** Platforms (comma separated in GENCI_PLATFORMS) as `genci_platform` and `genci_slug` (linux/arm/v7 -> armv7). */
function eachPlatform(body) {
    return eachItem('GENCI_PLATFORMS', ['genci_platform=$genci_item', 'genci_slug=$(genci_arch_slug "$genci_platform")', ...body.split('\n')].join('\n'), {
        commas: true,
    });
}
/** Shell functions every job defines first. */
const FUNCTIONS = [
    '# gen-ci helpers',
    'genci_arch_slug() { printf \'%s\' "$1" | cut -d/ -f2- | tr -d /; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
    'genci_dockerfile=${GENCI_DOCKERFILE:-$GENCI_CONTEXT/Dockerfile}',
    'case "$GENCI_CONTEXT" in /*) genci_context_abs=$GENCI_CONTEXT ;; *) genci_context_abs=$CI_PROJECT_DIR/$GENCI_CONTEXT ;; esac',
    'case "$genci_dockerfile" in /*) genci_dockerfile_abs=$genci_dockerfile ;; *) genci_dockerfile_abs=$CI_PROJECT_DIR/$genci_dockerfile ;; esac',
].join('\n');
/** Functions for jobs without a build context (merge, mirror). */
const SMALL_FUNCTIONS = [
    '# gen-ci helpers',
    'genci_arch_slug() { printf \'%s\' "$1" | cut -d/ -f2- | tr -d /; }',
    String.raw `genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
].join('\n');
/** A CSV field for buildx/buildctl attribute lists (`type=registry,"ref=…"`): quoted, quotes doubled. */
const CSV_FUNCTION = String.raw `genci_csv() { printf '"%s"' "$(printf '%s' "$1" | sed 's/"/""/g')"; }`;
/** True when credentials are configured. */
const HAVE_LOGIN = '[ -n "$GENCI_REGISTRY" ] && [ -n "$GENCI_REGISTRY_USER" ]';
/** Write a Docker config.json with the registry credentials to the file named by $genci_config. */
const WRITE_DOCKER_CONFIG = [
    'mkdir -p "$(dirname "$genci_config")"',
    `if ${HAVE_LOGIN}; then`,
    '  genci_auth=$(printf \'%s:%s\' "$GENCI_REGISTRY_USER" "$GENCI_REGISTRY_PASSWORD" | base64 | tr -d \'\\n\')',
    '  printf \'{"auths":{"%s":{"auth":"%s"}}}\\n\' "$(genci_json "$GENCI_REGISTRY")" "$genci_auth" >"$genci_config"',
    'else',
    '  printf \'{"auths":{}}\\n\' >"$genci_config"',
    'fi',
].join('\n');
/** `--build-arg=NAME=VALUE` for each line of GENCI_BUILD_ARGS, with the given flag. */
function buildArgs(flag) {
    return eachItem('GENCI_BUILD_ARGS', `set -- "$@" "${flag}$genci_item"`);
}

;// CONCATENATED MODULE: ./src/gitlab/mirror.ts


/**
 * The mirror job: copies base images, every platform, into our registry before the
 * builds start (stage `.pre` by default), so builds don't hit Docker Hub's rate limits.
 * One entry per line: SOURCE (to <mirror_prefix>/<name:tag>) or SOURCE=DESTINATION.
 */
const MIRROR_SETTINGS = ['mirrorImages', 'mirrorPrefix', 'image', ...LOGIN_SETTINGS];
const SKOPEO_MIRROR = [
    'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=false; else genci_tls=true; fi',
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | skopeo login "--username=$GENCI_REGISTRY_USER" --password-stdin "--tls-verify=$genci_tls" -- "$GENCI_REGISTRY"',
    'fi',
    eachItem('GENCI_MIRROR_IMAGES', [
        'genci_src=${genci_item%%=*}',
        'case "$genci_item" in',
        '  *=*) genci_dst=${genci_item#*=} ;;',
        '  *) genci_dst=${GENCI_MIRROR_PREFIX:-$GENCI_IMAGE/mirror}/${genci_src##*/} ;;',
        'esac',
        'echo "mirroring $genci_src -> $genci_dst"',
        'skopeo copy --multi-arch=all --retry-times=3 "--src-tls-verify=$genci_tls" "--dest-tls-verify=$genci_tls" "docker://$genci_src" "docker://$genci_dst"',
    ].join('\n')),
].join('\n');
function mirrorJob(l, stage) {
    return {
        stage,
        image: { name: l.src.tool('skopeo'), entrypoint: [''] },
        tags: l.jobTags,
        variables: vars(l.src, MIRROR_SETTINGS),
        script: [SMALL_FUNCTIONS, SKOPEO_MIRROR],
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
;// CONCATENATED MODULE: ./src/gitlab/model.ts

const model_GENERATED_BY = 'Generated by gen-ci';
/** Order job keys as GitLab users expect to read them and drop undefined ones. */
function orderJob(job) {
    const out = {};
    for (const k of ['stage', 'image', 'services', 'tags', 'needs', 'parallel', 'variables', 'script', 'artifacts']) {
        const v = job[k];
        if (v === undefined)
            continue;
        if (Array.isArray(v) && v.length === 0 && k !== 'needs')
            continue;
        out[k] = v;
    }
    return out;
}
function docToObject(doc) {
    const out = {};
    if (doc.stages?.length)
        out.stages = doc.stages;
    for (const [name, job] of Object.entries(doc.jobs))
        out[name] = orderJob(job);
    return out;
}
/**
 * Serialise with js-yaml: no line folding (a folded scalar is where other recipes lose
 * flags), no anchors, multi-line strings as literal blocks. js-yaml quotes whatever needs
 * quoting, so every string parses back to exactly itself.
 */
function model_toYaml(value) {
    return (0,js_yaml/* dump */.Bh)(value, { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
}
function model_renderDoc(doc, header = []) {
    const comments = header.map((l) => (l ? `# ${l}` : '#')).join('\n');
    return `${comments ? `${comments}\n` : ''}${model_toYaml(docToObject(doc))}`;
}

;// CONCATENATED MODULE: ./src/gitlab/common.ts


function inlineLayout(o, src) {
    return {
        src,
        prefix: o.jobPrefix,
        stage: o.stage,
        mergeStage: o.mergeStage,
        jobTags: o.jobTags,
        perArch: {
            kind: 'jobs',
            jobs: o.platforms.map((p) => {
                const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
                return { slug: archSlug(p), platform, tags: o.runnerTags.get(platform) ?? [] };
            }),
        },
        dindMtu: o.dindMtu === undefined ? undefined : String(o.dindMtu),
    };
}
function buildJobName(l, slug) {
    return slug ? `${l.prefix}-build-${slug}` : `${l.prefix}-build`;
}
/**
 * Per-arch jobs: for inline pipelines one job per platform with that platform's runner
 * tags; for components one job with `parallel: matrix:` (GENCI_PLATFORM, GENCI_RUNNER_TAG).
 */
function perArchJobs(l, make) {
    const jobs = {};
    if (l.perArch.kind === 'matrix') {
        const name = buildJobName(l);
        jobs[name] = { ...make({}), tags: ['$GENCI_RUNNER_TAG'], parallel: { matrix: l.perArch.matrix } };
        return { jobs, needs: [name] };
    }
    for (const j of l.perArch.jobs) {
        const job = make({ GENCI_PLATFORM: j.platform });
        jobs[buildJobName(l, j.slug)] = { ...job, tags: j.tags.length ? j.tags : undefined };
    }
    return { jobs, needs: Object.keys(jobs) };
}
/** The Docker-in-Docker part of a job (GitLab's documented TLS setup). */
function dind(l) {
    return {
        image: l.src.tool('docker'),
        services: [{ name: l.src.tool('dind'), alias: 'docker', ...(l.dindMtu ? { command: [`--mtu=${l.dindMtu}`] } : {}) }],
        variables: {
            DOCKER_HOST: 'tcp://docker:2376',
            DOCKER_TLS_CERTDIR: '/certs',
            DOCKER_TLS_VERIFY: '1',
            DOCKER_CERT_PATH: '/certs/client',
        },
    };
}
/** Wait for the Docker daemon (the dind service takes a few seconds to start). */
const WAIT_FOR_DOCKER = [
    'genci_i=0',
    'until docker info >/dev/null 2>&1; do',
    '  genci_i=$((genci_i + 1))',
    '  if [ "$genci_i" -ge 30 ]; then echo "gen-ci: no Docker daemon at ${DOCKER_HOST:-the default socket}" >&2; docker info; exit 1; fi',
    '  sleep 1',
    'done',
].join('\n');
/** docker login with --password-stdin (needs the daemon). */
const DOCKER_LOGIN = [
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | docker login "--username=$GENCI_REGISTRY_USER" --password-stdin -- "$GENCI_REGISTRY"',
    'fi',
].join('\n');
/** Tags as `<flag><image>:<tag>` arguments; remembers the first reference in genci_first. */
function tagArgs(flag) {
    return [
        'genci_first=',
        eachItem('GENCI_TAGS', [`set -- "$@" "${flag}$GENCI_IMAGE:$genci_item"`, 'genci_first=${genci_first:-$GENCI_IMAGE:$genci_item}'].join('\n'), {
            commas: true,
        }),
    ].join('\n');
}
/** GENCI_TLS_VERIFY as a --tls-verify flag (buildah, skopeo). */
const TLS_FLAG = 'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=--tls-verify=false; else genci_tls=--tls-verify=true; fi';

;// CONCATENATED MODULE: ./src/gitlab/buildx.ts



/**
 * buildx mode: one job on Docker-in-Docker that registers QEMU for the non-native
 * platforms, creates a builder, logs in and builds every platform in one go.
 */
const BUILDX_SETTINGS = [
    'image',
    'tags',
    'platforms',
    ...SOURCE_SETTINGS,
    ...CACHE_SETTINGS,
    'attestations',
    ...LOGIN_SETTINGS,
    'binfmt',
    'binfmtImage',
    'builderDriver',
    'buildkitImage',
];
/** Register QEMU handlers for the platforms the daemon's machine can't run natively. */
const BINFMT = [
    'if [ "$GENCI_BINFMT" = true ]; then',
    "  genci_native=$(docker version --format '{{.Server.Arch}}')",
    '  genci_arches=',
    // not indented: the here-document's terminator must start its line
    eachPlatform([
        'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
        'if [ "$genci_arch" != "$genci_native" ]; then',
        '  case ",$genci_arches," in',
        '    *",$genci_arch,"*) ;;',
        '    *) genci_arches=${genci_arches:+$genci_arches,}$genci_arch ;;',
        '  esac',
        'fi',
    ].join('\n')),
    '  if [ -n "$genci_arches" ]; then',
    '    docker run --privileged --rm "$GENCI_BINFMT_IMAGE" --install "$genci_arches"',
    '  fi',
    'fi',
].join('\n');
/** Select or create the builder (docker-container by default; docker for engines with the containerd store). */
const BUILDER = [
    'if [ "$GENCI_BUILDER_DRIVER" = docker ]; then',
    '  docker buildx use default',
    'else',
    '  set --',
    '  if [ -n "$GENCI_BUILDKIT_IMAGE" ]; then set -- "$@" "--driver-opt=image=$GENCI_BUILDKIT_IMAGE"; fi',
    '  if [ "$GENCI_TLS_VERIFY" = false ]; then',
    '    genci_toml=$CI_PROJECT_DIR/.genci-buildkitd.toml',
    '    printf \'[registry."%s"]\\n  http = true\\n  insecure = true\\n\' "$(genci_json "${GENCI_IMAGE%%/*}")" >"$genci_toml"',
    '    set -- "$@" "--config=$genci_toml"',
    '  fi',
    '  docker buildx create "--name=genci-$CI_JOB_ID" --driver=docker-container "$@" --use --bootstrap',
    'fi',
    'docker buildx inspect',
].join('\n');
/** Cache, attestation and build-arg flags shared by the buildx and native builds. `suffix` is appended to the cache ref. */
function commonBuildFlags(suffix) {
    return [
        buildArgs('--build-arg='),
        'if [ "$GENCI_CACHE" = true ]; then',
        `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}${suffix}`,
        '  set -- "$@" "--cache-from=type=registry,$(genci_csv "ref=$genci_cache")" "--cache-to=type=registry,$(genci_csv "ref=$genci_cache"),mode=max"',
        'fi',
        'if [ "$GENCI_ATTESTATIONS" = true ]; then',
        '  export BUILDX_NO_DEFAULT_OCI_ARTIFACT=true',
        '  set -- "$@" --provenance=mode=max --sbom=true',
        'else',
        '  set -- "$@" --provenance=false --sbom=false',
        'fi',
    ].join('\n');
}
const BUILDX_BUILD = [
    'set -- "--platform=$GENCI_PLATFORMS" "--file=$genci_dockerfile" --push',
    tagArgs('--tag='),
    commonBuildFlags(''),
    'docker buildx build "$@" -- "$GENCI_CONTEXT"',
    'docker buildx imagetools inspect "$genci_first"',
].join('\n');
function buildxDoc(l) {
    const d = dind(l);
    const job = {
        stage: l.stage,
        ...d,
        tags: l.jobTags,
        variables: { ...d.variables, ...vars(l.src, BUILDX_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, WAIT_FOR_DOCKER, BINFMT, BUILDER, DOCKER_LOGIN, BUILDX_BUILD],
    };
    return { jobs: { [buildJobName(l)]: job } };
}

;// CONCATENATED MODULE: ./src/gitlab/native.ts




/**
 * native mode: one build job per platform on a runner of that architecture (no
 * emulation), each pushing `<image>:<prefix>-<arch>`, then a merge job that
 * writes the index with `docker buildx imagetools create`. `needs:` makes the merge
 * wait for the builds only.
 */
const NATIVE_BUILD_SETTINGS = [
    'image',
    'archTagPrefix',
    ...SOURCE_SETTINGS,
    ...CACHE_SETTINGS,
    'attestations',
    ...LOGIN_SETTINGS,
    'builderDriver',
    'buildkitImage',
];
const MERGE_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', 'registry', 'registryUser', 'registryPassword'];
const NATIVE_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--platform=$GENCI_PLATFORM" "--file=$genci_dockerfile" --push "--tag=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
    commonBuildFlags('-$genci_slug'),
    'docker buildx build "$@" -- "$GENCI_CONTEXT"',
].join('\n');
/** Index from the per-arch images: needs no daemon; credentials go straight into config.json. */
const IMAGETOOLS_MERGE = [
    'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'set --',
    tagArgs('--tag='),
    eachPlatform('set -- "$@" "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
    'docker buildx imagetools create "$@"',
    'docker buildx imagetools inspect "$genci_first"',
].join('\n');
function mergeJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: l.src.tool('docker'),
        tags: l.jobTags,
        needs,
        variables: vars(l.src, MERGE_SETTINGS),
        script: [SMALL_FUNCTIONS, IMAGETOOLS_MERGE],
    };
}
function nativeDoc(l) {
    const d = dind(l);
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        ...d,
        variables: { ...extra, ...d.variables, ...vars(l.src, NATIVE_BUILD_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, WAIT_FOR_DOCKER, BUILDER, DOCKER_LOGIN, NATIVE_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: mergeJob(l, needs) } };
}

;// CONCATENATED MODULE: ./src/gitlab/buildah.ts



/**
 * buildah mode: daemonless and rootless-friendly. `emulated`: one job builds every
 * platform into a local manifest list (`buildah build --platform a,b --manifest`) and
 * pushes it with `buildah manifest push --all`. `native`: one job per platform on a
 * runner of that architecture, then a manifest job (the layout GitLab's docs recommend).
 */
const BUILDAH_SETTINGS = ['image', 'tags', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_ARCH_SETTINGS = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const BUILDAH_MANIFEST_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
/** Storage and isolation that work in an unprivileged container. */
const BUILDAH_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', BUILDAH_FORMAT: 'oci' };
const BUILDAH_LOGIN = [
    TLS_FLAG,
    `if ${HAVE_LOGIN}; then`,
    '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | buildah login "--username=$GENCI_REGISTRY_USER" --password-stdin "$genci_tls" -- "$GENCI_REGISTRY"',
    'fi',
].join('\n');
function cacheFlags(suffix) {
    return [
        'if [ "$GENCI_CACHE" = true ]; then',
        `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE/buildcache}${suffix}`,
        '  set -- "$@" --layers "--cache-from=$genci_cache" "--cache-to=$genci_cache"',
        'fi',
    ].join('\n');
}
const BUILDAH_BUILD = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORMS" "--manifest=$genci_list" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgs('--build-arg='),
    cacheFlags(''),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'set --',
    tagArgs(''),
    'for genci_ref in "$@"; do',
    '  buildah manifest push --all "$genci_tls" "$genci_list" "docker://$genci_ref"',
    'done',
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
const BUILDAH_ARCH_BUILD = [
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'genci_local=localhost/genci-$CI_PIPELINE_ID-$CI_JOB_ID',
    'set -- "--platform=$GENCI_PLATFORM" "--tag=$genci_local" "--file=$genci_dockerfile" "$genci_tls"',
    buildArgs('--build-arg='),
    cacheFlags('-$genci_slug'),
    'buildah build "$@" -- "$GENCI_CONTEXT"',
    'buildah push "$genci_tls" "$genci_local" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
    'buildah rmi "$genci_local" >/dev/null || true',
].join('\n');
const BUILDAH_MANIFEST = [
    'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
    'buildah manifest create "$genci_list"',
    eachPlatform('buildah manifest add "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
    eachItem('GENCI_TAGS', 'buildah manifest push --all "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"', { commas: true }),
    'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');
function buildahDoc(l, strategy) {
    const image = l.src.tool('buildah');
    if (strategy === 'emulated') {
        const job = {
            stage: l.stage,
            image,
            tags: l.jobTags,
            variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_SETTINGS) },
            script: [FUNCTIONS, BUILDAH_LOGIN, BUILDAH_BUILD],
        };
        return { jobs: { [`${l.prefix}-build`]: job } };
    }
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image,
        variables: { ...extra, ...BUILDAH_ENV, ...vars(l.src, BUILDAH_ARCH_SETTINGS) },
        script: [FUNCTIONS, BUILDAH_LOGIN, BUILDAH_ARCH_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: buildahManifestJob(l, needs) } };
}
function buildahManifestJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: l.src.tool('buildah'),
        tags: l.jobTags,
        needs,
        variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_MANIFEST_SETTINGS) },
        script: [SMALL_FUNCTIONS, BUILDAH_LOGIN, BUILDAH_MANIFEST],
    };
}

;// CONCATENATED MODULE: ./src/gitlab/buildkit.ts


/**
 * buildkit mode: rootless BuildKit (`moby/buildkit:…-rootless`) driven by
 * `buildctl-daemonless.sh`, GitLab's documented successor to Kaniko. One job builds every
 * platform (QEMU binfmt must be registered on the runner host for foreign RUN steps).
 */
const BUILDKIT_SETTINGS = ['image', 'tags', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, 'attestations', ...LOGIN_SETTINGS];
const BUILDCTL_BUILD = [
    'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'case "$genci_dockerfile_abs" in */*) genci_df_dir=${genci_dockerfile_abs%/*} ;; *) genci_df_dir=. ;; esac',
    'genci_df_name=${genci_dockerfile_abs##*/}',
    'set -- build --frontend=dockerfile.v0 "--local=context=$genci_context_abs" "--local=dockerfile=$genci_df_dir" "--opt=filename=$genci_df_name" "--opt=platform=$GENCI_PLATFORMS"',
    buildArgs('--opt=build-arg:'),
    'genci_insecure=',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_insecure=,registry.insecure=true; fi',
    'if [ "$GENCI_CACHE" = true ]; then',
    '  genci_cache=${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}',
    '  set -- "$@" "--export-cache=type=registry,$(genci_csv "ref=$genci_cache"),mode=max$genci_insecure" "--import-cache=type=registry,$(genci_csv "ref=$genci_cache")$genci_insecure"',
    'fi',
    'if [ "$GENCI_ATTESTATIONS" = true ]; then',
    '  set -- "$@" --opt=attest:provenance=mode=max --opt=attest:sbom=',
    'fi',
    'genci_names=',
    eachItem('GENCI_TAGS', 'genci_names=${genci_names:+$genci_names,}$GENCI_IMAGE:$genci_item', { commas: true }),
    'set -- "$@" "--output=type=image,$(genci_csv "name=$genci_names"),push=true$genci_insecure"',
    'buildctl-daemonless.sh "$@"',
].join('\n');
function buildkitDoc(l) {
    const job = {
        stage: l.stage,
        image: { name: l.src.tool('buildkitRootless'), entrypoint: [''] },
        tags: l.jobTags,
        variables: { BUILDKITD_FLAGS: '--oci-worker-no-process-sandbox', ...vars(l.src, BUILDKIT_SETTINGS) },
        script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, BUILDCTL_BUILD],
    };
    return { jobs: { [`${l.prefix}-build`]: job } };
}

;// CONCATENATED MODULE: ./src/gitlab/kaniko.ts



/**
 * kaniko mode: one Kaniko job per platform (the `-debug` image, which has a shell, with
 * `entrypoint: [""]`), each pushing `<image>:<prefix>-<arch>` with its own cache repo
 * (Kaniko's layer cache ignores the platform: a shared repo would hand amd64 layers to
 * arm64 builds), then a manifest-tool job that pushes the index from a generated spec.
 * Kaniko was archived by Google in June 2025; the image is an input.
 */
const KANIKO_BUILD_SETTINGS = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];
const MANIFEST_TOOL_SETTINGS = ['image', 'tags', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];
const KANIKO_BUILD = [
    'genci_config=${DOCKER_CONFIG:-/kaniko/.docker}/config.json',
    WRITE_DOCKER_CONFIG,
    'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
    'set -- "--context=$genci_context_abs" "--dockerfile=$genci_dockerfile_abs" "--destination=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug" "--custom-platform=$GENCI_PLATFORM"',
    buildArgs('--build-arg='),
    'if [ "$GENCI_CACHE" = true ]; then',
    '  set -- "$@" --cache=true "--cache-repo=${GENCI_CACHE_REF:-$GENCI_IMAGE/cache}-$genci_slug"',
    'fi',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then',
    '  set -- "$@" --insecure --insecure-pull --skip-tls-verify --skip-tls-verify-pull',
    'fi',
    'genci_executor=/kaniko/executor',
    'if [ ! -x "$genci_executor" ]; then genci_executor=executor; fi',
    '"$genci_executor" "$@"',
].join('\n');
/** The manifest-tool spec (JSON, which is YAML) from the tags and platforms, then `push from-spec`. */
const MANIFEST_TOOL_PUSH = [
    'genci_dir=${TMPDIR:-/tmp}/genci-manifest-tool-$CI_JOB_ID',
    'genci_config=$genci_dir/config.json',
    WRITE_DOCKER_CONFIG,
    'genci_spec=$CI_PROJECT_DIR/genci-manifest-spec.yaml',
    'genci_target=',
    'genci_more=',
    eachItem('GENCI_TAGS', [
        'if [ -z "$genci_target" ]; then',
        '  genci_target=$GENCI_IMAGE:$genci_item',
        'else',
        '  genci_more="${genci_more:+$genci_more, }\\"$(genci_json "$genci_item")\\""',
        'fi',
    ].join('\n'), { commas: true }),
    'genci_manifests=',
    eachPlatform([
        'genci_os=$(printf \'%s\' "$genci_platform" | cut -d/ -f1)',
        'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
        'genci_variant=$(printf \'%s\' "$genci_platform" | cut -d/ -f3)',
        'genci_p="\\"os\\": \\"$genci_os\\", \\"architecture\\": \\"$genci_arch\\""',
        'if [ -n "$genci_variant" ]; then genci_p="$genci_p, \\"variant\\": \\"$genci_variant\\""; fi',
        'genci_m="{\\"image\\": \\"$(genci_json "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug")\\", \\"platform\\": {$genci_p}}"',
        'genci_manifests="${genci_manifests:+$genci_manifests, }$genci_m"',
    ].join('\n')),
    '{',
    '  printf \'{\\n  "image": "%s",\\n  "tags": [%s],\\n\' "$(genci_json "$genci_target")" "$genci_more"',
    '  printf \'  "manifests": [%s]\\n}\\n\' "$genci_manifests"',
    '} >"$genci_spec"',
    'cat "$genci_spec"',
    'set -- "--docker-cfg=$genci_dir"',
    'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --insecure; fi',
    'manifest-tool "$@" push from-spec "$genci_spec"',
].join('\n');
function manifestToolJob(l, needs) {
    return {
        stage: l.mergeStage,
        image: { name: l.src.tool('manifestTool'), entrypoint: [''] },
        tags: l.jobTags,
        needs,
        variables: vars(l.src, MANIFEST_TOOL_SETTINGS),
        script: [SMALL_FUNCTIONS, MANIFEST_TOOL_PUSH],
        artifacts: { paths: ['genci-manifest-spec.yaml'], when: 'always' },
    };
}
function kanikoDoc(l) {
    const { jobs, needs } = perArchJobs(l, (extra) => ({
        stage: l.stage,
        image: { name: l.src.tool('kaniko'), entrypoint: [''] },
        variables: { ...extra, ...vars(l.src, KANIKO_BUILD_SETTINGS) },
        script: [FUNCTIONS, KANIKO_BUILD],
    }));
    return { jobs: { ...jobs, [`${l.prefix}-merge`]: manifestToolJob(l, needs) } };
}

;// CONCATENATED MODULE: ./src/gitlab/pipeline.ts











const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];
/** The jobs of one mode (no mirror job). */
function modeDoc(l, o) {
    switch (o.mode) {
        case 'buildx':
            return buildxDoc(l);
        case 'native':
            return nativeDoc(l);
        case 'kaniko':
            return kanikoDoc(l);
        case 'buildah':
            return buildahDoc(l, o.buildahStrategy);
        case 'buildkit':
            return buildkitDoc(l);
    }
}
function usesPerArchJobs(o) {
    return o.mode === 'native' || o.mode === 'kaniko' || (o.mode === 'buildah' && o.buildahStrategy === 'native');
}
/** Stages, when the pipeline uses any beyond GitLab's defaults. */
function stagesFor(doc) {
    const used = [...new Set(Object.values(doc.jobs).map((j) => j.stage))];
    if (used.every((s) => DEFAULT_STAGES.includes(s)))
        return undefined;
    return used.filter((s) => s !== '.pre' && s !== '.post');
}
/** A self-contained `.gitlab-ci.yml` document for the options. */
function generatePipeline(options) {
    const o = resolveOptions(options);
    const l = inlineLayout(o, inlineSource(o));
    if (usesPerArchJobs(o) && l.perArch.kind === 'jobs') {
        const missing = l.perArch.jobs.filter((j) => j.tags.length === 0).map((j) => j.platform);
        if (missing.length) {
            throw new errors/* UsageError */.eb(`no runner tags for ${missing.join(', ')}: per-arch jobs need a runner of that architecture; pass --runner-tag ${missing[0]}=TAG (GitLab.com hosts amd64 and arm64 runners only)`);
        }
    }
    const jobs = { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: mirrorJob(l, o.mirrorStage) } : {}), ...modeDoc(l, o).jobs };
    const doc = { jobs };
    const stages = stagesFor(doc);
    return stages ? { stages, jobs } : doc;
}
function renderPipeline(options, command) {
    const header = [`${model_GENERATED_BY} (mode: ${options.mode}).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
    return model_renderDoc(generatePipeline(options), header);
}

;// CONCATENATED MODULE: ./src/gitlab/component.ts







/** The GitLab CI/CD components in templates/: one per mode, plus mirror and merge. */
const component_COMPONENTS = [...MODES, 'mirror', 'merge'];
const PER_ARCH = new Set(['native', 'kaniko']);
const DIND = new Set(['buildx', 'native']);
const DEFAULT_MATRIX = Object.entries(GITLAB_COM_RUNNER_TAGS).map(([platform, tags]) => ({ GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tags[0] }));
const DESCRIPTIONS = {
    buildx: 'Multi-platform image with docker buildx on Docker-in-Docker: QEMU for foreign platforms, one job, registry cache.',
    native: 'One build per platform on a runner of that architecture (no emulation), then a merge job that writes the index.',
    kaniko: 'One Kaniko build per platform (own cache repo each), then a manifest-tool job that pushes the index. Kaniko is archived: prefer buildah or buildkit for new pipelines.',
    buildah: 'Daemonless multi-platform build with buildah (build --platform --manifest, manifest push --all).',
    buildkit: 'Daemonless multi-platform build with rootless BuildKit (buildctl-daemonless.sh).',
    mirror: 'Copies base images, every platform, into your registry before the builds (skopeo copy --multi-arch=all).',
    merge: 'Writes the multi-platform index from per-arch images <image>:<arch_tag_prefix>-<arch> (docker buildx imagetools create).',
};
function layoutFor(name, used) {
    return {
        src: componentSource(used),
        prefix: '$[[ inputs.job_prefix ]]',
        stage: '$[[ inputs.stage ]]',
        mergeStage: '$[[ inputs.stage ]]',
        // single jobs: users add runner tags by redefining the job's tags (GitLab merges it)
        jobTags: undefined,
        perArch: { kind: 'matrix', matrix: '$[[ inputs.matrix ]]' },
        dindMtu: DIND.has(name) ? '$[[ inputs.dind_mtu ]]' : undefined,
    };
}
function collect(name) {
    const used = new Set();
    const l = layoutFor(name, used);
    let doc;
    if (name === 'mirror')
        doc = { jobs: { [`${l.prefix}-mirror`]: mirrorJob(l, l.stage) } };
    else if (name === 'merge')
        doc = { jobs: { [`${l.prefix}-merge`]: mergeJob(l) } };
    else
        doc = modeDoc(l, { mode: name, buildahStrategy: 'emulated' });
    return { used, doc };
}
function toolDefault(t) {
    return DEFAULT_IMAGES[t];
}
/** The `spec: inputs:` of a component, in a stable order. */
function componentInputs(name) {
    const { used } = collect(name);
    const inputs = {
        stage: { type: 'string', default: name === 'mirror' ? '.pre' : name === 'merge' ? 'deploy' : 'build', description: 'Stage of the jobs.' },
        job_prefix: {
            type: 'string',
            default: 'image',
            description: 'Job names start with this (<prefix>-build, <prefix>-merge, <prefix>-mirror).',
            regex: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
        },
    };
    if (PER_ARCH.has(name)) {
        inputs.matrix = {
            type: 'array',
            default: DEFAULT_MATRIX,
            description: 'One entry per platform: GENCI_PLATFORM and the GENCI_RUNNER_TAG of a runner of that architecture. Default: GitLab.com hosted amd64 and arm64 runners.',
        };
    }
    if (DIND.has(name))
        inputs.dind_mtu = {
            type: 'number',
            default: 1500,
            description: 'MTU of the Docker-in-Docker network; lower it where the runner network needs it (e.g. 1400 on GitLab.com Arm runners).',
        };
    const settingNames = Object.keys(SETTINGS).filter((s) => used.has(s));
    for (const s of settingNames) {
        const setting = SETTINGS[s];
        inputs[setting.input] = { ...setting.spec };
    }
    if (name === 'kaniko' && inputs.cache_ref)
        inputs.cache_ref.description = 'Cache repository. Empty: <image>/cache. Each platform gets its own: <cache_ref>-<arch>.';
    if (name === 'buildah' && inputs.cache)
        inputs.cache.default = false;
    if (name === 'buildah' && inputs.cache_ref)
        inputs.cache_ref.description = 'Cache repository for --cache-from/--cache-to. Empty: <image>/buildcache.';
    for (const t of Object.keys(TOOL_INPUTS)) {
        if (!used.has(`tool:${t}`))
            continue;
        inputs[TOOL_INPUTS[t].input] = { type: 'string', default: toolDefault(t), description: TOOL_INPUTS[t].description };
    }
    if (settingNames.some((s) => SETTINGS[s].user))
        inputs.expand_variables = { ...EXPAND_INPUT };
    return inputs;
}
/** The text of templates/<name>.yml. */
function component_renderComponent(name) {
    const { doc } = collect(name);
    const header = [
        `${GENERATED_BY} from src/gitlab; do not edit; regenerate with: npx vite-node scripts/gen-templates.ts`,
        `gen-ci ${name}: ${DESCRIPTIONS[name]}`,
    ];
    const spec = toYaml({ spec: { description: DESCRIPTIONS[name], inputs: componentInputs(name) } });
    const comments = header.map((l) => `# ${l}`).join('\n');
    return `${comments}\n${spec}---\n${renderDoc(doc)}`;
}
/** Inputs for including a component with these options: only what differs from the defaults. */
function includeInputs(name, o) {
    const spec = componentInputs(name);
    const out = {};
    const set = (input, value) => {
        const s = spec[input];
        if (!s)
            return;
        if (JSON.stringify(s.default) !== JSON.stringify(value))
            out[input] = value;
    };
    const stage = name === 'mirror' ? o.mirrorStage : o.stage;
    set('stage', stage);
    set('job_prefix', o.jobPrefix);
    if (PER_ARCH.has(name)) {
        set('matrix', o.platforms.map((p) => {
            const platform = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
            const tag = o.runnerTags.get(platform)?.[0];
            if (!tag)
                throw new errors/* UsageError */.eb(`no runner tag for ${platform}: pass --runner-tag ${platform}=TAG`);
            return { GENCI_PLATFORM: platform, GENCI_RUNNER_TAG: tag };
        }));
    }
    if (o.dindMtu !== undefined)
        set('dind_mtu', o.dindMtu);
    let anyDollar = false;
    for (const s of Object.keys(SETTINGS)) {
        const setting = SETTINGS[s];
        if (!spec[setting.input])
            continue;
        const v = setting.inline(o);
        const value = setting.spec.type === 'boolean' ? v.value === 'true' : v.value;
        if (setting.user && !v.expand && v.value.includes('$'))
            anyDollar = true;
        set(setting.input, value);
    }
    for (const t of Object.keys(TOOL_INPUTS)) {
        const input = TOOL_INPUTS[t].input;
        if (spec[input] && spec[input].default === toolDefault(t))
            set(input, o.images[t]);
    }
    if (anyDollar)
        out.expand_variables = false;
    return out;
}
/** A short `.gitlab-ci.yml` that includes our components. */
function renderIncludes(options, inc, command) {
    const o = resolveOptions(options);
    if (o.mode === 'buildah' && o.buildahStrategy === 'native')
        throw new errors/* UsageError */.eb('the buildah component builds in one job; use --include inline for per-arch buildah jobs');
    const names = [...(o.mirror.value ? ['mirror'] : []), o.mode];
    const include = names.map((n) => {
        const ref = inc.kind === 'local' ? { local: `${inc.project}/templates/${n}.yml` } : { component: `${inc.project}/${n}@${inc.version}` };
        const inputs = includeInputs(n, o);
        return Object.keys(inputs).length ? { ...ref, inputs } : ref;
    });
    const extra = {};
    if (o.jobTags.length) {
        // runner tags of the components' single jobs: redefine the jobs' tags (GitLab merges them)
        const doc = { jobs: { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: 1 } : {}), ...modeDoc(layoutFor(o.mode, new Set()), o).jobs } };
        for (const job of Object.keys(doc.jobs)) {
            const name = job.replace('$[[ inputs.job_prefix ]]', o.jobPrefix);
            if (!/-build$/.test(name) || !PER_ARCH.has(o.mode))
                extra[name] = { tags: o.jobTags };
        }
    }
    const header = [`${model_GENERATED_BY} (mode: ${o.mode}, components).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
    return `${header.map((l) => `# ${l}`).join('\n')}\n${model_toYaml({ include, ...extra })}`;
}

;// CONCATENATED MODULE: ./src/gitlab/templates.ts



/** templates/<name>.yml for every component. */
function templateFiles() {
    return new Map(COMPONENTS.map((n) => [`${n}.yml`, renderComponent(n)]));
}
/** Files in `dir` that differ from what the generator writes (missing, stale or unexpected). */
function staleTemplates(dir) {
    const want = templateFiles();
    const stale = [];
    for (const [file, text] of want) {
        const path = join(dir, file);
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text)
            stale.push(file);
    }
    if (existsSync(dir))
        for (const f of readdirSync(dir))
            if (f.endsWith('.yml') && !want.has(f))
                stale.push(f);
    return stale;
}
function writeTemplates(dir) {
    mkdirSync(dir, { recursive: true });
    const changed = staleTemplates(dir);
    for (const [file, text] of templateFiles())
        writeFileSync(join(dir, file), text);
    return changed;
}

;// CONCATENATED MODULE: ./src/gitlab/index.ts






;// CONCATENATED MODULE: ./src/cli/gitlab.ts




const TOOLS = ['docker', 'dind', 'binfmt', 'buildkit', 'kaniko', 'manifestTool', 'buildah', 'buildkitRootless', 'skopeo'];
function optionalBool(args, name) {
    const v = args.flags[name];
    return typeof v === 'boolean' ? v : undefined;
}
function keyValue(flag, item) {
    const i = item.indexOf('=');
    if (i <= 0)
        throw new errors/* UsageError */.eb(`--${flag} takes KEY=VALUE, not "${item}"`);
    return [item.slice(0, i), item.slice(i + 1)];
}
/** Flags -> template options. Exported for tests. */
function optionsFromArgs(args) {
    const mode = flagString(args, 'mode') ?? args.positionals[0];
    if (!mode)
        throw new errors/* UsageError */.eb(`--mode is required: ${MODES.join(', ')}`);
    if (!MODES.includes(mode))
        throw new errors/* UsageError */.eb(`unknown mode "${mode}"; use one of ${MODES.join(', ')}`);
    const runnerTags = {};
    for (const item of flagList(args, 'runner-tag')) {
        const [platform, tags] = keyValue('runner-tag', item);
        runnerTags[platform] = [...(runnerTags[platform] ?? []), ...tags.split(',').filter(Boolean)];
    }
    const images = {};
    for (const item of flagList(args, 'tool-image')) {
        const [tool, image] = keyValue('tool-image', item);
        if (!TOOLS.includes(tool))
            throw new errors/* UsageError */.eb(`--tool-image: unknown tool "${tool}"; use one of ${TOOLS.join(', ')}`);
        images[tool] = image;
    }
    const mirror = flagList(args, 'mirror').map((m) => {
        const i = m.indexOf('=');
        return i > 0 ? { source: m.slice(0, i), destination: m.slice(i + 1) } : { source: m };
    });
    const mtu = flagString(args, 'dind-mtu');
    const strategy = flagString(args, 'buildah-strategy');
    if (strategy !== undefined && strategy !== 'emulated' && strategy !== 'native')
        throw new errors/* UsageError */.eb('--buildah-strategy takes emulated or native');
    const driver = flagString(args, 'builder-driver');
    if (driver !== undefined && driver !== 'docker' && driver !== 'docker-container')
        throw new errors/* UsageError */.eb('--builder-driver takes docker-container or docker');
    const platforms = flagList(args, 'platform');
    const tags = flagList(args, 'tag');
    return {
        mode: mode,
        image: flagString(args, 'image'),
        tags: tags.length ? tags : undefined,
        platforms: platforms.length ? platforms : undefined,
        context: flagString(args, 'context'),
        dockerfile: flagString(args, 'file'),
        buildArgs: flagList(args, 'build-arg'),
        cache: optionalBool(args, 'cache'),
        cacheRef: flagString(args, 'cache-ref'),
        attestations: optionalBool(args, 'attestations'),
        mirror,
        mirrorPrefix: flagString(args, 'mirror-prefix'),
        runnerTags,
        jobTags: flagList(args, 'job-tag'),
        stage: flagString(args, 'stage'),
        mergeStage: flagString(args, 'merge-stage'),
        mirrorStage: flagString(args, 'mirror-stage'),
        jobPrefix: flagString(args, 'job-prefix'),
        registry: flagString(args, 'registry'),
        registryUserVariable: flagString(args, 'registry-user-var'),
        registryPasswordVariable: flagString(args, 'registry-password-var'),
        tlsVerify: flagBool(args, 'insecure-registry') ? false : undefined,
        binfmt: optionalBool(args, 'binfmt'),
        builderDriver: driver,
        dindMtu: mtu === undefined ? undefined : Number(mtu),
        archTagPrefix: flagString(args, 'arch-tag-prefix'),
        buildahStrategy: strategy,
        expandVariables: flagBool(args, 'expand-variables'),
        images,
    };
}
/** POSIX-quote an argument for the "regenerate with" line. */
function shellWord(s) {
    return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
const gitlabCommand = {
    name: 'gitlab',
    summary: 'write a .gitlab-ci.yml that builds a multi-arch image (buildx, native, kaniko, buildah, buildkit)',
    usage: 'gen-ci gitlab --mode buildx|native|kaniko|buildah|buildkit [options] [--out .gitlab-ci.yml]',
    help: `
Prints (or writes with --out) a GitLab CI pipeline that builds and pushes a multi-platform image.
--include inline (default) writes self-contained jobs; --include component writes a short file
that includes gen-ci's CI/CD components (templates/<mode>.yml) with the matching inputs.

Values (image, tags, build args, context...) reach the job literally: they are passed as CI/CD
variables, never pasted into the script. Add --expand-variables to let GitLab expand $VARIABLE
references in them (e.g. --image '$CI_REGISTRY_IMAGE/app').

Modes:
  buildx    one job on Docker-in-Docker with QEMU: simplest
  native    one job per platform on runners of that architecture, then a merge job: fastest
  kaniko    per-platform Kaniko jobs + manifest-tool (Kaniko is archived; for existing users)
  buildah   daemonless, no privileged runner needed (--buildah-strategy native: per-arch jobs)
  buildkit  rootless BuildKit, daemonless

Examples:
  gen-ci gitlab --mode buildx --platform linux/amd64,linux/arm64 --tag latest --out .gitlab-ci.yml
  gen-ci gitlab --mode native --runner-tag linux/arm64=my-arm-runner --include component
  gen-ci gitlab --mode kaniko --mirror docker.io/library/alpine:3.20 --build-arg BASE=alpine:3.20
`,
    flags: [
        { name: 'mode', type: 'string', description: 'buildx, native, kaniko, buildah or buildkit' },
        { name: 'image', type: 'string', description: 'repository to push to (default $CI_REGISTRY_IMAGE)' },
        { name: 'tag', short: 't', type: 'list', description: 'tag of the final image (default $CI_COMMIT_REF_SLUG)' },
        { name: 'platform', short: 'p', type: 'list', description: 'platforms, comma separated (default linux/amd64,linux/arm64)' },
        { name: 'context', type: 'string', description: 'build context (default .)' },
        { name: 'file', short: 'f', type: 'string', description: 'Dockerfile (default <context>/Dockerfile)' },
        { name: 'build-arg', type: 'list', description: 'build argument NAME=VALUE' },
        { name: 'cache', type: 'boolean', description: 'registry layer cache (default on, off for buildah); --cache=false to disable' },
        { name: 'cache-ref', type: 'string', description: 'cache reference (default <image>:buildcache)' },
        { name: 'attestations', type: 'boolean', description: 'attach provenance and SBOM attestations (default off)' },
        { name: 'mirror', type: 'list', description: 'base image to mirror first: SOURCE or SOURCE=DESTINATION' },
        { name: 'mirror-prefix', type: 'string', description: 'destination prefix of mirrored images (default <image>/mirror)' },
        { name: 'runner-tag', type: 'list', description: "runner tags of a platform's jobs: PLATFORM=TAG[,TAG]" },
        { name: 'job-tag', type: 'list', description: 'runner tag of single jobs (buildx, buildah, buildkit, merge, mirror)' },
        { name: 'stage', type: 'string', description: 'stage of the build jobs (default build)' },
        { name: 'merge-stage', type: 'string', description: 'stage of the merge job (default: the build stage)' },
        { name: 'mirror-stage', type: 'string', description: 'stage of the mirror job (default .pre)' },
        { name: 'job-prefix', type: 'string', description: 'job names start with this (default image)' },
        { name: 'registry', type: 'string', description: 'registry to log in to (default $CI_REGISTRY; empty: no login)' },
        { name: 'registry-user-var', type: 'string', description: 'CI/CD variable with the user name (default CI_REGISTRY_USER)' },
        { name: 'registry-password-var', type: 'string', description: 'CI/CD variable with the password (default CI_REGISTRY_PASSWORD)' },
        { name: 'insecure-registry', type: 'boolean', description: 'allow plain-HTTP / self-signed registries' },
        { name: 'binfmt', type: 'boolean', description: 'register QEMU in the buildx job (default on); --binfmt=false where the host has it' },
        { name: 'builder-driver', type: 'string', description: 'buildx driver: docker-container (default) or docker' },
        { name: 'dind-mtu', type: 'string', description: 'MTU of the Docker-in-Docker network' },
        { name: 'arch-tag-prefix', type: 'string', description: 'per-arch images are <image>:<prefix>-<arch> (default $CI_COMMIT_SHA)' },
        { name: 'buildah-strategy', type: 'string', description: 'emulated (one job, default) or native (per-arch jobs + manifest job)' },
        { name: 'expand-variables', type: 'boolean', description: 'let GitLab expand $VARIABLE references in values' },
        { name: 'tool-image', type: 'list', description: `image of a tool: TOOL=IMAGE, TOOL one of ${TOOLS.join(', ')}` },
        { name: 'include', type: 'string', description: 'inline (default): self-contained jobs; component: include gen-ci components' },
        { name: 'component-project', type: 'string', description: 'where the components live (default $CI_SERVER_FQDN/gen-ci/gen-ci)' },
        { name: 'component-version', type: 'string', description: 'component version (default ~latest; pin a release)' },
        { name: 'out', short: 'o', type: 'string', description: 'write to this file instead of stdout' },
    ],
    async run(args, io) {
        const options = optionsFromArgs(args);
        const include = flagString(args, 'include') ?? 'inline';
        if (include !== 'inline' && include !== 'component')
            throw new errors/* UsageError */.eb('--include takes inline or component');
        const command = ['gen-ci', 'gitlab', ...rawArgs(args)].map(shellWord).join(' ');
        if (!options.expandVariables) {
            const dollar = [
                ['--image', options.image],
                ['--tag', options.tags?.join(' ')],
                ['--context', options.context],
                ['--file', options.dockerfile],
                ['--build-arg', options.buildArgs?.join(' ')],
                ['--cache-ref', options.cacheRef],
            ].filter(([, v]) => v?.includes('$'));
            for (const [flag] of dollar)
                io.err(`gen-ci: note: ${flag} contains "$" and is passed literally; add --expand-variables to let GitLab expand variable references`);
        }
        if (flagBool(args, 'json')) {
            io.out(JSON.stringify(docToObject(generatePipeline(options)), null, 2));
            return 0;
        }
        const text = include === 'component'
            ? renderIncludes(options, { project: flagString(args, 'component-project') ?? '$CI_SERVER_FQDN/gen-ci/gen-ci', version: flagString(args, 'component-version') ?? '~latest' }, command)
            : renderPipeline(options, command);
        const out = flagString(args, 'out');
        if (out) {
            (0,external_node_fs_.writeFileSync)(out, text);
            io.err(`gen-ci: wrote ${out}`);
        }
        else
            io.out(text.replace(/\n$/, ''));
        return 0;
    },
};
/** The flags as given, for the "regenerate with" comment (without --out). */
function rawArgs(args) {
    const out = [];
    for (const [k, v] of Object.entries(args.flags)) {
        if (k === 'out')
            continue;
        if (v === true)
            out.push(`--${k}`);
        else if (v === false)
            out.push(`--${k}=false`);
        else if (Array.isArray(v))
            for (const x of v)
                out.push(`--${k}=${x}`);
        else
            out.push(`--${k}=${v}`);
    }
    return out;
}

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
function registryOf(image) {
    const first = image.split('/')[0] ?? '';
    return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}
/** The credentials a workflow logs in with: ghcr.io takes the job's GITHUB_TOKEN, everything else two secrets. */
function credentialsFor(registry) {
    if (registry === 'ghcr.io')
        return { username: ex('github.actor'), password: ex('secrets.GITHUB_TOKEN'), secrets: [] };
    return { username: ex('secrets.REGISTRY_USERNAME'), password: ex('secrets.REGISTRY_PASSWORD'), secrets: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'] };
}
/** `linux/arm/v7` -> `linux-arm-v7`: artifact names cannot hold a slash. */
function platformSlug(p) {
    return (0,platform/* formatPlatform */.Bq)(p).replace(/\//g, '-');
}
/** The native strategy needs no emulation only when every platform has a hosted runner. */
function defaultStrategy(platforms) {
    return platforms.every((p) => GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]) ? 'native' : 'qemu';
}
/** Platforms the native strategy still builds under QEMU (no hosted runner for them). */
function emulatedLegs(platforms) {
    return platforms.filter((p) => !GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)]);
}
/**
 * The tags of a run, computed in the job by a short script so the workflow needs no other action:
 * default branch -> `latest` + the commit sha; tag vX.Y.Z -> X.Y.Z, X.Y and X (a pre-release only
 * X.Y.Z-rc.1); any other ref -> the sha.
 */
const TAGS_SCRIPT = [
    'tags="$IMAGE:$SHA"',
    'if [ "$REF_TYPE" = tag ]; then',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell, not a template
    '  version="${REF_NAME#v}"',
    '  if [[ "$version" =~ ^([0-9]+)\\.([0-9]+)\\.([0-9]+)$ ]]; then',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell, not a template
    '    tags="$tags,$IMAGE:$version,$IMAGE:${BASH_REMATCH[1]}.${BASH_REMATCH[2]},$IMAGE:${BASH_REMATCH[1]}"',
    '  else',
    '    tags="$tags,$IMAGE:$(printf %s "$version" | tr -c \'A-Za-z0-9_.-\' -)"',
    '  fi',
    'elif [ "$REF_NAME" = "$DEFAULT_BRANCH" ]; then',
    '  tags="$tags,$IMAGE:latest"',
    'fi',
    'echo "tags=$tags" >> "$GITHUB_OUTPUT"',
    'echo "tags: $tags"',
    '',
].join('\n');
const IS_PR = "github.event_name == 'pull_request'";
const NOT_PR = "github.event_name != 'pull_request'";
function tagsStep(o, condition) {
    return {
        name: 'Compute tags',
        id: 'tags',
        ...(condition ? { if: condition } : {}),
        shell: 'bash',
        env: {
            IMAGE: ex('env.IMAGE'),
            SHA: ex('github.sha'),
            REF_TYPE: ex('github.ref_type'),
            REF_NAME: ex('github.ref_name'),
            DEFAULT_BRANCH: o.defaultBranch,
        },
        run: TAGS_SCRIPT,
    };
}
function sourceInputs(o) {
    return { context: o.context, ...(o.file ? { file: o.file } : {}) };
}
function loginInputs(o) {
    const registry = registryOf(o.image);
    const c = credentialsFor(registry);
    return { registry, username: c.username, password: c.password };
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
                        { name: 'Build (pull request: no push)', if: IS_PR, uses: action, with: { platforms: platforms.join(','), ...sourceInputs(o) } },
                        tagsStep(o, NOT_PR),
                        {
                            name: 'Build and push',
                            if: NOT_PR,
                            uses: action,
                            with: { platforms: platforms.join(','), ...sourceInputs(o), tags: ex('steps.tags.outputs.tags'), push: 'true', ...loginInputs(o) },
                        },
                    ],
                },
            },
        };
    }
    const include = o.platforms.map((p) => ({
        platform: (0,platform/* formatPlatform */.Bq)(p),
        runner: GITHUB_RUNNERS[(0,platform/* formatPlatform */.Bq)(p)] ?? FALLBACK_RUNNER,
        slug: platformSlug(p),
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
                    tagsStep(o),
                    {
                        name: 'Create the tagged index',
                        uses: action,
                        with: {
                            merge: 'true',
                            image: ex('env.IMAGE'),
                            'digests-dir': `${ex('runner.temp')}/digests`,
                            tags: ex('steps.tags.outputs.tags'),
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
    lines.push(`Pushes to ${o.defaultBranch} are tagged latest and the commit sha, tags vX.Y.Z give X.Y.Z, X.Y and X;`, 'pull requests build without pushing.');
    if (o.command)
        lines.push(`Regenerate with: ${o.command.replace(/[\r\n]+/g, ' ')}`);
    return lines.map((l) => `# ${l}`);
}
function renderWorkflow(o) {
    const lines = (0,js_yaml/* dump */.Bh)(generateWorkflow(o), { lineWidth: -1, noRefs: true })
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
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
// EXTERNAL MODULE: ./src/dockerfile/preflight.ts
var preflight = __nccwpck_require__(2749);
;// CONCATENATED MODULE: ./src/scaffold/advice.ts





const GO_BUILD = /\bgo\s+(build|install)\b/;
/** The stage that holds a line, and the stage whose FROM names an image (following FROM <stage>). */
function stageAt(stages, line) {
    const stage = [...stages].reverse().find((s) => s.line <= line);
    if (!stage)
        return undefined;
    let root = stage;
    const seen = new Set();
    while (!seen.has(root.index)) {
        seen.add(root.index);
        const base = root.base.toLowerCase();
        const parent = stages.find((s) => s.index < root.index && s.name === base);
        if (!parent)
            break;
        root = parent;
    }
    return { stage, root };
}
/**
 * The exact edit that moves a compiling stage onto the build platform: `--platform=$BUILDPLATFORM`
 * on its FROM, `ARG TARGETOS TARGETARCH` in the stage, and for Go the GOOS/GOARCH of the build.
 * Returns diff-style lines, or undefined when the stage cannot be found.
 */
function crossCompileChange(dockerfile, runLine) {
    const lines = dockerfile.split(/\r?\n/);
    const df = (0,parse/* parseDockerfile */.Ai)(dockerfile);
    const at = stageAt(df.stages, runLine);
    if (!at)
        return undefined;
    const out = [];
    const fromText = (s) => lines[s.line - 1] ?? `FROM ${s.base}`;
    const pin = (text) => /--platform=/i.test(text) ? text.replace(/--platform=\S+/i, '--platform=$BUILDPLATFORM') : text.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM ');
    const rootFrom = fromText(at.root);
    out.push(`- ${rootFrom.trim()}`, `+ ${pin(rootFrom).trim()}`);
    if (at.root !== at.stage)
        out.push(`  ${fromText(at.stage).trim()}`);
    const declared = new Set(at.stage.args.filter((a) => a.line < runLine).map((a) => a.name));
    if (!declared.has('TARGETOS') || !declared.has('TARGETARCH'))
        out.push('+ ARG TARGETOS TARGETARCH');
    const run = at.stage.runs.find((r) => r.line === runLine);
    const runText = (lines[runLine - 1] ?? '').trim();
    if (run && GO_BUILD.test(run.text)) {
        if (!/\bGOARCH=/.test(run.text))
            out.push(`- ${runText}`, `+ ${runText.replace(GO_BUILD, (m) => `CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH ${m}`)}`);
    }
    else if (run && /\bcargo\s+(build|install)\b/.test(run.text)) {
        out.push(`  ${runText}   # add --target for $TARGETARCH (e.g. aarch64-unknown-linux-gnu) and its linker`);
    }
    else if (run && /\b(gcc|g\+\+|clang|cc|make|cmake|ninja)\b/.test(run.text)) {
        out.push(`  ${runText}   # with a cross compiler for $TARGETARCH, e.g. CC=aarch64-linux-gnu-gcc (Debian: gcc-aarch64-linux-gnu)`);
    }
    else if (run) {
        out.push(`  ${runText}   # if its output is not tied to a CPU (JavaScript, Java bytecode), this is all; copy it into the target stage`);
    }
    return out;
}
function withTimeout(p, ms) {
    let timer;
    const t = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), ms);
        timer.unref?.();
    });
    return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
function adviceFor(f, text) {
    if (f.code === 'image-lookup')
        return { level: 'note', message: `${f.message.replace(/^line \d+: /, '')}; run gen-ci check where the registry is reachable` };
    if (f.code === 'emulated-compile' && f.line !== undefined) {
        const change = crossCompileChange(text, f.line);
        return { level: f.level, message: f.message, ...(change ? { change } : {}) };
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
            const { RegistryClient } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3749));
            const { inspectImage } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 495));
            const { parseReference } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9310));
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/scaffold/detect.ts



const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'dist', 'build', 'target', '.venv', 'venv', '__pycache__', '.tmp', 'coverage', '.terraform']);
const MAX_DEPTH = 4;
/** Dockerfile, Containerfile, Dockerfile.prod, app.Dockerfile, prod.dockerfile. */
function isDockerfileName(name) {
    if (/\.(md|txt|dockerignore|bak|orig|swp)$/i.test(name))
        return false;
    return /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/i.test(name) || /^[\w.-]+\.(Dockerfile|Containerfile)$/i.test(name);
}
/** Dockerfiles under root (depth 4, skipping dependency and build directories), root ones first. */
function findDockerfiles(root) {
    const found = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                    walk((0,external_node_path_.join)(dir, e.name), depth + 1);
            }
            else if (e.isFile() && isDockerfileName(e.name))
                found.push((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, e.name)).split(external_node_path_.sep).join('/'));
        }
    };
    walk(root, 0);
    const rank = (f) => [f.split('/').length, /^(Dockerfile|Containerfile)$/i.test(external_node_path_.posix.basename(f)) ? 0 : 1];
    return found.sort((a, b) => {
        const [da, na] = rank(a);
        const [db, nb] = rank(b);
        return da - db || na - nb || a.localeCompare(b);
    });
}
/** COPY/ADD sources of the build context (not --from, not URLs), as written. */
function contextSources(dockerfile) {
    const out = [];
    const text = dockerfile.replace(/\\\r?\n/g, ' ');
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
        if (!m)
            continue;
        const words = m[2].trim();
        if (/--from[= ]/i.test(words))
            continue;
        let args;
        if (words.replace(/^(--\S+\s+)*/, '').startsWith('[')) {
            try {
                args = JSON.parse(words.replace(/^(--\S+\s+)*/, ''));
            }
            catch {
                continue;
            }
        }
        else
            args = words.split(/\s+/).filter((w) => !w.startsWith('--'));
        for (const a of args.slice(0, -1))
            if (!/^[a-z]+:\/\//i.test(a) && !a.includes('$') && !a.startsWith('<<'))
                out.push(a);
    }
    return out;
}
/**
 * The build context of a Dockerfile: its own directory, unless what it copies is found relative
 * to the repository root only (a Dockerfile kept in docker/ that copies src/ from the root).
 */
function guessContext(root, file, text) {
    const dir = external_node_path_.posix.dirname(file);
    if (dir === '.')
        return '.';
    const sources = contextSources(text).filter((s) => s !== '.' && s !== './' && !/[*?[]/.test(s));
    if (sources.length === 0)
        return dir;
    const exists = (base) => sources.every((s) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, base, s)));
    if (exists(dir))
        return dir;
    if (exists('.'))
        return '.';
    return dir;
}
/** Does some stage run on the build platform (the cross-compiling pattern)? */
function crossCompiles(text) {
    return /^\s*FROM\s+(?:--\S+\s+)*--platform=(?:\$\{?BUILDPLATFORM\}?|"\$\{?BUILDPLATFORM\}?")/im.test(text.replace(/\\\r?\n/g, ' '));
}
/**
 * A git remote URL -> host kind, server and path. Knows scp-like (git@host:owner/repo.git),
 * ssh://, https:// and git:// forms; github.com is GitHub, a server named gitlab.* or *.gitlab.*
 * (and gitlab.com) is GitLab.
 */
function parseRemote(url) {
    const u = url.trim();
    let server;
    let path;
    const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(u);
    const full = /^(?:ssh|https?|git|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(u);
    if (full)
        [server, path] = [full[1], full[2]];
    else if (scp && !u.includes('://'))
        [server, path] = [scp[1], scp[2]];
    if (!server || !path)
        return undefined;
    path = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/^\/+/, '');
    if (!path.includes('/'))
        return undefined;
    server = server.toLowerCase();
    const host = server === 'github.com' || server === 'ssh.github.com' ? 'github' : /(^|\.)gitlab\./.test(server) ? 'gitlab' : 'other';
    return { host, server: server === 'ssh.github.com' ? 'github.com' : server, path, url: u };
}
/**
 * The image a repository's CI pushes to by default: ghcr.io/owner/repo on GitHub, $CI_REGISTRY_IMAGE
 * on GitLab. Without a GitHub remote the GitHub image is a guess (ghcr.io/owner/<directory>), and says so.
 */
function defaultImage(remote, root) {
    const lower = (s) => s.toLowerCase().replace(/[^a-z0-9._/-]/g, '-');
    if (remote?.host === 'github')
        return { github: `ghcr.io/${lower(remote.path)}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: false };
    const name = lower(external_node_path_.posix.basename(root.split(external_node_path_.sep).join('/'))).replace(/^[^a-z0-9]+/, '') || 'app';
    return { github: `ghcr.io/owner/${name}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: true };
}
function git(root, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** The top of the git work tree containing dir, or dir itself outside git. */
function repositoryRoot(dir) {
    return git(dir, ['rev-parse', '--show-toplevel']) ?? dir;
}
/** origin, else the first remote. */
function detectRemote(root) {
    const names = (git(root, ['remote']) ?? '').split('\n').filter(Boolean);
    const name = names.includes('origin') ? 'origin' : names[0];
    if (!name)
        return undefined;
    const url = git(root, ['remote', 'get-url', name]);
    return url ? parseRemote(url) : undefined;
}
/** The remote's HEAD branch if known, else the current branch, else init.defaultBranch, else main. */
function detectDefaultBranch(root) {
    const remoteHead = git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead?.includes('/'))
        return remoteHead.slice(remoteHead.indexOf('/') + 1);
    return git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']) || git(root, ['config', 'init.defaultBranch']) || 'main';
}
function describeDockerfile(root, file) {
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
    }
    catch {
        // a Dockerfile that is not there yet (given with --file): its directory is the context
    }
    return { file, context: text ? guessContext(root, file, text) : external_node_path_.posix.dirname(file), crossCompiles: crossCompiles(text) };
}
/** Everything init needs to know about the repository at root. */
function detect(root) {
    const dockerfiles = findDockerfiles(root).map((f) => describeDockerfile(root, f));
    const remote = detectRemote(root);
    return { root, dockerfiles, ...(remote ? { remote } : {}), defaultBranch: detectDefaultBranch(root) };
}
function detect_isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/scaffold/diff.ts
/**
 * A unified diff of two texts (the format of `diff -u` / `git diff`), for --dry-run.
 * Line-based longest common subsequence; generated files are small (hundreds of lines).
 */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function diffOps(a, b) {
    // trim the common head and tail first: re-runs usually change a few lines in the middle
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const am = a.slice(head, a.length - tail);
    const bm = b.slice(head, b.length - tail);
    const n = am.length;
    const m = bm.length;
    // lcs[i][j] = LCS length of am[i..] and bm[j..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        const row = lcs[i];
        const next = lcs[i + 1];
        for (let j = m - 1; j >= 0; j--)
            row[j] = am[i] === bm[j] ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
    }
    const ops = a.slice(0, head).map((line) => ({ kind: ' ', line }));
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && am[i] === bm[j]) {
            ops.push({ kind: ' ', line: am[i++] });
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            ops.push({ kind: '+', line: bm[j++] });
        }
        else
            ops.push({ kind: '-', line: am[i++] });
    }
    // deletions before insertions inside a change, as diff -u prints them
    for (let k = 0; k < ops.length; k++) {
        if (ops[k]?.kind === ' ')
            continue;
        let end = k;
        while (end < ops.length && ops[end]?.kind !== ' ')
            end++;
        const block = ops.slice(k, end);
        ops.splice(k, end - k, ...block.filter((o) => o.kind === '-'), ...block.filter((o) => o.kind === '+'));
        k = end - 1;
    }
    for (const line of a.slice(a.length - tail))
        ops.push({ kind: ' ', line });
    return ops;
}
/** `--- a/name` / `+++ b/name` and hunks with `context` lines around each change; '' when equal. */
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
    if (oldText === newText)
        return '';
    const a = splitLines(oldText);
    const b = splitLines(newText);
    const ops = diffOps(a, b);
    const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
    const out = [`--- ${oldName}`, `+++ ${newName}`];
    if (changed.length === 0) {
        // only the final newline differs
        out.push('@@ -1 +1 @@', '\\ No newline at end of file');
        return `${out.join('\n')}\n`;
    }
    // group changes whose context windows touch into hunks
    const hunks = [];
    for (const k of changed) {
        const last = hunks[hunks.length - 1];
        if (last && k - last[1] <= 2 * context)
            last[1] = k;
        else
            hunks.push([k, k]);
    }
    // line numbers before each op
    const aLine = [];
    const bLine = [];
    let x = 1;
    let y = 1;
    for (const o of ops) {
        aLine.push(x);
        bLine.push(y);
        if (o.kind !== '+')
            x++;
        if (o.kind !== '-')
            y++;
    }
    for (const [first, last] of hunks) {
        const start = Math.max(0, first - context);
        const end = Math.min(ops.length - 1, last + context);
        const slice = ops.slice(start, end + 1);
        const aCount = slice.filter((o) => o.kind !== '+').length;
        const bCount = slice.filter((o) => o.kind !== '-').length;
        const aStart = aCount === 0 ? aLine[start] - 1 : aLine[start];
        const bStart = bCount === 0 ? bLine[start] - 1 : bLine[start];
        const range = (s, c) => (c === 1 ? `${s}` : `${s},${c}`);
        out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
        for (const o of slice)
            out.push(`${o.kind}${o.line}`);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/scaffold/files.ts




function readIfThere(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(`cannot read ${path}: ${e.message}`);
    }
}
/** Compare each generated file with what the repository holds. Reads only. */
function planFiles(root, files, force) {
    return files.map((f) => {
        const current = readIfThere((0,external_node_path_.join)(root, f.path));
        if (current === undefined)
            return { ...f, action: 'create', diff: unifiedDiff('', f.content, '/dev/null', `b/${f.path}`) };
        if (current === f.content)
            return { ...f, action: 'unchanged', diff: '' };
        return { ...f, action: force ? 'update' : 'kept', diff: unifiedDiff(current, f.content, `a/${f.path}`, `b/${f.path}`) };
    });
}
/** Write the files the plan creates or updates (atomically: a temporary file renamed over). Returns their paths. */
function applyPlan(root, plan) {
    const written = [];
    for (const f of plan) {
        if (f.action !== 'create' && f.action !== 'update')
            continue;
        const target = (0,external_node_path_.join)(root, f.path);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            const tmp = `${target}.gen-ci-${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, f.content);
            (0,external_node_fs_.renameSync)(tmp, target);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`cannot write ${f.path}: ${e.message}`);
        }
        written.push(f.path);
    }
    return written;
}

;// CONCATENATED MODULE: ./src/scaffold/plan.ts




const CI_SYSTEMS = ['github', 'gitlab'];
const GITLAB_PATH = '.gitlab-ci.yml';
/** POSIX-quote a word for a command line shown to the user. */
function plan_shellWord(s) {
    return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
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
    return words.map(plan_shellWord).join(' ');
}
/** The file argument is left out when it is the context's Dockerfile (the action's and templates' default). */
function fileInput(c) {
    const implied = c.context === '.' ? 'Dockerfile' : `${c.context.replace(/\/+$/, '')}/Dockerfile`;
    return c.file === implied ? undefined : c.file;
}
/** GitLab's runner tags per platform: GitLab.com's hosted ones, overridden by the user's. */
function gitlabRunnerTags(c) {
    return { ...GITLAB_COM_RUNNER_TAGS, ...(c.runnerTags ?? {}) };
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
        const registry = registryOf(c.image);
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
        };
        files.push({ path: GITLAB_PATH, content: renderPipeline(options, regenerateCommand(c, 'gitlab')) });
        const image = c.gitlabImage ?? '$CI_REGISTRY_IMAGE';
        if (image === '$CI_REGISTRY_IMAGE')
            next.push({
                ci: 'gitlab',
                text: "no variable to add: the pipeline pushes to the project's container registry ($CI_REGISTRY_IMAGE) with the job token; check the registry is enabled (Settings → General → Visibility)",
            });
        else
            next.push({
                ci: 'gitlab',
                text: `add the CI/CD variables CI_REGISTRY_USER and CI_REGISTRY_PASSWORD (masked) for ${registryOf(image)}, or point the pipeline's registry settings at your own variables`,
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
    const p = await __nccwpck_require__.e(/* import() */ 170).then(__nccwpck_require__.bind(__nccwpck_require__, 6170));
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
async function decide(args, d, cwd, prompter) {
    const root = d.root;
    const defaultCi = d.remote?.host === 'gitlab' ? ['gitlab'] : ['github'];
    const images = defaultImage(d.remote, root);
    const fileFlag = flagString(args, 'file');
    const ctxFlag = flagString(args, 'context');
    const ciFlag = flagString(args, 'ci');
    const platformsFlag = flagString(args, 'platforms');
    const strategyFlag = flagString(args, 'strategy');
    const imageFlag = flagString(args, 'image');
    // the Dockerfile
    let file = fileFlag !== undefined ? repoPath(root, cwd, fileFlag) : undefined;
    if (file === undefined && prompter) {
        if (d.dockerfiles.length > 1) {
            file = await prompter.select('Which Dockerfile?', d.dockerfiles.map((f) => ({ value: f.file, label: f.file, hint: f.crossCompiles ? 'cross-compiles' : `context ${f.context}` })), d.dockerfiles[0].file);
        }
        else {
            file = repoPath(root, cwd, await prompter.text('Dockerfile', d.dockerfiles[0]?.file ?? 'Dockerfile', (v) => (v.trim() ? undefined : 'give a path')));
        }
    }
    if (file === undefined) {
        if (!d.dockerfiles.length)
            throw new errors/* UserError */.yo(`no Dockerfile found under ${root}; pass --file PATH (it may be written later)`);
        file = d.dockerfiles[0].file;
    }
    const info = d.dockerfiles.find((f) => f.file === file) ?? describeDockerfile(root, file);
    // the build context
    let context = ctxFlag !== undefined ? repoPath(root, cwd, ctxFlag) : undefined;
    if (context === undefined && prompter) {
        context = repoPath(root, root, await prompter.text('Build context (relative to the repository root)', info.context, (v) => detect_isDirectory((0,external_node_path_.join)(root, v.trim() || '.')) ? undefined : 'not a directory in the repository'));
    }
    context = external_node_path_.posix.normalize(context ?? info.context);
    // CI systems
    let ci = ciFlag !== undefined ? parseCi(ciFlag) : undefined;
    if (!ci && prompter) {
        ci = await prompter.multiselect('Which CI?', [
            { value: 'github', label: 'GitHub Actions', hint: '.github/workflows/multi-arch.yml' },
            { value: 'gitlab', label: 'GitLab CI/CD', hint: '.gitlab-ci.yml' },
        ], defaultCi);
    }
    ci ??= defaultCi;
    // platforms
    let platforms = platformsFlag !== undefined ? (0,platform/* parsePlatformList */.VX)(platformsFlag) : undefined;
    if (platformsFlag !== undefined && !platforms?.length)
        throw new errors/* UsageError */.eb('--platforms is empty');
    if (!platforms && prompter) {
        const chosen = await prompter.multiselect('Platforms', COMMON_PLATFORMS.map((p) => ({ value: p, label: p, ...(GITHUB_RUNNERS[p] ? { hint: `native runner: ${GITHUB_RUNNERS[p]}` } : {}) })), ['linux/amd64', 'linux/arm64']);
        platforms = (0,platform/* parsePlatformList */.VX)(chosen.join(','));
    }
    platforms ??= (0,platform/* parsePlatformList */.VX)('linux/amd64,linux/arm64');
    // strategy
    const suggested = defaultStrategy(platforms);
    let strategy = strategyFlag !== undefined ? parseStrategy(strategyFlag) : undefined;
    if (!strategy && prompter) {
        strategy = await prompter.select('Build strategy', [
            { value: 'native', label: 'native', hint: 'a job per platform on a runner of that CPU, then a merge job: no emulation' },
            { value: 'qemu', label: 'qemu', hint: 'one job builds every platform, under QEMU: simplest, slow for compiled code' },
        ], suggested);
    }
    strategy ??= suggested;
    // the image (GitHub; GitLab pushes to its own project registry unless told otherwise)
    let image = imageFlag;
    if (image !== undefined) {
        const why = validImage(image);
        if (why)
            throw new errors/* UsageError */.eb(`--image "${image}": ${why}`);
    }
    if (image === undefined && prompter && ci.includes('github'))
        image = await prompter.text('Image (GitHub workflow)', images.github, (v) => validImage(v.trim()));
    const imageGuessed = image === undefined && images.githubGuessed;
    image ??= images.github;
    const gitlabImage = flagString(args, 'gitlab-image');
    const runnerTags = parseRunnerTags(flagList(args, 'runner-tag'));
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
        defaultBranch: flagString(args, 'default-branch') ?? d.defaultBranch,
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
    const json = flagBool(args, 'json');
    const dryRun = flagBool(args, 'dry-run');
    const force = flagBool(args, 'force');
    const cwd = (0,external_node_path_.resolve)(deps.cwd ?? process.cwd(), flagString(args, 'dir') ?? '.');
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* UsageError */.eb(`--dir ${cwd} does not exist`);
    const interactive = deps.interactive ?? (!flagBool(args, 'yes') && !json && Boolean(process.stdin.isTTY && process.stdout.isTTY));
    const root = repositoryRoot(cwd);
    const detected = detect(root);
    let prompter;
    if (interactive) {
        prompter = deps.prompter ?? (await terminalPrompter());
        const where = detected.remote ? `${detected.remote.server}/${detected.remote.path}` : 'no git remote';
        prompter.intro(`gen-ci init — ${where}, default branch ${detected.defaultBranch}`);
    }
    try {
        const choices = await decide(args, detected, cwd, prompter);
        const out = generateFiles(choices);
        const plan = planFiles(root, out.files, force);
        const changes = plan.filter((f) => f.action === 'create' || f.action === 'update');
        const kept = plan.filter((f) => f.action === 'kept');
        if (prompter && !dryRun && changes.length) {
            prompter.note(plan.map((f) => `${DRY_VERB[f.action].padEnd(17)} ${f.path}`).join('\n'), 'Plan');
            if (!(await prompter.confirm(`Write ${changes.map((f) => f.path).join(' and ')}?`, true))) {
                prompter.outro('Nothing was written.');
                return 1;
            }
        }
        const written = dryRun ? [] : applyPlan(root, plan);
        const skipCheck = flagBool(args, 'skip-check');
        const advice = skipCheck ? [] : await adviseDockerfile(root, choices.file, buildLegs(choices), deps.lookup ? { lookup: deps.lookup } : {});
        if (json) {
            io.out(JSON.stringify({
                root,
                dryRun,
                choices: { ...choices, platforms: choices.platforms.map(platform/* formatPlatform */.Bq) },
                gitlabMode: out.gitlabMode,
                files: plan.map((f) => ({ path: f.path, action: f.action, ...(dryRun && f.diff ? { diff: f.diff } : {}) })),
                written,
                next: out.next,
                advice,
            }, null, 2));
            return kept.length && !dryRun ? 1 : 0;
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
    flags: [
        { name: 'ci', type: 'string', description: 'github, gitlab or github,gitlab (default: where the git remote is)' },
        { name: 'platforms', short: 'p', type: 'string', description: 'target platforms, comma separated (default linux/amd64,linux/arm64)' },
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

// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __nccwpck_require__(495);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
;// CONCATENATED MODULE: ./src/cli/inspect.ts







function inspect_short(digest) {
    return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
const inspectCommand = {
    name: 'inspect',
    summary: 'show the platforms behind an image reference (no Docker needed)',
    usage: 'gen-ci inspect REF [--platform P] [--json]',
    help: `
Prints the media type and digest of REF and a table of its platforms (os/arch/variant, manifest
digest, size); attestation manifests (buildx provenance/SBOM, platform unknown/unknown) are listed
as such. With --platform, exits 1 when REF lacks that platform: the cause of "exec format error".

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker), credHelpers and credsStore.

Examples:
  gen-ci inspect alpine:3.20
  gen-ci inspect registry.example.com/team/app:1.2 --platform linux/arm64
  gen-ci inspect 127.0.0.1:5000/base/busybox --json`,
    flags: [{ name: 'platform', type: 'string', description: 'fail (exit 1) unless REF has this platform' }, ...REGISTRY_FLAGS],
    async run(args, io) {
        if (args.positionals.length !== 1)
            throw new errors/* UsageError */.eb('inspect takes exactly one image reference; see gen-ci inspect --help');
        const ref = (0,reference.parseReference)(args.positionals[0]);
        const wantRaw = flagString(args, 'platform');
        const want = wantRaw !== undefined ? (0,platform/* parsePlatform */.FL)(wantRaw) : undefined;
        const client = new registry_client.RegistryClient(clientOptionsFromFlags(args));
        try {
            const info = await (0,inspect.inspectImage)(client, ref);
            const match = want ? (0,inspect/* findPlatform */.rB)(info, want) : undefined;
            if (flagBool(args, 'json')) {
                io.out(JSON.stringify(want ? { ...info, requested: (0,platform/* formatPlatform */.Bq)(want), found: match?.exact ? match.entry.platform : null } : info, null, 2));
            }
            else {
                io.out(info.reference);
                io.out(`media type  ${info.mediaType}`);
                io.out(`digest      ${info.digest}`);
                io.out('');
                const rows = [
                    ['PLATFORM', 'DIGEST', 'SIZE'],
                    ...info.platforms.map((p) => [p.platform, info.index ? inspect_short(p.digest) : inspect_short(p.digest), String(p.size)]),
                    ...info.attestations.map((a) => [`attestation`, inspect_short(a.digest), String(a.size), a.for ? `for ${inspect_short(a.for)}` : a.type]),
                ];
                const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
                for (const r of rows)
                    io.out(r
                        .map((c, i) => (i < 3 ? c.padEnd(w[i]) : c))
                        .join('  ')
                        .trimEnd());
            }
            if (want && !match?.exact) {
                const have = info.platforms.map((p) => p.platform).join(', ') || 'no runnable platform';
                io.err(`gen-ci: ${info.reference} has no ${(0,platform/* formatPlatform */.Bq)(want)} (it has ${have})${match ? `; containerd would fall back to ${match.entry.platform}` : '; a container of it on such a machine fails with "exec format error"'}`);
                return 1;
            }
            return 0;
        }
        finally {
            client.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/merge.ts







const mergeCommand = {
    name: 'merge',
    summary: 'build one multi-platform index from per-platform images',
    usage: 'gen-ci merge TARGET SRC[@platform]… | --spec FILE  [--keep-attestations] [--prefer first|last] [--json]',
    help: `
Takes the runnable platform manifests of each SRC, which may be a single image manifest or an index
(such as buildx pushes with provenance: one platform plus an unknown/unknown attestation entry), and
pushes one index under TARGET. Manifests and blobs are copied (mounted on the same registry) into
TARGET's repository when sources live elsewhere. Two sources with the same platform are refused
unless --prefer says which wins. Legs of mixed manifest families (Docker and OCI) become one OCI index
(the Docker manifests are rewritten with OCI media types; blobs are unchanged); legs that disagree on
entrypoint, cmd, user, workdir or ports are refused unless --allow-config-drift. SRC@linux/arm64 picks one platform from an index (or declares the
platform of a manifest whose config lacks it).

--spec reads manifest-tool's from-spec YAML:
  image: registry.example.com/app:1.0
  tags: [latest]
  manifests:
    - image: registry.example.com/app:1.0-amd64
      platform: {os: linux, architecture: amd64}
    - image: registry.example.com/app:1.0-arm64
      platform: {os: linux, architecture: arm64, variant: v8}

Replaces: docker manifest create --amend + docker manifest push, manifest-tool push from-args/from-spec.

Examples:
  gen-ci merge reg.example/app:1.0 reg.example/app:1.0-amd64 reg.example/app:1.0-arm64
  gen-ci merge --spec manifest.yaml --keep-attestations`,
    flags: [
        { name: 'spec', type: 'string', description: 'manifest-tool from-spec YAML file' },
        { name: 'keep-attestations', type: 'boolean', description: 'carry provenance/SBOM attestation manifests of the kept platforms' },
        { name: 'prefer', type: 'string', description: 'when sources share a platform: first or last wins (default: refuse)' },
        { name: 'allow-config-drift', type: 'boolean', description: 'merge even when the platforms disagree on entrypoint, cmd, user, workdir, ports' },
        { name: 'tag', short: 't', type: 'list', description: 'also point this tag at the merged index' },
        { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
        ...REGISTRY_FLAGS,
    ],
    async run(args, io) {
        const { mergeImages, parseMergeSource, parseMergeSpec } = await __nccwpck_require__.e(/* import() */ 30).then(__nccwpck_require__.bind(__nccwpck_require__, 2030));
        let target;
        let sources;
        let tags = flagList(args, 'tag');
        const spec = flagString(args, 'spec');
        if (spec) {
            if (args.positionals.length)
                throw new errors/* UsageError */.eb('give either --spec or TARGET SRC…, not both');
            let text;
            try {
                text = await (0,promises_.readFile)(spec, 'utf8');
            }
            catch (e) {
                throw new errors/* UsageError */.eb(`cannot read ${spec}: ${e.code ?? e.message}`);
            }
            const parsed = await parseMergeSpec(text);
            target = parsed.target;
            sources = parsed.sources;
            tags = [...parsed.tags, ...tags];
        }
        else {
            const [t, ...srcs] = args.positionals;
            if (!t || srcs.length === 0)
                throw new errors/* UsageError */.eb('merge needs TARGET and at least one SRC (or --spec FILE); see gen-ci merge --help');
            target = (0,reference.parseReference)(t);
            sources = srcs.map(parseMergeSource);
        }
        const prefer = flagString(args, 'prefer');
        if (prefer !== undefined && prefer !== 'first' && prefer !== 'last')
            throw new errors/* UsageError */.eb(`--prefer takes first or last, not "${prefer}"`);
        const copt = clientOptionsFromFlags(args);
        const client = new registry_client.RegistryClient(copt);
        const locations = await new registry_locations/* BlobLocations */.S(locationsFile(copt.cacheDir)).load();
        const progress = progressLine(io.tty);
        try {
            const r = await mergeImages(client, target, sources, {
                keepAttestations: flagBool(args, 'keep-attestations'),
                prefer: prefer,
                allowConfigDrift: flagBool(args, 'allow-config-drift'),
                extraTags: tags,
                concurrency: intFlag(args, 'concurrency', 8),
                locations,
                onProgress: (p) => progress.update((0,reference/* formatReference */.FH)(target), p),
            });
            progress.done();
            if (flagBool(args, 'json'))
                io.out(JSON.stringify(r, null, 2));
            else {
                io.out(`${r.target} ${r.digest}`);
                for (const p of r.platforms)
                    io.out(`  ${p.platform.padEnd(16)} ${p.digest}  from ${p.source}`);
                if (r.attestations)
                    io.out(`  + ${r.attestations} attestation manifest(s)`);
                for (const t of tags)
                    io.out(`  also tagged ${t}`);
            }
            return 0;
        }
        finally {
            progress.done();
            await locations.save();
            client.close();
        }
    },
};

// EXTERNAL MODULE: ./src/registry/copy.ts + 1 modules
var copy = __nccwpck_require__(9905);
;// CONCATENATED MODULE: ./src/registry/mirror.ts





/**
 * A destination for a source: a full reference, or a prefix ending in "/" under which the source
 * keeps its repository path and tag (docker.io/library/alpine:3 + reg.example/mirror/ →
 * reg.example/mirror/library/alpine:3).
 */
function destinationFor(src, dst) {
    const d = dst.trim();
    if (d.endsWith('/')) {
        const prefix = d.replace(/\/+$/, '');
        const ref = (0,reference.parseReference)(`${prefix}/${src.repository}${keyOf(src)}`);
        if (!prefix.includes('.') && !prefix.includes(':') && !prefix.startsWith('localhost'))
            throw new errors/* UsageError */.eb(`mirror prefix "${dst}" must start with a registry host (e.g. registry.example.com/mirror/)`);
        return ref;
    }
    const ref = (0,reference.parseReference)(d, { defaultTag: false });
    return ref.tag || ref.digest ? ref : (0,reference.parseReference)(`${(0,reference/* formatReference */.FH)(ref)}${keyOf(src)}`);
}
/** The source's tag and digest as a reference suffix (a digest-only source stays digest-only). */
function keyOf(src) {
    return `${src.tag ? `:${src.tag}` : ''}${src.digest ? `@${src.digest}` : ''}` || ':latest';
}
/** `SRC=DST` or `SRC DST`; blank lines and # comments are skipped. */
function parsePairLines(text, origin = 'pairs') {
    const out = [];
    text.split('\n').forEach((line, i) => {
        const l = line.replace(/(^|\s)#.*$/, '').trim();
        if (!l)
            return;
        const parts = l.includes('=') ? l.split('=').map((x) => x.trim()) : l.split(/\s+/);
        if (parts.length !== 2 || !parts[0] || !parts[1])
            throw new errors/* UsageError */.eb(`${origin} line ${i + 1}: expected SRC=DST, got "${l}"`);
        const src = (0,reference.parseReference)(parts[0]);
        out.push({ src, dst: destinationFor(src, parts[1]) });
    });
    return out;
}
async function readPairsFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`cannot read ${path}: ${e.code ?? e.message}`);
    }
    return parsePairLines(text, path);
}
/**
 * Mirror several images in one run: they share connections, tokens and the knowledge of where
 * blobs live, so later pairs mount what earlier ones uploaded.
 */
async function mirrorImages(client, pairs, opts = {}) {
    const locations = opts.locations ?? new registry_locations/* BlobLocations */.S();
    const transfer = new copy/* Transfer */.mr(client, { ...opts, locations });
    const results = [];
    for (const [i, pair] of pairs.entries()) {
        opts.onPair?.(pair, i);
        try {
            results.push(await (0,copy/* copyImage */.L1)(client, pair.src, pair.dst, opts, transfer));
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo && pairs.length > 1)
                throw new errors/* UserError */.yo(`mirror ${(0,reference/* formatReference */.FH)(pair.src)} → ${(0,reference/* formatReference */.FH)(pair.dst)}: ${e.message}`, e.exitCode);
            throw e;
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cli/mirror.ts








const mirrorCommand = {
    name: 'mirror',
    summary: 'copy images with all (or chosen) platforms between registries',
    usage: 'gen-ci mirror SRC DST | SRC=DST… | --file PAIRS  [--platforms list|all] [--json]',
    help: `
Copies an image index with every platform manifest and blob (digests preserved), or only the
platforms given with --platforms (the index is rewritten). Blobs the destination already has are
skipped, blobs on the same registry are mounted from any repository known to hold them, the rest
stream through a bounded pool. Child manifests are pushed before the index, so the tag never points
at an incomplete image. No Docker daemon is needed.

DST may be a prefix ending in "/" (registry.example.com/mirror/): the source path and tag are kept.
Several SRC=DST pairs, or a file of them (one per line, # comments), are mirrored in one run.

Examples:
  gen-ci mirror docker.io/library/alpine:3.20 registry.example.com/mirror/alpine:3.20
  gen-ci mirror golang:1.22=reg.example/mirror/ debian:12=reg.example/mirror/ --platforms linux/amd64,linux/arm64
  gen-ci mirror --file mirror.txt --json`,
    flags: [
        { name: 'platforms', type: 'string', description: 'platforms to copy (comma separated) or "all" (default)' },
        { name: 'file', short: 'f', type: 'string', description: 'file of SRC=DST lines' },
        { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
        { name: 'chunk-size', type: 'string', description: 'upload in chunks of this size (e.g. 16M) instead of one streamed PUT' },
        { name: 'no-attestations', type: 'boolean', description: 'with --platforms: drop the attestation manifests of the kept platforms' },
        ...REGISTRY_FLAGS,
    ],
    async run(args, io) {
        const pairs = [];
        const pos = args.positionals;
        if (pos.length === 2 && !pos[0]?.includes('=') && !pos[1]?.includes('=')) {
            const src = (0,reference.parseReference)(pos[0]);
            pairs.push({ src, dst: destinationFor(src, pos[1]) });
        }
        else {
            for (const p of pos) {
                if (!p.includes('='))
                    throw new errors/* UsageError */.eb(`"${p}": give SRC DST, or SRC=DST pairs; see gen-ci mirror --help`);
                pairs.push(...parsePairLines(p, 'argument'));
            }
        }
        const file = flagString(args, 'file');
        if (file)
            pairs.push(...(await readPairsFile(file)));
        if (pairs.length === 0)
            throw new errors/* UsageError */.eb('nothing to mirror: give SRC DST, SRC=DST pairs or --file; see gen-ci mirror --help');
        const platformsRaw = flagString(args, 'platforms');
        const platforms = platformsRaw && platformsRaw.trim().toLowerCase() !== 'all' ? (0,platform/* parsePlatformList */.VX)(platformsRaw) : undefined;
        if (platformsRaw !== undefined && platforms?.length === 0)
            throw new errors/* UsageError */.eb('--platforms is empty; give a list or "all"');
        const copt = clientOptionsFromFlags(args);
        const client = new registry_client.RegistryClient(copt);
        const locations = await new registry_locations/* BlobLocations */.S(locationsFile(copt.cacheDir)).load();
        const progress = progressLine(io.tty);
        let label = '';
        const json = flagBool(args, 'json');
        try {
            const results = await mirrorImages(client, pairs, {
                platforms,
                keepAttestations: !flagBool(args, 'no-attestations'),
                concurrency: intFlag(args, 'concurrency', 8),
                chunkSize: sizeFlag(args, 'chunk-size'),
                locations,
                onPair: (p) => {
                    label = (0,reference/* formatReference */.FH)(p.dst);
                },
                onProgress: (p) => progress.update(label, p),
            });
            progress.done();
            if (json)
                io.out(JSON.stringify(results, null, 2));
            else
                for (const r of results) {
                    const what = r.upToDate
                        ? 'up to date'
                        : `${r.platforms.map((p) => p).join(', ') || 'copied'}; ${r.blobsUploaded} blobs uploaded (${formatBytes(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} present; ${r.manifestsPushed} manifests pushed`;
                    io.out(`${r.source} → ${r.destination} ${r.digest}: ${what}`);
                }
            return 0;
        }
        finally {
            progress.done();
            await locations.save();
            client.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands.ts






/** Every CLI command, in the order `gen-ci --help` lists them. */
const COMMANDS = [initCommand, mirrorCommand, mergeCommand, inspectCommand, checkCommand, gitlabCommand];

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
    if (first === undefined && process.stdin.isTTY && process.stdout.isTTY && COMMANDS.some((c) => c.name === 'init')) {
        // bare `npx gen-ci` in a terminal: scaffold this repository's pipeline
        const init = COMMANDS.find((c) => c.name === 'init');
        return init.run(parseArgs([], init.flags), io);
    }
    if (first === undefined || first === '--help' || first === '-h') {
        io.out(topHelp());
        return 0;
    }
    if (first === 'help') {
        const cmd = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
        if (rest[0] && !cmd)
            throw new errors/* UsageError */.eb(`unknown command "${rest[0]}"; run gen-ci --help for the list`);
        io.out(cmd ? formatHelp(cmd) : topHelp());
        return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd)
        throw new errors/* UsageError */.eb(`unknown command "${first}"; run gen-ci --help for the list`);
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
        io.err(`gen-ci: ${(0,errors/* describeError */.Uc)(err)}`);
        process.exitCode = err instanceof errors/* UserError */.yo ? err.exitCode : 1;
    }
}
if (!process.env.VITEST)
    void entry();

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
