/**
 * The job summary (and report.md): a verdict line, what changed against the baseline, findings by stage, then
 * one section per stage's facts, each rendered only when that stage left facts in the context. Long parts are
 * collapsed. Pure: the same context gives the same Markdown.
 */
import type { BuiltImage, ImageFacts } from '../core/facts.js';
import type { BudgetFacts, SmokeFacts } from '../core/facts.js';
import type { Context } from '../core/context.js';
import type { Verdict } from '../core/pipeline.js';
import { compareFindings, SEVERITIES, type Finding, type Severity } from '../core/finding.js';
import type { AnnotationPlan } from './annotations.js';
import { fingerprintHash, type Deltas } from './baseline.js';
import {
  code,
  details,
  formatBytes,
  formatDuration,
  link,
  plural,
  rich,
  table,
  text,
  truncateMarkdown,
} from './markdown.js';
import { imageIdentity } from './facts.js';
import { budgetTable, deltaRows } from './size-rows.js';
import { notPushedLine } from '../core/gate.js';

const STATUS_ICON = { ok: '✅', skipped: '⏭️', failed: '❌' } as const;
export const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Rows of a stage's findings shown before the rest is collapsed. */
const FINDINGS_SHOWN = 15;

export interface SummaryExtras {
  readonly deltas?: Deltas;
  /** Why there are no deltas, when a baseline was asked for but not usable. */
  readonly baselineNote?: string;
  readonly annotations?: AnnotationPlan;
  /** Report files written, by name (report.sarif…), with the directory. */
  readonly files?: { readonly dir: string; readonly names: readonly string[] };
  /** Where the PR comment went, or why not. */
  readonly commentNote?: string;
  /** The comment's address, a link where the note names it (the note's text is otherwise inert). */
  readonly commentUrl?: string;
}

function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** "2 errors, 1 warning" (zero counts left out), or "no findings". */
export function countsText(findings: readonly Finding[]): string {
  const c = severityCounts(findings);
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) =>
    s === 'info' ? `${c[s]} info` : plural(c[s], s),
  );
  return parts.length ? parts.join(', ') : 'no findings';
}

function where(f: { file?: string; line?: number }): string {
  return f.file ? code(`${f.file}${f.line ? `:${f.line}` : ''}`) : '';
}

interface RowFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly fix?: string;
  readonly docsUrl?: string;
}

function ruleCell(f: RowFinding, isNew = false): string {
  const id = f.docsUrl ? link(f.code, f.docsUrl) : text(f.code);
  return `${SEVERITY_ICON[f.severity]} ${id}${isNew ? ' 🆕' : ''}<br>${rich(f.title)}`;
}

/** One table row: rule (severity icon, code linked to its docs, title), where, problem and fix. */
export function findingRow(f: RowFinding, isNew = false): string[] {
  return [ruleCell(f, isNew), where(f), `${rich(f.message)}${f.fix ? `<br>**Fix:** ${rich(f.fix)}` : ''}`];
}

export const FINDING_HEADER = ['Rule', 'Where', 'Problem'];

/** A findings table with the first rows shown and the rest collapsed; `isNew` marks findings new in this run. */
function findingsTable(
  findings: readonly Finding[],
  shown = FINDINGS_SHOWN,
  isNew: (f: Finding) => boolean = () => false,
): string {
  const sorted = [...findings].sort(compareFindings);
  const row = (f: Finding) => findingRow(f, isNew(f));
  const head = sorted.slice(0, shown);
  const rest = sorted.slice(shown);
  const parts = [table(FINDING_HEADER, head.map(row))];
  if (rest.length > 0)
    parts.push(details(`${rest.length} more (${countsText(rest)})`, table(FINDING_HEADER, rest.map(row))));
  return parts.join('\n\n');
}

/** Label/value pairs as a compact list (Markdown-safe values). */
function factList(rows: readonly (readonly [string, string] | readonly string[])[]): string {
  return rows.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}

function totalMs(ctx: Context): number {
  return ctx.stages.reduce((n, s) => n + s.durationMs, 0);
}

