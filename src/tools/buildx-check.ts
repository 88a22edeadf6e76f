/**
 * BuildKit's own build checks: `docker buildx build --call=check,format=json` evaluates the Dockerfile (no step
 * runs) and prints its warnings as JSON on stdout; buildx exits 1 when there are any. Argument construction
 * and parsing are pure; the runner is thin.
 */
import { run, ToolError } from './exec.js';
import { childEnv } from './env-policy.js';
import { BUILDX_INSTALL_HINT } from './buildx.js';

export interface CheckRequest {
  readonly contextDir: string;
  readonly dockerfile: string;
  readonly target?: string;
  readonly platforms: readonly string[];
  readonly buildArgs: Readonly<Record<string, string>>;
  /** `name=source`, local paths absolute. */
  readonly buildContexts: readonly string[];
  readonly builder?: string;
}

/** One warning of BuildKit's checks. */
export interface BuildkitCheck {
  readonly rule: string;
  readonly description: string;
  readonly detail: string;
  readonly url?: string;
  /** The file BuildKit names (as buildx saw it, e.g. `Dockerfile`). */
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
}

export interface CheckResult {
  readonly checks: readonly BuildkitCheck[];
  /** The Dockerfile could not be evaluated (a parse error), with its message. */
  readonly buildError?: string;
}

/** The argument array (after `docker`). Pure. */
export function buildxCheckArgs(req: CheckRequest): string[] {
  const args = ['buildx', 'build', '--call=check,format=json', '--progress=quiet'];
  if (req.builder) args.push('--builder', req.builder);
  args.push('--file', req.dockerfile);
  if (req.target) args.push('--target', req.target);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  for (const [k, v] of Object.entries(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const c of req.buildContexts) args.push('--build-context', c);
  args.push('--', req.contextDir);
  return args;
}

interface RawPosition {
  line?: number;
}
interface RawWarning {
  ruleName?: unknown;
  description?: unknown;
  url?: unknown;
  detail?: unknown;
  location?: { sourceIndex?: number; ranges?: { start?: RawPosition; end?: RawPosition }[] };
}
interface RawResults {
  warnings?: RawWarning[] | null;
  sources?: ({ filename?: unknown } | null)[] | null;
  buildError?: { message?: unknown } | null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const positive = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;

/** The checks in buildx's JSON (frontend lint results: warnings, sources, buildError). Pure. */
export function parseCheckResults(json: string): CheckResult {
  let raw: RawResults;
  try {
    raw = JSON.parse(json) as RawResults;
  } catch (e) {
    const start = json.slice(0, 200).replace(/\s+/g, ' ');
    throw new ToolError(
      'docker buildx',
      `--call=check printed invalid JSON (${(e as Error).message}): ${start || '(empty)'}`,
    );
  }
  if (!raw || typeof raw !== 'object')
    throw new ToolError('docker buildx', '--call=check printed no JSON object');
  const sources = Array.isArray(raw.sources) ? raw.sources : [];
  const checks: BuildkitCheck[] = [];
  for (const w of Array.isArray(raw.warnings) ? raw.warnings : []) {
    const rule = text(w?.ruleName);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(rule)) continue;
    const range = w.location?.ranges?.[0];
    const line = positive(range?.start?.line);
    const endLine = positive(range?.end?.line);
    const file = text(sources[w.location?.sourceIndex ?? 0]?.filename);
    const url = text(w.url);
    checks.push({
      rule,
      description: text(w.description),
      detail: text(w.detail) || text(w.description) || rule,
      ...(/^https:\/\/\S+$/.test(url) ? { url } : {}),
      ...(file ? { file } : {}),
      ...(line ? { line } : {}),
      ...(endLine && line && endLine >= line ? { endLine } : {}),
    });
  }
  const buildError = text(raw.buildError?.message);
  return { checks, ...(buildError ? { buildError } : {}) };
}

/** Runs the checks. Exit 1 with JSON on stdout means "there are warnings", not a failure. */
export async function runBuildxCheck(
  req: CheckRequest,
  source: NodeJS.ProcessEnv = process.env,
): Promise<CheckResult> {
  const { stdout, exitCode, stderr } = await run('docker', buildxCheckArgs(req), {
    env: childEnv('docker', source),
    timeoutMs: 300_000,
    okExitCodes: [0, 1],
    installHint: BUILDX_INSTALL_HINT,
  });
  const at = stdout.indexOf('{');
  const json = at < 0 ? '' : stdout.slice(at);
  if (exitCode !== 0 && !json.trim().startsWith('{'))
    throw new ToolError(
      'docker buildx',
      `--call=check failed: ${stderr.trim().split('\n').slice(-5).join('\n')}`,
    );
  return parseCheckResults(json || '{}');
}
