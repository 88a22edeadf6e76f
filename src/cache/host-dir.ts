/**
 * Directories whose contents go through the host cache. @actions/cache versions an entry by the path strings it
 * is given, so on GitHub they must be spelled the same in every run: not under RUNNER_TEMP or the workspace,
 * which act, and a self-hosted runner moved elsewhere, make per run. The local cache is path-independent, so
 * there they stay private to the run.
 */
import os from 'node:os';
import path from 'node:path';
import type { Host } from '../host/host.js';

/** The same absolute path in every run of this user on this machine. */
export function stableCacheDir(name: string): string {
  return path.join(os.tmpdir(), `go-container-ci-${process.getuid?.() ?? 0}`, name);
}

/**
 * Where `name`'s contents are unpacked between a stage and the host cache: private to the run. The GitHub
 * store hands @actions/cache fixed `~/…` paths instead of these (src/host/stable-cache-paths.ts), and the local
 * cache is path-independent.
 */
export function hostCacheDir(host: Pick<Host, 'tempDir'>, name: string): string {
  return path.join(host.tempDir, name);
}
