// The environment edge: which CI this is (GitHub Actions, GitLab CI, else plain git) and its
// context, reading GITHUB_EVENT_PATH or git as needed.
import { readFile } from 'node:fs/promises';
import { InputFileError } from '../core/errors.js';
import { type EventContext, type Env, githubContext, gitlabContext } from './context.js';
import { gitContext } from './git.js';

/** The JSON event payload of a GitHub run (GITHUB_EVENT_PATH); {} when unset or absent. */
export async function readGithubEvent(env: Env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputFileError(`cannot read the GitHub event payload ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'unreadable');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new InputFileError(`the GitHub event payload ${path} is not JSON`, 'unreadable');
  }
}

export interface ContextOverrides {
  /** a git ref to build as instead (refs/heads/B, refs/tags/T, refs/pull/N/merge) */
  ref?: string;
  /** the default branch, when the environment does not say */
  defaultBranch?: string;
}

/**
 * The context of this run: GitHub Actions when GITHUB_ACTIONS=true, GitLab CI when GITLAB_CI=true,
 * else the git work tree at `cwd`. Overrides win over what the environment says.
 */
export async function contextFromEnvironment(env: Env, cwd: string, overrides: ContextOverrides = {}): Promise<EventContext> {
  let ctx: EventContext;
  if (env.GITHUB_ACTIONS === 'true') ctx = githubContext(env, await readGithubEvent(env));
  else if (env.GITLAB_CI === 'true') ctx = gitlabContext(env);
  else return gitContext(cwd, overrides);
  return {
    ...ctx,
    ...(overrides.ref !== undefined ? { ref: overrides.ref } : {}),
    ...(overrides.defaultBranch !== undefined ? { defaultBranch: overrides.defaultBranch } : {}),
  };
}
