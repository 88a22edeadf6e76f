/**
 * One handler per Dockerfile instruction: each reads the instruction, updates what the stage carries
 * (scope, WORKDIR, USER, SHELL, ENTRYPOINT/CMD/HEALTHCHECK, stage dependencies) and returns its step.
 * Pure; used by buildModel (model.ts).
 */
import type { Copy, Flag, Healthcheck, Instruction, JSONInstruction, Run } from 'dockerfile-ast';
import { posix } from 'node:path';
import type { Scope } from './scope.js';
import { parseShell, type ShellScript, type Word } from './shell.js';
import { LogicalText, logicalText, toSpan, type LspPos, type Span } from './text.js';
import type {
  CopyStep,
  EnvEntry,
  EnvKind,
  EnvStep,
  ExecSpec,
  Mount,
  OtherStep,
  RunStep,
  Step,
  StepBase,
  Tok,
} from './types.js';
import { expandVars, knownValue } from './vars.js';

/** A variable's value for expandVars: undefined when not set, null when set to a value unknown here. */
export type Lookup = (name: string) => string | null | undefined;

/** What the instructions of one stage read and change while the model is built. */
export interface StageState {
  readonly index: number;
  readonly lines: readonly string[];
  readonly escape: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly globalArgs: ReadonlyMap<string, EnvEntry>;
  readonly scope: Scope;
  readonly lookup: Lookup;
  /** Stages this one reads from. */
  readonly deps: Set<number>;
  readonly steps: Step[];
  /** The earlier stage a name (or index) refers to. */
  readonly stageByName: (name: string) => number | undefined;
  workdir: string;
  user: Tok | undefined;
  shell: readonly string[];
  entrypoint: ExecSpec | undefined;
  cmd: ExecSpec | undefined;
  healthcheck: ExecSpec | undefined;
}

type Common = Pick<StepBase, 'span' | 'keywordSpan' | 'instruction'>;
type Handler = (ins: Instruction, st: StageState, common: Common) => Step;

/** A variable lookup over a scope as it is when called. */
export function scopeLookup(scope: Pick<Scope, 'get'> | ReadonlyMap<string, EnvEntry>): Lookup {
  return (n) => {
    const e = scope.get(n);
    return e ? (e.value ?? null) : undefined;
  };
}

/** An entry of the scope (the value left out when it is unknown). */
export function entry(name: string, kind: EnvKind, stage: number, span: Span, value?: string): EnvEntry {
  return { name, kind, stage, span, ...(value !== undefined ? { value } : {}) };
}

/** The step's common fields with the scope, WORKDIR and USER in effect now. */
function here(st: StageState, common: Common): Omit<StepBase, 'keyword'> {
  return { ...common, at: st.scope.seq, workdir: st.workdir, ...(st.user ? { user: st.user } : {}) };
}

function argToks(ins: Instruction): Tok[] {
  return ins.getArguments().map((x) => tok(x.getValue(), x.getRange()));
}

/** The value of an ARG: the build arg passed, else its default expanded, else `fallback`. */
export function argValue(
  p: { name: Tok; value?: Tok },
  buildArgs: Readonly<Record<string, string>>,
  lookup: Lookup,
  fallback?: string,
): string | undefined {
  const passed = buildArgs[p.name.value];
  if (passed !== undefined) return passed;
  if (p.value) return knownValue(expandVars(p.value.value, lookup));
  return fallback;
}

const argStep: Handler = (ins, st, common): EnvStep => {
  const pairs = argPairs(ins);
  for (const p of pairs) {
    const n = p.name.value;
    const g = st.globalArgs.get(n);
    const value = argValue(p, st.buildArgs, st.lookup, g?.value);
    const kind: EnvKind = g?.kind === 'auto' && !p.value ? 'auto' : 'arg';
    st.scope.set(n, entry(n, kind, st.index, p.name.span, value));
  }
  return { ...here(st, common), keyword: 'ARG', pairs };
};

