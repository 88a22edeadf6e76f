/**
 * The image checks on images the local BuildKit really built: each check has a fixture target that triggers
 * it, and the `good` target triggers none. The reader is proven on the three container formats, with
 * whiteouts, and on `docker save` output from the engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAnalysedImages } from '../../src/analyze/image.js';
import { checkImage } from '../../src/analyze/checks.js';
import { platformAnalysis } from '../../src/analyze/facts.js';
import { openImageSource } from '../../src/image/source.js';
import { readImages } from '../../src/image/manifest.js';
import { readFilesystem } from '../../src/image/filesystem.js';
import { run } from '../../src/tools/exec.js';
import { toolEnv } from '../helpers/env.js';
import { buildFixtureImage, fixtureContext, type OutputKind } from '../helpers/fixture-images.js';

let context: string;
let out: string;

beforeAll(async () => {
  context = await fixtureContext();
  out = mkdtempSync(path.join(os.tmpdir(), 'gcc-analyze-e2e-'));
});

afterAll(() => {
  rmSync(context, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

async function issuesOf(target: string) {
  const [img] = await readAnalysedImages(await buildFixtureImage(context, target, out));
  if (!img) throw new Error(`no image for ${target}`);
  return { img, issues: checkImage(img) };
}

const ALL_CHECKS = [
  'GC101',
  'GC103',
  'GC108',
  'GC109',
  'GC111',
  'GC201',
  'GC202',
  'GC203',
  'GC206',
  'GC207',
  'GC208',
  'GC209',
  'GC311',
  'GC403',
  'GC404',
  'GC405',
  'GC406',
];

const TRIGGERS: [string, string[]][] = [
  ['gc101', ['GC101']],
  ['gc103', ['GC103']],
  ['gc108', ['GC108']],
  ['gc108-mode', ['GC108']],
  ['gc109', ['GC109']],
  ['gc111', ['GC111']],
  ['gc201', ['GC201']],
  ['gc202', ['GC202']],
  ['gc203', ['GC203']],
  ['sloppy', ['GC206', 'GC207', 'GC208', 'GC209']],
  ['gc311', ['GC311']],
  ['gc403', ['GC403']],
  ['gc404', ['GC404', 'GC405']],
  ['gc406', ['GC406']],
];

describe('image checks on real images', () => {
  it('the good image triggers none of them, and its facts are right', async () => {
    const { img, issues } = await issuesOf('good');
    expect(issues.map((i) => i.code)).toEqual([]);
    const facts = platformAnalysis(img);
    expect(facts).toMatchObject({ platform: 'linux/amd64', user: '65532:65532', entrypoint: ['/app'] });
    expect(facts.binaries).toEqual([
      expect.objectContaining({
        path: '/app',
        goVersion: expect.stringMatching(/^go1\./),
        mainModule: 'fixtures.gcc.test/imageapp',
        goarch: 'amd64',
        cgo: false,
        static: true,
        stripped: true,
        trimpath: true,
        entrypoint: true,
      }),
    ]);
    expect(facts.layers.length).toBeGreaterThan(1);
    expect(facts.layers.at(-1)?.createdBy).toMatch(/COPY/);
  });

  it.each(TRIGGERS)('%s triggers %j', async (target, codes) => {
    const { issues } = await issuesOf(target);
    const found = issues.map((i) => i.code);
    for (const code of codes) expect(found).toContain(code);
    // Nothing else fires on a fixture made for one problem, except what the host-built, unstripped app.vcs
    // brings along (gc311 copies it; gc406 copies the whole context, which holds it).
    const fromAppVcs = ['GC208', 'GC311'];
    const unexpected = found.filter(
      (c) => !codes.includes(c) && !((target === 'gc311' || target === 'gc406') && fromAppVcs.includes(c)),
    );
    expect(unexpected).toEqual([]);
  });

  it('names the problem precisely', async () => {
    const m = async (t: string) =>
      (await issuesOf(t)).issues.map((i) => `${i.severity} ${i.message}`).join('\n');
    expect(await m('gc202')).toMatch(
      /error \/app is linked against glibc.*musl \(\/lib\/ld-musl-x86_64\.so\.1\)/,
    );
    expect(await m('gc201')).toMatch(/needs \/lib64\/ld-linux-x86-64\.so\.2, which the image does not have/);
    expect(await m('gc108-mode')).toMatch(/not executable \(mode 644\)/);
    expect(await m('gc403')).toMatch(/API_TOKEN[\s\S]*NPM_TOKEN/);
    expect(await m('gc403')).not.toMatch(/not-a-real-token|also-not-real/);
    const leaks = await m('gc406');
    expect(leaks).toContain('warning the image contains Go sources: /src/main.go');
    expect(leaks).toContain('error the image contains private keys: /src/deploy.key');
    expect(leaks).toContain('warning the image contains .env files: /src/.env');
  });

  it('a cgo binary on a glibc image has its interpreter and libraries', async () => {
    const { issues } = await issuesOf('cgo-on-glibc');
    expect(issues.map((i) => i.code)).not.toEqual(expect.arrayContaining(['GC201']));
    expect(issues.map((i) => i.code)).not.toContain('GC202');
  });

  it('every image check has a fixture that triggers it', () => {
    expect([...new Set(TRIGGERS.flatMap(([, codes]) => codes))].sort()).toEqual(ALL_CHECKS);
  });
});

describe('image reader on real images', () => {
  it.each(['oci', 'oci-layout', 'docker'] as OutputKind[])(
    'applies whiteouts in a %s written by BuildKit',
    async (kind) => {
      const location = await buildFixtureImage(context, 'whiteouts', out, kind);
      const source = await openImageSource(location);
      const [image] = await readImages(source);
      const fs = await readFilesystem(source, image!);
      expect(fs.entries.has('/data/keep/a')).toBe(true);
      expect(fs.entries.has('/data/opaque/c')).toBe(true);
      expect(fs.entries.has('/data/gone')).toBe(false);
      expect(fs.entries.has('/data/opaque/b')).toBe(false);
      expect(fs.layers.reduce((n, l) => n + l.whiteouts, 0)).toBeGreaterThan(0);
    },
  );

  it('reads `docker save` output of the engine', async () => {
    const archive = await buildFixtureImage(context, 'good', out, 'docker');
    await run('docker', ['load', '-i', archive], { env: toolEnv(), timeoutMs: 120_000 });
    const saved = path.join(out, 'saved.tar');
    try {
      await run('docker', ['save', '-o', saved, 'gcc-fixture/good:test'], {
        env: toolEnv(),
        timeoutMs: 120_000,
      });
      const [img] = await readAnalysedImages(saved);
      expect(img?.manifest.platform).toBe('linux/amd64');
      expect(checkImage(img!)).toEqual([]);
    } finally {
      await run('docker', ['rmi', '-f', 'gcc-fixture/good:test'], { env: toolEnv() }).catch(() => undefined);
    }
  });
});
