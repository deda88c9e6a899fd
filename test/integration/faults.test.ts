// The fault table: every registry command (mirror, merge, inspect, check, and the action's verify)
// through every fault of test/support/fault-proxy.ts, in front of the rig's docker-registry 2.8.
// Each case must end within its deadline (+ slack) with the outcome the table says, one line naming
// what happened on failure (no stack trace), exit code 1, and no destination tag pointing at an
// incomplete image (checked on the registry itself, bypassing the proxy). The table of outcomes is
// printed after the run (and written to $GENCI_FAULT_TABLE when set: bench/faults.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verify as actionVerify, type RunContext } from '../../src/pipeline/steps.js';
import { describeError, UserError } from '../../src/core/errors.js';
import type { Lifecycle } from '../../src/core/lifecycle.js';
import type { Log } from '../../src/core/log.js';
import { parsePlatform } from '../../src/core/platform.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { pushRandomImage } from '../fixtures/registry/generate.js';
import { describeFault, type FaultProxy, type FaultRule, startFaultProxy } from '../support/fault-proxy.js';
import { cli, RIG, requireRig, tempDir, uniqueRepo } from './registry/helpers.js';

/** every command's --timeout, seconds */
const T = 4;
/** how far past the deadline a case may end (process scheduling, closing connections) */
const SLACK_MS = 1500;
/** cases at once */
const PARALLEL = 10;

const COMMANDS = ['mirror', 'merge', 'inspect', 'check', 'verify'] as const;
type Cmd = (typeof COMMANDS)[number];
type Outcome = 'ok' | 'fail';

interface Row {
  id: string;
  rule?: FaultRule;
  /** the outcome per command (default `expect`) */
  expect: Outcome;
  per?: Partial<Record<Cmd, Outcome>>;
  /** what the one line says on failure (every failing command) */
  line?: RegExp;
  /** a case takes at least this long (a retry waited), ms */
  minMs?: number;
  /** and at most this long (fails at once rather than waiting the deadline out), ms */
  maxMs?: number;
  note?: string;
}

const GET_BODIES = ['manifest', 'blob'] as const;
/** inspect, check and verify of an index read manifests only: a blob or upload fault does not touch them */
const READERS_OK: Row['per'] = { inspect: 'ok', check: 'ok', verify: 'ok' };
const ROWS: Row[] = [
  { id: 'none', expect: 'ok', note: 'baseline' },
  { id: 'silent', rule: { fault: { type: 'silent' } }, expect: 'fail', line: new RegExp(`did not answer within ${T} s`) },
  {
    id: 'slow-first',
    rule: { fault: { type: 'delay', seconds: 3 }, kinds: ['manifest'], first: 1 },
    expect: 'ok',
    minMs: 1800,
    note: 'longer than the per-request bound (half the deadline): retried',
  },
  { id: 'reset', rule: { fault: { type: 'reset' }, kinds: [...GET_BODIES] }, expect: 'fail', line: /connection reset|ended early/ },
  { id: 'reset-1', rule: { fault: { type: 'reset' }, kinds: [...GET_BODIES], first: 1 }, expect: 'ok', note: 'retried' },
  { id: 'truncate', rule: { fault: { type: 'truncate' }, kinds: [...GET_BODIES] }, expect: 'fail', line: /ended early/ },
  { id: 'truncate-1', rule: { fault: { type: 'truncate' }, kinds: [...GET_BODIES], first: 1 }, expect: 'ok', note: 'retried' },
  {
    id: 'truncate-blob',
    rule: { fault: { type: 'truncate' }, kinds: ['blob'] },
    expect: 'fail',
    per: READERS_OK,
    line: /ended early/,
    note: 'the readers read no blob of an index',
  },
  { id: 'truncate-blob-1', rule: { fault: { type: 'truncate' }, kinds: ['blob'], first: 1 }, expect: 'ok', note: 'retried as a whole transfer' },
  {
    id: '429-long',
    rule: { fault: { type: 'status', status: 429, retryAfter: 60 }, kinds: ['manifest'] },
    expect: 'fail',
    line: /rate limited by 127\.0\.0\.1:\d+ \(HTTP 429\), retry after 60 s/,
    maxMs: 1500,
  },
  { id: '429-short', rule: { fault: { type: 'status', status: 429, retryAfter: 1 }, kinds: ['manifest'], first: 1 }, expect: 'ok', minMs: 900 },
  { id: '503-burst', rule: { fault: { type: 'status', status: 503 }, kinds: ['manifest'], first: 2 }, expect: 'ok' },
  { id: '503-forever', rule: { fault: { type: 'status', status: 503 }, kinds: ['manifest'] }, expect: 'fail', line: /503|UNAVAILABLE/ },
  { id: '500-burst', rule: { fault: { type: 'status', status: 500 }, kinds: ['manifest'], first: 2 }, expect: 'ok' },
  {
    id: 'wrong-length',
    rule: { fault: { type: 'wrong-length', delta: 16 }, kinds: [...GET_BODIES] },
    expect: 'fail',
    line: /did not answer|no answer|ended early|stalled/,
    note: 'claims 16 bytes more than it sends, then holds the connection',
  },
  { id: 'flip', rule: { fault: { type: 'flip' }, kinds: [...GET_BODIES] }, expect: 'fail', line: /does not match its digest/ },
  { id: 'flip-1', rule: { fault: { type: 'flip' }, kinds: [...GET_BODIES], first: 1 }, expect: 'ok', note: 'retried' },
  { id: 'flip-blob', rule: { fault: { type: 'flip' }, kinds: ['blob'] }, expect: 'fail', per: READERS_OK, line: /does not match its digest/ },
  { id: 'flip-blob-1', rule: { fault: { type: 'flip' }, kinds: ['blob'], first: 1 }, expect: 'ok', note: 'retried as a whole transfer' },
  { id: 'auth-loop', rule: { fault: { type: 'auth-loop' } }, expect: 'fail', line: /authenticat|token|credentials|log in/i },
  { id: 'not-http', rule: { fault: { type: 'garbage' } }, expect: 'fail', line: /127\.0\.0\.1:\d+ does not speak HTTP/ },
  {
    id: 'upload-silent',
    rule: { fault: { type: 'silent' }, kinds: ['upload'] },
    expect: 'fail',
    per: READERS_OK,
    line: new RegExp(`did not answer within ${T} s`),
    note: 'readers never upload',
  },
];

