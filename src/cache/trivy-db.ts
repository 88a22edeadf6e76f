/**
 * trivy's vulnerability database, kept in the host cache by day (`trivy-db-YYYY-MM-DD`) so that runs do not
 * each download it (the registry rate-limits that). Before a scan: a database younger than trivy-db-max-age is
 * used as it is; otherwise the newest cached day is restored and, if still too old, trivy downloads a new one,
 * which is then saved under today's key. A failed download falls back to the database at hand with a warning.
 */
import type { TrivyDbFacts } from '../core/facts.js';
import { cp, mkdir, readFile, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Context } from '../core/context.js';
import type { Trivy } from '../tools/trivy.js';
import { removeTree } from './fs.js';
import { hostCacheDir, stableCacheDir } from './host-dir.js';
import {
  freshAt,
  isFresh,
  parseTrivyDbMetadata,
  TRIVY_DB_KEY_PREFIX,
  trivyDbKey,
  type TrivyDbMetadata,
} from '../vuln/trivy-db-metadata.js';

/**
 * trivy's cache directory: the input, else the job's TRIVY_CACHE_DIR (trivy's own variable), else a stable one on
 * GitHub, else trivy's own default.
 */
export function trivyCacheDir(ctx: Context): string {
  if (ctx.config.trivyCacheDir) return path.resolve(ctx.config.workspace, ctx.config.trivyCacheDir);
  if (process.env.TRIVY_CACHE_DIR) return path.resolve(ctx.config.workspace, process.env.TRIVY_CACHE_DIR);
  if (ctx.host.can.needsStableCachePaths) return stableCacheDir('trivy');
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'darwin'
      ? path.join(os.homedir(), 'Library', 'Caches')
      : path.join(os.homedir(), '.cache'));
  return path.join(base, 'trivy');
}

async function readMetadata(dbDir: string): Promise<TrivyDbMetadata | undefined> {
  const text = await readFile(path.join(dbDir, 'metadata.json'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseTrivyDbMetadata(text);
}

/** An age as people say it: minutes, hours, or days. */
function formatAge(ms: number): string {
  if (ms < 3_600_000) return `${Math.max(0, Math.round(ms / 60_000))} min`;
  if (ms < 48 * 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} days`;
}

const describe = (meta: TrivyDbMetadata, now: Date) =>
  `${freshAt(meta).toISOString()}, ${formatAge(now.getTime() - freshAt(meta).getTime())} old`;

/** Makes `<cacheDir>/db` ready for a scan with --skip-db-update; throws only when there is no database at all. */
export async function provideTrivyDb(
  ctx: Context,
  trivy: Trivy,
  cacheDir: string,
  now = new Date(),
): Promise<TrivyDbFacts> {
  const { log } = ctx.host;
  const maxAge = ctx.config.trivyDbMaxAge;
  const dbDir = path.join(cacheDir, 'db');
  let meta = await readMetadata(dbDir);
  if (isFresh(meta, maxAge, now) && meta) {
    log.info(
      `trivy database in ${cacheDir} is from ${describe(meta, now)}: younger than trivy-db-max-age, no download`,
    );
    return { source: 'fresh', freshAt: freshAt(meta).toISOString() };
  }
  // Staged through a directory of its own: the cache entry holds only the database, and a cached copy older
  // than the one at hand never replaces it.
  const staging = hostCacheDir(ctx.host, 'trivy-db');
  await removeTree(staging);
  await mkdir(staging, { recursive: true });
  const todayKey = trivyDbKey(now);
  const restoredKey = await ctx.host.cache.restore([staging], todayKey, [TRIVY_DB_KEY_PREFIX]);
  const cached = restoredKey ? await readMetadata(staging) : undefined;
  let source: TrivyDbFacts['source'] = 'fresh';
  if (cached && (!meta || freshAt(cached) > freshAt(meta))) {
    await removeTree(dbDir);
    await mkdir(cacheDir, { recursive: true });
    await cp(staging, dbDir, { recursive: true });
    meta = cached;
    source = 'restored';
    log.info(`trivy database restored from the cache (${restoredKey}), from ${describe(cached, now)}`);
  }
  await removeTree(staging);
  const restored = restoredKey ? { restoredKey } : {};
  if (isFresh(meta, maxAge, now) && meta)
    return { source, ...restored, freshAt: freshAt(meta).toISOString() };

  try {
    await trivy.downloadDb(cacheDir);
  } catch (e) {
    if (!meta) throw e;
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    log.warning(
      `trivy could not download its database (${why}): scanning with the one at hand, from ${describe(meta, now)}`,
    );
    return { source: 'fallback', ...restored, freshAt: freshAt(meta).toISOString() };
  }
  const downloaded = await readMetadata(dbDir);
  if (!downloaded) throw new Error(`trivy downloaded no database metadata into ${dbDir}`);
  if (meta && freshAt(downloaded) <= freshAt(meta))
    return { source, ...restored, freshAt: freshAt(downloaded).toISOString() };
  log.info(`trivy downloaded a new database (from ${describe(downloaded, now)})`);
  const saved =
    restoredKey === todayKey || ctx.host.cache.writable === false
      ? {}
      : await saveDb(ctx, dbDir, staging, todayKey);
  return { source: 'downloaded', ...restored, ...saved, freshAt: freshAt(downloaded).toISOString() };
}

async function saveDb(
  ctx: Context,
  dbDir: string,
  staging: string,
  key: string,
): Promise<{ savedKey?: string }> {
  await removeTree(staging);
  await mkdir(path.dirname(staging), { recursive: true });
  const tmp = `${staging}.tmp-${process.pid}`;
  await cp(dbDir, tmp, { recursive: true });
  await rename(tmp, staging);
  try {
    await ctx.host.cache.save([staging], key);
    return { savedKey: key };
  } finally {
    await removeTree(staging);
  }
}
