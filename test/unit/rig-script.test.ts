import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * scripts/rig.sh's decisions about the Docker engine and its config file, run against temp
 * directories and stand-in probes (`source scripts/rig.sh --functions-only`, then the probe
 * functions redefined): nothing here touches the machine's dockerd, /etc/docker or /etc/hosts.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
// what rig.sh wrote before the crane registry (5003) joined: the live rigs of earlier sessions have it
const LEGACY =
  '{"features":{"containerd-snapshotter":true},"insecure-registries":["127.0.0.1:5000","127.0.0.1:5001","127.0.0.1:5002"],"bip":"169.254.123.1/24","iptables":false,"ip6tables":false}';
const CURRENT = LEGACY.replace('"127.0.0.1:5002"]', '"127.0.0.1:5002","127.0.0.1:5003"]');

let dir: string;
let rigDir: string;
let config: string;
let runDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'genci-rig-test-'));
  rigDir = join(dir, 'rig');
  config = join(dir, 'etc/docker/daemon.json');
  runDir = join(dir, 'run');
  mkdirSync(rigDir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Run SCRIPT with rig.sh's functions defined. Default probes: no dockerd runs, nothing answers
 * on any socket; PROBES (bash) redefines them before SCRIPT.
 */
function rig(script: string, probes = ''): Run {
  const defaults = [
    'dockerd_pids() { :; }',
    'docker_answers() { return 1; }',
    'daemon_insecure() { :; }',
    'remove_hosts_name() { :; }',
    'add_hosts_name() { :; }',
  ].join('\n');
  const r = spawnSync('bash', ['-c', `source scripts/rig.sh --functions-only\n${defaults}\n${probes}\n${script}`], {
    cwd: ROOT,
    encoding: 'utf8',
    // stdin not a socket: bash would read ~/.bashrc, taking it for a remote shell
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      GENCI_RIG_DIR: rigDir,
      GENCI_DOCKER_CONFIG: config,
      GENCI_RIG_RUN_DIR: runDir,
      GENCI_SYSTEM_DOCKER_SOCK: join(dir, 'docker.sock'),
      GENCI_ENGINES_DIR: join(dir, 'engines'),
      GENCI_DOCKERD: join(dir, 'bin/dockerd'),
      GENCI_DOCKERD_PATIENCE: '1',
    },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ok = (r: Run): Run => {
  if (r.code !== 0) throw new Error(`bash exited ${r.code}: ${r.err}`);
  return r;
};
const read = (p: string) => readFileSync(p, 'utf8').trim();
const writeConfig = (text: string) => {
  mkdirSync(join(dir, 'etc/docker'), { recursive: true });
  writeFileSync(config, `${text}\n`);
};

/** A stand-in dockerd on PATH-less disk: a process whose command line names dockerd, deaf to SIGHUP. */
function fakeDockerd(): string {
  const bin = join(dir, 'bin/dockerd');
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(bin, '#!/bin/bash\ntrap "" HUP\nexec -a "$0 $*" sleep 60\n', { mode: 0o755 });
  return bin;
}

describe('rig.sh: the configs it writes', () => {
  it('the system config is the one earlier rigs wrote plus the crane registry; the difference reloads without a restart', () => {
    const r = ok(rig('system_config; only_reloadable_differs "$(system_config)" \'' + LEGACY + "' && echo reloadable"));
    expect(r.out).toBe(`${CURRENT}\nreloadable\n`);
    const other = LEGACY.replace('169.254.123.1/24', '10.9.0.1/24');
    expect(rig(`only_reloadable_differs "$(system_config)" '${other}'`).code).toBe(1);
  });

  it('the dedicated config has its own socket, data-root, exec-root and pidfile, and no bridge', () => {
    const cfg = JSON.parse(ok(rig('dedicated_config')).out);
    expect(cfg).toMatchObject({
      hosts: [`unix://${runDir}/docker.sock`],
      'data-root': `${rigDir}/docker`,
      'exec-root': `${runDir}/docker-exec`,
      pidfile: `${runDir}/docker.pid`,
      bridge: 'none',
      iptables: false,
      'insecure-registries': ['127.0.0.1:5000', '127.0.0.1:5001', '127.0.0.1:5002', '127.0.0.1:5003'],
    });
    expect(cfg.bip).toBeUndefined();
  });
});

describe('rig.sh: /etc/docker/daemon.json backed up and restored', () => {
  it('none before: written, and `stop` removes it', () => {
    ok(rig('write_system_config'));
    expect(read(config)).toBe(CURRENT);
    expect(existsSync(join(rigDir, 'daemon.json.absent'))).toBe(true);
    ok(rig('restore_system_config'));
    expect(existsSync(config)).toBe(false);
    expect(readdirSync(rigDir)).toEqual([]);
  });

  it("a file the rig did not write is backed up once and put back byte for byte, also after the rig's own config changed", () => {
    writeConfig('{ "debug": true,\n  "log-level": "warn" }');
    const original = readFileSync(config, 'utf8');
    const first = ok(rig('write_system_config'));
    expect(first.err).toContain(`backed up ${config} to ${rigDir}/daemon.json.orig`);
    expect(readFileSync(join(rigDir, 'daemon.json.orig'), 'utf8')).toBe(original);
    expect(read(config)).toBe(CURRENT);
    // the rig's own registries change (another port): its file is rewritten, the backup stays
    const again = ok(rig('GENCI_CRANE_REGISTRY_PORT=5009; CRANE_PORT=5009; write_system_config'));
    expect(again.err).toBe('');
    expect(read(config)).toContain('127.0.0.1:5009');
    expect(readFileSync(join(rigDir, 'daemon.json.orig'), 'utf8')).toBe(original);
    ok(rig('restore_system_config'));
    expect(readFileSync(config, 'utf8')).toBe(original);
    expect(readdirSync(rigDir)).toEqual([]);
  });

  it('an earlier backup is never overwritten: a version written over the rig’s file is kept beside it', () => {
    writeConfig('{"debug": true}');
    ok(rig('write_system_config'));
    writeConfig('{"debug": false}');
    const r = ok(rig('write_system_config'));
    expect(r.err).toContain('was changed since the rig wrote it');
    expect(read(join(rigDir, 'daemon.json.orig'))).toBe('{"debug": true}');
    const aside = readdirSync(rigDir).filter((f) => f.startsWith('daemon.json.replaced.'));
    expect(aside).toHaveLength(1);
    expect(read(join(rigDir, aside[0] as string))).toBe('{"debug": false}');
    ok(rig('restore_system_config'));
    expect(read(config)).toBe('{"debug": true}');
  });

  it('`stop` leaves a file changed since the rig wrote it, and keeps the backup aside', () => {
    writeConfig('{"debug": true}');
    ok(rig('write_system_config'));
    writeConfig('{"mine": 1}');
    const r = ok(rig('restore_system_config'));
    expect(r.err).toContain('left as it is');
    expect(read(config)).toBe('{"mine": 1}');
    const kept = readdirSync(rigDir).filter((f) => f.startsWith('daemon.json.orig.'));
    expect(kept).toHaveLength(1);
    expect(read(join(rigDir, kept[0] as string))).toBe('{"debug": true}');
  });

  it("an earlier rig.sh's file (no records) is the rig's: no backup, updated, and `stop` removes it", () => {
    writeConfig(LEGACY);
    const r = ok(rig('write_system_config'));
    expect(r.err).toContain('written by an earlier rig.sh');
    expect(existsSync(join(rigDir, 'daemon.json.orig'))).toBe(false);
    expect(read(config)).toBe(CURRENT);
    ok(rig('restore_system_config'));
    expect(existsSync(config)).toBe(false);
  });
});

describe('rig.sh: which dockerd it starts, adopts, reloads or leaves alone', () => {
  const bareDockerd = 'dockerd_pids() { echo 4242; }\ncmdline_of() { echo "$DOCKERD"; }';
  // a daemon that answers with the registries of the file it reads (and reloads it at once)
  const answersWithFile = 'docker_answers() { return 0; }\ndaemon_insecure() { config_insecure "$(cat "$SYSTEM_CONFIG")"; }';

  it('no dockerd: the system one; something else answering on the default socket: a dedicated one', () => {
    expect(ok(rig('docker_plan')).out).toBe('start system\n');
    expect(ok(rig('docker_plan', 'docker_answers() { [ "$1" = "$SYSTEM_SOCK" ]; }')).out).toBe('start dedicated\n');
  });

  it('a dockerd it did not start: its own on a dedicated socket, whatever that daemon’s config', () => {
    // with someone else's config file
    writeConfig('{"debug": true}');
    expect(ok(rig('docker_plan', `${bareDockerd}\n${answersWithFile}`)).out).toBe('start dedicated\n');
    // with the rig's file, but started with its own flags
    writeConfig(LEGACY);
    const flags = 'dockerd_pids() { echo 4242; }\ncmdline_of() { echo "$DOCKERD -H fd://"; }';
    expect(ok(rig('docker_plan', `${flags}\n${answersWithFile}`)).out).toBe('start dedicated\n');
    // with the rig's file, but not running with it (started before the file was written)
    expect(ok(rig('docker_plan', `${bareDockerd}\ndocker_answers() { return 0; }\ndaemon_insecure() { echo '127.0.0.1:5000 '; }`)).out).toBe(
      'start dedicated\n',
    );
    // two of them
    expect(ok(rig('docker_plan', `dockerd_pids() { printf '1\\n2\\n'; }\ncmdline_of() { echo dockerd; }\n${answersWithFile}`)).out).toBe('start dedicated\n');
  });

  it("an earlier rig.sh's dockerd (no pid file, the rig's config) is adopted and reloaded with SIGHUP, never restarted", () => {
    writeConfig(LEGACY);
    const bin = fakeDockerd();
    const script = [
      `"${bin}" >/dev/null 2>&1 & fake=$!`,
      'sleep 0.2',
      'dockerd_pids() { echo "$fake"; }',
      'docker_plan',
      'start_dockerd',
      'echo "DOCKER_HOST=$DOCKER_HOST"',
      'docker_plan',
      'kill -0 "$fake" && echo alive',
      'echo "pidfile=$(cat "$DOCKERD_PID") fake=$fake"',
      'kill "$fake"',
    ].join('\n');
    const r = ok(rig(script, `cmdline_of() { echo "$DOCKERD"; }\n${answersWithFile}`));
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('adopt system');
    expect(lines[1]).toBe(`DOCKER_HOST=unix://${join(dir, 'docker.sock')}`);
    expect(lines[2]).toBe('ok system');
    expect(lines[3]).toBe('alive');
    const [pidfile, fake] = (lines[4] as string).split(' ');
    expect(pidfile?.slice('pidfile='.length)).toBe(fake?.slice('fake='.length));
    expect(r.err).toContain('adopting the running dockerd');
    expect(r.err).toContain('reloading dockerd');
    expect(r.err).not.toContain('starting dockerd');
    expect(read(config)).toBe(CURRENT);
    expect(read(join(rigDir, 'dockerd.config'))).toBe(CURRENT);
    expect(existsSync(join(rigDir, 'daemon.json.orig'))).toBe(false);
  });

  it('its own dockerd: nothing to do when the config is current, SIGHUP for registries, a restart for anything else', () => {
    const bin = fakeDockerd();
    const own = (running: string, answers = 'docker_answers() { return 0; }') =>
      ok(
        rig(
          [
            `"${bin}" >/dev/null 2>&1 & echo $! >"$DOCKERD_PID"`,
            'sleep 0.2',
            'echo system >"$DOCKERD_MODE"',
            `echo '${running}' >"$DOCKERD_RUNNING"`,
            'docker_plan',
            'kill "$(cat "$DOCKERD_PID")"',
          ].join('\n'),
          answers,
        ),
      ).out;
    expect(own(CURRENT)).toBe('ok system\n');
    expect(own(LEGACY)).toBe('reload system\n');
    expect(own(LEGACY.replace('169.254.123.1/24', '10.9.0.1/24'))).toBe('restart system\n');
    // silent for GENCI_DOCKERD_PATIENCE seconds (30 by default), not for one probe
    expect(own(CURRENT, 'docker_answers() { return 1; }')).toBe('restart system\n');
    expect(own(CURRENT, 'docker_answers() { [ -e "$RIG_DIR/slow" ] && return 0; : >"$RIG_DIR/slow"; return 1; }')).toBe('ok system\n');
  });

  it('beside a foreign dockerd: starts its own with --config-file, leaves daemon.json alone, prints DOCKER_HOST, stops only its own', () => {
    writeConfig('{"debug": true}');
    const bin = fakeDockerd();
    const script = [
      'sleep 60 >/dev/null 2>&1 & foreign=$!',
      'dockerd_pids() { echo "$foreign"; }',
      'start_dockerd',
      'echo "DOCKER_HOST=$DOCKER_HOST"',
      'cat "$DOCKERD_MODE"',
      'own=$(cat "$DOCKERD_PID"); tr "\\0" " " </proc/$own/cmdline; echo',
      'print_env | grep -E "^(DOCKER_HOST|GENCI_CRANE_REGISTRY)="',
      'docker_plan',
      'stop_own_dockerd',
      'sleep 0.2; kill -0 "$own" 2>/dev/null && echo own-alive || echo own-stopped',
      'kill -0 "$foreign" && echo foreign-alive',
      'kill "$foreign"',
    ].join('\n');
    const r = ok(rig(script, `cmdline_of() { echo "$DOCKERD"; }\ndocker_answers() { return 0; }`));
    const sock = `unix://${runDir}/docker.sock`;
    expect(r.out.trim().split('\n')).toEqual([
      `DOCKER_HOST=${sock}`,
      'dedicated',
      `${bin} --config-file ${rigDir}/docker-daemon.json 60 `,
      'GENCI_CRANE_REGISTRY=127.0.0.1:5003',
      `DOCKER_HOST=${sock}`,
      'ok dedicated',
      'own-stopped',
      'foreign-alive',
    ]);
    expect(r.err).toContain('a dockerd the rig did not start is running');
    expect(read(config)).toBe('{"debug": true}');
    expect(JSON.parse(read(join(rigDir, 'docker-daemon.json'))).hosts).toEqual([sock]);
    // stopped: `env` no longer points tests at it
    expect(ok(rig('print_env')).out).not.toContain('DOCKER_HOST');
  });
});

describe('rig.sh: registries and `stop`', () => {
  it('stops a pid-file process only while it is still what the rig started', () => {
    const script = [
      'sleep 60 >/dev/null 2>&1 & other=$!',
      'echo "$other" >"$RIG_DIR/registry-open.pid"',
      'stop_pid "$RIG_DIR/registry-open.pid" "docker-registry serve" "registry open"',
      'kill -0 "$other" && echo other-alive',
      '[ -e "$RIG_DIR/registry-open.pid" ] || echo pidfile-gone',
      'kill "$other"',
      // exactly the rig's command line (perl rewrites its own), as an earlier rig.sh started it
      `perl -e '$0 = "docker-registry serve $ENV{GENCI_RIG_DIR}/registry-open/config.yml"; sleep 60' >/dev/null 2>&1 & ours=$!`,
      'sleep 0.2',
      'own_registry_pid open "docker-registry serve $RIG_DIR/registry-open/config.yml" >/dev/null && echo adopted',
      'stop_registries',
      'sleep 0.1; kill -0 "$ours" 2>/dev/null || echo ours-stopped',
    ].join('\n');
    const r = ok(rig(script));
    expect(r.out.trim().split('\n')).toEqual(['other-alive', 'pidfile-gone', 'adopted', 'ours-stopped']);
    expect(r.err).toContain('stopping registry open');
  });

  it('`rig.sh stop` beside a foreign dockerd: stops its own, restores the config, leaves the foreign one running', () => {
    writeConfig('{"debug": true}');
    const bin = fakeDockerd();
    const script = [
      'sleep 60 >/dev/null 2>&1 & foreign=$!',
      // first the rig ran alone (system mode, config backed up), then someone started a dockerd
      'write_system_config',
      `"${bin}" >/dev/null 2>&1 & echo $! >"$DOCKERD_PID"; echo dedicated >"$DOCKERD_MODE"`,
      'sleep 0.2; own=$(cat "$DOCKERD_PID")',
      'dockerd_pids() { echo "$foreign"; }',
      'main stop',
      'kill -0 "$own" 2>/dev/null || echo own-stopped',
      'kill -0 "$foreign" && echo foreign-alive',
      'kill "$foreign"',
    ].join('\n');
    const r = ok(rig(script, 'cmdline_of() { echo "$DOCKERD"; }'));
    expect(r.out.trim().split('\n')).toEqual(['own-stopped', 'foreign-alive']);
    expect(read(config)).toBe('{"debug": true}');
    expect(r.err).toContain(`restored ${config}`);
  });
});
