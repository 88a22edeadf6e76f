/**
 * The stage model: a Dockerfile parsed by dockerfile-ast, turned into stages with their bases (after ARG
 * substitution), platforms, COPY --from and RUN --mount edges, the ARG/ENV scope at every step, WORKDIR and
 * USER, RUN text split into shell commands (continuations, heredocs, exec form) and ENTRYPOINT/CMD/HEALTHCHECK
 * in exec or shell form. Pure: text in, model out; never throws on bad input (problems are recorded).
 * The instructions are handled one by one in instructions.ts; variable expansion is in vars.ts.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { From, Instruction } from 'dockerfile-ast';
import { classifyBase } from './base.js';
import {
  applyInstruction,
  argPairs,
  argValue,
  entry,
  flagTok,
  scopeLookup,
  type StageState,
} from './instructions.js';
import { Scope } from './scope.js';
import { toSpan } from './text.js';
import type { Directive, DockerfileModel, EnvEntry, FromInfo, ModelOptions, Stage } from './types.js';
import { expandVars } from './vars.js';

export type * from './types.js';
export { Scope } from './scope.js';
export { expandVars } from './vars.js';

const AUTO_PLATFORM_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
] as const;

/** Args BuildKit provides in every stage without a declaration. */
export const PREDEFINED_ARGS = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
]);

/** Build args BuildKit itself understands without an ARG. */
export const BUILDKIT_ARGS = /^(BUILDKIT_[A-Z_]+|SOURCE_DATE_EPOCH)$/;

const DEFAULT_WORKDIR = '/';
const MAX_INHERITED = 1000;

function platformArgValues(platform: string | undefined): Record<string, string> {
  // Without --platform BuildKit targets the builder's platform; the images built here are Linux images
  // (the architecture stays unknown).
  if (!platform) return { TARGETOS: 'linux', BUILDOS: 'linux' };
  const [os, arch, variant] = platform.split('/');
  return {
    TARGETPLATFORM: platform,
    ...(os ? { TARGETOS: os } : {}),
    ...(arch ? { TARGETARCH: arch } : {}),
    TARGETVARIANT: variant ?? '',
  };
}

function ignoreCodes(comment: string): string[] {
  const m = /^#\s*go-container-ci\s+ignore\s*=\s*([A-Za-z0-9_,\s]+)/i.exec(comment.trim());
  if (!m) return [];
  return (m[1] as string)
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
}

/** The stage and the stages it is built FROM, nearest first (each once). */
export function* ancestors(stages: readonly Stage[], stage: Stage | undefined): Generator<Stage> {
  const seen = new Set<number>();
  for (
    let s = stage;
    s && !seen.has(s.index);
    s = s.from.parent !== undefined ? stages[s.from.parent] : undefined
  ) {
    seen.add(s.index);
    yield s;
  }
}

/** What building every stage reads. */
interface ModelInput {
  readonly lines: readonly string[];
  readonly escape: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly globalArgs: ReadonlyMap<string, EnvEntry>;
  /** The stages built so far. */
  readonly stages: readonly Stage[];
}

/** The model of a text that could not be parsed. */
function emptyModel(text: string, lines: readonly string[], problem: string): DockerfileModel {
  return {
    text,
    lines,
    escape: '\\',
    directives: [],
    globalArgs: new Map(),
    stages: [],
    used: new Set(),
    ignores: new Map(),
    problems: [problem],
    usesTargetArgs: false,
  };
}

