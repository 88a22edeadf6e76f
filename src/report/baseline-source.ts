/**
 * Where the baseline to compare with comes from: the `baseline` input's file, else (GitHub pull requests) the
 * base branch's latest, from the Actions cache. Loaded once per run: the budget stage (max-size-increase) and
 * the reports read the same one.
 */
import type { BaselineSource } from '../core/facts.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../core/context.js';
import { parseBaseline } from './baseline.js';
import type { GitHubRunInfo } from '../github/event.js';
import { restoreBaselineFromCache } from '../github/report.js';

/** The baseline to compare with: the `baseline` input's file, else (GitHub PRs) the base branch's. */
async function loadBaseline(
  ctx: Context,
  image: string,
  github: GitHubRunInfo | undefined,
): Promise<BaselineSource> {
  let text: string | undefined;
  let source: string;
  if (ctx.config.baseline) {
    const file = path.resolve(ctx.config.workspace, ctx.config.baseline);
    source = `baseline ${ctx.config.baseline}`;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const note = `input 'baseline': cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): no deltas`;
      ctx.host.log.warning(note);
      return { note };
    }
  } else if (github?.pullRequest?.baseRef) {
    source = `the baseline of ${github.pullRequest.baseRef}`;
    text = await restoreBaselineFromCache(ctx, image, github.pullRequest.baseRef);
    if (text === undefined)
      return {
        note: `No baseline from ${github.pullRequest.baseRef} yet (a run on that branch stores one): no deltas.`,
      };
  } else return {};
  const parsed = parseBaseline(text);
  if ('problem' in parsed) {
    const note = `${source} is not usable: ${parsed.problem}`;
    ctx.host.log.warning(note);
    return { note };
  }
  if (parsed.baseline.image !== image) {
    const note = `${source} describes image ${parsed.baseline.image}, not ${image}: no deltas`;
    ctx.host.log.warning(note);
    return { note };
  }
  return { baseline: parsed.baseline };
}

/** The baseline of this run, loaded on first use and kept in the context's facts. */
export async function baselineToCompare(
  ctx: Context,
  image: string,
  github: GitHubRunInfo | undefined,
): Promise<BaselineSource> {
  ctx.facts.baseline ??= await loadBaseline(ctx, image, github);
  return ctx.facts.baseline;
}
