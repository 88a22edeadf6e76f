/**
 * The analyze and smoke stages in the bundled action, on fixture images built by the real BuildKit and run by
 * the real Docker Engine; and every smoke outcome classified on a real container.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { runBundledAction } from '../helpers/action.js';
import { buildFixtureImage, fixtureContext, foreignArch } from '../helpers/fixture-images.js';
import { DockerEngine } from '../../src/tools/engine.js';
import { dockerArchiveStream } from '../../src/image/docker-archive.js';
import { openImageSource } from '../../src/image/source.js';
import { readImages } from '../../src/image/manifest.js';

let context: string;
let out: string;

beforeAll(async () => {
  context = await fixtureContext();
  out = mkdtempSync(path.join(os.tmpdir(), 'gcc-smoke-e2e-'));
});

afterAll(() => {
  rmSync(context, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function buildArgs(): string {
  const env = loadTestEnv();
  return [
    `GOLANG_IMAGE=${env.images.golang}`,
    `CGO_IMAGE=${env.images['golang-cgo']}`,
    `STATIC_IMAGE=${env.images.static}`,
    `MUSL_IMAGE=${env.images.musl}`,
    `GLIBC_IMAGE=${env.images.glibc}`,
    `FOREIGN_ARCH=${foreignArch()}`,
  ].join('\n');
}

async function action(target: string, smoke: string) {
  const env = loadTestEnv();
  return runBundledAction({
    workspace: context,
    inputs: {
      context: '.',
      target,
      platforms: 'linux/amd64',
      builder: env.builder,
      'build-args': buildArgs(),
      'smoke-command': smoke,
      'smoke-timeout': '20',
      skip: 'cache-restore,cache-save,sbom,scan',
      'fail-on': 'never',
      'layer-cache': 'none',
    },
    env: toolEnv(),
  });
}

describe('bundled action: analyze and smoke', () => {
  it('a foreign-architecture binary: GC203 on the COPY line, and the smoke run says exec format error', async () => {
    const run = await action('gc203', '-version');
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /::error title=GC203[^:]*,file=Dockerfile,line=\d+[^:]*::\/app is a \w+ program in a linux\/amd64 image/,
    );
    expect(run.stdout).toMatch(/::error title=GC601[^:]*::.*could not start: exec format error/);
    expect(run.summary).toContain('### Image');
    expect(run.summary).toMatch(/Smoke run.*exec format error/);
    expect(Number(run.outputs['image-size'])).toBeGreaterThan(1000);
    expect(run.outputs.smoke).toBe('exec format error');
  });

  it('the good image: no image finding, facts in the summary, the smoke run exits 0', async () => {
    const run = await action('good', '-version');
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
    // The fixture Dockerfile's other stages have lint findings; the image itself has none.
    const findings = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'findings.json'), 'utf8'),
    ) as { stage: string }[];
    expect(findings.filter((f) => f.stage === 'analyze' || f.stage === 'smoke')).toEqual([]);
    expect(run.summary).toMatch(/`\/app` \(entrypoint\)/);
    expect(run.summary).toMatch(/Smoke run.*✅ exited 0/);
    expect(run.summary).toMatch(/static/);
    expect(JSON.parse(run.outputs['go-binaries'] ?? '[]')).toEqual([
      expect.objectContaining({ platform: 'linux/amd64', path: '/app', goarch: 'amd64', static: true }),
    ]);
    expect(run.outputs.smoke).toBe('ok');
  });
});

describe('smoke outcomes on real containers', () => {
  let engine: DockerEngine;
  beforeAll(async () => {
    engine = await DockerEngine.connect();
  });

  async function smoke(target: string, args: string[], timeoutMs = 20_000) {
    const archive = await buildFixtureImage(context, target, out);
    const source = await openImageSource(archive);
    const [image] = await readImages(source);
    const tag = `gcc-smoke-e2e/${target}:${process.pid}`;
    await engine.load(dockerArchiveStream(source, image!, tag));
    try {
      return await engine.run(tag, args, timeoutMs);
    } finally {
      await engine.removeImage(tag);
    }
  }

  it.each([
    ['good', ['-version'], 'ok'],
    ['good', ['-fail'], 'non-zero exit'],
    ['gc203', ['-version'], 'exec format error'],
    ['gc201', ['-version'], 'no such file'],
    ['gc108-mode', ['-version'], 'permission denied'],
  ])('%s %j: %s', async (target, args, outcome) => {
    const r = await smoke(target, args);
    expect(r.outcome).toBe(outcome);
    if (outcome === 'non-zero exit') {
      expect(r.exitCode).toBe(3);
      expect(r.logTail).toContain('failing on purpose');
    }
    if (outcome === 'ok') expect(r.logTail).toContain('fixture dev');
  });

  it('stops a program that does not exit and says so', async () => {
    const r = await smoke('good', ['-zone', 'UTC'], 3000);
    expect(r.outcome).toBe('timeout');
    expect(r.logTail).toContain('fixture serving');
  });
});
