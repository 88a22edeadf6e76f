/**
 * Facts the rules share, computed once per Dockerfile: every `go` invocation with the environment it sees
 * (inline assignments, `export` earlier in the same RUN, ARG/ENV, `go env -w`), its build flags and output,
 * the final image's stage chain, and which builds are shipped into the final image via COPY --from.
 */
import { selectProgram, type GoImportScan, type ProgramSelection } from './goimports.js';
import { posix } from 'node:path';
import type { Libc } from './base.js';
import {
  ancestors,
  expandVars,
  type CopyStep,
  type DockerfileModel,
  type RunStep,
  type Stage,
  type Step,
} from './model.js';
import {
  programName,
  splitAssignment,
  unwrapCommand,
  type ShellCommand,
  type ShellScript,
  type Word,
} from './shell.js';
import type { Span } from './text.js';

export interface EnvValue {
  /** The value (undefined: set but unknown at lint time, or not set). */
  readonly value?: string;
  readonly set: boolean;
  readonly source: 'inline' | 'export' | 'arg' | 'env' | 'auto' | 'goenv' | 'unset';
  /** Where it was set. */
  readonly span?: Span;
  /** The value as written, before substitution. */
  readonly raw?: string;
}

/** A `go` command in a RUN. */
export interface GoCall {
  readonly stage: Stage;
  readonly step: RunStep;
  readonly script: ShellScript;
  readonly cmd: ShellCommand;
  readonly goWord: Word;
  /** build, install, run, mod, env, get, test, generate, ... */
  readonly sub: string;
  readonly subWord?: Word;
  /** Words after the subcommand. */
  readonly args: readonly Word[];
  readonly flags: GoFlags;
  /** The environment this command sees. */
  env(name: string): EnvValue;
  /** Absolute output path for build/install (`-o` or GOBIN), undefined when it depends on the package. */
  readonly output?: string;
  /** The output names a directory (go install, `-o dir/`). */
  readonly outputIsDir: boolean;
}

export interface GoFlag {
  readonly name: string;
  readonly value: string;
  /** The word holding the flag (its name); undefined when it comes from GOFLAGS. */
  readonly word?: Word;
  /** The word holding the value, if separate. */
  readonly valueWord?: Word;
}

export interface GoFlags {
  readonly byName: ReadonlyMap<string, GoFlag>;
  readonly packages: readonly Word[];
}

const BOOL_FLAGS = new Set([
  'a',
  'n',
  'race',
  'msan',
  'asan',
  'v',
  'work',
  'x',
  'trimpath',
  'linkshared',
  'cover',
  'modcacherw',
  'json',
  'i',
  'u',
  'd',
  't',
  'x',
  'w',
]);

function parseGoFlags(words: readonly Word[]): GoFlags {
  const byName = new Map<string, GoFlag>();
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] as Word;
    const v = w.value;
    if (v === '--') {
      i++;
      break;
    }
    if (!v.startsWith('-') || v === '-') break;
    const body = v.replace(/^--?/, '');
    const eq = body.indexOf('=');
    if (eq >= 0) {
      byName.set(body.slice(0, eq), { name: body.slice(0, eq), value: body.slice(eq + 1), word: w });
    } else if (BOOL_FLAGS.has(body)) {
      byName.set(body, { name: body, value: 'true', word: w });
    } else {
      const next = words[i + 1];
      if (next) {
        byName.set(body, { name: body, value: next.value, word: w, valueWord: next });
        i++;
      } else byName.set(body, { name: body, value: '', word: w });
    }
  }
  return { byName, packages: words.slice(i) };
}

/** GOFLAGS text split into flags (space separated, no quoting). */
export function parseGoFlagsEnv(goflags: string): Map<string, GoFlag> {
  const out = new Map<string, GoFlag>();
  for (const part of goflags.split(/\s+/)) {
    if (!part.startsWith('-')) continue;
    const body = part.replace(/^--?/, '');
    const eq = body.indexOf('=');
    if (eq >= 0) out.set(body.slice(0, eq), { name: body.slice(0, eq), value: body.slice(eq + 1) });
    else out.set(body, { name: body, value: 'true' });
  }
  return out;
}

