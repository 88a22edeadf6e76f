import type { ExtraFlag, ParsedArgs } from '../cli/args.js';
import { Context } from '../pipeline/context.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { discoverStage } from '../stages/discover.js';
import { localSetup } from './common.js';

export const LINT_FLAGS: readonly ExtraFlag[] = [
  { name: 'format', description: 'Output format: text, json or sarif.', default: 'text' },
];

/** `go-container-ci lint`: discover and lint only, no build. Exit 0 clean, 1 findings at/above fail-on, 2 bad input. */
export async function lintCommand(args: ParsedArgs): Promise<number> {
  const { config, host } = localSetup(args);
  const ctx = new Context(config, host);
  await runPipeline(ctx, [discoverStage]);
  for (const f of ctx.findings) {
    process.stdout.write(`${f.file}:${f.line ?? 0}:${f.column ?? 0} ${f.code} ${f.severity} ${f.message}\n`);
  }
  const failed = ctx.stages.find((s) => s.status === 'failed');
  if (failed) {
    process.stderr.write(`error: ${failed.reason}\n`);
    return 2;
  }
  return ctx.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
