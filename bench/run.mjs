// `npm run bench`: compiles bench/bench.ts with esbuild (it imports the project's TypeScript and test helpers)
// and runs it. Arguments pass through: `npm run bench -- --only analyzer,startup --runs 5`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'gcc-bench-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: { bench: 'bench/bench.ts' },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // Run from a file inside the repository's tree of node_modules resolution: copy next to bench/.
  const entry = path.join(root, 'bench', '.bench.compiled.mjs');
  const { copyFileSync } = await import('node:fs');
  copyFileSync(path.join(out, 'bench.js'), entry);
  const r = spawnSync(process.execPath, ['--expose-gc', entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
  });
  rmSync(entry, { force: true });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
