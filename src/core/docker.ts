import { UserError } from './errors.js';
import { lastErrorLine, run } from './exec.js';

export interface DockerInfo {
  server: string;
}

/**
 * Fail early, in one line, when Docker or its daemon is missing. buildx is not asked
 * separately (each plugin call costs ~0.1 s): the first buildx command reports it missing.
 */
export async function checkDocker(env: Record<string, string | undefined> = {}): Promise<DockerInfo> {
  const v = await run('docker', ['version', '--format', '{{.Server.Version}}'], { silent: true, env });
  if (v.exitCode === 127 || /Unable to locate executable|not found/.test(v.stderr) && !v.stdout) {
    throw new UserError('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
  }
  if (v.exitCode !== 0) {
    throw new UserError(`the Docker daemon is not reachable: ${lastErrorLine(v.stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
  }
  return { server: v.stdout.trim() };
}

export const BUILDX_MISSING = 'docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)';

/** buildx answers a missing plugin with "'buildx' is not a docker command" (or "unknown command"). */
export function isBuildxMissing(stderr: string): boolean {
  return /'buildx' is not a docker command|unknown command "buildx"|docker: 'buildx'/.test(stderr);
}
