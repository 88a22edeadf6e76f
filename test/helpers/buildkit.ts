/**
 * A throwaway BuildKit daemon with its own state directory: what a brand-new CI runner's builder looks like.
 * Registered as a buildx builder (remote driver); stop() removes both. startTlsBuilder does the same over TCP
 * on 127.0.0.1 with mutual TLS, as a shared BuildKit daemon is reached.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { removeTree } from '../../src/cache/fs.js';
import { loadTestEnv, toolEnv } from './env.js';
import type { TlsCerts } from './tls-certs.js';

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

/** A port on 127.0.0.1 that was free a moment ago. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function killGroup(daemon: ChildProcess): void {
  if (!daemon.pid) return;
  try {
    process.kill(-daemon.pid, 'SIGTERM');
  } catch {
    // gone
  }
}

export interface TlsBuilder extends FreshBuilder {
  /** tcp://127.0.0.1:<port> */
  readonly endpoint: string;
}

/**
 * A BuildKit daemon listening on tcp://127.0.0.1:<free port> that requires a client certificate signed by
 * certs' CA (--tlscacert), registered as a buildx builder with the remote driver and
 * `--driver-opt cacert=…,cert=…,key=…`. stop() removes the builder, the daemon and its state (not the certs).
 */
export async function startTlsBuilder(prefix: string, certs: TlsCerts): Promise<TlsBuilder> {
  const env = loadTestEnv();
  const dir = mkdtempSync(path.join(os.tmpdir(), `gcc-bk-${prefix}-`));
  const port = await freePort();
  const endpoint = `tcp://127.0.0.1:${port}`;
  const config = path.join(path.dirname(env.buildkitSocket), 'buildkitd.toml');
  const args = [
    '--root',
    path.join(dir, 'root'),
    // Its own unix socket too, so it never collides with the environment's daemon.
    '--addr',
    `unix://${path.join(dir, 'buildkitd.sock')}`,
    '--addr',
    endpoint,
    '--tlscacert',
    certs.caCert,
    '--tlscert',
    certs.serverCert,
    '--tlskey',
    certs.serverKey,
    '--oci-worker-net',
    'host',
  ];
  if (existsSync(config)) args.push('--config', config);
  const daemon: ChildProcess = spawn(path.join(env.binDir, 'buildkitd'), args, {
    stdio: 'ignore',
    detached: true,
    env: toolEnv(),
  });
  let up = false;
  for (let i = 0; i < 600 && !up && daemon.exitCode === null; i++) {
    up = await accepts(port);
    if (!up) await new Promise((r) => setTimeout(r, 100));
  }
  if (!up) {
    killGroup(daemon);
    await removeTree(dir);
    throw new Error(`buildkitd did not listen on ${endpoint} (exit code ${daemon.exitCode ?? 'none'})`);
  }
  const name = `gcc-tls-${prefix}-${process.pid}-${Date.now().toString(36)}`;
  const stop = async () => {
    await run('docker', ['buildx', 'rm', '--force', name], { env: toolEnv(), timeoutMs: 60_000 }).catch(
      () => undefined,
    );
    killGroup(daemon);
    await new Promise((r) => setTimeout(r, 500));
    await removeTree(dir);
  };
  try {
    await createRemoteBuilder(name, endpoint, {
      cacert: certs.caCert,
      cert: certs.clientCert,
      key: certs.clientKey,
    });
    await run('docker', ['buildx', 'inspect', '--bootstrap', '--builder', name], {
      env: toolEnv(),
      timeoutMs: 120_000,
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { name, endpoint, stop };
}

/** `docker buildx create --driver remote --driver-opt cacert=…,cert=…,key=… <endpoint>` (no bootstrap). */
export async function createRemoteBuilder(
  name: string,
  endpoint: string,
  tls: { readonly cacert: string; readonly cert?: string; readonly key?: string },
): Promise<void> {
  const opts = [`cacert=${tls.cacert}`];
  if (tls.cert) opts.push(`cert=${tls.cert}`);
  if (tls.key) opts.push(`key=${tls.key}`);
  await run(
    'docker',
    ['buildx', 'create', '--name', name, '--driver', 'remote', '--driver-opt', opts.join(','), endpoint],
    { env: toolEnv(), timeoutMs: 60_000 },
  );
}
