/**
 * The push half of the Distribution API: an OCI archive (what `buildx --output type=oci` writes) published
 * byte for byte. Blobs the repository already has are skipped (HEAD), blobs another repository of the same
 * registry received in this push are mounted (`POST …/blobs/uploads/?mount=&from=`), the rest uploaded in an
 * upload session (one PUT for small blobs, PATCH chunks then PUT for large ones). Manifests follow, children
 * before the index that lists them, each by digest and the root by every tag. The root's digest is the
 * archive's: what was checked is what the registry serves.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { blobPath, readJson, type ImageSource } from '../image/source.js';
import {
  isIndexMediaType,
  registryFailure,
  RegistryError,
  type Descriptor,
  type RegistryClient,
} from './client.js';
import { repositoryName, type RegistryReference } from './reference.js';

/** Blobs up to this size go in one PUT; larger ones in PATCH chunks of this size. */
export const DEFAULT_CHUNK_BYTES = 16 << 20;
const PARALLEL_BLOBS = 4;
const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_DEPTH = 2;

export interface ArchiveManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

/** What to push, in order: every blob, then the manifests with children before their index. */
export interface PushPlan {
  readonly root: ArchiveManifest;
  readonly blobs: readonly Pick<Descriptor, 'digest' | 'size' | 'mediaType'>[];
  readonly manifests: readonly ArchiveManifest[];
}

export interface PushTarget {
  /** registry/repository; its tag (if any) is ignored: `tags` say which tags to put. */
  readonly ref: RegistryReference;
  readonly tags: readonly string[];
}

export interface PushStats {
  blobsUploaded: number;
  blobsSkipped: number;
  blobsMounted: number;
  bytesUploaded: number;
  manifestsPut: number;
}

export interface PushOptions {
  readonly chunkBytes?: number;
  readonly log?: (message: string) => void;
}

interface ManifestJson {
  readonly mediaType?: string;
  readonly manifests?: readonly Descriptor[];
  readonly config?: Descriptor;
  readonly layers?: readonly Descriptor[];
}

function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The one descriptor of an OCI archive's index.json: the image or index that is checked and pushed. */
export async function archiveRoot(source: ImageSource): Promise<Descriptor> {
  const layout = await readJson<{ manifests?: Descriptor[] }>(source, 'index.json');
  // BuildKit's OCI exporter lists the image once per tag (each entry names one): one digest is one image.
  const roots = [
    ...new Map(
      (layout.manifests ?? []).map((d) => [typeof d?.digest === 'string' ? d.digest : '', d]),
    ).values(),
  ];
  if (roots.length !== 1 || typeof roots[0]?.digest !== 'string' || roots[0].digest === '')
    throw new RegistryError(
      `${source.location}: index.json lists ${roots.length} images; one (an image or an index) is expected`,
    );
  return roots[0];
}

/** The archive's root and everything under it, in push order. */
export async function planPush(source: ImageSource): Promise<PushPlan> {
  const root = await archiveRoot(source);
  const blobs = new Map<string, Pick<Descriptor, 'digest' | 'size' | 'mediaType'>>();
  const manifests: ArchiveManifest[] = [];
  const seen = new Set<string>();
  const visit = async (d: Descriptor, depth: number): Promise<ArchiveManifest> => {
    const bytes = await source.read(blobPath(source.location, d.digest), MAX_MANIFEST_BYTES);
    if (sha256(bytes) !== d.digest || bytes.length !== d.size)
      throw new RegistryError(`${source.location}: manifest ${d.digest} does not match its descriptor`);
    const json = JSON.parse(bytes.toString('utf8')) as ManifestJson;
    const manifest = { digest: d.digest, mediaType: json.mediaType ?? d.mediaType, bytes };
    if (isIndexMediaType(manifest.mediaType)) {
      if (depth >= MAX_DEPTH) throw new RegistryError(`${source.location}: indexes nested too deep`);
      for (const child of json.manifests ?? []) {
        if (!seen.has(child.digest)) await visit(child, depth + 1);
      }
    } else {
      if (!json.config) throw new RegistryError(`${source.location}: manifest ${d.digest} has no config`);
      for (const b of [json.config, ...(json.layers ?? [])])
        blobs.set(b.digest, { digest: b.digest, size: b.size, mediaType: b.mediaType });
    }
    seen.add(d.digest);
    manifests.push(manifest);
    return manifest;
  };
  return { root: await visit(root, 0), blobs: [...blobs.values()], manifests };
}