/** The global scope: the automatic platform args, then the ARGs before the first FROM. */
function globalScope(head: readonly Instruction[], opts: ModelOptions): Map<string, EnvEntry> {
  const buildArgs = opts.buildArgs ?? {};
  const autoValues = platformArgValues(opts.platforms?.[0]);
  const globalArgs = new Map<string, EnvEntry>();
  for (const name of AUTO_PLATFORM_ARGS) {
    const v = autoValues[name];
    globalArgs.set(name, { name, kind: 'auto', stage: -1, ...(v !== undefined ? { value: v } : {}) });
  }
  const lookup = scopeLookup(globalArgs);
  for (const ins of head) {
    if (ins.getKeyword() !== 'ARG' || ins.getArguments().length === 0) continue;
    for (const p of argPairs(ins)) {
      const value = argValue(p, buildArgs, lookup);
      globalArgs.set(p.name.value, entry(p.name.value, 'arg', -1, p.name.span, value));
    }
  }
  return globalArgs;
}

/** The earlier stage (before `before`) a FROM/--from name or index refers to. */
function stageByName(stages: readonly Stage[], name: string, before: number): number | undefined {
  const lower = name.toLowerCase();
  for (let s = Math.min(before, stages.length) - 1; s >= 0; s--) {
    if (stages[s]?.name === lower) return s;
  }
  if (/^\d+$/.test(name) && Number(name) < before) return Number(name);
  return undefined;
}

/** The FROM line: image (after ARG substitution), stage name, platform, parent stage. */
function fromLine(from: From, index: number, input: ModelInput): { fromInfo: FromInfo; name?: string } {
  const fromArgs = from.getArguments();
  const imageArg = fromArgs[0];
  const raw = imageArg?.getValue() ?? '';
  const expanded = expandVars(raw, scopeLookup(input.globalArgs));
  const asIdx = fromArgs.findIndex((a) => a.getValue().toLowerCase() === 'as');
  const name = (asIdx >= 1 ? fromArgs[asIdx + 1] : undefined)?.getValue().toLowerCase();
  const platformFlag = from.getFlags().find((f) => f.getName() === 'platform');
  const platform = platformFlag ? flagTok(platformFlag) : undefined;
  const parent = expanded.value ? stageByName(input.stages, expanded.value, index) : undefined;
  const fromInfo: FromInfo = {
    span: toSpan(from.getRange()),
    keywordSpan: toSpan(from.getInstructionRange()),
    raw,
    image: expanded.value,
    imageSpan: toSpan(imageArg?.getRange() ?? from.getInstructionRange()),
    unresolved: expanded.unresolved,
    ...(platform ? { platform } : {}),
    ...(parent !== undefined ? { parent } : {}),
  };
  return { fromInfo, ...(name ? { name } : {}) };
}

/** The state a stage starts from: its parent stage's (ENV and `go env -w` inherited), else the defaults. */
function initialState(index: number, parent: Stage | undefined, input: ModelInput): StageState {
  const scope = new Scope();
  const deps = new Set<number>();
  if (parent) {
    deps.add(parent.index);
    let copied = 0;
    for (const e of parent.scope.entries()) {
      if ((e.kind === 'env' || e.kind === 'goenv') && copied++ < MAX_INHERITED) scope.set(e.name, e);
    }
  }
  return {
    index,
    lines: input.lines,
    escape: input.escape,
    buildArgs: input.buildArgs,
    globalArgs: input.globalArgs,
    scope,
    lookup: scopeLookup(scope),
    deps,
    steps: [],
    stageByName: (name) => stageByName(input.stages, name, index),
    workdir: parent?.workdir ?? DEFAULT_WORKDIR,
    user: parent?.user,
    shell: parent?.shell ?? ['/bin/sh', '-c'],
    entrypoint: parent?.entrypoint,
    cmd: parent?.cmd,
    healthcheck: parent?.healthcheck,
  };
}

