/**
 * Vulnerabilities as Findings on the line to change: a Go module's on the `require` line of the go.mod that
 * asks for it (replace directives and indirect requirements included), the Go standard library's on the
 * builder stage's `FROM golang…` line (or the go.mod toolchain/go line when no stage builds on golang). Pure.
 */
import type { GoModFile } from '../core/facts.js';
import type { Finding, Severity } from '../core/finding.js';

import { effectiveRequire } from '../gomod/gomod.js';
import { buildModel } from '../dockerfile/model.js';
import { parseImageReference } from '../registry/reference.js';
import { TRIVY_SEVERITIES, type TrivySeverity, type Vulnerability } from '../tools/trivy.js';
import { verdictFor, type GoVulnVerdict } from '../reachability/verdicts.js';
import { goUpgrade, goUpgradeText, moduleUpgrade } from '../reachability/advice.js';

export const FAIL_ON_SEVERITY = [...TRIVY_SEVERITIES, 'NONE'] as const;
export type FailOnSeverity = (typeof FAIL_ON_SEVERITY)[number];

/** Finding severity: at or above the policy threshold is an error, other MEDIUM and above a warning. */
export function findingSeverity(sev: TrivySeverity, failOn: FailOnSeverity): Severity {
  const rank = (s: string) => TRIVY_SEVERITIES.length - TRIVY_SEVERITIES.indexOf(s as TrivySeverity);
  if (failOn !== 'NONE' && sev !== 'UNKNOWN' && rank(sev) >= rank(failOn)) return 'error';
  return sev === 'CRITICAL' || sev === 'HIGH' || sev === 'MEDIUM' ? 'warning' : 'info';
}

interface Place {
  readonly file: string;
  readonly line?: number;
}

/** The go.mod line that brings in module `path` (after replacements), preferring direct requirements. */
export function requireLine(goMods: readonly GoModFile[], modulePath: string): Place | undefined {
  let indirect: Place | undefined;
  for (const { file, mod } of goMods) {
    for (const req of mod.requires) {
      const built = effectiveRequire(mod, req);
      if (req.path !== modulePath && built.path !== modulePath) continue;
      if (!req.indirect) return { file, line: req.line };
      indirect ??= { file, line: req.line };
    }
  }
  return indirect;
}

/** The FROM line of the first built stage whose base is a golang image. */
export function golangFromLine(
  dockerfile: string,
  text: string,
  buildArgs: Readonly<Record<string, string>>,
): Place | undefined {
  const model = buildModel(text, { buildArgs });
  for (const stage of model.stages) {
    if (!model.used.has(stage.index) || stage.from.parent !== undefined) continue;
    const ref = parseImageReference(stage.from.image);
    if (ref && ref.repository.split('/').pop() === 'golang')
      return { file: dockerfile, line: stage.from.span.start.line };
  }
  return undefined;
}

export interface VulnContext {
  readonly dockerfile: string;
  readonly dockerfileText: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly goMods: readonly GoModFile[];
  readonly failOn: FailOnSeverity;
  /** The reachability stage's verdicts: Go findings say whether a binary reaches the vulnerable code. */
  readonly reachability?: Reachability;
}

