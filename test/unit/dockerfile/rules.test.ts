/**
 * Every Dockerfile rule with a positive case (exact line:column of the offending token) and a negative
 * case (the fixed Dockerfile has no finding of that code).
 */
import { CATALOGUE } from '../../../src/core/catalogue.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { RULES } from '../../../src/dockerfile/rules/index.js';
import type { LintInput } from '../../../src/dockerfile/rules/types.js';
import { CASES, df } from './cases.js';

const GOOD_IGNORE = { file: '.dockerignore', text: '.git\n.env\n*.pem\n' };

function lint(text: string, extra: Partial<LintInput> = {}): string[] {
  const r = lintDockerfile({ file: 'Dockerfile', text, dockerignore: GOOD_IGNORE, ...extra });
  expect(r.errors).toEqual([]);
  return r.findings.map(
    (f) => `${f.file === 'Dockerfile' ? '' : `${f.file}:`}${f.line}:${f.column} ${f.code} ${f.severity}`,
  );
}

function codes(text: string, code: string, extra: Partial<LintInput> = {}): string[] {
  return lint(text, extra)
    .filter((l) => l.includes(` ${code} `))
    .map((l) => l.replace(` ${code}`, ''));
}

describe.each(CASES)('$code: $name', (c) => {
  it('reports the offending token', () => {
    expect(codes(c.bad, c.code, c.extra).sort()).toEqual([...c.expected].sort());
  });
  it('is quiet on the fixed Dockerfile', () => {
    expect(codes(c.good, c.code, c.goodExtra ?? c.extra)).toEqual([]);
  });
});

describe('inline ignores and policy', () => {
  const bad = df('FROM golang:1.26', 'COPY . .', 'RUN go build -a -o /app .');
  it('ignores a code named in the comment right above the instruction', () => {
    const text = df(
      'FROM golang:1.26',
      'COPY . .',
      '# some note',
      '# go-container-ci ignore=GC205,GC206',
      'RUN go build -a -o /app .',
    );
    expect(codes(text, 'GC205')).toEqual([]);
    expect(codes(text, 'GC302')).toEqual(['5:5 warning']);
  });
  it('does not apply an ignore to a later instruction', () => {
    const text = df(
      'FROM golang:1.26',
      '# go-container-ci ignore=GC205',
      'RUN true',
      'RUN go build -a -o /app .',
    );
    expect(codes(text, 'GC205')).toEqual(['4:14 warning']);
  });
  it('disables codes and overrides severities', () => {
    const r = lintDockerfile(
      { file: 'Dockerfile', text: bad, dockerignore: GOOD_IGNORE },
      { disable: ['GC205'], severity: { GC302: 'error', GC103: 'off' } },
    );
    const got = r.findings.map((f) => `${f.code} ${f.severity}`);
    expect(got).not.toContain('GC205 warning');
    expect(got).toContain('GC302 error');
    expect(got.some((g) => g.startsWith('GC103'))).toBe(false);
  });
});

describe('findings carry the catalogue data', () => {
  it('has title, fix, docs URL, stage and end position', () => {
    const r = lintDockerfile({
      file: 'a/Dockerfile',
      text: df('FROM golang:1.26', 'RUN go build -a -o /app .'),
    });
    const f = r.findings.find((x) => x.code === 'GC205');
    expect(f).toMatchObject({
      code: 'GC205',
      stage: 'lint',
      file: 'a/Dockerfile',
      line: 2,
      column: 14,
      endLine: 2,
      endColumn: 16,
      title: '`go build -a`',
      docsUrl: expect.stringMatching(/docs\/rules\/GC205\.md$/),
    });
    expect(f?.fix).toMatch(/Remove `-a`/);
  });

  it('reports a text without FROM as an input error', () => {
    const r = lintDockerfile({ file: 'Dockerfile', text: 'RUN echo hi\n' });
    expect(r.errors[0]).toMatch(/no FROM instruction/);
    expect(r.findings).toEqual([]);
  });
});

describe('rule docs', () => {
  const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/rules');
  const index = readFileSync(path.join(docs, 'README.md'), 'utf8');
  it.each(RULES.map((r) => [r.code, r] as const))('%s has a page and an index entry', (code, rule) => {
    const page = readFileSync(path.join(docs, `${code}.md`), 'utf8');
    expect(page).toContain(`# ${code}: ${CATALOGUE[rule.code].title}`);
    expect(page).toMatch(/## How to fix/);
    expect(page).toMatch(/Bad:[\s\S]*Good:/);
    expect(index).toContain(`[${code}](${code}.md)`);
  });
  it('has a positive and a negative case for every rule', () => {
    expect(RULES.filter((r) => !CASES.some((c) => c.code === r.code)).map((r) => r.code)).toEqual([]);
  });
});
