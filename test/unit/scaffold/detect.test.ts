import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contextSources,
  crossCompiles,
  defaultImage,
  detect,
  findDockerfiles,
  guessContext,
  isDockerfileName,
  parseRemote,
} from '../../../src/scaffold/detect.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-detect-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('parseRemote', () => {
  it.each([
    ['git@github.com:Acme/Widget.git', { host: 'github', server: 'github.com', path: 'Acme/Widget' }],
    ['https://github.com/acme/widget', { host: 'github', server: 'github.com', path: 'acme/widget' }],
    ['https://user:token@github.com/acme/widget.git/', { host: 'github', server: 'github.com', path: 'acme/widget' }],
    ['ssh://git@ssh.github.com:443/acme/widget.git', { host: 'github', server: 'github.com', path: 'acme/widget' }],
    ['git@gitlab.com:group/sub/project.git', { host: 'gitlab', server: 'gitlab.com', path: 'group/sub/project' }],
    ['https://gitlab.example.org/team/app.git', { host: 'gitlab', server: 'gitlab.example.org', path: 'team/app' }],
    ['ssh://git@code.example.org:2222/team/app.git', { host: 'other', server: 'code.example.org', path: 'team/app' }],
  ])('%s', (url, want) => {
    expect(parseRemote(url)).toMatchObject(want);
  });

  it.each([['/srv/git/app.git'], ['../app'], ['https://github.com/justone'], ['']])('no remote in %j', (url) => {
    expect(parseRemote(url)).toBeUndefined();
  });
});

describe('defaultImage', () => {
  it.each([
    ['git@github.com:Acme/My_Widget.git', 'ghcr.io/acme/my_widget', false],
    ['git@gitlab.com:group/app.git', 'ghcr.io/owner/repo-dir', true],
  ])('%s -> %s', (url, github, githubGuessed) => {
    expect(defaultImage(parseRemote(url), '/x/Repo-Dir')).toEqual({ github, gitlab: '$CI_REGISTRY_IMAGE', githubGuessed });
  });
});

describe('Dockerfile names', () => {
  it.each([
    ['Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.prod', true],
    ['api.Dockerfile', true],
    ['dockerfile', true],
    ['Dockerfile.md', false],
    ['Dockerfile.dockerignore', false],
    ['Dockerfiles', false],
    ['README.md', false],
  ])('%s: %s', (name, yes) => expect(isDockerfileName(name)).toBe(yes));

  it('finds them root first, skipping dependency directories', () => {
    const dir = tree({
      'svc/api/Dockerfile': 'FROM a',
      'Dockerfile.dev': 'FROM a',
      Dockerfile: 'FROM a',
      'node_modules/x/Dockerfile': 'FROM a',
      'a/b/c/d/e/Dockerfile': 'FROM a',
      'docker/Containerfile': 'FROM a',
    });
    expect(findDockerfiles(dir)).toEqual(['Dockerfile', 'Dockerfile.dev', 'docker/Containerfile', 'svc/api/Dockerfile']);
  });
});

describe('build context', () => {
  it('reads COPY/ADD sources of the context only', () => {
    const text = 'FROM a\nCOPY go.mod go.sum ./\nCOPY --from=build /x /y\nADD https://e.com/f.tgz /f\nCOPY --chown=1:1 src \\\n  /src\nCOPY ["a b", "/c"]\n';
    expect(contextSources(text)).toEqual(['go.mod', 'go.sum', 'src', 'a b']);
  });

  it.each([
    ['Dockerfile at the root', { Dockerfile: 'FROM a\nCOPY . .' }, 'Dockerfile', '.'],
    ['sources beside the Dockerfile', { 'svc/Dockerfile': 'FROM a\nCOPY main.go .', 'svc/main.go': '' }, 'svc/Dockerfile', 'svc'],
    ['sources at the root only', { 'docker/Dockerfile': 'FROM a\nCOPY src/ /src/\nCOPY go.mod .', 'src/x.go': '', 'go.mod': '' }, 'docker/Dockerfile', '.'],
    ['sources nowhere', { 'docker/Dockerfile': 'FROM a\nCOPY nothing /' }, 'docker/Dockerfile', 'docker'],
  ])('%s', (_n, files, file, ctx) => {
    const dir = tree(files as Record<string, string>);
    expect(guessContext(dir, file, (files as Record<string, string>)[file] as string)).toBe(ctx);
  });
});

describe('crossCompiles', () => {
  it.each([
    ['FROM --platform=$BUILDPLATFORM golang:1.23 AS build', true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile syntax
    ['FROM --platform=${BUILDPLATFORM} golang AS b', true],
    ['from  --platform="$BUILDPLATFORM" rust', true],
    ['FROM golang:1.23', false],
    ['FROM --platform=$TARGETPLATFORM golang', false],
    ['FROM --platform=linux/amd64 golang', false],
    ['RUN echo FROM --platform=$BUILDPLATFORM', false],
  ])('%s: %s', (line, yes) => expect(crossCompiles(`# x\n${line}\nRUN true\n`)).toBe(yes));
});

describe('detect', () => {
  it('reads remote, default branch and Dockerfiles of a git repository', () => {
    const dir = tree({ Dockerfile: 'FROM --platform=$BUILDPLATFORM golang AS b\nFROM scratch\n' });
    const git = (...a: string[]) => expect(spawnSync('git', a, { cwd: dir }).status).toBe(0);
    git('init', '-q', '-b', 'trunk');
    git('remote', 'add', 'origin', 'https://github.com/acme/app.git');
    const d = detect(dir);
    expect(d.remote).toMatchObject({ host: 'github', path: 'acme/app' });
    expect(d.defaultBranch).toBe('trunk');
    expect(d.dockerfiles).toEqual([{ file: 'Dockerfile', context: '.', crossCompiles: true }]);
  });

  it('outside git: no remote, branch main', () => {
    const dir = tree({ Containerfile: 'FROM a' });
    const d = detect(dir);
    expect(d.remote).toBeUndefined();
    expect(d.defaultBranch).toBe('main');
  });
});
