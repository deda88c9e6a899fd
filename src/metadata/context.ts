// The event a build runs for, in one shape whatever the CI: GitHub's GITHUB_* variables and event
// payload, GitLab's CI_* variables, or facts read from plain git. Pure: nothing here reads files,
// the environment or git (see git.ts and environment.ts for the edges).
import { parseRemote } from '../scaffold/detect.js';
import { compareSemver, parseSemver, type SemVer } from './semver.js';

/** The repository the image is built from, for the OCI labels. */
export interface RepoInfo {
  /** e.g. Hello-World: org.opencontainers.image.title */
  name?: string;
  description?: string;
  /** web page of the repository: org.opencontainers.image.url and .source */
  url?: string;
  /** SPDX identifier: org.opencontainers.image.licenses */
  license?: string;
}

export interface EventContext {
  /** where the context came from */
  source: 'github' | 'gitlab' | 'git';
  /**
   * The event: GitHub's event name (push, pull_request, schedule, workflow_dispatch, …), GitLab's
   * CI_PIPELINE_SOURCE (push, merge_request_event, schedule, web, …), `push` for plain git.
   */
  event: string;
  /**
   * The git ref in GitHub's form: refs/heads/BRANCH, refs/tags/TAG, or refs/pull/N/merge for a
   * pull request (a GitLab merge request too, N being its IID); '' when unknown (a detached HEAD
   * without a tag).
   */
  ref: string;
  /** full commit SHA ('' when unknown) */
  sha: string;
  /** the repository's default branch, when known */
  defaultBranch?: string;
  /** a pull request's target branch (or a tag push's base_ref on GitHub): {{base_ref}} */
  baseRef?: string;
  /** when the commit was made: {{commit_date}} */
  commitDate?: Date;
  repo: RepoInfo;
}

export type Env = Record<string, string | undefined>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function date(v: unknown): Date | undefined {
  const s = str(v);
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
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
export function githubContext(env: Env, event: unknown = {}): EventContext {
  const payload = obj(event);
  const repository = obj(payload.repository);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let ref = env.GITHUB_REF ?? '';
  if (/pull_request_target/.test(eventName) && payload.number !== undefined) ref = `refs/pull/${String(payload.number)}/merge`;
  const pr = obj(payload.pull_request);
  let sha = env.GITHUB_SHA ?? '';
  if (/^true$/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && /pull_request/.test(eventName)) sha = str(obj(pr.head).sha) ?? sha;

  let baseRef: string | undefined;
  if (/^refs\/tags\//.test(ref) && str(payload.base_ref)) baseRef = (payload.base_ref as string).replace(/^refs\/heads\//, '');
  else if (/^refs\/pull\//.test(ref)) baseRef = str(obj(pr.base).ref) ?? str(env.GITHUB_BASE_REF);

  let commitDate: Date | undefined;
  const commits = Array.isArray(payload.commits) ? (payload.commits as unknown[]).map(obj) : [];
  const pushed = commits.find((c) => c.id === sha);
  if (pushed) commitDate = date(pushed.timestamp);
  const head = obj(payload.head_commit);
  if (!commitDate && head.id === sha) commitDate = date(head.timestamp);

  const full = env.GITHUB_REPOSITORY;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return compact({
    source: 'github' as const,
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
export function gitlabContext(env: Env): EventContext {
  const iid = str(env.CI_MERGE_REQUEST_IID);
  const tag = str(env.CI_COMMIT_TAG);
  const branch = str(env.CI_COMMIT_BRANCH) ?? str(env.CI_COMMIT_REF_NAME);
  const ref = iid ? `refs/pull/${iid}/merge` : tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
  return compact({
    source: 'gitlab' as const,
    event: env.CI_PIPELINE_SOURCE ?? (iid ? 'merge_request_event' : 'push'),
    ref,
    sha: env.CI_COMMIT_SHA ?? '',
    defaultBranch: str(env.CI_DEFAULT_BRANCH),
    baseRef: iid ? str(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) : undefined,
    commitDate: date(env.CI_COMMIT_TIMESTAMP),
    repo: compact({ name: str(env.CI_PROJECT_NAME), description: str(env.CI_PROJECT_DESCRIPTION), url: str(env.CI_PROJECT_URL) }),
  });
}

/** What git says about a work tree (read by git.ts's readGitFacts). */
export interface GitFacts {
  /** HEAD's commit */
  sha: string;
  /** the branch HEAD is on; undefined when detached */
  branch?: string;
  /** tags pointing at HEAD */
  tags: string[];
  /** committer date of HEAD, ISO 8601 */
  commitDate?: string;
  /** origin's HEAD branch, else init.defaultBranch */
  defaultBranch?: string;
  /** URL of the origin remote (or the first remote) */
  remoteUrl?: string;
}

/** The tag a detached HEAD is built as: the highest semver tag at HEAD, else the last by name. */
function pickTag(tags: string[]): string | undefined {
  const versions = tags.map((t) => ({ t, v: parseSemver(t.replace(/\//g, '-')) }));
  const semver = versions.filter((x) => x.v !== undefined).sort((a, b) => compareSemver(b.v as SemVer, a.v as SemVer));
  return semver[0]?.t ?? [...tags].sort().at(-1);
}

/**
 * The context of plain git (any other CI, or a laptop), as metadata-action's `context: git` reads
 * it: HEAD on a branch is refs/heads/BRANCH; a detached HEAD is refs/tags/TAG when a tag points at
 * it (the highest semver one when several do), else ''. `overrides` take precedence (a CI's own
 * variables, or the CLI's --ref / --default-branch). The repository URL is the origin remote as a
 * web address (https://host/path).
 */
export function gitContextFrom(facts: GitFacts, overrides: { ref?: string; defaultBranch?: string; event?: string } = {}): EventContext {
  const tag = facts.branch ? undefined : pickTag(facts.tags);
  const ref = overrides.ref ?? (facts.branch ? `refs/heads/${facts.branch}` : tag ? `refs/tags/${tag}` : '');
  const remote = facts.remoteUrl ? parseRemote(facts.remoteUrl) : undefined;
  return compact({
    source: 'git' as const,
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
