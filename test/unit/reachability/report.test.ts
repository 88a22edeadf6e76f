import { fixtureContext } from '../../helpers/report-fixture.js';
import { verdict } from '../../../src/core/pipeline.js';
import { renderSummary } from '../../../src/report/summary.js';
import { renderComment } from '../../../src/report/comment.js';
import { commentMarker } from '../../../src/github/comments.js';
import { toJUnit } from '../../../src/report/junit.js';
import type { GoVulnVerdict } from '../../../src/reachability/verdicts.js';

const v = (id: string, verdict: GoVulnVerdict['verdict']): GoVulnVerdict => ({
  id,
  aliases: [],
  module: 'm',
  verdict,
  reachedBy: [],
  conservative: false,
});

describe('reachability in the reports', () => {
  it('the summary and the PR comment say "3 Go vulnerabilities, 1 reachable"; the summary names the others', async () => {
    const ctx = await fixtureContext();
    ctx.facts.reachability = {
      verdicts: [v('GO-1', 'reachable'), v('GO-2', 'imported-not-called'), v('GO-3', 'not-present')],
      binaries: [{ platform: 'linux/amd64', path: '/app', stripped: false }],
      headline: '3 Go vulnerabilities, 1 reachable',
      vexFile: '/r/vex.openvex.json',
      durationMs: 1,
      govulncheckMs: 1,
      trivyVexMs: 0,
    };
    const summary = renderSummary(ctx, verdict(ctx), {});
    expect(summary).toContain(
      '3 Go vulnerabilities, 1 reachable (govulncheck on 1 binary); not reachable: GO-2, GO-3',
    );
    const comment = renderComment(ctx, { marker: commentMarker('i'), image: 'i', verdict: verdict(ctx) });
    expect(comment).toContain('3 Go vulnerabilities, 1 reachable');
  });

  it('JUnit: an unreachable finding below fail-on passes, and says it is not reachable', () => {
    const xml = toJUnit({
      stages: [{ name: 'scan', status: 'ok', durationMs: 1 }],
      findings: [
        {
          code: 'CVE-1',
          severity: 'info',
          title: 'HIGH vulnerability in m (not reachable)',
          message:
            'm v1 has CVE-1 (HIGH); not reachable: the binaries link the package but never call its vulnerable code',
          stage: 'scan',
          docsUrl: 'https://x',
        },
      ],
      failOn: 'error',
    });
    expect(xml).toContain('CVE-1 HIGH vulnerability in m (not reachable)');
    expect(xml).not.toContain('<failure');
  });
});
