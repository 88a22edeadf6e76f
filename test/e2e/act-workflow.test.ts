/**
 * The action as a runner starts it: nektos/act on the host parses action.yml, applies input defaults, runs
 * dist/index.js, collects outputs, workflow commands and the job summary, and fails the job on the action's exit
 * status. The workflow (test/fixtures/act/action-by-name.yml) uses the action by name, resolved from this working
 * tree. What ran for real: act, the action, buildx/BuildKit, the registry, syft, trivy (on the local database),
 * act's cache server (the real @actions/cache over the v1 protocol) and BuildKit's gha layer cache against it.
 * Stand-in: the first step copies examples/hello-api into the workspace (host mode checks nothing out).
 */
import { loadTestEnv, uniqueRepo } from '../helpers/env.js';
import { actExampleEnv, ACT_EXAMPLE_WORKFLOW, useActScene, runAct, type ActRun } from '../helpers/act.js';

const summaryOf = (run: ActRun) => Object.values(run.summaries).join('\n');

describe('act: the action used by name in a workflow', () => {
  const scene = useActScene('gcc-act-workflow-');

  it('outputs reach a later step, annotations are workflow commands, the summary is written', async () => {
    const env = loadTestEnv();
    const tag = `${env.registry}/${uniqueRepo('act-hello')}:act`;
    const run = await runAct({
      projectDir: scene().project,
      workflow: ACT_EXAMPLE_WORKFLOW,
      event: 'push',
      cacheServerDir: scene().cacheDir,
      env: actExampleEnv(tag, { GCC_LAYER_CACHE: 'gha' }),
    });
    console.log(`act run (gha layer cache, act's runtime token): ${(run.durationMs / 1000).toFixed(1)} s`);
    if (run.exitCode !== 0) console.log(run.output.slice(-6000));
    expect({ exitCode: run.exitCode, jobs: run.jobs }).toEqual({ exitCode: 0, jobs: { image: 'success' } });
    const outputs = run.outputs.gcc ?? {};
    expect(outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(outputs['cache-key']).toBeTruthy();
    // The later step saw them.
    expect(run.output).toContain(`consumed digest=${outputs.digest} cache-key=${outputs['cache-key']}`);
    expect(run.output).toMatch(/go-binary=\S*hello-api go1\.\d+/);
    expect(JSON.parse(outputs['go-binaries'] ?? '[]')[0]).toMatchObject({
      path: expect.stringContaining('hello-api'),
    });
    // Findings come out as workflow commands with a file (the Dockerfile) and a title naming the rule.
    expect(run.annotations.length).toBeGreaterThan(0);
    expect(run.annotations.some((a) => /^GC\d{3} /.test(a.props.title ?? ''))).toBe(true);
    const summary = summaryOf(run);
    expect(summary).toContain(outputs.digest);
    expect(summary).toMatch(/Go build cache/);
    // act's runtime token is a JWT BuildKit's gha backend accepts: no layer-cache fallback.
    expect(run.output).not.toMatch(/layer cache \(type=gha\) could not be configured/);
  }, 900_000);

  it('a runner token the gha backend refuses: built again without the layer cache, one warning; fail-on sets the exit status', async () => {
    const env = loadTestEnv();
    const tag = `${env.registry}/${uniqueRepo('act-hello')}:malformed`;
    const run = await runAct({
      projectDir: scene().project,
      workflow: ACT_EXAMPLE_WORKFLOW,
      event: 'push',
      cacheServerDir: scene().cacheDir,
      runtimeToken: 'not-a-jwt',
      env: actExampleEnv(tag, {
        GCC_LAYER_CACHE: 'gha',
        GCC_SKIP: 'sbom,smoke,reproduce',
        GCC_FAIL_ON: 'info',
      }),
    });
    console.log(`act run (malformed runtime token, fail-on: info): ${(run.durationMs / 1000).toFixed(1)} s`);
    const fallbacks = run.annotations.filter((a) =>
      /layer cache \(type=gha\) could not be configured/.test(a.message),
    );
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]?.level).toBe('warning');
    // The build passed (the digest is in the summary), and the findings at info or above failed the job.
    expect(summaryOf(run)).toMatch(/sha256:[a-f0-9]{64}/);
    expect(run.outputs.gcc?.verdict).toBe('fail');
    expect(run.jobs.image).toBe('failure');
    expect(run.exitCode).not.toBe(0);
    // The step after the action did not run.
    expect(run.output).not.toContain('consumed digest=');
  }, 900_000);
});
