/**
 * The rules that predict a runtime failure are checked against reality: the bad Dockerfile is linted (the
 * rule fires), built with the real BuildKit builder and run in the real Docker engine (it fails the way
 * the rule says); the fixed Dockerfile lints clean of that rule, builds and runs.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { run } from '../../src/tools/exec.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';

const MAIN_GO = `package main

import (
	"fmt"
	"net"
)

func main() {
	// net makes a cgo build link against libc (the cgo DNS resolver).
	_, err := net.LookupPort("tcp", "http")
	fmt.Println("hello from go", err == nil)
}
`;

const dirs: string[] = [];
const tags: string[] = [];

function project(dockerfile: string, extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-lint-e2e-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'main.go'), MAIN_GO);
  writeFileSync(path.join(dir, 'go.mod'), 'module example.test/hello\n\ngo 1.26\n');
  writeFileSync(path.join(dir, '.dockerignore'), '.git\n');
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  for (const [name, content] of Object.entries(extra))
    writeFileSync(path.join(dir, name), content, { mode: 0o755 });
  return dir;
}

/** Lints as the lint stage would for this build: with the build args that name the base images. */
function lintCodes(dockerfile: string): string[] {
  const env = loadTestEnv();
  const buildArgs = { GOLANG_IMAGE: env.images.golang ?? '', STATIC_IMAGE: env.images.static ?? '' };
  return lintDockerfile({ file: 'Dockerfile', text: dockerfile, buildArgs }).findings.map((f) => f.code);
}

async function build(dir: string, name: string): Promise<string> {
  const env = loadTestEnv();
  const tag = `gcc-lint-e2e/${name}:${process.pid}`;
  await run(
    'docker',
    [
      'buildx',
      'build',
      '--builder',
      env.builder,
      '--load',
      '-t',
      tag,
      '--build-arg',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-arg',
      `STATIC_IMAGE=${env.images.static}`,
      dir,
    ],
    { env: toolEnv(), timeoutMs: 300_000 },
  );
  tags.push(tag);
  return tag;
}

async function runImage(tag: string): Promise<{ exitCode: number; output: string }> {
  const r = await run('docker', ['run', '--rm', tag], {
    env: toolEnv(),
    timeoutMs: 60_000,
    okExitCodes: Array.from({ length: 256 }, (_, i) => i),
  });
  return { exitCode: r.exitCode, output: `${r.stdout}\n${r.stderr}` };
}

const BUILDER = `ARG GOLANG_IMAGE
ARG STATIC_IMAGE
FROM \${GOLANG_IMAGE} AS build
WORKDIR /src
COPY go.mod main.go ./
`;

afterAll(async () => {
  for (const t of tags) await run('docker', ['rmi', '-f', t], { env: toolEnv() }).catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('runtime proof of lint rules', () => {
  it('GC101: shell-form ENTRYPOINT on an image without /bin/sh does not start; exec form does', async () => {
    const bad = `${BUILDER}RUN CGO_ENABLED=0 go build -trimpath -o /out/app .
FROM \${STATIC_IMAGE}
COPY --from=build /out/app /app
ENTRYPOINT /app
`;
    const good = bad.replace('ENTRYPOINT /app', 'ENTRYPOINT ["/app"]');
    expect(lintCodes(bad)).toContain('GC101');
    expect(lintCodes(good)).not.toContain('GC101');
    const badRun = await runImage(await build(project(bad), 'gc101-bad'));
    expect(badRun.exitCode).not.toBe(0);
    expect(badRun.output).toMatch(/\/bin\/sh.*no such file or directory/);
    const goodRun = await runImage(await build(project(good), 'gc101-good'));
    expect(goodRun).toMatchObject({ exitCode: 0, output: expect.stringContaining('hello from go') });
  });

  it('GC108: a relative ENTRYPOINT after another WORKDIR is not found; the matching path runs', async () => {
    const bad = `${BUILDER}RUN CGO_ENABLED=0 go build -trimpath -o /out/app .
FROM \${STATIC_IMAGE}
COPY --from=build /out/app /usr/local/bin/app
WORKDIR /srv
ENTRYPOINT ["./app"]
`;
    const good = bad.replace('/usr/local/bin/app', '/srv/app');
    expect(lintCodes(bad)).toContain('GC108');
    expect(lintCodes(good)).not.toContain('GC108');
    const badRun = await runImage(await build(project(bad), 'gc108-bad'));
    expect(badRun.exitCode).not.toBe(0);
    expect(badRun.output).toMatch(/\.\/app.*no such file or directory/);
    const goodRun = await runImage(await build(project(good), 'gc108-good'));
    expect(goodRun).toMatchObject({ exitCode: 0, output: expect.stringContaining('hello from go') });
  });

  it('GC203: a hard-coded foreign GOARCH gives exec format error; GOARCH=$TARGETARCH runs', async () => {
    // An architecture the kernel cannot run (no binfmt emulator registered for it).
    const arch =
      ['arm64', 'riscv64', 's390x', 'ppc64le'].find(
        (a) =>
          !existsSync(
            `/proc/sys/fs/binfmt_misc/qemu-${{ arm64: 'aarch64', riscv64: 'riscv64', s390x: 's390x', ppc64le: 'ppc64le' }[a]}`,
          ),
      ) ?? 'arm64';
    const bad = `${BUILDER}RUN CGO_ENABLED=0 GOARCH=${arch} go build -trimpath -o /out/app .
FROM \${STATIC_IMAGE}
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;
    const good = bad
      .replace('WORKDIR /src', 'ARG TARGETARCH\nWORKDIR /src')
      .replace(`GOARCH=${arch}`, 'GOARCH=$TARGETARCH');
    expect(lintCodes(bad)).toContain('GC203');
    expect(lintCodes(good)).not.toContain('GC203');
    const badRun = await runImage(await build(project(bad), 'gc203-bad'));
    expect(badRun.exitCode).not.toBe(0);
    expect(badRun.output).toMatch(/exec format error/);
    const goodRun = await runImage(await build(project(good), 'gc203-good'));
    expect(goodRun).toMatchObject({ exitCode: 0, output: expect.stringContaining('hello from go') });
  });

  it('GC201: a cgo (dynamically linked) binary in an image without libc does not start; CGO_ENABLED=0 runs', async () => {
    // The environment's golang:<go>-bookworm builder has a C compiler, so Go enables cgo by default.
    const cgoImage = loadTestEnv().images['golang-cgo'];
    if (!cgoImage) throw new Error("env.json has no images['golang-cgo']: run scripts/env-up.sh");
    const bad = `${BUILDER.replace('${GOLANG_IMAGE}', cgoImage)}RUN go build -trimpath -o /out/app .
FROM \${STATIC_IMAGE}
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;
    const good = bad.replace('RUN go build', 'RUN CGO_ENABLED=0 go build');
    expect(lintCodes(bad.replace(cgoImage, 'golang:1.26-bookworm'))).toContain('GC201');
    expect(lintCodes(good.replace(cgoImage, 'golang:1.26-bookworm'))).not.toContain('GC201');
    const badRun = await runImage(await build(project(bad), 'gc201-bad'));
    expect(badRun.exitCode).not.toBe(0);
    expect(badRun.output).toMatch(/no such file or directory/);
    const goodRun = await runImage(await build(project(good), 'gc201-good'));
    expect(goodRun).toMatchObject({ exitCode: 0, output: expect.stringContaining('hello from go') });
  });
});
