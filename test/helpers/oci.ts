/**
 * Crafted image archives for the reader's tests, described entry by entry (any names, hostile ones too):
 * a thin front over the generators in hostile-images.ts, which write them.
 */
import path from 'node:path';
import {
  layerOf,
  MEDIA,
  rawLayer,
  tarOf,
  writeDockerSave,
  writeOciArchive as writeOciTar,
  writeOciLayout as writeLayoutDir,
  type LayerBlob,
  type LayerEntry,
} from './hostile-images.js';

export interface CraftedEntry {
  readonly name: string;
  readonly type?: LayerEntry['type'];
  readonly content?: string | Buffer;
  readonly linkname?: string;
  readonly mode?: number;
}

export interface CraftedImage {
  /** Entries of each layer, or a layer blob's raw bytes (corrupt ones included). */
  readonly layers: readonly (readonly CraftedEntry[] | Buffer)[];
  /** Top-level fields of the image config to replace (`config` with Entrypoint, User…). */
  readonly config?: Record<string, unknown>;
  /** false: uncompressed layers. */
  readonly gzip?: boolean;
}

const entries = (list: readonly CraftedEntry[]): LayerEntry[] =>
  list.map(({ content, ...e }) => ({ ...e, ...(content !== undefined ? { data: content } : {}) }));

export async function tarBytes(list: readonly CraftedEntry[]): Promise<Buffer> {
  return tarOf(entries(list));
}

async function blobs(image: CraftedImage, gzip = image.gzip !== false): Promise<LayerBlob[]> {
  return Promise.all(
    image.layers.map(async (l) =>
      Buffer.isBuffer(l)
        ? rawLayer(l)
        : gzip
          ? layerOf(entries(l))
          : rawLayer(await tarOf(entries(l)), MEDIA.layerTar),
    ),
  );
}

/** Writes an OCI archive (tar) and returns its path. */
export async function writeOciArchive(
  dir: string,
  image: CraftedImage,
  name = 'image.oci.tar',
): Promise<string> {
  const file = path.join(dir, name);
  await writeOciTar(file, await blobs(image), image.config ? { config: image.config } : {});
  return file;
}

/** Writes an OCI image layout directory and returns its path. */
export async function writeOciLayout(dir: string, image: CraftedImage, name = 'layout'): Promise<string> {
  const root = path.join(dir, name);
  await writeLayoutDir(root, await blobs(image), image.config ? { config: image.config } : {});
  return root;
}

/** Writes a docker-archive (`docker save` shape, uncompressed layers) and returns its path. */
export async function writeDockerArchive(
  dir: string,
  image: CraftedImage,
  name = 'image.docker.tar',
): Promise<string> {
  const file = path.join(dir, name);
  await writeDockerSave(file, await blobs(image, false), image.config ?? {});
  return file;
}
