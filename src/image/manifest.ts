/**
 * The images in an image container: per platform, the parsed image config and the layer blobs in order.
 * OCI indexes are followed (nested ones too, to a bounded depth); attestation manifests are left out.
 */
import { blobPath, ensureBlob, ImageFormatError, readJson, type ImageSource } from './source.js';

export interface Healthcheck {
  readonly Test?: readonly string[];
}

/** The parts of the OCI/Docker image config the analysis reads. */
export interface ImageConfig {
  readonly architecture?: string;
  readonly os?: string;
  readonly variant?: string;
  readonly config?: {
    readonly User?: string;
    readonly Env?: readonly string[];
    readonly Entrypoint?: readonly string[] | null;
    readonly Cmd?: readonly string[] | null;
    readonly WorkingDir?: string;
    readonly ExposedPorts?: Readonly<Record<string, unknown>>;
    readonly Healthcheck?: Healthcheck;
    readonly Labels?: Readonly<Record<string, string>> | null;
  };
  readonly history?: readonly {
    readonly created_by?: string;
    readonly empty_layer?: boolean;
    readonly comment?: string;
  }[];
}

export interface LayerBlob {
  /** Name of the blob in its container. */
  readonly name: string;
  readonly digest?: string;
  /** Bytes as stored (compressed). */
  readonly size: number;
  readonly mediaType?: string;
}

export interface ImageManifest {
  /** `os/arch[/variant]`. */
  readonly platform: string;
  readonly manifestDigest?: string;
  readonly configDigest?: string;
  readonly config: ImageConfig;
  readonly layers: readonly LayerBlob[];
}

interface Descriptor {
  readonly mediaType?: string;
  readonly digest?: string;
  readonly size?: number;
  readonly platform?: { os?: string; architecture?: string; variant?: string };
  readonly annotations?: Record<string, string>;
}

const MAX_INDEX_DEPTH = 4;

function platformOf(c: { os?: string; architecture?: string; variant?: string }): string {
  return [c.os ?? 'unknown', c.architecture ?? 'unknown', c.variant].filter(Boolean).join('/');
}

function isIndex(mediaType: string | undefined, json: { manifests?: unknown }): boolean {
  return /image\.index|manifest\.list/.test(mediaType ?? '') || Array.isArray(json.manifests);
}

async function layersOf(source: ImageSource, descs: readonly Descriptor[] | undefined): Promise<LayerBlob[]> {
  const out: LayerBlob[] = [];
  for (const d of descs ?? []) {
    const name = blobPath(source.location, d.digest ?? '');
    await ensureBlob(source, name);
    out.push({
      name,
      ...(d.digest ? { digest: d.digest } : {}),
      size: source.size(name),
      ...(d.mediaType ? { mediaType: d.mediaType } : {}),
    });
  }
  return out;
}

async function fromOci(source: ImageSource): Promise<ImageManifest[]> {
  const result: ImageManifest[] = [];
  const visit = async (descs: readonly Descriptor[], depth: number): Promise<void> => {
    for (const d of descs) {
      if (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
      const name = blobPath(source.location, d.digest ?? '');
      const json = await readJson<{
        manifests?: Descriptor[];
        config?: Descriptor;
        layers?: Descriptor[];
        mediaType?: string;
      }>(source, name);
      if (isIndex(d.mediaType ?? json.mediaType, json)) {
        if (depth >= MAX_INDEX_DEPTH)
          throw new ImageFormatError(source.location, `indexes nested deeper than ${MAX_INDEX_DEPTH}`);
        await visit(json.manifests ?? [], depth + 1);
        continue;
      }
      if (!json.config?.digest) throw new ImageFormatError(source.location, `${name} has no config`);
      const config = await readJson<ImageConfig>(source, blobPath(source.location, json.config.digest));
      result.push({
        platform: platformOf(config.os || config.architecture ? config : (d.platform ?? {})),
        ...(d.digest ? { manifestDigest: d.digest } : {}),
        configDigest: json.config.digest,
        config,
        layers: await layersOf(source, json.layers),
      });
    }
  };
  const index = await readJson<{ manifests?: Descriptor[] }>(source, 'index.json');
  if (!Array.isArray(index.manifests))
    throw new ImageFormatError(source.location, 'index.json has no manifests list');
  // BuildKit lists the image once per tag: the same digest is read once.
  const seen = new Set<string>();
  await visit(
    (index.manifests as Descriptor[]).filter(
      (d) => !d.digest || (!seen.has(d.digest) && !!seen.add(d.digest)),
    ),
    0,
  );
  return result;
}

async function fromDockerArchive(source: ImageSource): Promise<ImageManifest[]> {
  const manifest = await readJson<unknown>(source, 'manifest.json');
  if (!Array.isArray(manifest))
    throw new ImageFormatError(source.location, 'manifest.json is not a list of images');
  const result: ImageManifest[] = [];
  for (const entry of manifest as { Config?: unknown; Layers?: unknown }[]) {
    if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers))
      throw new ImageFormatError(source.location, 'manifest.json: an entry without Config and Layers');
    const config = await readJson<ImageConfig>(source, entry.Config);
    const layers: LayerBlob[] = [];
    for (const layer of entry.Layers as unknown[]) {
      if (typeof layer !== 'string')
        throw new ImageFormatError(source.location, 'manifest.json: a layer that is not a path');
      await ensureBlob(source, layer);
      const digest = /^blobs\/(sha256)\/([a-f0-9]{64})$/.exec(layer);
      layers.push({
        name: layer,
        ...(digest ? { digest: `${digest[1]}:${digest[2]}` } : {}),
        size: source.size(layer),
      });
    }
    const configDigest = /^blobs\/(sha256)\/([a-f0-9]{64})$/.exec(entry.Config);
    result.push({
      platform: platformOf(config),
      ...(configDigest ? { configDigest: `${configDigest[1]}:${configDigest[2]}` } : {}),
      config,
      layers,
    });
  }
  return result;
}

/** The images (one per platform) in the container. */
export async function readImages(source: ImageSource): Promise<ImageManifest[]> {
  return source.format === 'docker-archive' ? fromDockerArchive(source) : fromOci(source);
}
