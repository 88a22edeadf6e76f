/** GitLab Code Quality, JUnit, annotations and baselines: pure writers over Findings. */
import fc from 'fast-check';
import { toCodeQuality } from '../../../src/report/gitlab.js';
import { escapeXmlAttr, toJUnit } from '../../../src/report/junit.js';
import { planAnnotations, GITHUB_ANNOTATION_LIMITS } from '../../../src/report/annotations.js';
import {
  computeDeltas,
  hasChanges,
  makeBaseline,
  parseBaseline,
  baselineKeyPrefix,
} from '../../../src/report/baseline.js';
import { ruleDocsUrl, SEVERITIES, type Finding, type Severity } from '../../../src/core/finding.js';
import type { StageRecord } from '../../../src/core/context.js';
import { gitlabValidator, parseJUnit } from '../../helpers/report-validate.js';

const f = (over: Partial<Finding> & { code: string }): Finding => ({
  severity: 'warning',
  title: `title of ${over.code}`,
  message: `message of ${over.code}`,
  stage: 'lint',
  docsUrl: ruleDocsUrl(over.code),
  ...over,
});

const findingArb: fc.Arbitrary<Finding> = fc.record({
  code: fc.stringMatching(/^GC[1-4]\d\d$/),
  severity: fc.constantFrom(...SEVERITIES),
  title: fc.string(),
  message: fc.string(),
  stage: fc.constantFrom('lint', 'snapshot', 'scan', 'weird<stage>&"'),
  file: fc.option(fc.constantFrom('Dockerfile', 'go.mod', 'sub dir/Dockerfile', 'a&b<c>.txt'), {
    nil: undefined,
  }),
  line: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  fix: fc.option(fc.string(), { nil: undefined }),
  docsUrl: fc.constant('https://example.com/x'),
}) as fc.Arbitrary<Finding>;

describe('GitLab Code Quality', () => {
  it('writes the documented fields, with severities GitLab knows and unique fingerprints', () => {
    const issues = toCodeQuality(
      [
        f({ code: 'GC101', severity: 'error', file: 'Dockerfile', line: 11 }),
        f({ code: 'GC206', file: 'Dockerfile', line: 6, endLine: 7 }),
        f({ code: 'GC206', file: 'Dockerfile', line: 6, endLine: 7 }),
        f({ code: 'CVE-2024-1', severity: 'info' }),
      ],
      'Dockerfile',
    );
    expect(gitlabValidator()(issues)).toBe(true);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines])).toEqual([
      ['GC101', 'critical', 'Dockerfile', { begin: 11 }],
      ['GC206', 'major', 'Dockerfile', { begin: 6, end: 7 }],
      ['GC206', 'major', 'Dockerfile', { begin: 6, end: 7 }],
      ['CVE-2024-1', 'info', 'Dockerfile', { begin: 1 }],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(issues[0]?.description).toBe('GC101 title of GC101: message of GC101');
  });

  it('is valid and has unique, stable fingerprints for any findings', () => {
    const validate = gitlabValidator();
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        const a = toCodeQuality(findings, 'Dockerfile');
        expect(validate(a)).toBe(true);
        expect(new Set(a.map((i) => i.fingerprint)).size).toBe(a.length);
        expect(toCodeQuality(findings, 'Dockerfile')).toEqual(a);
      }),
    );
  });
});

