import type { Command } from './command.js';

/** A command as the dispatcher knows it before loading it: each command's code loads on demand. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/**
 * Every CLI command, in the order `gen-ci --help` lists them. Loaded lazily, so `gen-ci mirror`
 * never parses the scaffolder, the GitLab generator or the Dockerfile parser: start-up time is
 * most of a warm mirror's run. test/unit/cli-commands.test.ts checks the summaries match.
 */
export const COMMANDS: CommandEntry[] = [
  { name: 'init', summary: 'scaffold a multi-arch image pipeline for GitHub Actions and/or GitLab CI', load: async () => (await import('./init.js')).initCommand },
  { name: 'build', summary: 'build and push a multi-arch image from any shell (buildx or plain BuildKit)', load: async () => (await import('./build.js')).buildCommand },
  { name: 'mirror', summary: 'copy images with all (or chosen) platforms between registries', load: async () => (await import('./mirror.js')).mirrorCommand },
  { name: 'merge', summary: 'build one multi-platform index from per-platform images', load: async () => (await import('./merge.js')).mergeCommand },
  { name: 'inspect', summary: 'show the platforms behind an image reference (no Docker needed)', load: async () => (await import('./inspect.js')).inspectCommand },
  { name: 'check', summary: 'preflight a Dockerfile for a multi-platform build', load: async () => (await import('./check.js')).checkCommand },
  { name: 'tags', summary: 'print the image tags, OCI labels and annotations for this commit', load: async () => (await import('./tags.js')).tagsCommand },
  { name: 'sign', summary: 'sign an image index and every platform manifest with cosign', load: async () => (await import('./sign.js')).signCommand },
  {
    name: 'verify-signature',
    summary: 'check that an image index and each platform manifest carry a valid cosign signature',
    load: async () => (await import('./verify-signature.js')).verifySignatureCommand,
  },
  {
    name: 'gitlab',
    summary: 'write a .gitlab-ci.yml that builds a multi-arch image (buildx, native, kaniko, buildah, buildkit)',
    load: async () => (await import('./gitlab.js')).gitlabCommand,
  },
];
