/**
 * The final filesystem of an image, built by streaming its layers once, in order: whiteouts and opaque
 * directories applied, hard links tied to their targets, every path normalized inside the image root (a `../`
 * or absolute member name is clamped to the root, never followed out of it). No file is written anywhere:
 * contents are looked at in passing, and only what the caller asks for is kept (small files in full, and the
 * result of an inspector run on files whose first bytes it wants, such as ELF binaries).
 */
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { extract } from 'tar-stream';
import type { ImageSource } from './source.js';
import { ImageFormatError } from './source.js';
import type { ImageManifest, LayerBlob } from './manifest.js';

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface FsEntry<T = unknown> {
  /** Absolute and normalized: `/usr/bin/app`. */
  readonly path: string;
  readonly type: EntryType;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  /** A symlink's target as written, or a hard link's target path (normalized). */
  readonly linkname?: string;
  /** Modification time (ms since 1970). */
  readonly mtime: number;
  /** Index of the layer the entry comes from. */
  readonly layer: number;
  /** sha256 of the content (a symlink: of `-> target`), when the reader was asked to hash. */
  readonly sha256?: string;
  /** The file's bytes, when the caller's `capture` asked for them. */
  readonly content?: Buffer;
  /** What the inspector made of the file, when it looked at it. */
  readonly inspected?: T;
}

export interface LayerStats {
  readonly blob: LayerBlob;
  /** Bytes of the files in the layer (uncompressed, as the tar headers give them). */
  readonly contentBytes: number;
  readonly entries: number;
  readonly whiteouts: number;
}

export interface ImageFilesystem<T = unknown> {
  readonly entries: ReadonlyMap<string, FsEntry<T>>;
  readonly layers: readonly LayerStats[];
  /** Member names that pointed outside the image root (clamped) and similar oddities, for the report. */
  readonly oddities: readonly string[];
}

export interface Inspector<T> {
  /** Whether to look at a file given its first bytes (at least 16, fewer only for smaller files). */
  wants(head: Uint8Array, path: string): boolean;
  /** Largest file to read in full for inspection; bigger ones are skipped. */
  readonly maxBytes: number;
  /** What the file is, or undefined when it is nothing of interest after all. */
  inspect(bytes: Buffer, path: string): T | undefined;
}

export interface ReadOptions<T> {
  /** Small files to keep in full (up to captureMaxBytes). */
  capture?(path: string, size: number): boolean;
  captureMaxBytes?: number;
  inspector?: Inspector<T>;
  /** Hash every entry's content (sha256), to compare two images file by file. */
  hash?: boolean;
  /** Guard against crafted archives: the most entries and bytes declared in all layers. */
  maxEntries?: number;
  maxContentBytes?: number;
  /** How far one layer may expand when decompressed (default DEFAULT_LAYER_EXPANSION). */
  layerExpansion?: LayerExpansion;
  /** Told how many decompressed bytes a layer has given so far (tests, progress). */
  onLayerBytes?(layer: number, bytes: number): void;
}

/**
 * The decompressed-size budget of one layer: `ratio` times its stored (compressed) size, at least
 * `floorBytes` (small layers of highly compressible files) and at most `capBytes`.
 */
export interface LayerExpansion {
  readonly ratio: number;
  readonly floorBytes: number;
  readonly capBytes: number;
}

/**
 * Ordinary layers expand 2-10 times (text-heavy ones up to about 20); 100 times leaves room for files of
 * zeros while a gzip bomb (about 1000 times) stops early. 64 MiB covers small layers whatever their ratio;
 * 64 GiB bounds the largest layer we read.
 */
export const DEFAULT_LAYER_EXPANSION: LayerExpansion = {
  ratio: 100,
  floorBytes: 64 * 1024 ** 2,
  capBytes: 64 * 1024 ** 3,
};

/** The most bytes a layer stored in `storedBytes` may expand to. Pure. */
export function layerBudget(storedBytes: number, e: LayerExpansion = DEFAULT_LAYER_EXPANSION): number {
  return Math.min(e.capBytes, Math.max(e.floorBytes, e.ratio * Math.max(0, storedBytes)));
}

/** `./a/../../b//c/` -> `/b/c`, with whether the name tried to leave the root. Pure. */
export function normalizeMemberPath(name: string): { path: string; escaped: boolean } {
  const out: string[] = [];
  let escaped = name.startsWith('/');
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) escaped = true;
      else out.pop();
      continue;
    }
    out.push(part);
  }
  return { path: `/${out.join('/')}`, escaped };
}

export function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

type Decompressor = () => NodeJS.ReadWriteStream;

function decompressorFor(head: Uint8Array, location: string, layer: LayerBlob): Decompressor | undefined {
  if (startsWith(head, GZIP)) return () => zlib.createGunzip();
  if (startsWith(head, ZSTD)) {
    const zstd = (zlib as unknown as { createZstdDecompress?: Decompressor }).createZstdDecompress;
    if (!zstd)
      throw new ImageFormatError(
        location,
        `layer ${layer.digest ?? layer.name} is zstd-compressed; reading it needs Node.js 22.15 or newer`,
      );
    return zstd;
  }
  return undefined;
}

