/** The targets input: one image per line, its errors on their line, and what it cannot be combined with. */
import fc from 'fast-check';
import { buildConfig } from '../../../src/config/config.js';
import { configForTarget } from '../../../src/config/target-config.js';
import { parseTargets } from '../../../src/config/targets.js';
import { InputError } from '../../../src/core/errors.js';
import { gitContextFrom } from '../../../src/metadata/context.js';
import { metadataOutputs } from '../../../src/report/metadata-outputs.js';

const parse = (raw: string) => parseTargets('targets', raw);

describe('parseTargets', () => {
  it('reads name, tags and platforms; several values quoted or as fields without a key', () => {
    const targets = parse(
      [
        'name=api,tags=ghcr.io/acme/api:1,ghcr.io/acme/api:latest,platforms=linux/amd64,linux/arm64',
        '',
        '# the worker',
        'name=worker,"tags=ghcr.io/acme/worker:1,ghcr.io/acme/worker:latest"',
        'name=migrate',
      ].join('\n'),
    );
    expect(targets).toEqual([
      {
        name: 'api',
        tags: ['ghcr.io/acme/api:1', 'ghcr.io/acme/api:latest'],
        platforms: ['linux/amd64', 'linux/arm64'],
        images: [],
      },
      {
        name: 'worker',
        tags: ['ghcr.io/acme/worker:1', 'ghcr.io/acme/worker:latest'],
        platforms: [],
        images: [],
      },
      { name: 'migrate', tags: [], platforms: [], images: [] },
    ]);
  });

  it.each([
    ['tags=a:1', /line 1: name= \(the Dockerfile stage to build\) is missing/],
    ['name=api\nname=API,tags=x:1', /line 2: 'API' is already the image of line 1/],
    ['name=api,colour=blue', /line 1: unknown key 'colour'/],
    ['name=api,name=web', /name is given twice/],
    ['name=-api', /is not a stage name/],
    ['name=api,tags=UPPER/Case:1', /is not an image reference/],
    ['name=api,tags=a@sha256:' + 'a'.repeat(64), /is not an image reference/],
    ['name=api,platforms=linux/quantum', /is not a platform/],
    ['api', /'api' is not key=value/],
    ['name=api,"tags=a:1', /line 1: a double quote is never closed/],
    ['name=api,images=ghcr.io/acme/api:1', /images: 'ghcr.io\/acme\/api:1' is not a repository/],
  ])('%j is refused: %s', (raw, message) => {
    expect(() => parse(raw)).toThrow(InputError);
    expect(() => parse(raw)).toThrow(message);
  });

  it('every error names the input and an example; nothing else is thrown on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        try {
          for (const t of parse(raw)) expect(t.name).toMatch(/^[A-Za-z]/);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).toContain("input 'targets'");
        }
      }),
    );
  });
});

describe('targets with metadata-action rules', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const build = (inputs: Record<string, string>, ref = 'refs/tags/v1.4.2') =>
    buildConfig((n) => inputs[n], {
      workspace: '/w',
      defaultReportDir: '/tmp/r',
      git: () =>
        gitContextFrom({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: ref, GITHUB_SHA: SHA }, '{}', new Date(0)),
    });

  it("the tags input's rules tag each line's images; literal tags stay; the outputs list every tag", () => {
    const c = build({
      targets:
        'name=api,images=ghcr.io/acme/api,registry.example/api\nname=worker,images=ghcr.io/acme/worker,tags=ghcr.io/acme/worker:edge',
      tags: 'type=semver,pattern={{version}}\ntype=sha',
      push: 'true',
    });
    expect(c.tags).toEqual([]);
    expect(c.targets.map((t) => [t.name, t.tags])).toEqual([
      [
        'api',
        [
          'ghcr.io/acme/api:1.4.2',
          'ghcr.io/acme/api:sha-0123456',
          'ghcr.io/acme/api:latest',
          'registry.example/api:1.4.2',
          'registry.example/api:sha-0123456',
          'registry.example/api:latest',
        ],
      ],
      [
        'worker',
        [
          'ghcr.io/acme/worker:edge',
          'ghcr.io/acme/worker:1.4.2',
          'ghcr.io/acme/worker:sha-0123456',
          'ghcr.io/acme/worker:latest',
        ],
      ],
    ]);
    expect(c.labels['org.opencontainers.image.version']).toBe('1.4.2');
    expect(metadataOutputs(c).tags.split('\n')).toHaveLength(9);
  });

  it('a line the rules made no tag for cannot be pushed; images next to targets is refused', () => {
    expect(() =>
      build(
        {
          targets: 'name=api,images=ghcr.io/acme/api',
          tags: 'type=semver,pattern={{version}}',
          push: 'true',
        },
        'refs/heads/main',
      ),
    ).toThrow(/the image 'api' has no tags to push to \(no tags=, and the tag rules made none/);
    expect(() => build({ targets: 'name=api,images=ghcr.io/acme/api', images: 'ghcr.io/acme/x' })).toThrow(
      /input 'images': with targets, name each image's repositories on its line/,
    );
  });
});

describe('targets in the config', () => {
  const build = (inputs: Record<string, string>) =>
    buildConfig((n) => inputs[n], { workspace: '/w', defaultReportDir: '/tmp/r' });

  it('is refused with the single-image inputs it replaces, and push needs tags on every line', () => {
    const targets = 'name=api,tags=r.example/api:1\nname=worker';
    expect(() => build({ targets, target: 'api' })).toThrow(
      /input 'target': target cannot be used with targets/,
    );
    expect(() => build({ targets, tags: 'r.example/x:1' })).toThrow(/input 'tags'/);
    expect(() => build({ targets, push: 'true' })).toThrow(
      /the image 'worker' has no tags to push to \(no tags=\)/,
    );
    expect(() => build({ targets: 'name=api,platforms=linux/amd64,linux/arm64', load: 'true' })).toThrow(
      /cannot load the 2 platforms of 'api'/,
    );
  });

  it("gives each image its stage, tags, platforms (else the run's) and its own report directory", () => {
    const config = build({ targets: 'name=api,tags=r.example/api:1\nname=worker', platforms: 'linux/arm64' });
    const [api, worker] = config.targets;
    if (!api || !worker) throw new Error('two targets expected');
    const a = configForTarget(config, api);
    expect(a).toMatchObject({
      target: 'api',
      tags: ['r.example/api:1'],
      platforms: ['linux/arm64'],
      targets: [],
    });
    expect(a.reportPath).toBe('/tmp/r/images/api');
    expect(configForTarget(config, worker).tags).toEqual([]);
  });
});
