/**
 * Just enough of an OCI archive (the tar `buildx --output type=oci` writes) to compare two builds: the
 * per-platform manifests and, for a layer, the digest of every file in it. Streams; keeps no file contents.
 */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { extract } from 'tar-stream';

/** Reads the named entries of a tar fully (small JSON files), skipping everything else. */
export async function readEntries(
  tarPath: string,
  wanted: (name: string) => boolean,
  maxBytes = 16 * 1024 * 1024,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      const name = header.name.replace(/^\.\//, '');
      if (header.type === 'file' && wanted(name) && (header.size ?? 0) <= maxBytes) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: unknown) => chunks.push(c as Buffer));
        stream.on('end', () => {
          out.set(name, Buffer.concat(chunks));
          next();
        });
      } else {
        stream.on('end', () => next());
        stream.resume();
      }
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  createReadStream(tarPath)
    .on('error', (e) => ex.destroy(e))
    .pipe(ex);
  await done;
  return out;
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface PlatformManifest {
  readonly platform: string;
  readonly digest: string;
  readonly config: string;
  readonly layers: readonly string[];
}

const blobName = (digest: string) => `blobs/${digest.replace(':', '/')}`;

function isIndex(d: Descriptor): boolean {
  return /image\.index|manifest\.list/.test(d.mediaType ?? '');
}

/** The image manifests of an OCI archive by platform (attestation manifests left out). */
export async function platformManifests(tarPath: string): Promise<PlatformManifest[]> {
  const files = await readEntries(
    tarPath,
    (n) => n === 'index.json' || n.startsWith('blobs/'),
    4 * 1024 * 1024,
  );
  const json = <T>(name: string): T => {
    const b = files.get(name);
    if (!b) throw new Error(`${tarPath}: ${name} is missing`);
    return JSON.parse(b.toString('utf8')) as T;
  };
  const result: PlatformManifest[] = [];
  const visit = (descs: Descriptor[], depth: number) => {
    for (const d of descs) {
      if (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
      if (isIndex(d)) {
        if (depth < 4)
          visit(json<{ manifests: Descriptor[] }>(blobName(d.digest)).manifests ?? [], depth + 1);
        continue;
      }
      const m = json<{ config: Descriptor; layers: Descriptor[] }>(blobName(d.digest));
      const p = d.platform;
      const platform = p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : 'unknown';
      result.push({
        platform,
        digest: d.digest,
        config: m.config.digest,
        layers: m.layers.map((l) => l.digest),
      });
    }
  };
  visit(json<{ manifests: Descriptor[] }>('index.json').manifests ?? [], 0);
  return result;
}

export interface FileDigest {
  readonly sha256: string;
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
}

/**
 * Every file of the given layers (in order; later layers win; whiteouts remove), by path. The contents of
 * the paths in `capture` (up to 256 MiB each) are kept in `captured`.
 */
export async function layerFiles(
  tarPath: string,
  layers: readonly string[],
  capture: ReadonlySet<string> = new Set(),
  captured: Map<string, Buffer> = new Map(),
): Promise<Map<string, FileDigest>> {
  const files = new Map<string, FileDigest>();
  for (const layer of layers) {
    const perLayer = new Map<string, FileDigest | null>();
    const outer = extract();
    const done = new Promise<void>((resolve, reject) => {
      outer.on('entry', (header, stream, next) => {
        if (header.name.replace(/^\.\//, '') !== blobName(layer)) {
          stream.on('end', () => next());
          stream.resume();
          return;
        }
        const inner = extract();
        inner.on('entry', (h, s, n) => {
          const name = `/${h.name.replace(/^\.?\//, '').replace(/\/$/, '')}`;
          const base = name.slice(name.lastIndexOf('/') + 1);
          if (base.startsWith('.wh.')) {
            perLayer.set(`${name.slice(0, name.lastIndexOf('/'))}/${base.slice(4)}`, null);
            s.on('end', () => n());
            s.resume();
            return;
          }
          const hash = createHash('sha256');
          const keep: Buffer[] | undefined =
            capture.has(name) && (h.size ?? 0) <= 256 * 1024 * 1024 ? [] : undefined;
          s.on('data', (c: unknown) => {
            hash.update(c as Buffer);
            keep?.push(c as Buffer);
          });
          s.on('end', () => {
            if (keep) captured.set(name, Buffer.concat(keep));
            if (h.type === 'symlink') hash.update(`-> ${h.linkname ?? ''}`);
            perLayer.set(name, {
              sha256: hash.digest('hex'),
              size: h.size ?? 0,
              mode: h.mode ?? 0,
              mtime: h.mtime ? h.mtime.getTime() : 0,
            });
            n();
          });
        });
        inner.on('finish', () => next());
        inner.on('error', reject);
        // Layers are gzip-compressed, or not: look at the magic bytes.
        let decided = false;
        const source = new Readable({ read() {} });
        stream.on('data', (data: unknown) => {
          const c = data as Buffer;
          if (!decided) {
            decided = true;
            const gz = c[0] === 0x1f && c[1] === 0x8b;
            (gz ? source.pipe(createGunzip()) : source).pipe(inner);
          }
          source.push(c);
        });
        stream.on('end', () => {
          if (!decided) source.pipe(inner); // an empty layer
          source.push(null);
        });
      });
      outer.on('finish', resolve);
      outer.on('error', reject);
    });
    createReadStream(tarPath)
      .on('error', (e) => outer.destroy(e))
      .pipe(outer);
    await done;
    for (const [p, f] of perLayer) {
      if (f === null) files.delete(p);
      else files.set(p, f);
    }
  }
  return files;
}

export interface FileDifference {
  readonly path: string;
  readonly what: 'content' | 'mode' | 'time' | 'only in first' | 'only in second';
  /** For `time`: the file's modification time in each image (ms since 1970). */
  readonly times?: readonly [number, number];
}

/** Differences between two file maps, sorted by path. Pure. */
export function diffFiles(
  a: ReadonlyMap<string, FileDigest>,
  b: ReadonlyMap<string, FileDigest>,
): FileDifference[] {
  const out: FileDifference[] = [];
  for (const p of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(p);
    const y = b.get(p);
    if (!x) out.push({ path: p, what: 'only in second' });
    else if (!y) out.push({ path: p, what: 'only in first' });
    else if (x.sha256 !== y.sha256) out.push({ path: p, what: 'content' });
    else if (x.mode !== y.mode) out.push({ path: p, what: 'mode' });
    else if (x.mtime !== y.mtime) out.push({ path: p, what: 'time', times: [x.mtime, y.mtime] });
  }
  return out.sort((m, n) => m.path.localeCompare(n.path));
}
