/** trivy: vulnerabilities of an SBOM. Argument construction and report parsing are pure. */
import { parseToolJson, run, ToolError } from './exec.js';
import { childEnv } from './env-policy.js';

export const TRIVY_INSTALL_HINT =
  'install trivy (https://trivy.dev/latest/getting-started/installation/), or add scan to the skip input';

export const TRIVY_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type TrivySeverity = (typeof TRIVY_SEVERITIES)[number];

export interface TrivyOptions {
  readonly cacheDir?: string;
  /** Use the database as it is: no download (offline or air-gapped runners). */
  readonly skipDbUpdate?: boolean;
  /** The database was just provided (src/cache/trivy-db.ts): no download of it, the rest as usual. */
  readonly dbReady?: boolean;
  readonly ignoreUnfixed?: boolean;
  readonly ignoreFile?: string;
  /** An OpenVEX document: trivy leaves out what it says is not_affected. */
  readonly vexFile?: string;
}

/** `trivy sbom --format json … FILE`. Pure. */
export function trivySbomArgs(sbom: string, o: TrivyOptions): string[] {
  return [
    'sbom',
    '--format',
    'json',
    '--quiet',
    '--skip-version-check',
    ...(o.cacheDir ? ['--cache-dir', o.cacheDir] : []),
    ...(o.skipDbUpdate ? ['--skip-db-update', '--skip-java-db-update', '--offline-scan'] : []),
    ...(o.dbReady && !o.skipDbUpdate ? ['--skip-db-update'] : []),
    ...(o.ignoreUnfixed ? ['--ignore-unfixed'] : []),
    ...(o.ignoreFile ? ['--ignorefile', o.ignoreFile] : []),
    ...(o.vexFile ? ['--vex', o.vexFile] : []),
    sbom,
  ];
}

/** `trivy image --download-db-only`: fetch (or refresh) the vulnerability database into cacheDir. Pure. */
export function trivyDownloadDbArgs(cacheDir: string): string[] {
  return ['image', '--download-db-only', '--quiet', '--skip-version-check', '--cache-dir', cacheDir];
}

export interface Vulnerability {
  readonly id: string;
  readonly pkgName: string;
  readonly installedVersion: string;
  readonly fixedVersion?: string;
  readonly severity: TrivySeverity;
  readonly title?: string;
  readonly url?: string;
}

interface RawVuln {
  VulnerabilityID?: unknown;
  PkgName?: unknown;
  InstalledVersion?: unknown;
  FixedVersion?: unknown;
  Severity?: unknown;
  Title?: unknown;
  PrimaryURL?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The vulnerabilities of a trivy JSON report, deduplicated by id and package. */
export function parseTrivyReport(text: string): Vulnerability[] {
  const report = parseToolJson<{ Results?: { Vulnerabilities?: RawVuln[] | null }[] | null }>(
    'trivy',
    'the scan report',
    text,
  );
  if (typeof report !== 'object' || report === null)
    throw new ToolError('trivy', 'trivy printed a report that is not a JSON object');
  const seen = new Set<string>();
  const out: Vulnerability[] = [];
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  for (const result of list<{ Vulnerabilities?: unknown } | null>(report.Results)) {
    if (typeof result !== 'object' || result === null) continue;
    for (const v of list<RawVuln | null>(result.Vulnerabilities)) {
      if (typeof v !== 'object' || v === null) continue;
      const id = str(v.VulnerabilityID);
      const pkgName = str(v.PkgName);
      if (!id || !pkgName) continue;
      const key = `${id}\u0000${pkgName}\u0000${String(v.InstalledVersion)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const severity = (TRIVY_SEVERITIES as readonly string[]).includes(String(v.Severity))
        ? (v.Severity as TrivySeverity)
        : 'UNKNOWN';
      const fixedVersion = str(v.FixedVersion);
      const title = str(v.Title);
      const url = str(v.PrimaryURL);
      out.push({
        id,
        pkgName,
        installedVersion: str(v.InstalledVersion) ?? '',
        ...(fixedVersion ? { fixedVersion } : {}),
        severity,
        ...(title ? { title } : {}),
        ...(url ? { url } : {}),
      });
    }
  }
  return out;
}

export class Trivy {
  private readonly env: NodeJS.ProcessEnv;
  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.env = childEnv('trivy', env);
  }

  async version(): Promise<string> {
    const { stdout } = await run('trivy', ['--version'], {
      env: this.env,
      timeoutMs: 30_000,
      installHint: TRIVY_INSTALL_HINT,
    });
    return /Version:\s*(\S+)/.exec(stdout)?.[1] ?? 'unknown';
  }

  async downloadDb(cacheDir: string, timeoutMs = 300_000): Promise<void> {
    await run('trivy', trivyDownloadDbArgs(cacheDir), {
      env: this.env,
      timeoutMs,
      installHint: TRIVY_INSTALL_HINT,
    });
  }

  async scanSbom(sbom: string, o: TrivyOptions, timeoutMs = 600_000): Promise<Vulnerability[]> {
    const { stdout } = await run('trivy', trivySbomArgs(sbom, o), {
      env: this.env,
      timeoutMs,
      installHint: TRIVY_INSTALL_HINT,
    });
    return parseTrivyReport(stdout);
  }
}
