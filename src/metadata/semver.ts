/** Semantic versions (semver.org 2.0.0) as metadata-action reads a git tag: an optional leading `v`. Pure. */

export interface SemVer {
  /** The text as given (`v1.2.3`): `{{raw}}`. */
  readonly raw: string;
  /** `major.minor.patch[-prerelease]`, without build metadata: `{{version}}`. */
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly string[];
  readonly build: readonly string[];
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(
  `^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/** The version, or undefined when the text is not one (surrounding spaces are ignored). */
export function parseSemver(text: string): SemVer | undefined {
  const raw = text.trim();
  if (raw.length > 256) return undefined;
  const m = SEMVER.exec(raw);
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  const prerelease = m[4] ? m[4].split('.') : [];
  return {
    raw,
    version: `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`,
    major,
    minor,
    patch,
    prerelease,
    build: m[5] ? m[5].split('.') : [],
  };
}