/**
 * The layer's decompressed tar stream, the compression told by the magic bytes; it fails with an error
 * naming the layer once it gives more than `budget` bytes.
 */
async function layerTar(
  source: ImageSource,
  layer: LayerBlob,
  index: number,
  budget: number,
  onBytes?: (bytes: number) => void,
): Promise<Readable> {
  const raw = source.open(layer.name);
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
  const decompress = decompressorFor(head, source.location, layer);
  const body = Readable.from(
    (async function* () {
      if (head.length > 0) yield head;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        yield n.value;
      }
    })(),
    { objectMode: false },
  );
  if (!decompress) return body;
  const d = decompress();
  body.on('error', (e) => d.emit('error', e));
  let given = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      given += chunk.length;
      onBytes?.(given);
      if (given > budget) {
        body.destroy();
        done(
          new ImageFormatError(
            source.location,
            `layer ${index} (${layer.digest ?? layer.name}) expands beyond ${budget} bytes from ${source.size(layer.name)} stored: a decompression bomb, or a layer larger than go-container-ci reads`,
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
  d.on('error', (e) => limit.destroy(e));
  return body.pipe(d).pipe(limit);
}

const HEAD_BYTES = 64;

const sha256Of = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads one regular file of a layer in a single pass: hashed when asked, kept whole when captured, and kept
 * whole for the inspector only once its first bytes say it wants the file; otherwise the data just streams by.
 */
async function readFileEntry<T>(
  entry: AsyncIterable<unknown> & { resume(): unknown },
  p: string,
  size: number,
  opts: { capture: boolean; inspector?: Inspector<T>; hash: boolean },
): Promise<{ content?: Buffer; inspected?: T; sha256?: string }> {
  const { inspector } = opts;
  const inspectable = inspector !== undefined && size > 0 && size <= inspector.maxBytes;
  if (!opts.capture && !inspectable && !opts.hash) {
    entry.resume();
    return {};
  }
  const hash = opts.hash ? createHash('sha256') : undefined;
  let buf = opts.capture ? Buffer.allocUnsafe(size) : undefined;
  let at = 0;
  // Chunks held until the inspector has seen the first bytes (only when not capturing anyway).
  let pending: Buffer[] | undefined = !opts.capture && inspectable ? [] : undefined;
  let pendingLength = 0;
  for await (const c of entry) {
    const chunk = c as Buffer;
    hash?.update(chunk);
    if (buf) {
      at += chunk.copy(buf, at);
      continue;
    }
    if (!pending) continue;
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength < Math.min(HEAD_BYTES, size)) continue;
    if (inspector?.wants(Buffer.concat(pending).subarray(0, HEAD_BYTES), p)) {
      buf = Buffer.allocUnsafe(size);
      for (const q of pending) at += q.copy(buf, at);
    }
    pending = undefined;
  }
  const bytes = buf?.subarray(0, at);
  const inspected =
    bytes && inspectable && (!opts.capture || inspector.wants(bytes.subarray(0, HEAD_BYTES), p))
      ? inspector.inspect(bytes, p)
      : undefined;
  return {
    ...(opts.capture && bytes ? { content: bytes } : {}),
    ...(inspected !== undefined ? { inspected } : {}),
    ...(hash ? { sha256: hash.digest('hex') } : {}),
  };
}

type EntryCommon = Pick<FsEntry, 'path' | 'mode' | 'uid' | 'gid' | 'size' | 'mtime' | 'layer'>;

/** A tar member without content of its own: directory, symlink, hard link (to an entry read before) or other. */
function contentlessEntry<T>(
  h: { type?: string | null; linkname?: string | null },
  common: EntryCommon,
  linked: (target: string) => FsEntry<T> | undefined,
  hash: boolean,
): FsEntry<T> {
  if (h.type === 'directory')
    return { ...common, type: 'directory', ...(hash ? { sha256: sha256Of('') } : {}) };
  if (h.type === 'symlink')
    return {
      ...common,
      type: 'symlink',
      linkname: h.linkname ?? '',
      ...(hash ? { sha256: sha256Of(`-> ${h.linkname ?? ''}`) } : {}),
    };
  if (h.type !== 'link') return { ...common, type: 'other' };
  const target = normalizeMemberPath(h.linkname ?? '').path;
  const t = linked(target);
  return {
    ...common,
    type: 'hardlink',
    linkname: target,
    size: t?.size ?? 0,
    ...(t?.content ? { content: t.content } : {}),
    ...(t?.inspected !== undefined ? { inspected: t.inspected } : {}),
    ...(t?.sha256 ? { sha256: t.sha256 } : {}),
  };
}

/**
 * Lays a layer over the file system: whiteouts and opaque directories hide what lower layers had; a
 * non-directory replaces a directory with everything under it.
 */
function applyLayer<T>(
  fs: Map<string, FsEntry<T>>,
  layerEntries: ReadonlyMap<string, FsEntry<T>>,
  deleted: ReadonlySet<string>,
  opaque: ReadonlySet<string>,
): void {
  const replacedDirs = new Set<string>();
  for (const [p, e] of layerEntries)
    if (e.type !== 'directory' && fs.get(p)?.type === 'directory') replacedDirs.add(p);
  if (deleted.size > 0 || opaque.size > 0 || replacedDirs.size > 0) {
    for (const p of [...fs.keys()]) {
      for (let a = p; ; a = parentOf(a)) {
        if (deleted.has(a) || (a !== p && (opaque.has(a) || replacedDirs.has(a)))) {
          fs.delete(p);
          break;
        }
        if (a === '/') break;
      }
    }
  }
  for (const [p, e] of layerEntries) fs.set(p, e);
}

/** Streams the image's layers and returns its final filesystem. */
export async function readFilesystem<T = unknown>(
  source: ImageSource,
  image: ImageManifest,
  options: ReadOptions<T> = {},
): Promise<ImageFilesystem<T>> {
  const captureMax = options.captureMaxBytes ?? 1024 * 1024;
  const maxEntries = options.maxEntries ?? 5_000_000;
  const maxContent = options.maxContentBytes ?? 256 * 1024 ** 3;
  const fs = new Map<string, FsEntry<T>>();
  const layers: LayerStats[] = [];
  const oddities: string[] = [];
  let totalEntries = 0;
  let totalContent = 0;

  for (const [index, blob] of image.layers.entries()) {
    const layerEntries = new Map<string, FsEntry<T>>();
    const deleted = new Set<string>();
    const opaque = new Set<string>();
    let contentBytes = 0;
    let count = 0;
    let whiteouts = 0;
    const ex = extract();
    const budget = layerBudget(source.size(blob.name), options.layerExpansion);
    const tar = await layerTar(source, blob, index, budget, (n) => options.onLayerBytes?.(index, n));
    // The entry being read is destroyed too: destroying the extractor alone leaves a paused entry waiting.
    let current: { destroy(e?: Error): void } | undefined;
    tar.on('error', (e: Error) => {
      current?.destroy(e);
      ex.destroy(e);
    });
    tar.pipe(ex as unknown as NodeJS.WritableStream);
    try {
      for await (const entry of ex) {
        current = entry as unknown as { destroy(e?: Error): void };
        const h = entry.header;
        count++;
        if (++totalEntries > maxEntries)
          throw new ImageFormatError(source.location, `more than ${maxEntries} files in the image`);
        const size = h.size ?? 0;
        totalContent += size;
        if (totalContent > maxContent)
          throw new ImageFormatError(source.location, `more than ${maxContent} bytes of files in the image`);
        const { path: p, escaped } = normalizeMemberPath(h.name);
        if (escaped && oddities.length < 100)
          oddities.push(
            `layer ${index}: member ${JSON.stringify(h.name)} points outside the root; read as ${p}`,
          );
        const base = p.slice(p.lastIndexOf('/') + 1);
        if (base.startsWith('.wh.')) {
          whiteouts++;
          if (base === '.wh..wh..opq') opaque.add(parentOf(p));
          else deleted.add(`${parentOf(p) === '/' ? '' : parentOf(p)}/${base.slice(4)}`);
          entry.resume();
          continue;
        }
        const common = {
          path: p,
          mode: h.mode ?? 0,
          uid: h.uid ?? 0,
          gid: h.gid ?? 0,
          size,
          mtime: h.mtime ? h.mtime.getTime() : 0,
          layer: index,
        };
        if (h.type === 'file' || h.type === 'contiguous-file') {
          contentBytes += size;
          const read = await readFileEntry(entry, p, size, {
            capture: size <= captureMax && options.capture?.(p, size) === true,
            ...(options.inspector ? { inspector: options.inspector } : {}),
            hash: options.hash === true,
          });
          layerEntries.set(p, { ...common, type: 'file', ...read });
          continue;
        }
        entry.resume();
        const linked = (target: string) => layerEntries.get(target) ?? fs.get(target);
        layerEntries.set(p, contentlessEntry(h, common, linked, options.hash === true));
      }
    } catch (e) {
      tar.destroy();
      if (e instanceof ImageFormatError) throw e;
      throw new ImageFormatError(
        source.location,
        `layer ${index} (${blob.digest ?? blob.name}) cannot be read: ${(e as Error).message}`,
      );
    }
    applyLayer(fs, layerEntries, deleted, opaque);
    layers.push({ blob, contentBytes, entries: count, whiteouts });
  }
  return { entries: fs, layers, oddities };
}
