/**
 * A baseline: what one run found, in a small JSON file, so a later run (a pull request against the base
 * branch, or the CLI with --baseline FILE) can say what changed: image size, vulnerabilities, new and fixed
 * findings. Every run writes one (baseline.json in the report directory).
 */
import { createHash } from 'node:crypto';
import {
  findingFingerprint,
  SEVERITIES,
  severityRank,
  type Finding,
  type Severity,
} from '../core/finding.js';
import { VULN_SEVERITIES, type VulnCounts, type VulnSeverity } from '../vuln/severity.js';
import type { PlatformSize } from '../analyze/budget.js';

export const BASELINE_VERSION = 1;
export const BASELINE_FILE = 'baseline.json';

export interface BaselineFinding extends Pick<
  Finding,
  'code' | 'severity' | 'title' | 'message' | 'stage' | 'file' | 'line'
> {
  /** sha256 of findingFingerprint (code, file, message): survives line moves. */
  readonly fingerprint: string;
  readonly docsUrl?: string;
}

/** What a baseline records of a run, besides its findings. */
interface RunFacts {
  /** The image identity (see imageIdentity). */
  readonly image: string;
  readonly ref?: string;
  readonly commit?: string;
  readonly digest?: string;
  readonly imageSizeBytes?: number;
  /** Sizes per platform (compressed and uncompressed), for deltas and max-size-increase. */
  readonly platforms?: readonly PlatformSize[];
  readonly vulnerabilities?: VulnCounts;
}

export interface Baseline extends RunFacts {
  readonly version: typeof BASELINE_VERSION;
  readonly findings: readonly BaselineFinding[];
}

export function fingerprintHash(f: Finding): string {
  return createHash('sha256').update(findingFingerprint(f)).digest('hex').slice(0, 32);
}

function baselineFinding(f: Finding): BaselineFinding {
  return {
    fingerprint: fingerprintHash(f),
    code: f.code,
    severity: f.severity,
    title: f.title,
    message: f.message,
    stage: f.stage,
    ...(f.file ? { file: f.file } : {}),
    ...(f.line ? { line: f.line } : {}),
    docsUrl: f.docsUrl,
  };
}

export interface BaselineParts extends RunFacts {
  readonly findings: readonly Finding[];
}

export function makeBaseline(p: BaselineParts): Baseline {
  return {
    version: BASELINE_VERSION,
    image: p.image,
    ...(p.ref ? { ref: p.ref } : {}),
    ...(p.commit ? { commit: p.commit } : {}),
    ...(p.digest ? { digest: p.digest } : {}),
    ...(p.imageSizeBytes !== undefined ? { imageSizeBytes: p.imageSizeBytes } : {}),
    ...(p.platforms?.length
      ? {
          platforms: p.platforms.map((x) => ({
            platform: x.platform,
            compressedBytes: x.compressedBytes,
            contentBytes: x.contentBytes,
          })),
        }
      : {}),
    ...(p.vulnerabilities ? { vulnerabilities: p.vulnerabilities } : {}),
    findings: p.findings.map(baselineFinding),
  };
}

export type ParsedBaseline = { readonly baseline: Baseline } | { readonly problem: string };

const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
const MAX_TEXT = 4096;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function text(v: unknown, max = MAX_TEXT): string | undefined {
  return typeof v === 'string' && v.length <= max ? v : undefined;
}
function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

