/**
 * cosign: sign the pushed digest, attest the SBOM and the scan, verify. Argument construction is pure and
 * covers cosign v2 and v3 (v3 deprecates `--tlog-upload=false` unless the new bundle format and signing
 * configs are turned off). The key's password only ever travels in COSIGN_PASSWORD, never on argv.
 */
import { run, ToolError } from './exec.js';
import { childEnv, type EnvNeeds } from './env-policy.js';

export const COSIGN_INSTALL_HINT =
  'install cosign (https://docs.sigstore.dev/cosign/system_config/installation/), or set sign: false';

export type CosignKey = { readonly kind: 'key'; readonly ref: string } | { readonly kind: 'keyless' };

export interface CosignOptions {
  readonly major: number;
  /** No transparency log (air-gapped, or a private key that must not be published). */
  readonly offline: boolean;
  readonly allowHttpRegistry: boolean;
}

function common(o: CosignOptions): string[] {
  return o.allowHttpRegistry ? ['--allow-http-registry'] : [];
}

function uploadFlags(o: CosignOptions): string[] {
  if (!o.offline) return [];
  return o.major >= 3
    ? ['--new-bundle-format=false', '--use-signing-config=false', '--tlog-upload=false']
    : ['--tlog-upload=false'];
}

/** `cosign sign` of an image by digest. Pure. */
export function cosignSignArgs(imageByDigest: string, key: CosignKey, o: CosignOptions): string[] {
  if (!/@sha256:[a-f0-9]{64}$/.test(imageByDigest))
    throw new Error(`cosign signs digests, never tags: ${imageByDigest}`);
  return [
    'sign',
    '--yes',
    ...(key.kind === 'key' ? ['--key', key.ref] : []),
    ...uploadFlags(o),
    ...common(o),
    imageByDigest,
  ];
}

/** `cosign attest --type TYPE --predicate FILE`. Pure. */
export function cosignAttestArgs(
  imageByDigest: string,
  key: CosignKey,
  type: string,
  predicate: string,
  o: CosignOptions,
): string[] {
  return [
    'attest',
    '--yes',
    ...(key.kind === 'key' ? ['--key', key.ref] : []),
    '--type',
    type,
    '--predicate',
    predicate,
    ...uploadFlags(o),
    ...common(o),
    imageByDigest,
  ];
}

export interface VerifyIdentity {
  /** Keyless: exactly who may have signed (the workflow file at its ref, as Fulcio writes it) and the OIDC issuer. */
  readonly identity: string;
  readonly issuer: string;
}

/** `cosign verify` / `cosign verify-attestation --type TYPE`. Pure. */
export function cosignVerifyArgs(
  image: string,
  pub: CosignKey,
  o: CosignOptions,
  identity?: VerifyIdentity,
  attestationType?: string,
): string[] {
  const who =
    pub.kind === 'key'
      ? ['--key', pub.ref]
      : identity
        ? ['--certificate-identity', identity.identity, '--certificate-oidc-issuer', identity.issuer]
        : [];
  return [
    attestationType ? 'verify-attestation' : 'verify',
    ...(attestationType ? ['--type', attestationType] : []),
    ...who,
    ...(o.offline ? ['--insecure-ignore-tlog'] : []),
    ...common(o),
    image,
  ];
}

/**
 * Keyless signing in GitHub Actions needs the job's OIDC token, which exists only with `id-token: write`. Pure:
 * returns what to add to the workflow, or undefined when the token can be requested.
 */
export function keylessPermissionProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return undefined;
  return (
    "keyless signing needs the job's OIDC token, and this job has none. Add to the job (or workflow):\n" +
    '  permissions:\n    id-token: write\n    contents: read\n' +
    'or sign with a key (cosign-key). Pull requests from forks never get an OIDC token: sign on push instead.'
  );
}

/** The major version from `cosign version` output. Pure. */
export function cosignMajor(versionText: string): number {
  const m = /GitVersion:\s*v?(\d+)\./.exec(versionText) ?? /\bv(\d+)\.\d+\.\d+/.exec(versionText);
  if (!m)
    throw new ToolError(
      'cosign',
      `could not read a version from 'cosign version': ${versionText.slice(0, 200)}`,
    );
  return Number(m[1]);
}

/**
 * What cosign needs of the job's environment for this key: the OIDC request variables only when it signs
 * keyless, the cloud's credentials only for a KMS key, the one variable an `env://NAME` key names. Pure.
 */
function cosignEnvNeeds(key: CosignKey | undefined, signing: boolean): EnvNeeds {
  if (!key) return {};
  if (key.kind === 'keyless') return { keyless: signing };
  const envRef = /^env:\/\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(key.ref)?.[1];
  return {
    kmsKey: /^(awskms|gcpkms|azurekms|hashivault|k8s):\/\//.test(key.ref),
    ...(envRef ? { names: [envRef] } : {}),
  };
}

export class Cosign {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  private exec(args: readonly string[], needs: EnvNeeds, timeoutMs = 300_000) {
    return run('cosign', args, {
      env: childEnv('cosign', this.env, needs),
      timeoutMs,
      installHint: COSIGN_INSTALL_HINT,
    });
  }

  async major(): Promise<number> {
    const { stdout, stderr } = await this.exec(['version'], {}, 30_000);
    return cosignMajor(`${stdout}\n${stderr}`);
  }

  async sign(image: string, key: CosignKey, o: CosignOptions): Promise<void> {
    await this.exec(cosignSignArgs(image, key, o), cosignEnvNeeds(key, true));
  }

  async attest(
    image: string,
    key: CosignKey,
    type: string,
    predicate: string,
    o: CosignOptions,
  ): Promise<void> {
    await this.exec(cosignAttestArgs(image, key, type, predicate, o), cosignEnvNeeds(key, true));
  }

  async verify(
    image: string,
    pub: CosignKey,
    o: CosignOptions,
    identity?: VerifyIdentity,
    attestationType?: string,
  ): Promise<void> {
    await this.exec(cosignVerifyArgs(image, pub, o, identity, attestationType), cosignEnvNeeds(pub, false));
  }
}
