// The POSIX shells GitLab job scripts are run under in the tests: dash (Debian's sh), bash, and
// busybox ash (Alpine's sh, and the cosign/kaniko debug images'). All three are required: a shell
// that is missing fails the test file loudly instead of silently dropping its cases.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian's busybox-static for amd64, seeded by scripts/rig.sh up. */
export const BUSYBOX = '/var/lib/gen-ci-rig/seed/rootfs/linux/amd64/bin/busybox';

export interface Shell {
  name: string;
  /** argv that runs a script given as the next argument: [sh, -c] */
  argv: string[];
}

/** dash, bash and busybox ash; throws naming what is missing and who installs it. */
export function posixShells(): Shell[] {
  if (!existsSync(BUSYBOX)) throw new Error(`busybox is missing at ${BUSYBOX}: run bash scripts/rig.sh up (it seeds Debian's busybox-static)`);
  for (const sh of ['dash', 'bash']) {
    if (spawnSync(sh, ['-c', 'true']).status !== 0) throw new Error(`${sh} is not installed: the job-script tests need dash, bash and busybox`);
  }
  return [
    { name: 'dash', argv: ['dash', '-c'] },
    { name: 'bash', argv: ['bash', '-c'] },
    { name: 'busybox ash', argv: [BUSYBOX, 'sh', '-c'] },
  ];
}