function parseFinding(v: unknown): BaselineFinding | undefined {
  if (!isObj(v)) return undefined;
  const fingerprint = text(v.fingerprint, 128);
  const code = text(v.code, 200);
  const severity = (SEVERITIES as readonly unknown[]).includes(v.severity)
    ? (v.severity as Severity)
    : undefined;
  if (!fingerprint || !code || !severity) return undefined;
  const file = text(v.file);
  const line = count(v.line);
  const docsUrl = text(v.docsUrl);
  return {
    fingerprint,
    code,
    severity,
    title: text(v.title) ?? code,
    message: text(v.message) ?? '',
    stage: text(v.stage, 100) ?? '',
    ...(file ? { file } : {}),
    ...(line ? { line } : {}),
    ...(docsUrl && /^https?:\/\//.test(docsUrl) ? { docsUrl } : {}),
  };
}

const MAX_PLATFORMS = 64;

/** Per-platform sizes; entries that are not well-formed are dropped (a platform at most once). */
function parsePlatformSizes(v: unknown): PlatformSize[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: PlatformSize[] = [];
  for (const item of v.slice(0, MAX_PLATFORMS)) {
    if (!isObj(item)) continue;
    const platform = text(item.platform, 100);
    const compressedBytes = count(item.compressedBytes);
    const contentBytes = count(item.contentBytes);
    if (!platform || compressedBytes === undefined || contentBytes === undefined) continue;
    if (out.some((p) => p.platform === platform)) continue;
    out.push({ platform, compressedBytes, contentBytes });
  }
  return out;
}

/** Parses and validates a baseline file. Pure; never throws: bad input gives a problem to report. */
export function parseBaseline(input: string): ParsedBaseline {
  if (input.length > MAX_BASELINE_BYTES) return { problem: 'the baseline is larger than 16 MiB' };
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch (e) {
    return { problem: `the baseline is not JSON (${(e as Error).message})` };
  }
  if (!isObj(raw)) return { problem: 'the baseline is not a JSON object' };
  if (raw.version !== BASELINE_VERSION)
    return {
      problem: `the baseline has version ${JSON.stringify(raw.version)}, expected ${BASELINE_VERSION}`,
    };
  const image = text(raw.image, 1000);
  if (image === undefined) return { problem: 'the baseline has no image name' };
  if (!Array.isArray(raw.findings)) return { problem: 'the baseline has no findings list' };
  const findings = raw.findings.map(parseFinding).filter((f): f is BaselineFinding => f !== undefined);
  let vulnerabilities: Partial<Record<VulnSeverity, number>> | undefined;
  if (isObj(raw.vulnerabilities)) {
    vulnerabilities = {};
    for (const s of VULN_SEVERITIES) {
      const n = count(raw.vulnerabilities[s]);
      if (n !== undefined) vulnerabilities[s] = n;
    }
  }
  const ref = text(raw.ref, 1000);
  const commit = text(raw.commit, 100);
  const digest = text(raw.digest, 200);
  const size = count(raw.imageSizeBytes);
  const platforms = parsePlatformSizes(raw.platforms);
  return {
    baseline: {
      version: BASELINE_VERSION,
      image,
      ...(ref ? { ref } : {}),
      ...(commit ? { commit } : {}),
      ...(digest ? { digest } : {}),
      ...(size !== undefined ? { imageSizeBytes: size } : {}),
      ...(platforms?.length ? { platforms } : {}),
      ...(vulnerabilities ? { vulnerabilities } : {}),
      findings,
    },
  };
}

export interface NumberDelta {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

export interface PlatformSizeDelta {
  readonly platform: string;
  readonly compressed: NumberDelta;
  readonly uncompressed: NumberDelta;
}

export interface Deltas {
  readonly base: Pick<Baseline, 'ref' | 'commit' | 'digest' | 'image'>;
  readonly imageSize?: NumberDelta;
  /** Per platform in both runs: compressed and uncompressed. */
  readonly platformSizes?: readonly PlatformSizeDelta[];
  /** Per severity, only when both runs were scanned. */
  readonly vulnerabilities?: readonly (NumberDelta & { readonly severity: VulnSeverity })[];
  readonly newFindings: readonly BaselineFinding[];
  readonly fixedFindings: readonly BaselineFinding[];
  /** Findings present in both. */
  readonly unchanged: number;
}

const bySeverity = (a: BaselineFinding, b: BaselineFinding) =>
  severityRank(b.severity) - severityRank(a.severity) ||
  (a.file ?? '').localeCompare(b.file ?? '') ||
  (a.line ?? 0) - (b.line ?? 0) ||
  a.code.localeCompare(b.code);

/**
 * The difference between the base and the current run. Findings are compared as multisets of fingerprints:
 * the same problem twice in the base and once now is one fixed finding.
 */
export function computeDeltas(base: Baseline, current: Baseline): Deltas {
  const remaining = new Map<string, BaselineFinding[]>();
  for (const f of base.findings) {
    const list = remaining.get(f.fingerprint) ?? [];
    list.push(f);
    remaining.set(f.fingerprint, list);
  }
  const newFindings: BaselineFinding[] = [];
  let unchanged = 0;
  for (const f of current.findings) {
    const list = remaining.get(f.fingerprint);
    if (list && list.length > 0) {
      list.pop();
      unchanged++;
    } else newFindings.push(f);
  }
  const fixedFindings = [...remaining.values()].flat();
  const delta = (before: number, after: number): NumberDelta => ({ before, after, delta: after - before });
  const platformSizes = (current.platforms ?? []).flatMap((now) => {
    const before = base.platforms?.find((p) => p.platform === now.platform);
    return before
      ? [
          {
            platform: now.platform,
            compressed: delta(before.compressedBytes, now.compressedBytes),
            uncompressed: delta(before.contentBytes, now.contentBytes),
          },
        ]
      : [];
  });
  let vulnerabilities: (NumberDelta & { severity: VulnSeverity })[] | undefined;
  if (base.vulnerabilities && current.vulnerabilities) {
    const b = base.vulnerabilities;
    const c = current.vulnerabilities;
    vulnerabilities = VULN_SEVERITIES.filter((s) => b[s] !== undefined || c[s] !== undefined).map((s) => ({
      severity: s,
      ...delta(b[s] ?? 0, c[s] ?? 0),
    }));
  }
  return {
    base: {
      image: base.image,
      ...(base.ref ? { ref: base.ref } : {}),
      ...(base.commit ? { commit: base.commit } : {}),
      ...(base.digest ? { digest: base.digest } : {}),
    },
    ...(base.imageSizeBytes !== undefined && current.imageSizeBytes !== undefined
      ? { imageSize: delta(base.imageSizeBytes, current.imageSizeBytes) }
      : {}),
    ...(platformSizes.length ? { platformSizes } : {}),
    ...(vulnerabilities ? { vulnerabilities } : {}),
    newFindings: newFindings.sort(bySeverity),
    fixedFindings: fixedFindings.sort(bySeverity),
    unchanged,
  };
}

/** True when something changed that a reviewer should see. */
export function hasChanges(d: Deltas): boolean {
  return (
    d.newFindings.length > 0 ||
    d.fixedFindings.length > 0 ||
    (d.imageSize?.delta ?? 0) !== 0 ||
    (d.platformSizes ?? []).some((p) => p.compressed.delta !== 0 || p.uncompressed.delta !== 0) ||
    (d.vulnerabilities ?? []).some((v) => v.delta !== 0)
  );
}

/** A cache-key-safe slug of an image identity. */
function baselineSlug(image: string): string {
  const readable = image.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);
  return `${readable}-${createHash('sha256').update(image).digest('hex').slice(0, 12)}`;
}

/**
 * Cache key prefix of the baselines a branch's runs store (scope: the slug of src/cache/scope.ts, `default` or
 * `branch-<name>`); a run appends its id. v2: v1 entries could be written by any event on the branch.
 */
export function baselineKeyPrefix(image: string, scope: string): string {
  return `go-container-ci-baseline-v2-${baselineSlug(image)}-${scope.replace(/[^A-Za-z0-9._/-]+/g, '-')}-`;
}
