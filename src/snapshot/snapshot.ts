/**
 * The Go environment as the build really sees it: for each stage that runs the go command, the effective
 * value of every Go variable at its `go build`, and where that value came from. Pure: a function of the
 * Dockerfile model, the build args, the platforms and the job's environment.
 */
import {
  buildModel,
  expandVars,
  type DockerfileModel,
  type RunStep,
  type Stage,
} from '../dockerfile/model.js';
import { programName, splitAssignment, unwrapCommand } from '../dockerfile/shell.js';
import { parseImageReference } from '../registry/reference.js';
import { redactCredentials, valueHash } from './redact.js';

export const GO_VARS = [
  'GOOS',
  'GOARCH',
  'GOAMD64',
  'GOARM',
  'GOARM64',
  'GO386',
  'CGO_ENABLED',
  'GOFLAGS',
  'GOEXPERIMENT',
  'GOTOOLCHAIN',
  'GOPROXY',
  'GONOPROXY',
  'GOPRIVATE',
  'GOSUMDB',
  'GONOSUMDB',
  'GOINSECURE',
  'GOWORK',
  'GO111MODULE',
  'CC',
] as const;
export type GoVar = (typeof GO_VARS)[number];

export type VarSource =
  | 'build-arg'
  | 'arg-default'
  | 'arg-unset'
  | 'env'
  | 'go-env-w'
  | 'automatic'
  | 'export'
  | 'inline'
  | 'job-env';

export interface SnapshotVar {
  /** Undefined: declared but without a value the build can know (an ARG nobody passes). */
  readonly value?: string;
  /** Set when value had credentials, now replaced by ***: a hash of the real value, to see it change. */
  readonly valueSha256?: string;
  readonly source: VarSource;
  /** 1-based Dockerfile line where the value is set. */
  readonly line?: number;
}

export interface StageSnapshot {
  /** Stage name, or `#index` for unnamed stages. */
  readonly stage: string;
  readonly platform: string;
  /** Line of the stage's FROM. */
  readonly fromLine: number;
  /** Line of the go command the snapshot is taken at. */
  readonly goLine: number;
  readonly goCommand: string;
  readonly baseImage: string;
  readonly vars: Readonly<Partial<Record<GoVar, SnapshotVar>>>;
}

export interface GoEnvSnapshot {
  readonly version: 1;
  readonly platforms: readonly string[];
  readonly goVersion?: string;
  readonly goVersionSource?: 'base-image' | 'go.mod';
  readonly stages: readonly StageSnapshot[];
  /** Go variables set in the job's environment (the workflow's env:). */
  readonly jobEnv: Readonly<Record<string, string>>;
  /** Job variables passed to the build as build args because a stage declares them. */
  readonly forwardedBuildArgs: Readonly<Record<string, string>>;
  /** Job variables that never reach the build: no stage that runs go declares them. */
  readonly unreachedJobEnv: readonly string[];
  /** Build args passed that no stage declares (silently ignored). */
  readonly unusedBuildArgs: readonly string[];
  readonly baseImages: readonly string[];
}

export interface SnapshotInputs {
  readonly dockerfileText: string;
  readonly target?: string;
  readonly platforms: readonly string[];
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly jobEnv: NodeJS.ProcessEnv;
  /** From go.mod: toolchain, else go. */
  readonly goModVersion?: string;
  /** The builder's own platform, used when no platforms are given. */
  readonly defaultPlatform: string;
}

const BUILD_SUBCOMMANDS = new Set(['build', 'install']);

function stageLabel(s: Stage): string {
  return s.name ?? `#${s.index}`;
}

interface GoCall {
  readonly step: RunStep;
  /** 1-based line of the `go` word itself (a RUN may span several lines). */
  readonly line: number;
  readonly sub: string;
  /** Assignments that apply to this call: `export`s earlier in the RUN, then inline ones. */
  readonly assigned: ReadonlyMap<string, { value: string; source: 'export' | 'inline' }>;
}

