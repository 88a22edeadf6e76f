/**
 * A run of several images (the targets input): the stages up to the build run once (one BuildKit session builds
 * every image, src/features/build/targets.ts); then each image gets its own context, with the run's facts,
 * findings and stage records, and runs the per-image stages: analysed, scanned, gated, pushed and signed on its
 * own, so one image's failure holds back only that image (and a failure before or in the build, all of them).
 */
import { configForTarget } from './config/target-config.js';
import type { ImageTarget } from './config/targets.js';
import { Context } from './core/context.js';
import { runPipeline } from './core/pipeline.js';
import type { PipelineStage } from './core/stage.js';
import { PER_IMAGE_STAGES } from './features/index.js';

/** The context of one image: the run's facts (its own image), findings and stage records so far. */
export function imageContext(shared: Context, target: ImageTarget): Context {
  const ctx = new Context(configForTarget(shared.config, target), shared.host);
  const { images, ...facts } = shared.facts;
  Object.assign(ctx.facts, facts);
  const built = images?.find((i) => i.name === target.name);
  if (built) ctx.facts.image = built.image;
  const model = facts.lint?.imageModels?.[target.name];
  if (facts.lint && model) ctx.facts.lint = { ...facts.lint, model };
  ctx.addFindings(shared.findings.filter((f) => !f.images || f.images.includes(target.name)));
  ctx.stages.push(...shared.stages);
  return ctx;
}

/** Runs the shared stages on `shared`, then the per-image stages once per target; returns the images' contexts. */
export async function runTargets(shared: Context, stages: readonly PipelineStage[]): Promise<Context[]> {
  const perImage = (s: PipelineStage) => PER_IMAGE_STAGES.includes(s.name);
  const background: Promise<void>[] = [];
  await runPipeline(
    shared,
    stages.filter((s) => !perImage(s)),
    { background },
  );
  const images: Context[] = [];
  for (const target of shared.config.targets) {
    const ctx = imageContext(shared, target);
    await runPipeline(ctx, stages.filter(perImage));
    images.push(ctx);
  }
  // Saving the caches ran alongside the images' stages; its record is final only now.
  const sharedCount = shared.stages.length;
  await Promise.all(background);
  for (const ctx of images) ctx.stages.splice(0, sharedCount, ...shared.stages);
  return images;
}
