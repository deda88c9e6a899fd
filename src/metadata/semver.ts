// Semantic versions as metadata-action reads git tags: node-semver's strict `valid()` grammar
// (https://semver.org 2.0.0 with an optional leading "v"), nothing looser.

export interface SemVer {
  /** the string as given, e.g. v1.2.3-rc.1 */
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** pre-release identifiers (rc, 1); empty for a release */
  prerelease: string[];
  /** build metadata identifiers (after +); not part of {{version}} */
  build: string[];
  /** major.minor.patch[-prerelease], without the v and the build metadata */
  version: string;
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const SEMVER = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);

/** The version in `input` (surrounding spaces ignored), or undefined when it is not strict semver (1.2, 01.2.3, release1). */
export function parseSemver(input: string): SemVer | undefined {
  const raw = input.trim();
  if (raw.length > 256) return undefined;
  const m = SEMVER.exec(raw);
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  const prerelease = m[4] ? m[4].split('.') : [];
  const build = m[5] ? m[5].split('.') : [];
  const version = `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`;
  return { raw, major, minor, patch, prerelease, build, version };
}

/** a < b: -1, equal: 0, a > b: 1, by semver precedence (build metadata ignored). */
export function compareSemver(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (!a.prerelease.length || !b.prerelease.length) return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length ? -1 : 1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
