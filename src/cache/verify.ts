/**
 * What a restored Go cache archive may put into the builder. A cache entry is only as trusted as the run that
 * wrote it, so before injection: an archive with a member name or link that could leave its directory (`..`,
 * an absolute path) is refused whole, and the module cache (GOMODCACHE) keeps only what go.sum vouches for:
 * each `cache/download/<module>/@v/<version>.zip` whose contents hash (Go's h1 dirhash) to the go.sum line, with
 * its `.ziphash`, and each `.mod` that hashes to its `/go.mod` line. Everything else of it (extracted module
 * trees, which go trusts without re-hashing; VCS checkouts; checksum database caches; modules go.sum does not
 * list) is dropped: go re-extracts a verified zip, and downloads the rest. The build cache (GOCACHE) cannot be
 * checked this way: key scoping (src/cache/scope.ts) is what protects it. Pure over bytes, plus a tar rewrite.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { inflateRawSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import type { TarMember } from '../image/tar-index.js';
import { readTarIndex } from '../image/tar-index.js';

export class UnsafeCacheArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeCacheArchiveError';
  }
}

/** Why a member's name or link target could leave the directory it is unpacked into, if it could. Pure. */
export function unsafeMember(m: Pick<TarMember, 'name' | 'type' | 'linkname'>): string | undefined {
  const escapes = (p: string) => p.startsWith('/') || p.split('/').includes('..') || p.includes('\0');
  if (escapes(m.name)) return `member ${JSON.stringify(m.name)} leaves the archive's directory`;
  if ((m.type === '1' || m.type === '2') && escapes(m.linkname))
    return `link ${JSON.stringify(m.name)} points at ${JSON.stringify(m.linkname)}, outside the archive`;
  return undefined;
}

/** go.sum lines: `<module> <version> h1:…` and `<module> <version>/go.mod h1:…`, keyed `module@version[/go.mod]`. */
export function parseGoSum(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length === 3 && f[2]?.startsWith('h1:')) sums.set(`${f[0]}@${f[1]}`, f[2]);
  }
  return sums;
}

/** Go's module path escaping undone (`!a` → `A`); undefined for an invalid escape. Pure. */
function unescapeModulePath(escaped: string): string | undefined {
  if (/[A-Z]/.test(escaped) || /![^a-z]|!$/.test(escaped)) return undefined;
  return escaped.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

const sha256hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Go's dirhash Hash1 over (name, content-sha256) pairs: the `h1:` of go.sum. Pure. */
function hash1(files: readonly (readonly [string, string])[]): string | undefined {
  if (files.some(([name]) => name.includes('\n'))) return undefined;
  const sorted = [...files].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const summary = sorted.map(([name, sum]) => `${sum}  ${name}\n`).join('');
  return `h1:${createHash('sha256').update(summary).digest('base64')}`;
}

/** The h1 of a module zip (Go's dirhash.HashZip); undefined when it is not a zip we can read. Pure. */
export function zipHash1(zip: Buffer): string | undefined {
  try {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
      if (zip.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    if (count === 0xffff || p === 0xffffffff) return undefined; // zip64: not a module zip we accept
    const files: [string, string][] = [];
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(p) !== 0x02014b50) return undefined;
      const method = zip.readUInt16LE(p + 10);
      const compressed = zip.readUInt32LE(p + 20);
      const size = zip.readUInt32LE(p + 24);
      const nameLength = zip.readUInt16LE(p + 28);
      const local = zip.readUInt32LE(p + 42);
      const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
      if (zip.readUInt32LE(local) !== 0x04034b50) return undefined;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(start, start + compressed);
      if (raw.length !== compressed) return undefined;
      const content = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : undefined;
      if (!content || content.length !== size) return undefined;
      files.push([name, sha256hex(content)]);
      p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    return hash1(files);
  } catch {
    return undefined;
  }
}

/** The h1 of a go.mod file, as go.sum's `/go.mod` line has it. Pure. */
export function goModHash1(content: Buffer): string | undefined {
  return hash1([['go.mod', sha256hex(content)]]);
}

/** A download-cache member: `cache/download/<escaped module>/@v/<escaped version>.<ext>`. Pure. */
export function downloadMember(
  relative: string,
): { module: string; version: string; ext: string } | undefined {
  const m = /^cache\/download\/(.+)\/@v\/([^/]+)\.(zip|ziphash|mod|info|lock)$/.exec(relative);
  if (!m) return undefined;
  const module = unescapeModulePath(m[1] as string);
  const version = unescapeModulePath(m[2] as string);
  return module && version ? { module, version, ext: m[3] as string } : undefined;
}

/** Largest module zip read for verification (Go's own limit is 500 MB). */
const MAX_ZIP_BYTES = 512 * 1024 * 1024;

export interface ModuleCacheCheck {
  readonly verified: number;
  readonly dropped: number;
}

async function readMember(file: string, m: TarMember): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(m.size);
    await handle.read(buf, 0, m.size, m.offset);
    return buf;
  } finally {
    await handle.close();
  }
}

