/**
 * The `targets` input's build: every image's request in one `docker buildx bake`, one BuildKit session, so the
 * stages the images share are solved and built once. Each image gets its own OCI archive and facts.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRequest } from '../../buildplan/request.js';
import { configForTarget } from '../../config/target-config.js';
import { Context } from '../../core/context.js';
import type { TargetImage } from '../../core/facts.js';
import type { BakeOutcome, BakeTarget } from '../../tools/buildx-bake.js';
import { buildxBakeFor } from '../../tools/builder-info.js';
import {
  fallingBackWithoutLayerCache,
  hasLayerCache,
  logBuilt,
  noSourceDateEpoch,
  withoutLayerCache,
} from './attempt.js';
import { builtImageFacts } from './image-facts.js';
import type { GitFacts } from '../../git/git.js';

/** The context of one target as the build sees it: the run's facts, that image's config. */
function targetView(ctx: Context, name: string): Context {
  const target = ctx.config.targets.find((t) => t.name === name);
  if (!target) throw new Error(`no target named ${name}`);
  const view = new Context(configForTarget(ctx.config, target), ctx.host);
  Object.assign(view.facts, ctx.facts);
  return view;
}

type TargetRequest = BakeTarget & { readonly request: BakeTarget['request'] & { readonly git: GitFacts } };

async function bakeTargets(ctx: Context, workDir: string, secretsDir: string): Promise<TargetRequest[]> {
  const targets: TargetRequest[] = [];
  for (const { name } of ctx.config.targets) {
    // Each image's archive in its own scratch directory, its layer cache in its own scope.
    const request = await buildRequest(targetView(ctx, name), workDir, secretsDir, {
      archiveDir: `build-${name}`,
      scopeSuffix: `-${name}`,
    });
    targets.push({ name, request });
  }
  return targets;
}

export async function buildTargets(ctx: Context, buildxVersion: string, workDir: string): Promise<void> {
  const { host } = ctx;
  const buildx = await buildxBakeFor(ctx.config.builder || undefined);
  const secretsDir = path.join(host.tempDir, 'secrets');
  const files = {
    definitionFile: path.join(workDir, 'bake.json'),
    metadataFile: path.join(workDir, 'metadata.json'),
  };
  let targets: TargetRequest[];
  let outcome: BakeOutcome;
  try {
    targets = await bakeTargets(ctx, workDir, secretsDir);
    const bake = (without: boolean) =>
      buildx.bake(
        without ? targets.map((t) => ({ ...t, request: withoutLayerCache(t.request) })) : targets,
        files,
        (line) => host.log.info(line),
      );
    const cached = targets.some((t) => hasLayerCache(t.request));
    outcome = await fallingBackWithoutLayerCache(bake, cached, host.log)();
  } finally {
    await rm(secretsDir, { recursive: true, force: true });
  }
  const images: TargetImage[] = [];
  for (const { name, request } of targets) {
    const reported = outcome.outcomes.get(name);
    if (!reported) throw new Error(`buildx bake reported nothing for the image '${name}'`);
    // Every image's steps: the session's, which the images share.
    const result = { ...reported, steps: outcome.steps, durationMs: outcome.durationMs, buildxVersion };
    const image = await builtImageFacts(
      { ...request, metadataFile: files.metadataFile },
      result,
      ctx.config.load,
    );
    images.push({ name, image });
  }
  ctx.facts.images = images;
  if (targets[0]?.request.sourceDateEpoch === undefined) ctx.addFindings([noSourceDateEpoch(ctx)]);
  await writeFile(path.join(workDir, 'steps.json'), `${JSON.stringify(outcome.steps, null, 2)}\n`);
  logBuilt(
    host.log,
    outcome,
    images.map(({ name, image }) => ({ ...image, name })),
  );
}