const envStep: Handler = (ins, st, common): EnvStep => {
  const pairs = envPairs(ins);
  for (const p of pairs) {
    const value = p.value ? knownValue(expandVars(p.value.value, st.lookup)) : '';
    st.scope.set(p.name.value, entry(p.name.value, 'env', st.index, p.name.span, value));
  }
  return { ...here(st, common), keyword: 'ENV', pairs };
};

const workdirStep: Handler = (ins, st, common): OtherStep => {
  const v = expandVars(
    ins
      .getArguments()
      .map((x) => x.getValue())
      .join(' '),
    st.lookup,
  ).value;
  st.workdir = resolvePath(st.workdir, v).replace(/(.)\/$/, '$1');
  return { ...here(st, common), keyword: 'WORKDIR', args: argToks(ins) };
};

const userStep: Handler = (ins, st, common): OtherStep => {
  const first = ins.getArguments()[0];
  if (first) st.user = tok(expandVars(first.getValue(), st.lookup).value, first.getRange());
  return { ...here(st, common), keyword: 'USER', args: argToks(ins) };
};

const shellStep: Handler = (ins, st, common): OtherStep => {
  const values = parseJsonArray(ins.getRawArgumentsContent() ?? '');
  if (values && values.length > 0) st.shell = values;
  return { ...here(st, common), keyword: 'SHELL', args: [] };
};

const OTHER_KEYWORDS: readonly string[] = [
  'LABEL',
  'EXPOSE',
  'VOLUME',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
];

const otherStep: Handler = (ins, st, common): OtherStep => {
  const kw = ins.getKeyword();
  const keyword = (OTHER_KEYWORDS.includes(kw) ? kw : 'OTHER') as OtherStep['keyword'];
  return { ...here(st, common), keyword, args: argToks(ins) };
};

/** The options of a `--mount` flag (dockerfile-ast's, else split from the raw value). */
function mountOptions(f: Flag): Map<string, string> {
  const options = new Map<string, string>();
  for (const o of f.getOptions()) options.set(o.getName().toLowerCase(), o.getValue() ?? '');
  if (options.size === 0 && f.getValue()) {
    for (const part of (f.getValue() ?? '').split(',')) {
      const eq = part.indexOf('=');
      options.set((eq < 0 ? part : part.slice(0, eq)).toLowerCase(), eq < 0 ? '' : part.slice(eq + 1));
    }
  }
  return options;
}

function runMounts(run: Run, st: StageState): Mount[] {
  const mounts: Mount[] = [];
  for (const f of run.getFlags()) {
    if (f.getName() !== 'mount') continue;
    const options = mountOptions(f);
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    const optional = (key: 'id' | 'from' | 'uid' | 'gid') =>
      options.has(key) ? { [key]: options.get(key) as string } : {};
    const m: Mount = {
      type: options.get('type') || 'bind',
      options,
      span: toSpan(f.getRange()),
      ...(target !== undefined ? { target: expandVars(target, st.lookup).value } : {}),
      ...optional('id'),
      ...optional('from'),
      ...optional('uid'),
      ...optional('gid'),
    };
    mounts.push(m);
    if (m.from) {
      const s = st.stageByName(m.from);
      if (s !== undefined) st.deps.add(s);
    }
  }
  return mounts;
}

/** `go env -w NAME=value` persists in the GOENV file of the layer (the environment wins over GOENV). */
function recordGoEnv(scripts: readonly ShellScript[], st: StageState): void {
  for (const script of scripts) {
    for (const c of script.commands) {
      const w = c.words;
      if (!(w[0]?.value.endsWith('go') && w[1]?.value === 'env' && w.some((x) => x.value === '-w'))) continue;
      for (const x of w.slice(2)) {
        const eq = x.value.indexOf('=');
        if (x.value.startsWith('-') || eq <= 0) continue;
        const n = x.value.slice(0, eq);
        if (st.scope.get(n)?.kind === 'env') continue;
        st.scope.set(
          n,
          entry(n, 'goenv', st.index, script.source.span(x.start, x.end), x.value.slice(eq + 1)),
        );
      }
    }
  }
}

