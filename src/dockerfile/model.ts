/**
 * The stage model: a Dockerfile parsed by dockerfile-ast, turned into stages with their bases (after ARG
 * substitution), platforms, COPY --from and RUN --mount edges, the ARG/ENV scope at every step, WORKDIR and
 * USER, RUN text split into shell commands (continuations, heredocs, exec form) and ENTRYPOINT/CMD/HEALTHCHECK
 * in exec or shell form. Pure: text in, model out; never throws on bad input (problems are recorded).
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { Copy, Flag, From, Healthcheck, Instruction, JSONInstruction, Run } from 'dockerfile-ast';
import { classifyBase, type BaseInfo } from './base.js';
import { parseShell, type ShellScript, type Word } from './shell.js';
import { LogicalText, logicalText, toPos, toSpan, type LspPos, type Pos, type Span } from './text.js';
import { posix } from 'node:path';

/** A token of the Dockerfile with its position. */
export interface Tok {
  readonly value: string;
  readonly span: Span;
}

export type EnvKind = 'arg' | 'env' | 'auto' | 'goenv';

export interface EnvEntry {
  readonly name: string;
  /** The value; undefined when it is set at build time and unknown here (ARG without default, TARGETARCH). */
  readonly value?: string;
  readonly kind: EnvKind;
  /** Where it is set (the name token). */
  readonly span?: Span;
  /** The stage index that set it (-1: global scope). */
  readonly stage: number;
}

/** Variables visible at a point: per name, the entries in the order they were set. */
export class Scope {
  private readonly byName = new Map<string, { seq: number; entry: EnvEntry | null }[]>();
  private seqCounter = 0;

  /** Sets name (null entry: removed), returning the sequence number of this change. */
  set(name: string, entry: EnvEntry | null): number {
    const seq = ++this.seqCounter;
    let list = this.byName.get(name);
    if (!list) {
      list = [];
      this.byName.set(name, list);
    }
    list.push({ seq, entry });
    return seq;
  }

  get seq(): number {
    return this.seqCounter;
  }

  /** The entry in effect at sequence number `at` (default: now). */
  get(name: string, at = this.seqCounter): EnvEntry | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: EnvEntry | null | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = list[mid] as { seq: number; entry: EnvEntry | null };
      if (item.seq <= at) {
        found = item.entry;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ?? undefined;
  }

