/**
 * The trivy database built from our own advisories (scripts/trivy-db): syft's SBOMs of a binary that uses the
 * fixture module at v1.2.0 make trivy, offline, report exactly the two fixture advisories; with the fixed
 * module v1.2.1 only the standard-library one remains.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';

interface TrivyReport {
  Results?: {
    Vulnerabilities?: {
      VulnerabilityID: string;
      PkgName: string;
      InstalledVersion: string;
      FixedVersion?: string;
      Severity: string;
    }[];
  }[];
}

async function scan(greetingVersion: string, format: 'cyclonedx-json' | 'spdx-json') {
  const env = loadTestEnv();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-trivy-db-'));
  try {
    cpSync(path.join(REPO_ROOT, 'examples', 'hello-api'), dir, { recursive: true });
    const goEnv = toolEnv({
      GOPROXY: `file://${env.goproxyDir}`,
      GONOSUMDB: 'fixtures.gcc.test',
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local',
      CGO_ENABLED: '0',
    });
    writeFileSync(
      path.join(dir, 'go.mod'),
      readFileSync(path.join(dir, 'go.mod'), 'utf8').replace('v1.2.0', greetingVersion),
    );
    await run('go', ['mod', 'tidy'], { cwd: dir, env: goEnv, timeoutMs: 120_000 });
    await run('go', ['build', '-trimpath', '-o', 'hello-api', '.'], {
      cwd: dir,
      env: goEnv,
      timeoutMs: 300_000,
    });
    const sbom = path.join(dir, 'sbom.json');
    await run('syft', ['scan', `file:${path.join(dir, 'hello-api')}`, '-o', `${format}=${sbom}`], {
      env: toolEnv({ SYFT_CHECK_FOR_APP_UPDATE: 'false' }),
      timeoutMs: 120_000,
    });
    const { stdout } = await run(
      'trivy',
      [
        'sbom',
        '--skip-db-update',
        '--skip-java-db-update',
        '--offline-scan',
        '--skip-version-check',
        '--quiet',
        '--cache-dir',
        env.trivyCacheDir,
        '--format',
        'json',
        sbom,
      ],
      { env: toolEnv(), timeoutMs: 120_000 },
    );
    const report = JSON.parse(stdout) as TrivyReport;
    return (report.Results ?? [])
      .flatMap((r) => r.Vulnerabilities ?? [])
      .map((v) => [v.VulnerabilityID, v.PkgName, v.InstalledVersion, v.FixedVersion, v.Severity]);
  } finally {
    await removeTree(dir);
  }
}

describe('trivy database from our own advisories', () => {
  it.each(['cyclonedx-json', 'spdx-json'] as const)(
    'finds exactly the module and stdlib advisories in a %s SBOM',
    async (format) => {
      expect((await scan('v1.2.0', format)).sort()).toEqual([
        ['GCC-2026-0001', 'fixtures.gcc.test/greeting', 'v1.2.0', '1.2.1', 'HIGH'],
        ['GCC-2026-0002', 'stdlib', expect.stringMatching(/^v?1\.26\.8$/), '1.26.9', 'MEDIUM'],
      ]);
    },
  );

  it('finds only the stdlib advisory once the module is fixed (v1.2.1)', async () => {
    expect(await scan('v1.2.1', 'cyclonedx-json')).toEqual([
      ['GCC-2026-0002', 'stdlib', expect.stringMatching(/^v?1\.26\.8$/), '1.26.9', 'MEDIUM'],
    ]);
  });
});
