/**
 * budget: the image's size against `max-image-size` (per platform) and `max-size-increase` (against the
 * baseline's size of the same platform). An exceeded budget is a GC408 error on the FROM line of the final
 * stage, so it fails the gate through fail-on like any other finding.
 */
import type { PipelineStage } from '../../core/stage.js';
import { applyPolicy } from '../../dockerfile/lint.js';
import { budgetIssue, checkBudgets, type PlatformSize } from '../../analyze/budget.js';
import { dockerfileOf, issuesToFindings } from '../../analyze/issues.js';
import { baselineToCompare } from '../../report/baseline-source.js';
import { imageIdentity } from '../../report/facts.js';
import { gitHubRunInfo } from '../../github/event.js';

/** Why max-size-increase has nothing to compare with. */
function missingBase(source: { baseline?: { platforms?: readonly PlatformSize[] }; note?: string }): {
  missing: string;
} {
  if (!source.baseline)
    return {
      missing:
        source.note ??
        'no baseline (pull requests compare with their base branch; elsewhere set the baseline input)',
    };
  return { missing: 'the baseline has no per-platform sizes (it was written by an older version)' };
}

export const budgetStage: PipelineStage = {
  name: 'budget',
  description: 'Check the image size per platform against max-image-size and max-size-increase.',
  skip(ctx) {
    if (!ctx.config.maxImageSize && !ctx.config.maxSizeIncrease)
      return 'no max-image-size or max-size-increase';
    if (!ctx.facts.analysis?.platforms.length) return 'the image was not analysed';
    return undefined;
  },
  async run(ctx) {
    const sizes = ctx.facts.analysis?.platforms ?? [];
    const { maxImageSize, maxSizeIncrease } = ctx.config;
    let base: readonly PlatformSize[] | { missing: string } = { missing: 'not needed' };
    if (maxSizeIncrease) {
      const github = ctx.host.can.githubRun ? gitHubRunInfo() : undefined;
      const image = imageIdentity(ctx.config, ctx.facts.discover?.dockerfile);
      const source = await baselineToCompare(ctx, image, github);
      base = source.baseline?.platforms?.length ? source.baseline.platforms : missingBase(source);
    }
    const check = checkBudgets(
      sizes,
      { ...(maxImageSize ? { maxImageSize } : {}), ...(maxSizeIncrease ? { maxSizeIncrease } : {}) },
      base,
    );
    ctx.facts.budget = {
      ...check,
      ...(maxImageSize ? { maxImageSize: maxImageSize.text } : {}),
      ...(maxSizeIncrease ? { maxSizeIncrease: maxSizeIncrease.text } : {}),
    };
    const perPlatform = sizes.map((size) => ({
      platform: size.platform,
      issues: check.results
        .filter((r) => r.platform === size.platform && r.exceeded)
        .map((r) => budgetIssue(r, size)),
    }));
    const imageName = ctx.facts.image?.tags[0] ?? ctx.facts.image?.digest ?? 'the image';
    // One platform at a time: each message names its platform already.
    const dockerfile = dockerfileOf(ctx);
    const placed = perPlatform.flatMap((p) => issuesToFindings([p], dockerfile, imageName));
    const findings = applyPolicy(placed, {
      disable: ctx.config.lintDisable,
      severity: ctx.config.lintSeverity,
    });
    ctx.addFindings(findings.map((f) => ({ ...f, stage: 'budget' })));
    for (const r of check.results)
      ctx.host.log.info(
        `${r.platform}: ${r.budget} ${r.limit}: ${r.actualBytes} bytes ${r.measure}, at most ${r.allowedBytes}: ${r.exceeded ? 'exceeded' : 'within'}`,
      );
    for (const note of check.notes) ctx.host.log.info(note);
  },
};
