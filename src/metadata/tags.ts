// Rules × context → the version and its tag names, by metadata-action's algorithm: the rules run
// highest priority first; each enabled rule that applies yields at most one tag (with its prefix
// and suffix, sanitized); the first tag is the version, the others follow in order, duplicates
// dropped; whether `latest` is added is decided by the FIRST rule that yielded a tag (and the
// latest flavor: auto = that rule's own answer, true/false = always/never).
import type { EventContext } from './context.js';
import { branchOf, type Clock, dateHelpers, expand, pullRequestOf, shortSha, tagOf } from './expressions.js';
import { sanitizeTag } from './reference.js';
import { RuleError, type Rule } from './rules.js';
import { parseSemver } from './semver.js';
import { isRawStatement, renderTemplate } from './template.js';

export type Latest = 'auto' | 'true' | 'false';

/** metadata-action's `flavor`: the latest policy and a prefix/suffix for every tag. */
export interface Flavor {
  latest: Latest;
  /** added before every tag of a rule without its own prefix= (global expressions allowed) */
  prefix: string;
  suffix: string;
  /** also put prefix/suffix on `latest` (onlatest=true) */
  prefixLatest: boolean;
  suffixLatest: boolean;
}

export const DEFAULT_FLAVOR: Flavor = { latest: 'auto', prefix: '', suffix: '', prefixLatest: false, suffixLatest: false };

/** What one rule did: the tag it made, or why it made none. */
export interface Reason {
  /** the rule line as written; `latest` and `push` for those decisions */
  rule: string;
  /** the tag name it made (before the image name), or null */
  tag: string | null;
  why: string;
}

export interface Version {
  /** the first tag made: the version (org.opencontainers.image.version), undefined when none */
  main: string | undefined;
  /** the other tags, in rule order, without duplicates */
  partial: string[];
  /** whether `latest` is added */
  latest: boolean;
}

interface Made {
  value?: string;
  /** latest=auto's answer for this rule type */
  auto: boolean;
  why: string;
}

const skip = (why: string): Made => ({ auto: false, why });

