/** The report of a run of several images: one verdict, one table, a section per image, one comment. */
import { fixtureContext } from '../../helpers/report-fixture.js';
import { verdict } from '../../../src/core/pipeline.js';
import type { Context } from '../../../src/core/context.js';
import type { Finding } from '../../../src/core/finding.js';
import { currentBaseline } from '../../../src/report/report.js';
import {
  combinedCommentWanted,
  imagesOutput,
  nested,
  renderTargetsComment,
  renderTargetsSummary,
  targetsVerdict,
  uniqueFindings,
  type ImageSection,
} from '../../../src/report/targets.js';
import { mergeImageFindings } from '../../../src/features/lint/targets.js';

async function section(name: string, findings: 'all' | 'none'): Promise<ImageSection> {
  const ctx: Context = await fixtureContext();
  if (findings === 'none') ctx.findings.splice(0);
  return {
    name,
    ctx,
    parts: { verdict: verdict(ctx), image: name, current: currentBaseline(ctx), sorted: ctx.findings },
  };
}

const finding = (code: string, line: number): Finding => ({
  code,
  severity: 'error',
  title: code,
  message: `${code} on ${line}`,
  stage: 'lint',
  file: 'Dockerfile',
  line,
  docsUrl: 'https://example.invalid',
});

describe('targets report', () => {
  it('passes only when every image passes, naming the ones that failed', async () => {
    const ok = await section('api', 'none');
    const bad = await section('worker', 'all');
    expect(targetsVerdict([ok]).ok).toBe(true);
    const v = targetsVerdict([ok, bad]);
    expect(v).toMatchObject({ ok: false, short: '1 of 2 images failed' });
    expect(v.reason).toMatch(/^1 of 2 images failed: worker \(/);
  });

  it('the summary: the table, then each image under its own name, headings one level down', async () => {
    const sections = [await section('api', 'none'), await section('worker', 'all')];
    const md = renderTargetsSummary(targetsVerdict(sections), sections, {});
    expect(md).toMatch(/^## ❌ go-container-ci failed: 1 of 2 images failed\n/);
    expect(md).toContain('| image | tags | digest | platforms | findings |');
    expect(md).toMatch(/\| ✅ `api` \|/);
    expect(md).toMatch(/\| ❌ `worker` \|/);
    expect(md).toContain('### ✅ `api` passed');
    expect(md).toContain('### ❌ `worker` failed');
    expect(md).not.toMatch(/^## (?!❌ go-container-ci failed: 1 of 2)/m);
  });

  it('one comment with a part per image, within the limit', async () => {
    const sections = [await section('api', 'all'), await section('worker', 'all')];
    const body = renderTargetsComment(targetsVerdict(sections), sections, { sha: 'abcdef1234567890' }, 6000);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(6000);
    expect(body).toMatch(/^### ❌ go-container-ci failed: 2 of 2 images failed/);
    expect(body).toContain('#### ❌ `api` failed: ');
    expect(body).toContain('#### ❌ `worker` failed: ');
    expect(combinedCommentWanted('auto', targetsVerdict(sections), sections)).toBe('post');
    const clean = [await section('api', 'none')];
    expect(combinedCommentWanted('auto', targetsVerdict(clean), clean)).toBe('update-only');
    expect(combinedCommentWanted('never', targetsVerdict(sections), sections)).toBe('skip');
  });

  it('the images output names each image with its verdict', async () => {
    const out = JSON.parse(imagesOutput([await section('api', 'none')])) as {
      name: string;
      verdict: string;
    }[];
    expect(out).toEqual([expect.objectContaining({ name: 'api', verdict: 'pass' })]);
  });

  it('headings go one level down outside code fences only', () => {
    expect(nested('## a\n```\n## not a heading\n```\n### b')).toBe(
      '### a\n```\n## not a heading\n```\n#### b',
    );
  });

  it('a finding is reported once; one only some images made names them', () => {
    const shared = finding('GC306', 6);
    const apiOnly = finding('GC108', 21);
    const merged = mergeImageFindings([
      { name: 'api', findings: [shared, apiOnly] },
      { name: 'worker', findings: [shared] },
    ]);
    expect(merged).toEqual([shared, { ...apiOnly, images: ['api'] }]);
    expect(
      uniqueFindings([{ ctx: { findings: [shared, apiOnly] } }, { ctx: { findings: [shared] } }]),
    ).toHaveLength(2);
  });
});
