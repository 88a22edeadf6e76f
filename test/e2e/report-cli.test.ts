/**
 * The bundled CLI (dist/cli.js) writes the report files any CI can use: SARIF valid against the 2.1.0
 * schema, GitLab Code Quality with the documented fields, JUnit XML that parses, Markdown and HTML; and
 * `--baseline FILE` gives deltas against an earlier run's baseline.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { REPO_ROOT } from '../helpers/action.js';
import { REPORT_APP } from '../helpers/report-fixture.js';
import { gitlabValidator, parseJUnit, sarifValidator } from '../helpers/report-validate.js';

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_)/.test(k)) env[k] = v;
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'run', ...args], {
    cwd: REPORT_APP,
    env: { ...env, XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'gcc-cli-cache-')) },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('bundled CLI: report files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cli-report-'));
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

  it('writes valid SARIF, GitLab Code Quality, JUnit, Markdown and HTML, and fails on the errors', () => {
    const run = cli(['--skip', 'build', '--tags', 'ghcr.io/acme/api:dev', '--report-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAIL: 2 finding\(s\) at or above 'error'/);
    expect(run.stdout).toContain(`sarif=${path.join(dir, 'report.sarif')}`);

    const sarif = JSON.parse(read('report.sarif')) as Log;
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['GC101', 'GC201', 'GC307']));
    expect(results.find((r) => r.ruleId === 'GC101')?.locations?.[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11 },
    });

    const gitlab = JSON.parse(read('gl-code-quality.json')) as {
      check_name: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(gitlabValidator()(gitlab)).toBe(true);
    expect(gitlab.find((i) => i.check_name === 'GC101')).toMatchObject({
      severity: 'critical',
      location: { path: 'Dockerfile', lines: { begin: 11 } },
    });

    const junit = parseJUnit(read('junit.xml'));
    const lint = junit.testsuites.testsuite.find((s) => s['@_name'] === 'lint');
    expect(lint?.['@_failures']).toBe('2');
    expect(Number(lint?.['@_tests'])).toBeGreaterThan(20); // every catalogue rule is a test case
    expect(
      junit.testsuites.testsuite.find((s) => s['@_name'] === 'build')?.testcase[0]?.skipped,
    ).toBeDefined();

    expect(read('report.md')).toMatch(/^## ❌ go-container-ci failed/);
    expect(read('report.html')).toContain('<h2>❌ go-container-ci failed</h2>');
  });

  it('compares with --baseline FILE', () => {
    const base = JSON.parse(read('baseline.json')) as { findings: { code: string }[]; ref?: string };
    // The base branch had one more finding (fixed since) and lacked GC101 (new here).
    const fixed = { ...base.findings[0], fingerprint: 'f'.repeat(32), code: 'GC999', message: 'gone now' };
    base.findings = [...base.findings.filter((f) => f.code !== 'GC101'), fixed];
    base.ref = 'main';
    const baseFile = path.join(dir, 'main-baseline.json');
    writeFileSync(baseFile, JSON.stringify(base));
    const out = mkdtempSync(path.join(os.tmpdir(), 'gcc-cli-report-'));
    const run = cli([
      '--skip',
      'build',
      '--tags',
      'ghcr.io/acme/api:dev',
      '--report-dir',
      out,
      '--baseline',
      baseFile,
      '--fail-on',
      'never',
    ]);
    expect(run.status).toBe(0);
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('### Changes against main');
    expect(md).toMatch(/🆕 1 new, ✅ 1 fixed/);
    expect(md).toMatch(/🆕 \*\*New:\*\* 🔴 \[GC101\]/);
  });
});
