/**
 * Lints a Dockerfile (with its .dockerignore and go.mod files) against the rule catalogue: builds the stage
 * model once, runs every rule, then applies inline ignores (`# go-container-ci ignore=GC101,GC102` on the
 * line(s) right above an instruction) and the rule policy (disabled codes, severity overrides).
 * Pure and linear in the input; never throws on bad input: what is not a Dockerfile is an input error.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';
import { analyze } from './analysis.js';
import { buildModel, type DockerfileModel } from './model.js';
import { RULES, RULES_BY_CODE } from './rules/index.js';
import { findingFor } from '../core/catalogue.js';
import type { LintInput, Report, Rule } from './rules/types.js';
import type { Pos, Span } from './text.js';

export interface RulePolicy {
  /** Codes that are turned off. */
  readonly disable?: readonly string[];
  /** Severity per code; 'off' turns the rule off. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Why the text could not be linted as a Dockerfile (empty when it could). */
  readonly errors: readonly string[];
  readonly model: DockerfileModel;
}

const LINT_STAGE = 'lint';

function isSpan(at: Span | Pos): at is Span {
  return (at as Span).start !== undefined;
}

/** Applies a policy to findings of any stage: drops disabled codes and rewrites severities. */
export function applyPolicy(findings: readonly Finding[], policy: RulePolicy = {}): Finding[] {
  const disabled = new Set((policy.disable ?? []).map((c) => c.toUpperCase()));
  const out: Finding[] = [];
  for (const f of findings) {
    if (disabled.has(f.code)) continue;
    const sev = policy.severity?.[f.code];
    if (sev === 'off') continue;
    out.push(sev ? { ...f, severity: sev } : f);
  }
  return out;
}

/** Larger is not a Dockerfile anyone writes; the linter is linear, but the findings of a huge file are noise. */
const MAX_DOCKERFILE_CHARS = 4 * 1024 * 1024;

export function lintDockerfile(input: LintInput, policy: RulePolicy = {}): LintResult {
  if (input.text.length > MAX_DOCKERFILE_CHARS) {
    return {
      findings: [],
      errors: [
        `${input.file} is ${input.text.length} characters long; the limit is ${MAX_DOCKERFILE_CHARS} (is it really a Dockerfile?)`,
      ],
      model: buildModel(''),
    };
  }
  const model = buildModel(input.text, {
    ...(input.target ? { target: input.target } : {}),
    ...(input.platforms ? { platforms: input.platforms } : {}),
    ...(input.buildArgs ? { buildArgs: input.buildArgs } : {}),
  });
  const errors: string[] = [];
  if (model.stages.length === 0) {
    const parseProblem = model.problems.find((p) => p.includes('could not be parsed'));
    errors.push(parseProblem ?? `${input.file} is not a Dockerfile: it has no FROM instruction`);
    return { findings: [], errors, model };
  }
  const analysis = analyze(model);
  const raw: Finding[] = [];
  for (const rule of RULES) {
    const ctx = {
      input,
      model,
      analysis,
      report: (r: Report) => raw.push(toFinding(rule, input.file, r)),
    };
    rule.check(ctx);
  }
  const seen = new Set<string>();
  const kept: Finding[] = [];
  for (const f of raw) {
    const key = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (f.file === input.file && f.line !== undefined) {
      const ignored = model.ignores.get(f.line);
      if (ignored && (ignored.has(f.code) || ignored.has('ALL'))) continue;
    }
    kept.push(f);
  }
  return { findings: applyPolicy(kept, policy).sort(compareFindings), errors, model };
}

function toFinding(rule: Rule, dockerfile: string, r: Report): Finding {
  const start = isSpan(r.at) ? r.at.start : r.at;
  const end = isSpan(r.at) ? r.at.end : undefined;
  return findingFor(rule.code, {
    message: r.message,
    stage: LINT_STAGE,
    file: r.file ?? dockerfile,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    ...(r.severity ? { severity: r.severity } : {}),
    ...(r.fix ? { fix: r.fix } : {}),
  });
}

export { RULES, RULES_BY_CODE };
