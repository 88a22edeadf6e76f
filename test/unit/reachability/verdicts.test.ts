import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseGovulncheckJson } from '../../../src/tools/govulncheck.js';
import {
  mergeVerdicts,
  reachabilityHeadline,
  shortPackage,
  verdictFor,
  type GoVulnVerdict,
} from '../../../src/reachability/verdicts.js';
import {
  compareVersions,
  goUpgrade,
  goUpgradeText,
  moduleUpgrade,
} from '../../../src/reachability/advice.js';
import { openVexDocument, goModulePurl, imagePurl, retargetVex } from '../../../src/reachability/vex.js';
import { purlFor, sbomPurls } from '../../../src/reachability/sbom-purls.js';
import { vulnerabilityFindings } from '../../../src/vuln/findings.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';

const report = (name: string) =>
  parseGovulncheckJson(
    readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', name), 'utf8'),
  );

const verdictsOf = (name: string, stripped: boolean) =>
  mergeVerdicts([{ platform: 'linux/amd64', path: '/reach', stripped, report: report(name) }]);

describe('verdicts', () => {
  it('called symbol reachable, linked-not-called package imported-not-called', () => {
    const v = verdictsOf('reach.json', false);
    expect(v.map((x) => [x.id, x.module, x.verdict, x.fixedVersion])).toEqual([
      ['GO-2026-0001', 'fixtures.gcc.test/greeting', 'reachable', 'v1.2.1'],
      ['GO-2026-0002', 'stdlib', 'reachable', 'v1.26.9'],
      ['GO-2026-0003', 'fixtures.gcc.test/farewell', 'imported-not-called', 'v1.0.1'],
    ]);
    expect(v[0]?.reachedBy).toEqual([
      { platform: 'linux/amd64', binary: '/reach', symbols: ['greeting.Hello'] },
    ]);
    expect(v[1]?.reachedBy[0]?.symbols).toEqual(['http.ServeMux.ServeHTTP']);
    expect(reachabilityHeadline(v)).toBe('3 Go vulnerabilities, 2 reachable');
  });

  it('a stripped binary: govulncheck counts every symbol, the verdict says it is conservative', () => {
    const v = verdictsOf('reach-stripped.json', true);
    expect(v.every((x) => x.verdict === 'reachable' && x.conservative)).toBe(true);
  });

  it('merges binaries: the strongest verdict wins and every reaching binary is named', () => {
    const a = report('reach.json');
    const v = mergeVerdicts([
      { platform: 'linux/amd64', path: '/a', stripped: false, report: a },
      { platform: 'linux/arm64', path: '/a', stripped: false, report: a },
    ]);
    expect(v[0]?.reachedBy.map((r) => r.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(v[2]?.verdict).toBe('imported-not-called');
  });

  it('matches trivy findings by id or alias and module', () => {
    const v = verdictsOf('reach.json', false);
    const trivy = {
      id: 'GCC-2026-0003',
      pkgName: 'fixtures.gcc.test/farewell',
      installedVersion: 'v1.0.0',
      severity: 'HIGH' as const,
    };
    expect(verdictFor(trivy, v)?.id).toBe('GO-2026-0003');
    expect(verdictFor({ ...trivy, pkgName: 'other' }, v)).toBeUndefined();
    expect(verdictFor({ ...trivy, id: 'GO-2026-0003' }, v)?.verdict).toBe('imported-not-called');
  });

  it('short package names as Go code writes them', () => {
    expect(shortPackage('net/http')).toBe('http');
    expect(shortPackage('example.com/m/v2')).toBe('m');
    expect(shortPackage('fmt')).toBe('fmt');
  });
});

describe('upgrade advice', () => {
  const v = (over: Partial<GoVulnVerdict>): GoVulnVerdict => ({
    id: 'GO-1',
    aliases: [],
    module: 'stdlib',
    version: 'v1.26.8',
    fixedVersion: 'v1.26.9',
    verdict: 'reachable',
    reachedBy: [],
    conservative: false,
    ...over,
  });
  it('names the Go release fixing every stdlib vulnerability, and how many are reachable', () => {
    const u = goUpgrade([
      v({}),
      v({ id: 'GO-2', fixedVersion: 'v1.26.11', verdict: 'imported-not-called' }),
      v({ module: 'm' }),
    ]);
    expect(u).toEqual({ goVersion: '1.26.11', builtWith: '1.26.8', fixes: 2, reachable: 1 });
    expect(goUpgradeText(u!)).toBe(
      'rebuild with Go 1.26.11 (golang:1.26.11 base): fixes 2 standard library vulnerabilities, 1 reachable',
    );
  });
  it('the smallest module version fixing every reachable vulnerability; none when one has no fix', () => {
    const m = 'example.com/m';
    const all = [
      v({ module: m, fixedVersion: 'v1.2.10' }),
      v({ module: m, fixedVersion: 'v1.2.9' }),
      v({ module: m, fixedVersion: 'v2.0.0', verdict: 'imported-not-called' }),
    ];
    expect(moduleUpgrade(all, m)).toBe('v1.2.10');
    expect(moduleUpgrade([...all, v({ module: m, fixedVersion: undefined })], m)).toBeUndefined();
    expect(moduleUpgrade(all, 'other')).toBeUndefined();
  });
  it('compares versions numerically (property: antisymmetric)', () => {
    const ver = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map((t) => `v${t.join('.')}`);
    fc.assert(fc.property(ver, ver, (a, b) => expect(compareVersions(a, b) + compareVersions(b, a)).toBe(0)));
    expect(compareVersions('go1.26.10', 'v1.26.9')).toBe(1);
    expect(compareVersions('v1.0.0-rc.1', 'v1.0.0')).toBe(-1);
  });
});

describe('OpenVEX', () => {
  it('not_affected with a justification for unreachable, affected for reachable, per image digest', () => {
    const verdicts = verdictsOf('reach.json', false);
    const doc = openVexDocument({
      image: { name: '127.0.0.1:5000/test/reach', digest: 'sha256:abc' },
      verdicts,
      trivyId: (g) => g.aliases[0],
      tooling: 't',
      timestamp: '2026-01-01T00:00:00Z',
    });
    expect(doc['@context']).toBe('https://openvex.dev/ns/v0.2.0');
    const byName = Object.fromEntries(doc.statements.map((s) => [s.vulnerability.name, s]));
    expect(byName['GCC-2026-0003']).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      vulnerability: { aliases: ['GO-2026-0003'] },
      products: [
        {
          '@id': 'pkg:oci/reach@sha256%3Aabc?repository_url=127.0.0.1%3A5000%2Ftest%2Freach',
          subcomponents: [{ '@id': 'pkg:golang/fixtures.gcc.test/farewell@v1.0.0' }],
        },
      ],
    });
    expect(byName['GCC-2026-0001']?.status).toBe('affected');
    expect(byName['GCC-2026-0001']?.action_statement).toContain('/reach (linux/amd64) calls greeting.Hello');
    expect(goModulePurl('stdlib', 'v1.26.8')).toBe('pkg:golang/stdlib@v1.26.8');
    expect(imagePurl({ name: 'x', digest: 'sha256:1' })).toBe('pkg:oci/x@sha256%3A1?repository_url=x');
  });
});

