/**
 * `go-container-ci analyze IMAGE...`: the analyze stage's checks and facts on images that are already built,
 * given as an OCI layout directory, an OCI archive or a docker-archive (`docker save -o image.tar`). No
 * Dockerfile is involved, so findings name the image instead of a line.
 */
import { UsageError, type ExtraFlag, type ParsedArgs } from '../cli/args.js';
import { FAIL_ON } from '../config/inputs.js';
import { severityRank } from '../core/finding.js';
import { readAnalysedImages } from '../analyze/image.js';
import { checkImage } from '../analyze/checks.js';
import { platformAnalysis, type PlatformAnalysis } from '../analyze/facts.js';
import { issuesToFindings } from '../analyze/issues.js';
import { applyPolicy } from '../dockerfile/lint.js';

export const ANALYZE_FORMATS = ['text', 'json'] as const;

export const ANALYZE_FLAGS: readonly ExtraFlag[] = [
  {
    name: 'stats',
    description: '`analyze`: print the time taken and the peak memory (JSON) to stderr.',
    boolean: true,
  },
];

function describe(p: PlatformAnalysis): string {
  const lines = [
    `${p.platform}: ${(p.compressedBytes / 1024 / 1024).toFixed(1)} MiB compressed, ${p.files} files, ${p.layers.length} layers; user ${p.user || 'root'}; runs ${JSON.stringify([...p.entrypoint, ...p.cmd])}`,
  ];
  for (const b of p.binaries)
    lines.push(
      `  ${b.path}${b.entrypoint ? ' (entrypoint)' : ''}: ${b.goVersion ?? 'not Go'} ${[b.goos, b.goarch].filter(Boolean).join('/')} ${b.static ? 'static' : `dynamic (${b.interpreter ?? '?'})`}${b.stripped ? ', stripped' : ''}`,
    );
  return lines.join('\n');
}

export async function analyzeCommand(args: ParsedArgs): Promise<number> {
  const format = (args.extra.get('format') ?? 'text').toLowerCase();
  if (!(ANALYZE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `--format must be one of ${ANALYZE_FORMATS.join(', ')} for analyze, got '${format}'`,
    );
  if (args.positionals.length === 0)
    throw new UsageError(
      'analyze needs an image: an OCI layout directory, an OCI archive or a docker-archive tar',
    );
  const failOn = args.inputs.get('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOn}'`);
  const platforms = (args.inputs.get('platforms') ?? '')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const disable = (args.inputs.get('lint-disable') ?? '')
    .split(/[\n,]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const started = performance.now();
  const results = [];
  for (const location of args.positionals) {
    const images = await readAnalysedImages(location, platforms.length > 0 ? { platforms } : {});
    const findings = applyPolicy(
      issuesToFindings(
        images.map((img) => ({ platform: img.manifest.platform, issues: checkImage(img) })),
        undefined,
        location,
      ),
      { disable },
    );
    results.push({ image: location, platforms: images.map(platformAnalysis), findings });
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results) {
      for (const p of r.platforms) process.stdout.write(`${describe(p)}\n`);
      for (const f of r.findings) process.stdout.write(`${f.code} ${f.severity} ${f.message}\n`);
    }
  if (args.extra.get('stats') === 'true')
    process.stderr.write(
      `${JSON.stringify({ elapsedMs: Math.round(performance.now() - started), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
    );
  if (failOn === 'never') return 0;
  const threshold = severityRank(failOn as 'error');
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= threshold)) ? 1 : 0;
}
