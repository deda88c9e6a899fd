import { UserError } from './errors.js';
import { lastErrorLine, run } from './exec.js';

export interface DockerInfo {
  server: string;
  buildx: string;
}

/** Fail early, in one line, when Docker, its daemon or buildx is missing. */
export async function checkDocker(env: Record<string, string | undefined> = {}): Promise<DockerInfo> {
  const v = await run('docker', ['version', '--format', '{{.Server.Version}}'], { silent: true, env });
  if (v.exitCode === 127 || /Unable to locate executable|not found/.test(v.stderr) && !v.stdout) {
    throw new UserError('Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)');
  }
  if (v.exitCode !== 0) {
    throw new UserError(`the Docker daemon is not reachable: ${lastErrorLine(v.stderr) || 'docker version failed'} (start dockerd, or set DOCKER_HOST)`);
  }
  const b = await run('docker', ['buildx', 'version'], { silent: true, env });
  if (b.exitCode !== 0) {
    throw new UserError('docker buildx is not installed: `docker buildx version` failed (install the buildx CLI plugin, e.g. the docker-buildx package)');
  }
  return { server: v.stdout.trim(), buildx: b.stdout.trim() };
}
