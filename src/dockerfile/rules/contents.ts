/** GC4xx: what ends up in the image. */
import { posix } from 'node:path';
import { isExcluded, parseDockerignore } from '../dockerignore.js';
import { callProgram, isExportStage, packageInstall } from '../analysis.js';
import { tlsUse } from '../goimports.js';
import { ancestors, type CopyStep, type Stage } from '../model.js';
import { programName, unwrapCommand } from '../shell.js';
import { isContextCopy } from './modules.js';
import { stageName } from './process.js';
import type { Rule, RuleContext } from './types.js';

/** Context entries that should never be sent to the builder (a trailing '/' marks a directory). */
const SENSITIVE: readonly { re: RegExp; what: string }[] = [
  { re: /^\.env(\..+)?$/, what: 'environment file' },
  { re: /\.(pem|key|p12|pfx)$/, what: 'key material' },
  { re: /^id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, what: 'SSH key' },
  { re: /^\.(netrc|git-credentials|npmrc|pypirc)$/, what: 'credentials file' },
  { re: /^\.(ssh|aws|gnupg)\/$/, what: 'credentials directory' },
  { re: /^node_modules\/$/, what: 'node_modules' },
];

export const GC401: Rule = {
  code: 'GC401',
  check(ctx) {
    const copies: CopyStep[] = [];
    for (const stage of ctx.model.stages) {
      if (!ctx.model.used.has(stage.index)) continue;
      for (const s of stage.steps)
        if ((s.keyword === 'COPY' || s.keyword === 'ADD') && isContextCopy(s)) copies.push(s);
    }
    const first = copies[0];
    if (!first) return;
    const di = ctx.input.dockerignore;
    const git = gitUse(ctx);
    if (!di) {
      ctx.report({
        at: first.keywordSpan,
        message: git
          ? `${first.keyword} ${first.sources.map((s) => s.value).join(' ')} sends the whole build context, but there is no .dockerignore: local .env files, keys and build output go to the builder and into the image; the build reads .git (${git}), so exclude the rest and keep .git`
          : `${first.keyword} ${first.sources.map((s) => s.value).join(' ')} sends the whole build context, but there is no .dockerignore: .git, local .env files and keys go to the builder and into the image`,
        ...(git
          ? {
              fix: 'Add a .dockerignore with `.env*`, `*.pem`, `*.key`, build output and editor files; keep `.git` (the build reads it: without it the version stamp and vcs.revision are lost), or pass the version as a build arg and exclude `.git` too.',
            }
          : {}),
      });
      return;
    }
    const patterns = parseDockerignore(di.text);
    const missing: string[] = [];
    if (
      !git &&
      !isExcluded(patterns, '.git') &&
      (ctx.input.contextEntries === undefined || ctx.input.contextEntries.includes('.git/'))
    )
      missing.push('.git');
    for (const entry of ctx.input.contextEntries ?? []) {
      const name = entry.replace(/^.*\/(?=[^/]+\/?$)/, '');
      const hit = SENSITIVE.find((s) => s.re.test(name));
      if (hit && !isExcluded(patterns, entry.replace(/\/$/, '')))
        missing.push(`${entry.replace(/\/$/, '')} (${hit.what})`);
    }
    if (missing.length > 0) {
      ctx.report({
        at: { line: 1, column: 1 },
        file: di.file,
        message: `${di.file} does not exclude ${missing.join(', ')}, and ${first.keyword} at line ${first.span.start.line} of the Dockerfile copies the whole context`,
      });
    }
  },
};

