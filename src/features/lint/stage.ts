import type { PipelineStage } from '../../core/stage.js';
import { InputError } from '../../core/errors.js';
import { lintDockerfile } from '../../dockerfile/lint.js';
import { lintInputFrom, policyFrom } from './input.js';
import { buildkitCheckFindings } from './buildkit-check.js';
import { lintTargets } from './targets.js';
import type { DockerfileModel } from '../../dockerfile/model.js';

export { contextEntries, lintInputFrom } from './input.js';

export const lintStage: PipelineStage<'discover'> = {
  name: 'lint',
  description:
    'Check the Dockerfile, .dockerignore and go.mod against the Go-in-container rules (GC1xx-GC4xx).',
  needs: { discover: 'no Dockerfile was discovered' },
  skip: () => undefined,
  async run(ctx) {
    const facts = ctx.facts.discover;
    const result: ReturnType<typeof lintDockerfile> & { imageModels?: Record<string, DockerfileModel> } =
      ctx.config.targets.length > 0
        ? await lintTargets(facts, ctx.config)
        : lintDockerfile(await lintInputFrom(facts, ctx.config), policyFrom(ctx.config));
    if (result.errors.length > 0) throw new InputError('dockerfile', result.errors.join('; '));
    ctx.addFindings(result.findings);
    if (ctx.config.call === 'check')
      ctx.addFindings(await buildkitCheckFindings(ctx, facts.dockerfile, result.findings));
    ctx.facts.lint = {
      model: result.model,
      findingCount: result.findings.length,
      ...(result.imageModels ? { imageModels: result.imageModels } : {}),
    };
    const counts = (['error', 'warning', 'info'] as const)
      .map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`)
      .join(', ');
    ctx.host.log.info(`${facts.dockerfile}: ${result.model.stages.length} stage(s); findings: ${counts}`);
  },
};
