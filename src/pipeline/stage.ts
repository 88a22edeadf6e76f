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
}
