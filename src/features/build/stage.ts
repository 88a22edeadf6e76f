import { buildRequest } from '../../buildplan/request.js';
import { findingFor } from '../../core/catalogue.js';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import type { Buildx, BuildRequest } from '../../tools/buildx.js';
import { buildxFor } from '../../tools/builder-info.js';
import type { Context } from '../../core/context.js';
import { type Finding } from '../../core/finding.js';
import { openImageSource } from '../../image/source.js';
import { archiveRoot } from '../../registry/push.js';
import { cacheBackendFailure, cacheFallbackWarning } from '../../tools/buildx-cache-errors.js';

/**
 * The build as a repeatable attempt; when BuildKit cannot configure a layer-cache backend (it fails before
 * `ignore-error` applies), the same build again without the layer cache, said in one warning, and every later
 * attempt goes without it too. A layer cache only makes builds faster.
 */
export function buildFallingBackWithoutLayerCache(
  buildx: Buildx,
  req: BuildRequest,
  log: { info(m: string): void; warning(m: string): void },
): () => Promise<Awaited<ReturnType<Buildx['build']>>> {
  let current = req;
  return async () => {
    try {
      return await buildx.build(current, (line) => log.info(line));
    } catch (e) {
      const failure = cacheBackendFailure(e instanceof Error ? e.message : String(e));
      if (!failure || ((current.cacheFrom ?? []).length === 0 && (current.cacheTo ?? []).length === 0))
        throw e;
      log.warning(cacheFallbackWarning(failure));
      current = { ...current, cacheFrom: [], cacheTo: [] };
      return buildx.build(current, (line) => log.info(line));
    }
  };
}

/** GC310: without SOURCE_DATE_EPOCH the image's timestamps differ between two builds of the same commit. */
export function noSourceDateEpoch(ctx: Context): Finding {
  const why =
    ctx.config.sourceDateEpoch === 'none'
      ? 'source-date-epoch is none'
      : 'the commit time is unknown (no git repository)';
  return findingFor('GC310', {
    message: `built without SOURCE_DATE_EPOCH (${why}): image timestamps change on every build, so identical sources never give the same digest`,
    stage: 'build',
    ...(ctx.facts.discover ? { file: ctx.facts.discover.dockerfile } : {}),
  });
}

export const buildStage: PipelineStage = {
  name: 'build',
  description:
    'Build the image with docker buildx (BuildKit): platforms, tags, push/load/OCI output, digest and step timings.',
  skip(ctx) {
    if (ctx.config.image) return `image is set: ${ctx.config.image} is fetched, not built`;
    return ctx.facts.discover ? undefined : 'nothing discovered to build';
  },
  async run(ctx) {
    const { config, host } = ctx;
    const buildx = await buildxFor(config.builder || undefined);
    const buildxVersion = await buildx.version();
    const workDir = path.join(config.reportPath, 'build');
    await mkdir(workDir, { recursive: true });
    const secretsDir = path.join(host.tempDir, 'secrets');
    const req = await buildRequest(ctx, workDir, secretsDir);
    let outcome;
    try {
      outcome = await buildFallingBackWithoutLayerCache(buildx, req, host.log)();
    } finally {
      await rm(secretsDir, { recursive: true, force: true });
    }
    const oci = req.outputs.find((o) => o.kind === 'oci');
    const manifestDigest = outcome.metadata.digest;
    // The archive's root is what the checks read and what the publish stage pushes.
    const digest = oci ? (await archiveRoot(await openImageSource(oci.dest))).digest : manifestDigest;
    const imageId = outcome.metadata.configDigest ?? outcome.imageId;
    ctx.facts.image = {
      source: 'built',
      ...(digest ? { digest } : {}),
      ...(manifestDigest ? { manifestDigest } : {}),
      ...(imageId ? { imageId } : {}),
      tags: req.tags,
      platforms: config.platforms,
      loaded: config.load,
      ...(oci ? { ociArchive: oci.dest } : {}),
      metadata: outcome.metadata.raw,
      metadataFile: req.metadataFile,
      steps: outcome.steps,
      durationMs: outcome.durationMs,
      buildxVersion,
      ...(req.sourceDateEpoch !== undefined ? { sourceDateEpoch: req.sourceDateEpoch } : {}),
      git: req.git,
      labels: req.labels,
    };
    if (req.sourceDateEpoch === undefined) ctx.addFindings([noSourceDateEpoch(ctx)]);
    await writeFile(path.join(workDir, 'steps.json'), `${JSON.stringify(outcome.steps, null, 2)}\n`);
    const cached = outcome.steps.filter((s) => s.cached).length;
    host.log.info(
      `built in ${(outcome.durationMs / 1000).toFixed(1)}s, ${cached}/${outcome.steps.length} steps cached${digest ? `, digest ${digest}` : ''}`,
    );
    if (!digest) host.log.warning('buildx reported no image digest (see the metadata file)');
  },
};
