import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Where the repository's code is hosted, read from its git remote. */
export interface Remote {
  host: 'github' | 'gitlab' | 'other';
  /** server name, e.g. github.com, gitlab.example.com */
  server: string;
  /** path on the server without .git: owner/repo, or group/subgroup/project on GitLab */
  path: string;
  url: string;
}

export interface DockerfileInfo {
  /** path relative to the repository root, with / separators */
  file: string;
  /** build context relative to the root ('.' for the root) */
  context: string;
  /** some stage is pinned to the build platform (FROM --platform=$BUILDPLATFORM) */
  crossCompiles: boolean;
}

export interface Detected {
  root: string;
  dockerfiles: DockerfileInfo[];
  remote?: Remote;
  defaultBranch: string;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'dist', 'build', 'target', '.venv', 'venv', '__pycache__', '.tmp', 'coverage', '.terraform']);
const MAX_DEPTH = 4;

/** Dockerfile, Containerfile, Dockerfile.prod, app.Dockerfile, prod.dockerfile. */
export function isDockerfileName(name: string): boolean {
  if (/\.(md|txt|dockerignore|bak|orig|swp)$/i.test(name)) return false;
  return /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/i.test(name) || /^[\w.-]+\.(Dockerfile|Containerfile)$/i.test(name);
}

/** Dockerfiles under root (depth 4, skipping dependency and build directories), root ones first. */
export function findDockerfiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), depth + 1);
      } else if (e.isFile() && isDockerfileName(e.name)) found.push(relative(root, join(dir, e.name)).split(sep).join('/'));
    }
  };
  walk(root, 0);
  const rank = (f: string) => [f.split('/').length, /^(Dockerfile|Containerfile)$/i.test(posix.basename(f)) ? 0 : 1] as const;
  return found.sort((a, b) => {
    const [da, na] = rank(a);
    const [db, nb] = rank(b);
    return da - db || na - nb || a.localeCompare(b);
  });
}

/** COPY/ADD sources of the build context (not --from, not URLs), as written. */
export function contextSources(dockerfile: string): string[] {
  const out: string[] = [];
  const text = dockerfile.replace(/\\\r?\n/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
    if (!m) continue;
    const words = (m[2] as string).trim();
    if (/--from[= ]/i.test(words)) continue;
    let args: string[];
    if (words.replace(/^(--\S+\s+)*/, '').startsWith('[')) {
      try {
        args = JSON.parse(words.replace(/^(--\S+\s+)*/, '')) as string[];
      } catch {
        continue;
      }
    } else args = words.split(/\s+/).filter((w) => !w.startsWith('--'));
    for (const a of args.slice(0, -1)) if (!/^[a-z]+:\/\//i.test(a) && !a.includes('$') && !a.startsWith('<<')) out.push(a);
  }
  return out;
}

/**
 * The build context of a Dockerfile: its own directory, unless what it copies is found relative
 * to the repository root only (a Dockerfile kept in docker/ that copies src/ from the root).
 */
export function guessContext(root: string, file: string, text: string): string {
  const dir = posix.dirname(file);
  if (dir === '.') return '.';
  const sources = contextSources(text).filter((s) => s !== '.' && s !== './' && !/[*?[]/.test(s));
  if (sources.length === 0) return dir;
  const exists = (base: string) => sources.every((s) => existsSync(join(root, base, s)));
  if (exists(dir)) return dir;
  if (exists('.')) return '.';
  return dir;
}

/** Does some stage run on the build platform (the cross-compiling pattern)? */
export function crossCompiles(text: string): boolean {
  return /^\s*FROM\s+(?:--\S+\s+)*--platform=(?:\$\{?BUILDPLATFORM\}?|"\$\{?BUILDPLATFORM\}?")/im.test(text.replace(/\\\r?\n/g, ' '));
}

/**
 * A git remote URL -> host kind, server and path. Knows scp-like (git@host:owner/repo.git),
 * ssh://, https:// and git:// forms; github.com is GitHub, a server named gitlab.* or *.gitlab.*
 * (and gitlab.com) is GitLab.
 */
export function parseRemote(url: string): Remote | undefined {
  const u = url.trim();
  let server: string | undefined;
  let path: string | undefined;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(u);
  const full = /^(?:ssh|https?|git|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(u);
  if (full) [server, path] = [full[1], full[2]];
  else if (scp && !u.includes('://')) [server, path] = [scp[1], scp[2]];
  if (!server || !path) return undefined;
  path = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/^\/+/, '');
  if (!path.includes('/')) return undefined;
  server = server.toLowerCase();
  const host = server === 'github.com' || server === 'ssh.github.com' ? 'github' : /(^|\.)gitlab\./.test(server) ? 'gitlab' : 'other';
  return { host, server: server === 'ssh.github.com' ? 'github.com' : server, path, url: u };
}

/**
 * The image a repository's CI pushes to by default: ghcr.io/owner/repo on GitHub, $CI_REGISTRY_IMAGE
 * on GitLab. Without a GitHub remote the GitHub image is a guess (ghcr.io/owner/<directory>), and says so.
 */
export function defaultImage(remote: Remote | undefined, root: string): { github: string; gitlab: string; githubGuessed: boolean } {
  const lower = (s: string) => s.toLowerCase().replace(/[^a-z0-9._/-]/g, '-');
  if (remote?.host === 'github') return { github: `ghcr.io/${lower(remote.path)}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: false };
  const name = lower(posix.basename(root.split(sep).join('/'))).replace(/^[^a-z0-9]+/, '') || 'app';
  return { github: `ghcr.io/owner/${name}`, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed: true };
}

function git(root: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The top of the git work tree containing dir, or dir itself outside git. */
export function repositoryRoot(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']) ?? dir;
}

/** origin, else the first remote. */
export function detectRemote(root: string): Remote | undefined {
  const names = (git(root, ['remote']) ?? '').split('\n').filter(Boolean);
  const name = names.includes('origin') ? 'origin' : names[0];
  if (!name) return undefined;
  const url = git(root, ['remote', 'get-url', name]);
  return url ? parseRemote(url) : undefined;
}

/** The remote's HEAD branch if known, else the current branch, else init.defaultBranch, else main. */
export function detectDefaultBranch(root: string): string {
  const remoteHead = git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead?.includes('/')) return remoteHead.slice(remoteHead.indexOf('/') + 1);
  return git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']) || git(root, ['config', 'init.defaultBranch']) || 'main';
}

export function describeDockerfile(root: string, file: string): DockerfileInfo {
  let text = '';
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    // a Dockerfile that is not there yet (given with --file): its directory is the context
  }
  return { file, context: text ? guessContext(root, file, text) : posix.dirname(file), crossCompiles: crossCompiles(text) };
}

/** Everything init needs to know about the repository at root. */
export function detect(root: string): Detected {
  const dockerfiles = findDockerfiles(root).map((f) => describeDockerfile(root, f));
  const remote = detectRemote(root);
  return { root, dockerfiles, ...(remote ? { remote } : {}), defaultBranch: detectDefaultBranch(root) };
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
