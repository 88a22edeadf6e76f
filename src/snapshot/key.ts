/**
 * Deterministic cache keys: a hash of a canonical form of everything that changes Go's output, and nothing
 * volatile. Same inputs in a different order give the same key; any one input changed gives another.
 */
import { createHash } from 'node:crypto';

export interface CacheKeyInputs {
  /** The effective Go environment (GOOS, GOARCH, CGO_ENABLED, GOFLAGS, …), per build stage. */
  readonly goEnv: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly goVersion?: string;
  readonly platforms: readonly string[];
  /** Content hashes of go.sum, go.mod, Dockerfile (path → sha256). */
  readonly files: Readonly<Record<string, string>>;
  /** Base image references, with digests where known. */
  readonly baseImages: readonly string[];
}

/** JSON with object keys sorted at every depth. Pure. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The key's canonical form: order-insensitive lists sorted. Pure. */
function canonicalKeyInputs(inputs: CacheKeyInputs): string {
  return canonicalJson({
    v: 1,
    goEnv: inputs.goEnv,
    goVersion: inputs.goVersion ?? '',
    platforms: [...new Set(inputs.platforms)].sort(),
    files: inputs.files,
    baseImages: [...new Set(inputs.baseImages)].sort(),
  });
}

/** A short, stable key (hex). */
export function cacheKey(inputs: CacheKeyInputs): string {
  return sha256(canonicalKeyInputs(inputs)).slice(0, 32);
}

/** Values that would make a key change on every run: run ids, temporary paths, timestamps. */
export function volatileReason(value: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of [
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_RUN_ATTEMPT',
    'CI_PIPELINE_ID',
    'CI_JOB_ID',
    'BUILD_NUMBER',
  ]) {
    const v = env[name];
    if (v && v.length >= 3 && value.includes(v)) return `contains the run id ${name}`;
  }
  for (const dir of [env.RUNNER_TEMP, env.TMPDIR, '/tmp/']) {
    if (dir && dir.length > 1 && value.includes(dir)) return `contains the temporary path ${dir}`;
  }
  if (/\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return 'contains a timestamp';
  if (/\b1[6-9]\d{8}\b/.test(value)) return 'contains what looks like a Unix time';
  return undefined;
}
