/**
 * BuildxBake's wiring, with a small fake `docker` on PATH (our runner, not bake: the e2e runs the real one):
 * the environment it gets, its working directory, the files written before and after, and its failures.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildxBake, type BakeTarget } from '../../../src/tools/buildx-bake.js';
import { BuildFailedError } from '../../../src/tools/buildx.js';

let dir: string;
let bin: string;

function fakeDocker(script: string): void {
  const file = path.join(bin, 'docker');
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-bake-runner-'));
  bin = path.join(dir, 'bin');
  mkdirSync(bin);
  for (const t of ['sh', 'cat', 'env']) {
    const real = ['/bin', '/usr/bin'].map((d) => path.join(d, t)).find((p) => existsSync(p));
    if (real) symlinkSync(real, path.join(bin, t));
  }
  mkdirSync(path.join(dir, 'ctx'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const digest = (c: string) => `sha256:${c.repeat(64)}`;

function targets(): BakeTarget[] {
  const request = (stage: string) => ({
    contextDir: path.join(dir, 'ctx'),
    dockerfile: path.join(dir, 'ctx', 'Dockerfile'),
    target: stage,
    platforms: [],
    tags: [],
    outputs: [{ kind: 'oci' as const, dest: path.join(dir, 'out', stage, 'image.tar') }],
    buildArgs: {},
    labels: {},
    metadataFile: path.join(dir, 'unused.json'),
    iidFile: path.join(dir, `${stage}.iid`),
    secrets: ['id=token,env=GH_TOKEN'],
  });
  return [
    { name: 'api', request: request('api') },
    { name: 'worker.v2', request: request('worker') },
  ];
}

const files = () => ({
  definitionFile: path.join(dir, 'run', 'bake.json'),
  metadataFile: path.join(dir, 'run', 'metadata.json'),
});

describe('BuildxBake', () => {
  it('writes the definition, runs in the context with the allowed environment, reads the metadata', async () => {
    const metadata = {
      api: { 'containerimage.digest': digest('a'), 'containerimage.config.digest': digest('c') },
      worker_v2: { 'containerimage.digest': digest('b') },
    };
    fakeDocker(
      [
        `env > '${dir}/env.txt'`,
        `echo "$PWD" > '${dir}/cwd.txt'`,
        `for a in "$@"; do echo "$a"; done > '${dir}/args.txt'`,
        `cat '${files().definitionFile}' > '${dir}/definition-seen.json'`,
        `cat > '${files().metadataFile}' <<'EOF'\n${JSON.stringify(metadata)}\nEOF`,
        `echo '{"vertexes":[{"digest":"d1","name":"[api build 2/2] RUN go build","started":"2026-01-01T00:00:00Z"}]}' >&2`,
        `echo '{"vertexes":[{"digest":"d1","name":"[worker_v2 build 2/2] RUN go build","completed":"2026-01-01T00:00:01Z"}]}' >&2`,
        `echo 'a plain line' >&2`,
      ].join('\n'),
    );
    const lines: string[] = [];
    const source = { PATH: bin, GH_TOKEN: 'gh-secret', GITHUB_TOKEN: 'job-token', SOURCE_DATE_EPOCH: '1' };
    const out = await new BuildxBake(source).bake(targets(), files(), (l) => lines.push(l));

    const env = readFileSync(path.join(dir, 'env.txt'), 'utf8');
    expect(env).toContain('GH_TOKEN=gh-secret');
    expect(env).toContain('BUILDX_BAKE_DISABLE_VARS_ENV_LOOKUP=1');
    expect(env).not.toContain('GITHUB_TOKEN');
    expect(env).not.toContain('SOURCE_DATE_EPOCH');
    expect(readFileSync(path.join(dir, 'cwd.txt'), 'utf8').trim()).toBe(path.join(dir, 'ctx'));
    const args = readFileSync(path.join(dir, 'args.txt'), 'utf8').trim().split('\n');
    expect(args.slice(0, 2)).toEqual(['buildx', 'bake']);
    expect(args.slice(-3)).toEqual(['--', 'api', 'worker_v2']);
    expect(args).toContain(`fs.write=${path.join(dir, 'out', 'api')}`);
    const seen = JSON.parse(readFileSync(path.join(dir, 'definition-seen.json'), 'utf8')) as {
      target: Record<string, unknown>;
    };
    expect(Object.keys(seen.target)).toEqual(['api', 'worker_v2']);
    // The archives' directories exist before bake checks its entitlements.
    expect(existsSync(path.join(dir, 'out', 'worker'))).toBe(true);

    expect(out.outcomes.get('api')?.metadata.digest).toBe(digest('a'));
    expect(out.outcomes.get('worker.v2')?.imageId).toBe(digest('b'));
    expect(readFileSync(path.join(dir, 'api.iid'), 'utf8')).toBe(digest('c'));
    expect(readFileSync(path.join(dir, 'worker.iid'), 'utf8')).toBe(digest('b'));
    expect(out.steps.map((s) => [s.name, s.targets])).toEqual([
      ['[build 2/2] RUN go build', ['api', 'worker.v2']],
    ]);
    expect(lines).toEqual(['a plain line']);
  });

  it('a failed step is a BuildFailedError naming its target and log', async () => {
    const log = Buffer.from('cmd/api/main.go:3:2: undefined: x\n').toString('base64');
    fakeDocker(
      [
        `echo '{"vertexes":[{"digest":"d1","name":"[worker_v2 build 2/2] RUN go build","error":"exit code: 1"}]}' >&2`,
        `echo '{"logs":[{"vertex":"d1","data":"${log}"}]}' >&2`,
        'exit 1',
      ].join('\n'),
    );
    const err = await new BuildxBake({ PATH: bin }).bake(targets(), files()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildFailedError);
    expect((err as Error).message).toMatch(
      /build failed at step '\[build 2\/2\] RUN go build \(target worker\.v2\)': exit code: 1[\s\S]*undefined: x/,
    );
  });

  it("a refused bake says bake's own words, without the progress lines", async () => {
    fakeDocker(
      [
        `echo '{"vertexes":[{"digest":"d0","name":"[internal] load local bake definitions"}]}' >&2`,
        `echo 'ERROR: additional privileges requested' >&2`,
        'exit 1',
      ].join('\n'),
    );
    const err = (await new BuildxBake({ PATH: bin })
      .bake(targets(), files())
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /docker buildx exited with code 1[\s\S]*ERROR: additional privileges requested/,
    );
    expect(err.message).not.toContain('vertexes');
  });
});