function headline(ctx: Context, v: Verdict): string {
  const lines: string[] = [];
  lines.push(v.ok ? '## ✅ go-container-ci passed' : '## ❌ go-container-ci failed');
  if (!v.ok) lines.push(`**${text(v.reason)}**`);
  const held = notPushedLine(ctx);
  if (held) lines.push(`🚫 **${text(held)}**`);
  const build = ctx.facts.image;
  const facts: string[] = [`📦 ${code(imageIdentity(ctx.config, ctx.facts.discover?.dockerfile))}`];
  if (build?.digest) facts.push(code(build.digest));
  if (build?.platforms.length) facts.push(text(build.platforms.join(', ')));
  const c = severityCounts(ctx.findings);
  facts.push(
    ctx.findings.length === 0
      ? 'no findings'
      : SEVERITIES.filter((s) => c[s] > 0)
          .map((s) => `${SEVERITY_ICON[s]} ${s === 'info' ? `${c[s]} info` : plural(c[s], s)}`)
          .join(' '),
  );
  facts.push(`⏱️ ${formatDuration(totalMs(ctx))}`);
  lines.push('', facts.join(' · '));
  return lines.join('\n');
}

function stagesSection(ctx: Context): string | undefined {
  if (ctx.stages.length === 0) return undefined;
  const counts = new Map<string, Finding[]>();
  for (const f of ctx.findings) counts.set(f.stage, [...(counts.get(f.stage) ?? []), f]);
  const rows = ctx.stages.map((s) => [
    `${STATUS_ICON[s.status]} ${text(s.name)}`,
    s.status === 'skipped' ? '' : formatDuration(s.durationMs),
    counts.get(s.name)?.length ? text(countsText(counts.get(s.name) ?? [])) : '',
    text(s.reason ?? ''),
  ]);
  const ran = ctx.stages.filter((s) => s.status !== 'skipped').length;
  const failed = ctx.stages.filter((s) => s.status === 'failed').length;
  const summary = `Stages: ${ran} of ${ctx.stages.length} ran${failed ? `, ${failed} failed` : ''}`;
  return details(summary, table(['Stage', 'Time', 'Findings', 'Note'], rows), failed > 0);
}

/** A predicate for findings that are new against the baseline (by fingerprint, as many times as new). */
function newFindingPredicate(deltas: Deltas | undefined): (f: Finding) => boolean {
  if (!deltas || deltas.newFindings.length === 0) return () => false;
  const fresh = new Set(deltas.newFindings.map((f) => f.fingerprint));
  return (f) => fresh.has(fingerprintHash(f));
}

function findingsSection(ctx: Context, deltas: Deltas | undefined): string | undefined {
  if (ctx.findings.length === 0) return undefined;
  const isNew = newFindingPredicate(deltas);
  const order = [...ctx.stages.map((s) => s.name), ...ctx.findings.map((f) => f.stage)];
  const stages = [...new Set(order)].filter((s) => ctx.findings.some((f) => f.stage === s));
  const parts = [`### Findings`];
  for (const stage of stages) {
    const list = ctx.findings.filter((f) => f.stage === stage);
    parts.push(`#### ${text(stage)}: ${text(countsText(list))}`, findingsTable(list, FINDINGS_SHOWN, isNew));
  }
  return parts.join('\n\n');
}

function deltasSection(
  d: Deltas | undefined,
  note: string | undefined,
  budget: BudgetFacts | undefined,
): string | undefined {
  if (!d) {
    const budgets = budgetTable(budget);
    const parts = [note ? `> ${text(note)}` : '', budgets ? `### Size budgets\n\n${budgets}` : ''];
    return parts.filter(Boolean).join('\n\n') || undefined;
  }
  const baseName = d.base.ref ?? 'the baseline';
  const parts = [
    `### Changes against ${text(baseName)}${d.base.commit ? ` (${code(d.base.commit.slice(0, 12))})` : ''}`,
  ];
  const rows = deltaRows(d, budget);
  parts.push(table(['', text(baseName), 'this run', 'change'], rows, '---|--:|--:|---'));
  const brief = (f: Deltas['newFindings'][number]) =>
    `${SEVERITY_ICON[f.severity]} ${f.docsUrl ? link(f.code, f.docsUrl) : text(f.code)}${f.file ? ` ${where(f)}` : ''}`;
  if (d.newFindings.length)
    parts.push(`🆕 **New:** ${d.newFindings.map(brief).join(' · ')} (marked 🆕 below)`);
  if (d.fixedFindings.length) parts.push(fixedDetails(d.fixedFindings));
  return parts.join('\n\n');
}

