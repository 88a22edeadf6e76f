/** The Go build cache section names the builder the dance went through, or why it could not take part. */
import { fixtureContext } from '../../helpers/report-fixture.js';
import { verdict } from '../../../src/core/pipeline.js';
import { renderSummary } from '../../../src/report/summary.js';

describe('Go build cache section: the builder', () => {
  it('names the builder, its endpoint made inert', async () => {
    const ctx = await fixtureContext();
    ctx.facts.goCache = {
      ...(ctx.facts.goCache as NonNullable<typeof ctx.facts.goCache>),
      builder: 'remote builder ci (1 node: tcp://127.0.0.1:1234 running, BuildKit v0.34.2)',
    };
    const md = renderSummary(ctx, verdict(ctx));
    expect(md).toContain('remote builder ci (1 node: tcp:&#8203;//127.0.0.1:1234 running, BuildKit v0.34.2)');
    expect(md).toMatch(/Restored[^\n]*prefix match/);
  });

  it('says the caches were not restored, and why, when the builder cannot take part', async () => {
    const ctx = await fixtureContext();
    const {
      restoredKey: _r,
      restoreMs: _m,
      restoredBytes: _b,
      saved: _s,
      saveMs: _sm,
      ...rest
    } = ctx.facts.goCache as NonNullable<typeof ctx.facts.goCache>;
    ctx.facts.goCache = {
      ...rest,
      builder: 'kubernetes builder k8s (1 node: kubernetes:///k8s running)',
      builderRefused: 'the kubernetes builder k8s runs 3 replicas: <each pod> keeps its own cache mounts',
    };
    const md = renderSummary(ctx, verdict(ctx));
    expect(md).toMatch(/Restored[^\n]*no: the kubernetes builder k8s runs 3 replicas: &lt;each pod&gt;/);
    expect(md).not.toContain('first run for this key');
  });
});
