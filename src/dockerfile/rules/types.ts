import type { Severity } from '../../core/finding.js';
import type { CatalogueCode } from '../../core/catalogue.js';
import type { GoMod } from '../../gomod/gomod.js';
import type { GoImportScan } from '../goimports.js';
import type { Analysis } from '../analysis.js';
import type { DockerfileModel } from '../model.js';
import type { Pos, Span } from '../text.js';

export interface GoModInput {
  readonly file: string;
  readonly mod: GoMod;
  /** Whether go.sum exists next to it (undefined: not checked). */
  readonly hasGoSum?: boolean;
}

export interface LintInput {
  /** Dockerfile path relative to the workspace (forward slashes). */
  readonly file: string;
  readonly text: string;
  readonly dockerignore?: { readonly file: string; readonly text: string };
  readonly goMods?: readonly GoModInput[];
  /**
   * Names in the build context, relative and with forward slashes (directories end with '/'); used to
   * check .dockerignore against what really exists. Undefined: not checked.
   */
  readonly contextEntries?: readonly string[];
  /**
   * Reads a file of the build context by its relative path (forward slashes), e.g. the entrypoint script
   * the Dockerfile copies; undefined when absent. Undefined reader: the context is not read.
   */
  readonly readContextFile?: (path: string) => string | undefined;
  /** The Go import scan of the build context (main packages and their local packages). */
  readonly goImports?: GoImportScan;
  readonly target?: string;
  readonly platforms?: readonly string[];
  /** Build args the build passes (from the build-args input). */
  readonly buildArgs?: Readonly<Record<string, string>>;
}

export interface Report {
  readonly at: Span | Pos;
  readonly message: string;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  /** Overrides the rule's fix text. */
  readonly fix?: string;
  /** A file other than the Dockerfile (.dockerignore, go.mod). */
  readonly file?: string;
}

export interface RuleContext {
  readonly input: LintInput;
  readonly model: DockerfileModel;
  readonly analysis: Analysis;
  report(r: Report): void;
}

/** A Dockerfile rule: its code (title, severity, description and fix are the catalogue's) and its check. */
export interface Rule {
  readonly code: CatalogueCode;
  check(ctx: RuleContext): void;
}