/** The fixed findings, collapsed: all of them counted, the first `shown` listed. */
export function fixedDetails(fixed: Deltas['fixedFindings'], shown = fixed.length): string {
  return details(
    `✅ Fixed: ${plural(fixed.length, 'finding')}`,
    table(
      FINDING_HEADER,
      fixed.slice(0, shown).map((f) => findingRow(f)),
    ),
  );
}

/** The publish stage's row: what was pushed where, and what it cost. */
function publishedText(ctx: Context): string | undefined {
  const p = ctx.facts.publish;
  if (!p) {
    const held = notPushedLine(ctx);
    return held ? `🚫 ${text(held)}` : undefined;
  }
  const where = p.byDigest
    ? p.images.map(code).join('<br>')
    : [...p.images, ...p.tags].map(code).join('<br>');
  return (
    `${where}<br>${plural(p.blobsUploaded, 'blob')} uploaded (${formatBytes(p.bytesUploaded)}), ` +
    `${p.blobsSkipped} already there, ${p.blobsMounted} mounted, ${plural(p.manifestsPut, 'manifest')} put ` +
    `in ${formatDuration(p.durationMs)}`
  );
}

/** The rows every image has, built or fetched. */
function imageFacts(ctx: Context, image: ImageFacts): string[][] {
  const facts: string[][] = [];
  if (image.digest) facts.push(['Digest', code(image.digest)]);
  if (image.imageId) facts.push(['Image id', code(image.imageId)]);
  if (image.tags.length) facts.push(['Tags', image.tags.map(code).join('<br>')]);
  facts.push(['Platforms', image.platforms.length ? text(image.platforms.join(', ')) : "the builder's"]);
  const outputs = [
    image.source === 'fetched' ? 'pushed' : '',
    image.source === 'built' && image.loaded ? 'loaded' : '',
    image.ociArchive ? 'OCI archive' : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (outputs) facts.push(['Output', text(outputs)]);
  const published = publishedText(ctx);
  if (published) facts.push(['Published', published]);
  if (image.git.revision)
    facts.push([
      'Revision',
      `${code(image.git.revision.slice(0, 12))}${image.git.dirty ? ' (uncommitted changes)' : ''}`,
    ]);
  return facts;
}

function buildSection(ctx: Context): string | undefined {
  const image = ctx.facts.image;
  if (!image) return undefined;
  const facts = imageFacts(ctx, image);
  if (image.source === 'fetched') {
    facts.push(['Fetched', `${code(image.reference)} (not built by this run)`]);
    return [
      `### Image`,
      `fetched from the registry in ${formatDuration(image.durationMs)}`,
      factList(facts),
    ].join('\n\n');
  }
  if (image.sourceDateEpoch !== undefined)
    facts.push([
      'SOURCE_DATE_EPOCH',
      `${image.sourceDateEpoch} (${new Date(image.sourceDateEpoch * 1000).toISOString().replace('.000Z', 'Z')})`,
    ]);
  facts.push(['buildx', text(image.buildxVersion)]);
  const steps = image.steps;
  const cached = steps.filter((s) => s.cached).length;
  const parts = [
    `### Build`,
    `${formatDuration(image.durationMs)}, ${steps.length} steps, ${cached} cached`,
    factList(facts),
  ];
  if (steps.length > 0) parts.push(stepsDetails(steps, cached));
  return parts.join('\n\n');
}

function stepsDetails(steps: BuiltImage['steps'], cached: number): string {
  const slowest = [...steps]
    .filter((s) => !s.cached && s.durationMs !== undefined)
    .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0))[0];
  const rows = steps.map((s) => [
    text(s.name),
    s.cached ? '♻️ cached' : s.error ? '❌ failed' : '🔨 built',
    s.durationMs !== undefined ? formatDuration(s.durationMs) : '',
  ]);
  return details(
    `Build steps: ${steps.length}, ${cached} cached${slowest ? `; slowest: ${text(slowest.name.slice(0, 60))} (${formatDuration(slowest.durationMs ?? 0)})` : ''}`,
    table(['Step', 'Result', 'Time'], rows, '---|---|--:'),
  );
}

