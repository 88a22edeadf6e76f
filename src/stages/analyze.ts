/**
 * analyze: read the built image (every platform) from its archive and check it: the process it starts and
 * whether that program can run there (architecture, interpreter, libraries), its user, certificates, time
 * zones, leaked files and secrets, and the Go build settings of its binaries. Findings land on the
 * Dockerfile line that made the problem when the image was built from it here.
 */
import type { Stage } from '../pipeline/stage.js';
import type { Context } from '../pipeline/context.js';
import { ruleDocsUrl, type Finding } from '../pipeline/finding.js';
import { applyPolicy } from '../dockerfile/lint.js';
import { buildModel, type DockerfileModel, type Stage as DockerStage } from '../dockerfile/model.js';
import type { Span } from '../dockerfile/text.js';
import { readAnalysedImages } from '../analyze/image.js';
import { checkImage, type ImageIssue, type IssueAnchor } from '../analyze/checks.js';
import { platformAnalysis, type PlatformAnalysis } from '../analyze/facts.js';
import { checkMeta } from '../analyze/meta.js';
import { GoBinaryStore } from '../analyze/binary-store.js';

export interface AnalysisFacts {
  readonly archive: string;
  readonly platforms: readonly PlatformAnalysis[];
  readonly durationMs: number;
  /** Copies of the Go binaries by sha256, for the reachability stage (absent when it is skipped). */
  readonly goBinaries?: GoBinaryStore;
}

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
    const meta = checkMeta(issue.code);
    const span = dockerfile ? anchorSpan(dockerfile.model, issue.at) : undefined;
    if (span && dockerfile?.model.ignores.get(span.start.line)) {
      const ignored = dockerfile.model.ignores.get(span.start.line) as ReadonlySet<string>;
      if (ignored.has(issue.code) || ignored.has('ALL')) continue;
    }
    const where = all > 1 && platforms.length < all ? ` (${platforms.join(', ')})` : '';
    out.push({
      code: issue.code,
      severity: issue.severity,
      title: meta.title,
      message: `${dockerfile ? '' : `${imageName}: `}${issue.message}${where}`,
      stage: 'analyze',
      ...(dockerfile ? { file: dockerfile.file } : {}),
      ...(span ? { line: span.start.line, column: span.start.column } : {}),
      ...(issue.fix || meta.fix ? { fix: issue.fix ?? meta.fix } : {}),
      docsUrl: ruleDocsUrl(issue.code),
    });
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

/** Drops image findings the lint stage already reported on the same line (the D and I parts agree). */
function withoutLintDuplicates(ctx: Context, findings: readonly Finding[]): Finding[] {
  const lint = new Set(
    ctx.findings.filter((f) => f.stage === 'lint').map((f) => `${f.code}\u0000${f.file}\u0000${f.line}`),
  );
  return findings.filter(
    (f) =>
      f.line === undefined || !lint.has(`${f.code}\u0000${f.file}\u0000${f.line}`) || f.severity === 'error',
  );
}

export const analyzeStage: Stage = {
  name: 'analyze',
  description:
    'Read the image and its Go binaries: the program it starts, its architecture, interpreter and libraries, user, certificates, leaked files.',
  skip: (ctx) => (ctx.facts.build?.ociArchive ? undefined : 'the build exported no OCI archive to analyse'),
  async run(ctx) {
    const archive = ctx.facts.build?.ociArchive;
    if (!archive) return;
    const started = performance.now();
    const store = ctx.config.skip.includes('reachability')
      ? undefined
      : GoBinaryStore.create(ctx.host.tempDir);
    const images = await readAnalysedImages(
      archive,
      store ? { keepGoBinary: (b, h) => store.keep(b, h) } : {},
    );
    const perPlatform = images.map((img) => ({ platform: img.manifest.platform, issues: checkImage(img) }));
    const platforms = images.map(platformAnalysis);
    const durationMs = Math.round(performance.now() - started);
    ctx.facts.analysis = { archive, platforms, durationMs, ...(store ? { goBinaries: store } : {}) };
    const imageName = ctx.facts.build?.tags[0] ?? ctx.facts.build?.digest ?? 'the image';
    const findings = applyPolicy(issuesToFindings(perPlatform, dockerfileOf(ctx), imageName), {
      disable: ctx.config.lintDisable,
      severity: ctx.config.lintSeverity,
    });
    ctx.addFindings(withoutLintDuplicates(ctx, findings));
    for (const p of platforms) {
      const bins = p.binaries
        .map(
          (b) =>
            `${b.path} (${b.goVersion ?? 'not Go'}, ${b.static ? 'static' : `dynamic: ${b.interpreter ?? ''}`})`,
        )
        .join(', ');
      ctx.host.log.info(
        `${p.platform}: ${(p.compressedBytes / 1024 / 1024).toFixed(1)} MiB in ${p.layers.length} layer(s), ${p.files} files, user ${p.user || 'root'}; ${bins || 'no Go binary'}`,
      );
    }
  },
};
