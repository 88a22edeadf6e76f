/** GC2xx: compilation, linking and platforms. */
import { CGO_MODULES, cgoNeed } from '../goimports.js';
import {
  callProgram,
  cgoState,
  goFlag,
  ldflagsOf,
  libcLabel,
  linkedStatically,
  packageInstall,
  tagsOf,
  type GoCall,
} from '../analysis.js';
import type { Span } from '../text.js';
import { stageName } from './process.js';
import type { Rule, RuleContext } from './types.js';

function wordSpan(call: GoCall, w = call.goWord): Span {
  return call.script.source.span(w.start, w.end);
}

function builds(ctx: RuleContext): GoCall[] {
  const shipped = ctx.analysis.shipped.map((s) => s.call);
  if (shipped.length > 0) return shipped;
  return ctx.analysis.goCalls.filter(
    (c) => (c.sub === 'build' || c.sub === 'install') && ctx.model.used.has(c.stage.index),
  );
}

/** The program links C code of its own or of a module: Go then links externally and -extldflags applies. */
function linksCCode(call: GoCall, scan: RuleContext['input']['goImports']): boolean {
  const program = callProgram(call, scan);
  return program !== undefined && cgoNeed(program.imports, tagsOf(call)).cCode === true;
}

/** Why cgo may matter when the Go imports could not be read: a go.mod requirement known to use cgo, if any. */
function unscannedWhy(ctx: RuleContext): string {
  const required = (ctx.input.goMods ?? []).flatMap((m) => m.mod.requires.map((r) => r.path));
  const mod = required.find((p) =>
    CGO_MODULES.some((c) => p === c || p.startsWith(c.endsWith('/') ? c : `${c}/`)),
  );
  return mod
    ? `the Go imports of the build context were not read, and go.mod requires ${mod}, which uses cgo`
    : 'the Go imports of the build context were not read';
}

function allBuilds(ctx: RuleContext): GoCall[] {
  return ctx.analysis.goCalls.filter((c) => c.sub === 'build' || c.sub === 'install');
}

export const GC201: Rule = {
  code: 'GC201',
  check(ctx) {
    const t = ctx.model.target;
    if (!t || t.base.libc !== 'none') return;
    for (const { call, copy } of ctx.analysis.shipped) {
      const cgo = cgoState(call, ctx.model);
      if (cgo.enabled !== true || linkedStatically(call, cgo)) continue;
      const program = callProgram(call, ctx.input.goImports);
      const need = program ? cgoNeed(program.imports, tagsOf(call)) : undefined;
      if (need?.verdict === 'no') continue;
      const via = copy ? `, copied into the final stage at line ${copy.span.start.line}` : '';
      const at = cgo.explicit && cgo.span ? cgo.span : wordSpan(call);
      if (need?.verdict === 'yes' && program?.exact) {
        ctx.report({
          at,
          message: `go ${call.sub} in stage ${stageName(call.stage)} makes a dynamically linked binary (${cgo.why}, and ${need.why})${via}; the final image ${t.rootImage} (${t.base.label}) has no C library: the container fails with "no such file or directory"; set CGO_ENABLED=0`,
        });
        continue;
      }
      const what = need ? need.why : unscannedWhy(ctx);
      ctx.report({
        at,
        severity: 'warning',
        message: `go ${call.sub} in stage ${stageName(call.stage)} has cgo on (${cgo.why})${via}; ${what}: if the program links C code or the C resolver, it is dynamically linked and the final image ${t.rootImage} (${t.base.label}) has no C library to start it; set CGO_ENABLED=0 to be sure`,
      });
    }
  },
};

