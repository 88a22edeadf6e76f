import {
  cosignAttestArgs,
  cosignMajor,
  cosignSignArgs,
  cosignVerifyArgs,
  keylessPermissionProblem,
} from '../../src/tools/cosign.js';
import { imageByDigest } from '../../src/features/sign/stage.js';

const D = 'sha256:' + 'a'.repeat(64);
const IMG = `ghcr.io/acme/api@${D}`;
const v2 = { major: 2, offline: true, allowHttpRegistry: false };
const v3 = { major: 3, offline: true, allowHttpRegistry: true };

describe('cosign arguments', () => {
  it('signs a digest with a key, offline, for v2 and v3', () => {
    expect(cosignSignArgs(IMG, { kind: 'key', ref: 'cosign.key' }, v2)).toEqual([
      'sign',
      '--yes',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      IMG,
    ]);
    expect(cosignSignArgs(IMG, { kind: 'key', ref: 'env://COSIGN_PRIVATE_KEY' }, v3)).toEqual([
      'sign',
      '--yes',
      '--key',
      'env://COSIGN_PRIVATE_KEY',
      '--new-bundle-format=false',
      '--use-signing-config=false',
      '--tlog-upload=false',
      '--allow-http-registry',
      IMG,
    ]);
  });
  it('signs keyless with no key and the transparency log', () => {
    expect(
      cosignSignArgs(IMG, { kind: 'keyless' }, { major: 2, offline: false, allowHttpRegistry: false }),
    ).toEqual(['sign', '--yes', IMG]);
  });
  it('never signs a tag', () => {
    expect(() => cosignSignArgs('ghcr.io/acme/api:1.0', { kind: 'keyless' }, v2)).toThrow(
      /cosign signs digests, never tags/,
    );
  });
  it('attests and verifies', () => {
    expect(cosignAttestArgs(IMG, { kind: 'key', ref: 'k' }, 'vuln', '/p.json', v2)).toEqual([
      'attest',
      '--yes',
      '--key',
      'k',
      '--type',
      'vuln',
      '--predicate',
      '/p.json',
      '--tlog-upload=false',
      IMG,
    ]);
    expect(cosignVerifyArgs(IMG, { kind: 'key', ref: 'k.pub' }, v2, undefined, 'spdxjson')).toEqual([
      'verify-attestation',
      '--type',
      'spdxjson',
      '--key',
      'k.pub',
      '--insecure-ignore-tlog',
      IMG,
    ]);
    expect(
      cosignVerifyArgs(
        IMG,
        { kind: 'keyless' },
        { major: 2, offline: false, allowHttpRegistry: false },
        {
          identity: 'https://github.com/acme/api/.github/workflows/ci.yml@refs/heads/main',
          issuer: 'https://token.actions.githubusercontent.com',
        },
      ),
    ).toEqual([
      'verify',
      '--certificate-identity',
      'https://github.com/acme/api/.github/workflows/ci.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      IMG,
    ]);
  });
  it('reads the major version', () => {
    expect(cosignMajor('GitVersion:    v2.6.5\nGitCommit: x')).toBe(2);
    expect(cosignMajor('cosign v3.1.3')).toBe(3);
    expect(() => cosignMajor('garbage')).toThrow(/could not read a version/);
  });
  it('names the permission to add when there is no OIDC token', () => {
    expect(keylessPermissionProblem({})).toMatch(/permissions:\n {4}id-token: write/);
    expect(
      keylessPermissionProblem({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }),
    ).toBeUndefined();
  });
  it('names images by digest from their tag', () => {
    expect(imageByDigest('ghcr.io/acme/api:1.0', D)).toBe(IMG);
    expect(imageByDigest('acme/api:1', D)).toBe(`docker.io/acme/api@${D}`);
    expect(() => imageByDigest('Bad Tag', D)).toThrow(/input 'tags'/);
  });
});
