/**
 * SARIF 2.1.0 over Findings, for GitHub code scanning and any SARIF viewer. One run, tool.driver with a
 * rule per code (catalogue metadata when known, else derived from the findings), results with level,
 * message, a location relative to the repository root (uriBaseId %SRCROOT%) and a partial fingerprint that
 * survives line moves.
 */
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { findingFingerprint, type Finding, type Severity } from '../core/finding.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Rule metadata as the catalogue describes it. */
export interface SarifRuleInfo {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly severity: Severity;
  readonly docsUrl: string;
}

export interface SarifOptions {
  readonly toolName?: string;
  readonly version?: string;
  readonly informationUri?: string;
  /** Known rules (e.g. the lint catalogue); findings with other codes get a rule derived from them. */
  readonly rules?: readonly SarifRuleInfo[];
  /** file:// URI of the repository root, written as originalUriBaseIds.%SRCROOT% when given. */
  readonly srcRootUri?: string;
}

function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** "Shell-form ENTRYPOINT/CMD" → "ShellFormEntrypointCmd": SARIF's rule name is an identifier-like string. */
export function ruleName(title: string): string {
  const words = title
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const name = words.map((w) => w[0]?.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return name || 'Rule';
}

function descriptor(r: SarifRuleInfo): ReportingDescriptor {
  return {
    id: r.code,
    name: ruleName(r.title),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: {
      text: `${r.fix}\n\nDocumentation: ${r.docsUrl}`,
      markdown: `${r.fix}\n\n[${r.code} documentation](${r.docsUrl})`,
    },
    helpUri: r.docsUrl,
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: { tags: ['go-container-ci'] },
  };
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

export function toSarif(findings: readonly Finding[], opts: SarifOptions = {}): Log {
  const known = new Map((opts.rules ?? []).map((r) => [r.code, r]));
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const ensureRule = (f: Finding): number => {
    const existing = ruleIndex.get(f.code);
    if (existing !== undefined) return existing;
    const info: SarifRuleInfo = known.get(f.code) ?? {
      code: f.code,
      title: f.title,
      description: f.title,
      fix: f.fix ?? f.title,
      severity: f.severity,
      docsUrl: f.docsUrl,
    };
    rules.push(descriptor(info));
    ruleIndex.set(f.code, rules.length - 1);
    return rules.length - 1;
  };
  // Every catalogue rule is described, so viewers can show rules that had no result too.
  for (const r of opts.rules ?? []) {
    rules.push(descriptor(r));
    ruleIndex.set(r.code, rules.length - 1);
  }
  const results: Result[] = findings.map((f) => {
    const index = ensureRule(f);
    const result: Result = {
      ruleId: f.code,
      ruleIndex: index,
      level: sarifLevel(f.severity),
      message: { text: f.fix ? `${f.message}. ${f.fix}` : f.message },
      partialFingerprints: {
        'goContainerCi/v1': createHash('sha256').update(findingFingerprint(f)).digest('hex'),
      },
      ...(f.properties || f.tags
        ? { properties: { ...(f.properties ?? {}), ...(f.tags ? { tags: [...f.tags] } : {}) } }
        : {}),
    };
    if (f.file) {
      const region =
        f.line !== undefined && f.line > 0
          ? {
              startLine: f.line,
              ...(f.column !== undefined && f.column > 0 ? { startColumn: f.column } : {}),
              ...(f.endLine !== undefined && f.endLine >= f.line ? { endLine: f.endLine } : {}),
              ...(f.endColumn !== undefined &&
              f.endColumn > 0 &&
              (f.endLine === undefined || f.endLine > f.line || f.endColumn > (f.column ?? 0))
                ? { endColumn: f.endColumn }
                : {}),
            }
          : undefined;
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {}),
          },
        },
      ];
    }
    return result;
  });
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: opts.toolName ?? 'go-container-ci',
            ...(opts.version ? { version: opts.version } : {}),
            informationUri: opts.informationUri ?? 'https://github.com/go-container-ci/go-container-ci',
            rules,
          },
        },
        ...(opts.srcRootUri
          ? { originalUriBaseIds: { '%SRCROOT%': { uri: opts.srcRootUri.replace(/\/?$/, '/') } } }
          : {}),
        results,
      },
    ],
  };
}