/** The go commands of a stage in order, with the shell assignments each one sees. */
function goCalls(stage: Stage): GoCall[] {
  const calls: GoCall[] = [];
  for (const step of stage.steps) {
    if (step.keyword !== 'RUN') continue;
    for (const script of step.scripts) {
      const exported = new Map<string, { value: string; source: 'export' | 'inline' }>();
      for (const cmd of script.commands) {
        const prog = programName(cmd);
        if (prog === 'export' || (prog === '' && cmd.assignments.length > 0)) {
          const words = prog === 'export' ? cmd.words.slice(1) : cmd.assignments;
          for (const w of words) {
            const a = splitAssignment(w);
            if (a) exported.set(a.name, { value: a.value, source: 'export' });
          }
          continue;
        }
        const { assignments, words } = unwrapCommand(cmd);
        const first = words[0]?.value ?? '';
        if (first !== 'go' && !first.endsWith('/go')) continue;
        const assigned = new Map(exported);
        for (const w of assignments) {
          const a = splitAssignment(w);
          if (a) assigned.set(a.name, { value: a.value, source: 'inline' });
        }
        const goWord = words[0] as (typeof words)[number];
        calls.push({
          step,
          line: script.source.pos(goWord.start).line,
          sub: words[1]?.value ?? '',
          assigned,
        });
      }
    }
  }
  return calls;
}

function lineOf(span: { start: { line: number } } | undefined): number | undefined {
  return span ? span.start.line : undefined;
}

/** The snapshot of one stage at its go build (or, without one, its last go command). */
function stageSnapshot(
  model: DockerfileModel,
  stage: Stage,
  platform: string,
  buildArgs: Readonly<Record<string, string>>,
): StageSnapshot | undefined {
  const calls = goCalls(stage);
  if (calls.length === 0) return undefined;
  const call = calls.find((c) => BUILD_SUBCOMMANDS.has(c.sub)) ?? (calls[calls.length - 1] as GoCall);
  const at = call.step.at;
  const lookup = (name: string): string | undefined => {
    const local = call.assigned.get(name);
    if (local) return local.value;
    return stage.scope.get(name, at)?.value;
  };
  const vars: Partial<Record<GoVar, SnapshotVar>> = {};
  for (const name of GO_VARS) {
    const local = call.assigned.get(name);
    if (local) {
      vars[name] = {
        value: expandVars(local.value, lookup).value,
        source: local.source,
        line: lineOf(call.step.span) as number,
      };
      continue;
    }
    const entry = stage.scope.get(name, at);
    if (!entry) continue;
    const line = lineOf(entry.span);
    const source: VarSource =
      entry.kind === 'arg'
        ? name in buildArgs
          ? 'build-arg'
          : entry.value !== undefined
            ? 'arg-default'
            : 'arg-unset'
        : entry.kind === 'env'
          ? 'env'
          : entry.kind === 'goenv'
            ? 'go-env-w'
            : 'automatic';
    vars[name] = {
      ...(entry.value !== undefined ? { value: entry.value } : {}),
      source,
      ...(line ? { line } : {}),
    };
  }
  const words = [call.sub].filter(Boolean).join(' ');
  return {
    stage: stageLabel(stage),
    platform,
    fromLine: stage.from.span.start.line,
    goLine: call.line,
    goCommand: `go ${words}`.trim(),
    baseImage: stage.rootImage,
    vars,
  };
}

/** Names a stage declares with ARG (anywhere in it), which is what makes a build arg reach its RUNs. */
function declaredArgs(stage: Stage): Set<string> {
  const names = new Set<string>();
  for (const step of stage.steps) {
    if (step.keyword === 'ARG') for (const p of step.pairs) names.add(p.name.value);
  }
  return names;
}

function goVersionFromImage(image: string): string | undefined {
  const ref = parseImageReference(image);
  if (!ref?.tag || ref.repository.split('/').pop() !== 'golang') return undefined;
  return /^(\d+\.\d+(?:\.\d+)?)/.exec(ref.tag)?.[1];
}