const MAX_LAYER_ROWS = 40;

/** How the smoke run went: what ran, the outcome, how long. */
function smokeCell(smoke: SmokeFacts): string {
  const s = smoke.service;
  const what =
    smoke.mode === 'healthy'
      ? `as a service${smoke.args.length ? ` ${code(JSON.stringify(smoke.args))}` : ''}`
      : code(JSON.stringify(smoke.args));
  const ready =
    s?.probe === 'healthcheck'
      ? '✅ healthy (HEALTHCHECK)'
      : s?.probe === 'http'
        ? `✅ ${code(`GET ${s.httpPath ?? ''}`)} on port ${s.port ?? ''} answered ${s.httpStatus ?? ''}`
        : `✅ port ${s?.port ?? ''} accepted a connection`;
  const result =
    smoke.outcome === 'ok'
      ? smoke.mode === 'healthy'
        ? ready
        : '✅ exited 0'
      : `❌ ${text(smoke.outcome)}${smoke.exitCode !== undefined ? ` (status ${smoke.exitCode})` : ''}`;
  return `${what}: ${result} in ${formatDuration(smoke.durationMs)}`;
}

function imageSection(ctx: Context): string | undefined {
  const analysis = ctx.facts.analysis;
  if (!analysis || analysis.platforms.length === 0) return undefined;
  const parts = ['### Image'];
  for (const p of analysis.platforms) {
    const head = analysis.platforms.length > 1 ? `#### ${text(p.platform)}\n\n` : '';
    const process = [...p.entrypoint, ...p.cmd];
    const facts: string[][] = [
      [
        'Size',
        `${formatBytes(p.compressedBytes)} compressed, ${formatBytes(p.contentBytes)} of files in ${plural(p.layers.length, 'layer')}`,
      ],
      ['Runs', process.length ? code(JSON.stringify(process)) : 'nothing (no ENTRYPOINT or CMD)'],
      ['User', p.user ? code(p.user) : 'root (no USER)'],
    ];
    if (p.workingDir) facts.push(['Working directory', code(p.workingDir)]);
    if (p.ports.length) facts.push(['Ports', p.ports.map(code).join(', ')]);
    const budgets = (ctx.facts.budget?.results ?? []).filter((r) => r.platform === p.platform);
    if (budgets.length)
      facts.push([
        'Size budget',
        budgets.map((r) => `${r.exceeded ? '❌' : '✅'} ${r.budget} ${text(r.limit)}`).join(', '),
      ]);
    const smoke = ctx.facts.smoke;
    if (smoke && smoke.platform === p.platform) facts.push(['Smoke run', smokeCell(smoke)]);
    const binaries = p.binaries.map((b) => [
      `${code(b.path)}${b.entrypoint ? ' (entrypoint)' : ''}`,
      formatBytes(b.size),
      text(b.goVersion ?? 'not Go'),
      text([b.goos, b.goarch].filter(Boolean).join('/')),
      b.static ? 'static' : `dynamic (${code(b.interpreter ?? '?')})`,
      [
        b.cgo === undefined ? '' : b.cgo ? 'cgo' : 'no cgo',
        b.trimpath ? '-trimpath' : b.trimpath === false ? 'no -trimpath' : '',
        b.stripped ? 'stripped' : 'symbols kept',
      ]
        .filter(Boolean)
        .join(', '),
    ]);
    const layers = p.layers
      .slice(0, MAX_LAYER_ROWS)
      .map((l, i) => [
        String(i + 1),
        formatBytes(l.compressedBytes),
        formatBytes(l.contentBytes),
        String(l.files),
        code((l.createdBy ?? '').replace(/\s+/g, ' ').slice(0, 100)),
      ]);
    const logHead = smoke?.platform === p.platform ? smoke.service?.logHead : undefined;
    parts.push(
      `${head}${factList(facts)}`,
      ...(logHead
        ? [details('Smoke run: first lines of its log', logHead.split('\n').map(code).join('<br>\n'))]
        : []),
      binaries.length
        ? table(['Binary', 'Size', 'Go', 'Platform', 'Linking', 'Build'], binaries)
        : 'No Go binary found in the image.',
      details(
        `Layers: ${p.layers.length}`,
        table(['#', 'Compressed', 'Files size', 'Files', 'Made by'], layers, '--:|--:|--:|--:|---'),
      ),
    );
  }
  return parts.join('\n\n');
}

