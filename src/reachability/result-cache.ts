/**
 * govulncheck's result for one binary, kept between runs: keyed by the binary's content (sha256), the Go
 * vulnerability database's identity (its URL and index digests) and govulncheck's own identity (its version and
 * the sha256 of its executable), so a new database or a new govulncheck is a miss. One JSON file per entry in a
 * directory that the host cache keeps like the trivy database (src/cache/host-dir.ts).
 *
 * The directory comes back from a cache any job of the repository may have written, so an entry is evidence to
 * check, not to trust: it must be a plain file (no symlink) of bounded size, parse into the exact shape written
 * here, name the key it is read for, carry the digest of its own content, and name only vulnerabilities the
 * database in use has. Anything else is ignored with a warning and govulncheck runs as if there were no entry.
 * The parsers are pure; the class does the file work.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GovulnEntry, GovulnFinding, GovulnReport, TraceLevel } from '../tools/govulncheck.js';

/** Bumped when the entry's shape or meaning changes: old entries become misses. */
export const RESULT_CACHE_FORMAT = 1;
/** Largest entry read; a real one is a few KiB. */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const MAX_ITEMS = 20_000;
const MAX_TEXT = 4096;

export interface ResultKey {
  /** sha256 (hex) of the binary's bytes. */
  readonly binary: string;
  /** The database as govulncheck was given it (`file://…`). */
  readonly db: string;
  /** Digest of the database's index (db.json with its modified time, vulns.json). */
  readonly dbDigest: string;
  /** govulncheck's version as it reports it (`v1.9.0`). */
  readonly toolVersion: string;
  /** sha256 of govulncheck's executable. */
  readonly toolDigest: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The entry's file name: a digest of every part of the key and the format. Pure. */
export function entryName(key: ResultKey): string {
  const canonical = JSON.stringify([
    RESULT_CACHE_FORMAT,
    key.binary,
    key.db,
    key.dbDigest,
    key.toolVersion,
    key.toolDigest,
  ]);
  return `${createHash('sha256').update(canonical).digest('hex')}.json`;
}

interface StoredReport {
  readonly goVersion?: string;
  readonly scanLevel?: string;
  readonly entries: readonly GovulnEntry[];
  readonly findings: readonly GovulnFinding[];
}

function storedReport(r: GovulnReport): StoredReport {
  return {
    ...(r.goVersion ? { goVersion: r.goVersion } : {}),
    ...(r.scanLevel ? { scanLevel: r.scanLevel } : {}),
    entries: [...r.entries.values()].map((e) => ({
      id: e.id,
      aliases: [...e.aliases],
      ...(e.summary ? { summary: e.summary } : {}),
    })),
    findings: r.findings.map(canonicalFinding),
  };
}

/** A finding with its fields in one fixed order (the digest is over the JSON text). Pure. */
function canonicalFinding(f: GovulnFinding): GovulnFinding {
  return {
    osv: f.osv,
    level: f.level,
    module: f.module,
    ...(f.fixedVersion !== undefined ? { fixedVersion: f.fixedVersion } : {}),
    ...(f.version !== undefined ? { version: f.version } : {}),
    ...(f.package !== undefined ? { package: f.package } : {}),
    ...(f.symbol !== undefined ? { symbol: f.symbol } : {}),
  };
}

/** The key with its fields in one fixed order. Pure. */
function canonicalKey(k: ResultKey): ResultKey {
  return {
    binary: k.binary,
    db: k.db,
    dbDigest: k.dbDigest,
    toolVersion: k.toolVersion,
    toolDigest: k.toolDigest,
  };
}

/** What is cached for one binary: govulncheck's report as the check refined it (check.ts). */
export interface CachedResult {
  readonly report: GovulnReport;
  /** Stripped and without a readable pclntab: govulncheck's verdicts are its conservative guess. */
  readonly symbolsUnknown: boolean;
}

const digestOf = (key: ResultKey, symbolsUnknown: boolean, report: StoredReport) =>
  createHash('sha256')
    .update(JSON.stringify({ format: RESULT_CACHE_FORMAT, key: canonicalKey(key), symbolsUnknown, report }))
    .digest('hex');

/** The text of an entry. Pure. */
export function serializeEntry(key: ResultKey, result: CachedResult): string {
  const stored = storedReport(result.report);
  const k = canonicalKey(key);
  const { symbolsUnknown } = result;
  return `${JSON.stringify({ format: RESULT_CACHE_FORMAT, key: k, symbolsUnknown, report: stored, digest: digestOf(k, symbolsUnknown, stored) })}\n`;
}

// --------------------------------------------------------------------------------------------- validation

class Invalid extends Error {}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Only these keys, each of them own (a `__proto__` key from JSON.parse is an own key too, and not allowed). */
function onlyKeys(v: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) throw new Invalid(`${what} has an unknown field`);
}