export interface Analysis {
  readonly model: DockerfileModel;
  readonly goCalls: readonly GoCall[];
  /** The target stage and its FROM-parents, root first. */
  readonly finalChain: readonly Stage[];
  /** Steps of the final image in order (root stage first). */
  readonly finalSteps: readonly Step[];
  /** Builds whose output lands in the final image, with the COPY that carries it (if any). */
  readonly shipped: readonly { call: GoCall; copy?: CopyStep }[];
  /** Stage indices whose commands are in the final image's file system. */
  readonly finalStages: ReadonlySet<number>;
}

/** Environment resolution inside one script: inline > export in the same script > ARG/ENV > go env -w. */
function scriptEnv(stage: Stage, step: RunStep, script: ShellScript): ((name: string) => EnvValue)[] {
  const exported = new Map<string, EnvValue>();
  const out: ((name: string) => EnvValue)[] = [];
  const stageLookup = (name: string): EnvValue => {
    const e = stage.scope.get(name, step.at);
    if (!e) return { set: false, source: 'unset' };
    return {
      set: true,
      source: e.kind,
      ...(e.value !== undefined ? { value: e.value } : {}),
      ...(e.span ? { span: e.span } : {}),
    };
  };
  const lookupBefore = (name: string): EnvValue => exported.get(name) ?? stageLookup(name);
  const valueOf = (raw: string): string | undefined => {
    const r = expandVars(raw, (n) => {
      const v = lookupBefore(n);
      if (!v.set) return undefined;
      return v.value ?? null;
    });
    return r.unresolved ? undefined : r.value;
  };
  /** `NAME=value` set inline or by export: its value expanded, and where it is written. */
  const assigned = (source: 'inline' | 'export', raw: string, w: Word): EnvValue => {
    const value = valueOf(raw);
    return {
      set: true,
      source,
      raw,
      span: script.source.span(w.start, w.end),
      ...(value !== undefined ? { value } : {}),
    };
  };
  for (const cmd of script.commands) {
    const { assignments, words } = unwrapCommand(cmd);
    const inline = new Map<string, EnvValue>();
    for (const a of assignments) {
      const kv = splitAssignment(a);
      if (kv) inline.set(kv.name, assigned('inline', kv.value, a));
    }
    const snapshot = new Map(exported);
    out.push((name) => inline.get(name) ?? snapshot.get(name) ?? stageLookup(name));
    const prog = programName({ ...cmd, words });
    if (words.length === 0) {
      // NAME=value alone changes the variable; it reaches child processes when already exported.
      for (const [name, v] of inline) if (exported.has(name) || stageLookup(name).set) exported.set(name, v);
    } else if (prog === 'export' || prog === 'declare' || prog === 'typeset') {
      for (const w of words.slice(1)) {
        if (w.value.startsWith('-')) continue;
        const kv = splitAssignment(w);
        if (kv) exported.set(kv.name, assigned('export', kv.value, w));
      }
    } else if (prog === 'unset') {
      for (const w of words.slice(1))
        if (!w.value.startsWith('-')) exported.set(w.value, { set: false, source: 'unset' });
    }
  }
  return out;
}

function isGo(word: Word | undefined): boolean {
  if (!word) return false;
  const v = word.value;
  return v === 'go' || /\/go$/.test(v) || /^go1\.\d+(\.\d+)?$/.test(v) || isXxGo(word);
}

/** tonistiigi/xx's go wrapper: `xx-go build` is a go build for $TARGETPLATFORM. */
function isXxGo(word: Word | undefined): boolean {
  return word !== undefined && /(^|\/)xx-go$/.test(word.value);
}

