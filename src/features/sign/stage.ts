/** sign: cosign on the pushed digest (the archive's, never one read back by tag), attestations of the SBOM and the scan, and their verification. */
import { readFile, writeFile } from 'node:fs/promises';
import { retargetVex, type VexDocument } from '../../reachability/vex.js';
import type { PipelineStage } from '../../core/stage.js';
import type { Context } from '../../core/context.js';
import { parseImageReference, repositoryName } from '../../registry/reference.js';
import { InputError } from '../../config/errors.js';
import { provideTool } from '../../tools/install.js';
import {
  COSIGN_INSTALL_HINT,
  Cosign,
  keylessPermissionProblem,
  type CosignKey,
  type CosignOptions,
  type VerifyIdentity,
} from '../../tools/cosign.js';

/** `registry/repo@digest` for the first tag. Pure. */
export function imageByDigest(tag: string, digest: string): string {
  const ref = parseImageReference(tag);
  if (!ref) throw new InputError('tags', `'${tag}' is not an image reference`);
  return `${repositoryName(ref)}@${digest}`;
}

const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** owner/repo/.github/workflows/file.yml@ref, in the characters GitHub allows there. */
const WORKFLOW_REF = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\.github\/workflows\/[^@\s/]+\.ya?ml@[!-~]+$/;

/**
 * Who a keyless signature made in this job must name: the certificate identity Fulcio writes for a GitHub
 * workflow, `SERVER/OWNER/REPO/.github/workflows/FILE@REF`, matched exactly. The workflow ref is the
 * reusable workflow's own (GCC_JOB_WORKFLOW_REF, which our reusable workflow sets from job.workflow_ref)
 * or else the run's (GITHUB_WORKFLOW_REF). No fallback: without one it is an error. Pure.
 */
export function keylessIdentity(env: NodeJS.ProcessEnv): VerifyIdentity {
  const name = env.GCC_JOB_WORKFLOW_REF ? 'GCC_JOB_WORKFLOW_REF' : 'GITHUB_WORKFLOW_REF';
  const ref = env[name];
  if (!ref)
    throw new Error(
      'keyless signing needs the workflow identity to verify against: GITHUB_WORKFLOW_REF is not set (run inside GitHub Actions, or sign with cosign-key)',
    );
  if (!WORKFLOW_REF.test(ref) || ref.includes('..'))
    throw new Error(
      `keyless verification: ${name} is ${JSON.stringify(ref.slice(0, 200))}, expected OWNER/REPO/.github/workflows/FILE.yml@REF`,
    );
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server))
    throw new Error(
      `keyless verification: GITHUB_SERVER_URL is ${JSON.stringify(server)}, expected https://HOST`,
    );
  return { identity: `${server}/${ref}`, issuer: GITHUB_OIDC_ISSUER };
}

async function isForkPullRequest(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { repo?: { fork?: boolean } } };
    };
    return event.pull_request?.head?.repo?.fork === true;
  } catch {
    return false;
  }
}

/** Rewrites the VEX document about `name@digest`, the image signed. */
async function retargetVexFile(file: string, image: string): Promise<void> {
  const at = image.lastIndexOf('@');
  const doc = JSON.parse(await readFile(file, 'utf8')) as VexDocument;
  const retargeted = retargetVex(doc, { name: image.slice(0, at), digest: image.slice(at + 1) });
  await writeFile(file, `${JSON.stringify(retargeted, null, 2)}\n`);
}

function publicKey(ctx: Context): CosignKey {
  const { cosignKey, cosignPublicKey } = ctx.config;
  if (cosignPublicKey) return { kind: 'key', ref: cosignPublicKey };
  if (cosignKey.endsWith('.key')) return { kind: 'key', ref: `${cosignKey.slice(0, -4)}.pub` };
  // KMS references verify with the same reference.
  return { kind: 'key', ref: cosignKey };
}

/**
 * The digest to sign: the archive's root as the publish stage pushed it, or the digest of the image input as
 * it was fetched. Never a digest read back by tag (a tag can be moved by another push meanwhile).
 */
export function signedDigest(ctx: Context): string | undefined {
  const build = ctx.facts.image;
  if (build?.source === 'fetched') return build.digest;
  return ctx.facts.publish?.digest;
}

export const signStage: PipelineStage = {
  name: 'sign',
  description:
    'Sign the pushed digest with cosign, attest the SBOM, the scan and the Go reachability VEX, and verify them.',
  skip(ctx) {
    if (!ctx.config.sign) return 'sign is false';
    if (!ctx.config.push && !ctx.config.image) return 'only pushed images are signed (push is false)';
    if (!signedDigest(ctx)) return 'nothing was pushed';
    return undefined;
  },
  async run(ctx) {
    const digest = signedDigest(ctx);
    // The repository: the first tag, or the image input when the image was fetched rather than built.
    const tag = ctx.config.tags[0] ?? (ctx.config.image || undefined);
    if (!digest || !tag) return;
    const keyless = ctx.config.cosignKey === '';
    if (keyless) {
      const problem = keylessPermissionProblem(process.env);
      if (problem && (await isForkPullRequest(process.env))) {
        ctx.host.log.warning('sign: skipped: pull requests from forks get no OIDC token');
        return;
      }
      if (problem) throw new Error(problem);
    }
    // Checked before signing: a signature we could not verify is not made.
    const identity: VerifyIdentity | undefined = keyless ? keylessIdentity(process.env) : undefined;
    if (!(await provideTool('cosign', ctx.host.can.installsTools, process.env, ctx.host.log))) {
      throw new Error(`cosign is not on PATH: ${COSIGN_INSTALL_HINT}`);
    }
    const cosign = new Cosign();
    const options: CosignOptions = {
      major: await cosign.major(),
      offline: ctx.config.cosignOffline,
      allowHttpRegistry: ctx.config.allowHttpRegistry,
    };
    const key: CosignKey = keyless ? { kind: 'keyless' } : { kind: 'key', ref: ctx.config.cosignKey };
    const image = imageByDigest(tag, digest);
    await cosign.sign(image, key, options);
    const attestations: string[] = [];
    if (ctx.facts.sbom) {
      await cosign.attest(image, key, 'spdxjson', ctx.facts.sbom.spdx, options);
      attestations.push('spdxjson');
    }
    if (ctx.facts.scan) {
      await cosign.attest(image, key, 'vuln', ctx.facts.scan.predicateFile, options);
      attestations.push('vuln');
    }
    if (ctx.facts.reachability) {
      // The reachability verdicts as an OpenVEX attestation (cosign's predicate type openvex), about this digest.
      await retargetVexFile(ctx.facts.reachability.vexFile, image);
      await cosign.attest(image, key, 'openvex', ctx.facts.reachability.vexFile, options);
      attestations.push('openvex');
    }
    const pub = keyless ? ({ kind: 'keyless' } as const) : publicKey(ctx);
    await cosign.verify(image, pub, options, identity);
    for (const type of attestations) await cosign.verify(image, pub, options, identity, type);
    ctx.facts.signature = { image, mode: key.kind, attestations, verified: true };
    ctx.host.log.info(
      `signed and verified ${image}${attestations.length ? ` (attestations: ${attestations.join(', ')})` : ''}`,
    );
  },
};
