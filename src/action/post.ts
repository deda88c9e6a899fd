import { rmSync } from 'node:fs';
import * as core from './runner.js';
import { removeBuilderArgs } from '../core/builder.js';
import { describeError } from '../core/errors.js';
import { run } from '../core/exec.js';
import { STATE } from './state.js';

/** Clean up only what the main step made: its builder, its temporary config and files. */
export async function post(): Promise<void> {
  const builder = core.getState(STATE.builderCreated);
  if (builder) {
    const res = await run('docker', removeBuilderArgs(builder), { silent: true });
    if (res.exitCode === 0) core.info(`removed builder ${builder}`);
    else core.warning(`could not remove builder ${builder}: ${res.stderr.trim().split('\n').pop()}`);
  }
  const tempDir = core.getState(STATE.tempDir);
  if (tempDir) {
    // holds the temporary DOCKER_CONFIG (with the login), secret files and buildkitd.toml
    rmSync(tempDir, { recursive: true, force: true });
    core.info('removed temporary login and files');
  }
}

post().catch((err: unknown) => {
  // cleanup problems never fail the job
  core.warning(describeError(err));
});
