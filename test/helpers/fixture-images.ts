/**
 * The image-check fixtures (test/fixtures/images/Dockerfile, one target per check) built with the local
 * BuildKit into an OCI archive, an OCI layout directory or a docker-archive.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from './env.js';

export const FIXTURE_IMAGES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/images',
);

export type OutputKind = 'oci' | 'oci-layout' | 'docker';

/** An architecture this kernel cannot run (no binfmt emulator registered for it). */
export function foreignArch(): string {
  const qemu: Record<string, string> = {
    arm64: 'aarch64',
    riscv64: 'riscv64',
    s390x: 's390x',
    ppc64le: 'ppc64le',
  };
  return (
    Object.keys(qemu).find((a) => !existsSync(`/proc/sys/fs/binfmt_misc/qemu-${qemu[a] ?? a}`)) ?? 'arm64'
  );
}

/** A copy of the fixture context with the extras some targets need, in a temp dir. */
export async function fixtureContext(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-images-'));
  cpSync(FIXTURE_IMAGES_DIR, dir, { recursive: true });
  // GC406: a key-looking file and an .env file (made here, so no key-looking file is ever committed).
  writeFileSync(
    path.join(dir, 'deploy.key'),
    ['-----BEGIN', 'PRIVATE KEY-----\nbm90IGEga2V5\n-----END', 'PRIVATE KEY-----\n'].join(' '),
  );
  writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=postgres://localhost/dev\n');
  // GC311: a binary built on the host from a git work tree with an uncommitted change.
  const vcs = mkdtempSync(path.join(os.tmpdir(), 'gcc-vcs-'));
  try {
    cpSync(path.join(FIXTURE_IMAGES_DIR, 'main.go'), path.join(vcs, 'main.go'));
    cpSync(path.join(FIXTURE_IMAGES_DIR, 'go.mod'), path.join(vcs, 'go.mod'));
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: vcs });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-q', '-m', 'fixture');
    writeFileSync(path.join(vcs, 'main.go'), '// changed after the commit\n', { flag: 'a' });
    await run('go', ['build', '-trimpath', '-buildvcs=true', '-o', path.join(dir, 'app.vcs'), '.'], {
      cwd: vcs,
      env: {
        ...process.env,
        CGO_ENABLED: '0',
        GOOS: 'linux',
        GOARCH: 'amd64',
        GOTOOLCHAIN: 'local',
        GOFLAGS: '',
      },
      timeoutMs: 300_000,
    });
  } finally {
    rmSync(vcs, { recursive: true, force: true });
  }
  return dir;
}

/** `docker buildx build` of one target for linux/amd64 with the local builder, to `output`. */
export async function buildTarget(
  context: string,
  target: string,
  output: string,
  buildArgs: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const env = loadTestEnv();
  const args = Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v ?? ''}`]);
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
      output,
      context,
    ],
    { env: toolEnv(), timeoutMs: 600_000 },
  );
}

/** Builds one target for linux/amd64 and returns where the image was written. */
export async function buildFixtureImage(
  context: string,
  target: string,
  outDir: string,
  kind: OutputKind = 'oci',
): Promise<string> {
  const env = loadTestEnv();
  const dest = path.join(outDir, `${target}.${kind === 'oci-layout' ? 'layout' : `${kind}.tar`}`);
  const output =
    kind === 'oci'
      ? `type=oci,dest=${dest}`
      : kind === 'oci-layout'
        ? `type=oci,dest=${dest},tar=false`
        : `type=docker,dest=${dest},name=gcc-fixture/${target}:test`;
  await buildTarget(context, target, output, {
    GOLANG_IMAGE: env.images.golang,
    CGO_IMAGE: env.images['golang-cgo'],
    STATIC_IMAGE: env.images.static,
    MUSL_IMAGE: env.images.musl,
    GLIBC_IMAGE: env.images.glibc,
    FOREIGN_ARCH: foreignArch(),
  });
  return dest;
}
