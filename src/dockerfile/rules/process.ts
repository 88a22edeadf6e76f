/** GC1xx: the process model and environment of the running container. */
import { posix } from 'node:path';
import { programName, unwrapCommand, type ShellScript, type Word } from '../shell.js';
import { PREDEFINED_ARGS, type ExecSpec, type Stage, type Step, type Tok } from '../model.js';
import { wholeContext } from '../analysis.js';
import { isRootUser, privilegeDrop } from '../privileges.js';
import type { Span } from '../text.js';
import { finalFs, notExecutable, pathState, type FinalFs } from './fs.js';
import type { Rule, RuleContext } from './types.js';

function execName(spec: ExecSpec): string {
  return spec.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : spec.keyword;
}

/** The program a spec runs and where it is written. */
function specProgram(spec: ExecSpec): { value: string; span: Span; word?: Word } | undefined {
  if (spec.form === 'exec') {
    const first = spec.argv[0];
    return first ? { value: first.value, span: first.span } : undefined;
  }
  const script = spec.script;
  const cmd = script?.commands.find((c) => c.words.length > 0);
  if (!script || !cmd) return undefined;
  const { words } = unwrapCommand(cmd);
  const w = words[0];
  return w ? { value: w.value, span: script.source.span(w.start, w.end), word: w } : undefined;
}

/** ENTRYPOINT and CMD as the container runs them: ENTRYPOINT wins; CMD alone otherwise. */
function runtimeSpecs(stage: Stage): ExecSpec[] {
  return [stage.entrypoint, stage.cmd].filter((s): s is ExecSpec => s !== undefined && s.form !== 'none');
}

export const GC101: Rule = {
  code: 'GC101',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const ep = t.entrypoint;
    const cmd = t.cmd;
    const noShell = t.base.shell === false && !finalFs(ctx.analysis).files.has('/bin/sh');
    for (const spec of [ep, cmd]) {
      if (!spec || spec.form !== 'shell') continue;
      if (spec === cmd && ep && ep.form === 'shell') continue; // ignored by a shell-form ENTRYPOINT
      const startsWithExec = /^exec\s/.test(spec.text);
      if (noShell) {
        ctx.report({
          at: spec.keywordSpan,
          severity: 'error',
          message: `${spec.keyword} in shell form runs "/bin/sh -c ${short(spec.text)}", but the final image ${t.rootImage} (${t.base.label}) has no /bin/sh: the container fails to start with exec: "/bin/sh": no such file or directory`,
        });
      } else if (spec === cmd && ep && ep.form === 'exec') {
        ctx.report({
          at: spec.keywordSpan,
          message: `CMD in shell form after an exec-form ENTRYPOINT passes "/bin/sh", "-c", "${short(spec.text)}" as arguments to ${ep.argv[0]?.value ?? 'the ENTRYPOINT'}`,
        });
      } else if (!startsWithExec) {
        ctx.report({
          at: spec.keywordSpan,
          message: `${spec.keyword} in shell form: PID 1 is /bin/sh -c "${short(spec.text)}", so SIGTERM from docker stop does not reach the Go program`,
        });
      }
    }
  },
};

function short(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function isGoProgram(v: string): boolean {
  return v === 'go' || v.endsWith('/go') || /^go1\.\d+/.test(v);
}

export const GC102: Rule = {
  code: 'GC102',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    for (const spec of runtimeSpecs(t)) {
      const p = specProgram(spec);
      if (p && isGoProgram(p.value)) {
        const sub = spec.form === 'exec' ? spec.argv[1]?.value : undefined;
        ctx.report({
          at: p.span,
          message: `${execName(spec)} runs the go command${sub ? ` (go ${sub})` : ''}: the program is compiled at every container start and the toolchain ships in the image`,
        });
        return;
      }
    }
  },
};

