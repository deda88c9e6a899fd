import { existsSync, readFileSync } from 'node:fs';
import { formatPlatform, nativePlatforms, type Platform } from './platform.js';

/** Platform architecture -> [tonistiigi/binfmt --install name, /proc/sys/fs/binfmt_misc entry]. */
const EMULATORS: Record<string, [string, string]> = {
  amd64: ['amd64', 'qemu-x86_64'],
  arm64: ['arm64', 'qemu-aarch64'],
  arm: ['arm', 'qemu-arm'],
  '386': ['386', 'qemu-i386'],
  riscv64: ['riscv64', 'qemu-riscv64'],
  ppc64le: ['ppc64le', 'qemu-ppc64le'],
  s390x: ['s390x', 'qemu-s390x'],
  mips64le: ['mips64le', 'qemu-mips64el'],
  mips64: ['mips64', 'qemu-mips64'],
  loong64: ['loong64', 'qemu-loongarch64'],
};

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

export type QemuMode = 'auto' | 'true' | 'false';

export interface EmulatorPlan {
  /** platforms the host runs natively */
  native: string[];
  /** emulators already registered in the kernel */
  registered: string[];
  /** binfmt names to install (empty: nothing to do) */
  install: string[];
  /** requested platforms no emulator exists for */
  unsupported: string[];
}

/**
 * Decide which QEMU emulators to install for the requested platforms (pure).
 * auto: only platforms that are neither native nor already registered.
 * true: every non-native platform, even if registered (refreshes the emulators).
 * false: nothing.
 */
export function planEmulators(
  requested: Platform[],
  mode: QemuMode,
  native: Platform[],
  registeredEntries: string[],
): EmulatorPlan {
  const plan: EmulatorPlan = { native: [], registered: [], install: [], unsupported: [] };
  for (const p of requested) {
    if (native.some((n) => runsNatively(n, p))) {
      plan.native.push(formatPlatform(p));
      continue;
    }
    const emu = EMULATORS[p.architecture];
    if (!emu) {
      plan.unsupported.push(formatPlatform(p));
      continue;
    }
    const [name, entry] = emu;
    if (registeredEntries.includes(entry)) {
      plan.registered.push(formatPlatform(p));
      if (mode !== 'true') continue;
    }
    if (mode !== 'false' && !plan.install.includes(name)) plan.install.push(name);
  }
  return plan;
}

/** The binfmt_misc entry that runs this platform's binaries (qemu-aarch64 for linux/arm64), if QEMU has one. */
export function emulatorEntry(p: Platform): string | undefined {
  return EMULATORS[p.architecture]?.[1];
}

/** `docker run --privileged --rm IMAGE --install a,b` */
export function binfmtInstallArgs(image: string, names: string[]): string[] {
  return ['run', '--privileged', '--rm', image, '--install', names.join(',')];
}

/** Whether this machine's binfmt_misc can be read (it is not mounted inside most containers, whose kernel may still have emulators). */
export function binfmtReadable(dir: string = BINFMT_DIR): boolean {
  return existsSync(`${dir}/status`) || existsSync(`${dir}/register`);
}

/** Registered and enabled qemu-* entries under binfmt_misc (the thin edge). */
export function readRegisteredEmulators(dir: string = BINFMT_DIR): string[] {
  const out: string[] = [];
  for (const [, entry] of Object.values(EMULATORS)) {
    const file = `${dir}/${entry}`;
    if (!existsSync(file)) continue;
    try {
      if (/^enabled/m.test(readFileSync(file, 'utf8'))) out.push(entry);
    } catch {
      // unreadable entry: treat as absent
    }
  }
  return out;
}

export function hostNativePlatforms(): Platform[] {
  return nativePlatforms(process.arch);
}

/** amd64 hosts run amd64/v2.. natively too (CPU permitting); arm/v6 needs no emulator on an arm/v7 host. */
function runsNatively(host: Platform, want: Platform): boolean {
  return host.os === want.os && host.architecture === want.architecture && (!host.variant || !want.variant || host.variant === want.variant);
}
