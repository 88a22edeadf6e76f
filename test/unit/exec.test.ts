import {
  run,
  parseToolJson,
  ToolFailedError,
  ToolNotFoundError,
  ToolTimeoutError,
  ToolError,
} from '../../src/tools/exec.js';

describe('run', () => {
  it('returns stdout and streams lines', async () => {
    const lines: string[] = [];
    const r = await run('sh', ['-c', 'printf "a\\nb"; printf err >&2'], {
      onStdoutLine: (l) => lines.push(l),
    });
    expect(r.stdout).toBe('a\nb');
    expect(r.stderr).toBe('err');
    expect(lines).toEqual(['a', 'b']);
  });
  it('passes arguments verbatim, never through a shell', async () => {
    const r = await run('printf', ['%s|', '$(id)', '; rm -rf /', '`x`']);
    expect(r.stdout).toBe('$(id)|; rm -rf /|`x`|');
  });
  it('names a missing tool and how to get it', async () => {
    await expect(run('no-such-tool-gcc', [], { installHint: 'install it from X' })).rejects.toThrow(
      new ToolNotFoundError('no-such-tool-gcc', 'install it from X'),
    );
  });
  it('carries the stderr tail of a failing tool', async () => {
    const err = await run('sh', ['-c', 'echo one >&2; echo two >&2; exit 3']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolFailedError);
    expect((err as ToolFailedError).exitCode).toBe(3);
    expect((err as Error).message).toMatch(/exited with code 3[\s\S]*one\ntwo/);
  });
  it('kills the whole process tree on timeout', async () => {
    const marker = `gcc-timeout-${process.pid}-${Date.now()}`;
    // A duration no other process on the machine uses, so `ps` finds only this test's child.
    const secs = `300.${process.pid}${Date.now() % 100000}`;
    const err = await run('sh', ['-c', `sleep ${secs} & echo started >&2; exec sleep 301 # ${marker}`], {
      timeoutMs: 500,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolTimeoutError);
    await new Promise((r) => setTimeout(r, 300));
    const { stdout } = await run('ps', ['-eo', 'args'], {});
    expect(stdout).not.toContain(`sleep ${secs}`);
  });
});

describe('parseToolJson', () => {
  it('explains invalid JSON', () => {
    expect(() => parseToolJson('trivy', 'the scan report', 'panic: oops')).toThrow(ToolError);
    expect(() => parseToolJson('trivy', 'the scan report', 'panic: oops')).toThrow(
      /trivy printed invalid JSON for the scan report .*it began: panic: oops/,
    );
    expect(parseToolJson<{ a: number }>('x', 'y', '{"a":1}').a).toBe(1);
  });
});
