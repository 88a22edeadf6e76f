/**
 * Where an image's blobs live: an OCI image layout directory, an OCI archive (the tar `buildx --output type=oci`
 * writes) or a docker-archive tar (`docker save`, `--output type=docker`). Tars are indexed once from their
 * headers; blobs are then streamed with ranged reads. Nothing is ever extracted onto the host.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readTarIndex, type TarMember } from './tar-index.js';

export type ImageFormat = 'oci-layout' | 'oci-archive' | 'docker-archive';

export class ImageFormatError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`${location}: ${message}`);
    this.name = 'ImageFormatError';
  }
}

/** The blobs of one image container, by their name inside it (`blobs/sha256/<hex>`, `<id>/layer.tar`). */
export interface ImageSource {
  readonly location: string;
  readonly format: ImageFormat;
  has(name: string): boolean;
  size(name: string): number;
  open(name: string): Readable;
  /** A small blob (JSON) in full; refuses anything above `maxBytes`. */
  read(name: string, maxBytes?: number): Promise<Buffer>;
}

const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** `blobs/sha256/<hex>` for a digest; throws on anything that is not a well-formed digest. */
export function blobPath(location: string, digest: string): string {
  const m = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/.exec(digest);
  if (!m) throw new ImageFormatError(location, `${JSON.stringify(digest)} is not a digest`);
  return `blobs/${m[1]}/${m[2]}`;
}

/** `./a//b/` -> `a/b`; undefined for names that leave the archive (`..`, absolute). Pure. */
function memberName(name: string): string | undefined {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (name.startsWith('/') || parts.includes('..')) return undefined;
  return parts.join('/');
}

class TarSource implements ImageSource {
  private readonly members = new Map<string, TarMember>();
  constructor(
    readonly location: string,
    readonly format: ImageFormat,
    members: readonly TarMember[],
  ) {
    for (const m of members) {
      const name = memberName(m.name);
      if (name !== undefined && (m.type === '0' || m.type === '\0' || m.type === '7'))
        this.members.set(name, m);
    }
  }
  private member(name: string): TarMember {
    const m = this.members.get(name);
    if (!m) throw new ImageFormatError(this.location, `${name} is missing from the archive`);
    return m;
  }
  has(name: string): boolean {
    return this.members.has(name);
  }
  size(name: string): number {
    return this.member(name).size;
  }
  open(name: string): Readable {
    const m = this.member(name);
    if (m.size === 0) return Readable.from([]);
    return createReadStream(this.location, { start: m.offset, end: m.offset + m.size - 1 });
  }
  async read(name: string, maxBytes = MAX_JSON_BYTES): Promise<Buffer> {
    const m = this.member(name);
    if (m.size > maxBytes)
      throw new ImageFormatError(this.location, `${name} is ${m.size} bytes, more than expected`);
    const chunks: Buffer[] = [];
    for await (const c of this.open(name)) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
}

class LayoutSource implements ImageSource {
  readonly format = 'oci-layout' as const;
  private readonly sizes = new Map<string, number>();
  constructor(readonly location: string) {}
  private file(name: string): string {
    const clean = memberName(name);
    if (clean === undefined) throw new ImageFormatError(this.location, `${name} leaves the layout`);
    return path.join(this.location, clean);
  }
  has(name: string): boolean {
    return this.sizes.has(name);
  }
  /** Layout blobs are stat-ed once when first named by a manifest. */
  async know(name: string): Promise<void> {
    try {
      const s = await stat(this.file(name));
      if (s.isFile()) this.sizes.set(name, s.size);
    } catch {
      // missing: has() says so
    }
  }
  size(name: string): number {
    const s = this.sizes.get(name);
    if (s === undefined) throw new ImageFormatError(this.location, `${name} is missing from the layout`);
    return s;
  }
  open(name: string): Readable {
    return createReadStream(this.file(name));
  }
  async read(name: string, maxBytes = MAX_JSON_BYTES): Promise<Buffer> {
    await this.know(name);
    if (this.size(name) > maxBytes)
      throw new ImageFormatError(this.location, `${name} is ${this.size(name)} bytes, more than expected`);
    return readFile(this.file(name));
  }
}

/** Opens an image container by sniffing what it is. */
export async function openImageSource(location: string): Promise<ImageSource> {
  let info;
  try {
    info = await stat(location);
  } catch {
    throw new ImageFormatError(location, 'no such file or directory');
  }
  if (info.isDirectory()) {
    const source = new LayoutSource(location);
    await source.know('index.json');
    if (!source.has('index.json'))
      throw new ImageFormatError(location, 'a directory without index.json is not an OCI image layout');
    return source;
  }
  const members = await readTarIndex(location);
  const names = new Set(members.map((m) => memberName(m.name)));
  // `docker save` of Docker 25+ writes both index.json and manifest.json; its manifest.json is the simpler
  // and always complete description, so prefer it.
  if (names.has('manifest.json')) return new TarSource(location, 'docker-archive', members);
  if (names.has('index.json')) return new TarSource(location, 'oci-archive', members);
  throw new ImageFormatError(
    location,
    'expected an OCI archive (index.json) or a docker-archive (manifest.json); found neither',
  );
}

/** Parses a small JSON blob, naming the blob when it is not JSON. */
export async function readJson<T>(source: ImageSource, name: string): Promise<T> {
  if (source instanceof LayoutSource) await source.know(name);
  const bytes = await source.read(name);
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    throw new ImageFormatError(source.location, `${name} is not valid JSON`);
  }
}

/** Makes a layout blob known before size()/open() (a no-op for archives). */
export async function ensureBlob(source: ImageSource, name: string): Promise<void> {
  if (source instanceof LayoutSource) await source.know(name);
  if (!source.has(name)) throw new ImageFormatError(source.location, `${name} is missing`);
}
