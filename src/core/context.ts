import type {
  DiscoverFacts,
  ImageFacts,
  TargetImage,
  GoCacheFacts,
  SnapshotFacts,
  ReproduceFacts,
  SbomFacts,
  ScanFacts,
  SignatureFacts,
  LintFacts,
  AnalysisFacts,
  SmokeFacts,
  ReachabilityFacts,
  BudgetFacts,
  PublishFacts,
} from './facts.js';
import type { Config } from '../config/config.js';
import type { Host } from '../host/host.js';
import type { Finding } from './finding.js';

import type { BaselineSource } from './facts.js';

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
  image?: ImageFacts;
  /** With the targets input: every image the one build made (each later gets its own context, src/run-targets.ts). */
  images?: readonly TargetImage[];
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
