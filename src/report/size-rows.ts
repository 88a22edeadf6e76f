/**
 * The rows the job summary and the PR comment share: per-platform sizes against the baseline
 * (compressed / uncompressed), the size budgets (max-image-size, max-size-increase) with their result,
 * vulnerabilities and findings.
 * Rows fit the four columns of the deltas table: what, baseline, this run, change. Pure.
 */
import type { BudgetFacts } from '../core/facts.js';
import type { Deltas } from './baseline.js';

import { formatBytes, signed, table, text } from './markdown.js';

const pair = (a: number, b: number, f: (n: number) => string = formatBytes) => `${f(a)} / ${f(b)}`;

/** One row per platform in both runs; the single image-size row when the baseline has no platforms. */
function sizeDeltaRows(d: Deltas): string[][] {
  if (!d.platformSizes?.length)
    return d.imageSize
      ? [
          [
            'Image size',
            formatBytes(d.imageSize.before),
            formatBytes(d.imageSize.after),
            signed(d.imageSize.delta, formatBytes),
          ],
        ]
      : [];
  return d.platformSizes.map((p) => [
    `Size ${text(p.platform)} (compressed / uncompressed)`,
    pair(p.compressed.before, p.uncompressed.before),
    pair(p.compressed.after, p.uncompressed.after),
    `${signed(p.compressed.delta, formatBytes)} / ${signed(p.uncompressed.delta, formatBytes)}`,
  ]);
}

/** One row per platform and budget: ✅ within, or ❌ how far over. */
function budgetRows(b: BudgetFacts | undefined): string[][] {
  return (b?.results ?? []).map((r) => [
    `Budget ${r.budget} ${text(r.limit)}: ${text(r.platform)}`,
    r.baseBytes !== undefined ? formatBytes(r.baseBytes) : '',
    `${formatBytes(r.actualBytes)} ${r.measure}`,
    r.exceeded
      ? `❌ ${formatBytes(r.actualBytes - r.allowedBytes)} over (at most ${formatBytes(r.allowedBytes)})`
      : `✅ within (at most ${formatBytes(r.allowedBytes)})`,
  ]);
}

/** Every row of the deltas table: sizes, budgets, vulnerabilities per severity, findings new and fixed. */
export function deltaRows(d: Deltas, budget: BudgetFacts | undefined): string[][] {
  const rows: string[][] = [...sizeDeltaRows(d), ...budgetRows(budget)];
  for (const v of d.vulnerabilities ?? [])
    rows.push([`Vulnerabilities: ${v.severity}`, String(v.before), String(v.after), signed(v.delta)]);
  rows.push([
    'Findings',
    String(d.unchanged + d.fixedFindings.length),
    String(d.unchanged + d.newFindings.length),
    `🆕 ${d.newFindings.length} new, ✅ ${d.fixedFindings.length} fixed`,
  ]);
  return rows;
}

/** The budgets as a table of their own, for reports without a baseline to compare with. */
export function budgetTable(b: BudgetFacts | undefined): string | undefined {
  const rows = budgetRows(b);
  return rows.length
    ? table(['Size budget', 'baseline', 'this run', 'result'], rows, '---|--:|--:|---')
    : undefined;
}