export const GC103: Rule = {
  code: 'GC103',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    if (t.base.go) {
      const root = ctx.analysis.finalChain[0] ?? t;
      const product = toolchainProduct(ctx);
      ctx.report({
        at: root.from.imageSpan,
        ...(product ? { severity: 'info' as const } : {}),
        message: product
          ? `the final image is the Go toolchain image ${t.rootImage}: ${product}; no sources are copied into it`
          : `the final image is built on the Go toolchain image ${t.rootImage} and builds the program there: compiler, module cache and sources ship with the program`,
      });
      return;
    }
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword !== 'RUN') continue;
      for (const script of step.scripts)
        for (const c of script.commands) {
          const words = unwrapCommand(c).words;
          const prog = programName({ ...c, words });
          if (!['apk', 'apt-get', 'apt', 'yum', 'dnf'].includes(prog)) continue;
          const pkg = words.find((w) => /^(go|golang|golang-go)(=.*)?$/.test(w.value));
          if (pkg) {
            ctx.report({
              at: script.source.span(pkg.start, pkg.end),
              message: `the final image installs the Go toolchain (${pkg.value}): compile in a builder stage instead`,
            });
            return;
          }
        }
    }
  },
};

/**
 * Why the toolchain is the product of a final image on a golang base, or undefined when the image compiles
 * its own sources there: an ENTRYPOINT/CMD that runs `go`, no program at all (a builder image), or only
 * files copied from other stages or the context without any source tree or build.
 */
function toolchainProduct(ctx: RuleContext): string | undefined {
  const t = ctx.model.target;
  if (!t) return undefined;
  const finalStages = ctx.analysis.finalStages;
  const builds = ctx.analysis.goCalls.some(
    (c) => finalStages.has(c.stage.index) && ['build', 'install', 'run'].includes(c.sub),
  );
  const sources = ctx.analysis.finalSteps.some(
    (s) =>
      (s.keyword === 'COPY' || s.keyword === 'ADD') &&
      (wholeContext(s) || s.sources.some((x) => /\.go$|(^|\/)go\.mod$/.test(x.value))),
  );
  const program = [t.entrypoint, t.cmd]
    .map((spec) => (spec?.form === 'exec' ? spec.argv[0]?.value : spec?.text.trim().split(/\s+/)[0]))
    .find((p) => p !== undefined && p !== '');
  if (builds || sources) return undefined;
  if (program !== undefined && /(^|\/)go$/.test(program))
    return 'its ENTRYPOINT/CMD runs go, so the toolchain is what the image is for';
  if (program === undefined)
    return 'a builder image (no ENTRYPOINT/CMD of its own), so the toolchain is its product';
  return `what ships is the toolchain (hundreds of MB) and ${program}, copied in as a binary; unless ${program} runs go, a small base is enough`;
}

const INIT_FILE =
  /(^|\/)(\.bashrc|\.bash_profile|\.profile|\.zshrc|\.zprofile)$|^\/etc\/(profile|profile\.d\/.*|environment|bash\.bashrc)$/;

/** Lines for interactive shells only (aliases, prompt, completion): not environment a program needs. */
const INTERACTIVE_ONLY =
  /^\s*['"]?\s*(alias|unalias|complete|bind|shopt|PS1=|PROMPT_COMMAND=|set -o (vi|emacs))/;

export const GC104: Rule = {
  code: 'GC104',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== 'RUN') continue;
        for (const script of step.scripts) {
          const cmds = script.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0);
          cmds.forEach((c, i) => {
            const words = unwrapCommand(c).words;
            const prog = programName({ ...c, words });
            if (prog === 'export') {
              const later = cmds.slice(i + 1).some((n) => {
                const p = programName({ ...n, words: unwrapCommand(n).words });
                return p !== 'export' && p !== '' && p !== 'true';
              });
              if (!later) {
                const vars = words.slice(1).filter((w) => !w.value.startsWith('-'));
                const names = vars.map((w) => w.value.split('=')[0]).join(', ');
                const first = words[0] as Word;
                ctx.report({
                  at: script.source.span(first.start, first.end),
                  message: `export ${names} in RUN ends with this RUN: later instructions and the running container do not see it; use ENV`,
                });
              }
            }
            const interactiveOnly =
              (prog === 'echo' || prog === 'printf') &&
              INTERACTIVE_ONLY.test(
                words
                  .slice(1)
                  .map((w) => w.value)
                  .join(' '),
              );
            for (const r of c.redirects) {
              if (
                !interactiveOnly &&
                (r.op === '>' || r.op === '>>') &&
                r.target &&
                INIT_FILE.test(expandHome(r.target.value))
              ) {
                ctx.report({
                  at: script.source.span(r.target.start, r.target.end),
                  message: `writes environment to ${r.target.value}: an exec-form ENTRYPOINT and later RUNs do not read shell init files; use ENV`,
                });
              }
            }
            if (prog === 'tee') {
              for (const w of words.slice(1)) {
                if (!w.value.startsWith('-') && INIT_FILE.test(expandHome(w.value))) {
                  ctx.report({
                    at: script.source.span(w.start, w.end),
                    message: `writes environment to ${w.value}: an exec-form ENTRYPOINT and later RUNs do not read shell init files; use ENV`,
                  });
                }
              }
            }
          });
        }
      }
    }
  },
};

