import { UsageError } from './errors.js';

export type Driver = 'docker-container' | 'docker' | 'remote';
export const DRIVERS: Driver[] = ['docker-container', 'docker', 'remote'];

export interface CreateBuilderOptions {
  name: string;
  driver: Driver;
  driverOpts: string[];
  /** path of a buildkitd.toml written beforehand */
  configFile?: string;
  /** remote driver: tcp://host:port, unix://..., docker-container://name */
  endpoint?: string;
}

/** `docker buildx create ...` as an argument array (pure). */
export function createBuilderArgs(o: CreateBuilderOptions): string[] {
  if (o.driver === 'docker') throw new UsageError('the docker driver cannot create a new builder; it uses the engine\'s own (set builder: default or driver: docker-container)');
  if (o.driver === 'remote' && !o.endpoint) throw new UsageError('driver: remote needs an endpoint (e.g. tcp://buildkitd:1234)');
  const args = ['buildx', 'create', '--name', o.name, '--driver', o.driver];
  for (const opt of o.driverOpts) args.push('--driver-opt', opt);
  if (o.configFile) args.push('--buildkitd-config', o.configFile);
  // no --use: the user's current builder stays current for the rest of the job; builds name theirs
  args.push('--bootstrap');
  if (o.endpoint) args.push(o.endpoint);
  return args;
}

export function removeBuilderArgs(name: string): string[] {
  return ['buildx', 'rm', '--force', name];
}

const HOST_RE = /^[a-z0-9.-]+(:\d+)?$/i;

/** buildkitd.toml from inline TOML plus the insecure-registries shorthand (pure). */
export function buildkitdToml(inline: string, insecureRegistries: string[]): string {
  const parts: string[] = [];
  if (inline.trim()) parts.push(inline.trim());
  for (const host of insecureRegistries) {
    if (!HOST_RE.test(host)) throw new UsageError(`insecure-registries: "${host}" is not a registry host (host or host:port)`);
    if (new RegExp(`\\[registry\\."${host.replace(/[.]/g, '\\.')}"\\]`).test(inline)) {
      throw new UsageError(`insecure-registries: ${host} is also configured in buildkitd-config; keep one`);
    }
    parts.push(`[registry."${host}"]\n  http = true\n  insecure = true`);
  }
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

export interface BuilderInfo {
  name: string;
  driver: string;
  status: string;
  buildkit: string;
  platforms: string[];
}

/** Parse `docker buildx inspect` text output (fixture-tested against buildx 0.13). */
export function parseInspect(text: string): BuilderInfo {
  const field = (re: RegExp) => text.match(re)?.[1]?.trim() ?? '';
  const platforms = field(/^Platforms:\s*(.*)$/m)
    .split(',')
    .map((p) => p.trim().replace(/\*$/, ''))
    .filter(Boolean);
  return {
    name: field(/^Name:\s*(.*)$/m),
    driver: field(/^Driver:\s*(.*)$/m),
    status: field(/^Status:\s*(.*)$/m),
    buildkit: field(/^BuildKit(?: version)?:\s*(.*)$/m),
    platforms,
  };
}

export interface NodeInfo {
  name: string;
  endpoint: string;
  /** running, inactive, stopped, error … (buildx's words) */
  status: string;
  platforms: string[];
}

/** The nodes of `docker buildx inspect` (no --bootstrap: an unreachable node is `inactive`, not an error) (pure). */
export function parseInspectNodes(text: string): NodeInfo[] {
  const at = text.indexOf('\nNodes:');
  if (at < 0) return [];
  return text
    .slice(at + 7)
    .split(/\n\s*\n/)
    .map((block) => {
      const field = (re: RegExp) => block.match(re)?.[1]?.trim() ?? '';
      return {
        name: field(/^Name:\s*(.*)$/m),
        endpoint: field(/^Endpoint:\s*(.*)$/m),
        status: field(/^Status:\s*(.*)$/m),
        platforms: field(/^Platforms:\s*(.*)$/m)
          .split(',')
          .map((p) => p.trim().replace(/\*$/, ''))
          .filter(Boolean),
      };
    })
    .filter((n) => n.name);
}

/** A builder name that is unique per job and recognisably ours. */
export function builderName(env: NodeJS.ProcessEnv = process.env): string {
  const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].filter(Boolean).join('-');
  const suffix = Math.random().toString(36).slice(2, 8);
  return `gen-ci-${id ? `${id}-` : ''}${suffix}`.replace(/[^a-zA-Z0-9_-]/g, '-');
}
