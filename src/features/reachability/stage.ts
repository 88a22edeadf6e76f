/**
 * reachability: govulncheck on every Go binary of the image; the scan's Go findings say whether the vulnerable
 * code is reachable, an OpenVEX document says the same to other tools, and trivy reads it back (--vex).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import type { Context } from '../../core/context.js';
import { Govulncheck, GOVULNCHECK_VERSION, provideGovulncheck } from '../../tools/govulncheck.js';
import { Trivy } from '../../tools/trivy.js';
import {
  checkReachability,
  goBinaries,
  timingsLine,
  perBinaryLines,
  type ReachabilityResult,
  type ReachabilityTimings,
} from '../../reachability/check.js';
import { openResultCache, type OpenedResultCache } from '../../reachability/cached-results.js';
import { readBackVex } from '../../reachability/readback.js';
import { lastLines, ToolError } from '../../tools/exec.js';
import { removeTree } from '../../cache/fs.js';
import { reachabilityHeadline, verdictFor, type GoVulnVerdict } from '../../reachability/verdicts.js';
import { openVexDocument, type VexImage } from '../../reachability/vex.js';
import { sbomPurls } from '../../reachability/sbom-purls.js';
import { resolveVulnDb } from '../../reachability/db.js';
import { scanFindings, trivyOptions } from '../../vuln/scan-findings.js';

function vexImage(ctx: Context): VexImage {
  const build = ctx.facts.image;
  const name = (ctx.config.tags[0] ?? ctx.config.image) || 'image';
  const digest =
    build?.digest ?? build?.manifestDigest ?? ctx.facts.analysis?.platforms[0]?.manifestDigest ?? '';
  return { name: name.replace(/[:@][^/]*$/, ''), digest };
}

/** The trivy id of a Go vulnerability, when trivy found it. */
function trivyIdOf(ctx: Context): (g: GoVulnVerdict) => string | undefined {
  const vulns = ctx.facts.scan?.vulnerabilities ?? [];
  return (g) => vulns.find((v) => verdictFor(v, [g]))?.id;
}

/** Scans the SBOM again with the VEX document: trivy must now leave out exactly the unreachable ones. */
async function trivyReadsVex(
  ctx: Context,
  vexFile: string,
  verdicts: readonly GoVulnVerdict[],
  cacheDir: string | undefined,
) {
  const { scan, sbom } = ctx.facts;
  if (!scan || !sbom) return undefined;
  const r = await readBackVex({
    scan: scan.vulnerabilities,
    verdicts,
    sbomFile: sbom.cyclonedx,
    vexFile,
    outFile: path.join(ctx.config.reportPath, 'scan', 'vulnerabilities.vex.json'),
    trivy: new Trivy(),
    trivyVersion: scan.trivyVersion,
    options: trivyOptions(ctx.config, scan),
    ...(cacheDir ? { cacheDir } : {}),
    warn: (m) => ctx.host.log.warning(m),
  });
  return { ids: r.ids, agrees: r.agrees, source: r.source };
}

export const reachabilityStage: PipelineStage<'analysis'> = {
  name: 'reachability',
  description:
    'Check the Go binaries with govulncheck: which Go vulnerabilities they reach, on the findings and in an OpenVEX document.',
  needs: { analysis: 'the image was not analysed' },
  skip: (ctx) =>
    goBinaries(ctx.facts.analysis.platforms).size === 0 ? 'the image has no Go binaries' : undefined,
  async run(ctx) {
    const analysis = ctx.facts.analysis;
    const started = performance.now();
    const missing = await provideGovulncheck(ctx.host.can.installsTools);
    if (missing) {
      ctx.host.log.warning(`reachability: ${missing}`);
      return;
    }
    let result: ReachabilityResult & { timings: ReachabilityTimings };
    let results: OpenedResultCache | undefined;
    try {
      const db = await resolveVulnDb(ctx.config.vulnDb, ctx.host.cache);
      if (db.note) ctx.host.log.info(`reachability: vuln-db ${ctx.config.vulnDb}: ${db.note}`);
      results = await openResultCache(ctx.host, db.db, analysis.platforms);
      ctx.host.log.info(`reachability: ${results.note}`);
      try {
        result = await checkReachability(analysis.archive, analysis.platforms, db.db, new Govulncheck(), {
          ...(analysis.goBinaries ? { kept: analysis.goBinaries.files } : {}),
          ...(results.cache ? { cache: results.cache } : {}),
        });
      } finally {
        if (analysis.goBinaries) await removeTree(analysis.goBinaries.dir);
      }
      ctx.host.log.info(`reachability: ${timingsLine(result.timings)}`);
      for (const line of perBinaryLines(result.timings)) ctx.host.log.debug(`reachability: ${line}`);
    } catch (e) {
      // No verdict is no evidence: the scan's findings keep their severities.
      await results?.close();
      if (!(e instanceof ToolError)) throw e;
      ctx.host.log.warning(
        `reachability: ${lastLines(e.message, 3)}; the scan's findings keep their severities (check the vuln-db input, or add reachability to the skip input)`,
      );
      return;
    }
    const govulncheckMs = Math.round(performance.now() - started);
    const { verdicts } = result;
    if (ctx.facts.scan)
      ctx.replaceFindings(
        'scan',
        scanFindings(ctx, {
          verdicts,
          unreachableSeverity: ctx.config.unreachableSeverity,
          failOnUnreachable: ctx.config.failOnUnreachable,
        }),
      );
    await mkdir(ctx.config.reportPath, { recursive: true });
    const vexFile = path.join(ctx.config.reportPath, 'vex.openvex.json');
    const sbom = ctx.facts.sbom
      ? sbomPurls(JSON.parse(await readFile(ctx.facts.sbom.cyclonedx, 'utf8')) as unknown)
      : undefined;
    const vex = openVexDocument({
      ...(sbom ? { sbom } : {}),
      image: vexImage(ctx),
      verdicts,
      trivyId: trivyIdOf(ctx),
      tooling: `go-container-ci (govulncheck ${GOVULNCHECK_VERSION})`,
      timestamp: new Date().toISOString(),
    });
    await writeFile(vexFile, `${JSON.stringify(vex, null, 2)}\n`);
    const trivyStarted = performance.now();
    const trivyWithVex = await trivyReadsVex(ctx, vexFile, verdicts, results.dir);
    const trivyVexMs = Math.round(performance.now() - trivyStarted);
    await results.close();
    if (trivyWithVex && trivyWithVex.source !== 'trivy')
      ctx.host.log.info(
        `reachability: trivy --vex ${trivyWithVex.source === 'cache' ? 'read back from the result cache (the same SBOM, VEX, trivy and database as a run before)' : "not run: no not_affected statement, so trivy's scan stands as it is"}`,
      );
    if (trivyWithVex && !trivyWithVex.agrees)
      ctx.host.log.warning(
        `reachability: trivy with the VEX document still reports ${trivyWithVex.ids.join(', ') || 'nothing'}; it does not match the verdicts`,
      );
    const headline = reachabilityHeadline(verdicts);
    ctx.facts.reachability = {
      verdicts,
      binaries: result.binaries,
      headline,
      vexFile,
      ...(trivyWithVex ? { trivyWithVex } : {}),
      durationMs: Math.round(performance.now() - started),
      govulncheckMs,
      trivyVexMs,
      timings: result.timings,
    };
    ctx.host.log.info(
      `reachability: ${headline} (${result.binaries.length} Go binaries; govulncheck ${govulncheckMs} ms, trivy --vex ${trivyVexMs} ms)`,
    );
  },
};
