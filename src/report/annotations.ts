/**
 * Which findings become annotations. GitHub shows at most 10 annotations of each level per step and 50 per
 * job; the rest are dropped silently. So the most severe are emitted first, up to the limits, and the
 * summary says how many were left out (all of them stay in the summary, SARIF and the other files).
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';

export interface AnnotationLimits {
  readonly perLevel: number;
  readonly total: number;
}

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { perLevel: 10, total: 50 };

export interface AnnotationPlan {
  /** Findings to annotate, most severe first. */
  readonly shown: readonly Finding[];
  /** Findings with a location that were not annotated, per severity. */
  readonly omitted: Readonly<Record<Severity, number>>;
  readonly limits?: AnnotationLimits;
}

/** Findings with a file, most severe first, capped by the limits (none: all). Pure. */
export function planAnnotations(findings: readonly Finding[], limits?: AnnotationLimits): AnnotationPlan {
  const located = findings.filter((f) => f.file).sort(compareFindings);
  const shown: Finding[] = [];
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of located) {
    if (limits && (perLevel[f.severity] >= limits.perLevel || shown.length >= limits.total)) {
      omitted[f.severity]++;
      continue;
    }
    perLevel[f.severity]++;
    shown.push(f);
  }
  return { shown, omitted, ...(limits ? { limits } : {}) };
}