interface Result {
  row: Row;
  cmd: Cmd;
  code: number;
  ms: number;
  /** stderr lines (the error line for a failure) */
  lines: string[];
  out: string;
  hosts: string[];
  /** what the destination tag points at afterwards, read from the registry directly (mirror, merge) */
  tagAfter?: string;
  /** the tag points at a complete image (every child manifest and blob there) */
  tagComplete?: boolean;
  injected: number;
  hung?: boolean;
}

let SRC_REPO = '';
let SRC_DIGEST = '';
let OLD_REF = '';
let OLD_DIGEST = '';
const results: Result[] = [];
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const KiB = 1024;

/** GET a manifest from the rig's open registry directly (no proxy): digest, or undefined when absent. */
async function directManifest(
  repo: string,
  ref: string,
): Promise<{ digest: string; json: { manifests?: { digest: string }[]; layers?: { digest: string }[]; config?: { digest: string } } } | undefined> {
  const r = await fetch(`http://${RIG.open}/v2/${repo}/manifests/${ref}`, {
    headers: {
      accept:
        'application/vnd.oci.image.index.v1+json,application/vnd.oci.image.manifest.v1+json,application/vnd.docker.distribution.manifest.list.v2+json,application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`direct GET ${repo}:${ref}: HTTP ${r.status}`);
  return { digest: r.headers.get('docker-content-digest') as string, json: (await r.json()) as never };
}

/** Is what repo:tag points at complete: every child manifest, config and layer present in repo? */
async function complete(repo: string, digest: string): Promise<boolean> {
  const m = await directManifest(repo, digest);
  if (!m) return false;
  for (const c of m.json.manifests ?? []) if (!(await complete(repo, c.digest))) return false;
  for (const b of [...(m.json.layers ?? []), ...(m.json.config ? [m.json.config] : [])]) {
    const r = await fetch(`http://${RIG.open}/v2/${repo}/blobs/${b.digest}`, { method: 'HEAD' });
    if (r.status !== 200) return false;
  }
  return true;
}

async function runVerify(host: string, timeoutS: number): Promise<{ code: number; out: string; err: string }> {
  const lines: string[] = [];
  const log: Log = { info: (l) => lines.push(l), warning: (l) => lines.push(l), notice: (l) => lines.push(l), group: (_t, fn) => fn() };
  // as the action runs it: registry-timeout is the deadline of each registry operation it makes (verify here)
  const ctx: RunContext = {
    tempDir: tempDir('genci-verify-'),
    env: {},
    log,
    lifecycle: {} as Lifecycle,
    registry: {},
    registryTimeoutMs: timeoutS * 1000,
    retryBaseMs: 1000,
  };
  try {
    const pushed = await actionVerify(ctx, `${host}/${SRC_REPO}`, SRC_DIGEST, PLATFORMS.map(parsePlatform));
    return { code: 0, out: pushed.platforms.map((p) => p.platform).join(','), err: '' };
  } catch (e) {
    return { code: e instanceof UserError ? e.exitCode : 1, out: '', err: `gen-ci: ${describeError(e)}` };
  }
}

/** One case: fresh proxies (one in front of the source side, one in front of the destination), the command, the checks' facts. */
async function runCase(row: Row, cmd: Cmd): Promise<Result> {
  // one fault budget per case: "first 1" is the first matching request of the operation, on either side
  const counter = { injected: 0 };
  const src = await startFaultProxy(RIG.open, row.rule ? { fault: row.rule, counter } : {});
  const dst = cmd === 'mirror' || cmd === 'merge' ? await startFaultProxy(RIG.open, row.rule ? { fault: row.rule, counter } : {}) : undefined;
  const dstRepo = uniqueRepo('fault-dst');
  const proxies = [src, dst].filter(Boolean) as FaultProxy[];
  try {
    if (dst) {
      // the destination tag already points at an older complete image: a failed run must leave it so
      const seed = await cli(['mirror', OLD_REF, `${RIG.open}/${dstRepo}:1`, '--no-cache']);
      if (seed.code !== 0) throw new Error(`seeding ${dstRepo}: ${seed.err}`);
    }
    const t0 = performance.now();
    const t = String(T);
    const run = (): Promise<{ code: number; out: string; err: string }> => {
      switch (cmd) {
        case 'mirror':
          return cli(['mirror', `${src.host}/${SRC_REPO}:1`, `${dst?.host}/${dstRepo}:1`, '--timeout', t, '--no-cache']);
        case 'merge':
          return cli([
            'merge',
            `${dst?.host}/${dstRepo}:1`,
            `${src.host}/${SRC_REPO}:1@linux/amd64`,
            `${src.host}/${SRC_REPO}:1@linux/arm64`,
            '--timeout',
            t,
            '--no-cache',
          ]);
        case 'inspect':
          return cli(['inspect', `${src.host}/${SRC_REPO}:1`, '--timeout', t, '--no-cache']);
        case 'check': {
          const file = join(tempDir('genci-fault-check-'), 'Dockerfile');
          writeFileSync(file, `FROM ${src.host}/${SRC_REPO}:1\nCMD ["sh"]\n`);
          return cli(['check', '-f', file, '--platforms', PLATFORMS.join(','), '--timeout', t, '--no-cache']);
        }
        case 'verify':
          return runVerify(src.host, T);
      }
    };
    // a command that ignores its deadline is cut off here (and reported as hung), so the table still completes
    const cap = T * 1000 * 3 + 5000;
    let capTimer: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      run(),
      new Promise<undefined>((resolve) => {
        capTimer = setTimeout(() => resolve(undefined), cap);
      }),
    ]);
    clearTimeout(capTimer);
    const ms = performance.now() - t0;
    const res: Result = {
      row,
      cmd,
      code: r?.code ?? -1,
      ms,
      lines: r ? r.err.split('\n').filter((l) => l.trim()) : [],
      out: r?.out ?? '',
      hosts: proxies.map((p) => p.host),
      injected: counter.injected,
      hung: !r,
    };
    if (dst) {
      const after = await directManifest(dstRepo, '1');
      res.tagAfter = after?.digest;
      res.tagComplete = after ? await complete(dstRepo, after.digest) : undefined;
    }
    return res;
  } finally {
    await Promise.all(proxies.map((p) => p.close()));
  }
}

async function pool<T>(items: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await (items[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

const expected = (row: Row, cmd: Cmd): Outcome => row.per?.[cmd] ?? row.expect;

/** What a case did against the contract: empty when it kept it. */
function problems(r: Result): string[] {
  const p: string[] = [];
  const { row, cmd } = r;
  const want = expected(row, cmd);
  if (r.hung) return [`ignored its deadline (cut off after ${Math.round(r.ms)} ms)`];
  if (r.code === 2) return [`bad usage (exit 2): ${r.lines.at(-1) ?? ''}`];
  // within the deadline (check: per image lookup; one image here)
  if (r.ms >= T * 1000 + SLACK_MS) p.push(`ended after ${Math.round(r.ms)} ms, past the ${T} s deadline`);
  if (row.rule && want === 'fail' && row.rule.first === undefined && r.injected === 0) p.push('the fault was never hit');
  if (want === 'ok') {
    if (r.code !== 0) p.push(`exit ${r.code}, want 0`);
    if (row.minMs !== undefined && row.rule && r.injected > 0 && r.ms < row.minMs) p.push(`done in ${Math.round(r.ms)} ms: no retry wait`);
  } else {
    if (r.code !== 1) p.push(`exit ${r.code}, want 1`);
    if (r.lines.length !== 1) p.push(`${r.lines.length} lines on stderr, want one`);
    const line = r.lines.at(-1) ?? '';
    if (!(cmd === 'check' ? /^error: line 1: cannot look up / : /^gen-ci: /).test(line)) p.push("the line is not the command's error line");
    if (/unexpected error|\bat .*\.(ts|js):\d+|Parse Error|HPE_/.test(line)) p.push('an unexpected error / internals, not user words');
    if (!r.hosts.some((h) => line.includes(h))) p.push('the line does not name the host');
    if (row.line && !row.line.test(line)) p.push(`the line does not say ${row.line}`);
    if (row.maxMs !== undefined && r.ms >= row.maxMs) p.push(`took ${Math.round(r.ms)} ms, want a failure at once (< ${row.maxMs} ms)`);
  }
  if (cmd === 'mirror' || cmd === 'merge') {
    // nothing half-tagged: the tag is the old complete image, or (success) a new complete one
    if (!r.tagAfter) p.push('the destination tag is gone');
    else if (!r.tagComplete) p.push('the destination tag points at an incomplete image');
    else if (r.code === 0 && (r.tagAfter === OLD_DIGEST || (cmd === 'mirror' && r.tagAfter !== SRC_DIGEST)))
      p.push('success, but the tag was not moved to the new image');
    else if (r.code !== 0 && r.tagAfter !== OLD_DIGEST) p.push('a failed run moved the tag');
  }
  return p;
}

function cell(r: Result | undefined): string {
  if (!r) return '—';
  const s = (r.ms / 1000).toFixed(1);
  if (r.hung) return `**hung** (> ${s} s)`;
  const what = r.code === 0 ? 'ok' : 'failed';
  return `${what} (${r.code}), ${s} s${problems(r).length ? ' ✗' : ''}`;
}

/** The markdown table: fault × command → outcome (exit code), seconds; then the line each fault ends with. */
function faultTable(rs: Result[]): string {
  const head = `| fault | ${COMMANDS.join(' | ')} |`;
  const sep = `|---|${COMMANDS.map(() => '---').join('|')}|`;
  const rows = ROWS.map((row) => {
    const label = row.rule ? describeFault(row.rule) : 'no fault';
    return `| ${label}${row.note ? ` — ${row.note}` : ''} | ${COMMANDS.map((c) => cell(rs.find((r) => r.row === row && r.cmd === c))).join(' | ')} |`;
  });
  const lines = ROWS.flatMap((row) => {
    // the line of one failing command: inspect's if it failed, else the first that failed with exit 1
    const failed = rs.filter((r) => r.row === row && r.code !== 0).sort((a, b) => Number(b.code === 1) - Number(a.code === 1));
    const one = failed.find((r) => r.cmd === 'inspect') ?? failed[0];
    if (!one) return [];
    const line = (one.lines.at(-1) ?? '(no line)')
      .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
      .replace(/(fault-(?:src|dst))\/[a-f0-9]+/g, '$1/…')
      .replace(/sha256:([a-f0-9]{8})[a-f0-9]{56}/g, 'sha256:$1…');
    const bad = problems(one);
    return [`- ${row.rule ? describeFault(row.rule) : 'no fault'} (${one.cmd}): \`${line}\`${bad.length ? ` ✗ ${bad.join('; ')}` : ''}`];
  });
  const broken = rs
    .filter((r) => problems(r).length)
    .map((r) => `- ${r.row.rule ? describeFault(r.row.rule) : 'no fault'} × ${r.cmd}: ${problems(r).join('; ')}`);
  return [
    head,
    sep,
    ...rows,
    '',
    'The line each failing fault ends with (✗: what breaks the contract):',
    '',
    ...lines,
    ...(broken.length ? ['', `Cases that break the contract (${broken.length} of ${rs.length}):`, '', ...broken] : []),
  ].join('\n');
}

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
  const client = new RegistryClient();
  SRC_REPO = uniqueRepo('fault-src');
  const platforms = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
  ];
  SRC_DIGEST = (await pushRandomImage(client, parseReference(`${RIG.open}/${SRC_REPO}:1`), { platforms, layerSizes: [96 * KiB, 32 * KiB] })).digest;
  const old = uniqueRepo('fault-old');
  OLD_REF = `${RIG.open}/${old}:1`;
  OLD_DIGEST = (await pushRandomImage(client, parseReference(OLD_REF), { platforms, layerSizes: [8 * KiB] })).digest;
  client.close();
  const cases = ROWS.flatMap((row) => COMMANDS.map((cmd) => () => runCase(row, cmd)));
  results.push(...(await pool(cases, PARALLEL)));
  const table = faultTable(results);
  if (process.env.GENCI_FAULT_TABLE) writeFileSync(process.env.GENCI_FAULT_TABLE, `${table}\n`);
  console.log(`\n${table}\n`);
}, 300_000);

describe.each(ROWS)('fault: $id', (row) => {
  it.each(COMMANDS.map((c) => [c]))(`${row.rule ? describeFault(row.rule) : 'no fault'} × %s`, (cmd) => {
    const r = results.find((x) => x.row === row && x.cmd === cmd) as Result;
    const where = `${cmd} through ${row.id}: exit ${r.code} in ${Math.round(r.ms)} ms, stderr ${JSON.stringify(r.lines)}, tag ${r.tagAfter ?? '-'}`;
    expect(problems(r), where).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Token realms and token servers: the rig's htpasswd registry (Basic auth) behind the proxy, which
// turns it into a Bearer registry with a token endpoint of its own (same origin, another origin,
// a plain-HTTP one, one that answers 404 to the OAuth2 POST, one that never answers).

const AUTH = `Basic ${Buffer.from(`${RIG.user}:${RIG.password}`).toString('base64')}`;
let AUTH_REPO = '';

/** A CA and a server certificate for `address`, made with openssl. */
function certificates(address: string): { ca: string; key: string; cert: string; caFile: string } {
  const dir = tempDir('genci-fault-tls-');
  const f = (n: string) => join(dir, n);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      f('ca.key'),
      '-out',
      f('ca.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=gen-ci fault CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=keyCertSign,cRLSign',
    ],
    { stdio: 'ignore' },
  );
  execFileSync('openssl', ['req', ...ec, '-keyout', f('srv.key'), '-out', f('srv.csr'), '-subj', `/CN=${address}`], { stdio: 'ignore' });
  const san = isIP(address) ? `IP:${address}` : `DNS:${address}`;
  writeFileSync(f('ext'), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      f('srv.csr'),
      '-CA',
      f('ca.pem'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-out',
      f('srv.pem'),
      '-days',
      '2',
      '-extfile',
      f('ext'),
    ],
    { stdio: 'ignore' },
  );
  const read = (n: string) => execFileSync('cat', [f(n)], { encoding: 'utf8' });
  return { ca: read('ca.pem'), key: read('srv.key'), cert: read('srv.pem'), caFile: f('ca.pem') };
}

/** The CLI as a child process (vite-node on the sources), for the environment only a new process reads (NODE_EXTRA_CA_CERTS). */
function spawnCli(argv: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(join(process.cwd(), 'node_modules/.bin/vite-node'), ['src/cli/index.ts', '--', ...argv], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code: code ?? -1, out: out.trim(), err: err.trim(), ms: performance.now() - t0 });
    });
  });
}

