/** Temporary directories of one test file, removed after all its tests. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeTree } from '../../src/cache/fs.js';

/** A maker of temporary directories (`prefix` names them); call it at the top of a test file. */
export function tempDirs(): (prefix: string) => string {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await removeTree(d);
  });
  return (prefix) => {
    const d = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}
