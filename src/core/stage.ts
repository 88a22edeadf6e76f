import type { StageName } from '../config/inputs.js';
import type { Context, Facts } from './context.js';

/** A fact slot a stage can need. */
export type FactName = keyof Facts;

/** The context as a stage sees it once its needs are met: those fact slots are filled. */
export type ContextWith<K extends FactName> = Context & {
  readonly facts: Facts & { readonly [P in K]-?: NonNullable<Facts[P]> };
};

/** One step of the pipeline, in the style of goreleaser's pipes. */
export interface PipelineStage<K extends FactName = never> {
  readonly name: StageName;
  /** One line for `--help`, the summary and docs. */
  readonly description: string;
  /**
   * The facts this stage reads, each with the reason it is skipped when no earlier stage left that fact. The
   * runner checks them before skip(), and skip() and run() see those slots filled (no re-checks, no casts).
   */
  readonly needs?: { readonly [P in K]: string };
  /** The reason this stage does not run in this context, or undefined to run it. */
  skip(ctx: ContextWith<K>): string | undefined;
  /** Does the work; adds facts and findings to ctx. Throws to fail the stage. */
  run(ctx: ContextWith<K>): Promise<void>;
  /**
   * Runs alongside the stages after it (the pipeline waits for it before reporting). Only for stages whose
   * facts no later stage reads and whose failure must not stop the others, such as saving caches.
   */
  readonly background?: boolean;
}

/** Stages that read the image content from the OCI archive. */
export const NEEDS_IMAGE_CONTENT: readonly StageName[] = ['analyze', 'smoke', 'sbom', 'scan', 'reproduce'];
