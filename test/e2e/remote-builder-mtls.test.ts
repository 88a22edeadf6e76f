/**
 * Issue 21 item 4: a distributed engine, proven. A second BuildKit daemon listens on tcp://127.0.0.1:<port>
 * and requires a client certificate (mutual TLS, certificates made by the test); buildx reaches it through the
 * remote driver (`--driver-opt cacert=…,cert=…,key=…`). The CLI builds through it twice: the first run starts
 * cold and saves the Go caches (the dance's tar export) and the layer cache (a local directory); between the
 * runs the daemon's whole state is pruned, as a new remote daemon would be; the second run restores the Go
 * caches by their exact key (the dance's inject build over TLS), takes every step from the layer cache, and
 * both runs export the OCI archive that the analysis reads.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { danceSupport, inspectBuilder } from '../../src/tools/builder-info.js';
import { removeTree } from '../../src/cache/fs.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { createRemoteBuilder, startTlsBuilder, type TlsBuilder } from '../helpers/buildkit.js';
import { makeTlsCerts, type TlsCerts } from '../helpers/tls-certs.js';

interface Step {
  name: string;
  cached: boolean;
  log?: string;
}

async function pipeline(workspace: string, cacheDir: string, builder: string, label: string) {
  const env = loadTestEnv();
  const reportDir = path.join(workspace, `report-${label}`);
  const r = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'run',
      '--context',
      '.',
      '--builder',
      builder,
      '--build-args',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-args',
      `RUNTIME_IMAGE=${env.images.static}`,
      '--cache-dir',
      cacheDir,
      '--report-dir',
      reportDir,
      '--skip',
      'lint,sbom,scan,reachability',
      '--layer-cache',
      'local',
    ],
    { cwd: workspace, env: toolEnv(), timeoutMs: 900_000, okExitCodes: [0, 1] },
  );
  const steps = JSON.parse(readFileSync(path.join(reportDir, 'build', 'steps.json'), 'utf8')) as Step[];
  const report = readFileSync(path.join(reportDir, 'report.md'), 'utf8');
  return { ...r, steps, report, reportDir };
}

describe('a remote BuildKit daemon over TCP with mutual TLS', () => {
  let certs: TlsCerts;
  let builder: TlsBuilder | undefined;
  let workspace: string;
  let cacheDir: string;
  const extraBuilders: string[] = [];

  beforeAll(async () => {
    certs = await makeTlsCerts('remote');
    builder = await startTlsBuilder('mtls', certs);
    workspace = mkdtempSync(path.join(os.tmpdir(), 'gcc-remote-e2e-'));
    cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'cachetest'), workspace, { recursive: true });
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-remote-cache-'));
  });

  afterAll(async () => {
    for (const name of extraBuilders) {
      await run('docker', ['buildx', 'rm', '--force', name], { env: toolEnv(), timeoutMs: 60_000 }).catch(
        () => undefined,
      );
    }
    await builder?.stop();
    await certs?.remove();
    if (workspace) await removeTree(workspace);
    if (cacheDir) await removeTree(cacheDir);
  });

  it('is a remote builder on its TCP endpoint, and refuses a client whose certificate its CA did not sign', async () => {
    const b = builder as TlsBuilder;
    const info = await inspectBuilder(b.name, toolEnv());
    expect(info.driver).toBe('remote');
    expect(info.nodes).toHaveLength(1);
    expect(info.nodes[0]).toMatchObject({ endpoint: b.endpoint, status: 'running' });
    expect(info.nodes[0]?.driverOptions).toMatchObject({
      cacert: expect.any(String),
      cert: expect.any(String),
    });

    // Same CA for the server, but the client's certificate comes from another CA: the handshake fails.
    const stranger = `${b.name}-stranger`;
    extraBuilders.push(stranger);
    await createRemoteBuilder(stranger, b.endpoint, {
      cacert: certs.caCert,
      cert: certs.strangerCert,
      key: certs.strangerKey,
    }).catch(() => undefined);
    const refused = await inspectBuilder(stranger, toolEnv());
    expect(refused.nodes[0]?.status).not.toBe('running');
    // Any call to the daemon fails: the handshake is refused.
    const du = await run('docker', ['buildx', 'du', '--builder', stranger], {
      env: toolEnv(),
      timeoutMs: 120_000,
      okExitCodes: [0, 1],
    });
    expect(du.exitCode).not.toBe(0);
    // And the Go-cache dance says so instead of failing later.
    expect(danceSupport(refused)).toEqual({ ok: false, reason: expect.stringMatching(/cannot be reached/) });
  });

  it('runs the Go-cache dance, the layer cache and the OCI export through it, twice', async () => {
    const b = builder as TlsBuilder;
    const first = await pipeline(workspace, cacheDir, b.name, 'first');
    expect(first.stderr).toMatch(/Go caches go through the remote builder/);
    expect(first.stderr).toMatch(/no Go cache for .* yet: this build starts cold/);
    expect(first.stderr).toMatch(/saved Go caches \(/);
    expect(first.stderr).not.toMatch(/failed \(the build goes on without it\)/);
    // The summary's Go build cache section names the builder and its endpoint (a URL made inert there).
    expect(first.stderr).toContain(`(1 node: ${b.endpoint} running, BuildKit v`);
    expect(first.report).toMatch(/Builder[^\n]*remote builder/);
    expect(first.report).toContain(b.endpoint.replace('tcp://', ''));
    const compile = first.steps.find((s) => s.name.includes('go build -v'));
    expect(compile?.cached).toBe(false);
    expect(compile?.log ?? '').toMatch(/net\/http/);

    // A new daemon's state: no layers, no cache mounts (the prune goes over mTLS too).
    await run('docker', ['buildx', 'prune', '--all', '--force', '--builder', b.name], {
      env: toolEnv(),
      timeoutMs: 300_000,
    });

    const second = await pipeline(workspace, cacheDir, b.name, 'second');
    expect(second.stderr).toMatch(/restored Go caches from the exact key/);
    expect(second.stderr).not.toMatch(/failed \(the build goes on without it\)/);
    expect(second.report).toMatch(/Restored[^\n]*exact match/);
    // The layer cache exported by the first run (type=local, through the session) gives every step back.
    const work = second.steps.filter((s) => /^\[build \d+\/\d+\] (RUN|COPY)/.test(s.name));
    expect(work.length).toBeGreaterThan(0);
    expect(work.every((s) => s.cached)).toBe(true);

    // The OCI archive came back over the session and was analysed: its digest, and the Go binary in it.
    for (const r of [first, second]) {
      const outputs = JSON.parse(readFileSync(path.join(r.reportDir, 'outputs.json'), 'utf8')) as Record<
        string,
        string
      >;
      expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const binaries = JSON.parse(outputs['go-binaries'] || '[]') as {
        path: string;
        goVersion: string | null;
      }[];
      expect(binaries).toEqual([
        expect.objectContaining({ path: '/cachetest', goVersion: expect.any(String) }),
      ]);
    }
  });
});
