import type { Config } from '../config/config.js';
import type { Host } from '../host/host.js';
import type { Finding } from './finding.js';
import type { DiscoverFacts } from '../features/discover/stage.js';
import type { BuildResult } from '../features/build/stage.js';
import type { GoCacheFacts } from '../features/cache/stage.js';
import type { SnapshotFacts } from '../features/snapshot/stage.js';
import type { ReproduceFacts } from '../features/reproduce/stage.js';
import type { SbomFacts } from '../features/sbom/stage.js';
import type { ScanFacts } from '../features/scan/stage.js';
import type { SignatureFacts } from '../features/sign/stage.js';
import type { LintFacts } from '../features/lint/stage.js';
import type { AnalysisFacts } from '../features/analyze/stage.js';
import type { SmokeFacts } from '../features/smoke/stage.js';
import type { ReachabilityFacts } from '../features/reachability/stage.js';
import type { BudgetFacts } from '../features/budget/stage.js';
import type { BaselineSource } from '../report/baseline-source.js';
import type { PublishFacts } from '../features/publish/stage.js';

export type StageStatus = 'ok' | 'skipped' | 'failed';

export interface StageRecord {
  readonly name: string;
  readonly status: StageStatus;
  /** Why it was skipped, or the error message when it failed. */
  readonly reason?: string;
  readonly durationMs: number;
}

/** Facts the stages add; each slot is written by one stage and read by later stages and the reporters. */
export interface Facts {
  discover?: DiscoverFacts;
  build?: BuildResult;
  goCache?: GoCacheFacts;
  snapshot?: SnapshotFacts;
  reproduce?: ReproduceFacts;
  sbom?: SbomFacts;
  scan?: ScanFacts;
  signature?: SignatureFacts;
  lint?: LintFacts;
  analysis?: AnalysisFacts;
  smoke?: SmokeFacts;
  reachability?: ReachabilityFacts;
  budget?: BudgetFacts;
  /** The baseline this run compares with (loaded once, by the budget stage or the reports). */
  baseline?: BaselineSource;
  publish?: PublishFacts;
}

/** The typed context that flows through the pipeline. */
export class Context {
  readonly findings: Finding[] = [];
  readonly stages: StageRecord[] = [];
  readonly facts: Facts = {};

  constructor(
    readonly config: Config,
    readonly host: Host,
  ) {}

  addFindings(findings: Iterable<Finding>): void {
    for (const f of findings) this.findings.push(f);
  }

  /** Replaces every finding of `stage` (a later stage that knows more, such as reachability for scan). */
  replaceFindings(stage: string, findings: Iterable<Finding>): void {
    const kept = this.findings.filter((f) => f.stage !== stage);
    this.findings.splice(0, this.findings.length, ...kept, ...findings);
  }

  stageStatus(name: string): StageStatus | undefined {
    return this.stages.find((s) => s.name === name)?.status;
  }
}
