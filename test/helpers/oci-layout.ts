/**
 * OCI layout directories written byte by byte for the registry client's tests (push and fetch against the small
 * Distribution server of distribution.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
};

/**
 * An OCI layout directory whose root is an index of one image per platform (a shared layer and one of its
 * own each), optionally with a blob whose bytes do not match its name, or with index entries that leave their
 * platform out (some tools do; the image config names it).
 */
export function writeLayout(
  dir: string,
  opts: { platforms?: string[]; layerBytes?: number; corrupt?: boolean; noIndexPlatforms?: boolean } = {},
) {
  const blobsDir = path.join(dir, 'blobs', 'sha256');
  mkdirSync(blobsDir, { recursive: true });
  const put = (b: Buffer) => {
    const d = sha(b);
    writeFileSync(path.join(blobsDir, d.slice(7)), b);
    return d;
  };
  const shared = Buffer.alloc(opts.layerBytes ?? 300, 7);
  const sharedDigest = put(shared);
  if (opts.corrupt) writeFileSync(path.join(blobsDir, sharedDigest.slice(7)), Buffer.alloc(shared.length, 8));
  const children = (opts.platforms ?? ['linux/amd64']).map((p) => {
    const [os_, arch] = p.split('/') as [string, string];
    const own = Buffer.from(`layer of ${p}`);
    const config = Buffer.from(JSON.stringify({ os: os_, architecture: arch, rootfs: { type: 'layers' } }));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI.manifest,
        config: { mediaType: OCI.config, digest: put(config), size: config.length },
        layers: [
          { mediaType: OCI.layer, digest: sharedDigest, size: shared.length },
          { mediaType: OCI.layer, digest: put(own), size: own.length },
        ],
      }),
    );
    return {
      mediaType: OCI.manifest,
      digest: put(manifest),
      size: manifest.length,
      ...(opts.noIndexPlatforms ? {} : { platform: { os: os_, architecture: arch } }),
    };
  });
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: children }));
  const root = { mediaType: OCI.index, digest: put(index), size: index.length };
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [root] }));
  return { root: root.digest, children: children.map((c) => c.digest), blobs: 1 + 2 * children.length };
}
