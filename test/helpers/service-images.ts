/**
 * The smoke-service fixtures (test/fixtures/services/Dockerfile, one target per case): a copy of the context
 * in a temp dir, the build args the bundled action needs, and one target built with the local BuildKit into
 * an OCI archive.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTestEnv, toolEnv } from './env.js';
import { buildTarget } from './fixture-images.js';
import { runBundledAction, type ActionRun } from './action.js';

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
  const dest = path.join(outDir, `${target}.oci.tar`);
  await buildTarget(context, target, `type=oci,dest=${dest}`, serviceBuildArgs());
  return dest;
}

/** The bundled action on one target of the service fixtures (linux/amd64, no caches, no SBOM or scan). */
export function runServiceAction(
  context: string,
  target: string,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  return runBundledAction({
    workspace: context,
    inputs: {
      context: '.',
      target,
      platforms: 'linux/amd64',
      builder: loadTestEnv().builder,
      'build-args': Object.entries(serviceBuildArgs())
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
      skip: 'cache-restore,cache-save,sbom,scan',
      'layer-cache': 'none',
      ...inputs,
    },
    env: toolEnv(),
  });
}
