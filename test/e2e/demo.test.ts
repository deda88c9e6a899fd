// `npm run demo`, the README's first command, end to end.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sh } from './runner.js';

describe('npm run demo', () => {
  it('runs the bundled action on examples/hello and each platform image says where it runs', () => {
    const r = sh('bash', [join(ROOT, 'scripts/demo.sh')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\| linux\/arm\/v7 \| `sha256:[a-f0-9]{64}` \|/);
    const machines: [string, string][] = [
      ['linux/amd64', 'x86_64'],
      ['linux/arm64', 'aarch64'],
      ['linux/arm/v7', 'armv7l'],
    ];
    for (const [p, m] of machines) {
      expect(r.stdout).toMatch(new RegExp(`${p.replace(/\//g, '\\/')}\\s+built for ${p.replace(/\//g, '\\/')} on ${m} running on ${m}`));
    }
  });
});
