/**
 * The push half of the registry client (src/registry/push.ts) against a small Distribution API server on
 * 127.0.0.1 (test/helpers/distribution.ts): an OCI archive pushed byte for byte, HEAD hits skipped, mounts
 * between repositories, chunked uploads, children before their index, bearer scopes, retries, and an archive
 * whose blob does not match its digest. The same client against the real local registry is in
 * test/e2e/publish-gate.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readImages } from '../../src/image/manifest.js';
import { openImageSource } from '../../src/image/source.js';
import { RegistryClient } from '../../src/registry/client.js';
import { ArchivePusher, planPush, sessionUrl } from '../../src/registry/push.js';
import { registryReference } from '../../src/registry/reference.js';
import { pushTargets } from '../../src/features/publish/stage.js';
import { removeTree } from '../../src/cache/fs.js';
import { startDistribution, type DistributionServer } from '../helpers/distribution.js';
import { OCI, writeLayout } from '../helpers/oci-layout.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
describe('ArchivePusher against a small Distribution server', () => {
  let dir: string;
  let server: DistributionServer | undefined;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-push-'))));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await removeTree(dir);
  });

  async function push(
    layout: string,
    tags: string[],
    client = new RegistryClient({ retryDelayMs: 1 }),
    chunkBytes?: number,
  ) {
    const source = await openImageSource(layout);
    const pusher = new ArchivePusher(client, source, chunkBytes ? { chunkBytes } : {});
    const digest = await pusher.push(await planPush(source), pushTargets(tags, false));
    return { digest, stats: pusher.stats };
  }

  it('pushes every blob and manifest, children before the index, then tags; the registry serves the archive digest', async () => {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout, { platforms: ['linux/amd64', 'linux/arm64'] });
    const { digest, stats } = await push(layout, [
      `${server.address}/acme/api:1`,
      `${server.address}/acme/api:latest`,
    ]);
    expect(digest).toBe(written.root);
    expect(stats).toMatchObject({
      blobsUploaded: written.blobs,
      blobsSkipped: 0,
      blobsMounted: 0,
      manifestsPut: 5,
    });
    for (const tag of ['1', 'latest', written.root])
      expect(sha(server.manifest('acme/api', tag)!.bytes)).toBe(written.root);
    expect(server.manifest('acme/api', written.root)?.type).toBe(OCI.index);
    // Children first (the server refuses an index naming a manifest it does not have), tags last.
    const puts = server.requests.filter((r) => r.startsWith('PUT /v2/acme/api/manifests/'));
    expect(puts.map((r) => r.split('/').pop())).toEqual([...written.children, written.root, '1', 'latest']);
  });

  it('an archive that lists its image once per tag (BuildKit, several tags) is one image; two images are refused', async () => {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout);
    const indexFile = path.join(layout, 'index.json');
    const root = (JSON.parse(readFileSync(indexFile, 'utf8')) as { manifests: Record<string, unknown>[] })
      .manifests[0];
    const named = (tag: string) => ({ ...root, annotations: { 'org.opencontainers.image.ref.name': tag } });
    writeFileSync(
      indexFile,
      JSON.stringify({ schemaVersion: 2, manifests: ['1', '1.2', 'latest'].map(named) }),
    );
    const { digest } = await push(layout, [`${server.address}/acme/api:1`]);
    expect(digest).toBe(written.root);
    const source = await openImageSource(layout);
    expect((await readImages(source)).length).toBe(1);
    const other = { ...root, digest: `sha256:${'0'.repeat(64)}` };
    writeFileSync(indexFile, JSON.stringify({ schemaVersion: 2, manifests: [root, other] }));
    await expect(planPush(await openImageSource(layout))).rejects.toThrow(/index.json lists 2 images/);
  });

  it('a second push uploads nothing: every blob is a HEAD hit', async () => {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout);
    await push(layout, [`${server.address}/acme/api:1`]);
    const before = server.requests.length;
    const { stats } = await push(layout, [`${server.address}/acme/api:2`]);
    expect(stats).toMatchObject({ blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: written.blobs });
    expect(server.requests.slice(before).filter((r) => r.includes('/blobs/uploads'))).toEqual([]);
  });

  it('mounts the blobs into a second repository of the same registry instead of uploading them again', async () => {
    server = await startDistribution({ auth: true });
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout);
    const { stats } = await push(layout, [`${server.address}/acme/api:1`, `${server.address}/mirror/api:1`]);
    expect(stats).toMatchObject({ blobsUploaded: written.blobs, blobsMounted: written.blobs });
    expect(new Set(server.requests.filter((r) => r.includes('mount='))).size).toBe(written.blobs);
    expect(server.tokenScopes).toContainEqual([
      'repository:mirror/api:pull,push',
      'repository:acme/api:pull',
    ]);
    expect(server.tokenScopes).toContainEqual(['repository:acme/api:pull,push']);
    expect(sha(server.manifest('mirror/api', '1')!.bytes)).toBe(written.root);
  });

  it('a registry that refuses mounts starts an upload instead', async () => {
    server = await startDistribution({ mounts: false });
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout);
    const { stats } = await push(layout, [`${server.address}/a/x:1`, `${server.address}/b/x:1`]);
    expect(stats).toMatchObject({ blobsUploaded: 2 * written.blobs, blobsMounted: 0 });
  });

  it('uploads large blobs in PATCH chunks with their ranges, then closes with a PUT of the digest', async () => {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    writeLayout(layout, { layerBytes: 2500 });
    const { stats } = await push(layout, [`${server.address}/acme/big:1`], undefined, 1000);
    const patches = server.requests.filter((r) => r.startsWith('PATCH'));
    expect(patches.length).toBe(3);
    expect(stats.bytesUploaded).toBeGreaterThan(2500);
    const shared = sha(Buffer.alloc(2500, 7));
    expect(server.blob('acme/big', shared)).toEqual(Buffer.alloc(2500, 7));
  });

  it('retries 503s with backoff', async () => {
    server = await startDistribution({ failFirst: 3 });
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout);
    const { digest } = await push(layout, [`${server.address}/acme/api:1`]);
    expect(digest).toBe(written.root);
    expect(server.requests.length).toBeGreaterThan(3);
  });

  it('refuses an archive whose blob does not match its digest, and puts no tag', async () => {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    writeLayout(layout, { corrupt: true });
    await expect(push(layout, [`${server.address}/acme/api:1`])).rejects.toThrow(
      /the archive holds 300 bytes with digest sha256:/,
    );
    expect(server.requests.some((r) => r.includes('/manifests/'))).toBe(false);
  });

  it('names the repository and the status when the registry refuses the push', async () => {
    server = await startDistribution({ auth: true });
    const layout = path.join(dir, 'layout');
    writeLayout(layout);
    const client = new RegistryClient({
      retryDelayMs: 1,
      fetch: (async (url: string, init: RequestInit) =>
        String(url).includes('/token')
          ? new Response('', { status: 403 })
          : fetch(url, init)) as typeof fetch,
    });
    await expect(push(layout, [`${server.address}/acme/api:1`], client)).rejects.toThrow(
      /token service .* answered 403/,
    );
  });
});

describe('pushTargets and sessionUrl', () => {
  it('groups tags by repository; by digest only the first tag names the repository and no tag is put', () => {
    const t = pushTargets(['r.example/a:1', 'r.example/a:2', 'r.example/b:1'], false);
    expect(t.map((x) => [`${x.ref.registry}/${x.ref.repository}`, x.tags])).toEqual([
      ['r.example/a', ['1', '2']],
      ['r.example/b', ['1']],
    ]);
    const d = pushTargets(['r.example/a:ignored', 'r.example/b:1'], true);
    expect(d.map((x) => [x.ref.repository, x.tags])).toEqual([['a', []]]);
    expect(registryReference('r.example/a:1').repository).toBe('a');
  });

  it('resolves relative and absolute upload locations and keeps their state', () => {
    expect(sessionUrl('http://r:5000/v2/a/', '/v2/a/blobs/uploads/x?_state=s', { digest: 'sha256:1' })).toBe(
      'http://r:5000/v2/a/blobs/uploads/x?_state=s&digest=sha256%3A1',
    );
    expect(sessionUrl('http://r:5000/v2/a/', 'https://cdn.example/up/1')).toBe('https://cdn.example/up/1');
  });
});
