import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Stage } from '../pipeline/stage.js';
import { Buildx, type BuildOutput } from '../tools/buildx.js';
import type { BuildStep } from '../tools/buildx-metadata.js';
import type { Context } from '../pipeline/context.js';

export interface BuildResult {
  /** Manifest (single platform) or index (multi-platform) digest. */
  readonly digest?: string;
  /** The image id (config digest) when buildx reports one. */
  readonly imageId?: string;
  readonly tags: readonly string[];
  readonly pushed: boolean;
  readonly loaded: boolean;
  /** OCI archive of the image for analysis, when one was exported. */
  readonly ociArchive?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly metadataFile: string;
  readonly steps: readonly BuildStep[];
  readonly durationMs: number;
  readonly buildxVersion: string;
}

/** What the build writes: push, load, and an OCI archive whenever the image would otherwise live nowhere. */
export function plannedOutputs(ctx: Context, workDir: string): BuildOutput[] {
  const outputs: BuildOutput[] = [];
  if (ctx.config.push) outputs.push({ kind: 'push' });
  if (ctx.config.load) outputs.push({ kind: 'load' });
  if (outputs.length === 0) outputs.push({ kind: 'oci', dest: path.join(workDir, 'image.oci.tar') });
  return outputs;
}

export const buildStage: Stage = {
  name: 'build',
  description:
    'Build the image with docker buildx (BuildKit): platforms, tags, push/load/OCI output, digest and step timings.',
  skip: (ctx) => (ctx.facts.discover ? undefined : 'nothing discovered to build'),
  async run(ctx) {
    const { config, host } = ctx;
    const buildx = new Buildx();
    const buildxVersion = await buildx.version();
    const workDir = path.join(config.reportPath, 'build');
    await mkdir(workDir, { recursive: true });
    const outputs = plannedOutputs(ctx, workDir);
    const metadataFile = path.join(workDir, 'metadata.json');
    const outcome = await buildx.build(
      {
        contextDir: config.contextDir,
        dockerfile: config.dockerfilePath,
        ...(config.target ? { target: config.target } : {}),
        platforms: config.platforms,
        tags: config.tags,
        outputs,
        buildArgs: config.buildArgs,
        labels: config.labels,
        ...(config.builder ? { builder: config.builder } : {}),
        metadataFile,
        iidFile: path.join(workDir, 'iid.txt'),
      },
      (line) => host.log.info(line),
    );
    const oci = outputs.find((o) => o.kind === 'oci');
    const digest = outcome.metadata.digest;
    ctx.facts.build = {
      ...(digest ? { digest } : {}),
      ...((outcome.metadata.configDigest ?? outcome.imageId)
        ? { imageId: outcome.metadata.configDigest ?? outcome.imageId }
        : {}),
      tags: config.tags,
      pushed: config.push,
      loaded: config.load,
      ...(oci ? { ociArchive: oci.dest } : {}),
      metadata: outcome.metadata.raw,
      metadataFile,
      steps: outcome.steps,
      durationMs: outcome.durationMs,
      buildxVersion,
    };
    const cached = outcome.steps.filter((s) => s.cached).length;
    host.log.info(
      `built in ${(outcome.durationMs / 1000).toFixed(1)}s, ${cached}/${outcome.steps.length} steps cached${digest ? `, digest ${digest}` : ''}`,
    );
  },
};
