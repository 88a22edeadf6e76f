/** The scan's findings and trivy's options, shared by the scan and reachability stages. */
import type { ScanFacts } from '../core/facts.js';
import path from 'node:path';
import type { Context } from '../core/context.js';
import type { Finding } from '../core/finding.js';
import type { Config } from '../config/config.js';
import type { TrivyOptions } from '../tools/trivy.js';
import { vulnerabilityFindings, type FailOnSeverity, type Reachability } from './findings.js';

/**
 * trivy's options from the inputs and, once the scan ran, the cache dir and database it provided (so a
 * second trivy run reads the same database and downloads nothing). Pure.
 */
export function trivyOptions(config: Config, scan?: Pick<ScanFacts, 'db' | 'trivyCacheDir'>): TrivyOptions {
  const cacheDir =
    scan?.trivyCacheDir ??
    (config.trivyCacheDir ? path.resolve(config.workspace, config.trivyCacheDir) : undefined);
  return {
    ...(cacheDir ? { cacheDir } : {}),
    skipDbUpdate: config.trivySkipDbUpdate,
    ...(scan?.db ? { dbReady: true } : {}),
    ignoreUnfixed: config.ignoreUnfixed,
    ...(config.trivyIgnoreFile ? { ignoreFile: path.resolve(config.workspace, config.trivyIgnoreFile) } : {}),
  };
}

/** The scan's findings, with the reachability verdicts when there are some. */
export function scanFindings(ctx: Context, reachability?: Reachability): Finding[] {
  const { scan, discover } = ctx.facts;
  if (!scan || !discover) return [];
  return vulnerabilityFindings(scan.vulnerabilities, {
    dockerfile: discover.dockerfile,
    dockerfileText: discover.dockerfileText,
    buildArgs: ctx.config.buildArgs,
    goMods: discover.goMods,
    failOn: ctx.config.failOnSeverity.toUpperCase() as FailOnSeverity,
    ...(reachability ? { reachability } : {}),
  });
}
