import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type ExtraFlag, type ParsedArgs } from '../cli/args.js';
import { buildConfig, type Config } from '../config/config.js';
import { LocalHost } from '../host/local.js';
import { Context } from '../core/context.js';
import { compareFindings, severityRank, type Finding } from '../core/finding.js';
import { runPipeline } from '../core/pipeline.js';
import { discoverStage } from '../features/discover/stage.js';
import { lintStage } from '../features/lint/stage.js';
import { toSarif } from '../report/sarif.js';
import { sarifRules } from '../report/report.js';
import { defaultCacheDir } from './common.js';

declare const __VERSION__: string;

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const LINT_FLAGS: readonly ExtraFlag[] = [
  { name: 'format', description: 'Output format of `lint`: text, json or sarif.', default: 'text' },
];

const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|dockerfile)$/;

/** Dockerfiles named by a path: the file itself, or the Dockerfiles directly inside a directory. */
export async function dockerfilesAt(p: string): Promise<string[]> {
  const s = await stat(p).catch(() => undefined);
  if (!s) throw new UsageError(`'${p}' does not exist (expected a Dockerfile or a directory containing one)`);
  // Real paths: a symlinked Dockerfile is linted where it really is (the workspace is derived from it).
  if (s.isFile()) return [await realpath(p)];
  if (!s.isDirectory()) throw new UsageError(`'${p}' is neither a file nor a directory`);
  const names = (await readdir(p, { withFileTypes: true }))
    .filter((e) => e.isFile() && DOCKERFILE_NAME.test(e.name) && !e.name.endsWith('.dockerignore'))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new UsageError(`no Dockerfile in directory '${p}'`);
  const dir = await realpath(p);
  return names.map((n) => path.join(dir, n));
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface LintRun {
  readonly findings: Finding[];
  readonly errors: string[];
  readonly workspaces: string[];
}

/** Lints one Dockerfile with discover + lint, exactly as the pipeline does. */
async function lintOne(
  args: ParsedArgs,
  cwd: string,
  dockerfile?: string,
): Promise<{ ctx: Context; config: Config }> {
  let workspace = cwd;
  const overrides = new Map(args.inputs);
  if (dockerfile) {
    const explicitContext = args.inputs.get('context');
    const contextAbs = explicitContext ? path.resolve(cwd, explicitContext) : path.dirname(dockerfile);
    if (!inside(cwd, dockerfile) || !inside(cwd, contextAbs)) workspace = contextAbs;
    if (!inside(workspace, dockerfile)) workspace = path.dirname(dockerfile);
    overrides.set('context', path.relative(workspace, contextAbs) || '.');
    overrides.set('dockerfile', path.relative(workspace, dockerfile));
  }
  const config = buildConfig((name) => overrides.get(name), {
    workspace,
    defaultReportDir: path.join(workspace, 'go-container-ci-report'),
  });
  const verbose = args.extra.get('verbose') === 'true';
  const host = new LocalHost({
    reportDir: config.reportPath,
    cacheDir: args.extra.get('cache-dir') ?? defaultCacheDir(),
    verbose,
    ...(verbose ? {} : { write: () => undefined }),
  });
  const ctx = new Context(config, host);
  try {
    await runPipeline(ctx, [discoverStage, lintStage]);
  } finally {
    await host.dispose();
  }
  return { ctx, config };
}

/**
 * `go-container-ci lint [paths...] [--format text|json|sarif]`: paths are Dockerfiles or directories holding
 * them (default: the dockerfile/context inputs). Exit 0 clean, 1 findings at or above --fail-on, 2 usage or
 * input error (missing file, not a Dockerfile).
 */
export async function lintCommand(args: ParsedArgs): Promise<number> {
  const format = (args.extra.get('format') ?? 'text').toLowerCase();
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}, got '${format}'`);
  }
  const cwd = process.cwd();
  const targets: (string | undefined)[] = [];
  for (const p of args.positionals) targets.push(...(await dockerfilesAt(p)));
  if (targets.length === 0) targets.push(undefined);
  const findings: Finding[] = [];
  const errors: string[] = [];
  let failOn: Config['failOn'] = 'error';
  for (const t of targets) {
    const { ctx, config } = await lintOne(args, cwd, t);
    failOn = config.failOn;
    // Paths are shown relative to the current directory, as editors and problem matchers expect.
    const rebase = (file: string | undefined) =>
      file === undefined
        ? undefined
        : path.relative(cwd, path.join(config.workspace, file)).split(path.sep).join('/');
    for (const f of ctx.findings) {
      const file = rebase(f.file);
      findings.push(file !== undefined ? { ...f, file } : f);
    }
    for (const s of ctx.stages) if (s.status === 'failed') errors.push(`${s.name}: ${s.reason ?? 'failed'}`);
  }
  findings.sort(compareFindings);
  const out = process.stdout;
  if (format === 'text') {
    for (const f of findings) {
      out.write(`${f.file ?? '-'}:${f.line ?? 1}:${f.column ?? 1} ${f.code} ${f.severity} ${f.message}\n`);
    }
  } else if (format === 'json') {
    out.write(`${JSON.stringify({ findings, errors }, null, 2)}\n`);
  } else {
    const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
    const log = toSarif(findings, {
      version,
      rules: sarifRules(),
      srcRootUri: new URL(`file://${cwd.split(path.sep).join('/')}/`).href,
    });
    out.write(`${JSON.stringify(log, null, 2)}\n`);
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`error: ${e}\n`);
    return 2;
  }
  if (failOn === 'never') return 0;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}