const GIT_READ =
  /(?:^|[\s;&|(`]|\$\()git\s+(?:-C\s+\S+\s+)?(describe|rev-parse|log|tag|show|status|rev-list|symbolic-ref|branch|diff|name-rev|checkout)\b/m;

/** `exec.Command("git", "describe", ...)` and friends in a Go build program (`go run build.go`). */
const GO_GIT_READ = /"git"\s*,\s*"(describe|rev-parse|log|tag|show|status|rev-list|symbolic-ref|branch)"/;

/** Whether the build reads the repository's .git, and where (for messages); undefined when it does not. */
function gitUse(ctx: RuleContext): string | undefined {
  const read = ctx.input.readContextFile;
  for (const stage of ctx.model.stages) {
    if (!ctx.model.used.has(stage.index)) continue;
    for (const step of stage.steps) {
      if (step.keyword !== 'RUN') continue;
      const line = step.span.start.line;
      for (const script of step.scripts) {
        const m = GIT_READ.exec(script.source.text);
        if (m) return `git ${m[1]} at line ${line}`;
        if (/-buildvcs(=true)?(\s|$|["'])/.test(script.source.text)) return `-buildvcs at line ${line}`;
        for (const c of script.commands) {
          const file = scriptFile(c.words.map((w) => w.value));
          if (!file || !read) continue;
          const text = file.make
            ? (read('Makefile') ?? read('GNUmakefile') ?? read('makefile'))
            : read(file.path);
          if (text !== undefined && (GIT_READ.test(text) || GO_GIT_READ.test(text)))
            return `${file.label} at line ${line} runs git`;
        }
      }
    }
  }
  return undefined;
}

/** The context file a command runs: a Makefile for make, the script of `sh x.sh`/`./x.sh`, `go run x.go`. */
function scriptFile(argv: readonly string[]): { path: string; label: string; make?: boolean } | undefined {
  const [p0, p1, p2] = argv;
  if (!p0) return undefined;
  const prog = p0.replace(/^.*\//, '');
  if (prog === 'make' || prog === 'gmake') return { path: 'Makefile', label: 'make', make: true };
  if ((prog === 'sh' || prog === 'bash') && p1 && !p1.startsWith('-'))
    return { path: p1.replace(/^\.\//, ''), label: p1 };
  if (p0.startsWith('./') || /\.sh$/.test(p0)) return { path: p0.replace(/^\.\//, ''), label: p0 };
  if (prog === 'go' && p1 === 'run' && p2?.endsWith('.go'))
    return { path: p2.replace(/^\.\//, ''), label: `go run ${p2}` };
  return undefined;
}

/** Directories of a stage (and its parents) that hold a copy of the build context. */
function sourceDirs(stages: readonly Stage[], index: number): string[] {
  const out: string[] = [];
  for (const s of ancestors(stages, stages[index])) {
    for (const st of s.steps) {
      if ((st.keyword === 'COPY' || st.keyword === 'ADD') && isContextCopy(st) && st.destAbs)
        out.push(st.destAbs.replace(/(.)\/$/, '$1'));
    }
  }
  return out;
}

export const GC402: Rule = {
  code: 'GC402',
  check(ctx) {
    for (const step of ctx.analysis.finalSteps) {
      if ((step.keyword !== 'COPY' && step.keyword !== 'ADD') || step.fromStage === undefined) continue;
      const dirs = sourceDirs(ctx.model.stages, step.fromStage);
      if (dirs.length === 0) continue;
      const from = ctx.model.stages[step.fromStage] as Stage;
      for (const src of step.sources) {
        const abs = posix.resolve(from.workdir, src.value).replace(/(.)\/$/, '$1');
        const dir = dirs.find((d) => d === abs || d.startsWith(abs === '/' ? '/' : `${abs}/`));
        if (dir) {
          ctx.report({
            at: src.span,
            message: `COPY --from=${step.from?.value ?? ''} ${src.value} copies ${abs}, which holds the build context of stage ${stageName(from)} (${dir}): sources, go.mod and .git land in the final image; copy only the binary`,
          });
        }
      }
    }
  },
};

const SECRET_NAME =
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|AUTH|NETRC)(_|$)/i;
const NOT_SECRET = /(_FILE|_PATH|_DIR|_ID|_URL|_USER(NAME)?|_TYPE|_HOST)$/i;
const SECRET_FILE =
  /(^|\/)(\.netrc|\.git-credentials|id_(rsa|dsa|ecdsa|ed25519)|\.ssh\/?|[^/]+\.key|\.npmrc)$/;

/** A secret-named variable a RUN writes into a file: `git config url."https://${TOKEN}@..."`, `echo $TOKEN > f`. */
function tokenWrite(
  text: string,
  commands: readonly {
    words: readonly { value: string }[];
    redirects: readonly { op: string; target?: { value: string } }[];
  }[],
): { name: string; file: string } | undefined {
  const secretVar = (t: string) =>
    [...t.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
      .map((m) => m[1] as string)
      .find((n) => SECRET_NAME.test(n) && !NOT_SECRET.test(n));
  for (const c of commands) {
    const words = c.words.map((w) => w.value);
    const argText = words.join(' ');
    if (words[0] === 'git' && words[1] === 'config' && /url\.|credential|insteadOf/i.test(argText)) {
      const name = secretVar(argText) ?? secretVar(text.includes('insteadOf') ? argText : '');
      if (name) return { name, file: words.includes('--system') ? '/etc/gitconfig' : '~/.gitconfig' };
    }
    for (const r of c.redirects) {
      if ((r.op === '>' || r.op === '>>') && r.target && r.target.value !== '/dev/null') {
        const name = secretVar(argText);
        if (name) return { name, file: r.target.value };
      }
    }
  }
  return undefined;
}

export const GC403: Rule = {
  code: 'GC403',
  check(ctx) {
    const reportName = (name: string, span: import('../text.js').Span, kind: 'ARG' | 'ENV') => {
      if (!SECRET_NAME.test(name) || NOT_SECRET.test(name)) return;
      ctx.report({
        at: span,
        severity: kind === 'ENV' ? 'error' : 'warning',
        message:
          kind === 'ENV'
            ? `ENV ${name} stores a secret in the image config: anyone who pulls the image can read it; use RUN --mount=type=secret`
            : `ARG ${name} looks like a secret: build arg values are recorded in the image history; use RUN --mount=type=secret`,
      });
    };
    for (const e of ctx.model.globalArgs.values())
      if (e.kind === 'arg' && e.span) reportName(e.name, e.span, 'ARG');
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword === 'ARG' || step.keyword === 'ENV') {
          for (const p of step.pairs) reportName(p.name.value, p.name.span, step.keyword);
        } else if (
          (step.keyword === 'COPY' || step.keyword === 'ADD') &&
          step.fromStage === undefined &&
          !step.from
        ) {
          for (const s of step.sources) {
            if (SECRET_FILE.test(s.value)) {
              ctx.report({
                at: s.span,
                message: `${step.keyword} ${s.value} puts a credentials file into a layer, where it stays even if a later step deletes it; use RUN --mount=type=secret`,
              });
            }
          }
        } else if (step.keyword === 'RUN') {
          const ships = ctx.analysis.finalStages.has(stage.index);
          for (const script of step.scripts) {
            const written = tokenWrite(script.source.text, script.commands);
            if (written) {
              ctx.report({
                at: step.keywordSpan,
                severity: ships ? 'error' : 'warning',
                message: `RUN writes $${written.name} into ${written.file}${ships ? ', a file of the final image: anyone who pulls the image reads the token' : ': the file stays in this layer and its cache'}; use RUN --mount=type=secret and keep the token out of files`,
              });
              continue;
            }
            for (const c of script.commands)
              for (const r of c.redirects) {
                if (
                  (r.op === '>' || r.op === '>>') &&
                  r.target &&
                  /(^|\/)(\.netrc|\.git-credentials)$/.test(r.target.value)
                ) {
                  ctx.report({
                    at: script.source.span(r.target.start, r.target.end),
                    message: `RUN writes credentials to ${r.target.value}: the file stays in the layer; use RUN --mount=type=secret`,
                  });
                }
              }
          }
        }
      }
    }
  },
};

export const GC404: Rule = {
  code: 'GC404',
  check(ctx) {
    const t = ctx.model.target;
    if (!t || t.base.caCerts !== false || isExportStage(ctx.analysis)) return;
    // Programs whose imports show no TLS client need no CA certificates.
    const programs = ctx.analysis.shipped.map(({ call }) => callProgram(call, ctx.input.goImports));
    if (programs.length > 0 && programs.every((p) => p !== undefined && tlsUse(p.imports) === 'no')) return;
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword === 'COPY' || step.keyword === 'ADD') {
        const texts = [...step.sources.map((s) => s.value), step.destAbs ?? ''];
        if (texts.some((x) => /ca-certificates|\/etc\/ssl|\/etc\/pki|certs?\/?$|\.crt$/.test(x))) return;
      }
      if (step.keyword === 'RUN') {
        for (const script of step.scripts)
          for (const c of script.commands) {
            const pm = packageInstall(c);
            if (pm?.packages.some((p) => /^ca-certificates/.test(p.value))) return;
          }
      }
    }
    if (t.scope.get('SSL_CERT_FILE') || t.scope.get('SSL_CERT_DIR')) return;
    const root = ctx.analysis.finalChain[0] ?? t;
    ctx.report({
      at: root.from.imageSpan,
      message: `the final image ${t.rootImage} (${t.base.label}) has no CA certificates and none are copied or installed: TLS connections fail with x509: certificate signed by unknown authority`,
    });
  },
};

export const GC407: Rule = {
  code: 'GC407',
  check(ctx) {
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword !== 'RUN') continue;
      const text = step.scripts.map((s) => s.source.text).join('\n');
      const cacheMount = (p: RegExp) => step.mounts.some((m) => m.type === 'cache' && p.test(m.target ?? ''));
      for (const script of step.scripts)
        for (const c of script.commands) {
          const pm = packageInstall(c);
          if (!pm) continue;
          const { words } = unwrapCommand(c);
          const w = words[0];
          if (!w) continue;
          const at = script.source.span(w.start, w.end);
          if (pm.manager === 'apk') {
            if (
              pm.options.some((o) => o.value === '--no-cache') ||
              /\/var\/cache\/apk/.test(text) ||
              cacheMount(/\/var\/cache\/apk/)
            )
              continue;
            ctx.report({
              at,
              message: 'apk add without --no-cache leaves the package index in the final image',
            });
          } else if (pm.manager === 'apt') {
            if (
              /rm\s+(-\w+\s+)*\/var\/lib\/apt\/lists/.test(text) ||
              cacheMount(/\/var\/lib\/apt/) ||
              (programName(c) === 'apt-get' && /apt-get\s+clean/.test(text) && /lists/.test(text))
            )
              continue;
            ctx.report({
              at,
              message: `${programName(c)} install without rm -rf /var/lib/apt/lists/* in the same RUN leaves the package lists in the final image`,
            });
          }
        }
    }
  },
};

export const CONTENT_RULES: readonly Rule[] = [GC401, GC402, GC403, GC404, GC407];
