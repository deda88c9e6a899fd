import { cleanup, parseResources } from '../core/lifecycle.js';
import { describeError } from '../core/errors.js';
import * as core from './runner.js';
import { STATE } from './state.js';

/**
 * Clean up only what the main step recorded: its builder, its temporary config, secret files,
 * helper-image tarballs and cache directories — each one that exists. A cleanup failure is a
 * warning, never a failed job.
 */
export async function post(): Promise<void> {
  const report = await cleanup(parseResources(core.getState(STATE.resources)));
  for (const what of report.removed) core.info(`removed ${what}`);
  for (const w of report.warnings) core.warning(w);
}

post().catch((err: unknown) => {
  core.warning(describeError(err));
});
