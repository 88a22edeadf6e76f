/**
 * A realistic finished pipeline for report tests and the summary screenshot: discover, lint and snapshot
 * really run on test/fixtures/report/app (a Go API with typical mistakes); the build and Go cache facts are
 * what a real build of it reports (written here, so no BuildKit is needed).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig } from '../../src/config/config.js';
import { LocalHost } from '../../src/host/local.js';
import type { Host } from '../../src/host/host.js';
import { Context } from '../../src/core/context.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { discoverStage } from '../../src/features/discover/stage.js';
import { lintStage } from '../../src/features/lint/stage.js';
import { snapshotStage } from '../../src/features/snapshot/stage.js';
import type { Baseline } from '../../src/report/baseline.js';
import { makeBaseline } from '../../src/report/baseline.js';
import { ruleDocsUrl, type Finding } from '../../src/core/finding.js';

export const REPORT_APP = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'report',
  'app',
);

export interface FixtureOptions {
  readonly inputs?: Record<string, string>;
  /** Add build, cache and stage records as a real build would (default true). */
  readonly built?: boolean;
  readonly reportDir?: string;
  /** The fixture app (default test/fixtures/report/app next to this file). */
  readonly workspace?: string;
  /** The host to report to (default: a quiet LocalHost). */
  readonly host?: Host;
}

const DIGEST = 'sha256:4f1c0d9a7e55b2c3a1d8e6f7b9c0a1b2c3d4e5f60718293a4b5c6d7e8f901234';
const IMAGE_ID = 'sha256:9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9';

