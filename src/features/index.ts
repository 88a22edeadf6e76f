import type { Stage } from '../core/stage.js';
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

/** The stages in the order they run. */
export function defaultStages(): Stage[] {
  return [
    discoverStage,
    lintStage,
    snapshotStage,
    cacheRestoreStage,
    buildStage,
    fetchStage,
    cacheSaveStage,
    analyzeStage,
    budgetStage,
    smokeStage,
    reproduceStage,
    sbomStage,
    scanStage,
    reachabilityStage,
    publishStage,
    signStage,
  ];
}
