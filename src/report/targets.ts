/**
 * The report of a run with the `targets` input: every image's own report files in `<report-dir>/images/<name>/`,
 * and for the run as a whole one set of annotations, one SARIF file, one job summary with a section per image,
 * one sticky PR comment with a section per image, and the outputs.
 */
import path from 'node:path';
import { notPushedLine } from '../core/gate.js';
import { Context } from '../core/context.js';
import type { Verdict } from '../core/pipeline.js';
import { compareFindings, type Finding } from '../core/finding.js';
import { gitHubRunInfo, type GitHubRunInfo } from '../github/event.js';
import { postPullRequestComment } from '../github/report.js';
import { planAnnotations } from './annotations.js';
import { fingerprintHash, hasChanges } from './baseline.js';
import { COMMENT_LIMIT, renderComment } from './comment.js';
import { code, formatDuration, link, table, text, truncateMarkdown } from './markdown.js';
import { outputValues } from './outputs.js';
import {
  imageReportParts,
  REPORT_FILES,
  saveBaseline,
  writeFindingFiles,
  writeMarkdownFiles,
  type ImageReportParts,
} from './report.js';
import {
  countsText,
  filesSection,
  notesSection,
  renderSummary,
  SUMMARY_LIMIT_BYTES,
  type SummaryExtras,
} from './summary.js';

/** One image of the run, finished: its context (its config names the target) and its report's parts. */
export interface ImageSection {
  readonly name: string;
  readonly ctx: Context;
  readonly parts: ImageReportParts;
}

