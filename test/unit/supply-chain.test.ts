import fc from 'fast-check';
import { cyclonedxStats, syftScanArgs } from '../../src/tools/syft.js';
import { parseTrivyReport, trivySbomArgs } from '../../src/tools/trivy.js';
import { ToolError } from '../../src/tools/exec.js';
import {
  findingSeverity,
  golangFromLine,
  requireLine,
  vulnerabilityFindings,
} from '../../src/vuln/findings.js';
import { parseGoMod } from '../../src/gomod/gomod.js';

describe('syft', () => {
  it('builds the scan arguments', () => {
    expect(
      syftScanArgs('oci-archive:/r/i.tar', { spdx: '/r/s.json', cyclonedx: '/r/c.json' }, 'linux/arm64'),
    ).toEqual([
      'scan',
      'oci-archive:/r/i.tar',
      '--platform',
      'linux/arm64',
      '-o',
      'spdx-json=/r/s.json',
      '-o',
      'cyclonedx-json=/r/c.json',
      '--quiet',
    ]);
  });
  it('counts packages by purl type, and rejects what is not CycloneDX', () => {
    const doc = {
      bomFormat: 'CycloneDX',
      components: [
        { purl: 'pkg:golang/a@v1' },
        { purl: 'pkg:golang/b@v2' },
        { purl: 'pkg:deb/debian/c@1' },
        { name: 'file' },
      ],
    };
    expect(cyclonedxStats(JSON.stringify(doc))).toEqual({ packages: 3, byType: { golang: 2, deb: 1 } });
    expect(() => cyclonedxStats('{"spdxVersion":"SPDX-2.3"}')).toThrow(/without bomFormat CycloneDX/);
    expect(() => cyclonedxStats('not json')).toThrow(/syft printed invalid JSON for the CycloneDX SBOM/);
  });
});

describe('trivy', () => {
  it('builds offline and policy arguments', () => {
    expect(
      trivySbomArgs('/s.json', {
        cacheDir: '/c',
        skipDbUpdate: true,
        ignoreUnfixed: true,
        ignoreFile: '/w/.trivyignore',
      }),
    ).toEqual([
      'sbom',
      '--format',
      'json',
      '--quiet',
      '--skip-version-check',
      '--cache-dir',
      '/c',
      '--skip-db-update',
      '--skip-java-db-update',
      '--offline-scan',
      '--ignore-unfixed',
      '--ignorefile',
      '/w/.trivyignore',
      '/s.json',
    ]);
    expect(trivySbomArgs('/s.json', {})).toEqual([
      'sbom',
      '--format',
      'json',
      '--quiet',
      '--skip-version-check',
      '/s.json',
    ]);
  });
  it('parses and deduplicates a report', () => {
    const v = {
      VulnerabilityID: 'X-1',
      PkgName: 'm',
      InstalledVersion: 'v1',
      FixedVersion: '1.1',
      Severity: 'HIGH',
      Title: 't',
    };
    const report = {
      Results: [
        { Vulnerabilities: [v, v, { ...v, Severity: 'WEIRD', VulnerabilityID: 'X-2' }] },
        { Vulnerabilities: null },
      ],
    };
    expect(parseTrivyReport(JSON.stringify(report))).toEqual([
      { id: 'X-1', pkgName: 'm', installedVersion: 'v1', fixedVersion: '1.1', severity: 'HIGH', title: 't' },
      {
        id: 'X-2',
        pkgName: 'm',
        installedVersion: 'v1',
        fixedVersion: '1.1',
        severity: 'UNKNOWN',
        title: 't',
      },
    ]);
  });
  it('fails clearly on invalid JSON, and only with a ToolError on any JSON', () => {
    expect(() => parseTrivyReport('FATAL something')).toThrow(
      /trivy printed invalid JSON for the scan report/,
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        try {
          parseTrivyReport(text);
        } catch (e) {
          if (!(e instanceof ToolError)) throw e;
        }
      }),
    );
  });
});

describe('vulnerability findings', () => {
  const goMods = [
    {
      file: 'go.mod',
      mod: parseGoMod(
        'module a\n\ngo 1.26.0\n\ntoolchain go1.26.8\n\nrequire (\n\texample.test/x v1.0.0 // indirect\n\texample.test/y v1.0.0\n)\n\nreplace example.test/y => example.test/z v2.0.0\n',
      ),
    },
    { file: 'tools/go.mod', mod: parseGoMod('module t\n\nrequire example.test/x v1.0.0\n') },
  ];
  it('prefers a direct require line, follows replacements, falls back to indirect', () => {
    expect(requireLine(goMods, 'example.test/x')).toEqual({ file: 'tools/go.mod', line: 3 });
    expect(requireLine(goMods, 'example.test/z')).toEqual({ file: 'go.mod', line: 9 });
    expect(requireLine(goMods.slice(0, 1), 'example.test/x')).toEqual({ file: 'go.mod', line: 8 });
    expect(requireLine(goMods, 'example.test/none')).toBeUndefined();
  });
  it('finds the FROM golang line through ARG substitution, only in built stages', () => {
    const text =
      'ARG REG=r.example\nFROM ${REG}/golang:1.26 AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\n';
    expect(golangFromLine('Dockerfile', text, {})).toEqual({ file: 'Dockerfile', line: 2 });
    expect(golangFromLine('Dockerfile', 'FROM alpine\n', {})).toBeUndefined();
  });
  it('maps severity by policy', () => {
    expect(findingSeverity('HIGH', 'HIGH')).toBe('error');
    expect(findingSeverity('MEDIUM', 'HIGH')).toBe('warning');
    expect(findingSeverity('LOW', 'HIGH')).toBe('info');
    expect(findingSeverity('CRITICAL', 'NONE')).toBe('warning');
    expect(findingSeverity('UNKNOWN', 'UNKNOWN')).toBe('info');
    expect(findingSeverity('LOW', 'LOW')).toBe('error');
  });
  it('puts stdlib on the go.mod toolchain line when no stage builds on golang', () => {
    const [f] = vulnerabilityFindings(
      [
        {
          id: 'GO-1',
          pkgName: 'stdlib',
          installedVersion: 'v1.26.8',
          fixedVersion: '1.26.9',
          severity: 'HIGH',
        },
      ],
      {
        dockerfile: 'Dockerfile',
        dockerfileText: 'FROM debian\nRUN go build .\n',
        buildArgs: {},
        goMods,
        failOn: 'CRITICAL',
      },
    );
    expect(f).toMatchObject({
      code: 'GO-1',
      severity: 'warning',
      file: 'go.mod',
      line: 5,
      fix: expect.stringMatching(/Go 1\.26\.9 or later/),
    });
    expect(f?.message).toBe('the Go standard library go1.26.8 has GO-1 (HIGH); fixed in 1.26.9');
  });
});