/** Variables xx-go sets from $TARGETPLATFORM for the go command it runs. */
const XX_TARGET_VARS: Readonly<Record<string, string>> = {
  GOOS: '$TARGETOS',
  GOARCH: '$TARGETARCH',
  GOARM: '$TARGETVARIANT',
};

/**
 * Stages (by index) in which `xx-go --wrap` ran before a step: from then on `go` is xx-go for the rest of
 * that RUN and for the later RUNs of the stage and of stages built FROM it.
 */
function xxWrapped(model: DockerfileModel): Map<number, RunStep> {
  const out = new Map<number, RunStep>();
  for (const stage of model.stages) {
    const parent = stage.from.parent !== undefined ? out.get(stage.from.parent) : undefined;
    if (parent) out.set(stage.index, parent);
    for (const step of stage.steps) {
      if (step.keyword !== 'RUN' || out.has(stage.index)) continue;
      for (const script of step.scripts)
        for (const cmd of script.commands) {
          const { words } = unwrapCommand(cmd);
          if (isXxGo(words[0]) && words[1]?.value === '--wrap') out.set(stage.index, step);
        }
    }
  }
  return out;
}

/** The environment of a go command run through xx-go: GOOS/GOARCH/GOARM from the target platform. */
function xxEnv(env: (n: string) => EnvValue): (n: string) => EnvValue {
  return (name) => {
    const v = env(name);
    const target = XX_TARGET_VARS[name];
    if (!target || (v.set && v.source === 'inline')) return v;
    return { set: true, source: 'env', raw: `${target} (xx-go)` };
  };
}

function stepBefore(stage: Stage, a: RunStep, b: RunStep): boolean {
  return stage.steps.indexOf(a) <= stage.steps.indexOf(b);
}

function goPath(env: (n: string) => EnvValue): string {
  return env('GOPATH').value?.split(':')[0] || '/go';
}

