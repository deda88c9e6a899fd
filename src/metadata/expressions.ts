// metadata-action's global expressions, for the prefix, suffix, value and enable attributes of a
// rule and for extra labels: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}},
// {{is_not_default_branch}}, {{date 'FORMAT' tz='ZONE'}}, {{commit_date 'FORMAT' tz='ZONE'}};
// and gen-ci's {{is_major_zero}} / {{is_not_major_zero}}.
import type { EventContext } from './context.js';
import { formatDate } from './date.js';
import { parseSemver } from './semver.js';
import { type Helper, renderTemplate, TemplateError } from './template.js';

/** The branch of refs/heads/BRANCH, else ''. */
export function branchOf(ctx: EventContext): string {
  return /^refs\/heads\//.test(ctx.ref) ? ctx.ref.slice('refs/heads/'.length) : '';
}

/** The tag of refs/tags/TAG, else ''. */
export function tagOf(ctx: EventContext): string {
  return /^refs\/tags\//.test(ctx.ref) ? ctx.ref.slice('refs/tags/'.length) : '';
}

/** The number N of refs/pull/N/merge (a GitHub pull request or a GitLab merge request), else undefined. */
export function pullRequestOf(ctx: EventContext): string | undefined {
  return /^refs\/pull\//.test(ctx.ref) ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}

/** The first `length` characters of a SHA (DOCKER_METADATA_SHORT_SHA_LENGTH in metadata-action; default 7). */
export function shortSha(sha: string, length = 7): string {
  return length >= sha.length ? sha : sha.slice(0, length);
}

/**
 * {{is_default_branch}} as metadata-action decides it: true when the ref's branch is the default
 * branch; also true for the events GitHub runs on the default branch's last commit (create,
 * discussion*, issues*, schedule) whatever the ref; false when the ref is empty.
 */
export function isDefaultBranch(ctx: EventContext): boolean {
  const branch = ctx.ref.replace(/^refs\/heads\//, '');
  if (!branch) return false;
  if (ctx.defaultBranch !== undefined && ctx.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(ctx.event);
}

/** Whether the git tag being built is a semver tag of major version 0 (v0.3.0). */
export function isMajorZero(ctx: EventContext): boolean {
  const v = parseSemver(tagOf(ctx).replace(/\//g, '-'));
  return v !== undefined && v.major === 0;
}

function dateHelper(date: Date): Helper {
  return (args, hash) => {
    for (const k of Object.keys(hash)) if (k !== 'tz') throw new TemplateError(`unknown date attribute ${k}= (only tz=)`);
    if (args[0] === undefined) throw new TemplateError(`a date expression needs a format: {{date 'YYYYMMDD'}}`);
    return formatDate(date, args[0], hash.tz ?? 'UTC');
  };
}

export interface Clock {
  /** the time of this run: {{date}} and the created label */
  now: Date;
  /** short SHA length (default 7) */
  shortShaLength?: number;
}

/** {{date …}} and {{commit_date …}} alone: what a schedule rule's pattern may use. */
export function dateHelpers(ctx: EventContext, clock: Clock): Record<string, Helper> {
  // metadata-action falls back to the current date when the commit date is unknown
  return { date: dateHelper(clock.now), commit_date: dateHelper(ctx.commitDate ?? clock.now) };
}

/** The global expressions for a context. */
export function globalHelpers(ctx: EventContext, clock: Clock): Record<string, Helper> {
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
export function expand(text: string, ctx: EventContext, clock: Clock): string {
  return renderTemplate(text, globalHelpers(ctx, clock));
}
