/**
 * verify-reproducible: a rebuild with no cache at all must give the same digest; when it does not, the
 * findings name the file and the Go build-info field that differ.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { startFreshBuilder, type FreshBuilder } from '../helpers/buildkit.js';

const apps = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');

async function verify(dockerfile: string, label: string, builder: FreshBuilder) {
  const env = loadTestEnv();
  const reportDir = mkdtempSync(path.join(os.tmpdir(), `gcc-reproduce-${label}-`));
  const r = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'run',
      '--context',
      'tiny',
      '--dockerfile',
      `tiny/${dockerfile}`,
      '--builder',
      builder.name,
      '--build-args',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-args',
      `RUNTIME_IMAGE=${env.images.static}`,
      '--verify-reproducible',
      '--skip',
      'cache-restore,sbom,scan',
      '--fail-on',
      'warning',
      '--report-dir',
      reportDir,
    ],
    { cwd: apps, env: toolEnv(), timeoutMs: 600_000, okExitCodes: [0, 1] },
  );
  const findings = JSON.parse(readFileSync(path.join(reportDir, 'findings.json'), 'utf8')) as {
    code: string;
    message: string;
    stage: string;
    file?: string;
    line?: number;
  }[];
  return {
    exitCode: r.exitCode,
    stderr: r.stderr,
    findings: findings.filter((f) => f.stage === 'reproduce'),
  };
}

describe('verify-reproducible', () => {
  // A builder with no cache of earlier commits: rewrite-timestamp clamps only times newer than
  // SOURCE_DATE_EPOCH, so layers cached from an older build would keep their older times.
  let builder: FreshBuilder;
  beforeAll(async () => {
    builder = await startFreshBuilder('reproduce');
  });
  afterAll(async () => {
    await builder.stop();
  });

  it('passes for a reproducible build', async () => {
    const r = await verify('Dockerfile', 'good', builder);
    expect(r.stderr).toMatch(
      /reproducible: a rebuild without cache gave the same digest \(linux\/amd64 sha256:[a-f0-9]{64}\)/,
    );
    expect(r.findings).toEqual([]);
  });

  it('fails for a build that stamps the date through -X, naming the file and the build-info field', async () => {
    const r = await verify('Dockerfile.stamped', 'stamped', builder);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/not reproducible: linux\/amd64: \d+ file\(s\) differ/);
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'GC209',
        file: 'tiny/Dockerfile.stamped',
        line: 11,
        message: expect.stringMatching(
          /^\/tiny \(linux\/amd64\) is not reproducible: its Go build info field -ldflags was "-s -w -X main.built=\d+(%N)?" in one build and "-s -w -X main.built=\d+(%N)?" in the other$/,
        ),
      }),
    ]);
  });
});
