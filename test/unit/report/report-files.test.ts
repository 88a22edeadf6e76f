/**
 * report() over a realistic context on the local host: every file is written and valid (SARIF against the
 * 2.1.0 schema, GitLab's documented fields, JUnit through an XML parser), outputs are set, and a baseline
 * file gives deltas.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { fixtureBaseline, fixtureContext } from '../../helpers/report-fixture.js';
import { gitlabValidator, parseJUnit, sarifValidator } from '../../helpers/report-validate.js';
import { report, REPORT_FILES } from '../../../src/report/report.js';
import { parseBaseline } from '../../../src/report/baseline.js';
import type { LocalHost } from '../../../src/host/local.js';
import { OUTPUTS } from '../../../src/report/outputs.js';

describe('report files', () => {
  it('writes every file, valid, with outputs and annotations', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-rf-'));
    const ctx = await fixtureContext({ reportDir: dir });
    const v = await report(ctx);
    expect(v.ok).toBe(false);
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

    const sarif = JSON.parse(read(REPORT_FILES.sarif)) as Log;
    const validate = sarifValidator();
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(ctx.findings.length);
    // GitHub code scanning rejects the whole file when one result has no location.
    for (const r of results) expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBeTruthy();
    expect(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toContain('go.mod');
    expect(sarif.runs[0]?.tool.driver.rules?.find((r) => r.id === 'GC101')?.helpUri).toMatch(/GC101\.md$/);

    const gitlab = JSON.parse(read(REPORT_FILES.gitlab)) as unknown[];
    expect(gitlabValidator()(gitlab)).toBe(true);
    expect(gitlab).toHaveLength(ctx.findings.length);

    const junit = parseJUnit(read(REPORT_FILES.junit));
    expect(junit.testsuites.testsuite.map((s) => s['@_name'])).toEqual(ctx.stages.map((s) => s.name));
    expect(junit.testsuites['@_failures']).toBe('2');

    expect(read(REPORT_FILES.markdown)).toMatch(/^## ❌ go-container-ci failed/);
    expect(read(REPORT_FILES.html)).toMatch(/<h2>❌ go-container-ci failed<\/h2>/);
    expect(JSON.parse(read(REPORT_FILES.findings))).toHaveLength(ctx.findings.length);
    const baseline = parseBaseline(read(REPORT_FILES.baseline));
    expect('baseline' in baseline && baseline.baseline.findings.length).toBe(ctx.findings.length);

    const host = ctx.host as LocalHost;
    expect([...host.outputs.keys()].sort()).toEqual(Object.keys(OUTPUTS).sort());
    expect(host.outputs.get('sarif')).toBe(path.join(dir, 'report.sarif'));
    expect(host.outputs.get('cache-key')).toBe(ctx.facts.goCache?.key);
    expect(host.outputs.get('findings-count')).toBe(String(ctx.findings.length));
    expect(host.outputs.get('verdict')).toBe('fail');
    // The local host gets every located finding, most severe first.
    expect(host.annotations.map((f) => f.severity)).toEqual([
      'error',
      'error',
      ...Array(7).fill('warning'),
      'info',
      'info',
    ]);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe(read(REPORT_FILES.markdown));
  });

  it('compares with the baseline input and says what changed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-rf-'));
    const first = await fixtureContext({ reportDir: dir });
    const baseFile = path.join(dir, 'base.json');
    writeFileSync(baseFile, JSON.stringify(fixtureBaseline(first)));
    const ctx = await fixtureContext({ reportDir: dir, inputs: { baseline: baseFile } });
    await report(ctx);
    const md = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(md).toContain('### Changes against main');
    expect(md).toContain('🆕 2 new, ✅ 1 fixed');
  });

  it('warns and goes on without deltas when the baseline is missing, broken or for another image', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-rf-'));
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ version: 1, image: 'ghcr.io/acme/other', findings: [] }));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"version":1');
    for (const [file, note] of [
      [path.join(dir, 'missing.json'), /input 'baseline': cannot read .*missing\.json \(ENOENT\): no deltas/],
      [broken, /is not usable: the baseline is not JSON/],
      [other, /describes image ghcr\.io\/acme\/other, not ghcr\.io\/acme\/api: no deltas/],
    ] as const) {
      const ctx = await fixtureContext({ reportDir: dir, inputs: { baseline: file } });
      const v = await report(ctx);
      expect(v.ok).toBe(false);
      const md = readFileSync(path.join(dir, 'report.md'), 'utf8');
      expect(md).not.toContain('### Changes against');
      expect(md).toMatch(note);
    }
  });
});
