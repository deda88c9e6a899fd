import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binfmtInstallArgs, planEmulators, readRegisteredEmulators } from '../../src/core/binfmt.js';
import { nativePlatforms, parsePlatformList } from '../../src/core/platform.js';

const amd64Host = nativePlatforms('x64');
const arm64Host = nativePlatforms('arm64');

describe('planEmulators', () => {
  it.each([
    ['auto, nothing registered', 'linux/amd64,linux/arm64,linux/arm/v7', 'auto', amd64Host, [], ['arm64', 'arm']],
    ['auto skips registered', 'linux/amd64,linux/arm64,linux/riscv64', 'auto', amd64Host, ['qemu-aarch64'], ['riscv64']],
    ['auto, all registered', 'linux/arm64,linux/arm/v7', 'auto', amd64Host, ['qemu-aarch64', 'qemu-arm'], []],
    ['native only', 'linux/amd64,linux/386', 'auto', amd64Host, [], []],
    ['true reinstalls registered', 'linux/arm64', 'true', amd64Host, ['qemu-aarch64'], ['arm64']],
    ['false installs nothing', 'linux/arm64,linux/riscv64', 'false', amd64Host, [], []],
    ['arm64 host needs amd64', 'linux/amd64,linux/arm64', 'auto', arm64Host, [], ['amd64']],
    ['variants share one emulator', 'linux/arm/v6,linux/arm/v7', 'auto', amd64Host, [], ['arm']],
  ] as const)('%s', (_name, platforms, mode, host, registered, want) => {
    expect(planEmulators(parsePlatformList(platforms), mode, [...host], [...registered]).install).toEqual(want);
  });

  it('reports native, registered and unsupported platforms', () => {
    const plan = planEmulators(parsePlatformList('linux/amd64,linux/arm64,windows/arm64'), 'auto', amd64Host, ['qemu-aarch64']);
    expect(plan.native).toEqual(['linux/amd64']);
    expect(plan.registered).toEqual(['linux/arm64', 'windows/arm64']);
  });

  it('builds the exact docker run command of the binfmt image', () => {
    expect(binfmtInstallArgs('tonistiigi/binfmt:latest', ['arm64', 'riscv64'])).toEqual([
      'run', '--privileged', '--rm', 'tonistiigi/binfmt:latest', '--install', 'arm64,riscv64',
    ]);
  });

  it('reads enabled entries from a binfmt_misc directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'binfmt-'));
    writeFileSync(join(dir, 'qemu-aarch64'), 'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\n');
    writeFileSync(join(dir, 'qemu-riscv64'), 'disabled\n');
    writeFileSync(join(dir, 'register'), '');
    expect(readRegisteredEmulators(dir)).toEqual(['qemu-aarch64']);
  });
});
