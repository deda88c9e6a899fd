// The git edge: the few facts the engine needs from a work tree, read with `git` (argument arrays,
// no shell). Everything else about them is pure (context.ts's gitContextFrom).
import { execFile } from 'node:child_process';
import { InputFileError, UserError } from '../core/errors.js';
import { type EventContext, type GitFacts, gitContextFrom } from './context.js';

function git(cwd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout) => {
      resolve({ ok: !err, out: String(stdout ?? '').trim() });
    });
  });
}

/** HEAD's SHA, branch, tags, committer date, the default branch and the remote URL of the work tree at `cwd`. */
export async function readGitFacts(cwd: string): Promise<GitFacts> {
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) {
    const which = await git(process.cwd(), ['--version']);
    if (!which.ok) throw new UserError('git is not installed (or not on PATH); gen-ci tags reads the commit from git outside GitHub and GitLab CI');
    throw new InputFileError(`not a git repository: ${cwd}`);
  }
  const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (!head.ok) throw new UserError(`the repository at ${cwd} has no commit yet`);
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
  const facts: GitFacts = { sha: head.out, tags: tags.ok ? tags.out.split('\n').filter(Boolean) : [] };
  if (branch.ok && branch.out) facts.branch = branch.out;
  if (date.ok && date.out) facts.commitDate = date.out;
  if (originHead.ok && originHead.out.includes('/')) facts.defaultBranch = originHead.out.slice(originHead.out.indexOf('/') + 1);
  else if (initDefault.ok && initDefault.out) facts.defaultBranch = initDefault.out;
  if (url?.ok && url.out) facts.remoteUrl = url.out;
  return facts;
}

/** The context of the work tree at `cwd` (readGitFacts, then gitContextFrom). */
export async function gitContext(cwd: string, overrides: { ref?: string; defaultBranch?: string; event?: string } = {}): Promise<EventContext> {
  return gitContextFrom(await readGitFacts(cwd), overrides);
}
