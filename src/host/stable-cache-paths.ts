/**
 * @actions/cache versions an entry by the path strings it is given and archives paths relative to
 * GITHUB_WORKSPACE. A runner that gives every run its own RUNNER_TEMP and workspace (nektos/act, a
 * self-hosted runner moved to another directory) would then never find what the last run saved. So every
 * directory the stages hand to the GitHub cache passes through a slot of one fixed, private directory in the
 * user's home: the entry's version is the same `~/…` string in every run and on every machine, the archive
 * holds paths relative to that directory, and the stages keep their per-run scratch directories.
 *
 * The slots are shared by every job of the user on the machine, so one operation at a time holds them (a lock
 * file naming the holder's process; a holder that died leaves a lock the next one takes over).
 */
import { chmod, cp, lstat, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeTree } from '../cache/fs.js';

/** The slots' directory as @actions/cache sees it: relative to the home directory, whatever that is. */
export const STABLE_CACHE_ROOT = '~/.cache/go-container-ci/actions-cache';

/** The path strings a cache entry is versioned by: one slot per directory, named by its base name. Pure. */
export function stableCachePaths(paths: readonly string[]): string[] {
  const names = paths.map((p) => path.basename(p));
  const seen = new Set<string>();
  for (const name of names) {
    if (!name || name === '.' || name === '..' || seen.has(name))
      throw new Error(
        `cache paths must have distinct base names (the entry is versioned by them): ${paths.join(', ')}`,
      );
    seen.add(name);
  }
  return names.map((name) => `${STABLE_CACHE_ROOT}/${name}`);
}

/** `~/…` made absolute for this user. Pure apart from the home directory. */
export function expandHome(p: string, home = os.homedir()): string {
  return p === '~' ? home : p.startsWith('~/') ? path.join(home, p.slice(2)) : p;
}

const LOCK_WAIT_MS = 10 * 60_000;
const LOCK_POLL_MS = 250;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquireLock(file: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && !processAlive(holder)) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`the cache slots in ${path.dirname(file)} stayed locked by process ${holder}`);
    await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
  }
}

/** Makes the slots' directory, private to this user; refuses one that is a symbolic link or someone else's. */
async function privateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const st = await lstat(dir);
  const uid = process.getuid?.();
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid))
    throw new Error(`${dir} is not a directory of this user: the cache slots cannot be used`);
  if ((st.mode & 0o077) !== 0) await chmod(dir, 0o700);
}

/** Moves a tree, copying when source and destination are on different file systems. */
async function moveTree(from: string, to: string): Promise<void> {
  await removeTree(to);
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
    await removeTree(from);
  }
}

/** The process-wide queue: one slot operation at a time in this process, before the lock file is taken. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` with the stable paths of `paths` and GITHUB_WORKSPACE pointing at the slots' directory (which is
 * what @actions/cache archives relative to). `before` fills the slots, `after` empties them; the slots are
 * removed whatever happens.
 */
export function withStableCachePaths<T>(
  paths: readonly string[],
  fn: (stable: string[]) => Promise<T>,
  hooks: {
    before?: (slots: string[]) => Promise<void>;
    after?: (slots: string[], result: T) => Promise<void>;
  },
  home = os.homedir(),
): Promise<T> {
  const run = async (): Promise<T> => {
    const stable = stableCachePaths(paths);
    const root = expandHome(STABLE_CACHE_ROOT, home);
    const slots = stable.map((p) => expandHome(p, home));
    await privateDir(root);
    const release = await acquireLock(path.join(root, '.lock'));
    const workspace = process.env.GITHUB_WORKSPACE;
    try {
      for (const slot of slots) await removeTree(slot);
      await hooks.before?.(slots);
      process.env.GITHUB_WORKSPACE = root;
      const result = await fn(stable);
      restoreWorkspace(workspace);
      await hooks.after?.(slots, result);
      return result;
    } finally {
      restoreWorkspace(workspace);
      for (const slot of slots) await removeTree(slot);
      await release();
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function restoreWorkspace(value: string | undefined): void {
  if (value === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = value;
}

/** Copies each existing path into its slot (the caller keeps its own copy). */
export async function fillSlots(paths: readonly string[], slots: readonly string[]): Promise<void> {
  for (const [i, p] of paths.entries()) {
    if (await stat(p).catch(() => undefined))
      await cp(p, slots[i] as string, { recursive: true, verbatimSymlinks: true });
  }
}

/** Moves what a restore put in the slots back to the caller's paths. */
export async function emptySlots(slots: readonly string[], paths: readonly string[]): Promise<void> {
  for (const [i, slot] of slots.entries()) {
    if (!(await stat(slot).catch(() => undefined))) continue;
    const dest = paths[i] as string;
    await mkdir(path.dirname(dest), { recursive: true });
    await moveTree(slot, dest);
  }
}