describe('JUnit', () => {
  const stages: StageRecord[] = [
    { name: 'discover', status: 'ok', durationMs: 3 },
    { name: 'lint', status: 'ok', durationMs: 40 },
    { name: 'build', status: 'failed', reason: 'exit 1 <boom> & "quotes"', durationMs: 1200 },
    { name: 'scan', status: 'skipped', reason: "not run: stage 'build' failed", durationMs: 0 },
  ];

  it('one suite per stage, failures at or above fail-on, passing rules, errors and skips', () => {
    const xml = toJUnit({
      stages,
      failOn: 'warning',
      findings: [
        f({ code: 'GC101', severity: 'error', file: 'Dockerfile', line: 3 }),
        f({ code: 'GC206', severity: 'warning', file: 'Dockerfile', line: 6 }),
        f({ code: 'GC306', severity: 'info', file: 'Dockerfile', line: 1 }),
      ],
      rules: {
        lint: [
          { code: 'GC101', title: 'Shell-form ENTRYPOINT' },
          { code: 'GC102', title: 'Something else' },
        ],
      },
    });
    const doc = parseJUnit(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      ['discover', '1', '0'],
      ['lint', '4', '2'],
      ['build', '1', '0'],
      ['scan', '1', '0'],
    ]);
    expect(doc.testsuites['@_failures']).toBe('2');
    expect(doc.testsuites['@_errors']).toBe('1');
    expect(doc.testsuites['@_skipped']).toBe('1');
    const lint = suites[1]?.testcase ?? [];
    expect(lint.map((c) => c['@_name'])).toEqual([
      'GC101 title of GC101 (Dockerfile:3)',
      'GC206 title of GC206 (Dockerfile:6)',
      'GC306 title of GC306 (Dockerfile:1)',
      'GC102 Something else',
    ]);
    expect(lint[0]?.failure?.['@_message']).toBe('Dockerfile:3');
    expect(lint[2]?.failure).toBeUndefined();
    expect(lint[2]?.['system-out']).toContain('message of GC306');
    expect(xml).toContain('exit 1 &lt;boom&gt; &amp; "quotes"');
  });

  it('parses, with one failure per finding at or above fail-on, for any findings', () => {
    fc.assert(
      fc.property(
        fc.array(findingArb, { maxLength: 20 }),
        fc.constantFrom(...SEVERITIES),
        (findings, failOn) => {
          const doc = parseJUnit(toJUnit({ stages, findings, failOn }));
          const cases = doc.testsuites.testsuite.flatMap((s) => s.testcase);
          const failures = cases.filter((c) => c.failure).length;
          const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
          expect(failures).toBe(findings.filter((x) => rank[x.severity] >= rank[failOn]).length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('escapes attributes, replacing characters XML cannot carry', () => {
    expect(escapeXmlAttr('a"b\'c<d>&e\nf\u0001g\uD800')).toBe(
      'a&quot;b&apos;c&lt;d&gt;&amp;e&#10;f\uFFFDg\uFFFD',
    );
  });
});

describe('annotations', () => {
  it('caps each level at 10 and the job at 50, most severe first, counting the rest', () => {
    const many = (severity: Severity, n: number) =>
      Array.from({ length: n }, (_, i) =>
        f({ code: `GC${100 + i}`, severity, file: 'Dockerfile', line: i + 1 }),
      );
    const plan = planAnnotations(
      [
        ...many('info', 12),
        ...many('warning', 3),
        ...many('error', 14),
        f({ code: 'GC999', severity: 'error' }),
      ],
      GITHUB_ANNOTATION_LIMITS,
    );
    expect(plan.shown.map((x) => x.severity)).toEqual([
      ...Array(10).fill('error'),
      ...Array(3).fill('warning'),
      ...Array(10).fill('info'),
    ]);
    expect(plan.omitted).toEqual({ error: 4, warning: 0, info: 2 });
    expect(planAnnotations(many('error', 14)).shown).toHaveLength(14);
    const capped = planAnnotations(many('error', 30), { perLevel: 100, total: 50 });
    expect(capped.shown).toHaveLength(30);
    expect(planAnnotations(many('error', 80), { perLevel: 100, total: 50 }).omitted.error).toBe(30);
  });
});

describe('baseline', () => {
  const base = makeBaseline({
    image: 'ghcr.io/acme/api',
    ref: 'main',
    imageSizeBytes: 10_000_000,
    vulnerabilities: { critical: 1, high: 2 },
    findings: [
      f({ code: 'GC101', file: 'Dockerfile', line: 3 }),
      f({ code: 'GC206', file: 'Dockerfile', line: 6 }),
      f({ code: 'GC206', file: 'Dockerfile', line: 6 }),
    ],
  });

  it('round-trips through JSON', () => {
    const parsed = parseBaseline(JSON.stringify(base));
    expect(parsed).toEqual({ baseline: base });
  });

  it('computes new and fixed findings as multisets (line moves are not changes), size and vulnerabilities', () => {
    const current = makeBaseline({
      image: 'ghcr.io/acme/api',
      imageSizeBytes: 9_000_000,
      vulnerabilities: { critical: 0, high: 2, medium: 1 },
      findings: [
        f({ code: 'GC206', file: 'Dockerfile', line: 9 }),
        f({ code: 'GC109', severity: 'error', file: 'Dockerfile', line: 8 }),
      ],
    });
    const d = computeDeltas(base, current);
    expect(d.newFindings.map((x) => x.code)).toEqual(['GC109']);
    expect(d.fixedFindings.map((x) => x.code).sort()).toEqual(['GC101', 'GC206']);
    expect(d.unchanged).toBe(1);
    expect(d.imageSize).toEqual({ before: 10_000_000, after: 9_000_000, delta: -1_000_000 });
    expect(d.vulnerabilities).toEqual([
      { severity: 'critical', before: 1, after: 0, delta: -1 },
      { severity: 'high', before: 2, after: 2, delta: 0 },
      { severity: 'medium', before: 0, after: 1, delta: 1 },
    ]);
    expect(hasChanges(d)).toBe(true);
    expect(hasChanges(computeDeltas(base, base))).toBe(false);
  });

  it('has no size or vulnerability deltas unless both runs have them', () => {
    const d = computeDeltas(base, makeBaseline({ image: 'x', findings: [] }));
    expect(d.imageSize).toBeUndefined();
    expect(d.vulnerabilities).toBeUndefined();
  });

  it('rejects what is not a baseline with a reason, and never throws', () => {
    expect(parseBaseline('nope')).toEqual({ problem: expect.stringMatching(/^the baseline is not JSON/) });
    expect(parseBaseline('[]')).toEqual({ problem: 'the baseline is not a JSON object' });
    expect(parseBaseline('{"version":2}')).toEqual({ problem: 'the baseline has version 2, expected 1' });
    expect(parseBaseline('{"version":1,"image":"x"}')).toEqual({
      problem: 'the baseline has no findings list',
    });
    const odd = parseBaseline(
      '{"version":1,"image":"x","imageSizeBytes":-4,"vulnerabilities":{"high":"2","low":3},"findings":[null,{"code":"A"},{"fingerprint":"f","code":"B","severity":"error","docsUrl":"javascript:x"}]}',
    );
    expect(odd).toEqual({
      baseline: {
        version: 1,
        image: 'x',
        vulnerabilities: { low: 3 },
        findings: [{ fingerprint: 'f', code: 'B', severity: 'error', title: 'B', message: '', stage: '' }],
      },
    });
    fc.assert(fc.property(fc.string(), (s) => void parseBaseline(s)));
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        void parseBaseline(JSON.stringify(v));
        void parseBaseline(JSON.stringify({ version: 1, image: 'x', findings: [v], vulnerabilities: v }));
      }),
    );
  });

  it('keys the cache by image and branch', () => {
    expect(baselineKeyPrefix('ghcr.io/acme/api', 'default')).toMatch(
      /^go-container-ci-baseline-v2-ghcr\.io-acme-api-[0-9a-f]{12}-default-$/,
    );
    expect(baselineKeyPrefix('a', 'release/1.x')).not.toBe(baselineKeyPrefix('b', 'release/1.x'));
  });
});