function expandHome(p: string): string {
  return p.replace(/^(~|\$HOME|\$\{HOME\})\//, '/root/');
}

/** Keys whose `go env -w` is a proxy/checksum setting (GC309); the others are GC105. */
export const PROXY_KEYS = new Set([
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GONOSUMCHECK',
]);

/** Each `go env -w` command with its NAME=value words. */
export function goEnvWrites(ctx: RuleContext): { script: ShellScript; go: Word; pairs: Word[] }[] {
  const out: { script: ShellScript; go: Word; pairs: Word[] }[] = [];
  for (const call of ctx.analysis.goCalls) {
    if (call.sub !== 'env' || !call.args.some((w) => w.value === '-w')) continue;
    out.push({
      script: call.script,
      go: call.goWord,
      pairs: call.args.filter((w) => !w.value.startsWith('-') && w.value.includes('=')),
    });
  }
  return out;
}

export const GC105: Rule = {
  code: 'GC105',
  check(ctx) {
    for (const w of goEnvWrites(ctx)) {
      const other = w.pairs.find((p) => !PROXY_KEYS.has(p.value.split('=')[0] ?? ''));
      if (other) {
        ctx.report({
          at: w.script.source.span(other.start, other.end),
          message: `go env -w ${other.value} writes the GOENV file of this layer: later layers inherit it invisibly; use ENV ${other.value}`,
        });
      }
    }
  },
};

/** Variables referenced by a step (outside single quotes), with their spans. */
function stepVarRefs(step: Step): { name: string; span: Span }[] {
  if (step.keyword === 'RUN') {
    if (step.exec) return [];
    const out: { name: string; span: Span }[] = [];
    for (const script of step.scripts) {
      const local = new Set<string>();
      for (const c of script.commands) {
        for (const a of c.assignments) local.add(a.value.split('=')[0] ?? '');
        const words = c.words;
        const prog = programName(c);
        if (prog === 'for' && words[1]) local.add(words[1].value);
        if (prog === 'read') for (const w of words.slice(1)) if (!w.value.startsWith('-')) local.add(w.value);
        if (prog === 'export' || prog === 'local' || prog === 'declare')
          for (const w of words.slice(1)) local.add(w.value.split('=')[0] ?? '');
        const all = [...c.assignments, ...words, ...c.redirects.flatMap((r) => (r.target ? [r.target] : []))];
        for (const w of all) {
          for (const v of w.vars) {
            if (!local.has(v.name)) out.push({ name: v.name, span: script.source.span(v.start, v.end) });
          }
        }
      }
    }
    return out;
  }
  if (step.keyword === 'ENTRYPOINT' || step.keyword === 'CMD' || step.keyword === 'HEALTHCHECK') return [];
  try {
    return step.instruction.getVariables().map((v) => ({
      name: v.getName(),
      span: { start: toPos1(v.getRange().start), end: toPos1(v.getRange().end) },
    }));
  } catch {
    return [];
  }
}

function toPos1(p: { line: number; character: number }): { line: number; column: number } {
  return { line: p.line + 1, column: p.character + 1 };
}

export const GC106: Rule = {
  code: 'GC106',
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const reported = new Set<string>();
      for (const step of stage.steps) {
        for (const ref of stepVarRefs(step)) {
          if (reported.has(ref.name) || PREDEFINED_ARGS.has(ref.name)) continue;
          const global = model.globalArgs.get(ref.name);
          if (!global) continue;
          if (stage.scope.get(ref.name, step.at)) continue;
          reported.add(ref.name);
          const where =
            global.kind === 'auto'
              ? 'an automatic platform ARG of the global scope'
              : `declared before the first FROM (line ${global.span?.start.line ?? '?'})`;
          ctx.report({
            at: ref.span,
            message: `$${ref.name} is empty in stage ${stageName(stage)}: ${ref.name} is ${where} but not declared in this stage; add ARG ${ref.name} after its FROM`,
          });
        }
      }
    }
  },
};

