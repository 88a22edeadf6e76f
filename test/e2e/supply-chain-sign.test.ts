/**
 * sign through the pipeline (the bundled CLI): cosign signs the pushed digest with the test key, attests the
 * SBOM and the scan, and verifies them, offline against the local registry. A different image pushed under
 * the same tag then fails verification.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ToolFailedError } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { removeTree } from '../../src/cache/fs.js';

describe('sign', () => {
  it('signs, attests and verifies the pushed digest; another image under the same tag fails verification', async () => {
    const env = loadTestEnv();
    const tag = `${env.registry}/${uniqueRepo('signed')}:1`;
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-sign-'));
    const cosignEnv = toolEnv({ COSIGN_PASSWORD: env.cosignPassword });
    try {
      const r = await run(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist', 'cli.js'),
          'run',
          '--context',
          'examples/hello-api',
          '--tags',
          tag,
          '--push',
          '--builder',
          env.builder,
          '--build-args',
          `REGISTRY=${env.registry}`,
          '--build-args',
          `GOPROXY=${env.goproxyUrl}`,
          '--trivy-cache-dir',
          env.trivyCacheDir,
          '--trivy-skip-db-update',
          '--sign',
          '--cosign-key',
          env.cosignKey,
          '--cosign-offline',
          '--allow-http-registry',
          '--fail-on',
          'never',
          '--skip',
          'cache-restore',
          '--report-dir',
          reportDir,
        ],
        { cwd: REPO_ROOT, env: cosignEnv, timeoutMs: 600_000 },
      );
      const digest = /^digest=(sha256:[a-f0-9]{64})$/m.exec(r.stdout)?.[1];
      expect(digest).toBeDefined();
      const repo = tag.slice(0, tag.lastIndexOf(':'));
      expect(r.stderr).toContain(`signed and verified ${repo}@${digest} (attestations: spdxjson, vuln)`);

      const verify = (ref: string) =>
        run(
          'cosign',
          ['verify', '--key', env.cosignPub, '--insecure-ignore-tlog', '--allow-http-registry', ref],
          { env: cosignEnv, timeoutMs: 60_000 },
        );
      await verify(tag);
      await run(
        'cosign',
        [
          'verify-attestation',
          '--type',
          'vuln',
          '--key',
          env.cosignPub,
          '--insecure-ignore-tlog',
          '--allow-http-registry',
          tag,
        ],
        {
          env: cosignEnv,
          timeoutMs: 60_000,
        },
      );

      // Another image under the same tag: the tag now names an unsigned digest.
      await run(
        'docker',
        [
          'buildx',
          'build',
          '--builder',
          env.builder,
          '--push',
          '--tag',
          tag,
          '--build-arg',
          `GOLANG_IMAGE=${env.images.golang}`,
          '--build-arg',
          `RUNTIME_IMAGE=${env.images.static}`,
          path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'tiny'),
        ],
        { env: toolEnv(), timeoutMs: 300_000 },
      );
      const err = await verify(tag).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ToolFailedError);
      expect((err as ToolFailedError).stderrTail).toMatch(/no (matching )?signatures/i);
      await verify(`${repo}@${digest}`);
    } finally {
      await removeTree(reportDir);
    }
  });
});
