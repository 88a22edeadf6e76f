import { errorMessage } from './errors.js';
import type { Context } from './context.js';
import type { ContextWith, FactName, PipelineStage } from './stage.js';
import { SEVERITIES, severityRank, type Finding } from './finding.js';

/** The skip reason of the first fact the stage needs that no earlier stage left, or undefined. */
export function unmetNeed(ctx: Context, stage: PipelineStage): string | undefined {
  const needs: Readonly<Record<string, string>> = stage.needs ?? {};
  const missing = Object.keys(needs).find((fact) => ctx.facts[fact as FactName] === undefined);
  return missing === undefined ? undefined : needs[missing];
}

/** The context narrowed to a stage's needs, for a caller outside the runner; throws naming an unmet need. */
export function contextFor<K extends FactName>(stage: PipelineStage<K>, ctx: Context): ContextWith<K> {
  const unmet = unmetNeed(ctx, stage as unknown as PipelineStage);
  if (unmet !== undefined) throw new Error(`${stage.name}: ${unmet}`);
  return ctx as ContextWith<K>;
}

/**
 * Runs the stages in order. A stage that throws is recorded as failed and the pipeline stops running
 * further stages (they are recorded as skipped with the reason), so reports still describe everything.
 * Background stages are waited for before it returns, unless `opts.background` collects them for the caller.
 */
export async function runPipeline(
  ctx: Context,
  stages: readonly PipelineStage[],
  opts: { background?: Promise<void>[] } = {},
): Promise<void> {
  // A context that carries an earlier part's failure (an image's stages after the shared build) runs nothing.
  let failed = ctx.stages.find((s) => s.status === 'failed')?.name;
  const background: Promise<void>[] = opts.background ?? [];
  for (const stage of stages) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const reason = ctx.config.skip.includes(stage.name)
      ? 'skipped by the skip input'
      : failed !== undefined
        ? `not run: stage '${failed}' failed`
        : (unmetNeed(ctx, stage) ?? stage.skip(ctx));
    if (reason !== undefined) {
      ctx.stages.push({ name: stage.name, status: 'skipped', reason, durationMs: 0 });
      ctx.host.log.debug(`${stage.name}: skipped (${reason})`);
      continue;
    }
    if (stage.background) {
      // Its record keeps its place in the table; the result fills it in when the stage is done.
      const index = ctx.stages.push({ name: stage.name, status: 'ok', durationMs: 0 }) - 1;
      ctx.host.log.info(`${stage.name}: started alongside the next stages`);
      background.push(
        stage.run(ctx).then(
          () => {
            ctx.stages[index] = { name: stage.name, status: 'ok', durationMs: elapsed() };
          },
          (e: unknown) => {
            ctx.stages[index] = {
              name: stage.name,
              status: 'failed',
              reason: errorMessage(e),
              durationMs: elapsed(),
            };
            ctx.host.log.error(`${stage.name} failed: ${errorMessage(e)}`);
          },
        ),
      );
      continue;
    }
    try {
      await ctx.host.log.group(stage.name, () => stage.run(ctx));
      ctx.stages.push({ name: stage.name, status: 'ok', durationMs: elapsed() });
    } catch (e) {
      ctx.stages.push({ name: stage.name, status: 'failed', reason: errorMessage(e), durationMs: elapsed() });
      ctx.host.log.error(`${stage.name} failed: ${errorMessage(e)}`);
      failed = stage.name;
    }
  }
  // Given a list, the caller waits for the background stages (and reports them) itself.
  if (!opts.background) await Promise.all(background);
}

export interface Verdict {
  readonly ok: boolean;
  readonly reason: string;
  /** When it fails, why in a few words: `stage 'scan' failed`, `2 errors`, `1 error, 3 warnings`. */
  readonly short?: string;
}

/** `2 errors, 1 warning` for the blocking findings, most severe first. Pure. */
function countBySeverity(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`)
    .join(', ');
}

/** The job's verdict: any failed stage, or any finding at or above fail-on, fails it. */
export function verdict(ctx: Context): Verdict {
  const failedStage = ctx.stages.find((s) => s.status === 'failed');
  if (failedStage)
    return {
      ok: false,
      reason: `stage '${failedStage.name}' failed: ${failedStage.reason ?? ''}`,
      short: `stage '${failedStage.name}' failed`,
    };
  const failOn = ctx.config.failOn;
  if (failOn !== 'never') {
    const blocking = ctx.findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
    if (blocking.length > 0) {
      return {
        ok: false,
        reason: `${blocking.length} finding(s) at or above '${failOn}'`,
        short: countBySeverity(blocking),
      };
    }
  }
  return { ok: true, reason: 'all stages passed' };
}
