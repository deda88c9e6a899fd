// Tag rules, one per line, in docker/metadata-action's `tags` syntax: CSV fields `key=value`
// (`type=semver,pattern={{version}}`), a field without `=` being the value (`type=raw,foo`, or
// just `foo`), fields quoted when they hold a comma (`"pattern=\d{1,3}"`).
import { parse } from 'csv-parse/sync';
import { UsageError } from '../core/errors.js';

/** A rule line that cannot be read (unknown type or attribute, missing pattern, bad value): bad usage. */
export class RuleError extends UsageError {}

export type RuleType = 'schedule' | 'semver' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

/** metadata-action's default priorities: the highest-priority tag made is the version. */
export const DEFAULT_PRIORITIES: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

const COMMON = ['enable', 'priority', 'prefix', 'suffix'];
const ATTRIBUTES: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};

export interface Rule {
  type: RuleType;
  /**
   * Attributes with their defaults filled in (enable=true, the type's priority, schedule's
   * pattern=nightly, ref,event=pr's prefix=pr-, sha's prefix=sha- and format=short, …). A
   * prefix/suffix present here, even empty, replaces the global one.
   */
  attrs: Record<string, string>;
  priority: number;
  /** the line as written */
  line: string;
}

function need(rule: Rule, key: string): void {
  if (!Object.hasOwn(rule.attrs, key)) throw new RuleError(`tag rule "${rule.line}" needs ${key}=`);
}

function fill(rule: Rule, key: string, value: string): void {
  if (!Object.hasOwn(rule.attrs, key)) rule.attrs[key] = value;
}

/** One rule line → a Rule with its defaults, as metadata-action reads it; an unknown type or attribute is a RuleError. */
export function parseRule(line: string): Rule {
  let fields: string[];
  try {
    fields = (parse(line, { relaxColumnCount: true, skipEmptyLines: true }) as string[][])[0] ?? [];
  } catch (e) {
    throw new RuleError(`cannot read tag rule "${line}": ${(e as Error).message}`);
  }
  let type: RuleType | undefined;
  const attrs: Record<string, string> = {};
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === 'type') {
      if (value === 'pep440') throw new RuleError(`tag rule "${line}": type=pep440 is not supported; use type=semver or type=match`);
      if (!Object.hasOwn(DEFAULT_PRIORITIES, value))
        throw new RuleError(`tag rule "${line}": unknown type=${value}; one of ${Object.keys(DEFAULT_PRIORITIES).join(', ')}`);
      type = value as RuleType;
    } else attrs[key] = value;
  }
  const rule: Rule = { type: type ?? 'raw', attrs, priority: 0, line: line.trim() };
  const known = [...COMMON, ...ATTRIBUTES[rule.type]];
  for (const key of Object.keys(attrs))
    if (!known.includes(key)) throw new RuleError(`tag rule "${rule.line}": type=${rule.type} has no attribute ${key}; it takes ${known.join(', ')}`);

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
      if (!/^\d+$/.test(rule.attrs.group as string)) throw new RuleError(`tag rule "${rule.line}": group=${rule.attrs.group} is not a group number`);
      break;
    case 'edge':
      fill(rule, 'branch', '');
      break;
    case 'ref':
      need(rule, 'event');
      if (!['branch', 'tag', 'pr'].includes(rule.attrs.event as string))
        throw new RuleError(`tag rule "${rule.line}": event=${rule.attrs.event} is not one of branch, tag, pr`);
      if (rule.attrs.event === 'pr') fill(rule, 'prefix', 'pr-');
      break;
    case 'raw':
      need(rule, 'value');
      break;
    case 'sha':
      fill(rule, 'prefix', 'sha-');
      fill(rule, 'format', 'short');
      if (!['short', 'long'].includes(rule.attrs.format as string))
        throw new RuleError(`tag rule "${rule.line}": format=${rule.attrs.format} is not short or long`);
      break;
  }
  fill(rule, 'enable', 'true');
  fill(rule, 'priority', String(DEFAULT_PRIORITIES[rule.type]));
  if (!/^-?\d+$/.test(rule.attrs.priority as string)) throw new RuleError(`tag rule "${rule.line}": priority=${rule.attrs.priority} is not an integer`);
  rule.priority = Number(rule.attrs.priority);
  return rule;
}

/**
 * Rule lines (a newline-separated text, or lines) → rules, highest priority first (a stable sort:
 * equal priorities keep their order). Blank lines and lines starting with # are skipped.
 */
export function parseRules(text: string | string[]): Rule[] {
  const lines = (Array.isArray(text) ? text : [text]).flatMap((t) => t.split(/\r?\n/));
  return lines
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map(parseRule)
    .sort((a, b) => b.priority - a.priority);
}

/** A rule back as one canonical line: type first, then its attributes with defaults. */
export function formatRule(rule: Rule): string {
  return [`type=${rule.type}`, ...Object.entries(rule.attrs).map(([k, v]) => `${k}=${v}`)].join(',');
}

/**
 * gen-ci's release policy when no rules are given (metadata-action's own default is schedule +
 * ref branch/tag/pr): on a semver tag v1.2.3 the tags 1.2.3, 1.2 and 1 (not 0 for v0.x: the
 * `{{is_not_major_zero}}` expression) and, by latest=auto, latest; on the default branch sha-<7>
 * (the version: priority 300 puts it before raw's 200) and latest; on a schedule nightly (and the default-branch tags); on a pull request pr-N (built,
 * not pushed: see computeMetadata's push). Other branches get no tags.
 */
export const DEFAULT_RULES = [
  'type=schedule',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}},enable={{is_not_major_zero}}',
  'type=ref,event=pr',
  'type=sha,enable={{is_default_branch}},priority=300',
  'type=raw,value=latest,enable={{is_default_branch}}',
].join('\n');