describe('findings with verdicts', () => {
  const goMods = [
    {
      file: 'app/go.mod',
      mod: parseGoMod(
        'module a\n\ngo 1.26.0\n\nrequire (\n\tfixtures.gcc.test/farewell v1.0.0\n\tfixtures.gcc.test/greeting v1.2.0\n)\n',
      ),
    },
  ];
  const vulns = [
    {
      id: 'GCC-2026-0001',
      pkgName: 'fixtures.gcc.test/greeting',
      installedVersion: 'v1.2.0',
      fixedVersion: '1.2.1',
      severity: 'HIGH' as const,
    },
    {
      id: 'GCC-2026-0003',
      pkgName: 'fixtures.gcc.test/farewell',
      installedVersion: 'v1.0.0',
      fixedVersion: '1.0.1',
      severity: 'HIGH' as const,
    },
    {
      id: 'GCC-2026-0002',
      pkgName: 'stdlib',
      installedVersion: 'v1.26.8',
      fixedVersion: '1.26.9',
      severity: 'MEDIUM' as const,
    },
  ];
  const ctx = (failOnUnreachable: boolean) => ({
    dockerfile: 'app/Dockerfile',
    dockerfileText: 'FROM golang:1.26.8 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /a /a\n',
    buildArgs: {},
    goMods,
    failOn: 'HIGH' as const,
    reachability: {
      verdicts: verdictsOf('reach.json', false),
      unreachableSeverity: 'info' as const,
      failOnUnreachable,
    },
  });
  it('reachable stays at its severity with the symbol; unreachable becomes info, tagged', () => {
    const f = vulnerabilityFindings(vulns, ctx(false));
    expect(f.map((x) => [x.code, x.severity, x.file, x.line, x.tags])).toEqual([
      ['GCC-2026-0001', 'error', 'app/go.mod', 7, ['reachable']],
      ['GCC-2026-0003', 'info', 'app/go.mod', 6, ['not-reachable']],
      ['GCC-2026-0002', 'warning', 'app/Dockerfile', 1, ['reachable']],
    ]);
    expect(f[0]?.message).toContain('reachable: /reach (linux/amd64) calls greeting.Hello');
    expect(f[0]?.fix).toBe(
      'go get fixtures.gcc.test/greeting@v1.2.1 && go mod tidy (v1.2.1 fixes every reachable vulnerability of fixtures.gcc.test/greeting).',
    );
    expect(f[1]?.message).toContain('not reachable');
    expect(f[1]?.properties).toEqual({ reachability: 'imported-not-called', goVulnId: 'GO-2026-0003' });
    expect(f[2]?.fix).toBe(
      'Rebuild with Go 1.26.9 (golang:1.26.9 base): fixes 1 standard library vulnerability, 1 reachable.',
    );
  });
  it('fail-on-unreachable keeps the policy for unreachable ones', () => {
    expect(vulnerabilityFindings(vulns, ctx(true))[1]?.severity).toBe('error');
  });
});

