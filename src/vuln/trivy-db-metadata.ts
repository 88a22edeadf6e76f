/**
 * trivy's database metadata (`db/metadata.json`: Version, NextUpdate, UpdatedAt, DownloadedAt) and the day keys
 * the database is cached under. Pure.
 */
export const TRIVY_DB_KEY_PREFIX = 'trivy-db-';

/** `trivy-db-YYYY-MM-DD` of the UTC day. */
export function trivyDbKey(now: Date): string {
  return `${TRIVY_DB_KEY_PREFIX}${now.toISOString().slice(0, 10)}`;
}

export interface TrivyDbMetadata {
  readonly updatedAt?: Date;
  readonly downloadedAt?: Date;
}

function date(v: unknown): Date | undefined {
  if (typeof v !== 'string') return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The dates of a metadata.json, or undefined when it is not a JSON object with at least one valid date. */
export function parseTrivyDbMetadata(text: string): TrivyDbMetadata | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  const updatedAt = date(o.UpdatedAt);
  const downloadedAt = date(o.DownloadedAt);
  if (!updatedAt && !downloadedAt) return undefined;
  return { ...(updatedAt ? { updatedAt } : {}), ...(downloadedAt ? { downloadedAt } : {}) };
}

/** When this copy was last made fresh: the later of DownloadedAt and UpdatedAt. */
export function freshAt(meta: TrivyDbMetadata): Date {
  const times = [meta.downloadedAt, meta.updatedAt].filter((d): d is Date => d !== undefined);
  return new Date(Math.max(...times.map((d) => d.getTime())));
}

/** Whether a database with this metadata is younger than maxAgeMs at `now`. */
export function isFresh(meta: TrivyDbMetadata | undefined, maxAgeMs: number, now: Date): boolean {
  return meta !== undefined && now.getTime() - freshAt(meta).getTime() < maxAgeMs;
}
