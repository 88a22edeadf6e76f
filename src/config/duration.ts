/**
 * Durations as Go writes them (`24h`, `90m`, `1h30m`, `45s`, `1.5h`) plus days (`2d`), to milliseconds. Pure.
 */
const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Milliseconds, or undefined when the text is not a duration. `0` alone is allowed. */
export function parseDuration(text: string): number | undefined {
  const v = text.trim();
  if (v === '0') return 0;
  if (!/^(\d+(\.\d+)?(ms|d|h|m|s))+$/.test(v)) return undefined;
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|d|h|m|s)/g))
    total += Number(m[1]) * (UNIT_MS[m[2] as string] ?? 0);
  return Number.isFinite(total) && total <= Number.MAX_SAFE_INTEGER ? Math.round(total) : undefined;
}
