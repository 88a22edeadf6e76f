/**
 * Writes an image from a registry as an OCI image-layout tar (`oci-layout`, `index.json`,
 * `blobs/sha256/…`): what `docker buildx build --output type=oci` writes, so the later stages read a fetched
 * image the same way as a built one. Blobs are downloaded (and checked) into a scratch directory first, then
 * streamed into the tar.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pack as tarPack } from 'tar-stream';
import { isIndexMediaType, type Descriptor, type Manifest, type RegistryClient } from './client.js';
import { repositoryName, type RegistryReference } from './reference.js';

const PARALLEL_BLOBS = 4;

const IMAGE_CONFIG_TYPES = [
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
];

export interface FetchedImage {
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number;
  /** Platforms of the index's images (os/arch[/variant]); attestation manifests (unknown/unknown) left out. */
  readonly platforms: readonly string[];
  /** The config digest of a single-platform image. */
  readonly configDigest?: string;
  readonly blobs: number;
  readonly bytes: number;
}

/** `os/arch[/variant]` of the images an index lists, without attestations. Pure. */
export function indexPlatforms(manifests: readonly Descriptor[]): string[] {
  const out: string[] = [];
  for (const m of manifests) {
    const p = m.platform;
    if (!p?.os || !p.architecture || p.os === 'unknown' || p.architecture === 'unknown') continue;
    if (m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    const s = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The layout's index.json: one descriptor for the fetched image, named by its tag when it has one. Pure. */
export function layoutIndex(root: Pick<Manifest, 'digest' | 'mediaType' | 'bytes'>, tag?: string): string {
  return `${JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.bytes.length,
        ...(tag
          ? {
              annotations: {
                'io.containerd.image.name': tag,
                'org.opencontainers.image.ref.name': tag.slice(tag.lastIndexOf(':') + 1),
              },
            }
          : {}),
      },
    ],
  })}\n`;
}

type BlobFiles = ReadonlyMap<string, { file: string; size: number }>;

/** An index entry with the platform its image config names (when the config was fetched and names one). */
async function withConfigPlatform(d: Descriptor, child: Manifest, blobs: BlobFiles): Promise<Descriptor> {
  const cfg = child.json.config;
  const file = cfg && IMAGE_CONFIG_TYPES.includes(cfg.mediaType) ? blobs.get(cfg.digest)?.file : undefined;
  let config: { os?: string; architecture?: string; variant?: string } = {};
  try {
    if (file) config = JSON.parse(await readFile(file, 'utf8')) as typeof config;
  } catch {
    // not JSON: no platform to add
  }
  if (!config.os || !config.architecture) return d;
  return {
    ...d,
    platform: {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {}),
    },
  };
}

/** Writes the OCI layout tar: oci-layout, index.json, then every blob in digest order. */
async function writeLayoutTar(dest: string, index: string, blobs: BlobFiles): Promise<void> {
  await mkdir(path.dirname(dest), { recursive: true });
  const pack = tarPack();
  const written = pipeline(pack, createWriteStream(dest));
  const add = (header: Parameters<typeof pack.entry>[0], text?: string) =>
    new Promise<void>((resolve, reject) => {
      const done = (e?: Error | null) => (e ? reject(e) : resolve());
      if (text === undefined) pack.entry(header, done);
      else pack.entry(header, text, done);
    });
  await add({ name: 'oci-layout', mtime: new Date(0) }, '{"imageLayoutVersion":"1.0.0"}\n');
  await add({ name: 'index.json', mtime: new Date(0) }, index);
  await add({ name: 'blobs/', type: 'directory', mtime: new Date(0) });
  await add({ name: 'blobs/sha256/', type: 'directory', mtime: new Date(0) });
  for (const [digest, blob] of [...blobs.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry(
        { name: `blobs/sha256/${digest.slice('sha256:'.length)}`, size: blob.size, mtime: new Date(0) },
        (e) => (e ? reject(e) : resolve()),
      );
      const source = createReadStream(blob.file);
      source.on('error', reject);
      source.pipe(entry);
    });
  }
  pack.finalize();
  await written;
}

/** Fetches ref (index or image, every platform) and writes it to dest as an OCI layout tar. */
export async function fetchOciArchive(
  client: RegistryClient,
  ref: RegistryReference,
  dest: string,
  opts: { scratchDir: string; log?: (m: string) => void },
): Promise<FetchedImage> {
  await mkdir(opts.scratchDir, { recursive: true });
  const scratch = await mkdtemp(path.join(opts.scratchDir, 'blobs-'));
  const blobs = new Map<string, { file: string; size: number }>();
  const saveManifest = async (m: Manifest) => {
    if (blobs.has(m.digest)) return;
    const file = path.join(scratch, m.digest.slice('sha256:'.length));
    await writeFile(file, m.bytes);
    blobs.set(m.digest, { file, size: m.bytes.length });
  };
  const manifests = new Map<string, Manifest>();
  const pending = new Map<string, Descriptor>();
  const want = (d: Descriptor) => {
    if (!blobs.has(d.digest)) pending.set(d.digest, d);
  };
  try {
    const root = await client.manifest(ref);
    let configDigest: string | undefined;
    const walk = async (m: Manifest, depth: number): Promise<void> => {
      await saveManifest(m);
      manifests.set(m.digest, m);
      if (isIndexMediaType(m.mediaType)) {
        if (depth > 2) throw new Error(`${ref.text}: indexes nested deeper than two levels`);
        for (const child of m.json.manifests ?? []) {
          if (!manifests.has(child.digest)) await walk(await client.manifest(ref, child.digest), depth + 1);
        }
        return;
      }
      if (!m.json.config) throw new Error(`${ref.text}: manifest ${m.digest} has no config`);
      if (depth === 0) configDigest = m.json.config.digest;
      want(m.json.config);
      for (const layer of m.json.layers ?? []) want(layer);
    };
    await walk(root, 0);
    // The blobs, a few at a time, each checked against its digest while it is written.
    const queue = [...pending.values()];
    const worker = async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const file = path.join(scratch, d.digest.replace(/^sha256:/, ''));
        await client.blobToFile(ref, d, file);
        blobs.set(d.digest, { file, size: d.size });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_BLOBS, queue.length) }, worker));
    // Index entries without a platform (some tools leave it out): the image config says.
    const children: Descriptor[] = [];
    for (const d of isIndexMediaType(root.mediaType) ? (root.json.manifests ?? []) : []) {
      if (d.platform || isIndexMediaType(d.mediaType)) children.push(d);
      else {
        const child = manifests.get(d.digest) ?? (await client.manifest(ref, d.digest));
        children.push(await withConfigPlatform(d, child, blobs));
      }
    }
    const platforms = indexPlatforms(children);
    let bytes = 0;
    for (const b of blobs.values()) bytes += b.size;
    opts.log?.(`${ref.text}: ${blobs.size} blobs, ${bytes} bytes`);

    await writeLayoutTar(
      dest,
      layoutIndex(root, ref.tag ? `${repositoryName(ref)}:${ref.tag}` : undefined),
      blobs,
    );
    return {
      digest: root.digest,
      mediaType: root.mediaType,
      size: root.bytes.length,
      platforms,
      ...(configDigest ? { configDigest } : {}),
      blobs: blobs.size,
      bytes,
    };
  } catch (e) {
    await rm(dest, { force: true });
    throw e;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
