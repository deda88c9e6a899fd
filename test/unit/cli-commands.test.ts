import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../support/cli.js';

describe('the command list', () => {
  it.each(COMMANDS.map((c) => [c.name, c]))('%s: the lazy entry matches the command it loads', async (_n, entry) => {
    const cmd = await entry.load();
    expect(cmd.name).toBe(entry.name);
    expect(cmd.summary).toBe(entry.summary);
  });

  it('--help lists every command; unknown commands are usage errors', async () => {
    const help = await runCli(['--help']);
    for (const c of COMMANDS) expect(help.out).toContain(`  ${c.name}`);
    expect(await runCli(['frobnicate'])).toMatchObject({ code: 2, err: 'gen-ci: unknown command "frobnicate"; run gen-ci --help for the list' });
    expect((await runCli(['help', 'mirror'])).out).toContain('Usage: gen-ci mirror');
  });
});
