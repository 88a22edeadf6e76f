import type { Config } from './config/config.js';
import { secretValues } from './config/config.js';
import type { Host } from './host/host.js';
import { Context } from './pipeline/context.js';
import { runPipeline, type Verdict } from './pipeline/pipeline.js';
import type { Stage } from './pipeline/stage.js';
import { report } from './report/report.js';
import { defaultStages } from './stages/index.js';

/** The one pipeline behind both front doors: mask secrets, run the stages, report. */
export async function runAll(
  config: Config,
  host: Host,
  stages: readonly Stage[] = defaultStages(),
): Promise<{ ctx: Context; verdict: Verdict }> {
  for (const secret of secretValues(config)) host.mask(secret);
  const ctx = new Context(config, host);
  await runPipeline(ctx, stages);
  const verdict = await report(ctx);
  return { ctx, verdict };
}
