/**
 * Builds the fixture Go programs of test/fixtures/gobin with the host `go` into a temp dir (never into the
 * repository), for the src/gobin tests. Argument arrays only; no network (GOPROXY=off, the fixture module is a
 * local replace); the host's GOCACHE is shared so a second run only links.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gobin');

export interface GoBuildOptions {
  /** Fixture program: 'hello' (tls, LoadLocation, a replaced module) or 'tzdata' (imports time/tzdata). */
  program?: 'hello' | 'tzdata';
  /** The four with C cross compilers, and two big-endian ones built without cgo. */
  goarch: CgoArch | 's390x' | 'mips';
  cgo: boolean;
  trimpath: boolean;
  /** -ldflags="-s -w" */
  sw: boolean;
  /** -buildmode (exe unless given). */
  buildmode?: 'pie';
  /** CGO_CFLAGS (unset unless given). */
  cflags?: string;
}

/** The cross C compiler Go needs for CGO_ENABLED=1 on this GOARCH (amd64 uses the host gcc), and its package. */
export type CgoArch = 'amd64' | 'arm64' | '386' | 'arm';

export const CROSS_CC: Record<CgoArch, { cc: string; pkg: string }> = {
  amd64: { cc: 'gcc', pkg: 'gcc' },
  arm64: { cc: 'aarch64-linux-gnu-gcc', pkg: 'gcc-aarch64-linux-gnu' },
  '386': { cc: 'i686-linux-gnu-gcc', pkg: 'gcc-i686-linux-gnu' },
  arm: { cc: 'arm-linux-gnueabihf-gcc', pkg: 'gcc-arm-linux-gnueabihf' },
};

/** Throws, saying how to install them, when `go` or a cross compiler is missing. */
export function requireToolchains(goarchs: CgoArch[]): void {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) throw new Error('`go` is not on PATH: the src/gobin tests build Go programs');
  const missing = goarchs
    .map((a) => CROSS_CC[a])
    .filter(({ cc }) => spawnSync(cc, ['--version'], { encoding: 'utf8' }).status !== 0);
  if (missing.length > 0)
    throw new Error(
      `missing C cross compilers ${missing.map((m) => m.cc).join(', ')}: run scripts/debian-packages.sh (or scripts/env-up.sh) as root, or ` +
        `apt-get install ${missing.map((m) => m.pkg).join(' ')} libc6-dev-arm64-cross libc6-dev-i386-cross libc6-dev-armhf-cross`,
    );
}

export function label(o: GoBuildOptions): string {
  return [
    o.program ?? 'hello',
    o.goarch,
    o.cgo ? 'cgo' : 'nocgo',
    ...(o.trimpath ? ['trimpath'] : []),
    ...(o.sw ? ['sw'] : []),
    ...(o.buildmode ? [o.buildmode] : []),
  ].join('-');
}

export class GoBuilder {
  readonly dir = mkdtempSync(join(tmpdir(), 'gobin-'));

  constructor() {
    cpSync(FIXTURES, join(this.dir, 'src'), { recursive: true });
  }

  async build(o: GoBuildOptions): Promise<string> {
    const out = join(this.dir, label(o));
    const args = ['build', '-o', out];
    if (o.trimpath) args.push('-trimpath');
    if (o.sw) args.push('-ldflags=-s -w');
    if (o.buildmode) args.push(`-buildmode=${o.buildmode}`);
    args.push('.');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-buildvcs=false',
      GOPROXY: 'off',
      GOOS: 'linux',
      GOARCH: o.goarch,
      CGO_ENABLED: o.cgo ? '1' : '0',
    };
    for (const k of [
      'CGO_CFLAGS',
      'CGO_CPPFLAGS',
      'CGO_CXXFLAGS',
      'CGO_LDFLAGS',
      'GOAMD64',
      'GO386',
      'GOARM64',
    ])
      delete env[k];
    if (o.cgo) env.CC = CROSS_CC[o.goarch as CgoArch].cc;
    else delete env.CC;
    if (o.cflags !== undefined) env.CGO_CFLAGS = o.cflags;
    if (o.goarch === 'arm') env.GOARM = '7';
    else delete env.GOARM;
    try {
      await run('go', args, { cwd: join(this.dir, 'src', o.program ?? 'hello'), env, maxBuffer: 16 << 20 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`go ${args.join(' ')} (${label(o)}) failed: ${err.stderr ?? err.message}`, {
        cause: e,
      });
    }
    return out;
  }

  /** `go version -m FILE` and `go version -m -json FILE`, run by the host go. */
  async versionM(file: string): Promise<{ text: string; json: unknown }> {
    const env = { ...process.env, GOTOOLCHAIN: 'local' };
    const text = (await run('go', ['version', '-m', file], { env, maxBuffer: 16 << 20 })).stdout;
    const json = JSON.parse(
      (await run('go', ['version', '-m', '-json', file], { env, maxBuffer: 16 << 20 })).stdout,
    ) as unknown;
    return { text, json };
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