const runStep: Handler = (ins, st, common): RunStep => {
  const run = ins as Run;
  const mounts = runMounts(run, st);
  const scripts = runScripts(run, st.lines, st.escape);
  const step: RunStep = {
    ...here(st, common),
    keyword: 'RUN',
    mounts,
    exec: scripts.exec,
    scripts: scripts.scripts,
  };
  recordGoEnv(scripts.scripts, st);
  return step;
};

/** The source and destination words of COPY/ADD (exec form, shell form, or the first line of a heredoc). */
function copyValues(ins: Instruction, heredoc: boolean): Tok[] {
  const json = parseJsonArray(ins.getRawArgumentsContent() ?? '');
  if (json) {
    const strs = (ins as JSONInstruction).getJSONStrings();
    return json.map((v, i) => tok(v, strs[i]?.getRange() ?? ins.getRange()));
  }
  const values = (ins as Copy)
    .getArguments()
    .filter((a) => !a.getValue().startsWith('<<'))
    .map((a) => tok(a.getValue(), a.getRange()));
  if (!heredoc) return values;
  // Only the first line holds paths; the heredoc body follows.
  const firstLine = ins.getRange().start.line;
  return values.filter((v) => v.span.start.line === firstLine + 1);
}

const copyStep: Handler = (ins, st, common): CopyStep => {
  const kw = ins.getKeyword() as CopyStep['keyword'];
  const flags = new Map<string, Tok>();
  for (const f of (ins as Copy).getFlags()) {
    const t = flagTok(f);
    if (t) flags.set(f.getName().toLowerCase(), t);
  }
  const fromTok = flags.get('from');
  const heredoc =
    kw === 'COPY'
      ? (ins as Copy).getHeredocs().length > 0
      : /<<-?["']?[A-Za-z_]/.test(ins.getRawArgumentsContent() ?? '');
  const values = copyValues(ins, heredoc);
  const dest = values.length >= (heredoc ? 1 : 2) ? values[values.length - 1] : undefined;
  const sources = dest ? values.slice(0, -1) : values;
  const fromStage = fromTok ? st.stageByName(expandVars(fromTok.value, st.lookup).value) : undefined;
  if (fromStage !== undefined) st.deps.add(fromStage);
  const destValue = dest ? expandVars(dest.value, st.lookup).value : undefined;
  const chmod = flags.get('chmod');
  return {
    ...here(st, common),
    keyword: kw,
    sources,
    heredoc,
    flags,
    ...(fromTok ? { from: fromTok } : {}),
    ...(fromStage !== undefined ? { fromStage } : {}),
    ...(dest ? { dest } : {}),
    ...(destValue !== undefined ? { destAbs: resolvePath(st.workdir, destValue) } : {}),
    ...(chmod ? { chmod } : {}),
  };
};

const execStep: Handler = (ins, st, common): ExecSpec => {
  const kw = ins.getKeyword() as ExecSpec['keyword'];
  const spec = execSpec(ins, kw, st.lines, st.escape, here(st, common));
  if (kw === 'ENTRYPOINT') {
    st.entrypoint = spec;
    // ENTRYPOINT resets a CMD inherited from the base.
    if (st.cmd && !st.steps.some((s) => s.keyword === 'CMD')) st.cmd = undefined;
  } else if (kw === 'CMD') st.cmd = spec;
  else st.healthcheck = spec.form === 'none' ? undefined : spec;
  return spec;
};

const HANDLERS = new Map<string, Handler>([
  ['ARG', argStep],
  ['ENV', envStep],
  ['WORKDIR', workdirStep],
  ['USER', userStep],
  ['SHELL', shellStep],
  ['RUN', runStep],
  ['COPY', copyStep],
  ['ADD', copyStep],
  ['ENTRYPOINT', execStep],
  ['CMD', execStep],
  ['HEALTHCHECK', execStep],
]);

/** Applies one instruction of the stage: its handler updates the state and the step is recorded. */
export function applyInstruction(ins: Instruction, st: StageState): void {
  const common: Common = {
    span: toSpan(ins.getRange()),
    keywordSpan: toSpan(ins.getInstructionRange()),
    instruction: ins,
  };
  const handler = HANDLERS.get(ins.getKeyword()) ?? otherStep;
  st.steps.push(handler(ins, st, common));
}

function tok(value: string, range: { start: LspPos; end: LspPos }): Tok {
  return { value, span: toSpan(range) };
}

function resolvePath(workdir: string, p: string): string {
  if (p === '') return workdir;
  const trailing = p.endsWith('/') || p.endsWith('/.') || p === '.';
  const abs = posix.resolve('/', workdir, p);
  return trailing && abs !== '/' ? `${abs}/` : abs;
}

export function flagTok(f: Flag): Tok | undefined {
  const v = f.getValue();
  const r = f.getValueRange() ?? f.getRange();
  return v === null ? undefined : tok(v, r);
}

/** Parses a JSON array of strings, or undefined when the text is not one (then Docker uses shell form). */
function parseJsonArray(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return undefined;
  }
  return undefined;
}

