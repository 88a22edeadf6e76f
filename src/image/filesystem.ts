/**
 * The final filesystem of an image, built by streaming its layers once, in order: whiteouts and opaque
 * directories applied, hard links tied to their targets, every path normalized inside the image root (a `../`
 * or absolute member name is clamped to the root, never followed out of it). No file is written anywhere:
 * contents are looked at in passing, and only what the caller asks for is kept (small files in full, and the
 * result of an inspector run on files whose first bytes it wants, such as ELF binaries).
 */
import { Readable } from 'node:stream';
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
  /** Index of the layer the entry comes from. */
  readonly layer: number;
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
  /** Guard against crafted archives: the most entries and bytes declared in all layers. */
  maxEntries?: number;
  maxContentBytes?: number;
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

/** The layer's decompressed tar stream, the compression told by the magic bytes. */
async function layerTar(source: ImageSource, layer: LayerBlob): Promise<Readable> {
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
  return body.pipe(d) as unknown as Readable;
}

/** Reads up to `size` bytes of an entry into one buffer (the rest drained). */
async function readAll(entry: AsyncIterable<unknown>, size: number, keep: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(Math.min(size, keep));
  let at = 0;
  for await (const c of entry) {
    const chunk = c as Buffer;
    if (at < buf.length) at += chunk.copy(buf, at, 0, Math.min(chunk.length, buf.length - at));
  }
  return buf.subarray(0, at);
}

/** The first bytes of an entry; the caller decides whether to read on. */
async function readHead(
  it: AsyncIterator<unknown>,
  want: number,
): Promise<{ head: Buffer; chunks: Buffer[]; done: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < want) {
    const n = await it.next();
    if (n.done) return { head: Buffer.concat(chunks), chunks, done: true };
    chunks.push(n.value as Buffer);
    length += (n.value as Buffer).length;
  }
  return { head: Buffer.concat(chunks).subarray(0, want), chunks, done: false };
}

const HEAD_BYTES = 64;

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
    const tar = await layerTar(source, blob);
    tar.on('error', (e: Error) => ex.destroy(e));
    tar.pipe(ex as unknown as NodeJS.WritableStream);
    try {
      for await (const entry of ex) {
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
          layer: index,
        };
        if (h.type === 'file' || h.type === 'contiguous-file') {
          contentBytes += size;
          let content: Buffer | undefined;
          let inspected: T | undefined;
          const inspector = options.inspector;
          const wantsCapture = size <= captureMax && options.capture?.(p, size) === true;
          if (wantsCapture) {
            content = await readAll(entry, size, size);
            if (
              inspector &&
              size <= inspector.maxBytes &&
              inspector.wants(content.subarray(0, HEAD_BYTES), p)
            )
              inspected = inspector.inspect(content, p);
          } else if (inspector && size > 0 && size <= inspector.maxBytes) {
            const it = entry[Symbol.asyncIterator]();
            const { head, chunks, done } = await readHead(it, Math.min(HEAD_BYTES, size));
            if (inspector.wants(head, p)) {
              const buf = Buffer.allocUnsafe(size);
              let at = 0;
              for (const c of chunks) at += c.copy(buf, at);
              if (!done)
                for (;;) {
                  const n = await it.next();
                  if (n.done) break;
                  at += (n.value as Buffer).copy(buf, at);
                }
              inspected = inspector.inspect(buf.subarray(0, at), p);
            } else if (!done) {
              for (;;) if ((await it.next()).done) break;
            }
          } else {
            entry.resume();
          }
          layerEntries.set(p, {
            ...common,
            type: 'file',
            ...(content ? { content } : {}),
            ...(inspected !== undefined ? { inspected } : {}),
          });
          continue;
        }
        entry.resume();
        if (h.type === 'directory') layerEntries.set(p, { ...common, type: 'directory' });
        else if (h.type === 'symlink')
          layerEntries.set(p, { ...common, type: 'symlink', linkname: h.linkname ?? '' });
        else if (h.type === 'link') {
          const target = normalizeMemberPath(h.linkname ?? '').path;
          const t = layerEntries.get(target) ?? fs.get(target);
          layerEntries.set(p, {
            ...common,
            type: 'hardlink',
            linkname: target,
            size: t?.size ?? 0,
            ...(t?.content ? { content: t.content } : {}),
            ...(t?.inspected !== undefined ? { inspected: t.inspected } : {}),
          });
        } else layerEntries.set(p, { ...common, type: 'other' });
      }
    } catch (e) {
      tar.destroy();
      if (e instanceof ImageFormatError) throw e;
      throw new ImageFormatError(
        source.location,
        `layer ${index} (${blob.digest ?? blob.name}) cannot be read: ${(e as Error).message}`,
      );
    }
    // Whiteouts and opaque directories hide what lower layers had; a non-directory replaces a directory
    // with everything under it.
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
    layers.push({ blob, contentBytes, entries: count, whiteouts });
  }
  return { entries: fs, layers, oddities };
}
