import type { Config } from './config/config.js';
import { secretValues } from './config/config.js';
import type { Host } from './host/host.js';
import { Context } from './core/context.js';
import { runPipeline, type Verdict } from './core/pipeline.js';
import type { PipelineStage } from './core/stage.js';
import { report } from './report/report.js';
import { defaultStages } from './features/index.js';

/** The one pipeline behind both front doors: mask secrets, run the stages, report. */
export async function runAll(
  config: Config,
  host: Host,
  stages: readonly PipelineStage[] = defaultStages(),
): Promise<{ ctx: Context; verdict: Verdict }> {
  for (const secret of secretValues(config)) host.mask(secret);
  const ctx = new Context(config, host);
  await runPipeline(ctx, stages);
  const verdict = await report(ctx);
  return { ctx, verdict };
}
