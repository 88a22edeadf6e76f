/**
 * BuildKit configures each `--cache-from`/`--cache-to` backend before the build starts; a backend it cannot
 * configure (BuildKit's gha backend given a runner token that is not the JWT it expects, a cache URL missing)
 * fails the whole build before `ignore-error=true` applies. This reads that failure from buildx's output.
 */

export interface CacheBackendFailure {
  /** The cache type BuildKit names (gha, registry, local, s3…). */
  readonly type: string;
  readonly role: 'exporter' | 'importer';
  /** What the backend said, on one line, shortened. */
  readonly reason: string;
}

const CONFIGURE_FAILURE = /failed to configure (\S+) cache (exporter|importer)(?::\s*([^\n]*))?/;

/** The cache backend buildx could not configure, from its error output; undefined for any other failure. Pure. */
export function cacheBackendFailure(output: string): CacheBackendFailure | undefined {
  const m = CONFIGURE_FAILURE.exec(output);
  if (!m) return undefined;
  const reason = (m[3] ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { type: (m[1] as string).slice(0, 40), role: m[2] as 'exporter' | 'importer', reason };
}

/** The one warning for a build made again without its layer cache. Pure. */
export function cacheFallbackWarning(failure: CacheBackendFailure): string {
  return (
    `the layer cache (type=${failure.type}) could not be configured${failure.reason ? ` (${failure.reason})` : ''}: ` +
    'built again without the layer cache; the image is the same, only slower to build'
  );
}
