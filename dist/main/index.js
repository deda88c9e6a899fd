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

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ fixedArches),
/* harmony export */   b: () => (/* binding */ archOfToken)
/* harmony export */ });
// Architecture names as they are written into URLs, package names and paths, and the Docker
// architecture each one means. One home for the matcher, shared by the shell analysis (shell.ts)
// and the preflight's checks (run-checks.ts), which must not load the shell parser to use it.
const ARCH_TOKEN = /(?<![a-z0-9])(amd64|x86_64|x86-64|x64|aarch64|arm64|armv7l?|armhf)(?![a-z0-9])/gi;
/** Architecture names written into a text, lowercased (placeholders for platform-derived parts never match). */
function fixedArches(text) {
    const found = new Set();
    for (const m of text.matchAll(ARCH_TOKEN))
        found.add(m[1].toLowerCase());
    return [...found];
}
const ARCH_OF = {
    amd64: 'amd64',
    x86_64: 'amd64',
    'x86-64': 'amd64',
    x64: 'amd64',
    aarch64: 'arm64',
    arm64: 'arm64',
    armv7: 'arm',
    armv7l: 'arm',
    armhf: 'arm',
};
/** The Docker architecture an architecture name means (x86_64 -> amd64), if it is one. */
function archOfToken(token) {
    return ARCH_OF[token.toLowerCase()];
}


/***/ }),

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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main_main)
});

;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * An error the user can act on. Its message is one line and is printed as is,
 * never with a stack trace. Anything else that reaches a front door is a bug
 * and is reported as such, still on one line.
 */
