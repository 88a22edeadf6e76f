/**
 * The smoke-service fixtures (test/fixtures/services/Dockerfile, one target per case): a copy of the context
 * in a temp dir, the build args the bundled action needs, and one target built with the local BuildKit into
 * an OCI archive.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from './env.js';

export const SERVICES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/services',
);

/** A copy of the fixture context, so a run's report and baseline files stay out of the repository. */
export function servicesContext(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-services-'));
  cpSync(SERVICES_DIR, dir, { recursive: true });
  return dir;
}

export function serviceBuildArgs(): Record<string, string> {
  const env = loadTestEnv();
  return { GOLANG_IMAGE: env.images.golang ?? '', STATIC_IMAGE: env.images.static ?? '' };
}

/** Builds one target for linux/amd64 into an OCI archive in `outDir` and returns its path. */
export async function buildServiceImage(context: string, target: string, outDir: string): Promise<string> {
  const env = loadTestEnv();
  const dest = path.join(outDir, `${target}.oci.tar`);
  const args = Object.entries(serviceBuildArgs()).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
  await run(
    'docker',
    [
      'buildx',
      'build',
      '--builder',
      env.builder,
      '--platform',
      'linux/amd64',
      '--target',
      target,
      '--provenance=false',
      ...args,
      '--output',
      `type=oci,dest=${dest}`,
      context,
    ],
    { env: toolEnv(), timeoutMs: 600_000 },
  );
  return dest;
}
