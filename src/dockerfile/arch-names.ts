// Architecture names as they are written into URLs, package names and paths, and the Docker
// architecture each one means. One home for the matcher, shared by the shell analysis (shell.ts)
// and the preflight's checks (run-checks.ts), which must not load the shell parser to use it.

const ARCH_TOKEN = /(?<![a-z0-9])(amd64|x86_64|x86-64|x64|aarch64|arm64|armv7l?|armhf)(?![a-z0-9])/gi;

/** Architecture names written into a text, lowercased (placeholders for platform-derived parts never match). */
export function fixedArches(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ARCH_TOKEN)) found.add((m[1] as string).toLowerCase());
  return [...found];
}

const ARCH_OF: Record<string, string> = {
  amd64: 'amd64',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  x64: 'amd64',
  aarch64: 'arm64',
  arm64: 'arm64',
  armv7: 'arm',
  armv7l: 'arm',
  armhf: 'arm',
};

/** The Docker architecture an architecture name means (x86_64 -> amd64), if it is one. */
export function archOfToken(token: string): string | undefined {
  return ARCH_OF[token.toLowerCase()];
}