export const GC202: Rule = {
  code: 'GC202',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const finalLibc = t.base.libc;
    if (finalLibc === 'glibc' || finalLibc === 'musl') {
      for (const { call } of ctx.analysis.shipped) {
        const builderLibc = call.stage.base.libc;
        if (!builderLibc || builderLibc === 'none' || builderLibc === finalLibc) continue;
        const cgo = cgoState(call, ctx.model);
        if (cgo.enabled !== true || linkedStatically(call, cgo)) continue;
        // Like GC201: a program that links no C code is static whatever the builder's libc.
        const program = callProgram(call, ctx.input.goImports);
        const need = program ? cgoNeed(program.imports, tagsOf(call)) : undefined;
        if (need?.verdict === 'no') continue;
        const sure = need?.verdict === 'yes' && program?.exact === true;
        ctx.report({
          at: cgo.explicit && cgo.span ? cgo.span : wordSpan(call),
          ...(sure ? {} : { severity: 'warning' as const }),
          message: sure
            ? `go ${call.sub} in stage ${stageName(call.stage)} links against ${libcLabel(builderLibc)} (${cgo.why}, and ${need.why}), but the final image ${t.rootImage} (${t.base.label}) has ${libcLabel(finalLibc)}: the binary fails to start; set CGO_ENABLED=0 or use matching images`
            : `go ${call.sub} in stage ${stageName(call.stage)} has cgo on (${cgo.why}); ${need ? need.why : unscannedWhy(ctx)}: if the program links C code or the C resolver it needs ${libcLabel(builderLibc)}, but the final image ${t.rootImage} (${t.base.label}) has ${libcLabel(finalLibc)} and the binary would not start; set CGO_ENABLED=0 to be sure`,
        });
      }
    }
    if (finalLibc === 'musl') {
      for (const step of ctx.analysis.finalSteps) {
        if (step.keyword !== 'RUN') continue;
        for (const script of step.scripts)
          for (const c of script.commands) {
            const pm = packageInstall(c);
            const shim = pm?.packages.find((p) =>
              /^(gcompat|libc6-compat|glibc|glibc-bin)(=.*)?$/.test(p.value),
            );
            if (shim) {
              ctx.report({
                at: script.source.span(shim.start, shim.end),
                severity: 'warning',
                message: `${shim.value} puts a glibc compatibility layer into a musl image: glibc binaries may start but crash in DNS, TLS or malloc; build for musl or with CGO_ENABLED=0`,
              });
            }
          }
      }
    }
  },
};

const RUNNER_ARCH = /uname|go\s+env\s+GOARCH|BUILDARCH|BUILDPLATFORM|dpkg\s+--print-architecture|arch\b/;

export const GC203: Rule = {
  code: 'GC203',
  check(ctx) {
    const platforms = ctx.input.platforms ?? [];
    const archs = new Set(platforms.map((p) => p.split('/')[1]).filter(Boolean));
    const shippedCalls = new Set(ctx.analysis.shipped.map((x) => x.call));
    for (const call of builds(ctx)) {
      const goarch = call.env('GOARCH');
      const goos = call.env('GOOS');
      const raw =
        goarch.raw ??
        (goarch.source === 'env' || goarch.source === 'arg' ? entryRaw(call, 'GOARCH') : undefined);
      if (goarch.set && goarch.source !== 'auto') {
        const text = raw ?? goarch.value ?? '';
        if (/TARGETARCH|TARGETPLATFORM/.test(text)) continue;
        if (RUNNER_ARCH.test(text)) {
          ctx.report({
            at: goarch.span ?? wordSpan(call),
            message: `GOARCH=${text} is the build machine's architecture, not the image platform's: a cross-platform build gets a binary that fails with exec format error; use GOARCH=$TARGETARCH`,
          });
          continue;
        }
        if (goarch.value && !/\$/.test(goarch.value)) {
          const mismatch = archs.size > 0 && [...archs].some((a) => a !== goarch.value);
          ctx.report({
            at: goarch.span ?? wordSpan(call),
            severity: mismatch ? 'error' : 'warning',
            message: mismatch
              ? `GOARCH=${goarch.value} is hard-coded but the build targets ${platforms.join(', ')}: the image for another architecture gets a binary for ${goarch.value} and fails with exec format error; use GOARCH=$TARGETARCH`
              : `GOARCH=${goarch.value} is hard-coded: building the image for another platform puts a binary for ${goarch.value} into it (exec format error); use GOARCH=$TARGETARCH`,
          });
        }
        continue;
      }
      if (goos.set && goos.value && goos.value !== 'linux' && !/\$/.test(goos.value)) {
        ctx.report({
          at: goos.span ?? wordSpan(call),
          severity: 'error',
          message: `GOOS=${goos.value} builds a binary for ${goos.value}, but container images run on Linux: exec format error; use GOOS=$TARGETOS`,
        });
        continue;
      }
      const platform = stagePlatform(ctx, call.stage.index);
      // A tool installed by version for the build machine itself (mage, protoc plugins) is not the product.
      const tool =
        call.sub === 'install' &&
        call.flags.packages.some((w) => w.value.includes('@')) &&
        !shippedCalls.has(call);
      if (/BUILDPLATFORM/.test(platform) && !goarch.set && !tool) {
        ctx.report({
          at: wordSpan(call),
          severity: archs.size > 1 ? 'error' : 'warning',
          message: `stage ${stageName(call.stage)} runs on $BUILDPLATFORM but go ${call.sub} sets no GOARCH: the binary is built for the build machine, not the target platform (exec format error on other platforms); set GOOS=$TARGETOS GOARCH=$TARGETARCH`,
        });
      }
    }
  },
};