function goCacheSection(ctx: Context): string | undefined {
  const gc = ctx.facts.goCache;
  if (!gc) return undefined;
  const rows: string[][] = [
    ['Mounts', gc.mounts.map((m) => code(m.target)).join(', ') || 'none'],
    ['Key', code(gc.key)],
    ...(gc.builder ? [['Builder', text(gc.builder)]] : []),
    [
      'Restored',
      gc.builderRefused
        ? `no: ${text(gc.builderRefused)}`
        : gc.restoredKey
          ? `${gc.restoredKey === gc.key ? 'exact match' : `prefix match ${code(gc.restoredKey)}`}${gc.restoredBytes !== undefined ? `, ${formatBytes(gc.restoredBytes)}` : ''}${gc.restoreMs !== undefined ? ` in ${formatDuration(gc.restoreMs)}` : ''}`
          : 'nothing (first run for this key)',
    ],
  ];
  if (gc.saved !== undefined)
    rows.push([
      'Saved',
      gc.saved
        ? `${gc.savedBytes !== undefined ? formatBytes(gc.savedBytes) : 'yes'}${gc.saveMs !== undefined ? ` in ${formatDuration(gc.saveMs)}` : ''}${gc.trimmedBytes ? `; trimmed ${formatBytes(gc.trimmedBytes)} (${gc.trimmedEntries ?? 0} entries the build did not use)` : ''}`
        : 'no (unchanged)',
    ]);
  return details('Go build cache', factList(rows));
}

const VULN_ICON: Record<string, string> = {
  CRITICAL: '🟣',
  HIGH: '🔴',
  MEDIUM: '🟠',
  LOW: '🟡',
  UNKNOWN: '⚪',
};
const VULNS_SHOWN = 10;

/** SBOM, vulnerabilities (by severity, with fixed versions) and signature, when those stages ran. */
function supplyChainSection(ctx: Context): string | undefined {
  const { sbom, scan, signature, reachability } = ctx.facts;
  if (!sbom && !scan && !signature && !reachability) return undefined;
  const parts = ['### Supply chain'];
  const facts: string[][] = [];
  if (sbom) {
    const types = Object.entries(sbom.stats.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    facts.push([
      'SBOM',
      `${plural(sbom.stats.packages, 'package')}${types ? ` (${text(types)})` : ''}${sbom.platform ? ` for ${text(sbom.platform)}` : ''}, SPDX and CycloneDX, syft ${text(sbom.syftVersion)}`,
    ]);
  }
  if (scan) {
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
    const counts = order
      .filter((sev) => scan.counts[sev])
      .map((sev) => `${VULN_ICON[sev]} ${scan.counts[sev]} ${sev.toLowerCase()}`);
    facts.push(['Vulnerabilities', counts.length ? counts.join(' · ') : '✅ none found']);
  }
  const reach = reachability;
  if (reach) {
    const unreachable = reach.verdicts.filter((v) => v.verdict !== 'reachable').map((v) => v.id);
    facts.push([
      'Go reachability',
      `${text(reach.headline)} (govulncheck on ${plural(reach.binaries.length, 'binary', 'binaries')})${unreachable.length ? `; not reachable: ${text(unreachable.join(', '))}` : ''}; VEX ${code('vex.openvex.json')}`,
    ]);
  }
  if (signature) {
    facts.push([
      'Signature',
      `${signature.verified ? '✅ signed and verified' : '⚠️ signed, not verified'} (${signature.mode}) ${code(signature.image)}${signature.attestations.length ? `; attestations: ${text(signature.attestations.join(', '))}` : ''}`,
    ]);
  }
  parts.push(factList(facts));
  if (scan && scan.vulnerabilities.length > 0) {
    const rank = (sev: string) => ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].indexOf(sev);
    const rows = [...scan.vulnerabilities]
      .sort((a, b) => rank(a.severity) - rank(b.severity) || a.pkgName.localeCompare(b.pkgName))
      .map((v) => [
        `${VULN_ICON[v.severity] ?? ''} ${text(v.severity.toLowerCase())}`,
        v.url ? link(v.id, v.url) : text(v.id),
        code(v.pkgName),
        code(v.installedVersion),
        v.fixedVersion ? code(v.fixedVersion) : 'no fix yet',
      ]);
    const header = ['Severity', 'Vulnerability', 'Package', 'Installed', 'Fixed in'];
    parts.push(
      rows.length > VULNS_SHOWN
        ? details(plural(rows.length, 'vulnerability', 'vulnerabilities'), table(header, rows))
        : table(header, rows),
    );
  }
  return parts.join('\n\n');
}

