/** Image issues as findings on the Dockerfile lines that made them (analyze, budget and the analyze command). */
import type { Context } from '../core/context.js';
import { type Finding } from '../core/finding.js';
import { buildModel, type DockerfileModel, type Stage as DockerStage } from '../dockerfile/model.js';
import type { Span } from '../dockerfile/text.js';
import type { ImageIssue, IssueAnchor } from './checks.js';
import { findingFor } from '../core/catalogue.js';

/** The Dockerfile span an issue belongs to, in the target stage. Pure. */
export function anchorSpan(model: DockerfileModel, at: IssueAnchor): Span | undefined {
  const t: DockerStage | undefined = model.target;
  if (!t) return undefined;
  switch (at.kind) {
    case 'entrypoint':
      return (t.entrypoint ?? t.cmd)?.span ?? t.from.span;
    case 'cmd':
      return (t.cmd ?? t.entrypoint)?.span ?? t.from.span;
    case 'user':
      return t.user?.span ?? t.from.span;
    case 'healthcheck':
      return t.healthcheck?.span ?? t.from.span;
    case 'from':
    case 'image':
      return t.from.span;
    case 'file': {
      const copies = t.steps.filter((s) => s.keyword === 'COPY' || s.keyword === 'ADD');
      for (const s of [...copies].reverse()) {
        if (s.keyword !== 'COPY' && s.keyword !== 'ADD') continue;
        const dest = s.destAbs;
        if (!dest) continue;
        if (
          dest === at.path ||
          (dest.endsWith('/') && at.path.startsWith(dest)) ||
          at.path.startsWith(`${dest}/`)
        )
          return s.span;
      }
      return t.from.span;
    }
    case 'env': {
      for (const stage of [t, ...model.stages.filter((s) => s !== t && model.used.has(s.index))])
        for (const s of stage.steps)
          if ((s.keyword === 'ENV' || s.keyword === 'ARG') && s.pairs.some((p) => p.name.value === at.name))
            return s.span;
      return t.from.span;
    }
  }
}

/** Issues of every platform as findings: one per distinct problem, naming the platforms when not all. Pure. */
export function issuesToFindings(
  perPlatform: readonly { platform: string; issues: readonly ImageIssue[] }[],
  dockerfile: { file: string; model: DockerfileModel } | undefined,
  imageName: string,
): Finding[] {
  const merged = new Map<string, { issue: ImageIssue; platforms: string[] }>();
  for (const { platform, issues } of perPlatform)
    for (const issue of issues) {
      const key = `${issue.code}\u0000${issue.message}`;
      const m = merged.get(key);
      if (m) m.platforms.push(platform);
      else merged.set(key, { issue, platforms: [platform] });
    }
  const all = perPlatform.length;
  const out: Finding[] = [];
  for (const { issue, platforms } of merged.values()) {
    const span = dockerfile ? anchorSpan(dockerfile.model, issue.at) : undefined;
    if (span && dockerfile?.model.ignores.get(span.start.line)) {
      const ignored = dockerfile.model.ignores.get(span.start.line) as ReadonlySet<string>;
      if (ignored.has(issue.code) || ignored.has('ALL')) continue;
    }
    const where = all > 1 && platforms.length < all ? ` (${platforms.join(', ')})` : '';
    out.push(
      findingFor(issue.code, {
        severity: issue.severity,
        message: `${dockerfile ? '' : `${imageName}: `}${issue.message}${where}`,
        stage: 'analyze',
        ...(dockerfile ? { file: dockerfile.file } : {}),
        ...(span ? { line: span.start.line, column: span.start.column } : {}),
        ...(issue.fix ? { fix: issue.fix } : {}),
      }),
    );
  }
  return out;
}

export function dockerfileOf(ctx: Context): { file: string; model: DockerfileModel } | undefined {
  const discover = ctx.facts.discover;
  // Lines only mean something when this run built the image from this Dockerfile.
  if (!discover || ctx.stageStatus('build') !== 'ok') return undefined;
  const model =
    ctx.facts.lint?.model ??
    buildModel(discover.dockerfileText, {
      ...(ctx.config.target ? { target: ctx.config.target } : {}),
      ...(ctx.config.platforms.length > 0 ? { platforms: ctx.config.platforms } : {}),
      buildArgs: ctx.config.buildArgs,
    });
  return { file: discover.dockerfile, model };
}
