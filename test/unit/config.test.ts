import { buildConfig, secretValues } from '../../src/config/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { INPUTS } from '../../src/config/inputs.js';

const env = { workspace: '/w', defaultReportDir: '/tmp/report' };
const from = (values: Record<string, string>) => (name: string) => values[name];

describe('buildConfig', () => {
  it('gives defaults for empty inputs', () => {
    const c = buildConfig(from({}), env);
    expect(c.contextDir).toBe('/w');
    expect(c.dockerfilePath).toBe('/w/Dockerfile');
    expect(c.push).toBe(false);
    expect(c.platforms).toEqual([]);
    expect(c.failOn).toBe('error');
    expect(c.reportPath).toBe('/tmp/report');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('parses lists, booleans and key-value lines', () => {
    const c = buildConfig(
      from({
        context: 'svc',
        platforms: 'linux/amd64, linux/arm64\nlinux/arm/v7',
        tags: '127.0.0.1:5000/acme/api:1.0\nghcr.io/acme/api:latest',
        push: 'TRUE',
        'build-args': 'GOFLAGS=-tags=netgo,osusergo\nEMPTY=\n# comment',
        skip: 'lint,sign',
      }),
      env,
    );
    expect(c.dockerfilePath).toBe('/w/svc/Dockerfile');
    expect(c.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(c.tags).toHaveLength(2);
    expect(c.push).toBe(true);
    expect(c.buildArgs).toEqual({ GOFLAGS: '-tags=netgo,osusergo', EMPTY: '' });
    expect(c.skip).toEqual(['lint', 'sign']);
  });

  it.each([
    ['push', 'yes', /input 'push': expected true or false, got 'yes'/],
    ['platforms', 'linux/amd46', /input 'platforms': 'linux\/amd46': expected os\/arch/],
    ['tags', 'Bad/Name:1', /input 'tags': 'Bad\/Name:1': expected an image reference/],
    ['tags', 'ok/name@sha256:' + 'a'.repeat(64), /a tag cannot contain a digest/],
    ['fail-on', 'fatal', /input 'fail-on': expected one of error, warning, info, never/],
    ['build-args', 'NOEQUALS', /input 'build-args': line 1: expected KEY=VALUE lines/],
    ['build-args', '1BAD=x', /input 'build-args': line 1: '1BAD' is not a valid key/],
    ['skip', 'compile', /input 'skip': 'compile': expected a stage name/],
    [
      'context',
      '../outside',
      /input 'context': '..\/outside' resolves to \/outside, outside the workspace \/w/,
    ],
    ['dockerfile', '/etc/Dockerfile', /input 'dockerfile'.*outside the workspace/],
    ['target', 'a b', /input 'target': expected a stage name/],
    ['builder', 'x\ny', /input 'builder': expected a single line/],
  ])('rejects %s=%j naming the input', (name, value, message) => {
    expect(() => buildConfig(from({ [name]: value }), env)).toThrow(message);
  });

  it('reports every bad input at once', () => {
    try {
      buildConfig(from({ push: 'maybe', 'fail-on': 'x', platforms: 'nope' }), env);
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).errors.map((x) => x.input).sort()).toEqual(['fail-on', 'platforms', 'push']);
    }
  });

  it('refuses push without tags and load of several platforms', () => {
    expect(() => buildConfig(from({ push: 'true' }), env)).toThrow(/input 'tags': push is true but no tags/);
    expect(() => buildConfig(from({ load: 'true', platforms: 'linux/amd64,linux/arm64' }), env)).toThrow(
      /input 'load': cannot load 2 platforms/,
    );
  });

  it('takes an existing image instead of a build, and refuses build-only inputs with it', () => {
    const image = `127.0.0.1:5000/team/api@sha256:${'a'.repeat(64)}`;
    expect(buildConfig(from({ image }), env).image).toBe(image);
    expect(() => buildConfig(from({ image: 'Not A Ref' }), env)).toThrow(
      /input 'image': expected an image reference/,
    );
    expect(() => buildConfig(from({ image, push: 'true', tags: 'r/a:1' }), env)).toThrow(
      /input 'push': push cannot be used with image[\s\S]*input 'tags'/,
    );
    expect(() => buildConfig(from({ 'push-by-digest': 'true' }), env)).toThrow(
      /input 'push-by-digest': push-by-digest needs push/,
    );
    expect(buildConfig(from({ 'push-by-digest': 'true', push: 'true', tags: 'r/a' }), env).pushByDigest).toBe(
      true,
    );
  });

  it('lists secret values for masking', () => {
    expect(secretValues(buildConfig(from({ 'github-token': 'ghs_secret' }), env))).toEqual(['ghs_secret']);
    expect(INPUTS.githubToken.secret).toBe(true);
  });
});
