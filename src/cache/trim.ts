/**
 * Trimming the Go caches to what the last build used, so the saved archive stops growing. Go's build cache
 * (`cmd/go/internal/cache`) sets an entry's mtime to now when it uses an entry whose mtime is more than an hour
 * old (`mtimeInterval`), and writes new entries with the current time. So the dance ages every restored file
 * (an mtime well over an hour in the past) when it injects the caches; after the build, the build-cache
 * entries newer than that mark are the ones this build used or wrote, and only those are saved. The module
 * cache is not marked by use: it keeps the download-cache files of the modules go.sum names (what the restore
 * check, src/cache/verify.ts, would keep of it anyway). Any other cache mount is saved whole. Pure, plus one
 * archive rewrite (`trimCacheArchive`).
 */
import type { TarMember } from '../image/tar-index.js';
import { readTarIndex } from '../image/tar-index.js';
import { downloadMember, rewriteArchive } from './verify.js';

/** How far back the restored files are aged: well over Go's one-hour `mtimeInterval`. */
export const RESTORED_AGE_MS = 2 * 60 * 60 * 1000;

export interface AgeMark {
  /** The mtime given to every restored file, as `touch -t` reads it in UTC: `YYYYMMDDhhmm.ss`. */
  readonly stamp: string;
  /** The same instant in milliseconds since the epoch. */
  readonly agedMs: number;
  /**
   * A build-cache entry whose mtime is after this counts as used by the build: half-way between the aged mtime
   * and the injection, so a builder clock up to an hour off the host's clock still sorts the entries right.
   */
  readonly usedAfterMs: number;
}

/** The mark for an injection at `nowMs`. Pure. */
export function ageMark(nowMs: number): AgeMark {
  const agedMs = Math.floor((nowMs - RESTORED_AGE_MS) / 1000) * 1000;
  return { stamp: touchStamp(agedMs), agedMs, usedAfterMs: agedMs + RESTORED_AGE_MS / 2 };
}

/** An instant (ms since the epoch, whole seconds) as `touch -t` reads it in UTC: `YYYYMMDDhhmm.ss`. Pure. */
export function touchStamp(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
    `${two(d.getUTCHours())}${two(d.getUTCMinutes())}.${two(d.getUTCSeconds())}`
  );
}

/**
 * The shell step that ages every file and directory under `dir` to the mark (a cached executable is a directory
 * entry; symbolic links are left alone). `find` and `touch -t` are POSIX; TZ=UTC0 makes `touch` read the stamp
 * as UTC in any image. `dir` is one of the dance's own fixed paths.
 */
export function ageCommand(dir: string, mark: Pick<AgeMark, 'stamp'>): string {
  if (!/^[/\w.-]+$/.test(dir)) throw new Error(`ageCommand: unexpected directory ${JSON.stringify(dir)}`);
  if (!/^\d{12}\.\d{2}$/.test(mark.stamp)) throw new Error(`ageCommand: bad stamp ${mark.stamp}`);
  return `TZ=UTC0 find ${dir} ! -type l -exec touch -c -t ${mark.stamp} {} +`;
}

export type CacheKind = 'build' | 'module' | 'other';

/** A member of the cache archive as the trim sees it. */
export type ArchiveEntry = Pick<TarMember, 'name' | 'type' | 'size' | 'mtime'> & {
  readonly linkname?: string;
};

/** A member name without a leading `./`, split into its cache index and the path inside that cache. Pure. */
export function splitName(name: string): { index: string; relative: string } {
  const clean = name.replace(/^(?:\.\/)+/, '');
  const slash = clean.indexOf('/');
  return slash < 0
    ? { index: clean, relative: '' }
    : { index: clean.slice(0, slash), relative: clean.slice(slash + 1).replace(/\/$/, '') };
}

/**
 * The build-cache entry a path belongs to: `xx/<64 hex>-a` (action) or `-d` (output), xx the first two hex
 * digits; a cached executable's `-d` is a directory, and the files in it belong to it. Pure.
 */
export function buildEntryOf(relative: string): string | undefined {
  const m = /^(([0-9a-f]{2})\/([0-9a-f]{64})-[ad])(?:\/|$)/.exec(relative);
  return m && m[3]?.startsWith(m[2] as string) ? m[1] : undefined;
}

/** Whether the path is a build-cache entry itself (a file, or a cached executable's directory). Pure. */
export function isBuildCacheEntry(relative: string): boolean {
  return buildEntryOf(relative) === relative;
}

/**
 * What each cache index (top-level directory) of the archive holds: a module cache when it has
 * `cache/download/`, a build cache when it has build-cache entries, anything else otherwise. Pure.
 */
export function cacheKinds(names: Iterable<string>): Map<string, CacheKind> {
  const kinds = new Map<string, CacheKind>();
  for (const name of names) {
    const { index, relative } = splitName(name);
    if (!/^\d+$/.test(index)) continue;
    const before = kinds.get(index) ?? 'other';
    if (relative === 'cache/download' || relative.startsWith('cache/download/')) kinds.set(index, 'module');
    else if (before === 'other' && isBuildCacheEntry(relative)) kinds.set(index, 'build');
    else kinds.set(index, before);
  }
  return kinds;
}

export interface TrimPolicy {
  /** Build-cache entries with an mtime (ms) after this were used; undefined: nothing was aged, keep them all. */
  readonly usedAfterMs?: number;
  /** go.sum lines (`module@version` and `module@version/go.mod`, as parseGoSum returns them). */
  readonly sums: ReadonlyMap<string, string>;
}

