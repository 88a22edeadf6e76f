/** BuildKit's build checks (`--call=check,format=json`): parsing, the argv, and findings merged with ours. */
import { buildxCheckArgs, parseCheckResults } from '../../src/tools/buildx-check.js';
import { buildkitRuleUrl, mergeBuildkitChecks } from '../../src/dockerfile/buildkit-checks.js';
import type { Finding } from '../../src/core/finding.js';

// The shape BuildKit's frontend lint subrequest returns (warnings, sources, buildError), written by hand.
const RESULTS = JSON.stringify({
  warnings: [
    {
      ruleName: 'JSONArgsRecommended',
      description:
        'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
      url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
      detail:
        'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
      location: { ranges: [{ start: { line: 9 }, end: { line: 9 } }] },
    },
    {
      ruleName: 'FromAsCasing',
      description: "The 'as' keyword should match the case of the 'from' keyword",
      url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      detail: "'as' and 'FROM' keywords' casing do not match",
      location: { sourceIndex: 0, ranges: [{ start: { line: 3 }, end: { line: 3 } }] },
    },
    {
      ruleName: 'StageNameCasing',
      detail: 'Stage name should be lowercase',
      location: { ranges: [{ start: { line: 3 } }] },
    },
    { ruleName: '<script>', detail: 'not a rule name' },
  ],
  sources: [{ filename: 'Dockerfile', language: 'Dockerfile', data: 'RlJPTQ==' }],
});

const gc101: Finding = {
  code: 'GC101',
  severity: 'error',
  title: 'Shell-form ENTRYPOINT/CMD',
  message: 'shell form',
  stage: 'lint',
  file: 'svc/Dockerfile',
  line: 9,
  docsUrl: 'x',
};

describe('BuildKit checks', () => {
  it('parses warnings with their line, file and URL; skips what is not a rule', () => {
    const r = parseCheckResults(RESULTS);
    expect(r.checks.map((c) => [c.rule, c.line, c.file])).toEqual([
      ['JSONArgsRecommended', 9, 'Dockerfile'],
      ['FromAsCasing', 3, 'Dockerfile'],
      ['StageNameCasing', 3, 'Dockerfile'],
    ]);
    expect(r.checks[2]?.url).toBeUndefined();
    expect(parseCheckResults('{"warnings":null}').checks).toEqual([]);
    expect(parseCheckResults('{"buildError":{"message":"unknown instruction: FORM"}}').buildError).toBe(
      'unknown instruction: FORM',
    );
    expect(() => parseCheckResults('WARNING: not json')).toThrow(/invalid JSON/);
  });

  it('become BK:<Rule> warnings on their line; the one our GC101 reports on the same line is left out', () => {
    const findings = mergeBuildkitChecks(parseCheckResults(RESULTS).checks, 'svc/Dockerfile', [gc101]);
    expect(findings.map((f) => [f.code, f.severity, f.file, f.line, f.docsUrl])).toEqual([
      [
        'BK:FromAsCasing',
        'warning',
        'svc/Dockerfile',
        3,
        'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      ],
      [
        'BK:StageNameCasing',
        'warning',
        'svc/Dockerfile',
        3,
        'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
      ],
    ]);
    // On another line, GC101 is another place: both are kept.
    const moved = mergeBuildkitChecks(parseCheckResults(RESULTS).checks, 'svc/Dockerfile', [
      { ...gc101, line: 10 },
    ]);
    expect(moved.map((f) => f.code)).toContain('BK:JSONArgsRecommended');
  });

  it('a rule name becomes its docs URL', () => {
    expect(buildkitRuleUrl('JSONArgsRecommended')).toBe(
      'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    );
    expect(buildkitRuleUrl('SecretsUsedInArgOrEnv')).toBe(
      'https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/',
    );
  });

  it('the check argv ends options before the context', () => {
    expect(
      buildxCheckArgs({
        contextDir: '--push',
        dockerfile: '/w/D',
        platforms: ['linux/arm64'],
        buildArgs: { A: 'x=y' },
        buildContexts: ['lib=/w/lib'],
        builder: 'b',
      }),
    ).toEqual([
      'buildx',
      'build',
      '--call=check,format=json',
      '--progress=quiet',
      '--builder',
      'b',
      '--file',
      '/w/D',
      '--platform',
      'linux/arm64',
      '--build-arg',
      'A=x=y',
      '--build-context',
      'lib=/w/lib',
      '--',
      '--push',
    ]);
  });
});
