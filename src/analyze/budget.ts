/**
 * Size budgets of an image, per platform: `max-image-size` against the size now, `max-size-increase` against
 * the baseline's size of the same platform. Pure: sizes and limits in, one result per platform and budget out.
 */
import type { SizeIncrease, SizeLimit, SizeMeasure } from '../config/size.js';
import { formatBytes } from '../report/markdown.js';
import type { ImageIssue } from './checks.js';

export const BUDGET_CODE = 'GC408' as const;

export interface PlatformSize {
  readonly platform: string;
  /** Layers as stored (compressed). */
  readonly compressedBytes: number;
  /** Bytes of the files of every layer (uncompressed). */
  readonly contentBytes: number;
}

export interface Budgets {
  readonly maxImageSize?: SizeLimit;
  readonly maxSizeIncrease?: SizeIncrease;
}

export interface BudgetResult {
  readonly platform: string;
  readonly budget: 'max-image-size' | 'max-size-increase';
  /** The budget as written (`50 MiB`, `10%`). */
  readonly limit: string;
  readonly measure: SizeMeasure;
  /** The largest size that passes. */
  readonly allowedBytes: number;
  readonly actualBytes: number;
  /** The baseline's size (max-size-increase only). */
  readonly baseBytes?: number;
  readonly exceeded: boolean;
}

export interface BudgetCheck {
  readonly results: readonly BudgetResult[];
  /** Budgets that could not be checked, and why. */
  readonly notes: readonly string[];
}

export function measured(size: PlatformSize, measure: SizeMeasure): number {
  return measure === 'compressed' ? size.compressedBytes : size.contentBytes;
}

/** The largest size max-size-increase allows over `base` bytes (a percentage rounds down). */
export function allowedAfterIncrease(base: number, increase: SizeIncrease): number {
  return increase.kind === 'bytes'
    ? base + increase.bytes
    : base + Math.floor((base * increase.percent) / 100);
}

/**
 * Checks each platform against the budgets. `base` is the baseline's per-platform sizes, or a note saying why
 * there is none (no baseline, or one written before baselines kept per-platform sizes).
 */
export function checkBudgets(
  sizes: readonly PlatformSize[],
  budgets: Budgets,
  base: readonly PlatformSize[] | { readonly missing: string },
): BudgetCheck {
  const results: BudgetResult[] = [];
  const notes: string[] = [];
  const { maxImageSize: max, maxSizeIncrease: increase } = budgets;
  const baseSizes = 'missing' in base ? undefined : base;
  for (const size of sizes) {
    if (max) {
      const actual = measured(size, max.measure);
      results.push({
        platform: size.platform,
        budget: 'max-image-size',
        limit: max.text,
        measure: max.measure,
        allowedBytes: max.bytes,
        actualBytes: actual,
        exceeded: actual > max.bytes,
      });
    }
    if (!increase || !baseSizes) continue;
    const before = baseSizes.find((b) => b.platform === size.platform);
    if (!before) {
      notes.push(`max-size-increase: the baseline has no ${size.platform} image: not checked for it`);
      continue;
    }
    const baseBytes = measured(before, increase.measure);
    const actual = measured(size, increase.measure);
    const allowed = allowedAfterIncrease(baseBytes, increase);
    results.push({
      platform: size.platform,
      budget: 'max-size-increase',
      limit: increase.text,
      measure: increase.measure,
      allowedBytes: allowed,
      actualBytes: actual,
      baseBytes,
      exceeded: actual > allowed,
    });
  }
  if (increase && 'missing' in base) notes.push(`max-size-increase: not checked: ${base.missing}`);
  return { results, notes };
}

/** `+12.5%` of growth from `before` to `after` (one decimal), or `new` from nothing. */
export function growthText(before: number, after: number): string {
  if (before === 0) return after === 0 ? '±0%' : 'new';
  const pct = ((after - before) / before) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** The GC408 issue of an exceeded budget, on the FROM line of the final stage. */
export function budgetIssue(r: BudgetResult, size: PlatformSize): ImageIssue {
  const both = `${formatBytes(size.compressedBytes)} compressed, ${formatBytes(size.contentBytes)} uncompressed`;
  const over = formatBytes(r.actualBytes - r.allowedBytes);
  const message =
    r.budget === 'max-image-size'
      ? `the ${r.platform} image (${both}) is ${over} over max-image-size ${r.limit}`
      : `the ${r.platform} image grew from ${formatBytes(r.baseBytes ?? 0)} to ${formatBytes(r.actualBytes)} ${r.measure} (${growthText(r.baseBytes ?? 0, r.actualBytes)}; now ${both}), ${over} over max-size-increase ${r.limit} (at most ${formatBytes(r.allowedBytes)})`;
  return { code: BUDGET_CODE, severity: 'error', message, at: { kind: 'from' } };
}
