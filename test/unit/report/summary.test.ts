/** The job summary and the PR comment over a realistic context (discover, lint and snapshot really run). */
import { fixtureBaseline, fixtureContext } from '../../helpers/report-fixture.js';
import { verdict } from '../../../src/core/pipeline.js';
import { computeDeltas } from '../../../src/report/baseline.js';
import { currentBaseline } from '../../../src/report/report.js';
import { planAnnotations, GITHUB_ANNOTATION_LIMITS } from '../../../src/report/annotations.js';
import { renderSummary, summarySections } from '../../../src/report/summary.js';
import { commentWanted, renderComment } from '../../../src/report/comment.js';
import { commentMarker } from '../../../src/github/comments.js';
import { renderMarkdown } from '../../../src/report/html.js';
import type { Verdict } from '../../../src/core/pipeline.js';

describe('summary', () => {
  it('renders only the sections whose facts exist', async () => {
    const ctx = await fixtureContext({ built: false });
    const md = renderSummary(ctx, verdict(ctx));
    expect(md).toMatch(/^## ❌ go-container-ci failed\n\*\*2 finding\(s\) at or above 'error'\*\*\n/);
    expect(md).toContain('### Findings');
    expect(md).toContain('#### lint: 2 errors, 7 warnings, 2 info');
    expect(md).toContain('### Go environment');
    expect(md).not.toContain('### Build');
    expect(md).not.toContain('<summary>Go build cache');
    expect(md).not.toContain('Changes against');
  });

  it('has every part for a built image: verdict, deltas, findings, stages, build steps, Go environment, cache', async () => {
    const ctx = await fixtureContext();
    const v = verdict(ctx);
    const deltas = computeDeltas(fixtureBaseline(ctx), currentBaseline(ctx));
    const sections = summarySections(ctx, v, {
      deltas,
      annotations: planAnnotations(ctx.findings, { perLevel: 2, total: 50 }),
    });
    const md = sections.join('\n\n');
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      '## ❌ go-container-ci failed',
      '### Changes against main (`1f2e3d4c5b6a`)',
      '### Findings',
      '<details><summary>Stages: 7 of 9 ran</summary>',
      '### Build',
      '### Go environment',
      '### Determinism',
      '<details><summary>Go build cache</summary>',
      '<sub>GitHub shows at most 2 annotations per level in a step (50 per job): 5 findings with a location are listed here and in the SARIF file only.</sub>',
    ]);
    expect(md).toContain('| Findings | 10 | 11 | 🆕 2 new, ✅ 1 fixed |');
    expect(md).toMatch(/🆕 \*\*New:\*\* 🔴 \[GC201\]\([^)]+\) `Dockerfile:6` · 🔴 \[GC101\]/);
    // New findings are marked in the findings table; others are not.
    expect(md).toMatch(/\| 🔴 \[GC101\]\([^)]+\) 🆕<br>/);
    expect(md).not.toMatch(/GC206\]\([^)]+\) 🆕/);
    expect(md).toContain('Build steps: 10, 3 cached; slowest: \\[build 4/4\\] RUN go build');
    expect(md).toContain('⚠️ 2 changes since the last build');
    expect(md).toContain('| build (linux/amd64) | `GOFLAGS` | `-mod=readonly` | *unset* |');
    expect(md).toContain('prefix match');
    // Catalogue fixes keep their code spans.
    expect(md).toContain('**Fix:** Use the exec form: `ENTRYPOINT ["/app"]`');
  });

  it('shows the SBOM, vulnerabilities by severity with fixed versions, and the signature', async () => {
    const ctx = await fixtureContext();
    ctx.facts.sbom = {
      spdx: '/r/sbom/sbom.spdx.json',
      cyclonedx: '/r/sbom/sbom.cyclonedx.json',
      stats: { packages: 3, byType: { golang: 3 } },
      syftVersion: '1.57.0',
    };
    ctx.facts.scan = {
      vulnerabilities: [
        {
          id: 'GCC-2026-0002',
          pkgName: 'stdlib',
          installedVersion: '1.26.8',
          fixedVersion: '1.26.9',
          severity: 'MEDIUM',
        },
        {
          id: 'GCC-2026-0001',
          pkgName: 'fixtures.gcc.test/greeting',
          installedVersion: 'v1.2.0',
          fixedVersion: '1.2.1',
          severity: 'HIGH',
          url: 'https://example.test/GCC-2026-0001',
        },
      ],
      counts: { HIGH: 1, MEDIUM: 1 },
      file: '/r/scan/vulnerabilities.json',
      predicateFile: '/r/scan/vuln-predicate.json',
      trivyVersion: '0.74.0',
    };
    ctx.facts.signature = {
      image: `ghcr.io/acme/api@sha256:${'a'.repeat(64)}`,
      mode: 'key',
      attestations: ['spdxjson', 'vuln'],
      verified: true,
    };
    const md = renderSummary(ctx, verdict(ctx));
    expect(md).toContain('### Supply chain');
    expect(md).toContain('3 packages (3 golang), SPDX and CycloneDX, syft 1.57.0');
    expect(md).toContain('🔴 1 high · 🟠 1 medium');
    expect(md).toMatch(
      /✅ signed and verified \(key\) `ghcr\.io\/acme\/api@sha256:a{64}`; attestations: spdxjson, vuln/,
    );
    // Most severe first, with the version that fixes it.
    expect(md.indexOf('GCC-2026-0001')).toBeLessThan(md.indexOf('GCC-2026-0002'));
    expect(md).toContain(
      '| 🔴 high | [GCC-2026-0001](https://example.test/GCC-2026-0001) | `fixtures.gcc.test/greeting` | `v1.2.0` | `1.2.1` |',
    );
  });

  it('shows what differs when a rebuild is not reproducible', async () => {
    const ctx = await fixtureContext();
    ctx.facts.reproduce = {
      reproducible: false,
      durationMs: 61_000,
      platforms: [
        {
          platform: 'linux/amd64',
          first: `sha256:${'1'.repeat(64)}`,
          second: `sha256:${'2'.repeat(64)}`,
          differences: [
            {
              path: 'api',
              what: 'content',
              fields: [{ field: 'vcs.time', first: '2026-01-01T00:00:00Z', second: '2026-01-02T00:00:00Z' }],
            },
            { path: 'etc/build-date', what: 'content' },
          ],
        },
      ],
    };
    const md = renderSummary(ctx, verdict(ctx));
    expect(md).toContain(
      '❌ **Not reproducible**: a rebuild without any cache gave a different image for 1 platform (1 min 1 s).',
    );
    expect(md).toContain('<details open><summary>linux/amd64: 2 files differ</summary>');
    expect(md).toContain('| `api` | content | `vcs.time`: `2026-01-01T00:00:00Z` → `2026-01-02T00:00:00Z` |');
  });

  it('is cut to the limit with a note, and renders to HTML with balanced <details>', async () => {
    const ctx = await fixtureContext();
    const md = renderSummary(ctx, verdict(ctx), {}, 6000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(6000);
    expect(md).toMatch(/> Truncated: the summary is limited to 5\.9 KiB\. The complete report is report\.md/);
    const html = renderMarkdown(md);
    expect((html.match(/<details/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    const full = renderSummary(ctx, verdict(ctx));
    expect(full).not.toContain('Truncated');
  });

  it('says how many findings GitHub will not annotate', async () => {
    const ctx = await fixtureContext({ built: false });
    const plan = planAnnotations(ctx.findings, GITHUB_ANNOTATION_LIMITS);
    expect(renderSummary(ctx, verdict(ctx), { annotations: plan })).not.toContain('annotations per level');
  });
});

describe('PR comment', () => {
  const marker = commentMarker('ghcr.io/acme/api');

  it('starts with the marker and shows the deltas and new findings with their fix', async () => {
    const ctx = await fixtureContext();
    const deltas = computeDeltas(fixtureBaseline(ctx), currentBaseline(ctx));
    const body = renderComment(ctx, {
      marker,
      image: 'ghcr.io/acme/api',
      verdict: verdict(ctx),
      deltas,
      runUrl: 'https://github.com/acme/api/actions/runs/1',
      sha: '0123456789abcdef',
    });
    expect(body.startsWith(`${marker}\n\n### ❌ go-container-ci failed for \`ghcr.io/acme/api\``)).toBe(true);
    expect(body).toContain('| Findings | 10 | 11 | 🆕 2 new, ✅ 1 fixed |');
    expect(body).toContain('**🆕 New findings**');
    expect(body).toMatch(
      /🔴 \[GC101\]\([^)]+\) 🆕<br>Shell-form ENTRYPOINT\/CMD \| `Dockerfile:11` \| .*\*\*Fix:\*\* Use the exec form/,
    );
    expect(body).toContain('<summary>✅ Fixed: 1 finding</summary>');
    expect(body).toContain('[full report in the job summary](https://github.com/acme/api/actions/runs/1)');
  });

  it('is cut to the comment limit with a pointer to the job summary', async () => {
    const ctx = await fixtureContext();
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...(ctx.findings[0] as (typeof ctx.findings)[number]),
      message: `${'x'.repeat(300)} ${i}`,
    }));
    ctx.addFindings(many);
    const deltas = computeDeltas(fixtureBaseline(ctx), currentBaseline(ctx));
    const body = renderComment(
      ctx,
      { marker, image: 'i', verdict: verdict(ctx), deltas, runUrl: 'https://github.com/a/b/actions/runs/2' },
      4000,
    );
    expect(body.length).toBeLessThanOrEqual(4000);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(
      /> Truncated to fit a comment: see \[the job summary\]\(https:\/\/github\.com\/a\/b\/actions\/runs\/2\) for the rest\.\n$/,
    );
    expect(
      renderComment(ctx, { marker, image: 'i', verdict: verdict(ctx), deltas }).length,
    ).toBeLessThanOrEqual(65536);
  });

  it('is wanted: never, always, or (auto) when there is something to say', () => {
    const ok: Verdict = { ok: true, reason: 'all stages passed' };
    const bad: Verdict = { ok: false, reason: 'x' };
    const none = { findings: [] };
    expect(commentWanted('never', none, bad, undefined)).toBe('skip');
    expect(commentWanted('always', none, ok, undefined)).toBe('post');
    expect(commentWanted('auto', none, ok, undefined)).toBe('update-only');
    expect(commentWanted('auto', none, bad, undefined)).toBe('post');
  });
});
