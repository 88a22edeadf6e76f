/** The one currency of problems: lint, snapshot, image analysis and vulnerabilities all produce Findings. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable rule code, e.g. GC101, or a vulnerability id for scan findings. */
  readonly code: string;
  readonly severity: Severity;
  /** Short, rule-level title ("Shell-form ENTRYPOINT"). */
  readonly title: string;
  /** What is wrong here, naming the offending thing. */
  readonly message: string;
  /** Name of the stage that produced it. */
  readonly stage: string;
  /** Path relative to the workspace root, with forward slashes. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** How to fix it, one or two sentences. */
  readonly fix?: string;
  readonly docsUrl: string;
  /** Extra facts for machine readers (SARIF result properties), e.g. `{ reachability: 'reachable' }`. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Labels for filtering (SARIF `properties.tags`), e.g. `not-reachable`. */
  readonly tags?: readonly string[];
  /**
   * With the targets input, a finding made before the build for some of the images only (a lint rule on one
   * image's final stage): their names. Absent: every image's.
   */
  readonly images?: readonly string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** Most severe first, then by file, line and code: the order annotations and reports use. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

export const DOCS_BASE = 'https://github.com/go-container-ci/go-container-ci/blob/main/docs/rules';

export function ruleDocsUrl(code: string): string {
  return `${DOCS_BASE}/${code}.md`;
}

/** A stable identity for comparing findings between runs (PR deltas): ignores line moves. */
export function findingFingerprint(f: Finding): string {
  return [f.code, f.file ?? '', f.message].join('\u0000');
}
