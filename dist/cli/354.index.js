export const id = 354;
export const ids = [354];
export const modules = {

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ shellWord)
/* harmony export */ });
/** POSIX-quote one word for a command line shown to a user or read by `eval` (bare when it is plain). */
function shellWord(s) {
    return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 9003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ck: () => (/* reexport */ DEFAULT_RULES),
  FT: () => (/* reexport */ computeMetadata),
  NK: () => (/* reexport */ contextFromEnvironment),
  h4: () => (/* reexport */ githubContext),
  NR: () => (/* reexport */ parseRules)
});

// UNUSED EXPORTS: DATE_TOKENS, DEFAULT_FLAVOR, DEFAULT_PRIORITIES, OCI_KEYS, RuleError, TAG_GRAMMAR, TemplateError, branchOf, compareSemver, computeVersion, formatDate, formatRule, gitContext, gitContextFrom, gitlabContext, isDefaultBranch, isMajorZero, isRawStatement, ociLabels, parseImages, parseRule, parseSemver, pullRequestOf, readGitFacts, readGithubEvent, renderTemplate, sanitizeImageName, sanitizeTag, shortSha, tagNames, tagOf

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/metadata/template.ts
// A small subset of Handlebars, enough for metadata-action's rule templates: literal text and
// `{{name}}` / `{{name 'arg' key='value'}}` expressions. Nothing else (no blocks, no partials,
// no HTML escaping: the output is an image tag or a label, never HTML).

/** A template that cannot be read, or names an expression that does not exist there: bad usage. */
class TemplateError extends errors/* UsageError */.eb {
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
function parseSemver(input) {
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
function compareSemver(a, b) {
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
    const v = parseSemver(tagOf(ctx).replace(/\//g, '-'));
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
        throw new errors/* UsageError */.eb('an image name is empty');
    if (/@/.test(lower) || /:[^/]*$/.test(lower.replace(/^[^/]*\//, '')))
        throw new errors/* UsageError */.eb(`image ${name} has a tag or digest; give the repository only (ghcr.io/owner/repo) and the rules make the tags`);
    if (!REPOSITORY.test(lower))
        throw new errors/* UsageError */.eb(`image ${name} is not a repository name (e.g. ghcr.io/owner/repo)`);
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

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(712);
;// CONCATENATED MODULE: ./src/metadata/rules.ts
// Tag rules, one per line, in docker/metadata-action's `tags` syntax: CSV fields `key=value`
// (`type=semver,pattern={{version}}`), a field without `=` being the value (`type=raw,foo`, or
// just `foo`), fields quoted when they hold a comma (`"pattern=\d{1,3}"`).


/** A rule line that cannot be read (unknown type or attribute, missing pattern, bad value): bad usage. */
class RuleError extends errors/* UsageError */.eb {
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
        fields = (0,sync/* parse */.q)(line, { relaxColumnCount: true, skipEmptyLines: true })[0] ?? [];
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
    const v = parseSemver(raw);
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
        throw new errors/* UsageError */.eb(`latest must be auto, true or false, not "${String(v)}"`);
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

// EXTERNAL MODULE: ./src/scaffold/detect.ts
var detect = __webpack_require__(8391);
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
function githubContext(env, event = {}) {
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
function gitlabContext(env) {
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
function gitContextFrom(facts, overrides = {}) {
    const tag = facts.branch ? undefined : pickTag(facts.tags);
    const ref = overrides.ref ?? (facts.branch ? `refs/heads/${facts.branch}` : tag ? `refs/tags/${tag}` : '');
    const remote = facts.remoteUrl ? (0,detect/* parseRemote */.M8)(facts.remoteUrl) : undefined;
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/metadata/git.ts
// The git edge: the few facts the engine needs from a work tree, read with `git` (argument arrays,
// no shell). Everything else about them is pure (context.ts's gitContextFrom).



function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout) => {
            resolve({ ok: !err, out: String(stdout ?? '').trim() });
        });
    });
}
/** HEAD's SHA, branch, tags, committer date, the default branch and the remote URL of the work tree at `cwd`. */
async function readGitFacts(cwd) {
    const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
    if (!inside.ok) {
        const which = await git(process.cwd(), ['--version']);
        if (!which.ok)
            throw new errors/* UserError */.yo('git is not installed (or not on PATH); gen-ci tags reads the commit from git outside GitHub and GitLab CI');
        throw new errors/* InputFileError */.TH(`not a git repository: ${cwd}`);
    }
    const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (!head.ok)
        throw new errors/* UserError */.yo(`the repository at ${cwd} has no commit yet`);
    const [branch, tags, date, originHead, initDefault, remotes] = await Promise.all([
        git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
        git(cwd, ['tag', '--points-at', 'HEAD']),
        git(cwd, ['log', '-1', '--format=%cI', 'HEAD']),
        git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
        git(cwd, ['config', 'init.defaultBranch']),
        git(cwd, ['remote']),
    ]);
    const names = remotes.ok ? remotes.out.split('\n').filter(Boolean) : [];
    const remote = names.includes('origin') ? 'origin' : names[0];
    const url = remote ? await git(cwd, ['remote', 'get-url', remote]) : undefined;
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
async function gitContext(cwd, overrides = {}) {
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return {};
        throw new errors/* InputFileError */.TH(`cannot read the GitHub event payload ${path}: ${e.code ?? e.message}`, 'unreadable');
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* InputFileError */.TH(`the GitHub event payload ${path} is not JSON`, 'unreadable');
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














/***/ }),

/***/ 8391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   M8: () => (/* binding */ parseRemote),
/* harmony export */   XS: () => (/* binding */ defaultImage),
/* harmony export */   o0: () => (/* binding */ detect),
/* harmony export */   s6: () => (/* binding */ describeDockerfile),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony exports isDockerfileName, findDockerfiles, contextSources, guessContext, crossCompiles, detectRemote, detectDefaultBranch */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name), depth + 1);
            }
            else if (e.isFile() && isDockerfileName(e.name))
                found.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
    };
    walk(root, 0);
    const rank = (f) => [f.split('/').length, /^(Dockerfile|Containerfile)$/i.test(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(f)) ? 0 : 1];
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(file);
    if (dir === '.')
        return '.';
    const sources = contextSources(text).filter((s) => s !== '.' && s !== './' && !/[*?[]/.test(s));
    if (sources.length === 0)
        return dir;
    const exists = (base) => sources.every((s) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, base, s)));
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
    const name = lower(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(root.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'))).replace(/^[^a-z0-9]+/, '') || 'app';
    return { github: `ghcr.io/owner/${name}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: true };
}
function git(root, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, file), 'utf8');
    }
    catch {
        // a Dockerfile that is not there yet (given with --file): its directory is the context
    }
    return { file, context: text ? guessContext(root, file, text) : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(file), crossCompiles: crossCompiles(text) };
}
/** Everything init needs to know about the repository at root. */
function detect(root) {
    const dockerfiles = findDockerfiles(root).map((f) => describeDockerfile(root, f));
    const remote = detectRemote(root);
    return { root, dockerfiles, ...(remote ? { remote } : {}), defaultBranch: detectDefaultBranch(root) };
}
function isDirectory(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
