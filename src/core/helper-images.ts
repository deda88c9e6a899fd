import { backoffMs, sleep } from './retry.js';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from './errors.js';
import { lastErrorLine, run } from './exec.js';
import type { Log } from './log.js';

/**
 * Known-good helper images, pinned instead of `latest` (see README, "Helper images"):
 * - binfmt qemu-v8.1.5: `latest` (QEMU 7.0) segfaults under the ASLR of newer runner kernels and
 *   the QEMU 9.2 image segfaulted in libc-bin/ldconfig of Ubuntu 22.04 (2025); 8.1.5 carries the fix.
 * - BuildKit v0.27.0: a release before attestations became OCI artifacts, which some registries
 *   (GitLab's among them) refuse.
 */
export const PINNED_BINFMT = 'tonistiigi/binfmt:qemu-v8.1.5';
export const PINNED_BUILDKIT = 'moby/buildkit:v0.27.0';

/**
 * The image to use: an explicit input wins, else the pinned one, from helper-registry when set (pure).
 * A value equal to the pinned one is the input's default, not a choice: helper-registry still applies.
 */
export function helperImage(pinned: string, explicit: string | undefined, helperRegistry: string | undefined): string {
  if (explicit && explicit !== pinned) return explicit;
  return helperRegistry ? `${helperRegistry.replace(/\/+$/, '')}/${pinned}` : pinned;
}

/** Cache keys: restore by image name, save under name + digest (pure). */
export function helperCacheKeys(image: string, digest?: string): { primary: string; restore: string[] } {
  const slug = image.replace(/[^a-zA-Z0-9._-]+/g, '-');
  return { primary: `gen-ci-helper-${slug}-${digest?.replace(/^sha256:/, '').slice(0, 16) ?? 'nodigest'}`, restore: [`gen-ci-helper-${slug}-`] };
}

/** A fixed path per image: @actions/cache versions entries by their paths, so it must not vary between runs. */
export function helperCacheDir(image: string, base = tmpdir()): string {
  return join(base, 'gen-ci-helper-images', image.replace(/[^a-zA-Z0-9._-]+/g, '-'));
}

/** Rate limits, server errors, timeouts and resets are worth another try; auth and not-found are not (pure). */
export function isRetryablePullError(stderr: string): boolean {
  if (/unauthorized|denied|not found|manifest unknown|no such image/i.test(stderr) && !/toomanyrequests|429/.test(stderr)) return false;
  return /toomanyrequests|429|too many requests|\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|timeout|timed out|connection reset|connection refused|EOF|no such host|temporary failure/i.test(
    stderr,
  );
}

/** The cache the action offers (@actions/cache behind it); every call may fail and only warns. */
export interface HelperCache {
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(dir: string, key: string): Promise<void>;
}

export interface EnsureOptions {
  log: Log;
  env?: Record<string, string>;
  cache?: HelperCache;
  retries: number;
  retryBaseMs: number;
  /** what to tell the user to do when the pull keeps failing */
  hint: string;
  /** told each path this creates (the cache directory and its tarball) before it is created */
  record?: (path: string) => void;
}

export type ImageSource = 'local' | 'cache' | 'pulled';

/** Make a helper image available locally: already there, from the Actions cache, or pulled with retries. */
export async function ensureImage(image: string, o: EnsureOptions): Promise<ImageSource> {
  const docker = (args: string[], silent = true) => run('docker', args, { silent, env: o.env });
  if ((await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) return 'local';

  const dir = helperCacheDir(image);
  const tar = join(dir, 'image.tar');
  if (o.cache) {
    o.record?.(dir);
    try {
      const keys = helperCacheKeys(image);
      const hit = await o.cache.restore(dir, keys.primary, keys.restore);
      if (hit && existsSync(tar)) {
        const loaded = await docker(['load', '--input', tar]);
        if (loaded.exitCode === 0 && (await docker(['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0) {
          o.log.info(`${image}: restored from the Actions cache (${hit}), no registry request`);
          return 'cache';
        }
        o.log.warning(`${image}: the cached copy did not load (${lastErrorLine(loaded.stderr)}); pulling instead`);
      }
    } catch (err) {
      o.log.warning(`${image}: Actions cache restore failed (${(err as Error).message.split('\n')[0]}); pulling instead`);
    }
  }

  let lastError = '';
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    const pulled = await docker(['pull', '--quiet', image]);
    if (pulled.exitCode === 0) {
      lastError = '';
      break;
    }
    lastError = lastErrorLine(pulled.stderr) || `docker pull exited with ${pulled.exitCode}`;
    if (!isRetryablePullError(pulled.stderr) || attempt === o.retries) break;
    const wait = backoffMs(attempt, o.retryBaseMs);
    o.log.warning(`pull of ${image} failed (${lastError}); retry ${attempt + 1}/${o.retries} in ${(wait / 1000).toFixed(1)} s`);
    await sleep(wait);
  }
  if (lastError) throw new UserError(`could not pull ${image}: ${lastError}; ${o.hint}`);

  if (o.cache) {
    try {
      const digest = (await docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', image])).stdout.trim().split('@')[1];
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const saved = await docker(['save', '--output', tar, image]);
      if (saved.exitCode !== 0) throw new Error(lastErrorLine(saved.stderr));
      await o.cache.save(dir, helperCacheKeys(image, digest).primary);
      o.log.info(`${image}: saved to the Actions cache for the next runs`);
    } catch (err) {
      o.log.warning(`${image}: could not save it to the Actions cache (${(err as Error).message.split('\n')[0]})`);
    }
  }
  return 'pulled';
}
