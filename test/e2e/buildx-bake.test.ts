/**
 * Several images in one BuildKit session (`docker buildx bake`), against the local builder: a Go module whose
 * `build` stage compiles two commands in one step and whose `api` and `worker` stages copy one binary each.
 * Both images come out as OCI archives; the shared compile step is one step that served both targets; a second
 * bake is fully cached. Paths outside the context (archives, a secret file) need bake's fs entitlements.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildxBake, type BakeOutcome, type BakeTarget } from '../../src/tools/buildx-bake.js';
import { BuildFailedError } from '../../src/tools/buildx.js';
import { readImages } from '../../src/image/manifest.js';
import { openImageSource } from '../../src/image/source.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'bake');
/** A label value and key bake's HCL reading would interpolate if we did not escape them. */
const HOSTILE_KEY = 'org.example.${HOME}';
const HOSTILE_VALUE = '${HOME} %{ if true }x%{ endif } $${x} $$ 100% $';

describe('buildx bake: several images in one BuildKit session', () => {
  const env = loadTestEnv();
  const nonce = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gcc-bake-'));
  const secretFile = path.join(tmp, 'note');
  writeFileSync(secretFile, 'not used by the Dockerfile; read access is what is checked\n', { mode: 0o600 });

  function targets(dir: string): BakeTarget[] {
    const target = (name: string, stage: string): BakeTarget => ({
      name,
      request: {
        contextDir: FIXTURE,
        dockerfile: path.join(FIXTURE, 'Dockerfile'),
        target: stage,
        platforms: [],
        tags: [],
        outputs: [{ kind: 'oci', dest: path.join(dir, `${stage}.oci.tar`) }],
        buildArgs: {
          GOLANG_IMAGE: env.images.golang ?? '',
          RUNTIME_IMAGE: env.images.static ?? '',
          BAKE_NONCE: nonce,
        },
        labels: { [HOSTILE_KEY]: HOSTILE_VALUE, 'org.opencontainers.image.title': name },
        builder: env.builder,
        metadataFile: path.join(dir, 'unused.json'),
        iidFile: path.join(dir, `${stage}.iid`),
        secrets: [`id=bake_note,src=${secretFile}`],
        sourceDateEpoch: 1_700_000_000,
      },
    });
    // "worker.v2" is no valid bake target name: it is baked as worker_v2 and reported under its own name.
    return [target('api', 'api'), target('worker.v2', 'worker')];
  }

  async function bake(run: string): Promise<{ outcome: BakeOutcome; dir: string }> {
    const dir = path.join(tmp, run, 'images');
    const outcome = await new BuildxBake(toolEnv()).bake(
      targets(dir),
      {
        definitionFile: path.join(tmp, run, 'bake.json'),
        metadataFile: path.join(tmp, run, 'metadata.json'),
      },
      undefined,
      900_000,
    );
    return { outcome, dir };
  }

  let first: { outcome: BakeOutcome; dir: string };

  it('bakes both images to OCI archives; the shared compile step runs once for both', async () => {
    first = await bake('first');
    const { outcomes, steps } = first.outcome;
    expect([...outcomes.keys()]).toEqual(['api', 'worker.v2']);
    const api = outcomes.get('api')?.metadata.digest;
    const worker = outcomes.get('worker.v2')?.metadata.digest;
    expect(api).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(worker).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(api).not.toBe(worker);

    for (const [stage, name] of [
      ['api', 'api'],
      ['worker', 'worker.v2'],
    ] as const) {
      const archive = path.join(first.dir, `${stage}.oci.tar`);
      expect(existsSync(archive)).toBe(true);
      const [image] = await readImages(await openImageSource(archive));
      expect(image?.config.config?.Entrypoint).toEqual([`/${stage}`]);
      // The escaped strings reach the image verbatim.
      expect(image?.config.config?.Labels?.[HOSTILE_KEY]).toBe(HOSTILE_VALUE);
      expect(image?.config.config?.Labels?.['org.opencontainers.image.title']).toBe(name);
      // No --iidfile in bake: the image id is written from the metadata.
      expect(readFileSync(path.join(first.dir, `${stage}.iid`), 'utf8')).toBe(outcomes.get(name)?.imageId);
    }

    const compile = steps.filter((s) => s.name.includes('go build'));
    expect(compile.map((s) => ({ name: s.name.slice(0, 12), cached: s.cached, targets: s.targets }))).toEqual(
      [{ name: '[build 6/6] ', cached: false, targets: ['api', 'worker.v2'] }],
    );
    expect(compile[0]?.log ?? '').toContain(`nonce ${nonce}`);
    expect(steps.find((s) => s.name.includes('COPY --from=build /out/api'))?.targets).toEqual(['api']);
    expect(steps.find((s) => s.name.includes('COPY --from=build /out/worker'))?.targets).toEqual([
      'worker.v2',
    ]);
  });

  it('a second bake of the same sources is fully cached', async () => {
    const again = await bake('again');
    const work = again.outcome.steps.filter((s) => /^\[[\w-]+ \d+\/\d+\] (RUN|COPY)/.test(s.name));
    expect(work.length).toBeGreaterThanOrEqual(5);
    expect(work.filter((s) => !s.cached).map((s) => s.name)).toEqual([]);
    expect(existsSync(path.join(again.dir, 'api.oci.tar'))).toBe(true);
    expect(existsSync(path.join(again.dir, 'worker.oci.tar'))).toBe(true);
    // Same sources, SOURCE_DATE_EPOCH and rewritten timestamps: the same image configs.
    for (const name of ['api', 'worker.v2'])
      expect(again.outcome.outcomes.get(name)?.imageId).toBe(first.outcome.outcomes.get(name)?.imageId);
  });

  it('a failing target fails the bake with its step, its target and its log', async () => {
    const [api] = targets(path.join(tmp, 'broken', 'images'));
    const broken: BakeTarget = {
      name: 'broken',
      request: {
        ...api!.request,
        dockerfile: path.join(FIXTURE, 'Dockerfile.broken'),
        target: 'broken',
        outputs: [{ kind: 'oci', dest: path.join(tmp, 'broken', 'images', 'broken.oci.tar') }],
      },
    };
    const err = await new BuildxBake(toolEnv())
      .bake([api!, broken], {
        definitionFile: path.join(tmp, 'broken', 'bake.json'),
        metadataFile: path.join(tmp, 'broken', 'metadata.json'),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildFailedError);
    expect((err as BuildFailedError).step?.name).toMatch(/RUN echo .* \(target broken\)$/);
    expect((err as BuildFailedError).logTail).toContain(`the broken stage fails on purpose (${nonce})`);
  });
});
