/**
 * smoke (opt-in with `smoke-command`): load the image into the Docker Engine and start it once with the
 * smoke arguments; it must exit 0 within `smoke-timeout`. A failure is classified (exec format error, no such
 * file, permission denied, non-zero exit, timeout) and tied to the image check that explains it.
 */
import { randomBytes } from 'node:crypto';
import type { Stage } from '../pipeline/stage.js';
import { ruleDocsUrl, type Finding } from '../pipeline/finding.js';
import { smokeArgs } from '../config/inputs.js';
import { openImageSource } from '../image/source.js';
import { readImages } from '../image/manifest.js';
import { dockerArchiveStream } from '../image/docker-archive.js';
import { DockerEngine, type SmokeOutcome, type SmokeRun } from '../tools/engine.js';
import { checkMeta } from '../analyze/meta.js';

export interface SmokeFacts extends SmokeRun {
  readonly platform: string;
  readonly args: readonly string[];
}

const EXPLAINED_BY: Partial<Record<SmokeOutcome, string>> = {
  'exec format error': 'the binary is for another architecture than the image platform (GC203)',
  'no such file':
    'the program, or the interpreter a dynamically linked binary needs, is missing (GC108, GC201, GC202)',
  'permission denied': 'the program is not executable, or the user cannot read it (GC108)',
};

/** The finding for a failed smoke run. Pure. */
export function smokeFinding(
  facts: SmokeFacts,
  timeoutSeconds: number,
  dockerfile?: string,
): Finding | undefined {
  if (facts.outcome === 'ok') return undefined;
  const what =
    facts.outcome === 'timeout'
      ? `did not exit within ${timeoutSeconds} s`
      : facts.outcome === 'non-zero exit'
        ? `exited with status ${facts.exitCode ?? '?'}`
        : `could not start: ${facts.outcome}${facts.error ? ` (${facts.error.trim().slice(-300)})` : ''}`;
  const why = EXPLAINED_BY[facts.outcome];
  const meta = checkMeta('GC601');
  return {
    code: 'GC601',
    severity: 'error',
    title: meta.title,
    message: `the image (${facts.platform}) run with ${JSON.stringify(facts.args)} ${what}${why ? `: ${why}` : ''}${facts.logTail ? `; last output: ${facts.logTail.split('\n').slice(-3).join(' | ')}` : ''}`,
    stage: 'smoke',
    ...(dockerfile ? { file: dockerfile } : {}),
    fix: meta.fix,
    docsUrl: ruleDocsUrl('GC601'),
  };
}

export const smokeStage: Stage = {
  name: 'smoke',
  description: 'Start the image once with smoke-command through the Docker Engine and classify a failure.',
  skip(ctx) {
    if (ctx.config.smokeCommand === '') return 'smoke-command is empty';
    if (!ctx.facts.build?.ociArchive) return 'the build exported no OCI archive to load';
    return undefined;
  },
  async run(ctx) {
    const archive = ctx.facts.build?.ociArchive;
    if (!archive) return;
    const args = smokeArgs(ctx.config.smokeCommand) ?? [];
    const timeoutSeconds = Number(ctx.config.smokeTimeout);
    const engine = await DockerEngine.connect();
    const enginePlatform = await engine.platform();
    const source = await openImageSource(archive);
    const images = await readImages(source);
    // The engine's own platform when the image has it; otherwise the first (and the run shows why not).
    const image = images.find((i) => i.platform === enginePlatform) ?? images[0];
    if (!image) throw new Error(`${archive} holds no image`);
    const tag = `go-container-ci-smoke:${randomBytes(6).toString('hex')}`;
    await engine.load(dockerArchiveStream(source, image, tag));
    try {
      const result = await engine.run(tag, args, timeoutSeconds * 1000);
      const facts: SmokeFacts = { ...result, platform: image.platform, args };
      ctx.facts.smoke = facts;
      const finding = smokeFinding(facts, timeoutSeconds, ctx.facts.discover?.dockerfile);
      if (finding) ctx.addFindings([finding]);
      ctx.host.log.info(
        facts.outcome === 'ok'
          ? `smoke: ${image.platform} ${JSON.stringify(args)} exited 0 in ${facts.durationMs} ms`
          : `smoke: ${image.platform} ${JSON.stringify(args)}: ${facts.outcome}${facts.exitCode !== undefined ? ` (status ${facts.exitCode})` : ''}`,
      );
    } finally {
      await engine.removeImage(tag);
    }
  },
};
