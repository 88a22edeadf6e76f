/**
 * analyze: read the built image (every platform) from its archive and check it: the process it starts and
 * whether that program can run there (architecture, interpreter, libraries), its user, certificates, time
 * zones, leaked files and secrets, and the Go build settings of its binaries. Findings land on the
 * Dockerfile line that made the problem when the image was built from it here.
 */
import { issuesToFindings, dockerfileOf } from '../../analyze/issues.js';
import type { PipelineStage } from '../../core/stage.js';
import type { Context } from '../../core/context.js';
import type { Finding } from '../../core/finding.js';
import { applyPolicy } from '../../dockerfile/lint.js';
import { readAnalysedImages } from '../../analyze/image.js';
import { checkImage } from '../../analyze/checks.js';
import { platformAnalysis } from '../../analyze/facts.js';
import { GoBinaryStore } from '../../analyze/binary-store.js';

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

export const analyzeStage: PipelineStage = {
  name: 'analyze',
  description:
    'Read the image and its Go binaries: the program it starts, its architecture, interpreter and libraries, user, certificates, leaked files.',
  skip: (ctx) => (ctx.facts.image?.ociArchive ? undefined : 'the build exported no OCI archive to analyse'),
  async run(ctx) {
    const archive = ctx.facts.image?.ociArchive;
    if (!archive) return;
    const started = performance.now();
    // The Go binaries are copied while the layers are read anyway, so reachability does not read them again.
    const store = ctx.config.skip.includes('reachability')
      ? undefined
      : GoBinaryStore.create(ctx.host.tempDir);
    const keep = store ? { keepGoBinary: (b: Buffer, h: string) => store.keep(b, h) } : {};
    const images = await readAnalysedImages(archive, keep);
    const perPlatform = images.map((img) => ({ platform: img.manifest.platform, issues: checkImage(img) }));
    const platforms = images.map(platformAnalysis);
    const durationMs = Math.round(performance.now() - started);
    ctx.facts.analysis = { archive, platforms, durationMs, ...(store ? { goBinaries: store.copies } : {}) };
    const imageName = ctx.facts.image?.tags[0] ?? ctx.facts.image?.digest ?? 'the image';
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
