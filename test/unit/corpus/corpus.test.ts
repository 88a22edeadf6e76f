/**
 * The real-Dockerfile corpus (test/corpus/): every warning and error the linter reports on it must be reviewed
 * in test/corpus/expectations.json (`CODE@line` -> right/wrong with a reason). Fails on an unreviewed finding,
 * on a finding reviewed wrong that still fires, on a review of a finding that no longer fires, on a recorded
 * miss that is now found, and when precision falls under 97 of 100 or an error is wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  corpusNames,
  judge,
  lintCorpus,
  readExpectations,
  renderPrecision,
  withPrecision,
} from '../../../scripts/corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../corpus');

describe('real Dockerfile corpus', () => {
  it('has at least 40 entries, each with where it came from', () => {
    const names = corpusNames(ROOT);
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const n of names) {
      const source = readFileSync(path.join(ROOT, n, 'SOURCE'), 'utf8');
      expect(source).toMatch(/^repository: https:\/\/github\.com\//m);
      expect(source).toMatch(/^commit: [0-9a-f]{40}$/m);
    }
  });

  it('every warning/error is reviewed, none reviewed wrong still fires, precision >= 97 %', async () => {
    const j = judge(await lintCorpus(ROOT), readExpectations(ROOT));
    expect(j.unreviewed).toEqual([]);
    expect(j.gone).toEqual([]);
    expect(j.nowFound).toEqual([]);
    expect(j.stillWrong).toEqual([]);
    expect(j.wrongErrors).toBe(0);
    expect(j.right / Math.max(1, j.right + j.wrong)).toBeGreaterThanOrEqual(0.97);
    // The generated section of docs/rules/README.md is current (npm run bundle writes it).
    const readme = readFileSync(path.resolve(here, '../../../docs/rules/README.md'), 'utf8');
    expect(withPrecision(readme, renderPrecision(j))).toBe(readme);
  });
});
