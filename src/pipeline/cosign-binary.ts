// Where the cosign binary comes from: PATH when it is there; on a GitHub runner without it, the
// pinned release downloaded from sigstore/cosign and checked against its sha256 before it is ever
// run (the digests are those sigstore/cosign-installer pins for the same release), kept in the
// door's cache so the next run downloads nothing.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { onPath } from '../core/exec.js';
import { digestOf } from '../registry/digest.js';
import type { RunContext } from './steps.js';

export const COSIGN_VERSION = 'v2.5.0';
/** sha256 of cosign-linux-<arch> of the pinned release */
export const COSIGN_SHA256: Record<string, string> = {
  amd64: '1f6c194dd0891eb345b436bb71ff9f996768355f5e0ce02dde88567029ac2188',
  arm64: '080a998f9878f22dafdb9ad54d5b2e2b8e7a38c53527250f9d89a6763a28d545',
};
export const COSIGN_RELEASES = 'https://github.com/sigstore/cosign/releases/download';

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

/** The release asset for this machine and its digest (pure). */
export function cosignAsset(nodeArch: string, version = COSIGN_VERSION, base = COSIGN_RELEASES): { url: string; sha256: string; name: string } {
  const arch = ARCH[nodeArch];
  const sha256 = arch ? COSIGN_SHA256[arch] : undefined;
  if (!arch || !sha256) throw new UserError(`no pinned cosign for this machine (${process.platform}/${nodeArch}): put cosign on PATH (sigstore/cosign-installer)`, 1, 'missing-tool');
  return { url: `${base}/${version}/cosign-linux-${arch}`, sha256, name: `cosign-${version}-linux-${arch}` };
}

/** Download to `dest`, checking the digest before the file gets its name and mode (a bad download is never run). */
export async function downloadVerified(url: string, sha256: string, dest: string, fetchFn: typeof fetch = fetch, timeoutMs = 120_000): Promise<void> {
  let body: Buffer;
  try {
    const res = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw new UserError(`could not download cosign from ${url}: ${(err as Error).message}; put cosign on PATH (sigstore/cosign-installer) instead`, 1, 'missing-tool');
  }
  const got = digestOf(body).slice('sha256:'.length);
  if (got !== sha256) throw new UserError(`the cosign download from ${url} has sha256 ${got}, not the pinned ${sha256}: not using it`, 1, 'digest-mismatch');
  const tmp = `${dest}.part`;
  writeFileSync(tmp, body, { mode: 0o600 });
  chmodSync(tmp, 0o755);
  renameSync(tmp, dest);
}

/**
 * The cosign to run: `cosign` from PATH; else, on a GitHub runner, the pinned release (from the
 * Actions cache when it holds it); else one line saying how to get it.
 */
export async function ensureCosign(ctx: RunContext, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (onPath('cosign', env.PATH)) return 'cosign';
  if (env.GITHUB_ACTIONS !== 'true' || !(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP)) {
    throw new UserError('cosign is not on PATH: install it (apt-get install cosign, brew install cosign, or the sigstore/cosign-installer action) to sign', 1, 'missing-tool');
  }
  const asset = cosignAsset(process.arch);
  const dir = join(env.RUNNER_TOOL_CACHE || (env.RUNNER_TEMP as string), 'gen-ci-cosign', COSIGN_VERSION);
  const bin = join(dir, 'cosign');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  if (ctx.openCache) ctx.cache ??= ctx.openCache();
  const cache = await ctx.cache;
  const key = `gen-ci-${asset.name}-${asset.sha256.slice(0, 16)}`;
  if (cache) {
    try {
      if (await cache.restore(dir, key, [])) {
        if (existsSync(bin)) {
          ctx.log.info(`cosign ${COSIGN_VERSION} from the Actions cache`);
          // the cache is trusted no more than the network: the digest is checked again
          if (digestOf(readFileSync(bin)) === `sha256:${asset.sha256}`) return bin;
          ctx.log.warning('the cached cosign does not match its pinned digest; downloading it again');
        }
      }
    } catch (err) {
      ctx.log.warning(`could not restore cosign from the Actions cache (${(err as Error).message.split('\n')[0]})`);
    }
  }
  ctx.log.info(`downloading cosign ${COSIGN_VERSION} (${asset.url}, sha256 ${asset.sha256})`);
  await downloadVerified(asset.url, asset.sha256, bin);
  if (cache) {
    try {
      await cache.save(dir, key);
    } catch (err) {
      ctx.log.warning(`could not save cosign to the Actions cache (${(err as Error).message.split('\n')[0]})`);
    }
  }
  return bin;
}
