/**
 * fetch: with the image input, the image is not built but read from its registry: its digest resolved and
 * every platform written to an OCI archive, so analyze, sbom, scan and sign work on it as on a built one.
 */
import { registryClient } from '../../registry/for-context.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { isIndexMediaType } from '../../registry/client.js';
import { registryReference, repositoryName } from '../../registry/reference.js';
import { fetchOciArchive, indexPlatforms } from '../../registry/layout.js';
import { gitFacts } from '../../git/git.js';
import { NEEDS_IMAGE_CONTENT } from '../../core/stage.js';
import { imageArchiveDir } from '../../image/archive-dir.js';

export const fetchStage: PipelineStage = {
  name: 'fetch',
  description:
    'With the image input: resolve the digest of an existing image and write all its platforms to an OCI archive for the later stages (no build).',
  skip: (ctx) => (ctx.config.image ? undefined : 'image is empty: the image is built here'),
  async run(ctx) {
    const { config, host } = ctx;
    const started = performance.now();
    const ref = registryReference(config.image);
    const client = registryClient(ctx);
    const workDir = path.join(config.reportPath, 'fetch');
    await mkdir(workDir, { recursive: true });
    const contentNeeded = NEEDS_IMAGE_CONTENT.some((s) => !config.skip.includes(s));
    let digest: string;
    let mediaType: string;
    let platforms: readonly string[];
    let configDigest: string | undefined;
    let ociArchive: string | undefined;
    if (contentNeeded) {
      ociArchive = path.join(imageArchiveDir(host, 'fetch'), 'image.oci.tar');
      const fetched = await fetchOciArchive(client, ref, ociArchive, {
        scratchDir: host.tempDir,
        log: (m) => host.log.info(m),
      });
      ({ digest, mediaType, platforms, configDigest } = fetched);
    } else {
      const root = await client.manifest(ref);
      digest = root.digest;
      mediaType = root.mediaType;
      platforms = [];
      if (isIndexMediaType(root.mediaType)) {
        platforms = indexPlatforms(root.json.manifests ?? []);
      } else configDigest = root.json.config?.digest;
    }
    const metadataFile = path.join(workDir, 'image.json');
    const metadata = { reference: ref.text, digest, mediaType, platforms };
    await writeFile(metadataFile, `${JSON.stringify(metadata, null, 2)}\n`);
    const git = await gitFacts(config.contextDir);
    ctx.facts.image = {
      source: 'fetched',
      reference: ref.text,
      mediaType,
      digest,
      ...(isIndexMediaType(mediaType) ? {} : { manifestDigest: digest }),
      ...(configDigest ? { imageId: configDigest } : {}),
      tags: ref.tag ? [`${repositoryName(ref)}:${ref.tag}`] : [],
      platforms,
      ...(ociArchive ? { ociArchive } : {}),
      metadata,
      metadataFile,
      durationMs: Math.round(performance.now() - started),
      git,
    };
    host.log.info(
      `${ref.text}: ${digest} (${isIndexMediaType(mediaType) ? `index of ${platforms.join(', ') || 'no platforms'}` : 'single image'})${ociArchive ? `, written to ${ociArchive}` : ''}`,
    );
  },
};
