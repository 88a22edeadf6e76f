/** `call: check`: BuildKit's build checks run next to our lint, as findings merged with ours. */
import type { Context } from '../../core/context.js';
import type { Finding } from '../../core/finding.js';
import { runBuildxCheck } from '../../tools/buildx-check.js';
import { buildInputFields } from '../../tools/buildx-inputs.js';
import { mergeBuildkitChecks } from '../../dockerfile/buildkit-checks.js';

export async function buildkitCheckFindings(
  ctx: Context,
  dockerfile: string,
  ours: readonly Finding[],
): Promise<Finding[]> {
  const { config } = ctx;
  const result = await runBuildxCheck({
    contextDir: config.contextDir,
    dockerfile: config.dockerfilePath,
    ...(config.target ? { target: config.target } : {}),
    platforms: config.platforms,
    buildArgs: config.buildArgs,
    buildContexts: buildInputFields(config).buildContexts ?? [],
    ...(config.builder ? { builder: config.builder } : {}),
  });
  if (result.buildError)
    ctx.host.log.warning(`BuildKit's checks could not evaluate ${dockerfile}: ${result.buildError}`);
  const disabled = new Set(config.lintDisable.map((c) => c.toLowerCase()));
  const findings = mergeBuildkitChecks(result.checks, dockerfile, ours).filter(
    (f) => !disabled.has(f.code.toLowerCase()),
  );
  ctx.host.log.info(
    `BuildKit's checks: ${result.checks.length} warning(s), ${result.checks.length - findings.length} already reported by our rules or turned off by lint-disable`,
  );
  return findings;
}