/** Markdown headings one level deeper, outside fenced code, so one report nests in another. Pure. */
export function nested(md: string): string {
  let fence = false;
  return md
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      return !fence && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

/** An image's section (summary or comment) headed with its name instead of the tool's. Pure. */
export function titled(name: string, section: string): string {
  // The comment's headline goes on `for <image>`: that becomes `<name> passed: <image>`.
  return section.replace(
    /^(#+ \S+) go-container-ci (passed|failed)( for )?/,
    (_m, head: string, how: string, forImage?: string) =>
      `${head} ${code(name)} ${how}${forImage ? ': ' : ''}`,
  );
}

/** Each finding once (a Dockerfile line shared by the images is one finding), most severe first. Pure. */
export function uniqueFindings(sections: readonly { ctx: Pick<Context, 'findings'> }[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const s of sections)
    for (const f of s.ctx.findings) if (!seen.has(fingerprintHash(f))) seen.set(fingerprintHash(f), f);
  return [...seen.values()].sort(compareFindings);
}

/** The run's verdict: it passes when every image passes. Pure. */
export function targetsVerdict(sections: readonly Pick<ImageSection, 'name' | 'parts'>[]): Verdict {
  const failed = sections.filter((s) => !s.parts.verdict.ok);
  if (failed.length === 0) return { ok: true, reason: `all ${sections.length} images passed` };
  const why = failed.map((s) => `${s.name} (${s.parts.verdict.short ?? s.parts.verdict.reason})`).join(', ');
  return {
    ok: false,
    reason: `${failed.length} of ${sections.length} images failed: ${why}`,
    short: `${failed.length} of ${sections.length} images failed`,
  };
}

/** One row per image: verdict, digest (pushed or built), platforms, findings. Pure. */
export function imagesTable(sections: readonly ImageSection[]): string {
  const rows = sections.map(({ name, ctx, parts }) => {
    const digest = ctx.facts.publish?.digest ?? ctx.facts.image?.digest;
    return [
      `${parts.verdict.ok ? '✅' : '❌'} ${code(name)}`,
      ctx.config.tags.length > 0 ? ctx.config.tags.map(code).join('<br>') : '',
      digest ? code(digest) : '',
      text((ctx.facts.image?.platforms ?? ctx.config.platforms).join(', ') || "the builder's"),
      text(countsText(ctx.findings)),
    ];
  });
  return table(['image', 'tags', 'digest', 'platforms', 'findings'], rows);
}

function headline(v: Verdict, sections: readonly ImageSection[], level: '##' | '###'): string {
  const n = sections.length;
  const title = v.ok
    ? `${level} ✅ go-container-ci passed: ${n} images`
    : `${level} ❌ go-container-ci failed: ${v.short ?? ''}`;
  return [title, ...(v.ok ? [] : [`**${text(v.reason)}**`])].join('\n\n');
}

/** The job summary (and report.md) of the run. Pure. */
export function renderTargetsSummary(
  v: Verdict,
  sections: readonly ImageSection[],
  extras: SummaryExtras,
  limit?: number,
): string {
  const total = Math.max(0, ...sections.map((s) => s.ctx.stages.reduce((ms, r) => ms + r.durationMs, 0)));
  const parts = [
    headline(v, sections, '##'),
    `⏱️ ${formatDuration(total)}${sections[0]?.ctx.stageStatus('build') === 'ok' ? ' · one BuildKit session built every image' : ''}`,
    imagesTable(sections),
    ...sections.map(({ name, ctx, parts: p }) =>
      titled(
        name,
        nested(
          renderSummary(ctx, p.verdict, {
            ...(p.deltas ? { deltas: p.deltas } : {}),
            ...(p.baselineNote ? { baselineNote: p.baselineNote } : {}),
          }),
        ),
      ),
    ),
    filesSection(extras),
    notesSection(extras),
  ].filter((s): s is string => s !== undefined && s !== '');
  const md = `${parts.join('\n\n')}\n`;
  return limit === undefined
    ? md
    : truncateMarkdown(md, limit, 'Truncated: the complete report is report.md in the report directory.');
}

/** The one PR comment for every image: the table, then each image's comment, each within its share. Pure. */
export function renderTargetsComment(
  v: Verdict,
  sections: readonly ImageSection[],
  links: { runUrl?: string; sha?: string },
  limit = COMMENT_LIMIT,
): string {
  const head = `${headline(v, sections, '###')}\n\n${imagesTable(sections)}\n\n`;
  const share = Math.floor((limit - head.length - 512) / Math.max(1, sections.length));
  const bodies = sections.map(({ name, ctx, parts: p }) =>
    titled(
      name,
      nested(
        renderComment(
          ctx,
          {
            marker: '',
            image: p.image,
            verdict: p.verdict,
            ...(p.deltas ? { deltas: p.deltas } : {}),
            ...(links.runUrl ? { runUrl: links.runUrl } : {}),
          },
          share,
        ).trimStart(),
      ),
    ),
  );
  const footer = [
    links.sha ? `for ${code(links.sha.slice(0, 12))}` : '',
    links.runUrl ? link('full report in the job summary', links.runUrl) : '',
  ].filter(Boolean);
  return truncateMarkdown(
    `${head}${bodies.join('\n\n')}${footer.length ? `\n\n<sub>go-container-ci ${footer.join(' · ')}</sub>` : ''}\n`,
    limit,
    'Truncated to fit a comment: see the job summary for the rest.',
  );
}

/** Whether the combined comment is written: as for one image, over all of them. Pure. */
export function combinedCommentWanted(
  mode: 'auto' | 'always' | 'never',
  v: Verdict,
  sections: readonly ImageSection[],
): 'post' | 'update-only' | 'skip' {
  if (mode === 'never') return 'skip';
  if (mode === 'always') return 'post';
  const noteworthy =
    !v.ok ||
    sections.some(
      (s) => s.ctx.findings.length > 0 || (s.parts.deltas !== undefined && hasChanges(s.parts.deltas)),
    );
  return noteworthy ? 'post' : 'update-only';
}

/** The run as one context for the run-wide files and outputs: every image's stages and findings. */
function runView(shared: Context, sections: readonly ImageSection[], findings: readonly Finding[]): Context {
  const view = new Context(shared.config, shared.host);
  Object.assign(view.facts, shared.facts);
  view.stages.push(...shared.stages);
  for (const { name, ctx } of sections)
    view.stages.push(
      ...ctx.stages.slice(shared.stages.length).map((s) => ({ ...s, name: `${name}: ${s.name}` })),
    );
  view.addFindings(findings);
  return view;
}

/** Each image's own report files and baseline, under `<report-dir>/images/<name>/`. */
async function imageSection(name: string, ctx: Context, github?: GitHubRunInfo): Promise<ImageSection> {
  const parts = await imageReportParts(ctx, github);
  await writeFindingFiles(ctx, parts.sorted, parts.current);
  const extras = {
    ...(parts.deltas ? { deltas: parts.deltas } : {}),
    ...(parts.baselineNote ? { baselineNote: parts.baselineNote } : {}),
  };
  await writeMarkdownFiles(
    ctx,
    renderSummary(ctx, parts.verdict, extras, Number.POSITIVE_INFINITY),
    `go-container-ci: ${parts.image}`,
  );
  await saveBaseline(ctx, parts.current, github);
  return { name, ctx, parts };
}

/** Reports a run of several images; returns the run's verdict. */
export async function reportTargets(shared: Context, images: readonly Context[]): Promise<Verdict> {
  const { host, config } = shared;
  const github = host.can.githubRun ? gitHubRunInfo() : undefined;
  const sections: ImageSection[] = [];
  for (const ctx of images) sections.push(await imageSection(ctx.config.target, ctx, github));
  const v = targetsVerdict(sections);
  const findings = uniqueFindings(sections.length > 0 ? sections : [{ ctx: shared }]);
  const annotations = planAnnotations(findings, host.can.annotationLimits);
  for (const f of annotations.shown) host.annotate(f);
  for (const { name, ctx } of sections) {
    const held = notPushedLine(ctx);
    if (held) host.log.error(`${name}: ${held}`);
  }
  const view = runView(shared, sections, findings);
  await writeFindingFiles(view, findings, undefined);
  const dockerfile = shared.facts.discover?.dockerfile ?? path.basename(config.dockerfilePath);
  const posted = github
    ? await postPullRequestComment(shared, {
        github,
        image: `${dockerfile}#targets`,
        verdict: v,
        combined: {
          body: (links) => renderTargetsComment(v, sections, links),
          wanted: combinedCommentWanted(config.comment, v, sections),
        },
      })
    : {};
  const extras: SummaryExtras = {
    annotations,
    files: {
      dir: config.reportPath,
      names: [...Object.values(REPORT_FILES).filter((n) => n !== REPORT_FILES.baseline), 'images/<name>/'],
    },
    ...(posted.note ? { commentNote: posted.note } : {}),
    ...(posted.url ? { commentUrl: posted.url } : {}),
  };
  await writeMarkdownFiles(view, renderTargetsSummary(v, sections, extras), `go-container-ci: ${dockerfile}`);
  await host.appendSummary(renderTargetsSummary(v, sections, extras, SUMMARY_LIMIT_BYTES));
  const outputs = outputValues(view, v.ok, {
    sarifFile: path.join(config.reportPath, REPORT_FILES.sarif),
    ...(posted.url ? { commentUrl: posted.url } : {}),
  });
  for (const [name, value] of Object.entries({ ...outputs, images: imagesOutput(sections) }))
    host.setOutput(name, value);
  return v;
}

/** The `images` output: each image's name, tags, digest, verdict and report directory, as JSON. Pure. */
export function imagesOutput(sections: readonly ImageSection[]): string {
  return JSON.stringify(
    sections.map(({ name, ctx, parts }) => ({
      name,
      tags: ctx.config.tags,
      digest: (ctx.config.push ? ctx.facts.publish?.digest : ctx.facts.image?.digest) ?? '',
      verdict: parts.verdict.ok ? 'pass' : 'fail',
      'report-dir': ctx.config.reportPath,
    })),
  );
}
