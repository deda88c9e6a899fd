import { UsageError } from './errors.js';

/** An OCI platform, normalised the way containerd normalises it. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'illumos', 'solaris', 'aix', 'plan9', 'wasip1', 'js']);
const KNOWN_ARCH = new Set(['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm']);

/** Aliases users type, mapped to [architecture, variant]. Debian's armhf is ARMv7 (Alpine's armhf is v6). */
const ARCH_ALIASES: Record<string, [string, string | undefined]> = {
  x86_64: ['amd64', undefined],
  'x86-64': ['amd64', undefined],
  x64: ['amd64', undefined],
  aarch64: ['arm64', undefined],
  armhf: ['arm', 'v7'],
  armel: ['arm', 'v6'],
  armv7: ['arm', 'v7'],
  armv7l: ['arm', 'v7'],
  armv6: ['arm', 'v6'],
  armv6l: ['arm', 'v6'],
  i386: ['386', undefined],
  i686: ['386', undefined],
  x86: ['386', undefined],
};

export const PLATFORM_FORMS =
  'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/riscv64; aliases such as amd64, x86_64, aarch64, arm64/v8, armhf (= arm/v7, Debian\'s meaning), armel (= arm/v6), i386 are accepted';

/** Parse and normalise one platform string. Throws UsageError with the valid forms. */
export function parsePlatform(input: string): Platform {
  const raw = input.trim().toLowerCase();
  const fail = (why: string): never => {
    throw new UsageError(`invalid platform "${input.trim()}": ${why}; use ${PLATFORM_FORMS}`);
  };
  if (!raw) fail('empty');
  const parts = raw.split('/');
  if (parts.length > 3 || parts.some((p) => !p)) fail('too many or empty parts');
  let os = 'linux';
  let rest = parts;
  if (KNOWN_OS.has(parts[0] as string)) {
    os = parts[0] as string;
    rest = parts.slice(1);
  } else if (parts.length === 3) {
    fail(`unknown operating system "${parts[0]}"`);
  }
  if (rest.length === 0) fail('missing architecture');
  let arch = rest[0] as string;
  let variant: string | undefined = rest[1];
  const alias = ARCH_ALIASES[arch];
  if (alias) {
    if (variant && alias[1] && normaliseArmVariant(variant) !== alias[1]) fail(`"${arch}" already means ${alias[0]}/${alias[1]}`);
    [arch, variant] = [alias[0], variant ?? alias[1]];
  }
  if (!KNOWN_ARCH.has(arch)) {
    if (parts.length === 2 && !KNOWN_OS.has(parts[0] as string)) fail(`unknown operating system "${parts[0]}"`);
    fail(`unknown architecture "${arch}"`);
  }
  return normalise({ os, architecture: arch, variant });
}

function normaliseArmVariant(v: string): string {
  return /^\d+$/.test(v) ? `v${v}` : v;
}

/** containerd's normalisation: arm64/v8 -> arm64, arm -> arm/v7, amd64/v1 -> amd64, 7 -> v7. */
export function normalise(p: Platform): Platform {
  const os = p.os.toLowerCase();
  let architecture = p.architecture.toLowerCase();
  let variant = p.variant ? normaliseArmVariant(p.variant.toLowerCase()) : undefined;
  const alias = ARCH_ALIASES[architecture];
  if (alias) [architecture, variant] = [alias[0], variant ?? alias[1]];
  if (architecture === 'arm64' && variant === 'v8') variant = undefined;
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  if (architecture === 'arm' && !variant) variant = 'v7';
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Both sides are normalised before comparing. */
export function samePlatform(a: Platform, b: Platform): boolean {
  return formatPlatform(normalise(a)) === formatPlatform(normalise(b));
}

/**
 * A variant's rank among the variants of its architecture, as containerd's platform matcher orders
 * them: arm v5 < v6 < v7 < v8; arm64 v8.0 … v8.9, then v9.0 = v8.5 (Armv9.0 is based on Armv8.5);
 * amd64 v1 < v2 < v3 < v4. undefined for variants it does not know.
 */
function variantRank(architecture: string, variant: string | undefined): number | undefined {
  if (architecture === 'arm64') {
    const m = /^v(8|9)(?:\.(\d))?$/.exec(variant ?? 'v8');
    if (!m) return undefined;
    const minor = Number(m[2] ?? 0);
    return m[1] === '8' ? minor : minor + 5;
  }
  if (architecture === 'arm' || architecture === 'amd64') {
    const m = /^v(\d+)$/.exec(variant ?? (architecture === 'amd64' ? 'v1' : 'v7'));
    return m ? Number(m[1]) : undefined;
  }
  return undefined;
}

/**
 * Does an image built for `image` run on a `target` machine? The same platform, or an older variant
 * of the same architecture (arm64 on arm64/v9, arm/v6 on arm/v7, amd64 on amd64/v3), as containerd
 * matches them; never across architectures (arm/v7 is not arm64, arm/v7 does not run on arm/v6).
 */
export function runsOn(image: Platform, target: Platform): boolean {
  const i = normalise(image);
  const t = normalise(target);
  if (i.os !== t.os || i.architecture !== t.architecture) return false;
  if (i.variant === t.variant) return true;
  const ri = variantRank(i.architecture, i.variant);
  const rt = variantRank(t.architecture, t.variant);
  return ri !== undefined && rt !== undefined && ri <= rt;
}

/** How close a compatible image variant is to the target: higher is better (pure; among variants the target can run, the highest rank is the closest, so the target itself is not read). */
export function variantCloseness(image: Platform, _target: Platform): number {
  const i = normalise(image);
  return variantRank(i.architecture, i.variant) ?? -1;
}

/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
export function parsePlatformList(input: string): Platform[] {
  const out: Platform[] = [];
  const seen = new Set<string>();
  for (const item of input.split(/[\s,]+/)) {
    if (!item) continue;
    const p = parsePlatform(item);
    const key = formatPlatform(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** Is this an attestation entry (buildx writes them as unknown/unknown)? */
export function isUnknownPlatform(p: Partial<Platform> | undefined): boolean {
  return !p || p.os === 'unknown' || p.architecture === 'unknown';
}

/** The platforms a machine of this Node process architecture runs without emulation. */
export function nativePlatforms(nodeArch: string = process.arch): Platform[] {
  switch (nodeArch) {
    case 'x64':
      return [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: '386' }];
    case 'arm64':
      return [{ os: 'linux', architecture: 'arm64' }];
    case 'arm':
      return [{ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm', variant: 'v6' }];
    case 'ia32':
      return [{ os: 'linux', architecture: '386' }];
    case 'riscv64':
    case 's390x':
    case 'ppc64':
    case 'loong64':
      return [{ os: 'linux', architecture: nodeArch === 'ppc64' ? 'ppc64le' : nodeArch }];
    default:
      return [];
  }
}

/**
 * `linux/arm/v7` -> `linux-arm-v7`: the one slug of a platform, wherever a name cannot hold a slash:
 * the action's per-platform cache refs, the workflow's artifact names, GitLab's per-arch job names,
 * tags and cache refs (the jobs' shell computes the same: tr / -).
 */
export function platformSlug(p: Platform | string): string {
  return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}

/** A platform set's slug (`linux-amd64+linux-arm64`): cache refs, gha scopes and local cache directories of one build. */
export function platformSetSlug(platforms: (Platform | string)[]): string {
  return platforms.map(platformSlug).join('+');
}