function text(v: unknown, what: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  // Text only: no control characters but line breaks and tabs, bounded.
  if (
    typeof v !== 'string' ||
    v === '' ||
    v.length > MAX_TEXT ||
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)
  )
    throw new Invalid(`${what} is not a valid string`);
  return v;
}

function list(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v) || v.length > MAX_ITEMS) throw new Invalid(`${what} is not a list`);
  return v;
}

const LEVELS: readonly TraceLevel[] = ['module', 'package', 'symbol'];

function parseStoredEntry(v: unknown): GovulnEntry {
  if (!isObj(v)) throw new Invalid('an entry is not an object');
  onlyKeys(v, ['id', 'aliases', 'summary'], 'an entry');
  const id = text(v.id, 'an entry id') as string;
  const aliases = list(v.aliases, 'aliases').map((a) => text(a, 'an alias') as string);
  const summary = text(v.summary, 'a summary', true);
  return { id, aliases, ...(summary ? { summary } : {}) };
}

function parseStoredFinding(v: unknown): GovulnFinding {
  if (!isObj(v)) throw new Invalid('a finding is not an object');
  onlyKeys(v, ['osv', 'fixedVersion', 'level', 'module', 'version', 'package', 'symbol'], 'a finding');
  if (!LEVELS.includes(v.level as TraceLevel)) throw new Invalid('a finding has an unknown level');
  const level = v.level as TraceLevel;
  const out: Record<string, string> = {};
  for (const k of ['fixedVersion', 'version', 'package', 'symbol'] as const) {
    const s = text(v[k], `a finding's ${k}`, true);
    if (s !== undefined) out[k] = s;
  }
  // The level must agree with what the trace names (as parseGovulncheckJson derives it).
  if ((level === 'symbol') !== (out.symbol !== undefined)) throw new Invalid('a finding level disagrees');
  if (level === 'package' && out.package === undefined) throw new Invalid('a finding level disagrees');
  return canonicalFinding({
    osv: text(v.osv, "a finding's osv") as string,
    level,
    module: text(v.module, "a finding's module") as string,
    ...out,
  });
}

export type ParsedEntry =
  ({ readonly ok: true } & CachedResult) | { readonly ok: false; readonly why: string };

/**
 * An entry's text read back for `key`: the report when the entry is exactly what serializeEntry writes for this
 * key, its digest matches and (when `known` is given) every vulnerability it names is in the database. Pure.
 */
