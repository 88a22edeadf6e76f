/** `images`, `tags` rules and `flavor` through buildConfig: tags, labels and the metadata-action outputs. */
import { buildConfig, ConfigError } from '../../../src/config/config.js';
import { gitContextFrom } from '../../../src/metadata/context.js';
import { metadataOutputs } from '../../../src/report/metadata-outputs.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const git = (event: string, ref: string) => () =>
  gitContextFrom(
    { GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/api' },
    JSON.stringify({
      repository: { name: 'api', html_url: 'https://github.com/acme/api', default_branch: 'main' },
    }),
    new Date('2026-12-01T00:00:00Z'),
  );
const env = (event = 'push', ref = 'refs/tags/v1.4.2') => ({
  workspace: '/w',
  defaultReportDir: '/tmp/report',
  git: git(event, ref),
});
const from = (values: Record<string, string>) => (name: string) => values[name];

function errorsOf(fn: () => unknown): { input: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).errors.map((x) => ({ input: x.input, message: x.message }));
  }
  throw new Error('expected a ConfigError');
}

const PASTED = {
  images: 'ghcr.io/acme/api\nregistry.example:5000/acme/api',
  tags: 'type=ref,event=branch\ntype=ref,event=pr\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha',
  push: 'true',
};

describe('images + tags rules in the config', () => {
  it('a pasted metadata-action block tags a release push', () => {
    const c = buildConfig(from(PASTED), env());
    expect(c.tags).toEqual([
      'ghcr.io/acme/api:1.4.2',
      'ghcr.io/acme/api:1.4',
      'ghcr.io/acme/api:sha-0123456',
      'ghcr.io/acme/api:latest',
      'registry.example:5000/acme/api:1.4.2',
      'registry.example:5000/acme/api:1.4',
      'registry.example:5000/acme/api:sha-0123456',
      'registry.example:5000/acme/api:latest',
    ]);
    expect(c.labels['org.opencontainers.image.version']).toBe('1.4.2');
    expect(c.labels['org.opencontainers.image.created']).toBeUndefined();
    // metadata-action's annotations go on the manifest too (created excepted: the build's time is the commit's).
    expect(c.annotations).toContain('manifest:org.opencontainers.image.version=1.4.2');
    expect(c.annotations.some((a) => a.includes('image.created='))).toBe(false);
    const out = metadataOutputs(c);
    expect(out.version).toBe('1.4.2');
    expect(out.tags.split('\n')).toHaveLength(8);
    expect(out.labels).toContain('org.opencontainers.image.created=2026-12-01T00:00:00.000Z');
    expect(JSON.parse(out.json)['tag-names']).toEqual(['1.4.2', '1.4', 'sha-0123456', 'latest']);
  });

  it('empty tags with images: the defaults', () => {
    const c = buildConfig(from({ images: 'ghcr.io/acme/api' }), env('pull_request', 'refs/pull/7/merge'));
    expect(c.tags).toEqual(['ghcr.io/acme/api:pr-7']);
  });

  it('plain references keep working without images', () => {
    const c = buildConfig(from({ tags: 'ghcr.io/acme/api:1,ghcr.io/acme/api:2' }), env());
    expect(c.tags).toEqual(['ghcr.io/acme/api:1', 'ghcr.io/acme/api:2']);
    expect(c.metadata).toBeUndefined();
    expect(metadataOutputs(c).version).toBe('');
  });

  it('a plain line next to images is a raw tag; flavor applies', () => {
    const c = buildConfig(
      from({ images: 'ghcr.io/acme/api', tags: 'stable', flavor: 'suffix=-distroless' }),
      env(),
    );
    expect(c.tags).toEqual(['ghcr.io/acme/api:stable-distroless']);
  });

  it('push with rules that make no tag is an error on tags', () => {
    const errors = errorsOf(() =>
      buildConfig(from({ ...PASTED, tags: 'type=ref,event=pr' }), env('push', 'refs/heads/main')),
    );
    expect(errors).toEqual([{ input: 'tags', message: expect.stringMatching(/made no tag for this event/) }]);
  });

  it.each([
    [{ tags: 'type=ref,event=branch' }, 'tags', /name the repositories it tags in images/],
    [{ tags: 'ghcr.io/a/b:1', flavor: 'latest=false' }, 'flavor', /flavor needs images/],
    [{ images: 'ghcr.io/acme/api', tags: 'type=semver' }, 'tags', /needs a pattern/],
    [
      { images: 'ghcr.io/acme/api', tags: 'type=ref,event=push' },
      'tags',
      /event=branch, event=tag or event=pr/,
    ],
    [{ images: 'ghcr.io/acme/api', tags: 'type=nope' }, 'tags', /unknown type 'nope'/],
    [
      { images: 'ghcr.io/acme/api', tags: 'type=raw,value={{version}}' },
      'tags',
      /unknown expression \{\{version\}\}/,
    ],
    [{ images: 'ghcr.io/acme/api', tags: 'type=raw,value=x,enable=maybe' }, 'tags', /expected true or false/],
    [{ images: 'ghcr.io/acme/api', tags: 'ghcr.io/acme/api:1' }, 'tags', /a plain line is a tag/],
    [{ images: 'ghcr.io/acme/api:1' }, 'images', /without tag or digest/],
    [{ images: 'name=x,colour=red' }, 'images', /unknown attribute 'colour'/],
    [{ images: 'ghcr.io/acme/api', flavor: 'latest=sometimes' }, 'flavor', /expected auto, true or false/],
    [{ images: 'ghcr.io/acme/api', image: 'ghcr.io/acme/api:1' }, 'images', /cannot be used with image/],
  ])('%j is an error on %s', (inputs, input, message) => {
    const errors = errorsOf(() => buildConfig(from(inputs), env()));
    expect(errors.map((e) => e.input)).toContain(input);
    expect(errors.find((e) => e.input === input)?.message).toMatch(message);
  });
});
