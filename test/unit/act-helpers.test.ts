/**
 * The pure parts of the act e2e helper (test/helpers/act.ts): act's JSON log read into what a workflow run
 * shows, and the `uses:` lines mapped to local stand-ins. The runs themselves are test/e2e/act-*.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseActLog, STAND_INS, usedRepositories } from '../helpers/act.js';
import { REPO_ROOT } from '../helpers/action.js';

const line = (o: object) => JSON.stringify(o);

describe('parseActLog', () => {
  it('reads outputs, summaries, annotations, step and job results from act --json', () => {
    const text = [
      line({ jobID: 'image', stepID: ['gcc'], command: 'set-output', name: 'digest', arg: 'sha256:ab' }),
      line({ jobID: 'image', stepID: ['gcc'], command: 'summary', content: '## go-container-ci\n' }),
      line({
        jobID: 'image',
        stepID: ['gcc'],
        command: 'warning',
        arg: 'hello',
        kvPairs: { file: 'Dockerfile', line: '3' },
      }),
      line({ jobID: 'image', stepID: ['gcc'], raw_output: true, msg: 'printed\n' }),
      line({ jobID: 'image', stepID: ['gcc'], stepResult: 'success' }),
      line({ jobID: 'image', stepID: ['--setup-job'], stepResult: 'success' }),
      line({ jobID: 'image', jobResult: 'success' }),
      'level=info msg="not json"',
    ].join('\n');
    const run = parseActLog(text, 0, 12);
    expect(run.outputs).toEqual({ gcc: { digest: 'sha256:ab' } });
    expect(run.summaries).toEqual({ gcc: '## go-container-ci\n' });
    expect(run.annotations).toEqual([
      { level: 'warning', message: 'hello', props: { file: 'Dockerfile', line: '3' } },
    ]);
    expect(run.steps).toEqual({ 'image/gcc': 'success' });
    expect(run.jobs).toEqual({ image: 'success' });
    expect(run.output).toBe('printed\nlevel=info msg="not json"\n');
  });
});

describe('usedRepositories', () => {
  it('every action a published workflow uses from github.com has a stand-in (or is ours or act-native)', () => {
    const dirs = [
      path.join(REPO_ROOT, '.github', 'workflows'),
      path.join(REPO_ROOT, 'examples', 'workflows'),
    ];
    const texts = dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(path.join(d, f), 'utf8')));
    const repos = [...usedRepositories(texts)].map((r) => r.slice(0, r.indexOf('@')));
    const unmapped = repos.filter(
      (r) => !(r in STAND_INS) && r !== 'go-container-ci/go-container-ci' && r !== 'actions/checkout',
    );
    // actions/setup-node (ci.yml) and release tooling are not run under act.
    expect(unmapped.filter((r) => !['actions/setup-node'].includes(r))).toEqual([]);
  });
  it('drops paths inside repositories and comments', () => {
    expect([...usedRepositories(['  - uses: github/codeql-action/upload-sarif@abc # v3\n'])]).toEqual([
      'github/codeql-action@abc',
    ]);
  });
});
