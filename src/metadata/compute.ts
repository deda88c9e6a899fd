// The engine's front: context + options → tags for every image, labels, annotations, push.
import { UsageError } from '../core/errors.js';
import type { EventContext } from './context.js';
import { pullRequestOf } from './expressions.js';
import { ociLabels } from './labels.js';
import { parseImages } from './reference.js';
import { DEFAULT_RULES, parseRules, type Rule } from './rules.js';
import { computeVersion, DEFAULT_FLAVOR, type Flavor, type Latest, type Reason, tagNames } from './tags.js';

export interface MetadataOptions {
  /** image repositories (lowercased): a list, or one text with comma/newline separated names; none → tag names only */
  images: string | string[];
  /** rule lines (text or lines) or parsed rules; undefined or empty → DEFAULT_RULES */
  rules?: string | string[] | Rule[];
  /** latest=auto (default), true or false: see computeVersion */
  latest?: Latest | boolean;
  /** metadata-action's flavor prefix=/suffix= (for rules without their own) and onlatest=true */
  prefix?: string;
  suffix?: string;
  prefixLatest?: boolean;
  suffixLatest?: boolean;
  /** extra labels / annotations, KEY=VALUE (global expressions allowed); they override the OCI ones */
  labels?: string[];
  annotations?: string[];
  /** push or not; default: push unless the ref is a pull/merge request (and never when there is no tag) */
  push?: boolean;
  /** the run's time ({{date}}, and created unless `created` is given); default now */
  now?: Date;
  /** org.opencontainers.image.created; default `now` (metadata-action's behaviour); pass ctx.commitDate for reproducible labels */
  created?: Date;
  /** short SHA length for type=sha and {{sha}} (DOCKER_METADATA_SHORT_SHA_LENGTH); default 7 */
  shortShaLength?: number;
}

export interface Metadata {
  /** the version: the first tag made, '' when none (org.opencontainers.image.version) */
  version: string;
  /** full references, IMAGE:TAG for each image in order (tag names alone when there is no image) */
  tags: string[];
  /** the tag names, without an image */
  tagNames: string[];
  /** the sanitized image names */
  images: string[];
  /** whether a latest tag is among them (added by the latest policy, or made by a rule such as type=raw,value=latest) */
  latest: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** whether to push: false on a pull/merge request by default, and whenever there is no tag */
  push: boolean;
  /** what each rule did, then the latest and push decisions */
  reasons: Reason[];
}

function latestOf(v: MetadataOptions['latest']): Latest {
  if (v === undefined) return 'auto';
  if (v === true || v === false) return v ? 'true' : 'false';
  if (v !== 'auto' && v !== 'true' && v !== 'false') throw new UsageError(`latest must be auto, true or false, not "${String(v)}"`);
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
export function computeMetadata(ctx: EventContext, options: MetadataOptions): Metadata {
  const images = parseImages(options.images);
  const given = options.rules;
  const rules: Rule[] =
    given === undefined || (Array.isArray(given) && given.length === 0) || (typeof given === 'string' && given.trim() === '')
      ? parseRules(DEFAULT_RULES)
      : typeof given === 'string' || typeof given[0] === 'string'
        ? parseRules(given as string | string[])
        : [...(given as Rule[])].sort((a, b) => b.priority - a.priority);
  if (rules.length === 0) rules.push(...parseRules(DEFAULT_RULES));
  const flavor: Flavor = {
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
  let push: boolean;
  let pushWhy: string;
  if (!names.length) [push, pushWhy] = [false, 'no tag to push'];
  else if (options.push !== undefined) [push, pushWhy] = [options.push, `push=${options.push} was asked for`];
  else if (pr) [push, pushWhy] = [false, `a pull/merge request (${pr}): built, not pushed`];
  else [push, pushWhy] = [true, 'not a pull/merge request'];
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
