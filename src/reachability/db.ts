/**
 * The Go vulnerability database for govulncheck: a `file://` copy is used as it is; an http(s) database is
 * downloaded whole (`<url>/vulndb.zip`, which vuln.go.dev serves) at most once a day into a stable directory that
 * the host cache keeps between runs (the key names the URL and the day), so runs read it locally. When the
 * download fails, yesterday's copy is used (with a warning); with no copy at all, govulncheck gets the URL.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CacheStore } from '../host/host.js';
import { run } from '../tools/exec.js';

export interface VulnDbPlan {
  /** Directory of the copy (stable between runs). */
  readonly dir: string;
  readonly key: string;
  readonly restoreKeys: readonly string[];
  readonly zipUrl: string;
}

/** Where and under which cache key an http(s) database is kept. Pure. */
export function vulnDbPlan(url: string, day: string, home = os.homedir()): VulnDbPlan {
  const id = createHash('sha256').update(url).digest('hex').slice(0, 16);
  return {
    dir: path.join(home, '.cache', 'go-container-ci', 'govulndb', id),
    key: `govulndb-v1-${id}-${day}`,
    restoreKeys: [`govulndb-v1-${id}-`],
    zipUrl: `${url.replace(/\/+$/, '')}/vulndb.zip`,
  };
}

/** The directory holding index/db.json: the root of the unpacked zip, or its one top-level directory. */
function dbRoot(dir: string): string | undefined {
  if (existsSync(path.join(dir, 'index', 'db.json'))) return dir;
  const subdirs = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())
    : [];
  const only = subdirs.length === 1 ? path.join(dir, subdirs[0]?.name ?? '') : undefined;
  return only && existsSync(path.join(only, 'index', 'db.json')) ? only : undefined;
}

async function download(plan: VulnDbPlan, timeoutMs: number): Promise<void> {
  const res = await fetch(plan.zipUrl, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`${plan.zipUrl}: HTTP ${res.status}`);
  const tmp = `${plan.dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const zip = path.join(tmp, 'vulndb.zip');
    await writeFile(zip, Buffer.from(await res.arrayBuffer()));
    await run('unzip', ['-q', '-o', zip, '-d', path.join(tmp, 'db')], {
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 120_000,
    });
    if (!dbRoot(path.join(tmp, 'db'))) throw new Error(`${plan.zipUrl} holds no index/db.json`);
    await rm(plan.dir, { recursive: true, force: true });
    await mkdir(path.dirname(plan.dir), { recursive: true });
    await rename(path.join(tmp, 'db'), plan.dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export interface ResolvedDb {
  /** What govulncheck gets: `file://…` or the URL. */
  readonly db: string;
  readonly note?: string;
}

/** The database argument for govulncheck, fetching and caching an http(s) one. */
export async function resolveVulnDb(
  input: string,
  cache: CacheStore,
  options: { day?: string; home?: string; timeoutMs?: number } = {},
): Promise<ResolvedDb> {
  if (!/^https?:\/\//.test(input)) return { db: input };
  const plan = vulnDbPlan(input, options.day ?? new Date().toISOString().slice(0, 10), options.home);
  const matched = await cache.restore([plan.dir], plan.key, plan.restoreKeys).catch(() => undefined);
  const cached = dbRoot(plan.dir);
  if (matched === plan.key && cached) return { db: `file://${cached}`, note: `today's copy (${plan.key})` };
  try {
    await download(plan, options.timeoutMs ?? 120_000);
  } catch (e) {
    const why = (e as Error).message;
    if (cached) return { db: `file://${cached}`, note: `an older copy (${matched ?? 'local'}): ${why}` };
    return { db: input, note: `no copy: ${why}` };
  }
  await cache.save([plan.dir], plan.key).catch(() => undefined);
  return { db: `file://${dbRoot(plan.dir) ?? plan.dir}`, note: `downloaded ${plan.zipUrl}` };
}
