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

/** What one image's report is made of: its verdict, its baseline and what changed against the last one. */
export interface ImageReportParts {
  readonly verdict: Verdict;
  /** The image's identity (repository, or Dockerfile#target): the key of its baselines and comment. */
  readonly image: string;
  readonly current: Baseline;
  readonly deltas?: Deltas;
  readonly baselineNote?: string;
  /** The findings, most severe first. */
  readonly sorted: readonly Finding[];
}

export async function imageReportParts(ctx: Context, github?: GitHubRunInfo): Promise<ImageReportParts> {
  const image = imageIdentity(ctx.config, ctx.facts.discover?.dockerfile);
  const current = currentBaseline(ctx, github);
  const { baseline: base, note: baselineNote } = await baselineToCompare(ctx, image, github);
  return {
    verdict: verdict(ctx),
    image,
    current,
    ...(base ? { deltas: computeDeltas(base, current) } : {}),
    ...(baselineNote ? { baselineNote } : {}),
    sorted: [...ctx.findings].sort(compareFindings),
  };
}

/** SARIF for these findings (those without a file placed on the Dockerfile). */
export function sarifOf(ctx: Context, findings: readonly Finding[]): ReturnType<typeof toSarif> {
  const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
  return toSarif(anchored(findings, dockerfileRel(ctx)), {
    version,
    rules: sarifRules(),
    ...(!ctx.host.can.sarifRelativeToCheckout
      ? { srcRootUri: new URL(`file://${ctx.config.workspace.split(path.sep).join('/')}/`).href }
      : {}),
  });
}

/** report.sarif, gl-code-quality.json, junit.xml, findings.json and baseline.json in the report directory. */
export async function writeFindingFiles(
  ctx: Context,
  findings: readonly Finding[],
  current: Baseline | undefined,
): Promise<void> {
  const file = (name: string) => path.join(ctx.config.reportPath, name);
  await mkdir(ctx.config.reportPath, { recursive: true });
  await writeFile(file(REPORT_FILES.sarif), `${JSON.stringify(sarifOf(ctx, findings), null, 2)}\n`);
  await writeFile(
    file(REPORT_FILES.gitlab),
    `${JSON.stringify(toCodeQuality(findings, dockerfileRel(ctx)), null, 2)}\n`,
  );
  await writeFile(
    file(REPORT_FILES.junit),
    toJUnit({
      stages: ctx.stages,
      findings,
      failOn: ctx.config.failOn,
      rules: { lint: RULES.map((r) => ({ code: r.code, title: CATALOGUE[r.code].title })) },
    }),
  );
  await writeFile(file(REPORT_FILES.findings), `${JSON.stringify(findings, null, 2)}\n`);
  if (current) await writeFile(file(REPORT_FILES.baseline), `${JSON.stringify(current, null, 2)}\n`);
}

/** report.md (complete) and report.html. */
export async function writeMarkdownFiles(ctx: Context, markdown: string, title: string): Promise<void> {
  await writeFile(path.join(ctx.config.reportPath, REPORT_FILES.markdown), markdown);
  await writeFile(path.join(ctx.config.reportPath, REPORT_FILES.html), renderHtmlPage(markdown, title));
}

/** Only pushes (and scheduled or manual runs) on a branch store a baseline others compare with. */
export async function saveBaseline(ctx: Context, current: Baseline, github?: GitHubRunInfo): Promise<void> {
  const scope = currentRefScope();
  if (github && !github.pullRequest && writesTrustedEntries(scope))
    await saveBaselineToCache(ctx, current, scope.slug, github);
}

/** Turns the finished context into annotations, files, the PR comment, the summary and outputs. */
export async function report(ctx: Context): Promise<Verdict> {
  const { host, config } = ctx;
  const github = host.can.githubRun ? gitHubRunInfo() : undefined;
  const dir = config.reportPath;
  const annotations = planAnnotations(ctx.findings, host.can.annotationLimits);
  for (const f of annotations.shown) host.annotate(f);
  const held = notPushedLine(ctx);
  if (held) host.log.error(held);

  const parts = await imageReportParts(ctx, github);
  const { verdict: v, image, deltas, baselineNote } = parts;
  await writeFindingFiles(ctx, parts.sorted, parts.current);

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
  await writeMarkdownFiles(
    ctx,
    renderSummary(ctx, v, extras, Number.POSITIVE_INFINITY),
    `go-container-ci: ${image}`,
  );
  await host.appendSummary(renderSummary(ctx, v, extras));

  const outputs = outputValues(ctx, v.ok, {
    sarifFile: path.join(dir, REPORT_FILES.sarif),
    ...(commentUrl ? { commentUrl } : {}),
  });
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);
  await saveBaseline(ctx, parts.current, github);
  return v;
}
