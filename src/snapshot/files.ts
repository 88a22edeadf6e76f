import type { DiscoverFacts } from '../core/facts.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { sha256 } from './key.js';

/** Content hashes of the files that change Go's output: the Dockerfile, every go.mod and go.sum. */
export async function inputFileHashes(
  workspace: string,
  discover: DiscoverFacts,
): Promise<Record<string, string>> {
  const files: Record<string, string> = { [discover.dockerfile]: sha256(discover.dockerfileText) };
  for (const m of discover.goMods) {
    files[m.file] = sha256(await readFile(path.join(workspace, m.file)));
    const sumFile = path.posix.join(path.posix.dirname(m.file), 'go.sum');
    const sum = await readFile(path.join(workspace, sumFile)).catch(() => undefined);
    if (sum) files[sumFile] = sha256(sum);
  }
  return files;
}
