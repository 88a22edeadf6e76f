/** syft: SPDX and CycloneDX SBOMs of an image, with no daemon. Argument construction and parsing are pure. */
import { readFile } from 'node:fs/promises';
import { parseToolJson, run, ToolError } from './exec.js';
import { childEnv } from './env-policy.js';

export const SYFT_INSTALL_HINT =
  'install syft (https://github.com/anchore/syft#installation), or add sbom to the skip input';

export interface SbomOutputs {
  readonly spdx: string;
  readonly cyclonedx: string;
}

/** `syft scan SOURCE -o spdx-json=… -o cyclonedx-json=…`. Pure. */
export function syftScanArgs(source: string, out: SbomOutputs, platform?: string): string[] {
  return [
    'scan',
    source,
    ...(platform ? ['--platform', platform] : []),
    '-o',
    `spdx-json=${out.spdx}`,
    '-o',
    `cyclonedx-json=${out.cyclonedx}`,
    '--quiet',
  ];
}

export interface SbomStats {
  readonly packages: number;
  /** Packages by purl type (golang, deb, apk…). */
  readonly byType: Readonly<Record<string, number>>;
}

/** Package counts of a CycloneDX JSON SBOM. Throws a clear error on a document that is not one. */
export function cyclonedxStats(text: string): SbomStats {
  const doc = parseToolJson<{ bomFormat?: unknown; components?: { purl?: unknown; type?: unknown }[] }>(
    'syft',
    'the CycloneDX SBOM',
    text,
  );
  if (typeof doc !== 'object' || doc === null || doc.bomFormat !== 'CycloneDX')
    throw new ToolError('syft', 'syft wrote a CycloneDX file without bomFormat CycloneDX');
  const byType: Record<string, number> = Object.create(null) as Record<string, number>;
  let packages = 0;
  for (const c of Array.isArray(doc.components) ? doc.components : []) {
    if (typeof c !== 'object' || c === null || typeof c.purl !== 'string') continue;
    const type = /^pkg:([^/]+)\//.exec(c.purl)?.[1] ?? 'other';
    byType[type] = (byType[type] ?? 0) + 1;
    packages++;
  }
  return { packages, byType };
}

export class Syft {
  private readonly env: NodeJS.ProcessEnv;
  constructor(env: NodeJS.ProcessEnv = process.env) {
    // syft looks for a newer release on every run: not wanted in CI, impossible offline.
    this.env = { ...childEnv('syft', env), SYFT_CHECK_FOR_APP_UPDATE: 'false' };
  }

  async version(): Promise<string> {
    const { stdout } = await run('syft', ['version'], {
      env: this.env,
      timeoutMs: 30_000,
      installHint: SYFT_INSTALL_HINT,
    });
    return /^Version:\s*(\S+)/m.exec(stdout)?.[1] ?? 'unknown';
  }

  async scan(source: string, out: SbomOutputs, platform?: string, timeoutMs = 600_000): Promise<SbomStats> {
    await run('syft', syftScanArgs(source, out, platform), {
      env: this.env,
      timeoutMs,
      installHint: SYFT_INSTALL_HINT,
    });
    return cyclonedxStats(await readFile(out.cyclonedx, 'utf8'));
  }
}
