/** The local test environment made by scripts/env-up.sh, as described by its env.json. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';

export interface TestEnv {
  readonly registry: string;
  readonly builder: string;
  readonly buildkitSocket: string;
  readonly dockerHost: string;
  readonly goproxyUrl: string;
  readonly goproxyDir: string;
  readonly trivyCacheDir: string;
  /** The Go vulnerability database (v1 layout) made from test/fixtures/advisories: `govulncheck -db file://…`. */
  readonly govulnDbDir: string;
  readonly cosignKey: string;
  readonly cosignPub: string;
  readonly cosignPassword: string;
  readonly binDir: string;
  readonly images: Readonly<Record<string, string>>;
  readonly versions: Readonly<Record<string, string>>;
}

export function envJsonPath(): string {
  const home =
    process.env.GCC_HOME ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'go-container-ci');
  return path.join(home, 'run', 'env.json');
}

let cached: TestEnv | undefined;

/** Reads env.json; fails with the command to run when the environment is not up. */
export function loadTestEnv(): TestEnv {
  if (cached) return cached;
  const file = envJsonPath();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`the local test environment is not up (${file} is missing): run 'npm run env:up'`);
  }
  cached = JSON.parse(text) as TestEnv;
  return cached;
}

/** The CLI arguments that build examples/hello-api with this environment's builder, registry and module proxy. */
export function helloApiArgs(env: TestEnv): string[] {
  return [
    '--context',
    'examples/hello-api',
    '--builder',
    env.builder,
    '--build-args',
    `REGISTRY=${env.registry}`,
    '--build-args',
    `GOPROXY=${env.goproxyUrl}`,
  ];
}

/** process.env with the environment's tools first on PATH. */
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = loadTestEnv();
  return { ...process.env, PATH: `${env.binDir}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

/** A unique repository name for one test, so tests never see each other's tags. */
export function uniqueRepo(prefix: string): string {
  return `test/${prefix}-${process.pid}-${Date.now().toString(36)}`;
}

/** `cosign verify` of ref with the environment's public key, offline, against the plain-HTTP registry. */
export async function cosignVerify(ref: string): Promise<string> {
  const env = loadTestEnv();
  const r = await run(
    'cosign',
    ['verify', '--key', env.cosignPub, '--insecure-ignore-tlog', '--allow-http-registry', ref],
    { env: toolEnv({ COSIGN_PASSWORD: env.cosignPassword }), timeoutMs: 60_000 },
  );
  return r.stdout;
}
