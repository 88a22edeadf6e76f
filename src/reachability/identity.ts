/**
 * What a cached govulncheck result depends on besides the binary: the database (a `file://` copy, named by the
 * digest of its index: db.json holds its modified time, vulns.json every entry's id and modified time) and
 * govulncheck itself (the version it reports and the sha256 of its executable). Without an identity (a database
 * read over http, a govulncheck that names no version) nothing is cached.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, which } from '../tools/exec.js';
import { govulncheckEnv } from '../tools/govulncheck.js';

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
  readonly version: string;
  /** sha256 (hex) of the executable. */
  readonly digest: string;
}

/** `Scanner: govulncheck@v1.9.0` in `govulncheck -version`'s output. Pure. */
export function scannerVersion(output: string): string | undefined {
  const m = /^Scanner:\s*govulncheck@(\S+)\s*$/m.exec(output);
  return m?.[1];
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

const memo = new Map<string, Promise<ToolIdentity | undefined>>();

/** govulncheck's identity, once per executable (path, size and time) in this process. */
export async function govulncheckIdentity(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ToolIdentity | undefined> {
  const found = await which('govulncheck', env);
  if (!found) return undefined;
  const exe = await realpath(found);
  const st = await stat(exe);
  const id = `${exe}\u0000${st.size}\u0000${st.mtimeMs}`;
  let p = memo.get(id);
  if (!p) {
    p = (async () => {
      const [out, digest] = await Promise.all([
        run('govulncheck', ['-version'], { env: govulncheckEnv(env), timeoutMs: 30_000 }).then(
          (r) => `${r.stdout}\n${r.stderr}`,
          () => '',
        ),
        sha256File(exe),
      ]);
      const version = scannerVersion(out);
      return version ? { version, digest } : undefined;
    })();
    memo.set(id, p);
  }
  return p;
}
