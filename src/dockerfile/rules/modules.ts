/** GC3xx: modules, caches and determinism. */
import { splitImage } from '../../registry/reference.js';
import { effectiveRequire } from '../../gomod/gomod.js';
import {
  BUILDKIT_ARGS,
  PREDEFINED_ARGS,
  expandVars,
  type CopyStep,
  type RunStep,
  type Stage,
} from '../model.js';
import { packageInstall, parseGoFlagsEnv, type GoCall } from '../analysis.js';
import { programName, splitAssignment, unwrapCommand, type ShellScript, type Word } from '../shell.js';
import type { Span } from '../text.js';
import { baseChosenByArg, goEnvWrites, PROXY_KEYS } from './process.js';
import type { Rule, RuleContext } from './types.js';

function span(call: GoCall, w: Word = call.goWord): Span {
  return call.script.source.span(w.start, w.end);
}

/** COPY/ADD of the whole build context (`COPY . .`, `COPY ./ /src/`, `COPY * ./`). */
export function isContextCopy(step: CopyStep): boolean {
  return (
    step.fromStage === undefined &&
    !step.from &&
    step.sources.some((s) => ['.', './', '*', './*', '/'].includes(s.value))
  );
}

function isModDownload(call: GoCall): boolean {
  return call.sub === 'mod' && call.args[0]?.value === 'download';
}

/** Each step's index in its stage, cached per stage (indexOf in a loop over calls would be quadratic). */
const stepIndexes = new WeakMap<Stage, Map<unknown, number>>();
function stepIndex(stage: Stage, step: unknown): number {
  let m = stepIndexes.get(stage);
  if (!m) {
    m = new Map(stage.steps.map((s, i) => [s as unknown, i]));
    stepIndexes.set(stage, m);
  }
  return m.get(step) ?? -1;
}

export const GC301: Rule = {
  code: 'GC301',
  check(ctx) {
    checkModuleCopies(ctx);
    if (nothingToDownload(ctx)) return;
    for (const stage of ctx.model.stages) {
      if (!ctx.model.used.has(stage.index)) continue;
      const calls = ctx.analysis.goCalls.filter((c) => c.stage === stage);
      if (calls.length === 0) continue;
      const copy = stage.steps.find(
        (s): s is CopyStep => (s.keyword === 'COPY' || s.keyword === 'ADD') && isContextCopy(s),
      );
      if (!copy) continue;
      const at = stepIndex(stage, copy);
      const before = calls.filter((c) => stepIndex(stage, c.step) < at);
      const after = calls.filter((c) => stepIndex(stage, c.step) > at);
      if (before.some(isModDownload)) continue;
      const download = after.find(isModDownload);
      if (download) {
        ctx.report({
          at: copy.keywordSpan,
          message: `${copy.keyword} ${copy.sources.map((s) => s.value).join(' ')} comes before go mod download (line ${download.step.span.start.line}): every source change re-downloads all modules`,
        });
        continue;
      }
      const build = after.find((c) => ['build', 'install', 'test', 'vet', 'generate'].includes(c.sub));
      if (build && !hasModCacheMount(build) && !nothingToDownload(ctx, build)) {
        ctx.report({
          at: copy.keywordSpan,
          message: `${copy.keyword} ${copy.sources.map((s) => s.value).join(' ')} comes before any go mod download: go ${build.sub} (line ${build.step.span.start.line}) downloads all modules again after every source change`,
        });
      }
    }
  },
};

/**
 * `COPY sub/ ./sub/` of a directory that is a Go module (its own go.mod) with its sources, then a go build
 * with no `go mod download` of that module in between: its modules are downloaded again on every change.
 */
