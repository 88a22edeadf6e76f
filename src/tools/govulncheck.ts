/**
 * govulncheck (golang.org/x/vuln): which Go vulnerabilities a compiled binary can reach. The wrapper builds the
 * arguments and a minimal environment; the parser of its `-format json` stream is pure.
 */
import os from 'node:os';
import path from 'node:path';
import { run, ToolError, which } from './exec.js';

export const GOVULNCHECK_MODULE = 'golang.org/x/vuln/cmd/govulncheck';
/** Pinned like scripts/versions.env GOVULNCHECK_VERSION (its go line, 1.26.0, is what it needs to build). */
export const GOVULNCHECK_VERSION = 'v1.9.0';
export const GOVULNCHECK_INSTALL_HINT = `install govulncheck (go install ${GOVULNCHECK_MODULE}@${GOVULNCHECK_VERSION}), or add reachability to the skip input`;

/** `govulncheck -mode=binary -format=json -db DB BINARY`. Pure. */
export function govulncheckArgs(binary: string, db: string): string[] {
  return ['-mode=binary', '-format=json', '-db', db, binary];
}

/** The variables govulncheck may see: where to find things, proxies, and Go's own settings; no secrets. Pure. */
export function govulncheckEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (['PATH', 'HOME', 'TMPDIR'].includes(k) || /^(https?|no)_proxy$/i.test(k) || /^GO[A-Z0-9_]*$/.test(k))
      out[k] = v;
  }
  // Telemetry off: the report goes nowhere.
  out.GOTELEMETRY = 'off';
  return out;
}

/** How far govulncheck got with one vulnerability in one binary. */
export type TraceLevel = 'module' | 'package' | 'symbol';

export interface GovulnFinding {
  readonly osv: string;
  readonly fixedVersion?: string;
  readonly level: TraceLevel;
  readonly module: string;
  readonly version?: string;
  readonly package?: string;
  /** `Func` or `Type.Method`, at symbol level. */
  readonly symbol?: string;
}

export interface GovulnEntry {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly summary?: string;
}

export interface GovulnReport {
  readonly goVersion?: string;
  readonly scanLevel?: string;
  readonly entries: ReadonlyMap<string, GovulnEntry>;
  readonly findings: readonly GovulnFinding[];
}

/** Top-level JSON values of a stream of concatenated values (govulncheck pretty-prints one per message). Pure. */
export function splitJsonStream(text: string, tool = 'govulncheck'): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) throw new ToolError(tool, `${tool} printed a stray '${c}' at offset ${i}`);
      if (depth === 0) {
        try {
          out.push(JSON.parse(text.slice(start, i + 1)));
        } catch (e) {
          throw new ToolError(
            tool,
            `${tool} printed invalid JSON at offset ${start}: ${(e as Error).message}`,
          );
        }
      }
    } else if (depth === 0 && !/\s/.test(c ?? '')) {
      throw new ToolError(tool, `${tool} printed text outside a JSON value at offset ${i}`);
    }
  }
  if (depth !== 0 || inString)
    throw new ToolError(tool, `${tool}'s JSON output ends in the middle of a value`);
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseFinding(raw: Record<string, unknown>): GovulnFinding | undefined {
  const osv = str(raw.osv);
  const frame = Array.isArray(raw.trace) && isObj(raw.trace[0]) ? raw.trace[0] : undefined;
  const module = frame && str(frame.module);
  if (!osv || !frame || !module) return undefined;
  const pkg = str(frame.package);
  const fn = str(frame.function);
  const receiver = str(frame.receiver)?.replace(/^\*/, '');
  const fixed = str(raw.fixed_version);
  const version = str(frame.version);
  return {
    osv,
    ...(fixed ? { fixedVersion: fixed } : {}),
    level: fn ? 'symbol' : pkg ? 'package' : 'module',
    module,
    ...(version ? { version } : {}),
    ...(pkg ? { package: pkg } : {}),
    ...(fn ? { symbol: receiver ? `${receiver}.${fn}` : fn } : {}),
  };
}

/** The `-format json` stream: the binary's Go version, the database entries seen and every finding. Pure. */
export function parseGovulncheckJson(text: string): GovulnReport {
  const entries = new Map<string, GovulnEntry>();
  const findings: GovulnFinding[] = [];
  let goVersion: string | undefined;
  let scanLevel: string | undefined;
  for (const msg of splitJsonStream(text)) {
    if (!isObj(msg))
      throw new ToolError('govulncheck', 'govulncheck printed a JSON value that is not an object');
    if (isObj(msg.config)) scanLevel = str(msg.config.scan_level) ?? scanLevel;
    if (isObj(msg.SBOM)) goVersion = str(msg.SBOM.go_version) ?? goVersion;
    if (isObj(msg.osv)) {
      const id = str(msg.osv.id);
      if (id) {
        const aliases = Array.isArray(msg.osv.aliases)
          ? msg.osv.aliases.filter((a) => typeof a === 'string')
          : [];
        const summary = str(msg.osv.summary);
        entries.set(id, { id, aliases, ...(summary ? { summary } : {}) });
      }
    }
    if (isObj(msg.finding)) {
      const f = parseFinding(msg.finding);
      if (f) findings.push(f);
    }
  }
  return { ...(goVersion ? { goVersion } : {}), ...(scanLevel ? { scanLevel } : {}), entries, findings };
}

export class Govulncheck {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Scans one binary; exit code 3 means "vulnerabilities found", which is what we asked. */
  async scanBinary(binary: string, db: string, timeoutMs = 300_000): Promise<GovulnReport> {
    const { stdout } = await run('govulncheck', govulncheckArgs(binary, db), {
      env: govulncheckEnv(this.env),
      timeoutMs,
      okExitCodes: [0, 3],
      installHint: GOVULNCHECK_INSTALL_HINT,
    });
    return parseGovulncheckJson(stdout);
  }
}

/**
 * Makes govulncheck callable: on PATH already, or (when installs are allowed: on GitHub) built with the runner's
 * Go by `go install module@version` into the tool cache. There is no prebuilt release to pin a sha256 of; the
 * go command checks every module it downloads against the Go checksum database (GOSUMDB), which pins the
 * source instead. Returns undefined when callable, else why not.
 */
export async function provideGovulncheck(
  allowInstall: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (await which('govulncheck', env)) return undefined;
  if (!allowInstall) return `govulncheck is not on PATH: ${GOVULNCHECK_INSTALL_HINT}`;
  if (!(await which('go', env)))
    return 'govulncheck is not on PATH and there is no Go to build it with (add actions/setup-go before this step)';
  const gobin = path.join(env.RUNNER_TOOL_CACHE ?? os.tmpdir(), 'govulncheck', GOVULNCHECK_VERSION);
  await run('go', ['install', `${GOVULNCHECK_MODULE}@${GOVULNCHECK_VERSION}`], {
    env: { ...govulncheckEnv(env), GOBIN: gobin, CGO_ENABLED: '0' },
    timeoutMs: 600_000,
  });
  env.PATH = `${gobin}${path.delimiter}${env.PATH ?? ''}`;
  return undefined;
}
