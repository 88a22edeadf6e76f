/**
 * What a cached govulncheck result depends on besides the binary: the database (a `file://` copy, named by the
 * digest of its index: db.json holds its modified time, vulns.json every entry's id and modified time) and
 * govulncheck itself (the version it reports and the sha256 of its executable). Without an identity (a database
 * read over http, a govulncheck that names no version) nothing is cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, type Stats } from 'node:fs';
import { lstat, mkdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { which } from '../tools/exec.js';
import { readGoBuildInfo } from '../gobin/buildinfo.js';
import { stableCacheDir } from '../cache/host-dir.js';

export interface DbIdentity {
  /** sha256 (hex) over the URL and the index files. */
  readonly digest: string;
  /** index/db.json's `modified`, for the log. */
  readonly modified?: string;
  /** Whether the database has an entry with this id (its ID/<id>.json file). */
  readonly has: (id: string) => boolean;
}

/** The directory of a `file://` database; undefined for any other. Pure. */
export function fileDbDir(db: string): string | undefined {
  if (!db.startsWith('file://')) return undefined;
  try {
    return fileURLToPath(db);
  } catch {
    return undefined;
  }
}

/** `modified` of a db.json text, when it has one. Pure. */
export function dbModified(dbJson: string): string | undefined {
  try {
    const v = JSON.parse(dbJson) as unknown;
    const m = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).modified : undefined;
    return typeof m === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

export async function dbIdentity(db: string): Promise<DbIdentity | undefined> {
  const dir = fileDbDir(db);
  if (!dir) return undefined;
  const read = (f: string) => readFile(path.join(dir, 'index', f)).catch(() => undefined);
  const [dbJson, vulns] = await Promise.all([read('db.json'), read('vulns.json')]);
  if (!dbJson || !vulns) return undefined;
  const digest = createHash('sha256')
    .update(`${db}\u0000`)
    .update(dbJson)
    .update('\u0000')
    .update(vulns)
    .digest('hex');
  const modified = dbModified(dbJson.toString('utf8'));
  return {
    digest,
    ...(modified ? { modified } : {}),
    has: (id) => ID.test(id) && existsSync(path.join(dir, 'ID', `${id}.json`)),
  };
}

export interface ToolIdentity {
  /** As its build info records it (`v1.9.0`, or `(devel)` for a local build). */
  readonly version: string;
  /** sha256 (hex) of the executable. */
  readonly digest: string;
}

/**
 * govulncheck's version from the Go build info of its executable: `golang.org/x/vuln`'s version when it is the main
 * module, or the dependency of that name. Pure.
 */
export function versionFromBuildInfo(bytes: Uint8Array): string | undefined {
  const info = readGoBuildInfo(bytes);
  if (!info) return undefined;
  const vuln =
    info.main?.path === 'golang.org/x/vuln'
      ? info.main
      : info.deps.find((d) => d.path === 'golang.org/x/vuln');
  const v = vuln?.version;
  // A local build says (devel): then the digest alone names it.
  return v ? `${v}` : undefined;
}

/** What the memo of an executable's identity is keyed by: where it is and its inode's size and times. */
function statKey(exe: string, st: Stats): string {
  return JSON.stringify([exe, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs]);
}

/**
 * A memo file is trusted only when this user owns it and its directory and nobody else can write either (it
 * lives in the machine's temp directory).
 */
async function privateFile(file: string): Promise<boolean> {
  const uid = process.getuid?.();
  if (uid === undefined) return false;
  for (const p of [path.dirname(file), file]) {
    const st = await lstat(p).catch(() => undefined);
    if (!st || st.uid !== uid || (st.mode & 0o022) !== 0 || st.isSymbolicLink()) return false;
  }
  return true;
}

const memo = new Map<string, Promise<ToolIdentity | undefined>>();

async function computeIdentity(exe: string): Promise<ToolIdentity | undefined> {
  const bytes = await readFile(exe);
  const version = versionFromBuildInfo(bytes);
  if (!version) return undefined;
  return { version, digest: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * govulncheck's identity: its version (from its build info, no process started) and the sha256 of its
 * executable; remembered per executable (path, inode, size, times) in this process and in a private file under
 * `memoDir`, so a run does not read and hash the executable again.
 */
export async function govulncheckIdentity(
  env: NodeJS.ProcessEnv = process.env,
  memoDir: string = stableCacheDir('govulncheck-identity'),
): Promise<ToolIdentity | undefined> {
  const found = await which('govulncheck', env);
  if (!found) return undefined;
  const exe = await realpath(found);
  const st = await stat(exe);
  const key = statKey(exe, st);
  let p = memo.get(key);
  if (!p) {
    p = (async () => {
      const file = path.join(memoDir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
      if (await privateFile(file)) {
        const saved = parseMemo(await readFile(file, 'utf8').catch(() => ''), key);
        if (saved) return saved;
      }
      const id = await computeIdentity(exe);
      if (id) {
        try {
          await mkdir(memoDir, { recursive: true, mode: 0o700 });
          const tmp = `${file}.tmp-${process.pid}`;
          await writeFile(tmp, JSON.stringify({ key, ...id }), { mode: 0o600 });
          await rename(tmp, file);
        } catch {
          // Only the next run's time is lost.
        }
      }
      return id;
    })();
    memo.set(key, p);
  }
  return p;
}

/** A memo file's identity, when it is for `key` and well formed. Pure. */
export function parseMemo(text: string, key: string): ToolIdentity | undefined {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (v.key !== key || typeof v.version !== 'string' || typeof v.digest !== 'string') return undefined;
    if (!/^[0-9a-f]{64}$/.test(v.digest) || !/^[\w.+()-]{1,100}$/.test(v.version)) return undefined;
    return { version: v.version, digest: v.digest };
  } catch {
    return undefined;
  }
}
