// Image names and tags as a registry accepts them (the OCI distribution reference grammar).
import { UsageError } from '../core/errors.js';

/** The grammar of a tag: a word character, then up to 127 word characters, dots and dashes. */
export const TAG_GRAMMAR = /^[\w][\w.-]{0,127}$/;

/**
 * A computed tag made valid: every run of characters outside [A-Za-z0-9._-] becomes one `-`
 * (metadata-action's rule: `my/branch` → `my-branch`); then, beyond metadata-action, leading dots
 * and dashes are dropped and the tag is cut to 128 characters, so that the result always matches
 * TAG_GRAMMAR (or is empty, and then no tag is made).
 */
export function sanitizeTag(tag: string): string {
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
export function sanitizeImageName(name: string): string {
  const lower = name.trim().toLowerCase();
  if (!lower) throw new UsageError('an image name is empty');
  if (/@/.test(lower) || /:[^/]*$/.test(lower.replace(/^[^/]*\//, '')))
    throw new UsageError(`image ${name} has a tag or digest; give the repository only (ghcr.io/owner/repo) and the rules make the tags`);
  if (!REPOSITORY.test(lower)) throw new UsageError(`image ${name} is not a repository name (e.g. ghcr.io/owner/repo)`);
  return lower;
}

/** Image names from inputs: comma and newline separated lists, blanks and #-comment lines skipped, each sanitized, duplicates dropped. */
export function parseImages(inputs: string | string[]): string[] {
  const lines = (Array.isArray(inputs) ? inputs : [inputs]).flatMap((s) => s.split(/\r?\n/));
  const names = lines.filter((l) => !/^\s*#/.test(l)).flatMap((l) => l.split(','));
  const out: string[] = [];
  for (const n of names) {
    if (!n.trim()) continue;
    const s = sanitizeImageName(n);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