export function analyze(model: DockerfileModel): Analysis {
  const goCalls: GoCall[] = [];
  const wrapped = xxWrapped(model);
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      if (step.keyword !== 'RUN') continue;
      for (const script of step.scripts) {
        const envs = scriptEnv(stage, step, script);
        script.commands.forEach((cmd, ci) => {
          const { words } = unwrapCommand(cmd);
          const goWord = words[0];
          if (!isGo(goWord) || !goWord) return;
          if (isXxGo(goWord) && words[1]?.value === '--wrap') return;
          const wrapStep = wrapped.get(stage.index);
          const xx =
            isXxGo(goWord) ||
            (wrapStep !== undefined &&
              (!stage.steps.includes(wrapStep) || stepBefore(stage, wrapStep, step)));
          const plainEnv = envs[ci] as (n: string) => EnvValue;
          const env = xx ? xxEnv(plainEnv) : plainEnv;
          // Skip global flags before the subcommand (rare): `go -C dir build`.
          let k = 1;
          while (words[k]?.value.startsWith('-')) k += words[k]?.value.includes('=') ? 1 : 2;
          const subWord = words[k];
          const sub = subWord?.value ?? '';
          const args = words.slice(k + 1);
          const flags = parseGoFlags(args);
          let output: string | undefined;
          let outputIsDir = false;
          if (sub === 'build') {
            const o = flags.byName.get('o');
            if (o) {
              const r = expandVars(o.value, (n) => {
                const v = env(n);
                return v.set ? (v.value ?? null) : undefined;
              });
              if (!r.unresolved) {
                output = posix.resolve(step.workdir, r.value);
                outputIsDir = o.value.endsWith('/');
              }
            }
          } else if (sub === 'install') {
            const gobin = env('GOBIN');
            output = gobin.set && gobin.value ? gobin.value : `${goPath(env)}/bin`;
            outputIsDir = true;
          }
          goCalls.push({
            stage,
            step,
            script,
            cmd,
            goWord,
            sub,
            ...(subWord ? { subWord } : {}),
            args,
            flags,
            env,
            ...(output !== undefined ? { output } : {}),
            outputIsDir,
          });
        });
      }
    }
  }

  const finalChain = [...ancestors(model.stages, model.target)].reverse();
  const finalSteps = finalChain.flatMap((s) => s.steps);
  const finalStages = new Set(finalChain.map((s) => s.index));

  // Builds carried into the final image.
  const shipped: { call: GoCall; copy?: CopyStep }[] = [];
  const seen = new Set<GoCall>();
  const addShipped = (call: GoCall, copy?: CopyStep) => {
    if (seen.has(call)) return;
    seen.add(call);
    shipped.push(copy ? { call, copy } : { call });
  };
  const buildsOf = (stageIndex: number): GoCall[] => {
    const chain = new Set([...ancestors(model.stages, model.stages[stageIndex])].map((s) => s.index));
    return goCalls.filter((c) => chain.has(c.stage.index) && (c.sub === 'build' || c.sub === 'install'));
  };
  for (const call of goCalls) {
    if (finalStages.has(call.stage.index) && (call.sub === 'build' || call.sub === 'install'))
      addShipped(call);
  }
  const visitCopies = (steps: readonly Step[], depth: number) => {
    for (const step of steps) {
      if ((step.keyword !== 'COPY' && step.keyword !== 'ADD') || step.fromStage === undefined) continue;
      const builds = buildsOf(step.fromStage);
      const sources = step.sources.map((s) => posix.resolve('/', s.value));
      const matched = builds.filter(
        (b) =>
          b.output !== undefined &&
          sources.some(
            (src) =>
              src === b.output ||
              src === '/' ||
              b.output?.startsWith(`${src}/`) ||
              (b.outputIsDir && src.startsWith(`${b.output}/`)),
          ),
      );
      const candidates = matched.length > 0 ? matched : builds.filter((b) => b.output === undefined);
      for (const b of candidates) addShipped(b, step);
      if (builds.length === 0 && depth < 4) {
        const src = model.stages[step.fromStage];
        if (src) visitCopies(src.steps, depth + 1);
      }
    }
  };
  visitCopies(finalSteps, 0);
  return { model, goCalls, finalChain, finalSteps, shipped, finalStages };
}

/** Packages whose installation provides a C compiler. */
const CC_PACKAGES = /^(gcc|build-base|build-essential|clang|musl-gcc|g\+\+|gcc-[\w.-]+|clang-\d+)(=.*)?$/;

/** Whether a C compiler exists in the stage when the call runs (base image or installed before). */
/** Per stage: the index of its first RUN step that installs a C compiler, and each step's index. Cached. */
const compilerSteps = new WeakMap<Stage, { first: number; index: Map<Stage['steps'][number], number> }>();
function compilerStepsOf(s: Stage) {
  const hit = compilerSteps.get(s);
  if (hit) return hit;
  let first = Infinity;
  const index = new Map<Stage['steps'][number], number>();
  s.steps.forEach((step, i) => {
    index.set(step, i);
    if (first !== Infinity || step.keyword !== 'RUN') return;
    for (const script of step.scripts)
      for (const c of script.commands) {
        const pm = packageInstall(c);
        if (pm && pm.packages.some((p) => CC_PACKAGES.test(p.value))) first = i;
      }
  });
  const info = { first, index };
  compilerSteps.set(s, info);
  return info;
}

/**
 * Whether a C compiler is there at the go call: installed by a RUN step of a parent stage, or of this stage
 * up to the call, else what the base image brings. Linear overall (each stage is scanned once).
 */
function hasCompiler(call: GoCall, model: DockerfileModel): boolean | undefined {
  for (const s of ancestors(model.stages, call.stage)) {
    const { first, index } = compilerStepsOf(s);
    const upTo = s === call.stage ? (index.get(call.step) ?? Infinity) : Infinity;
    if (first <= upTo && first !== Infinity) return true;
  }
  return call.stage.base.cc;
}

