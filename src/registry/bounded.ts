import { setMaxListeners } from 'node:events';
import { formatSeconds } from '../core/duration.js';
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


/** The retry line a terminal shows. */
export function retryLine(e: RetryEvent): string {
  return `retry ${e.attempt}/${e.retries} in ${formatSeconds(e.delayMs)}: ${e.reason} (${e.host})`;
}

export interface DeadlineOptions {
  /** the deadline of the whole operation, every request and retry wait included */
  timeoutMs: number;
  /** the bound on one request (connect + answer, and idle); default half the deadline, at least 1 s, at most 30 s */
  requestTimeoutMs?: number;
  /** one line per retry, e.g. `retry 2/4 in 0.4 s: connection refused (127.0.0.1:5000)` */
  onRetry?: (line: string) => void;
  /** the operation in messages: `the mirror of x`; default: the lookup (the host is named) */
  what?: string;
  /** the flag or input that sets the deadline, named in the message when it runs out */
  knob?: string;
}

/** The per-request bound for an operation deadline. */
export function requestBound(timeoutMs: number, requestTimeoutMs?: number): number {
  return Math.min(timeoutMs, requestTimeoutMs ?? Math.min(30_000, Math.max(1000, Math.round(timeoutMs / 2))));
}

/**
 * Run one registry operation with a deadline: whatever the registries do (accept and never answer,
 * answer 503 forever, ask to retry after a minute), the returned promise settles within
 * `timeoutMs`, and the requests and retry waits still running are stopped when it does. A retry
 * that the deadline would cut short is not waited for. `extraSignal` cancels it too.
 */
export function withDeadline<T>(
  client: RegistryClient,
  o: DeadlineOptions,
  run: (c: RegistryClient) => Promise<T>,
  host: string,
  register?: (stop: (err: Error) => void) => () => void,
): Promise<T> {
  if (!(o.timeoutMs > 0)) throw new UserError(`a deadline must be positive, not ${o.timeoutMs} ms`);
  const ac = new AbortController();
  const parent = client.opts.signal;
  const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
  // every request of the operation listens to it (a mirror has dozens in flight)
  setMaxListeners(0, signal);
  const started = Date.now();
  let last: RetryEvent | undefined;
  return new Promise<T>((resolve, reject) => {
    let unregister = () => {};
    const stop = (err: Error) => {
      clearTimeout(timer);
      unregister();
      if (!ac.signal.aborted) ac.abort(err);
      reject(err);
    };
    const knob = o.knob ? `; raise ${o.knob} if it is only slow` : '';
    const timer: NodeJS.Timeout = setTimeout(() => {
      const at = last?.host ?? host;
      const why = last && /^(?:HTTP |rate limited)/.test(last.reason) ? ` (its last answer: ${last.reason})` : '';
      stop(
        new DeadlineError(
          o.what && !last ? `${o.what} did not finish within ${formatSeconds(o.timeoutMs)}${knob}` : `${at} did not answer within ${formatSeconds(o.timeoutMs)}${why}${o.what ? ` (${o.what})` : ''}`,
        ),
      );
    }, o.timeoutMs);
    if (register) unregister = register(stop);
    const c = client.withOptions({
      signal,
      requestTimeoutMs: requestBound(o.timeoutMs, o.requestTimeoutMs),
      onRetry: (e) => {
        last = e;
        client.opts.onRetry?.(e);
        const left = o.timeoutMs - (Date.now() - started);
        if (e.delayMs >= left) {
          const times = e.attempt === 1 ? '' : ` ${e.attempt} times in a row`;
          const said = /^rate limited/.test(e.reason) ? `${e.reason}${times}` : `${e.host}${/^HTTP /.test(e.reason) ? ` answered ${e.reason}` : `: ${e.reason}`}${times}`;
          stop(new DeadlineError(`${said}; another try (in ${formatSeconds(e.delayMs)}) would pass the ${formatSeconds(o.timeoutMs)} deadline`));
          return;
        }
        o.onRetry?.(retryLine(e));
      },
    });
    run(c)
      .then(resolve, reject)
      .finally(() => {
        clearTimeout(timer);
        unregister();
      });
  });
}

/**
 * Image lookups with a deadline each (withDeadline per lookup); close() cancels those still running.
 */
export function boundedLookup(client: RegistryClient, o: BoundedLookupOptions): BoundedLookup {
  if (!(o.timeoutMs > 0)) throw new UserError(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
  const running = new Set<(err: Error) => void>();
  let closed = false;
  const register = (stop: (err: Error) => void) => {
    running.add(stop);
    return () => running.delete(stop);
  };
  return {
    async lookup(image: string): Promise<ImageInfo> {
      if (closed) throw new UserError(`lookup of ${image} after the lookups were closed`);
      const ref = parseReference(image);
      return withDeadline(client, o, (c) => inspectImage(c, ref), ref.registry, register);
    },
    close() {
      closed = true;
      for (const stop of [...running]) stop(new UserError('the image lookup was cancelled'));
    },
  };
}
