/**
 * Image archives live in the run's scratch directory, not in report-dir: runAll (the pipeline behind the action
 * and the CLI) with a stand-in build stage that writes its archive where the real build stage does, then the
 * real report. After the run report-dir holds no *.tar and the scratch directory is gone; with
 * keep-image-archive the archive is at the path asked for (a file name, or inside an existing directory).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig } from '../../../src/config/config.js';
import { LocalHost } from '../../../src/host/local.js';
import { imageArchiveDir, imageArchiveRoot } from '../../../src/image/archive-dir.js';
import type { PipelineStage } from '../../../src/core/stage.js';
import { runAll } from '../../../src/run.js';
import { buildRequest } from '../../../src/buildplan/request.js';
import { discoverStage } from '../../../src/features/discover/stage.js';
import { REPORT_APP } from '../../helpers/report-fixture.js';

const ARCHIVE_BYTES = 'not really an OCI archive, but a file the stages would read';

/** The outputs the real build stage plans, written by hand instead of by buildx. */
const standInBuild: PipelineStage = {
  name: 'build',
  description: 'stand-in',
  skip: () => undefined,
  async run(ctx) {
    const req = await buildRequest(
      ctx,
      path.join(ctx.config.reportPath, 'build'),
      path.join(ctx.host.tempDir, 's'),
    );
    const oci = req.outputs.find((o) => o.kind === 'oci');
    if (oci?.kind !== 'oci') throw new Error('the build plans no OCI archive');
    writeFileSync(oci.dest, ARCHIVE_BYTES);
    // What the rebuild of the reproduce stage writes, also scratch.
    writeFileSync(path.join(imageArchiveDir(ctx.host, 'reproduce'), 'image.oci.tar'), ARCHIVE_BYTES);
    ctx.facts.image = {
      source: 'built',
      tags: req.tags,
      platforms: ctx.config.platforms,
      loaded: false,
      ociArchive: oci.dest,
      metadata: {},
      metadataFile: req.metadataFile,
      steps: [],
      durationMs: 1,
      buildxVersion: 'stand-in',
      git: {},
      labels: {},
    };
  },
};

function tarsUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tar'));
}

async function runWith(inputs: Record<string, string>) {
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-archive-report-'));
  const all: Record<string, string> = { tags: 'ghcr.io/acme/api:dev', 'report-dir': reportDir, ...inputs };
  const config = buildConfig((n) => all[n], { workspace: REPORT_APP, defaultReportDir: reportDir });
  const lines: string[] = [];
  const host = new LocalHost({
    reportDir,
    cacheDir: mkdtempSync(path.join(os.tmpdir(), 'gcc-archive-cache-')),
    write: (l) => void lines.push(l),
  });
  const scratch = imageArchiveRoot(host);
  try {
    const { ctx } = await runAll(config, host, [discoverStage, standInBuild]);
    return { reportDir, scratch, lines, archive: ctx.facts.image?.ociArchive };
  } finally {
    await host.dispose();
  }
}

describe('image archives: scratch, not report-dir', () => {
  it('the build writes its archive under the run temp dir; after the run report-dir has no *.tar and the scratch is gone', async () => {
    const { reportDir, scratch, archive } = await runWith({});
    expect(archive?.startsWith(`${scratch}${path.sep}`)).toBe(true);
    expect(existsSync(path.join(reportDir, 'report.md'))).toBe(true);
    expect(tarsUnder(reportDir)).toEqual([]);
    expect(existsSync(scratch)).toBe(false);
  });

  it('keep-image-archive: a file name gets the build archive, and only it', async () => {
    const keepDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-archive-keep-'));
    const keep = path.join(keepDir, 'out', 'api.oci.tar');
    const { reportDir, scratch, lines } = await runWith({ 'keep-image-archive': keep });
    expect(readFileSync(keep, 'utf8')).toBe(ARCHIVE_BYTES);
    expect(tarsUnder(keepDir)).toEqual([path.join('out', 'api.oci.tar')]);
    expect(tarsUnder(reportDir)).toEqual([]);
    expect(existsSync(scratch)).toBe(false);
    expect(lines).toContain(`image archive kept at ${keep} (keep-image-archive)`);
  });

  it('keep-image-archive: an existing directory gets image.oci.tar inside it (report-dir too, if asked)', async () => {
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-archive-report-'));
    mkdirSync(path.join(reportDir, 'image'));
    await runWith({ 'report-dir': reportDir, 'keep-image-archive': path.join(reportDir, 'image') });
    expect(tarsUnder(reportDir)).toEqual([path.join('image', 'image.oci.tar')]);
  });

  it('keep-image-archive outside the workspace and the temporary directory is an input error', () => {
    expect(() =>
      buildConfig((n) => ({ 'keep-image-archive': '/etc/image.tar' })[n], {
        workspace: REPORT_APP,
        defaultReportDir: os.tmpdir(),
      }),
    ).toThrow(/input 'keep-image-archive': '\/etc\/image.tar' resolves to .*outside the workspace/);
  });
});