function entryRaw(call: GoCall, name: string): string | undefined {
  const e = call.stage.scope.get(name, call.step.at);
  if (!e?.span) return e?.value;
  // Recover the text as written from the ENV/ARG step.
  for (const st of call.stage.steps) {
    if (st.keyword !== 'ENV' && st.keyword !== 'ARG') continue;
    for (const p of st.pairs) if (p.name.span === e.span) return p.value?.value ?? e.value;
  }
  return e.value;
}

export const GC204: Rule = {
  code: 'GC204',
  check(ctx) {
    if (!ctx.model.usesTargetArgs) return;
    const seen = new Set<number>();
    for (const { call } of ctx.analysis.shipped) {
      const stage = call.stage;
      if (seen.has(stage.index) || ctx.analysis.finalStages.has(stage.index)) continue;
      seen.add(stage.index);
      const platform = stagePlatform(ctx, stage.index);
      if (/BUILDPLATFORM/.test(platform)) continue;
      if (platform !== '' && !/TARGETPLATFORM/.test(platform)) continue; // pinned on purpose
      const cgo = cgoState(call, ctx.model);
      if (cgo.explicit && cgo.enabled === true && !usesXx(ctx, stage.index)) continue; // needs a cross toolchain
      const steps: string[] = [];
      if (cgo.enabled === true && !usesXx(ctx, stage.index))
        steps.push(
          `cgo is on (${cgo.why}), so cross-compiling also needs a C cross toolchain for the target: use tonistiigi/xx (\`COPY --from=tonistiigi/xx / /\`, \`xx-apk add gcc musl-dev\` or \`xx-apt-get install gcc libc6-dev\`, \`xx-go build\`), or build with CGO_ENABLED=0`,
        );
      if (call.sub === 'install')
        steps.push(
          "go install with a GOARCH other than the build machine's writes the binary to $GOPATH/bin/$GOOS_$GOARCH/, not $GOPATH/bin/: build with `go build -o /out/app` (or copy from the per-platform directory)",
        );
      ctx.report({
        at: stage.from.keywordSpan,
        message: `builder stage ${stageName(stage)} has no --platform=$BUILDPLATFORM: in a multi-platform build Go runs under emulation for every platform instead of cross-compiling${steps.length > 0 ? ' (moving it needs more than the FROM flag, see the fix)' : ''}`,
        ...(steps.length > 0
          ? {
              fix: `Use \`FROM --platform=$BUILDPLATFORM\` with \`GOOS=$TARGETOS GOARCH=$TARGETARCH\`, and: ${steps.join('; ')}.`,
            }
          : {}),
      });
    }
  },
};

/** The --platform of each stage, through the stages it is built FROM (a child stage runs where its parent does). */
const platformsOf = new WeakMap<RuleContext['model'], string[]>();
function stagePlatform(ctx: RuleContext, index: number): string {
  let list = platformsOf.get(ctx.model);
  if (!list) {
    list = [];
    for (const s of ctx.model.stages) {
      const parent = s.from.parent !== undefined && s.from.parent < s.index ? list[s.from.parent] : undefined;
      list.push(s.from.platform?.value ?? parent ?? '');
    }
    platformsOf.set(ctx.model, list);
  }
  return list[index] ?? '';
}

/** The stage (or a stage it reads from) brings in tonistiigi/xx (xx-go, xx-apk, xx-apt). */
function usesXx(ctx: RuleContext, index: number): boolean {
  const stage = ctx.model.stages[index];
  if (!stage) return false;
  return stage.steps.some(
    (s) =>
      (s.keyword === 'RUN' &&
        /(^|[\s;&|])xx-(go|apk|apt|apt-get|clang|cc)\b/.test(
          s.scripts.map((x) => x.source.text).join('\n'),
        )) ||
      ((s.keyword === 'COPY' || s.keyword === 'ADD') && /(^|\/)xx(:|@|$)/.test(s.from?.value ?? '')),
  );
}

export const GC205: Rule = {
  code: 'GC205',
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const a = goFlag(call, 'a');
      if (!a || a.value === 'false') continue;
      ctx.report({
        at: a.word ? wordSpan(call, a.word) : (call.env('GOFLAGS').span ?? wordSpan(call)),
        message: `go ${call.sub} -a rebuilds every package and defeats the build cache`,
      });
    }
  },
};

