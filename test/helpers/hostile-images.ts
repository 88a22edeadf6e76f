/**
 * Generators of hostile images for the image reader (src/image) and the Go binary reader (src/gobin): each
 * writes, into a directory the caller owns (a temp dir), an OCI-layout tar or a `docker save` tar whose layers
 * hold path traversal (`../../escape`, `/abs/path`), symlink loops and symlinks out of the root, a truncated
 * layer, a gzip bomb (1 GiB of zeros in about 1 MB, made as a stream: never held in memory), a tar header
 * claiming a huge size, corrupt ELF files and an ELF with fake Go build-info magic.
 *
 * Everything is built here with tar-stream and zlib; nothing is downloaded. `hostileImages()` writes them all
 * and says, for each, what a careful reader does with it (`expect`).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import tar from 'tar-stream';

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
} as const;

/** One entry of a layer tar. `data` for files; `linkname` for symlinks and hard links. */
export interface LayerEntry {
  readonly name: string;
  readonly type?: 'file' | 'directory' | 'symlink' | 'link';
  readonly data?: Buffer | string;
  readonly linkname?: string;
  readonly mode?: number;
}

/** A layer blob as it is stored: bytes in memory, or a file already written (large layers). */
export interface LayerBlob {
  readonly mediaType: string;
  /** Small blobs. */
  readonly bytes?: Buffer;
  /** Large blobs, streamed from this file into the archive. */
  readonly file?: string;
  readonly digest: string;
  readonly size: number;
  /** The digest of the uncompressed tar (the config's diff_id). */
  readonly diffId: string;
}

export interface HostileImage {
  readonly name: string;
  /** The archive written. */
  readonly file: string;
  readonly format: 'oci' | 'docker-save' | 'elf' | 'raw-tar';
  /** What a careful reader does with it. */
  readonly expect: string;
}

const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A tar of the entries, in memory (for small layers). */
export async function tarOf(entries: readonly LayerEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const done = collect(pack as unknown as Readable);
  for (const e of entries) {
    const type = e.type ?? 'file';
    if (type === 'file') {
      const data = typeof e.data === 'string' ? Buffer.from(e.data) : (e.data ?? Buffer.alloc(0));
      pack.entry({ name: e.name, type, size: data.length, mode: e.mode ?? 0o644, mtime: new Date(0) }, data);
    } else {
      pack.entry({
        name: e.name,
        type,
        ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
        mode: e.mode ?? (type === 'directory' ? 0o755 : 0o777),
        mtime: new Date(0),
      });
    }
  }
  pack.finalize();
  return done;
}

/** A gzipped layer blob from entries. */
export async function layerOf(entries: readonly LayerEntry[]): Promise<LayerBlob> {
  const raw = await tarOf(entries);
  const bytes = gzipSync(raw);
  return {
    mediaType: MEDIA.layerGzip,
    bytes,
    digest: sha256(bytes),
    size: bytes.length,
    diffId: sha256(raw),
  };
}

/** A layer from raw blob bytes as they are (a truncated or otherwise corrupt layer); diff_id is made up. */
export function rawLayer(bytes: Buffer, mediaType: string = MEDIA.layerGzip): LayerBlob {
  return { mediaType, bytes, digest: sha256(bytes), size: bytes.length, diffId: sha256(bytes) };
}

/** Deterministic bytes that do not compress (a hash chain). */
export function noise(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let h = createHash('sha256').update('hostile').digest();
  for (let i = 0; i < bytes; i += h.length) {
    h.copy(out, i);
    h = createHash('sha256').update(h).digest();
  }
  return out;
}

/** Counts and hashes what passes through. */
class Measure extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.push(chunk);
    cb();
  }
}

