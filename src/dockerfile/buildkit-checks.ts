/**
 * BuildKit's build checks as findings: code `BK:<RuleName>`, a warning on the line BuildKit names, with
 * BuildKit's docs link. A check that says what one of our rules already reported on the same line is left
 * out (ours carries the Go-specific fix); the map below says which BuildKit rule means which GC rule. Pure.
 */
import type { Finding } from '../core/finding.js';
import type { BuildkitCheck } from '../tools/buildx-check.js';

/** BuildKit rule -> our rule with the same meaning. */
export const BUILDKIT_EQUIVALENTS: Readonly<Record<string, string>> = {
  // Shell-form ENTRYPOINT/CMD: signals never reach the Go program.
  JSONArgsRecommended: 'GC101',
  // A secret-looking name in ARG/ENV.
  SecretsUsedInArgOrEnv: 'GC403',
  // A global ARG used in a stage that does not declare it again: empty there.
  UndefinedVar: 'GC106',
};

/** BuildKit's documentation page of a rule, when the check carries no URL. */
export function buildkitRuleUrl(rule: string): string {
  const kebab = rule
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/go/dockerfile/rule/${kebab}/`;
}

export function buildkitFinding(check: BuildkitCheck, dockerfile: string): Finding {
  return {
    code: `BK:${check.rule}`,
    severity: 'warning',
    title: check.description || check.rule,
    message: check.detail,
    stage: 'lint',
    file: dockerfile,
    ...(check.line ? { line: check.line } : {}),
    ...(check.endLine ? { endLine: check.endLine } : {}),
    fix: `See BuildKit's documentation of ${check.rule}.`,
    docsUrl: check.url ?? buildkitRuleUrl(check.rule),
    properties: { source: 'buildkit', rule: check.rule },
  };
}

/**
 * The findings of BuildKit's checks on `dockerfile` (the workspace-relative path our findings use), without
 * those our findings already report on the same line, and each (rule, line) once.
 */
export function mergeBuildkitChecks(
  checks: readonly BuildkitCheck[],
  dockerfile: string,
  ours: readonly Finding[],
): Finding[] {
  const reported = new Set(ours.filter((f) => f.file === dockerfile).map((f) => `${f.code}:${f.line ?? 0}`));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const check of checks) {
    const same = BUILDKIT_EQUIVALENTS[check.rule];
    if (same && reported.has(`${same}:${check.line ?? 0}`)) continue;
    const key = `${check.rule}:${check.line ?? 0}:${check.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(buildkitFinding(check, dockerfile));
  }
  return out;
}