export function takeSnapshot(inputs: SnapshotInputs): GoEnvSnapshot {
  const platforms = inputs.platforms.length > 0 ? [...inputs.platforms] : [inputs.defaultPlatform];
  const jobEnv: Record<string, string> = {};
  for (const name of GO_VARS) {
    const v = inputs.jobEnv[name];
    if (v !== undefined && v !== '') jobEnv[name] = v;
  }
  // Which job variables a go-running stage declares: those are forwarded as build args.
  const first = buildModel(inputs.dockerfileText, {
    ...(inputs.target ? { target: inputs.target } : {}),
    platforms: [platforms[0] as string],
    buildArgs: inputs.buildArgs,
  });
  const goStages = first.stages.filter((s) => first.used.has(s.index) && goCalls(s).length > 0);
  const declaredInGoStages = new Set(goStages.flatMap((s) => [...declaredArgs(s)]));
  const forwarded: Record<string, string> = {};
  const unreached: string[] = [];
  for (const [name, value] of Object.entries(jobEnv)) {
    if (name in inputs.buildArgs) continue;
    if (declaredInGoStages.has(name)) forwarded[name] = value;
    else unreached.push(name);
  }
  const effectiveArgs = { ...forwarded, ...inputs.buildArgs };
  const declaredAnywhere = new Set([
    ...first.globalArgs.keys(),
    ...first.stages.flatMap((s) => [...declaredArgs(s)]),
  ]);
  const unusedBuildArgs = Object.keys(inputs.buildArgs).filter(
    (n) =>
      !declaredAnywhere.has(n) &&
      !/^(BUILDKIT_[A-Z_]+|SOURCE_DATE_EPOCH|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|FTP_PROXY|ftp_proxy|ALL_PROXY|all_proxy)$/.test(
        n,
      ),
  );

  const stages: StageSnapshot[] = [];
  for (const platform of platforms) {
    const model = buildModel(inputs.dockerfileText, {
      ...(inputs.target ? { target: inputs.target } : {}),
      platforms: [platform],
      buildArgs: effectiveArgs,
    });
    for (const stage of model.stages) {
      if (!model.used.has(stage.index)) continue;
      const snap = stageSnapshot(model, stage, platform, effectiveArgs);
      if (snap) stages.push(snap);
    }
  }
  const fromImage = stages.map((s) => goVersionFromImage(s.baseImage)).find(Boolean);
  const goVersion = fromImage ?? inputs.goModVersion;
  const baseImages = [...new Set(first.stages.filter((s) => first.used.has(s.index)).map((s) => s.rootImage))]
    .filter((i) => i && i.toLowerCase() !== 'scratch')
    .sort();
  return {
    version: 1,
    platforms,
    ...(goVersion ? { goVersion, goVersionSource: fromImage ? 'base-image' : 'go.mod' } : {}),
    stages,
    jobEnv,
    forwardedBuildArgs: forwarded,
    unreachedJobEnv: unreached.sort(),
    unusedBuildArgs: unusedBuildArgs.sort(),
    baseImages,
  };
}

function redactRecord(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, redactCredentials(v).text]));
}

/**
 * The snapshot as it may be shown and stored: every value with its credentials replaced by *** (URL userinfo,
 * token parameters, token-shaped words), and for those a hash of the real value. Pure.
 */
export function redactSnapshot(s: GoEnvSnapshot): GoEnvSnapshot {
  const stages = s.stages.map((st) => {
    const vars: Partial<Record<GoVar, SnapshotVar>> = {};
    for (const [name, v] of Object.entries(st.vars) as [GoVar, SnapshotVar][]) {
      const r = v.value === undefined ? undefined : redactCredentials(v.value);
      vars[name] = r?.redacted ? { ...v, value: r.text, valueSha256: valueHash(v.value as string) } : v;
    }
    return { ...st, vars };
  });
  return {
    ...s,
    stages,
    jobEnv: redactRecord(s.jobEnv),
    forwardedBuildArgs: redactRecord(s.forwardedBuildArgs),
  };
}

export interface SnapshotChange {
  readonly stage: string;
  readonly platform: string;
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
}

/** What changed between two snapshots, variable by variable. Pure. */
export function diffSnapshots(before: GoEnvSnapshot, after: GoEnvSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const key = (s: StageSnapshot) => `${s.stage}\u0000${s.platform}`;
  const prev = new Map(before.stages.map((s) => [key(s), s]));
  const next = new Map(after.stages.map((s) => [key(s), s]));
  for (const k of new Set([...prev.keys(), ...next.keys()])) {
    const a = prev.get(k);
    const b = next.get(k);
    const [stage, platform] = k.split('\u0000') as [string, string];
    for (const name of GO_VARS) {
      const va = a?.vars[name]?.value;
      const vb = b?.vars[name]?.value;
      // A redacted value that changed shows the same text: its hash tells.
      if (va !== vb || a?.vars[name]?.valueSha256 !== b?.vars[name]?.valueSha256)
        changes.push({
          stage,
          platform,
          name,
          ...(va !== undefined ? { before: va } : {}),
          ...(vb !== undefined ? { after: vb } : {}),
        });
    }
  }
  if (before.goVersion !== after.goVersion) {
    changes.push({
      stage: '*',
      platform: '*',
      name: 'Go version',
      ...(before.goVersion ? { before: before.goVersion } : {}),
      ...(after.goVersion ? { after: after.goVersion } : {}),
    });
  }
  return changes;
}