/** Whether a module-cache file is one go.sum names: its download-cache zip, ziphash, mod, info or lock. Pure. */
export function goSumNames(relative: string, sums: ReadonlyMap<string, string>): boolean {
  const d = downloadMember(relative);
  if (!d) return false;
  const id = `${d.module}@${d.version}`;
  switch (d.ext) {
    case 'zip':
    case 'ziphash':
      return sums.has(id);
    case 'mod':
      return sums.has(`${id}/go.mod`) || sums.has(id);
    default:
      return sums.has(id) || sums.has(`${id}/go.mod`);
  }
}

export interface TrimTotals {
  readonly entries: number;
  readonly bytes: number;
}

export interface TrimPlan {
  /** Member names (without `./`) to keep. */
  readonly keep: Set<string>;
  readonly kept: TrimTotals;
  readonly trimmed: TrimTotals;
  /** Build-cache indexes left whole because the build used none of their entries (its compile steps were cached). */
  readonly untouched: readonly string[];
}

/**
 * Which members of a cache archive to save. Build caches: the entries used or written since the mark, and every
 * other file and directory of them; a build cache of which no entry was used is kept whole (the compile ran
 * from the layer cache, so the marks say nothing). Module caches: the download-cache files go.sum names and the
 * directories above them. Other caches and members outside any index: kept. Pure; never throws.
 */
export function planTrim(entries: readonly ArchiveEntry[], policy: TrimPolicy): TrimPlan {
  const kinds = cacheKinds(entries.map((e) => e.name));
  const usedAfter = policy.usedAfterMs;
  // An entry's mtime is its own member's (the directory's, for a cached executable), the newest if repeated.
  const entryMtime = new Map<string, number>();
  for (const e of entries) {
    const { index, relative } = splitName(e.name);
    if (kinds.get(index) === 'build' && isBuildCacheEntry(relative) && e.mtime !== undefined)
      entryMtime.set(
        `${index}/${relative}`,
        Math.max(e.mtime, entryMtime.get(`${index}/${relative}`) ?? -Infinity),
      );
  }
  const isUsed = (e: ArchiveEntry, index: string, entry: string) => {
    if (usedAfter === undefined) return true;
    const mtime = entryMtime.get(`${index}/${entry}`) ?? e.mtime;
    return mtime !== undefined && mtime * 1000 > usedAfter;
  };
  const buildUsed = new Set<string>();
  for (const e of entries) {
    const { index, relative } = splitName(e.name);
    const entry = buildEntryOf(relative);
    if (kinds.get(index) === 'build' && entry && isUsed(e, index, entry)) buildUsed.add(index);
  }
  const keep = new Set<string>();
  const moduleDirs: { name: string; index: string; relative: string }[] = [];
  const keptModulePaths = new Set<string>();
  for (const e of entries) {
    const name = e.name.replace(/^(?:\.\/)+/, '');
    const { index, relative } = splitName(e.name);
    const kind = kinds.get(index) ?? 'other';
    if (kind === 'build') {
      const entry = buildEntryOf(relative);
      if (!entry || !buildUsed.has(index) || isUsed(e, index, entry)) keep.add(name);
    } else if (kind === 'module') {
      if (e.type === '5') moduleDirs.push({ name, index, relative });
      else if (e.type === '0' && goSumNames(relative, policy.sums)) {
        keep.add(name);
        keptModulePaths.add(`${index}/${relative}`);
      }
    } else keep.add(name);
  }
  // A module-cache directory stays when it is the cache's root or holds something kept.
  const keptAncestors = new Set<string>();
  for (const p of keptModulePaths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) keptAncestors.add(parts.slice(0, i).join('/'));
  }
  for (const d of moduleDirs)
    if (d.relative === '' || keptAncestors.has(`${d.index}/${d.relative}`)) keep.add(d.name);
  // A kept hard link needs the member it links to.
  for (const e of entries)
    if (e.type === '1' && e.linkname && keep.has(e.name.replace(/^(?:\.\/)+/, '')))
      keep.add(e.linkname.replace(/^(?:\.\/)+/, ''));
  let keptEntries = 0;
  let keptBytes = 0;
  let trimmedEntries = 0;
  let trimmedBytes = 0;
  for (const e of entries) {
    if (keep.has(e.name.replace(/^(?:\.\/)+/, ''))) {
      keptEntries++;
      keptBytes += e.size;
    } else {
      trimmedEntries++;
      trimmedBytes += e.size;
    }
  }
  const untouched = [...kinds]
    .filter(([index, kind]) => kind === 'build' && usedAfter !== undefined && !buildUsed.has(index))
    .map(([index]) => index);
  return {
    keep,
    kept: { entries: keptEntries, bytes: keptBytes },
    trimmed: { entries: trimmedEntries, bytes: trimmedBytes },
    untouched,
  };
}

/** Trims the cache archive in place (see planTrim); returns the plan's totals. */
export async function trimCacheArchive(archive: string, policy: TrimPolicy): Promise<Omit<TrimPlan, 'keep'>> {
  const plan = planTrim(await readTarIndex(archive), policy);
  if (plan.trimmed.entries > 0) await rewriteArchive(archive, plan.keep);
  return { kept: plan.kept, trimmed: plan.trimmed, untouched: plan.untouched };
}
