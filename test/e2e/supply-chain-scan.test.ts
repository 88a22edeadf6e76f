/**
 * sbom and scan through the whole pipeline (the bundled CLI) on examples/hello-api: syft's SBOMs list our fixture
 * module, trivy (offline, on our own advisory database) finds exactly the two fixture advisories, and each
 * finding stands on the line to change: the go.mod require line and the Dockerfile's FROM golang line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { helloApiArgs, loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';

describe('sbom and scan', () => {
  it('lists the fixture module and puts each vulnerability on the line to change', async () => {
    const env = loadTestEnv();
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-scan-'));
    try {
      const r = await run(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist', 'cli.js'),
          'run',
          ...helloApiArgs(env),
          '--trivy-cache-dir',
          env.trivyCacheDir,
          '--trivy-skip-db-update',
          '--skip',
          'cache-restore',
          '--report-dir',
          reportDir,
        ],
        { cwd: REPO_ROOT, env: toolEnv(), timeoutMs: 600_000, okExitCodes: [0, 1] },
      );
      // HIGH is at the default fail-on-severity: the run fails on the module advisory.
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/^sbom-spdx=.*sbom\.spdx\.json$/m);
      expect(r.stdout).toMatch(/^vulnerabilities=\{"high":1,"medium":1\}$/m);

      for (const file of ['sbom.spdx.json', 'sbom.cyclonedx.json']) {
        const text = readFileSync(path.join(reportDir, 'sbom', file), 'utf8');
        expect(text).toContain('fixtures.gcc.test/greeting');
        expect(text).toContain('pkg:golang/fixtures.gcc.test/greeting@v1.2.0');
      }

      const findings = JSON.parse(readFileSync(path.join(reportDir, 'findings.json'), 'utf8')) as {
        code: string;
        severity: string;
        stage: string;
        file?: string;
        line?: number;
        message: string;
      }[];
      const scan = findings
        .filter((f) => f.stage === 'scan')
        .map((f) => [f.code, f.severity, f.file, f.line, f.message]);
      expect(scan.sort()).toEqual([
        [
          'GCC-2026-0001',
          'error',
          'examples/hello-api/go.mod',
          5,
          'fixtures.gcc.test/greeting v1.2.0 has GCC-2026-0001 (HIGH): greeting: Hello echoes names of any length; fixed in 1.2.1',
        ],
        [
          'GCC-2026-0002',
          'warning',
          'examples/hello-api/Dockerfile',
          7,
          'the Go standard library go1.26.8 has GCC-2026-0002 (MEDIUM): Go standard library: a test advisory against go1.26.8; fixed in 1.26.9',
        ],
      ]);
    } finally {
      await removeTree(reportDir);
    }
  });
});
