import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { toSarif, relativeUri, ruleName } from '../../../src/report/sarif.js';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { sarifRules } from '../../../src/report/report.js';
import type { Finding } from '../../../src/core/finding.js';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** The SARIF 2.1.0 schema (draft-04), adapted for Ajv 8: only the draft-04 `id` keyword differs. */
function sarifValidator() {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const text = [
  'FROM golang:1.26 AS build',
  'WORKDIR /src',
  'COPY . .',
  'RUN go build -a -o /out/app .',
  'FROM scratch',
  'COPY --from=build /out/app /app',
  'ENTRYPOINT /app',
  '',
].join('\n');

describe('SARIF writer', () => {
  const validate = sarifValidator();

  it('writes lint findings as valid SARIF 2.1.0', () => {
    const { findings } = lintDockerfile({ file: 'svc/Dockerfile', text });
    expect(findings.length).toBeGreaterThan(5);
    const log = toSarif(findings, {
      version: '0.1.0',
      rules: sarifRules(),
      srcRootUri: 'file:///work/repo',
    });
    expect(validate({ version: '2.1.0' })).toBe(false);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run?.tool.driver.rules?.map((r) => r.id)).toEqual(
      expect.arrayContaining(['GC101', 'GC201', 'GC407']),
    );
    const gc101 = run?.tool.driver.rules?.find((r) => r.id === 'GC101');
    expect(gc101).toMatchObject({
      name: 'ShellFormEntrypointCmd',
      shortDescription: { text: 'Shell-form ENTRYPOINT/CMD' },
      helpUri: expect.stringMatching(/GC101\.md$/),
    });
    expect(gc101?.fullDescription?.text).toMatch(/PID 1/);
    expect(gc101?.help?.text).toMatch(/exec form/);
    const r = run?.results?.find((x) => x.ruleId === 'GC101');
    expect(r).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'svc/Dockerfile', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 1 },
          },
        },
      ],
    });
    expect(run?.tool.driver.rules?.[r?.ruleIndex ?? -1]?.id).toBe('GC101');
    expect(r?.partialFingerprints?.['goContainerCi/v1']).toMatch(/^[0-9a-f]{64}$/);
    expect(run?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///work/repo/');
  });

  it('describes codes outside the catalogue from the findings and omits regions it does not have', () => {
    const f: Finding = {
      code: 'CVE-2099-0001',
      severity: 'info',
      title: 'A vulnerability',
      message: 'example.com/m v1.0.0 is affected',
      stage: 'scan',
      file: 'go.mod',
      docsUrl: 'https://example.com/CVE-2099-0001',
    };
    const g: Finding = { ...f, code: 'GC999', file: undefined, title: 'No location' };
    const log = toSarif([f, g]);
    expect(validate(log)).toBe(true);
    expect(log.runs[0]?.results?.[0]?.level).toBe('note');
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    expect(log.runs[0]?.results?.[1]?.locations).toBeUndefined();
    expect(log.runs[0]?.tool.driver.rules?.map((r) => r.id)).toEqual(['CVE-2099-0001', 'GC999']);
  });

  it('keeps fingerprints stable when a finding moves to another line', () => {
    const base: Finding = {
      code: 'GC205',
      severity: 'warning',
      title: 't',
      message: 'm',
      stage: 'lint',
      file: 'D',
      line: 3,
      docsUrl: 'u',
    };
    const a = toSarif([base]).runs[0]?.results?.[0]?.partialFingerprints;
    const b = toSarif([{ ...base, line: 9 }]).runs[0]?.results?.[0]?.partialFingerprints;
    expect(a).toEqual(b);
  });

  it('encodes URIs and names rules', () => {
    expect(relativeUri('./dir with space/Dockerfile')).toBe('dir%20with%20space/Dockerfile');
    expect(ruleName('`go build -a`')).toBe('GoBuildA');
  });
});