function snapshotSection(ctx: Context): string | undefined {
  const snap = ctx.facts.snapshot;
  if (!snap) return undefined;
  const s = snap.snapshot;
  const parts = [`### Go environment`];
  parts.push(
    [
      `Go ${code(s.goVersion ?? 'unknown')}${s.goVersionSource ? ` (from ${s.goVersionSource === 'go.mod' ? 'go.mod' : 'the base image tag'})` : ''}`,
      `platforms ${text(s.platforms.join(', '))}`,
      `cache key ${code(snap.key)}`,
    ].join(' · '),
  );
  if (snap.previous) {
    parts.push(
      snap.changes.length === 0
        ? 'No change in the Go environment since the last build.'
        : details(
            `⚠️ ${plural(snap.changes.length, 'change')} since the last build`,
            table(
              ['Stage', 'Variable', 'Before', 'After'],
              snap.changes.map((c) => [
                text(`${c.stage} (${c.platform})`),
                code(c.name),
                c.before !== undefined ? code(c.before) : '*unset*',
                c.after !== undefined ? code(c.after) : '*unset*',
              ]),
            ),
            true,
          ),
    );
  } else parts.push('No earlier snapshot to compare with (first build with this cache).');
  const rows: string[][] = [];
  for (const st of s.stages) {
    for (const [name, v] of Object.entries(st.vars)) {
      if (!v) continue;
      rows.push([
        text(`${st.stage} (${st.platform})`),
        code(name),
        v.value !== undefined ? code(v.value) : '*unset*',
        `${text(v.source)}${v.line ? ` (line ${v.line})` : ''}`,
      ]);
    }
  }
  if (rows.length)
    parts.push(
      details(
        `Effective Go variables (${plural(s.stages.length, 'go stage')})`,
        table(['Stage', 'Variable', 'Value', 'Set by'], rows),
      ),
    );
  const forwarded = Object.keys(s.forwardedBuildArgs);
  if (forwarded.length) parts.push(`Job variables passed as build args: ${forwarded.map(code).join(', ')}`);
  return parts.join('\n\n');
}

const DIFFERENCES_SHOWN = 50;

/** sha256:0123456789ab… (12 hex digits are plenty to compare by eye). */
function shortDigest(d: string): string {
  const m = /^(sha256|sha512):([0-9a-f]{12})[0-9a-f]+$/.exec(d);
  return m ? `${m[1]}:${m[2]}…` : d;
}

