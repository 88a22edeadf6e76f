/**
 * Saving the Go caches as a delta: the host keeps the archive it restored (and checked), so after the build
 * only what is new or changed in the builder's caches leaves it (src/cache/dance.ts, deltaCopy), with the list of
 * what the build used. The saved archive is the restored members the trim keeps (src/cache/trim.ts: used, or
 * named by go.sum) plus the delta's. Pure planning (`knownLines`, `usedPaths`, `planMerge`) plus the archive
 * reads and the merged write.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { TarMember } from '../image/tar-index.js';
import { readTarIndex } from '../image/tar-index.js';
import { KNOWN_DIR, SMALL_FILE_BYTES } from './dance.js';
import { planTrim, splitName, type ArchiveEntry, type TrimPlan, type TrimPolicy } from './trim.js';

/** A member name without leading `./` or a trailing `/`. Pure. */
export function cleanName(name: string): string {
  return name.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
}

/** The delta's member that lists what the build used of cache `index`. */
const USED_LIST = /^gcc-used-(\d+)\.list$/;

/** A restored regular file as the known lists see it: its md5 (hex) when it is small. */
export type KnownMember = Pick<TarMember, 'name' | 'type' | 'size'> & { readonly md5?: string };

export interface KnownLists {
  /** `<size> ./<path>` of the files larger than SMALL_FILE_BYTES, sorted bytewise. */
  readonly large: string[];
  /** `<md5>  ./<path>` of the others (md5sum's format), sorted bytewise. */
  readonly small: string[];
}

const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Per cache index, the lines the builder compares its newer files against. Pure. */
export function knownLines(members: readonly KnownMember[]): Map<string, KnownLists> {
  const out = new Map<string, KnownLists>();
  for (const m of members) {
    const { index, relative } = splitName(m.name);
    if (!/^\d+$/.test(index) || relative === '' || (m.type !== '0' && m.type !== '7')) continue;
    const lists = out.get(index) ?? { large: [], small: [] };
    out.set(index, lists);
    if (m.size > SMALL_FILE_BYTES) lists.large.push(`${m.size} ./${relative}`);
    else if (m.md5) lists.small.push(`${m.md5}  ./${relative}`);
  }
  for (const lists of out.values()) {
    lists.large.sort(bytewise);
    lists.small.sort(bytewise);
  }
  return out;
}

/** The paths of a used list (`find` output: `.` and `./<path>` lines) relative to the cache. Pure. */
export function usedPaths(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '' || line === '.') continue;
    out.add(line.replace(/^\.\//, '').replace(/\/+$/, ''));
  }
  return out;
}

export interface MergePlan extends Omit<TrimPlan, 'keep'> {
  /** Clean names of the restored archive's members that go into the saved one. */
  readonly fromRestored: Set<string>;
  /** Clean names of the delta's members that go into the saved one. */
  readonly fromDelta: Set<string>;
}

/**
 * Which members of the restored archive and of the delta make the saved archive. A delta member replaces the
 * restored one of the same name (a directory is taken from the restored archive); a restored member counts as
 * used when the build's used list of its cache names it (its mtime in the archive is the previous run's); the
 * trim (planTrim) then decides over both, as if the whole caches had been extracted. `used` is keyed by cache
 * index; `usedAfterMs` is the inject's mark. Pure.
 */
export function planMerge(
  restored: readonly ArchiveEntry[],
  delta: readonly ArchiveEntry[],
  used: ReadonlyMap<string, ReadonlySet<string>>,
  policy: TrimPolicy & { readonly usedAfterMs: number },
): MergePlan {
  const restoredNames = new Set(restored.map((e) => cleanName(e.name)));
  const deltaFiles = new Set<string>();
  const fromDelta: ArchiveEntry[] = [];
  for (const e of delta) {
    const name = cleanName(e.name);
    if (USED_LIST.test(name) || name === '') continue;
    if (e.type === '5' && restoredNames.has(name)) continue;
    deltaFiles.add(name);
    fromDelta.push({ ...e, name });
  }
  const usedSec = Math.floor(policy.usedAfterMs / 1000) + 1;
  const fromRestored: ArchiveEntry[] = [];
  for (const e of restored) {
    const name = cleanName(e.name);
    if (deltaFiles.has(name) || name === '') continue;
    const { index, relative } = splitName(name);
    fromRestored.push({ ...e, name, mtime: used.get(index)?.has(relative) ? usedSec : 0 });
  }
  const plan = planTrim([...fromRestored, ...fromDelta], policy);
  return {
    fromRestored: new Set(fromRestored.map((e) => e.name).filter((n) => plan.keep.has(n))),
    fromDelta: new Set(fromDelta.map((e) => e.name).filter((n) => plan.keep.has(n))),
    kept: plan.kept,
    trimmed: plan.trimmed,
    untouched: plan.untouched,
  };
}