export interface PackageInstall {
  readonly manager: 'apk' | 'apt' | 'yum';
  readonly packages: readonly Word[];
  readonly options: readonly Word[];
  readonly verb: Word;
}

/** `apk add ...`, `apt-get install ...`, `apt install`, `yum/dnf/microdnf install`. */
export function packageInstall(cmd: ShellCommand): PackageInstall | undefined {
  const { words } = unwrapCommand(cmd);
  const prog = programName({ ...cmd, words });
  const rest = words.slice(1);
  const verbIndex = rest.findIndex((w) => !w.value.startsWith('-'));
  const verb = rest[verbIndex];
  if (!verb) return undefined;
  let manager: PackageInstall['manager'] | undefined;
  // tonistiigi/xx: xx-apk/xx-apt install the target platform's packages (C cross toolchain, libraries).
  if ((prog === 'apk' || prog === 'xx-apk') && verb.value === 'add') manager = 'apk';
  else if (['apt-get', 'apt', 'xx-apt', 'xx-apt-get'].includes(prog) && verb.value === 'install')
    manager = 'apt';
  else if (['yum', 'dnf', 'microdnf'].includes(prog) && verb.value === 'install') manager = 'yum';
  if (!manager) return undefined;
  const after = rest.slice(verbIndex + 1);
  const options = [...rest.slice(0, verbIndex), ...after.filter((w) => w.value.startsWith('-'))];
  const valued = new Set(['-t', '--virtual', '-X', '--repository', '-o', '--option', '--target-release']);
  const packages: Word[] = [];
  for (let i = 0; i < after.length; i++) {
    const w = after[i] as Word;
    if (w.value.startsWith('-')) {
      if (valued.has(w.value)) i++;
      continue;
    }
    packages.push(w);
  }
  return { manager, packages, options, verb };
}

export interface CgoState {
  /** true / false, or undefined when unknown (value from a build arg). */
  readonly enabled: boolean | undefined;
  readonly explicit: boolean;
  readonly why: string;
  readonly span?: Span;
}

export function cgoState(call: GoCall, model: DockerfileModel): CgoState {
  const v = call.env('CGO_ENABLED');
  if (v.set) {
    if (v.value === '0')
      return { enabled: false, explicit: true, why: 'CGO_ENABLED=0', ...(v.span ? { span: v.span } : {}) };
    if (v.value === '1')
      return { enabled: true, explicit: true, why: 'CGO_ENABLED=1', ...(v.span ? { span: v.span } : {}) };
    if (v.value === undefined || v.value === '') {
      if (v.value === '' && v.source !== 'arg' && v.source !== 'auto') {
        // An empty CGO_ENABLED means the default.
      } else return { enabled: undefined, explicit: true, why: 'CGO_ENABLED is set at build time' };
    } else return { enabled: undefined, explicit: true, why: `CGO_ENABLED=${v.value}` };
  }
  const goarch = call.env('GOARCH');
  const goos = call.env('GOOS');
  if (
    (goarch.set && goarch.source !== 'unset' && !/TARGETARCH|BUILDARCH/.test(goarch.raw ?? '')) ||
    (goos.set && goos.value && goos.value !== 'linux')
  ) {
    // A fixed GOARCH may be a cross build, where cgo is off by default.
    return {
      enabled: undefined,
      explicit: false,
      why: 'GOARCH is set (cgo is off by default when cross-compiling)',
    };
  }
  const cc = hasCompiler(call, model);
  if (cc === true)
    return {
      enabled: true,
      explicit: false,
      why: `cgo is on by default in ${call.stage.base.label}, which has a C compiler`,
    };
  if (cc === false)
    return { enabled: false, explicit: false, why: `no C compiler in ${call.stage.base.label}` };
  return { enabled: undefined, explicit: false, why: 'unknown builder image' };
}

