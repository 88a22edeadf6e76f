/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure…): one testsuite per stage, one
 * testcase per finding (a failure when at or above fail-on) and per rule that found nothing, a skipped or
 * errored testcase for a skipped or failed stage.
 */
import type { StageRecord } from '../core/context.js';
import { compareFindings, severityRank, type Finding } from '../core/finding.js';
import type { FailOn } from '../config/inputs.js';

export interface JUnitRule {
  readonly code: string;
  readonly title: string;
}

export interface JUnitInput {
  readonly stages: readonly StageRecord[];
  readonly findings: readonly Finding[];
  readonly failOn: FailOn;
  /** Rules a stage checked, by stage name: those without findings become passing test cases. */
  readonly rules?: Readonly<Record<string, readonly JUnitRule[]>>;
  readonly name?: string;
}

/** Removes characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}

function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

interface Case {
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly line?: number;
  readonly body: string;
  readonly kind: 'pass' | 'failure' | 'error' | 'skipped';
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}

function findingText(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}\n` : '';
  return `${where}${f.severity} ${f.code} ${f.title}: ${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}\nDocs: ${f.docsUrl}`;
}

export function toJUnit(input: JUnitInput): string {
  const failOn = input.failOn;
  const blocks = (f: Finding) => failOn !== 'never' && severityRank(f.severity) >= severityRank(failOn);
  const stageNames = [
    ...input.stages.map((s) => s.name),
    ...new Set(input.findings.map((f) => f.stage).filter((n) => !input.stages.some((s) => s.name === n))),
  ];
  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  for (const stageName of stageNames) {
    const record = input.stages.find((s) => s.name === stageName);
    const classname = `go-container-ci.${stageName}`;
    const findings = input.findings.filter((f) => f.stage === stageName).sort(compareFindings);
    const cases: Case[] = [];
    if (record?.status === 'failed')
      cases.push({ name: `${stageName} stage`, classname, body: record.reason ?? 'failed', kind: 'error' });
    else if (record?.status === 'skipped')
      cases.push({
        name: `${stageName} stage`,
        classname,
        body: record.reason ?? 'skipped',
        kind: 'skipped',
      });
    for (const f of findings) {
      const where = f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '';
      cases.push({
        name: `${f.code} ${f.title}${where}`,
        classname,
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { line: f.line } : {}),
        body: findingText(f),
        kind: blocks(f) ? 'failure' : 'pass',
      });
    }
    if (record?.status === 'ok') {
      const found = new Set(findings.map((f) => f.code));
      for (const r of input.rules?.[stageName] ?? []) {
        if (!found.has(r.code))
          cases.push({ name: `${r.code} ${r.title}`, classname, body: '', kind: 'pass' });
      }
      if (cases.length === 0) cases.push({ name: `${stageName} stage`, classname, body: '', kind: 'pass' });
    }
    const count = (k: Case['kind']) => cases.filter((c) => c.kind === k).length;
    const time = (record?.durationMs ?? 0) / 1000;
    const suite = {
      tests: cases.length,
      failures: count('failure'),
      errors: count('error'),
      skipped: count('skipped'),
    };
    totals.tests += suite.tests;
    totals.failures += suite.failures;
    totals.errors += suite.errors;
    totals.skipped += suite.skipped;
    totals.time += time;
    const body = cases.map((c) => {
      const open = `    <testcase${attrs({ name: c.name, classname: c.classname, file: c.file, line: c.line, time: '0' })}`;
      const message = c.body.split('\n')[0] ?? '';
      switch (c.kind) {
        case 'pass':
          return c.body
            ? `${open}>\n      <system-out>${escapeXmlText(c.body)}</system-out>\n    </testcase>`
            : `${open}/>`;
        case 'failure':
          return `${open}>\n      <failure${attrs({ message, type: c.name.split(' ')[0] })}>${escapeXmlText(c.body)}</failure>\n    </testcase>`;
        case 'error':
          return `${open}>\n      <error${attrs({ message, type: 'StageFailed' })}>${escapeXmlText(c.body)}</error>\n    </testcase>`;
        case 'skipped':
          return `${open}>\n      <skipped${attrs({ message })}/>\n    </testcase>`;
      }
    });
    suites.push(
      `  <testsuite${attrs({ name: stageName, ...suite, time: time.toFixed(3) })}>\n${body.join('\n')}\n  </testsuite>`,
    );
  }
  const head = `<testsuites${attrs({ name: input.name ?? 'go-container-ci', ...totals, time: totals.time.toFixed(3) })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
}