class errors_UserError extends Error {
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
class errors_UsageError extends errors_UserError {
    constructor(message) {
        super(message, 2, 'usage');
    }
}
/** An input file (or directory) the user named that is missing or cannot be read: exit code 2. */
class errors_InputFileError extends errors_UserError {
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
    if (err instanceof errors_UserError)
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
    if (err instanceof errors_UserError)
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
    if (err instanceof errors_UserError) {
        if (err.kind)
            return err.kind;
        for (let p = Object.getPrototypeOf(err); p && p !== errors_UserError.prototype; p = Object.getPrototypeOf(p)) {
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
    return { code: errorKind(err), message: describeError(err), ...(err instanceof errors_UserError && typeof status === 'number' ? { status } : {}) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
    // no --use: the user's current builder stays current for the rest of the job; builds name theirs
    args.push('--bootstrap');
    if (o.endpoint)
        args.push(o.endpoint);
    return args;
}
function builder_removeBuilderArgs(name) {
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
/** The nodes of `docker buildx inspect` (no --bootstrap: an unreachable node is `inactive`, not an error) (pure). */
function parseInspectNodes(text) {
    const at = text.indexOf('\nNodes:');
    if (at < 0)
        return [];
    return text
        .slice(at + 7)
        .split(/\n\s*\n/)
        .map((block) => {
        const field = (re) => block.match(re)?.[1]?.trim() ?? '';
        return {
            name: field(/^Name:\s*(.*)$/m),
            endpoint: field(/^Endpoint:\s*(.*)$/m),
            status: field(/^Status:\s*(.*)$/m),
            platforms: field(/^Platforms:\s*(.*)$/m)
                .split(',')
                .map((p) => p.trim().replace(/\*$/, ''))
                .filter(Boolean),
        };
    })
        .filter((n) => n.name);
}
/** A builder name that is unique per job and recognisably ours. */
function builderName(env = process.env) {
    const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].filter(Boolean).join('-');
    const suffix = Math.random().toString(36).slice(2, 8);
    return `gen-ci-${id ? `${id}-` : ''}${suffix}`.replace(/[^a-zA-Z0-9_-]/g, '-');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __nccwpck_require__(7187);
;// CONCATENATED MODULE: ./src/core/exec.ts



/** The thin edge that runs a command: an argument array, never a shell string. */
async function exec_run(cmd, args, opts = {}) {
    const env = opts.env ? cleanEnv({ ...process.env, ...opts.env }) : undefined;
    try {
        const res = await exec/* getExecOutput */.H(cmd, args, {
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
function exec_lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^-+$/.test(l));
    const err = [...lines].reverse().find((l) => /^(error|ERROR|fatal)[: ]/.test(l));
    return (err ?? lines[lines.length - 1] ?? '').replace(/^(ERROR|error):\s*/, '');
}
/** Whether an executable of this name is on PATH (no shell, no spawn). */
function onPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const file = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(file).isFile())
                return true;
        }
        catch {
            // not here
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/lifecycle.ts



/**
 * Every resource a run creates is recorded here *before* it is created, so that a step that
 * fails halfway (a `buildx create --bootstrap` that could not pull its image, a killed job)
 * still leaves a record for the cleanup. `persist` is told the whole list after each change
 * (the action saves it to GITHUB_STATE; the last save wins).
 */
class Lifecycle {
    persist;
    resources = [];
    constructor(persist = () => { }) {
        this.persist = persist;
    }
    record(r) {
        if (this.resources.some((x) => sameResource(x, r)))
            return;
        this.resources.push(r);
        this.persist([...this.resources]);
    }
    builder(name) {
        this.record({ kind: 'builder', name });
        return name;
    }
    container(name) {
        this.record({ kind: 'container', name });
        return name;
    }
    path(path) {
        this.record({ kind: 'path', path });
        return path;
    }
}
function sameResource(a, b) {
    if (a.kind === 'path')
        return b.kind === 'path' && a.path === b.path;
    return b.kind === a.kind && b.name === a.name;
}
function serialiseResources(resources) {
    return JSON.stringify(resources);
}
/** The recorded list, as saved; anything unreadable is no resource (pure). */
function parseResources(saved) {
    if (!saved.trim())
        return [];
    let raw;
    try {
        raw = JSON.parse(saved);
    }
    catch {
        return [];
    }
    if (!Array.isArray(raw))
        return [];
    return raw.filter((r) => typeof r === 'object' &&
        r !== null &&
        (((r.kind === 'builder' || r.kind === 'container') && typeof r.name === 'string' && r.name !== '') || (r.kind === 'path' && typeof r.path === 'string' && r.path.startsWith('/'))));
}
/**
 * Remove each recorded resource that still exists, newest first (a builder before the config
 * directory it was created with). Nothing here throws.
 */
async function cleanup(resources, env = {}) {
    const report = { removed: [], warnings: [] };
    for (const r of [...resources].reverse()) {
        if (r.kind === 'builder') {
            // one call, not inspect + rm: buildx says when the builder does not exist (never created)
            const res = await run('docker', removeBuilderArgs(r.name), { silent: true, env });
            if (res.exitCode === 0)
                report.removed.push(`builder ${r.name}`);
            else if (!builderAbsent(res.stderr, r.name))
                report.warnings.push(`could not remove builder ${r.name}: ${lastErrorLine(res.stderr) || `exit ${res.exitCode}`}`);
        }
        else if (r.kind === 'container') {
            const res = await run('docker', ['rm', '--force', '--volumes', r.name], { silent: true, env });
            if (res.exitCode === 0)
                report.removed.push(`container ${r.name}`);
            else if (!/No such container/i.test(res.stderr))
                report.warnings.push(`could not remove container ${r.name}: ${lastErrorLine(res.stderr) || `exit ${res.exitCode}`}`);
        }
        else {
            if (!existsSync(r.path))
                continue;
            try {
                rmSync(r.path, { recursive: true, force: true });
                report.removed.push(r.path);
            }
            catch (err) {
                report.warnings.push(`could not remove ${r.path}: ${err.message.split('\n')[0]}`);
            }
        }
    }
    return report;
}
/** `buildx rm` of a builder that does not exist: `failed to remove NAME: no builder "NAME" found` (pure). */
function builderAbsent(stderr, name) {
    return stderr.includes(`no builder "${name}" found`);
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
/**
 * A variant's rank among the variants of its architecture, as containerd's platform matcher orders
 * them: arm v5 < v6 < v7 < v8; arm64 v8.0 … v8.9, then v9.0 = v8.5 (Armv9.0 is based on Armv8.5);
 * amd64 v1 < v2 < v3 < v4. undefined for variants it does not know.
 */
function variantRank(architecture, variant) {
    if (architecture === 'arm64') {
        const m = /^v(8|9)(?:\.(\d))?$/.exec(variant ?? 'v8');
        if (!m)
            return undefined;
        const minor = Number(m[2] ?? 0);
        return m[1] === '8' ? minor : minor + 5;
    }
    if (architecture === 'arm' || architecture === 'amd64') {
        const m = /^v(\d+)$/.exec(variant ?? (architecture === 'amd64' ? 'v1' : 'v7'));
        return m ? Number(m[1]) : undefined;
    }
    return undefined;
}
/**
 * Does an image built for `image` run on a `target` machine? The same platform, or an older variant
 * of the same architecture (arm64 on arm64/v9, arm/v6 on arm/v7, amd64 on amd64/v3), as containerd
 * matches them; never across architectures (arm/v7 is not arm64, arm/v7 does not run on arm/v6).
 */
function runsOn(image, target) {
    const i = normalise(image);
    const t = normalise(target);
    if (i.os !== t.os || i.architecture !== t.architecture)
        return false;
    if (i.variant === t.variant)
        return true;
    const ri = variantRank(i.architecture, i.variant);
    const rt = variantRank(t.architecture, t.variant);
    return ri !== undefined && rt !== undefined && ri <= rt;
}
/** How close a compatible image variant is to the target: higher is better (pure; among variants the target can run, the highest rank is the closest, so the target itself is not read). */
function variantCloseness(image, _target) {
    const i = normalise(image);
    return variantRank(i.architecture, i.variant) ?? -1;
}
/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
function parsePlatformList(input) {
    const out = [];
    const seen = new Set();
    for (const item of input.split(/[\s,]+/)) {
        if (!item)
            continue;
        const p = platform_parsePlatform(item);
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
/**
 * `linux/arm/v7` -> `linux-arm-v7`: the one slug of a platform, wherever a name cannot hold a slash:
 * the action's per-platform cache refs, the workflow's artifact names, GitLab's per-arch job names,
 * tags and cache refs (the jobs' shell computes the same: tr / -).
 */
function platformSlug(p) {
    return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}
/** A platform set's slug (`linux-amd64+linux-arm64`): cache refs, gha scopes and local cache directories of one build. */
function platformSetSlug(platforms) {
    return platforms.map(platformSlug).join('+');
}

;// CONCATENATED MODULE: ./src/core/bytes.ts
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

;// CONCATENATED MODULE: ./src/core/summary.ts

/** Rows of the job summary table: header first (pure). */
function summaryRows(s) {
    const rows = [['Platform', 'Digest', 'Size']];
    if (s.pushed) {
        for (const p of s.pushed.platforms)
            rows.push([p.platform, p.digest, formatBytes(p.size)]);
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
/**
 * Count steps served from cache in plain progress output (pure): `#N CACHED`, or a step whose
 * result BuildKit pulled from the imported cache (it lists the cached layer blobs it fetched
 * instead of running; an executed step never fetches blobs under its own number).
 */
function cacheHits(progress) {
    const steps = new Map();
    for (const m of progress.matchAll(/^#(\d+) \[[^\]]*\] (RUN|COPY|ADD|WORKDIR)\b.*$/gm))
        steps.set(m[1], false);
    for (const m of progress.matchAll(/^#(\d+) (?:CACHED$|sha256:[a-f0-9]{64} .*done$)/gm))
        if (steps.has(m[1]))
            steps.set(m[1], true);
    for (const m of progress.matchAll(/^#(\d+) \d+\.\d+ /gm))
        if (steps.has(m[1]))
            steps.set(m[1], false);
    const values = [...steps.values()];
    return { cached: values.filter(Boolean).length, total: values.length };
}

;// CONCATENATED MODULE: ./src/registry/manifest.ts

const MT = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = [MT.ociIndex, MT.dockerList];
const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');
/** Annotations buildx puts on attestation manifests inside an index. */
const REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
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
    return d.annotations?.[REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && isUnknownPlatform(d.platform));
}
/** Normalised platform of an index entry, or undefined when it has none. */
function descriptorPlatform(d) {
    if (!d.platform || isUnknownPlatform(d.platform))
        return undefined;
    return normalise(d.platform);
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

;// CONCATENATED MODULE: ./src/core/pushed.ts



/** Read an image index (or a single manifest built for one platform) (pure). */
function describePushed(raw, digest, requested) {
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw new errors_UserError(`the registry returned something that is not a manifest for ${digest}`);
    }
    const mediaType = manifestMediaType(doc);
    if (!doc.manifests) {
        // a single-platform push without attestations is a plain manifest
        const only = requested.length === 1 ? formatPlatform(requested[0]) : 'unknown';
        return { mediaType, digest, platforms: [{ platform: only, digest, size: manifestSize(doc, raw) }], attestations: 0 };
    }
    const platforms = [];
    let attestations = 0;
    for (const m of doc.manifests) {
        const platform = descriptorPlatform(m);
        // buildx's provenance/SBOM entries (and any entry without a runnable platform)
        if (!platform || isAttestation(m)) {
            attestations++;
            continue;
        }
        platforms.push({ platform: formatPlatform(platform), digest: m.digest });
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
    return requested.map((p) => formatPlatform(normalise(p))).filter((p) => !have.has(p));
}
/** platform -> digest, the action's `platforms` output. */
function platformDigests(pushed) {
    return Object.fromEntries(pushed.platforms.map((p) => [p.platform, p.digest]));
}

;// CONCATENATED MODULE: ./src/metadata/template.ts
// A small subset of Handlebars, enough for metadata-action's rule templates: literal text and
// `{{name}}` / `{{name 'arg' key='value'}}` expressions. Nothing else (no blocks, no partials,
// no HTML escaping: the output is an image tag or a label, never HTML).

/** A template that cannot be read, or names an expression that does not exist there: bad usage. */
class TemplateError extends errors_UsageError {
}
const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([^\s'"=}]+)(?:=(?:'([^']*)'|"([^"]*)"|([^\s'"}]+)))?)/y;
function parseExpression(body, source) {
    const args = [];
    const hash = {};
    let name;
    TOKEN.lastIndex = 0;
    let pos = 0;
    while (pos < body.length) {
        if (/^\s*$/.test(body.slice(pos)))
            break;
        TOKEN.lastIndex = pos;
        const m = TOKEN.exec(body);
        if (!m || m[0].length === 0)
            throw new TemplateError(`cannot read the expression {{${body}}} in "${source}"`);
        pos = TOKEN.lastIndex;
        const quoted = m[1] ?? m[2];
        const word = m[3];
        const hashValue = m[4] ?? m[5] ?? m[6];
        if (word !== undefined && hashValue !== undefined) {
            if (name === undefined)
                throw new TemplateError(`the expression {{${body}}} in "${source}" has no name`);
            hash[word] = hashValue;
        }
        else if (name === undefined) {
            if (word === undefined)
                throw new TemplateError(`the expression {{${body}}} in "${source}" has no name`);
            name = word;
        }
        else
            args.push(quoted ?? word ?? '');
    }
    if (name === undefined)
        throw new TemplateError(`empty expression {{}} in "${source}"`);
    return { name, args, hash };
}
/** The text and expressions of a template, in order. */
function parseTemplate(source) {
    const nodes = [];
    let i = 0;
    while (i < source.length) {
        const open = source.indexOf('{{', i);
        if (open < 0) {
            nodes.push({ text: source.slice(i) });
            break;
        }
        if (open > i)
            nodes.push({ text: source.slice(i, open) });
        const close = source.indexOf('}}', open + 2);
        if (close < 0)
            throw new TemplateError(`unclosed {{ in "${source}"`);
        nodes.push({ expr: parseExpression(source.slice(open + 2, close), source) });
        i = close + 2;
    }
    return nodes;
}
/** Render a template with these helpers; an expression no helper answers is a TemplateError (handlebars would render it empty). */
function renderTemplate(source, helpers) {
    return parseTemplate(source)
        .map((n) => {
        if ('text' in n)
            return n.text;
        const helper = Object.hasOwn(helpers, n.expr.name) ? helpers[n.expr.name] : undefined;
        if (!helper)
            throw new TemplateError(`unknown expression {{${n.expr.name}}} in "${source}"; known here: ${Object.keys(helpers).join(', ')}`);
        return helper(n.expr.args, n.expr.hash);
    })
        .join('');
}
/** Whether a pattern is exactly `{{raw}}` (spaces allowed): pre-releases then keep the raw tag rather than {{version}}. */
function isRawStatement(pattern) {
    try {
        const nodes = parseTemplate(pattern);
        const only = nodes[0];
        return nodes.length === 1 && only !== undefined && 'expr' in only && only.expr.name === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/metadata/date.ts
// Dates for `{{date 'FORMAT' tz='ZONE'}}` and `{{commit_date …}}`: a subset of moment's format
// tokens (what tags use), rendered in an IANA time zone through Intl. Default zone UTC.

function partsIn(date, tz) {
    let fmt;
    try {
        fmt = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
    }
    catch {
        throw new TemplateError(`unknown time zone tz='${tz}' (an IANA name such as UTC or Europe/Paris)`);
    }
    const get = (type) => Number(fmt.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
    const p = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
    const ms = date.getUTCMilliseconds();
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
    return { ...p, ms, offset: Math.round((wall - date.getTime()) / 60_000) };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function offset(min, colon) {
    const sign = min < 0 ? '-' : '+';
    const a = Math.abs(min);
    return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}
/** Longest first: the tokens understood, each rendered from the zone's wall clock. */
const TOKENS = [
    ['YYYY', (p) => pad(p.year, 4)],
    ['SSS', (p) => pad(p.ms, 3)],
    ['YY', (p) => pad(p.year % 100)],
    ['MM', (p) => pad(p.month)],
    ['DD', (p) => pad(p.day)],
    ['HH', (p) => pad(p.hour)],
    ['hh', (p) => pad(p.hour % 12 || 12)],
    ['mm', (p) => pad(p.minute)],
    ['ss', (p) => pad(p.second)],
    ['SS', (p) => pad(Math.floor(p.ms / 10))],
    ['ZZ', (p) => offset(p.offset, false)],
    ['M', (p) => String(p.month)],
    ['D', (p) => String(p.day)],
    ['H', (p) => String(p.hour)],
    ['h', (p) => String(p.hour % 12 || 12)],
    ['m', (p) => String(p.minute)],
    ['s', (p) => String(p.second)],
    ['S', (p) => String(Math.floor(p.ms / 100))],
    ['A', (p) => (p.hour < 12 ? 'AM' : 'PM')],
    ['a', (p) => (p.hour < 12 ? 'am' : 'pm')],
    ['Z', (p) => offset(p.offset, true)],
    ['X', (_p, d) => String(Math.floor(d.getTime() / 1000))],
    ['x', (_p, d) => String(d.getTime())],
];
/** Letters moment reads as tokens: one of these outside the supported set is an error, not literal text. */
const MOMENT_LETTERS = /[YMQDdeEwWgGAaHhkmsSZXxNzo]/;
/** The supported format tokens, for messages and docs. */
const DATE_TOKENS = TOKENS.map(([t]) => t);
/**
 * `date` rendered like moment(date).tz(tz).format(format) for the tokens in DATE_TOKENS; text in
 * [brackets] is literal, other characters are copied. A moment token outside the subset (MMMM,
 * dddd, Do, …) is a TemplateError rather than a silently different tag.
 */
function formatDate(date, format, tz = 'UTC') {
    const p = partsIn(date, tz);
    let out = '';
    let i = 0;
    while (i < format.length) {
        const c = format[i];
        if (c === '[') {
            const end = format.indexOf(']', i + 1);
            if (end < 0)
                throw new TemplateError(`unclosed [ in the date format '${format}'`);
            out += format.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        const tok = TOKENS.find(([t]) => format.startsWith(t, i));
        const run = /^([A-Za-z])\1*/.exec(format.slice(i))?.[0] ?? c;
        if (tok && (tok[0].length === run.length || !MOMENT_LETTERS.test(c))) {
            out += tok[1](p, date);
            i += tok[0].length;
            continue;
        }
        if (MOMENT_LETTERS.test(c))
            throw new TemplateError(`the date token ${run} in '${format}' is not supported; supported: ${DATE_TOKENS.join(' ')}`);
        out += c;
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metadata/semver.ts
// Semantic versions as metadata-action reads git tags: node-semver's strict `valid()` grammar
// (https://semver.org 2.0.0 with an optional leading "v"), nothing looser.
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const SEMVER = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
/** The version in `input` (surrounding spaces ignored), or undefined when it is not strict semver (1.2, 01.2.3, release1). */
function semver_parseSemver(input) {
    const raw = input.trim();
    if (raw.length > 256)
        return undefined;
    const m = SEMVER.exec(raw);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    const prerelease = m[4] ? m[4].split('.') : [];
    const build = m[5] ? m[5].split('.') : [];
    const version = `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`;
    return { raw, major, minor, patch, prerelease, build, version };
}
/** a < b: -1, equal: 0, a > b: 1, by semver precedence (build metadata ignored). */
function semver_compareSemver(a, b) {
    for (const k of ['major', 'minor', 'patch'])
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    if (!a.prerelease.length || !b.prerelease.length)
        return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length ? -1 : 1;
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/metadata/expressions.ts



/** The branch of refs/heads/BRANCH, else ''. */
function branchOf(ctx) {
    return /^refs\/heads\//.test(ctx.ref) ? ctx.ref.slice('refs/heads/'.length) : '';
}
/** The tag of refs/tags/TAG, else ''. */
function tagOf(ctx) {
    return /^refs\/tags\//.test(ctx.ref) ? ctx.ref.slice('refs/tags/'.length) : '';
}
/** The number N of refs/pull/N/merge (a GitHub pull request or a GitLab merge request), else undefined. */
function pullRequestOf(ctx) {
    return /^refs\/pull\//.test(ctx.ref) ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}
/** The first `length` characters of a SHA (DOCKER_METADATA_SHORT_SHA_LENGTH in metadata-action; default 7). */
function shortSha(sha, length = 7) {
    return length >= sha.length ? sha : sha.slice(0, length);
}
/**
 * {{is_default_branch}} as metadata-action decides it: true when the ref's branch is the default
 * branch; also true for the events GitHub runs on the default branch's last commit (create,
 * discussion*, issues*, schedule) whatever the ref; false when the ref is empty.
 */
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (!branch)
        return false;
    if (ctx.defaultBranch !== undefined && ctx.defaultBranch === branch)
        return true;
    return /create|discussion|issues|schedule/.test(ctx.event);
}
/** Whether the git tag being built is a semver tag of major version 0 (v0.3.0). */
function isMajorZero(ctx) {
    const v = semver_parseSemver(tagOf(ctx).replace(/\//g, '-'));
    return v !== undefined && v.major === 0;
}
function dateHelper(date) {
    return (args, hash) => {
        for (const k of Object.keys(hash))
            if (k !== 'tz')
                throw new TemplateError(`unknown date attribute ${k}= (only tz=)`);
        if (args[0] === undefined)
            throw new TemplateError(`a date expression needs a format: {{date 'YYYYMMDD'}}`);
        return formatDate(date, args[0], hash.tz ?? 'UTC');
    };
}
/** {{date …}} and {{commit_date …}} alone: what a schedule rule's pattern may use. */
function dateHelpers(ctx, clock) {
    // metadata-action falls back to the current date when the commit date is unknown
    return { date: dateHelper(clock.now), commit_date: dateHelper(ctx.commitDate ?? clock.now) };
}
/** The global expressions for a context. */
function globalHelpers(ctx, clock) {
    return {
        branch: () => branchOf(ctx),
        tag: () => tagOf(ctx),
        sha: () => shortSha(ctx.sha, clock.shortShaLength),
        base_ref: () => ctx.baseRef ?? '',
        is_default_branch: () => String(isDefaultBranch(ctx)),
        is_not_default_branch: () => String(!isDefaultBranch(ctx)),
        is_major_zero: () => String(isMajorZero(ctx)),
        is_not_major_zero: () => String(!isMajorZero(ctx)),
        ...dateHelpers(ctx, clock),
    };
}
/** A template with the global expressions. */
function expand(text, ctx, clock) {
    return renderTemplate(text, globalHelpers(ctx, clock));
}

;// CONCATENATED MODULE: ./src/metadata/labels.ts

/** The keys set by default, as metadata-action sets them. */
const OCI_KEYS = ['created', 'description', 'licenses', 'revision', 'source', 'title', 'url', 'version'].map((k) => `org.opencontainers.image.${k}`);
/**
 * metadata-action's OCI set: title = repository name, description, url and source = the
 * repository's web page, version = the version tag, created = `created` (the run's time unless
 * told otherwise), revision = the full commit SHA, licenses = the SPDX id. Unknown values are
 * empty strings, as there. `extra` entries (KEY=VALUE, global expressions expanded) are added or
 * override; an entry without `=` is ignored. Keys come out sorted.
 */
function ociLabels(ctx, version, created, extra, clock) {
    const entries = [
        `org.opencontainers.image.title=${ctx.repo.name ?? ''}`,
        `org.opencontainers.image.description=${ctx.repo.description ?? ''}`,
        `org.opencontainers.image.url=${ctx.repo.url ?? ''}`,
        `org.opencontainers.image.source=${ctx.repo.url ?? ''}`,
        `org.opencontainers.image.version=${version ?? ''}`,
        `org.opencontainers.image.created=${created.toISOString()}`,
        `org.opencontainers.image.revision=${ctx.sha}`,
        `org.opencontainers.image.licenses=${ctx.repo.license ?? ''}`,
        ...extra.filter((e) => e.trim() !== '').map((e) => expand(e, ctx, clock)),
    ];
    const map = new Map();
    for (const e of entries) {
        const eq = e.indexOf('=');
        if (eq <= 0)
            continue;
        map.set(e.slice(0, eq), e.slice(eq + 1));
    }
    return Object.fromEntries([...map].sort((a, b) => a[0].localeCompare(b[0])));
}

;// CONCATENATED MODULE: ./src/metadata/reference.ts
// Image names and tags as a registry accepts them (the OCI distribution reference grammar).

/** The grammar of a tag: a word character, then up to 127 word characters, dots and dashes. */
const TAG_GRAMMAR = /^[\w][\w.-]{0,127}$/;
/**
 * A computed tag made valid: every run of characters outside [A-Za-z0-9._-] becomes one `-`
 * (metadata-action's rule: `my/branch` → `my-branch`); then, beyond metadata-action, leading dots
 * and dashes are dropped and the tag is cut to 128 characters, so that the result always matches
 * TAG_GRAMMAR (or is empty, and then no tag is made).
 */
function sanitizeTag(tag) {
    return tag
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::\\d+)?';
const REPOSITORY = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
/**
 * An image repository as given (`ghcr.io/Owner/Repo`) → lowercased (`ghcr.io/owner/repo`), as
 * metadata-action does; a name that is still not a repository (spaces, a tag or digest, empty
 * components) is a UsageError naming it.
 */
function sanitizeImageName(name) {
    const lower = name.trim().toLowerCase();
    if (!lower)
        throw new errors_UsageError('an image name is empty');
    if (/@/.test(lower) || /:[^/]*$/.test(lower.replace(/^[^/]*\//, '')))
        throw new errors_UsageError(`image ${name} has a tag or digest; give the repository only (ghcr.io/owner/repo) and the rules make the tags`);
    if (!REPOSITORY.test(lower))
        throw new errors_UsageError(`image ${name} is not a repository name (e.g. ghcr.io/owner/repo)`);
    return lower;
}
/** Image names from inputs: comma and newline separated lists, blanks and #-comment lines skipped, each sanitized, duplicates dropped. */
function parseImages(inputs) {
    const lines = (Array.isArray(inputs) ? inputs : [inputs]).flatMap((s) => s.split(/\r?\n/));
    const names = lines.filter((l) => !/^\s*#/.test(l)).flatMap((l) => l.split(','));
    const out = [];
    for (const n of names) {
        if (!n.trim())
            continue;
        const s = sanitizeImageName(n);
        if (!out.includes(s))
            out.push(s);
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


// white space characters
// https://en.wikipedia.org/wiki/Whitespace_character
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions/Character_Classes#Types
// \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff
const np = 12;
const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal
const space = 32;
const tab = 9;

const init_state = function (options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding),
    ],
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`,
      ],
      options,
    );
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (delimiter === undefined || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js





const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const api_cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const api_nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === api_cr || chr === api_nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              obj[columns[i].name] !== undefined
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function (buf, pos) {
      const isTrim = (buf, pos) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf[pos + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js


const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  // 250606: `parser.parse` was implemented as 2 calls:
  // const err1 = parser.parse(data, false, push, close);
  // if (err1 !== undefined) throw err1;
  // const err2 = parser.parse(undefined, true, push, close);
  // if (err2 !== undefined) throw err2;
  return records;
};

// export default parse



;// CONCATENATED MODULE: ./src/metadata/rules.ts
// Tag rules, one per line, in docker/metadata-action's `tags` syntax: CSV fields `key=value`
// (`type=semver,pattern={{version}}`), a field without `=` being the value (`type=raw,foo`, or
// just `foo`), fields quoted when they hold a comma (`"pattern=\d{1,3}"`).


/** A rule line that cannot be read (unknown type or attribute, missing pattern, bad value): bad usage. */
class RuleError extends errors_UsageError {
}
/** metadata-action's default priorities: the highest-priority tag made is the version. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
const COMMON = ['enable', 'priority', 'prefix', 'suffix'];
const ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
function need(rule, key) {
    if (!Object.hasOwn(rule.attrs, key))
        throw new RuleError(`tag rule "${rule.line}" needs ${key}=`);
}
function fill(rule, key, value) {
    if (!Object.hasOwn(rule.attrs, key))
        rule.attrs[key] = value;
}
/** One rule line → a Rule with its defaults, as metadata-action reads it; an unknown type or attribute is a RuleError. */
function parseRule(line) {
    let fields;
    try {
        fields = parse(line, { relaxColumnCount: true, skipEmptyLines: true })[0] ?? [];
    }
    catch (e) {
        throw new RuleError(`cannot read tag rule "${line}": ${e.message}`);
    }
    let type;
    const attrs = {};
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type') {
            if (value === 'pep440')
                throw new RuleError(`tag rule "${line}": type=pep440 is not supported; use type=semver or type=match`);
            if (!Object.hasOwn(DEFAULT_PRIORITIES, value))
                throw new RuleError(`tag rule "${line}": unknown type=${value}; one of ${Object.keys(DEFAULT_PRIORITIES).join(', ')}`);
            type = value;
        }
        else
            attrs[key] = value;
    }
    const rule = { type: type ?? 'raw', attrs, priority: 0, line: line.trim() };
    const known = [...COMMON, ...ATTRIBUTES[rule.type]];
    for (const key of Object.keys(attrs))
        if (!known.includes(key))
            throw new RuleError(`tag rule "${rule.line}": type=${rule.type} has no attribute ${key}; it takes ${known.join(', ')}`);
    switch (rule.type) {
        case 'schedule':
            fill(rule, 'pattern', 'nightly');
            break;
        case 'semver':
            need(rule, 'pattern');
            fill(rule, 'value', '');
            fill(rule, 'match', '');
            break;
        case 'match':
            need(rule, 'pattern');
            fill(rule, 'group', '0');
            fill(rule, 'value', '');
            if (!/^\d+$/.test(rule.attrs.group))
                throw new RuleError(`tag rule "${rule.line}": group=${rule.attrs.group} is not a group number`);
            break;
        case 'edge':
            fill(rule, 'branch', '');
            break;
        case 'ref':
            need(rule, 'event');
            if (!['branch', 'tag', 'pr'].includes(rule.attrs.event))
                throw new RuleError(`tag rule "${rule.line}": event=${rule.attrs.event} is not one of branch, tag, pr`);
            if (rule.attrs.event === 'pr')
                fill(rule, 'prefix', 'pr-');
            break;
        case 'raw':
            need(rule, 'value');
            break;
        case 'sha':
            fill(rule, 'prefix', 'sha-');
            fill(rule, 'format', 'short');
            if (!['short', 'long'].includes(rule.attrs.format))
                throw new RuleError(`tag rule "${rule.line}": format=${rule.attrs.format} is not short or long`);
            break;
    }
    fill(rule, 'enable', 'true');
    fill(rule, 'priority', String(DEFAULT_PRIORITIES[rule.type]));
    if (!/^-?\d+$/.test(rule.attrs.priority))
        throw new RuleError(`tag rule "${rule.line}": priority=${rule.attrs.priority} is not an integer`);
    rule.priority = Number(rule.attrs.priority);
    return rule;
}
/**
 * Rule lines (a newline-separated text, or lines) → rules, highest priority first (a stable sort:
 * equal priorities keep their order). Blank lines and lines starting with # are skipped.
 */
function parseRules(text) {
    const lines = (Array.isArray(text) ? text : [text]).flatMap((t) => t.split(/\r?\n/));
    return lines
        .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
        .map(parseRule)
        .sort((a, b) => b.priority - a.priority);
}
/** A rule back as one canonical line: type first, then its attributes with defaults. */
function formatRule(rule) {
    return [`type=${rule.type}`, ...Object.entries(rule.attrs).map(([k, v]) => `${k}=${v}`)].join(',');
}
/**
 * gen-ci's release policy when no rules are given (metadata-action's own default is schedule +
 * ref branch/tag/pr): on a semver tag v1.2.3 the tags 1.2.3, 1.2 and 1 (not 0 for v0.x: the
 * `{{is_not_major_zero}}` expression) and, by latest=auto, latest; on the default branch sha-<7>
 * (the version: priority 300 puts it before raw's 200) and latest; on a schedule nightly (and the default-branch tags); on a pull request pr-N (built,
 * not pushed: see computeMetadata's push). Other branches get no tags.
 */
const DEFAULT_RULES = [
    'type=schedule',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}},enable={{is_not_major_zero}}',
    'type=ref,event=pr',
    'type=sha,enable={{is_default_branch}},priority=300',
    'type=raw,value=latest,enable={{is_default_branch}}',
].join('\n');

;// CONCATENATED MODULE: ./src/metadata/tags.ts





const DEFAULT_FLAVOR = { latest: 'auto', prefix: '', suffix: '', prefixLatest: false, suffixLatest: false };
const skip = (why) => ({ auto: false, why });
function semverRule(rule, ctx, clock) {
    const value = rule.attrs.value ?? '';
    if (!tagOf(ctx) && !value)
        return skip(`${ctx.ref || 'the ref'} is not a tag`);
    let raw = value ? expand(value, ctx, clock) : tagOf(ctx);
    let note = '';
    if (rule.attrs.match) {
        const m = raw.match(new RegExp(rule.attrs.match));
        if (m)
            raw = m[1] ?? m[0];
        else
            note = ` (match=${rule.attrs.match} does not match ${raw}; used as is)`;
    }
    raw = raw.replace(/\//g, '-');
    const v = semver_parseSemver(raw);
    if (!v)
        return skip(`${raw} is not a valid semver (https://semver.org)${note}`);
    const fields = { raw: () => v.raw, version: () => v.version, major: () => String(v.major), minor: () => String(v.minor), patch: () => String(v.patch) };
    const pattern = rule.attrs.pattern;
    if (v.prerelease.length) {
        // pre-releases only ever make {{version}} (or {{raw}} when that is the whole pattern), never latest
        const made = renderTemplate(isRawStatement(pattern) ? pattern : '{{version}}', fields);
        return { value: made, auto: false, why: `${v.raw} is a pre-release: {{version}} only, no latest${note}` };
    }
    return { value: renderTemplate(pattern, fields), auto: true, why: `${v.raw} is a release${note}` };
}
function matchRule(rule, ctx, clock) {
    const value = rule.attrs.value ?? '';
    if (!tagOf(ctx) && !value)
        return skip(`${ctx.ref || 'the ref'} is not a tag`);
    const raw = value ? expand(value, ctx, clock) : tagOf(ctx);
    const pattern = rule.attrs.pattern;
    const re = /^\/(.+)\/(.*)$/.exec(pattern);
    let m;
    try {
        m = raw.match(re ? new RegExp(re[1], re[2]) : new RegExp(pattern));
    }
    catch (e) {
        throw new RuleError(`tag rule "${rule.line}": ${e.message}`);
    }
    if (!m)
        return skip(`${pattern} does not match ${raw}`);
    const group = m[Number(rule.attrs.group)];
    if (group === undefined)
        return skip(`group ${rule.attrs.group} does not exist for ${pattern}`);
    return { value: group, auto: true, why: `${pattern} matches ${raw}` };
}
function applyRule(rule, ctx, clock) {
    switch (rule.type) {
        case 'schedule':
            if (!/schedule/.test(ctx.event))
                return skip(`not a schedule event (${ctx.event || 'none'})`);
            return {
                value: renderTemplate(rule.attrs.pattern, dateHelpers(ctx, clock)),
                auto: false,
                why: 'a schedule event',
            };
        case 'semver':
            return semverRule(rule, ctx, clock);
        case 'match':
            return matchRule(rule, ctx, clock);
        case 'ref': {
            const event = rule.attrs.event;
            if (event === 'branch')
                return branchOf(ctx) ? { value: branchOf(ctx), auto: false, why: 'a branch' } : skip(`${ctx.ref || 'the ref'} is not a branch`);
            if (event === 'tag')
                return tagOf(ctx) ? { value: tagOf(ctx), auto: true, why: 'a tag' } : skip(`${ctx.ref || 'the ref'} is not a tag`);
            const pr = pullRequestOf(ctx);
            return pr ? { value: pr, auto: false, why: 'a pull request' } : skip(`${ctx.ref || 'the ref'} is not a pull request`);
        }
        case 'edge': {
            const branch = branchOf(ctx);
            if (!branch)
                return skip(`${ctx.ref || 'the ref'} is not a branch`);
            const want = rule.attrs.branch || ctx.defaultBranch || '';
            if (want !== branch)
                return skip(want ? `${branch} is not ${want}` : 'the default branch is not known');
            return { value: 'edge', auto: false, why: `the branch ${want}` };
        }
        case 'raw':
            return { value: expand(rule.attrs.value, ctx, clock), auto: false, why: 'a raw value' };
        case 'sha':
            if (!ctx.sha)
                return skip('the commit SHA is not known');
            return { value: rule.attrs.format === 'short' ? shortSha(ctx.sha, clock.shortShaLength) : ctx.sha, auto: false, why: `commit ${shortSha(ctx.sha)}` };
    }
}
function affix(value, rule, flavor, ctx, clock) {
    const prefix = Object.hasOwn(rule.attrs, 'prefix') ? rule.attrs.prefix : flavor.prefix;
    const suffix = Object.hasOwn(rule.attrs, 'suffix') ? rule.attrs.suffix : flavor.suffix;
    return `${prefix ? expand(prefix, ctx, clock) : ''}${value}${suffix ? expand(suffix, ctx, clock) : ''}`;
}
/** The version and tag names that `rules` (already sorted, see parseRules) give for `ctx`, and why. */
function computeVersion(rules, ctx, flavor, clock) {
    const reasons = [];
    let main;
    const partial = [];
    let latest;
    let latestWhy = 'no rule made a tag';
    for (const rule of rules) {
        const enabled = expand(rule.attrs.enable, ctx, clock);
        if (enabled !== 'true' && enabled !== 'false')
            throw new RuleError(`tag rule "${rule.line}": enable= must be true or false, not "${enabled}"`);
        if (enabled === 'false') {
            reasons.push({ rule: rule.line, tag: null, why: `disabled (enable=${rule.attrs.enable})` });
            continue;
        }
        const made = applyRule(rule, ctx, clock);
        if (made.value === undefined) {
            reasons.push({ rule: rule.line, tag: null, why: made.why });
            continue;
        }
        const raw = affix(made.value, rule, flavor, ctx, clock);
        const tag = sanitizeTag(raw);
        if (!tag) {
            reasons.push({ rule: rule.line, tag: null, why: `${made.why}, but the tag is empty` });
            continue;
        }
        reasons.push({ rule: rule.line, tag, why: made.why });
        if (main === undefined)
            main = tag;
        else if (tag !== main && !partial.includes(tag))
            partial.push(tag);
        if (latest === undefined) {
            latest = flavor.latest === 'auto' ? made.auto : flavor.latest === 'true';
            latestWhy =
                flavor.latest === 'auto'
                    ? `latest=auto: the first tag (${tag}, type=${rule.type}) ${made.auto ? 'is a release or tag' : `is not a release (only type=semver/match releases and type=ref,event=tag add latest)`}`
                    : `latest=${flavor.latest}`;
        }
    }
    reasons.push({ rule: 'latest', tag: latest ? 'latest' : null, why: latestWhy });
    return { version: { main, partial, latest: latest ?? false }, reasons };
}
/** The tag names of a version: the version, the others, then latest (with the flavor's prefix/suffix when onlatest). */
function tagNames(version, flavor) {
    if (!version.main)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest) {
        const latest = sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`);
        if (!names.includes(latest))
            names.push(latest);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/metadata/compute.ts
// The engine's front: context + options → tags for every image, labels, annotations, push.






function latestOf(v) {
    if (v === undefined)
        return 'auto';
    if (v === true || v === false)
        return v ? 'true' : 'false';
    if (v !== 'auto' && v !== 'true' && v !== 'false')
        throw new errors_UsageError(`latest must be auto, true or false, not "${String(v)}"`);
    return v;
}
/**
 * Tags, labels and annotations for an event, the way docker/metadata-action computes them (see
 * computeVersion for the algorithm and README "Tags and labels" for gen-ci's default policy).
 * Pure: the clock is `options.now`; nothing is read from the environment.
 *
 * @example
 *   const ctx = githubContext(process.env, event);
 *   const m = computeMetadata(ctx, { images: 'ghcr.io/Owner/Repo' });
 *   // tag v1.2.3: m.tags = ['ghcr.io/owner/repo:1.2.3', '…:1.2', '…:1', '…:latest'], m.push = true
 */
function computeMetadata(ctx, options) {
    const images = parseImages(options.images);
    const given = options.rules;
    const rules = given === undefined || (Array.isArray(given) && given.length === 0) || (typeof given === 'string' && given.trim() === '')
        ? parseRules(DEFAULT_RULES)
        : typeof given === 'string' || typeof given[0] === 'string'
            ? parseRules(given)
            : [...given].sort((a, b) => b.priority - a.priority);
    if (rules.length === 0)
        rules.push(...parseRules(DEFAULT_RULES));
    const flavor = {
        ...DEFAULT_FLAVOR,
        latest: latestOf(options.latest),
        prefix: options.prefix ?? '',
        suffix: options.suffix ?? '',
        prefixLatest: options.prefixLatest ?? false,
        suffixLatest: options.suffixLatest ?? false,
    };
    const now = options.now ?? new Date();
    const clock = { now, ...(options.shortShaLength !== undefined ? { shortShaLength: options.shortShaLength } : {}) };
    const { version, reasons } = computeVersion(rules, ctx, flavor, clock);
    const names = tagNames(version, flavor);
    const tags = images.length ? images.flatMap((img) => names.map((n) => `${img}:${n}`)) : names;
    const created = options.created ?? now;
    const pr = pullRequestOf(ctx);
    let push;
    let pushWhy;
    if (!names.length)
        [push, pushWhy] = [false, 'no tag to push'];
    else if (options.push !== undefined)
        [push, pushWhy] = [options.push, `push=${options.push} was asked for`];
    else if (pr)
        [push, pushWhy] = [false, `a pull/merge request (${pr}): built, not pushed`];
    else
        [push, pushWhy] = [true, 'not a pull/merge request'];
    reasons.push({ rule: 'push', tag: null, why: pushWhy });
    return {
        version: version.main ?? '',
        tags,
        tagNames: names,
        images,
        latest: names.length > 0 && (version.latest || names.includes('latest')),
        labels: ociLabels(ctx, version.main, created, options.labels ?? [], clock),
        annotations: ociLabels(ctx, version.main, created, options.annotations ?? [], clock),
        push,
        reasons,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                    walk(join(dir, e.name), depth + 1);
            }
            else if (e.isFile() && isDockerfileName(e.name))
                found.push(relative(root, join(dir, e.name)).split(sep).join('/'));
        }
    };
    walk(root, 0);
    const rank = (f) => [f.split('/').length, /^(Dockerfile|Containerfile)$/i.test(posix.basename(f)) ? 0 : 1];
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
    const dir = posix.dirname(file);
    if (dir === '.')
        return '.';
    const sources = contextSources(text).filter((s) => s !== '.' && s !== './' && !/[*?[]/.test(s));
    if (sources.length === 0)
        return dir;
    const exists = (base) => sources.every((s) => existsSync(join(root, base, s)));
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
function detect_parseRemote(url) {
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
    const name = lower(posix.basename(root.split(sep).join('/'))).replace(/^[^a-z0-9]+/, '') || 'app';
    return { github: `ghcr.io/owner/${name}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: true };
}
function git(root, args) {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
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
    return url ? detect_parseRemote(url) : undefined;
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
        text = readFileSync(join(root, file), 'utf8');
    }
    catch {
        // a Dockerfile that is not there yet (given with --file): its directory is the context
    }
    return { file, context: text ? guessContext(root, file, text) : posix.dirname(file), crossCompiles: crossCompiles(text) };
}
/** Everything init needs to know about the repository at root. */
function detect(root) {
    const dockerfiles = findDockerfiles(root).map((f) => describeDockerfile(root, f));
    const remote = detectRemote(root);
    return { root, dockerfiles, ...(remote ? { remote } : {}), defaultBranch: detectDefaultBranch(root) };
}
function isDirectory(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/metadata/context.ts
// The event a build runs for, in one shape whatever the CI: GitHub's GITHUB_* variables and event
// payload, GitLab's CI_* variables, or facts read from plain git. Pure: nothing here reads files,
// the environment or git (see git.ts and environment.ts for the edges).


const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v) => (v && typeof v === 'object' ? v : {});
function date(v) {
    const s = str(v);
    if (!s)
        return undefined;
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
function compact(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/**
 * The context of a GitHub Actions run: `env` is the job's environment (GITHUB_EVENT_NAME,
 * GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY, GITHUB_SERVER_URL) and `event` the parsed JSON of
 * the file at GITHUB_EVENT_PATH ({} when there is none). As metadata-action does: a
 * pull_request_target run is given its pull request's ref (refs/pull/N/merge) instead of the base
 * branch; DOCKER_METADATA_PR_HEAD_SHA=true takes the pull request's head SHA; the commit date is
 * the pushed commit's timestamp from the payload. Unlike metadata-action, the repository's
 * name, description, URL, license and default branch come from the payload's `repository`
 * (no API call, no token), with GITHUB_REPOSITORY / GITHUB_SERVER_URL as fallback.
 */
function context_githubContext(env, event = {}) {
    const payload = obj(event);
    const repository = obj(payload.repository);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let ref = env.GITHUB_REF ?? '';
    if (/pull_request_target/.test(eventName) && payload.number !== undefined)
        ref = `refs/pull/${String(payload.number)}/merge`;
    const pr = obj(payload.pull_request);
    let sha = env.GITHUB_SHA ?? '';
    if (/^true$/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && /pull_request/.test(eventName))
        sha = str(obj(pr.head).sha) ?? sha;
    let baseRef;
    if (/^refs\/tags\//.test(ref) && str(payload.base_ref))
        baseRef = payload.base_ref.replace(/^refs\/heads\//, '');
    else if (/^refs\/pull\//.test(ref))
        baseRef = str(obj(pr.base).ref) ?? str(env.GITHUB_BASE_REF);
    let commitDate;
    const commits = Array.isArray(payload.commits) ? payload.commits.map(obj) : [];
    const pushed = commits.find((c) => c.id === sha);
    if (pushed)
        commitDate = date(pushed.timestamp);
    const head = obj(payload.head_commit);
    if (!commitDate && head.id === sha)
        commitDate = date(head.timestamp);
    const full = env.GITHUB_REPOSITORY;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    return compact({
        source: 'github',
        event: eventName,
        ref,
        sha,
        defaultBranch: str(repository.default_branch),
        baseRef,
        commitDate,
        repo: compact({
            name: str(repository.name) ?? (full?.includes('/') ? full.slice(full.indexOf('/') + 1) : undefined),
            description: str(repository.description),
            url: str(repository.html_url) ?? (full ? `${server}/${full}` : undefined),
            license: str(obj(repository.license).spdx_id),
        }),
    });
}
/**
 * The context of a GitLab CI job from its predefined variables: a merge request pipeline
 * (CI_MERGE_REQUEST_IID) is refs/pull/IID/merge with CI_MERGE_REQUEST_TARGET_BRANCH_NAME as base;
 * CI_COMMIT_TAG is refs/tags/TAG; CI_COMMIT_BRANCH (else CI_COMMIT_REF_NAME) is refs/heads/BRANCH.
 * CI_DEFAULT_BRANCH, CI_COMMIT_SHA, CI_COMMIT_TIMESTAMP, CI_PIPELINE_SOURCE, and CI_PROJECT_NAME /
 * CI_PROJECT_DESCRIPTION / CI_PROJECT_URL for the labels.
 */
function context_gitlabContext(env) {
    const iid = str(env.CI_MERGE_REQUEST_IID);
    const tag = str(env.CI_COMMIT_TAG);
    const branch = str(env.CI_COMMIT_BRANCH) ?? str(env.CI_COMMIT_REF_NAME);
    const ref = iid ? `refs/pull/${iid}/merge` : tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
    return compact({
        source: 'gitlab',
        event: env.CI_PIPELINE_SOURCE ?? (iid ? 'merge_request_event' : 'push'),
        ref,
        sha: env.CI_COMMIT_SHA ?? '',
        defaultBranch: str(env.CI_DEFAULT_BRANCH),
        baseRef: iid ? str(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) : undefined,
        commitDate: date(env.CI_COMMIT_TIMESTAMP),
        repo: compact({ name: str(env.CI_PROJECT_NAME), description: str(env.CI_PROJECT_DESCRIPTION), url: str(env.CI_PROJECT_URL) }),
    });
}
/** The tag a detached HEAD is built as: the highest semver tag at HEAD, else the last by name. */
function pickTag(tags) {
    const versions = tags.map((t) => ({ t, v: parseSemver(t.replace(/\//g, '-')) }));
    const semver = versions.filter((x) => x.v !== undefined).sort((a, b) => compareSemver(b.v, a.v));
    return semver[0]?.t ?? [...tags].sort().at(-1);
}
/**
 * The context of plain git (any other CI, or a laptop), as metadata-action's `context: git` reads
 * it: HEAD on a branch is refs/heads/BRANCH; a detached HEAD is refs/tags/TAG when a tag points at
 * it (the highest semver one when several do), else ''. `overrides` take precedence (a CI's own
 * variables, or the CLI's --ref / --default-branch). The repository URL is the origin remote as a
 * web address (https://host/path).
 */
function context_gitContextFrom(facts, overrides = {}) {
    const tag = facts.branch ? undefined : pickTag(facts.tags);
    const ref = overrides.ref ?? (facts.branch ? `refs/heads/${facts.branch}` : tag ? `refs/tags/${tag}` : '');
    const remote = facts.remoteUrl ? parseRemote(facts.remoteUrl) : undefined;
    return compact({
        source: 'git',
        event: overrides.event ?? 'push',
        ref,
        sha: facts.sha,
        defaultBranch: overrides.defaultBranch ?? facts.defaultBranch,
        commitDate: date(facts.commitDate),
        repo: compact({
            name: remote ? remote.path.slice(remote.path.lastIndexOf('/') + 1) : undefined,
            url: remote ? `https://${remote.server}/${remote.path}` : undefined,
        }),
    });
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/metadata/git.ts
// The git edge: the few facts the engine needs from a work tree, read with `git` (argument arrays,
// no shell). Everything else about them is pure (context.ts's gitContextFrom).



function git_git(cwd, args) {
    return new Promise((resolve) => {
        execFile('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout) => {
            resolve({ ok: !err, out: String(stdout ?? '').trim() });
        });
    });
}
/** HEAD's SHA, branch, tags, committer date, the default branch and the remote URL of the work tree at `cwd`. */
async function readGitFacts(cwd) {
    const inside = await git_git(cwd, ['rev-parse', '--is-inside-work-tree']);
    if (!inside.ok) {
        const which = await git_git(process.cwd(), ['--version']);
        if (!which.ok)
            throw new UserError('git is not installed (or not on PATH); gen-ci tags reads the commit from git outside GitHub and GitLab CI');
        throw new InputFileError(`not a git repository: ${cwd}`);
    }
    const head = await git_git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (!head.ok)
        throw new UserError(`the repository at ${cwd} has no commit yet`);
    const [branch, tags, date, originHead, initDefault, remotes] = await Promise.all([
        git_git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
        git_git(cwd, ['tag', '--points-at', 'HEAD']),
        git_git(cwd, ['log', '-1', '--format=%cI', 'HEAD']),
        git_git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
        git_git(cwd, ['config', 'init.defaultBranch']),
        git_git(cwd, ['remote']),
    ]);
    const names = remotes.ok ? remotes.out.split('\n').filter(Boolean) : [];
    const remote = names.includes('origin') ? 'origin' : names[0];
    const url = remote ? await git_git(cwd, ['remote', 'get-url', remote]) : undefined;
    const facts = { sha: head.out, tags: tags.ok ? tags.out.split('\n').filter(Boolean) : [] };
    if (branch.ok && branch.out)
        facts.branch = branch.out;
    if (date.ok && date.out)
        facts.commitDate = date.out;
    if (originHead.ok && originHead.out.includes('/'))
        facts.defaultBranch = originHead.out.slice(originHead.out.indexOf('/') + 1);
    else if (initDefault.ok && initDefault.out)
        facts.defaultBranch = initDefault.out;
    if (url?.ok && url.out)
        facts.remoteUrl = url.out;
    return facts;
}
/** The context of the work tree at `cwd` (readGitFacts, then gitContextFrom). */
async function git_gitContext(cwd, overrides = {}) {
    return gitContextFrom(await readGitFacts(cwd), overrides);
}

;// CONCATENATED MODULE: ./src/metadata/environment.ts
// The environment edge: which CI this is (GitHub Actions, GitLab CI, else plain git) and its
// context, reading GITHUB_EVENT_PATH or git as needed.




/** The JSON event payload of a GitHub run (GITHUB_EVENT_PATH); {} when unset or absent. */
async function readGithubEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return {};
        throw new errors_InputFileError(`cannot read the GitHub event payload ${path}: ${e.code ?? e.message}`, 'unreadable');
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors_InputFileError(`the GitHub event payload ${path} is not JSON`, 'unreadable');
    }
}
/**
 * The context of this run: GitHub Actions when GITHUB_ACTIONS=true, GitLab CI when GITLAB_CI=true,
 * else the git work tree at `cwd`. Overrides win over what the environment says.
 */
async function contextFromEnvironment(env, cwd, overrides = {}) {
    let ctx;
    if (env.GITHUB_ACTIONS === 'true')
        ctx = githubContext(env, await readGithubEvent(env));
    else if (env.GITLAB_CI === 'true')
        ctx = gitlabContext(env);
    else
        return gitContext(cwd, overrides);
    return {
        ...ctx,
        ...(overrides.ref !== undefined ? { ref: overrides.ref } : {}),
        ...(overrides.defaultBranch !== undefined ? { defaultBranch: overrides.defaultBranch } : {}),
    };
}

;// CONCATENATED MODULE: ./src/metadata/index.ts
/**
 * gen-ci's tag, label and annotation engine: docker/metadata-action's rules and semantics as pure
 * functions, for the action (inputs `images`, `tag-rules`), the GitLab generator and `gen-ci tags`.
 *
 *   const ctx = githubContext(env, event) | gitlabContext(env) | await gitContext(cwd)
 *            | await contextFromEnvironment(env, cwd);
 *   const meta = computeMetadata(ctx, { images: ['ghcr.io/Owner/Repo'], rules: parseRules(text), latest: 'auto' });
 *   meta.tags, meta.labels, meta.annotations, meta.version, meta.push, meta.reasons
 */













;// CONCATENATED MODULE: ./src/registry/reference.ts

const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API actually answers on. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key Docker Hub credentials are stored under in config.json. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const reference_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
/** Docker's rule: a name's first component is a registry host when it has a dot, a colon, is localhost, or has a capital. */
function isRegistryHost(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/** The registry an image name (as written, not checked) is pushed to: its host, else Docker Hub. */
function registryOf(name) {
    const parts = name.split('/');
    return parts.length > 1 && isRegistryHost(parts[0]) ? normaliseRegistry(parts[0]) : DOCKER_HUB;
}
/** REGISTRY/REPO[:TAG][@DIGEST] -> REGISTRY/REPO, as written (the cache ref and a leg's repository keep the user's spelling). */
function repositoryOf(name) {
    const noDigest = name.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/** An image name to push to: [registry/]repository[:tag], lowercase, no digest (a tags entry). */
function validateImageName(name, what = 'tags') {
    let ref;
    try {
        ref = /^\S+$/.test(name) && !name.startsWith('docker://') ? reference_parseReference(name, { defaultTag: false }) : undefined;
    }
    catch {
        ref = undefined;
    }
    if (!ref || ref.digest) {
        throw new errors_UsageError(`${what}: "${name}" is not a valid image reference (lowercase repository, optional :tag of letters, digits, '_', '.', '-')`);
    }
}
/** A repository to push by digest into: an image name without tag or digest. */
function validateRepositoryName(name, what = 'image') {
    validateImageName(name, what);
    if (repositoryOf(name) !== name)
        throw new errors_UsageError(`${what}: "${name}" must be a repository without tag or digest`);
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
    if (parts.length > 1 && isRegistryHost(parts[0]))
        registry = normaliseRegistry(parts.shift());
    if (parts.length === 0 || parts.some((p) => !p))
        fail('empty repository');
    for (const p of parts) {
        if (p !== p.toLowerCase())
            fail('repository names must be lowercase');
        if (!reference_COMPONENT.test(p))
            fail(`bad repository component "${p}"`);
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    if (!tag && !digest && opts.defaultTag !== false)
        tag = 'latest';
    return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** A tag on its own (merge -t, extra tags of a spec), checked as parseReference checks one. */
function parseTag(input) {
    if (!TAG.test(input))
        throw new UsageError(`invalid tag "${input}": up to 128 letters, digits, _ . and -, not starting with . or -`);
    return input;
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

;// CONCATENATED MODULE: ./src/core/docker.ts


/**
 * Fail early, in one line, when Docker or its daemon is missing. buildx is not asked
 * separately (each plugin call costs ~0.1 s): the first buildx command reports it missing.
 */
async function checkDocker(env = {}) {
    const v = await exec_run('docker', ['version', '--format', '{{.Server.Version}} {{.Server.Os}}/{{.Server.Arch}}'], { silent: true, env });
    return dockerProbeResult(v.exitCode, v.stdout, v.stderr);
}
/** What `docker version` said, as a DockerInfo or the one line to fail with (pure). */
function dockerProbeResult(exitCode, stdout, stderr) {
    if (exitCode === 127 || (/Unable to locate executable/.test(stderr) && !stdout)) {
        throw new errors_UserError('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
    }
    const context = /context "([^"]+)": context not found/.exec(stderr);
    if (context) {
        throw new errors_UserError(`the Docker context "${context[1]}" does not exist (docker context ls lists them); unset DOCKER_CONTEXT or create that context`);
    }
    if (exitCode !== 0) {
        throw new errors_UserError(`the Docker daemon is not reachable: ${exec_lastErrorLine(stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
    }
    const [server = '', platform] = stdout.trim().split(' ');
    return { server, platform: platform && /^[a-z0-9]+\/[a-z0-9]+$/.test(platform) ? platform : undefined };
}
const BUILDX_MISSING = 'docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)';
/** buildx answers a missing plugin with "'buildx' is not a docker command" (or "unknown command"). */
function isBuildxMissing(stderr) {
    return /'buildx' is not a docker command|unknown command "buildx"|docker: 'buildx'/.test(stderr);
}

;// CONCATENATED MODULE: ./src/core/build.ts





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
        throw new errors_UsageError('cache: registry derives the cache from the first tag; set tags, or give cache-from/cache-to');
    return `${repositoryOf(first)}:buildcache${suffix ? `-${suffix}` : ''}`;
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
/** A --build-arg item: NAME=value, or a bare NAME (its value from the environment, as docker takes it). */
function validateBuildArg(item) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(=|$)/.test(item))
        throw new errors_UsageError(`build-args: "${item.split('=')[0]}" is not NAME=value`);
}
/** `docker buildx build ...` as an argument array (pure). */
function buildxBuildArgs(o) {
    if (!o.platforms.length)
        throw new errors_UsageError('platforms: at least one platform is needed');
    if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest)
        throw new errors_UsageError('push: true needs at least one tag');
    for (const t of o.tags)
        validateImageName(t);
    const args = ['buildx', 'build', '--builder', o.builder, '--progress', 'plain'];
    args.push('--platform', o.platforms.map(formatPlatform).join(','));
    if (o.file)
        args.push('--file', o.file);
    if (o.target)
        args.push('--target', o.target);
    if (o.pushByDigest)
        validateRepositoryName(o.pushByDigest);
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
    throw new errors_UsageError(`${name}: "${v}" is not true, false or a buildx attestation value such as mode=max`);
}
/**
 * Read buildx's --metadata-file JSON. A build that succeeded must leave one: a missing or
 * unreadable file is an error (a push-by-digest leg would otherwise "succeed" with nothing to
 * merge), named with buildx's last output line.
 */
function parseMetadata(json, buildOutput) {
    const last = exec_lastErrorLine(buildOutput) || 'no output';
    if (json === undefined)
        throw new errors_UserError(`buildx wrote no metadata file, so the build's result is unknown (buildx's last line: ${last})`);
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch {
        throw new errors_UserError(`buildx's metadata file is not JSON (buildx's last line: ${last})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new errors_UserError(`buildx's metadata file holds no object (buildx's last line: ${last})`);
    const obj = raw;
    const digest = typeof obj['containerimage.digest'] === 'string' ? obj['containerimage.digest'] : undefined;
    return { digest, raw: obj };
}
/**
 * Turn a failed build's output into one line a user can act on (pure).
 * Falls back to buildx's own last error line.
 */
function explainBuildFailure(output, tool = 'docker buildx build') {
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
        return `the registry refused the credentials (401 Unauthorized); check registry, username and password inputs: ${exec_lastErrorLine(output)}`;
    if (/failed to push|error writing manifest|unexpected status from PUT request|manifest invalid/.test(output)) {
        return `the registry rejected the push: ${exec_lastErrorLine(output)}`;
    }
    if (/failed to read dockerfile|failed to solve: failed to compute cache key: failed to calculate checksum|lstat .*: no such file or directory/.test(output) &&
        /dockerfile/i.test(output)) {
        return `the Dockerfile could not be read: ${exec_lastErrorLine(output)}`;
    }
    return `${tool} failed: ${exec_lastErrorLine(output)}`;
}

;// CONCATENATED MODULE: ./src/core/list.ts


/**
 * A list input read the way the GitHub Actions ecosystem reads them (docker's actions and
 * actions-toolkit): newline-separated, each line parsed as CSV, so a double-quoted cell may hold
 * commas and newlines ("KEY=line 1\nline 2"); blank lines dropped (pure).
 */
function parseList(input, o) {
    if (!input.trim())
        return [];
    let records;
    try {
        records = parse(input, {
            columns: false,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: o.comments === false ? undefined : '#',
            comment_no_infix: true,
            trim: false,
        });
    }
    catch (err) {
        throw new errors_UsageError(`a list value could not be read as CSV lines: ${err.message.split('\n')[0]}`);
    }
    const items = [];
    for (const record of records) {
        if (o.commas)
            items.push(...record);
        else
            items.push(record.join(','));
    }
    const trim = o.trim !== false;
    return items.map((s) => (trim ? s.trim() : s)).filter((s) => s.trim() !== '');
}

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
            plan.native.push(formatPlatform(p));
            continue;
        }
        const emu = EMULATORS[p.architecture];
        if (!emu) {
            plan.unsupported.push(formatPlatform(p));
            continue;
        }
        const [name, entry] = emu;
        if (registeredEntries.includes(entry)) {
            plan.registered.push(formatPlatform(p));
            if (mode !== 'true')
                continue;
        }
        if (mode !== 'false' && !plan.install.includes(name))
            plan.install.push(name);
    }
    return plan;
}
/** The binfmt_misc entry that runs this platform's binaries (qemu-aarch64 for linux/arm64), if QEMU has one. */
function emulatorEntry(p) {
    return EMULATORS[p.architecture]?.[1];
}
/** `docker run --privileged --rm IMAGE --install a,b` */
function binfmtInstallArgs(image, names) {
    return ['run', '--privileged', '--rm', image, '--install', names.join(',')];
}
/** Whether this machine's binfmt_misc can be read (it is not mounted inside most containers, whose kernel may still have emulators). */
function binfmtReadable(dir = BINFMT_DIR) {
    return (0,external_node_fs_.existsSync)(`${dir}/status`) || (0,external_node_fs_.existsSync)(`${dir}/register`);
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

;// CONCATENATED MODULE: ./src/core/capabilities.ts
/**
 * Which optional flags the installed buildx and the builder's BuildKit allow. Versions are read
 * once (`docker buildx version`, `docker buildx inspect`), every optional feature is gated on them,
 * and a requested feature that is not there is dropped with one warning naming the input, as
 * @docker/actions-toolkit does (versionSatisfies).
 */
/** "v0.13.2", "0.29.1-desktop.1" -> [0, 29, 1]; "v0.0.0+unknown" -> undefined (pure). */
function parseVersion(text) {
    const m = /\bv?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    if (!m)
        return undefined;
    const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    // Debian's dockerd reports its embedded BuildKit as "v0.0.0+unknown": that is no version
    return v.every((n) => n === 0) ? undefined : v;
}
/** The version in `docker buildx version` output: "github.com/docker/buildx 0.13.1 <commit>". */
function parseBuildxVersion(output) {
    const line = output.split('\n').find((l) => /buildx/.test(l)) ?? output;
    return parseVersion(line.replace(/^\S*buildx\S*\s*/, ''));
}
function atLeast(v, min) {
    if (!v)
        return true; // unknown: assume a current tool rather than drop what the user asked for
    for (let i = 0; i < 3; i++) {
        if (v[i] !== min[i])
            return v[i] > min[i];
    }
    return true;
}
const formatVersion = (v) => v.join('.');
/** Minimum versions, from buildx's and BuildKit's release notes. */
const GATES = {
    /** --provenance / --sbom flags (and BUILDX_NO_DEFAULT_ATTESTATIONS) arrived in buildx 0.10 */
    attestationFlags: { input: 'provenance', buildx: [0, 10, 0], what: 'the --provenance/--sbom flags' },
    /** attestations themselves are made by BuildKit 0.11+ */
    provenance: { input: 'provenance', buildkit: [0, 11, 0], what: 'provenance attestations' },
    sbom: { input: 'sbom', buildkit: [0, 11, 0], what: 'SBOM attestations' },
    /** the image exporter's push-by-digest with name-canonical */
    pushByDigest: { input: 'push-by-digest', buildkit: [0, 10, 0], what: 'push by digest (name-canonical)' },
    /** --annotation arrived in buildx 0.12; BuildKit exports index/manifest annotations since 0.11 */
    annotations: { input: 'oci-metadata', buildx: [0, 12, 0], buildkit: [0, 11, 0], what: 'OCI annotations (--annotation)' },
    /** the GitHub Actions cache backend */
    ghaCache: { input: 'cache', buildx: [0, 8, 0], buildkit: [0, 10, 0], what: 'the gha cache' },
};
/** undefined when the feature is available, else the one warning to print (pure). */
function unsupported(feature, v) {
    const g = GATES[feature];
    const tooOld = [];
    if (g.buildx && !atLeast(v.buildx, g.buildx))
        tooOld.push(`buildx ≥ ${formatVersion(g.buildx)} (this runner has ${formatVersion(v.buildx)})`);
    if (g.buildkit && !atLeast(v.buildkit, g.buildkit))
        tooOld.push(`BuildKit ≥ ${formatVersion(g.buildkit)} (the builder runs ${formatVersion(v.buildkit)})`);
    return tooOld.length ? `${g.input}: ${g.what} not available, it needs ${tooOld.join(' and ')}; building without it` : undefined;
}

;// CONCATENATED MODULE: ./src/core/buildctl.ts
// `buildctl build` (plain BuildKit, no Docker) from the same options as `docker buildx build`.
// Each BuildOptions field means here what it means to buildx; the translations follow BuildKit
// v0.13's own parsers (cmd/buildctl/build, frontend/dockerui, exporter/containerimage/exptypes):
//   --file F            → --local dockerfile=<dir of F> --opt filename=<base of F> (F relative to the
//                         working directory, as buildx reads it; default <context>/Dockerfile)
//   context             → --local context=<dir> (a local directory only)
//   platforms           → one --opt platform=a,b
//   target / labels     → --opt target=T / --opt label:K=V
//   build args          → --opt build-arg:K=V; a bare NAME takes its value from `env` (docker's rule),
//                         and is left out when `env` lacks it
//   sourceDateEpoch     → --opt build-arg:SOURCE_DATE_EPOCH=N (what the Dockerfile frontend and the
//                         exporters read; buildx sends the same attribute); a SOURCE_DATE_EPOCH build
//                         arg given explicitly wins, as in buildx
//   provenance / sbom   → nothing for 'false'; buildx's `true` is `mode=min` for provenance (buildx's
//                         documented default; BuildKit alone would default to max) and an empty value
//                         (BuildKit's default scanner) for the SBOM; other values pass through
//   secretFiles         → --secret id=ID,src=PATH
//   cache               → cacheSettings(o) as --import-cache / --export-cache (same CSV syntax)
//   tags / push         → --output type=image,name=<all tags>[,push=true] (no tags and no push: no
//                         --output, BuildKit 0.13 builds into its cache only; it has no cacheonly exporter)
//   pushByDigest        → --output type=image,name=<repo>,push-by-digest=true,name-canonical=true,push=true
//   annotations         → exporter attributes annotation[-<type>][<platform>].KEY=V on image/oci/docker outputs
//   outputs             → passed through (buildx's shorthands translated: a bare path is type=local,
//                         type=registry is type=image,push=true); tags become their name=, as in buildx
// The environment: buildctl reads SOURCE_DATE_EPOCH from its own environment too, but the argv
// value wins, so it goes into argv only; buildctl adds no default attestations, so nothing like
// BUILDX_NO_DEFAULT_ATTESTATIONS is needed. buildctlEnv returns what is left (nothing).





/** The exporters BuildKit v0.13 knows (client/exporters.go). */
const EXPORTERS = new Set(['image', 'local', 'tar', 'oci', 'docker']);
/** Exporters that write an image and so take name= and annotations. */
const IMAGE_EXPORTERS = new Set(['image', 'oci', 'docker']);
const ANNOTATION_TYPES = new Set(['index', 'index-descriptor', 'manifest', 'manifest-descriptor']);
/** One field of a CSV record as Go's encoding/csv reads it (quoted when it has to be). */
function csvField(value) {
    return /[",\r\n]|^\s/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** One CSV record (Go's encoding/csv, the way buildctl reads --output, --secret and cache values). */
function parseCsvRecord(text, what) {
    const fields = [];
    let i = 0;
    for (;;) {
        let field = '';
        if (text[i] === '"') {
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new errors_UsageError(`${what}: "${text}" has an unterminated quote`);
                if (text[i] === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                field += text[i++];
            }
            if (i < text.length && text[i] !== ',')
                throw new errors_UsageError(`${what}: "${text}" has text after a closing quote (quote the whole field: "key=a,b")`);
        }
        else {
            const end = text.indexOf(',', i);
            field = text.slice(i, end < 0 ? text.length : end);
            if (field.includes('"'))
                throw new errors_UsageError(`${what}: "${text}" has a quote inside a field (quote the whole field: "key=a,b")`);
            i = end < 0 ? text.length : end;
        }
        fields.push(field);
        if (i >= text.length)
            return fields;
        i++; // the comma
    }
}
function parseAttrs(text, what) {
    return parseCsvRecord(text, what).map((f) => {
        const eq = f.indexOf('=');
        if (eq < 0)
            throw new errors_UsageError(`${what}: "${f}" in "${text}" is not key=value`);
        return [f.slice(0, eq).toLowerCase(), f.slice(eq + 1)];
    });
}
const formatAttrs = (attrs) => attrs.map(([k, v]) => csvField(`${k}=${v}`)).join(',');
function setAttr(attrs, key, value) {
    const at = attrs.findIndex(([k]) => k === key);
    if (at >= 0)
        attrs[at] = [key, value];
    else
        attrs.push([key, value]);
}
/**
 * buildx's --annotation values ([TYPE[,TYPE…]:]KEY=VALUE, TYPE = index, manifest, … with an optional
 * [platform] on manifest types) as BuildKit exporter attributes: annotation-index.KEY, annotation.KEY, …
 */
function annotationAttrs(annotations) {
    const out = [];
    for (const a of annotations) {
        const eq = a.indexOf('=');
        if (eq < 0)
            throw new errors_UsageError(`annotations: "${a}" is not [LEVEL:]KEY=VALUE`);
        const k = a.slice(0, eq);
        const value = a.slice(eq + 1);
        const colon = k.indexOf(':');
        const key = colon < 0 ? k : k.slice(colon + 1);
        if (!/^\S+$/.test(key))
            throw new errors_UsageError(`annotations: "${a}" has an empty key or a key with spaces`);
        if (colon < 0) {
            out.push([`annotation.${key}`, value]);
            continue;
        }
        for (const level of k.slice(0, colon).split(',')) {
            const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(level);
            if (!m || !ANNOTATION_TYPES.has(m[1]))
                throw new errors_UsageError(`annotations: "${level}" in "${a}" is not index, index-descriptor, manifest or manifest-descriptor`);
            if (m[2] && m[1].startsWith('index'))
                throw new errors_UsageError(`annotations: "${a}": a platform applies to manifest annotations only`);
            out.push([`annotation-${m[1]}${m[2] ? `[${m[2]}]` : ''}.${key}`, value]);
        }
    }
    return out;
}
/** A user's --output value as buildctl takes it (buildx's shorthands translated). */
function userOutput(o, text, annotations) {
    if (text === '-')
        throw new errors_UsageError('outputs: "-" (a tar on standard output) is not supported with buildctl; use type=tar,dest=FILE');
    const attrs = !text.includes('=') && !text.startsWith('"') ? [['type', 'local'], ['dest', text]] : parseAttrs(text, 'outputs');
    const typeAt = attrs.findIndex(([k]) => k === 'type');
    if (typeAt < 0)
        throw new errors_UsageError(`outputs: "${text}" has no type=`);
    let type = attrs[typeAt][1];
    if (type === 'registry') {
        type = 'image';
        attrs[typeAt] = ['type', 'image'];
        if (!attrs.some(([k]) => k === 'push'))
            attrs.push(['push', 'true']);
    }
    if (type === 'cacheonly')
        throw new errors_UsageError('outputs: type=cacheonly is buildx-only; with buildctl leave outputs empty and set no tags to build into the cache only');
    if (!EXPORTERS.has(type))
        throw new errors_UsageError(`outputs: "${type}" is not an exporter BuildKit knows (image, registry, local, tar, oci, docker)`);
    if (type !== 'image' && !attrs.some(([k]) => k === 'dest')) {
        throw new errors_UsageError(`outputs: type=${type} needs dest= with buildctl (it cannot load into Docker)`);
    }
    if (IMAGE_EXPORTERS.has(type)) {
        // buildx: the tags name every image output
        if (o.tags.length)
            setAttr(attrs, 'name', o.tags.join(','));
        for (const [k, v] of annotations)
            setAttr(attrs, k, v);
    }
    return formatAttrs(attrs);
}
function checkGha(entries, flag) {
    for (const e of entries) {
        const attrs = parseAttrs(e.includes('=') ? e : `type=registry,ref=${e}`, flag);
        if (!attrs.some(([k, v]) => k === 'type' && v === 'gha'))
            continue;
        if (!attrs.some(([k]) => k === 'url') || !attrs.some(([k]) => k === 'token')) {
            throw new errors_UsageError(`${flag}: "${e}": a gha cache needs url= and token= with buildctl (buildx takes them from the Actions runtime)`);
        }
    }
}
function checkContext(path, what) {
    if (path === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path)) {
        throw new errors_UsageError(`${what}: "${path}" is not a local directory; buildctl here builds a local context only (clone or download it first)`);
    }
}
/** `buildctl [--addr A] build …` arguments (pure given env, which supplies bare build-arg NAMEs). */
function buildctlArgs(o, env = process.env) {
    const legacy = o;
    if (legacy.load)
        throw new errors_UsageError('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
    if (legacy.ociLayout)
        throw new errors_UsageError('buildctl pushes by digest itself; an OCI layout detour is for the docker driver only');
    if (!o.platforms.length)
        throw new errors_UsageError('platforms: at least one platform is needed');
    if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest)
        throw new errors_UsageError('push: true needs at least one tag');
    for (const t of o.tags)
        validateImageName(t);
    if (o.pushByDigest)
        validateRepositoryName(o.pushByDigest);
    checkContext(o.context, 'context');
    if (o.file === '-')
        throw new errors_UsageError('file: a Dockerfile on standard input is not supported with buildctl; give a path');
    const args = o.addr ? ['--addr', o.addr, 'build'] : ['build'];
    args.push('--progress', 'plain', '--frontend', 'dockerfile.v0');
    const file = o.file ?? (0,external_node_path_.join)(o.context, 'Dockerfile');
    args.push('--local', `context=${o.context}`, '--local', `dockerfile=${(0,external_node_path_.dirname)(file)}`, '--opt', `filename=${(0,external_node_path_.basename)(file)}`);
    args.push('--opt', `platform=${o.platforms.map(formatPlatform).join(',')}`);
    if (o.target)
        args.push('--opt', `target=${o.target}`);
    for (const l of o.labels) {
        const eq = l.indexOf('=');
        args.push('--opt', eq < 0 ? `label:${l}=` : `label:${l}`);
    }
    for (const b of o.buildArgs)
        validateBuildArg(b);
    const values = buildArgValues(o.buildArgs, env);
    if (o.sourceDateEpoch !== undefined) {
        if (!Number.isInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0)
            throw new errors_UsageError(`SOURCE_DATE_EPOCH: ${o.sourceDateEpoch} is not a whole number of seconds`);
        if (values.SOURCE_DATE_EPOCH === undefined)
            values.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
    }
    for (const [k, v] of Object.entries(values))
        args.push('--opt', `build-arg:${k}=${v}`);
    if (o.provenance !== 'false')
        args.push('--opt', `attest:provenance=${o.provenance === 'true' ? 'mode=min' : o.provenance}`);
    if (o.sbom !== 'false')
        args.push('--opt', `attest:sbom=${o.sbom === 'true' ? '' : o.sbom}`);
    for (const [id, src] of Object.entries(o.secretFiles))
        args.push('--secret', `${csvField(`id=${id}`)},${csvField(`src=${src}`)}`);
    const explicit = o.cacheFrom.length > 0 || o.cacheTo.length > 0;
    if (o.cache === 'gha' && !explicit) {
        throw new errors_UsageError('cache: gha needs the Actions cache URL and token, which buildctl does not get here; use cache: registry or local, or give cache-from/cache-to with url= and token=');
    }
    const cache = cacheSettings(o);
    checkGha(cache.from, 'cache-from');
    checkGha(cache.to, 'cache-to');
    for (const c of cache.from)
        args.push('--import-cache', c);
    for (const c of cache.to)
        args.push('--export-cache', c);
    const annotations = annotationAttrs(o.annotations ?? []);
    if (o.outputs.length) {
        for (const out of o.outputs)
            args.push('--output', userOutput(o, out, annotations));
    }
    else if (o.pushByDigest) {
        const attrs = [['type', 'image'], ['name', o.pushByDigest], ['push-by-digest', 'true'], ['name-canonical', 'true'], ['push', 'true'], ...annotations];
        args.push('--output', formatAttrs(attrs));
    }
    else if (o.tags.length) {
        const attrs = [['type', 'image'], ['name', o.tags.join(',')], ...(o.push ? [['push', 'true']] : []), ...annotations];
        args.push('--output', formatAttrs(attrs));
    }
    if (o.metadataFile)
        args.push('--metadata-file', o.metadataFile);
    return args;
}
/**
 * The environment for buildctlArgs' command, on top of the caller's: empty. SOURCE_DATE_EPOCH goes
 * into argv (--opt build-arg:SOURCE_DATE_EPOCH=…, which wins over buildctl's own reading of the
 * variable), and buildctl adds no default attestations to switch off.
 */
function buildctlEnv(_o) {
    return {};
}

;// CONCATENATED MODULE: ./src/core/nodes.ts
// Native nodes per platform: `--node PLATFORM=ENDPOINT` (the action's `nodes` input) becomes one
// buildx builder whose nodes each own their platforms, so BuildKit sends each platform of one
// build to the machine of that architecture and buildx pushes one index (pure: the arguments only).
//
// A buildx builder has one driver for all its nodes (buildx refuses to append a node of another
// driver), so the endpoints decide it: BuildKit addresses (tcp://, unix://, ssh://,
// docker-container://, kube-pod://) are `remote` nodes; `kubernetes:arch=arm64` is a `kubernetes`
// node pinned by a node selector. Platforms no node owns are built on a local node.


/** The BuildKit address schemes the remote driver connects to (BuildKit's client and its connection helpers). */
const BUILDKIT_SCHEMES = ['tcp', 'unix', 'ssh', 'docker-container', 'kube-pod'];
/** `PLATFORM[,PLATFORM…]=ENDPOINT` (pure). */
function parseNode(entry) {
    const e = entry.trim();
    const eq = e.indexOf('=');
    if (eq <= 0)
        throw new errors_UsageError(`nodes: "${entry}" is not PLATFORM=ENDPOINT (e.g. linux/arm64=ssh://user@arm-host)`);
    const platforms = parsePlatformList(e.slice(0, eq));
    const endpoint = e.slice(eq + 1).trim();
    const k8s = /^kubernetes:(.*)$/.exec(endpoint);
    if (k8s) {
        const selectors = k8s[1]
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
            const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]+)$/.exec(s);
            if (!m)
                throw new errors_UsageError(`nodes: "${s}" in "${entry}" is not a node selector KEY=VALUE (kubernetes:arch=arm64)`);
            // the short `arch`/`os` mean the well-known kubernetes.io labels
            const key = m[1] === 'arch' || m[1] === 'os' ? `kubernetes.io/${m[1]}` : m[1];
            return `${key}=${m[2]}`;
        });
        if (!selectors.length)
            throw new errors_UsageError(`nodes: "${entry}" names no node selector (kubernetes:arch=arm64)`);
        return { platforms, endpoint: selectors.join(','), driver: 'kubernetes' };
    }
    const scheme = /^([a-z][a-z0-9+-]*):\/\/./.exec(endpoint)?.[1];
    if (!scheme || !BUILDKIT_SCHEMES.includes(scheme)) {
        throw new errors_UsageError(`nodes: "${endpoint}" is not a BuildKit address (${BUILDKIT_SCHEMES.map((s) => `${s}://`).join(', ')}) or kubernetes:KEY=VALUE`);
    }
    return { platforms, endpoint, driver: 'remote' };
}
/** Every node of one builder: one driver, and each platform owned by one node (pure). */
function checkNodes(nodes) {
    const drivers = [...new Set(nodes.map((n) => n.driver))];
    if (drivers.length > 1) {
        throw new errors_UsageError('nodes: BuildKit addresses and kubernetes: node selectors cannot share one builder (buildx gives a builder one driver); use one kind');
    }
    const owner = new Map();
    for (const n of nodes) {
        for (const p of n.platforms.map(formatPlatform)) {
            const other = owner.get(p);
            if (other !== undefined)
                throw new errors_UsageError(`nodes: ${p} is given to two nodes (${other} and ${n.endpoint}); give each platform one node`);
            owner.set(p, n.endpoint);
        }
    }
}
/** Node names in the builder: NAME-n1, NAME-n2 … (buildx names the first node itself unless told) */
const nodeName = (builder, n) => `${builder}-n${n + 1}`;
const localNodeName = (builder) => `${builder}-local`;
/** The remote driver's own options (TLS to the node); the others (network=, image=) are the local container's. */
const REMOTE_OPTS = ['cacert', 'cert', 'key', 'servername'];
function remoteDriverOpts(driverOpts) {
    return driverOpts.filter((o) => REMOTE_OPTS.includes(o.split('=')[0]));
}
/**
 * `docker buildx create` for each node: the first creates the builder, the others --append
 * (pure). `local` is the endpoint of the local node for platforms no node owns (and for the
 * platforms of nodes that could not be reached). Nothing connects yet (no --bootstrap): an
 * unreachable node is found afterwards, by `buildx inspect`, and left.
 */
function nodeCreateArgs(builder, nodes, local, driverOpts = []) {
    if (!nodes.length && !local)
        throw new errors_UsageError('nodes: no node to create a builder from');
    const driver = nodes[0]?.driver ?? 'remote';
    const opts = (n) => (driver === 'kubernetes' ? [...(n ? [`nodeselector=${n.endpoint}`] : []), ...driverOpts] : remoteDriverOpts(driverOpts));
    const all = nodes.map((n, i) => ({ name: nodeName(builder, i), endpoint: n.endpoint, platforms: n.platforms.map(formatPlatform), driverOpts: opts(n) }));
    if (local)
        all.push({ name: localNodeName(builder), endpoint: local.endpoint ?? '', platforms: local.platforms, driverOpts: driver === 'kubernetes' ? driverOpts : [] });
    return all.map((n, i) => appendNodeArgs(builder, driver, n, i === 0));
}
/** One node's `docker buildx create [--append]` (pure). */
function appendNodeArgs(builder, driver, n, first = false) {
    const args = ['buildx', 'create', ...(first ? [] : ['--append']), '--name', builder, '--driver', driver, '--node', n.name, '--platform', n.platforms.join(',')];
    for (const opt of n.driverOpts)
        args.push('--driver-opt', opt);
    // a kubernetes node is placed by its selector, not an endpoint
    if (driver === 'remote')
        args.push(n.endpoint);
    return args;
}
/** Leave a node out of the builder: `docker buildx create --leave` (pure). */
function leaveNodeArgs(builder, node) {
    return ['buildx', 'create', '--leave', '--name', builder, '--node', node];
}
/**
 * `docker run` of the local BuildKit node of a remote-driver builder (pure): privileged, as buildx's
 * docker-container driver runs it; reached by buildx through docker-container://NAME.
 */
function localNodeRunArgs(container, image, o = {}) {
    const args = ['run', '--detach', '--name', container, '--privileged'];
    if (o.network)
        args.push('--network', o.network);
    if (o.configFile)
        args.push('--volume', `${o.configFile}:/etc/buildkit/buildkitd.toml:ro`);
    args.push(image);
    if (o.configFile)
        args.push('--config', '/etc/buildkit/buildkitd.toml');
    return args;
}
/** Which requested platforms no node owns: the local node builds them (pure). */
function unownedPlatforms(requested, nodes) {
    const owned = new Set(nodes.flatMap((n) => n.platforms.map(formatPlatform)));
    return requested.map(formatPlatform).filter((p) => !owned.has(p));
}

;// CONCATENATED MODULE: ./src/core/retry.ts
// Waiting between attempts, the one place it is done: an abortable sleep and exponential backoff.
/** Wait ms; with a signal, stop early when it aborts and reject with `reason(signal)` (default: its reason). */
function sleep(ms, signal, reason = (s) => s.reason) {
    if (!signal)
        return new Promise((r) => setTimeout(r, ms));
    if (signal.aborted)
        return Promise.reject(reason(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(t);
            reject(reason(signal));
        };
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The delay before retry `attempt` (0-based): baseMs doubled each time, at most capMs; with
 * jitter, a random point in the upper half (so parallel clients do not retry in step).
 */
function backoffMs(attempt, baseMs, capMs = 30_000, jitter = () => 1) {
    const base = baseMs * 2 ** attempt;
    return Math.min(base / 2 + (jitter() * base) / 2, capMs);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
/**
 * The image to use: an explicit input wins, else the pinned one, from helper-registry when set (pure).
 * A value equal to the pinned one is the input's default, not a choice: helper-registry still applies.
 */
function helperImage(pinned, explicit, helperRegistry) {
    if (explicit && explicit !== pinned)
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
/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
async function ensureImage(image, o) {
    const docker = (args, silent = true) => exec_run('docker', args, { silent, env: o.env });
    if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0)
        return 'local';
    const dir = helperCacheDir(image);
    const tar = (0,external_node_path_.join)(dir, 'image.tar');
    if (o.cache) {
        o.record?.(dir);
        try {
            const keys = helperCacheKeys(image);
            const hit = await o.cache.restore(dir, keys.primary, keys.restore);
            if (hit && (0,external_node_fs_.existsSync)(tar)) {
                const loaded = await docker(['load', '--input', tar]);
                if (loaded.exitCode === 0 && (await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) {
                    o.log.info(`${image}: restored from the Actions cache (${hit}), no registry request`);
                    return 'cache';
                }
                o.log.warning(`${image}: the cached copy did not load (${exec_lastErrorLine(loaded.stderr)}); pulling instead`);
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
        lastError = exec_lastErrorLine(pulled.stderr) || `docker pull exited with ${pulled.exitCode}`;
        if (!isRetryablePullError(pulled.stderr) || attempt === o.retries)
            break;
        const wait = backoffMs(attempt, o.retryBaseMs);
        o.log.warning(`pull of ${image} failed (${lastError}); retry ${attempt + 1}/${o.retries} in ${(wait / 1000).toFixed(1)} s`);
        await sleep(wait);
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
                throw new Error(exec_lastErrorLine(saved.stderr));
            await o.cache.save(dir, helperCacheKeys(image, digest).primary);
            o.log.info(`${image}: saved to the Actions cache for the next runs`);
        }
        catch (err) {
            o.log.warning(`${image}: could not save it to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return 'pulled';
}

;// CONCATENATED MODULE: ./src/pipeline/plan.ts
// The job's decisions, as pure functions: typed inputs + facts probed from the machine
// (tool versions, the daemon's platform, the builder's platforms, registered emulators) ->
// the exact commands, environment and files. The effects (src/pipeline/steps.ts) only run them.











/** The repository an image is pushed to: image input, else the first tag's. */
function targetRepository(i) {
    return i.image ?? (i.tags[0] ? repositoryOf(i.tags[0]) : undefined);
}
/** `linux/arm64` -> `linux-arm64`: cache refs, gha scopes and local cache directories of this platform set. */
function jobSlug(i) {
    return platformSetSlug(i.platforms);
}
/** How the builder comes to be (pure; `name` and `tempDir` are the run's). */
function planBuilder(i, name, tempDir) {
    if (i.builder)
        return { kind: 'existing', name: i.builder };
    if (i.driver === 'docker')
        return { kind: 'existing' };
    const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
    const toml = content ? { path: (0,external_node_path_.join)(tempDir, 'buildkitd.toml'), content } : undefined;
    let driverOpts = i.driverOpts;
    let image;
    if (i.driver === 'docker-container') {
        // the BuildKit image: pinned, from helper-registry when set; an image= driver-opt wins
        const given = driverOpts.find((o) => o.startsWith('image='))?.slice(6);
        image = given ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
        if (!given)
            driverOpts = [`image=${image}`, ...driverOpts];
    }
    const args = createBuilderArgs({ name, driver: i.driver, driverOpts, configFile: toml?.path, endpoint: i.endpoint });
    return { kind: 'create', name, args, image, toml };
}
/** A builder of native nodes (pure): each --node owns its platforms, a local node the rest. */
function planNodeBuilder(i, name, tempDir, extraLocal = []) {
    const driver = i.nodes[0]?.driver ?? 'remote';
    const localPlatforms = [...unownedPlatforms(i.platforms, i.nodes), ...extraLocal];
    const nodeArgs = nodeCreateArgs(name, i.nodes, undefined, i.driverOpts);
    const plan = { name, driver, nodeArgs, localPlatforms, commands: nodeArgs.map((a) => ['docker', ...a]) };
    if (!localPlatforms.length)
        return plan;
    if (driver === 'remote') {
        const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
        plan.toml = content ? { path: (0,external_node_path_.join)(tempDir, 'buildkitd.toml'), content } : undefined;
        const container = `${localNodeName(name)}`;
        const image = i.driverOpts.find((o) => o.startsWith('image='))?.slice(6) ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
        const network = i.driverOpts.find((o) => o.startsWith('network='))?.slice(8);
        const runArgs = localNodeRunArgs(container, image, { network, configFile: plan.toml?.path });
        plan.localContainer = { name: container, image, runArgs, endpoint: `docker-container://${container}` };
        plan.commands.push(['docker', ...runArgs]);
    }
    const local = { name: localNodeName(name), endpoint: plan.localContainer?.endpoint ?? '', platforms: localPlatforms, driverOpts: driver === 'kubernetes' ? i.driverOpts : [] };
    plan.commands.push(['docker', ...appendNodeArgs(name, driver, local, !i.nodes.length)]);
    return plan;
}
/**
 * Which emulators to install (pure). A remote builder runs elsewhere: its host's emulators are
 * its own business, and installing any here would be wrong (or, with no daemon, fatal).
 */
function planQemu(i, facts) {
    if (i.driver === 'remote' && !i.builder)
        return { skip: 'remote builder: QEMU is up to the BuildKit host, nothing installed here' };
    // a platform the builder lists counts as registered: auto leaves it, true refreshes it
    const listed = (facts.builderPlatforms ?? []).map(emulatorEntry).filter((e) => Boolean(e));
    return planEmulators(i.platforms, i.qemu, facts.native, [...new Set([...facts.registered, ...listed])]);
}
/** What the tools' versions must be known for before building (gated features only). */
function needsVersions(i) {
    return i.provenance !== 'false' || i.sbom !== 'false' || i.pushByDigest || i.cache === 'gha';
}
/** The build's settings for either backend, after what the tools' versions allow (pure). */
function buildOptionsFor(i, f) {
    const warnings = [];
    const gate = (feature, on) => {
        if (!on)
            return false;
        const why = unsupported(feature, f.versions);
        if (why)
            warnings.push(why);
        return !why;
    };
    let provenance = i.provenance;
    let sbom = i.sbom;
    if (provenance !== 'false' && !gate('provenance', true))
        provenance = 'false';
    if (sbom !== 'false' && !gate('sbom', true))
        sbom = 'false';
    // Both off (the default): BUILDX_NO_DEFAULT_ATTESTATIONS=1 says it to buildx >= 0.10, and older
    // ones make no attestations, so no flag is passed and buildx's version need not be known.
    // On request: buildx < 0.10 has no --provenance/--sbom flags.
    let attestationFlags = provenance !== 'false' || sbom !== 'false';
    if (attestationFlags && unsupported('attestationFlags', f.versions)) {
        warnings.push(unsupported('attestationFlags', f.versions));
        provenance = 'false';
        sbom = 'false';
        attestationFlags = false;
    }
    if (i.pushByDigest)
        gate('pushByDigest', true);
    if (i.cache === 'gha' && !i.cacheFrom.length && !i.cacheTo.length)
        gate('ghaCache', true);
    const slug = jobSlug(i);
    const repo = i.pushByDigest ? targetRepository(i) : undefined;
    if (i.pushByDigest && !repo)
        throw new errors_UsageError('push-by-digest needs image (a repository such as ghcr.io/owner/app) or a tag to take it from');
    const ociLayout = repo && f.driver === 'docker' ? (0,external_node_path_.join)(f.tempDir, 'oci-layout') : undefined;
    const opts = {
        builder: f.builder,
        platforms: i.platforms,
        context: i.context,
        file: i.file,
        tags: i.tags,
        labels: i.labels,
        annotations: i.annotations.length && gate('annotations', true) ? i.annotations : [],
        sourceDateEpoch: i.sourceDateEpoch,
        buildArgs: i.buildArgs,
        target: i.target,
        secretFiles: f.secretFiles,
        push: i.push,
        load: i.load,
        outputs: i.outputs,
        cache: i.cache,
        cacheFrom: i.cacheFrom,
        cacheTo: i.cacheTo,
        provenance,
        sbom,
        attestationFlags,
        metadataFile: (0,external_node_path_.join)(f.tempDir, 'metadata.json'),
        cacheScope: slug,
        pushByDigest: repo,
        cacheSuffix: i.pushByDigest ? slug : undefined,
        ociLayout,
        localCacheDir: f.localCacheDir,
    };
    return { opts, warnings, ociLayout };
}
/** `docker buildx build …`, its environment and what the tools' versions allow (pure). */
function planBuild(i, f) {
    const { opts, warnings, ociLayout } = buildOptionsFor(i, f);
    return { command: 'docker', args: buildxBuildArgs(opts), env: buildEnv(opts), metadataFile: opts.metadataFile, ociLayout, warnings };
}
/** `buildctl build …` for the same settings: the same build, without Docker (pure). */
function planBuildctl(i, f, target, env = process.env) {
    if (i.load)
        throw new errors_UsageError('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
    const { opts, warnings } = buildOptionsFor(i, { ...f, builder: '', driver: 'buildctl' });
    const { builder: _b, load: _l, ociLayout: _o, attestationFlags: _a, ...rest } = opts;
    const args = insecureAttrs(buildctlArgs({ ...rest, addr: target.addr }, env), i.insecureRegistries);
    return { command: target.command, args, env: {}, metadataFile: opts.metadataFile, warnings };
}
/**
 * buildctl has no builder config for plain-HTTP registries of its own: an image output or registry
 * cache whose registry is in insecure-registries gets BuildKit's registry.insecure=true (pure).
 */
function insecureAttrs(args, hosts) {
    if (!hosts.length)
        return args;
    const flags = new Set(['--output', '--export-cache', '--import-cache']);
    const insecure = (v) => hosts.some((h) => new RegExp(`(^|,|")(name|ref)=${h.replace(/[.]/g, '\\.')}/`).test(v)) && !/registry\.insecure=/.test(v);
    return args.map((a, n) => (n > 0 && flags.has(args[n - 1]) && insecure(a) ? `${a},registry.insecure=true` : a));
}
/** Which backend runs the build (pure, given what is on PATH and in the environment). */
function resolveBackend(i, facts) {
    const buildctl = () => {
        const addr = i.buildkitAddr ?? facts.buildkitHost;
        if (addr) {
            if (!facts.buildctl)
                throw new errors_UserError(`backend buildctl: buildctl is not on PATH (BuildKit at ${addr} needs the buildctl client)`);
            return { backend: 'buildctl', command: 'buildctl', addr: i.buildkitAddr };
        }
        if (facts.daemonless)
            return { backend: 'buildctl', command: 'buildctl-daemonless.sh' };
        if (!facts.buildctl)
            throw new errors_UserError('backend buildctl: neither buildctl nor buildctl-daemonless.sh is on PATH (install BuildKit, or run in the moby/buildkit image)');
        // buildctl's own default: unix:///run/buildkit/buildkitd.sock
        return { backend: 'buildctl', command: 'buildctl' };
    };
    if (i.backend === 'buildx')
        return { backend: 'buildx' };
    if (i.backend === 'buildctl')
        return buildctl();
    if (!facts.docker && !i.nodes.length && !i.builder && (facts.buildctl || facts.daemonless))
        return buildctl();
    // Docker (or nothing at all: the Docker probe then says, in one line, what is missing)
    return { backend: 'buildx' };
}
/**
 * Everything about the inputs that can be wrong, found before the first side effect (pure):
 * the same checks the planners make later, run on placeholder facts.
 */
function validateJob(i) {
    if (i.sign === 'key' && !i.cosignKey)
        throw new errors_UsageError('sign: key needs cosign-key (the private key\'s PEM text from a secret, a key file, or a KMS URI such as awskms://…)');
    if (i.sign !== 'key' && i.cosignKey)
        throw new errors_UsageError('cosign-key is set but sign is not key; set sign: key (or true)');
    if (i.sign !== 'false' && !i.push && !i.merge && !i.pushNotice)
        throw new errors_UsageError('sign needs push: true (it signs what was pushed), or a merge job');
    if (i.sign !== 'false' && i.pushByDigest)
        throw new errors_UsageError('sign goes in the merge job: it signs the merged index and every platform manifest (a split leg pushes no index of its own)');
    if (i.merge) {
        const first = i.tags[0];
        if (!first)
            throw new errors_UsageError('merge needs tags: the index is pushed under them');
        for (const t of i.tags)
            validateImageName(t);
        const target = reference_parseReference(first);
        if (!target.tag)
            throw new errors_UsageError(`tags: "${first}" needs a tag for the merged index`);
        for (const e of i.tags.slice(1).map((t) => reference_parseReference(t))) {
            if (e.registry !== target.registry || e.repository !== target.repository) {
                throw new errors_UsageError(`merge tags must share one repository (${target.registry}/${target.repository}); "${reference_formatReference(e)}" does not — mirror it afterwards with gen-ci mirror`);
            }
        }
        const repo = targetRepository(i);
        for (const d of i.digests)
            parseLeg(d, repo);
        return;
    }
    checkNodes(i.nodes);
    if (i.nodes.length && i.backend === 'buildctl')
        throw new errors_UsageError('nodes need the buildx backend: buildctl drives one BuildKit daemon per build');
    if (i.nodes.length && i.builder)
        throw new errors_UsageError('nodes make their own builder; leave builder empty (or give the nodes to your builder with docker buildx create --append)');
    if (i.buildkitAddr && i.backend === 'buildx')
        throw new errors_UsageError('buildkit-addr is for backend: buildctl; with buildx use driver: remote and endpoint');
    const secretFiles = Object.fromEntries(Object.keys(i.secrets).map((id) => [id, '/nonexistent/secret']));
    const facts = { versions: {}, tempDir: '/nonexistent', secretFiles, localCacheDir: i.cache === 'local' ? '/nonexistent/cache' : undefined };
    if (i.backend === 'buildctl') {
        planBuildctl(i, facts, { command: 'buildctl', addr: i.buildkitAddr });
        return;
    }
    planBuilder(i, 'gen-ci-check', '/nonexistent');
    planBuild(i, { ...facts, builder: 'gen-ci-check' });
}
/** One merge leg: sha256:…, a bare hex digest, REPOSITORY@sha256:…, or PLATFORM=any of those (pure). */
function parseLeg(entry, repo, platformHint) {
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
    const ref = /^sha256:[a-f0-9]{64}$/.test(value)
        ? reference_withDigest(reference_parseReference(repo), value)
        : /^[a-f0-9]{64}$/.test(value)
            ? reference_withDigest(reference_parseReference(repo), `sha256:${value}`)
            : reference_parseReference(value);
    if (!ref.digest)
        throw new errors_UsageError(`digests: "${entry}" is not a digest (sha256:…, REPOSITORY@sha256:… or PLATFORM=sha256:…)`);
    return platform ? { ref, platform } : { ref };
}

;// CONCATENATED MODULE: ./src/pipeline/metadata.ts
// The action's tags, labels and annotations: literal `tags`, or `images` + `tag-rules` turned into
// tags by the metadata engine (src/metadata, docker/metadata-action's semantics) from the GitHub
// event; OCI labels and annotations (index and each platform manifest) unless oci-metadata: false.


const kv = (entries) => Object.entries(entries).map(([k, v]) => `${k}=${v}`);
/** Resolve the tags, labels and annotations of one run (pure: the event is passed in). */
function resolveMetadata(i, e) {
    if (i.images.length && i.tags.length)
        throw new errors_UsageError('give tags (literal image references) or images (with tag-rules), not both');
    if (!i.images.length && i.tagRules.trim())
        throw new errors_UsageError('tag-rules needs images: the repositories the tags are made for');
    const latest = i.latest.trim().toLowerCase() || 'auto';
    if (!['auto', 'true', 'false'].includes(latest))
        throw new errors_UsageError(`latest: "${i.latest}" is not auto, true or false`);
    const ctx = e.context ?? context_githubContext(e.env, e.payload ?? {});
    const now = e.now ?? new Date();
    const created = i.reproducible && ctx.commitDate ? ctx.commitDate : now;
    const m = computeMetadata(ctx, {
        images: i.images,
        rules: i.tagRules,
        latest: latest,
        labels: i.labels,
        annotations: i.annotations,
        now,
        created,
    });
    const tags = i.images.length ? m.tags : i.tags;
    if (i.images.length && !tags.length)
        throw new errors_UsageError(`images: no tag rule applies to this event (${ctx.event || 'no event'} on ${ctx.ref || 'no ref'}); add a rule such as type=raw,value=dev`);
    // the OCI set (with the user's entries on top), or only the user's entries
    const userOnly = (entries) => entries.filter((x) => x.includes('='));
    // the OCI set needs a repository to describe: a GitHub run, or images given
    const oci = i.ociMetadata && (Boolean(e.env.GITHUB_REPOSITORY) || Boolean(ctx.repo.url) || i.images.length > 0);
    const labels = oci ? kv(m.labels) : userOnly(i.labels);
    const annotationSet = oci ? kv(m.annotations) : userOnly(i.annotations);
    // index-level annotations need an index: a multi-platform build has one
    const levels = i.multiPlatform ? ['index', 'manifest'] : ['manifest'];
    const annotations = annotationSet.flatMap((a) => levels.map((l) => `${l}:${a}`));
    const push = i.images.length ? m.push : true;
    const out = { tags, labels, annotations, version: i.images.length ? m.version : '', push };
    if (!push)
        out.notice = `not pushing: ${ctx.event} on ${ctx.ref} (the tag rules push nothing for pull requests); the image is built and checked`;
    if (i.reproducible) {
        if (ctx.commitDate)
            out.sourceDateEpoch = Math.floor(ctx.commitDate.getTime() / 1000);
        else
            out.warning = 'reproducible: this event payload carries no commit time (push events do), so SOURCE_DATE_EPOCH is not set';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/cosign.ts
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
        throw new errors_UsageError('the cosign key is empty: give a key file, PEM text or a KMS URI (awskms://, gcpkms://, hashivault://, azurekms://, k8s://)');
    if (/-----BEGIN [A-Z ]+-----/.test(v))
        return { kind: 'pem', text: `${v}\n` };
    const lower = v.toLowerCase();
    if (KEY_URI_SCHEMES.some((s) => lower.startsWith(s)))
        return { kind: 'uri', uri: v };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v))
        throw new errors_UsageError(`unknown cosign key scheme in "${v.replace(/\/\/.*/, '//…')}": cosign takes ${KEY_URI_SCHEMES.join(', ')} or a key file`);
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
        throw new errors_UsageError('nothing to sign: no manifest digests');
    for (const i of images)
        if (!DIGEST_REF.test(i))
            throw new errors_UsageError(`cosign signs by digest, not by tag: "${i}" has no @sha256:… digest`);
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
        throw new errors_UsageError('keyless signing needs an OIDC token: on GitHub give the job "permissions: id-token: write"; on GitLab "id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore"; or sign with --key');
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
            throw new errors_UsageError('cosign takes a key file or URI; PEM text is written to a file first');
        args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
        if (keyTakesPassword(key))
            env.COSIGN_PASSWORD = o.password ?? '';
    }
    else {
        if (o.password !== undefined)
            throw new errors_UsageError('a cosign password goes with a key; keyless signing takes none');
        if (o.identityToken !== undefined) {
            if (!o.identityToken.trim())
                throw new errors_UsageError('the OIDC identity token for keyless signing is empty');
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
        throw new errors_UsageError('cosign takes a key file or URI; PEM text is written to a file first');
    return {
        args: ['public-key', `--key=${k.kind === 'file' ? k.path : k.uri}`, `--outfile=${outfile}`],
        env: keyTakesPassword(k) ? { COSIGN_PASSWORD: password ?? '' } : {},
    };
}
/** Checks a keyless identity is complete: one of identity/identityRegexp and one of issuer/issuerRegexp (cosign requires both). */
function checkIdentity(id) {
    if (id.identity !== undefined && id.identityRegexp !== undefined)
        throw new errors_UsageError('give --certificate-identity or --certificate-identity-regexp, not both');
    if (id.issuer !== undefined && id.issuerRegexp !== undefined)
        throw new errors_UsageError('give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both');
    if (id.identity === undefined && id.identityRegexp === undefined)
        throw new errors_UsageError('keyless verification needs --certificate-identity (or --certificate-identity-regexp): who signed');
    if (id.issuer === undefined && id.issuerRegexp === undefined)
        throw new errors_UsageError('keyless verification needs --certificate-oidc-issuer (or --certificate-oidc-issuer-regexp): whose token it was');
}
/** `cosign verify` of one manifest by digest: with the public key, or with the certificate's identity and issuer (keyless). */
function cosignVerifyCommand(o) {
    if (!DIGEST_REF.test(o.image))
        throw new errors_UsageError(`verify by digest, not by tag: "${o.image}" has no @sha256:… digest`);
    const args = ['verify'];
    if (o.key !== undefined) {
        if (o.identity)
            throw new errors_UsageError('verify with a key or with a certificate identity, not both');
        const key = classifyKey(o.key);
        if (key.kind === 'pem')
            throw new errors_UsageError('cosign takes a key file or URI; PEM text is written to a file first');
        args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
    }
    else {
        if (!o.identity)
            throw new errors_UsageError('verify with --key, or with --certificate-identity and --certificate-oidc-issuer');
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
function cosign_cosignErrorLine(stderr) {
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

;// CONCATENATED MODULE: ./src/pipeline/options.ts









const BACKENDS = ['auto', 'buildx', 'buildctl'];
const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64';
/** One item per line, commas inside a line belong to it; a quoted cell may hold newlines. */
const lines = (v) => parseList(v, { commas: false });
/** Items separated by newlines or commas. */
const items = (v) => parseList(v, { commas: true });
/**
 * Secrets: one id=value item per line, or a whole quoted item ("id=line 1\nline 2") for a value
 * with line breaks (PEM keys). Values are kept byte for byte: not trimmed, # not a comment.
 */
function parseSecrets(raw) {
    const secrets = {};
    for (const item of parseList(raw, { commas: false, comments: false, trim: false })) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new errors_UsageError('secrets: each item must be id=value (the value is never printed)');
        const id = item.slice(0, eq).trim();
        if (!/^[A-Za-z0-9_.-]+$/.test(id) || /^\.+$/.test(id))
            throw new errors_UsageError(`secrets: "${id}" is not a valid secret id (letters, digits, '_', '.', '-')`);
        if (id in secrets)
            throw new errors_UsageError(`secrets: "${id}" is given twice`);
        let value = item.slice(eq + 1);
        // id="value" (the quotes around the value only) is read as the value inside them
        if (/^"[\s\S]*"$/.test(value))
            value = value.slice(1, -1);
        secrets[id] = value;
    }
    return secrets;
}
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
function options_int(name, v, dflt, min, max) {
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
/**
 * Read and check every input (pure: `event` carries the GitHub variables and payload that the tag
 * rules and OCI labels are made from; none in unit tests unless given).
 */
function readOptions(get, event = { env: {} }) {
    const platformsRaw = get('platforms').trim() || DEFAULT_PLATFORMS;
    const secrets = parseSecrets(get('secrets'));
    const pushByDigest = bool('push-by-digest', get('push-by-digest'), false);
    const merge = bool('merge', get('merge'), false);
    if (pushByDigest && merge)
        throw new errors_UsageError('push-by-digest and merge are two different jobs: set one of them');
    const platforms = parsePlatformList(platformsRaw);
    const images = items(get('images'));
    const pushInput = bool('push', get('push'), false);
    const meta = resolveMetadata({
        tags: items(get('tags')),
        images,
        tagRules: get('tag-rules'),
        latest: get('latest'),
        labels: lines(get('labels')),
        annotations: lines(get('annotations')),
        ociMetadata: bool('oci-metadata', get('oci-metadata'), true),
        reproducible: bool('reproducible', get('reproducible'), false),
        multiPlatform: platforms.length > 1,
    }, event);
    // a pull request builds and checks, and pushes nothing (the tag rules' policy)
    const push = (pushInput && meta.push) || pushByDigest;
    const login = readLogin(get, push || merge);
    if (get('mirror').trim() === 'auto' && !get('mirror-registry').trim())
        throw new errors_UsageError('mirror: auto copies every FROM image into mirror-registry; set mirror-registry (e.g. registry.internal/mirror)');
    const load = bool('load', get('load'), false);
    const inputs = {
        platforms,
        context: get('context').trim() || '.',
        file: get('file').trim() || undefined,
        tags: meta.tags,
        images,
        labels: meta.labels,
        annotations: meta.annotations,
        version: meta.version,
        sourceDateEpoch: meta.sourceDateEpoch,
        pushNotice: pushInput && !meta.push ? meta.notice : undefined,
        metadataPush: meta.push,
        metadataWarning: meta.warning,
        buildArgs: lines(get('build-args')),
        target: get('target').trim() || undefined,
        secrets,
        push,
        load,
        outputs: lines(get('outputs')),
        cache: resolveCache(oneOf('cache', get('cache'), ['auto', 'registry', 'gha', 'local', 'none'], 'auto'), push, meta.tags.join(',') || get('image')),
        cacheFrom: lines(get('cache-from')),
        cacheTo: lines(get('cache-to')),
        provenance: attestationValue('provenance', get('provenance')),
        sbom: attestationValue('sbom', get('sbom')),
        qemu: oneOf('qemu', get('qemu'), ['auto', 'true', 'false'], 'auto'),
        qemuImage: get('qemu-image').trim() || undefined,
        buildkitImage: get('buildkit-image').trim() || undefined,
        helperRegistry: get('helper-registry').trim() || undefined,
        helperCache: bool('helper-cache', get('helper-cache'), true),
        retries: options_int('retries', get('retries'), 3, 0, 10),
        driver: oneOf('driver', get('driver'), DRIVERS, 'docker-container'),
        driverOpts: lines(get('driver-opts')),
        backend: oneOf('backend', get('backend'), BACKENDS, 'auto'),
        buildkitAddr: get('buildkit-addr').trim() || undefined,
        nodes: lines(get('nodes')).map(parseNode),
        nodeFallback: bool('node-fallback', get('node-fallback'), true),
        sign: signMode(get('sign')),
        cosignKey: get('cosign-key').trim(),
        cosignPassword: get('cosign-password'),
        cosignTlog: bool('cosign-tlog', get('cosign-tlog'), true),
        endpoint: get('endpoint').trim() || undefined,
        builder: get('builder').trim() || undefined,
        buildkitdConfig: get('buildkitd-config'),
        insecureRegistries: items(get('insecure-registries')),
        ...login,
        summary: bool('summary', get('summary'), true),
        verify: bool('verify', get('verify'), true),
        // a repository name is lowercase: ghcr.io/${{ github.repository }} works for Owner/Repo
        image: get('image').trim().toLowerCase() || undefined,
        pushByDigest,
        merge,
        digests: items(get('digests')),
        keepAttestations: bool('keep-attestations', get('keep-attestations'), false),
        digestsDir: get('digests-dir').trim() || undefined,
        check: get('check').trim().toLowerCase() === 'offline' || bool('check', get('check'), true),
        checkOffline: get('check').trim().toLowerCase() === 'offline',
        checkTimeoutMs: options_int('check-timeout', get('check-timeout'), 5, 1, 600) * 1000,
        registryTimeoutMs: options_int('registry-timeout', get('registry-timeout'), 300, 1, 7200) * 1000,
        mirror: get('mirror').trim(),
        mirrorRegistry: get('mirror-registry').trim() || undefined,
    };
    // keyless signing needs the CI's OIDC token: said now, not after the build
    if (inputs.sign === 'keyless' && inputs.push)
        requireOidcToken(event.env);
    // every input that can be wrong is found here, before the first side effect
    validateJob(inputs);
    return inputs;
}
/** sign: false (default), true or key (a key in cosign-key), keyless (the CI's OIDC identity). */
function signMode(v) {
    const s = v.trim().toLowerCase();
    if (s === '' || s === 'false')
        return 'false';
    if (s === 'true' || s === 'key')
        return 'key';
    if (s === 'keyless')
        return 'keyless';
    throw new errors_UsageError(`sign: "${v}" is not false, true (key), key or keyless`);
}
/**
 * The login: username and password together, or neither. A build that pushes nothing logs in
 * without a password by not logging in (pull requests from forks get no secrets), with a notice.
 */
function readLogin(get, pushes) {
    let username = get('username').trim();
    const password = get('password');
    const registry = get('registry').trim();
    let loginNotice;
    if (username && !password && !pushes) {
        loginNotice = `password is empty (pull requests from forks get no secrets) and nothing is pushed: not logging in to ${registry || 'docker.io'}`;
        username = '';
    }
    if (Boolean(username) !== Boolean(password))
        throw new errors_UsageError('username and password go together: set both to log in, or neither');
    if (registry && !username && !loginNotice)
        throw new errors_UsageError('registry is set but username/password are not; set both to log in');
    return { registry: registry || 'docker.io', username, password: username ? password : '', loginNotice };
}
/** auto: registry cache next to the image when pushing a tag, else none. */
function resolveCache(mode, push, tags) {
    if (mode !== 'auto')
        return mode;
    return push && items(tags).length ? 'registry' : 'none';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/registry/docker-config.ts
// The docker CLI's config.json, the one primitive every door shares: where it is ($DOCKER_CONFIG
// or ~/.docker), its shape, and the key a registry's credentials live under.




/** $DOCKER_CONFIG or ~/.docker, as the docker CLI resolves it. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
/** The config.json key of a registry: its host, lowercase; Docker Hub (by any of its names) keeps its historic URL. */
function configKey(registry) {
    const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (!host || normaliseRegistry(host) === DOCKER_HUB)
        return DOCKER_HUB_AUTH_KEY;
    if (!/^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(host))
        throw new errors_UsageError(`registry: "${registry}" is not a registry host`);
    return normaliseRegistry(host);
}
/** Whether a config.json key names this registry (https://, a path, another spelling of Docker Hub). */
function sameRegistry(key, registry) {
    return normaliseRegistry(key) === normaliseRegistry(registry);
}

;// CONCATENATED MODULE: ./src/core/login.ts
// The login policy: what the temporary DOCKER_CONFIG holds, and how `docker login` is called.


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
    return ['login', '--username', username, '--password-stdin', configKey(registry) === DOCKER_HUB_AUTH_KEY ? DOCKER_HUB : registry];
}
/** The config with this registry's credentials inline (used where no docker CLI runs: merge jobs). */
function configWithAuth(cfg, registry, username, password) {
    const key = configKey(registry);
    return { ...cfg, auths: { ...(cfg.auths ?? {}), [key]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } };
}

;// CONCATENATED MODULE: ./src/registry/inspect.ts



function entry(p, digest, mediaType, size) {
    const n = normalise(p);
    return { platform: formatPlatform(n), os: n.os, architecture: n.architecture, ...(n.variant ? { variant: n.variant } : {}), digest, mediaType, size };
}
/** The platform an image's config declares (single-platform images carry it only there). */
async function configPlatform(client, ref, manifest) {
    const bytes = await client.getBlobBytes(ref.registry, ref.repository, manifest.config.digest);
    const cfg = JSON.parse(bytes.toString('utf8'));
    if (!cfg.os || !cfg.architecture)
        return undefined;
    return normalise({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
}
/** Describe a fetched manifest: its platforms (from the index, or the config for a single image) and attestations. */
async function describeManifest(client, ref, m) {
    const info = { reference: reference_formatReference(ref), mediaType: m.mediaType, digest: m.digest, index: isIndex(m), platforms: [], attestations: [] };
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
            m = await client.getManifest(reference_withDigest(ref, head.digest), { allowMissing: true });
    }
    m ??= await client.getManifest(ref);
    return describeManifest(client, ref, m);
}
/** The entry for a platform: exact match first (variants included), then, for arm, a lower variant containerd would accept. */
function findPlatform(info, want) {
    const exact = info.platforms.find((e) => samePlatform(e, want));
    if (exact)
        return { entry: exact, exact: true };
    // containerd's matching: the closest older variant of the same architecture runs too
    const compatible = info.platforms.filter((e) => runsOn(e, want)).sort((a, b) => variantCloseness(b, want) - variantCloseness(a, want));
    return compatible[0] ? { entry: compatible[0], exact: false } : undefined;
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(8390);
;// CONCATENATED MODULE: ./src/dockerfile/parse.ts

/** Platform arguments BuildKit defines automatically (dockerfile-ast does not know them). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
/**
 * Parser directives, as BuildKit reads them: `# key=value` comment lines at the very top; the first
 * line that is not one (an instruction, another comment, a blank line) ends them (pure).
 */
function parseDirectives(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (!m)
            break;
        const key = m[1].toLowerCase();
        if (key in out)
            break;
        out[key] = m[2];
    }
    return out;
}
/** `# check=skip=JSONArgsRecommended,emulated-compile;error=true` -> the skipped names, lowercased (pure). */
function checkSkips(directive) {
    if (!directive)
        return [];
    for (const part of directive.split(';')) {
        const [k, v] = part.split('=', 2).map((x) => x.trim());
        if (k?.toLowerCase() === 'skip' && v)
            return v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    }
    return [];
}
/** Instructions whose arguments the Dockerfile frontend expands itself (not a shell). */
const EXPANDED = new Set(['COPY', 'ADD', 'ENV', 'WORKDIR', 'USER', 'LABEL', 'EXPOSE', 'VOLUME', 'STOPSIGNAL']);
function flags(i) {
    // From/Copy's own accessors (getPlatformFlag, getFromFlag) only see a lone flag: read all flags instead
    if (!(i instanceof main.ModifiableInstruction))
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
    const df = main.DockerfileParser.parse(text);
    const directives = parseDirectives(text);
    const out = { globalArgs: [], stages: [], directives, checkSkip: checkSkips(directives.check) };
    let stage;
    for (const i of df.getInstructions()) {
        const line = i.getRange().start.line + 1;
        if (i instanceof main.From) {
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
                expanded: [],
            };
            out.stages.push(stage);
            continue;
        }
        if (i instanceof main.Arg) {
            (stage ? stage.args : out.globalArgs).push(...argDecls(i, line));
            continue;
        }
        if (!stage)
            continue;
        const keyword = i.getKeyword().toUpperCase();
        if (EXPANDED.has(keyword))
            stage.expanded.push({ line, keyword, text: i.getArgumentsContent() ?? '' });
        if (i instanceof main.Env)
            stage.envs.push(...i.getProperties().map((p) => ({ name: p.getName(), line })));
        else if (i instanceof main.Run) {
            const mountFrom = flags(i)
                .filter((f) => f.name === 'mount')
                .flatMap((f) => f.value
                .split(',')
                .filter((kv) => kv.startsWith('from='))
                .map((kv) => kv.slice(5)));
            stage.runs.push({ line, text: runScript(i.getArgumentsContent() ?? ''), execForm: i.getJSONStrings().length > 0, mountFrom });
        }
        else if (i instanceof main.Copy || i instanceof main.Add) {
            const from = flags(i).find((f) => f.name === 'from')?.value;
            if (from) {
                const json = i.getJSONStrings().map((a) => a.getJSONValue());
                const words = json.length ? json : i.getArguments().map((a) => a.getValue());
                stage.copyFrom.push({ line, from, sources: words.slice(0, -1) });
            }
            if (i instanceof main.Add)
                for (const a of i.getArguments())
                    if (/^https?:\/\//i.test(a.getValue()))
                        stage.addUrls.push({ line, url: a.getValue() });
        }
    }
    return out;
}
/**
 * The script a RUN's shell runs: for `RUN <<EOF … EOF` (a heredoc and no command) BuildKit runs the
 * heredoc's body (`<<-` strips leading tabs); anything else is the text itself (pure).
 */
function runScript(text) {
    const m = /^<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*\n([\s\S]*?)\n[ \t]*\3[ \t]*$/.exec(text.trim());
    if (!m)
        return text;
    const body = m[4];
    return m[1] ? body.replace(/^\t+/gm, '') : body;
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
/**
 * A FROM value or flag as BuildKit's shell lexer reads it: variables expanded, quotes removed
 * ('…' literal, "…" expanded inside), so `debian:"${TAG}"` is `debian:bookworm` (pure).
 */
function expandWord(s, vars) {
    let out = '';
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return out + s.slice(i + 1);
            out += s.slice(i + 1, end);
            i = end + 1;
        }
        else if (c === '"') {
            let j = i + 1;
            let inner = '';
            while (j < s.length && s[j] !== '"') {
                if (s[j] === '\\' && (s[j + 1] === '"' || s[j + 1] === '\\')) {
                    inner += s[j + 1];
                    j += 2;
                }
                else
                    inner += s[j++];
            }
            out += expandVars(inner, vars);
            i = j + 1;
        }
        else {
            let j = i;
            while (j < s.length && s[j] !== "'" && s[j] !== '"')
                j++;
            out += expandVars(s.slice(i, j), vars);
            i = j;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/dockerfile/arch-names.ts
var arch_names = __nccwpck_require__(8245);
;// CONCATENATED MODULE: ./src/dockerfile/run-checks.ts
// The preflight's checks of what a stage runs and fetches, by what the shell really runs (shell.ts),
// per target platform: compiles under emulation, downloads fixed to one architecture, ARG defaults
// that pin an architecture. The shell parser is loaded only for scripts that could hold any of these.


/** Words without which a script can neither compile nor fetch a URL (platform variables are asked for apart). */
const CANDIDATE = /(?<![\w-])(go|cargo|rustc|gcc|g\+\+|c\+\+|cc|clang\+{0,2}|[\w.-]+-gcc|make|cmake|ninja|meson|mvn|mvnw|gradle|gradlew|javac|dotnet|npm|npx|yarn|pnpm|bun|node|deno|tsx|tsc|esbuild|webpack|rollup|tsup|swc|babel|vite|parcel|next|nuxi?|ng|astro|pip3?|python3?|node-gyp|xx-\w+|bazel|zig|maturin)(?![\w-])|https?:\/\//;
let shell;
const loadShell = () => {
    shell ??= Promise.all(/* import() */[__nccwpck_require__.e(914), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5835)).then((m) => m.analyseRun);
    return shell;
};
/** Analyse a RUN for a target, or say at once that it holds nothing to find (no parser loaded). */
async function analyse(script, target, vars) {
    if (!CANDIDATE.test(script))
        return { compiles: [], downloads: [], platformVars: [] };
    return (await loadShell())(script, target, vars);
}
/** The platform variables a RUN's shell really reads (not inside single quotes …): the parser's answer. */
async function platformVarsRead(script, target) {
    return (await loadShell())(script, target, {}).platformVars;
}
const ADVICE = {
    go: 'build it on the build platform (FROM --platform=$BUILDPLATFORM) with GOOS=$TARGETOS GOARCH=$TARGETARCH',
    rust: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM, cargo --target, or tonistiigi/xx)',
    c: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross compiler, or tonistiigi/xx-clang)',
    make: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross toolchain, or tonistiigi/xx)',
    java: 'Java bytecode does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the jar',
    dotnet: 'publish on the build platform (FROM --platform=$BUILDPLATFORM) with -r linux-$TARGETARCH',
    'node-native': 'native addons must match the target CPU: keep this stage emulated, or build on a native runner for that platform',
    'python-native': 'native wheels must match the target CPU: keep this stage emulated, or use prebuilt wheels / a native runner',
    js: 'a JavaScript bundle does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the output',
};
/** For a compile in the shipped ancestry: never "pin this stage" (that ships the build machine's binaries). */
const SHIPPED_ADVICE = {
    go: 'this stage is shipped, so do not pin it: compile in a new stage FROM --platform=$BUILDPLATFORM with GOOS=$TARGETOS GOARCH=$TARGETARCH and COPY --from it the binary',
    java: 'this stage is shipped, so do not pin it: build the jar in a new stage FROM --platform=$BUILDPLATFORM (bytecode runs on every CPU) and COPY --from it',
    js: 'this stage is shipped, so do not pin it: bundle in a new stage FROM --platform=$BUILDPLATFORM (the output runs on every CPU) and COPY --from it',
};
const SHIPPED_DEFAULT = 'this stage is shipped, so do not pin it: cross-compile in a new stage FROM --platform=$BUILDPLATFORM for $TARGETOS/$TARGETARCH and COPY --from it the output (gen-ci init / the fix shows the exact change)';
function advice(kind, shipped) {
    if (!shipped || kind === 'node-native' || kind === 'python-native')
        return ADVICE[kind];
    return SHIPPED_ADVICE[kind] ?? SHIPPED_DEFAULT;
}
/** emulated-compile: the first real compile of an emulated stage (one finding per stage). */
async function compileFinding(c) {
    if (!c.emulated.length)
        return undefined;
    for (const run of c.stage.runs) {
        for (const target of c.emulated) {
            const a = await analyse(run.text, target, c.varsAt(run.line, target));
            const first = a.compiles[0];
            if (!first)
                continue;
            return {
                level: 'warning',
                code: 'emulated-compile',
                line: run.line,
                message: `line ${run.line}: ${c.label} runs "${first.command}" under emulation for ${c.emulated.map(formatPlatform).join(', ')} (slow, often 5-20x); ${advice(first.kind, c.shipped)}`,
            };
        }
    }
    return undefined;
}
/** hardcoded-arch: a fetched URL (RUN or ADD) fixed to another architecture than a target the stage is built for. */
async function archFindings(c) {
    const out = [];
    const report = (line, url, token, target) => out.push({
        level: 'warning',
        code: 'hardcoded-arch',
        line,
        message: `line ${line}: ${c.label} downloads ${url}, fixed to ${token}, but is also built for ${formatPlatform(target)}; derive the name from $TARGETARCH (or dispatch on uname -m)`,
    });
    const wrong = (arches, target) => arches.find((t) => (0,arch_names/* archOfToken */.b)(t) && (0,arch_names/* archOfToken */.b)(t) !== normalise(target).architecture);
    const written = (text) => new Set((0,arch_names/* fixedArches */.J)(text));
    for (const run of c.stage.runs) {
        // a name that only an ARG's default put there is reported on that ARG (argArchFindings)
        const inText = written(run.text);
        for (const target of c.builtFor) {
            const a = await analyse(run.text, target, c.varsAt(run.line, target));
            const hit = a.downloads.map((d) => ({ d, token: wrong(d.arches.filter((t) => inText.has(t)), target) })).find((x) => x.token);
            if (hit) {
                report(run.line, hit.d.url, hit.token, target);
                break;
            }
        }
    }
    for (const add of c.stage.addUrls) {
        const tokens = [...written(add.url)];
        const target = c.builtFor.find((t) => wrong(tokens, t));
        if (target)
            report(add.line, add.url, wrong(tokens, target), target);
    }
    return out;
}
/**
 * hardcoded-arch on an ARG: a default such as `ARG ARCH=amd64` that names an architecture and drives
 * FROM names, COPY/ADD paths or RUN text stays that architecture for every target (unless passed).
 */
function argArchFindings(df, platforms, buildArgs) {
    const out = [];
    const others = (arch) => platforms.filter((p) => normalise(p).architecture !== arch);
    const check = (a, texts) => {
        if (a.value === undefined || a.name in buildArgs)
            return;
        const arch = (0,arch_names/* archOfToken */.b)(a.value.trim());
        if (!arch)
            return;
        const used = new RegExp(`\\$\\{?${a.name}\\b`);
        if (!texts.some((t) => used.test(t)))
            return;
        const wrongFor = others(arch);
        if (!wrongFor.length)
            return;
        out.push({
            level: 'warning',
            code: 'hardcoded-arch',
            line: a.line,
            message: `line ${a.line}: ARG ${a.name} defaults to ${a.value.trim()} and is used below, so it stays ${a.value.trim()} when building ${wrongFor.map(formatPlatform).join(', ')}; derive it from $TARGETARCH`,
        });
    };
    const stageTexts = (s) => [...s.runs.map((r) => r.text), ...s.expanded.map((x) => x.text), ...s.copyFrom.map((x) => x.from)];
    for (const a of df.globalArgs)
        check(a, [...df.stages.map((s) => `${s.base} ${s.platform ?? ''}`), ...df.stages.flatMap(stageTexts)]);
    for (const s of df.stages)
        for (const a of s.args)
            check(a, stageTexts(s));
    return out;
}

;// CONCATENATED MODULE: ./src/dockerfile/preflight.ts







const PLATFORM_ARG_USE = new RegExp(`\\$\\{?(${PLATFORM_ARGS.join('|')})\\b`, 'g');
function platformVars(target, build) {
    const t = normalise(target);
    const b = normalise(build);
    return {
        TARGETPLATFORM: formatPlatform(t),
        TARGETOS: t.os,
        TARGETARCH: t.architecture,
        TARGETVARIANT: t.variant ?? '',
        BUILDPLATFORM: formatPlatform(b),
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
            vars[a.name] = expandVars(a.value, vars);
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
/** The stage a build stops at: --target, else the last. */
function targetStage(df, opts) {
    if (!opts.target)
        return df.stages.length - 1;
    const i = stageIndex(df.stages, opts.target, df.stages.length);
    if (i === undefined)
        throw new errors_UserError(`${opts.file ?? 'Dockerfile'} has no stage named "${opts.target}"`);
    return i;
}
/** Each stage's FROM for one target platform: ARG substitution, stage references, --platform flags. */
function resolveStages(df, vars, target, build, findings) {
    const resolved = [];
    for (const s of df.stages) {
        const base = expandWord(s.base, vars);
        const parent = stageIndex(df.stages, base, s.index);
        let platform = target;
        let pinned = false;
        if (s.platform) {
            const raw = expandWord(s.platform, vars);
            try {
                platform = platform_parsePlatform(raw);
            }
            catch {
                findings.push({
                    level: 'error',
                    code: 'bad-platform',
                    line: s.line,
                    message: `line ${s.line}: --platform=${s.platform} expands to "${raw}", not a platform`,
                });
            }
            pinned = /\$\{?BUILDPLATFORM\b/.test(s.platform) || samePlatform(platform, build);
        }
        else if (parent !== undefined) {
            platform = resolved[parent]?.platform ?? target;
            pinned = resolved[parent]?.pinned ?? false;
        }
        resolved.push({ stage: s, platform, pinned, ...(parent !== undefined ? { parent } : {}), ...(parent === undefined ? { image: base } : {}) });
    }
    return resolved;
}
/** For every target platform, walk the stages the target depends on (FROM, COPY --from, RUN --mount from=). */
function walkBuild(df, opts, build, buildArgs, targetIdx, findings) {
    const w = { needs: new Map(), builtFor: new Map(), emulatedFor: new Map(), reachable: new Set() };
    const need = (image, line, p) => {
        let ref;
        try {
            ref = reference_formatReference(reference_parseReference(image));
        }
        catch (e) {
            findings.push({ level: 'error', code: 'unresolved-image', line, message: `line ${line}: ${e.message}` });
            return;
        }
        const n = w.needs.get(ref) ?? { line, platforms: [] };
        if (!n.platforms.some((x) => samePlatform(x, p)))
            n.platforms.push(p);
        w.needs.set(ref, n);
    };
    for (const target of opts.platforms) {
        const vars = globalScope(df, target, build, buildArgs);
        const resolved = resolveStages(df, vars, target, build, findings);
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
                const v = expandWord(c.from, vars);
                const si = stageIndex(df.stages, v, i);
                if (si !== undefined)
                    stack.push(si);
                else if (v && v.toLowerCase() !== 'scratch')
                    need(v, c.line, r.platform);
            }
            const add = (m, p) => {
                const list = m.get(i) ?? [];
                if (!list.some((x) => samePlatform(x, p)))
                    list.push(p);
                m.set(i, list);
            };
            if (!r.pinned)
                add(w.builtFor, r.platform);
            // a Linux platform the build machine does not run natively runs under QEMU; other OSes do not run at all here
            if (!r.pinned && r.platform.os === 'linux' && !samePlatform(r.platform, build) && !nativeOn(build).some((n) => samePlatform(n, r.platform)))
                add(w.emulatedFor, r.platform);
        }
        for (const i of seen)
            w.reachable.add(i);
    }
    return w;
}
/** The warnings of each stage the build reaches: compiles under emulation, hard-coded architectures, platform ARGs used undeclared. */
async function stageFindings(df, w, build, buildArgs, targetIdx) {
    const findings = [];
    const shippedChain = new Set(stageChain(df, targetIdx).map((x) => x.index));
    for (const i of [...w.reachable].sort((a, b) => a - b)) {
        const s = df.stages[i];
        const ctx = {
            stage: s,
            label: describe(s),
            builtFor: w.builtFor.get(i) ?? [],
            emulated: w.emulatedFor.get(i) ?? [],
            varsAt: (line, target) => stageVars(df, i, line, target, build, buildArgs),
            shipped: shippedChain.has(i),
        };
        const compile = await compileFinding(ctx);
        if (compile)
            findings.push(compile);
        if (ctx.builtFor.length > 1 || ctx.builtFor.some((p) => normalise(p).architecture !== normalise(build).architecture))
            findings.push(...(await archFindings(ctx)));
        findings.push(...(await undeclaredArgFindings(df, s, i, ctx, build)));
    }
    return findings;
}
/**
 * $TARGETARCH and friends used where the stage declares no ARG for them: in scope in a stage are
 * ENV along its FROM <stage> chain, ARGs of the stages it derives from (BuildKit carries them into
 * a stage based on another), and its own ARGs above the line.
 */
async function undeclaredArgFindings(df, s, i, ctx, build) {
    const findings = [];
    const chain = stageChain(df, i);
    const declared = new Set();
    for (const c of chain)
        for (const e of c.envs)
            declared.add(e.name);
    for (const c of chain.slice(1))
        for (const a of c.args)
            declared.add(a.name);
    const inScope = (line) => new Set([...declared, ...s.args.filter((a) => a.line < line).map((a) => a.name)]);
    const undeclared = (line, names, what, how) => {
        const args = inScope(line);
        for (const name of new Set(names)) {
            if (args.has(name))
                continue;
            findings.push({
                level: 'warning',
                code: 'undeclared-platform-arg',
                line,
                message: `line ${line}: ${what} uses $${name} but ${describe(s)} has no "ARG ${name}", so ${how} it empty; add ARG ${name} after the FROM`,
            });
        }
    };
    const named = (text) => [...text.matchAll(PLATFORM_ARG_USE)].map((m) => m[1]);
    for (const x of s.expanded)
        undeclared(x.line, named(x.text), x.keyword, 'BuildKit expands');
    for (const run of s.runs) {
        if (run.execForm)
            continue;
        const args = inScope(run.line);
        // only a name that is not in scope needs the parser: does the shell really read it (not in '…')?
        if (!named(run.text).some((n) => !args.has(n)))
            continue;
        undeclared(run.line, await platformVarsRead(run.text, ctx.builtFor[0] ?? build), 'RUN', 'the shell sees');
    }
    return findings;
}
/** Look every needed image up once, in parallel (offline: none), and say which lacks which platform. */
async function lookupImages(needs, opts, findings) {
    const lookup = opts.lookup ?? ((ref) => inspectImage(opts.client, reference_parseReference(ref)));
    if (!opts.offline && !opts.lookup && !opts.client)
        throw new Error('preflight needs a client or a lookup');
    return opts.offline
        ? [...needs]
            .sort((a, b) => a[1].line - b[1].line)
            .map(([image, n]) => ({ image, line: n.line, needed: n.platforms.map(formatPlatform), missing: [] }))
        : await Promise.all([...needs]
            .sort((a, b) => a[1].line - b[1].line)
            .map(async ([image, n]) => {
            const needed = n.platforms.map(formatPlatform);
            let info;
            try {
                info = await lookup(image);
            }
            catch (e) {
                findings.push({
                    level: 'error',
                    code: 'image-lookup',
                    line: n.line,
                    message: `line ${n.line}: cannot look up ${image}: ${e.message}`,
                });
                return { image, line: n.line, needed, missing: [] };
            }
            const available = info.platforms.map((p) => p.platform);
            const missing = [];
            for (const p of n.platforms) {
                const m = findPlatform(info, p);
                if (!m)
                    missing.push(formatPlatform(p));
                else if (!m.exact && m.entry.variant)
                    findings.push({
                        level: 'warning',
                        code: 'platform-fallback',
                        line: n.line,
                        message: `line ${n.line}: ${image} has no ${formatPlatform(p)}; the build will use its ${m.entry.platform} manifest`,
                    });
            }
            if (missing.length && !info.index) {
                // BuildKit does not refuse a single-platform image as the base of another platform: it
                // uses it, so the stage's binaries are the image's platform whatever the target says
                findings.push({
                    level: 'warning',
                    code: 'single-platform-base',
                    line: n.line,
                    message: `line ${n.line}: ${image} is a single-platform image for ${available.join(', ') || 'an undeclared platform'}; BuildKit uses it for ${missing.join(', ')} too, so that stage holds ${available.join(', ') || 'its'} binaries there — use a multi-platform base`,
                });
                return { image, line: n.line, needed, available, missing: [] };
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
}
/** `# check=skip=code,Other` (BuildKit's check directive) silences those codes, `all` every one; each finding once, errors first. */
function reportable(findings, checkSkip) {
    const skip = new Set(checkSkip);
    const skipped = (code) => skip.has('all') || skip.has(code) || skip.has(code.replace(/-/g, ''));
    const unique = [...new Map(findings.filter((f) => !skipped(f.code)).map((f) => [`${f.code} ${f.line} ${f.message}`, f])).values()];
    unique.sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
    return unique;
}
/**
 * The Dockerfile preflight: resolve every FROM (ARG substitution, stage references, --platform
 * flags) for each target platform, check that each image the build will pull has the platforms it
 * needs (variants compared too), and warn about patterns that break or crawl in multi-arch builds.
 */
async function preflight(opts) {
    const df = parseDockerfile(opts.dockerfile);
    const build = opts.buildPlatform ?? nativePlatforms()[0] ?? { os: 'linux', architecture: 'amd64' };
    const buildArgs = opts.buildArgs ?? {};
    if (df.stages.length === 0)
        return { ok: false, images: [], findings: [{ level: 'error', code: 'no-stage', message: `${opts.file ?? 'Dockerfile'} has no FROM` }] };
    const targetIdx = targetStage(df, opts);
    const findings = [];
    const walk = walkBuild(df, opts, build, buildArgs, targetIdx, findings);
    // warnings, once per stage/line
    findings.push(...argArchFindings(df, opts.platforms, buildArgs));
    findings.push(...(await stageFindings(df, walk, build, buildArgs, targetIdx)));
    const images = await lookupImages(walk.needs, opts, findings);
    const unique = reportable(findings, df.checkSkip);
    return { ok: !unique.some((f) => f.level === 'error'), images, findings: unique };
}
function nativeOn(build) {
    const b = normalise(build);
    return b.architecture === 'amd64' ? [b, { os: b.os, architecture: '386' }] : [b];
}
/**
 * The variables a RUN sees at a line, for one target: the ARGs declared along the stage's FROM <stage>
 * chain and in the stage above the line (values from --build-arg, else their defaults, else the
 * global ARG of that name), platform ARGs taking the target's values (pure).
 */
function stageVars(df, i, line, target, build, buildArgs) {
    const global = globalScope(df, target, build, buildArgs);
    const auto = platformVars(target, build);
    const vars = {};
    for (const s of stageChain(df, i).reverse()) {
        for (const a of s.args) {
            if (s.index === i && a.line >= line)
                continue;
            if (a.name in buildArgs)
                vars[a.name] = buildArgs[a.name];
            else if (a.name in auto)
                vars[a.name] = auto[a.name];
            else if (a.value !== undefined)
                vars[a.name] = expandVars(a.value, { ...global, ...vars });
            else if (a.name in global)
                vars[a.name] = global[a.name];
        }
    }
    return vars;
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
/** Read a Dockerfile and run the preflight; the door for the CLI and the action. */
async function checkDockerfile(path, opts) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors_UserError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    return preflight({ ...opts, dockerfile: text, file: path });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/core/duration.ts
/** A duration as people read it in one line: `0.2 s`, `1.5 s`, `12 s`, `30 s`. */
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
}

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

;// CONCATENATED MODULE: ./src/registry/credentials.ts





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
    const key = configKey(registry);
    const helperName = Object.entries(cfg.credHelpers ?? {}).find(([k]) => sameRegistry(k, registry))?.[1];
    if (helperName)
        return helper(helperName, key);
    const entry = Object.entries(cfg.auths ?? {}).find(([k]) => sameRegistry(k, registry))?.[1];
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/registry/realm.ts
// Which token servers a registry may send us to. A registry's Bearer challenge names a realm: the
// URL we send credentials to for a token. A compromised or malicious registry could name any URL
// (another company's server, a plain-HTTP one, the cloud metadata service), so, as
// go-containerregistry does, the realm must be https (http only when the registry itself is
// reached insecurely), must not be a private or link-local address unless the registry is one
// too, and must share the registry's trust domain (its last two DNS labels; an IP only itself).

/** The address families that must never receive credentials from a public registry. */
function isPrivateAddress(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    const v = (0,external_node_net_.isIP)(h);
    if (v === 4) {
        const [a, b] = h.split('.').map(Number);
        return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
    }
    if (v === 6)
        return h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:127.');
    return false;
}
const isLoopbackHost = (host) => {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\./.test(h);
};
/** The trust domain of a host: its last two labels; an IP literal (or a one-label name) is its own. */
function trustDomain(host) {
    const h = host
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '')
        .toLowerCase();
    if ((0,external_node_net_.isIP)(h))
        return h;
    const labels = h.split('.');
    return labels.length < 2 ? h : labels.slice(-2).join('.');
}
/**
 * Check the realm a registry named. `registryHost` is the host the client talks to (name or IP,
 * without port), `registryInsecure` true when it is reached over plain HTTP or without TLS checks.
 */
function checkRealm(realm, registryHost, registryInsecure) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return { refused: `its token realm "${realm}" is not a URL` };
    }
    if (url.protocol === 'http:') {
        if (!registryInsecure)
            return { refused: `its token realm ${url.origin} is plain HTTP while the registry is HTTPS (credentials would travel unencrypted)` };
    }
    else if (url.protocol !== 'https:') {
        return { refused: `its token realm ${realm} uses ${url.protocol.replace(/:$/, '')}, not https` };
    }
    const host = url.hostname;
    // both on this machine (a local registry with a local token server): one trust domain
    if (isLoopbackHost(host) && isLoopbackHost(registryHost))
        return { url };
    if (isPrivateAddress(host) && !isPrivateAddress(registryHost))
        return { refused: `its token realm ${url.origin} is a private or link-local address, the registry is not` };
    if (trustDomain(host) !== trustDomain(registryHost))
        return { refused: `its token realm ${url.origin} is outside the registry's domain (${trustDomain(host)} is not ${trustDomain(registryHost)})` };
    return { url };
}

;// CONCATENATED MODULE: ./src/registry/digest.ts



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
/** The content digest of some bytes (a string is its UTF-8): sha256:<hex> unless told sha512. */
function digestOf(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/registry/client.ts














/** An HTTP answer the registry gave that the operation could not accept. */
class RegistryError extends errors_UserError {
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
/** The error a call rejects with once its signal aborted: the signal's reason when it is an Error. */
function abortError(signal) {
    const r = signal.reason;
    if (r instanceof Error && !(r.name === 'AbortError' && !r.message))
        return r;
    return new errors_UserError(typeof r === 'string' && r ? r : 'the registry operation was cancelled');
}
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
/** A connection failure in a user's words; `host` is the peer, for the answers that name it. */
function netMessage(err, host) {
    const code = err.code ?? '';
    // Node's HTTP parser: the peer answered, but not in HTTP (another service on the port, TLS, …)
    if (code.startsWith('HPE_') || /^Parse Error/.test(err.message))
        return `${host ?? 'the peer'} does not speak HTTP (its answer is not an HTTP response; is this the registry's port?)`;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND')
        return 'host not found';
    if (code === 'ETIMEDOUT')
        return /^no answer /.test(err.message) ? err.message : 'timed out';
    if (code === 'ECONNRESET')
        return 'connection reset';
    if (code === 'EPROTO' || /wrong version number|ssl3_get_record|packet length too long/i.test(err.message))
        return 'TLS handshake failed (does it speak plain HTTP? then use --plain-http)';
    if (/certificate|CERT_|self[- ]signed/i.test(code + err.message))
        return `TLS certificate not trusted (${err.message}; use --insecure to skip verification)`;
    return err.message || code;
}
/** The answer's body broke off (reset, closed early, stalled): worth another try when the request can be replayed. */
class BodyError extends errors_UserError {
}
/** Answers whose connection went idle past the timeout (so a broken body is said as "stopped sending"). */
const stalled = new WeakSet();
/** A body read that failed, in a user's words: who, what, how far it got, why. */
function bodyError(res, what, got, err) {
    const msg = 'headers' in res ? res : undefined;
    const total = Number(msg?.headers['content-length'] ?? Number.NaN);
    const of = Number.isFinite(total) ? ` of ${total}` : '';
    const why = msg && stalled.has(msg) ? 'the registry stopped sending' : err.message === 'aborted' ? 'the connection closed' : netMessage(err);
    return new BodyError(`${what}: the answer ended early, after ${got}${of} bytes (${why})`);
}
async function readAll(res, limit, what, signal) {
    const chunks = [];
    let n = 0;
    try {
        for await (const c of res) {
            n += c.length;
            if (n > limit) {
                res.destroy();
                throw new errors_UserError(`${what} is larger than ${limit} bytes; refusing to buffer it`);
            }
            chunks.push(c);
        }
    }
    catch (e) {
        if (signal?.aborted)
            throw abortError(signal);
        if (e instanceof errors_UserError)
            throw e;
        throw bodyError(res, what, n, e);
    }
    return Buffer.concat(chunks);
}
/** `rate limited by HOST (HTTP 429), retry after 60 s`: what a 429 means, with the wait it asked for. */
function rateLimited(host, retryAfter) {
    const ms = parseRetryAfter(retryAfter);
    return `rate limited by ${host} (HTTP 429)${ms !== undefined ? `, retry after ${formatSeconds(ms)}` : ''}`;
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
    /**
     * A client sharing this one's connections, credentials, tokens and stats, with some options
     * replaced (e.g. a signal and timeouts for one bounded operation). Closing either closes both.
     */
    withOptions(extra) {
        const c = Object.create(RegistryClient.prototype);
        Object.assign(c, this, { opts: { ...this.opts, ...extra } });
        return c;
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
        const signal = this.opts.signal;
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        return new Promise((resolve, reject) => {
            const req = mod.request(url, { method, headers: h, agent, ...(signal ? { signal } : {}) });
            const bound = this.opts.requestTimeoutMs;
            const timeout = bound ?? this.opts.timeoutMs ?? 60_000;
            const timedOut = () => Object.assign(new Error(`no answer within ${formatSeconds(timeout)}`), { code: 'ETIMEDOUT' });
            let answered;
            req.setTimeout(timeout, () => {
                if (answered)
                    stalled.add(answered);
                req.destroy(timedOut());
            });
            // the idle timer alone lets a slow connect or a server that trickles bytes hold a request:
            // with requestTimeoutMs the whole wait for the answer's headers is bounded too (for a
            // streamed body, from when it has been sent)
            let answer;
            const startAnswerTimer = () => {
                if (bound !== undefined && !answer)
                    answer = setTimeout(() => req.destroy(timedOut()), bound);
            };
            if (body instanceof external_node_stream_.Readable)
                req.on('finish', startAnswerTimer);
            else
                startAnswerTimer();
            req.on('response', (res) => {
                clearTimeout(answer);
                answered = res;
                resolve(res);
            });
            req.on('error', (err) => {
                clearTimeout(answer);
                reject(signal?.aborted ? abortError(signal) : err);
            });
            req.on('close', () => clearTimeout(answer));
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
    /** Report a retry, then wait for it (ends early, rejecting, when the signal aborts). */
    retryWait(registry, host, attempt, retries, delayMs, reason) {
        this.opts.onRetry?.({ registry, host, attempt: attempt + 1, retries, delayMs, reason });
        return sleep(delayMs, this.opts.signal, abortError);
    }
    /**
     * How long to wait before retrying this answer (its Retry-After, capped at maxRetryDelayMs, or
     * the backoff), or undefined when it is final: not a transient status (429, 5xx) or out of retries.
     * Within a deadline, withDeadline ends the operation at once when the wait would pass it.
     */
    retryDelay(res, attempt, retries) {
        if (!RETRY_STATUS.has(res.statusCode ?? 0) || attempt >= retries)
            return undefined;
        return this.backoff(attempt, parseRetryAfter(res.headers['retry-after']));
    }
    backoff(attempt, retryAfter) {
        const max = this.opts.maxRetryDelayMs ?? 30_000;
        if (retryAfter !== undefined)
            return Math.min(retryAfter, max);
        return backoffMs(attempt, this.opts.retryBaseMs ?? 200, max, Math.random);
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
                if (this.opts.signal?.aborted)
                    throw abortError(this.opts.signal);
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
                    await this.retryWait(r.registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
                    continue;
                }
                const tries = attempt + 1;
                const why = netMessage(err, url.host);
                if (why.includes('does not speak HTTP'))
                    throw new errors_UserError(`${why.replace(/ \(/, ` (${r.what}; `)}`);
                throw new errors_UserError(`cannot reach registry ${r.registry} (${r.what}): ${why}${tries > 1 ? ` after ${tries} attempts` : ''}`);
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
            const wait = replayable && (status !== 500 || (r.retry500 ?? true)) ? this.retryDelay(res, attempt, retries) : undefined;
            if (wait !== undefined) {
                res.resume();
                await this.retryWait(r.registry, url.host, attempt, retries, wait, status === 429 ? rateLimited(url.host, res.headers['retry-after']) : `HTTP ${status}`);
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
        if (status === 429)
            throw new RegistryError(`${rateLimited(registry, res.headers['retry-after'])} (${what})`, 429, d.code);
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
    /** One token request (retried on connection failures, 429 and 5xx): OAuth2 POST or the GET token flow. */
    async tokenRequest(registry, realm, method, ch, scopes, creds) {
        const url = new URL(realm);
        const headers = {};
        let body;
        if (method === 'POST') {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds?.identityToken ?? '', client_id: 'gen-ci' });
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
            let res;
            try {
                res = await this.sendOnce(registry, method, url, headers, body);
            }
            catch (e) {
                const err = e;
                if (this.opts.signal?.aborted)
                    throw abortError(this.opts.signal);
                if (RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await this.retryWait(registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
                    continue;
                }
                throw new errors_UserError(`cannot reach the token server of ${registry} (${url.origin}): ${netMessage(err, url.host)}`);
            }
            this.opts.onRequest?.({ registry, method, url: url.toString(), kind: 'token', status: res.statusCode });
            this.stats.set(`${method} token`, (this.stats.get(`${method} token`) ?? 0) + 1);
            const wait = this.retryDelay(res, attempt, retries);
            if (wait !== undefined) {
                res.resume();
                await this.retryWait(registry, url.host, attempt, retries, wait, `HTTP ${res.statusCode}`);
                continue;
            }
            return res;
        }
    }
    async fetchToken(registry, ch, scopes) {
        const s = this.state(registry);
        const realm = ch.params.realm;
        if (!realm)
            throw new errors_UserError(`registry ${registry} asks for a Bearer token but names no realm`);
        const base = new URL(s.base);
        const checked = checkRealm(realm, base.hostname, base.protocol === 'http:' || listMatch(this.opts.insecure, registry));
        if (!checked.url)
            throw new errors_UserError(`registry ${registry} refused as a token issuer: ${checked.refused}; no credentials were sent`);
        const creds = await this.credentials(registry);
        // an identity token (docker login with OAuth) is a refresh token for the OAuth2 POST flow; a
        // token server without OAuth2 answers that POST with 404, and then the GET flow is the one
        // every token server has (the distribution token spec)
        let res = await this.tokenRequest(registry, checked.url, creds?.identityToken ? 'POST' : 'GET', ch, scopes, creds);
        if (res.statusCode === 404 && creds?.identityToken) {
            res.resume();
            res = await this.tokenRequest(registry, checked.url, 'GET', ch, scopes, creds);
        }
        const text = await readAll(res, 1024 * 1024, 'token response', this.opts.signal);
        const status = res.statusCode ?? 0;
        if (status === 401 || status === 403) {
            if (!creds)
                throw new RegistryError(`registry ${registry} requires authentication; log in first (docker login ${registry}) or set DOCKER_CONFIG`, status);
            throw new RegistryError(`the token server of ${registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''}: ${errorDetail(status, text).text}; check the user name and password`, status);
        }
        if (status === 429)
            throw new RegistryError(rateLimited(`the token server of ${registry}`, res.headers['retry-after']), 429);
        if (status !== 200)
            throw new RegistryError(`the token server of ${registry} answered ${errorDetail(status, text).text}`, status);
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
        return this.againOnBrokenBody(ref.registry, () => this.getManifestOnce(ref, opts));
    }
    /**
     * Run a whole GET again when its answer broke off or its bytes did not match their digest (a
     * connection cut, a corrupting proxy): bounded by the retries, each a retry event like any other.
     */
    async againOnBrokenBody(registry, once) {
        const retries = this.opts.retries ?? 4;
        for (let attempt = 0;; attempt++) {
            try {
                return await once();
            }
            catch (e) {
                const broken = e instanceof BodyError || e instanceof DigestMismatchError;
                if (!broken || attempt >= retries || this.opts.signal?.aborted)
                    throw e;
                const reason = e instanceof DigestMismatchError ? 'content did not match its digest' : 'the answer ended early';
                await this.retryWait(registry, new URL(this.state(registry).base).host, attempt, retries, this.backoff(attempt), reason);
            }
        }
    }
    async getManifestOnce(ref, opts) {
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
            throw new RegistryError(`${reference_formatReference(ref)} not found`, 404, 'MANIFEST_UNKNOWN');
        }
        await this.expect(res, [200], `GET ${what}`, ref.registry);
        const bytes = await readAll(res, 4 * 1024 * 1024, what, this.opts.signal);
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
        // a broken download is said as such, naming the source (its copy's upload reports it)
        res.on('error', (e) => verifier.destroy(this.opts.signal?.aborted ? abortError(this.opts.signal) : bodyError(res, what, verifier.bytes, e)));
        // whoever reads it (an upload's pipeline, readAll) gets its error; one nobody reads any more
        // (its copy was abandoned) must not become an uncaught exception
        verifier.on('error', () => { });
        res.pipe(verifier);
        return verifier;
    }
    /** A small blob (an image config) read whole, verified. */
    async getBlobBytes(registry, repository, digest, limit = 4 * 1024 * 1024) {
        return this.againOnBrokenBody(registry, async () => {
            const s = await this.getBlob(registry, repository, digest);
            return readAll(s, limit, `blob ${registry}/${repository}@${digest}`, this.opts.signal);
        });
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
            const j = JSON.parse((await readAll(res, 16 * 1024 * 1024, 'tag list', this.opts.signal)).toString('utf8'));
            out.push(...(j.tags ?? []));
            const link = res.headers.link;
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            path = next ? new URL(next, this.state(registry).base).toString() : undefined;
        }
        return out;
    }
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: ./src/registry/bounded.ts





/** A lookup that ran out of time. */
class DeadlineError extends errors_UserError {
}
/** The retry line a terminal shows. */
function retryLine(e) {
    return `retry ${e.attempt}/${e.retries} in ${formatSeconds(e.delayMs)}: ${e.reason} (${e.host})`;
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
        throw new errors_UserError(`a deadline must be positive, not ${o.timeoutMs} ms`);
    const ac = new AbortController();
    const parent = client.opts.signal;
    const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
    // every request of the operation listens to it (a mirror has dozens in flight)
    (0,external_node_events_.setMaxListeners)(0, signal);
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
            stop(new DeadlineError(o.what && !last ? `${o.what} did not finish within ${formatSeconds(o.timeoutMs)}${knob}` : `${at} did not answer within ${formatSeconds(o.timeoutMs)}${why}${o.what ? ` (${o.what})` : ''}`));
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
                    stop(new DeadlineError(`${said}; another try (in ${formatSeconds(e.delayMs)}) would pass the ${formatSeconds(o.timeoutMs)} deadline`));
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
        throw new errors_UserError(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
    const running = new Set();
    let closed = false;
    const register = (stop) => {
        running.add(stop);
        return () => running.delete(stop);
    };
    return {
        async lookup(image) {
            if (closed)
                throw new errors_UserError(`lookup of ${image} after the lookups were closed`);
            const ref = reference_parseReference(image);
            return withDeadline(client, o, (c) => inspectImage(c, ref), ref.registry, register);
        },
        close() {
            closed = true;
            for (const stop of [...running])
                stop(new errors_UserError('the image lookup was cancelled'));
        },
    };
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
/**
 * A bounded pool: at most `size` tasks run at once, waiting tasks start highest `priority` first
 * (ties in arrival order); once `abort` is called queued tasks are refused.
 */
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
    async run(task, priority = 0) {
        if (this.running >= this.size) {
            // a finishing task hands its slot over (running stays counted), so the bound always holds
            await new Promise((start) => {
                // after every entry of at least this priority: a stable order by priority
                let i = this.queue.length;
                while (i > 0 && this.queue[i - 1].priority < priority)
                    i--;
                this.queue.splice(i, 0, { priority, start });
            });
        }
        else
            this.running++;
        try {
            if (this.aborted)
                throw this.aborted;
            return await task();
        }
        finally {
            const next = this.queue.shift();
            if (next)
                next.start();
            else
                this.running--;
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/copy.ts











/** Wait ms, or reject at once when the operation is cancelled (its deadline passed). */
/** Counts what flows through, for progress (only needed when the source stream does not count itself). */
class Counter extends external_node_stream_.Transform {
    bytes = 0;
    _transform(chunk, _e, cb) {
        this.bytes += chunk.length;
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
    moving = new Set();
    ticker;
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
        let inFlight = 0;
        for (const m of this.moving)
            inFlight += m.bytes;
        this.opts.onProgress({ ...this.progress, bytesDone: this.progress.bytesDone + inFlight });
    }
    /** Progress is sampled every 100 ms while blobs move (no work per chunk); stopped when all are done or one failed. */
    sampling(on) {
        if (on && !this.ticker && this.opts.onProgress)
            this.ticker = setInterval(() => this.tick(), 100).unref();
        else if (!on && this.ticker) {
            clearInterval(this.ticker);
            this.ticker = undefined;
        }
    }
    /** Make sure the destination repository has the blob. */
    blob(src, dst, d) {
        const key = `${normaliseRegistry(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.blobs.get(key);
        if (!p) {
            this.progress.blobsTotal++;
            this.progress.bytesTotal += d.size;
            this.sampling(true);
            // largest first: the big layers of every platform start early and the tail is small blobs,
            // so the pool stays full until the end
            p = this.pool
                .run(() => this.copyBlob(src, dst, d), d.size)
                .then(() => {
                this.progress.blobsDone++;
                const all = this.progress.blobsDone === this.progress.blobsTotal;
                if (all)
                    this.sampling(false);
                this.tick(all);
            }, (e) => {
                this.sampling(false);
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
            // nothing to mount: open the source while the session opens, one round trip instead of two
            const opening = from ? undefined : client.getBlob(src.registry, src.repository, d.digest, d.size);
            opening?.catch(() => { }); // its failure is handled below, where it is awaited
            let session;
            try {
                session = await client.startUpload(dst.registry, dst.repository, from ? { repository: from, digest: d.digest } : undefined);
            }
            catch (e) {
                opening?.then((s) => s.destroy(), () => { });
                throw e;
            }
            if (session.mounted) {
                this.stats.blobsMounted++;
                this.progress.bytesDone += d.size;
                this.locations.add(dst.registry, dst.repository, d.digest);
                return;
            }
            if (from && from !== src.repository)
                this.locations.forget(dst.registry, from, d.digest);
            let moving;
            try {
                const source = await (opening ?? client.getBlob(src.registry, src.repository, d.digest, d.size));
                // the client's verifying stream counts what it read; only another kind of stream gets a counter
                let body = source;
                if (this.opts.onProgress) {
                    if (typeof source.bytes === 'number')
                        moving = source;
                    else {
                        const counter = new Counter();
                        body = source.pipe(counter);
                        source.on('error', (e) => counter.destroy(e));
                        moving = counter;
                    }
                    this.moving.add(moving);
                }
                if (this.opts.chunkSize)
                    await client.uploadChunked(dst.registry, dst.repository, session.location, d.digest, body, this.opts.chunkSize);
                else
                    await client.putUpload(dst.registry, dst.repository, session.location, d.digest, body, d.size);
            }
            catch (e) {
                // a digest mismatch may be a corrupting hop (a proxy, a cut connection): the whole transfer is tried again, bounded
                const permanent = e instanceof RegistryError && e.status !== 429 && e.status < 500;
                if (permanent || attempt >= retries)
                    throw e;
                await sleep(backoffMs(attempt, 500), client.opts.signal, abortError);
                continue;
            }
            finally {
                if (moving)
                    this.moving.delete(moving);
            }
            this.progress.bytesDone += d.size;
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
        if (isIndex(m))
            await Promise.all(m.json.manifests.map((c) => this.manifest(src, dst, c)));
        else
            await Promise.all(manifestBlobs(m.json).map((b) => this.blob(src, dst, b)));
    }
    finish() {
        this.sampling(false);
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
            source: reference_formatReference(src),
            destination: reference_formatReference(dst),
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
        throw new RegistryError(`${reference_formatReference(src)} not found`, 404, 'MANIFEST_UNKNOWN');
    if (all && dstHead?.digest === srcHead.digest)
        return result(srcHead.digest, srcHead.mediaType, [], true);
    const m = await client.getManifest(reference_withDigest(src, srcHead.digest));
    if (!isIndex(m)) {
        const p = await configPlatform(client, src, m.json);
        const plat = p ? formatPlatform(p) : 'unknown';
        if (opts.platforms && !(p && opts.platforms.some((w) => samePlatform(p, w))))
            throw new errors_UserError(`${reference_formatReference(src)} is a single-platform image for ${plat}, not ${opts.platforms.map(formatPlatform).join(', ')}`);
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
            throw new errors_UserError(`${reference_formatReference(src)} has no ${missing.map(formatPlatform).join(', ')}; it has ${platformsOf(m.json.manifests).join(', ') || 'no runnable platform'}`);
    }
    let bytes = m.bytes;
    if (!all && entries.length !== m.json.manifests.length) {
        if (dst.digest && !dst.tag)
            throw new errors_UserError('a destination by digest cannot receive a subset of platforms (the index changes); give a tag');
        bytes = serialiseIndex({ ...m.json, manifests: entries });
    }
    const digest = digestOf(bytes);
    if (dstHead?.digest === digest)
        return result(digest, m.mediaType, platforms, true);
    await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
    await client.putManifest(dst.tag ? dst : reference_withDigest(dst, digest), bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(digest, m.mediaType, platforms, false);
}

;// CONCATENATED MODULE: ./src/registry/family.ts


/** Docker schema 2 media types and their OCI equivalents (config and layers). */
const DOCKER_TO_OCI = {
    'application/vnd.docker.container.image.v1+json': 'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.docker.image.rootfs.diff.tar': 'application/vnd.oci.image.layer.v1.tar',
    'application/vnd.docker.image.rootfs.diff.tar.zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
};
function familyOf(mediaType) {
    return mediaType === MT.dockerManifest || mediaType === MT.dockerList ? 'docker' : 'oci';
}
/**
 * A Docker schema 2 image manifest rewritten as an OCI image manifest (pure). Blobs are
 * unchanged (the config JSON and gzip layers are the same bytes); only descriptors' media
 * types change, so the manifest gets a new digest.
 */
function dockerToOci(m) {
    const convert = (d, what) => {
        const mediaType = DOCKER_TO_OCI[d.mediaType ?? ''] ?? (d.mediaType?.startsWith('application/vnd.oci.') ? d.mediaType : undefined);
        if (!mediaType)
            throw new errors_UserError(`cannot convert ${what} of media type ${d.mediaType} to OCI (foreign or unknown layer); rebuild that platform with OCI media types`);
        return { ...d, mediaType };
    };
    const out = {
        schemaVersion: 2,
        mediaType: MT.ociManifest,
        config: convert(m.config, 'the config'),
        layers: (m.layers ?? []).map((l, i) => convert(l, `layer ${i + 1}`)),
        ...(m.annotations ? { annotations: m.annotations } : {}),
    };
    return Buffer.from(JSON.stringify(out, null, 2));
}
/** The parts of an image config every platform of one image should agree on. */
const ESSENTIALS = ['Entrypoint', 'Cmd', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'StopSignal'];
function essentialsOf(configJson) {
    let cfg;
    try {
        cfg = JSON.parse(configJson);
    }
    catch {
        return {};
    }
    const c = cfg.config ?? {};
    const out = {};
    for (const k of ESSENTIALS)
        if (c[k] !== undefined && c[k] !== null && c[k] !== '')
            out[k] = c[k];
    return out;
}
/** First disagreement between legs, as one line (pure); undefined when they agree. */
function essentialsDrift(legs) {
    const [first, ...rest] = legs;
    if (!first)
        return undefined;
    for (const k of ESSENTIALS) {
        const want = JSON.stringify(first.essentials[k] ?? null);
        const other = rest.find((l) => JSON.stringify(l.essentials[k] ?? null) !== want);
        if (other) {
            return `the platforms disagree on ${k}: ${first.platform} has ${want}, ${other.platform} has ${JSON.stringify(other.essentials[k] ?? null)}; they look like different builds — rebuild every platform from one commit`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/merge.ts








/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client, s) {
    const m = await client.getManifest(s.ref);
    const name = reference_formatReference(s.ref);
    if (!isIndex(m)) {
        const declared = await configPlatform(client, s.ref, m.json);
        if (s.platform && declared && !samePlatform(declared, s.platform))
            throw new errors_UserError(`${name} is built for ${formatPlatform(declared)} (its config says so), not ${formatPlatform(s.platform)}`);
        const p = s.platform ?? declared;
        if (!p)
            throw new errors_UserError(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
        const desc = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...normalise(p) } };
        return [{ desc, platform: normalise(p), source: s, attestations: [] }];
    }
    const runnable = m.json.manifests.filter((d) => !isAttestation(d) && descriptorPlatform(d));
    const picked = s.platform ? runnable.filter((d) => samePlatform(descriptorPlatform(d), s.platform)) : runnable;
    if (s.platform && picked.length === 0)
        throw new errors_UserError(`${name} has no ${formatPlatform(s.platform)}; it has ${runnable.map((d) => formatPlatform(descriptorPlatform(d))).join(', ') || 'no runnable platform'}`);
    if (picked.length === 0)
        throw new errors_UserError(`${name} is an index without any runnable platform manifest`);
    return picked.map((d) => ({
        desc: d,
        platform: descriptorPlatform(d),
        source: s,
        attestations: m.json.manifests.filter((a) => isAttestation(a) && a.annotations?.[REF_DIGEST_ANNOTATION] === d.digest),
    }));
}
/** One candidate per platform; two sources of one platform need --prefer to say which wins. */
function pickPerPlatform(all, prefer) {
    const chosen = new Map();
    for (const c of all) {
        const key = formatPlatform(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!prefer)
                throw new errors_UserError(`${key} comes from both ${reference_formatReference(prev.source.ref)} and ${reference_formatReference(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    return [...chosen.values()];
}
/** Nothing is tagged unless every required platform comes from some leg. */
function requirePlatforms(picked, require, target) {
    if (!require?.length)
        return;
    const have = picked.map((c) => formatPlatform(c.platform));
    const missing = require.map((p) => formatPlatform(normalise(p))).filter((p) => !have.includes(p));
    if (missing.length)
        throw new errors_UserError(`not tagging ${reference_formatReference(target)}: no leg built ${missing.join(', ')} (the legs have ${have.join(', ')})`);
}
/** The legs must be one image for several platforms: the essentials of their configs agree. */
async function requireSameImage(client, picked, target) {
    const legs = await Promise.all(picked.map(async (c) => {
        const m = await client.getManifest(reference_withDigest(c.source.ref, c.desc.digest));
        const cfg = m.json.config;
        const bytes = cfg ? await client.getBlobBytes(c.source.ref.registry, c.source.ref.repository, cfg.digest) : Buffer.from('{}');
        return { platform: formatPlatform(c.platform), essentials: essentialsOf(bytes.toString('utf8')) };
    }));
    const drift = essentialsDrift(legs);
    if (drift)
        throw new errors_UserError(`not merging into ${reference_formatReference(target)}: ${drift}`);
}
/** One manifest family per index: when the legs mix Docker and OCI, the Docker legs are rewritten as OCI in the target. */
async function oneFamily(client, t, picked, target) {
    if (new Set(picked.map((c) => familyOf(c.desc.mediaType))).size < 2)
        return;
    await Promise.all(picked
        .filter((c) => familyOf(c.desc.mediaType) === 'docker')
        .map(async (c) => {
        const m = await client.getManifest(reference_withDigest(c.source.ref, c.desc.digest));
        await t.contents(c.source.ref, target, m);
        const bytes = dockerToOci(m.json);
        const digest = await client.putManifest(reference_withDigest(target, digestOf(bytes)), bytes, MT.ociManifest);
        c.desc = { ...c.desc, mediaType: MT.ociManifest, digest, size: bytes.length };
        c.converted = true;
        c.attestations = [];
    }));
}
/** The index document: each leg's descriptor with its normalised platform, attestations when kept, the index annotations. */
function indexOf(picked, opts) {
    const manifests = picked.map((c) => {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        return { ...base, platform: { ...(c.desc.platform ?? {}), ...normalise(c.platform) }, ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}) };
    });
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const annotated = Object.keys(opts.annotations ?? {}).length > 0;
    const allDocker = !annotated && manifests.every((d) => d.mediaType === MT.dockerManifest);
    const mediaType = allDocker ? MT.dockerList : MT.ociIndex;
    return { bytes: serialiseIndex({ schemaVersion: 2, mediaType, manifests, ...(annotated ? { annotations: opts.annotations } : {}) }), mediaType };
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
    const picked = pickPerPlatform((await Promise.all(sources.map((s) => candidates(client, s)))).flat(), opts.prefer);
    requirePlatforms(picked, opts.require, target);
    if (!opts.allowConfigDrift)
        await requireSameImage(client, picked, target);
    const t = new Transfer(client, opts);
    await oneFamily(client, t, picked, target);
    // children first: the tag never points at an index whose manifests are not there
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const { bytes, mediaType } = indexOf(picked, opts);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: reference_formatReference(target),
        digest: digestOf(bytes),
        mediaType,
        platforms: picked.map((c) => ({ platform: formatPlatform(c.platform), digest: c.desc.digest, source: reference_formatReference(c.source.ref) })),
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

;// CONCATENATED MODULE: ./src/registry/signatures.ts





/**
 * Signatures and referrers that travel with a mirrored image:
 * - cosign's tags `sha256-<hex>.sig`, `.att` and `.sbom` beside each copied manifest;
 * - OCI referrers (distribution-spec 1.1): read with `GET /v2/<name>/referrers/<digest>` where the
 *   registry has that API, else from the referrers tag schema (`sha256-<hex>` holding an image
 *   index of them); written to the destination with a manifest PUT that the registry indexes by its
 *   `subject` (it answers `OCI-Subject`), else by merging them into the referrers tag there.
 * Everything a signature or referrer references is pushed before it, and a referrers tag only
 * after every manifest it lists, so no destination tag ever points at something incomplete.
 */
/** cosign's tag suffixes: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'];
/** How deep referrers of referrers are followed (a signature on an SBOM attached to an image is 2). */
const MAX_REFERRER_DEPTH = 3;
/** cosign's tags for a manifest digest (`sha256:ab…` → `sha256-ab….sig`, `.att`, `.sbom`). */
function cosignTags(digest) {
    const base = digest.replace(':', '-');
    return COSIGN_SUFFIXES.map((kind) => ({ kind, tag: `${base}.${kind}` }));
}
/**
 * The referrers tag schema's tag for a digest: the algorithm truncated to 32 characters, `-`, the
 * encoded part truncated to 64, any character a tag may not hold replaced with `-`.
 */
function referrersTag(digest) {
    const i = digest.indexOf(':');
    const algorithm = (i < 0 ? '' : digest.slice(0, i)).slice(0, 32);
    const encoded = digest.slice(i + 1).slice(0, 64);
    return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9._-]/g, '-');
}
/** The descriptor a referrers list holds for a manifest: artifactType (else the config's media type) and its annotations. */
function referrerDescriptor(m) {
    const json = m.json;
    const artifactType = json.artifactType || (isIndex(m) ? undefined : json.config?.mediaType);
    return {
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(json.annotations && Object.keys(json.annotations).length ? { annotations: json.annotations } : {}),
    };
}
/**
 * A referrers index with `add` merged in: existing entries are kept as they are (in order), new
 * ones are appended, none twice (by digest). `added` is what was not there yet.
 */
function mergeReferrers(current, add) {
    const manifests = [...(current?.manifests ?? [])];
    const have = new Set(manifests.map((d) => d.digest));
    const added = [];
    for (const d of add) {
        if (have.has(d.digest))
            continue;
        have.add(d.digest);
        manifests.push(d);
        added.push(d);
    }
    return { index: { ...(current ?? {}), schemaVersion: 2, mediaType: MT.ociIndex, manifests }, added };
}
/** Whether a manifest read from a referrers tag is the image index the schema wants there. */
function isReferrersIndex(m) {
    return m.mediaType === MT.ociIndex && Array.isArray(m.json.manifests);
}
/**
 * The cosign tags to look at for these digests: those the tag list holds, or every candidate when
 * there is no tag list (then each is looked up, and a missing one is skipped).
 */
function cosignCandidates(digests, tags) {
    return digests.flatMap((subject) => cosignTags(subject).flatMap((t) => (!tags || tags.has(t.tag) ? [{ subject, ...t }] : [])));
}
/** Digests of the manifests a copy wrote, for which signatures are looked up: the index (when its digest was kept) and its entries. */
function coveredDigests(sourceTop, result, platforms, keepAttestations = true) {
    if (!isIndex(sourceTop))
        return [sourceTop.digest];
    const entries = selectEntries(sourceTop.json, platforms, keepAttestations).map((d) => d.digest);
    return [...(sourceTop.digest === result.digest ? [sourceTop.digest] : []), ...entries];
}
const REFERRERS_LIMIT = 4 * 1024 * 1024;
async function readBody(res, what) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        n += c.length;
        if (n > REFERRERS_LIMIT) {
            res.destroy();
            throw new RegistryError(`${what} is larger than ${REFERRERS_LIMIT} bytes`, 200);
        }
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}
function tagRef(ref, tag) {
    return { registry: ref.registry, repository: ref.repository, tag };
}
/**
 * Finds and copies signatures and referrers for one mirror run. It remembers, per registry,
 * whether the referrers API answers (a 404 means it does not: the tag schema is used from then on)
 * and, per source repository, its tag list, so a warm mirror of an unsigned image costs one tag
 * list and one referrers request, issued together.
 */
class SignatureCopier {
    client;
    transfer;
    api = new Map();
    tagLists = new Map();
    constructor(client, transfer) {
        this.client = client;
        this.transfer = transfer;
    }
    /** The repository's tags, once per run; undefined when the registry will not list them (each candidate is then looked up). */
    tagSet(ref) {
        const key = `${normaliseRegistry(ref.registry)}/${ref.repository}`;
        let p = this.tagLists.get(key);
        if (!p) {
            p = this.client.listTags(ref.registry, ref.repository).then((tags) => new Set(tags), (e) => {
                if (e instanceof RegistryError)
                    return undefined;
                throw e;
            });
            this.tagLists.set(key, p);
        }
        return p;
    }
    /**
     * The referrers of `subject` in `ref`'s repository: the referrers API where the registry has it
     * (followed across Link pages), else the referrers tag schema; `tags` (the repository's tag
     * list) spares the GET of a referrers tag that does not exist.
     */
    async referrers(ref, subject, tags) {
        const registry = normaliseRegistry(ref.registry);
        if (this.api.get(registry) !== false) {
            const what = `referrers of ${ref.registry}/${ref.repository}@${subject}`;
            let path = `/v2/${ref.repository}/referrers/${subject}`;
            const descriptors = [];
            const seen = new Set();
            while (path) {
                seen.add(path);
                const res = await this.client.request({
                    registry: ref.registry,
                    method: 'GET',
                    path,
                    headers: { accept: MT.ociIndex },
                    scopes: [pullScope(ref.repository)],
                    what,
                });
                const status = res.statusCode ?? 0;
                const type = String(res.headers['content-type'] ?? '')
                    .split(';')[0]
                    ?.trim();
                if (status === 200 && type === MT.ociIndex) {
                    const j = JSON.parse((await readBody(res, what)).toString('utf8'));
                    if (!Array.isArray(j.manifests))
                        throw new RegistryError(`${what}: the registry answered an index without manifests`, 200);
                    descriptors.push(...j.manifests);
                    this.api.set(registry, true);
                    const link = res.headers.link;
                    const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
                    path = next && !seen.has(next) ? next : undefined;
                    continue;
                }
                if (descriptors.length)
                    await this.client.expect(res, [], `GET ${what} (next page)`, ref.registry);
                // the spec: a 404 means no referrers API (go-containerregistry also falls back on 400,
                // 406 and an answer that is not an image index); anything else is an error
                if (status === 404 || (status === 200 && type !== MT.ociIndex))
                    this.api.set(registry, false);
                else if (status !== 400 && status !== 406)
                    await this.client.expect(res, [200], `GET ${what}`, ref.registry);
                res.resume();
                break;
            }
            if (this.api.get(registry) === true)
                return { descriptors, via: 'api' };
        }
        const tag = referrersTag(subject);
        const known = await tags;
        if (known && !known.has(tag))
            return { descriptors: [], via: 'tag' };
        const m = await this.client.getManifest(tagRef(ref, tag), { allowMissing: true });
        // the spec: a referrers tag that does not hold an image index means no referrers
        return { descriptors: m && isReferrersIndex(m) ? m.json.manifests : [], via: 'tag' };
    }
    /** Referrers of several subjects: the first alone while the registry's API support is unknown, then the rest together. */
    async referrersOfAll(ref, subjects, tags) {
        const out = new Map();
        let rest = subjects;
        if (!this.api.has(normaliseRegistry(ref.registry)) && subjects.length > 1) {
            out.set(subjects[0], (await this.referrers(ref, subjects[0], tags)).descriptors);
            rest = subjects.slice(1);
        }
        const lists = await Promise.all(rest.map((s) => this.referrers(ref, s, tags)));
        for (const [i, s] of rest.entries())
            out.set(s, lists[i].descriptors);
        return out;
    }
    /** Copy the cosign tags and referrers of `digests` (manifests already in dst) from src's repository to dst's. */
    async copy(src, dst, digests) {
        const items = [];
        const tags = this.tagSet(src);
        // discovery, level by level: referrers of the manifests, then referrers of those referrers
        const levels = [];
        const seen = new Set(digests);
        let subjects = [...seen];
        for (let depth = 0; depth < MAX_REFERRER_DEPTH && subjects.length; depth++) {
            const level = await this.referrersOfAll(src, subjects, tags);
            const found = [...level.entries()].filter(([, ds]) => ds.length);
            if (!found.length)
                break;
            levels.push(new Map(found));
            subjects = [...new Set(found.flatMap(([, ds]) => ds.map((d) => d.digest)))].filter((d) => !seen.has(d));
            for (const d of subjects)
                seen.add(d);
        }
        const cosign = cosignCandidates([...seen], await tags);
        const copyLevels = async () => {
            // a level's referrers exist in dst before referrers of them are pushed
            for (const level of levels)
                await Promise.all([...level.entries()].map(([subject, ds]) => this.copyReferrers(src, dst, subject, ds, items)));
        };
        await Promise.all([copyLevels(), ...cosign.map((c) => this.copyCosignTag(src, dst, c, items))]);
        // a stable report: by manifest (the index first), then sig, att, sbom, referrers
        const order = [...seen];
        const kinds = [...COSIGN_SUFFIXES, 'referrer'];
        items.sort((a, b) => order.indexOf(a.subject) - order.indexOf(b.subject) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.digest.localeCompare(b.digest));
        return { copied: items.filter((i) => i.status === 'copied').length, present: items.filter((i) => i.status === 'present').length, items };
    }
    async copyCosignTag(src, dst, c, items) {
        const [s, d] = await Promise.all([this.client.headManifest(tagRef(src, c.tag)), this.client.headManifest(tagRef(dst, c.tag))]);
        if (!s)
            return; // no such tag (or it went away since the tag list)
        if (d?.digest === s.digest) {
            items.push({ kind: c.kind, subject: c.subject, digest: s.digest, tag: c.tag, status: 'present' });
            return;
        }
        const m = await this.client.getManifest(reference_withDigest(src, s.digest));
        await this.transfer.contents(src, dst, m);
        await this.client.putManifest(tagRef(dst, c.tag), m.bytes, m.mediaType);
        items.push({ kind: c.kind, subject: c.subject, digest: m.digest, tag: c.tag, status: 'copied' });
    }
    async copyReferrers(src, dst, subject, wanted, items) {
        const there = await this.referrers(dst, subject);
        const have = new Set(there.descriptors.map((d) => d.digest));
        const needTag = [];
        const pushed = [];
        await Promise.all(wanted.map(async (d) => {
            if (have.has(d.digest)) {
                items.push({ kind: 'referrer', subject, digest: d.digest, artifactType: d.artifactType, via: there.via, status: 'present' });
                return;
            }
            const m = await this.client.getManifest(reference_withDigest(src, d.digest));
            await this.transfer.contents(src, dst, m);
            if (!(await this.putReferrer(dst, m)))
                needTag.push(m);
            pushed.push(m);
        }));
        if (needTag.length) {
            // the destination did not index the subject: merge into its referrers tag, read just before
            // writing; every manifest it lists is in place by now
            const ref = tagRef(dst, referrersTag(subject));
            const current = await this.client.getManifest(ref, { allowMissing: true });
            if (current && !isReferrersIndex(current))
                throw new RegistryError(`${reference_formatReference(ref)} holds a ${current.mediaType}, not the referrers index the OCI referrers tag schema keeps there; not overwriting it`, 409);
            const { index, added } = mergeReferrers(current?.json, needTag.map(referrerDescriptor));
            if (added.length)
                await this.client.putManifest(ref, serialiseIndex(index), MT.ociIndex);
        }
        const viaTag = new Set(needTag.map((m) => m.digest));
        for (const m of pushed)
            items.push({
                kind: 'referrer',
                subject,
                digest: m.digest,
                artifactType: referrerDescriptor(m).artifactType,
                via: viaTag.has(m.digest) ? 'tag' : 'api',
                status: 'copied',
            });
    }
    /** PUT a referrer by digest; true when the registry processed its subject (answered `OCI-Subject`). */
    async putReferrer(dst, m) {
        const what = `manifest ${dst.registry}/${dst.repository}@${m.digest}`;
        const res = await this.client.request({
            registry: dst.registry,
            method: 'PUT',
            path: `/v2/${dst.repository}/manifests/${m.digest}`,
            headers: { 'content-type': m.mediaType },
            body: m.bytes,
            scopes: [pushScope(dst.repository)],
            what,
        });
        res.resume();
        await this.client.expect(res, [200, 201, 202], `PUT ${what}`, dst.registry);
        const subject = m.json.subject?.digest;
        return subject !== undefined && Boolean(res.headers['oci-subject']);
    }
}
/**
 * Digests of what a copy wrote: the image, or the index (when its digest was kept) and its kept
 * entries. The source index is read by digest (the client's manifest cache usually has it).
 */
async function copiedDigests(client, src, result, opts = {}) {
    if (!opts.platforms && !isIndexType(result.mediaType))
        return [result.digest];
    const top = await client.getManifest(opts.platforms ? src : reference_withDigest(src, result.digest));
    return coveredDigests(top, result, opts.platforms, opts.keepAttestations ?? true);
}

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
        const ref = reference_parseReference(`${prefix}/${src.repository}${keyOf(src)}`);
        if (!isRegistryHost(prefix.split('/')[0]))
            throw new errors_UsageError(`mirror prefix "${dst}" must start with a registry host (e.g. registry.example.com/mirror/)`);
        return ref;
    }
    const ref = reference_parseReference(d, { defaultTag: false });
    return ref.tag || ref.digest ? ref : reference_parseReference(`${reference_formatReference(ref)}${keyOf(src)}`);
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
            throw new errors_UsageError(`${origin} line ${i + 1}: expected SRC=DST, got "${l}"`);
        const src = reference_parseReference(parts[0]);
        out.push({ src, dst: destinationFor(src, parts[1]) });
    });
    return out;
}
async function readPairsFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (e) {
        throw new UsageError(`cannot read ${path}: ${e.code ?? e.message}`);
    }
    return parsePairLines(text, path);
}
/**
 * Mirror several images in one run: they share connections, tokens and the knowledge of where
 * blobs live, so later pairs mount what earlier ones uploaded. Each image's signatures and
 * referrers follow it once the image itself is complete in the destination.
 */
async function mirrorImages(client, pairs, opts = {}) {
    const locations = opts.locations ?? new BlobLocations();
    const transfer = new Transfer(client, { ...opts, locations });
    const signatures = opts.signatures === false ? undefined : new SignatureCopier(client, transfer);
    const results = [];
    for (const [i, pair] of pairs.entries()) {
        opts.onPair?.(pair, i);
        try {
            const r = await copyImage(client, pair.src, pair.dst, opts, transfer);
            if (signatures) {
                try {
                    signatures.tagSet(pair.src).catch(() => { }); // under way while the index is read; copy() reports its failure
                    r.signatures = await signatures.copy(pair.src, pair.dst, await copiedDigests(client, pair.src, r, opts));
                }
                catch (e) {
                    if (e instanceof errors_UserError)
                        throw new errors_UserError(`copying the signatures and referrers: ${e.message} (--no-signatures skips them)`, e.exitCode);
                    throw e;
                }
                transfer.finish();
            }
            results.push(r);
        }
        catch (e) {
            if (e instanceof errors_UserError && pairs.length > 1)
                throw new errors_UserError(`mirror ${reference_formatReference(pair.src)} → ${reference_formatReference(pair.dst)}: ${e.message}`, e.exitCode);
            throw e;
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/pipeline/cosign-binary.ts
// Where the cosign binary comes from: PATH when it is there; on a GitHub runner without it, the
// pinned release downloaded from sigstore/cosign and checked against its sha256 before it is ever
// run (the digests are those sigstore/cosign-installer pins for the same release), kept in the
// door's cache so the next run downloads nothing.





const COSIGN_VERSION = 'v2.5.0';
/** sha256 of cosign-linux-<arch> of the pinned release */
const COSIGN_SHA256 = {
    amd64: '1f6c194dd0891eb345b436bb71ff9f996768355f5e0ce02dde88567029ac2188',
    arm64: '080a998f9878f22dafdb9ad54d5b2e2b8e7a38c53527250f9d89a6763a28d545',
};
const COSIGN_RELEASES = 'https://github.com/sigstore/cosign/releases/download';
const ARCH = { x64: 'amd64', arm64: 'arm64' };
/** The release asset for this machine and its digest (pure). */
function cosignAsset(nodeArch, version = COSIGN_VERSION, base = COSIGN_RELEASES) {
    const arch = ARCH[nodeArch];
    const sha256 = arch ? COSIGN_SHA256[arch] : undefined;
    if (!arch || !sha256)
        throw new errors_UserError(`no pinned cosign for this machine (${process.platform}/${nodeArch}): put cosign on PATH (sigstore/cosign-installer)`, 1, 'missing-tool');
    return { url: `${base}/${version}/cosign-linux-${arch}`, sha256, name: `cosign-${version}-linux-${arch}` };
}
/** Download to `dest`, checking the digest before the file gets its name and mode (a bad download is never run). */
async function downloadVerified(url, sha256, dest, fetchFn = fetch, timeoutMs = 120_000) {
    let body;
    try {
        const res = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
        if (!res.ok)
            throw new Error(`HTTP ${res.status}`);
        body = Buffer.from(await res.arrayBuffer());
    }
    catch (err) {
        throw new errors_UserError(`could not download cosign from ${url}: ${err.message}; put cosign on PATH (sigstore/cosign-installer) instead`, 1, 'missing-tool');
    }
    const got = digestOf(body).slice('sha256:'.length);
    if (got !== sha256)
        throw new errors_UserError(`the cosign download from ${url} has sha256 ${got}, not the pinned ${sha256}: not using it`, 1, 'digest-mismatch');
    const tmp = `${dest}.part`;
    (0,external_node_fs_.writeFileSync)(tmp, body, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(tmp, 0o755);
    (0,external_node_fs_.renameSync)(tmp, dest);
}
/**
 * The cosign to run: `cosign` from PATH; else, on a GitHub runner, the pinned release (from the
 * Actions cache when it holds it); else one line saying how to get it.
 */
async function ensureCosign(ctx, env = process.env) {
    if (onPath('cosign', env.PATH))
        return 'cosign';
    if (env.GITHUB_ACTIONS !== 'true' || !(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP)) {
        throw new errors_UserError('cosign is not on PATH: install it (apt-get install cosign, brew install cosign, or the sigstore/cosign-installer action) to sign', 1, 'missing-tool');
    }
    const asset = cosignAsset(process.arch);
    const dir = (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP, 'gen-ci-cosign', COSIGN_VERSION);
    const bin = (0,external_node_path_.join)(dir, 'cosign');
    if ((0,external_node_fs_.existsSync)(bin))
        return bin;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const cache = await ctx.cache;
    const key = `gen-ci-${asset.name}-${asset.sha256.slice(0, 16)}`;
    if (cache) {
        try {
            if (await cache.restore(dir, key, [])) {
                if ((0,external_node_fs_.existsSync)(bin)) {
                    ctx.log.info(`cosign ${COSIGN_VERSION} from the Actions cache`);
                    // the cache is trusted no more than the network: the digest is checked again
                    if (digestOf((0,external_node_fs_.readFileSync)(bin)) === `sha256:${asset.sha256}`)
                        return bin;
                    ctx.log.warning('the cached cosign does not match its pinned digest; downloading it again');
                }
            }
        }
        catch (err) {
            ctx.log.warning(`could not restore cosign from the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    ctx.log.info(`downloading cosign ${COSIGN_VERSION} (${asset.url}, sha256 ${asset.sha256})`);
    await downloadVerified(asset.url, asset.sha256, bin);
    if (cache) {
        try {
            await cache.save(dir, key);
        }
        catch (err) {
            ctx.log.warning(`could not save cosign to the Actions cache (${err.message.split('\n')[0]})`);
        }
    }
    return bin;
}

;// CONCATENATED MODULE: ./src/pipeline/sign.ts
// Signing what was pushed: the index and every platform manifest, by digest, with cosign; then each
// verified with the same key or identity. The effect around src/core/cosign.ts's command lines:
// the registry client lists the digests, a key given as PEM text lives in a 0600 file in a private
// temporary directory only while cosign needs it, and a password only ever reaches cosign through
// COSIGN_PASSWORD (never an argument, never a printed line).








/** A manifest that is not signed by the given key/identity: one line naming it; code `unsigned`. */
class NotSignedError extends errors_UserError {
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
    const r = normaliseRegistry(registry);
    return opt.some((x) => normaliseRegistry(x) === r);
}
/** cosign's transport flags for a registry: plain HTTP for loopback and --plain-http ones, unverified TLS for --insecure ones. */
function cosignRegistryOptions(registry, o) {
    return {
        ...(isLoopback(registry) || listed(o.plainHttp, registry) ? { allowHttpRegistry: true } : {}),
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
    const at = reference_withDigest(ref, top.digest);
    const info = await describeManifest(client, at, top);
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
    const r = await exec_run(bin, inv.args, { env, silent: true, input: '' });
    if (r.exitCode === 127 && !r.stdout && /Unable to locate executable|not found|ENOENT/i.test(r.stderr))
        throw new errors_UserError(`cosign is not installed: ${bin} was not found${o.cosign ? '' : ' on PATH'}; ${COSIGN_HINT}`, 1, 'missing-tool');
    return { exitCode: r.exitCode, stdout: redact(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
}
/** That cosign runs at all (before any registry work): its version line, or one line saying it is missing. */
async function requireCosign(o = {}) {
    const r = await cosign(o, { args: ['version', '--json'], env: {} }, []);
    if (r.exitCode !== 0)
        throw new UserError(`${o.cosign ?? 'cosign'} version failed: ${cosignErrorLine(r.stderr) || `exit ${r.exitCode}`}; ${COSIGN_HINT}`, 1, 'missing-tool');
    try {
        return JSON.parse(r.stdout).gitVersion ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** A private temporary directory (0700) for key material, removed by the returned function whatever happens. */
async function keyDir() {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gen-ci-cosign-'));
    await (0,promises_namespaceObject.chmod)(dir, 0o700);
    return { dir, remove: () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }) };
}
/** Verify each target (in parallel) and return their verdicts in order. */
async function verifyTargets(targets, o, secrets) {
    const reg = cosignRegistryOptions(o.registry, o);
    return Promise.all(targets.map(async (t) => {
        const inv = cosignVerifyCommand({ image: t.reference, key: o.key, identity: o.identity, ignoreTlog: o.ignoreTlog, ...reg });
        const r = await cosign(o, inv, secrets);
        if (r.exitCode === 0)
            return { ...t, verified: true };
        return { ...t, verified: false, verdict: verifyVerdict(r.stderr), detail: cosign_cosignErrorLine(r.stderr) || `exit ${r.exitCode}` };
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
        requireOidcToken(ambient);
    if ('key' in o.signer)
        classifyKey(o.signer.key);
    let identity;
    if ('keyless' in o.signer && verify) {
        identity = o.signer.identity ?? ciKeylessIdentity(ambient);
        if (!identity)
            throw new errors_UsageError('verifying a keyless signature needs the signer identity: give --certificate-identity and --certificate-oidc-issuer (GitHub Actions and GitLab CI are known), or --no-verify');
        checkIdentity(identity);
    }
    const targets = await listSignTargets(client, ref);
    const reg = cosignRegistryOptions(ref.registry, o);
    const tmp = await keyDir();
    try {
        let key;
        if ('key' in o.signer) {
            const source = classifyKey(o.signer.key);
            if (source.kind === 'pem') {
                key = (0,external_node_path_.join)(tmp.dir, 'cosign.key');
                await (0,promises_namespaceObject.writeFile)(key, source.text, { mode: 0o600 });
                await (0,promises_namespaceObject.chmod)(key, 0o600);
            }
            else
                key = source.kind === 'file' ? source.path : source.uri;
        }
        const inv = cosignSignCommand({
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
            throw new errors_UserError(`cosign sign of ${targets.repository}@${targets.digest} failed: ${cosign_cosignErrorLine(r.stderr) || `exit ${r.exitCode}`}`);
        const signed = targets.targets.map((t) => ({ ...t, signature: signatureReference(targets.repository, t.digest) }));
        for (const s of signed)
            o.onSigned?.(s);
        if (!verify)
            return { repository: targets.repository, digest: targets.digest, signed, verified: false };
        let verifyKey;
        if (key !== undefined) {
            const source = classifyKey(key);
            if (source.kind === 'uri' && !source.uri.toLowerCase().startsWith('env://'))
                verifyKey = source.uri;
            else {
                // the public half of a private key file (or env://VAR): what a user verifies with
                verifyKey = (0,external_node_path_.join)(tmp.dir, 'cosign.pub');
                const pub = await cosign(o, cosignPublicKeyCommand(key, verifyKey, password), secrets);
                if (pub.exitCode !== 0)
                    throw new errors_UserError(`cosign public-key of the signing key failed: ${cosign_cosignErrorLine(pub.stderr) || `exit ${pub.exitCode}`}`);
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

;// CONCATENATED MODULE: ./src/pipeline/steps.ts






























/** How a long command's output is shown: to the door's output, else echoed with the command line. */
function shown(ctx) {
    return ctx.output ? { silent: true, onOutput: ctx.output } : {};
}
/** The run's temp directory is recorded before it exists, so that post removes it whatever happens next. */
function newContext(log, lifecycle, i, o = {}) {
    const base = o.base ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    const tempDir = lifecycle.path((0,external_node_path_.join)(base, `gen-ci-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`));
    (0,external_node_fs_.mkdirSync)(tempDir, { mode: 0o700 });
    const open = o.openCache;
    const insecure = i.insecureRegistries.length ? i.insecureRegistries : undefined;
    return {
        tempDir,
        env: {},
        log,
        lifecycle,
        registry: { plainHttp: insecure, insecure },
        registryTimeoutMs: i.registryTimeoutMs ?? 300_000,
        retryBaseMs: o.retryBaseMs ?? 1000,
        openCache: open ? () => open(log) : undefined,
        output: o.output,
    };
}
/** A temporary DOCKER_CONFIG holding the login; the user's own config is only read. */
async function login(ctx, i, o = { docker: !i.merge }) {
    if (i.loginNotice)
        ctx.log.notice(i.loginNotice);
    if (i.pushNotice)
        ctx.log.notice(i.pushNotice);
    if (i.metadataWarning)
        ctx.log.warning(i.metadataWarning);
    if (!i.username)
        return undefined;
    const userDir = dockerConfigDir();
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
    if (!o.docker) {
        // merge jobs and buildctl need no Docker: the registry client and buildctl read the credentials from this config
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(configWithAuth(prepared, i.registry, i.username, i.password), null, 2), { mode: 0o600 });
        ctx.env.DOCKER_CONFIG = dir;
        ctx.log.info(`Credentials for ${i.registry} as ${i.username} in a temporary DOCKER_CONFIG (removed when the job ends)`);
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
    const res = await exec_run('docker', loginArgs(i.registry, i.username), { input: i.password, silent: true, env: ctx.env });
    if (res.exitCode !== 0) {
        const why = exec_lastErrorLine(res.stderr).replace(i.password, '***');
        throw new errors_UserError(`login to ${i.registry} as ${i.username} failed: ${why}`);
    }
    ctx.log.info(`Logged in to ${i.registry} as ${i.username} (temporary DOCKER_CONFIG; removed when the job ends)`);
    return dir;
}
/** `docker buildx version`, read once (it decides which flags the build may use). */
async function buildxVersion(ctx) {
    const v = await exec_run('docker', ['buildx', 'version'], { silent: true, env: ctx.env });
    if (isBuildxMissing(v.stderr))
        throw new errors_UserError(BUILDX_MISSING);
    return v.exitCode === 0 ? parseBuildxVersion(v.stdout) : undefined;
}
const steps_platformsOf = (info) => (info?.platforms ?? []).flatMap((p) => {
    try {
        return [platform_parsePlatform(p)];
    }
    catch {
        return [];
    }
});
/** Install only the QEMU emulators the requested platforms need, on the machine the builder runs on. */
async function setupQemu(ctx, i, facts) {
    const native = facts.daemonPlatform ? [platform_parsePlatform(facts.daemonPlatform)] : [];
    const registered = readRegisteredEmulators();
    let plan = planQemu(i, { native, registered });
    // an existing builder's own list can only spare an install (qemu: auto): ask for it only then
    let builder;
    if (!('skip' in plan) && plan.install.length && i.qemu === 'auto' && facts.builder) {
        builder = await facts.builder();
        plan = planQemu(i, { native, registered, builderPlatforms: steps_platformsOf(builder) });
    }
    if ('skip' in plan) {
        ctx.log.info(plan.skip);
        return;
    }
    if (plan.native.length)
        ctx.log.info(`native: ${plan.native.join(', ')}`);
    if (plan.registered.length)
        ctx.log.info(`QEMU already registered${builder ? ` (or listed by builder ${builder.name})` : ''} for: ${plan.registered.join(', ')}`);
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
    const res = await exec_run('docker', binfmtInstallArgs(image, plan.install), { env: ctx.env, ...shown(ctx) });
    if (res.exitCode !== 0) {
        throw new errors_UserError(`could not install QEMU emulators (${plan.install.join(', ')}) with ${image}: ${exec_lastErrorLine(res.stderr)}; mirror the image (gen-ci mirror) and set helper-registry or qemu-image, or set qemu: false if the runner already has them`);
    }
}
/**
 * buildctl: gen-ci cannot install emulators without Docker. A daemonless BuildKit runs here, so
 * say which foreign platforms have no emulator registered; a BuildKit daemon elsewhere has its own.
 */
function checkEmulators(ctx, i, target) {
    if (target.command !== 'buildctl-daemonless.sh') {
        ctx.log.info('BuildKit runs elsewhere: its emulators are its host\'s (nothing installed here)');
        return;
    }
    if (!binfmtReadable()) {
        ctx.log.info('binfmt_misc is not mounted here (a container?): cannot tell which emulators the kernel has; foreign RUN steps need QEMU registered on the host');
        return;
    }
    const plan = planEmulators(i.platforms, 'auto', hostNativePlatforms(), readRegisteredEmulators());
    if (plan.native.length)
        ctx.log.info(`native: ${plan.native.join(', ')}`);
    if (plan.registered.length)
        ctx.log.info(`QEMU registered for: ${plan.registered.join(', ')}`);
    if (plan.install.length && i.qemu !== 'false') {
        const missing = i.platforms.map(formatPlatform).filter((p) => !plan.native.includes(p) && !plan.registered.includes(p));
        ctx.log.warning(`no QEMU emulator is registered for ${missing.join(', ')} on this machine, and without Docker gen-ci cannot install one: RUN steps for them fail with "exec format error" (register them on the host: apt-get install qemu-user-static, or docker run --privileged tonistiigi/binfmt --install ${plan.install.join(',')})`);
    }
}
/** The builder to reuse (builder input, or the engine's own for driver: docker), before anything else happens. */
async function existingBuilder(ctx, i) {
    if (i.builder)
        return i.builder;
    if (i.driver !== 'docker')
        return undefined;
    const c = await exec_run('docker', ['context', 'show'], { silent: true, env: ctx.env });
    if (isBuildxMissing(c.stderr))
        throw new errors_UserError(BUILDX_MISSING);
    return c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default';
}
/**
 * Create a builder (docker-container / remote); its name is recorded before `buildx create`
 * runs, so a bootstrap that fails halfway is still removed by the post step.
 */
async function createBuilder(ctx, i) {
    const plan = planBuilder(i, builderName(), ctx.tempDir);
    if (plan.kind === 'existing')
        throw new Error('createBuilder called for an existing builder');
    if (plan.toml)
        (0,external_node_fs_.writeFileSync)(plan.toml.path, plan.toml.content);
    if (plan.image)
        await ensureHelper(ctx, i, plan.image);
    ctx.lifecycle.builder(plan.name);
    const res = await exec_run('docker', plan.args, { env: ctx.env, ...shown(ctx) });
    if (res.exitCode !== 0) {
        if (isBuildxMissing(res.stderr))
            throw new errors_UserError(BUILDX_MISSING);
        throw new errors_UserError(`could not create the ${i.driver} builder: ${exec_lastErrorLine(res.stderr)}${i.driver === 'docker-container' ? " (its BuildKit image must be pullable; set helper-registry or buildkit-image, or driver: docker to use the engine's builder)" : ''}`);
    }
    return { name: plan.name, created: true, driver: i.driver };
}
/**
 * A builder of native nodes: each --node's platforms go to it, the rest to a local node (a
 * BuildKit container, QEMU for foreign platforms). A node that does not answer is left out of
 * the builder with a warning and its platforms move to the local node (node-fallback: false:
 * the job fails). Everything is recorded before it is created.
 */
async function createNodeBuilder(ctx, i, daemonPlatform) {
    const name = builderName();
    let plan = planNodeBuilder(i, name, ctx.tempDir);
    ctx.lifecycle.builder(plan.name);
    for (const args of plan.nodeArgs) {
        const res = await exec_run('docker', args, { silent: true, env: ctx.env });
        if (res.exitCode !== 0) {
            if (isBuildxMissing(res.stderr))
                throw new errors_UserError(BUILDX_MISSING);
            throw new errors_UserError(`could not add node ${args[args.length - 1]} to builder ${name}: ${exec_lastErrorLine(res.stderr)}`);
        }
    }
    // which nodes answer: buildx inspect (no --bootstrap) lists an unreachable one as inactive
    const ins = await exec_run('docker', ['buildx', 'inspect', name], { silent: true, env: ctx.env });
    const status = new Map(parseInspectNodes(ins.stdout).map((n) => [n.name, n.status]));
    const built = [];
    const lost = [];
    i.nodes.forEach((n, k) => {
        const node = nodeName(name, k);
        const platforms = n.platforms.map(formatPlatform);
        const st = status.get(node) ?? 'unknown';
        if (st === 'running') {
            ctx.log.info(`node ${node} (${n.endpoint}): ${platforms.join(', ')}`);
            built.push({ node, endpoint: n.endpoint, platforms, fallback: false });
            return;
        }
        const why = `node ${n.endpoint} for ${platforms.join(', ')} does not answer (buildx: ${st})`;
        if (!i.nodeFallback)
            throw new errors_UserError(`${why}; node-fallback is off, so the build stops (start the node, or drop it from nodes)`);
        ctx.log.warning(`${why}: building ${platforms.join(', ')} on the local node under QEMU instead`);
        lost.push(...platforms);
    });
    for (const k of i.nodes.keys()) {
        const node = nodeName(name, k);
        if (status.get(node) !== 'running')
            await exec_run('docker', leaveNodeArgs(name, node), { silent: true, env: ctx.env });
    }
    if (lost.length)
        plan = planNodeBuilder(i, name, ctx.tempDir, lost);
    if (plan.localPlatforms.length) {
        const local = localNodeName(name);
        const platforms = plan.localPlatforms;
        // the local node runs on this machine: QEMU for its foreign platforms, here
        await setupQemu(ctx, { ...i, platforms: platforms.map(platform_parsePlatform), driver: 'docker-container' }, { daemonPlatform });
        if (plan.localContainer) {
            if (plan.toml)
                (0,external_node_fs_.writeFileSync)(plan.toml.path, plan.toml.content);
            await ensureHelper(ctx, i, plan.localContainer.image);
            ctx.lifecycle.container(plan.localContainer.name);
            const res = await exec_run('docker', plan.localContainer.runArgs, { silent: true, env: ctx.env });
            if (res.exitCode !== 0)
                throw new errors_UserError(`could not start the local BuildKit node (${plan.localContainer.image}): ${exec_lastErrorLine(res.stderr)}`);
        }
        const append = plan.commands[plan.commands.length - 1];
        const res = await exec_run('docker', append.slice(1), { silent: true, env: ctx.env });
        if (res.exitCode !== 0)
            throw new errors_UserError(`could not add the local node to builder ${name}: ${exec_lastErrorLine(res.stderr)}`);
        ctx.log.info(`node ${local} (this machine): ${platforms.join(', ')}`);
        built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: platforms.filter((p) => !lost.includes(p)), fallback: false });
        if (lost.length)
            built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: lost, fallback: true });
    }
    const boot = await exec_run('docker', ['buildx', 'inspect', '--bootstrap', name], { silent: true, env: ctx.env });
    if (boot.exitCode !== 0)
        throw new errors_UserError(`builder ${name} did not start: ${exec_lastErrorLine(boot.stderr)}`);
    return { name, created: true, driver: plan.driver, nodes: built.filter((b) => b.platforms.length) };
}
/** Helper images (binfmt, BuildKit): local, else the Actions cache, else pulled with retries. */
async function ensureHelper(ctx, i, image) {
    if (i.helperCache && ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const source = await ensureImage(image, {
        log: ctx.log,
        env: ctx.env,
        cache: i.helperCache ? await ctx.cache : undefined,
        retries: i.retries,
        retryBaseMs: ctx.retryBaseMs,
        record: (path) => ctx.lifecycle.path(path),
        hint: 'mirror it into a registry you control (gen-ci mirror) and set helper-registry, or keep it in the Actions cache (helper-cache: true)',
    });
    ctx.log.info(`${image}: ${source === 'local' ? 'already present' : source === 'cache' ? 'from the Actions cache' : 'pulled'}`);
}
/** What a builder is (driver, BuildKit version, platforms); undefined when it cannot be inspected. */
async function describeBuilder(ctx, name) {
    const ins = await exec_run('docker', ['buildx', 'inspect', ...(name ? [name] : [])], { silent: true, env: ctx.env });
    return ins.exitCode === 0 ? parseInspect(ins.stdout) : undefined;
}
function builderVersions(buildx, info) {
    return { buildx, buildkit: info?.buildkit ? parseVersion(info.buildkit) : undefined };
}
/** Secret values go to randomly named 0600 files in the run's temp dir, passed as --secret id=..,src=.. */
function writeSecrets(ctx, secrets) {
    const out = {};
    if (!Object.keys(secrets).length)
        return out;
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'secrets');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    for (const [id, value] of Object.entries(secrets)) {
        const file = (0,external_node_path_.join)(dir, (0,external_node_crypto_.randomBytes)(8).toString('hex'));
        (0,external_node_fs_.writeFileSync)(file, value, { mode: 0o600, flag: 'wx' });
        out[id] = file;
    }
    return out;
}
async function build(ctx, i, builder, versions) {
    const slug = jobSlug(i);
    const plan = planBuild(i, {
        builder: builder.name,
        driver: builder.driver,
        versions,
        tempDir: ctx.tempDir,
        secretFiles: writeSecrets(ctx, i.secrets),
        localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
    });
    const res = await runBuild(ctx, plan, 'docker buildx build', true);
    if (i.cache === 'local')
        await rotateLocalCache(ctx, (0,external_node_path_.join)(localCacheBase(), slug), slug);
    let digest = res.digest;
    const repo = i.pushByDigest ? targetRepository(i) : undefined;
    if (plan.ociLayout && repo) {
        // the docker driver cannot push by digest: push its OCI layout with our registry client
        digest = (await withRegistry(ctx, (client) => pushLayout(client, plan.ociLayout, reference_parseReference(repo)), `the push of ${repo}`)).digest;
        ctx.log.info(`pushed ${repo}@${digest} by digest (no tag)`);
    }
    return finishBuild(i, { ...res, digest });
}
/** The same build with plain BuildKit: `buildctl build` (an address) or `buildctl-daemonless.sh` (no daemon). */
async function buildWithBuildctl(ctx, i, target) {
    const slug = jobSlug(i);
    const plan = planBuildctl(i, {
        versions: {},
        tempDir: ctx.tempDir,
        secretFiles: writeSecrets(ctx, i.secrets),
        localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
    }, target);
    if (target.command === 'buildctl-daemonless.sh') {
        // the daemon it starts reads the builder settings (insecure registries, buildkitd-config) from a file
        const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
        if (toml) {
            const file = (0,external_node_path_.join)(ctx.tempDir, 'buildkitd.toml');
            (0,external_node_fs_.writeFileSync)(file, toml);
            plan.env.BUILDKITD_FLAGS = [process.env.BUILDKITD_FLAGS, `--config=${file}`].filter(Boolean).join(' ');
        }
    }
    // buildctl writes no metadata file for a build with no output (BuildKit 0.13 has no cacheonly exporter)
    const exports = i.push || i.outputs.length > 0 || i.tags.length > 0 || i.pushByDigest;
    const res = await runBuild(ctx, plan, target.command === 'buildctl' ? 'buildctl build' : 'buildctl-daemonless.sh build', exports);
    if (i.cache === 'local')
        await rotateLocalCache(ctx, (0,external_node_path_.join)(localCacheBase(), slug), slug);
    return finishBuild(i, res);
}
/** Run a planned build; a failure is one line that says why. */
async function runBuild(ctx, plan, tool, expectMetadata) {
    for (const w of plan.warnings)
        ctx.log.warning(w);
    const res = await exec_run(plan.command, plan.args, { env: { ...ctx.env, ...plan.env }, ...shown(ctx) });
    const output = `${res.stdout}\n${res.stderr}`;
    if (res.exitCode === 127 && !res.stdout)
        throw new errors_UserError(`${plan.command} is not on PATH (${exec_lastErrorLine(res.stderr)})`);
    if (res.exitCode !== 0)
        throw new errors_UserError(explainBuildFailure(output, tool));
    const metadata = (0,external_node_fs_.existsSync)(plan.metadataFile) ? (0,external_node_fs_.readFileSync)(plan.metadataFile, 'utf8') : undefined;
    if (metadata === undefined && !expectMetadata)
        return { metadata: '{}', cache: cacheHits(output), output };
    return { digest: parseMetadata(metadata, output).digest, metadata: metadata, cache: cacheHits(output), output };
}
function finishBuild(i, res) {
    if (i.push && !i.outputs.length && !res.digest) {
        throw new errors_UserError(`the build reported no image digest for the push (its metadata has no containerimage.digest; its last line: ${exec_lastErrorLine(res.output)})`);
    }
    return { digest: res.digest, metadata: res.metadata, cache: res.cache };
}
/** The Dockerfile the build uses, or undefined when the context is remote (a Git URL, a tarball URL). */
function dockerfilePath(i) {
    if (/^[a-z]+:\/\/|^git@/.test(i.context))
        return undefined;
    return i.file ? (i.file.startsWith('/') ? i.file : (0,external_node_path_.join)(process.cwd(), i.file)) : (0,external_node_path_.join)(i.context, 'Dockerfile');
}
/**
 * Preflight: every FROM image must have every platform the build needs; say which image lacks
 * which platform before any build starts. Other findings (emulated compiles, hard-coded amd64 …)
 * are warnings.
 */
async function preflightCheck(ctx, i) {
    const path = dockerfilePath(i);
    if (!path) {
        ctx.log.info('remote build context: no preflight');
        return [];
    }
    return withRegistry(ctx, async (client) => {
        // every lookup has a deadline (check-timeout), retries included; offline: none at all
        const bounded = i.checkOffline ? undefined : boundedLookup(client, { timeoutMs: i.checkTimeoutMs, onRetry: (line) => ctx.log.info(line) });
        let res;
        try {
            res = await checkDockerfile(path, {
                platforms: i.platforms,
                buildArgs: buildArgValues(i.buildArgs),
                target: i.target,
                ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
            });
        }
        finally {
            bounded?.close();
        }
        for (const img of res.images) {
            ctx.log.info(`${img.image}: ${img.available ? `has ${img.available.join(', ')}` : 'not looked up'}${img.missing.length ? ` — MISSING ${img.missing.join(', ')}` : ''}`);
        }
        const fatal = res.findings.filter((f) => f.level === 'error' && f.code === 'missing-platform');
        // each finding points at its Dockerfile line (GitHub shows it there); paths relative to the workspace
        const file = (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE || process.cwd(), path) || path;
        for (const f of res.findings) {
            const at = { file, line: f.line, title: f.code };
            if (fatal.includes(f))
                ctx.log.annotateError?.(f.message, at);
            else
                ctx.log.warning(f.message, at);
        }
        if (fatal.length) {
            throw new errors_UserError(`base image check: ${fatal.map((f) => f.message).join('; ')} (set check: false to let buildx try anyway)`);
        }
        return res.images.map((img) => img.image);
    });
}
/** Copy base images (all platforms) before building: SRC=DST lines, or every FROM image with auto. */
async function mirrorBases(ctx, i, fromImages) {
    const pairs = i.mirror === 'auto'
        ? fromImages.map((img) => {
            const src = reference_parseReference(img);
            return { src, dst: destinationFor(src, `${i.mirrorRegistry.replace(/\/+$/, '')}/`) };
        })
        : parsePairLines(i.mirror, 'mirror');
    if (!pairs.length) {
        ctx.log.info('mirror: nothing to copy');
        return;
    }
    return withRegistry(ctx, async (client) => {
        const results = await mirrorImages(client, pairs, {
            onPair: (p, n) => ctx.log.info(`mirror ${n + 1}/${pairs.length}: ${reference_formatReference(p.src)} → ${reference_formatReference(p.dst)}`),
        });
        for (const r of results) {
            ctx.log.info(r.upToDate
                ? `  ${r.destination}: up to date (${r.platforms.join(', ')})`
                : `  ${r.destination}: ${r.platforms.join(', ')}; ${r.blobsUploaded} blobs uploaded (${formatBytes(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} already there`);
        }
    }, 'the mirror');
}
/**
 * Read the pushed index back (our registry client, by digest: registry 2.8 answers HEAD of a
 * tag holding attestations with 500) and fail if a requested platform is missing.
 */
async function verify(ctx, repo, digest, requested) {
    return withRegistry(ctx, async (client) => {
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
    }, `the check of ${repo}@${digest}`);
}
/** Split leg: record the digest as a file named by its hex (content: the platforms), for the merge job. */
function writeDigestFile(dir, digest, platforms) {
    const hex = digest.replace(/^sha256:/, '');
    if (!/^[a-f0-9]{64}$/.test(hex))
        throw new errors_UserError(`buildx reported no usable digest (${digest})`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, hex);
    (0,external_node_fs_.writeFileSync)(file, `${platforms.map(formatPlatform).join(',')}\n`);
    return file;
}
/** Merge: the legs' digests from digests-dir files and the digests input. */
function collectLegs(i, repo) {
    const legs = [];
    const add = (entry, platformHint) => legs.push(parseLeg(entry, repo, platformHint));
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
    // the index lists platforms in a stable order (the requested one, else amd64, arm64, arm …), not in digest order
    const order = i.platforms.map(formatPlatform);
    const rank = (leg) => {
        const p = leg.platform ? formatPlatform(leg.platform) : '';
        const at = order.indexOf(p);
        return at >= 0 ? at : order.length + platformRank(p);
    };
    return legs
        .map((leg, n) => ({ leg, n }))
        .sort((a, b) => rank(a.leg) - rank(b.leg) || a.n - b.n)
        .map((x) => x.leg);
}
const CANONICAL = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];
function platformRank(p) {
    const at = CANONICAL.indexOf(p);
    return at >= 0 ? at : CANONICAL.length;
}
/** Create the tagged index from the legs; nothing is tagged unless every wanted platform is there. */
async function mergeLegs(ctx, i) {
    const first = i.tags[0];
    if (!first)
        throw new errors_UsageError('merge needs tags: the index is pushed under them');
    const repo = targetRepository(i);
    const legs = collectLegs(i, repo);
    // the tags were checked with the other inputs (one repository, the first with a tag)
    const target = reference_parseReference(first);
    const extra = i.tags.slice(1).map((t) => reference_parseReference(t));
    return withRegistry(ctx, async (client) => {
        // nothing is pushed or tagged unless every requested platform comes from some leg
        const res = await mergeImages(client, target, legs, {
            require: i.platforms,
            extraTags: extra.map((e) => e.tag).filter(Boolean),
            keepAttestations: i.keepAttestations,
            annotations: indexAnnotations(i.annotations),
        });
        ctx.log.info(`merged ${res.platforms.map((p) => p.platform).join(', ')} into ${first} (${res.digest})`);
        const pushed = {
            mediaType: res.mediaType,
            digest: res.digest,
            platforms: res.platforms.map((p) => ({ platform: p.platform, digest: p.digest })),
            attestations: res.attestations,
        };
        return { digest: res.digest, pushed };
    }, `the merge into ${first}`);
}
/**
 * Sign the pushed index and every platform manifest (by digest) with cosign, then verify each
 * with the same key or identity; one line per signed manifest.
 */
async function signPushed(ctx, i, repo, digest) {
    const cosign = await ensureCosign(ctx);
    const signer = i.sign === 'keyless' ? { keyless: true } : { key: i.cosignKey, password: i.cosignPassword || undefined };
    return withRegistry(ctx, (client) => signImage(client, reference_withDigest(reference_parseReference(repo), digest), {
        cosign,
        signer,
        tlogUpload: i.cosignTlog,
        plainHttp: ctx.registry.plainHttp,
        insecure: ctx.registry.insecure,
        dockerConfig: ctx.env.DOCKER_CONFIG,
        onSigned: (m) => ctx.log.info(`signed ${m.platform} ${m.digest}: ${m.signature}`),
    }), `the signing of ${repo}@${digest}`);
}
/** cache: local keeps one directory per platform set, at a fixed path (the Actions cache versions entries by path). */
function localCacheBase() {
    return (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gen-ci-buildx-cache');
}
/** cache: local — the directory of this platform set, restored from the Actions cache when there is one. */
async function restoreLocalCache(ctx, slug) {
    const dir = (0,external_node_path_.join)(localCacheBase(), slug);
    ctx.lifecycle.path(dir);
    ctx.lifecycle.path(`${dir}.new`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (ctx.openCache)
        ctx.cache ??= ctx.openCache();
    const cache = await ctx.cache;
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
async function rotateLocalCache(ctx, dir, slug) {
    const fresh = `${dir}.new`;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(fresh, 'index.json'))) {
        ctx.log.warning('the build wrote no local cache; keeping the previous one');
        return;
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(fresh, dir);
    const cache = await ctx.cache;
    if (!cache)
        return;
    try {
        await cache.save(dir, localCacheKey(slug));
        ctx.log.info('build cache saved to the Actions cache');
    }
    catch (err) {
        ctx.log.warning(`could not save the build cache (${err.message.split('\n')[0]})`);
    }
}
/** The index: entries of LEVEL:KEY=VALUE annotations, as a map. */
function indexAnnotations(entries) {
    const out = {};
    for (const a of entries) {
        const m = /^index:([^=]+)=(.*)$/s.exec(a);
        if (m)
            out[m[1]] = m[2];
    }
    return out;
}
/**
 * Run one registry operation with a client that reads the login this run made, within the
 * registry-timeout deadline (retries included; each retry is a log line); its connections are
 * closed afterwards.
 */
async function withRegistry(ctx, fn, what) {
    const client = new RegistryClient({ configDir: ctx.env.DOCKER_CONFIG, ...ctx.registry });
    try {
        // the preflight (no `what`) bounds each of its lookups itself (check-timeout)
        if (!what)
            return await fn(client);
        return await withDeadline(client, { timeoutMs: ctx.registryTimeoutMs, what, knob: 'the registry-timeout input', onRetry: (line) => ctx.log.info(line) }, fn, what);
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts






const settle = (p) => p.catch((err) => (err instanceof Error ? err : new Error(String(err))));
async function value(p) {
    const v = await p;
    if (v instanceof Error)
        throw v;
    return v;
}
/** What is on this machine's PATH and in its environment that decides the backend. */
function backendFacts(env = process.env) {
    return {
        docker: onPath('docker', env.PATH),
        buildctl: onPath('buildctl', env.PATH),
        daemonless: onPath('buildctl-daemonless.sh', env.PATH),
        buildkitHost: env.BUILDKIT_HOST || undefined,
    };
}
/** The whole job for these options; every resource it creates is recorded in ctx.lifecycle first. */
async function runJob(ctx, o, facts = backendFacts()) {
    const backend = o.merge ? undefined : resolveBackend(o, facts);
    if (backend?.backend === 'buildctl') {
        await ctx.log.group('Login', () => login(ctx, o, { docker: false }));
        return buildWithBuildkit(ctx, o, backend);
    }
    // a remote builder needs the buildx client, not a local daemon; a merge needs neither
    const probes = {
        docker: o.merge || (o.driver === 'remote' && !o.builder) ? undefined : settle(checkDocker()),
        buildx: o.merge ? Promise.resolve(undefined) : settle(buildxVersion(ctx)),
        reuse: o.merge ? Promise.resolve(undefined) : settle(existingBuilder(ctx, o)),
    };
    // whenever a step fails and the Docker probe failed too, the probe's answer is the root cause
    const dockerFirst = async (step) => {
        try {
            return await step();
        }
        catch (err) {
            const probe = probes.docker ? await probes.docker : undefined;
            throw probe instanceof Error ? probe : err;
        }
    };
    await dockerFirst(() => ctx.log.group('Login', () => login(ctx, o, { docker: !o.merge })));
    return o.merge ? mergeImage(ctx, o) : dockerFirst(() => buildImage(ctx, o, probes));
}
/** Before any build: explicit mirror pairs (the Dockerfile may already name the copies), the check, then mirror: auto (it needs the check's FROM images). */
async function prepare(ctx, o) {
    const log = ctx.log;
    if (o.mirror && o.mirror !== 'auto')
        await log.group('Mirror base images', () => mirrorBases(ctx, o, []));
    const bases = o.check || o.mirror === 'auto' ? await log.group('Check base images', () => preflightCheck(ctx, o)) : [];
    if (o.mirror === 'auto')
        await log.group('Mirror base images', () => mirrorBases(ctx, o, bases));
}
/** Plain BuildKit: check → mirror → (QEMU is the BuildKit host's) → buildctl build → verify. */
async function buildWithBuildkit(ctx, o, target) {
    await prepare(ctx, o);
    const where = target.command === 'buildctl-daemonless.sh' ? 'a daemonless BuildKit (buildctl-daemonless.sh)' : `BuildKit at ${target.addr ?? process.env.BUILDKIT_HOST ?? 'unix:///run/buildkit/buildkitd.sock'}`;
    await ctx.log.group('QEMU', async () => checkEmulators(ctx, o, target));
    const result = await ctx.log.group(`Build ${o.platforms.map(formatPlatform).join(', ')} on ${where}`, () => buildWithBuildctl(ctx, o, target));
    return finish(ctx, o, result, target.command === 'buildctl-daemonless.sh' ? 'buildctl-daemonless' : (target.addr ?? process.env.BUILDKIT_HOST ?? 'buildkitd'));
}
/** Pushed: read the index back; a split leg: record its digest. */
async function finish(ctx, o, result, builder, builderInfo) {
    const repo = targetRepository(o);
    const pushed = o.push && !o.outputs.length && result.digest && repo;
    const out = {
        digest: result.digest,
        cache: result.cache,
        image: pushed ? `${repo}@${result.digest}` : undefined,
        builder,
        metadata: result.metadata,
        builderInfo,
    };
    if (pushed)
        out.pushed = await readBack(ctx, o, repo, result.digest);
    if (pushed && o.sign !== 'false')
        out.signatures = await sign(ctx, o, repo, result.digest);
    if (o.pushByDigest && o.digestsDir && result.digest) {
        ctx.log.info(`digest recorded in ${writeDigestFile(o.digestsDir, result.digest, o.platforms)}`);
    }
    return out;
}
/** The user's story: check → mirror → qemu → builder → build → verify. */
async function buildImage(ctx, o, probes) {
    const log = ctx.log;
    // an existing builder (builder input, driver: docker) is inspected alongside the first steps:
    // its platforms may spare a QEMU install, and its driver decides how a split leg pushes
    const reusedInfo = probes.reuse.then((name) => (typeof name === 'string' ? describeBuilder(ctx, name) : undefined));
    await prepare(ctx, o);
    const reuse = await value(probes.reuse);
    const docker = probes.docker ? await value(probes.docker) : undefined;
    if (docker)
        log.info(`Docker ${docker.server}${docker.platform ? ` (${docker.platform})` : ''}`);
    if (o.nodes.length)
        return buildOnNodes(ctx, o, probes, docker?.platform);
    await log.group('QEMU', () => setupQemu(ctx, o, { daemonPlatform: docker?.platform, builder: reuse ? () => reusedInfo : undefined }));
    // only a split leg needs the reused builder's driver before building (docker: through an OCI layout)
    const reused = reuse && o.pushByDigest && o.builder ? await reusedInfo : undefined;
    const builder = await log.group('Builder', async () => reuse ? { name: reuse, created: false, driver: o.driver === 'docker' && !o.builder ? 'docker' : reused?.driver } : createBuilder(ctx, o));
    const info = reuse ? reusedInfo : describeBuilder(ctx, builder.name);
    // only gated features wait for the tools' versions; otherwise they are read alongside the build
    const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), await info) : {};
    const result = await log.group(`Build ${o.platforms.map(formatPlatform).join(', ')}`, () => build(ctx, o, builder, versions));
    const about = await info;
    if (about)
        log.info(`builder ${builder.name} (${about.driver}, BuildKit ${about.buildkit || 'unknown'}) supports: ${about.platforms.join(', ') || 'unknown'}`);
    return finish(ctx, o, result, builder.name, about);
}
/** Native nodes: one builder whose nodes own their platforms (the local node QEMU's), one build, one index. */
async function buildOnNodes(ctx, o, probes, daemonPlatform) {
    const builder = await ctx.log.group('Builder (native nodes)', () => createNodeBuilder(ctx, o, daemonPlatform));
    const info = await describeBuilder(ctx, builder.name);
    const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), info) : {};
    const result = await ctx.log.group(`Build ${o.platforms.map(formatPlatform).join(', ')} on ${new Set(builder.nodes.map((n) => n.node)).size} nodes`, () => build(ctx, o, builder, versions));
    for (const n of builder.nodes)
        ctx.log.info(`${n.platforms.join(', ')}: built on ${n.node} (${n.endpoint})${n.fallback ? ', QEMU fallback' : ''}`);
    return { ...(await finish(ctx, o, result, builder.name, info)), nodes: builder.nodes };
}
/** Read the pushed index back: verify fails on a missing platform; with verify: false it only reports. */
async function readBack(ctx, o, repo, digest) {
    if (o.verify) {
        const pushed = await ctx.log.group('Verify', () => verify(ctx, repo, digest, o.platforms));
        ctx.log.info(`registry has ${pushed.platforms.map((p) => p.platform).join(', ')}`);
        return pushed;
    }
    try {
        return await verify(ctx, repo, digest, []);
    }
    catch (err) {
        ctx.log.warning(`could not read ${repo}@${digest} back (verify: false, so the job goes on): ${describeError(err)}`);
        return undefined;
    }
}
/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx, o) {
    if (!o.metadataPush) {
        // the tag rules' policy: a pull request is built and checked, and nothing is tagged
        ctx.log.notice(`merge: not tagging anything for this event (${o.tags.join(', ') || 'no tags'}): the tag rules push nothing for pull requests`);
        return {};
    }
    const merged = await ctx.log.group('Merge', () => mergeLegs(ctx, o));
    const repo = targetRepository(o);
    const pushed = o.verify ? await ctx.log.group('Verify', () => verify(ctx, repo, merged.digest, o.platforms)) : merged.pushed;
    const signatures = o.sign !== 'false' ? await sign(ctx, o, repo, merged.digest) : undefined;
    return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed, signatures };
}
/** Sign what was pushed: the index and every platform manifest, each verified afterwards. */
async function sign(ctx, o, repo, digest) {
    const res = await ctx.log.group(`Sign (cosign, ${o.sign === 'keyless' ? 'keyless' : 'key'})`, () => signPushed(ctx, o, repo, digest));
    ctx.log.info(`verified ${res.signed.length} signatures (the index and ${res.signed.length - 1} platform manifests)`);
    return res.signed.map((m) => ({ platform: m.platform, digest: m.digest, signature: m.signature }));
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
/** Property values of a workflow command (file=…,line=…) escape more than the message does. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, message, props = {}) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${p ? ` ${p}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
/** An input as the runner passes it ('' when unset), trimmed like @actions/core's getInput unless trim is false. */
function getInput(name, trim = true) {
    const v = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return trim ? v.trim() : v;
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
function warning(message, at = {}) {
    command('warning', message, { file: at.file, line: at.line, title: at.title });
}
/** An error annotation on a file's line (the step's one failure line is still setFailed's). */
function annotateError(message, at) {
    command('error', message, { file: at.file, line: at.line, title: at.title });
}
function notice(message) {
    command('notice', message);
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
    /** JSON list of what the run created (core/lifecycle), recorded before each thing is created */
    resources: 'resources',
};

;// CONCATENATED MODULE: ./src/action/main.ts












const log = {
    info: (l) => info(l),
    warning: (l, at) => warning(l, at),
    annotateError: (l, at) => annotateError(l, at),
    notice: (l) => notice(l),
    group: (title, fn) => group(title, fn),
};
/** Mask a secret value, and each of its lines (the runner matches masks line by line). */
function mask(value) {
    if (!value)
        return;
    setSecret(value);
    if (/[\r\n]/.test(value))
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 4)
                setSecret(line.trim());
}
async function main_main() {
    const started = Date.now();
    // every input is read and checked before anything happens (no docker call, no file)
    // secrets are read untrimmed: a value's leading or trailing white space is part of it
    const inputs = readOptions((name) => getInput(name, name !== 'secrets' && name !== 'cosign-password'), { env: process.env, payload: await readGithubEvent(process.env) });
    mask(inputs.password);
    mask(inputs.cosignPassword);
    if (inputs.cosignKey.includes('-----BEGIN'))
        mask(inputs.cosignKey);
    for (const v of Object.values(inputs.secrets))
        mask(v);
    const lifecycle = new Lifecycle((resources) => saveState(STATE.resources, serialiseResources(resources)));
    const ctx = newContext(log, lifecycle, inputs, { openCache: actionsCache });
    const out = await runJob(ctx, inputs);
    if (out.builder)
        setOutput('builder', out.builder);
    if (out.metadata !== undefined)
        setOutput('metadata', out.metadata);
    setOutput('tags', inputs.tags.join('\n'));
    setOutput('labels', inputs.labels.join('\n'));
    setOutput('annotations', inputs.annotations.join('\n'));
    setOutput('version', inputs.version);
    if (out.digest)
        setOutput('digest', out.digest);
    if (out.image)
        setOutput('image', out.image);
    if (out.signatures)
        setOutput('signatures', out.signatures.map((m) => `${m.platform} ${m.digest} ${m.signature}`).join('\n'));
    setOutput('platforms', JSON.stringify(out.pushed ? platformDigests(out.pushed) : {}));
    if (inputs.summary) {
        const md = summaryMarkdown({
            image: out.image,
            digest: out.digest,
            pushed: out.pushed,
            platforms: inputs.platforms.map(formatPlatform),
            cacheHits: out.cache,
            durationMs: Date.now() - started,
        });
        if (!writeSummary(md))
            log.info(md);
    }
}
main_main().catch((err) => {
    setFailed(describeError(err));
});

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