/** The binary is linked statically although cgo is on (`-extldflags -static`, or netgo+osusergo without cgo use). */
export function linkedStatically(call: GoCall, cgo: CgoState): boolean {
  const ld = ldflagsOf(call);
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(ld) || /-extldflags=?-static/.test(ld)) return true;
  const tags = tagsOf(call);
  return !cgo.explicit && tags.includes('netgo') && tags.includes('osusergo');
}

export function ldflagsOf(call: GoCall): string {
  const parts: string[] = [];
  const goflags = call.env('GOFLAGS').value;
  if (goflags) {
    const f = parseGoFlagsEnv(goflags).get('ldflags');
    if (f) parts.push(f.value);
  }
  const own = call.flags.byName.get('ldflags');
  if (own) parts.push(own.value);
  return parts.join(' ');
}

export function tagsOf(call: GoCall): string[] {
  const out: string[] = [];
  const goflags = call.env('GOFLAGS').value;
  const all = [
    goflags ? parseGoFlagsEnv(goflags).get('tags')?.value : undefined,
    call.flags.byName.get('tags')?.value,
  ];
  for (const t of all) if (t) out.push(...t.split(/[,\s]+/).filter(Boolean));
  return out;
}

/** A flag set on the command line or through GOFLAGS. */
export function goFlag(call: GoCall, name: string): GoFlag | undefined {
  const own = call.flags.byName.get(name);
  if (own) return own;
  const goflags = call.env('GOFLAGS').value;
  return goflags ? parseGoFlagsEnv(goflags).get(name) : undefined;
}

export function libcLabel(l: Libc | undefined): string {
  return l === 'none'
    ? 'no C library'
    : l === 'glibc'
      ? 'glibc'
      : l === 'musl'
        ? 'musl'
        : 'an unknown C library';
}

/**
 * The final stage is an export of files (`--output`), not a program: it is rooted in scratch and has no
 * ENTRYPOINT/CMD, so nothing runs in it.
 */
export function isExportStage(a: Analysis): boolean {
  const t = a.model.target;
  return t !== undefined && !t.entrypoint && !t.cmd && t.base.empty;
}

/** The build's directory relative to the build context, when a stage copied the whole context above it. */
function contextRelativeDir(call: GoCall): string | undefined {
  const workdir = call.step.workdir.endsWith('/') ? call.step.workdir : `${call.step.workdir}/`;
  let dir: string | undefined;
  for (const step of call.stage.steps) {
    if (step === call.step) break;
    if ((step.keyword === 'COPY' || step.keyword === 'ADD') && wholeContext(step) && step.destAbs) {
      const dest = step.destAbs.endsWith('/') ? step.destAbs : `${step.destAbs}/`;
      if (workdir.startsWith(dest)) dir = workdir.slice(dest.length).replace(/\/$/, '');
    }
  }
  // `cd sub && go build` in the same RUN.
  const cd = call.script.commands.find(
    (c) =>
      c.words[0]?.value === 'cd' &&
      c.words[1] !== undefined &&
      c.words[0].start < (call.cmd.words[0]?.start ?? 0),
  );
  if (dir !== undefined && cd) {
    const sub = cd.words[1]?.value ?? '';
    if (sub.startsWith('/')) {
      return undefined;
    }
    dir = [dir, sub.replace(/^\.\/?/, '').replace(/\/$/, '')].filter((x) => x !== '').join('/');
  }
  return dir;
}

/** COPY/ADD of the whole build context into a directory (`COPY . .`, `COPY ./ /src/`, `COPY * ./`). */
export function wholeContext(step: CopyStep): boolean {
  return (
    step.fromStage === undefined &&
    !step.from &&
    step.sources.some((s) => ['.', './', '*', './*'].includes(s.value))
  );
}

/** The imports of the program a go build/install makes, from the context's import scan (undefined: unknown). */
export function callProgram(call: GoCall, scan: GoImportScan | undefined): ProgramSelection | undefined {
  if (!scan) return undefined;
  return selectProgram(
    scan,
    call.flags.packages.map((w) => w.value),
    contextRelativeDir(call),
  );
}
