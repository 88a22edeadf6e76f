import type { Config } from './config/config.js';
import { secretValues } from './config/config.js';
import type { Host } from './host/host.js';
import { finishImageArchives, keepTargetArchives } from './image/archive-dir.js';
import { Context } from './core/context.js';
import { runPipeline, type Verdict } from './core/pipeline.js';
import type { PipelineStage } from './core/stage.js';
import { report } from './report/report.js';
import { defaultStages } from './features/index.js';
import { runTargets } from './run-targets.js';
import { reportTargets } from './report/targets.js';

/**
 * The one pipeline behind both front doors: mask secrets, run the stages, report. The image archives live in
 * the run's scratch directory and go with it (or the one asked for to `keep-image-archive`), whatever happens.
 */
export async function runAll(
  config: Config,
  host: Host,
  stages: readonly PipelineStage[] = defaultStages(),
): Promise<{ ctx: Context; verdict: Verdict }> {
  for (const secret of secretValues(config)) host.mask(secret);
  for (const note of config.metadata?.notes ?? []) host.log.warning(note);
  const ctx = new Context(config, host);
  let verdict: Verdict;
  try {
    if (config.targets.length > 0) {
      verdict = await reportTargets(ctx, await runTargets(ctx, stages));
    } else {
      await runPipeline(ctx, stages);
      verdict = await report(ctx);
    }
  } finally {
    await finishArchives(ctx);
  }
  return { ctx, verdict };
}

/** Keeps the archives asked for (keep-image-archive: the image's, or each image's with targets), drops the rest. */
async function finishArchives(ctx: Context): Promise<void> {
  const { config, host } = ctx;
  const kept: string[] = [];
  try {
    if (config.targets.length > 0 && config.keepImageArchivePath)
      kept.push(...(await keepTargetArchives(ctx.facts.images ?? [], config.keepImageArchivePath)));
  } finally {
    const one = await finishImageArchives(host, ctx.facts.image?.ociArchive, config.keepImageArchivePath);
    if (one) kept.push(one);
    for (const at of kept) host.log.info(`image archive kept at ${at} (keep-image-archive)`);
  }
}
