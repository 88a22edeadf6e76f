import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../pipeline/context.js';
import { verdict, type Verdict } from '../pipeline/pipeline.js';
import { compareFindings } from '../pipeline/finding.js';
import { outputValues } from './outputs.js';
import { renderSummary } from './summary.js';

/** Turns the finished context into annotations, outputs, the summary and report files. */
export async function report(ctx: Context): Promise<Verdict> {
  const v = verdict(ctx);
  const { host } = ctx;
  for (const f of [...ctx.findings].sort(compareFindings)) {
    if (f.file) host.annotate(f);
  }
  for (const [name, value] of Object.entries(outputValues(ctx, v.ok))) host.setOutput(name, value);
  const summary = renderSummary(ctx, v);
  await host.appendSummary(summary);
  await mkdir(ctx.config.reportPath, { recursive: true });
  await writeFile(path.join(ctx.config.reportPath, 'report.md'), summary);
  await writeFile(
    path.join(ctx.config.reportPath, 'findings.json'),
    `${JSON.stringify([...ctx.findings].sort(compareFindings), null, 2)}\n`,
  );
  return v;
}
