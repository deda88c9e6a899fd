// BuildKit nodes for multi-node builder tests: each one a rootful buildkitd of the rig's engines
// (/var/lib/gen-ci-engines/bin, v0.13.2) on a free loopback TCP port, with a root of its own under
// /tmp and a worker restricted to one platform. platformsBuiltOn reads, from the daemon's own build
// records (the history API: `buildctl debug histories`), which platforms it built; the --debug log
// ("> creating … span=[linux/arm64 2/2] RUN …") is a second witness (execPlatformsFromLog).
// Findings behind these choices: /work/notes/multinode-research.md.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ENGINES_BIN = process.env.GENCI_ENGINES_BIN ?? '/var/lib/gen-ci-engines/bin';
export const BUILDKITD = join(ENGINES_BIN, 'buildkitd');
export const BUILDCTL = join(ENGINES_BIN, 'buildctl');
/** the rig's registries (plain HTTP on loopback) */
export const RIG_REGISTRY_PORTS = [5000, 5001, 5002, 5003];
const READY_MS = 20_000;

export interface BuildkitNode {
  platform: string;
  /** tcp://127.0.0.1:PORT */
  addr: string;
  /** everything of this node: config, state, log (removed by stop) */
  root: string;
  logFile: string;
  pid: number;
  stop(): Promise<void>;
}

