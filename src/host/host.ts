import type { Finding } from '../core/finding.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs fn inside a collapsible group (GitHub) or under a heading (local). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Persists directories between runs: @actions/cache on GitHub, a local directory elsewhere. */
export interface CacheStore {
  /** Restores the paths; returns the key that matched (exact or by prefix), or undefined on a miss. */
  restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<string | undefined>;
  save(paths: readonly string[], key: string): Promise<void>;
  /** False when this job may only restore (ACTIONS_CACHE_MODE=read on a fork): stages skip work for save. Absent: true. */
  readonly writable?: boolean;
}

/** Where the pipeline runs: GitHub Actions or any other CI / a terminal. Stages never touch it directly. */
export interface Host {
  readonly kind: 'github' | 'local';
  readonly log: Logger;
  /** Registers a secret so it never appears in logs. */
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  /** Emits one annotation for a finding with a location (the host may cap their number). */
  annotate(finding: Finding): void;
  appendSummary(markdown: string): Promise<void>;
  readonly cache: CacheStore;
  /** Where BuildKit's layer cache is kept between runs, when the host keeps it in a directory. */
  readonly layerCacheDir?: string;
  /** A private scratch directory for this run. */
  readonly tempDir: string;
}