function stripDot(name: string): string {
  return name.replace(/^\.\//, '');
}

/**
 * The members to keep of a cache archive: refuses it (UnsafeCacheArchiveError) when a member could leave its
 * directory; in each module cache (an index holding `cache/download/`) keeps only what `sums` vouches for.
 */
export async function membersToKeep(
  archive: string,
  sums: ReadonlyMap<string, string>,
): Promise<{ keep: Set<string>; check: ModuleCacheCheck }> {
  const members = await readTarIndex(archive);
  for (const m of members) {
    const why = unsafeMember(m);
    if (why) throw new UnsafeCacheArchiveError(`the restored Go cache archive is refused: ${why}`);
  }
  const modIndexes = new Set(
    members
      .map((m) => /^(\d+)\/cache\/download\//.exec(stripDot(m.name))?.[1])
      .filter((i): i is string => i !== undefined),
  );
  const keep = new Set<string>();
  const verifiedZips = new Set<string>();
  let verified = 0;
  let dropped = 0;
  // Zips first: a .ziphash is kept only next to its verified zip.
  const ordered = [...members].sort(
    (a, b) => Number(!a.name.endsWith('.zip')) - Number(!b.name.endsWith('.zip')),
  );
  for (const m of ordered) {
    const name = stripDot(m.name);
    const [index, ...rest] = name.split('/');
    const relative = rest.join('/');
    if (!modIndexes.has(index as string)) {
      keep.add(name);
      continue;
    }
    // Directories of the download cache stay; an extracted module's directory goes with its files: go takes a
    // module directory that exists for an extracted module and would not re-extract the verified zip into it.
    if (m.type === '5') {
      const dir = relative.replace(/\/$/, '');
      if (dir === '' || dir === 'cache' || dir === 'cache/download' || dir.startsWith('cache/download/'))
        keep.add(name);
      else dropped++;
      continue;
    }
    const d = downloadMember(relative);
    const id = d ? `${d.module}@${d.version}` : '';
    let ok = false;
    if (d && m.type === '0') {
      if (d.ext === 'zip' && m.size <= MAX_ZIP_BYTES) {
        ok = sums.get(id) !== undefined && zipHash1(await readMember(archive, m)) === sums.get(id);
        if (ok) verifiedZips.add(`${index}/${id}`);
      } else if (d.ext === 'ziphash') {
        ok =
          verifiedZips.has(`${index}/${id}`) &&
          (await readMember(archive, m)).toString('utf8').trim() === sums.get(id);
      } else if (d.ext === 'mod') {
        ok = goModHash1(await readMember(archive, m)) === sums.get(`${id}/go.mod`);
      } else ok = d.ext === 'info' || d.ext === 'lock';
    }
    if (ok) {
      keep.add(name);
      if (d?.ext === 'zip' || d?.ext === 'mod') verified++;
    } else dropped++;
  }
  return { keep, check: { verified, dropped } };
}

/** Rewrites the archive in place with only the members `keep` names. */
export async function rewriteArchive(archive: string, keep: ReadonlySet<string>): Promise<void> {
  const tmp = `${archive}.verified`;
  const ex = extract();
  const pk = pack();
  const written = pipeline(pk, createWriteStream(tmp));
  ex.on('entry', (header, stream, next) => {
    if (!keep.has(stripDot(header.name))) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    stream.pipe(pk.entry(header, next));
  });
  ex.on('finish', () => pk.finalize());
  try {
    await pipeline(createReadStream(archive), ex);
    await written;
    await rename(tmp, archive);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Checks a restored cache archive in place (see the module comment); returns what was kept and dropped. */
export async function verifyCacheArchive(
  archive: string,
  sums: ReadonlyMap<string, string>,
): Promise<ModuleCacheCheck> {
  const { keep, check } = await membersToKeep(archive, sums);
  if (check.dropped > 0) await rewriteArchive(archive, keep);
  return check;
}
