/**
 * Where the seconds of the Go-cache dance go: its builds' BuildKit steps sorted into parts (the base image, the
 * archive's upload and unpack, the copy in or out of the cache mounts, the export), and the one log line that
 * names every part with its time (the benchmark reads it back with `parseDanceTimes`). Pure.
 */
import type { BuildStep } from '../tools/buildx-metadata.js';

export type DancePart =
  'base image' | 'archive upload and unpack' | 'cache mounts' | 'export' | 'other steps';

/** The part of a dance build a BuildKit step belongs to. Pure. */
export function dancePart(name: string): DancePart {
  if (/load metadata for|^\[[\w-]+ \d+\/\d+\] FROM /.test(name)) return 'base image';
  if (/load build context|^\[[\w-]+ \d+\/\d+\] ADD /.test(name)) return 'archive upload and unpack';
  if (/^\[[\w-]+ \d+\/\d+\] RUN /.test(name)) return 'cache mounts';
  if (/^exporting|sending tarball|^\[[\w-]+ \d+\/\d+\] COPY --from=gcc-/.test(name)) return 'export';
  return 'other steps';
}

/** The summed step time of each part, in the order of first appearance. Pure. */
export function danceStepTimes(
  steps: readonly Pick<BuildStep, 'name' | 'durationMs'>[],
): Map<DancePart, number> {
  const out = new Map<DancePart, number>();
  for (const s of steps) {
    const part = dancePart(s.name);
    out.set(part, (out.get(part) ?? 0) + (s.durationMs ?? 0));
  }
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * `<what> in T s: a A s, b B s (c C s, d D s)`: the parts of one dance stage, a build's steps in brackets after
 * it. Labels never hold digits, commas, colons or brackets. Pure.
 */
export function danceTimesLine(
  what: string,
  totalMs: number,
  parts: readonly (readonly [string, number, Map<string, number>?])[],
): string {
  const text = parts.map(([label, ms, steps]) => {
    const inner =
      steps && steps.size > 0 ? ` (${[...steps].map(([l, m]) => `${l} ${seconds(m)}`).join(', ')})` : '';
    return `${label} ${seconds(ms)}${inner}`;
  });
  return `${what} in ${seconds(totalMs)}: ${text.join(', ')}`;
}

/** The parts of a `danceTimesLine` in `log` (nested parts as `outer: inner`), in ms. Pure. */
export function parseDanceTimes(log: string, what: string): Map<string, number> | undefined {
  const escaped = what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^(?:.*\\s)?${escaped} in \\d+\\.\\d\\d s: (.*)$`, 'm').exec(log)?.[1];
  if (line === undefined) return undefined;
  const out = new Map<string, number>();
  for (const m of line.matchAll(/([^,()]+?) (\d+\.\d\d) s(?: \(([^)]*)\))?/g)) {
    const outer = (m[1] as string).trim();
    out.set(outer, Number(m[2]) * 1000);
    for (const inner of (m[3] ?? '').matchAll(/([^,]+?) (\d+\.\d\d) s/g))
      out.set(`${outer}: ${(inner[1] as string).trim()}`, Number(inner[2]) * 1000);
  }
  return out;
}