/** Words of an exec-form instruction as a script, each word's characters mapped to its JSON string. */
function execScript(ins: JSONInstruction, values: readonly string[]): ShellScript {
  const jsonArgs = ins.getJSONStrings();
  let text = '';
  const lines: number[] = [];
  const chars: number[] = [];
  const words: Word[] = [];
  values.forEach((v, k) => {
    if (k > 0) {
      text += ' ';
      lines.push(lines[lines.length - 1] ?? 0);
      chars.push((chars[chars.length - 1] ?? 0) + 1);
    }
    const r = jsonArgs[k]?.getRange() ?? ins.getRange();
    const start = text.length;
    for (let c = 0; c < v.length; c++) {
      text += v[c];
      lines.push(r.start.line);
      chars.push(r.start.character + 1 + c);
    }
    words.push({ value: v, raw: v, start, end: text.length, vars: [], substitution: false });
  });
  const end = ins.getRange().end;
  const source = new LogicalText(text, lines, chars, end);
  return { source, commands: [{ assignments: [], words, redirects: [], connector: '' }] };
}

/** NAME[=value] pairs of an ARG; `ARG A B` declares two names (dockerfile-ast reads it as `A` = `B`). */
export function argPairs(ins: Instruction): { name: Tok; value?: Tok }[] {
  const props = propertiesOf(ins);
  const out: { name: Tok; value?: Tok }[] = [];
  const valueRanges: Span[] = [];
  for (const p of props) {
    if (p.getAssignmentOperator() === null) continue;
    const v = p.getValue();
    const vr = p.getValueRange();
    if (vr) valueRanges.push(toSpan(vr));
    out.push({
      name: tok(p.getName(), p.getNameRange()),
      ...(v !== null ? { value: tok(v, vr ?? p.getRange()) } : {}),
    });
  }
  const inValue = (sp: Span) =>
    valueRanges.some(
      (r) =>
        (sp.start.line > r.start.line ||
          (sp.start.line === r.start.line && sp.start.column >= r.start.column)) &&
        (sp.start.line < r.end.line || (sp.start.line === r.end.line && sp.start.column < r.end.column)),
    );
  for (const a of ins.getArguments()) {
    const v = a.getValue();
    if (v.includes('=') || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) continue;
    const t = tok(v, a.getRange());
    if (!inValue(t.span)) out.push({ name: t });
  }
  return out.sort(
    (x, y) =>
      x.name.span.start.line - y.name.span.start.line || x.name.span.start.column - y.name.span.start.column,
  );
}