export function stageName(stage: Stage): string {
  return stage.name ? `'${stage.name}'` : `#${stage.index}`;
}

const VAR_IN_TEXT = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

export const GC107: Rule = {
  code: 'GC107',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const specs = [t.entrypoint, t.cmd, t.healthcheck].filter((s): s is ExecSpec => !!s && s.form !== 'none');
    for (const spec of specs) {
      const isShellWrapper =
        spec.form === 'exec' &&
        /(^|\/)(ba|da|a)?sh$/.test(spec.argv[0]?.value ?? '') &&
        spec.argv[1]?.value === '-c';
      if (spec.form === 'shell' || isShellWrapper) {
        const refs: { name: string; span: Span }[] = [];
        if (spec.script) {
          for (const c of spec.script.commands)
            for (const w of [...c.assignments, ...c.words])
              for (const v of w.vars)
                refs.push({ name: v.name, span: spec.script.source.span(v.start, v.end) });
        } else {
          const arg = spec.argv[2];
          if (arg)
            for (const m of arg.value.matchAll(VAR_IN_TEXT))
              refs.push({ name: m[1] as string, span: arg.span });
        }
        for (const ref of refs) {
          const e = t.scope.get(ref.name);
          const global = ctx.model.globalArgs.get(ref.name);
          if (e?.kind === 'env') continue;
          if (e?.kind === 'arg' || e?.kind === 'auto' || (global && !e)) {
            ctx.report({
              at: ref.span,
              message: `${execName(spec)} uses $${ref.name}, an ARG: ARG values are gone when the container runs, so it expands to empty; persist it with ENV ${ref.name}=$${ref.name}`,
            });
          }
        }
        continue;
      }
      for (const a of spec.argv) {
        for (const m of a.value.matchAll(VAR_IN_TEXT)) {
          const name = m[1] as string;
          const e = t.scope.get(name);
          const kind = e?.kind === 'env' ? 'ENV' : e || ctx.model.globalArgs.has(name) ? 'ARG' : 'variable';
          ctx.report({
            at: a.span,
            message: `${execName(spec)} in exec form passes "${a.value}" literally: exec form does not expand $${name} (${kind}); read the ${kind === 'ARG' ? 'value from an ENV' : 'environment'} in the program or use a shell wrapper`,
          });
          break;
        }
      }
    }
  },
};

