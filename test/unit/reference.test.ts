import fc from 'fast-check';
import { parsePlatform, formatPlatform } from '../../src/config/reference.js';
import { parseImageReference } from '../../src/registry/reference.js';

describe('parseImageReference', () => {
  it.each([
    ['golang:1.26', { registry: 'docker.io', repository: 'library/golang', tag: '1.26' }],
    ['acme/api', { registry: 'docker.io', repository: 'acme/api' }],
    ['127.0.0.1:5000/golang:1.26.8', { registry: '127.0.0.1:5000', repository: 'golang', tag: '1.26.8' }],
    ['localhost/x/y:z', { registry: 'localhost', repository: 'x/y', tag: 'z' }],
    [
      'ghcr.io/acme/api@sha256:' + 'b'.repeat(64),
      { registry: 'ghcr.io', repository: 'acme/api', digest: 'sha256:' + 'b'.repeat(64) },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each(['', 'UPPER/case', 'a//b', 'a:b:c', ':tag', 'a@sha256:short', 'a b', '-a/b'])(
    'rejects %j',
    (text) => {
      expect(parseImageReference(text)).toBeUndefined();
    },
  );

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parseImageReference(s);
      }),
    );
  });
});

describe('parsePlatform', () => {
  it('parses and formats', () => {
    expect(parsePlatform('linux/arm/v7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    expect(formatPlatform(parsePlatform('linux/amd64')!)).toBe('linux/amd64');
    expect(parsePlatform('linux')).toBeUndefined();
    expect(parsePlatform('linux/amd46')).toBeUndefined();
    expect(parsePlatform('linux/arm/7')).toBeUndefined();
  });
});
