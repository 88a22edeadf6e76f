/** Every fact type the stages leave in the context: data only, no behaviour. */
import type { PlatformAnalysis } from '../analyze/facts.js';
import type { GoBinaryCopies } from '../analyze/binary-store.js';
import type { ReachabilityTimings } from '../reachability/check.js';
import type { BudgetCheck } from '../analyze/budget.js';
import type { CacheMount } from '../cache/mounts.js';
import type { ModuleCacheCheck } from '../cache/verify.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import type { GitFacts } from '../git/git.js';
import type { GoMod } from '../gomod/gomod.js';
import type { GoVulnVerdict } from '../reachability/verdicts.js';
import type { PushStats } from '../registry/push.js';
import type { Baseline } from '../report/baseline.js';
import type { FileDifference } from '../reproduce/archive.js';
import type { GoEnvSnapshot, SnapshotChange } from '../snapshot/snapshot.js';
import type { BuildStep } from '../tools/buildx-metadata.js';
import type { SmokeRun } from '../tools/engine.js';
import type { SbomStats } from '../tools/syft.js';
import type { Vulnerability } from '../tools/trivy.js';

// analyze
export interface AnalysisFacts {
  readonly archive: string;
  readonly platforms: readonly PlatformAnalysis[];
  readonly durationMs: number;
  /** Copies of the Go binaries by sha256, for the reachability stage (absent when it is skipped). */
  readonly goBinaries?: GoBinaryCopies;
}

// budget
export interface BudgetFacts extends BudgetCheck {
  readonly maxImageSize?: string;
  readonly maxSizeIncrease?: string;
}

// build and fetch: the image the run works on
/** What every image the run checks has, built here or fetched from its registry. */
interface ImageCommon {
  /**
   * The image's digest: the root of the OCI archive (an index when there are several platforms or
   * attestations), which the publish stage pushes as it is; without an archive, the manifest buildx reports.
   */
  readonly digest?: string;
  /** The image manifest digest (differs from digest when the reference names an index). */
  readonly manifestDigest?: string;
  /** The image id (config digest) when known. */
  readonly imageId?: string;
  readonly tags: readonly string[];
  readonly platforms: readonly string[];
  /** OCI archive of the image for the later stages, when one was written. */
  readonly ociArchive?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly metadataFile: string;
  readonly durationMs: number;
  readonly git: GitFacts;
}

