import type { Context } from '../pipeline/context.js';
import type { Verdict } from '../pipeline/pipeline.js';
import { compareFindings } from '../pipeline/finding.js';
import { details, escapeCell, formatDuration, table } from './markdown.js';

const ICON = { ok: '✅', skipped: '⏭️', failed: '❌' } as const;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** The job summary / report.md. Pure: the same context gives the same Markdown. */
export function renderSummary(ctx: Context, v: Verdict): string {
  const parts: string[] = [];
  const build = ctx.facts.build;
  const headline = v.ok ? '✅ go-container-ci passed' : `❌ go-container-ci failed: ${escapeCell(v.reason)}`;
  parts.push(`## ${headline}`);
  const facts: string[] = [];
  if (ctx.facts.discover) facts.push(`Dockerfile \`${ctx.facts.discover.dockerfile}\``);
  if (build?.digest) facts.push(`digest \`${build.digest}\``);
  if (build?.tags.length) facts.push(`tags ${build.tags.map((t) => `\`${t}\``).join(', ')}`);
  facts.push(`${ctx.findings.length} finding(s)`);
  parts.push(facts.join(' · '));

  parts.push(
    table(
      ['Stage', 'Result', 'Time', 'Note'],
      ctx.stages.map((s) => [
        s.name,
        `${ICON[s.status]} ${s.status}`,
        s.status === 'skipped' ? '' : formatDuration(s.durationMs),
        s.reason ?? '',
      ]),
    ),
  );

  if (ctx.findings.length > 0) {
    const sorted = [...ctx.findings].sort(compareFindings);
    const rows = sorted.map((f) => [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      `[${f.code}](${f.docsUrl})`,
      f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '',
      f.message,
    ]);
    parts.push('### Findings', table(['Severity', 'Rule', 'Where', 'Message'], rows));
  }

  if (build && build.steps.length > 0) {
    const cached = build.steps.filter((s) => s.cached).length;
    const rows = build.steps.map((s) => [
      s.name,
      s.cached ? 'cached' : s.error ? 'failed' : 'built',
      s.durationMs !== undefined ? formatDuration(s.durationMs) : '',
    ]);
    parts.push(
      details(
        `Build steps: ${build.steps.length}, ${cached} cached, ${formatDuration(build.durationMs)} in all`,
        table(['Step', 'Result', 'Time'], rows),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
