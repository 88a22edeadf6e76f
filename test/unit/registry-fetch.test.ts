/**
 * The fetch half of the registry client (fetchOciArchive in src/registry/layout.ts) against the small
 * Distribution server on 127.0.0.1: an image pushed there comes back as an OCI layout tar holding every blob,
 * with index entries that name no platform completed from their image config. The same against the real
 * local registry is in test/e2e/fetch-auth.test.ts and test/e2e/fanout-merge.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openImageSource } from '../../src/image/source.js';
import { RegistryClient } from '../../src/registry/client.js';
import { fetchOciArchive } from '../../src/registry/layout.js';
import { ArchivePusher, planPush } from '../../src/registry/push.js';
import { registryReference } from '../../src/registry/reference.js';
import { pushTargets } from '../../src/features/publish/stage.js';
import { removeTree } from '../../src/cache/fs.js';
import { startDistribution, type DistributionServer } from '../helpers/distribution.js';
import { writeLayout } from '../helpers/oci-layout.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('fetchOciArchive against a small Distribution server', () => {
  let dir: string;
  let server: DistributionServer | undefined;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-fetch-'))));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await removeTree(dir);
  });

  async function pushed(opts: Parameters<typeof writeLayout>[1]) {
    server = await startDistribution();
    const layout = path.join(dir, 'layout');
    const written = writeLayout(layout, opts);
    const client = new RegistryClient({ retryDelayMs: 1 });
    const source = await openImageSource(layout);
    await new ArchivePusher(client, source).push(
      await planPush(source),
      pushTargets([`${server.address}/acme/api:1`], false),
    );
    return { written, client, ref: registryReference(`${server.address}/acme/api:1`) };
  }

  it('writes the index, every blob and the tag, as a layout the image reader opens', async () => {
    const { written, client, ref } = await pushed({ platforms: ['linux/amd64', 'linux/arm64'] });
    const dest = path.join(dir, 'out', 'image.tar');
    const logs: string[] = [];
    const fetched = await fetchOciArchive(client, ref, dest, {
      scratchDir: path.join(dir, 'scratch'),
      log: (m) => logs.push(m),
    });
    expect(fetched).toMatchObject({
      digest: written.root,
      platforms: ['linux/amd64', 'linux/arm64'],
      blobs: 1 + 2 + written.blobs,
    });
    expect(logs).toEqual([`${ref.text}: ${fetched.blobs} blobs, ${fetched.bytes} bytes`]);
    const source = await openImageSource(dest);
    const index = JSON.parse((await source.read('index.json')).toString('utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[];
    };
    expect(index.manifests.map((m) => m.digest)).toEqual([written.root]);
    expect(index.manifests[0]?.annotations?.['org.opencontainers.image.ref.name']).toBe('1');
    for (const digest of [written.root, ...written.children]) {
      const bytes = await source.read(`blobs/sha256/${digest.slice('sha256:'.length)}`);
      expect(sha(bytes)).toBe(digest);
    }
  });

  it('index entries without a platform get the one their image config names', async () => {
    const { client, ref } = await pushed({
      platforms: ['linux/amd64', 'linux/arm64'],
      noIndexPlatforms: true,
    });
    const fetched = await fetchOciArchive(client, ref, path.join(dir, 'image.tar'), {
      scratchDir: path.join(dir, 'scratch'),
    });
    expect(fetched.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });
});