  /** Entries in effect at `at`. */
  entries(at = this.seqCounter): EnvEntry[] {
    const out: EnvEntry[] = [];
    for (const name of this.byName.keys()) {
      const e = this.get(name, at);
      if (e) out.push(e);
    }
    return out;
  }
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

interface StepBase {
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

export const AUTO_PLATFORM_ARGS = [
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

/**
 * BuildKit's variable forms with lookup: `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, `${X?e}`,
 * `${X#glob}`, `${X##glob}`, `${X%glob}`, `${X%%glob}`, `${X/glob/rep}`, `${X//glob/rep}` (words expand in
 * turn). A reference whose value is unknown stays as written and marks the result unresolved: unknown, never
 * empty.
 */
export function expandVars(
  text: string,
  lookup: (name: string) => string | undefined | null,
  depth = 0,
): { value: string; unresolved: boolean } {
  let unresolved = false;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const braced = text[i + 1] === '{';
    const nameStart = i + (braced ? 2 : 1);
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(nameStart, nameStart + 256));
    if (!m) {
      out += c;
      i++;
      continue;
    }
    const name = m[0];
    let end = nameStart + name.length;
    let op = '';
    let word = '';
    if (braced) {
      const close = closingBrace(text, end);
      if (close < 0) {
        out += text.slice(i);
        unresolved = true;
        break;
      }
      const inner = text.slice(end, close);
      const mm = /^(:?[-+?]|##?|%%?|\/\/?)([\s\S]*)$/.exec(inner);
      end = close + 1;
      if (mm) {
        op = mm[1] as string;
        word = mm[2] as string;
      } else if (inner !== '') {
        out += text.slice(i, end);
        unresolved = true;
        i = end;
        continue;
      }
    }
    const v = lookup(name);
    const r = applyOp(op, word, v, lookup, depth);
    if (r === undefined) {
      out += text.slice(i, end);
      unresolved = true;
    } else {
      out += r.value;
      if (r.unresolved) unresolved = true;
    }
    i = end;
  }
  return { value: out, unresolved };
}

/** Index of the `}` that closes a `${` whose name ends at `from` (nested `${...}` in words count). */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (ch === '\\') k++;
    else if (ch === '$' && text[k + 1] === '{') {
      depth++;
      k++;
    } else if (ch === '}') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

const MAX_EXPAND_DEPTH = 8;
const MAX_PATTERN_VALUE = 512;
const MAX_PATTERN = 128;

/** The glob as an anchored regular expression; undefined when it is too long or not valid. */
function globRegExp(glob: string): RegExp | undefined {
  if (glob.length > MAX_PATTERN) return undefined;
  try {
    return new RegExp(`^(?:${globSource(glob)})$`);
  } catch {
    return undefined;
  }
}

/** One `${name<op>word}`: undefined when the value cannot be known (the reference stays as written). */
function applyOp(
  op: string,
  word: string,
  v: string | undefined | null,
  lookup: (name: string) => string | undefined | null,
  depth: number,
): { value: string; unresolved: boolean } | undefined {
  const set = v !== undefined;
  const known = v !== undefined && v !== null;
  const nonEmpty = known && v !== '';
  const expandWord = (w: string) =>
    depth >= MAX_EXPAND_DEPTH ? { value: w, unresolved: true } : expandVars(w, lookup, depth + 1);
  switch (op) {
    case '':
    case '?':
    case ':?':
      return known ? { value: v, unresolved: false } : undefined;
    case ':-':
    case '-': {
      const useDefault = op === ':-' ? !nonEmpty : !set;
      if (useDefault) return expandWord(word);
      return known ? { value: v, unresolved: false } : undefined;
    }
    case ':+':
    case '+': {
      if (v === null) return undefined;
      const useAlt = op === ':+' ? nonEmpty : set;
      return useAlt ? expandWord(word) : { value: '', unresolved: false };
    }
    default: {
      // Pattern forms on unknown or very long values (globs backtrack) are unknown.
      if (!known || v.length > MAX_PATTERN_VALUE) return undefined;
      if (op === '/' || op === '//') {
        const slash = patternEnd(word);
        const pat = expandWord(word.slice(0, slash));
        const rep =
          slash < word.length ? expandWord(word.slice(slash + 1)) : { value: '', unresolved: false };
        const re = globRegExp(pat.value);
        if (pat.unresolved || rep.unresolved || !re) return undefined;
        if (pat.value === '') return { value: v, unresolved: false };
        return { value: replaceGlob(v, re, rep.value, op === '//'), unresolved: false };
      }
      const pat = expandWord(word);
      const re = globRegExp(pat.value);
      if (pat.unresolved || !re) return undefined;
      return { value: trimGlob(v, re, op), unresolved: false };
    }
  }
}

/** End of the pattern in `pattern/replacement` (a backslash escapes the slash). */
function patternEnd(word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (word[k] === '\\') k++;
    else if (word[k] === '/') return k;
  }
  return word.length;
}

/** A shell glob (`*`, `?`, `[...]`, backslash escapes) as an anchored-free regular expression source. */
export function globSource(glob: string): string {
  let re = '';
  for (let k = 0; k < glob.length; k++) {
    const ch = glob[k] as string;
    if (ch === '\\' && k + 1 < glob.length) re += escapeRe(glob[++k] as string);
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else if (ch === '[') {
      const close = glob.indexOf(']', k + 2);
      if (close < 0) re += '\\[';
      else {
        const body = glob
          .slice(k + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        k = close;
      }
    } else re += escapeRe(ch);
  }
  return re;
}

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `#`/`##` remove the shortest/longest matching prefix, `%`/`%%` the shortest/longest matching suffix. */
function trimGlob(v: string, re: RegExp, op: string): string {
  if (op === '#' || op === '##') {
    const lens = [...Array(v.length + 1).keys()];
    if (op === '##') lens.reverse();
    for (const n of lens) if (re.test(v.slice(0, n))) return v.slice(n);
    return v;
  }
  const starts = [...Array(v.length + 1).keys()];
  if (op === '%') starts.reverse();
  for (const n of starts) if (re.test(v.slice(n))) return v.slice(0, n);
  return v;
}

/** `${v/glob/rep}`: the first (longest) match replaced; `${v//glob/rep}`: every match. */
function replaceGlob(v: string, re: RegExp, rep: string, all: boolean): string {
  let out = '';
  let k = 0;
  let replaced = false;
  while (k < v.length) {
    let matched = -1;
    if (all || !replaced) {
      for (let n = v.length; n > k; n--) {
        if (re.test(v.slice(k, n))) {
          matched = n;
          break;
        }
      }
    }
    if (matched > k) {
      out += rep;
      k = matched;
      replaced = true;
    } else out += v[k++];
  }
  return out;
}

/** The expanded text, or undefined (unknown) when a reference in it could not be resolved. */
function knownValue(r: { value: string; unresolved: boolean }): string | undefined {
  return r.unresolved ? undefined : r.value;
}

function tok(value: string, range: { start: LspPos; end: LspPos }): Tok {
  return { value, span: toSpan(range) };
}

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

function resolvePath(workdir: string, p: string): string {
  if (p === '') return workdir;
  const trailing = p.endsWith('/') || p.endsWith('/.') || p === '.';
  const abs = posix.resolve('/', workdir, p);
  return trailing && abs !== '/' ? `${abs}/` : abs;
}

function flagTok(f: Flag): Tok | undefined {
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

function ignoreCodes(comment: string): string[] {
  const m = /^#\s*go-container-ci\s+ignore\s*=\s*([A-Za-z0-9_,\s]+)/i.exec(comment.trim());
  if (!m) return [];
  return (m[1] as string)
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
}

/** Builds the model. Never throws: a parser failure becomes a problem and an empty model. */
export function buildModel(text: string, opts: ModelOptions = {}): DockerfileModel {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const problems: string[] = [];
  let df;
  try {
    df = DockerfileParser.parse(text);
  } catch (e) {
    problems.push(`the Dockerfile could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
    return {
      text,
      lines,
      escape: '\\',
      directives: [],
      globalArgs: new Map(),
      stages: [],
      used: new Set(),
      ignores: new Map(),
      problems,
      usesTargetArgs: false,
    };
  }
  const escape = df.getEscapeCharacter() || '\\';
  const directives: Directive[] = df.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    line: d.getRange().start.line + 1,
  }));

  const buildArgs = opts.buildArgs ?? {};
  const firstPlatform = opts.platforms?.[0];
  const autoValues = platformArgValues(firstPlatform);

  // Global scope: automatic platform args, then ARGs before the first FROM.
  const globalArgs = new Map<string, EnvEntry>();
  for (const name of AUTO_PLATFORM_ARGS) {
    const v = autoValues[name];
    globalArgs.set(name, { name, kind: 'auto', stage: -1, ...(v !== undefined ? { value: v } : {}) });
  }
  const instructions = df.getInstructions();
  let k = 0;
  for (; k < instructions.length; k++) {
    const ins = instructions[k] as Instruction;
    const kw = ins.getKeyword();
    if (kw === 'FROM') break;
    if (kw !== 'ARG') continue;
    for (const p of ins.getArguments().length > 0 ? argPairs(ins, escape) : []) {
      const name = p.name.value;
      const passed = buildArgs[name];
      let value: string | undefined;
      if (passed !== undefined) value = passed;
      else if (p.value)
        value = knownValue(
          expandVars(p.value.value, (n) => {
            const e = globalArgs.get(n);
            return e ? (e.value ?? null) : undefined;
          }),
        );
      globalArgs.set(name, {
        name,
        kind: 'arg',
        stage: -1,
        span: p.name.span,
        ...(value !== undefined ? { value } : {}),
      });
    }
  }

  const stages: Stage[] = [];
  let usesTargetArgs = /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b/.test(text);

  const lookupGlobal = (n: string): string | null | undefined => {
    const e = globalArgs.get(n);
    if (!e) return undefined;
    return e.value ?? null;
  };

  const stageByName = (name: string, before: number): number | undefined => {
    const lower = name.toLowerCase();
    for (let s = Math.min(before, stages.length) - 1; s >= 0; s--) {
      if (stages[s]?.name === lower) return s;
    }
    if (/^\d+$/.test(name) && Number(name) < before) return Number(name);
    return undefined;
  };

  // Group instructions by stage.
  const groups: { from: From; body: Instruction[] }[] = [];
  for (; k < instructions.length; k++) {
    const ins = instructions[k] as Instruction;
    if (ins.getKeyword() === 'FROM') groups.push({ from: ins as From, body: [] });
    else groups[groups.length - 1]?.body.push(ins);
  }

  for (const [index, group] of groups.entries()) {
    const from = group.from;
    const fromArgs = from.getArguments();
    const imageArg = fromArgs[0];
    const raw = imageArg?.getValue() ?? '';
    const expanded = expandVars(raw, lookupGlobal);
    const asIdx = fromArgs.findIndex((a) => a.getValue().toLowerCase() === 'as');
    const nameArg = asIdx >= 1 ? fromArgs[asIdx + 1] : undefined;
    const name = nameArg?.getValue().toLowerCase();
    const platformFlag = from.getFlags().find((f) => f.getName() === 'platform');
    const platform = platformFlag ? flagTok(platformFlag) : undefined;
    const parent = expanded.value ? stageByName(expanded.value, index) : undefined;
    const parentStage = parent !== undefined ? stages[parent] : undefined;
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
    const base = parentStage ? parentStage.base : classifyBase(expanded.value);
    const rootImage = parentStage ? parentStage.rootImage : expanded.value;

    const scope = new Scope();
    const deps = new Set<number>();
    let workdir = parentStage?.workdir ?? DEFAULT_WORKDIR;
    let user = parentStage?.user;
    let shell: readonly string[] = parentStage?.shell ?? ['/bin/sh', '-c'];
    let entrypoint = parentStage?.entrypoint;
    let cmd = parentStage?.cmd;
    let healthcheck = parentStage?.healthcheck;
    if (parentStage) {
      deps.add(parentStage.index);
      let copied = 0;
      for (const e of parentStage.scope.entries()) {
        if ((e.kind === 'env' || e.kind === 'goenv') && copied++ < MAX_INHERITED) scope.set(e.name, e);
      }
    }
    const startSeq = scope.seq;
    const lookup = (n: string): string | null | undefined => {
      const e = scope.get(n);
      if (!e) return undefined;
      return e.value ?? null;
    };

    const steps: Step[] = [];
    for (const ins of group.body) {
      const kw = ins.getKeyword();
      const common = {
        span: toSpan(ins.getRange()),
        keywordSpan: toSpan(ins.getInstructionRange()),
        instruction: ins,
      };
      switch (kw) {
        case 'ARG': {
          const pairs = argPairs(ins, escape);
          for (const p of pairs) {
            const n = p.name.value;
            const passed = buildArgs[n];
            const g = globalArgs.get(n);
            let value: string | undefined;
            if (passed !== undefined) value = passed;
            else if (p.value) value = knownValue(expandVars(p.value.value, lookup));
            else if (g) value = g.value;
            const kind: EnvKind = g?.kind === 'auto' && !p.value ? 'auto' : 'arg';
            scope.set(n, {
              name: n,
              kind,
              stage: index,
              span: p.name.span,
              ...(value !== undefined ? { value } : {}),
            });
          }
          steps.push({ ...common, keyword: 'ARG', pairs, at: scope.seq, workdir, ...(user ? { user } : {}) });
          break;
        }
        case 'ENV': {
          const pairs = envPairs(ins);
          for (const p of pairs) {
            const value = p.value ? knownValue(expandVars(p.value.value, lookup)) : '';
            scope.set(p.name.value, {
              name: p.name.value,
              kind: 'env',
              stage: index,
              span: p.name.span,
              ...(value !== undefined ? { value } : {}),
            });
          }
          steps.push({ ...common, keyword: 'ENV', pairs, at: scope.seq, workdir, ...(user ? { user } : {}) });
          break;
        }
        case 'WORKDIR': {
          const a = ins.getArguments();
          const v = expandVars(a.map((x) => x.getValue()).join(' '), lookup).value;
          workdir = resolvePath(workdir, v).replace(/(.)\/$/, '$1');
          steps.push({
            ...common,
            keyword: 'WORKDIR',
            args: a.map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
          });
          break;
        }
        case 'USER': {
          const a = ins.getArguments();
          const first = a[0];
          if (first) user = tok(expandVars(first.getValue(), lookup).value, first.getRange());
          steps.push({
            ...common,
            keyword: 'USER',
            args: a.map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
          });
          break;
        }
        case 'SHELL': {
          const values = parseJsonArray(ins.getRawArgumentsContent() ?? '');
          if (values && values.length > 0) shell = values;
          steps.push({
            ...common,
            keyword: 'SHELL',
            args: [],
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
          });
          break;
        }
        case 'RUN': {
          const run = ins as Run;
          const mounts: Mount[] = [];
          for (const f of run.getFlags()) {
            if (f.getName() !== 'mount') continue;
            const options = new Map<string, string>();
            for (const o of f.getOptions()) options.set(o.getName().toLowerCase(), o.getValue() ?? '');
            if (options.size === 0 && f.getValue()) {
              for (const part of (f.getValue() ?? '').split(',')) {
                const eq = part.indexOf('=');
                options.set(
                  (eq < 0 ? part : part.slice(0, eq)).toLowerCase(),
                  eq < 0 ? '' : part.slice(eq + 1),
                );
              }
            }
            const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
            const m: Mount = {
              type: options.get('type') || 'bind',
              options,
              span: toSpan(f.getRange()),
              ...(target !== undefined ? { target: expandVars(target, lookup).value } : {}),
              ...(options.has('id') ? { id: options.get('id') as string } : {}),
              ...(options.has('from') ? { from: options.get('from') as string } : {}),
              ...(options.has('uid') ? { uid: options.get('uid') as string } : {}),
              ...(options.has('gid') ? { gid: options.get('gid') as string } : {}),
            };
            mounts.push(m);
            if (m.from) {
              const s = stageByName(m.from, index);
              if (s !== undefined) deps.add(s);
            }
          }
          const scripts = runScripts(run, lines, escape);
          steps.push({
            ...common,
            keyword: 'RUN',
            mounts,
            exec: scripts.exec,
            scripts: scripts.scripts,
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
          });
          // `go env -w NAME=value` persists in the GOENV file of the layer.
          for (const script of scripts.scripts) {
            for (const c of script.commands) {
              const w = c.words;
              if (w[0]?.value.endsWith('go') && w[1]?.value === 'env' && w.some((x) => x.value === '-w')) {
                for (const x of w.slice(2)) {
                  const eq = x.value.indexOf('=');
                  if (x.value.startsWith('-') || eq <= 0) continue;
                  const n = x.value.slice(0, eq);
                  if (scope.get(n)?.kind === 'env') continue; // the environment wins over GOENV
                  scope.set(n, {
                    name: n,
                    kind: 'goenv',
                    stage: index,
                    span: script.source.span(x.start, x.end),
                    value: x.value.slice(eq + 1),
                  });
                }
              }
            }
          }
          break;
        }
        case 'COPY':
        case 'ADD': {
          const c = ins as Copy;
          const flags = new Map<string, Tok>();
          for (const f of c.getFlags()) {
            const t = flagTok(f);
            if (t) flags.set(f.getName().toLowerCase(), t);
          }
          const fromTok = flags.get('from');
          const heredoc =
            kw === 'COPY'
              ? c.getHeredocs().length > 0
              : /<<-?["']?[A-Za-z_]/.test(ins.getRawArgumentsContent() ?? '');
          let values: Tok[];
          const json = parseJsonArray(ins.getRawArgumentsContent() ?? '');
          if (json) {
            const strs = (ins as JSONInstruction).getJSONStrings();
            values = json.map((v, i) => tok(v, strs[i]?.getRange() ?? ins.getRange()));
          } else {
            values = c
              .getArguments()
              .filter((a) => !a.getValue().startsWith('<<'))
              .map((a) => tok(a.getValue(), a.getRange()));
            if (heredoc) {
              // Only the first line holds paths; the heredoc body follows.
              const firstLine = ins.getRange().start.line;
              values = values.filter((v) => v.span.start.line === firstLine + 1);
            }
          }
          const dest = values.length >= (heredoc ? 1 : 2) ? values[values.length - 1] : undefined;
          const sources = dest ? values.slice(0, -1) : values;
          let fromStage: number | undefined;
          if (fromTok) {
            const fromValue = expandVars(fromTok.value, lookup).value;
            fromStage = stageByName(fromValue, index);
            if (fromStage !== undefined) deps.add(fromStage);
          }
          const destValue = dest ? expandVars(dest.value, lookup).value : undefined;
          steps.push({
            ...common,
            keyword: kw,
            sources,
            heredoc,
            flags,
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
            ...(fromTok ? { from: fromTok } : {}),
            ...(fromStage !== undefined ? { fromStage } : {}),
            ...(dest ? { dest } : {}),
            ...(destValue !== undefined ? { destAbs: resolvePath(workdir, destValue) } : {}),
            ...(flags.get('chmod') ? { chmod: flags.get('chmod') as Tok } : {}),
          });
          break;
        }
        case 'ENTRYPOINT':
        case 'CMD':
        case 'HEALTHCHECK': {
          const spec = execSpec(ins, kw, lines, escape, {
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
            ...common,
          });
          if (kw === 'ENTRYPOINT') {
            entrypoint = spec;
            // ENTRYPOINT resets a CMD inherited from the base.
            if (cmd && !steps.some((s) => s.keyword === 'CMD')) cmd = undefined;
          } else if (kw === 'CMD') cmd = spec;
          else healthcheck = spec.form === 'none' ? undefined : spec;
          steps.push(spec);
          break;
        }
        default: {
          const known = ['LABEL', 'EXPOSE', 'VOLUME', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER'];
          steps.push({
            ...common,
            keyword: (known.includes(kw) ? kw : 'OTHER') as OtherStep['keyword'],
            args: ins.getArguments().map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...(user ? { user } : {}),
          });
        }
      }
    }
    stages.push({
      index,
      ...(name ? { name } : {}),
      from: fromInfo,
      base,
      rootImage,
      steps,
      scope,
      startSeq,
      deps,
      workdir,
      shell,
      ...(user ? { user } : {}),
      ...(entrypoint ? { entrypoint } : {}),
      ...(cmd ? { cmd } : {}),
      ...(healthcheck ? { healthcheck } : {}),
    });
  }

  let target: Stage | undefined = stages[stages.length - 1];
  if (opts.target) {
    const t = stages.find((s) => s.name === opts.target?.toLowerCase());
    if (t) target = t;
    else problems.push(`target stage '${opts.target}' is not defined in the Dockerfile`);
  }
  const used = new Set<number>();
  const todo = target ? [target.index] : [];
  while (todo.length > 0) {
    const s = todo.pop() as number;
    if (used.has(s)) continue;
    used.add(s);
    for (const d of stages[s]?.deps ?? []) todo.push(d);
  }
  if (!usesTargetArgs) usesTargetArgs = (opts.platforms?.length ?? 0) > 1;

  // Inline ignores: comment lines directly above an instruction.
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

  return {
    text,
    lines,
    escape,
    directives,
    globalArgs,
    stages,
    ...(target ? { target } : {}),
    used,
    ignores,
    problems,
    usesTargetArgs,
  };
}

/** NAME[=value] pairs of an ARG; `ARG A B` declares two names (dockerfile-ast reads it as `A` = `B`). */
function argPairs(ins: Instruction, _escape: string): { name: Tok; value?: Tok }[] {
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

/** The position of a Dockerfile line start (1-based line). */
export function lineStart(line: number): Pos {
  return { line, column: 1 };
}

export { toPos };
