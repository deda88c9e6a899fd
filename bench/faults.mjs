// The fault table: every registry command (mirror, merge, inspect, check, the action's verify)
// through every fault of test/support/fault-proxy.ts in front of the rig's docker-registry 2.8,
// as a markdown table (fault × command → outcome (exit code), seconds) on stdout. The cases are
// test/integration/faults.test.ts (part of `npm test`), run here by vitest; this script only
// collects the table that test writes. Needs the rig (bash scripts/rig.sh up).
//   node bench/faults.mjs            the table; exit 1 when a case broke the contract (marked ✗)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'genci-faults-'));
const file = join(dir, 'faults.md');
const r = spawnSync('npx', ['vitest', 'run', 'test/integration/faults.test.ts'], {
  cwd: root,
  env: { ...process.env, GENCI_FAULT_TABLE: file },
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
let table;
try {
  table = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`${r.stdout}\n${r.stderr}\nthe fault suite wrote no table (is the rig up? bash scripts/rig.sh up)\n`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
const summary = /Tests\s+(.*)/.exec(r.stdout)?.[1]?.trim();
process.stdout.write(`${table}\n${summary ? `vitest: ${summary}\n` : ''}`);
process.exit(r.status === 0 ? 0 : 1);