function reproduceSection(ctx: Context): string | undefined {
  const r = ctx.facts.reproduce;
  if (!r) return undefined;
  const platforms = r.platforms.map((p) => p.platform).join(', ');
  const head = r.reproducible
    ? `✅ **Reproducible**: a rebuild without any cache gave the same image${platforms ? ` for ${text(platforms)}` : ''} (${formatDuration(r.durationMs)}).`
    : `❌ **Not reproducible**: a rebuild without any cache gave a different image for ${plural(r.platforms.filter((p) => p.first !== p.second).length, 'platform')} (${formatDuration(r.durationMs)}).`;
  const parts = ['### Determinism', head];
  if (r.platforms.length > 0)
    parts.push(
      table(
        ['Platform', 'Build', 'Rebuild', 'Result'],
        r.platforms.map((p) => [
          text(p.platform),
          code(shortDigest(p.first)),
          p.second ? code(shortDigest(p.second)) : '',
          p.first === p.second ? '✅ identical' : `❌ ${plural(p.differences.length, 'file')} differ`,
        ]),
      ),
    );
  for (const p of r.platforms) {
    if (p.differences.length === 0) continue;
    const rows = p.differences
      .slice(0, DIFFERENCES_SHOWN)
      .map((d) => [
        code(d.path),
        text(d.what),
        (d.fields ?? [])
          .map((f) => `${code(f.field)}: ${code(f.first ?? '')} → ${code(f.second ?? '')}`)
          .join('<br>'),
      ]);
    const more =
      p.differences.length > DIFFERENCES_SHOWN
        ? `\n\n…and ${p.differences.length - DIFFERENCES_SHOWN} more.`
        : '';
    parts.push(
      details(
        `${text(p.platform)}: ${plural(p.differences.length, 'file')} differ`,
        `${table(['File', 'Difference', 'Go build info'], rows)}${more}`,
        !r.reproducible && p.differences.length <= 10,
      ),
    );
  }
  return parts.join('\n\n');
}

export function filesSection(extras: SummaryExtras): string | undefined {
  if (!extras.files || extras.files.names.length === 0) return undefined;
  return details('Report files', `In ${code(extras.files.dir)}: ${extras.files.names.map(code).join(', ')}`);
}

/** Inert text, except `url` where it appears, which becomes a link. */
function noteWithLink(note: string, url: string | undefined): string {
  const at = url ? note.indexOf(url) : -1;
  if (!url || at < 0) return text(note);
  return `${text(note.slice(0, at))}${link(url, url)}${text(note.slice(at + url.length))}`;
}

export function notesSection(extras: SummaryExtras): string | undefined {
  const notes: string[] = [];
  const a = extras.annotations;
  if (a) {
    const omitted = a.omitted.error + a.omitted.warning + a.omitted.info;
    if (omitted > 0)
      notes.push(
        `GitHub shows at most ${a.limits?.perLevel ?? 10} annotations per level in a step (${a.limits?.total ?? 50} per job): ${plural(omitted, 'finding')} with a location ${omitted === 1 ? 'is' : 'are'} listed here and in the SARIF file only.`,
      );
  }
  if (extras.commentNote) notes.push(noteWithLink(extras.commentNote, extras.commentUrl));
  return notes.length ? notes.map((n) => `<sub>${n}</sub>`).join('<br>\n') : undefined;
}

/** Section renderers in reading order; each returns undefined when it has nothing to say. */
export function summarySections(ctx: Context, v: Verdict, extras: SummaryExtras = {}): string[] {
  return [
    headline(ctx, v),
    deltasSection(extras.deltas, extras.baselineNote, ctx.facts.budget),
    findingsSection(ctx, extras.deltas),
    stagesSection(ctx),
    buildSection(ctx),
    imageSection(ctx),
    snapshotSection(ctx),
    reproduceSection(ctx),
    supplyChainSection(ctx),
    goCacheSection(ctx),
    filesSection(extras),
    notesSection(extras),
  ].filter((s): s is string => s !== undefined && s !== '');
}

/** The job summary / report.md, at most `limit` bytes (GitHub's 1 MiB per step), truncated with a note. */
export function renderSummary(
  ctx: Context,
  v: Verdict,
  extras: SummaryExtras = {},
  limit = SUMMARY_LIMIT_BYTES,
): string {
  const md = `${summarySections(ctx, v, extras).join('\n\n')}\n`;
  return truncateMarkdown(
    md,
    limit,
    `Truncated: the summary is limited to ${formatBytes(limit)}. The complete report is report.md in the report directory (output \`report-dir\`); every finding is in report.sarif and findings.json.`,
  );
}
