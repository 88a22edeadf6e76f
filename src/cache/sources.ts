import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SKIP = new Set(['.git', 'node_modules', 'testdata']);

/** A hash of every .go, go.mod and go.sum file under dir (paths and contents), in a stable order. */
export async function findGoSources(dir: string): Promise<string> {
  const hash = createHash('sha256');
  async function walk(d: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && !SKIP.has(e.name)) await walk(p);
      else if (e.isFile() && (e.name.endsWith('.go') || e.name === 'go.mod' || e.name === 'go.sum')) {
        hash
          .update(path.relative(dir, p))
          .update('\0')
          .update(await readFile(p))
          .update('\0');
      }
    }
  }
  await walk(dir);
  return hash.digest('hex').slice(0, 16);
}