function checkModuleCopies(ctx: RuleContext): void {
  const read = ctx.input.readContextFile;
  if (!read) return;
  const callsOf = new Map<Stage, GoCall[]>();
  for (const c of ctx.analysis.goCalls) {
    const list = callsOf.get(c.stage);
    if (list) list.push(c);
    else callsOf.set(c.stage, [c]);
  }
  for (const stage of ctx.model.stages) {
    if (!ctx.model.used.has(stage.index)) continue;
    const calls = callsOf.get(stage) ?? [];
    for (const step of stage.steps) {
      if ((step.keyword !== 'COPY' && step.keyword !== 'ADD') || step.from || isContextCopy(step)) continue;
      const dir = step.sources
        .map((x) => x.value.replace(/^\.\//, '').replace(/\/+$/, ''))
        .find((x) => x !== '' && x !== '.' && !/[*?$]/.test(x) && !x.endsWith('go.mod') && !x.includes('.'));
      const goMod = dir !== undefined ? read(`${dir}/go.mod`) : undefined;
      if (dir === undefined || goMod === undefined || !/^\s*require\b/m.test(goMod)) continue;
      const at = stepIndex(stage, step);
      const later = calls.filter((c) => stepIndex(stage, c.step) > at);
      const build = later.find((c) => ['build', 'install', 'test'].includes(c.sub));
      if (!build || isModDownload(later[0] ?? build) || hasModCacheMount(build)) continue;
      if (build.flags.byName.get('mod')?.value === 'vendor') continue;
      ctx.report({
        at: step.keywordSpan,
        message: `${step.keyword} ${dir} copies the Go module ${dir}/ (its own go.mod) together with its sources, and go ${build.sub} (line ${build.step.span.start.line}) downloads its modules in the same layer: every source change downloads them again; copy ${dir}/go.mod and ${dir}/go.sum first and run go mod download`,
      });
    }
  }
}

function homeOf(call: GoCall): string {
  const home = call.env('HOME').value;
  if (home) return home;
  const user = call.step.user?.value.split(':')[0];
  return !user || user === 'root' || user === '0' ? '/root' : `/home/${user}`;
}

function goCachePath(call: GoCall): string {
  return call.env('GOCACHE').value || `${homeOf(call)}/.cache/go-build`;
}

function goModCachePath(call: GoCall): string {
  const gomodcache = call.env('GOMODCACHE').value;
  if (gomodcache) return gomodcache;
  const gopath =
    call.env('GOPATH').value?.split(':')[0] ||
    (call.stage.base.kind === 'golang' ? '/go' : `${homeOf(call)}/go`);
  return `${gopath}/pkg/mod`;
}

function covers(step: RunStep, path: string): boolean {
  return step.mounts.some((m) => {
    if (m.type !== 'cache' || !m.target) return false;
    const t = m.target.replace(/(.)\/$/, '$1');
    return path === t || path.startsWith(`${t}/`);
  });
}

function hasModCacheMount(call: GoCall): boolean {
  return (
    covers(call.step, goModCachePath(call)) ||
    call.step.mounts.some((m) => m.type === 'cache' && /pkg\/mod\/?$/.test(m.target ?? ''))
  );
}

/**
 * Whether the build has no modules to download: no go.mod in the context (nothing is read for it), a go.mod
 * without requirements, a vendor directory, or `-mod=vendor` on the build (flag or GOFLAGS).
 */
function nothingToDownload(ctx: RuleContext, call?: GoCall): boolean {
  const mods = ctx.input.goMods;
  if (mods !== undefined && (mods.length === 0 || mods[0]?.mod.requires.length === 0)) {
    // `go install pkg@version` downloads even without a go.mod.
    if (!call?.flags.packages.some((w) => w.value.includes('@'))) return true;
  }
  if (ctx.input.contextEntries?.includes('vendor/')) return true;
  if (!call) return false;
  const mod =
    call.flags.byName.get('mod')?.value ?? /(?:^|\s)-mod=(\w+)/.exec(call.env('GOFLAGS').value ?? '')?.[1];
  return mod === 'vendor';
}

/**
 * Sources (anything but go.mod/go.sum) reach the step: a COPY/ADD before it in its stage (or a parent stage),
 * or a bind mount on the step itself.
 */
function sourcesBefore(call: GoCall): boolean {
  if (call.step.mounts.some((m) => m.type === 'bind')) return true;
  // A parent stage may have copied the sources (its steps all come first).
  if (call.stage.from.parent !== undefined) return true;
  return firstSourceCopy(call.stage) < stepIndex(call.stage, call.step);
}

const firstSourceCopies = new WeakMap<Stage, number>();
/** Index of the first COPY/ADD of a stage that brings more than go.mod/go.sum (Infinity: none). */
function firstSourceCopy(stage: Stage): number {
  let first = firstSourceCopies.get(stage);
  if (first === undefined) {
    const i = stage.steps.findIndex(
      (s) =>
        (s.keyword === 'COPY' || s.keyword === 'ADD') &&
        s.sources.some((x) => !/(^|\/)go\.(mod|sum|work)$|(^|\/)go\.\*$/.test(x.value)),
    );
    first = i < 0 ? Infinity : i;
    firstSourceCopies.set(stage, first);
  }
  return first;
}

export const GC302: Rule = {
  code: 'GC302',
  check(ctx) {
    const seen = new Set<RunStep>();
    const calls = ctx.analysis.goCalls.filter(
      (c) => ['build', 'install', 'test'].includes(c.sub) && ctx.model.used.has(c.stage.index),
    );
    // The first `go mod download` step of each stage, found once.
    const firstDownload = new Map<Stage, number>();
    for (const c of ctx.analysis.goCalls) {
      if (!isModDownload(c)) continue;
      const i = stepIndex(c.stage, c.step);
      if (i < (firstDownload.get(c.stage) ?? Infinity)) firstDownload.set(c.stage, i);
    }
    for (const call of calls) {
      if (seen.has(call.step)) continue;
      seen.add(call.step);
      // A step no source copy comes before is not rebuilt by a source change (its layer stays cached).
      if (!sourcesBefore(call)) continue;
      const missing: string[] = [];
      const gocache = goCachePath(call);
      if (
        !covers(call.step, gocache) &&
        !call.step.mounts.some((m) => m.type === 'cache' && /go-build\/?$/.test(m.target ?? ''))
      )
        missing.push(`GOCACHE (${gocache})`);
      const downloadedBefore = (firstDownload.get(call.stage) ?? Infinity) < stepIndex(call.stage, call.step);
      if (!downloadedBefore && !nothingToDownload(ctx, call) && !hasModCacheMount(call)) {
        missing.push(`GOMODCACHE (${goModCachePath(call)})`);
      }
      if (missing.length === 0) continue;
      ctx.report({
        at: span(call),
        message: `go ${call.sub} runs without a cache mount for ${missing.join(' and ')}: after any source change ${
          missing.length > 1
            ? 'all modules are downloaded and all packages compiled from zero'
            : missing[0]?.startsWith('GOCACHE')
              ? 'all packages are compiled from zero'
              : 'all modules are downloaded again'
        }`,
      });
    }
  },
};

export const GC304: Rule = {
  code: 'GC304',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const passed = Object.keys(ctx.input.buildArgs ?? {});
    for (const name of passed) {
      if (PREDEFINED_ARGS.has(name) || BUILDKIT_ARGS.test(name)) continue;
      const inStages = ctx.model.stages.some(
        (s) =>
          ctx.model.used.has(s.index) &&
          s.steps.some((st) => st.keyword === 'ARG' && st.pairs.some((p) => p.name.value === name)),
      );
      if (inStages) continue;
      const global = ctx.model.globalArgs.get(name);
      if (global && global.kind === 'arg') {
        const inFrom = ctx.model.stages.some(
          (s) => ctx.model.used.has(s.index) && new RegExp(`\\$\\{?${name}\\b`).test(s.from.raw),
        );
        if (inFrom) continue;
        ctx.report({
          at: global.span ?? t.from.keywordSpan,
          message: `build arg ${name} is passed and declared before the first FROM, but no stage that is built declares ARG ${name} or uses it in FROM: the value is ignored`,
        });
        continue;
      }
      ctx.report({
        at: t.from.keywordSpan,
        message: `build arg ${name} is passed but no stage that is built declares ARG ${name}: the value is silently ignored`,
      });
    }
  },
};

export const GC306: Rule = {
  code: 'GC306',
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      if (!model.used.has(stage.index) || stage.from.parent !== undefined) continue;
      const f = stage.from;
      const movingRaw = /:latest([-_.][^@]*)?$/.exec(f.raw);
      if (f.unresolved && movingRaw && !f.raw.includes('@')) {
        ctx.report({
          at: f.imageSpan,
          message: `FROM ${f.raw} uses a :latest tag (whatever the variable's value): the base changes without any change to the repository; pin a version and a digest`,
        });
        continue;
      }
      if (f.image.toLowerCase() === 'scratch' || f.unresolved || f.image === '') continue;
      const img = splitImage(f.image);
      if (!img || img.digest) continue;
      if (baseChosenByArg(stage)) {
        ctx.report({
          at: f.imageSpan,
          severity: 'info',
          message: `FROM ${f.raw} takes the whole base image from a build arg (default ${f.image}): pin it by digest where the build passes it`,
        });
        continue;
      }
      if (!img.tag || /^latest([-_.]|$)/.test(img.tag)) {
        ctx.report({
          at: f.imageSpan,
          message: `FROM ${f.image} ${img.tag ? `uses the moving tag :${img.tag}` : 'has no tag (means :latest)'}: the base changes without any change to the repository; pin a version and a digest`,
        });
      } else {
        ctx.report({
          at: f.imageSpan,
          severity: 'info',
          message: `FROM ${f.image} is pinned by tag only: the tag can move; add the digest (${f.raw}@sha256:...)`,
        });
      }
    }
    for (const call of ctx.analysis.goCalls) {
      if (!model.used.has(call.stage.index) || !['install', 'get', 'run'].includes(call.sub)) continue;
      for (const w of call.flags.packages) {
        const m = /@(latest|master|main|HEAD|upgrade|patch)$/.exec(w.value);
        if (m) {
          ctx.report({
            at: span(call, w),
            message: `go ${call.sub} ${w.value} resolves ${m[1]} at build time: a different version on a different day; pin a version (@v1.2.3)`,
          });
        }
      }
    }
    for (const stage of model.stages) {
      if (!model.used.has(stage.index)) continue;
      for (const step of stage.steps) {
        if (step.keyword === 'ADD') {
          if (step.flags.has('checksum')) continue;
          for (const s of step.sources) {
            if (/^https?:\/\//i.test(s.value)) {
              ctx.report({
                at: s.span,
                message: `ADD ${s.value} downloads without --checksum: the content can change under the same URL`,
              });
            }
          }
        }
        if (step.keyword !== 'RUN') continue;
        for (const script of step.scripts) checkRunPins(ctx, script, stage, step);
      }
    }
  },
};

