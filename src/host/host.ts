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

/**
 * What a host can do or needs, asked by stages and reports instead of which host it is: a new host (another CI
 * with its own cache service) is a new set of answers, not a new branch in every stage.
 */
export interface HostCapabilities {
  /** Missing tools may be installed from pinned, checksum-checked release downloads; else only PATH tools run. */
  readonly installsTools: boolean;
  /** The cache store versions entries by their path strings, so cache directories must be fixed paths. */
  readonly needsStableCachePaths: boolean;
  /** The most annotations the host shows (per level and in all); undefined: every one. */
  readonly annotationLimits?: { readonly perLevel: number; readonly total: number };
  /** SARIF locations stay relative to the checkout (code scanning); false: %SRCROOT% is the workspace's URI. */
  readonly sarifRelativeToCheckout: boolean;
  /** The layer cache `layer-cache: auto` picks: GitHub's cache service, or a directory the host keeps. */
  readonly defaultLayerCache: 'gha' | 'local';
  /** The GitHub run (event, repository, pull request) behind this job, for baselines and the PR comment. */
  readonly githubRun: boolean;
}

/** Where the pipeline runs: GitHub Actions or any other CI / a terminal. Stages never touch it directly. */
export interface Host {
  /** A name for logs; decisions read `can`. */
  readonly name: string;
  readonly can: HostCapabilities;
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
