import { formatBytes } from '../core/bytes.js';
import { join } from 'node:path';
import { type FlagSpec, flagBool, flagList, flagString, type ParsedArgs } from '../cli/command.js';
import { UsageError } from '../core/errors.js';
import { withDeadline } from './bounded.js';
import type { ClientOptions, RegistryClient } from './client.js';
import type { CopyProgress } from './copy.js';
import { defaultCacheDir } from './locations.js';

/** Flags every registry command takes. */
export const REGISTRY_FLAGS: FlagSpec[] = [
  { name: 'config', type: 'string', description: 'docker config directory with config.json (default $DOCKER_CONFIG or ~/.docker)' },
  { name: 'plain-http', type: 'list', description: 'talk plain HTTP to this registry (localhost and 127.0.0.1 always are)' },
  { name: 'insecure', type: 'list', description: 'do not verify the TLS certificate of this registry' },
  { name: 'no-cache', type: 'boolean', description: 'use no local cache (manifests by digest, where blobs were seen)' },
];

/** --timeout SECONDS: the deadline of a command's registry work, retries included. */
export function timeoutFlag(dfltSeconds: number, what: string): FlagSpec {
  return { name: 'timeout', type: 'string', description: `seconds ${what} may take, retries included (default ${dfltSeconds})` };
}

/** --NAME SECONDS as milliseconds: a positive number of seconds (fractions allowed), at most two hours. */
export function secondsFlag(args: ParsedArgs, name: string, dfltSeconds: number): number {
  const v = flagString(args, name);
  if (v === undefined) return dfltSeconds * 1000;
  const n = Number(v.trim().replace(/s$/i, ''));
  if (!v.trim() || !Number.isFinite(n) || n <= 0 || n > 7200) throw new UsageError(`--${name} takes a number of seconds above 0 and up to 7200, not "${v}"`);
  return Math.round(n * 1000);
}

/** On a terminal, one `retry …` line per retry on stderr; in CI logs none. */
export function terminalRetries(io: { err: (line: string) => void; tty: boolean }): { onRetry?: (line: string) => void } {
  return io.tty ? { onRetry: (line: string) => io.err(line) } : {};
}

/**
 * Run a command's registry work within its --timeout (read and checked with the other values,
 * before anything is pushed): retry lines on a terminal, and, when the deadline passes, one line
 * saying what did not finish (DeadlineError, exit 1).
 */
export function runWithTimeout<T>(
  client: RegistryClient,
  io: { err: (line: string) => void; tty: boolean },
  o: { timeoutMs: number; what: string; host: string },
  run: (c: RegistryClient) => Promise<T>,
): Promise<T> {
  return withDeadline(client, { timeoutMs: o.timeoutMs, what: o.what, knob: '--timeout', ...terminalRetries(io) }, run, o.host);
}

export function clientOptionsFromFlags(args: ParsedArgs): ClientOptions & { cacheDir?: string } {
  const config = flagString(args, 'config');
  const opts: ClientOptions = {};
  if (config) opts.configDir = config;
  const plain = flagList(args, 'plain-http');
  if (plain.length) opts.plainHttp = plain;
  const insecure = flagList(args, 'insecure');
  if (insecure.length) opts.insecure = insecure;
  if (!flagBool(args, 'no-cache')) opts.cacheDir = defaultCacheDir();
  return opts;
}

export function locationsFile(cacheDir: string | undefined): string | undefined {
  return cacheDir ? join(cacheDir, 'blob-locations.json') : undefined;
}

export function intFlag(args: ParsedArgs, name: string, dflt: number, min = 1, max = 64): number {
  const v = flagString(args, name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${v}"`);
  return n;
}

export function sizeFlag(args: ParsedArgs, name: string): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--${name} takes a size such as 16M or 5242880, not "${v}"`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] as number;
  const n = Number(m[1]) * mult;
  if (n < 1024) throw new UsageError(`--${name} must be at least 1K`);
  return n;
}


/** A one-line progress renderer for a terminal (stderr); a no-op elsewhere. */
export function progressLine(
  tty: boolean,
  write: (s: string) => void = (s) => process.stderr.write(s),
): { update: (label: string, p: CopyProgress) => void; done: () => void } {
  let drawn = false;
  return {
    update(label, p) {
      if (!tty) return;
      const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
      write(`\r\x1b[2K${label}: ${p.blobsDone}/${p.blobsTotal} blobs, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)} (${pct}%)`);
      drawn = true;
    },
    done() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}