/** A git ref that names a fixed point: a version tag or a commit hash (a branch name moves). */
const FIXED_REF = /^(v?\d+(\.\d+)+([-+.].*)?|[0-9a-f]{7,40}|refs\/tags\/.+)$/;

function checkRunPins(ctx: RuleContext, script: ShellScript, stage: Stage, step: RunStep): void {
  const cmds = script.commands;
  cmds.forEach((c, i) => {
    const words = unwrapCommand(c).words;
    const prog = programName({ ...c, words });
    if (prog === 'git' && words[1]?.value === 'clone') {
      const flagAt = words.findIndex(
        (w) => w.value === '--branch' || w.value === '-b' || w.value.startsWith('--branch='),
      );
      const pinnedFlag = flagAt >= 0;
      const flag = words[flagAt];
      const refRaw = flag?.value.startsWith('--branch=')
        ? flag.value.slice('--branch='.length)
        : words[flagAt + 1]?.value;
      const ref =
        refRaw !== undefined
          ? expandVars(refRaw, (n) => {
              const e = stage.scope.get(n, step.at);
              return e ? (e.value ?? null) : undefined;
            })
          : undefined;
      const movingBranch =
        ref !== undefined && !ref.unresolved && ref.value !== '' && !FIXED_REF.test(ref.value);
      const checkout = cmds
        .slice(i + 1)
        .some(
          (n) =>
            programName(n) === 'git' && ['checkout', 'reset', 'switch'].includes(n.words[1]?.value ?? ''),
        );
      if (!pinnedFlag && !checkout) {
        const w = words[0] as Word;
        ctx.report({
          at: script.source.span(w.start, w.end),
          message:
            'git clone without a fixed ref: builds whatever the default branch is that day; check out a commit or tag',
        });
      } else if (movingBranch && !checkout && ref) {
        const w = words[0] as Word;
        ctx.report({
          at: script.source.span(w.start, w.end),
          message: `git clone --branch ${refRaw}${refRaw !== ref.value ? ` (${ref.value})` : ''} follows a branch, which moves: the same Dockerfile builds different code on different days; clone a tag or check out a commit`,
        });
      }
    }
    if ((prog === 'curl' || prog === 'wget') && cmds[i + 1]?.connector === '|') {
      const next = cmds[i + 1];
      const np = next ? programName(next) : '';
      if (/^(ba|da|a|z)?sh$/.test(np)) {
        const w = words[0] as Word;
        ctx.report({
          at: script.source.span(w.start, w.end),
          message: `${prog} | ${np} runs a remote script that can change at any time; download a pinned version and verify its checksum`,
        });
      }
    }
    const pm = packageInstall(c);
    if (pm) {
      const sep = pm.manager === 'apk' ? '=' : '=';
      const unpinned = pm.packages.filter(
        (p) => !p.value.includes(sep) && !/[<>~]/.test(p.value) && !p.value.startsWith('$'),
      );
      const first = unpinned[0];
      if (first) {
        ctx.report({
          at: script.source.span(first.start, first.end),
          severity: 'info',
          message: `${pm.manager === 'apt' ? 'apt-get install' : pm.manager === 'apk' ? 'apk add' : 'install'} of ${unpinned.map((p) => p.value).join(', ')} without versions: the packages change between builds`,
        });
      }
    }
  });
}

