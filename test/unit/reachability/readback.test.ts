import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  parseReadBack,
  readBackVex,
  serializeReadBack,
  vulnKey,
  type ReadBackInput,
} from '../../../src/reachability/readback.js';
import type { Vulnerability, TrivyOptions } from '../../../src/tools/trivy.js';
import type { GoVulnVerdict } from '../../../src/reachability/verdicts.js';
import { removeTree } from '../../../src/cache/fs.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-readback-'));
afterAll(() => removeTree(work));
let n = 0;

const vuln = (id: string, pkgName: string): Vulnerability => ({
  id,
  pkgName,
  installedVersion: 'v1.0.0',
  severity: 'HIGH',
});
const scan = [vuln('CVE-1', 'example.com/a'), vuln('CVE-2', 'example.com/b'), vuln('CVE-3', 'zlib')];
const verdict = (id: string, module: string, v: GoVulnVerdict['verdict']) =>
  ({ id: `GO-${id}`, aliases: [id], module, verdict: v, reachedBy: [] }) as unknown as GoVulnVerdict;
const verdicts = [
  verdict('CVE-1', 'example.com/a', 'reachable'),
  verdict('CVE-2', 'example.com/b', 'not-present'),
];

function setup(stamp = '2026-12-01T00:00:00Z') {
  const dir = path.join(work, `r${n++}`);
  const trivyCache = path.join(dir, 'trivy');
  mkdirSync(path.join(trivyCache, 'db'), { recursive: true });
  writeFileSync(path.join(trivyCache, 'db', 'metadata.json'), '{"Version":2,"UpdatedAt":"2026-12-01"}');
  writeFileSync(path.join(trivyCache, 'db', 'trivy.db'), 'db');
  const sbomFile = path.join(dir, 'sbom.json');
  const vexFile = path.join(dir, 'vex.json');
  const write = (serial: string, at: string) => {
    writeFileSync(
      sbomFile,
      JSON.stringify({
        bomFormat: 'CycloneDX',
        serialNumber: serial,
        metadata: { timestamp: at },
        components: [],
      }),
    );
    writeFileSync(
      vexFile,
      JSON.stringify({ '@id': 'x', timestamp: at, statements: [{ status: 'not_affected' }] }),
    );
  };
  write('urn:uuid:1', stamp);
  const calls: TrivyOptions[] = [];
  const trivy = {
    scanSbom: async (_sbom: string, o: TrivyOptions) => {
      calls.push(o);
      return [scan[0] as Vulnerability, scan[2] as Vulnerability];
    },
  };
  const warnings: string[] = [];
  const input = (over: Partial<ReadBackInput> = {}): ReadBackInput => ({
    scan,
    verdicts,
    sbomFile,
    vexFile,
    outFile: path.join(dir, 'out.json'),
    trivy,
    trivyVersion: '0.74.0',
    options: { cacheDir: trivyCache, skipDbUpdate: true },
    cacheDir: path.join(dir, 'results'),
    warn: (m) => warnings.push(m),
    ...over,
  });
  return { dir, calls, warnings, input, write };
}

describe('readBackVex', () => {
  it('with no not_affected statement trivy is not run: the scan stands', async () => {
    const s = setup();
    const r = await readBackVex(s.input({ verdicts: [verdicts[0] as GoVulnVerdict] }));
    expect(s.calls).toHaveLength(0);
    expect(r).toMatchObject({ source: 'no-statement', agrees: true, ids: ['CVE-1', 'CVE-2', 'CVE-3'] });
    expect(JSON.parse(readFileSync(path.join(s.dir, 'out.json'), 'utf8'))).toEqual(scan);
  });

  it("runs trivy once; the next run's new serial number and timestamps read it back from the cache", async () => {
    const s = setup();
    const first = await readBackVex(s.input());
    expect(first).toMatchObject({ source: 'trivy', agrees: true, ids: ['CVE-1', 'CVE-3'] });
    expect(s.calls[0]?.vexFile).toBe(path.join(s.dir, 'vex.json'));
    s.write('urn:uuid:2', '2026-12-02T00:00:00Z');
    const second = await readBackVex(s.input());
    expect(s.calls).toHaveLength(1);
    expect(second).toMatchObject({ source: 'cache', agrees: true, ids: ['CVE-1', 'CVE-3'] });
    expect(s.warnings).toEqual([]);
    // Another trivy, another database or other options: trivy runs again.
    await readBackVex(s.input({ trivyVersion: '0.75.0' }));
    await readBackVex(s.input({ options: { cacheDir: path.join(s.dir, 'trivy'), ignoreUnfixed: true } }));
    writeFileSync(path.join(s.dir, 'trivy', 'db', 'metadata.json'), '{"Version":2,"UpdatedAt":"2026-12-02"}');
    await readBackVex(s.input());
    expect(s.calls).toHaveLength(4);
  });

  it('an entry naming a vulnerability the scan lacks, or tampered, is ignored with a warning', async () => {
    const s = setup();
    await readBackVex(s.input());
    const entry = readdirSync(path.join(s.dir, 'results')).find((f) => f.startsWith('readback-')) as string;
    const file = path.join(s.dir, 'results', entry);
    const key = (JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key;
    writeFileSync(file, serializeReadBack(key, ['CVE-9\tevil\tv1']));
    const r = await readBackVex(s.input());
    expect(r.source).toBe('trivy');
    expect(s.warnings[0]).toMatch(/ignoring the cached trivy --vex result .*the scan lacks.*running trivy/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('CVE-3', 'CVE-2'));
    expect((await readBackVex(s.input())).source).toBe('trivy');
  });

  it('a trivy answer with a vulnerability the scan lacks is not cached', async () => {
    const s = setup();
    const odd = {
      scanSbom: async () => [vuln('CVE-7', 'other')],
    };
    await readBackVex(s.input({ trivy: odd }));
    const results = path.join(s.dir, 'results');
    expect(existsSync(results) ? readdirSync(results).filter((f) => f.startsWith('readback-')) : []).toEqual(
      [],
    );
    const r = await readBackVex(s.input({ trivy: odd }));
    expect(r.source).toBe('trivy');
    expect(r.agrees).toBe(false);
  });
});

describe('parseReadBack', () => {
  it('can only keep what the scan has, never add', () => {
    const text = serializeReadBack('k', [vulnKey(scan[2] as Vulnerability)]);
    expect(parseReadBack(text, 'k', scan)).toEqual({ ok: true, vulnerabilities: [scan[2]] });
    expect(parseReadBack(text, 'other', scan)).toEqual({ ok: false, why: 'written for other inputs' });
    expect(parseReadBack('{', 'k', scan)).toEqual({ ok: false, why: 'not JSON' });
    expect(parseReadBack(text.replace('"format"', '"extra":1,"format"'), 'k', scan)).toMatchObject({
      ok: false,
    });
    const dup = serializeReadBack('k', [
      vulnKey(scan[2] as Vulnerability),
      vulnKey(scan[2] as Vulnerability),
    ]);
    expect(parseReadBack(dup, 'k', scan)).toMatchObject({ ok: false });
  });
});
