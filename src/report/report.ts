/**
 * Turns the finished context into everything people read: annotations (most severe first, within GitHub's
 * limits), the report files (report.md, report.html, report.sarif, gl-code-quality.json, junit.xml, findings.json,
 * baseline.json: always all of them, they are small), deltas against a baseline, the sticky PR comment, the
 * job summary and the outputs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { notPushedLine } from '../core/gate.js';
import path from 'node:path';
import type { Context } from '../core/context.js';
import { verdict, type Verdict } from '../core/pipeline.js';
import { compareFindings, ruleDocsUrl, type Finding } from '../core/finding.js';
import { RULES } from '../dockerfile/lint.js';
import { CATALOGUE, CATALOGUE_CODES } from '../core/catalogue.js';
import { outputValues } from './outputs.js';
import { renderSummary, type SummaryExtras } from './summary.js';
import { renderHtmlPage } from './html.js';
import { planAnnotations } from './annotations.js';
import { toSarif, type SarifRuleInfo } from './sarif.js';
import { toCodeQuality } from './gitlab.js';
import { toJUnit } from './junit.js';
import { BASELINE_FILE, computeDeltas, makeBaseline, type Baseline, type Deltas } from './baseline.js';
import { imageIdentity, imageSizeBytes, vulnerabilityCounts } from './facts.js';
import { gitHubRunInfo, type GitHubRunInfo } from '../github/event.js';
import { currentRefScope, writesTrustedEntries } from '../cache/scope.js';
import { saveBaselineToCache, postPullRequestComment } from '../github/report.js';
import { baselineToCompare } from './baseline-source.js';

declare const __VERSION__: string;

export const REPORT_FILES = {
  markdown: 'report.md',
  html: 'report.html',
  sarif: 'report.sarif',
  gitlab: 'gl-code-quality.json',
  junit: 'junit.xml',
  findings: 'findings.json',
  baseline: BASELINE_FILE,
} as const;

/** The whole catalogue as SARIF rules (vulnerability ids are described from their findings). */
export function sarifRules(): SarifRuleInfo[] {
  return CATALOGUE_CODES.map((code) => {
    const { title, description, fix, severity } = CATALOGUE[code];
    return { code, title, description, fix, severity, docsUrl: ruleDocsUrl(code) };
  });
}

/**
 * Findings without a file (image or vulnerability facts with no source line) are placed on the Dockerfile:
 * GitHub code scanning rejects a whole SARIF file when one result has no location, and GitLab needs a path.
 */
export function anchored(findings: readonly Finding[], dockerfile: string | undefined): Finding[] {
  return [...findings]
    .sort(compareFindings)
    .map((f) => (f.file || !dockerfile ? f : { ...f, file: dockerfile, line: 1 }));
}

function dockerfileRel(ctx: Context): string {
  return (
    ctx.facts.discover?.dockerfile ??
    path.relative(ctx.config.workspace, ctx.config.dockerfilePath).split(path.sep).join('/')
  );
}

export function currentBaseline(ctx: Context, github?: GitHubRunInfo): Baseline {
  const size = imageSizeBytes(ctx);
  const vulns = vulnerabilityCounts(ctx);
  const ref = github?.pullRequest ? undefined : github?.refName;
  const commit = ctx.facts.image?.git.revision ?? github?.sha;
  return makeBaseline({
    image: imageIdentity(ctx.config, ctx.facts.discover?.dockerfile),
    findings: [...ctx.findings].sort(compareFindings),
    ...(ref ? { ref } : {}),
    ...(commit ? { commit } : {}),
    ...(ctx.facts.image?.digest ? { digest: ctx.facts.image.digest } : {}),
    ...(size !== undefined ? { imageSizeBytes: size } : {}),
    ...(ctx.facts.analysis ? { platforms: ctx.facts.analysis.platforms } : {}),
    ...(vulns ? { vulnerabilities: vulns } : {}),
  });
}

/** Turns the finished context into annotations, files, the PR comment, the summary and outputs. */
export async function report(ctx: Context): Promise<Verdict> {
  const v = verdict(ctx);
  const { host, config } = ctx;
  const github = host.can.githubRun ? gitHubRunInfo() : undefined;
  const dir = config.reportPath;
  await mkdir(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);

  const annotations = planAnnotations(ctx.findings, host.can.annotationLimits);
  for (const f of annotations.shown) host.annotate(f);
  const held = notPushedLine(ctx);
  if (held) host.log.error(held);

  const image = imageIdentity(config, ctx.facts.discover?.dockerfile);
  const current = currentBaseline(ctx, github);
  const { baseline: base, note: baselineNote } = await baselineToCompare(ctx, image, github);
  const deltas: Deltas | undefined = base ? computeDeltas(base, current) : undefined;

  const sorted = [...ctx.findings].sort(compareFindings);
  const located = anchored(sorted, dockerfileRel(ctx));
  const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
  const sarif = toSarif(located, {
    version,
    rules: sarifRules(),
    ...(!host.can.sarifRelativeToCheckout
      ? { srcRootUri: new URL(`file://${config.workspace.split(path.sep).join('/')}/`).href }
      : {}),
  });
  await writeFile(file(REPORT_FILES.sarif), `${JSON.stringify(sarif, null, 2)}\n`);
  await writeFile(
    file(REPORT_FILES.gitlab),
    `${JSON.stringify(toCodeQuality(sorted, dockerfileRel(ctx)), null, 2)}\n`,
  );
  await writeFile(
    file(REPORT_FILES.junit),
    toJUnit({
      stages: ctx.stages,
      findings: sorted,
      failOn: config.failOn,
      rules: { lint: RULES.map((r) => ({ code: r.code, title: CATALOGUE[r.code].title })) },
    }),
  );
  await writeFile(file(REPORT_FILES.findings), `${JSON.stringify(sorted, null, 2)}\n`);
  await writeFile(file(REPORT_FILES.baseline), `${JSON.stringify(current, null, 2)}\n`);

  let commentUrl: string | undefined;
  let commentNote: string | undefined;
  if (github) {
    const posted = await postPullRequestComment(ctx, {
      github,
      image,
      verdict: v,
      ...(deltas ? { deltas } : {}),
    });
    commentUrl = posted.url;
    commentNote = posted.note;
  }

  const extras: SummaryExtras = {
    ...(deltas ? { deltas } : {}),
    ...(baselineNote ? { baselineNote } : {}),
    annotations,
    files: { dir, names: Object.values(REPORT_FILES) },
    ...(commentNote ? { commentNote } : {}),
    ...(commentUrl ? { commentUrl } : {}),
  };
  // report.md is complete; the job summary is cut to GitHub's 1 MiB with a note pointing at report.md.
  const full = renderSummary(ctx, v, extras, Number.POSITIVE_INFINITY);
  await writeFile(file(REPORT_FILES.markdown), full);
  await writeFile(file(REPORT_FILES.html), renderHtmlPage(full, `go-container-ci: ${image}`));
  await host.appendSummary(renderSummary(ctx, v, extras));

  const outputs = outputValues(ctx, v.ok, {
    sarifFile: file(REPORT_FILES.sarif),
    ...(commentUrl ? { commentUrl } : {}),
  });
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);

  // Only pushes (and scheduled or manual runs) on a branch store a baseline others compare with.
  const scope = currentRefScope();
  if (github && !github.pullRequest && writesTrustedEntries(scope))
    await saveBaselineToCache(ctx, current, scope.slug, github);
  return v;
}
