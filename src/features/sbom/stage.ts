/** sbom: SPDX and CycloneDX SBOMs of the built image, from its OCI archive (no daemon, no registry). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { Syft } from '../../tools/syft.js';
import { provideTool } from '../../tools/install.js';

export const sbomStage: PipelineStage = {
  name: 'sbom',
  description: 'Describe the image as SPDX and CycloneDX SBOMs with syft.',
  skip: (ctx) => (ctx.facts.image?.ociArchive ? undefined : 'the build exported no OCI archive to describe'),
  async run(ctx) {
    const archive = ctx.facts.image?.ociArchive;
    if (!archive) return;
    if (!(await provideTool('syft', ctx.host.can.installsTools, process.env, ctx.host.log))) {
      ctx.host.log.warning(
        'sbom: syft is not on PATH, so no SBOM is made (install syft, or add sbom to the skip input)',
      );
      return;
    }
    const dir = path.join(ctx.config.reportPath, 'sbom');
    await mkdir(dir, { recursive: true });
    const out = { spdx: path.join(dir, 'sbom.spdx.json'), cyclonedx: path.join(dir, 'sbom.cyclonedx.json') };
    const platforms = ctx.facts.image?.platforms ?? ctx.config.platforms;
    const platform = platforms.length > 1 ? platforms[0] : undefined;
    const syft = new Syft();
    const syftVersion = await syft.version();
    const stats = await syft.scan(`oci-archive:${archive}`, out, platform);
    ctx.facts.sbom = { ...out, stats, syftVersion, ...(platform ? { platform } : {}) };
    const types = Object.entries(stats.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    ctx.host.log.info(
      `SBOM: ${stats.packages} package(s)${types ? ` (${types})` : ''}${platform ? ` for ${platform}` : ''}`,
    );
  },
};
