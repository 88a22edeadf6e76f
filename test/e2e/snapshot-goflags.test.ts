/**
 * GC303 through the action entry: a Go variable in the job's environment that the Dockerfile never declares
 * is reported on the line of the stage that runs go build; declaring it passes it to the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTestEnv, toolEnv, uniqueRepo } from '../helpers/env.js';
import { REPO_ROOT, runBundledAction } from '../helpers/action.js';

const workspace = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');
const baseImages = () =>
  `GOLANG_IMAGE=${loadTestEnv().images.golang}\nRUNTIME_IMAGE=${loadTestEnv().images.static}`;

describe('GC303: job env that never reaches the build', () => {
  it('is reported when no stage declares ARG GOFLAGS', async () => {
    const run = await runBundledAction({
      workspace,
      inputs: { context: 'tiny', 'build-args': baseImages(), skip: 'cache-restore,build,cache-save' },
      env: toolEnv({ GOFLAGS: '-tags=netgo' }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning title=GC303 Job environment never reaches the build,file=tiny\/Dockerfile,line=5.*::GOFLAGS=-tags=netgo is set in the job's environment, but no stage that runs go declares ARG GOFLAGS/,
    );
    expect(run.summary).toContain('GC303');
  });

  it('is cleared by declaring ARG GOFLAGS, and the value reaches the build', async () => {
    const env = loadTestEnv();
    const repo = uniqueRepo('goflags');
    const run = await runBundledAction({
      workspace,
      inputs: {
        context: 'tiny',
        dockerfile: 'tiny/Dockerfile.goflags',
        'build-args': baseImages(),
        tags: `${env.registry}/${repo}:1`,
        push: 'true',
        builder: env.builder,
        skip: 'cache-restore,cache-save,sbom,scan',
      },
      env: toolEnv({ GOFLAGS: '-tags=netgo' }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain('GC303');
    expect(run.stdout).toContain('job variables passed as build args: GOFLAGS');
    const snapshot = JSON.parse(
      readFileSync(path.join(run.outputs['report-dir'] as string, 'go-env-snapshot.json'), 'utf8'),
    );
    expect(snapshot.forwardedBuildArgs).toEqual({ GOFLAGS: '-tags=netgo' });
    expect(snapshot.stages[0].vars.GOFLAGS).toEqual({ value: '-tags=netgo', source: 'build-arg', line: 7 });
    // The build itself printed what it saw.
    const metadata = readFileSync(
      path.join(run.outputs['report-dir'] as string, 'build', 'metadata.json'),
      'utf8',
    );
    expect(
      JSON.parse(metadata)['buildx.build.provenance'].invocation.parameters.args['build-arg:GOFLAGS'],
    ).toBe('-tags=netgo');
  });
});
