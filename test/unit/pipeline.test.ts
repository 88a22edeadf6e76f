import { Context } from '../../src/core/context.js';
import { contextFor, runPipeline, verdict } from '../../src/core/pipeline.js';
import type { PipelineStage } from '../../src/core/stage.js';
import { buildConfig } from '../../src/config/config.js';
import { LocalHost } from '../../src/host/local.js';
import { ruleDocsUrl, type Finding } from '../../src/core/finding.js';
import os from 'node:os';

function ctxWith(inputs: Record<string, string> = {}) {
  const config = buildConfig((n) => inputs[n], { workspace: '/w', defaultReportDir: os.tmpdir() });
  const lines: string[] = [];
  return {
    ctx: new Context(
      config,
      new LocalHost({ reportDir: os.tmpdir(), cacheDir: os.tmpdir(), write: (l) => lines.push(l) }),
    ),
    lines,
  };
}

const finding = (severity: Finding['severity']): Finding => ({
  code: 'GC999',
  severity,
  title: 't',
  message: 'm',
  stage: 'lint',
  docsUrl: ruleDocsUrl('GC999'),
});

describe('runPipeline', () => {
  it('runs a background stage alongside the next ones, keeps its place and waits for it', async () => {
    const { ctx } = ctxWith();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const slow: PipelineStage = {
      name: 'cache-save',
      description: '',
      background: true,
      skip: () => undefined,
      run: () =>
        new Promise<void>((resolve) => {
          events.push('save started');
          release = () => {
            events.push('save done');
            resolve();
          };
        }),
    };
    const next: PipelineStage = {
      name: 'analyze',
      description: '',
      skip: () => undefined,
      run: async () => {
        events.push('analyze');
        release();
      },
    };
    const failing: PipelineStage = {
      ...slow,
      run: async () => Promise.reject(new Error('disk full')),
      name: 'smoke',
    };
    await runPipeline(ctx, [slow, failing, next]);
    expect(events).toEqual(['save started', 'analyze', 'save done']);
    expect(ctx.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'cache-save:ok',
      'smoke:failed',
      'analyze:ok',
    ]);
    expect(ctx.stages[1]?.reason).toBe('disk full');
  });

  it('runs stages in order, records skips, and stops after a failure', async () => {
    const order: string[] = [];
    const stage = (name: PipelineStage['name'], behaviour: 'ok' | 'skip' | 'fail'): PipelineStage => ({
      name,
      description: '',
      skip: () => (behaviour === 'skip' ? 'not needed' : undefined),
      run: async () => {
        order.push(name);
        if (behaviour === 'fail') throw new Error('boom');
      },
    });
    const { ctx, lines } = ctxWith({ skip: 'sign' });
    await runPipeline(ctx, [
      stage('discover', 'ok'),
      stage('lint', 'skip'),
      stage('sign', 'ok'),
      stage('build', 'fail'),
      stage('analyze', 'ok'),
    ]);
    expect(order).toEqual(['discover', 'build']);
    expect(ctx.stages.map((s) => [s.name, s.status, s.reason])).toEqual([
      ['discover', 'ok', undefined],
      ['lint', 'skipped', 'not needed'],
      ['sign', 'skipped', 'skipped by the skip input'],
      ['build', 'failed', 'boom'],
      ['analyze', 'skipped', "not run: stage 'build' failed"],
    ]);
    expect(lines).toContain('error: build failed: boom');
    expect(verdict(ctx)).toEqual({
      ok: false,
      reason: "stage 'build' failed: boom",
      short: "stage 'build' failed",
    });
  });

  it('fails the verdict on findings at or above fail-on', () => {
    const warn = ctxWith().ctx;
    warn.addFindings([finding('warning')]);
    expect(verdict(warn).ok).toBe(true);
    const strict = ctxWith({ 'fail-on': 'warning' }).ctx;
    strict.addFindings([finding('warning')]);
    expect(verdict(strict)).toEqual({
      ok: false,
      reason: "1 finding(s) at or above 'warning'",
      short: '1 warning',
    });
    strict.addFindings([finding('error'), finding('error'), finding('info')]);
    expect(verdict(strict).short).toBe('2 errors, 1 warning');
    const never = ctxWith({ 'fail-on': 'never' }).ctx;
    never.addFindings([finding('error')]);
    expect(verdict(never).ok).toBe(true);
  });
});

describe('stage needs', () => {
  const reader = (seen: string[]): PipelineStage<'sbom'> => ({
    name: 'scan',
    description: 'reads the SBOM',
    needs: { sbom: 'no SBOM to scan' },
    skip: () => undefined,
    async run(ctx) {
      seen.push(ctx.facts.sbom.cyclonedx);
    },
  });

  it('skips a stage whose fact no earlier stage left, with the reason it declared', async () => {
    const { ctx } = ctxWith();
    const seen: string[] = [];
    await runPipeline(ctx, [reader(seen)]);
    expect(ctx.stages).toEqual([
      { name: 'scan', status: 'skipped', reason: 'no SBOM to scan', durationMs: 0 },
    ]);
    expect(seen).toEqual([]);
    expect(() => contextFor(reader(seen), ctx)).toThrow(/scan: no SBOM to scan/);
  });

  it('runs it with the fact in hand once an earlier stage left it', async () => {
    const { ctx } = ctxWith();
    const seen: string[] = [];
    const maker: PipelineStage = {
      name: 'sbom',
      description: 'leaves an SBOM',
      skip: () => undefined,
      async run(c) {
        c.facts.sbom = { cyclonedx: 'sbom.cdx.json' } as NonNullable<typeof c.facts.sbom>;
      },
    };
    await runPipeline(ctx, [maker, reader(seen)]);
    expect(seen).toEqual(['sbom.cdx.json']);
  });
});
