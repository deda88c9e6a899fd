// The action's tags, labels and annotations: literal `tags`, or `images` + `tag-rules` turned into
// tags by the metadata engine (src/metadata, docker/metadata-action's semantics) from the GitHub
// event; OCI labels and annotations (index and each platform manifest) unless oci-metadata: false.
import { UsageError } from '../core/errors.js';
import { computeMetadata, type Env, type EventContext, githubContext } from '../metadata/index.js';

export interface EventInputs {
  /** GITHUB_* variables (process.env in the action) */
  env: Env;
  /** the event payload (GITHUB_EVENT_PATH's JSON), {} when there is none */
  payload?: unknown;
  /** the run's time (org.opencontainers.image.created, {{date}}); default now */
  now?: Date;
  /** the event already read (the CLI: GitHub, GitLab or git); default: from env + payload, GitHub's way */
  context?: EventContext;
}

export interface ImageMetadata {
  tags: string[];
  /** labels for --label, KEY=VALUE: the OCI set, then the user's labels (which win) */
  labels: string[];
  /** annotations for --annotation, LEVEL:KEY=VALUE (index: and manifest:) */
  annotations: string[];
  /** the version (org.opencontainers.image.version), '' when none */
  version: string;
  /** false when the event should not push (a pull request, with images + rules) */
  push: boolean;
  /** why push was turned off, for a notice */
  notice?: string;
  /** something asked for that this event cannot give */
  warning?: string;
  /** SOURCE_DATE_EPOCH for buildx (reproducible: true), from the commit time */
  sourceDateEpoch?: number;
}

export interface MetadataInputs {
  tags: string[];
  images: string[];
  tagRules: string;
  latest: string;
  labels: string[];
  annotations: string[];
  ociMetadata: boolean;
  reproducible: boolean;
  multiPlatform: boolean;
}

const kv = (entries: Record<string, string>): string[] => Object.entries(entries).map(([k, v]) => `${k}=${v}`);

/** Resolve the tags, labels and annotations of one run (pure: the event is passed in). */
export function resolveMetadata(i: MetadataInputs, e: EventInputs): ImageMetadata {
  if (i.images.length && i.tags.length) throw new UsageError('give tags (literal image references) or images (with tag-rules), not both');
  if (!i.images.length && i.tagRules.trim()) throw new UsageError('tag-rules needs images: the repositories the tags are made for');
  const latest = i.latest.trim().toLowerCase() || 'auto';
  if (!['auto', 'true', 'false'].includes(latest)) throw new UsageError(`latest: "${i.latest}" is not auto, true or false`);
  const ctx = e.context ?? githubContext(e.env, e.payload ?? {});
  const now = e.now ?? new Date();
  const created = i.reproducible && ctx.commitDate ? ctx.commitDate : now;
  const m = computeMetadata(ctx, {
    images: i.images,
    rules: i.tagRules,
    latest: latest as 'auto' | 'true' | 'false',
    labels: i.labels,
    annotations: i.annotations,
    now,
    created,
  });
  const tags = i.images.length ? m.tags : i.tags;
  if (i.images.length && !tags.length) throw new UsageError(`images: no tag rule applies to this event (${ctx.event || 'no event'} on ${ctx.ref || 'no ref'}); add a rule such as type=raw,value=dev`);
  // the OCI set (with the user's entries on top), or only the user's entries
  const userOnly = (entries: string[]) => entries.filter((x) => x.includes('='));
  // the OCI set needs a repository to describe: a GitHub run, or images given
  const oci = i.ociMetadata && (Boolean(e.env.GITHUB_REPOSITORY) || Boolean(ctx.repo.url) || i.images.length > 0);
  const labels = oci ? kv(m.labels) : userOnly(i.labels);
  const annotationSet = oci ? kv(m.annotations) : userOnly(i.annotations);
  // index-level annotations need an index: a multi-platform build has one
  const levels = i.multiPlatform ? ['index', 'manifest'] : ['manifest'];
  const annotations = annotationSet.flatMap((a) => levels.map((l) => `${l}:${a}`));
  const push = i.images.length ? m.push : true;
  const out: ImageMetadata = { tags, labels, annotations, version: i.images.length ? m.version : '', push };
  if (!push) out.notice = `not pushing: ${ctx.event} on ${ctx.ref} (the tag rules push nothing for pull requests); the image is built and checked`;
  if (i.reproducible) {
    if (ctx.commitDate) out.sourceDateEpoch = Math.floor(ctx.commitDate.getTime() / 1000);
    else out.warning = 'reproducible: this event payload carries no commit time (push events do), so SOURCE_DATE_EPOCH is not set';
  }
  return out;
}