/** Fail loudly (never skip) when the rig's BuildKit binaries are missing. */
export function requireBuildkit(): void {
  for (const bin of [BUILDKITD, BUILDCTL]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run bash scripts/rig.sh (scripts/engines.sh builds BuildKit)`);
  }
}

/** buildkitd.toml of one node: its own state root and TCP address, one OCI worker platform, the rig's registries over HTTP. */
export function nodeConfig(o: { state: string; port: number; platform: string; registryPorts?: number[] }): string {
  const registries = (o.registryPorts ?? RIG_REGISTRY_PORTS).map((p) => `[registry."127.0.0.1:${p}"]\n  http = true\n  insecure = true\n`);
  return [
    `root = ${JSON.stringify(o.state)}`,
    'debug = true',
    '',
    '[grpc]',
    `  address = ["tcp://127.0.0.1:${o.port}"]`,
    '',
    '[worker.oci]',
    '  enabled = true',
    '  gc = false',
    '  networkMode = "host"',
    `  platforms = [${JSON.stringify(o.platform)}]`,
    '',
    '[worker.containerd]',
    '  enabled = false',
    '',
    ...registries,
  ].join('\n');
}

/** buildkitd's arguments for a config file (the platform is also given as the flag: both mean the same in v0.13). */
export function buildkitdArgs(configFile: string, platform: string): string[] {
  return ['--config', configFile, '--debug', '--oci-worker-platform', platform];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function lastLines(file: string, n = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `buildctl --addr ADDR ARGS…`, stdout */
export async function buildctl(addr: string, args: string[], timeoutMs = 10_000): Promise<string> {
  const { stdout } = await run(BUILDCTL, ['--addr', addr, ...args], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The platforms `buildctl debug workers` lists for the node's (single) worker, in its order. */
export async function workerPlatforms(addr: string): Promise<string[]> {
  const workers = parseJsonLines(await buildctl(addr, ['debug', 'workers', '--format', '{{json .}}'])).flat() as {
    platforms?: { os: string; architecture: string; variant?: string }[];
  }[];
  return workers.flatMap((w) => (w.platforms ?? []).map(formatPlatform));
}

/** The platforms the worker was configured with, from buildkitd's own start line: `found worker "…", labels=…, platforms=[linux/arm64]`. */
export function configuredPlatformsFromLog(log: string): string[] {
  const m = /msg="found worker [^"]*"?[^\n]*?platforms=\[([^\]]*)\]/.exec(log);
  return m?.[1] ? m[1].split(/[ ,]+/).filter(Boolean) : [];
}

function formatPlatform(p: { os: string; architecture: string; variant?: string }): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

function parseJsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

async function waitReady(child: ChildProcess, addr: string, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`buildkitd for ${addr} exited (${child.exitCode ?? child.signalCode}) before answering; its log ends:\n${lastLines(logFile)}`);
    }
    try {
      if ((await workerPlatforms(addr)).length > 0) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`buildkitd for ${addr} did not answer within ${READY_MS / 1000} s; its log ends:\n${lastLines(logFile)}`);
    await sleep(250);
  }
}

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && (m === dir || m.startsWith(`${dir}/`)))
    .reverse();
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/** Start a buildkitd restricted to `platform` on a free loopback port; resolves once it answers (≤ 20 s, else throws with the log's last lines). */
export async function startNode(platform: string, opts: { name?: string } = {}): Promise<BuildkitNode> {
  requireBuildkit();
  const label = (opts.name ?? platform).replace(/[^A-Za-z0-9_.-]+/g, '-');
  for (let attempt = 1; ; attempt++) {
    const root = mkdtempSync(`/tmp/genci-bk-${label}-`);
    const port = await freePort();
    const addr = `tcp://127.0.0.1:${port}`;
    const configFile = join(root, 'buildkitd.toml');
    const logFile = join(root, 'buildkitd.log');
    writeFileSync(configFile, nodeConfig({ state: join(root, 'state'), port, platform }));
    const fd = openSync(logFile, 'a');
    const child = spawn(BUILDKITD, buildkitdArgs(configFile, platform), { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    if (child.pid === undefined) throw new Error(`could not start ${BUILDKITD}`);
    const pid = child.pid;
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= (async () => {
        if (!(await exited(child, 0))) {
          process.kill(pid, 'SIGTERM');
          if (!(await exited(child, 10_000))) {
            process.kill(pid, 'SIGKILL');
            await exited(child, 5_000);
          }
        }
        // a daemon killed mid-build may leave overlay mounts of its own under its root
        for (const m of mountsUnder(root)) await run('umount', ['-l', m]).catch(() => {});
        rmSync(root, { recursive: true, force: true });
      })();
      return stopped;
    };
    try {
      await waitReady(child, addr, logFile);
      return { platform, addr, root, logFile, pid, stop };
    } catch (e) {
      const raced = /address already in use/.test(lastLines(logFile, 40));
      await stop();
      if (!raced || attempt >= 3) throw e;
    }
  }
}

interface HistoryRecord {
  CreatedAt?: string;
  FrontendAttrs?: Record<string, string>;
  Results?: Record<string, unknown>;
  ExporterResponse?: Record<string, string>;
}

/** The platforms one build record says were built: its per-platform results, else the requested `platform` attribute, else the single image config. */
export function recordPlatforms(r: HistoryRecord): string[] {
  const results = Object.keys(r.Results ?? {});
  if (results.length > 0) return results;
  const attr = r.FrontendAttrs?.platform;
  if (attr) return attr.split(',').map((p) => p.trim());
  const config = r.ExporterResponse?.['containerimage.config'];
  if (config) {
    const c = JSON.parse(config) as { os: string; architecture: string; variant?: string };
    return [formatPlatform(c)];
  }
  return [];
}

/** Platforms of the records in `buildctl debug histories --format '{{json .}}'` output created at or after sinceMs (sorted, unique). */
export function platformsFromHistories(text: string, sinceMs = 0): string[] {
  const out = new Set<string>();
  for (const ev of parseJsonLines(text) as { record?: HistoryRecord }[]) {
    const r = ev.record;
    if (!r) continue;
    if (sinceMs > 0 && (!r.CreatedAt || Date.parse(r.CreatedAt) < sinceMs)) continue;
    for (const p of recordPlatforms(r)) out.add(p);
  }
  return [...out].sort();
}

/** Platforms named by the exec steps in a buildkitd --debug log (`> creating … span="[linux/arm64 2/2] RUN …"`) at or after sinceMs (second resolution). */
export function execPlatformsFromLog(log: string, sinceMs = 0): string[] {
  const out = new Set<string>();
  const since = Math.floor(sinceMs / 1000) * 1000;
  for (const line of log.split('\n')) {
    if (!line.includes('msg="> creating ')) continue;
    const t = /^time="([^"]+)"/.exec(line);
    if (since > 0 && (!t?.[1] || Date.parse(t[1]) < since)) continue;
    const span = /span="\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?) /.exec(line);
    if (span?.[1]) out.add(span[1]);
  }
  return [...out].sort();
}

/** Which platforms' builds this daemon ran (records created at or after sinceMs), from its own build records (history API). */
export async function platformsBuiltOn(node: BuildkitNode, sinceMs?: number): Promise<string[]> {
  return platformsFromHistories(await buildctl(node.addr, ['debug', 'histories', '--format', '{{json .}}']), sinceMs);
}

/** The same question answered from the node's --debug log (exec steps of multi-platform builds name their platform). */
export function execPlatformsOn(node: BuildkitNode, sinceMs?: number): string[] {
  return execPlatformsFromLog(readFileSync(node.logFile, 'utf8'), sinceMs);
}
