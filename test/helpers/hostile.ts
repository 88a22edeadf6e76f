/**
 * Shared by the hostile-input and fault tests: a per-case time guard, a snapshot of the places a case must not
 * write to, what counts as "our typed error", and a record of each case for scripts/reliability-report.mjs
 * (written only when GCC_RELIABILITY_OUT names a file).
 */
import { appendFileSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../src/config/errors.js';
import { ConfigError } from '../../src/config/config.js';
import { ToolError } from '../../src/tools/exec.js';
import { UnsafeCacheArchiveError } from '../../src/cache/verify.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOSTILE_DIR = path.join(REPO, 'test', 'hostile');

/** Generous: a case that needs this long is a hang, not a slow parser. */
export const CASE_GUARD_MS = 20_000;

/** Our typed errors: what bad input may throw. Anything else is a crash. */
export function isTypedError(e: unknown): boolean {
  return (
    e instanceof InputError ||
    e instanceof ConfigError ||
    e instanceof ToolError ||
    e instanceof UnsafeCacheArchiveError
  );
}

export type Outcome = 'ok' | 'typed-error';

export class CaseCrashed extends Error {
  constructor(name: string, cause: unknown) {
    super(
      `${name}: crashed with ${cause instanceof Error ? `${cause.name}: ${cause.message}\n${cause.stack ?? ''}` : String(cause)}`,
    );
    this.name = 'CaseCrashed';
  }
}

/**
 * Runs fn, failing when it throws anything but our typed errors, or when it takes longer than the guard (a
 * timer rejects the race for asynchronous hangs; the elapsed time is checked as well, for synchronous work
 * that blocks the timer). `guardMs` null: no time guard here (the caller guards against a baseline).
 */
export async function guarded(
  name: string,
  fn: () => unknown,
  guardMs: number | null = CASE_GUARD_MS,
): Promise<{ outcome: Outcome; error?: unknown; ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang =
    guardMs === null
      ? undefined
      : new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${name}: no answer within ${guardMs} ms (a hang)`)),
            guardMs,
          );
        });
  try {
    await (hang ? Promise.race([Promise.resolve().then(fn), hang]) : Promise.resolve().then(fn));
    return { outcome: 'ok', ms: check(name, started, guardMs) };
  } catch (e) {
    if (e instanceof Error && /\(a hang\)$/.test(e.message)) throw e;
    if (!isTypedError(e)) throw new CaseCrashed(name, e);
    return { outcome: 'typed-error', error: e, ms: check(name, started, guardMs) };
  } finally {
    clearTimeout(timer);
  }
}

function check(name: string, started: number, guardMs: number | null): number {
  const ms = Math.round(performance.now() - started);
  if (guardMs !== null && ms > guardMs)
    throw new Error(`${name}: took ${ms} ms, beyond the ${guardMs} ms guard (a hang)`);
  return ms;
}

/** Every file and directory under root (names, sizes and mtimes), skipping the given directory names. */
export function treeSnapshot(root: string, skip: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (skip.includes(name)) continue;
      const p = path.join(dir, name);
      try {
        const s = lstatSync(p);
        out.set(path.relative(root, p), `${s.size}:${s.mtimeMs}:${s.mode}`);
        if (s.isDirectory()) walk(p);
      } catch {
        // vanished
      }
    }
  };
  walk(root);
  return out;
}

/** What changed between two snapshots: added, removed or modified paths. */
export function snapshotDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [p, sig] of after) {
    if (!before.has(p)) changes.push(`added ${p}`);
    else if (before.get(p) !== sig) changes.push(`modified ${p}`);
  }
  for (const p of before.keys()) if (!after.has(p)) changes.push(`removed ${p}`);
  return changes;
}

export interface CaseRecord {
  readonly suite: string;
  readonly category: string;
  readonly name: string;
  readonly outcome: Outcome | 'crash' | 'hang';
  readonly ms?: number;
  readonly writesOutsideTemp: number;
  readonly secretsLeaked?: number;
  readonly fault?: boolean;
  /** Generated inputs tried (property tests): counted instead of 1. */
  readonly runs?: number;
}

/** Appends one case to the reliability record (JSON lines), when the report script asked for it. */
export function record(r: CaseRecord): void {
  const file = process.env.GCC_RELIABILITY_OUT;
  if (file) appendFileSync(file, `${JSON.stringify(r)}\n`);
}

/**
 * Runs one case with every guard: typed errors only, in time, no writes outside `parent` (the temp dir the
 * case may write to; TMPDIR points there) - the repository is snapshotted before and after, and no new
 * "hostile" entry may appear next to parent in the real temp dir. `guardMs`: as for guarded.
 */
export async function hostileCase(
  parent: string,
  category: string,
  name: string,
  fn: () => unknown,
  guardMs: number | null = CASE_GUARD_MS,
): Promise<Outcome> {
  const realTmp = path.dirname(parent);
  const before = treeSnapshot(REPO, ['node_modules', '.git']);
  const tmpBefore = new Set(readdirSync(realTmp));
  let outcome: Outcome | 'crash' | 'hang' = 'crash';
  let ms: number | undefined;
  let writes = 0;
  try {
    const r = await guarded(name, fn, guardMs);
    outcome = r.outcome;
    ms = r.ms;
    const changes = snapshotDiff(before, treeSnapshot(REPO, ['node_modules', '.git']));
    // Other test files run in parallel and make their own temp dirs: only ours carry "hostile", and the
    // hostile suites' own parents (gcc-hostile-*, made by mkdtemp in each test file) are not strays.
    const strays = readdirSync(realTmp).filter(
      (n) => !tmpBefore.has(n) && /hostile/i.test(n) && !n.startsWith('gcc-hostile-'),
    );
    writes = changes.length + strays.length;
    expect({ changes, strays }).toEqual({ changes: [], strays: [] });
    return r.outcome;
  } catch (e) {
    if (e instanceof Error && /a hang/.test(e.message)) outcome = 'hang';
    throw e;
  } finally {
    record({
      suite: 'hostile',
      category,
      name,
      outcome,
      ...(ms !== undefined ? { ms } : {}),
      writesOutsideTemp: writes,
    });
  }
}
