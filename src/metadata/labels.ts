// OCI labels and annotations (org.opencontainers.image.*): the same set for both, from the
// repository and the version, plus extra KEY=VALUE entries that may override them.
import type { EventContext } from './context.js';
import { type Clock, expand } from './expressions.js';

/** The keys set by default, as metadata-action sets them. */
export const OCI_KEYS = ['created', 'description', 'licenses', 'revision', 'source', 'title', 'url', 'version'].map((k) => `org.opencontainers.image.${k}`);

/**
 * metadata-action's OCI set: title = repository name, description, url and source = the
 * repository's web page, version = the version tag, created = `created` (the run's time unless
 * told otherwise), revision = the full commit SHA, licenses = the SPDX id. Unknown values are
 * empty strings, as there. `extra` entries (KEY=VALUE, global expressions expanded) are added or
 * override; an entry without `=` is ignored. Keys come out sorted.
 */
export function ociLabels(ctx: EventContext, version: string | undefined, created: Date, extra: string[], clock: Clock): Record<string, string> {
  const entries: string[] = [
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
  const map = new Map<string, string>();
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq <= 0) continue;
    map.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return Object.fromEntries([...map].sort((a, b) => a[0].localeCompare(b[0])));
}