/** Built here by the build stage (which never pushes; the publish stage does). */
export interface BuiltImage extends ImageCommon {
  readonly source: 'built';
  readonly loaded: boolean;
  readonly steps: readonly BuildStep[];
  readonly buildxVersion: string;
  readonly sourceDateEpoch?: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** Already in a registry: read by the fetch stage (the image input), not built. */
export interface FetchedImage extends ImageCommon {
  readonly source: 'fetched';
  readonly reference: string;
  readonly mediaType: string;
}

export type ImageFacts = BuiltImage | FetchedImage;

/** One image of the `targets` input, built with the others in one BuildKit session. */
export interface TargetImage {
  /** The Dockerfile stage (the target's name). */
  readonly name: string;
  readonly image: BuiltImage;
}

// cache
export interface GoCacheFacts {
  readonly mounts: readonly CacheMount[];
  readonly key: string;
  readonly restoreKeys: readonly string[];
  /** The key that was restored (exact or by prefix), if any. */
  readonly restoredKey?: string;
  readonly restoreMs?: number;
  readonly restoredBytes?: number;
  /** The restored module cache checked against go.sum before injection. */
  readonly moduleCheck?: ModuleCacheCheck;
  /** Build-cache entries newer than this (ms) were used by this run's build (src/cache/trim.ts). */
  readonly usedAfterMs?: number;
  /** The archive cache-restore checked and injected, kept in the run's scratch directory for cache-save. */
  readonly restoredArchive?: string;
  /** The builder the dance goes through (driver, nodes), and why it cannot take part, if so. */
  readonly builder?: string;
  readonly builderRefused?: string;
  saved?: boolean;
  saveMs?: number;
  savedBytes?: number;
  /** What the trim left out of the saved archive: entries and their bytes. */
  trimmedEntries?: number;
  trimmedBytes?: number;
}

// discover
export interface GoModFile {
  /** Path relative to the workspace, forward slashes. */
  readonly file: string;
  readonly mod: GoMod;
}
export interface DiscoverFacts {
  /** Dockerfile path relative to the workspace. */
  readonly dockerfile: string;
  readonly dockerfileText: string;
  readonly dockerignore?: { readonly file: string; readonly text: string };
  readonly goMods: readonly GoModFile[];
  /** Go version the module asks for: the toolchain line, else the go line of the context's main go.mod. */
  readonly goVersion?: string;
}

// lint
export interface LintFacts {
  /** The stage model of the Dockerfile (stages, bases, scopes), for later stages. */
  readonly model: DockerfileModel;
  readonly findingCount: number;
  /** With the targets input: each image's model (its stage as the target); each image's context gets its own. */
  readonly imageModels?: Readonly<Record<string, DockerfileModel>>;
}

// publish
export interface PublishFacts extends PushStats {
  /** The archive's root digest, as pushed: an index, or an image manifest. */
  readonly digest: string;
  readonly mediaType: string;
  /** `registry/name@digest` of each repository pushed to. */
  readonly images: readonly string[];
  /** `registry/name:tag` of each tag put (none with push-by-digest). */
  readonly tags: readonly string[];
  readonly byDigest: boolean;
  readonly durationMs: number;
}

// reachability
export interface ReachabilityFacts {
  readonly verdicts: readonly GoVulnVerdict[];
  readonly binaries: readonly {
    readonly platform: string;
    readonly path: string;
    readonly stripped: boolean;
  }[];
  /** "3 Go vulnerabilities, 1 reachable". */
  readonly headline: string;
  readonly vexFile: string;
  /** trivy's scan again with the VEX document: the ids it still reports, and whether that matches the verdicts. */
  readonly trivyWithVex?: {
    readonly ids: readonly string[];
    readonly agrees: boolean;
    /** trivy ran, or its earlier answer was in the result cache, or there was nothing it could leave out. */
    readonly source?: 'trivy' | 'cache' | 'no-statement';
  };
  readonly durationMs: number;
  /** Of which: copying the binaries out and govulncheck on them; trivy reading the VEX back. */
  readonly govulncheckMs: number;
  readonly trivyVexMs: number;
  /** Where the check's time went. */
  readonly timings?: ReachabilityTimings;
}

// reproduce
export interface FieldDifference {
  readonly field: string;
  readonly first?: string;
  readonly second?: string;
}
export interface PlatformComparison {
  readonly platform: string;
  readonly first: string;
  readonly second?: string;
  readonly differences: readonly (FileDifference & { readonly fields?: readonly FieldDifference[] })[];
}
export interface ReproduceFacts {
  readonly reproducible: boolean;
  readonly platforms: readonly PlatformComparison[];
  readonly durationMs: number;
}

// sbom
export interface SbomFacts {
  readonly spdx: string;
  readonly cyclonedx: string;
  readonly stats: SbomStats;
  readonly syftVersion: string;
  /** The platform described, when the image has several (the first one). */
  readonly platform?: string;
}

// scan
export interface ScanFacts {
  readonly vulnerabilities: readonly Vulnerability[];
  /** By trivy severity (CRITICAL…UNKNOWN). */
  readonly counts: Readonly<Record<string, number>>;
  readonly file: string;
  /** The scan as a cosign `vuln` attestation predicate. */
  readonly predicateFile: string;
  readonly trivyVersion: string;
  /** How the vulnerability database was provided (undefined with trivy-skip-db-update). */
  readonly db?: TrivyDbFacts;
  /** trivy's cache directory the scan used. */
  readonly trivyCacheDir?: string;
}

// sign
export interface SignatureFacts {
  readonly image: string;
  readonly mode: 'key' | 'keyless';
  readonly attestations: readonly string[];
  readonly verified: boolean;
}

// smoke
export interface SmokeFacts extends SmokeRun {
  readonly platform: string;
  readonly args: readonly string[];
  /** exit (the default) or healthy. */
  readonly mode?: 'exit' | 'healthy';
}

// snapshot
export interface SnapshotFacts {
  readonly key: string;
  readonly snapshot: GoEnvSnapshot;
  /** The snapshot of the last build restored from the cache, when there was one. */
  readonly previous?: GoEnvSnapshot;
  readonly changes: readonly SnapshotChange[];
  /** The JSON artifact in the report directory. */
  readonly file: string;
}

export interface TrivyDbFacts {
  /** fresh: used as found; restored: from the cache; downloaded: new; fallback: the download failed. */
  readonly source: 'fresh' | 'restored' | 'downloaded' | 'fallback';
  /** The cache key restored, when one was. */
  readonly restoredKey?: string;
  /** The key saved, when a new database was saved. */
  readonly savedKey?: string;
  /** When the database in use was last made fresh (ISO). */
  readonly freshAt?: string;
}

export interface BaselineSource {
  readonly baseline?: Baseline;
  /** Why there is none, when one was asked for (or expected on a pull request). */
  readonly note?: string;
}
