import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { UserError } from '../core/errors.js';

export class DigestMismatchError extends UserError {}

function hashFor(digest: string): Hash {
  const alg = digest.slice(0, digest.indexOf(':'));
  if (alg !== 'sha256' && alg !== 'sha512') throw new UserError(`unsupported digest algorithm "${alg}" in ${digest}`);
  return createHash(alg);
}

/**
 * A pass-through stream that hashes what flows through and fails if the digest (or the expected
 * size) does not match. It holds back the latest chunk until the end is verified, so a consumer
 * that uploads what it reads never completes an upload of corrupt content.
 */
export class DigestVerifier extends Transform {
  private readonly hash: Hash;
  private held: Buffer | undefined;
  bytes = 0;

  constructor(
    readonly expected: string,
    readonly expectedSize?: number,
    readonly what = 'blob',
  ) {
    super();
    this.hash = hashFor(expected);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
      cb(new DigestMismatchError(`${this.what} ${this.expected} is larger than the ${this.expectedSize} bytes its descriptor says`));
      return;
    }
    const prev = this.held;
    this.held = chunk;
    cb(null, prev);
  }

  override _flush(cb: TransformCallback): void {
    const got = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
    if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
      cb(new DigestMismatchError(`${this.what} ${this.expected}: got ${this.bytes} bytes, expected ${this.expectedSize}`));
      return;
    }
    if (got !== this.expected) {
      cb(new DigestMismatchError(`${this.what} content does not match its digest: expected ${this.expected}, got ${got}`));
      return;
    }
    cb(null, this.held);
  }
}

/** The content digest of some bytes (a string is its UTF-8): sha256:<hex> unless told sha512. */
export function digestOf(data: Buffer | string, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}
