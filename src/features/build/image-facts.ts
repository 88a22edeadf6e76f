/** The facts of a built image, from the request that built it and what buildx reported. */
import type { BuiltImage } from '../../core/facts.js';
import type { BuildMetadata, BuildStep } from '../../tools/buildx-metadata.js';
import type { BuildRequest } from '../../tools/buildx.js';
import type { GitFacts } from '../../git/git.js';
import { openImageSource } from '../../image/source.js';
import { archiveRoot } from '../../registry/push.js';

export interface BuildResult {
  readonly metadata: BuildMetadata;
  readonly imageId?: string;
  readonly steps: readonly BuildStep[];
  readonly durationMs: number;
  readonly buildxVersion: string;
}

/** The image's facts; its digest is the root of the OCI archive when there is one (what is checked and pushed). */
export async function builtImageFacts(
  req: BuildRequest & { git: GitFacts },
  result: BuildResult,
  loaded: boolean,
): Promise<BuiltImage> {
  const oci = req.outputs.find((o) => o.kind === 'oci');
  const manifestDigest = result.metadata.digest;
  const digest = oci ? (await archiveRoot(await openImageSource(oci.dest))).digest : manifestDigest;
  const imageId = result.metadata.configDigest ?? result.imageId;
  return {
    source: 'built',
    ...(digest ? { digest } : {}),
    ...(manifestDigest ? { manifestDigest } : {}),
    ...(imageId ? { imageId } : {}),
    tags: req.tags,
    platforms: req.platforms,
    loaded,
    ...(oci ? { ociArchive: oci.dest } : {}),
    metadata: result.metadata.raw,
    metadataFile: req.metadataFile,
    steps: result.steps,
    durationMs: result.durationMs,
    buildxVersion: result.buildxVersion,
    ...(req.sourceDateEpoch !== undefined ? { sourceDateEpoch: req.sourceDateEpoch } : {}),
    git: req.git,
    labels: req.labels,
  };
}
