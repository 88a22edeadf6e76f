/**
 * Keyless self-verification names exactly the workflow that signed (issue 16, Low): the certificate identity
 * is https://github.com/OWNER/REPO/.github/workflows/FILE@REF from the job's workflow ref, matched exactly
 * (no regular expression, so no unescaped dots and no `.+` fallback); without a usable ref it is a clear error.
 */
import { keylessIdentity } from '../../src/features/sign/stage.js';
import { cosignVerifyArgs } from '../../src/tools/cosign.js';

const ISSUER = 'https://token.actions.githubusercontent.com';

describe('keyless verification identity', () => {
  it('is the workflow file at its ref, exactly', () => {
    const id = keylessIdentity({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/release.yml@refs/tags/v1.2.3',
    });
    expect(id).toEqual({
      identity: 'https://github.com/acme/api/.github/workflows/release.yml@refs/tags/v1.2.3',
      issuer: ISSUER,
    });
    const args = cosignVerifyArgs(
      'ghcr.io/acme/api@sha256:' + 'a'.repeat(64),
      { kind: 'keyless' },
      { major: 2, offline: false, allowHttpRegistry: false },
      id,
    );
    expect(args).toContain('--certificate-identity');
    expect(args[args.indexOf('--certificate-identity') + 1]).toBe(id.identity);
    expect(args).not.toContain('--certificate-identity-regexp');
  });

  it("prefers the reusable workflow's own ref (GCC_JOB_WORKFLOW_REF, from job.workflow_ref)", () => {
    expect(
      keylessIdentity({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/ci.yml@refs/heads/main',
        GCC_JOB_WORKFLOW_REF: 'gcc/go-container-ci/.github/workflows/go-container.yml@refs/tags/v0.3.0',
      }).identity,
    ).toBe('https://github.com/gcc/go-container-ci/.github/workflows/go-container.yml@refs/tags/v0.3.0');
  });

  it('has no fallback: a missing or malformed workflow ref is a clear error', () => {
    expect(() => keylessIdentity({ GITHUB_REPOSITORY: 'acme/api' })).toThrow(/GITHUB_WORKFLOW_REF.*not set/);
    for (const bad of [
      'acme/api@refs/heads/main',
      'acme/api/.github/workflows/ci.yml',
      'acme/api/.github/workflows/ci.yml@refs/heads/main\n',
      '.+/.github/workflows/x.yml@refs/heads/main',
    ])
      expect(() => keylessIdentity({ GITHUB_WORKFLOW_REF: bad })).toThrow(/GITHUB_WORKFLOW_REF/);
    expect(() =>
      keylessIdentity({
        GITHUB_SERVER_URL: 'http://github.example',
        GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/ci.yml@refs/heads/main',
      }),
    ).toThrow(/GITHUB_SERVER_URL/);
  });
});
