/**
 * publish: the gate, then the push. After the checks (analyze, smoke, reproduce, sbom, scan) the verdict so
 * far decides (publish-when: passed), and the OCI archive those checks read is pushed as it is, with the
 * registry client: the digest that was checked is the digest the registry serves, signs and reports.
 */
import { gateHold } from '../../core/gate.js';
import type { PipelineStage } from '../../core/stage.js';
import { openImageSource } from '../../image/source.js';
import { RegistryError } from '../../registry/client.js';
import { ArchivePusher, planPush, type PushTarget } from '../../registry/push.js';
import { registryReference, repositoryName } from '../../registry/reference.js';
import { registryClient } from '../../registry/for-context.js';

/** The repositories to push to and their tags: tags grouped by repository, in the order given. Pure. */
export function pushTargets(tags: readonly string[], byDigest: boolean): PushTarget[] {
  const targets = new Map<string, { ref: PushTarget['ref']; tags: string[] }>();
  for (const text of byDigest ? tags.slice(0, 1) : tags) {
    const ref = registryReference(text);
    const name = repositoryName(ref);
    const target = targets.get(name) ?? { ref, tags: [] };
    if (!byDigest && ref.tag && !target.tags.includes(ref.tag)) target.tags.push(ref.tag);
    targets.set(name, target);
  }
  return [...targets.values()];
}

export const publishStage: PipelineStage = {
  name: 'publish',
  description:
    'The gate: when the checks passed (publish-when), push the OCI archive they read, byte for byte, to the registry of each tag (blobs the registry has are skipped, manifests put by digest and tag).',
  skip(ctx) {
    if (!ctx.config.push) return 'push is false';
    if (ctx.config.image) return 'image is set: the image is already in its registry';
    if (!ctx.facts.image?.ociArchive) return 'the build exported no OCI archive';
    return gateHold(ctx);
  },
  async run(ctx) {
    const { config, host } = ctx;
    const archive = ctx.facts.image?.ociArchive;
    if (!archive) return;
    const started = performance.now();
    const source = await openImageSource(archive);
    const plan = await planPush(source);
    const targets = pushTargets(config.tags, config.pushByDigest);
    const pusher = new ArchivePusher(registryClient(ctx), source, { log: (m) => host.log.debug(m) });
    try {
      await pusher.push(plan, targets);
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e;
      const where = targets.map((t) => t.ref.registry).join(', ');
      throw new RegistryError(
        `${e.message}. Tags are put last, so no tag names a partly pushed image. Check that ${where} is up and reachable, and that the job is logged in to it (docker login) with the right to push.`,
        e.status,
      );
    }
    const stats = pusher.stats;
    ctx.facts.publish = {
      ...stats,
      digest: plan.root.digest,
      mediaType: plan.root.mediaType,
      images: targets.map((t) => `${repositoryName(t.ref)}@${plan.root.digest}`),
      tags: targets.flatMap((t) => t.tags.map((tag) => `${repositoryName(t.ref)}:${tag}`)),
      byDigest: config.pushByDigest,
      durationMs: Math.round(performance.now() - started),
    };
    host.log.info(
      `pushed ${plan.root.digest} to ${targets.map((t) => repositoryName(t.ref)).join(', ')}: ` +
        `${stats.blobsUploaded} blob(s) uploaded (${stats.bytesUploaded} bytes), ${stats.blobsSkipped} already there, ` +
        `${stats.blobsMounted} mounted, ${stats.manifestsPut} manifest(s) put`,
    );
  },
};
