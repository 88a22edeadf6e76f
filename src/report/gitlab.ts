/**
 * GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues with the fields GitLab
 * documents: description, check_name, fingerprint, severity (info, minor, major, critical, blocker) and
 * location.path + location.lines.begin. GitLab needs a path on every issue, so findings without a file are
 * placed on the Dockerfile (line 1).
 */
import { createHash } from 'node:crypto';
import { findingFingerprint, type Finding, type Severity } from '../core/finding.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: CodeQualitySeverity;
  readonly location: {
    readonly path: string;
    readonly lines: { readonly begin: number; readonly end?: number };
  };
}

const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'major', info: 'info' };

/**
 * One issue per finding. Fingerprints are unique within the report (GitLab shows only the first issue of a
 * fingerprint) and stable between runs: the finding's fingerprint plus its occurrence number.
 */
export function toCodeQuality(findings: readonly Finding[], fallbackPath: string): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingFingerprint(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fingerprint = createHash('md5').update(`${base}\u0000${n}`).digest('hex');
    const begin = f.file && f.line && f.line > 0 ? f.line : 1;
    const end = f.file && f.endLine && f.endLine > begin ? f.endLine : undefined;
    return {
      description: `${f.code} ${f.title}: ${f.message}${f.fix ? `. Fix: ${f.fix}` : ''}`,
      check_name: f.code,
      fingerprint,
      severity: SEVERITY[f.severity],
      location: {
        path: (f.file ?? fallbackPath).replace(/\\/g, '/').replace(/^\.\//, ''),
        lines: end !== undefined ? { begin, end } : { begin },
      },
    };
  });
}