export const GC206: Rule = {
  code: 'GC206',
  check(ctx) {
    const shipped = ctx.analysis.shipped.length > 0;
    for (const call of builds(ctx)) {
      // A tool installed by version whose output is not known to reach the final image.
      if (!shipped && call.sub === 'install' && call.flags.packages.some((w) => w.value.includes('@')))
        continue;
      const f = goFlag(call, 'trimpath');
      if (f && f.value !== 'false') continue;
      ctx.report({
        at: wordSpan(call, call.subWord ?? call.goWord),
        message: `go ${call.sub} without -trimpath writes the build paths (${call.step.workdir}, GOPATH, GOROOT) into the binary and its stack traces: the bytes depend on the directory layout of the build, not only on the sources`,
      });
    }
  },
};

export const GC207: Rule = {
  code: 'GC207',
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const ld = ldflagsOf(call);
      if (!/extldflags/.test(ld) || !/-static/.test(ld.slice(ld.indexOf('extldflags')))) continue;
      const f = call.flags.byName.get('ldflags');
      const w = f?.valueWord ?? f?.word;
      let at: Span = wordSpan(call);
      if (w) {
        const idx = w.raw.indexOf('-extldflags');
        at =
          idx >= 0
            ? call.script.source.span(w.start + idx, w.start + idx + '-extldflags'.length)
            : wordSpan(call, w);
      }
      const cgo = cgoState(call, ctx.model);
      if (cgo.enabled === false) {
        ctx.report({
          at,
          severity: 'info',
          message: `-extldflags -static has no effect with ${cgo.why}: the Go linker builds a static binary anyway; drop the flag`,
        });
      } else if (!/-linkmode[= ]+['"]?external/.test(ld) && !linksCCode(call, ctx.input.goImports)) {
        ctx.report({
          at,
          message: `-extldflags -static without -linkmode external: with cgo on (${cgo.why}) Go may link internally and ignore it, leaving a dynamic binary`,
        });
      }
    }
  },
};

const DATE_SUBST = /\$\(\s*date\b|`\s*date\b/;

/**
 * For one RUN script: each command's position, and where each variable is first set from the clock. One pass,
 * so a RUN of thousands of commands stays linear. Cached per script.
 */
const clockVarsCache = new WeakMap<
  GoCall['script'],
  { index: Map<GoCall['cmd'], number>; firstSet: Map<string, number> }
>();
function clockVarsOf(script: GoCall['script']) {
  const hit = clockVarsCache.get(script);
  if (hit) return hit;
  const index = new Map<GoCall['cmd'], number>();
  const firstSet = new Map<string, number>();
  script.commands.forEach((c, i) => {
    index.set(c, i);
    for (const a of [...c.assignments, ...c.words]) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(a.value);
      if (m && DATE_SUBST.test(a.raw) && !firstSet.has(m[1] as string)) firstSet.set(m[1] as string, i);
    }
  });
  const info = { index, firstSet };
  clockVarsCache.set(script, info);
  return info;
}

export const GC209: Rule = {
  code: 'GC209',
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const f = call.flags.byName.get('ldflags');
      const w = f?.valueWord ?? f?.word;
      const ld = ldflagsOf(call);
      if (w && DATE_SUBST.test(w.raw)) {
        const m = DATE_SUBST.exec(w.raw) as RegExpExecArray;
        ctx.report({
          at: call.script.source.span(w.start + m.index, w.start + m.index + m[0].length),
          message: `-ldflags stamps the build time with ${m[0].trim()}...: every build has a different binary and image digest`,
        });
        continue;
      }
      // A variable set from the clock earlier in the same RUN and used in -ldflags.
      const { index, firstSet } = clockVarsOf(call.script);
      const at = index.get(call.cmd) ?? Infinity;
      const used = [...ld.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
        .map((m) => m[1] as string)
        .find((v) => (firstSet.get(v) ?? Infinity) < at);
      if (used && w) {
        const m = new RegExp(`\\$\\{?${used}\\b\\}?`).exec(w.raw);
        const idx = m?.index ?? 0;
        ctx.report({
          at: call.script.source.span(w.start + idx, w.start + idx + (m?.[0].length ?? 1)),
          message: `-ldflags uses $${used}, set from the clock earlier in this RUN: every build has a different binary and image digest`,
        });
      }
    }
  },
};

export const COMPILE_RULES: readonly Rule[] = [GC201, GC202, GC203, GC204, GC205, GC206, GC207, GC209];
