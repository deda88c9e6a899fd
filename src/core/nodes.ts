// Native nodes per platform: `--node PLATFORM=ENDPOINT` (the action's `nodes` input) becomes one
// buildx builder whose nodes each own their platforms, so BuildKit sends each platform of one
// build to the machine of that architecture and buildx pushes one index (pure: the arguments only).
//
// A buildx builder has one driver for all its nodes (buildx refuses to append a node of another
// driver), so the endpoints decide it: BuildKit addresses (tcp://, unix://, ssh://,
// docker-container://, kube-pod://) are `remote` nodes; `kubernetes:arch=arm64` is a `kubernetes`
// node pinned by a node selector. Platforms no node owns are built on a local node.
import { UsageError } from './errors.js';
import { formatPlatform, type Platform, parsePlatformList } from './platform.js';

export interface NodeSpec {
  /** the platforms this node builds */
  platforms: Platform[];
  /** a BuildKit address, or the kubernetes node selector (kubernetes.io/arch=arm64, …) */
  endpoint: string;
  driver: 'remote' | 'kubernetes';
}

/** The BuildKit address schemes the remote driver connects to (BuildKit's client and its connection helpers). */
const BUILDKIT_SCHEMES = ['tcp', 'unix', 'ssh', 'docker-container', 'kube-pod'];

/** `PLATFORM[,PLATFORM…]=ENDPOINT` (pure). */
export function parseNode(entry: string): NodeSpec {
  const e = entry.trim();
  const eq = e.indexOf('=');
  if (eq <= 0) throw new UsageError(`nodes: "${entry}" is not PLATFORM=ENDPOINT (e.g. linux/arm64=ssh://user@arm-host)`);
  const platforms = parsePlatformList(e.slice(0, eq));
  const endpoint = e.slice(eq + 1).trim();
  const k8s = /^kubernetes:(.*)$/.exec(endpoint);
  if (k8s) {
    const selectors = (k8s[1] as string)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]+)$/.exec(s);
        if (!m) throw new UsageError(`nodes: "${s}" in "${entry}" is not a node selector KEY=VALUE (kubernetes:arch=arm64)`);
        // the short `arch`/`os` mean the well-known kubernetes.io labels
        const key = m[1] === 'arch' || m[1] === 'os' ? `kubernetes.io/${m[1]}` : (m[1] as string);
        return `${key}=${m[2]}`;
      });
    if (!selectors.length) throw new UsageError(`nodes: "${entry}" names no node selector (kubernetes:arch=arm64)`);
    return { platforms, endpoint: selectors.join(','), driver: 'kubernetes' };
  }
  const scheme = /^([a-z][a-z0-9+-]*):\/\/./.exec(endpoint)?.[1];
  if (!scheme || !BUILDKIT_SCHEMES.includes(scheme)) {
    throw new UsageError(
      `nodes: "${endpoint}" is not a BuildKit address (${BUILDKIT_SCHEMES.map((s) => `${s}://`).join(', ')}) or kubernetes:KEY=VALUE`,
    );
  }
  return { platforms, endpoint, driver: 'remote' };
}

/** Every node of one builder: one driver, and each platform owned by one node (pure). */
export function checkNodes(nodes: NodeSpec[]): void {
  const drivers = [...new Set(nodes.map((n) => n.driver))];
  if (drivers.length > 1) {
    throw new UsageError('nodes: BuildKit addresses and kubernetes: node selectors cannot share one builder (buildx gives a builder one driver); use one kind');
  }
  const owner = new Map<string, string>();
  for (const n of nodes) {
    for (const p of n.platforms.map(formatPlatform)) {
      const other = owner.get(p);
      if (other !== undefined) throw new UsageError(`nodes: ${p} is given to two nodes (${other} and ${n.endpoint}); give each platform one node`);
      owner.set(p, n.endpoint);
    }
  }
}

export interface NodeAssignment {
  node: string;
  endpoint: string;
  platforms: string[];
}

/** Node names in the builder: NAME-n1, NAME-n2 … (buildx names the first node itself unless told) */
export const nodeName = (builder: string, n: number): string => `${builder}-n${n + 1}`;
export const localNodeName = (builder: string): string => `${builder}-local`;

/** The remote driver's own options (TLS to the node); the others (network=, image=) are the local container's. */
const REMOTE_OPTS = ['cacert', 'cert', 'key', 'servername'];

export function remoteDriverOpts(driverOpts: string[]): string[] {
  return driverOpts.filter((o) => REMOTE_OPTS.includes(o.split('=')[0] as string));
}

/**
 * `docker buildx create` for each node: the first creates the builder, the others --append
 * (pure). `local` is the endpoint of the local node for platforms no node owns (and for the
 * platforms of nodes that could not be reached). Nothing connects yet (no --bootstrap): an
 * unreachable node is found afterwards, by `buildx inspect`, and left.
 */
export function nodeCreateArgs(builder: string, nodes: NodeSpec[], local?: { endpoint?: string; platforms: string[] }, driverOpts: string[] = []): string[][] {
  if (!nodes.length && !local) throw new UsageError('nodes: no node to create a builder from');
  const driver = nodes[0]?.driver ?? 'remote';
  const opts = (n?: NodeSpec) => (driver === 'kubernetes' ? [...(n ? [`nodeselector=${n.endpoint}`] : []), ...driverOpts] : remoteDriverOpts(driverOpts));
  const all = nodes.map((n, i) => ({ name: nodeName(builder, i), endpoint: n.endpoint, platforms: n.platforms.map(formatPlatform), driverOpts: opts(n) }));
  if (local) all.push({ name: localNodeName(builder), endpoint: local.endpoint ?? '', platforms: local.platforms, driverOpts: driver === 'kubernetes' ? driverOpts : [] });
  return all.map((n, i) => appendNodeArgs(builder, driver, n, i === 0));
}

/** One node's `docker buildx create [--append]` (pure). */
export function appendNodeArgs(builder: string, driver: string, n: { name: string; endpoint: string; platforms: string[]; driverOpts: string[] }, first = false): string[] {
  const args = ['buildx', 'create', ...(first ? [] : ['--append']), '--name', builder, '--driver', driver, '--node', n.name, '--platform', n.platforms.join(',')];
  for (const opt of n.driverOpts) args.push('--driver-opt', opt);
  // a kubernetes node is placed by its selector, not an endpoint
  if (driver === 'remote') args.push(n.endpoint);
  return args;
}

/** Leave a node out of the builder: `docker buildx create --leave` (pure). */
export function leaveNodeArgs(builder: string, node: string): string[] {
  return ['buildx', 'create', '--leave', '--name', builder, '--node', node];
}

/**
 * `docker run` of the local BuildKit node of a remote-driver builder (pure): privileged, as buildx's
 * docker-container driver runs it; reached by buildx through docker-container://NAME.
 */
export function localNodeRunArgs(container: string, image: string, o: { network?: string; configFile?: string } = {}): string[] {
  const args = ['run', '--detach', '--name', container, '--privileged'];
  if (o.network) args.push('--network', o.network);
  if (o.configFile) args.push('--volume', `${o.configFile}:/etc/buildkit/buildkitd.toml:ro`);
  args.push(image);
  if (o.configFile) args.push('--config', '/etc/buildkit/buildkitd.toml');
  return args;
}

/** Which requested platforms no node owns: the local node builds them (pure). */
export function unownedPlatforms(requested: Platform[], nodes: NodeSpec[]): string[] {
  const owned = new Set(nodes.flatMap((n) => n.platforms.map(formatPlatform)));
  return requested.map(formatPlatform).filter((p) => !owned.has(p));
}