describe('token realms and token servers (htpasswd registry behind a Bearer proxy)', () => {
  beforeAll(async () => {
    const client = new RegistryClient({ credentials: async () => ({ username: RIG.user, password: RIG.password }) });
    AUTH_REPO = uniqueRepo('fault-auth');
    await pushRandomImage(client, parseReference(`${RIG.auth}/${AUTH_REPO}:1`), { platforms: [{ os: 'linux', architecture: 'amd64' }], layerSizes: [4 * KiB] });
    client.close();
  }, 60_000);

  const bearer = { username: RIG.user, password: RIG.password, upstreamAuthorization: AUTH };
  const config = (host: string, extra: Record<string, string> = {}) => {
    const dir = tempDir('genci-fault-cfg-');
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${RIG.user}:${RIG.password}`).toString('base64'), ...extra } } }),
    );
    return dir;
  };

  it('a realm on another origin (both loopback, plain HTTP, as a local token server is): the token comes from there, with the credentials', async () => {
    const p = await startFaultProxy(RIG.auth, { bearer: { ...bearer, realm: 'other-origin' } });
    try {
      const r = await cli(['inspect', `${p.host}/${AUTH_REPO}:1`, '--timeout', String(T), '--no-cache', '--config', config(p.host)]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(p.tokenOrigin).not.toBe(`http://${p.host}`);
      expect(p.tokenRequests.length).toBeGreaterThan(0);
      expect(p.tokenRequests.every((t) => t.origin === p.tokenOrigin && t.authorization === AUTH)).toBe(true);
    } finally {
      await p.close();
    }
  });

  it('a token server answering 404 to the OAuth2 POST (identity token): falls back to the GET flow', async () => {
    const p = await startFaultProxy(RIG.auth, { bearer: { ...bearer, postStatus: 404 } });
    try {
      const r = await cli([
        'inspect',
        `${p.host}/${AUTH_REPO}:1`,
        '--timeout',
        String(T),
        '--no-cache',
        '--config',
        config(p.host, { identitytoken: 'refresh-token-of-the-rig' }),
      ]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(p.tokenRequests.map((t) => t.method).slice(0, 2)).toEqual(['POST', 'GET']);
      expect(p.tokenRequests[0]?.params.refresh_token).toBe('refresh-token-of-the-rig');
    } finally {
      await p.close();
    }
  });

  it('a token server that never answers: inspect ends within its deadline, one line naming it', async () => {
    const p = await startFaultProxy(RIG.auth, { bearer: { ...bearer, realm: 'other-origin' }, fault: { fault: { type: 'silent' }, kinds: ['token'] } });
    try {
      const t0 = performance.now();
      const r = await cli(['inspect', `${p.host}/${AUTH_REPO}:1`, '--timeout', String(T), '--no-cache', '--config', config(p.host)]);
      expect(performance.now() - t0).toBeLessThan(T * 1000 + SLACK_MS);
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^gen-ci: /);
      expect(r.err).toContain(new URL(p.tokenOrigin).host);
      expect(p.injected()).toBeGreaterThan(0);
    } finally {
      await p.close();
    }
  });

  // the rig's host name for the loopback (scripts/rig.sh: 127.0.0.1 genci-registry.test in /etc/hosts): a
  // registry reached by name is HTTPS to the client (only loopback addresses are plain HTTP), so a TLS
  // proxy on 127.0.0.1 addressed by that name is an HTTPS registry
  const name = process.env.GENCI_REGISTRY_HOSTNAME ?? 'genci-registry.test';
  it(`an HTTPS registry (a TLS proxy reached as ${name}, its CA trusted) naming a plain-HTTP realm is refused with one line before any credentials are sent; the same registry with an HTTPS realm works`, async () => {
    const resolved = await lookup(name).catch(() => undefined);
    if (resolved?.address !== '127.0.0.1') throw new Error(`${name} does not resolve to 127.0.0.1: run bash scripts/rig.sh up (it adds the /etc/hosts line)`);
    const a = '127.0.0.1';
    const tls = certificates(name);
    const env = { NODE_EXTRA_CA_CERTS: tls.caFile, GENCI_CACHE_DIR: tempDir('genci-cache-') };
    // control: HTTPS registry, HTTPS realm on the same origin: works (so a refusal below is the realm check, not TLS)
    const good = await startFaultProxy(RIG.auth, { bearer, tls: { key: tls.key, cert: tls.cert, address: a, name } });
    try {
      const r = await spawnCli(['inspect', `${good.host}/${AUTH_REPO}:1`, '--timeout', String(T), '--no-cache', '--config', config(good.host)], env);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(good.tokenRequests.length).toBeGreaterThan(0);
    } finally {
      await good.close();
    }
    const bad = await startFaultProxy(RIG.auth, { bearer: { ...bearer, realm: 'other-origin' }, tls: { key: tls.key, cert: tls.cert, address: a, name } });
    try {
      expect(bad.tokenOrigin).toMatch(/^http:\/\//);
      const r = await spawnCli(['inspect', `${bad.host}/${AUTH_REPO}:1`, '--timeout', String(T), '--no-cache', '--config', config(bad.host)], env);
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^gen-ci: .*(realm|token).*(plain HTTP|http:|unencrypted)/i);
      // refused before the credentials travelled: no token request carried them
      expect(bad.tokenRequests.filter((t) => t.authorization)).toEqual([]);
    } finally {
      await bad.close();
    }
  }, 60_000);
});
