/** One build attempt and what is said about it: the layer-cache fallback, the log line, GC310. */
import { findingFor } from '../../core/catalogue.js';
import type { Context } from '../../core/context.js';
import type { BuiltImage } from '../../core/facts.js';
import type { Finding } from '../../core/finding.js';
import type { Buildx, BuildRequest } from '../../tools/buildx.js';
import { cacheBackendFailure, cacheFallbackWarning } from '../../tools/buildx-cache-errors.js';

/**
 * A build as a repeatable attempt; when BuildKit cannot configure a layer-cache backend (it fails before
 * `ignore-error` applies), the same build again without the layer cache (`run(true)`), said in one warning, and
 * every later attempt goes without it too. A layer cache only makes builds faster.
 */
export function fallingBackWithoutLayerCache<O>(
  run: (withoutLayerCache: boolean) => Promise<O>,
  hasLayerCache: boolean,
  log: { warning(m: string): void },
): () => Promise<O> {
  let without = false;
  return async () => {
    try {
      return await run(without);
    } catch (e) {
      const failure = cacheBackendFailure(e instanceof Error ? e.message : String(e));
      if (!failure || without || !hasLayerCache) throw e;
      log.warning(cacheFallbackWarning(failure));
      without = true;
      return run(true);
    }
  };
}

/** A request without its layer cache. Pure. */
export function withoutLayerCache<R extends BuildRequest>(req: R): R {
  return { ...req, cacheFrom: [], cacheTo: [] };
}

/** Whether a request imports or exports a layer cache. Pure. */
export function hasLayerCache(req: BuildRequest): boolean {
  return (req.cacheFrom ?? []).length > 0 || (req.cacheTo ?? []).length > 0;
}

/** `docker buildx build` of one request, falling back as above. */
export function buildFallingBackWithoutLayerCache(
  buildx: Buildx,
  req: BuildRequest,
  log: { info(m: string): void; warning(m: string): void },
): () => Promise<Awaited<ReturnType<Buildx['build']>>> {
  return fallingBackWithoutLayerCache(
    (without) => buildx.build(without ? withoutLayerCache(req) : req, (line) => log.info(line)),
    hasLayerCache(req),
    log,
  );
}

/** One line for the log: how long, how much was cached, the digests; a warning for an image without one. */
export function logBuilt(
  log: { info(m: string): void; warning(m: string): void },
  outcome: { durationMs: number; steps: readonly { cached: boolean }[] },
  images: readonly (BuiltImage & { name?: string })[],
): void {
  const cached = outcome.steps.filter((s) => s.cached).length;
  const digests = images
    .filter((i) => i.digest)
    .map((i) => `${i.name ? `${i.name} ` : ''}${i.digest ?? ''}`)
    .join(', ');
  log.info(
    `built in ${(outcome.durationMs / 1000).toFixed(1)}s, ${cached}/${outcome.steps.length} steps cached${digests ? `, digest ${digests}` : ''}`,
  );
  for (const i of images.filter((i) => !i.digest))
    log.warning(`buildx reported no image digest${i.name ? ` for ${i.name}` : ''} (see the metadata file)`);
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