export interface Reachability {
  readonly verdicts: readonly GoVulnVerdict[];
  /** The severity of vulnerabilities no binary reaches (input unreachable-severity). */
  readonly unreachableSeverity: Severity;
  /** fail-on-severity applies to unreachable ones too (input fail-on-unreachable). */
  readonly failOnUnreachable: boolean;
}

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** What a verdict adds to a finding: severity, message, fix and labels. Pure. */
function withVerdict(
  base: Finding,
  v: Vulnerability,
  g: GoVulnVerdict,
  r: Reachability,
  verdicts: readonly GoVulnVerdict[],
): Finding {
  const stdlib = v.pkgName === 'stdlib';
  const upgrade = stdlib ? goUpgrade(verdicts) : undefined;
  const goFix = upgrade ? { fix: `${capitalize(goUpgradeText(upgrade))}.` } : {};
  if (g.verdict === 'reachable') {
    const how = g.reachedBy
      .map((b) => `${b.binary}${b.platform ? ` (${b.platform})` : ''} calls ${b.symbols.join(', ')}`)
      .join('; ');
    const to = stdlib ? undefined : moduleUpgrade(verdicts, v.pkgName);
    return {
      ...base,
      message: `${base.message}; reachable${g.conservative ? ' (stripped binary: govulncheck cannot rule it out)' : ''}: ${how}`,
      ...(upgrade
        ? goFix
        : to
          ? {
              fix: `go get ${v.pkgName}@${to} && go mod tidy (${to} fixes every reachable vulnerability of ${v.pkgName}).`,
            }
          : {}),
      properties: { reachability: g.verdict, goVulnId: g.id },
      tags: ['reachable'],
    };
  }
  const why =
    g.verdict === 'imported-not-called'
      ? 'the binaries link the package but never call its vulnerable code'
      : 'the binaries do not link the vulnerable package';
  return {
    ...base,
    severity: r.failOnUnreachable ? base.severity : r.unreachableSeverity,
    title: `${base.title} (not reachable)`,
    ...goFix,
    message: `${base.message}; not reachable: ${why} (govulncheck ${g.id})`,
    properties: { reachability: g.verdict, goVulnId: g.id },
    tags: ['not-reachable'],
  };
}

function docsUrl(v: Vulnerability): string {
  return v.url ?? `https://osv.dev/vulnerability/${encodeURIComponent(v.id)}`;
}

export function vulnerabilityFindings(vulns: readonly Vulnerability[], c: VulnContext): Finding[] {
  const stdlibPlace = (): Place | undefined => {
    const from = golangFromLine(c.dockerfile, c.dockerfileText, c.buildArgs);
    if (from) return from;
    const main = c.goMods[0];
    const directive = main?.mod.toolchain ?? main?.mod.go;
    return main ? { file: main.file, ...(directive ? { line: directive.line } : {}) } : undefined;
  };
  return vulns.map((v) => {
    const stdlib = v.pkgName === 'stdlib';
    const place = stdlib
      ? stdlibPlace()
      : (requireLine(c.goMods, v.pkgName) ?? (c.goMods[0] ? { file: c.goMods[0].file } : undefined));
    const fixed = v.fixedVersion ? v.fixedVersion.split(',')[0]?.trim() : undefined;
    const what = stdlib
      ? `the Go standard library go${v.installedVersion.replace(/^(v|go)/, '')}`
      : `${v.pkgName} ${v.installedVersion}`;
    const fix = stdlib
      ? fixed
        ? `Build with Go ${fixed.replace(/^v|^go/, '')} or later (the golang image tag, or the go.mod toolchain line).`
        : 'No fixed Go release yet: watch the advisory.'
      : fixed
        ? `go get ${v.pkgName}@v${fixed.replace(/^v/, '')} && go mod tidy`
        : 'No fixed version yet: watch the advisory, or replace the module.';
    const finding: Finding = {
      code: v.id,
      severity: findingSeverity(v.severity, c.failOn),
      title: `${v.severity} vulnerability in ${stdlib ? 'the Go standard library' : v.pkgName}`,
      message: `${what} has ${v.id} (${v.severity})${v.title ? `: ${v.title}` : ''}${fixed ? `; fixed in ${fixed}` : '; no fix yet'}`,
      fix,
      stage: 'scan',
      ...(place ? { file: place.file, ...(place.line ? { line: place.line } : {}) } : {}),
      docsUrl: docsUrl(v),
    };
    const r = c.reachability;
    const g = r ? verdictFor(v, r.verdicts) : undefined;
    return r && g ? withVerdict(finding, v, g, r, r.verdicts) : finding;
  });
}
