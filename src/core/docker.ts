import { UserError } from './errors.js';
import { lastErrorLine, run } from './exec.js';

export interface DockerInfo {
  server: string;
  /** the daemon's os/arch (where its builders and containers run; not necessarily this machine's) */
  platform?: string;
}

/**
 * Fail early, in one line, when Docker or its daemon is missing. buildx is not asked
 * separately (each plugin call costs ~0.1 s): the first buildx command reports it missing.
 */
export async function checkDocker(env: Record<string, string | undefined> = {}): Promise<DockerInfo> {
  const v = await run('docker', ['version', '--format', '{{.Server.Version}} {{.Server.Os}}/{{.Server.Arch}}'], { silent: true, env });
  return dockerProbeResult(v.exitCode, v.stdout, v.stderr);
}

/** What `docker version` said, as a DockerInfo or the one line to fail with (pure). */
export function dockerProbeResult(exitCode: number, stdout: string, stderr: string): DockerInfo {
  if (exitCode === 127 || (/Unable to locate executable/.test(stderr) && !stdout)) {
    throw new UserError('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
  }
  const context = /context "([^"]+)": context not found/.exec(stderr);
  if (context) {
    throw new UserError(`the Docker context "${context[1]}" does not exist (docker context ls lists them); unset DOCKER_CONTEXT or create that context`);
  }
  if (exitCode !== 0) {
    throw new UserError(`the Docker daemon is not reachable: ${lastErrorLine(stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
  }
  const [server = '', platform] = stdout.trim().split(' ');
  return { server, platform: platform && /^[a-z0-9]+\/[a-z0-9]+$/.test(platform) ? platform : undefined };
}

export const BUILDX_MISSING = 'docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)';

/** buildx answers a missing plugin with "'buildx' is not a docker command" (or "unknown command"). */
export function isBuildxMissing(stderr: string): boolean {
  return /'buildx' is not a docker command|unknown command "buildx"|docker: 'buildx'/.test(stderr);
}