export const GC108: Rule = {
  code: 'GC108',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const spec = t.entrypoint ?? t.cmd;
    if (!spec || spec.form === 'none') return;
    const first = spec.form === 'exec' ? spec.argv[0] : undefined;
    if (first && /\S\s+\S/.test(first.value.trim()) && !first.value.includes('/bin/sh')) {
      // ["go run /app/main.go"]: exec form does not split words; the kernel looks for a file with spaces in its name.
      const words = first.value.trim().split(/\s+/);
      ctx.report({
        at: first.span,
        message: `${execName(spec)} ["${first.value}"] is exec form with one string: no shell splits it, so the container looks for a program named "${first.value}" and cannot start; write ${JSON.stringify(words)}`,
      });
      return;
    }
    const p = specProgram(spec);
    if (!p || p.value === '' || /[$`]/.test(p.value)) return;
    if (spec.form === 'shell' && t.base.shell === false) return; // GC101 reports the missing shell
    const fs = finalFs(ctx.analysis);
    checkProgram(ctx, fs, spec, p, t);
  },
};

function pathDirs(stage: Stage): string[] {
  const path =
    stage.scope.get('PATH')?.value ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  return path.split(':').filter((d) => d.startsWith('/'));
}

function checkProgram(
  ctx: RuleContext,
  fs: FinalFs,
  spec: ExecSpec,
  p: { value: string; span: Span },
  t: Stage,
): void {
  const name = execName(spec);
  if (!p.value.includes('/')) {
    // Looked up in PATH; only decidable when the base is nearly empty.
    if (!fs.closed) return;
    const candidates = pathDirs(t).map((d) => posix.join(d, p.value));
    const states = candidates.map((c) => pathState(fs, c));
    if (states.includes('yes') || states.includes('unknown')) {
      const hit = candidates.find((c) => fs.files.has(c));
      if (hit) modeCheck(ctx, fs, hit, p, name);
      return;
    }
    ctx.report({
      at: p.span,
      message: `${name} runs "${p.value}", which is not in PATH of the final image (${t.base.label}): nothing is copied to ${pathDirs(t).slice(0, 3).join(', ')}...; the container fails with executable file not found`,
    });
    return;
  }
  const abs = posix.resolve(spec.workdir, p.value);
  const state = pathState(fs, abs);
  if (state === 'yes') {
    modeCheck(ctx, fs, abs, p, name);
    return;
  }
  if (state === 'unknown') return;
  const base = posix.basename(abs);
  const elsewhere = [...fs.files.keys()].find((f) => posix.basename(f) === base);
  const relative = !p.value.startsWith('/');
  let why: string;
  if (elsewhere && relative) why = `WORKDIR is ${spec.workdir} but the binary was copied to ${elsewhere}`;
  else if (elsewhere) why = `the binary was copied to ${elsewhere}`;
  else why = `nothing in the final image is copied to ${abs}`;
  ctx.report({
    at: p.span,
    message: `${name} runs "${p.value}" (${abs}), which does not exist in the final image: ${why}; the container fails with no such file or directory`,
  });
}

function modeCheck(
  ctx: RuleContext,
  fs: FinalFs,
  path: string,
  p: { value: string; span: Span },
  name: string,
): void {
  const f = fs.files.get(path);
  if (f?.mode && notExecutable(f.mode)) {
    ctx.report({
      at: p.span,
      message: `${name} runs "${p.value}", copied with --chmod=${f.mode} (line ${f.copy.span.start.line}) which has no execute bit: the container fails with permission denied`,
    });
  }
}

function isRoot(user: string): boolean {
  const name = user.split(':')[0]?.trim() ?? '';
  return name === 'root' || name === '0';
}

export const GC109: Rule = {
  code: 'GC109',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const root = ctx.analysis.finalChain[0] ?? t;
    // An export stage (scratch, no ENTRYPOINT/CMD) runs nothing; a base chosen by a build arg is unknown.
    if (!t.entrypoint && !t.cmd && t.base.empty) return;
    const user: Tok | undefined = t.user;
    if (user) {
      const unset = unsetArgUser(t, user);
      if (unset) {
        ctx.report({
          at: user.span,
          message: `USER ${user.value} names the build arg ${unset}, which has no default: unless every build passes it, USER is empty and the program runs as root`,
        });
        return;
      }
      if (/\$/.test(user.value) || !isRoot(user.value)) return;
    } else if (t.base.nonroot || baseChosenByArg(root)) return;
    const drop = privilegeDrop(ctx.analysis, ctx.input.readContextFile);
    const how = user
      ? `the final stage sets USER ${user.value}`
      : `the final stage has no USER instruction and ${t.rootImage || 'its base'} runs as root`;
    if (drop && !isRootUser(drop.user)) {
      ctx.report({
        at: user?.span ?? t.from.keywordSpan,
        severity: 'info',
        message: `PID 1 starts as root (${how}); the program runs as ${drop.user} (${drop.tool} in ${drop.where})`,
      });
      return;
    }
    ctx.report({
      at: user?.span ?? t.from.keywordSpan,
      message: drop
        ? `${how}, and ${drop.tool} in ${drop.where} runs the program as ${drop.user}: the program runs as root`
        : `${how}: the program runs as root`,
    });
  },
};

/** The stage's base image is a build arg as a whole (`FROM ${RUNTIME_IMAGE}`): the caller chooses it. */
export function baseChosenByArg(stage: Stage): boolean {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(stage.from.raw.trim());
}

/** `USER ${RUNAS}` where RUNAS is an ARG without a default (and not passed): the name of that arg. */
function unsetArgUser(stage: Stage, user: Tok): string | undefined {
  const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?(:.*)?$/.exec(user.value);
  if (!m) return undefined;
  const e = stage.scope.get(m[1] as string);
  return e && e.kind === 'arg' && e.value === undefined ? (m[1] as string) : undefined;
}

export const GC110: Rule = {
  code: 'GC110',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== 'RUN' || !step.user) continue;
        const user = step.user.value;
        if (isRoot(user) || /\$/.test(user)) continue;
        for (const m of step.mounts) {
          if (m.type !== 'cache') continue;
          const problems: string[] = [];
          if (m.uid === undefined) problems.push('it has no uid=/gid= and is owned by root');
          const target = m.target ?? '';
          const envTargets = ['GOCACHE', 'GOMODCACHE', 'GOPATH']
            .map((n) => stage.scope.get(n, step.at)?.value)
            .filter(Boolean) as string[];
          if (
            target.startsWith('/root/') &&
            !envTargets.some((e) => e === target || e.startsWith(`${target}/`))
          ) {
            problems.push(
              `its target ${target} is not the cache of user ${user} (GOCACHE is under that user's HOME)`,
            );
          }
          if (problems.length > 0) {
            ctx.report({
              at: m.span,
              message: `cache mount ${target || '(no target)'} is used by USER ${user} (line ${step.user.span.start.line}), but ${problems.join(', and ')}`,
            });
          }
        }
      }
    }
  },
};