/** Zeros, `total` bytes of them, in 1 MiB chunks. */
function zeros(total: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

/**
 * A gzip bomb layer: one file of `bytes` zeros (default 1 GiB) in a tar, gzipped at level 9 into `file`
 * (about 1 MB for 1 GiB), streamed: memory stays flat.
 */
export async function gzipBombLayer(file: string, bytes = 1024 ** 3): Promise<LayerBlob> {
  const pack = tar.pack();
  const raw = new Measure();
  const gz = new Measure();
  const written = pipeline(pack, raw, createGzip({ level: 9 }), gz, createWriteStream(file));
  const entry = pack.entry({ name: 'zeros.bin', size: bytes, mode: 0o644, mtime: new Date(0) });
  await pipeline(zeros(bytes), entry as unknown as Writable);
  pack.finalize();
  await written;
  return {
    mediaType: MEDIA.layerGzip,
    file,
    digest: `sha256:${gz.hash.digest('hex')}`,
    size: gz.bytes,
    diffId: `sha256:${raw.hash.digest('hex')}`,
  };
}

/** A 512-byte ustar header, written by hand so it can claim anything (a size the data never has). */
export function ustarHeader(opts: {
  name: string;
  size: number | bigint;
  type?: string;
  linkname?: string;
  mode?: number;
}): Buffer {
  const h = Buffer.alloc(512);
  h.write(opts.name.slice(0, 100), 0, 'utf8');
  h.write(`${(opts.mode ?? 0o644).toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  const size = BigInt(opts.size);
  if (size < 8n ** 11n) {
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  } else {
    // GNU base-256: the high bit of the first byte set, the value big-endian in the rest.
    let v = size;
    for (let i = 135; i > 124; i--) {
      h[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    h[124] = 0x80;
  }
  h.write('00000000000\0', 136, 'ascii');
  h.write(opts.type ?? '0', 156, 'ascii');
  if (opts.linkname) h.write(opts.linkname.slice(0, 100), 157, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** A layer tar whose one header claims `claimed` bytes (default 1 TiB) while a few bytes follow. */
export function hugeSizeClaimTar(claimed: number | bigint = 1024n ** 4n): Buffer {
  const data = Buffer.from('only a few bytes follow the header\n');
  const pad = Buffer.alloc(512 - (data.length % 512));
  return Buffer.concat([ustarHeader({ name: 'huge.bin', size: claimed }), data, pad, Buffer.alloc(1024)]);
}

interface Written {
  readonly manifestDigest: string;
}

async function blobBytes(l: LayerBlob): Promise<Readable> {
  return l.file ? createReadStream(l.file) : Readable.from([l.bytes ?? Buffer.alloc(0)]);
}

/** Adds one entry to an archive being packed, streaming its content. */
async function addEntry(pack: tar.Pack, name: string, content: Buffer | LayerBlob): Promise<void> {
  if (Buffer.isBuffer(content)) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name, size: content.length, mode: 0o644, mtime: new Date(0) }, content, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
    return;
  }
  const size = content.file ? (await stat(content.file)).size : content.size;
  const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0) });
  await pipeline(await blobBytes(content), entry as unknown as Writable);
}

/** The image config; `extra` replaces top-level fields (`config` with Entrypoint, User…). */
function imageConfig(layers: readonly LayerBlob[], extra: Record<string, unknown> = {}) {
  return Buffer.from(
    JSON.stringify({
      os: 'linux',
      architecture: 'amd64',
      config: { Entrypoint: ['/app'], User: '65532' },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: layers.map(() => ({ created_by: 'hostile-images' })),
      ...extra,
    }),
  );
}

/** Changes to a crafted OCI image: the manifest, blobs left out, config fields. */
export interface OciTweaks {
  readonly manifest?: (m: Record<string, unknown>) => void;
  readonly omitBlobs?: readonly string[];
  /** Top-level fields of the image config to replace. */
  readonly config?: Record<string, unknown>;
}

/** The config, manifest and index of an OCI image over `layers`. */
function ociDocuments(layers: readonly LayerBlob[], tweak: OciTweaks) {
  const config = imageConfig(layers, tweak.config);
  const manifest: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: sha256(config), size: config.length },
    layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
  };
  tweak.manifest?.(manifest);
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const manifestDigest = sha256(manifestBytes);
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.index,
      manifests: [
        {
          mediaType: MEDIA.manifest,
          digest: manifestDigest,
          size: manifestBytes.length,
          platform: { os: 'linux', architecture: 'amd64' },
          annotations: { 'org.opencontainers.image.ref.name': 'hostile' },
        },
      ],
    }),
  );
  return { config, manifestBytes, manifestDigest, index };
}

const OCI_LAYOUT = Buffer.from('{"imageLayoutVersion":"1.0.0"}');
const blobName = (d: string) => `blobs/sha256/${d.slice('sha256:'.length)}`;

/**
 * An OCI image layout in a tar (what `buildx --output type=oci` writes): oci-layout, index.json, blobs.
 * `tweak` may change the manifest before it is written (a wrong size or digest, a missing blob…).
 */
export async function writeOciArchive(
  file: string,
  layers: readonly LayerBlob[],
  tweak: OciTweaks = {},
): Promise<Written> {
  const { config, manifestBytes, manifestDigest, index } = ociDocuments(layers, tweak);
  const pack = tar.pack();
  const out = pipeline(pack, createWriteStream(file));
  const omit = new Set(tweak.omitBlobs ?? []);
  await addEntry(pack, 'oci-layout', OCI_LAYOUT);
  await addEntry(pack, 'index.json', index);
  await addEntry(pack, blobName(manifestDigest), manifestBytes);
  await addEntry(pack, blobName(sha256(config)), config);
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.digest) || omit.has(l.digest)) continue;
    seen.add(l.digest);
    await addEntry(pack, blobName(l.digest), l);
  }
  pack.finalize();
  await out;
  return { manifestDigest };
}

/** The same image as an OCI image layout directory (small, in-memory layers only). */
export async function writeOciLayout(
  dir: string,
  layers: readonly LayerBlob[],
  tweak: OciTweaks = {},
): Promise<void> {
  const { config, manifestBytes, manifestDigest, index } = ociDocuments(layers, tweak);
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(path.join(dir, 'oci-layout'), OCI_LAYOUT);
  await writeFile(path.join(dir, 'index.json'), index);
  await writeFile(path.join(dir, blobName(manifestDigest)), manifestBytes);
  await writeFile(path.join(dir, blobName(sha256(config))), config);
  for (const l of layers)
    await writeFile(path.join(dir, blobName(l.digest)), l.bytes ?? (await readFile(l.file ?? '')));
}

/** A `docker save` tar (manifest.json, the config, one `<id>/layer.tar` per layer). */
export async function writeDockerSave(
  file: string,
  layers: readonly LayerBlob[],
  configFields: Record<string, unknown> = {},
): Promise<void> {
  const config = imageConfig(layers, configFields);
  const configName = `${sha256(config).slice('sha256:'.length)}.json`;
  const layerNames = layers.map(
    (l, i) => `${l.digest.slice('sha256:'.length, 'sha256:'.length + 12)}${i}/layer.tar`,
  );
  const manifest = Buffer.from(
    JSON.stringify([{ Config: configName, RepoTags: ['hostile:latest'], Layers: layerNames }]),
  );
  const pack = tar.pack();
  const out = pipeline(pack, createWriteStream(file));
  await addEntry(pack, 'manifest.json', manifest);
  await addEntry(pack, configName, config);
  for (const [i, l] of layers.entries()) await addEntry(pack, layerNames[i] as string, l);
  pack.finalize();
  await out;
}

/** A minimal little-endian ELF64 header (64 bytes) with the given fields. */
export function elf64Header(
  fields: {
    machine?: number;
    entry?: bigint;
    phoff?: bigint;
    shoff?: bigint;
    phnum?: number;
    shnum?: number;
    shstrndx?: number;
  } = {},
): Buffer {
  const h = Buffer.alloc(64);
  h.write('\x7fELF', 0, 'latin1');
  h[4] = 2; // 64-bit
  h[5] = 1; // little endian
  h[6] = 1; // version
  h.writeUInt16LE(2, 16); // ET_EXEC
  h.writeUInt16LE(fields.machine ?? 62, 18); // x86-64
  h.writeUInt32LE(1, 20);
  h.writeBigUInt64LE(fields.entry ?? 0x401000n, 24);
  h.writeBigUInt64LE(fields.phoff ?? 0n, 32);
  h.writeBigUInt64LE(fields.shoff ?? 0n, 40);
  h.writeUInt16LE(64, 52); // ehsize
  h.writeUInt16LE(56, 54); // phentsize
  h.writeUInt16LE(fields.phnum ?? 0, 56);
  h.writeUInt16LE(64, 58); // shentsize
  h.writeUInt16LE(fields.shnum ?? 0, 60);
  h.writeUInt16LE(fields.shstrndx ?? 0, 62);
  return h;
}

/** Go's build-info magic, as `debug/buildinfo` looks for it. */
export const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

/** An unsigned LEB128 varint. */
export function uvarint(n: bigint): Buffer {
  const out: number[] = [];
  let v = n;
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return Buffer.from(out);
}

/** Corrupt ELF files and ELFs with fake build-info: name, bytes, and what a careful reader does. */
export function hostileElves(): { name: string; bytes: Buffer; expect: string }[] {
  const header = elf64Header();
  const pad = (b: Buffer, to: number) => Buffer.concat([b, Buffer.alloc(Math.max(0, to - b.length))]);
  const inlineFlags = 0x02; // strings inline, varint-prefixed (Go 1.18+)
  return [
    {
      name: 'elf-truncated-header',
      bytes: header.subarray(0, 20),
      expect: 'not an ELF it can read: an error or "not a Go binary", no crash',
    },
    {
      name: 'elf-sections-beyond-eof',
      bytes: pad(elf64Header({ shoff: 0xffff_ffff_ffffn, shnum: 65535, shstrndx: 65534 }), 256),
      expect: 'section headers out of the file: an error, no huge allocation',
    },
    {
      name: 'elf-program-headers-beyond-eof',
      bytes: pad(elf64Header({ phoff: 0x7fff_ffff_ffff_ffffn, phnum: 65535 }), 256),
      expect: 'program headers out of the file: an error, no huge allocation',
    },
    {
      name: 'buildinfo-huge-varint-lengths',
      bytes: Buffer.concat([
        pad(header, 4096),
        GO_BUILDINFO_MAGIC,
        Buffer.from([8, inlineFlags]),
        Buffer.alloc(16),
        uvarint(2n ** 62n),
        Buffer.from('go1.26'),
        uvarint(2n ** 40n),
        Buffer.from('path\texample.com/x\n'),
      ]),
      expect: 'build-info strings claiming exabytes: an error or no build info, without allocating them',
    },
    {
      name: 'buildinfo-magic-at-eof',
      bytes: Buffer.concat([pad(header, 4096), GO_BUILDINFO_MAGIC]),
      expect: 'magic with nothing after it: no build info, no out-of-range read',
    },
    {
      name: 'buildinfo-pointer-format-bad-pointers',
      bytes: Buffer.concat([
        pad(header, 4096),
        GO_BUILDINFO_MAGIC,
        Buffer.from([8, 0x00]), // pointer format (Go < 1.18), 8-byte little-endian pointers
        Buffer.from('ffffffffffffffff', 'hex'),
        Buffer.from('4141414141414141', 'hex'),
      ]),
      expect: 'pointers to nowhere: no build info, no crash',
    },
    {
      name: 'buildinfo-bad-pointer-size',
      bytes: Buffer.concat([
        pad(header, 4096),
        GO_BUILDINFO_MAGIC,
        Buffer.from([255, 0x00]),
        Buffer.alloc(32),
      ]),
      expect: 'an impossible pointer size: no build info, no crash',
    },
    {
      name: 'buildinfo-magic-repeated',
      bytes: Buffer.concat([
        pad(header, 4096),
        Buffer.concat(Array.from({ length: 4096 }, () => GO_BUILDINFO_MAGIC)),
      ]),
      expect: '4096 copies of the magic: one answer (or none), in linear time',
    },
    {
      name: 'buildinfo-modinfo-junk',
      bytes: Buffer.concat([
        pad(header, 4096),
        GO_BUILDINFO_MAGIC,
        Buffer.from([8, inlineFlags]),
        Buffer.alloc(16),
        uvarint(6n),
        Buffer.from('go1.26'),
        uvarint(64n),
        Buffer.from('\x00\xff\xfe dep\t\t\t\nmod\n=>\n\tbuild\t-ldflags=\x00\n'.padEnd(64, '\t')),
      ]),
      expect: 'module info that is not the text format: fields it cannot read are left out, no crash',
    },
    {
      name: 'not-elf-but-named-like-a-binary',
      bytes: Buffer.from('#!/bin/sh\necho I am not an ELF\n'),
      expect: 'not a Go binary: skipped',
    },
  ];
}

/**
 * Writes every hostile image into dir and returns them with what a careful reader does. `bombBytes` is the
 * uncompressed size of the gzip bomb (default 1 GiB; tests that only need the shape can pass less).
 */
export async function hostileImages(dir: string, opts: { bombBytes?: number } = {}): Promise<HostileImage[]> {
  await mkdir(dir, { recursive: true });
  const out: HostileImage[] = [];
  const app = await layerOf([
    { name: 'app', data: Buffer.concat([elf64Header(), Buffer.alloc(64)]), mode: 0o755 },
  ]);

  const traversal = await layerOf([
    { name: 'etc/', type: 'directory' },
    { name: '../../escape', data: 'written outside the root\n' },
    { name: '/abs/path', data: 'an absolute path\n' },
    { name: 'a/../../../b', data: 'climbs out through a directory\n' },
    { name: './././../c', data: 'climbs out after dots\n' },
    { name: 'link-out', type: 'link', linkname: '../../etc/shadow' },
  ]);
  for (const [format, file] of [
    ['oci', path.join(dir, 'traversal.oci.tar')],
    ['docker-save', path.join(dir, 'traversal.docker.tar')],
  ] as const) {
    if (format === 'oci') await writeOciArchive(file, [app, traversal]);
    else await writeDockerSave(file, [app, traversal]);
    out.push({
      name: `path traversal (${format})`,
      file,
      format,
      expect:
        'entries named ../../escape, /abs/path and a/../../../b and a hard link to ../../etc/shadow are kept inside the image root (cleaned) or refused; nothing is written outside the extraction directory',
    });
  }

  const symlinks = await layerOf([
    { name: 'a', type: 'symlink', linkname: 'b' },
    { name: 'b', type: 'symlink', linkname: 'a' },
    { name: 'self', type: 'symlink', linkname: 'self' },
    { name: 'passwd', type: 'symlink', linkname: '/../../etc/passwd' },
    { name: 'up', type: 'symlink', linkname: '../../../../..' },
    { name: 'deep', type: 'symlink', linkname: 'deep/deep/deep/deep' },
    { name: 'usr/local/bin/app', type: 'symlink', linkname: '/up/etc/passwd' },
  ]);
  const symlinkFile = path.join(dir, 'symlinks.oci.tar');
  await writeOciArchive(symlinkFile, [app, symlinks]);
  out.push({
    name: 'symlink loops and links out of the root',
    file: symlinkFile,
    format: 'oci',
    expect:
      'a -> b -> a, self -> self and deep/… resolve to "loop" after a bounded number of hops; /../../etc/passwd and ../../../../.. resolve inside the image root (never the host)',
  });

  const full = (await layerOf([{ name: 'big.bin', data: noise(256 * 1024) }])).bytes as Buffer;
  const truncated = rawLayer(full.subarray(0, Math.floor(full.length / 2)));
  const truncatedFile = path.join(dir, 'truncated-layer.oci.tar');
  await writeOciArchive(truncatedFile, [app, truncated]);
  out.push({
    name: 'truncated layer',
    file: truncatedFile,
    format: 'oci',
    expect: 'a layer blob cut in half (digest matches the cut bytes): an error naming the layer, no hang',
  });

  const wholeFile = path.join(dir, 'truncated-archive.oci.tar');
  await writeOciArchive(wholeFile, [app, await layerOf([{ name: 'x', data: noise(64 * 1024) }])]);
  const whole = await readFile(wholeFile);
  await writeFile(wholeFile, whole.subarray(0, Math.floor(whole.length * 0.6)));
  out.push({
    name: 'truncated archive',
    file: wholeFile,
    format: 'oci',
    expect: 'the outer tar ends in the middle of a blob: an error, no hang',
  });

  const missingFile = path.join(dir, 'missing-blob.oci.tar');
  const gone = await layerOf([{ name: 'gone', data: 'x' }]);
  await writeOciArchive(missingFile, [app, gone], { omitBlobs: [gone.digest] });
  out.push({
    name: 'manifest names a blob the archive does not hold',
    file: missingFile,
    format: 'oci',
    expect: 'an error naming the missing digest',
  });

  const lyingFile = path.join(dir, 'wrong-size.oci.tar');
  await writeOciArchive(lyingFile, [app], {
    manifest: (m) => {
      const layers = m.layers as { size: number }[];
      if (layers[0]) layers[0].size = Number.MAX_SAFE_INTEGER;
    },
  });
  out.push({
    name: 'manifest claims a layer of 9 PB',
    file: lyingFile,
    format: 'oci',
    expect: 'the descriptor size is not trusted for allocation: an error or the real size, no huge buffer',
  });

  const bomb = await gzipBombLayer(path.join(dir, 'bomb-layer.tar.gz'), opts.bombBytes);
  const bombFile = path.join(dir, 'gzip-bomb.oci.tar');
  await writeOciArchive(bombFile, [app, bomb]);
  out.push({
    name: `gzip bomb (${((opts.bombBytes ?? 1024 ** 3) / 1024 ** 2).toFixed(0)} MiB of zeros in ${(bomb.size / 1024).toFixed(0)} KiB)`,
    file: bombFile,
    format: 'oci',
    expect:
      'streamed with a limit on what one layer or file may expand to: an error or a skipped file, never the whole expansion in memory or on disk',
  });

  const hugeClaim = rawLayer(gzipSync(hugeSizeClaimTar()));
  const hugeFile = path.join(dir, 'huge-size-claim.oci.tar');
  await writeOciArchive(hugeFile, [app, hugeClaim]);
  out.push({
    name: 'a tar header claiming a 1 TiB file',
    file: hugeFile,
    format: 'oci',
    expect: 'the header size is not trusted for allocation; the missing data is an error (truncated layer)',
  });
  const hugeRaw = path.join(dir, 'huge-size-claim.tar');
  await writeFile(hugeRaw, hugeSizeClaimTar(2n ** 62n));
  out.push({
    name: 'a bare tar whose header claims 4 EiB (base-256 size)',
    file: hugeRaw,
    format: 'raw-tar',
    expect: 'an error, no allocation of the claimed size',
  });

  const elfDir = path.join(dir, 'elf');
  await mkdir(elfDir, { recursive: true });
  const elves = hostileElves();
  for (const e of elves) {
    const f = path.join(elfDir, e.name);
    await writeFile(f, e.bytes, { mode: 0o755 });
    out.push({ name: e.name, file: f, format: 'elf', expect: e.expect });
  }
  const elfLayer = await layerOf(
    elves.map((e) => ({ name: `usr/local/bin/${e.name}`, data: e.bytes, mode: 0o755 })),
  );
  const elfImage = path.join(dir, 'corrupt-binaries.oci.tar');
  await writeOciArchive(elfImage, [app, elfLayer]);
  out.push({
    name: 'an image of corrupt ELF files and fake Go build info',
    file: elfImage,
    format: 'oci',
    expect: 'each binary is reported as unreadable or not Go; the analysis of the image goes on',
  });
  return out;
}
