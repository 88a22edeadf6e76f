/** The types of the Dockerfile stage model (data only; built by model.ts). */
import type { Instruction } from 'dockerfile-ast';
import type { BaseInfo } from './base.js';
import type { EnvEntry, EnvKind, Scope } from './scope.js';
import type { ShellScript } from './shell.js';
import type { Span } from './text.js';

export type { EnvEntry, EnvKind };

/** A token of the Dockerfile with its position. */
export interface Tok {
  readonly value: string;
  readonly span: Span;
}

export interface Mount {
  readonly type: string;
  readonly target?: string;
  readonly id?: string;
  readonly from?: string;
  readonly uid?: string;
  readonly gid?: string;
  readonly options: ReadonlyMap<string, string>;
  readonly span: Span;
}

export interface StepBase {
  readonly keyword: string;
  /** The whole instruction. */
  readonly span: Span;
  readonly keywordSpan: Span;
  /** Scope sequence number at this step (variables visible to it). */
  readonly at: number;
  /** Absolute WORKDIR in effect. */
  readonly workdir: string;
  /** USER in effect (undefined: the base image's default). */
  readonly user?: Tok;
  readonly instruction: Instruction;
}

export interface RunStep extends StepBase {
  readonly keyword: 'RUN';
  readonly mounts: readonly Mount[];
  readonly exec: boolean;
  /** The command line, then each heredoc that is run as a script. */
  readonly scripts: readonly ShellScript[];
}

export interface CopyStep extends StepBase {
  readonly keyword: 'COPY' | 'ADD';
  readonly from?: Tok;
  /** The stage index --from names, when it names a stage. */
  readonly fromStage?: number;
  readonly sources: readonly Tok[];
  readonly dest?: Tok;
  /** Destination made absolute against WORKDIR (a trailing slash kept). */
  readonly destAbs?: string;
  readonly chmod?: Tok;
  readonly heredoc: boolean;
  readonly flags: ReadonlyMap<string, Tok>;
}

export interface ExecSpec extends StepBase {
  readonly keyword: 'ENTRYPOINT' | 'CMD' | 'HEALTHCHECK';
  readonly form: 'exec' | 'shell' | 'none';
  /** exec form: the JSON strings. */
  readonly argv: readonly Tok[];
  /** shell form: the command text parsed. */
  readonly script?: ShellScript;
  /** The text after the keyword (and HEALTHCHECK's options and CMD). */
  readonly text: string;
}

export interface EnvStep extends StepBase {
  readonly keyword: 'ENV' | 'ARG';
  readonly pairs: readonly { name: Tok; value?: Tok }[];
}

export interface OtherStep extends StepBase {
  readonly keyword:
    | 'WORKDIR'
    | 'USER'
    | 'SHELL'
    | 'LABEL'
    | 'EXPOSE'
    | 'VOLUME'
    | 'STOPSIGNAL'
    | 'ONBUILD'
    | 'MAINTAINER'
    | 'OTHER';
  readonly args: readonly Tok[];
}

export type Step = RunStep | CopyStep | ExecSpec | EnvStep | OtherStep;

export interface FromInfo {
  readonly span: Span;
  readonly keywordSpan: Span;
  /** The image as written. */
  readonly raw: string;
  /** After ARG substitution (unresolvable variables left as written). */
  readonly image: string;
  readonly imageSpan: Span;
  /** Substitution left a variable unresolved. */
  readonly unresolved: boolean;
  readonly platform?: Tok;
  /** Index of the earlier stage this one builds on (FROM <stage>). */
  readonly parent?: number;
}

export interface Stage {
  readonly index: number;
  readonly name?: string;
  readonly from: FromInfo;
  /** The base image's facts, through parent stages. */
  readonly base: BaseInfo;
  /** The image reference at the root of the parent chain. */
  readonly rootImage: string;
  readonly steps: readonly Step[];
  readonly scope: Scope;
  /** Scope sequence number right after FROM (stage-local declarations come after it). */
  readonly startSeq: number;
  /** Stages this one reads from: parent, COPY --from, RUN --mount from. */
  readonly deps: ReadonlySet<number>;
  readonly workdir: string;
  readonly user?: Tok;
  readonly entrypoint?: ExecSpec;
  readonly cmd?: ExecSpec;
  readonly healthcheck?: ExecSpec;
  /** The SHELL in effect (default ["/bin/sh","-c"]). */
  readonly shell: readonly string[];
}

export interface Directive {
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

export interface DockerfileModel {
  readonly text: string;
  readonly lines: readonly string[];
  readonly escape: string;
  readonly directives: readonly Directive[];
  /** ARGs before the first FROM (plus the automatic platform args), by name. */
  readonly globalArgs: ReadonlyMap<string, EnvEntry>;
  readonly stages: readonly Stage[];
  /** The stage that is built (the target, else the last). */
  readonly target?: Stage;
  /** The target and every stage it depends on, transitively. */
  readonly used: ReadonlySet<number>;
  /** Codes ignored per 1-based line (every line of the instruction the ignore comment precedes). */
  readonly ignores: ReadonlyMap<number, ReadonlySet<string>>;
  /** Problems found while building the model (unknown target...). */
  readonly problems: readonly string[];
  /** True when TARGETARCH/TARGETOS/TARGETPLATFORM is used anywhere: the file is meant for several platforms. */
  readonly usesTargetArgs: boolean;
}

export interface ModelOptions {
  /** The stage to build (--target); default: the last. */
  readonly target?: string;
  /** Target platforms (linux/amd64...): values for TARGET* args. */
  readonly platforms?: readonly string[];
  /** Build args passed to the build. */
  readonly buildArgs?: Readonly<Record<string, string>>;
}