function buildStage(index: number, from: From, body: readonly Instruction[], input: ModelInput): Stage {
  const { fromInfo, name } = fromLine(from, index, input);
  const parent = fromInfo.parent !== undefined ? input.stages[fromInfo.parent] : undefined;
  const st = initialState(index, parent, input);
  const startSeq = st.scope.seq;
  for (const ins of body) applyInstruction(ins, st);
  return {
    index,
    ...(name ? { name } : {}),
    from: fromInfo,
    base: parent ? parent.base : classifyBase(fromInfo.image),
    rootImage: parent ? parent.rootImage : fromInfo.image,
    steps: st.steps,
    scope: st.scope,
    startSeq,
    deps: st.deps,
    workdir: st.workdir,
    shell: st.shell,
    ...(st.user ? { user: st.user } : {}),
    ...(st.entrypoint ? { entrypoint: st.entrypoint } : {}),
    ...(st.cmd ? { cmd: st.cmd } : {}),
    ...(st.healthcheck ? { healthcheck: st.healthcheck } : {}),
  };
}

/** Instructions grouped by stage (what comes before the first FROM is left out). */
function stageGroups(instructions: readonly Instruction[]): { from: From; body: Instruction[] }[] {
  const groups: { from: From; body: Instruction[] }[] = [];
  for (const ins of instructions) {
    if (ins.getKeyword() === 'FROM') groups.push({ from: ins as From, body: [] });
    else groups[groups.length - 1]?.body.push(ins);
  }
  return groups;
}

/** The target and every stage it depends on, transitively. */
function usedStages(stages: readonly Stage[], target: Stage | undefined): Set<number> {
  const used = new Set<number>();
  const todo = target ? [target.index] : [];
  while (todo.length > 0) {
    const s = todo.pop() as number;
    if (used.has(s)) continue;
    used.add(s);
    for (const d of stages[s]?.deps ?? []) todo.push(d);
  }
  return used;
}

/** Inline ignores: comment lines directly above an instruction, for every line of it. */
function inlineIgnores(
  instructions: readonly Instruction[],
  lines: readonly string[],
): Map<number, Set<string>> {
  const ignores = new Map<number, Set<string>>();
  for (const ins of instructions) {
    const r = ins.getRange();
    const codes: string[] = [];
    for (let l = r.start.line - 1; l >= 0; l--) {
      const t = (lines[l] ?? '').trim();
      if (!t.startsWith('#')) break;
      codes.push(...ignoreCodes(t));
    }
    if (codes.length === 0) continue;
    for (let l = r.start.line; l <= r.end.line; l++) {
      let set = ignores.get(l + 1);
      if (!set) ignores.set(l + 1, (set = new Set()));
      for (const c of codes) set.add(c);
    }
  }
  return ignores;
}

/** Builds the model. Never throws: a parser failure becomes a problem and an empty model. */
export function buildModel(text: string, opts: ModelOptions = {}): DockerfileModel {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  let df;
  try {
    df = DockerfileParser.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return emptyModel(text, lines, `the Dockerfile could not be parsed: ${message}`);
  }
  const escape = df.getEscapeCharacter() || '\\';
  const directives: Directive[] = df.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    line: d.getRange().start.line + 1,
  }));
  const instructions = df.getInstructions();
  const firstFrom = instructions.findIndex((ins) => ins.getKeyword() === 'FROM');
  const globalArgs = globalScope(firstFrom < 0 ? instructions : instructions.slice(0, firstFrom), opts);
  const stages: Stage[] = [];
  const input: ModelInput = { lines, escape, buildArgs: opts.buildArgs ?? {}, globalArgs, stages };
  for (const [index, group] of stageGroups(instructions).entries()) {
    stages.push(buildStage(index, group.from, group.body, input));
  }
  const problems: string[] = [];
  let target: Stage | undefined = stages[stages.length - 1];
  if (opts.target) {
    const t = stages.find((s) => s.name === opts.target?.toLowerCase());
    if (t) target = t;
    else problems.push(`target stage '${opts.target}' is not defined in the Dockerfile`);
  }
  const usesTargetArgs =
    /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b/.test(text) || (opts.platforms?.length ?? 0) > 1;
  return {
    text,
    lines,
    escape,
    directives,
    globalArgs,
    stages,
    ...(target ? { target } : {}),
    used: usedStages(stages, target),
    ignores: inlineIgnores(instructions, lines),
    problems,
    usesTargetArgs,
  };
}
