import { mergeVerdicts } from '../../../src/reachability/verdicts.js';
import type { GovulnReport } from '../../../src/tools/govulncheck.js';

export { refineByNames } from '../../../src/reachability/check.js';

/** [id, verdict] of one binary's report. */
export function mergeVerdictsForTest(report: GovulnReport): [string, string][] {
  return mergeVerdicts([{ platform: 'linux/amd64', path: '/reach', stripped: false, report }]).map((v) => [
    v.id,
    v.verdict,
  ]);
}
