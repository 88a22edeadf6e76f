/**
 * Crafted image archives for the reader's tests: an OCI archive, an OCI layout directory or a docker-archive
 * made from layers described entry by entry (any names, including hostile ones), written with tar-stream.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

export interface CraftedEntry {
  readonly name: string;
  readonly type?: Header['type'];
  readonly content?: string | Buffer;
  readonly linkname?: string;
  readonly mode?: number;
  /** Declared size, when it must differ from the content (hostile). */
  readonly size?: number;
}

export async function tarBytes(entries: readonly CraftedEntry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  for (const e of entries) {
    const type = e.type ?? 'file';
    const body = type === 'file' ? Buffer.from(e.content ?? '') : undefined;
    await new Promise<void>((resolve, reject) => {
      const header: Partial<Header> & { name: string } = {
        name: e.name,
        type,
        mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
        ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
        ...(body ? { size: body.length } : {}),
      };
      p.entry(header, body ?? '', (err) => (err ? reject(err) : resolve()));
    });
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface CraftedImage {
  readonly layers: readonly (readonly CraftedEntry[] | Buffer)[];
  readonly config?: Record<string, unknown>;
  readonly gzip?: boolean;
}

interface Blob {
  readonly digest: string;
  readonly bytes: Buffer;
}

async function blobsOf(image: CraftedImage): Promise<{ config: Blob; layers: Blob[]; manifest: Blob }> {
  const layers: Blob[] = [];
  for (const l of image.layers) {
    const raw = Buffer.isBuffer(l) ? l : await tarBytes(l);
    const bytes = image.gzip === false || Buffer.isBuffer(l) ? raw : gzipSync(raw);
    layers.push({ digest: sha(bytes), bytes });
  }
  const configJson = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Entrypoint: ['/app'], User: '65532' },
      rootfs: { type: 'layers', diff_ids: [] },
      ...image.config,
    }),
  );
  const config = { digest: sha(configJson), bytes: configJson };
  const manifestJson = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: config.digest,
        size: configJson.length,
      },
      layers: layers.map((l) => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: l.digest,
        size: l.bytes.length,
      })),
    }),
  );
  return { config, layers, manifest: { digest: sha(manifestJson), bytes: manifestJson } };
}

function indexJson(manifest: Blob): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: manifest.digest,
          size: manifest.bytes.length,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
}

const blobName = (d: string) => `blobs/${d.replace(':', '/')}`;

/** Writes an OCI archive (tar) and returns its path. */
export async function writeOciArchive(
  dir: string,
  image: CraftedImage,
  name = 'image.oci.tar',
): Promise<string> {
  const { config, layers, manifest } = await blobsOf(image);
  const entries: CraftedEntry[] = [
    { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', content: indexJson(manifest) },
    ...[config, manifest, ...layers].map((b) => ({ name: blobName(b.digest), content: b.bytes })),
  ];
  const file = path.join(dir, name);
  writeFileSync(file, await tarBytes(entries));
  return file;
}

/** Writes an OCI image layout directory and returns its path. */
export async function writeOciLayout(dir: string, image: CraftedImage, name = 'layout'): Promise<string> {
  const { config, layers, manifest } = await blobsOf(image);
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path.join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(path.join(root, 'index.json'), indexJson(manifest));
  for (const b of [config, manifest, ...layers]) writeFileSync(path.join(root, blobName(b.digest)), b.bytes);
  return root;
}

/** Writes a docker-archive (`docker save` shape, layers as `<n>/layer.tar`) and returns its path. */
export async function writeDockerArchive(
  dir: string,
  image: CraftedImage,
  name = 'image.docker.tar',
): Promise<string> {
  const { config, layers } = await blobsOf({ ...image, gzip: false });
  const entries: CraftedEntry[] = [
    { name: 'config.json', content: config.bytes },
    ...layers.map((l, i) => ({ name: `${i}/layer.tar`, content: l.bytes })),
    {
      name: 'manifest.json',
      content: JSON.stringify([
        { Config: 'config.json', RepoTags: ['crafted:1'], Layers: layers.map((_l, i) => `${i}/layer.tar`) },
      ]),
    },
  ];
  const file = path.join(dir, name);
  writeFileSync(file, await tarBytes(entries));
  return file;
}
