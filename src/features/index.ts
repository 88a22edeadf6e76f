import type { PipelineStage } from '../core/stage.js';
import type { StageName } from '../config/inputs.js';
import { discoverStage } from './discover/stage.js';
import { lintStage } from './lint/stage.js';
import { buildStage } from './build/stage.js';
import { fetchStage } from './fetch/stage.js';
import { cacheRestoreStage, cacheSaveStage } from './cache/stage.js';
import { snapshotStage } from './snapshot/stage.js';
import { reproduceStage } from './reproduce/stage.js';
import { sbomStage } from './sbom/stage.js';
import { scanStage } from './scan/stage.js';
import { reachabilityStage } from './reachability/stage.js';
import { signStage } from './sign/stage.js';
import { analyzeStage } from './analyze/stage.js';
import { smokeStage } from './smoke/stage.js';
import { budgetStage } from './budget/stage.js';
import { publishStage } from './publish/stage.js';

/** The stages in the order they run; each one's facts are read only by the stages after it. */
export function defaultStages(): PipelineStage[] {
  return [
    // the Dockerfile, .dockerignore and go.mod files: what every later stage reads
    discoverStage,
    // the Go-in-container rules on the Dockerfile, before anything is built
    lintStage,
    // the Go environment the build really sees, and the cache key made from it
    snapshotStage,
    // the saved Go caches, put into the builder before the build
    cacheRestoreStage,
    // docker buildx build into an OCI archive (it never pushes)
    buildStage,
    // with the image input: the image read from its registry instead of built
    fetchStage,
    // the Go caches out of the builder, saved alongside the next stages
    cacheSaveStage,
    // the image read from its archive: binaries, ELF, build info, whether it can start
    analyzeStage,
    // image size against max-image-size and max-size-increase (opt-in)
    budgetStage,
    // the image run once, or as a service until healthy (opt-in)
    smokeStage,
    // a second build from nothing, compared file by file (opt-in)
    reproduceStage,
    // syft on the archive
    sbomStage,
    // trivy on the SBOM, findings on the go.mod and FROM lines
    scanStage,
    // govulncheck on the shipped binaries: which Go vulnerabilities they reach
    reachabilityStage,
    // the gate, then the checked archive pushed byte for byte
    publishStage,
    // cosign signatures and attestations on the pushed digest
    signStage,
  ];
}

/**
 * With the targets input, the stages that run once per image, each image in its own context after the one
 * shared build (src/run-targets.ts); the others run once for the run.
 */
export const PER_IMAGE_STAGES: readonly StageName[] = [
  'analyze',
  'budget',
  'smoke',
  'reproduce',
  'sbom',
  'scan',
  'reachability',
  'publish',
  'sign',
];
