/**
 * scan: trivy on the SBOM (not the image again), with findings on the go.mod and FROM lines to change. Its
 * database comes from the host cache by day when it can (src/cache/trivy-db.ts).
 */
import { trivyOptions, scanFindings } from '../../vuln/scan-findings.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { Trivy } from '../../tools/trivy.js';
import { provideTool } from '../../tools/install.js';
import { provideTrivyDb, trivyCacheDir } from '../../cache/trivy-db.js';

export const scanStage: PipelineStage<'sbom' | 'discover'> = {
  name: 'scan',
  description:
    'Scan the SBOM for vulnerabilities with trivy; Go modules on their go.mod line, the standard library on the FROM line.',
  needs: { sbom: 'no SBOM to scan', discover: 'nothing discovered' },
  skip: () => undefined,
  async run(ctx) {
    const sbom = ctx.facts.sbom;
    if (!(await provideTool('trivy', ctx.host.can.installsTools, process.env, ctx.host.log))) {
      ctx.host.log.warning(
        'scan: trivy is not on PATH, so nothing is scanned (install trivy, or add scan to the skip input)',
      );
      return;
    }
    const { config } = ctx;
    const trivy = new Trivy();
    const trivyVersion = await trivy.version();
    const scanStartedOn = new Date().toISOString();
    const cacheDir = trivyCacheDir(ctx);
    // trivy-skip-db-update: the database as it is in the cache dir, neither downloaded nor cached.
    const db = config.trivySkipDbUpdate ? undefined : await provideTrivyDb(ctx, trivy, cacheDir);
    const provided = { trivyCacheDir: cacheDir, ...(db ? { db } : {}) };
    const vulnerabilities = await trivy.scanSbom(sbom.cyclonedx, trivyOptions(config, provided));
    const counts: Record<string, number> = {};
    for (const v of vulnerabilities) counts[v.severity] = (counts[v.severity] ?? 0) + 1;
    const dir = path.join(config.reportPath, 'scan');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'vulnerabilities.json');
    await writeFile(file, `${JSON.stringify(vulnerabilities, null, 2)}\n`);
    const predicateFile = path.join(dir, 'vuln-predicate.json');
    const predicate = {
      invocation: { parameters: null, uri: '', event_id: '', 'builder.id': 'go-container-ci' },
      scanner: {
        uri: `pkg:github/aquasecurity/trivy@${trivyVersion}`,
        version: trivyVersion,
        db: { uri: '', version: '' },
        result: { vulnerabilities },
      },
      metadata: { scanStartedOn, scanFinishedOn: new Date().toISOString() },
    };
    await writeFile(predicateFile, `${JSON.stringify(predicate, null, 2)}\n`);
    ctx.facts.scan = { vulnerabilities, counts, file, predicateFile, trivyVersion, ...provided };
    ctx.addFindings(scanFindings(ctx));
    const summary = Object.entries(counts)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    ctx.host.log.info(`vulnerabilities: ${vulnerabilities.length}${summary ? ` (${summary})` : ''}`);
  },
};
