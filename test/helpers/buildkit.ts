/**
 * A throwaway BuildKit daemon with its own state directory: what a brand-new CI runner's builder looks like.
 * Registered as a buildx builder (remote driver); stop() removes both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { removeTree } from '../../src/cache/fs.js';
import { loadTestEnv, toolEnv } from './env.js';

export interface FreshBuilder {
  readonly name: string;
  stop(): Promise<void>;
}

export async function startFreshBuilder(prefix: string): Promise<FreshBuilder> {
  const env = loadTestEnv();
  const dir = mkdtempSync(path.join(os.tmpdir(), `gcc-bk-${prefix}-`));
  const socket = path.join(dir, 'buildkitd.sock');
  const config = path.join(path.dirname(env.buildkitSocket), 'buildkitd.toml');
  const args = ['--root', path.join(dir, 'root'), '--addr', `unix://${socket}`, '--oci-worker-net', 'host'];
  if (existsSync(config)) args.push('--config', config);
  const daemon: ChildProcess = spawn(path.join(env.binDir, 'buildkitd'), args, {
    stdio: 'ignore',
    detached: true,
    env: toolEnv(),
  });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(socket)) {
    daemon.kill('SIGKILL');
    throw new Error(`fresh buildkitd did not create ${socket}`);
  }
  const name = `gcc-fresh-${prefix}-${process.pid}-${Date.now().toString(36)}`;
  await run('docker', ['buildx', 'create', '--name', name, '--driver', 'remote', `unix://${socket}`], {
    env: toolEnv(),
    timeoutMs: 60_000,
  });
  await run('docker', ['buildx', 'inspect', '--bootstrap', '--builder', name], {
    env: toolEnv(),
    timeoutMs: 120_000,
  });
  return {
    name,
    async stop() {
      await run('docker', ['buildx', 'rm', '--force', name], { env: toolEnv(), timeoutMs: 60_000 }).catch(
        () => undefined,
      );
      if (daemon.pid) {
        try {
          process.kill(-daemon.pid, 'SIGTERM');
        } catch {
          // gone
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      await removeTree(dir);
    },
  };
}
