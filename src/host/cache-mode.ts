/**
 * ACTIONS_CACHE_MODE, which the runner sets to say what this job may do with GitHub's cache: `read` on pull
 * requests from forks (restore, never save), `write`, `write-only`, `none`. Unset or unknown values allow
 * everything, as @actions/cache reads them. Pure.
 */
export interface CacheMode {
  /** The mode as the runner spelled it (lower case), or '' when unset. */
  readonly name: string;
  readonly read: boolean;
  readonly write: boolean;
}

const KNOWN = ['read', 'write', 'write-only', 'none'];

export function cacheModeOf(env: NodeJS.ProcessEnv): CacheMode {
  const name = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  if (!KNOWN.includes(name)) return { name, read: true, write: true };
  return {
    name,
    read: name === 'read' || name === 'write',
    write: name === 'write' || name === 'write-only',
  };
}

/** The one log line that says what a restricted mode leaves out; undefined when nothing is left out. */
export function cacheModeNotice(mode: CacheMode): string | undefined {
  if (mode.read && mode.write) return undefined;
  if (mode.read)
    return `ACTIONS_CACHE_MODE is ${mode.name} (as on a pull request from a fork): caches are restored but never saved`;
  if (mode.write) return `ACTIONS_CACHE_MODE is ${mode.name}: caches are saved but never restored`;
  return `ACTIONS_CACHE_MODE is ${mode.name}: caches are neither restored nor saved`;
}