async function readMembers(archive: string, members: readonly TarMember[]): Promise<Buffer[]> {
  const handle = await open(archive, 'r');
  try {
    const out: Buffer[] = [];
    for (const m of members) {
      const buf = Buffer.alloc(m.size);
      if (m.size > 0) await handle.read(buf, 0, m.size, m.offset);
      out.push(buf);
    }
    return out;
  } finally {
    await handle.close();
  }
}

/**
 * Writes the known lists of the restored archive into `contextDir/known/` (one `.large` and one `.small` per
 * cache index) and returns the indexes listed.
 */
export async function writeKnownLists(restored: string, contextDir: string): Promise<Set<number>> {
  const members = await readTarIndex(restored);
  const small = members.filter((m) => (m.type === '0' || m.type === '7') && m.size <= SMALL_FILE_BYTES);
  const contents = await readMembers(restored, small);
  const md5 = new Map(
    small.map((m, i) => [
      m.name,
      createHash('md5')
        .update(contents[i] as Buffer)
        .digest('hex'),
    ]),
  );
  const lists = knownLines(
    members.map((m) => ({ ...m, ...(md5.has(m.name) ? { md5: md5.get(m.name) } : {}) })),
  );
  const dir = path.join(contextDir, KNOWN_DIR);
  await mkdir(dir, { recursive: true });
  const indexes = new Set<number>();
  for (const m of members) {
    const { index } = splitName(m.name);
    if (/^\d+$/.test(index)) indexes.add(Number(index));
  }
  for (const index of indexes) {
    const l = lists.get(String(index)) ?? { large: [], small: [] };
    await writeFile(path.join(dir, `${index}.large`), l.large.map((x) => `${x}\n`).join(''));
    await writeFile(path.join(dir, `${index}.small`), l.small.map((x) => `${x}\n`).join(''));
  }
  return indexes;
}

/** The used lists of a delta archive, by cache index. */
export async function readUsedLists(
  delta: readonly TarMember[],
  archive: string,
): Promise<Map<string, Set<string>>> {
  const lists = delta.filter((m) => USED_LIST.test(cleanName(m.name)));
  const texts = await readMembers(archive, lists);
  return new Map(
    lists.map((m, i) => [
      USED_LIST.exec(cleanName(m.name))?.[1] as string,
      usedPaths((texts[i] as Buffer).toString('utf8')),
    ]),
  );
}

/**
 * The byte ranges of the members `keep` names (clean names), each member's whole record (its header, any pax or
 * long-name record before it, its data padded to 512 bytes), adjacent ranges joined: `[start, end)`. Members are
 * in archive order, as readTarIndex returns them. Pure.
 */
export function keptRanges(
  members: readonly Pick<TarMember, 'name' | 'offset' | 'size'>[],
  keep: ReadonlySet<string>,
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of members) {
    const end = m.offset + Math.ceil(m.size / 512) * 512;
    if (keep.has(cleanName(m.name))) {
      const last = out.at(-1);
      if (last && last[1] === start) last[1] = end;
      else out.push([start, end]);
    }
    start = end;
  }
  return out;
}

/** Appends the byte ranges of `archive` to `out`, as they are (no member is parsed or re-packed). */
async function copyRanges(
  archive: string,
  ranges: readonly [number, number][],
  out: WriteStream,
): Promise<void> {
  for (const [start, end] of ranges)
    if (end > start) await pipeline(createReadStream(archive, { start, end: end - 1 }), out, { end: false });
}

/** Writes the saved archive: the restored members the plan keeps, then the delta's, and the end-of-archive blocks. */
export async function writeMergedArchive(
  restored: { file: string; members: readonly TarMember[] },
  delta: { file: string; members: readonly TarMember[] },
  plan: Pick<MergePlan, 'fromRestored' | 'fromDelta'>,
  out: string,
): Promise<void> {
  const stream = createWriteStream(out);
  const closed = new Promise<void>((resolve, reject) => {
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  try {
    await copyRanges(restored.file, keptRanges(restored.members, plan.fromRestored), stream);
    await copyRanges(delta.file, keptRanges(delta.members, plan.fromDelta), stream);
    stream.end(Buffer.alloc(1024));
  } catch (e) {
    stream.destroy();
    throw e;
  }
  await closed;
}

/** Plans and writes the saved archive from the restored one and the delta the builder exported. */
export async function mergeCacheArchives(
  restored: string,
  delta: string,
  out: string,
  policy: TrimPolicy & { readonly usedAfterMs: number },
): Promise<MergePlan> {
  const restoredMembers = await readTarIndex(restored);
  const deltaMembers = await readTarIndex(delta);
  const plan = planMerge(restoredMembers, deltaMembers, await readUsedLists(deltaMembers, delta), policy);
  await writeMergedArchive(
    { file: restored, members: restoredMembers },
    { file: delta, members: deltaMembers },
    plan,
    out,
  );
  return plan;
}