describe('VEX names packages as the SBOM does', () => {
  const cdx = JSON.parse(
    readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', 'reach.cdx.json'), 'utf8'),
  ) as unknown;
  it("uses syft's purls (stdlib without v) and adds the depending main module as a product", () => {
    const sbom = sbomPurls(cdx);
    expect(purlFor(sbom, 'stdlib', 'v1.26.8')).toBe('pkg:golang/stdlib@1.26.8');
    expect(purlFor(sbom, 'fixtures.gcc.test/farewell', 'v1.0.0')).toBe(
      'pkg:golang/fixtures.gcc.test/farewell@v1.0.0',
    );
    expect(purlFor(sbom, 'fixtures.gcc.test/farewell', 'v9.9.9')).toBeUndefined();
    const doc = openVexDocument({
      image: { name: 'r', digest: 'sha256:1' },
      verdicts: verdictsOf('reach.json', false),
      sbom,
      tooling: 't',
      timestamp: 't',
    });
    const stdlib = doc.statements.find((s) => s.vulnerability.name === 'GO-2026-0002');
    expect(stdlib?.products.map((p) => [p['@id'], p.subcomponents[0]?.['@id']])).toEqual([
      ['pkg:oci/r@sha256%3A1?repository_url=r', 'pkg:golang/stdlib@1.26.8'],
      ['pkg:golang/example.test/reach', 'pkg:golang/stdlib@1.26.8'],
    ]);
  });
  it('hostile SBOMs give no purls rather than errors', () => {
    for (const bad of [
      null,
      1,
      'x',
      { components: 'x' },
      { components: [null, { purl: 1 }], dependencies: [{ ref: 1 }] },
    ])
      expect(sbomPurls(bad).byName.size).toBe(0);
  });
});

describe('retargetVex', () => {
  it('moves the image products to the signed digest and keeps the module products', () => {
    const doc = openVexDocument({
      image: { name: 'r', digest: 'sha256:1' },
      verdicts: verdictsOf('reach.json', false),
      tooling: 't',
      timestamp: 't',
    });
    const moved = retargetVex(doc, { name: '127.0.0.1:5000/r', digest: 'sha256:2' });
    expect(moved.statements.every((s) => s.products[0]?.['@id'].includes('sha256%3A2'))).toBe(true);
    expect(moved.statements[0]?.products[0]?.subcomponents).toEqual(
      doc.statements[0]?.products[0]?.subcomponents,
    );
    expect(moved['@id']).not.toBe(doc['@id']);
  });
});