/** The URL of an upload session's Location (relative or absolute) with extra query parameters. Pure. */
export function sessionUrl(base: string, location: string, query: Record<string, string> = {}): string {
  const url = new URL(location, base);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/** Reads a stream into chunks of exactly `size` bytes (the last one shorter). */
async function* chunks(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    pending.push(piece);
    length += piece.length;
    while (length >= size) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, size);
      pending = [all.subarray(size)];
      length -= size;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

async function drain(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/** Pushes one archive to one or more repositories. */
export class ArchivePusher {
  readonly stats: PushStats = {
    blobsUploaded: 0,
    blobsSkipped: 0,
    blobsMounted: 0,
    bytesUploaded: 0,
    manifestsPut: 0,
  };
  /** Blobs each repository (registry/name) holds, known from this push: the sources of mounts. */
  private readonly holders = new Map<string, Set<string>>();
  private readonly chunkBytes: number;

  constructor(
    private readonly client: RegistryClient,
    private readonly source: ImageSource,
    private readonly opts: PushOptions = {},
  ) {
    this.chunkBytes = Math.max(1, opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  }

  /** Pushes plan to each target; returns the root digest (the same for every target). */
  async push(plan: PushPlan, targets: readonly PushTarget[]): Promise<string> {
    for (const target of targets) {
      const queue = [...plan.blobs];
      const worker = async () => {
        for (let b = queue.shift(); b; b = queue.shift()) await this.pushBlob(target.ref, b);
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_BLOBS, queue.length) }, worker));
      for (const m of plan.manifests) await this.putManifest(target.ref, m, m.digest);
      for (const tag of target.tags) await this.putManifest(target.ref, plan.root, tag);
    }
    return plan.root.digest;
  }

  private scopes(ref: RegistryReference, from?: string): string[] {
    return [`repository:${ref.repository}:pull,push`, ...(from ? [`repository:${from}:pull`] : [])];
  }

  private held(ref: RegistryReference, digest: string): void {
    const name = repositoryName(ref);
    const set = this.holders.get(name) ?? new Set<string>();
    set.add(digest);
    this.holders.set(name, set);
  }

  /** Another repository of the same registry that holds digest (pushed there by this run). */
  private mountSource(ref: RegistryReference, digest: string): string | undefined {
    for (const [name, digests] of this.holders) {
      if (!digests.has(digest) || name === repositoryName(ref)) continue;
      if (name.startsWith(`${ref.registry}/`)) return name.slice(ref.registry.length + 1);
    }
    return undefined;
  }

  private async pushBlob(ref: RegistryReference, blob: Pick<Descriptor, 'digest' | 'size'>): Promise<void> {
    const what = `blob ${blob.digest} to ${repositoryName(ref)}`;
    const scopes = this.scopes(ref);
    const head = await this.client.send(ref, `blobs/${blob.digest}`, what, { method: 'HEAD', scopes });
    if (head.ok) {
      await drain(head);
      this.stats.blobsSkipped++;
      this.held(ref, blob.digest);
      return;
    }
    if (head.status !== 404) throw await registryFailure(head, ref, `${what} (HEAD)`, 'push');
    await drain(head);
    const from = this.mountSource(ref, blob.digest);
    const start = from
      ? await this.client.send(
          ref,
          `blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`,
          what,
          { method: 'POST', scopes: this.scopes(ref, from) },
        )
      : await this.client.send(ref, 'blobs/uploads/', what, { method: 'POST', scopes });
    if (from && start.status === 201) {
      await drain(start);
      this.stats.blobsMounted++;
      this.held(ref, blob.digest);
      return;
    }
    if (start.status !== 202)
      throw await registryFailure(start, ref, `${what} (starting the upload)`, 'push');
    await drain(start);
    const location = start.headers.get('location');
    if (!location) throw new RegistryError(`${what}: the registry started an upload but named no Location`);
    await this.upload(ref, blob, sessionUrl(this.client.repositoryUrl(ref), location), what);
    this.stats.blobsUploaded++;
    this.stats.bytesUploaded += blob.size;
    this.held(ref, blob.digest);
  }

  /** Sends the blob's bytes to an upload session: one PUT, or PATCH chunks and a closing PUT. */
  private async upload(
    ref: RegistryReference,
    blob: Pick<Descriptor, 'digest' | 'size'>,
    url: string,
    what: string,
  ): Promise<void> {
    const scopes = this.scopes(ref);
    const stream = this.source.open(blobPath(this.source.location, blob.digest));
    const hash = createHash('sha256');
    let sent = 0;
    let body: Buffer | undefined;
    for await (const chunk of chunks(stream, this.chunkBytes)) {
      hash.update(chunk);
      if (blob.size <= this.chunkBytes) {
        body = chunk;
        sent += chunk.length;
        continue;
      }
      const res = await this.client.send(ref, '', what, {
        url,
        method: 'PATCH',
        scopes,
        body: chunk,
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `${sent}-${sent + chunk.length - 1}`,
        },
      });
      if (res.status !== 202) throw await registryFailure(res, ref, `${what} (chunk at ${sent})`, 'push');
      await drain(res);
      sent += chunk.length;
      const next = res.headers.get('location');
      if (next) url = sessionUrl(url, next);
    }
    const actual = `sha256:${hash.digest('hex')}`;
    if (sent !== blob.size || actual !== blob.digest)
      throw new RegistryError(
        `${what}: the archive holds ${sent} bytes with digest ${actual}, not the ${blob.size} bytes its descriptor names`,
      );
    const res = await this.client.send(ref, '', what, {
      url: sessionUrl(url, '', { digest: blob.digest }),
      method: 'PUT',
      scopes,
      body: body ?? Buffer.alloc(0),
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    if (res.status !== 201 && res.status !== 204)
      throw await registryFailure(res, ref, `${what} (closing the upload)`, 'push');
    await drain(res);
  }

  private async putManifest(ref: RegistryReference, m: ArchiveManifest, reference: string): Promise<void> {
    const what = `manifest ${m.digest} to ${repositoryName(ref)}${reference === m.digest ? '' : `:${reference}`}`;
    const res = await this.client.send(ref, `manifests/${reference}`, what, {
      method: 'PUT',
      scopes: this.scopes(ref),
      body: m.bytes,
      headers: { 'Content-Type': m.mediaType },
    });
    if (res.status !== 201 && res.status !== 200) throw await registryFailure(res, ref, what, 'push');
    await drain(res);
    const served = res.headers.get('docker-content-digest');
    if (served && served !== m.digest)
      throw new RegistryError(
        `${what}: the registry stored it as ${served}, not as the archive's ${m.digest}`,
      );
    this.stats.manifestsPut++;
    this.opts.log?.(`put ${what}`);
  }
}
