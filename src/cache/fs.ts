import { chmod, lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Go's module cache is read-only on purpose (files 0444, directories 0555), so removing or overwriting it
 * fails for anyone but root. Make a tree writable by its owner before touching it.
 */
async function makeWritable(dir: string): Promise<void> {
  let st;
  try {
    st = await lstat(dir);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  await chmod(dir, (st.mode & 0o7777) | 0o200).catch(() => undefined);
  if (!st.isDirectory()) return;
  await chmod(dir, (st.mode & 0o7777) | 0o700).catch(() => undefined);
  for (const name of await readdir(dir)) await makeWritable(path.join(dir, name));
}

/** rm -rf that also works on Go's read-only module cache. */
export async function removeTree(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
  } catch {
    await makeWritable(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Total bytes of regular files under dir. */
export async function treeSize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else if (e.isFile()) total += (await lstat(p)).size;
  }
  return total;
}
