import type { StageName } from '../config/inputs.js';
import type { Context } from './context.js';

/** One step of the pipeline, in the style of goreleaser's pipes. */
export interface Stage {
  readonly name: StageName;
  /** One line for `--help`, the summary and docs. */
  readonly description: string;
  /** The reason this stage does not run in this context, or undefined to run it. */
  skip(ctx: Context): string | undefined;
  /** Does the work; adds facts and findings to ctx. Throws to fail the stage. */
  run(ctx: Context): Promise<void>;
  /**
   * Runs alongside the stages after it (the pipeline waits for it before reporting). Only for stages whose
   * facts no later stage reads and whose failure must not stop the others, such as saving caches.
   */
  readonly background?: boolean;
}

/** Stages that read the image content from the OCI archive. */
export const NEEDS_IMAGE_CONTENT: readonly StageName[] = ['analyze', 'smoke', 'sbom', 'scan', 'reproduce'];