function propertiesOf(ins: Instruction): import('dockerfile-ast').Property[] {
  try {
    return (
      (ins as unknown as { getProperties?: () => import('dockerfile-ast').Property[] }).getProperties?.() ??
      []
    );
  } catch {
    return [];
  }
}

function envPairs(ins: Instruction): { name: Tok; value?: Tok }[] {
  return propertiesOf(ins).map((p) => {
    const v = p.getValue();
    const vr = p.getValueRange();
    return {
      name: tok(p.getName(), p.getNameRange()),
      ...(v !== null ? { value: tok(v, vr ?? p.getRange()) } : {}),
    };
  });
}

function runScripts(
  run: Run,
  lines: readonly string[],
  escape: string,
): { exec: boolean; scripts: ShellScript[] } {
  const rawArgs = run.getArguments();
  const first = rawArgs[0];
  if (!first) return { exec: false, scripts: [] };
  const json = parseJsonArray(run.getRawArgumentsContent() ?? '');
  if (json) return { exec: true, scripts: [execScript(run, json)] };
  const end = run.getRange().end;
  const heredocs = run.getHeredocs();
  const command = logicalText(lines, first.getRange().start, end, escape, heredocs.length > 0);
  const scripts: ShellScript[] = [parseShell(command)];
  if (heredocs.length > 0) {
    // A heredoc is a script when it is the command itself (`RUN <<EOF`) or fed to a shell (`RUN sh <<EOF`).
    const firstCmd = scripts[0]?.commands[0];
    const prog = firstCmd?.words[0]?.value ?? '';
    const shellFed =
      firstCmd === undefined || firstCmd.words.length === 0 || /(^|\/)(ba|da|a)?sh$/.test(prog);
    if (shellFed) {
      for (const h of heredocs) {
        const cr = h.getContentRange();
        if (!cr) continue;
        const body = logicalText(
          lines,
          cr.start,
          { line: cr.end.line, character: cr.end.character },
          '\u0000',
        );
        scripts.push(parseShell(body));
      }
    }
  }
  return { exec: false, scripts };
}

function execSpec(
  ins: Instruction,
  kw: 'ENTRYPOINT' | 'CMD' | 'HEALTHCHECK',
  lines: readonly string[],
  escape: string,
  base: Omit<StepBase, 'keyword'>,
): ExecSpec {
  let startPos: LspPos | undefined;
  if (kw === 'HEALTHCHECK') {
    const sub = (ins as Healthcheck).getSubcommand();
    if (!sub || sub.getValue().toUpperCase() === 'NONE') {
      return { ...base, keyword: kw, form: 'none', argv: [], text: '' };
    }
    startPos = sub.getRange().end;
  } else {
    startPos = ins.getArgumentsRange()?.start;
  }
  if (!startPos) return { ...base, keyword: kw, form: 'none', argv: [], text: '' };
  const src = logicalText(lines, startPos, ins.getRange().end, escape);
  const text = src.text.trim();
  const json = parseJsonArray(text);
  if (json) {
    const strs = (ins as JSONInstruction).getJSONStrings?.() ?? [];
    const argv =
      kw === 'HEALTHCHECK' || strs.length !== json.length
        ? jsonToks(src, json)
        : json.map((v, i) => tok(v, strs[i]?.getRange() ?? ins.getRange()));
    return { ...base, keyword: kw, form: 'exec', argv, text };
  }
  return { ...base, keyword: kw, form: 'shell', argv: [], script: parseShell(src), text };
}

/** Positions of JSON strings found by scanning the logical text (for HEALTHCHECK CMD [...]). */
function jsonToks(src: LogicalText, values: readonly string[]): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  for (const v of values) {
    const q = src.text.indexOf('"', i);
    if (q < 0) break;
    let j = q + 1;
    while (j < src.text.length && src.text[j] !== '"') j += src.text[j] === '\\' ? 2 : 1;
    out.push({ value: v, span: src.span(q + 1, j) });
    i = j + 1;
  }
  return out;
}
