/**
 * The package URLs a CycloneDX SBOM (syft's) gives the Go modules, and which components depend on them, so VEX
 * statements name packages exactly as the scanner that reads the SBOM does (syft writes the standard library as
 * `pkg:golang/stdlib@1.26.8`, govulncheck says `v1.26.8`). Pure.
 */
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SbomPurls {
  /** Go module (or `stdlib`) -> purls of that name in the SBOM. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** purl -> purls of the components that depend on it. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
}

export const EMPTY_SBOM_PURLS: SbomPurls = { byName: new Map(), parents: new Map() };

/** `pkg:golang/a/b@v1?x=y` -> name `a/b`. */
function golangName(purl: string): string | undefined {
  const m = /^pkg:golang\/([^@?#]+)/.exec(purl);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

export function sbomPurls(cyclonedx: unknown): SbomPurls {
  if (!isObj(cyclonedx)) return EMPTY_SBOM_PURLS;
  const byRef = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const components = Array.isArray(cyclonedx.components) ? cyclonedx.components : [];
  for (const c of components) {
    if (!isObj(c) || typeof c.purl !== 'string') continue;
    if (typeof c['bom-ref'] === 'string') byRef.set(c['bom-ref'], c.purl);
    const name = golangName(c.purl);
    if (name) byName.set(name, [...(byName.get(name) ?? []), c.purl]);
  }
  const parents = new Map<string, string[]>();
  const deps = Array.isArray(cyclonedx.dependencies) ? cyclonedx.dependencies : [];
  for (const d of deps) {
    if (!isObj(d) || typeof d.ref !== 'string' || !Array.isArray(d.dependsOn)) continue;
    const parent = byRef.get(d.ref);
    if (!parent) continue;
    for (const child of d.dependsOn) {
      const purl = typeof child === 'string' ? byRef.get(child) : undefined;
      if (purl) parents.set(purl, [...new Set([...(parents.get(purl) ?? []), parent])]);
    }
  }
  return { byName, parents };
}

/** The SBOM's purl for module at version (`v1.2.0` and `1.2.0` alike), when it lists one. Pure. */
export function purlFor(index: SbomPurls, module: string, version: string | undefined): string | undefined {
  const bare = version?.replace(/^(v|go)/, '');
  return index.byName.get(module)?.find(
    (p) =>
      bare === undefined ||
      p
        .replace(/[?#].*$/, '')
        .replace(/^.*@/, '')
        .replace(/^v/, '') === bare,
  );
}
