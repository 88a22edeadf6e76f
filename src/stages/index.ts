import type { Stage } from '../pipeline/stage.js';
import { discoverStage } from './discover.js';
import { buildStage } from './build.js';
import { cacheRestoreStage, cacheSaveStage } from './cache.js';

/** The stages in the order they run. */
export function defaultStages(): Stage[] {
  return [discoverStage, cacheRestoreStage, buildStage, cacheSaveStage];
}