/** Tools a base family ships: true present, false absent; undefined unknown. */
function baseHasTool(kind: string, labelShell: boolean | undefined, tool: string): boolean | undefined {
  const busyboxTools = ['wget', 'nc', 'sh'];
  switch (kind) {
    case 'scratch':
    case 'static':
      return false;
    case 'distroless':
    case 'chainguard':
      return labelShell ? busyboxTools.includes(tool) : false;
    case 'alpine':
    case 'musl':
    case 'busybox':
      return busyboxTools.includes(tool) ? true : tool === 'curl' ? false : undefined;
    case 'debian':
    case 'ubuntu':
      return tool === 'curl' || tool === 'wget' ? false : undefined;
    case 'golang':
      return undefined;
    default:
      return undefined;
  }
}

export const GC111: Rule = {
  code: 'GC111',
  check(ctx) {
    const t = ctx.model.target;
    const hc = t?.healthcheck;
    if (!t || !hc || hc.form === 'none') return;
    const fs = finalFs(ctx.analysis);
    if (hc.form === 'shell' && t.base.shell === false && !fs.files.has('/bin/sh')) {
      ctx.report({
        at: hc.keywordSpan,
        message: `HEALTHCHECK CMD in shell form needs /bin/sh, which the final image ${t.rootImage} (${t.base.label}) does not have: the check never succeeds`,
      });
      return;
    }
    const p = specProgram(hc);
    if (!p || /[$`]/.test(p.value)) return;
    const tool = posix.basename(p.value);
    if (p.value.includes('/')) {
      const abs = posix.resolve(hc.workdir, p.value);
      if (pathState(fs, abs) === 'no') {
        ctx.report({
          at: p.span,
          message: `HEALTHCHECK runs ${p.value}, which does not exist in the final image ${t.rootImage} (${t.base.label})`,
        });
      }
      return;
    }
    if ([...fs.files.keys()].some((f) => posix.basename(f) === tool)) return;
    if (fs.packages.has(tool) || fs.openDirs.length > 0) return;
    const has = baseHasTool(t.base.kind, t.base.shell, tool);
    if (has === false || (has === undefined && fs.closed)) {
      ctx.report({
        at: p.span,
        message: `HEALTHCHECK runs ${tool}, which the final image ${t.rootImage} (${t.base.label}) does not contain: the container never becomes healthy`,
      });
    }
  },
};

export const PROCESS_RULES: readonly Rule[] = [
  GC101,
  GC102,
  GC103,
  GC104,
  GC105,
  GC106,
  GC107,
  GC108,
  GC109,
  GC110,
  GC111,
];