export const GC307: Rule = {
  code: 'GC307',
  check(ctx) {
    const seen = new Set<string>();
    const once = (at: Span, message: string) => {
      const key = `${at.start.line}:${at.start.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report({ at, message });
    };
    for (const call of ctx.analysis.goCalls) {
      const mod = call.flags.byName.get('mod');
      if (mod?.value === 'mod' && mod.word) {
        once(span(call, mod.word), `go ${call.sub} -mod=mod rewrites go.mod and go.sum during the build`);
      }
      const goflags = call.env('GOFLAGS');
      if (goflags.value && parseGoFlagsEnv(goflags.value).get('mod')?.value === 'mod') {
        once(
          goflags.span ?? span(call),
          `GOFLAGS=${goflags.value} makes go rewrite go.mod and go.sum during the build`,
        );
      }
      if (call.sub === 'mod' && call.args[0]?.value === 'tidy') {
        once(
          span(call),
          'go mod tidy in the Dockerfile rewrites go.mod and go.sum during the build: the image is built from a module graph the repository does not pin',
        );
      }
      if (call.sub === 'get' && call.flags.packages.length > 0) {
        once(
          span(call),
          `go get ${call.flags.packages.map((w) => w.value).join(' ')} changes go.mod during the build`,
        );
      }
    }
    for (const gm of ctx.input.goMods ?? []) {
      // A require replaced by a local directory has nothing to verify: only downloaded modules need go.sum.
      const downloaded = gm.mod.requires.filter((r) => effectiveRequire(gm.mod, r).version !== undefined);
      if (gm.hasGoSum === false && downloaded.length > 0) {
        const line = gm.mod.module?.line ?? 1;
        ctx.report({
          at: { line, column: 1 },
          file: gm.file,
          message: `${gm.file} requires ${downloaded.length} module(s) but there is no go.sum next to it: versions are not verified and go may resolve them during the build`,
        });
      }
    }
  },
};

interface Setting {
  readonly name: string;
  readonly value: string;
  readonly at: Span;
}

/** Every place a Go variable is given a literal value: ENV, ARG defaults, RUN assignments/exports, go env -w. */
function settings(ctx: RuleContext): Setting[] {
  const out: Setting[] = [];
  for (const e of ctx.model.globalArgs.values())
    if (e.kind === 'arg' && e.value !== undefined && e.span)
      out.push({ name: e.name, value: e.value, at: e.span });
  for (const stage of ctx.model.stages) {
    for (const step of stage.steps) {
      if (step.keyword === 'ENV' || step.keyword === 'ARG') {
        for (const p of step.pairs)
          if (p.value) out.push({ name: p.name.value, value: p.value.value, at: p.name.span });
      }
      if (step.keyword !== 'RUN') continue;
      for (const script of step.scripts) {
        for (const c of script.commands) {
          const { assignments, words } = unwrapCommand(c);
          const prog = programName({ ...c, words });
          const ws = [...assignments, ...(prog === 'export' ? words.slice(1) : [])];
          for (const w of ws) {
            const kv = splitAssignment(w);
            if (kv) out.push({ name: kv.name, value: kv.value, at: script.source.span(w.start, w.end) });
          }
        }
      }
    }
  }
  for (const w of goEnvWrites(ctx)) {
    for (const p of w.pairs) {
      const eq = p.value.indexOf('=');
      out.push({
        name: p.value.slice(0, eq),
        value: p.value.slice(eq + 1),
        at: w.script.source.span(p.start, p.end),
      });
    }
  }
  return out;
}

const MATCH_ALL = /^(\*|\*\/\*|\*\.\*|\.\*)$/;

export const GC308: Rule = {
  code: 'GC308',
  check(ctx) {
    const seen = new Set<string>();
    for (const s of settings(ctx)) {
      const key = `${s.at.start.line}:${s.at.start.column}:${s.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const v = s.value.replace(/^["']|["']$/g, '');
      let message: string | undefined;
      let severity: 'warning' | 'info' | undefined;
      if (s.name === 'GOSUMDB' && v === 'off')
        message = 'GOSUMDB=off turns off checksum verification of every downloaded module';
      else if (
        (s.name === 'GONOSUMDB' || s.name === 'GOPRIVATE') &&
        v.split(',').some((p) => MATCH_ALL.test(p.trim()))
      )
        message = `${s.name}=${v} exempts every module from the checksum database`;
      else if (s.name === 'GONOSUMCHECK' && v === '1')
        message = 'GONOSUMCHECK=1 turns off checksum verification';
      else if (s.name === 'GOINSECURE' && v !== '')
        message = `GOINSECURE=${v} allows module downloads over plain HTTP without verification`;
      else if (s.name === 'GOFLAGS' && /(^|\s)-insecure\b/.test(v))
        message = 'GOFLAGS=-insecure allows insecure module downloads';
      else if (s.name === 'GOPROXY' && /^direct$/.test(v)) {
        message =
          'GOPROXY=direct fetches every module straight from its VCS host, bypassing the module proxy';
        severity = 'info';
      }
      if (message) ctx.report({ at: s.at, message, ...(severity ? { severity } : {}) });
    }
  },
};

export const GC309: Rule = {
  code: 'GC309',
  check(ctx) {
    for (const w of goEnvWrites(ctx)) {
      for (const p of w.pairs) {
        const name = p.value.split('=')[0] ?? '';
        if (!PROXY_KEYS.has(name)) continue;
        ctx.report({
          at: w.script.source.span(p.start, p.end),
          message: `go env -w ${p.value} bakes ${name} into the GOENV file of a cached layer: after the setting changes, BuildKit can still reuse the old layer; use ARG ${name} (passed as a build arg) instead`,
        });
      }
    }
  },
};

export const MODULE_RULES: readonly Rule[] = [GC301, GC302, GC304, GC306, GC307, GC308, GC309];
