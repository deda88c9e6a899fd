import type { HelperCache } from '../core/helper-images.js';
import type { Log } from '../core/log.js';

/**
 * The Actions cache (@actions/cache), loaded only when a step needs it: the library and its
 * HTTP stack are large, and most runs never touch it. undefined when the runner offers no cache
 * service. Failures never fail the build: callers turn them into warnings.
 */
export async function actionsCache(log: Log): Promise<HelperCache | undefined> {
  let lib: typeof import('@actions/cache');
  try {
    lib = await import('@actions/cache');
  } catch (err) {
    log.warning(`the Actions cache client could not be loaded (${(err as Error).message}); continuing without it`);
    return undefined;
  }
  if (!lib.isFeatureAvailable()) return undefined;
  return {
    restore: (dir, key, restoreKeys) => lib.restoreCache([dir], key, restoreKeys),
    save: async (dir, key) => {
      await lib.saveCache([dir], key);
    },
  };
}
