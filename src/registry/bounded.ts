import { UserError } from '../core/errors.js';
import type { RegistryClient, RetryEvent } from './client.js';
import { type ImageInfo, inspectImage } from './inspect.js';
import { parseReference } from './reference.js';

export interface BoundedLookupOptions {
  /** the deadline of one image lookup, every request and retry wait included */
  timeoutMs: number;
  /** the bound on one request (connect + answer, and idle); default half the deadline, at least 1 s */
  requestTimeoutMs?: number;
  /** one line per retry, e.g. `retry 2/4 in 0.4 s: connection refused (127.0.0.1:5000)` */
  onRetry?: (line: string) => void;
}

export interface BoundedLookup {
  /** what inspectImage says of ref, or a rejection within the deadline with a one-line UserError */
  lookup: (ref: string) => Promise<ImageInfo>;
  /** cancel every lookup still running (they reject) and release their timers */
  close(): void;
}

/** A lookup that ran out of time. */
export class DeadlineError extends UserError {}

/** `2 s`, `0.4 s`, `12 s`. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
}

/** The retry line a terminal shows. */
export function retryLine(e: RetryEvent): string {
  return `retry ${e.attempt}/${e.retries} in ${formatSeconds(e.delayMs)}: ${e.reason} (${e.host})`;
}

/**
 * Image lookups with a deadline each: whatever the registry does (accepts and never answers,
 * answers 503 forever, asks to retry after a minute), `lookup` settles within `timeoutMs`, and the
 * requests and retry waits still running are stopped when it does.
 */
export function boundedLookup(client: RegistryClient, o: BoundedLookupOptions): BoundedLookup {
  if (!(o.timeoutMs > 0)) throw new UserError(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
  const perRequest = Math.min(o.timeoutMs, o.requestTimeoutMs ?? Math.max(1000, Math.round(o.timeoutMs / 2)));
  const running = new Set<(err: Error) => void>();
  let closed = false;

  async function lookup(image: string): Promise<ImageInfo> {
    if (closed) throw new UserError(`lookup of ${image} after the lookups were closed`);
    const ref = parseReference(image);
    const ac = new AbortController();
    const parent = client.opts.signal;
    const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
    const started = Date.now();
    let last: RetryEvent | undefined;
    return new Promise<ImageInfo>((resolve, reject) => {
      const stop = (err: Error) => {
        clearTimeout(timer);
        running.delete(stop);
        if (!ac.signal.aborted) ac.abort(err);
        reject(err);
      };
      const timer: NodeJS.Timeout = setTimeout(() => {
        const host = last?.host ?? ref.registry;
        const why = last && /^HTTP /.test(last.reason) ? ` (its last answer: ${last.reason})` : '';
        stop(new DeadlineError(`${host} did not answer within ${formatSeconds(o.timeoutMs)}${why}`));
      }, o.timeoutMs);
      running.add(stop);
      const c = client.withOptions({
        signal,
        requestTimeoutMs: perRequest,
        onRetry: (e) => {
          last = e;
          client.opts.onRetry?.(e);
          const left = o.timeoutMs - (Date.now() - started);
          if (e.delayMs >= left) {
            // a retry the deadline would cut short is not worth waiting for
            const what = /^HTTP /.test(e.reason) ? ` answered ${e.reason}` : `: ${e.reason}`;
            const times = e.attempt === 1 ? '' : ` ${e.attempt} times in a row`;
            stop(
              new DeadlineError(`${e.host}${what}${times}; another try (in ${formatSeconds(e.delayMs)}) would pass the ${formatSeconds(o.timeoutMs)} deadline`),
            );
            return;
          }
          o.onRetry?.(retryLine(e));
        },
      });
      inspectImage(c, ref)
        .then(resolve, reject)
        .finally(() => {
          clearTimeout(timer);
          running.delete(stop);
        });
    });
  }

  return {
    lookup,
    close() {
      closed = true;
      for (const stop of [...running]) stop(new UserError('the image lookup was cancelled'));
    },
  };
}
