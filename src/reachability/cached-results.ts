/**
 * The reachability stage's result cache between runs: a directory of entries (result-cache.ts) restored from
 * the host cache before the check and saved after it when the check added entries. The cache key names the
 * format, govulncheck's and the database's identities (a new one starts empty: nothing of another version is
 * even restored) and the set of binaries; the restore keys take the newest entry of the same tool and database.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import type { Host } from '../host/host.js';
import type { PlatformAnalysis } from '../analyze/facts.js';
import { removeTree } from '../cache/fs.js';
import { hostCacheDir } from '../cache/host-dir.js';
import { dbArgument, type CheckOptions } from './check.js';
import { dbIdentity, govulncheckIdentity } from './identity.js';
import { RESULT_CACHE_FORMAT, ResultCache } from './result-cache.js';

export interface ResultCacheKeys {
  readonly key: string;
  readonly restoreKeys: readonly string[];
}

/** The host cache key of the directory: tool, database and the image's distinct Go binaries. Pure. */
export function resultCacheKeys(
  toolDigest: string,
  dbDigest: string,
  binaries: readonly string[],
): ResultCacheKeys {
  const prefix = `govulncheck-results-v${RESULT_CACHE_FORMAT}-${toolDigest.slice(0, 16)}-${dbDigest.slice(0, 16)}-`;
  const set = [...new Set(binaries)].sort().join('\n');
  return {
    key: `${prefix}${createHash('sha256').update(set).digest('hex').slice(0, 16)}`,
    restoreKeys: [prefix],
  };
}

export interface OpenedResultCache {
  readonly cache?: NonNullable<CheckOptions['cache']>;
  /** The directory of the entries (also the trivy --vex read-back's, readback.ts). */
  readonly dir?: string;
  /** For the log: the key restored, or why there is no cache. */
  readonly note: string;
  /** Saves the directory when entries were added (unless this very key was restored), and removes it. */
  close(): Promise<void>;
}

export async function openResultCache(
  host: Pick<Host, 'tempDir' | 'cache' | 'log'>,
  db: string,
  platforms: readonly PlatformAnalysis[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedResultCache> {
  try {
    return await open(host, db, platforms, env);
  } catch (e) {
    // A cache is an optimisation: without one, govulncheck runs.
    return { note: `no result cache: ${(e as Error).message}`, close: async () => undefined };
  }
}

async function open(
  host: Pick<Host, 'tempDir' | 'cache' | 'log'>,
  db: string,
  platforms: readonly PlatformAnalysis[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedResultCache> {
  const dbArg = dbArgument(db);
  const none = (note: string): OpenedResultCache => ({ note, close: async () => undefined });
  const [dbId, tool] = await Promise.all([dbIdentity(dbArg), govulncheckIdentity(env)]);
  if (!dbId) return none('no result cache: the database is not a local copy with an index');
  if (!tool) return none("no result cache: govulncheck's build info names no version");
  const shas = platforms.flatMap((p) =>
    p.binaries.flatMap((b) => (b.goVersion && b.sha256 ? [b.sha256] : [])),
  );
  const { key, restoreKeys } = resultCacheKeys(tool.digest, dbId.digest, shas);
  const dir = hostCacheDir(host, 'govulncheck-results');
  await removeTree(dir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const restored = await host.cache.restore([dir], key, restoreKeys).catch(() => undefined);
  const store = new ResultCache(dir, { warn: (m) => host.log.warning(m), known: dbId.has });
  const names = async () => new Set(await readdir(dir).catch(() => [] as string[]));
  const before = await names();
  return {
    dir,
    cache: {
      store,
      keyOf: (binary) => ({
        binary,
        db: dbArg,
        dbDigest: dbId.digest,
        toolVersion: tool.version,
        toolDigest: tool.digest,
      }),
    },
    note: restored
      ? `result cache ${restored}`
      : `result cache empty (govulncheck ${tool.version}, database ${dbId.modified ?? 'of unknown date'})`,
    async close() {
      try {
        const after = await names();
        const added = [...after].some((n) => !before.has(n) && n.endsWith('.json'));
        if (added && restored !== key && host.cache.writable !== false)
          await host.cache
            .save([dir], key)
            .catch((e: Error) =>
              host.log.warning(`reachability: could not save the result cache: ${e.message}`),
            );
      } finally {
        await removeTree(dir);
      }
    },
  };
}
