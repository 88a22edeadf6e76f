/**
 * Two runs of one workflow under nektos/act: the second restores the Go caches (and the snapshot) the first
 * saved, through act's cache server with the real @actions/cache over the real v1 protocol. act gives each run
 * its own RUNNER_TEMP and workspace, so this fails if an entry's version depends on where the runner puts its
 * directories. Times are reported, never asserted.
 * What ran for real: act, the action, @actions/cache, act's cache server, buildx/BuildKit (a new daemon for
 * each run, like a hosted runner's), the registry. Skipped
 * stages (sbom, scan, smoke, reproduce, sign) keep the test lean; they are covered by act-workflow.test.ts.
 */
import { loadTestEnv, uniqueRepo } from '../helpers/env.js';
import { startFreshBuilder } from '../helpers/buildkit.js';
import { actExampleEnv, ACT_EXAMPLE_WORKFLOW, useActScene, runAct } from '../helpers/act.js';

describe("act: Go caches across two runs through act's cache server", () => {
  const scene = useActScene('gcc-act-cache-');

  it('the second run restores what the first saved', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('act-cache');
    // The cache server directory is new: the first run starts cold.
    // Each run gets a brand-new BuildKit daemon, as each run on a hosted runner does: only the host cache
    // (act's cache server) carries the Go caches from the first run to the second.
    const runOnce = async (tag: string) => {
      const builder = await startFreshBuilder(`act-cache-${tag}`);
      try {
        return await runAct({
          projectDir: scene().project,
          workflow: ACT_EXAMPLE_WORKFLOW,
          event: 'push',
          cacheServerDir: scene().cacheDir,
          env: actExampleEnv(`${env.registry}/${repo}:${tag}`, {
            GCC_BUILDER: builder.name,
            GCC_SKIP: 'sbom,scan,smoke,reproduce,sign',
            GCC_LAYER_CACHE: 'none',
          }),
        });
      } finally {
        await builder.stop();
      }
    };
    const first = await runOnce('first');
    if (first.exitCode !== 0) console.log(first.output.slice(-6000));
    expect(first.exitCode).toBe(0);
    const firstSummary = Object.values(first.summaries).join('\n');
    expect(firstSummary).toMatch(/Restored[^\n]*nothing \(first run for this key\)/);
    expect(first.output).toMatch(/saved Go caches \([\d.]+ MB\)/);

    const second = await runOnce('second');
    if (second.exitCode !== 0)
      console.log(
        second.annotations
          .filter((a) => a.level === 'error')
          .map((a) => a.message)
          .join('\n')
          .slice(-6000),
      );
    expect(second.exitCode).toBe(0);
    const secondSummary = Object.values(second.summaries).join('\n');
    // "restored (exact)" or "restored (prefix)": the summary's Restored row says which.
    expect(secondSummary).toMatch(/Restored[^\n]*(exact match|prefix match)/);
    expect(second.output).not.toMatch(/no Go cache for .* yet: this build starts cold/);
    expect(second.output).toMatch(/restored Go caches from/);
    console.log(
      `act runs: first (cold, saves) ${(first.durationMs / 1000).toFixed(1)} s, ` +
        `second (restores) ${(second.durationMs / 1000).toFixed(1)} s`,
    );
  }, 1_200_000);
});
