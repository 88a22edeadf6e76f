/**
 * The gate's decisions, pure: the publish stage runs only when the verdict so far passes (publish-when:
 * passed), the one line that says why nothing was pushed, the digest output, and the digest sign signs.
 */
import type { BuiltImage, PublishFacts } from '../../src/core/facts.js';
import os from 'node:os';
import { buildConfig } from '../../src/config/config.js';
import { LocalHost } from '../../src/host/local.js';
import { Context } from '../../src/core/context.js';
import { ruleDocsUrl, type Finding } from '../../src/core/finding.js';
import { publishStage } from '../../src/features/publish/stage.js';
import { notPushedLine } from '../../src/core/gate.js';
import { signedDigest, signStage } from '../../src/features/sign/stage.js';
import { outputDigest } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { verdict } from '../../src/core/pipeline.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

function ctxWith(inputs: Record<string, string>): Context {
  const config = buildConfig((n) => inputs[n], { workspace: '/w', defaultReportDir: os.tmpdir() });
  const ctx = new Context(
    config,
    new LocalHost({ reportDir: os.tmpdir(), cacheDir: os.tmpdir(), write: () => undefined }),
  );
  ctx.facts.image = {
    source: 'built',
    digest: DIGEST,
    tags: ['r.example/a:1'],
    platforms: [],
    loaded: false,
    ociArchive: '/w/image.oci.tar',
    metadata: {},
    metadataFile: '/w/m.json',
    steps: [],
    durationMs: 1,
    buildxVersion: '0.30.0',
    git: {},
    labels: {},
  } as BuiltImage;
  return ctx;
}

const error = (code: string): Finding => ({
  code,
  severity: 'error',
  title: 't',
  message: 'm',
  stage: 'scan',
  docsUrl: ruleDocsUrl('GC999'),
});

const published: PublishFacts = {
  digest: DIGEST,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  images: [`r.example/a@${DIGEST}`],
  tags: ['r.example/a:1'],
  byDigest: false,
  durationMs: 10,
  blobsUploaded: 0,
  blobsSkipped: 3,
  blobsMounted: 0,
  bytesUploaded: 0,
  manifestsPut: 2,
};

describe('the publish gate', () => {
  it('holds the image back on findings at or above fail-on, naming them, and empties the digest output', () => {
    const ctx = ctxWith({ tags: 'r.example/a:1', push: 'true' });
    expect(publishStage.skip(ctx)).toBeUndefined();
    ctx.addFindings([error('GC201'), error('GCC-2026-0001')]);
    expect(publishStage.skip(ctx)).toBe('not pushed: 2 errors');
    expect(verdict(ctx).ok).toBe(false);
    expect(notPushedLine(ctx)).toBe('not pushed: 2 errors');
    expect(outputDigest(ctx)).toBe('');
    expect(signStage.skip(ctxWith({ tags: 'r.example/a:1', push: 'true', sign: 'true' }))).toBe(
      'nothing was pushed',
    );
    const summary = renderSummary(ctx, verdict(ctx), {});
    expect(summary).toContain('🚫 **not pushed: 2 errors**');
    const comment = renderComment(ctx, { marker: '<!-- m -->', image: 'r.example/a', verdict: verdict(ctx) });
    expect(comment).toContain('🚫 **not pushed: 2 errors**');
  });

  it('follows fail-on: findings below it do not hold the image back; a failed stage does', () => {
    const ctx = ctxWith({ tags: 'r.example/a:1', push: 'true', 'fail-on': 'never' });
    ctx.addFindings([error('GC201')]);
    expect(publishStage.skip(ctx)).toBeUndefined();
    ctx.stages.push({ name: 'scan', status: 'failed', reason: 'trivy crashed', durationMs: 1 });
    expect(publishStage.skip(ctx)).toBe("not pushed: stage 'scan' failed");
  });

  it('with publish-when always pushes whatever the checks found', () => {
    const ctx = ctxWith({ tags: 'r.example/a:1', push: 'true', 'publish-when': 'always' });
    ctx.addFindings([error('GC201')]);
    expect(publishStage.skip(ctx)).toBeUndefined();
    ctx.facts.publish = published;
    expect(notPushedLine(ctx)).toBeUndefined();
    expect(outputDigest(ctx)).toBe(DIGEST);
    expect(signedDigest(ctx)).toBe(DIGEST);
    expect(renderSummary(ctx, verdict(ctx), {})).toMatch(
      /\*\*Published:\*\* `r\.example\/a@sha256:a+`<br>`r\.example\/a:1`<br>0 blobs uploaded \(0 B\), 3 already there, 0 mounted, 2 manifests put/,
    );
  });

  it('names an unknown publish-when value', () => {
    expect(() => ctxWith({ 'publish-when': 'sometimes' })).toThrow(/publish-when.*passed, always/);
  });

  it('without push: nothing to publish, no line, the built digest as output; a fetched image signs its own digest', () => {
    const ctx = ctxWith({});
    expect(publishStage.skip(ctx)).toBe('push is false');
    expect(notPushedLine(ctx)).toBeUndefined();
    expect(outputDigest(ctx)).toBe(DIGEST);
    const fetched = ctxWith({ image: 'r.example/a:1' });
    expect(publishStage.skip(fetched)).toBe('push is false');
    fetched.facts.image = {
      ...(fetched.facts.image as BuiltImage),
      source: 'fetched',
      reference: 'r.example/a:1',
      mediaType: 'x',
    };
    expect(signedDigest(fetched)).toBe(DIGEST);
  });
});
