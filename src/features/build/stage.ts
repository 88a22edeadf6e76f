import { buildRequest } from '../../buildplan/request.js';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { buildxFor } from '../../tools/builder-info.js';
import { builtImageFacts } from './image-facts.js';
import { buildTargets } from './targets.js';
import { buildFallingBackWithoutLayerCache, logBuilt, noSourceDateEpoch } from './attempt.js';

export const buildStage: PipelineStage = {
  name: 'build',
  description:
    'Build the image with docker buildx (BuildKit): platforms, tags, push/load/OCI output, digest and step timings.',
  skip(ctx) {
    if (ctx.config.image) return `image is set: ${ctx.config.image} is fetched, not built`;
    return ctx.facts.discover ? undefined : 'nothing discovered to build';
  },
  async run(ctx) {
    const { config, host } = ctx;
    const buildx = await buildxFor(config.builder || undefined);
    const buildxVersion = await buildx.version();
    const workDir = path.join(config.reportPath, 'build');
    await mkdir(workDir, { recursive: true });
    if (config.targets.length > 0) return buildTargets(ctx, buildxVersion, workDir);
    const secretsDir = path.join(host.tempDir, 'secrets');
    const req = await buildRequest(ctx, workDir, secretsDir);
    let outcome;
    try {
      outcome = await buildFallingBackWithoutLayerCache(buildx, req, host.log)();
    } finally {
      await rm(secretsDir, { recursive: true, force: true });
    }
    const image = await builtImageFacts(req, { ...outcome, buildxVersion }, config.load);
    ctx.facts.image = image;
    if (req.sourceDateEpoch === undefined) ctx.addFindings([noSourceDateEpoch(ctx)]);
    await writeFile(path.join(workDir, 'steps.json'), `${JSON.stringify(outcome.steps, null, 2)}\n`);
    logBuilt(host.log, outcome, [image]);
  },
};