function semverRule(rule: Rule, ctx: EventContext, clock: Clock): Made {
  const value = rule.attrs.value ?? '';
  if (!tagOf(ctx) && !value) return skip(`${ctx.ref || 'the ref'} is not a tag`);
  let raw = value ? expand(value, ctx, clock) : tagOf(ctx);
  let note = '';
  if (rule.attrs.match) {
    const m = raw.match(new RegExp(rule.attrs.match));
    if (m) raw = m[1] ?? m[0];
    else note = ` (match=${rule.attrs.match} does not match ${raw}; used as is)`;
  }
  raw = raw.replace(/\//g, '-');
  const v = parseSemver(raw);
  if (!v) return skip(`${raw} is not a valid semver (https://semver.org)${note}`);
  const fields = { raw: () => v.raw, version: () => v.version, major: () => String(v.major), minor: () => String(v.minor), patch: () => String(v.patch) };
  const pattern = rule.attrs.pattern as string;
  if (v.prerelease.length) {
    // pre-releases only ever make {{version}} (or {{raw}} when that is the whole pattern), never latest
    const made = renderTemplate(isRawStatement(pattern) ? pattern : '{{version}}', fields);
    return { value: made, auto: false, why: `${v.raw} is a pre-release: {{version}} only, no latest${note}` };
  }
  return { value: renderTemplate(pattern, fields), auto: true, why: `${v.raw} is a release${note}` };
}

function matchRule(rule: Rule, ctx: EventContext, clock: Clock): Made {
  const value = rule.attrs.value ?? '';
  if (!tagOf(ctx) && !value) return skip(`${ctx.ref || 'the ref'} is not a tag`);
  const raw = value ? expand(value, ctx, clock) : tagOf(ctx);
  const pattern = rule.attrs.pattern as string;
  const re = /^\/(.+)\/(.*)$/.exec(pattern);
  let m: RegExpMatchArray | null;
  try {
    m = raw.match(re ? new RegExp(re[1] as string, re[2]) : new RegExp(pattern));
  } catch (e) {
    throw new RuleError(`tag rule "${rule.line}": ${(e as Error).message}`);
  }
  if (!m) return skip(`${pattern} does not match ${raw}`);
  const group = m[Number(rule.attrs.group)];
  if (group === undefined) return skip(`group ${rule.attrs.group} does not exist for ${pattern}`);
  return { value: group, auto: true, why: `${pattern} matches ${raw}` };
}

function applyRule(rule: Rule, ctx: EventContext, clock: Clock): Made {
  switch (rule.type) {
    case 'schedule':
      if (!/schedule/.test(ctx.event)) return skip(`not a schedule event (${ctx.event || 'none'})`);
      return {
        value: renderTemplate(rule.attrs.pattern as string, dateHelpers(ctx, clock)),
        auto: false,
        why: 'a schedule event',
      };
    case 'semver':
      return semverRule(rule, ctx, clock);
    case 'match':
      return matchRule(rule, ctx, clock);
    case 'ref': {
      const event = rule.attrs.event;
      if (event === 'branch') return branchOf(ctx) ? { value: branchOf(ctx), auto: false, why: 'a branch' } : skip(`${ctx.ref || 'the ref'} is not a branch`);
      if (event === 'tag') return tagOf(ctx) ? { value: tagOf(ctx), auto: true, why: 'a tag' } : skip(`${ctx.ref || 'the ref'} is not a tag`);
      const pr = pullRequestOf(ctx);
      return pr ? { value: pr, auto: false, why: 'a pull request' } : skip(`${ctx.ref || 'the ref'} is not a pull request`);
    }
    case 'edge': {
      const branch = branchOf(ctx);
      if (!branch) return skip(`${ctx.ref || 'the ref'} is not a branch`);
      const want = rule.attrs.branch || ctx.defaultBranch || '';
      if (want !== branch) return skip(want ? `${branch} is not ${want}` : 'the default branch is not known');
      return { value: 'edge', auto: false, why: `the branch ${want}` };
    }
    case 'raw':
      return { value: expand(rule.attrs.value as string, ctx, clock), auto: false, why: 'a raw value' };
    case 'sha':
      if (!ctx.sha) return skip('the commit SHA is not known');
      return { value: rule.attrs.format === 'short' ? shortSha(ctx.sha, clock.shortShaLength) : ctx.sha, auto: false, why: `commit ${shortSha(ctx.sha)}` };
  }
}

function affix(value: string, rule: Rule, flavor: Flavor, ctx: EventContext, clock: Clock): string {
  const prefix = Object.hasOwn(rule.attrs, 'prefix') ? (rule.attrs.prefix as string) : flavor.prefix;
  const suffix = Object.hasOwn(rule.attrs, 'suffix') ? (rule.attrs.suffix as string) : flavor.suffix;
  return `${prefix ? expand(prefix, ctx, clock) : ''}${value}${suffix ? expand(suffix, ctx, clock) : ''}`;
}

/** The version and tag names that `rules` (already sorted, see parseRules) give for `ctx`, and why. */
export function computeVersion(rules: Rule[], ctx: EventContext, flavor: Flavor, clock: Clock): { version: Version; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let main: string | undefined;
  const partial: string[] = [];
  let latest: boolean | undefined;
  let latestWhy = 'no rule made a tag';
  for (const rule of rules) {
    const enabled = expand(rule.attrs.enable as string, ctx, clock);
    if (enabled !== 'true' && enabled !== 'false') throw new RuleError(`tag rule "${rule.line}": enable= must be true or false, not "${enabled}"`);
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
    if (main === undefined) main = tag;
    else if (tag !== main && !partial.includes(tag)) partial.push(tag);
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
export function tagNames(version: Version, flavor: Flavor): string[] {
  if (!version.main) return [];
  const names = [version.main, ...version.partial];
  if (version.latest) {
    const latest = sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`);
    if (!names.includes(latest)) names.push(latest);
  }
  return names;
}
