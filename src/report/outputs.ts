import type { Context } from '../pipeline/context.js';

/** Every output the action sets; action.yml is checked against this table. */
export const OUTPUTS = {
  digest: 'Image digest (manifest, or index for several platforms), e.g. sha256:…',
  'image-id': 'Image id (config digest).',
  metadata: 'Build metadata written by buildx, as JSON.',
  'findings-count': 'Number of findings of all stages.',
  'report-dir': 'Directory holding the report files.',
  verdict: '`pass` or `fail`.',
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** The outputs' values for a finished pipeline. Pure. */
export function outputValues(ctx: Context, ok: boolean): Record<OutputName, string> {
  const build = ctx.facts.build;
  return {
    digest: build?.digest ?? '',
    'image-id': build?.imageId ?? '',
    metadata: build ? JSON.stringify(build.metadata) : '',
    'findings-count': String(ctx.findings.length),
    'report-dir': ctx.config.reportPath,
    verdict: ok ? 'pass' : 'fail',
  };
}