export function parseEntry(textIn: string, key: ResultKey, known?: (id: string) => boolean): ParsedEntry {
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(textIn);
    } catch {
      throw new Invalid('not JSON');
    }
    if (!isObj(raw)) throw new Invalid('not an object');
    onlyKeys(raw, ['format', 'key', 'symbolsUnknown', 'report', 'digest'], 'the entry');
    if (typeof raw.symbolsUnknown !== 'boolean') throw new Invalid('no symbolsUnknown flag');
    const symbolsUnknown = raw.symbolsUnknown;
    if (raw.format !== RESULT_CACHE_FORMAT) throw new Invalid(`format ${String(raw.format)}`);
    const k = raw.key;
    if (!isObj(k)) throw new Invalid('no key');
    onlyKeys(k, ['binary', 'db', 'dbDigest', 'toolVersion', 'toolDigest'], 'the key');
    for (const f of ['binary', 'db', 'dbDigest', 'toolVersion', 'toolDigest'] as const)
      if (k[f] !== key[f]) throw new Invalid(`written for another ${f}`);
    const r = raw.report;
    if (!isObj(r)) throw new Invalid('no report');
    onlyKeys(r, ['goVersion', 'scanLevel', 'entries', 'findings'], 'the report');
    const goVersion = text(r.goVersion, 'goVersion', true);
    const scanLevel = text(r.scanLevel, 'scanLevel', true);
    const entries = list(r.entries, 'entries').map(parseStoredEntry);
    const findings = list(r.findings, 'findings').map(parseStoredFinding);
    const stored: StoredReport = {
      ...(goVersion ? { goVersion } : {}),
      ...(scanLevel ? { scanLevel } : {}),
      entries,
      findings,
    };
    if (typeof raw.digest !== 'string' || !HEX64.test(raw.digest))
      throw new Invalid('no digest of its content');
    if (raw.digest !== digestOf(key, symbolsUnknown, stored))
      throw new Invalid('its content does not match its digest');
    const ids = new Set(entries.map((e) => e.id));
    for (const f of findings) if (!ids.has(f.osv)) throw new Invalid('a finding names an entry it lacks');
    if (known)
      for (const id of ids) if (!known(id)) throw new Invalid(`it names ${id}, which the database lacks`);
    return {
      ok: true,
      symbolsUnknown,
      report: {
        ...(goVersion ? { goVersion } : {}),
        ...(scanLevel ? { scanLevel } : {}),
        entries: new Map(entries.map((e) => [e.id, e])),
        findings,
      },
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, why: e.message };
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------- files

export interface ResultCacheOptions {
  readonly warn: (message: string) => void;
  /** Whether the database has this vulnerability id; entries naming others are ignored. */
  readonly known?: (id: string) => boolean;
}

/** Reads a regular file of at most `max` bytes without following a symlink; undefined when absent. */
export async function readPlainFile(file: string, max: number): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new Invalid('it is a symlink');
    throw new Invalid(`it cannot be read (${code ?? 'error'})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new Invalid('it is not a regular file');
    if (st.size > max) throw new Invalid(`it is larger than ${max} bytes`);
    const buf = Buffer.alloc(st.size);
    const { bytesRead } = await handle.read(buf, 0, st.size, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The entries in one directory. */
export class ResultCache {
  /** Entries written by this run (to decide whether to save the directory). */
  written = 0;
  hits = 0;
  misses = 0;
  rejected = 0;

  constructor(
    readonly dir: string,
    private readonly options: ResultCacheOptions,
  ) {}

  async get(key: ResultKey): Promise<CachedResult | undefined> {
    const file = path.join(this.dir, entryName(key));
    let parsed: ParsedEntry;
    try {
      const content = await readPlainFile(file, MAX_ENTRY_BYTES);
      if (content === undefined) {
        this.misses++;
        return undefined;
      }
      parsed = parseEntry(content, key, this.options.known);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      parsed = { ok: false, why: e.message };
    }
    if (parsed.ok) {
      this.hits++;
      return { report: parsed.report, symbolsUnknown: parsed.symbolsUnknown };
    }
    this.rejected++;
    this.misses++;
    this.options.warn(
      `reachability: ignoring the cached govulncheck result ${path.basename(file)} (${parsed.why}); running govulncheck`,
    );
    return undefined;
  }

  /** Writes the entry (replacing a rejected one); a failure to write only costs the next run a miss. */
  async put(key: ResultKey, result: CachedResult): Promise<void> {
    const file = path.join(this.dir, entryName(key));
    const tmp = `${file}.tmp-${process.pid}-${this.written}`;
    const content = serializeEntry(key, result);
    // What would not read back (an odd string in the report) is not written: it would only warn next time.
    if (!parseEntry(content, key).ok) return;
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeFile(tmp, content, { mode: 0o600, flag: 'wx' });
      // rename replaces a symlink itself, never what it points to.
      await rename(tmp, file);
      this.written++;
    } catch (e) {
      this.options.warn(`reachability: could not cache a govulncheck result: ${(e as Error).message}`);
    }
  }
}
