import type { Stage } from '../pipeline/stage.js';
import { discoverStage } from './discover.js';
import { lintStage } from './lint.js';
import { buildStage } from './build.js';
import { fetchStage } from './fetch.js';
import { cacheRestoreStage, cacheSaveStage } from './cache.js';
import { snapshotStage } from './snapshot.js';
import { reproduceStage } from './reproduce.js';
import { sbomStage } from './sbom.js';
import { scanStage } from './scan.js';
import { reachabilityStage } from './reachability.js';
import { signStage } from './sign.js';
import { analyzeStage } from './analyze.js';
import { smokeStage } from './smoke.js';
import { budgetStage } from './budget.js';
import { publishStage } from './publish.js';

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
