import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RIG = {
  open: process.env.GENCI_REGISTRY ?? '127.0.0.1:5000',
  auth: process.env.GENCI_AUTH_REGISTRY ?? '127.0.0.1:5001',
  mirror: process.env.GENCI_MIRROR_REGISTRY ?? '127.0.0.1:5002',
  user: process.env.GENCI_RIG_USER ?? 'genci',
  password: process.env.GENCI_RIG_PASSWORD ?? 'rig-secret-Zq7',
  base: process.env.GENCI_BASE_IMAGE ?? '127.0.0.1:5000/base/busybox:latest',
  baseNoRiscv: process.env.GENCI_BASE_IMAGE_NO_RISCV ?? '127.0.0.1:5000/base/busybox-noriscv:latest',
};

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

/** Fail loudly (never skip) when the rig is not up. */
export async function requireRig(): Promise<void> {
  for (const [name, host, want] of [
    ['open registry', RIG.open, 200],
    ['htpasswd registry', RIG.auth, 401],
    ['mirror registry', RIG.mirror, 200],
  ] as const) {
    const s = await status(`http://${host}/v2/`);
    if (s !== want) throw new Error(`the rig is not up: ${name} ${host} answered ${s || 'nothing'} (want ${want}); run bash scripts/rig.sh up`);
  }
  const base = await status(`http://${RIG.open}/v2/base/busybox/manifests/latest`);
  if (base === 0) throw new Error('the rig is not up: base images missing; run bash scripts/rig.sh up');
}

export function uniqueRepo(prefix = 't'): string {
  return `${prefix}/${randomBytes(5).toString('hex')}`;
}

export function tempDir(name = 'genci-'): string {
  return mkdtempSync(join(tmpdir(), name));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface OwnRegistry {
  host: string;
  port: number;
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A docker-registry process of our own on a free port (extra config lines, e.g. auth). */
export async function startRegistry(extraConfig = ''): Promise<OwnRegistry> {
  const port = await freePort();
  const dir = tempDir('genci-registry-');
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${dir}/data}, delete: {enabled: true}}\nhttp: {addr: 127.0.0.1:${port}}\n${extraConfig}`,
  );
  let child: ChildProcess | undefined;
  const reg: OwnRegistry = {
    host: `127.0.0.1:${port}`,
    port,
    dir,
    async start() {
      child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      for (let i = 0; i < 100; i++) {
        const s = await status(`http://127.0.0.1:${port}/v2/`);
        if (s === 200 || s === 401) return;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`own docker-registry on ${port} did not start: ${err.slice(0, 500)}`);
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const c = child;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await exited;
    },
  };
  await reg.start();
  return reg;
}

/** Run the CLI in-process, as `gen-ci argv…` would, with the door's error handling. */
export { type CliRun, runCli as cli } from '../../support/cli.js';

export function skopeoRaw(ref: string, extra: string[] = []): string {
  return execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', ...extra, `docker://${ref}`], { encoding: 'utf8' });
}

/** A docker config dir with credentials for one registry. */
export function dockerConfig(registry: string, user: string, password: string): string {
  const dir = tempDir('genci-dockercfg-');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [registry]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }));
  return dir;
}