export async function fixtureContext(opts: FixtureOptions = {}): Promise<Context> {
  const reportDir = opts.reportDir ?? mkdtempSync(path.join(os.tmpdir(), 'gcc-report-'));
  const inputs: Record<string, string> = {
    tags: 'ghcr.io/acme/api:pr-42',
    platforms: 'linux/amd64,linux/arm64',
    'report-dir': reportDir,
    ...opts.inputs,
  };
  const config = buildConfig((n) => inputs[n], {
    workspace: opts.workspace ?? REPORT_APP,
    defaultReportDir: reportDir,
  });
  const host =
    opts.host ??
    new LocalHost({
      reportDir,
      cacheDir: mkdtempSync(path.join(os.tmpdir(), 'gcc-report-cache-')),
      write: () => undefined,
    });
  const ctx = new Context(config, host);
  await runPipeline(ctx, [discoverStage, lintStage, snapshotStage]);
  if (opts.built === false) return ctx;
  // Durations of a realistic run (the real ones vary from run to run).
  const stageMs: Record<string, number> = { discover: 4, lint: 38, snapshot: 11 };
  ctx.stages.splice(
    0,
    ctx.stages.length,
    ...ctx.stages.map((s) => ({ ...s, durationMs: stageMs[s.name] ?? s.durationMs })),
  );
  ctx.stages.push(
    { name: 'cache-restore', status: 'ok', durationMs: 2_310 },
    { name: 'build', status: 'ok', durationMs: 48_720 },
    { name: 'cache-save', status: 'ok', durationMs: 3_905 },
    { name: 'analyze', status: 'skipped', reason: 'skipped by the skip input', durationMs: 0 },
    { name: 'smoke', status: 'skipped', reason: 'no smoke-command', durationMs: 0 },
  );
  const snap = ctx.facts.snapshot;
  if (snap) {
    const stage = snap.snapshot.stages[0];
    ctx.facts.snapshot = {
      ...snap,
      previous: snap.snapshot,
      changes: stage
        ? [
            { stage: stage.stage, platform: stage.platform, name: 'CGO_ENABLED', before: '0', after: '1' },
            { stage: stage.stage, platform: stage.platform, name: 'GOFLAGS', before: '-mod=readonly' },
          ]
        : [],
    };
  }
  ctx.facts.goCache = {
    mounts: [
      { id: '/root/.cache/go-build', target: '/root/.cache/go-build', stageBase: 'golang:1.22', line: 6 },
      { id: '/go/pkg/mod', target: '/go/pkg/mod', stageBase: 'golang:1.22', line: 6 },
    ],
    key: 'go-container-ci-go-v1-linux-amd64+linux-arm64-3f9a1c2b7d4e-5a6b7c8d9e0f',
    restoreKeys: ['go-container-ci-go-v1-linux-amd64+linux-arm64-3f9a1c2b7d4e-'],
    restoredKey: 'go-container-ci-go-v1-linux-amd64+linux-arm64-3f9a1c2b7d4e-11aa22bb33cc',
    restoreMs: 2_180,
    restoredBytes: 412_316_860,
    saved: true,
    saveMs: 3_770,
    savedBytes: 418_902_116,
  };
  const step = (name: string, cached: boolean, durationMs?: number) => ({
    digest: `sha256:${Buffer.from(name).toString('hex').padEnd(64, '0').slice(0, 64)}`,
    name,
    cached,
    ...(durationMs !== undefined ? { durationMs } : {}),
  });
  ctx.facts.image = {
    source: 'built',
    digest: DIGEST,
    manifestDigest: DIGEST,
    imageId: IMAGE_ID,
    tags: config.tags,
    platforms: config.platforms,
    loaded: false,
    metadata: { 'containerimage.digest': DIGEST },
    metadataFile: path.join(reportDir, 'build', 'metadata.json'),
    steps: [
      step('[internal] load build definition from Dockerfile', false, 41),
      step('[internal] load metadata for docker.io/library/golang:1.22', false, 612),
      step('[internal] load .dockerignore', false, 18),
      step('[build 1/4] FROM docker.io/library/golang:1.22', true),
      step('[build 2/4] WORKDIR /src', true),
      step('[build 3/4] COPY . .', false, 233),
      step('[build 4/4] RUN go build -o /out/api ./cmd/api', false, 41_870),
      step('[stage-1 1/2] FROM gcr.io/distroless/static-debian12', true),
      step('[stage-1 2/2] COPY --from=build /out/api /api', false, 96),
      step('exporting to image', false, 4_904),
    ],
    durationMs: 48_720,
    buildxVersion: 'github.com/docker/buildx v0.30.1',
    sourceDateEpoch: 1_767_225_600,
    git: { revision: '8c1e0f4b2a9d7c6e5f4a3b2c1d0e9f8a7b6c5d4e', commitTime: 1_767_225_600, dirty: false },
    labels: {},
  };
  ctx.stages.push({ name: 'reproduce', status: 'ok', durationMs: 52_310 });
  ctx.facts.reproduce = {
    reproducible: true,
    durationMs: 52_310,
    platforms: ['linux/amd64', 'linux/arm64'].map((platform, i) => {
      const d = `sha256:${String(i + 1).repeat(64)}`;
      return { platform, first: d, second: d, differences: [] };
    }),
  };
  return ctx;
}

/** A baseline of the base branch for the fixture: two findings fewer, and one that this run fixed. */
export function fixtureBaseline(ctx: Context): Baseline {
  const fixed: Finding = {
    code: 'GC303',
    severity: 'warning',
    title: 'Job environment never reaches the build',
    message:
      "GOFLAGS=-mod=mod is set in the job's environment, but no stage that runs go declares ARG GOFLAGS, so the build never sees it",
    stage: 'snapshot',
    file: 'Dockerfile',
    line: 3,
    docsUrl: ruleDocsUrl('GC303'),
  };
  const kept = ctx.findings.filter((f) => f.code !== 'GC101' && f.code !== 'GC201');
  return makeBaseline({
    image: 'ghcr.io/acme/api',
    ref: 'main',
    commit: '1f2e3d4c5b6a79881726354453627180a9b8c7d6',
    digest: 'sha256:0b1c2d3e4f5a69788796a5b4c3d2e1f00b1c2d3e4f5a69788796a5b4c3d2e1f0',
    findings: [...kept, fixed],
  });
}
